"""The Quality Checks dock shows a name typed with a look-alike letter of another alphabet under "Mixed alphabets",
in the interface language, and its one-click fix puts the right letter back in the cell (undoably)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import ui_support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from qa_helpers import clean_sample

from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.release import imported_cell
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.i18n import UiLanguage
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qa_dock import FINDING_ROLE, QaPanel

answers = ui_support.answers  # fixture
SLIP = "\N{LATIN CAPITAL LETTER M}иронов"  # Sergei Mironov with a Latin M
RIGHT = "Сергей Миронов"


@pytest.fixture
def slipped_project(tmp_path: Path) -> Path:
    release = clean_sample()
    segment = release.segments[4]
    assert segment.text("ru").startswith(RIGHT)
    segment.cells["ru"] = imported_cell(segment.text("ru").replace(RIGHT, f"Сергей {SLIP}"))
    path = tmp_path / "slipped.pressdesk"
    ProjectStore.create(path, release).close()
    return path


@pytest.fixture
def window(qtbot, data_dir: Path, slipped_project: Path, answers: ui_support.Answers) -> Iterator[MainWindow]:
    yield from ui_support.window_on(qtbot, data_dir, slipped_project)


@pytest.fixture
def russian(qapp):  # type: ignore[no-untyped-def]
    language = UiLanguage(QApplication.instance())
    assert language.switch("ru")
    yield language
    language.switch("en")


def checked(qtbot, win: MainWindow) -> QaPanel:
    panel = win.qa_dock.widget()
    assert isinstance(panel, QaPanel)
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        win.quality_checks.action.trigger()
    return panel


def mixed_items(panel: QaPanel) -> tuple[QTreeWidgetItem, list[QTreeWidgetItem]]:
    """The "Mixed alphabets" group and its lines."""
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        lines = [group.child(j) for j in range(group.childCount())]
        if lines and all(line.data(0, FINDING_ROLE).kind is Kind.MIXED_SCRIPT for line in lines):
            return group, lines
    raise AssertionError("no mixed-alphabet group in the dock")


def test_the_dock_lists_the_slip_and_its_fix_corrects_the_cell_undoably(qtbot, window: MainWindow) -> None:
    panel = checked(qtbot, window)
    group, (line,) = mixed_items(panel)
    assert group.text(0) == "Mixed alphabets (1)"
    assert line.text(0) == f"“{SLIP}” mixes alphabets: M (LATIN CAPITAL LETTER M) in a Cyrillic word"
    assert line.text(1).startswith("#5 ") and line.text(2) == "Warning"
    segment = window.document.release.segments[4]
    slipped = segment.text("ru")
    panel.tree.setCurrentItem(line)
    assert panel.fix_button.isEnabled() and panel.fix_button.toolTip() == "Use “Миронов”"
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert window.document.release.segments[4].text("ru") == slipped.replace(f"Сергей {SLIP}", RIGHT)
    assert window.document.release.segments[4].text("ru").startswith(RIGHT)
    qtbot.waitUntil(lambda: not any(f.kind is Kind.MIXED_SCRIPT for f in panel.visible_findings()), timeout=5000)
    window.document.undo_stack.undo()
    assert window.document.release.segments[4].text("ru") == slipped
    qtbot.waitUntil(lambda: any(f.kind is Kind.MIXED_SCRIPT for f in panel.visible_findings()), timeout=5000)


def test_the_dock_says_it_in_russian(qtbot, window: MainWindow, russian: UiLanguage) -> None:
    panel = checked(qtbot, window)
    group, (line,) = mixed_items(panel)
    assert group.text(0) == "Смешанные алфавиты (1)"
    assert line.text(0) == f"«{SLIP}»: смешаны алфавиты — M (LATIN CAPITAL LETTER M) в слове на кириллице"
