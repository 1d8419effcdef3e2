"""One writer per project in the GUI: a second window is refused or gets a read-only copy that never writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import ui_support
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.storage.project_lock import LockHolder, is_locked, lock_path, read_holder
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def second_window(qtbot, data_dir: Path) -> MainWindow:
    context = ui_support.make_context(data_dir)
    win = MainWindow(context)
    qtbot.addWidget(win)
    yield win
    context.tasks.wait_idle()
    win.close()
    context.close()


def test_open_project_is_locked_and_unlocked_on_close(window: MainWindow, sample_project: Path) -> None:
    assert window.document.lock is not None
    assert read_holder(lock_path(sample_project)).pid == os.getpid()  # type: ignore[union-attr]
    window.document.new()
    assert not lock_path(sample_project).exists()


def test_second_window_is_refused_when_the_user_cancels(window: MainWindow, second_window: MainWindow,
                                                        sample_project: Path, answers: ui_support.Answers) -> None:
    answers.reply = QMessageBox.StandardButton.Cancel
    assert not second_window.open_path(sample_project, ask_save=False)
    assert answers.asked == ["Project in use"]
    assert second_window.document.path is None
    assert window.document.lock is not None and is_locked(sample_project)


def test_second_window_read_only_copy_never_writes_the_project(
    qtbot, window: MainWindow, second_window: MainWindow, sample_project: Path, answers: ui_support.Answers,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers.reply = QMessageBox.StandardButton.Open
    assert second_window.open_path(sample_project, ask_save=False)
    doc = second_window.document
    assert doc.read_only and doc.lock is None
    assert "(read-only)" in second_window.windowTitle()
    before = sample_project.read_bytes()

    seg = doc.release.segments[0]
    doc.set_text(seg.id, "en", "Edited in the read-only copy")
    assert not doc.autosave()
    assert sample_project.read_bytes() == before

    copy = tmp_path / "my-copy.pressdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(copy), "")))
    assert second_window.save_document()  # Save on a read-only copy asks for a new name
    assert sample_project.read_bytes() == before
    assert not doc.read_only and doc.path == copy and doc.lock is not None
    with ProjectStore.open(copy) as store:
        assert store.load().segment(seg.id).text("en") == "Edited in the read-only copy"
    assert window.document.lock is not None and read_holder(lock_path(sample_project)) is not None


def test_project_held_by_another_process_is_offered_read_only(
    window: MainWindow, second_window: MainWindow, tmp_path: Path, answers: ui_support.Answers,
) -> None:
    project = tmp_path / "elsewhere.pressdesk"
    ProjectStore.create(project, ProjectStore.open(window.document.path).load()).close()  # type: ignore[arg-type]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom desktop_app.storage.project_lock import ProjectLock\n"
         "ProjectLock(sys.argv[1]).acquire(); print('locked', flush=True); time.sleep(120)", str(project)],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        answers.reply = QMessageBox.StandardButton.Open
        assert second_window.open_path(project, ask_save=False)
        assert second_window.document.read_only
        second_window.document.new()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The holder is gone: the lock it left behind is stale, and the project opens for writing without a question.
    answers.asked.clear()
    assert second_window.open_path(project, ask_save=False)
    assert not second_window.document.read_only and answers.asked == []


def test_another_windows_untitled_work_is_not_picked_up_as_a_crash(window: MainWindow, second_window: MainWindow,
                                                                   data_dir: Path) -> None:
    window.document.new()
    window.document.set_text(window.document.release.segments[0].id, "en", "unsaved")
    assert window.document.autosave()
    untitled = Path(window.document.store.path)  # type: ignore[union-attr]
    assert is_locked(untitled)
    assert untitled not in second_window.recovered_untitled()

    stale = LockHolder(pid=2**22 + 12345, host=read_holder(lock_path(untitled)).host, token="dead")  # type: ignore[union-attr]
    other = untitled.with_name("untitled-crashed.pressdesk")
    other.write_bytes(untitled.read_bytes())
    lock_path(other).write_text(json.dumps({f: getattr(stale, f) for f in LockHolder.__dataclass_fields__}))
    assert other in second_window.recovered_untitled(), "a crashed session's file is offered back"
