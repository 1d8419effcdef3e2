"""The editor driven through the real window: typing, undo/redo, segment operations, statuses, saving."""

from __future__ import annotations

from pathlib import Path

import ui_support
from PySide6.QtCore import Qt

from desktop_app.domain.release import Status
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures



def text(win: MainWindow, row: int, lang: str) -> str:
    return win.document.release.segments[row].cells[lang].text


def test_typing_in_a_cell_is_one_undo_step(qtbot, window: MainWindow) -> None:
    before = text(window, 1, "en")
    editor = ui_support.open_editor(window, 1, "en")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " (Beijing)")
    assert text(window, 1, "en") == before + " (Beijing)"
    assert window.document.release.segments[1].cells["en"].status is Status.DRAFT
    assert window.isWindowModified()
    assert window.document.undo_stack.count() == 1  # ten keystrokes merged into one command
    window.undo_action.trigger()
    assert text(window, 1, "en") == before
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert text(window, 1, "en") == before + " (Beijing)"


def test_enter_is_a_line_break_and_ctrl_enter_confirms_and_moves_down(qtbot, window: MainWindow) -> None:
    editor = ui_support.open_editor(window, 5, "en")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second line")
    assert text(window, 5, "en").endswith("\nsecond line")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.grid.cell_delegate.active_editor is not editor
    assert window.document.release.segments[5].cells["en"].text.endswith("\nsecond line")
    assert window.document.current_cell() == (window.document.release.segments[6].id, "en")


def test_escape_reverts_the_cell_and_leaves_no_undo_step(qtbot, window: MainWindow) -> None:
    before = window.document.release.segments[2].cells["zh"]
    editor = ui_support.open_editor(window, 2, "zh")
    editor.insertPlainText("改动")  # QTest can only type ASCII
    assert text(window, 2, "zh") != before.text
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.document.release.segments[2].cells["zh"] == before
    assert window.document.undo_stack.count() == 0
    assert not window.isWindowModified()


def test_tab_moves_to_the_next_language(qtbot, window: MainWindow) -> None:
    editor = ui_support.open_editor(window, 3, "zh")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert window.document.current_cell() == (window.document.release.segments[3].id, "en")


def test_split_at_cursor_and_undo(qtbot, window: MainWindow) -> None:
    seg = window.document.release.segments[2]
    original = seg.cells["en"].text
    count = len(window.document.release.segments)
    editor = ui_support.open_editor(window, 2, "en")
    offset = original.index(" Sergei")
    cursor = editor.textCursor()
    cursor.setPosition(offset)
    editor.setTextCursor(cursor)
    window.split_action.trigger()
    segments = window.document.release.segments
    assert len(segments) == count + 1
    assert segments[2].cells["en"].text == original[:offset]
    assert segments[3].cells["en"].text == original[offset:].strip()
    assert segments[2].cells["zh"].text == seg.cells["zh"].text  # other languages stay in the first part
    assert window.grid.release_model.rowCount() == count + 1
    window.undo_action.trigger()
    assert len(window.document.release.segments) == count
    assert window.document.release.segments[2].cells["en"].text == original
    window.redo_action.trigger()
    assert len(window.document.release.segments) == count + 1


def test_merge_and_move_are_undoable(window: MainWindow) -> None:
    doc = window.document
    ids = [s.id for s in doc.release.segments]
    zh3, zh4 = text(window, 3, "zh"), text(window, 4, "zh")
    en3, en4 = text(window, 3, "en"), text(window, 4, "en")
    doc.set_current_cell(ids[3], "en")
    window.merge_action.trigger()
    assert text(window, 3, "zh") == zh3 + zh4  # Chinese runs on without a space
    assert text(window, 3, "en") == en3 + " " + en4
    assert len(doc.release.segments) == len(ids) - 1
    window.undo_action.trigger()
    assert [s.id for s in doc.release.segments] == ids
    assert text(window, 4, "en") == en4

    doc.set_current_cell(ids[5], "ru")
    window.move_up_action.trigger()
    assert [s.id for s in doc.release.segments][4:6] == [ids[5], ids[4]]
    assert window.grid.release_model.index_for(ids[5], "ru").row() == 4
    window.undo_action.trigger()
    assert [s.id for s in doc.release.segments] == ids


def test_approve_cell_with_one_shortcut_and_row_approval(qtbot, window: MainWindow) -> None:
    doc = window.document
    seg = doc.release.segments[7]  # a row of drafts (the sample has one of each status elsewhere)
    window.grid.setCurrentIndex(window.grid.release_model.index(7, LANG_COLUMN["ru"]))
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seg.cells["ru"].status is Status.APPROVED
    assert seg.cells["en"].status is Status.DRAFT
    qtbot.waitUntil(lambda: "Russian 2/8" in window.status_bar.totals_label.text())  # with the headline's
    assert "Russian 2/8" in window.status_bar.totals_label.text()
    window.undo_action.trigger()
    assert seg.cells["ru"].status is Status.DRAFT
    window.approve_row_action.trigger()
    assert all(c.status is Status.APPROVED for c in seg.cells.values())
    assert doc.undo_stack.count() == 1  # the row is one step
    window.undo_action.trigger()
    assert all(c.status is Status.DRAFT for c in seg.cells.values())


def test_insert_and_delete_segments(window: MainWindow) -> None:
    doc = window.document
    count = len(doc.release.segments)
    doc.set_current_cell(doc.release.segments[1].id, "en")
    window.insert_below_action.trigger()
    assert len(doc.release.segments) == count + 1
    assert doc.release.segments[2].cells["en"].is_empty
    assert doc.current_cell() == (doc.release.segments[2].id, "en")
    window.delete_segment_action.trigger()
    assert len(doc.release.segments) == count
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(doc.release.segments) == count
    assert window.grid.release_model.rowCount() == count


def test_save_keeps_edits_and_history_and_title_loses_the_star(qtbot, window: MainWindow, tmp_path: Path) -> None:
    editor = ui_support.open_editor(window, 0, "en")
    editor.selectAll()
    qtbot.keyClicks(editor, "New headline")
    window.grid.cell_delegate.closeEditor.emit(editor)
    assert window.windowTitle().startswith("sample[*]")
    assert window.isWindowModified()
    window.save_action.trigger()
    assert not window.isWindowModified()
    seg_id = window.document.release.segments[0].id
    with ProjectStore.open(window.document.path) as store:  # type: ignore[arg-type]
        assert store.load().segments[0].cells["en"].text == "New headline"
        assert [r.new_text for r in store.history(seg_id, "en")][-1] == "New headline"


def test_history_dialog_restores_an_older_version(qtbot, window: MainWindow, monkeypatch) -> None:
    from desktop_app.ui.history_dialog import HistoryDialog

    doc = window.document
    seg_id = doc.release.segments[1].id
    original = text(window, 1, "en")
    doc.set_text(seg_id, "en", "Changed once")
    window.save_action.trigger()
    dialog = HistoryDialog(doc, seg_id, "en", window)
    qtbot.addWidget(dialog)
    assert [r.new_text for r in dialog.revisions][:2] == ["Changed once", original]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.restore_selected()
    assert text(window, 1, "en") == original
    window.undo_action.trigger()
    assert text(window, 1, "en") == "Changed once"


def test_ctrl_z_while_editing_undoes_through_the_document(qtbot, window: MainWindow) -> None:
    before = text(window, 1, "en")
    editor = ui_support.open_editor(window, 1, "en")
    qtbot.keyClicks(editor, "xyz")
    assert text(window, 1, "en") == before + "xyz"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text(window, 1, "en") == before
    assert editor.toPlainText() == before  # the open editor shows the undone text
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == before + "xyz"


def test_closing_with_changes_asks_and_cancel_keeps_the_window(window: MainWindow, answers) -> None:
    from PySide6.QtWidgets import QMessageBox

    seg_id = window.document.release.segments[0].id
    window.document.set_text(seg_id, "en", "Unsaved headline")
    answers.reply = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible() and answers.asked == ["Unsaved changes"]
    answers.reply = QMessageBox.StandardButton.Save
    assert window.close()
    with ProjectStore.open(window.context.settings.recent_files[0]) as store:
        assert store.load().segment(seg_id).cells["en"].text == "Unsaved headline"


def test_release_title_and_date_are_one_undoable_change(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtCore import QDate

    from desktop_app.ui.release_properties import ReleasePropertiesDialog

    def fill_in(dialog: ReleasePropertiesDialog) -> int:
        assert dialog.title_edit.text() == "10th China-Russia Roundtable Conference on SMEs Cooperation"
        dialog.title_edit.setText("Roundtable in Jinhua")
        dialog.date_edit.setDate(QDate(2023, 7, 21))
        dialog.accept()
        return 1

    monkeypatch.setattr(ReleasePropertiesDialog, "exec", fill_in)
    window.properties_action.trigger()
    release = window.document.release
    assert (release.title, release.date) == ("Roundtable in Jinhua", "2023-07-21")
    assert window.isWindowModified()
    window.save_document()
    with ProjectStore.open(window.document.path) as store:
        assert store.load().title == "Roundtable in Jinhua"
    window.undo_action.trigger()
    assert (release.title, release.date) == ("10th China-Russia Roundtable Conference on SMEs Cooperation",
                                             "2023-07-20")


def test_context_menus_offer_the_cell_and_row_operations(window: MainWindow) -> None:
    from PySide6.QtCore import QPoint

    from desktop_app.domain.release import Role

    grid = window.grid
    rect = grid.visualRect(grid.release_model.index(2, LANG_COLUMN["ru"]))
    menu = window.cell_menu(rect.center())
    assert menu is not None
    assert window.document.current_cell() == (window.document.release.segments[2].id, "ru")
    assert {"&Approve Cell", "S&plit at Cursor", "R&ole", "&Comment…", "Co&ncordance…",
            "Add Select&ion to Glossary…"} <= {a.text() for a in menu.actions()}
    header = grid.verticalHeader()
    menu = window.row_menu(QPoint(2, header.sectionViewportPosition(4) + 2))
    assert menu is not None and "R&ole" in {a.text() for a in menu.actions()}
    window.role_actions[Role.QUOTE].trigger()
    assert window.document.release.segments[4].role is Role.QUOTE
    assert grid.release_model.headerData(4, Qt.Orientation.Vertical).endswith("quote")


def test_undo_that_removes_the_edited_row_closes_its_editor(qtbot, window: MainWindow) -> None:
    doc = window.document
    doc.set_current_cell(doc.release.segments[1].id, "en")
    window.insert_below_action.trigger()
    editor = ui_support.open_editor(window, 2, "en")
    qtbot.keyClicks(editor, "new row")
    assert text(window, 2, "en") == "new row"
    window.undo_action.trigger()  # the typing
    window.undo_action.trigger()  # the inserted row, with its editor still open
    assert len(doc.release.segments) == 8
    qtbot.waitUntil(lambda: window.grid.cell_delegate.active_editor is None)
    window.grid.fit_rows()
    window.grid.viewport().repaint()
    assert window.grid.release_model.rowCount() == 8
