"""The desktop's text at 200 % on a small screen, in Russian and Chinese: what the UI tour found cut short in the
dialogs and panels, each checked with the tour's own measure of clipped text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import ui_support
from PySide6.QtGui import QFont
from ui_support import interface_in

from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
large_font = ui_support.large_font  # fixture

REPO = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("ui_tour", REPO / "scripts" / "ui_tour.py")
ui_tour = importlib.util.module_from_spec(SPEC)
sys.modules.setdefault("ui_tour", ui_tour)
SPEC.loader.exec_module(ui_tour)


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_at_200_percent_the_export_layout_box_shows_its_longest_layout(qtbot, large_font: QFont, window: MainWindow,
                                                                      lang: str) -> None:
    """The dialog was 640 px wide whatever the text size: «Пресс-релиз на одном языке» lost its last letters."""
    with interface_in(window, lang):
        dialog = ExportDialog(window.context, window.document, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert ui_tour.cut_texts(dialog) == []
        dialog.reject()

