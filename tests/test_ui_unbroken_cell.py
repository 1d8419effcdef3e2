"""A cell whose text has a long run with nowhere to break a line (a pasted code or blob) opens in an editor that wraps
it anywhere, within the cell's width, with the whole text in it; ordinary text keeps wrapping at words."""

from __future__ import annotations

import string

import ui_support
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption

from desktop_app.domain.release import edited_cell
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
BLOB = "".join(string.ascii_letters[(i * 7) % 52] for i in range(5_000))  # no space, no Chinese character


def lines_of_first_paragraph(editor) -> int:  # type: ignore[no-untyped-def]
    block = editor.document().firstBlock()
    editor.document().documentLayout().blockBoundingRect(block)  # lays the block out
    return block.layout().lineCount()


def test_a_cell_with_an_unbroken_run_opens_wrapped_within_the_cell(qtbot, window: MainWindow) -> None:
    doc = window.document
    segment = doc.release.segments[1]
    text = f"Reference code: {BLOB} (end)"
    doc.set_cell(segment.id, "en", edited_cell(segment.cells["en"], text))
    editor = ui_support.open_editor(window, 1, "en")
    assert editor.toPlainText() == text  # the whole text, unchanged
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    width = editor.viewport().width()
    per_line = max(1, width // max(1, editor.fontMetrics().horizontalAdvance("W")))
    assert lines_of_first_paragraph(editor) > len(BLOB) // (per_line * 4)  # wrapped, not one line running off
    assert doc.release.segments[1].text("en") == text


def test_ordinary_text_wraps_at_words_until_an_unbroken_run_is_pasted(qtbot, window: MainWindow) -> None:
    editor = ui_support.open_editor(window, 2, "en")
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    pasted = QMimeData()
    pasted.setText(" " + BLOB)
    editor.insertFromMimeData(pasted)
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert window.document.release.segments[2].text("en").endswith(BLOB)


def test_chinese_without_spaces_keeps_its_own_line_breaking(qtbot, window: MainWindow) -> None:
    """Chinese has no spaces but breaks between characters (never before a closing comma): nothing to change."""
    doc = window.document
    segment = doc.release.segments[1]
    doc.set_cell(segment.id, "zh", edited_cell(segment.cells["zh"], "会议在金华举行，" * 300))
    editor = ui_support.open_editor(window, 1, "zh")
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
