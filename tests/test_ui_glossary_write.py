"""The Glossary dock saves an edit of the desk's own glossary file on a worker: while another program holds the
file's write lock the window goes on (the dock says it is saving), and when the wait runs out the user is told in
words and keeps what they typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import ui_support
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.storage.glossary_store import GlossaryStore, default_glossary_path
from desktop_app.ui.glossary_dock import EntryDialog
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
NAME = ("Harbin Trade Fair", "Харбинская ярмарка")


@pytest.fixture
def other_program(qtbot, window: MainWindow, data_dir: Path) -> Iterator[sqlite3.Connection]:
    """A second connection to the real glossary file holding its write lock (BEGIN IMMEDIATE), as a long import
    of another PressDesk or a database tool does; taken once the window has opened the file."""
    qtbot.waitUntil(lambda: window.glossary.panel.ready, timeout=30_000)
    path = default_glossary_path(data_dir)
    assert path.is_file()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def stored(data_dir: Path) -> list[str]:
    with GlossaryStore.open(default_glossary_path(data_dir)) as store:
        return [e.forms["en"] for e in store.search(NAME[0]) if e.forms["en"] == NAME[0]]


def typing_in(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """EntryDialog.exec types NAME into a blank dialog and accepts; returns what each opened dialog showed."""
    shown: list[dict[str, str]] = []

    def fill_and_accept(dialog: EntryDialog) -> int:
        shown.append({lang: dialog.approved[lang].text() for lang in ("en", "ru")})
        if not dialog.approved["en"].text():
            dialog.category.setCurrentIndex(dialog.category.findData("event"))
            dialog.approved["en"].setText(NAME[0])
            dialog.approved["ru"].setText(NAME[1])
        EntryDialog.accept(dialog)
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EntryDialog, "exec", fill_and_accept)
    return shown


def test_an_entry_added_while_another_program_writes_is_saved_on_a_worker_and_retried(
        qtbot, window: MainWindow, data_dir: Path, other_program: sqlite3.Connection,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.glossary.panel
    typing_in(monkeypatch)
    warnings: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_args, **_kwargs):
        warnings.append((title, text))
        other_program.execute("ROLLBACK")  # the other program has finished by the time the user answers
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    panel.add_entry()
    # add_entry has returned while the file is still locked: the window is not waiting for the lock.
    assert panel.writing and not panel.saving.isHidden() and not panel.add_button.isEnabled()
    assert warnings == [] and stored(data_dir) == []
    qtbot.waitUntil(lambda: warnings != [], timeout=30_000)  # SQLite gave up waiting on the worker
    title, text = warnings[0]
    assert title == "Glossary Busy" and "Another program is writing to the glossary" in text
    assert "Nothing you typed is lost" in text
    qtbot.waitUntil(lambda: not panel.writing, timeout=30_000)  # Retry saved it
    assert stored(data_dir) == [NAME[0]]
    assert len(warnings) == 1 and panel.add_button.isEnabled() and panel.saving.isHidden()
    assert panel.undo_change_action.isEnabled()  # the add can be taken back like any other
    qtbot.waitUntil(lambda: any(h.entry.forms["en"] == NAME[0] for h in window.glossary.source.hits(
        f"the {NAME[0]} opened", "en")), timeout=30_000)


def test_cancel_after_the_lock_timeout_opens_the_entry_again_as_typed(
        qtbot, window: MainWindow, data_dir: Path, other_program: sqlite3.Connection,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.glossary.panel
    shown = typing_in(monkeypatch)
    warnings: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        warnings.append(text)
        if len(warnings) == 1:
            return QMessageBox.StandardButton.Cancel
        other_program.execute("ROLLBACK")
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    panel.add_entry()
    # Cancel reopens the dialog with the entry as typed; accepted again (the file still locked) it waits once more.
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    assert shown[1] == {"en": NAME[0], "ru": NAME[1]}
    assert "opens it again as you typed it" in warnings[0]
    qtbot.waitUntil(lambda: len(warnings) == 2 and not panel.writing, timeout=30_000)
    assert stored(data_dir) == [NAME[0]]
