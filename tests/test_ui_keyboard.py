"""Keyboard-first editing in the real window: confirm and move on, QA problems, go to segment, copy source, terms."""

from __future__ import annotations

import ui_support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.domain.release import Cell, Status
from desktop_app.ui.help_dialogs import shortcut_rows
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

CTRL = Qt.KeyboardModifier.ControlModifier


def selected_cells(win: MainWindow) -> set[tuple[int, int]]:
    return {(i.row(), i.column()) for i in win.grid.selectionModel().selectedIndexes()}


def test_ctrl_enter_confirms_and_opens_the_next_unconfirmed_cell_alone(qtbot, window: MainWindow) -> None:
    segments = window.document.release.segments
    window.document.set_status([(segments[1].id, "ru")], Status.APPROVED)  # already confirmed: skipped
    editor = ui_support.open_editor(window, 0, "ru")
    qtbot.keyClicks(editor, " ok")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert window.document.cell(segments[0].id, "ru").status is Status.REVIEWED
    assert window.document.cell(segments[0].id, "ru").text.endswith(" ok")
    assert window.document.current_cell() == (segments[2].id, "ru")
    assert selected_cells(window) == {(2, LANG_COLUMN["ru"])}  # the confirmed cell is no longer selected
    editor = window.grid.cell_delegate.active_editor
    assert editor is not None and editor.segment_id == segments[2].id
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert window.document.cell(segments[2].id, "ru").status is Status.REVIEWED
    assert selected_cells(window) == {(3, LANG_COLUMN["ru"])}


def test_the_confirm_status_comes_from_preferences(qtbot, window: MainWindow) -> None:
    window.context.settings.confirm_status = "approved"
    window.keyboard_flow.retranslateUi()
    assert "approved" in window.keyboard_flow.confirm_action.text()
    ui_support.open_editor(window, 3, "en")
    window.keyboard_flow.confirm_action.trigger()
    segments = window.document.release.segments
    assert window.document.cell(segments[3].id, "en").status is Status.APPROVED
    assert window.document.current_cell() == (segments[4].id, "en")


def test_f8_and_shift_f8_walk_the_quality_problems_with_the_text_selected(qtbot, window: MainWindow) -> None:
    segments = window.document.release.segments
    for row in (2, 5):
        en = window.document.cell(segments[row].id, "en").text
        window.document.set_cell(segments[row].id, "en", Cell(en + " 1999", Status.DRAFT))  # a year only in English
    panel = window.quality_checks.panel
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        panel.check_all()
    window.document.set_current_cell(segments[0].id, "zh")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_F8)
    first = window.document.current_cell()
    assert first is not None and window.document.row_of(first[0]) >= 2
    editor = window.grid.cell_delegate.active_editor
    assert editor is not None and editor.hasFocus()
    finding = panel.selected_finding()
    assert finding is not None and (finding.segment_id, finding.lang) == first
    if finding.span is not None:
        assert editor.textCursor().selectedText() == editor.toPlainText()[finding.span[0]:finding.span[1]]
    window.keyboard_flow.next_problem_action.trigger()
    second = window.document.current_cell()
    assert window.document.row_of(second[0]) > window.document.row_of(first[0])
    qtbot.keyClick(window.grid.cell_delegate.active_editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.current_cell() == first


def test_ctrl_g_goes_to_a_segment(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *_a, **_k: (6, True)))
    window.document.set_current_cell(window.document.release.segments[0].id, "en")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_G, CTRL)
    assert window.document.current_cell() == (window.document.release.segments[5].id, "en")
    assert selected_cells(window) == {(5, LANG_COLUMN["en"])}


def test_ctrl_shift_insert_copies_the_source_into_the_cell(qtbot, window: MainWindow) -> None:
    segment = window.document.release.segments[4]
    window.document.set_cell(segment.id, "ru", Cell())
    window.document.set_current_cell(segment.id, "ru")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Insert, CTRL | Qt.KeyboardModifier.ShiftModifier)
    cell = window.document.cell(segment.id, "ru")
    assert cell.text == segment.cells["zh"].text and cell.provenance.source_lang == "zh"
    window.undo_action.trigger()
    assert window.document.cell(segment.id, "ru").is_empty


def test_ctrl_alt_n_inserts_the_nth_term_of_the_source(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)
    row = next(i for i, s in enumerate(window.document.release.segments) if "钱洪山" in s.cells["zh"].text)
    segment = window.document.release.segments[row]
    window.document.set_cell(segment.id, "ru", Cell())
    editor = ui_support.open_editor(window, row, "ru")
    entries = window.keyboard_flow.term_entries()
    assert len(entries) >= 2
    zh = segment.cells["zh"].text
    assert [zh.find(e.forms["zh"]) for e in entries[:2]] == sorted(zh.find(e.forms["zh"]) for e in entries[:2])
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL | Qt.KeyboardModifier.AltModifier)
    assert editor.toPlainText() == entries[1].forms["ru"]


def test_the_shortcuts_dialog_lists_the_keyboard_commands(qtbot, window: MainWindow) -> None:
    keys = " ".join(k for _, k in shortcut_rows(window))
    for expected in ("Ctrl+Return", "F8", "Shift+F8", "Ctrl+G", "Ctrl+Shift+Ins", "Ctrl+Alt+1", "Ctrl+Alt+9"):
        assert expected in keys
