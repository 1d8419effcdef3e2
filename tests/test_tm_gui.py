"""Tools ▸ Import Translation Memory (TMX)… and remembering approved cells on save, in the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
import ui_support
from PySide6.QtWidgets import QMessageBox
from tm_helpers import db_fingerprint, write_tmx

from desktop_app.domain.release import Cell, Status
from desktop_app.services.memory import MEMORY_FILE, TranslationMemory
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of every information box the window opens, answered at once."""
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.windowTitle(), box.text())) or 0)
    return boxes


def test_import_action_is_in_the_tools_menu(window: MainWindow) -> None:
    action = window.translation_memory.import_action
    assert action in window.tools_menu.actions()
    assert "TMX" in action.text()


def test_import_runs_in_the_background_and_reports(qtbot, window: MainWindow, tmp_path: Path, data_dir: Path,
                                                   shown: list[tuple[str, str]]) -> None:
    path = write_tmx(tmp_path / "press.tmx", [[("zh-CN", "外交部"), ("en-US", "Ministry of Foreign Affairs")],
                                              [("en", "Hello"), ("fr", "Bonjour")]])
    actions = window.translation_memory
    with qtbot.waitSignal(actions.importFinished, timeout=30_000) as finished:
        assert actions.start_import(path)
    report = finished.args[0]
    assert (report.added, report.skipped) == (2, 1)
    assert not actions.running and actions.progress is None
    ((title, text),) = shown
    assert title == "Import Translation Memory"
    assert "press.tmx" in text and "2 translation pairs added" in text
    with TranslationMemory.open(data_dir) as memory:
        assert memory.lookup("外交部", "zh", "en")[0].target == "Ministry of Foreign Affairs"


def test_refused_import_shows_the_reason_and_changes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                                             data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with TranslationMemory.open(data_dir) as memory:
        memory.add_pair("en", "ru", "Hello", "Привет")
    before = db_fingerprint(data_dir / MEMORY_FILE)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    broken = tmp_path / "broken.tmx"
    broken.write_bytes(b"<?xml version='1.0'?><tmx version='1.4'><body><tu><tuv xml:lang='en'>")
    with qtbot.waitSignal(window.translation_memory.importFailed, timeout=30_000):
        window.translation_memory.start_import(broken)
    (message,) = errors
    assert "broken.tmx" in message and "unchanged" in message
    assert db_fingerprint(data_dir / MEMORY_FILE) == before


def test_cancelled_import_leaves_the_memory_unchanged(qtbot, window: MainWindow, tmp_path: Path,
                                                      data_dir: Path, shown: list[tuple[str, str]]) -> None:
    path = write_tmx(tmp_path / "big.tmx", [[("en", f"Sentence {i}"), ("ru", f"Предложение {i}")] for i in range(3000)])
    actions = window.translation_memory
    actions.start_import(path)
    actions.cancel_import()
    assert window.context.tasks.wait_idle(60)
    assert shown == []
    with TranslationMemory.open(data_dir) as memory:
        assert memory.count() == 0


def test_saving_remembers_approved_pairs(qtbot, window: MainWindow, data_dir: Path) -> None:
    release = window.document.release
    seg = release.segments[7]  # the source line: all three cells drafts in the sample
    for lang in ("zh", "en"):
        seg.cells[lang] = Cell(seg.cells[lang].text, Status.APPROVED)
    with qtbot.waitSignal(window.translation_memory.recorded, timeout=30_000) as recorded:
        window.document.save()
    # The sample already approves zh/en/ru of row 1 and zh/en of rows 2 and 3: 6 + 2 + 2 pairs, both ways.
    assert recorded.args == [10 + 2]
    with TranslationMemory.open(data_dir) as memory:
        (match,) = memory.lookup(seg.text("zh"), "zh", "en")
        assert (match.target, match.score, match.origin) == (seg.text("en"), 100.0, "project:sample.pressdesk")
        assert memory.lookup(seg.text("zh"), "zh", "ru") == []  # the Russian cell is not approved
