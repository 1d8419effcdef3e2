"""The editor's status bar: words per language, position in the release and how much of each column is approved.

Counting runs on a short timer after changes, so typing never waits for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.release import Release, Status
from desktop_app.ui.document import DocumentController
from desktop_app.ui.labels import lang_label

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
COUNT_DELAY_MS = 150
LONG_TEXT = 20_000  # characters: a longer cell is counted in chunks of lines
CHUNK_LINES = 64


def count_units(text: str, lang: str) -> int:
    """Chinese is counted in characters (Han only), English and Russian in words. A long text is counted in
    chunks of lines with each chunk's count remembered (no word spans a line break), so typing in a huge cell
    re-counts one chunk rather than megabytes."""
    if len(text) > LONG_TEXT:
        lines = text.split("\n")
        chunks = ["\n".join(lines[i:i + CHUNK_LINES]) for i in range(0, len(lines), CHUNK_LINES)]
        return sum(map(_chunk_units, chunks, repeat(lang)))
    return _units(text, lang)


def _units(text: str, lang: str) -> int:
    if lang == "zh":
        return len(HAN.findall(text))
    return len(WORD.findall(text))


@lru_cache(maxsize=10_000)
def _chunk_units(chunk: str, lang: str) -> int:
    return _units(chunk, lang)


@dataclass(frozen=True, slots=True)
class ReleaseCounts:
    units: dict[str, int]
    approved: dict[str, int]
    filled: dict[str, int]
    segments: int


def release_counts(release: Release, cache: dict[tuple[str, str], tuple[str, int]] | None = None) -> ReleaseCounts:
    """Totals per language; `cache` keeps each cell's count by its text, so only changed cells are re-counted."""
    units = dict.fromkeys(LANGS, 0)
    approved = dict.fromkeys(LANGS, 0)
    filled = dict.fromkeys(LANGS, 0)
    cache = {} if cache is None else cache
    for seg in release.segments:
        for lang in LANGS:
            cell = seg.cells[lang]
            key = (seg.id, lang)
            cached = cache.get(key)
            if cached is None or cached[0] != cell.text:
                cached = cache[key] = (cell.text, count_units(cell.text, lang))
            units[lang] += cached[1]
            approved[lang] += cell.status is Status.APPROVED
            filled[lang] += not cell.is_empty
    return ReleaseCounts(units, approved, filled, len(release.segments))


def shrinkable(widget: QWidget) -> None:
    """Shown whole when there is room, cut short (the tooltip spells it out) when there is not: the status bar's
    texts must not make the window wider than the screen with a large font."""
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 6)


def keep_whole(label: QLabel) -> None:
    """A short label the bar never cuts (where the user is, how long the cell is): the longer ones beside it give up
    their room first and end in "…", their tooltips spelling them out."""
    label.setMinimumWidth(label.sizeHint().width())


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when cut short: a label clipped mid-word ("Сегмен", "205 сл") read as
    if it were whole, and ran into its neighbour at 200 % text."""

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


class ElidedButton(QPushButton):
    """A flat push button whose text ends in "…" when cut short (see ElidedLabel)."""

    def _room(self) -> int:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, self)
        return max(0, self.contentsRect().width() - 2 * margin)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self._room())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class EditorStatusBar(QStatusBar):
    """Permanent labels: counts, position, approval totals (updated shortly after each change)."""

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorStatusBar")
        self.document = document
        self.counts_label = ElidedLabel(self)
        self.position_label = ElidedLabel(self)
        self.totals_label = ElidedLabel(self)
        for label in (self.position_label, self.counts_label, self.totals_label):
            shrinkable(label)
            self.addPermanentWidget(label)
        self.counts: ReleaseCounts | None = None
        self._count_cache: dict[tuple[str, str], tuple[str, int]] = {}
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        document.cellChanged.connect(lambda *_: self._timer.start())
        document.cellsChanged.connect(lambda _keys: self._timer.start())
        document.structureChanged.connect(self._timer.start)
        document.releaseReset.connect(self._count_cache.clear)
        document.currentCellChanged.connect(lambda *_: self._update_position())
        self.refresh()

    def refresh(self) -> None:
        self.counts = release_counts(self.document.release, self._count_cache)
        self._show_counts()
        self._update_position()

    def _show_counts(self) -> None:
        counts = self.counts
        if counts is None:
            return
        sizes = {lang: self._size_text(lang, counts.units[lang]) for lang in LANGS}
        current = self.document.current_cell()
        self.counts_label.setText(sizes[current[1] if current else "en"])
        keep_whole(self.counts_label)
        self.counts_label.setToolTip("\n".join(f"{lang_label(lang)}: {sizes[lang]}" for lang in LANGS))
        # Short in the bar (fits 1024 px in Russian), spelt out in the tooltip.
        self.totals_label.setText(self.tr("Approved: %1").replace("%1", ", ".join(
            f"{lang_label(lang)} {counts.approved[lang]}/{counts.segments}" for lang in LANGS)))
        self.totals_label.setToolTip("\n".join(
            self.tr("%1: %2 of %3 paragraphs approved").replace("%1", lang_label(lang))
            .replace("%2", str(counts.approved[lang])).replace("%3", str(counts.segments)) for lang in LANGS))

    def _size_text(self, lang: str, units: int) -> str:
        if lang == "zh":
            return self.tr("%n character(s)", "", units)
        return self.tr("%n word(s)", "", units)

    def _update_position(self) -> None:
        current = self.document.current_cell()
        total = len(self.document.release.segments)
        if current is None or total == 0:
            self.position_label.setText(self.tr("No segment"))
            self.position_label.setToolTip("")
            keep_whole(self.position_label)
            return
        try:
            row = self.document.row_of(current[0]) + 1
        except KeyError:
            row = 0
        self.position_label.setText(
            self.tr("Segment %1 of %2 · %3").replace("%1", str(row)).replace("%2", str(total))
            .replace("%3", lang_label(current[1])))
        self.position_label.setToolTip(self.position_label.text())
        keep_whole(self.position_label)
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
