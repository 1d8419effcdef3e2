"""The memory file itself: schema version, refusing foreign or newer files, the trigram prefilter."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from tm_helpers import db_fingerprint

from desktop_app.storage.tm_store import SCHEMA_VERSION, TmStore, TmStoreError, fuzzy_terms, normalise_key


def test_new_file_carries_marker_and_version(tmp_path: Path) -> None:
    with TmStore.open(tmp_path / "tm.sqlite") as store:
        assert store.meta() == {"app": "pressdesk-tm", "schema_version": str(SCHEMA_VERSION)}
        assert store.count() == 0
    conn = sqlite3.connect(tmp_path / "tm.sqlite")
    tables = {r[0] for r in conn.execute("select name from sqlite_master")}
    conn.close()
    assert {"sources", "units", "sources_fts", "sources_key", "units_unique"} <= tables


def test_units_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    with TmStore.open(path) as store:
        assert store.insert_units([("en", "ru", "Hello", "Привет"), ("ru", "en", "Привет", "Hello")], "t") == (2, 0)
    with TmStore.open(path) as store:
        assert store.count() == 2
        assert store.count("en", "ru") == 1
        (row,) = store.exact("en", "ru", normalise_key(" HELLO "), 5)
        assert (row.source, row.target, row.origin) == ("Hello", "Привет", "t")


def test_duplicates_are_counted_not_stored(tmp_path: Path) -> None:
    with TmStore.open(tmp_path / "tm.sqlite") as store:
        store.insert_units([("en", "zh", "Foreign Ministry", "外交部")], "a")
        units = [("en", "zh", "Foreign Ministry", "外交部"), ("en", "zh", "Foreign Ministry", "外交部门")]
        assert store.insert_units(units, "b") == (1, 1)
        assert store.count() == 2


def test_newer_schema_is_refused_without_change(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    TmStore.open(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update meta set value = ? where key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    conn.close()
    before = db_fingerprint(path)
    with pytest.raises(TmStoreError, match="newer PressDesk"):
        TmStore.open(path)
    assert db_fingerprint(path) == before


def test_foreign_sqlite_and_garbage_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    with conn:
        conn.execute("create table notes (x)")
    conn.close()
    before = db_fingerprint(foreign)
    with pytest.raises(TmStoreError, match="not a PressDesk translation memory"):
        TmStore.open(foreign)
    assert db_fingerprint(foreign) == before

    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not sqlite" * 10)
    with pytest.raises(TmStoreError, match="not an SQLite database"):
        TmStore.open(garbage)
    assert garbage.read_bytes() == b"this is not sqlite" * 10


def test_normalised_key_ignores_case_width_and_spacing() -> None:
    assert normalise_key("  Foreign\n MINISTRY ") == "foreign ministry"
    assert normalise_key("ＡＢＣ，１２３") == normalise_key("abc,123")
    assert normalise_key("中华人民共和国") == "中华人民共和国"


def test_candidates_use_trigrams_in_all_three_scripts(tmp_path: Path) -> None:
    with TmStore.open(tmp_path / "tm.sqlite") as store:
        store.insert_units(
            [
                ("zh", "en", "中共中央对外联络部", "International Department of the CPC Central Committee"),
                ("zh", "en", "金华市委书记", "Secretary of the Jinhua Municipal Committee"),
                ("ru", "en", "Государственная дума", "State Duma"),
                ("en", "ru", "State Duma", "Государственная дума"),
            ],
            "t",
        )
        def found(src: str, tgt: str, text: str) -> list[str]:
            ids = [i for i, _ in store.candidate_sources(src, tgt, normalise_key(text), min_len=1, max_len=100)]
            return [r.target for r in store.units_for_sources(ids, tgt)]

        zh = found("zh", "en", "中共中央对外联络部副部长")
        ru = found("ru", "en", "Государственной думы")
        none = found("zh", "ru", "中共中央对外联络部")
        short = found("zh", "en", "中共")
        unknown = found("zh", "en", "天气很好")
        too_long = store.candidate_sources("zh", "en", normalise_key("中共中央"), min_len=1, max_len=5)
    assert zh == ["International Department of the CPC Central Committee"]
    assert ru == ["State Duma"]
    assert short == ["International Department of the CPC Central Committee"]
    assert too_long == []
    assert none == [] and unknown == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("中共中央", ["中共", "共中", "中央"]),
        ("会", ["会"]),
        ("Государственная дума", ["госуд", "дум"]),
        ("Государственной думы", ["госуд", "дум"]),
        ("conference conferences", ["confe"]),
        ("A 2023 会议 ok", ["2023", "会议", "ok"]),
    ],
)
def test_fuzzy_terms_meet_across_inflections(text: str, terms: list[str]) -> None:
    assert fuzzy_terms(normalise_key(text)) == terms


def test_store_is_usable_from_another_thread(tmp_path: Path) -> None:
    store = TmStore.open(tmp_path / "tm.sqlite")
    store.insert_units([("en", "ru", "Hello", "Привет")], "t")
    found: list[str] = []
    worker = threading.Thread(target=lambda: found.extend(r.target for r in store.exact("en", "ru", "hello", 3)))
    worker.start()
    worker.join()
    store.close()
    assert found == ["Привет"]
