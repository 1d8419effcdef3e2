"""Tools ▸ Import Translation Memory (TMX)…, and approved cells remembered whenever the project is saved.

Both run on the task runner's default lane, each worker opening its own connection to the memory (the store
is SQLite in WAL mode, so the suggestions dock keeps reading meanwhile). The import shows a progress dialog;
cancelling it rolls the import back, and the end says what was added, what was skipped and why.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from desktop_app.domain.release import Release, Status
from desktop_app.formats.errors import FormatError
from desktop_app.storage.tm_store import TmStoreError
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import shown_name, shown_text
from desktop_app.ui.workers import CancelToken

if TYPE_CHECKING:
    from desktop_app.services.memory import ImportReport
    from desktop_app.storage.pg_dial import Dialler

log = logging.getLogger(__name__)

EXPECTED_ERRORS = (FormatError, TmStoreError, OSError)


def run_import(token: CancelToken, data_dir: Path, path: Path, dialler: Dialler) -> ImportReport:
    """Worker: import one TMX file; a cancel request stops it at the next progress report and rolls it back."""

    def progress(done: int, total: int) -> None:
        token.raise_if_cancelled()
        token.report(done / total if total else 1.0)

    from desktop_app.services.memory import TranslationMemory  # lxml and rapidfuzz: off the start-up path

    with TranslationMemory.open(data_dir, dialler=dialler) as memory:
        return memory.import_tmx(path, on_progress=progress)


def run_record(_token: CancelToken, data_dir: Path, release: Release, origin: str, dialler: Dialler) -> int:
    """Worker: remember the approved cell pairs of a saved release; returns how many pairs were new."""
    from desktop_app.services.memory import TranslationMemory

    with TranslationMemory.open(data_dir, dialler=dialler) as memory:
        return memory.record_release(release, origin)


def has_approved_pair(release: Release) -> bool:
    return any(sum(c.status is Status.APPROVED and not c.is_empty for c in s.cells.values()) >= 2
               for s in release.segments)


class TranslationMemoryActions(QObject):
    """The memory's place in the main window: the import action and the save hook."""

    importFinished = Signal(object)  # the ImportReport, once the result has been shown
    importFailed = Signal(str)  # the message shown
    recorded = Signal(int)  # new pairs remembered after a save

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context  # type: ignore[attr-defined]
        self.document = window.document  # type: ignore[attr-defined]
        self.progress: QProgressDialog | None = None
        self._token: CancelToken | None = None
        self.import_action = QAction(window)
        self.import_action.setObjectName("importTmxAction")
        self.import_action.triggered.connect(self.ask_import)
        window.tools_menu.addAction(self.import_action)  # type: ignore[attr-defined]
        self.document.saved.connect(self.record_saved_release)
        window.installEventFilter(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.import_action.setText(self.tr("Import Translation &Memory (TMX)…"))
        self.import_action.setStatusTip(self.tr(
            "Add the Chinese, English and Russian translations of a TMX file to the translation memory"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)

    @property
    def running(self) -> bool:
        return self._token is not None

    # -- import ------------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Translation Memory"), start,
                                              self.tr("TMX files (*.tmx);;All files (*)"))
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> bool:
        """Import `path` in the background with a progress dialog; False when an import is already running."""
        if self.running:
            return False
        self.progress = QProgressDialog(self.tr("Importing %1…").replace("%1", shown_name(path)), self.tr("Cancel"),
                                        0, 1000, self.window)
        self.progress.setObjectName("tmxImportProgress")
        self.progress.setWindowTitle(self.tr("Import Translation Memory"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_import)
        self.progress.setValue(0)
        self._token = self.context.tasks.submit(
            run_import, self.context.data_dir, path, self.context.dialler,
            on_done=self._imported, on_error=self._import_failed, on_progress=self._progressed)
        return True

    def cancel_import(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
            self.window.status_message(self.tr("Import cancelled"))  # type: ignore[attr-defined]
        self._close_progress()

    def _progressed(self, fraction: float, _message: str) -> None:
        if self.progress is not None:
            self.progress.setValue(int(fraction * 1000))

    def _imported(self, report: ImportReport) -> None:
        self._token = None
        self._close_progress()
        text = self.tr("%1: %2 translation pairs added, %3 already in the translation memory.").replace(
            "%1", shown_name(report.file)).replace("%2", str(report.added)).replace("%3", str(report.duplicates))
        details = ""
        if report.skipped:
            text += " " + self.tr("%n unit(s) skipped.", "", report.skipped)
            details = "\n".join(f"{n} × {reason}" for reason, n in report.skip_reasons.most_common())
        self._inform(self.tr("Import Translation Memory"), text, details)
        self.importFinished.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self._token = None
        self._close_progress()
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("translation memory import failed", exc_info=exc)
        message = refusal_text(exc) or type(exc).__name__
        self.window.show_error(self.tr("Cannot import the translation memory"),  # type: ignore[attr-defined]
                               self.tr("%1\n\nThe translation memory is unchanged.").replace("%1", message))
        self.importFailed.emit(message)

    def _inform(self, title: str, text: str, details: str) -> None:
        if not getattr(self.window, "interactive", True):
            self.window.status_message(text)  # type: ignore[attr-defined]
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        if details:
            box.setDetailedText(details)
        box.exec()

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel_import)
            progress.close()
            progress.deleteLater()

    # -- recording ---------------------------------------------------------------------------------------
    def record_saved_release(self) -> None:
        """After a save: remember the approved cell pairs in the background (nothing to do without any)."""
        path = self.document.path
        release = self.document.release
        if path is None or not has_approved_pair(release):
            return
        self.context.tasks.submit(run_record, self.context.data_dir, release.copy(), f"project:{Path(path).name}",
                                  self.context.dialler, on_done=self._recorded, on_error=self._record_failed)

    def _recorded(self, added: int) -> None:
        if added:
            self.window.status_message(self.tr(  # type: ignore[attr-defined]
                "%n approved translation(s) added to the translation memory", "", added))
        self.recorded.emit(added)

    def _record_failed(self, exc: BaseException) -> None:
        log.warning("approved cells not recorded in the translation memory: %s", exc)
        self.window.status_message(self.tr(  # type: ignore[attr-defined]
            "The translation memory could not be updated: %1").replace("%1", shown_text(refusal_text(exc))))


def install_translation_memory(window: QMainWindow) -> TranslationMemoryActions:
    """Add the TMX import to Tools and remember approved cells on save (called from `_install_panels`)."""
    return TranslationMemoryActions(window)
