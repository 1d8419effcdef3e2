"""Tools ▸ Translate Column: fill the empty (or selected) cells of one language in the background.

The sentences go through the pack's batched translator on the "mt" lane while a progress dialog shows the
count, an estimate of the time left and a Cancel button; the window stays usable meanwhile. The results are
applied as one undo step, and only to cells that still hold what they held when the run started (the user may
have edited meanwhile); while they are filled in (a moment) the window waits, so no edit lands inside that step.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Segment
from desktop_app.services.column_translation import CellResult, rows_to_fill, translate_column
from desktop_app.services.translation import TranslationService, column_jobs
from desktop_app.ui.document import DocumentController
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import capitalised, lang_label
from desktop_app.ui.mt_session import MT_LANE, MtSession
from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

COMBO_CHROME = 48  # px of a combo box that are not text: frame, margins, drop-down arrow
APPLY_CHUNK = 20  # cells filled per event-loop turn, so the GUI stays responsive while 200 rows re-layout


def run_column(token: CancelToken, service: TranslationService, segments: list[Segment], rows: list[int], tgt: str,
               source: str | None) -> list[CellResult]:
    """Worker: translate the column (services/column_translation.py), reporting overall progress (0..1)."""
    results = translate_column(service, segments, rows, tgt, source, cancelled=lambda: token.cancelled,
                               progress=token.report)
    token.raise_if_cancelled()
    return results


class TranslateColumnDialog(QDialog):
    """Which column to fill, from which language, and which cells."""

    def __init__(self, target: str, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translateColumnDialog")
        self.target = QComboBox(self)
        for lang in LANGS:
            self.target.addItem(capitalised(lang_label(lang)), lang)
        self.target.setCurrentIndex(LANGS.index(target))
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Automatic (a filled column with a direct pack first)"), None)
        for lang in LANGS:
            self.source.addItem(capitalised(lang_label(lang)), lang)
        self.empty_cells = QRadioButton(self.tr("Empty and machine-made cells of the column"), self)
        self.selected_cells = QRadioButton(self.tr("Selected cells only"), self)
        self.selected_cells.setEnabled(selected > 0)
        group = QButtonGroup(self)
        group.addButton(self.empty_cells)
        group.addButton(self.selected_cells)
        (self.selected_cells if selected > 1 else self.empty_cells).setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Translate into:"), self.target)
        form.addRow(self.tr("From:"), self.source)
        form.addRow(self.tr("Cells:"), self.empty_cells)
        form.addRow("", self.selected_cells)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Translate Column"))
        # The combo's own size hint measures Chinese a little short: room for its longest choice, arrow and frame.
        longest = max((self.source.itemText(i) for i in range(self.source.count())), key=len)
        self.source.setMinimumWidth(self.source.fontMetrics().horizontalAdvance(longest) + COMBO_CHROME)


class TranslateAllController(QObject):
    """Runs "translate all" for a window: dialog, worker, progress with ETA, cancel, one undo step."""

    finished = Signal(int)  # cells filled (0 when cancelled or failed)
    packsRequested = Signal()  # no pack installed and the user asked to install one

    def __init__(self, window: QWidget, document: DocumentController, session: MtSession,
                 selected_keys: Callable[[], list[tuple[str, str]]] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.session = session
        self._selected_keys = selected_keys
        self.progress: QProgressDialog | None = None
        self._token: CancelToken | None = None
        self._started = 0.0
        self._applying = False
        live: list[CancelToken] = []  # cancelled when the window goes away: no result reaches a deleted widget
        self._live = live
        self.destroyed.connect(lambda: [token.cancel() for token in live])
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.triggered.connect(self.ask)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("&Translate Column…"))
        self.action.setStatusTip(self.tr("Machine-translate the empty cells of a column in the background"))

    def selection(self) -> list[tuple[str, str]]:
        return list(self._selected_keys()) if self._selected_keys is not None else []

    @property
    def running(self) -> bool:
        return self._token is not None or self._applying

    def ask(self) -> None:
        if self.running:
            return
        if not self.session.installed_pairs() and self.session.local_packs:
            self._offer_packs()  # before asking what to translate: nothing could be
            return
        selected = self.selection()
        dialog = TranslateColumnDialog(self.document.current_lang(), len(selected), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        tgt = dialog.target.currentData()
        rows = None
        if dialog.selected_cells.isChecked():
            ids = {seg_id for seg_id, lang in selected if lang == tgt}
            rows = [i for i, s in enumerate(self.document.release.segments) if s.id in ids]
        self.start(tgt, dialog.source.currentData(), rows)

    def start(self, tgt: str, source: str | None = None, rows: list[int] | None = None) -> bool:
        """Translate `rows` (default: the empty and machine-made cells of `tgt`); False when nothing to do."""
        if self.running:
            return False
        segments = [Segment(s.role, dict(s.cells), s.id, s.comment) for s in self.document.release.segments]
        if rows is None:
            rows = rows_to_fill(segments, tgt)
        if source == tgt:
            source = None
        pairs = self.session.installed_pairs()
        if not pairs and self.session.local_packs:
            self._offer_packs()
            return False
        if not column_jobs(segments, rows, tgt, pairs, source):
            QMessageBox.information(self.window, self.tr("Translate Column"), self.tr(
                "Nothing to translate into %1: no selected or empty cell has a source text that an installed "
                "language pack can translate (Tools ▸ Language Packs).").replace("%1", lang_label(tgt)))
            return False
        self.session.refresh_glossary()
        self.progress = QProgressDialog(self.tr("Loading the translation engine…"), self.tr("Cancel"), 0, 1000,
                                        self.window)
        self.progress.setObjectName("translateAllProgress")
        self.progress.setWindowTitle(self.tr("Translate Column"))
        self.progress.setWindowModality(Qt.WindowModality.NonModal)  # the translator keeps working meanwhile
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)
        self.progress.show()
        self._started = time.monotonic()
        self._token = self.session.context.tasks.submit(
            run_column, self.session.service, segments, rows, tgt, source, lane=MT_LANE,
            on_done=lambda results: self._done(tgt, results), on_error=self._failed, on_progress=self._progressed)
        self._live[:] = [self._token]
        return True

    def _offer_packs(self) -> None:
        """Without any pack there is nothing to choose from: say so, and offer the place to install one."""
        answer = QMessageBox.question(
            self.window, self.tr("Translate Column"),
            self.tr("No language pack is installed, so nothing can be machine-translated yet. Language packs are "
                    "files ending in .argosmodel; install one now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.packsRequested.emit()

    def _progressed(self, fraction: float, _message: str) -> None:
        progress = self.progress  # setValue() of a modal progress dialog processes events: it may close
        if progress is None:
            return
        elapsed = time.monotonic() - self._started
        if fraction > 0.02 and elapsed > 0.5:
            left = elapsed * (1 - fraction) / fraction
            progress.setLabelText(self.tr("Translating… %1% done, about %2 s left").replace(
                "%1", f"{fraction * 100:.0f}").replace("%2", f"{left:.0f}"))
        else:
            progress.setLabelText(self.tr("Translating… %1% done").replace("%1", f"{fraction * 100:.0f}"))
        progress.setValue(int(fraction * 1000))

    def cancel(self) -> None:
        if self._applying:
            return
        if self._token is not None:
            self._token.cancel()
        self._close_progress()
        self.finished.emit(0)

    def _close_progress(self) -> None:
        self._token = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        QMessageBox.critical(self.window, self.tr("Translate Column"),
                             self.tr("Machine translation failed: %1").replace("%1", refusal_text(exc)))
        self.finished.emit(0)

    def _done(self, tgt: str, results: list[CellResult]) -> None:
        cells: dict[tuple[str, str], Cell] = {}
        for r in results:
            try:
                seg = self.document.release.segment(r.segment_id)
            except KeyError:
                continue  # the row was deleted meanwhile
            if seg.cells[tgt] != r.before or seg.text(r.source_lang) != r.source_text or not r.alternative.text:
                continue  # edited meanwhile: the person's change wins
            cells[(r.segment_id, tgt)] = r.cell(self.session.service.engine.name)
        if not cells:
            self._close_progress()
            self.finished.emit(0)
            return
        if self.progress is not None:  # filling in cannot be cancelled half-way, nor edited into: one undo step
            self.progress.setCancelButton(None)
            self.progress.setLabelText(self.tr("Filling in %1 cells…").replace("%1", str(len(cells))))
            self.progress.hide()  # a shown window's modality cannot change
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.show()
        self._applying = True
        self.document.begin_macro(self.tr("Translate %1 cells into %2").replace("%1", str(len(cells))).replace(
            "%2", lang_label(tgt)))
        self._apply(list(cells.items()), 0, tgt)

    def _apply(self, items: list[tuple[tuple[str, str], Cell]], start: int, tgt: str) -> None:
        """Fill the cells a slice per event-loop turn (the grid re-lays rows out), inside one undo macro."""
        chunk = dict(items[start:start + APPLY_CHUNK])
        self.document.set_cells(chunk, self.tr("Machine translation"))
        following = start + APPLY_CHUNK
        if following < len(items):
            QTimer.singleShot(0, self, partial(self._apply, items, following, tgt))
            return
        self.document.end_macro()
        self._applying = False
        self._close_progress()
        log.info("translate all into %s: %d cells in %.1f s", tgt, len(items), time.monotonic() - self._started)
        self.finished.emit(len(items))
