"""Connection attempts a quitting desk gives up: through a `Dialler` the shared glossary and memory open as usual
and a refusing server is reported as usual, a server that never answers holds the asking threads only until
`abandon()`, nothing is dialled after it, and a connection that arrives after it is closed; a read still waiting for
the server is cancelled then, a write never."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import replace

import pg_support
import pytest

from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.storage import pg_glossary_store
from desktop_app.storage.pg_dial import DialAbandoned, Dialler, _Attempt
from desktop_app.storage.pg_glossary_store import GlossaryOfflineError, PgGlossaryStore
from desktop_app.storage.pg_tm_store import PgTmStore
from desktop_app.storage.tm_store import TmStoreError

psycopg = pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
pg_server, pg_url, silent_server = pg_support.pg_server, pg_support.pg_url, pg_support.silent_server  # fixtures


def test_through_a_dialler_the_shared_glossary_and_memory_open_as_usual(pg_url: str) -> None:
    dialler = Dialler()
    with PgGlossaryStore.open(pg_url, dialler=dialler) as glossary, PgTmStore.open(pg_url, dialler=dialler) as memory:
        assert "国家杜马" in [e.forms["zh"] for e in glossary.search("State Duma")]  # the seed, read back
        assert memory.insert_units([("en", "ru", "The talks opened.", "Переговоры открылись.")], "test") == (1, 0)
        assert memory.count("en", "ru") == 1


def test_a_server_that_refuses_is_reported_through_a_dialler_as_without_one() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed when the block ends: nothing listens there any more
    url = f"postgresql://pressdesk@127.0.0.1:{port}/pressdesk"
    with pytest.raises(GlossaryOfflineError, match="cannot be reached"):
        PgGlossaryStore.open(url, dialler=Dialler())
    with pytest.raises(TmStoreError, match="cannot be reached"):
        PgTmStore.open(url, dialler=Dialler())


def test_abandoning_wakes_every_thread_waiting_for_a_silent_server_and_refuses_later_attempts(
        qtbot, monkeypatch: pytest.MonkeyPatch, silent_server: pg_support.SilentServer) -> None:
    monkeypatch.setattr(pg_glossary_store, "CONNECT_TIMEOUT_S", 60)  # no attempt can end by itself in the test
    dialler = Dialler()
    outcomes: list[BaseException] = []

    def attempt(open_store) -> None:
        try:
            open_store(silent_server.url, dialler=dialler)
        except BaseException as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt, args=(opener,)) for opener in (PgGlossaryStore.open, PgTmStore.open)]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: silent_server.waiting == 2, timeout=30_000)
    dialler.abandon()
    qtbot.waitUntil(lambda: not any(thread.is_alive() for thread in threads), timeout=30_000)
    assert [type(exc) for exc in outcomes] == [DialAbandoned, DialAbandoned]
    assert silent_server.waiting == 2  # the threads were let go while both attempts still wait for the server
    accepted = silent_server.accepted
    with pytest.raises(DialAbandoned):
        PgGlossaryStore.open(silent_server.url, dialler=dialler)
    assert silent_server.accepted == accepted  # nothing is dialled any more


def test_a_connection_that_arrives_after_its_attempt_was_given_up_is_closed(
        monkeypatch: pytest.MonkeyPatch, pg_url: str) -> None:
    connections: list[psycopg.Connection] = []
    real_connect = psycopg.connect
    monkeypatch.setattr(psycopg, "connect",
                        lambda *a, **k: connections.append(real_connect(*a, **k)) or connections[-1])
    late = _Attempt()
    late.abandon()  # the desk quit while the server was dialled...
    late.run(pg_url, {"connect_timeout": 3})  # ...and the server answered afterwards
    assert len(connections) == 1 and connections[0].closed
    with pytest.raises(DialAbandoned):
        late.result()


def lock_waits(url: str) -> int:
    """How many of the desk's queries wait for a table lock on the server (pg_stat_activity)."""
    with psycopg.connect(url, autocommit=True) as probe:
        return int(probe.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pressdesk' "
                                 "AND wait_event_type = 'Lock'").fetchone()[0])


def test_quitting_cancels_a_read_still_waiting_for_the_server_and_never_a_write(qtbot, pg_url: str) -> None:
    dialler = Dialler()
    reader = PgGlossaryStore.open(pg_url, author="anna", seed=False, dialler=dialler)
    writer = PgGlossaryStore.open(pg_url, author="boris", seed=False, dialler=dialler)
    entry = replace(empty_entry("place"), forms={"zh": "兴凯湖渡口", "en": "Khanka Ferry Pier", "ru": ""})
    assert writer.validate(entry) == []  # what it checks against is read before the server is held up
    outcome: dict[str, object] = {}

    def run(name: str, work: Callable[[], object]) -> None:
        try:
            outcome[name] = work()
        except Exception as exc:  # the test looks at what each one ended with
            outcome[name] = exc

    holder = psycopg.connect(pg_url)  # another session's long change holds the table: every query waits for it
    holder.execute("LOCK TABLE entries IN ACCESS EXCLUSIVE MODE")
    threads = [threading.Thread(target=run, args=("read", reader.entries)),
               threading.Thread(target=run, args=("write", lambda: writer.add(entry)))]
    for thread in threads:
        thread.start()
    try:
        qtbot.waitUntil(lambda: lock_waits(pg_url) == 2, timeout=10_000)
        dialler.abandon()  # the desk quits
        qtbot.waitUntil(lambda: "read" in outcome, timeout=10_000)
        assert isinstance(outcome["read"], GlossaryOfflineError)  # cancelled: it did not wait for the lock
        assert "write" not in outcome and lock_waits(pg_url) == 1  # the edit still waits, uncancelled
    finally:
        holder.commit()
        holder.close()
    threads[1].join()
    assert isinstance(outcome["write"], TermEntry)
    with pytest.raises(GlossaryOfflineError, match="PressDesk is quitting"):  # nothing new is asked
        reader.search("Khanka")
    reader.close()
    writer.close()
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        assert [e.forms["en"] for e in server.entries()] == ["Khanka Ferry Pier"]
