"""The glossary database: seeding, tenures, search in three languages, validated edits, refusals."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import seed_entry_count
from desktop_app.domain.glossary.model import Tenure, TermEntry, empty_entry
from desktop_app.storage.glossary_store import (
    SCHEMA_VERSION,
    GlossaryError,
    GlossaryStore,
    GlossaryValidationError,
    default_glossary_path,
    open_default_glossary,
    trigram_supported,
)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with GlossaryStore.open(tmp_path / "g.sqlite") as s:
        yield s


def by_en(store: GlossaryStore, en: str) -> TermEntry:
    return next(e for e in store.entries() if e.forms["en"] == en)


def test_new_glossary_is_seeded_from_resources(store: GlossaryStore) -> None:
    entries = store.entries()
    assert len(entries) == seed_entry_count() >= 300
    party = by_en(store, "Communist Party of China")
    assert party.variants["en"] == ("CPC",)
    assert party.forbidden["en"] == ("Chinese Communist Party", "CCP")
    assert party.category == "organization" and "official English usage" in party.note


def test_liu_xin_tenures_have_dates(store: GlossaryStore) -> None:
    liu = by_en(store, "Liu Xin")
    tenures = {store.entry(t.title_id).forms["en"]: t for t in store.tenures(liu.id)}  # type: ignore[union-attr]
    governor = tenures["Vice Governor of Zhejiang Province"]
    chairman = tenures["Vice Chairman of the Standing Committee of the Zhejiang Provincial People's Congress"]
    assert (governor.valid_from, governor.valid_to) == (None, "2023-01")
    assert (chairman.valid_from, chairman.valid_to) == ("2023-01", None)
    assert governor.covers("2022-11-03") and not governor.covers("2023-07-12")
    assert chairman.covers("2023-07-12") and not chairman.covers("2022-12")


def test_search_in_any_language_including_chinese_substrings(store: GlossaryStore) -> None:
    def found(text: str) -> list[str]:
        return [e.forms["en"] for e in store.search(text)]

    assert "Jinhua" in found("金华")  # two characters: below the trigram length
    assert "International Department of the CPC Central Committee" in found("对外联络")
    assert "State Duma" in found("國家杜馬")  # Traditional finds Simplified
    assert "State Duma" in found("думы")  # inflected Russian finds the nominative
    assert "small and medium-sized enterprises" in found("SMEs")
    assert "Zhejiang Province" in found("zhejiang")
    assert [e.category for e in store.search("a", category="country")] == ["country", "country"]
    assert store.search("nothing like this anywhere") == []


def test_fts_trigram_is_used_when_sqlite_supports_it(store: GlossaryStore) -> None:
    assert store.has_fts == trigram_supported()


def test_add_update_delete_round_trip_through_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    with GlossaryStore.open(path) as store:
        entry = replace(empty_entry("person"), forms={"zh": "钱明远", "en": "Qian Mingyuan", "ru": "Цянь Минъюань"},
                        variants={"en": ("Mingyuan Qian",)}, note="Foreign Minister")
        stored = store.add(entry)
        assert stored.id == seed_entry_count() + 1
        store.update(replace(stored, note="Minister of Foreign Affairs"))
    with GlossaryStore.open(path) as store:
        again = store.entry(stored.id)
        assert again is not None and again.note == "Minister of Foreign Affairs"
        assert again.variants["en"] == ("Mingyuan Qian",)
        assert store.matcher().find("Qian Mingyuan met Mingyuan Qian", "en")[1].kind.value == "variant"
        store.delete(stored.id)
        assert store.entry(stored.id) is None and store.count() == seed_entry_count()


def test_validation_refuses_empty_duplicate_and_contradictory_entries(store: GlossaryStore) -> None:
    with pytest.raises(GlossaryValidationError, match="empty"):
        store.add(empty_entry("person"))
    with pytest.raises(GlossaryValidationError, match="already the approved form"):
        store.add(replace(empty_entry("place"), forms={"en": "jinhua"}))
    with pytest.raises(GlossaryValidationError, match="both allowed and forbidden"):
        store.add(replace(empty_entry("term"), forms={"en": "Foo"}, forbidden={"en": ("foo",)}))
    with pytest.raises(GlossaryValidationError, match="unknown category"):
        store.add(replace(empty_entry("term"), category="animal", forms={"en": "Panda"}))
    with pytest.raises(GlossaryValidationError, match="not a date"):
        store.add(replace(empty_entry("term"), forms={"en": "Panda"}, valid_from="January"))
    assert store.count() == seed_entry_count()


def test_deleting_a_person_removes_their_tenures(store: GlossaryStore) -> None:
    liu = by_en(store, "Liu Xin")
    store.delete(liu.id)
    assert store.tenures(liu.id) == []


def test_tenure_must_link_a_person_to_a_title(store: GlossaryStore) -> None:
    person, title = by_en(store, "Wang Jian"), by_en(store, "Secretary of the CPC Jinhua Municipal Committee")
    store.add_tenure(Tenure(person.id, title.id, "2024-05", None))
    assert store.tenures(person.id)[0].valid_from == "2024-05"
    with pytest.raises(GlossaryError):
        store.add_tenure(Tenure(title.id, person.id))


def test_default_glossary_lives_in_the_data_folder(data_dir: Path) -> None:
    with open_default_glossary() as store:
        assert store.path == default_glossary_path(data_dir)
        assert store.count() == seed_entry_count()


def test_foreign_and_newer_files_are_refused_unchanged(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("hello")
    with pytest.raises(GlossaryError, match="not a PressDesk glossary"):
        GlossaryStore.open(text)
    assert text.read_text() == "hello"
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table t(x)").connection.commit()
    with pytest.raises(GlossaryError, match="not a PressDesk glossary"):
        GlossaryStore.open(other)
    newer = tmp_path / "newer.sqlite"
    GlossaryStore.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("update meta set value = ? where key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    conn.commit()
    conn.close()
    with pytest.raises(GlossaryError, match="newer PressDesk"):
        GlossaryStore.open(newer)


def test_concurrent_first_opens_create_and_seed_once(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "new.sqlite"
    counts: list[int] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            with GlossaryStore.open(path) as store:
                counts.append(store.count())
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and counts == [seed_entry_count()] * 4


def test_a_glossary_being_created_is_waited_for_not_refused(tmp_path: Path) -> None:
    """The file exists, half-written, while its creator seeds it (a window's worker): another thread (its GUI
    thread) opening it then must wait for the glossary, not refuse it as "not a PressDesk glossary"."""
    import threading

    path = tmp_path / "new.sqlite"
    creator = threading.Thread(target=lambda: GlossaryStore.open(path).close())
    creator.start()
    while creator.is_alive() and not (path.exists() and path.stat().st_size > 0):
        pass  # until the seeding transaction has written to the file
    with GlossaryStore.open(path) as store:
        assert store.count() == seed_entry_count()
    creator.join()


def test_lemmas_are_kept_in_the_database_for_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    with GlossaryStore.open(path) as store:
        store.add(replace(empty_entry("term"), forms={"ru": "китайская мечта", "en": "Chinese Dream"}))
    conn = sqlite3.connect(path)
    saved = dict(conn.execute("select word, lemmas from lemmas").fetchall())
    conn.close()
    assert saved["мечта"].split("\t")[0] == "мечта" and "погода" not in saved
    assert saved["государственная"].split("\t")[0] == "государственный"


def test_duplicate_check_follows_edits_and_deletions(store: GlossaryStore) -> None:
    jinhua = by_en(store, "Jinhua")
    assert store.validate(replace(empty_entry("place"), forms={"en": "Jinhua"}))
    store.update(replace(jinhua, forms={**jinhua.forms, "en": "Jinhua Prefecture"}))
    assert store.validate(replace(empty_entry("place"), forms={"en": "Jinhua"})) == []
    assert store.validate(replace(empty_entry("place"), forms={"en": "jinhua prefecture"}))
    store.delete(jinhua.id)
    assert store.validate(replace(empty_entry("place"), forms={"en": "Jinhua Prefecture", "zh": "金华"})) == []
