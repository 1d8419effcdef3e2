"""Short forms (second references) and sources of glossary entries: matching, storage, migration of an older
glossary file, and the CSV, TBX and OmegaT round trips."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.cli import main
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, TermEntry
from desktop_app.formats.glossary_common import make_entry
from desktop_app.services.glossary import export_glossary, import_glossary
from desktop_app.services.term_protection import protect
from desktop_app.storage.glossary_store import MIGRATIONS, SCHEMA_VERSION, GlossaryError, GlossaryStore

DUMA = make_entry(
    {"zh": "国家杜马", "en": "State Duma", "ru": "Государственная дума"},
    {"zh": ("俄罗斯国家杜马",), "en": ("Russian State Duma",), "ru": ("Госдума", "ГД")},
    {"en": ("Duma of the State",)},
    category="organization", note="lower house of the Federal Assembly", source="http://duma.gov.ru/en/",
    short_forms={"zh": ("杜马",), "en": ("the Duma",), "ru": ("Дума",)})
MIRONOV = make_entry(
    {"zh": "谢尔盖·米罗诺夫", "en": "Sergei Mironov", "ru": "Сергей Миронов"},
    category="person", source="http://duma.gov.ru/en/",
    short_forms={"zh": ("米罗诺夫",), "en": ("Mironov",), "ru": ("Миронов",)})
FORUM = make_entry(
    {"zh": "中俄地方合作论坛", "en": "China-Russia Forum on Local Cooperation", "ru": "Российско-китайский форум"},
    category="event", source="https://www.mid.ru/", short_forms={"en": ("the forum",), "ru": ("форум",)})
EXPO = make_entry(
    {"zh": "中俄博览会", "en": "China-Russia Expo", "ru": "Российско-китайское ЭКСПО"},
    category="event", source="http://www.mofcom.gov.cn/", short_forms={"en": ("the Expo", "the forum")})


def stored(entries: list[TermEntry]) -> list[TermEntry]:
    return [TermEntry(i, e.category, e.forms, e.variants, e.forbidden, e.note, e.source, e.valid_from, e.valid_to,
                      e.short_forms) for i, e in enumerate(entries, start=1)]


def test_short_forms_are_hits_of_their_own_kind_and_inflect_in_russian() -> None:
    matcher = GlossaryMatcher(stored([DUMA, MIRONOV]))
    text = "Сергей Миронов выступил в Госдуме. По словам Миронова, Дума примет закон."
    hits = matcher.find(text, "ru")
    assert [(h.text, h.kind, h.entry.forms["en"]) for h in hits] == [
        ("Сергей Миронов", HitKind.APPROVED, "Sergei Mironov"), ("Госдуме", HitKind.VARIANT, "State Duma"),
        ("Миронова", HitKind.SHORT, "Sergei Mironov"), ("Дума", HitKind.SHORT, "State Duma")]
    zh = matcher.find("米罗诺夫说，杜马将审议。俄罗斯国家杜马", "zh")
    assert [(h.text, h.kind) for h in zh] == [("米罗诺夫", HitKind.SHORT), ("杜马", HitKind.SHORT),
                                              ("俄罗斯国家杜马", HitKind.VARIANT)]


def test_a_full_mention_wins_over_the_short_form_inside_it() -> None:
    matcher = GlossaryMatcher(stored([MIRONOV]))
    (hit,) = matcher.find("Sergei Mironov's party", "en")
    assert hit.kind is HitKind.APPROVED and hit.text == "Sergei Mironov's"


def test_a_short_form_shared_by_entries_names_all_of_them() -> None:
    forum, expo = stored([FORUM, EXPO])
    (hit,) = GlossaryMatcher([forum, expo]).find("Delegates praised the Forum.", "en")
    assert hit.kind is HitKind.SHORT and {hit.entry.id, *(e.id for e in hit.also)} == {1, 2}
    (hit,) = GlossaryMatcher([forum, expo]).find("the Expo opened", "en")
    assert hit.entry.id == 2 and hit.also == ()


def test_short_forms_and_source_survive_a_reopen_and_are_searchable(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    with GlossaryStore.open(path, seed=False) as store:
        added = store.add(DUMA)
    with GlossaryStore.open(path) as store:
        (entry,) = store.entries()
        assert entry == added and entry.short_forms["ru"] == ("Дума",) and entry.source == "http://duma.gov.ru/en/"
        assert [e.id for e in store.search("杜马")] == [entry.id]
        hits = store.matcher().find("Депутаты Думы", "ru")
        assert [(h.text, h.kind) for h in hits] == [("Думы", HitKind.SHORT)]


def test_a_form_both_short_and_forbidden_is_refused(tmp_path: Path) -> None:
    with GlossaryStore.open(tmp_path / "g.sqlite", seed=False) as store:
        bad = make_entry({"en": "State Duma"}, forbidden={"en": ("the Duma",)}, short_forms={"en": ("the Duma",)})
        assert any("both allowed and forbidden" in p for p in store.validate(bad))


def _old_glossary(path: Path) -> None:
    """A glossary as version 3 of PressDesk wrote it: no short-form column, one entry, one tenure."""
    db = sqlite_utils.Database(sqlite3.connect(str(path)))
    for version in (1, 2, 3):
        MIGRATIONS[version](db)
    db["meta"].upsert_all([{"key": "app", "value": "pressdesk-glossary"}, {"key": "schema_version", "value": "3"},
                           {"key": "created", "value": "2024-01-01T00:00:00"}], pk="key")
    db["entries"].insert_all([
        {"id": 1, "category": "person", "zh": "刘忻", "en": "Liu Xin", "ru": "Лю Синь", "variants": "",
         "forbidden": "", "note": "", "source": "seed", "search_text": "liu xin", "updated_at": "2024-01-01"},
        {"id": 2, "category": "title", "zh": "浙江省副省长", "en": "Vice Governor of Zhejiang Province",
         "ru": "вице-губернатор провинции Чжэцзян", "variants": json.dumps({"en": ["Deputy Governor of Zhejiang"]}),
         "forbidden": "", "note": "", "source": "seed", "search_text": "vice governor", "updated_at": "2024-01-01"},
    ], pk="id")
    db["tenures"].insert({"person_id": 1, "title_id": 2, "valid_from": None, "valid_to": "2023-01", "note": ""})
    db.conn.commit()
    db.close()


def test_an_older_glossary_file_is_upgraded_with_its_entries_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_glossary(path)
    with GlossaryStore.open(path) as store:
        liu, title = store.entries()
        assert (liu.forms["en"], liu.short_forms, liu.source) == ("Liu Xin", {"zh": (), "en": (), "ru": ()}, "seed")
        assert title.variants["en"] == ("Deputy Governor of Zhejiang",)
        assert [(t.person_id, t.title_id, t.valid_to) for t in store.tenures()] == [(1, 2, "2023-01")]
        store.update(TermEntry(liu.id, liu.category, liu.forms, liu.variants, liu.forbidden, liu.note,
                               "http://www.zj.gov.cn/", short_forms={"en": ("Liu",), "ru": ("Лю",)}))
    version = sqlite3.connect(str(path)).execute("select value from meta where key = 'schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION
    with GlossaryStore.open(path) as store:
        liu = store.entries()[0]
        assert liu.short_forms["ru"] == ("Лю",) and liu.source == "http://www.zj.gov.cn/"
        assert [h.kind for h in store.matcher().find("Лю заявил", "ru")] == [HitKind.SHORT]


def test_a_failed_upgrade_leaves_the_older_file_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    _old_glossary(path)
    before = path.read_bytes()

    def broken(db: sqlite_utils.Database) -> None:
        MIGRATIONS_BEFORE[SCHEMA_VERSION](db)
        raise sqlite3.OperationalError("disk I/O error")

    MIGRATIONS_BEFORE = dict(MIGRATIONS)
    monkeypatch.setitem(MIGRATIONS, SCHEMA_VERSION, broken)
    with pytest.raises(GlossaryError, match="disk I/O error"):  # SQLite's error, worded for the user
        GlossaryStore.open(path)
    assert path.read_bytes() == before
    columns = [row[1] for row in sqlite3.connect(str(path)).execute("pragma table_info(entries)")]
    assert "short_forms" not in columns


def _compared(entries: list[TermEntry], langs: tuple[str, ...] = ("zh", "en", "ru")) -> list[tuple[object, ...]]:
    return [(e.category, e.source, *({lang: getattr(e, field).get(lang, ()) for lang in langs}
                                     for field in ("forms", "variants", "short_forms", "forbidden")))
            for e in entries]


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_csv_and_tbx_round_trip_short_forms_and_sources(tmp_path: Path, suffix: str) -> None:
    with GlossaryStore.open(tmp_path / "a.sqlite", seed=False) as store:
        for entry in (DUMA, MIRONOV, FORUM, EXPO):
            store.add(entry)
        original = store.entries()
        assert export_glossary(store, tmp_path / f"out{suffix}") == 4
    with GlossaryStore.open(tmp_path / "b.sqlite", seed=False) as other:
        report = import_glossary(other, tmp_path / f"out{suffix}")
        assert (report.added, report.skipped) == (4, ())
        assert _compared(other.entries()) == _compared(original)
        assert [e.note for e in other.entries()] == [e.note for e in original]


@pytest.mark.parametrize(("source_lang", "target_lang"), [("en", "ru"), ("zh", "en")])
def test_omegat_round_trips_short_forms_forbidden_forms_and_sources_of_its_two_languages(
        tmp_path: Path, source_lang: str, target_lang: str) -> None:
    with GlossaryStore.open(tmp_path / "a.sqlite", seed=False) as store:
        for entry in (DUMA, MIRONOV, FORUM, EXPO):
            store.add(entry)
        original = store.entries()
        export_glossary(store, tmp_path / "out.txt", source_lang=source_lang, target_lang=target_lang)
    lines = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    if target_lang == "ru":
        assert "State Duma\tДума\tlower house of the Federal Assembly; source: http://duma.gov.ru/en/; short form" \
            in lines
    with GlossaryStore.open(tmp_path / "b.sqlite", seed=False) as other:
        import_glossary(other, tmp_path / "out.txt")
        back = {e.forms[source_lang]: e for e in other.entries()}
    assert len(back) == 4
    for entry in original:  # a two-column file holds the target language's variants, short and forbidden forms
        again = back[entry.forms[source_lang]]
        assert (again.category, again.source, again.forms[target_lang]) == (
            "term", entry.source, entry.forms[target_lang])
        for field in ("variants", "short_forms", "forbidden"):
            assert getattr(again, field)[target_lang] == getattr(entry, field)[target_lang]


def test_cli_add_list_search_and_export_carry_short_forms_and_source(capsys: pytest.CaptureFixture[str],
                                                                     tmp_path: Path) -> None:
    glossary = str(tmp_path / "g.sqlite")
    code = main(["glossary", "--glossary", glossary, "add", "--category", "person", "--zh", "钱明远", "--en",
                 "Qian Mingyuan", "--ru", "Цянь Минъюань", "--zh-short", "钱明远先生", "--en-short", "Qian",
                 "--ru-short", "Цянь", "--source", "https://www.fmprc.gov.cn/eng/"])
    assert code == 0
    capsys.readouterr()
    assert main(["glossary", "--glossary", glossary, "search", "--json", "Цянь"]) == 0
    found = [e for e in json.loads(capsys.readouterr().out) if e["en"] == "Qian Mingyuan"]
    assert found[0]["short_forms"] == {"zh": ["钱明远先生"], "en": ["Qian"], "ru": ["Цянь"]}
    assert found[0]["source"] == "https://www.fmprc.gov.cn/eng/"
    assert main(["glossary", "--glossary", glossary, "list", "--json", "--category", "person"]) == 0
    listed = [e for e in json.loads(capsys.readouterr().out) if e["en"] == "Qian Mingyuan"]
    assert listed == found
    assert main(["glossary", "--glossary", glossary, "match", "--lang", "ru", "--json", "Цяня поблагодарили"]) == 0
    assert [h["kind"] for h in json.loads(capsys.readouterr().out)] == ["short"]
    out = tmp_path / "out.csv"
    assert main(["glossary", "--glossary", glossary, "export", str(out)]) == 0
    row = next(line for line in out.read_text(encoding="utf-8").splitlines() if "Qian Mingyuan" in line)
    assert "钱明远先生,Qian,Цянь,https://www.fmprc.gov.cn/eng/" in row


def test_machine_translation_protects_full_mentions_but_leaves_short_forms_to_the_engine() -> None:
    matcher = GlossaryMatcher(stored([DUMA, MIRONOV]))
    protected = protect("Sergei Mironov spoke in the Duma. Mironov said more.", "en", "ru", matcher)
    assert [t.entry.forms["en"] for t in protected.terms] == ["Sergei Mironov"]
    assert protected.text.endswith("in the Duma. Mironov said more.")
