"""Pasting a 5 MB text into a cell of the real window: refused with a message, the cell and the clipboard intact,
and the window keeps working; a paste up to the limit goes in whole, saves and undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
import ui_support
from PySide6.QtWidgets import QApplication, QMessageBox
from robustness_helpers import time_limit

from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.cell_delegate import MAX_CELL_CHARS, CellEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
PARAGRAPH = "Председатель КНР встретился с делегацией в Пекине. 会议在金华举行。The talks went well.\n\n"


def text_of(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def open_editor(win: MainWindow, row: int, lang: str) -> CellEditor:
    index = win.grid.release_model.index(row, LANG_COLUMN[lang])
    win.grid.setCurrentIndex(index)
    win.grid.edit(index)
    editor = win.grid.cell_delegate.active_editor
    assert editor is not None
    return editor


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}")))
    return shown


def test_five_megabyte_paste_is_refused_and_nothing_changes(qtbot, window: MainWindow, informed: list[str]) -> None:
    before = window.document.release.segments[1].text("ru")
    big = text_of(5 * 1024 * 1024)
    QApplication.clipboard().setText(big)
    editor = open_editor(window, 1, "ru")
    with time_limit(60):
        editor.selectAll()
        editor.paste()
        QApplication.processEvents()
    assert len(informed) == 1 and "5,242,880" in informed[0] and "Import" in informed[0]
    assert editor.toPlainText() == before
    assert window.document.release.segments[1].text("ru") == before
    assert QApplication.clipboard().text() == big, "the clipboard is left for the user to use elsewhere"
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" (typed after)")  # the window still edits normally
    assert window.document.release.segments[1].text("ru") == before + " (typed after)"


def test_paste_up_to_the_limit_goes_in_whole_saves_and_undoes(qtbot, window: MainWindow, informed: list[str],
                                                             sample_project: Path) -> None:
    before = window.document.release.segments[2].text("en")
    long_text = text_of(MAX_CELL_CHARS)
    QApplication.clipboard().setText(long_text)
    editor = open_editor(window, 2, "en")
    with time_limit(120):
        editor.selectAll()
        editor.paste()
        window.grid.setFocus()
        QApplication.processEvents()
        assert informed == []
        seg_id = window.document.release.segments[2].id
        assert window.document.release.segment(seg_id).text("en") == long_text
        assert window.save_document()
    with ProjectStore.open(sample_project) as store:
        assert store.load().segment(seg_id).text("en") == long_text
    window.document.undo_stack.undo()
    assert window.document.release.segment(seg_id).text("en") == before
