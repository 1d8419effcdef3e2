"""The Glossary dock's list in the real window at its default width: every form of every entry is read whole (long
names wrap within their row, nothing is elided, nothing needs scrolling sideways), the columns follow the dock's
width, and sorting, keyboard selection, double-click and the tooltip still work."""

from __future__ import annotations

import ui_support
from PySide6.QtCore import QCollator, QEvent, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QToolTip, QTreeWidget

from desktop_app.ui.glossary_dock import GlossaryUi
from desktop_app.ui.glossary_dock.entry_dialog import category_label
from desktop_app.ui.glossary_dock.entry_list import _share
from desktop_app.ui.glossary_dock.panel import ENTRY_ROLE
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

LONG_TITLE_RU = "первый заместитель председателя Комитета Государственной думы по международным делам"
LANGUAGE_COLUMNS = range(3)


def ready(qtbot, win: MainWindow) -> GlossaryUi:
    ui: GlossaryUi = win.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    win.glossary_dock.show()
    win.glossary_dock.raise_()
    return ui


def search(qtbot, ui: GlossaryUi, text: str, first_en: str) -> QTreeWidget:
    results = ui.panel.results
    ui.panel.search.setText(text)
    qtbot.waitUntil(lambda: results.topLevelItemCount() > 0 and results.topLevelItem(0).text(1) == first_en)
    qtbot.waitUntil(lambda: results.visualItemRect(results.topLevelItem(0)).height() > 0)
    return results


def unshown(results: QTreeWidget, row: int) -> list[str]:
    """The texts of a row that its cells do not show whole: a word wider than the cell, more wrapped lines than the
    cell is tall, or a cell reaching past the list's right edge."""
    item = results.topLevelItem(row)
    metrics = QFontMetrics(results.font())
    margin = results.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, results) + 1
    problems = []
    for column in range(results.columnCount()):
        if results.isColumnHidden(column) or not item.text(column):
            continue
        rect = results.visualRect(results.indexFromItem(item, column))
        width = rect.width() - 2 * margin
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text(column))
        if needed.width() > width or needed.height() > rect.height() or rect.right() > results.viewport().width():
            problems.append(f"{item.text(column)!r} needs {needed.width()}x{needed.height()} px, has "
                            f"{width}x{rect.height()} ending at {rect.right()} of {results.viewport().width()}")
    return problems


def ink_below_first_line(results: QTreeWidget, row: int, column: int) -> int:
    """Pixels of text painted in a cell below its first line (0 when a long text was painted on one line)."""
    rect = results.visualRect(results.indexFromItem(results.topLevelItem(row), column))
    image = results.viewport().grab().toImage()
    background = QColor(image.pixel(rect.right() - 1, rect.bottom() - 1))
    first_line = QFontMetrics(results.font()).height()
    return sum(1 for y in range(rect.top() + first_line + 2, rect.bottom() - 1)
               for x in range(rect.left() + 1, rect.right() - 1)
               if abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60)


def test_a_long_russian_title_is_read_whole_at_the_default_width(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    results = search(qtbot, ui, "первый заместитель председателя Комитета",
                     "First Deputy Chairman of the State Duma Committee on International Affairs")
    row = next(r for r in range(results.topLevelItemCount()) if results.topLevelItem(r).text(2) == LONG_TITLE_RU)
    assert unshown(results, row) == []
    ru_rect = results.visualRect(results.indexFromItem(results.topLevelItem(row), 2))
    metrics = QFontMetrics(results.font())
    assert metrics.horizontalAdvance(LONG_TITLE_RU) > ru_rect.width()  # the dock is too narrow for one line
    assert ru_rect.height() >= 2 * metrics.height()  # so the row is as tall as the wrapped title
    assert ink_below_first_line(results, row, 2) > 0  # and it is painted on those lines
    assert not results.horizontalScrollBar().isVisible()
    assert results.header().length() <= results.viewport().width()


def test_every_entry_of_the_current_segment_is_shown_whole(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    segments = window.document.release.segments
    row = next(r for r, s in enumerate(segments) if "Qian Hongshan" in s.cells["en"].text)  # names and titles
    window.grid.setCurrentIndex(window.grid.release_model.index(row, LANG_COLUMN["ru"]))
    results = ui.panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() > 3)
    for row in range(results.topLevelItemCount()):
        results.scrollToItem(results.topLevelItem(row))
        assert unshown(results, row) == []


def test_the_columns_follow_the_dock_and_the_category_has_a_column_when_there_is_room(qtbot,
                                                                                     window: MainWindow) -> None:
    ui = ready(qtbot, window)
    results = search(qtbot, ui, "Duma", "State Duma")
    narrow = results.viewport().width()
    narrow_heights = [results.visualItemRect(results.topLevelItem(r)).height() for r in range(3)]
    assert results.isColumnHidden(3)  # no room beside the three forms: the category is in the tooltip
    assert "Organization" in results.tooltip_for(results.topLevelItem(0))
    window.resizeDocks([window.glossary_dock], [900], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: results.viewport().width() > narrow + 200)
    qtbot.waitUntil(lambda: not results.isColumnHidden(3))
    assert results.topLevelItem(0).text(3) == "Organization"
    wide_heights = [results.visualItemRect(results.topLevelItem(r)).height() for r in range(3)]
    assert sum(wide_heights) < sum(narrow_heights)  # wider columns, fewer lines
    for row in range(results.topLevelItemCount()):
        results.scrollToItem(results.topLevelItem(row))
        assert unshown(results, row) == []
    assert results.header().length() <= results.viewport().width()


def test_sorting_keyboard_selection_and_double_click_still_work(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    results = search(qtbot, ui, "Duma", "State Duma")
    listed = [results.topLevelItem(r).text(2) for r in range(results.topLevelItemCount())]
    # Sorted as the reader's language sorts (after a switch to Russian and back, «заместитель» before «Комитет»).
    collated = sorted(listed, key=QCollator(QLocale()).sortKey)
    assert listed != collated  # the search's order: the exact match first
    header = results.header()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(
        header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2))
    assert [results.topLevelItem(r).text(2) for r in range(results.topLevelItemCount())] == collated

    results.setFocus()
    results.setCurrentItem(results.topLevelItem(0))
    QTest.keyClick(results, Qt.Key.Key_Down)
    second = results.topLevelItem(1)
    assert results.currentItem() is second and second.isSelected()
    assert second.text(2) in ui.panel.details.toPlainText()

    hover = results.visualItemRect(second).center()
    QApplication.sendEvent(results.viewport(), QHelpEvent(QEvent.Type.ToolTip, hover,
                                                          results.viewport().mapToGlobal(hover)))
    assert all(second.text(c) in QToolTip.text() for c in LANGUAGE_COLUMNS)  # every form in full, hovered
    category = category_label(second.data(0, ENTRY_ROLE).category)
    assert f"Category: {category}" in QToolTip.text()  # and the category, which has no column in the narrow dock

    activated = []
    ui.panel.entryActivated.connect(activated.append)
    results.scrollToItem(second)
    centre = results.visualItemRect(second).center()
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double-click's first press
    QTest.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert [entry.forms["ru"] for entry in activated] == [second.text(2)]


def test_the_width_is_shared_by_the_length_of_the_forms_within_floors_and_caps() -> None:
    # Chinese short, Russian longest: the Russian column is widest; every floor is kept; the widths fill the room.
    widths = _share(300, floors=[80, 85, 110], caps=[220, 530, 700], weights=[1200, 3000, 3600], bases=[20, 50, 70])
    assert sum(widths) == 300 and widths[0] >= 80 and widths[1] >= 85 and widths[2] >= 110
    assert widths[2] > widths[1] > widths[0]
    # Forms that fit on one line: no column is given more than its longest form while another needs it.
    assert _share(400, floors=[40, 40, 40], caps=[60, 90, 500], weights=[1, 1, 1], bases=[0, 0, 0])[:2] == [60, 90]
    # Floors wider than the list: shrunk in proportion, never past the list's width.
    assert _share(150, floors=[100, 100, 100], caps=[200, 200, 200], weights=[1, 1, 1], bases=[0, 0, 0]) == [
        50, 50, 50]
