"""Unexpected exceptions in the running GUI: logged, shown with details, work autosaved, the app keeps running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import ui_support
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.logging_setup import log_path, setup_logging, shutdown_logging
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.error_dialog import ErrorDialog, install_error_reporting
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


@pytest.fixture
def log_file(data_dir: Path) -> Path:
    path = setup_logging(data_dir)
    yield path
    shutdown_logging()


def error_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def fail_in_slot() -> None:
    raise ZeroDivisionError("planted failure in a slot")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_survived(qtbot, window: MainWindow, log_file: Path,
                                                          sample_project: Path) -> None:
    seg = window.document.release.segments[0]
    window.document.set_text(seg.id, "en", "Typed just before the crash")
    reporter = install_error_reporting(window, log_file, before_report=window.secure_unsaved_work)
    try:
        QTimer.singleShot(0, fail_in_slot)
        qtbot.waitUntil(lambda: len(error_dialogs()) == 1)
    finally:
        reporter.uninstall()
    dialog = error_dialogs()[0]
    assert "planted failure in a slot" in dialog.message.text()
    assert str(log_file) in dialog.message.text()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "ZeroDivisionError" in dialog.details.toPlainText() and "fail_in_slot" in dialog.details.toPlainText()
    assert "ZeroDivisionError: planted failure in a slot" in log_file.read_text(encoding="utf-8")

    # Nothing lost: the typed text was autosaved into the project before the dialog appeared.
    with ProjectStore.open(sample_project) as other:
        _, recovered = other.read_recovery()  # type: ignore[misc]
    assert recovered.segment(seg.id).text("en") == "Typed just before the crash"

    # The app keeps running: the dialog closes and editing goes on.
    dialog.close()
    window.document.set_text(seg.id, "en", "Still editing")
    assert window.document.release.segment(seg.id).text("en") == "Still editing"
    assert reporter.count == 1


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_worker_thread_reaches_the_gui_thread(qtbot, window: MainWindow, log_file: Path) -> None:
    reporter = install_error_reporting(window, log_file)
    try:
        worker = threading.Thread(target=lambda: {}["missing key"], name="planted-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(error_dialogs()) == 1)
    finally:
        reporter.uninstall()
    dialog = error_dialogs()[0]
    assert dialog.thread() is QApplication.instance().thread()
    assert "planted-worker" in dialog.details.toPlainText()
    assert "KeyError" in log_file.read_text(encoding="utf-8")
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_opens_one_dialog_and_logs_them_all(qtbot, window: MainWindow, log_file: Path) -> None:
    reporter = install_error_reporting(window, log_file)
    try:
        for _ in range(5):
            QTimer.singleShot(0, fail_in_slot)
        qtbot.waitUntil(lambda: reporter.count == 5 and len(error_dialogs()) >= 1)
        QCoreApplication.processEvents()  # anything the five errors queued has run
    finally:
        reporter.uninstall()
    assert len(error_dialogs()) == 1
    assert log_file.read_text(encoding="utf-8").count("ZeroDivisionError: planted failure") == 5
    error_dialogs()[0].close()


def test_hooks_are_restored_on_uninstall(window: MainWindow) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    reporter = install_error_reporting(window, None)
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_log_file_rotates_and_setup_is_idempotent(data_dir: Path) -> None:
    import logging

    path = setup_logging(data_dir)
    try:
        setup_logging(data_dir)
        logging.getLogger("desktop_app.test").warning("one line")
        assert path == log_path(data_dir)
        assert path.read_text(encoding="utf-8").count("one line") == 1, "installed twice logs twice"
        big = "x" * 10_000
        for _ in range(300):
            logging.getLogger("desktop_app.test").warning(big)
        assert path.with_name(path.name + ".1").exists()
        assert path.stat().st_size <= 1_100_000
    finally:
        shutdown_logging()
