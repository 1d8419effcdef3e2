"""A cell whose text has a long run with nowhere to break a line (a pasted code or blob) opens in an editor that wraps
it anywhere, within the cell's width, with the whole text in it; ordinary text keeps wrapping at words."""

from __future__ import annotations

import re
import string

import ui_support
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication

from desktop_app.domain.glossary.model import HitKind
from desktop_app.domain.release import edited_cell
from desktop_app.ui.cell_delegate import PIECE_CHARS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.term_highlighter import TERM_COLOURS, TermHighlighter

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


# -- terms marked in a megabyte paragraph: matched on a worker, not while the editor opens ---------------------------

NAMES = "The NPC met. " * 80_000  # ~1 MB in one paragraph; "NPC" is an accepted variant in the default glossary


def term_marks(block) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return sorted((r.start, r.length, r.format.background().color().name()) for r in block.layout().formats())


def npc_marks(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), 3, TERM_COLOURS[HitKind.VARIANT]) for m in re.finditer(r"\bNPC\b", text)]


def glossary_ready(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)


def highlighter_of(window: MainWindow, editor) -> TermHighlighter:  # type: ignore[no-untyped-def]
    return next(h for h in window.glossary.highlighters if h.document() is editor.document())


def test_terms_in_a_megabyte_paragraph_are_marked_from_a_worker_after_the_editor_opens(qtbot, window: MainWindow
                                                                                       ) -> None:
    """Matching the whole megabyte while the editor opened held the window for a fifth of a second; the paragraphs
    beyond the first few are matched on a worker and marked when their hits arrive."""
    glossary_ready(qtbot, window)
    put_in_cell(window, 1, "en", NAMES)
    editor = ui_support.open_editor(window, 1, "en")
    highlighter = highlighter_of(window, editor)
    last = editor.document().lastBlock()
    assert npc_marks(last.text())  # the shown end of the cell holds the name...
    assert term_marks(last) == []  # ...not matched while the editor opened
    qtbot.waitUntil(lambda: not highlighter.pending and term_marks(editor.document().lastBlock()) != [],
                    timeout=30_000)
    block = editor.document().firstBlock()
    while block.isValid():  # every piece, matched here or on the worker, carries its own marks
        assert term_marks(block) == npc_marks(block.text())
        block = block.next()
    assert editor.toPlainText() == NAMES


def test_hits_of_a_paragraph_edited_while_it_was_matched_are_not_applied(qtbot, window: MainWindow) -> None:
    glossary_ready(qtbot, window)
    put_in_cell(window, 1, "en", NAMES)
    editor = ui_support.open_editor(window, 1, "en")
    highlighter = highlighter_of(window, editor)
    QApplication.processEvents()  # the pieces put off go to the worker; their hits come back through the event loop
    last, before_last = editor.document().lastBlock(), editor.document().lastBlock().previous()
    QTextCursor(last).insertText("and ")  # the names move four characters on
    cursor = QTextCursor(before_last)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("no names here ")  # the names are gone
    qtbot.waitUntil(lambda: not highlighter.pending, timeout=30_000)
    last, before_last = editor.document().lastBlock(), editor.document().lastBlock().previous()
    assert last.text().startswith("and ") and "NPC" in last.text()
    assert term_marks(last) == npc_marks(last.text())  # where the names are now, not where they were
    assert before_last.text() == "no names here " and term_marks(before_last) == []
    assert window.document.release.segments[1].text("en").endswith("no names here " + last.text())
