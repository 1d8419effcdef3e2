"""Two desks on one shared glossary, with the real window: an entry added on desk A is highlighted on desk B
within 2 s, a conflicting edit in the dock is refused with both versions shown, a read-only login is told before
it types, and the status bar says when the desk works from its local copy."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pg_support
import pytest
import ui_support
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.domain.glossary.model import HitKind, empty_entry
from desktop_app.services.glossary_service import GLOSSARY_URL_ENV, GlossaryService
from desktop_app.settings import Settings
from desktop_app.storage.pg_glossary_store import PgGlossaryStore
from desktop_app.ui.glossary_dock import EntryDialog, GlossaryUi, ImportPreviewDialog
from desktop_app.ui.main_window import MainWindow

pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
answers, sample_project = ui_support.answers, ui_support.sample_project  # fixtures
pg_server, pg_url = pg_support.pg_server, pg_support.pg_url  # fixtures


SERVER_KIT = Path(__file__).resolve().parent.parent / "packaging" / "server"


@pytest.fixture
def open_desk(qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, sample_project: Path,
              answers: ui_support.Answers) -> Iterator[Callable[[str], MainWindow]]:
    """Opens the real window of a desk whose glossary is the shared one at the URL given."""
    opened: list[MainWindow] = []

    def open_window(url: str) -> MainWindow:
        monkeypatch.setenv(GLOSSARY_URL_ENV, url)
        context = ui_support.make_context(data_dir)
        win = MainWindow(context)
        qtbot.addWidget(win)
        opened.append(win)
        assert win.open_path(sample_project, ask_save=False)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.glossary.source.ready and context.glossary.online is True, timeout=30_000)
        return win

    yield open_window
    for win in opened:
        win.context.tasks.wait_idle()
        win.close()
        win.context.close()


@pytest.fixture
def desk_b(open_desk: Callable[[str], MainWindow], pg_url: str) -> MainWindow:
    """Desk B: the real window, its glossary the shared one."""
    return open_desk(pg_url)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a, **_k: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text, *_a, **_k: shown.append(text)))
    return shown


def test_an_entry_added_on_desk_a_is_highlighted_on_desk_b_within_two_seconds(qtbot, desk_b: MainWindow,
                                                                             pg_url: str, tmp_path: Path) -> None:
    ui: GlossaryUi = desk_b.glossary
    assert ui.source.hits("会见瞿翰林一行", "zh") == []
    assert desk_b.glossary.team is not None and desk_b.glossary.team.label.text() == "Shared glossary"
    desk_a = GlossaryService(pg_url, data_dir=tmp_path / "desk-a", author="anna")
    entry = replace(empty_entry("person"), forms={"zh": "瞿翰林", "en": "Qu Hanlin", "ru": "Цюй Ханьлинь"})
    try:
        added = desk_a.write(lambda store: store.add(entry))
    finally:
        desk_a.close()
    qtbot.waitUntil(lambda: [h.entry.id for h in ui.source.hits("会见瞿翰林一行", "zh")] == [added.id], timeout=2000)
    assert [(h.text, h.kind) for h in ui.source.hits("Qu Hanlin attended", "en")] == [("Qu Hanlin", HitKind.APPROVED)]


def close_a_desk_that_heard_a_change(qtbot, data_dir: Path, sample_project: Path, pg_url: str,
                                     tmp_path: Path) -> list[weakref.ref[object]]:
    """Open a desk, let it hear desk A's new entry, close it; weak references to its window, glossary UI,
    glossary service and matcher."""
    win = MainWindow(ui_support.make_context(data_dir))
    assert win.open_path(sample_project, ask_save=False)
    win.show()
    ui: GlossaryUi = win.glossary
    qtbot.waitUntil(lambda: ui.source.ready and win.context.glossary.online is True, timeout=30_000)
    desk_a = GlossaryService(pg_url, data_dir=tmp_path / "desk-a", author="anna")
    entry = replace(empty_entry("person"), forms={"zh": "瞿翰林", "en": "Qu Hanlin", "ru": "Цюй Ханьлинь"})
    try:
        desk_a.write(lambda store: store.add(entry))
    finally:
        desk_a.close()
    qtbot.waitUntil(lambda: bool(ui.source.hits("会见瞿翰林一行", "zh")), timeout=2000)  # desk A's change arrived
    kept = [weakref.ref(obj) for obj in (win, ui, win.context.glossary, ui.source._matcher)]
    win.context.tasks.wait_idle()
    win.close()
    win.context.close()
    win.deleteLater()
    return kept


def test_a_closed_desk_lets_go_of_its_window_and_glossary(qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path,
                                                         sample_project: Path, answers: ui_support.Answers,
                                                         pg_url: str, tmp_path: Path) -> None:
    monkeypatch.setenv(GLOSSARY_URL_ENV, pg_url)
    kept = close_a_desk_that_heard_a_change(qtbot, data_dir, sample_project, pg_url, tmp_path)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert [ref() is None for ref in kept] == [True] * 4


def test_a_conflicting_edit_in_the_dock_is_refused_with_both_versions(qtbot, desk_b: MainWindow, pg_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     warnings: list[str]) -> None:
    panel = desk_b.glossary.panel
    panel.search.setText("State Duma")
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() > 0 and panel.results.topLevelItem(0).text(1)
                    == "State Duma")
    panel.results.setCurrentItem(panel.results.topLevelItem(0))
    duma = panel.selected_entry()

    def edit_while_anna_saves(self: EntryDialog) -> int:
        with PgGlossaryStore.open(pg_url, author="anna", seed=False) as anna:  # desk A saves first
            anna.update(replace(duma, note="anna: lower house"))
        self.note.setPlainText("boris: the Duma")
        EntryDialog.accept(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", edit_while_anna_saves)
    panel.edit_entry()
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10_000)  # the edit is sent on a worker
    assert "changed by anna" in warnings[0] and "boris: the Duma" in warnings[0] and "anna: lower house" in warnings[0]
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        assert server.entry(duma.id).note == "anna: lower house"  # type: ignore[union-attr]


def test_an_import_in_the_dock_is_recorded_as_the_author_set_in_preferences(
        qtbot, open_desk: Callable[[str], MainWindow], pg_url: str, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    Settings(author="Boris Petrov").save(data_dir)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    ui = open_desk(pg_url).glossary
    terms = tmp_path / "terms.txt"
    terms.write_text("Гродековский таможенный пост\tGrodekovo Customs Post\tplace\n", encoding="utf-8")
    ui.panel.import_file(str(terms))
    qtbot.waitUntil(lambda: bool(ui.source.hits("at the Grodekovo Customs Post", "en")), timeout=30_000)
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        (imported,) = server.search("Grodekovo Customs Post")
        assert [(v.action, v.author) for v in server.history(imported.id)] == [("import", "Boris Petrov")]
    ui.panel.undo_last_import()
    qtbot.waitUntil(lambda: not ui.source.hits("at the Grodekovo Customs Post", "en"), timeout=30_000)
    with PgGlossaryStore.open(pg_url, seed=False) as server:
        assert [(v.action, v.author) for v in server.history(imported.id)][-1] == ("undo-import", "Boris Petrov")


def test_the_status_bar_says_when_the_desk_works_from_its_local_copy(qtbot, desk_b: MainWindow,
                                                                    pg_server: pg_support.PgServer) -> None:
    team = desk_b.glossary.team
    assert team is not None
    ui: GlossaryUi = desk_b.glossary
    desk_b.context.glossary.wait_for_replica()
    pg_server.stop()
    try:
        qtbot.waitUntil(lambda: "offline" in team.label.text(), timeout=10_000)
        entry = replace(empty_entry("term"), forms={"zh": "冰上丝绸之路", "en": "Polar Silk Road", "ru": ""})
        desk_b.context.glossary.write(lambda store: store.add(entry))
        ui.panel._changed(external=False)
        assert "1 edit" in team.label.text() and desk_b.context.glossary.pending_edits() == 1
        assert ui.source.hits("国家杜马", "zh")  # highlighting goes on from the local copy
    finally:
        pg_server.start()
    qtbot.waitUntil(lambda: team.label.text() == "Shared glossary" and desk_b.context.glossary.pending_edits() == 0,
                    timeout=15_000)
    qtbot.waitUntil(lambda: bool(ui.source.hits("冰上丝绸之路", "zh")), timeout=5000)


@pytest.fixture
def reader_url(pg_server: pg_support.PgServer) -> str:
    logins = pg_server.office(SERVER_KIT)
    PgGlossaryStore.open(logins["pressdesk_owner"]).close()  # the owner's first connection sets the tables up
    return logins["ivan"]


def test_a_read_only_login_is_told_before_typing_an_edit(qtbot, open_desk: Callable[[str], MainWindow],
                                                         reader_url: str, warnings: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[EntryDialog] = []
    monkeypatch.setattr(EntryDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    win = open_desk(reader_url)
    panel = win.glossary.panel
    assert win.glossary.source.hits("国家杜马", "zh")  # it highlights from the shared glossary
    panel.add_entry("term")
    panel.search.setText("State Duma")
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() > 0)
    panel.results.setCurrentItem(panel.results.topLevelItem(0))
    panel.edit_entry()
    panel.delete_entry()
    assert opened == [] and len(warnings) == 3 and all("read-only" in w for w in warnings)
