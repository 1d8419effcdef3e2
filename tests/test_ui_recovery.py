"""Autosave and crash recovery: a child process running the editor is killed with SIGKILL after autosaving;
the next window offers the unsaved work back (for a saved project and for a never-saved one)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import ui_support
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow

answers, sample_project = ui_support.answers, ui_support.sample_project  # fixtures

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import UiLanguage
    from desktop_app.ui.main_window import MainWindow

    data_dir, project, typed = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    window = MainWindow(AppContext.create(data_dir, UiLanguage(app)))
    if project:
        window.open_path(project, ask_save=False)
    else:
        window.document.new()
    window.show()
    window.autosave_timer.setInterval(200)  # the real timer, just sooner than 60 s
    window.document.autosaved.connect(lambda: print("autosaved", flush=True))

    def type_text():
        index = window.grid.release_model.index(0, 1)
        window.grid.setCurrentIndex(index)
        window.grid.edit(index)
        window.grid.cell_delegate.active_editor.insertPlainText(typed)

    QTimer.singleShot(0, type_text)
    app.exec()
""")


def run_and_kill(data_dir: Path, project: str, typed: str) -> None:
    """Start the editor in a child process, wait for its autosave, then kill it without warning."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PRESSDESK_DATA_DIR": str(data_dir)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), project, typed],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child has autosaved (or died)
        assert line.strip() == "autosaved", "the child editor never autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def new_window(qtbot, data_dir: Path) -> MainWindow:
    win = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(win)
    return win


def test_killed_editor_work_is_offered_back(qtbot, data_dir: Path, sample_project: Path, answers) -> None:
    with ProjectStore.open(sample_project) as store:
        saved_en = store.load().segments[0].cells["en"].text
    run_and_kill(data_dir, str(sample_project), " (typed before the crash)")
    with ProjectStore.open(sample_project) as store:
        assert store.load().segments[0].cells["en"].text == saved_en  # the saved document is untouched
        assert store.read_recovery() is not None

    answers.reply = QMessageBox.StandardButton.Yes
    win = new_window(qtbot, data_dir)
    assert win.open_path(sample_project, ask_save=False)
    assert answers.asked == ["Restore unsaved work?"]
    assert win.document.release.segments[0].cells["en"].text == saved_en + " (typed before the crash)"
    assert win.isWindowModified()
    win.undo_action.trigger()  # restoring is one undoable step back to the saved text
    assert win.document.release.segments[0].cells["en"].text == saved_en
    win.redo_action.trigger()
    assert win.save_document()
    with ProjectStore.open(sample_project) as store:
        assert store.load().segments[0].cells["en"].text.endswith("(typed before the crash)")
        assert store.read_recovery() is None


def test_declined_recovery_is_discarded(qtbot, data_dir: Path, sample_project: Path, answers) -> None:
    run_and_kill(data_dir, str(sample_project), " unwanted")
    answers.reply = QMessageBox.StandardButton.No
    win = new_window(qtbot, data_dir)
    assert win.open_path(sample_project, ask_save=False)
    assert not win.isWindowModified()
    assert not win.document.release.segments[0].cells["en"].text.endswith(" unwanted")
    win.document.close()
    with ProjectStore.open(sample_project) as store:
        assert store.read_recovery() is None


def test_never_saved_document_survives_a_crash(qtbot, data_dir: Path, tmp_path: Path, answers,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    run_and_kill(data_dir, "", "Brand new release")
    leftovers = list((data_dir / "recovery").glob("*.pressdesk"))
    assert len(leftovers) == 1

    answers.reply = QMessageBox.StandardButton.Yes
    win = new_window(qtbot, data_dir)
    win.context.settings.first_run_done = True
    win.open_startup_document(None)
    assert win.document.untitled
    assert win.document.release.segments[0].cells["en"].text == "Brand new release"
    target = tmp_path / "rescued.pressdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    assert win.save_document()
    assert win.document.path == target
    assert list((data_dir / "recovery").glob("*.pressdesk")) == []
    with ProjectStore.open(target) as store:
        assert store.load().segments[0].cells["en"].text == "Brand new release"


def test_autosave_on_focus_loss_and_nothing_when_clean(qtbot, data_dir: Path, sample_project: Path,
                                                       answers) -> None:
    win = new_window(qtbot, data_dir)
    win.open_path(sample_project, ask_save=False)
    assert not win.document.autosave()  # nothing to keep
    seg_id = win.document.release.segments[1].id
    win.document.set_text(seg_id, "ru", "21 июля")
    QApplication.sendEvent(win, QEvent(QEvent.Type.ActivationChange))  # the window is not active: it lost focus
    _saved_at, release = win.document.pending_recovery()
    assert release.segment(seg_id).cells["ru"].text == "21 июля"
    assert not win.document.autosave()  # unchanged since the last autosave
    win.document.undo_stack.undo()
    win.autosave()
    assert win.document.store.read_recovery() is None  # back to the saved state: nothing to recover
