"""The local copy of a shared glossary and the queue of edits typed offline belong to one server: a desk moved to
another glossary (Preferences ▸ Team, $PRESSDESK_GLOSSARY_URL, --glossary) neither sends the first glossary's
queued edits into the second nor shows the first glossary's copy as the second's; the edits wait, in their own
queue, until the desk is back on their glossary. Two glossaries are two databases of the real test PostgreSQL."""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from dataclasses import replace
from pathlib import Path

import pg_support
import pytest
from pg_support import PgServer

from desktop_app.cli import main
from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.services.glossary_service import GLOSSARY_URL_ENV, GlossaryService
from desktop_app.settings import Settings
from desktop_app.storage.glossary_offline import (
    LEGACY_QUEUE_FILE,
    LEGACY_REPLICA_FILE,
    EditQueue,
    ReplicaData,
    ServerIdentity,
    write_replica,
)
from desktop_app.storage.glossary_store import GlossaryError
from desktop_app.storage.pg_glossary_store import GlossaryOfflineError, PgGlossaryStore

psycopg = pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
pg_server = pg_support.pg_server  # fixture


def term(en: str, zh: str) -> TermEntry:
    return replace(empty_entry("place"), forms={"zh": zh, "en": en, "ru": ""})


def database(url: str) -> str:
    return urllib.parse.urlsplit(url).path.lstrip("/")


def english(url: str) -> set[str]:
    with PgGlossaryStore.open(url, seed=False) as store:
        return {e.forms["en"] for e in store.entries()}


@pytest.fixture
def offices(pg_server: PgServer) -> tuple[str, str]:
    """Two offices' glossaries: A knows the Khanka Lake commission, B the Valdai club."""
    urls = pg_server.new_database(), pg_server.new_database()
    for url, en, zh in zip(urls, ("Khanka Lake Fisheries Commission", "Valdai Discussion Club"),
                           ("兴凯湖渔业委员会", "瓦尔代国际辩论俱乐部"), strict=True):
        with PgGlossaryStore.open(url, author="owner", seed=False) as store:
            store.add(term(en, zh))
    return urls


def seen_then_offline(pg_server: PgServer, desk: GlossaryService) -> None:
    """The desk reads its glossary (its local copy is written), then the server goes away."""
    desk.snapshot()
    desk.wait_for_replica()
    pg_server.stop()


def test_edits_queued_for_one_glossary_are_sent_to_it_and_never_to_another(
        pg_server: PgServer, offices: tuple[str, str], tmp_path: Path) -> None:
    office_a, office_b = offices
    desk = GlossaryService(office_a, data_dir=tmp_path / "desk", author="boris")
    try:
        seen_then_offline(pg_server, desk)
        desk.write(lambda s: s.add(term("Khanka Ferry Pier", "兴凯湖渡口")))
        assert desk.pending_edits() == 1
        pg_server.start()
        desk.relocate(office_b, "boris")  # Preferences ▸ Team: another office's glossary, no restart
        built = desk.snapshot()
        assert desk.online is True
        assert [h.text for h in built.matcher.find("兴凯湖渡口 瓦尔代国际辩论俱乐部", "zh")] == [  # type: ignore[union-attr]
            "瓦尔代国际辩论俱乐部"]
        assert desk.pending_edits() == 0  # B has no queue of its own...
        (label, waiting), = desk.queued_elsewhere()  # ...and A's edit waits in A's
        assert waiting == 1 and label.startswith("postgres@/") and label.endswith(f":5432/{database(office_a)}")
        desk.relocate(office_a, "boris")  # back on A: its edit is sent there
        desk.snapshot()
        assert desk.pending_edits() == 0 and desk.queued_elsewhere() == []
    finally:
        desk.close()
        if not pg_server.running():
            pg_server.start()
    assert english(office_b) == {"Valdai Discussion Club"}
    assert english(office_a) == {"Khanka Lake Fisheries Commission", "Khanka Ferry Pier"}


def test_a_desk_that_cannot_reach_its_new_glossary_never_shows_the_old_one(
        pg_server: PgServer, offices: tuple[str, str], tmp_path: Path) -> None:
    office_a, office_b = offices
    data_dir = tmp_path / "desk"
    first = GlossaryService(office_a, data_dir=data_dir, author="boris")
    try:
        seen_then_offline(pg_server, first)
    finally:
        first.close()
    try:
        desk = GlossaryService(office_b, data_dir=data_dir, author="boris", dial_in_store=False)  # a window's
        try:
            with pytest.raises(GlossaryOfflineError, match="no copy of the shared glossary"):
                desk.snapshot()
            assert not desk.store_ready()
        finally:
            desk.close()
        back = GlossaryService(office_a, data_dir=data_dir, author="boris")  # A's own copy is still there for A
        try:
            offline = back.snapshot()
            assert back.online is False
            assert [h.text for h in offline.matcher.find("出席兴凯湖渔业委员会", "zh")] == [  # type: ignore[union-attr]
                "兴凯湖渔业委员会"]
        finally:
            back.close()
    finally:
        pg_server.start()


def test_a_server_is_known_by_host_port_database_and_login_however_its_url_is_written() -> None:
    office = ServerIdentity.from_url("postgresql://anna:secret@DB.Example.org/office?sslmode=require")
    assert office == ServerIdentity("db.example.org", "5432", "office", "anna")
    assert office.label == "anna@db.example.org:5432/office"
    for same in ("postgres://anna:changed@db.example.org:5432/office?connect_timeout=3",
                 "postgresql://db.example.org/office?user=anna&password=secret",
                 "postgresql://anna@db.example.org:5432/?dbname=office"):
        assert ServerIdentity.from_url(same).key == office.key, same
    for other in ("postgresql://anna@db.example.org/office2", "postgresql://ivan@db.example.org/office",
                  "postgresql://anna@db.example.org:5433/office", "postgresql://anna@db2.example.org/office"):
        assert ServerIdentity.from_url(other).key != office.key, other
    assert "secret" not in office.key and "/" not in office.key and ":" not in office.key
    socket = ServerIdentity.from_url("postgresql://postgres:@/desk1?host=/run/Postgres&port=5433")
    assert socket == ServerIdentity.from_url("postgresql://postgres@%2Frun%2FPostgres:5433/desk1")
    assert socket.host == "/run/Postgres"  # a socket folder keeps its case
    assert ServerIdentity.from_url("postgresql://anna@h").dbname == "anna"  # libpq: the login's database


def test_a_queue_recorded_for_one_server_is_never_sent_to_another(tmp_path: Path) -> None:
    office_a = ServerIdentity.from_url("postgresql://anna@a.example.org/office")
    office_b = ServerIdentity.from_url("postgresql://anna@b.example.org/office")
    queue = EditQueue(tmp_path / "queue.sqlite", office_a)
    queue.push("add", term("Khanka Ferry Pier", "兴凯湖渡口"), None, "boris")
    queue.close()
    refusal = "holds edits for the shared glossary anna@a.example.org:5432/office, not anna@b.example.org"
    with pytest.raises(GlossaryError, match=re.escape(refusal)):
        EditQueue(tmp_path / "queue.sqlite", office_b)
    again = EditQueue(tmp_path / "queue.sqlite", office_a)
    assert [e.entry.forms["en"] for e in again.pending()] == ["Khanka Ferry Pier"]
    again.close()


def legacy_files(data_dir: Path, url: str, queued: TermEntry) -> None:
    """What an older PressDesk left in the data folder: one copy and one queue, neither saying which server."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with PgGlossaryStore.open(url, seed=False) as office:
        data = ReplicaData(office.entries(), office.versions(), office.tenures(), office.read_only,
                           office.change_counter())
    write_replica(data_dir / LEGACY_REPLICA_FILE, data)
    queue = EditQueue(data_dir / LEGACY_QUEUE_FILE)
    queue.push("add", queued, None, "boris")
    queue.close()
    for name, table in ((LEGACY_REPLICA_FILE, "meta where key = 'team_server'"), (LEGACY_QUEUE_FILE, "server")):
        conn = sqlite3.connect(data_dir / name)
        with conn:
            conn.execute(f"delete from {table}")
        conn.close()


def test_the_copy_and_queue_of_an_older_pressdesk_go_to_the_configured_server_only(
        pg_server: PgServer, offices: tuple[str, str], data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    office_a, office_b = offices
    monkeypatch.delenv(GLOSSARY_URL_ENV, raising=False)
    Settings(author="Boris Petrov", glossary_url=office_a).save(data_dir)
    legacy_files(data_dir, office_a, term("Khanka Ferry Pier", "兴凯湖渡口"))

    assert main(["--glossary", office_b, "glossary", "list"]) == 0  # a one-off look at another office's glossary
    out, err = capsys.readouterr()
    assert "Valdai Discussion Club" in out and "Khanka" not in out
    assert "1 edit typed offline waits for the shared glossary postgres@/" in err
    assert f":5432/{database(office_a)}: sent when this desk uses it again" in err
    assert not (data_dir / LEGACY_QUEUE_FILE).exists() and not (data_dir / LEGACY_REPLICA_FILE).exists()
    pg_server.stop()
    try:
        desk_b = GlossaryService.for_data_dir(data_dir, office_b)
        try:  # B's own copy (the one-off look left it), not A's old one
            offline = desk_b.snapshot()
            assert desk_b.online is False
            assert [h.text for h in offline.matcher.find("兴凯湖渔业委员会 瓦尔代国际辩论俱乐部", "zh")] == [  # type: ignore[union-attr]
                "瓦尔代国际辩论俱乐部"]
        finally:
            desk_b.close()
        desk_a = GlossaryService.for_data_dir(data_dir)
        try:  # it is A's
            offline = desk_a.snapshot()
            assert [h.text for h in offline.matcher.find("兴凯湖渔业委员会", "zh")] == [  # type: ignore[union-attr]
                "兴凯湖渔业委员会"]
            assert desk_a.pending_edits() == 1
        finally:
            desk_a.close()
    finally:
        pg_server.start()
    assert main(["glossary", "list"]) == 0  # back on A: the old queue is sent there
    out, err = capsys.readouterr()
    assert "Khanka Ferry Pier" in out and "waits" not in err
    assert english(office_b) == {"Valdai Discussion Club"}
    assert english(office_a) == {"Khanka Lake Fisheries Commission", "Khanka Ferry Pier"}
