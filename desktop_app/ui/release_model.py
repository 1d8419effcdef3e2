"""The grid's model: rows are segments, columns the document languages in `LANGS` order (zh, en, ru).

Column order and visibility are the view's business (header sections moved or hidden), so a column number here
always means the same language: `LANG_COLUMN[lang]`, `LANGS[column]`. Custom roles give panels what they need
without touching the release: `SegmentIdRole`, `LangRole`, `StatusRole`, `StaleRole`.
The model listens to the DocumentController and never changes the release itself; edits go through the
controller's undo commands.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from desktop_app import LANGS
from desktop_app.domain.release import Role, Status
from desktop_app.ui.document import DocumentController
from desktop_app.ui.labels import capitalised, lang_label, local_time, provenance_label, role_lines, status_label

log = logging.getLogger(__name__)

LANG_COLUMN = {lang: i for i, lang in enumerate(LANGS)}
SegmentIdRole = int(Qt.ItemDataRole.UserRole) + 1
LangRole = int(Qt.ItemDataRole.UserRole) + 2
StatusRole = int(Qt.ItemDataRole.UserRole) + 3
StaleRole = int(Qt.ItemDataRole.UserRole) + 4
TOOLTIP_REVISIONS = 3
DISPLAY_CHARS = 200_000  # of a cell's text painted in the grid: more than the tallest row can show
_DISPLAY, _EDIT, _DECORATION, _BACKGROUND, _FOREGROUND, _TOOLTIP = (
    int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
                     Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))
_SERVED_ROLES = frozenset({_DISPLAY, _EDIT, _DECORATION, _BACKGROUND, _FOREGROUND, _TOOLTIP,
                           SegmentIdRole, LangRole, StatusRole, StaleRole})

# Tints behind the text and the colour of each status's icon.
STATUS_COLOURS = {
    Status.EMPTY: ("#f4f4f4", "#9e9e9e"),
    Status.MACHINE: ("#f1e9fb", "#8e5bd0"),
    Status.DRAFT: ("#fff8dc", "#d9a400"),
    Status.REVIEWED: ("#e6f0ff", "#2f6fd6"),
    Status.APPROVED: ("#e5f6e5", "#2e9b3e"),
}
# The text on those tints: the tints are pale in every theme, so a dark desktop theme's white text would vanish.
TINT_TEXT_COLOUR = "#1f1f1f"
STALE_COLOUR = "#e8590c"
COMMENT_MARK = "✎"  # after the row number of a paragraph that has a comment
AnyIndex = QModelIndex | QPersistentModelIndex


def status_icon(status: Status, size: int = 14) -> QIcon:
    """A small round icon per status: hollow for empty, a letter for machine, a tick for approved."""
    cached = _ICONS.get(status)
    if cached is not None:
        return cached
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS[status][1])
    if status is Status.EMPTY:
        painter.setPen(QPen(colour, 1.5))
        painter.drawEllipse(2, 2, size - 4, size - 4)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.setPen(QPen(QColor("white"), 1.8))
        if status is Status.APPROVED:
            painter.drawPolyline([_pt(0.28, 0.52, size), _pt(0.45, 0.7, size), _pt(0.74, 0.34, size)])
        elif status is Status.MACHINE:
            font = painter.font()
            font.setPixelSize(int(size * 0.7))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "M")
        elif status is Status.REVIEWED:
            painter.drawLine(_pt(0.3, 0.5, size), _pt(0.7, 0.5, size))
    painter.end()
    icon = QIcon(pixmap)
    _ICONS[status] = icon
    return icon


def _pt(x: float, y: float, size: int) -> QPointF:
    return QPointF(x * size, y * size)


_ICONS: dict[Status, QIcon] = {}


class ReleaseModel(QAbstractTableModel):
    """Table model over `document.release`, kept in step with the controller's signals."""

    def __init__(self, document: DocumentController) -> None:
        super().__init__(document)
        self.document = document
        self._backgrounds = {s: QBrush(QColor(c[0])) for s, c in STATUS_COLOURS.items()}
        self._tint_text = QBrush(QColor(TINT_TEXT_COLOUR))
        self._role_lines = {role: role_lines(role) for role in Role}  # headers are asked for very often
        document.cellChanged.connect(self._on_cell_changed)
        document.cellsChanged.connect(self._on_cells_changed)
        document.roleChanged.connect(self._on_role_changed)
        document.segmentsAboutToBeInserted.connect(
            lambda first, last: self.beginInsertRows(QModelIndex(), first, last))
        document.segmentsInserted.connect(self.endInsertRows)
        document.segmentsAboutToBeRemoved.connect(
            lambda first, last: self.beginRemoveRows(QModelIndex(), first, last))
        document.segmentsRemoved.connect(self._end_remove)
        document.segmentAboutToBeMoved.connect(
            lambda src, dst: self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst))
        document.segmentMoved.connect(self._end_move)
        document.releaseAboutToBeReset.connect(self.beginResetModel)
        document.releaseReset.connect(self.endResetModel)

    def _end_remove(self) -> None:
        self.endRemoveRows()
        self._refresh_headers()

    def _end_move(self) -> None:
        self.endMoveRows()
        self._refresh_headers()

    def retranslate(self) -> None:
        """Language names and roles in the headers follow the UI language."""
        self._role_lines = {role: role_lines(role) for role in Role}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LANGS) - 1)
        self._refresh_headers()

    def _refresh_headers(self) -> None:
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # -- lookups -------------------------------------------------------------------------------------------
    def index_for(self, segment_id: str, lang: str) -> QModelIndex:
        try:
            row = self.document.row_of(segment_id)
        except KeyError:
            return QModelIndex()
        return self.index(row, LANG_COLUMN[lang])

    def key_for(self, index: AnyIndex) -> tuple[str, str] | None:
        if not index.isValid() or index.row() >= len(self.document.release.segments):
            return None
        return self.document.release.segments[index.row()].id, LANGS[index.column()]

    # -- the Qt model contract -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.document.release.segments)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LANGS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDropEnabled)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called a dozen times per painted cell: plain-int role checks, no enum lookups on this path.
        role = int(role)
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        segments = self.document.release.segments
        row = index.row()
        if row >= len(segments):
            return None
        seg = segments[row]
        lang = LANGS[index.column()]
        cell = seg.cells[lang]
        if role == _EDIT:
            return cell.text
        if role == _DISPLAY:  # a huge cell shows only its start (rows are at most a screen high)
            return cell.text[:DISPLAY_CHARS]
        if role == _DECORATION:
            return status_icon(cell.status)
        if role == _BACKGROUND:
            return self._backgrounds[cell.status]
        if role == _FOREGROUND:
            return self._tint_text
        if role == _TOOLTIP:
            return self._tooltip(seg.id, lang)
        if role == SegmentIdRole:
            return seg.id
        if role == LangRole:
            return lang
        if role == StatusRole:
            return cell.status.value
        return seg.is_stale(lang)  # StaleRole

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.key_for(index)
        if key is None or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        self.document.set_text(key[0], key[1], value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(LANGS):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return capitalised(lang_label(LANGS[section]))
            return None
        if not 0 <= section < len(self.document.release.segments):
            return None
        segment = self.document.release.segments[section]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f" {COMMENT_MARK}" if segment.comment else ""
            # A word a line: the header is as wide as the longest word, not the longest role name (the grid's
            # columns keep the width, «основной текст» took 220 px at 200 % text).
            return "\n".join((f"{section + 1}{mark}", *self._role_lines[segment.role]))
        if role == Qt.ItemDataRole.ToolTipRole and segment.comment:
            return segment.comment
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # -- tooltips ------------------------------------------------------------------------------------------
    def _tooltip(self, segment_id: str, lang: str) -> str:
        seg = self.document.release.segment(segment_id)
        cell = seg.cells[lang]
        lines = [
            f"<b>{html.escape(lang_label(lang))}</b> — {html.escape(status_label(cell.status))}",
            html.escape(provenance_label(cell.provenance)),
        ]
        if seg.is_stale(lang):
            source = lang_label(cell.provenance.source_lang or "")
            stale = QCoreApplication.translate("ReleaseModel", "Stale: the %1 text changed since this was made")
            lines.append(f"<span style='color:{STALE_COLOUR}'>{html.escape(stale.replace('%1', source))}</span>")
        revisions = self._revisions(segment_id, lang)
        if revisions:
            heading = QCoreApplication.translate("ReleaseModel", "Last saved revisions:")
            lines.append(f"<br><i>{html.escape(heading)}</i>")
            for rev in revisions:
                when = local_time(rev.time, seconds=False)
                preview = rev.new_text if len(rev.new_text) <= 60 else rev.new_text[:57] + "…"
                lines.append(f"{html.escape(when)} · {html.escape(status_label(rev.status))} · "
                             f"{html.escape(preview) or '∅'}")
        return "<br>".join(lines)

    def _revisions(self, segment_id: str, lang: str) -> list:
        store = self.document.store
        if store is None:
            return []
        try:
            return list(reversed(store.history(segment_id, lang)[-TOOLTIP_REVISIONS:]))
        except Exception:  # a tooltip must never break the grid; the history dialog reports errors
            log.warning("cannot read the history of %s/%s", segment_id, lang, exc_info=True)
            return []

    # -- document signals ----------------------------------------------------------------------------------
    def _on_cell_changed(self, segment_id: str, lang: str) -> None:
        index = self.index_for(segment_id, lang)
        if not index.isValid():
            return
        self.dataChanged.emit(index, index)
        # A sibling derived from this cell may have become (or stopped being) stale.
        row = index.row()
        for other in LANGS:
            if other != lang:
                sibling = self.index(row, LANG_COLUMN[other])
                self.dataChanged.emit(sibling, sibling, [StaleRole, Qt.ItemDataRole.ToolTipRole])

    def _on_cells_changed(self, keys: list[tuple[str, str]]) -> None:
        """Many cells at once: one dataChanged over the rows they span, every column (a changed cell's siblings may
        have become stale), instead of three signals per cell."""
        rows = self.document.rows_of(segment_id for segment_id, _lang in keys)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(LANGS) - 1))

    def _on_role_changed(self, segment_id: str) -> None:
        row = self.document.row_of(segment_id)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
