"""A window closed while its QA check and glossary highlighter build run: their results reach no deleted object."""

from __future__ import annotations

import gc
from pathlib import Path

import ui_support
from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import isValid

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qa_dock import QaPanel

answers, sample_project = ui_support.answers, ui_support.sample_project  # fixtures


def test_a_check_running_when_the_window_closes_reaches_no_deleted_widget(
        qtbot, data_dir: Path, sample_project: Path, answers: ui_support.Answers) -> None:
    context = ui_support.make_context(data_dir)
    win = MainWindow(context)
    assert win.open_path(sample_project, ask_save=False)
    win.show()
    qtbot.waitExposed(win)
    panel = win.qa_dock.widget()
    assert isinstance(panel, QaPanel)
    if panel.running:  # the check scheduled on opening: let it finish so ours is the one in flight
        context.tasks.wait_idle()
    win.quality_checks.action.trigger()
    assert panel.running
    token = panel._token
    assert token is not None
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert not isValid(panel), "the window and its dock are gone"
    assert token.cancelled, "the check in flight is cancelled with its panel"
    assert context.tasks.wait_idle(60)  # the worker finishes; its result must not reach the deleted panel
    context.close()
