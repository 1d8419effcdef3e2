"""The grid's model honours Qt's contract (qtmodeltester) through edits and structure changes; filters work."""

from __future__ import annotations

from dataclasses import replace

import ui_support
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.domain.release import Cell, Origin, Provenance, Status
from desktop_app.formats.paragraphs import ImportedParagraph
from desktop_app.ui.grid_view import RowFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN, SegmentIdRole, StaleRole, StatusRole

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


def test_model_passes_qtmodeltester_through_changes(qtmodeltester, window: MainWindow) -> None:
    model = window.grid.release_model
    qtmodeltester.check(model, force_py=True)  # stays connected: every change below is checked as it happens
    doc = window.document
    first = doc.release.segments[0].id
    doc.insert_segment(2)
    doc.move_segment(first, 4)
    doc.merge_with_next(doc.release.segments[1].id)
    doc.delete_segments([doc.release.segments[3].id])
    doc.set_text(doc.release.segments[0].id, "ru", "Заголовок")
    doc.import_paragraphs("en", [ImportedParagraph(f"Paragraph {i}") for i in range(12)], "long.txt")
    assert model.rowCount() == 12
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert model.rowCount() == 8
    assert model.index(0, 0).data(SegmentIdRole) == first


def test_model_shows_status_role_header_and_stale_marker(window: MainWindow) -> None:
    model = window.grid.release_model
    doc = window.document
    seg = doc.release.segments[2]
    assert model.headerData(0, Qt.Orientation.Vertical).endswith("headline")
    assert model.headerData(LANG_COLUMN["ru"], Qt.Orientation.Horizontal) == "Russian"
    derived = Cell("Machine text", Status.MACHINE, Provenance(Origin.MACHINE, "en", seg.cells["en"].text, "argos"))
    doc.set_cell(seg.id, "ru", derived)
    ru = model.index_for(seg.id, "ru")
    assert ru.data(StatusRole) == "machine"
    assert ru.data(StaleRole) is False
    assert "machine translation from English (argos)" in ru.data(Qt.ItemDataRole.ToolTipRole)
    doc.set_text(seg.id, "en", seg.cells["en"].text + " Changed.")
    assert ru.data(StaleRole) is True
    assert "Stale" in ru.data(Qt.ItemDataRole.ToolTipRole)


def test_tooltip_lists_saved_revisions(window: MainWindow) -> None:
    doc = window.document
    seg_id = doc.release.segments[1].id
    doc.set_text(seg_id, "en", "July 21, 2023")
    window.save_document()
    tip = window.grid.release_model.index_for(seg_id, "en").data(Qt.ItemDataRole.ToolTipRole)
    assert "July 21, 2023" in tip and "Last saved revisions" in tip


def visible_ids(win: MainWindow) -> list[str]:
    segs = win.document.release.segments
    return [segs[r].id for r in range(len(segs)) if not win.grid.isRowHidden(r)]


def test_filters_show_only_empty_stale_or_unapproved_rows(window: MainWindow) -> None:
    doc = window.document
    segs = doc.release.segments
    doc.set_text(segs[1].id, "ru", "")
    stale = Cell("old", Status.MACHINE, Provenance(Origin.MACHINE, "en", "an older English text", "argos"))
    doc.set_cell(segs[4].id, "ru", stale)
    doc.set_status([(segs[0].id, "ru"), (segs[2].id, "ru")], Status.APPROVED)

    window.set_filter(RowFilter.EMPTY, "ru")
    assert visible_ids(window) == [segs[1].id]
    window.set_filter(RowFilter.STALE, "ru")
    assert visible_ids(window) == [segs[4].id]
    window.set_filter(RowFilter.NOT_APPROVED, "ru")
    assert visible_ids(window) == [s.id for i, s in enumerate(segs) if i not in (0, 2)]
    window.set_filter(RowFilter.EMPTY, "en")
    assert visible_ids(window) == []
    window.set_filter(RowFilter.ALL, "en")
    assert visible_ids(window) == [s.id for s in segs]
    assert window.filter_actions[RowFilter.ALL].isChecked()


def test_filter_is_kept_after_structure_changes(window: MainWindow) -> None:
    doc = window.document
    window.set_filter(RowFilter.EMPTY, "zh")
    new_id = doc.insert_segment(3)
    assert visible_ids(window) == [new_id]
    doc.set_cell(new_id, "zh", replace(Cell(), text="新段落", status=Status.DRAFT))
    window.grid.apply_filter()
    assert visible_ids(window) == []


def test_columns_can_be_reordered_and_hidden(window: MainWindow) -> None:
    window.grid.set_columns(["ru", "en", "zh"], ["zh"])
    assert window.grid.column_order() == ["ru", "en", "zh"]
    assert window.grid.hidden_columns() == ["zh"]
    window.column_actions["en"].setChecked(False)
    assert sorted(window.grid.hidden_columns()) == ["en", "zh"]
    window.column_actions["ru"].setChecked(False)  # the last visible column cannot be hidden
    assert sorted(window.grid.hidden_columns()) == ["en", "zh"]
    window.save_layout()
    assert window.context.qt_settings.column_order == ["ru", "en", "zh"]
    assert sorted(window.context.qt_settings.hidden_columns) == ["en", "zh"]


def test_rows_grow_to_fit_even_when_scrolled_to_before_background_fitting(qtbot, window: MainWindow) -> None:
    doc = window.document
    long_text = " ".join(["A long English paragraph that wraps over several lines of the grid."] * 6)
    doc.import_paragraphs("en", [ImportedParagraph(long_text) for _ in range(300)], "long.txt")
    grid = window.grid
    QCoreApplication.processEvents()  # one turn of the event loop: the rows on screen are fitted
    assert not grid.rows_fitted()  # most rows wait for idle time
    grid.scrollToBottom()  # the rows now on screen are fitted at once
    shown = grid.rowAt(grid.viewport().height() // 2)
    assert shown > 200
    assert grid.rowHeight(shown) >= 3 * grid.fontMetrics().lineSpacing()
    last = grid.release_model.rowCount() - 1
    doc.set_text(doc.release.segments[0].id, "zh", "打字")  # typing pauses the background work ...
    assert not grid.rows_fitted()
    qtbot.waitUntil(grid.rows_fitted, timeout=10_000)  # ... which then finishes
    assert grid.rowHeight(40) == grid.rowHeight(last)
