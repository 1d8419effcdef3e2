"""The office's shared glossary on a real PostgreSQL: the same store interface as the desk's SQLite glossary,
row versions that refuse an edit based on an old version, who/when history, one-transaction imports, read-only
logins, other desks hearing a change, and a desk that keeps working (and loses no edit) while the server is down."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pg_support
import pytest
from pg_support import PgServer

from desktop_app.cli import main
from desktop_app.domain.glossary.model import HitKind, Tenure, TermEntry, empty_entry
from desktop_app.services.glossary_service import GlossaryService, TeamEvent
from desktop_app.storage.glossary_offline import EditQueue, TeamFiles
from desktop_app.storage.glossary_store import GlossaryError, GlossaryValidationError
from desktop_app.storage.pg_glossary_store import (
    GlossaryConflictError,
    GlossaryReadOnlyError,
    PgGlossaryStore,
)

psycopg = pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
pg_server, pg_url = pg_support.pg_server, pg_support.pg_url  # fixtures
SERVER_KIT = Path(__file__).resolve().parent.parent / "packaging" / "server"


def term(en: str, zh: str = "", ru: str = "", **fields: object) -> TermEntry:
    base = empty_entry("term")
    return replace(base, forms={"zh": zh, "en": en, "ru": ru}, **fields)  # type: ignore[arg-type]


@pytest.fixture
def store(pg_url: str):
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as opened:
        yield opened


def test_every_field_is_stored_and_found_like_the_desk_glossary(store: PgGlossaryStore, pg_url: str) -> None:
    entry = TermEntry(0, "organization", {"zh": "国家杜马", "en": "State Duma", "ru": "Государственная дума"},
                      variants={"zh": ("俄罗斯国家杜马",), "en": ("Duma",), "ru": ("Госдума",)},
                      forbidden={"zh": (), "en": ("the Russian parliament",), "ru": ()},
                      note="lower house", source="duma.gov.ru", valid_from="1993", valid_to=None)
    stored = store.add(entry)
    person = store.add(TermEntry(0, "person", {"zh": "沃洛金", "en": "Vyacheslav Volodin", "ru": "Вячеслав Володин"}))
    title = store.add(TermEntry(0, "title", {"zh": "国家杜马主席", "en": "Chairman of the State Duma",
                                             "ru": "Председатель Государственной думы"}))
    store.add_tenure(Tenure(person.id, title.id, "2016-10", None, "since the 7th convocation"))
    with PgGlossaryStore.open(pg_url, seed=False) as other:  # a second desk reads what the first stored
        assert other.entry(stored.id) == replace(entry, id=stored.id)
        assert other.tenures(person.id) == [Tenure(person.id, title.id, "2016-10", None, "since the 7th convocation")]
        assert [e.id for e in other.search("госдумы")] == [stored.id]  # an inflected variant
        assert [e.id for e in other.search("國家杜馬")][:1] == [stored.id]  # Traditional characters
        assert [e.id for e in other.search("Duma", category="title")] == [title.id]
        hits = other.matcher().find("Депутаты Госдумы и the Russian parliament", "ru") + other.matcher().find(
            "the Russian parliament", "en")
        assert [(h.entry.id, h.kind) for h in hits] == [(stored.id, HitKind.VARIANT), (stored.id, HitKind.FORBIDDEN)]
        assert other.count() == 3


def test_a_new_shared_glossary_is_seeded_once_and_validated_like_the_desk_one(pg_url: str) -> None:
    with PgGlossaryStore.open(pg_url) as first:
        seeded = first.count()
        assert seeded > 0 and first.search("State Duma")
        duplicate = replace(first.search("State Duma")[0], id=0)
        with pytest.raises(GlossaryValidationError, match="already the approved form"):
            first.add(duplicate)
        for query in ("Duma", "State Duma", "Госдума"):  # the exact form before the committees and the chairman
            assert first.search(query)[0].forms["en"] == "State Duma"
        with pytest.raises(GlossaryValidationError, match="control character"):
            first.apply_import([term("Khanka Ferry Pier", "兴凯湖\x1b[31m渡口")], [], "coloured.csv")
        volodin = first.search("Vyacheslav Volodin", category="person")[0]
        speaker = first.search("Chairman of the State Duma", category="title")[0]
        tenures = first.tenures()
        with pytest.raises(GlossaryValidationError, match="tenure's note"):
            first.add_tenure(Tenure(volodin.id, speaker.id, "2016-10", None, "since\x07 2016"))
        assert first.count() == seeded and first.tenures() == tenures
    with PgGlossaryStore.open(pg_url) as second:
        assert second.count() == seeded


def test_an_edit_based_on_an_old_version_is_refused_with_both_versions(pg_url: str, store: PgGlossaryStore) -> None:
    stored = store.add(term("Belt and Road Initiative", "一带一路倡议"))
    with PgGlossaryStore.open(pg_url, author="boris", seed=False) as desk_b:
        assert desk_b.version(stored.id) == 1
        store.update(replace(stored, note="anna's note"))
        with pytest.raises(GlossaryConflictError) as refused:
            desk_b.update(replace(stored, variants={"en": ("BRI",)}))
        message = str(refused.value)
        assert "changed by anna" in message and "version 2" in message and "version 1" in message
        assert "yours:" in message and "BRI" in message and "theirs:" in message and "anna's note" in message
        assert desk_b.entry(stored.id) == replace(stored, note="anna's note")  # nothing of boris's was written
        with pytest.raises(GlossaryConflictError):
            desk_b.delete(stored.id)
        assert desk_b.entry(stored.id) is not None
        desk_b.refresh()
        desk_b.entries()  # boris reloads, sees version 2, and may now edit it
        desk_b.update(replace(stored, note="anna's note", variants={"en": ("BRI",)}))
    history = store.history(stored.id)
    assert [(v.version, v.action, v.author) for v in history] == [(1, "add", "anna"), (2, "edit", "anna"),
                                                                 (3, "edit", "boris")]
    assert history[2].entry is not None and history[2].entry.variants["en"] == ("BRI",)


def test_an_import_is_one_transaction(store: PgGlossaryStore) -> None:
    kept = store.add(term("Silk Road Fund", "丝路基金"))
    stale = replace(kept, id=kept.id + 1000)  # an update of an entry that is not there fails the whole import
    with pytest.raises(GlossaryError):
        store.apply_import([term("Digital Silk Road", "数字丝绸之路")], [stale], "broken.csv")
    assert [e.forms["en"] for e in store.entries()] == ["Silk Road Fund"]
    import_id = store.apply_import([term("Digital Silk Road", "数字丝绸之路")],
                                   [replace(kept, note="fund of 2014")], "good.csv")
    assert {e.forms["en"] for e in store.entries()} == {"Silk Road Fund", "Digital Silk Road"}
    record = store.undo_import(import_id)
    assert (record.added, record.updated) == (1, 1)
    assert store.entries() == [kept]


def test_a_read_only_login_matches_and_searches_but_every_edit_says_read_only(pg_server: PgServer) -> None:
    as_user = pg_server.office(SERVER_KIT)
    PgGlossaryStore.open(as_user["pressdesk_owner"]).close()  # the owner's first connection sets the tables up
    with PgGlossaryStore.open(as_user["anna"]) as editor:
        assert not editor.read_only
        added = editor.add(term("Harbin Trade Fair", "哈洽会"))
    with PgGlossaryStore.open(as_user["ivan"]) as reader:
        assert reader.read_only
        assert [h.entry.id for h in reader.matcher().find("参加哈洽会", "zh")] == [added.id]
        assert reader.search("Harbin Trade Fair")[0].id == added.id
        for edit in (lambda: reader.add(term("Other")), lambda: reader.update(replace(added, note="x")),
                     lambda: reader.delete(added.id), lambda: reader.apply_import([term("Other")], [], "x.csv"),
                     lambda: reader.undo_import(), lambda: reader.add_tenure(Tenure(added.id, added.id))):
            with pytest.raises(GlossaryReadOnlyError, match="read-only"):
                edit()
    code = main(["--glossary", as_user["ivan"], "glossary", "edit", str(added.id), "--note", "mine"])
    assert code == 2


def test_the_cli_edits_with_version_checks_and_shows_history(pg_url: str, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    assert main(["--glossary", pg_url, "glossary", "add", "--category", "event", "--en",
                 "Khanka Lake Ice and Snow Festival", "--zh", "兴凯湖冰雪节"]) == 0
    entry_id = int(capsys.readouterr().out.split("#")[1].split()[0])
    assert main(["--glossary", pg_url, "glossary", "edit", str(entry_id), "--ru",
                 "Фестиваль льда и снега на озере Ханка", "--expect-version", "1"]) == 0
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "edit", str(entry_id), "--en-variants", "Khanka Festival",
                 "--expect-version", "1"]) == 2
    err = capsys.readouterr().err
    assert "version 2" in err and "yours:" in err and "Khanka Festival" in err
    assert "Фестиваль льда и снега на озере Ханка" in err
    assert main(["--glossary", pg_url, "glossary", "history", str(entry_id), "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [(h["version"], h["action"]) for h in history] == [(1, "add"), (2, "edit")]
    assert history[1]["entry"]["ru"] == "Фестиваль льда и снега на озере Ханка"


def test_another_desk_hears_a_change_and_its_next_snapshot_has_it(qtbot, pg_url: str, tmp_path: Path) -> None:
    desk_a = GlossaryService(pg_url, data_dir=tmp_path / "a", author="anna")
    desk_b = GlossaryService(pg_url, data_dir=tmp_path / "b", author="boris")
    heard: list[TeamEvent] = []
    desk_b.subscribe(heard.append)
    try:
        before = desk_b.snapshot()
        assert not before.matcher.find("出席瑷珲农机展", "zh")  # type: ignore[union-attr]
        desk_b.start_live()
        qtbot.waitUntil(lambda: desk_b._thread is not None and desk_b.online)
        desk_a.write(lambda s: s.add(term("Aihui Farm Machinery Show", "瑷珲农机展")))
        qtbot.waitUntil(lambda: any(e.kind == "changed" for e in heard), timeout=2000)
        after = desk_b.snapshot()
        assert after.revision > before.revision
        assert [h.text for h in after.matcher.find("出席瑷珲农机展", "zh")] == ["瑷珲农机展"]  # type: ignore[union-attr]
    finally:
        desk_a.close()
        desk_b.close()


def test_stopping_the_server_mid_session_loses_no_edit(qtbot, pg_server: PgServer, tmp_path: Path) -> None:
    url = pg_server.new_database()
    desk = GlossaryService(url, data_dir=tmp_path / "desk", author="anna")
    heard: list[TeamEvent] = []
    desk.subscribe(heard.append)
    try:
        kept = desk.write(lambda s: s.add(term("Khanka Lake Fisheries Commission", "兴凯湖渔业委员会")))
        desk.snapshot()  # the desk has seen the glossary: its local copy is written
        desk.wait_for_replica()
        desk.start_live()
        qtbot.waitUntil(lambda: desk.online is True)
        pg_server.stop()
        qtbot.waitUntil(lambda: desk.online is False, timeout=10_000)
        offline = desk.snapshot()  # highlighting goes on from the local copy
        assert [h.text for h in offline.matcher.find("出席兴凯湖渔业委员会", "zh")] == [  # type: ignore[union-attr]
            "兴凯湖渔业委员会"]
        desk.write(lambda s: s.add(term("Khanka Ferry Pier", "兴凯湖渡口")))
        desk.write(lambda s: s.update(replace(kept, note="founded 2001")))
        assert desk.pending_edits() == 2
        pg_server.start()
        qtbot.waitUntil(lambda: any(e.kind == "online" for e in heard), timeout=15_000)
        assert [e.message for e in heard if e.kind == "online"] == [
            "connected to the shared glossary; 2 edits typed offline sent"]
        assert desk.pending_edits() == 0
    finally:
        desk.close()
        if not pg_server.running():
            pg_server.start()
    with PgGlossaryStore.open(url, seed=False) as server:
        notes = {e.forms["en"]: e.note for e in server.entries() if e.id >= kept.id}
        assert notes == {"Khanka Lake Fisheries Commission": "founded 2001", "Khanka Ferry Pier": ""}
        assert [v.author for v in server.history(kept.id)] == ["anna", "anna"]


def test_a_queued_edit_that_conflicts_stays_queued_with_its_reason(pg_url: str, tmp_path: Path) -> None:
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        stored = store.add(term("Arctic Council", "北极理事会"))
        queue = EditQueue(tmp_path / "queue.sqlite")
        queue.push("edit", replace(stored, note="boris offline"), 1, "boris")
        store.update(replace(stored, note="anna online"))
        applied, refused = queue.flush(store)
        assert applied == 0 and len(refused) == 1 and "changed by anna" in refused[0]
        assert [e.problem != "" for e in queue.refused()] == [True]
        assert queue.flush(store) == (0, [])  # a refused edit is not sent again, and is not dropped
        assert len(queue) == 1
        queue.close()
        assert store.entry(stored.id).note == "anna online"  # type: ignore[union-attr]


def test_preferences_choose_the_shared_glossary_and_name_the_author(pg_url: str, data_dir: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.settings import Settings

    monkeypatch.delenv("PRESSDESK_GLOSSARY_URL", raising=False)
    Settings(author="Anna Petrova", glossary_url=pg_url).save(data_dir)
    service = GlossaryService.for_data_dir(data_dir)
    try:
        assert service.team
        added = service.write(lambda store: store.add(term("Valdai Discussion Club", "瓦尔代国际辩论俱乐部")))
    finally:
        service.close()
    with PgGlossaryStore.open(pg_url, seed=False) as store:
        assert [(v.author, v.action) for v in store.history(added.id)] == [("Anna Petrova", "add")]


def test_the_cli_queues_an_edit_while_the_server_is_down_and_sends_it_next_time(
        pg_server: PgServer, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.new_database()
    assert main(["--glossary", url, "glossary", "list"]) == 0  # this desk has seen the glossary
    capsys.readouterr()
    pg_server.stop()
    try:
        assert main(["--glossary", url, "glossary", "add", "--category", "place", "--en", "Khanka Ferry Pier",
                     "--zh", "兴凯湖渡口"]) == 0
        assert "queued Khanka Ferry Pier" in capsys.readouterr().out
        assert main(["--glossary", url, "glossary", "search", "Duma"]) == 0  # reads from the local copy
        assert "State Duma" in capsys.readouterr().out
    finally:
        pg_server.start()
    assert main(["--glossary", url, "glossary", "search", "Khanka Ferry Pier", "--json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert found["zh"] == "兴凯湖渡口"
    queue = TeamFiles.of(data_dir, url).queue
    assert queue.is_file() and not EditQueue(queue).pending()  # queued, then sent
