"""Unexpected errors: logged with their traceback, shown as a short message with details, and survived.

`ErrorReporter.install()` replaces `sys.excepthook` (which PySide6 calls for exceptions raised in slots and
event handlers, on any thread) and `threading.excepthook`. Each report is logged, the work in progress is
autosaved first (so nothing typed is lost even if the next step fails too), and a dialog tells the user what
happened, where the log is, and offers the technical details. The event loop keeps running.
"""

from __future__ import annotations

import errno
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__

log = logging.getLogger(__name__)
# Why a file cannot be written where it is (a write-protected stick, a CD, a read-only folder), not that it is
# missing or damaged.
UNWRITABLE_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})

MAX_OPEN_DIALOGS = 1  # a burst of errors (one per repaint) must not bury the window under dialogs


def describe(exc: BaseException) -> str:
    """One line a user can read: the exception's own message, or its kind when it has none."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text or type(exc).__name__


def details_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What a developer needs: versions, thread and the full traceback."""
    header = (f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, {sys.platform}, "
              f"thread {threading.current_thread().name}\n\n")
    return header + "".join(traceback.format_exception(exc_type, exc, tb))


class ErrorDialog(QDialog):
    """A short message, where the log is, and a collapsible "details" section with the traceback."""

    def __init__(self, summary: str, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("%1 — unexpected error").replace("%1", APP_NAME))
        self.log_file = log_file

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        lines = [
            self.tr("Something went wrong: %1").replace("%1", summary),
            self.tr("Your work was autosaved and PressDesk is still running. If this happens again, please send "
                    "the details (or the log file) to whoever supports PressDesk in your office."),
        ]
        if log_file is not None:
            lines.append(self.tr("Log file: %1").replace("%1", str(log_file)))
        self.message.setText("\n\n".join(lines))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.details_button = QPushButton(self.tr("Show &Details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        if log_file is not None:
            folder_button = buttons.addButton(self.tr("Open &Log Folder"), QDialogButtonBox.ButtonRole.ActionRole)
            folder_button.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 220)

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &Details") if shown else self.tr("Show &Details"))
        self.adjustSize()

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @Slot()
    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


class ErrorReporter(QObject):
    """Catches unexpected exceptions from any thread and reports them on the GUI thread."""

    reported = Signal(str, str)  # summary, details (emitted from any thread, delivered on the GUI thread)

    def __init__(self, parent_widget: Callable[[], QWidget | None], log_file: Path | None = None,
                 before_report: Callable[[], object] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parent_widget = parent_widget
        self.log_file = log_file
        self._before_report = before_report  # e.g. autosave: secure the user's work first
        self._previous_hooks: tuple[object, object] | None = None
        self.dialogs: list[ErrorDialog] = []
        self.count = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous_hooks is None:
            self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log the exception and hand it to the GUI thread; safe to call from any thread."""
        self.count += 1
        log.critical("unexpected error: %s", describe(exc), exc_info=(exc_type, exc, tb))
        self.reported.emit(describe(exc), details_text(exc_type, exc, tb))

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self._before_report is not None:
            try:
                self._before_report()
            except Exception:
                log.exception("securing the work after an error failed as well")
        if len(self.dialogs) >= MAX_OPEN_DIALOGS:
            log.info("error dialog already open; this error is in the log only")
            return
        try:
            dialog = ErrorDialog(summary, details, self.log_file, self._parent_widget())
        except Exception:  # never report an error about reporting an error: that would loop
            log.exception("cannot show the error dialog")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result, d=dialog: self.dialogs.remove(d))
        self.dialogs.append(dialog)
        dialog.open()


def install_error_reporting(window: QWidget, log_file: Path | None,
                            before_report: Callable[[], object] | None = None) -> ErrorReporter:
    """Route unexpected exceptions of the running GUI to the error dialog; uninstall() when the app ends."""
    reporter = ErrorReporter(
        lambda: QApplication.activeModalWidget() or QApplication.activeWindow() or window,
        log_file, before_report, QApplication.instance(),
    )
    reporter.install()
    return reporter
