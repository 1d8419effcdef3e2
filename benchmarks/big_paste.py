"""Shared by the big-paste benchmarks: a mixed-script text of any size and a real window editing one cell."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.cell_delegate import CellEditor
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

PARAGRAPH = "Председатель КНР Си Цзиньпин встретился с делегацией в Пекине. 会议在金华举行。The talks went well.\n\n"


def text_of(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def sample_window(tmp: Path, name: str) -> MainWindow:
    """The main window, shown at 1280×800, on a fresh copy of the sample release with its own data folder."""
    project = tmp / f"{name}.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    window = MainWindow(AppContext.create(tmp / f"data-{name}"))
    window.open_path(project, ask_save=False)
    window.resize(1280, 800)
    window.show()
    return window


def edit_cell(window: MainWindow, row: int, lang: str) -> CellEditor:
    index = window.grid.release_model.index(row, LANG_COLUMN[lang])
    window.grid.setCurrentIndex(index)
    window.grid.edit(index)
    editor = window.grid.cell_delegate.active_editor
    assert editor is not None
    return editor
