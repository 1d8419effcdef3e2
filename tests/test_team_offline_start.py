"""A desk whose shared glossary and memory are on a server that never answers: the window is painted and usable at
once, no connection to PostgreSQL is ever made on the GUI thread, the status bar says "connecting…" and then
offline, the local copy and the queue keep working, the dock's searches and edits wait for the server on workers,
and pointing Preferences ▸ Team at a server that answers (the real PostgreSQL of the team tests) brings the
glossary and the memory online without a restart."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pg_support
import pytest
import ui_support
from PySide6.QtWidgets import QDialog

from desktop_app.domain.glossary.model import TermEntry
from desktop_app.services.glossary_service import GLOSSARY_URL_ENV, GlossaryService
from desktop_app.services.memory import MEMORY_URL_ENV
from desktop_app.settings import Settings
from desktop_app.storage import pg_glossary_store
from desktop_app.storage.glossary_offline import OfflineGlossaryStore, ReplicaData, TeamFiles, write_replica
from desktop_app.storage.pg_glossary_store import PgGlossaryStore
from desktop_app.ui.glossary_dock import EntryDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import PreferencesDialog

psycopg = pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
answers, sample_project = ui_support.answers, ui_support.sample_project  # fixtures
pg_server, pg_url, silent_server = pg_support.pg_server, pg_support.pg_url, pg_support.silent_server  # fixtures


@pytest.fixture
def dialled_on(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The thread of every `psycopg.connect` from now on (the real function is called)."""
    threads: list[int] = []
    real_connect = psycopg.connect

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(psycopg, "connect", spy)
    return threads


@pytest.fixture
def open_desk(qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, sample_project: Path, answers: ui_support.Answers,
              silent_server: pg_support.SilentServer) -> Iterator[Callable[[], MainWindow]]:
    """Opens the real window of a desk whose Preferences ▸ Team name the silent server for glossary and memory."""
    monkeypatch.delenv(GLOSSARY_URL_ENV, raising=False)
    monkeypatch.delenv(MEMORY_URL_ENV, raising=False)
    Settings(author="Boris Petrov", glossary_url=silent_server.url, memory_url=silent_server.url,
             first_run_done=True).save(data_dir)
    opened: list[MainWindow] = []

    def open_window() -> MainWindow:
        win = MainWindow(ui_support.make_context(data_dir))
        qtbot.addWidget(win)
        opened.append(win)
        assert win.open_path(sample_project, ask_save=False)
        win.show()
        return win

    yield open_window
    silent_server.close()  # connection attempts still waiting fail at once
    for win in opened:
        win.context.tasks.wait_idle()
        win.close()
        win.context.close()


def keep_copy(data_dir: Path, url: str, office_url: str) -> TeamFiles:
    """What a day online at `url` left this desk: its copy of the office glossary (read here from `office_url`,
    since the server at `url` never answers in these tests)."""
    files = TeamFiles.of(data_dir, url)
    with PgGlossaryStore.open(office_url) as office:
        data = ReplicaData(office.entries(), office.versions(), office.tenures(), office.read_only,
                           office.change_counter(), files.server.key)
    files.replica.parent.mkdir(parents=True)
    write_replica(files.replica, data)
    return files


def point_preferences_at(monkeypatch: pytest.MonkeyPatch, win: MainWindow, url: str) -> None:
    """Preferences ▸ Team: the shared glossary and memory set to `url`, the dialog accepted (the user's way)."""

    def accept_with_url(dialog: PreferencesDialog) -> int:
        dialog.team_group.glossary_url.setText(url)
        dialog.team_group.memory_url.setText(url)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept_with_url)
    win.show_preferences()


def add_in_dock(monkeypatch: pytest.MonkeyPatch, win: MainWindow, forms: dict[str, str]) -> None:
    """Glossary dock ▸ Add…, the approved forms typed and the dialog accepted (the user's way)."""

    def type_and_accept(dialog: EntryDialog) -> int:
        for lang, text in forms.items():
            dialog.approved[lang].setText(text)
        EntryDialog.accept(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", type_and_accept)
    win.glossary.panel.add_entry("term")


def test_the_window_is_filled_while_the_server_is_dialled_and_goes_online_without_a_restart(
        qtbot, monkeypatch: pytest.MonkeyPatch, open_desk: Callable[[], MainWindow],
        silent_server: pg_support.SilentServer, pg_url: str, request: pytest.FixtureRequest) -> None:
    dialled = request.getfixturevalue("dialled_on")
    gui = threading.get_ident()
    asked_on: list[int] = []  # the thread of every search and edit sent to the server
    for name in ("search", "add"):
        real = getattr(PgGlossaryStore, name)
        monkeypatch.setattr(PgGlossaryStore, name, lambda self, *a, _real=real, **k: asked_on.append(
            threading.get_ident()) or _real(self, *a, **k))
    # However slow the test machine, the first attempts are still waiting while the window is checked below.
    monkeypatch.setattr(pg_glossary_store, "CONNECT_TIMEOUT_S", 60)
    win = open_desk()
    context, ui = win.context, win.glossary
    assert ui.team is not None
    qtbot.waitUntil(lambda: silent_server.waiting > 0, timeout=30_000)
    qtbot.waitExposed(win)
    assert win.grid.release_model.rowCount() > 0 and win.isVisible()
    assert context.glossary.online is None and silent_server.waiting > 0  # still dialling, nothing failed yet
    assert ui.team.label.text() == "Shared glossary: connecting…"
    ui.panel.search.setText("State Duma")
    ui.panel.refresh()  # the user's search while nothing is known: no store is opened for it
    assert ui.panel.mode_label.text() == "0 entries found" and not ui.panel.add_button.isEnabled()

    point_preferences_at(monkeypatch, win, pg_url)
    assert Settings.load(context.data_dir).glossary_url == pg_url
    qtbot.waitUntil(lambda: context.glossary.online is True and ui.team.label.text() == "Shared glossary"
                    and bool(ui.source.hits("国家杜马", "zh")), timeout=30_000)
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0, timeout=10_000)
    assert ui.panel.results.topLevelItem(0).text(1) == "State Duma"
    add_in_dock(monkeypatch, win, {"zh": "冰上丝绸之路", "en": "Polar Silk Road"})
    qtbot.waitUntil(lambda: bool(ui.source.hits("冰上丝绸之路", "zh")), timeout=30_000)
    assert silent_server.accepted >= 2  # the first snapshot's worker and the listener dialled it
    assert len(dialled) >= 4 and gui not in dialled  # both servers dialled, never on the GUI thread
    assert len(asked_on) >= 2 and gui not in asked_on  # the dock's search and edit waited on a worker
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        assert [e.forms["zh"] for e in server.search("Polar Silk Road")] == ["冰上丝绸之路"]


def test_an_unreachable_server_leaves_the_desk_on_its_copy_and_its_queue_until_preferences_name_one_that_answers(
        qtbot, monkeypatch: pytest.MonkeyPatch, open_desk: Callable[[], MainWindow], data_dir: Path,
        silent_server: pg_support.SilentServer, pg_url: str, request: pytest.FixtureRequest) -> None:
    keep_copy(data_dir, silent_server.url, pg_url)
    dialled = request.getfixturevalue("dialled_on")
    gui = threading.get_ident()
    win = open_desk()
    context, ui = win.context, win.glossary
    assert ui.team is not None
    memories: list[object] = []
    session = win.machine_translation.session
    context.tasks.submit(lambda _token: session.memory(), on_done=memories.append)  # as a suggestions lookup does
    qtbot.waitUntil(lambda: "working from the last copy" in ui.team.label.text(), timeout=30_000)
    qtbot.waitUntil(lambda: bool(ui.source.hits("国家杜马", "zh")), timeout=30_000)  # highlighted from the copy
    ui.panel.search.setText("State Duma")
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0)
    add_in_dock(monkeypatch, win, {"zh": "冰上丝绸之路", "en": "Polar Silk Road"})
    qtbot.waitUntil(lambda: "1 edit" in ui.team.label.text(), timeout=30_000)
    assert context.glossary.pending_edits() == 1

    qtbot.waitUntil(lambda: memories == [None], timeout=30_000)  # the memory server did not answer either

    point_preferences_at(monkeypatch, win, pg_url)
    context.tasks.wait_idle()  # the memory given up on is forgotten
    context.tasks.submit(lambda _token: session.memory(), on_done=memories.append)
    qtbot.waitUntil(lambda: len(memories) == 2, timeout=30_000)
    assert memories[1] is not None and memories[1].path == pg_url  # type: ignore[attr-defined]
    # Online on the other glossary; the edit typed for the first one waits for it, and the status bar says so.
    qtbot.waitUntil(lambda: context.glossary.online is True, timeout=30_000)
    assert context.glossary.pending_edits() == 0
    label, tip = ui.team.label.text(), ui.team.label.toolTip()
    assert label.startswith("Shared glossary · 1 edit") and label.endswith("for another shared glossary")
    # "1 edit typed offline waits" once the English catalogue (its plural forms) is loaded, the source text before.
    assert re.search(rf"1 edit(\(s\))? typed offline waits? for pressdesk@127\.0\.0\.1:{silent_server.port}/pressdesk "
                     r"\(sent when", tip), tip
    assert dialled and gui not in dialled
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        assert server.search("Polar Silk Road") == []
    assert queue_rows(TeamFiles.of(data_dir, silent_server.url).queue) == [
        ("add", "Polar Silk Road", "Boris Petrov")]


def test_preferences_switch_between_the_desks_own_glossary_and_a_shared_one_without_a_restart(
        qtbot, monkeypatch: pytest.MonkeyPatch, open_desk: Callable[[], MainWindow], pg_url: str) -> None:
    win = open_desk()
    ui = win.glossary
    assert ui.team is not None
    point_preferences_at(monkeypatch, win, "")
    assert ui.team is None and not win.context.glossary.team
    qtbot.waitUntil(lambda: bool(ui.source.hits("国家杜马", "zh")), timeout=30_000)  # the desk's own seeded file
    assert not any(label.objectName() == "teamGlossaryLabel" and label.isVisible()
                   for label in win.statusBar().children())
    point_preferences_at(monkeypatch, win, pg_url)
    assert ui.team is not None and win.context.glossary.team
    qtbot.waitUntil(lambda: win.context.glossary.online is True and ui.team.label.text() == "Shared glossary",
                    timeout=30_000)
    assert ui.team.label.isVisible()


def test_a_new_author_in_preferences_is_recorded_on_the_shared_glossary_from_then_on(
        qtbot, monkeypatch: pytest.MonkeyPatch, open_desk: Callable[[], MainWindow], pg_url: str,
        data_dir: Path) -> None:
    win = open_desk()
    point_preferences_at(monkeypatch, win, pg_url)
    qtbot.waitUntil(lambda: win.context.glossary.online is True, timeout=30_000)
    settings = Settings.load(data_dir)
    settings.author = "Anna Ivanova"
    settings.save(data_dir)
    win.context.settings = settings
    point_preferences_at(monkeypatch, win, pg_url)  # the same server: only the author changed
    qtbot.waitUntil(lambda: win.glossary.panel.add_button.isEnabled(), timeout=30_000)
    add_in_dock(monkeypatch, win, {"zh": "冰上丝绸之路", "en": "Polar Silk Road"})
    qtbot.waitUntil(lambda: bool(win.glossary.source.hits("冰上丝绸之路", "zh")), timeout=30_000)
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        assert [v.author for v in server.history(server.search("Polar Silk Road")[0].id)] == ["Anna Ivanova"]


def queue_rows(path: Path) -> list[tuple[str, str, str]]:
    """(action, English form, author) of every edit in the queue file, read with plain sqlite3."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        return [(action, json.loads(data)["forms"]["en"], author)
                for action, data, author in conn.execute("select action, data, author from queue order by id")]
    finally:
        conn.close()


def test_quitting_while_the_server_is_dialled_does_not_wait_for_it_and_keeps_every_edit(
        qtbot, monkeypatch: pytest.MonkeyPatch, open_desk: Callable[[], MainWindow],
        silent_server: pg_support.SilentServer,
        data_dir: Path, pg_url: str) -> None:
    files = keep_copy(data_dir, silent_server.url, pg_url)  # a day online left this desk its copy...
    offline = OfflineGlossaryStore.open(files, "Boris Petrov")  # ...and an edit queued offline
    offline.add(TermEntry(0, "term", {"zh": "数字丝绸之路", "en": "Digital Silk Road", "ru": ""}))
    offline.close()
    # Nothing can time out during the test: every attempt below is still waiting for the server when the desk quits.
    monkeypatch.setattr(pg_glossary_store, "CONNECT_TIMEOUT_S", 60)
    entered = threading.Event()  # the dock's edit reached its worker, which dials the server for it
    real_on_worker = GlossaryService.on_worker
    monkeypatch.setattr(GlossaryService, "on_worker", lambda self, work: entered.set() or real_on_worker(self, work))
    win = open_desk()
    context = win.context
    qtbot.waitUntil(lambda: silent_server.waiting >= 2, timeout=30_000)  # the snapshot's worker and the listener
    add_in_dock(monkeypatch, win, {"zh": "冰上丝绸之路", "en": "Polar Silk Road"})
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    assert context.glossary.online is None  # still connecting
    pools = list(context.tasks._pools.values())
    win.close()
    context.close()  # what the app does when its window closes
    # Closing returned while the server still holds every connection attempt: it did not wait for one to end...
    assert silent_server.waiting >= 2
    # ...yet nothing is left running that could touch what was closed: no worker, no listener.
    assert all(pool.activeThreadCount() == 0 for pool in pools)
    assert not any(t.name == "glossary-listener" and t.is_alive() for t in threading.enumerate())
    assert queue_rows(files.queue) == [("add", "Digital Silk Road", "Boris Petrov"),
                                                 ("add", "Polar Silk Road", "Boris Petrov")]
