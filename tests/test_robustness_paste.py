"""Pasting a 5 MB text into a cell of the real window: it goes in whole, the document holds it, it saves, it
undoes, and the window keeps editing; a paste over the cell limit is refused with a message and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import ui_support
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui import cell_delegate
from desktop_app.ui.cell_delegate import MAX_CELL_CHARS
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
PARAGRAPH = "Председатель КНР встретился с делегацией в Пекине. 会议在金华举行。The talks went well.\n\n"
FIVE_MB = 5 * 1024 * 1024


def text_of(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]



@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}")))
    return shown


def test_five_megabyte_paste_goes_in_whole_saves_undoes_and_the_cell_stays_editable(
        qtbot, window: MainWindow, informed: list[str], sample_project: Path) -> None:
    assert MAX_CELL_CHARS >= FIVE_MB
    seg_id = window.document.release.segments[1].id
    before = window.document.release.segment(seg_id).text("ru")
    big = text_of(FIVE_MB)
    QApplication.clipboard().setText(big)
    stack = window.document.undo_stack
    start = stack.index()
    editor = ui_support.open_editor(window, 1, "ru")
    editor.selectAll()
    editor.paste()
    QApplication.processEvents()
    window.grid.setFocus()  # commits the cell
    QApplication.processEvents()
    assert informed == []
    assert window.document.release.segment(seg_id).text("ru") == big
    assert window.grid.rowHeight(1) <= window.grid.viewport().height(), "a huge cell scrolls in its editor instead"
    editor = ui_support.open_editor(window, 1, "ru")
    assert editor.toPlainText() == big
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" (typed after)")  # typing in the big cell reaches the document
    assert window.document.release.segment(seg_id).text("ru") == big + " (typed after)"
    window.grid.setFocus()
    assert window.save_document()
    with ProjectStore.open(sample_project) as store:
        assert store.load().segment(seg_id).text("ru") == big + " (typed after)"
    assert stack.index() > start
    while stack.index() > start:  # the paste and the typing are undone, and nothing else
        stack.undo()
    assert window.document.release.segment(seg_id).text("ru") == before
    while stack.canRedo():
        stack.redo()
    assert window.document.release.segment(seg_id).text("ru") == big + " (typed after)"


def test_a_paste_over_the_cell_limit_is_refused_and_nothing_changes(
        qtbot, window: MainWindow, informed: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cell_delegate, "MAX_CELL_CHARS", 50_000)  # the same rule, without an 8 MB clipboard
    before = window.document.release.segments[2].text("en")
    too_long = text_of(60_000)
    QApplication.clipboard().setText(too_long)
    editor = ui_support.open_editor(window, 2, "en")
    editor.selectAll()
    editor.paste()
    QApplication.processEvents()
    assert len(informed) == 1 and "60,000" in informed[0] and "50,000" in informed[0] and "Import" in informed[0]
    assert editor.toPlainText() == before
    assert window.document.release.segments[2].text("en") == before
    assert QApplication.clipboard().text() == too_long, "the clipboard is left for the user to use elsewhere"
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" (typed after)")  # the window still edits normally
    assert window.document.release.segments[2].text("en") == before + " (typed after)"
