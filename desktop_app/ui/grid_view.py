"""The release grid: a QTableView whose rows grow to fit their text, with row filters and file drops.

Column order and visibility are header state (`set_columns`); filters hide rows (`set_filter`). Dropping a
`.docx`/`.txt` file on a column emits `filesDropped(lang, path)` so the window can import into that language.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from desktop_app import LANGS
from desktop_app.domain.release import Role, Status
from desktop_app.ui.cell_delegate import CellDelegate
from desktop_app.ui.document import DocumentController
from desktop_app.ui.labels import role_lines
from desktop_app.ui.release_model import COMMENT_MARK, LANG_COLUMN, ReleaseModel

log = logging.getLogger(__name__)

FIT_SLICE_SECONDS = 0.008
FIT_PAUSE_MS = 400
DROP_SUFFIXES = {".docx", ".docm", ".dotx", ".txt", ".json"}


class RowFilter(StrEnum):
    ALL = "all"
    EMPTY = "empty"
    STALE = "stale"
    NOT_APPROVED = "not_approved"


class RowHeader(QHeaderView):
    """The vertical header (row number and role, a word a line). Its width comes from the longest word of any role,
    computed once: Qt would otherwise measure up to 200 rows' labels after every row-height change, i.e. on every
    keystroke, and a width that followed the roles in use moved the whole grid (a full repaint and refit) whenever
    an edit, a replace or its undo changed them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._hint: QSize | None = None

    def invalidate_hint(self) -> None:
        self._hint = None
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        if self._hint is None:
            bold = QFont(self.font())
            bold.setBold(True)  # the current row's label is drawn bold
            metrics = QFontMetrics(bold)
            labels = [line for role in Role for line in role_lines(role)]
            labels.append(f"{max(self.count(), 1)} {COMMENT_MARK}")
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            self._hint = QSize(max(metrics.horizontalAdvance(t) for t in labels) + 2 * margin + 6,
                               2 * metrics.lineSpacing() + 2 * margin)
        return self._hint


class ReleaseGrid(QTableView):
    """Rows = segments, columns = languages; keeps the document's current cell and the view's in step."""

    filesDropped = Signal(str, str)  # lang, path
    firstPainted = Signal()  # the release is on screen (start-up work that can wait runs after it)

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseGrid")
        self.document = document
        self.release_model = ReleaseModel(document)
        self.setModel(self.release_model)
        self.cell_delegate = CellDelegate(document, self)
        self.setItemDelegate(self.cell_delegate)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        vheader = RowHeader(self)
        self.setVerticalHeader(vheader)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        vheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._painted = False
        self.row_filter = RowFilter.ALL
        self.filter_lang = LANGS[-1]
        self._syncing = False
        self._resize_all = QTimer(self, singleShot=True, interval=0)
        self._resize_all.timeout.connect(self.fit_rows)
        self._fit_queue: deque[int] = deque()
        self._fit_pending: set[int] = set()
        self._fit_timer = QTimer(self, interval=0)
        self._fit_timer.timeout.connect(self._fit_next_chunk)
        self._fit_resume = QTimer(self, singleShot=True, interval=FIT_PAUSE_MS)
        self._fit_resume.timeout.connect(self._fit_timer.start)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._fit_visible())

        self.selectionModel().currentChanged.connect(self._on_current_changed)
        document.currentCellChanged.connect(self._on_document_current)
        document.cellChanged.connect(self._on_cell_changed)
        document.cellsChanged.connect(self._on_cells_changed)
        document.structureChanged.connect(self._on_structure_changed)
        self.release_model.rowsInserted.connect(lambda _p, first, last: self._fit_range(first, last))
        self.release_model.modelReset.connect(self._resize_all.start)
        for signal in (self.release_model.modelReset, self.release_model.rowsInserted, self.release_model.rowsRemoved):
            signal.connect(vheader.invalidate_hint)
        header.sectionResized.connect(lambda *_: self._resize_all.start())

    # -- columns and rows --------------------------------------------------------------------------------
    def set_columns(self, order: list[str], hidden: list[str]) -> None:
        """Show the languages in `order`, hiding those in `hidden` (never all of them)."""
        header = self.horizontalHeader()
        for visual, lang in enumerate(order):
            header.moveSection(header.visualIndex(LANG_COLUMN[lang]), visual)
        for lang in LANGS:
            self.setColumnHidden(LANG_COLUMN[lang], lang in hidden and len(set(hidden)) < len(LANGS))
        self._resize_all.start()

    def column_order(self) -> list[str]:
        header = self.horizontalHeader()
        return [LANGS[header.logicalIndex(visual)] for visual in range(len(LANGS))]

    def hidden_columns(self) -> list[str]:
        return [lang for lang in LANGS if self.isColumnHidden(LANG_COLUMN[lang])]

    def fit_rows(self) -> None:
        """Let every row grow to fit its text: the rows on screen at once, the rest in small idle-time slices
        (measuring wrapped text is the expensive part of opening a long release). Rows scrolled into view are
        fitted first; the background work pauses while the user types, so it never competes with keystrokes."""
        rows = self.release_model.rowCount()
        top = max(0, self.rowAt(0))
        self._fit_pending = set(range(rows))
        self._fit_queue = deque([*range(top, rows), *range(top)])
        self._fit_visible()
        if self._fit_pending:
            self._fit_timer.start()

    def _fit_visible(self) -> None:
        """Fit the pending rows that are on screen now."""
        if not self._fit_pending:
            return
        row, height = max(0, self.rowAt(0)), self.viewport().height()
        top = self.rowViewportPosition(row)
        while row < self.release_model.rowCount() and top <= height:
            if row in self._fit_pending:
                self._fit_pending.discard(row)
                if not self.isRowHidden(row):
                    self.resizeRowToContents(row)
            if not self.isRowHidden(row):
                top += self.rowHeight(row)
            row += 1

    def _fit_next_chunk(self) -> None:
        """Fit rows for at most FIT_SLICE_SECONDS, so the event loop is never held up for long."""
        deadline = time.perf_counter() + FIT_SLICE_SECONDS
        while self._fit_queue and time.perf_counter() < deadline:
            row = self._fit_queue.popleft()
            if row in self._fit_pending:
                self._fit_pending.discard(row)
                if row < self.release_model.rowCount() and not self.isRowHidden(row):
                    self.resizeRowToContents(row)
        if not self._fit_queue:
            self._fit_pending.clear()
            self._fit_timer.stop()

    def _pause_fitting(self) -> None:
        """Typing: let background fitting wait until the keystrokes pause."""
        if self._fit_pending:
            self._fit_timer.stop()
            self._fit_resume.start()

    def rows_fitted(self) -> bool:
        """True once no row is waiting to be fitted (tests and benchmarks wait for it)."""
        return not self._fit_pending

    def _fit_range(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.resizeRowToContents(row)

    # -- filters -------------------------------------------------------------------------------------------
    def set_filter(self, row_filter: RowFilter, lang: str) -> None:
        self.row_filter = RowFilter(row_filter)
        self.filter_lang = lang
        self.apply_filter()

    def row_matches(self, row: int) -> bool:
        if self.row_filter is RowFilter.ALL:
            return True
        seg = self.document.release.segments[row]
        cell = seg.cells[self.filter_lang]
        if self.row_filter is RowFilter.EMPTY:
            return cell.is_empty
        if self.row_filter is RowFilter.STALE:
            return seg.is_stale(self.filter_lang)
        return cell.status is not Status.APPROVED

    def apply_filter(self) -> None:
        for row in range(self.release_model.rowCount()):
            self.setRowHidden(row, not self.row_matches(row))

    # -- current cell --------------------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.release_model.key_for(current)
        if key is not None and not self._syncing:
            self._syncing = True
            try:
                self.document.set_current_cell(*key)
            finally:
                self._syncing = False

    def _on_document_current(self, segment_id: str, lang: str) -> None:
        if self._syncing:
            return
        index = self.release_model.index_for(segment_id, lang)
        if index.isValid() and index != self.currentIndex():
            self._syncing = True
            try:
                # A programmatic move selects just the new cell, whatever modifier keys are held.
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollTo(index)
            finally:
                self._syncing = False

    def _on_cell_changed(self, segment_id: str, lang: str) -> None:
        self._on_cells_changed([(segment_id, lang)])

    def _on_cells_changed(self, keys: list[tuple[str, str]]) -> None:
        """Fit the changed rows and apply the filter to them; a bulk edit (Replace All) arrives as one call."""
        self._pause_fitting()
        rows = sorted(self.document.rows_of(segment_id for segment_id, _lang in keys))
        if not rows:
            return
        self._fit_changed_rows(rows)
        for row in rows:
            if self.row_filter is not RowFilter.ALL and not self.isRowHidden(row):
                continue  # a row being edited stays visible until the filter is applied again
            hide = not self.row_matches(row)
            if self.isRowHidden(row) != hide:
                self.setRowHidden(row, hide)

    def _fit_changed_rows(self, rows: list[int]) -> None:
        """Rows on screen are fitted at once; those off screen (a Replace All changes hundreds) join the rows fitted
        in the background, and are fitted before they are scrolled into view."""
        height = self.viewport().height()
        queued = False
        for row in rows:
            top = self.rowViewportPosition(row)
            if top + self.rowHeight(row) >= 0 and top <= height:
                self.resizeRowToContents(row)
                continue
            if row not in self._fit_pending:
                self._fit_pending.add(row)
                self._fit_queue.append(row)
            queued = True
        if queued:
            self._fit_timer.stop()
            self._fit_resume.start()

    def _on_structure_changed(self) -> None:
        self.apply_filter()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a cell starts editing it (Enter inside the editor is a line break)."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            return
        if event.matches(QKeySequence.StandardKey.Paste) and not editing and self.currentIndex().isValid():
            self.paste_into_current()
            return
        super().keyPressEvent(event)

    def paste_into_current(self) -> None:
        """Ctrl+V on a cell that is not being edited replaces its text with the clipboard's, as in a spreadsheet
        (several paragraphs are offered a row each); one undo step."""
        self.edit(self.currentIndex())
        editor = self.cell_delegate.active_editor
        if editor is not None:
            editor.selectAll()
            editor.paste()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and self.release_model.rowCount():
            self._painted = True
            self.firstPainted.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.release_model.retranslate()
            header = self.verticalHeader()
            if isinstance(header, RowHeader):
                header.invalidate_hint()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_all.start()

    # -- drag and drop -------------------------------------------------------------------------------------
    def _dropped_file(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in DROP_SUFFIXES:
                return url.toLocalFile()
        return None

    def lang_at(self, pos: QPoint) -> str | None:
        column = self.columnAt(pos.x())
        return LANGS[column] if 0 <= column < len(LANGS) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_file(event) and self.lang_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        lang = self.lang_at(event.position().toPoint())
        if path and lang:
            event.acceptProposedAction()
            self.filesDropped.emit(lang, path)
        else:
            event.ignore()
