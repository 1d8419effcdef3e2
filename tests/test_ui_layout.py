"""Docks sit where later panels expect them, and the window's geometry, dock layout and columns persist."""

from __future__ import annotations

from pathlib import Path

import ui_support
from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow

answers, sample_project = ui_support.answers, ui_support.sample_project  # fixtures


def new_window(qtbot, data_dir: Path, project: Path) -> MainWindow:
    win = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(win)
    win.open_path(project, ask_save=False)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_docks_start_in_their_places(qtbot, data_dir: Path, sample_project: Path, answers) -> None:
    win = new_window(qtbot, data_dir, sample_project)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert win.dockWidgetArea(win.glossary_dock) == right
    assert win.dockWidgetArea(win.suggestions_dock) == right
    assert win.suggestions_dock.y() > win.glossary_dock.y()  # below the glossary
    assert win.dockWidgetArea(win.qa_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    for menu in (win.file_menu, win.edit_menu, win.view_menu, win.tools_menu, win.help_menu):
        assert menu.actions()


def test_layout_and_columns_persist(qtbot, data_dir: Path, sample_project: Path, answers) -> None:
    win = new_window(qtbot, data_dir, sample_project)
    win.resize(900, 640)  # the offscreen screen is small; restored geometry is kept within it
    size = win.size()
    win.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, win.qa_dock)
    win.suggestions_dock.hide()
    win.grid.set_columns(["en", "ru", "zh"], ["zh"])
    win.close()

    again = new_window(qtbot, data_dir, sample_project)
    assert again.dockWidgetArea(again.qa_dock) == Qt.DockWidgetArea.TopDockWidgetArea
    assert not again.suggestions_dock.isVisible()
    assert again.height() == size.height() == 640  # (the default would be 800 high)
    assert again.grid.column_order() == ["en", "ru", "zh"]
    assert again.grid.hidden_columns() == ["zh"]
    assert not again.column_actions["zh"].isChecked()
