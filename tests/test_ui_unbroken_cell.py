"""A cell whose text has a long run with nowhere to break a line (a pasted code or blob) opens in an editor that wraps
it anywhere, within the cell's width, with the whole text in it; ordinary text keeps wrapping at words."""

from __future__ import annotations

import string

import ui_support
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextOption

from desktop_app.domain.release import edited_cell
from desktop_app.ui.cell_delegate import PIECE_CHARS
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


# -- a megabyte paragraph: typed into without laying the whole paragraph out again on every key ---------------------

MEGA = "".join(string.ascii_letters[(i * 7 + i // 52) % 52] for i in range(1_000_000))  # no space, no line break


def blocks_of(editor) -> list[str]:  # type: ignore[no-untyped-def]
    block, texts = editor.document().firstBlock(), []
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def put_in_cell(window: MainWindow, row: int, lang: str, text: str) -> None:
    segment = window.document.release.segments[row]
    window.document.set_cell(segment.id, lang, edited_cell(segment.cells[lang], text))


def test_a_megabyte_paragraph_is_edited_in_pieces_and_the_cell_gets_exactly_what_was_typed(qtbot, window: MainWindow
                                                                                            ) -> None:
    """Qt lays a paragraph out whole on each change to it: a key in a 1 MB paragraph took a third of a second. The
    editor holds it in blocks of a few thousand characters; keys at the blocks' seams act on the text's characters."""
    put_in_cell(window, 1, "en", MEGA + "\nlast line")
    editor = ui_support.open_editor(window, 1, "en")
    blocks = blocks_of(editor)
    assert max(map(len, blocks)) <= PIECE_CHARS  # no block holds the megabyte
    assert "".join(blocks[:-1]) == MEGA and blocks[-1] == "last line"
    assert editor.toPlainText() == MEGA + "\nlast line"
    seam = len(blocks[0])  # the text offset where the first block ends and the second goes on
    expected = MEGA + "\nlast line"

    def at(offset: int) -> None:
        editor.select_text(offset, offset)

    at(seam)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # the character before the seam, not the seam
    expected = expected[:seam - 1] + expected[seam:]
    at(seam - 1)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # the character after it
    expected = expected[:seam - 1] + expected[seam:]
    at(seam - 1)
    qtbot.keyClicks(editor, "XY")
    expected = expected[:seam - 1] + "XY" + expected[seam - 1:]
    at(seam + 1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a line break of the user's own, kept as one
    expected = expected[:seam + 1] + "\n" + expected[seam + 1:]
    assert editor.toPlainText() == expected
    assert window.document.release.segments[1].text("en") == expected  # every key reached the document
    at(seam + 2)
    assert editor.offset_of(editor.textCursor().position()) == seam + 2  # offsets map back through the pieces
    window.grid.setFocus()  # closes the editor
    qtbot.waitUntil(lambda: window.grid.cell_delegate.active_editor is None)
    assert window.document.release.segments[1].text("en") == expected


def test_pasting_a_megabyte_into_a_cell_leaves_it_in_pieces_with_the_cursor_after_the_paste(qtbot, window: MainWindow
                                                                                             ) -> None:
    editor = ui_support.open_editor(window, 2, "en")
    before = editor.toPlainText()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    pasted = QMimeData()
    pasted.setText(MEGA[:200_000])
    editor.insertFromMimeData(pasted)
    assert max(map(len, blocks_of(editor))) <= PIECE_CHARS
    assert editor.toPlainText() == MEGA[:200_000] + before
    assert editor.offset_of(editor.textCursor().position()) == 200_000
    assert window.document.release.segments[2].text("en") == MEGA[:200_000] + before


def test_find_selects_a_match_beyond_the_first_piece_of_a_long_paragraph(qtbot, window: MainWindow) -> None:
    text = MEGA[:50_000] + " needle " + MEGA[50_000:60_000]
    put_in_cell(window, 1, "en", text)
    window.find_text("needle", "en")
    qtbot.waitUntil(lambda: window.grid.cell_delegate.active_editor is not None)
    editor = window.grid.cell_delegate.active_editor
    assert editor.textCursor().selectedText() == "needle"
    start = editor.offset_of(editor.textCursor().selectionStart())
    assert text[start:start + 6] == "needle"


def test_a_huge_row_is_checked_once_its_editor_closes_not_between_the_keys(qtbot, window: MainWindow) -> None:
    """A check of a megabyte row on the worker held the GIL in long calls: the keys typed meanwhile waited up to
    half a second. The row is checked when its editor closes."""
    panel = window.quality_checks.panel
    qtbot.waitUntil(lambda: panel.has_checked and not panel.running, timeout=30_000)
    checks: list[bool] = []
    panel.checked.connect(lambda: checks.append(True))
    put_in_cell(window, 1, "en", "")
    editor = ui_support.open_editor(window, 1, "en")
    pasted = QMimeData()
    pasted.setText(MEGA[:60_000])
    editor.insertFromMimeData(pasted)
    qtbot.keyClicks(editor, " 2026")
    qtbot.waitUntil(lambda: not panel._recheck_timer.isActive() and not panel._full_timer.isActive(), timeout=5_000)
    assert not panel.running and checks == []  # the typing pause passed and nothing was checked
    window.grid.setFocus()
    qtbot.waitUntil(lambda: checks == [True], timeout=60_000)
    assert not panel.running
