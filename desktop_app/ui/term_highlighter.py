"""Glossary terms marked in the editor: a syntax highlighter for the cell editor and a painting helper for cells.

`TermSource` holds the matcher the glossary service publishes for the current revision (the same one MT, QA and
export use). It asks for it on a worker whenever the glossary changes (the service builds it there, with the
worker's own SQLite connection), and answers `hits(text, lang)` from the matcher's per-text cache, so
repainting a screen of cells or re-highlighting the paragraph being typed costs a dictionary lookup for every
text already seen and one Aho–Corasick pass for a new one. Approved forms and accepted variants are tinted,
forbidden forms get a red background and a wavy red underline; hovering a term shows its entry in all three
languages with its note.

The editor's highlighter matches at most SYNC_CHARS characters per turn of the event loop on the GUI thread (the
paragraph being typed); the rest of a big change (opening a megabyte cell, a new glossary revision) is matched on a
worker and marked when the hits arrive, keyed by the paragraph text they were found in, so hits of a text the user
has edited meanwhile fit no paragraph and are never applied.
"""

from __future__ import annotations

import bisect
import html
import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QStyleOptionViewItem, QWidget

from desktop_app import LANGS
from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import lang_label
from desktop_app.ui.release_model import TINT_TEXT_COLOUR

if TYPE_CHECKING:
    from desktop_app.domain.glossary.matcher import GlossaryMatcher
    from desktop_app.services.glossary_service import GlossaryService, GlossarySnapshot
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

TERM_COLOURS = {HitKind.APPROVED: "#d8ecff", HitKind.VARIANT: "#ffd8a0", HitKind.SHORT: "#e6f4e0",
                HitKind.FORBIDDEN: "#ffd3d0"}
FORBIDDEN_LINE = "#c62828"
HIGHLIGHT_LANE = "highlight"  # a lane of its own: marking an opened cell never waits behind checks or MT
SYNC_CHARS = 20_000  # characters matched on the GUI thread per turn of the event loop (a few milliseconds)
KNOWN_TEXTS = 4_096  # paragraphs whose worker-found hits an editor keeps (a megabyte cell has ~250)


def _prepare_snapshot(token: CancelToken, service: GlossaryService) -> GlossarySnapshot:
    """Worker: the service's snapshot of the current revision, with the automata of all three languages built."""
    snapshot = service.snapshot()
    if snapshot.matcher is not None:
        for lang in LANGS:
            token.raise_if_cancelled()
            snapshot.matcher.prepare(lang)
    return snapshot


def _match_texts(token: CancelToken, matcher: GlossaryMatcher, texts: list[str], lang: str) -> list[list[TermHit]]:
    """Worker: the hits of each text (a revision's matcher never changes and locks its own cache)."""
    found = []
    for text in texts:
        token.raise_if_cancelled()
        found.append(matcher.find(text, lang))
    return found


class TermSource(QObject):
    """The published glossary matcher used for highlighting, fetched off the GUI thread after every change."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._matcher: GlossaryMatcher | None = None
        self._versions: Mapping[int, int] = {}
        self._token: CancelToken | None = None
        live: list[CancelToken] = []  # cancelled when the source goes away: no result reaches a deleted object
        self._live = live
        self.destroyed.connect(lambda: [token.cancel() for token in live])

    @property
    def ready(self) -> bool:
        return self._matcher is not None

    def reload(self) -> None:
        """Fetch the current revision's matcher on a worker; `changed` fires when it is ready."""
        if self._token is not None:
            self._token.cancel()
        self._token = self._context.tasks.submit(_prepare_snapshot, self._context.glossary, lane="glossary",
                                                 on_done=self._on_built, on_error=self._on_error)
        self._live[:] = [self._token]

    def _on_built(self, snapshot: GlossarySnapshot) -> None:
        self._token = None
        self._matcher = snapshot.matcher
        self._versions = snapshot.versions
        log.debug("glossary revision %d ready for highlighting", snapshot.revision)
        self.changed.emit()

    def _on_error(self, exc: BaseException) -> None:
        self._token = None
        log.warning("glossary unavailable for highlighting: %s", exc)
        self.failed.emit(refusal_text(exc))

    def version(self, entry_id: int) -> int | None:
        """A shared glossary's row version of the entry in the matcher (None: the desk's own file)."""
        return self._versions.get(entry_id)

    def hits(self, text: str, lang: str) -> list[TermHit]:
        """Recognised terms in `text` ([] until the matcher is ready, or for a language we do not edit)."""
        if self._matcher is None or not text or lang not in LANGS:
            return []
        return self._matcher.find(text, lang)

    @property
    def matcher(self) -> GlossaryMatcher | None:
        """The current revision's matcher (immutable: workers may use it), None until it is ready."""
        return self._matcher

    def hits_later(self, texts: list[str], lang: str,
                   on_done: Callable[[list[list[TermHit]]], None]) -> CancelToken | None:
        """Match `texts` on a worker with the current revision's matcher; `on_done` gets one hit list per text.
        None (and no call) until the matcher is ready or for a language we do not edit."""
        if self._matcher is None or lang not in LANGS:
            return None
        return self._context.tasks.submit(_match_texts, self._matcher, texts, lang, lane=HIGHLIGHT_LANE,
                                          on_done=on_done)

    def hit_at(self, text: str, lang: str, position: int) -> TermHit | None:
        """The term covering character `position` of `text` (the cursor may also sit just after it)."""
        for hit in self.hits(text, lang):
            if hit.start <= position <= hit.end:
                return hit
        return None


def term_format(kind: HitKind) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(TERM_COLOURS[kind]))
    fmt.setForeground(QColor(TINT_TEXT_COLOUR))  # the mark is pale in every theme: a dark theme's white text vanishes
    if kind is HitKind.FORBIDDEN:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(FORBIDDEN_LINE))
    return fmt


class TermHighlighter(QSyntaxHighlighter):
    """Marks glossary terms in a cell editor's document, paragraph by paragraph, as the user types. Opening a
    megabyte cell asks for every paragraph (a long one is held in pieces of a few thousand characters) at once:
    past SYNC_CHARS in one turn of the event loop, paragraphs are matched on a worker (see the module's notes)."""

    def __init__(self, document: QTextDocument, source: TermSource, lang: str) -> None:
        super().__init__(document)
        self._source = source
        self.lang = lang
        self._formats = {kind: term_format(kind) for kind in HitKind}
        self._spent = 0  # characters matched on the GUI thread in this turn of the event loop
        self._known: dict[str, list[TermHit]] = {}  # hits found on a worker, by the paragraph text matched
        self._waiting: dict[str, None] = {}  # paragraph texts to send to the worker, in document order
        self._revision = 0  # of the glossary, counted here: hits of an older revision are dropped
        self._in_flight = 0  # worker tasks of this revision not answered yet
        live: list[CancelToken] = []  # cancelled when the document goes away: no result reaches a deleted object
        self._live = live
        self.destroyed.connect(lambda: [token.cancel() for token in live])
        self._turn = QTimer(self, singleShot=True, interval=0)  # fires once the event loop runs again
        self._turn.timeout.connect(self._next_turn)
        source.changed.connect(self._glossary_changed)

    @property
    def pending(self) -> bool:
        """Whether paragraphs wait for their hits from a worker."""
        return bool(self._waiting) or self._in_flight > 0

    def highlightBlock(self, text: str) -> None:
        hits = self._known.get(text)
        if hits is None:
            if not self._source.ready or not text:
                return
            self._turn.start()
            if self._spent + len(text) > SYNC_CHARS:
                self._waiting[text] = None
                return
            self._spent += len(text)
            hits = self._source.hits(text, self.lang)
        for hit in hits:
            self.setFormat(hit.start, hit.end - hit.start, self._formats[hit.kind])

    def _next_turn(self) -> None:
        """A new turn of the event loop: a new budget, and the paragraphs put off in the last one go to a worker."""
        self._spent = 0
        if not self._waiting:
            return
        texts = list(self._waiting)
        self._waiting.clear()
        token = self._source.hits_later(texts, self.lang, partial(self._matched, self._revision, texts))
        if token is not None:
            self._in_flight += 1
            self._live.append(token)

    def _matched(self, revision: int, texts: list[str], found: list[list[TermHit]]) -> None:
        """Hits from the worker: marked in the paragraphs that still hold the text they were found in."""
        if revision != self._revision:
            return
        self._in_flight -= 1
        if not self._in_flight:
            self._live.clear()
        if len(self._known) + len(texts) > KNOWN_TEXTS:
            self._known.clear()
        fresh = dict(zip(texts, found, strict=True))
        self._known.update(fresh)
        document = self.document()
        if document is None:
            return
        # Set on the paragraphs' layouts as QSyntaxHighlighter does, then one change reported for them all: Qt's
        # rehighlightBlock() lays each paragraph out at once (a megabyte cell: half a second); this way the layout
        # redoes the shown paragraphs only, when it paints them.
        first = end = -1
        block = document.firstBlock()
        while block.isValid():
            hits = fresh.get(block.text())
            if hits is not None:
                block.layout().setFormats([self._range(hit) for hit in hits])
                first = block.position() if first < 0 else first
                end = block.position() + block.length()
            block = block.next()
        if first >= 0:
            document.markContentsDirty(first, end - first)

    def _range(self, hit: TermHit) -> QTextLayout.FormatRange:
        mark = QTextLayout.FormatRange()
        mark.start, mark.length, mark.format = hit.start, hit.end - hit.start, self._formats[hit.kind]
        return mark

    def _glossary_changed(self) -> None:
        """A new revision: hits found with the old one are forgotten and every paragraph is marked again."""
        self._revision += 1
        self._known.clear()
        self._waiting.clear()
        for token in self._live:
            token.cancel()
        self._live.clear()
        self._in_flight = 0
        self.rehighlight()


def entry_tooltip(entry: TermEntry, hit: TermHit | None = None) -> str:
    """Rich text for a hover: the entry in all three languages, the form found and its kind, the note."""
    rows = []
    for lang in LANGS:
        form = entry.forms.get(lang) or "—"
        rows.append(f"<tr><td><b>{html.escape(lang_label(lang))}</b>&nbsp;</td><td>{html.escape(form)}</td></tr>")
    parts = [f"<table>{''.join(rows)}</table>"]
    if hit is not None and hit.kind is not HitKind.APPROVED:
        kind = {HitKind.FORBIDDEN: QApplication.translate("TermHighlighter", "forbidden form"),
                HitKind.SHORT: QApplication.translate("TermHighlighter", "short form (a second reference)")}.get(
            hit.kind, QApplication.translate("TermHighlighter", "accepted variant"))
        colour = FORBIDDEN_LINE if hit.kind is HitKind.FORBIDDEN else "#7a5b00"
        parts.append(f"<p style='color:{colour}'>«{html.escape(hit.text)}»: {html.escape(kind)}</p>")
    if entry.note:
        parts.append(f"<p><i>{html.escape(entry.note)}</i></p>")
    return "".join(parts)


# -- painting the marks in cells that are not being edited -------------------------------------------------------

def _text_rect(option: QStyleOptionViewItem, widget: QWidget | None) -> QRectF:
    """Where the style draws an item's text (QCommonStyle: the text element minus the focus-frame margin)."""
    style = widget.style() if widget is not None else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return QRectF(rect.adjusted(margin, 0, -margin, 0))


def cell_layout(text: str, font: QFont, width: float, max_height: float = float("inf")) -> QTextLayout:
    """The text laid out as a grid cell shows it (`paint_cell_text`): wrapped at words, and anywhere in a word longer
    than the line (a link, an e-mail address), as in the cell's editor; line breaks as line separators; lines stop
    once `max_height` is filled (what lies below is clipped, so laying it out would be wasted)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(text_option)
    layout.beginLayout()
    y = 0.0
    while y <= max_height:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def laid_out_end(layout: QTextLayout) -> int:
    """The position just after the last laid-out character (the text may go on unlaid below the visible part)."""
    count = layout.lineCount()
    if not count:
        return 0
    last = layout.lineAt(count - 1)
    return last.textStart() + last.textLength()


def span_rects(layout: QTextLayout, start: int, end: int) -> list[QRectF]:
    """The rectangles (one per line) covering characters start..end of a laid-out text; only the lines the span
    crosses are visited, found from its first character, so a hit costs the same in a long text as in a short one."""
    rects: list[QRectF] = []
    count = layout.lineCount()
    if not count or start >= laid_out_end(layout):
        return rects
    first = layout.lineForTextPosition(start)
    number = first.lineNumber() if first.isValid() else 0
    while number < count:
        line = layout.lineAt(number)
        line_start = line.textStart()
        if line_start >= end:
            break
        a, b = max(start, line_start), min(end, line_start + line.textLength())
        if a < b:
            x1, x2 = line.cursorToX(a)[0], line.cursorToX(b)[0]
            rects.append(QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height()))
        number += 1
    return rects


MARK_CACHE_SIZE = 256  # cells' mark geometry kept: several screens of cells in three languages


def paint_cell_text(painter: QPainter, option: QStyleOptionViewItem, widget: QWidget | None) -> None:
    """Draw an item's text where and in the colour the style would. The style wraps at words only and ends a word
    longer than the line with "…", so a link in a contact line lost its middle; here such a word goes on on the next
    line. A text taller than the cell ends its last whole line with "…", as the style did."""
    text: str = option.text  # type: ignore[attr-defined]
    if not text:
        return
    area = _text_rect(option, widget)
    layout = cell_layout(text, option.font, area.width(), area.height())  # type: ignore[attr-defined]
    state = option.state  # type: ignore[attr-defined]
    if not state & QStyle.StateFlag.State_Enabled:
        group = QPalette.ColorGroup.Disabled
    elif state & QStyle.StateFlag.State_Active:
        group = QPalette.ColorGroup.Active
    else:
        group = QPalette.ColorGroup.Inactive
    role = QPalette.ColorRole.HighlightedText if state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text
    painter.save()
    painter.setClipRect(option.rect)  # type: ignore[attr-defined]
    painter.setPen(option.palette.color(group, role))  # type: ignore[attr-defined]
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    whole = [line for line in lines if line.y() + line.height() <= area.height() + 0.5]
    if len(whole) == len(lines):
        layout.draw(painter, area.topLeft())
    else:
        for line in whole[:-1]:
            line.draw(painter, area.topLeft())
        last = whole[-1] if whole else lines[0]
        rest = layout.text()[last.textStart():].split("\u2028", 1)[0]
        shown = QFontMetricsF(option.font).elidedText(rest, Qt.TextElideMode.ElideRight, area.width())  # type: ignore
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.drawText(area.topLeft() + QPointF(0, last.y() + last.ascent()), shown)
    painter.restore()


class MarkGeometry:
    """Where each hit's tint goes in a laid-out cell text, cached per (text, font, width, height, hits): a full
    repaint (rows shifted by a row that grew while typing) then redraws unchanged cells without laying them out."""

    def __init__(self, size: int = MARK_CACHE_SIZE) -> None:
        self._size = size
        self._cache: OrderedDict[tuple[object, ...], list[tuple[QRectF, HitKind]]] = OrderedDict()

    def spans(self, text: str, font: QFont, width: float, max_height: float,
              hits: Sequence[TermHit]) -> list[tuple[QRectF, HitKind]]:
        """The tint rectangles (relative to the text area) of the hits within the first `max_height` pixels."""
        key = (text, font.key(), width, max_height, tuple((h.start, h.end, h.kind) for h in hits))
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        layout = cell_layout(text, font, width, max_height)
        last = bisect.bisect_left(hits, laid_out_end(layout), key=lambda h: h.start)
        spans = [(rect, hit.kind) for hit in hits[:last] for rect in span_rects(layout, hit.start, hit.end)]
        self._cache[key] = spans
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return spans


_MARK_GEOMETRY = MarkGeometry()


def paint_term_marks(painter: QPainter, option: QStyleOptionViewItem, hits: Sequence[TermHit], text: str,
                     widget: QWidget | None) -> None:
    """Tint the terms of a cell the style has just painted; multiplying keeps the text as dark as it was.

    Only the part of the cell that is both inside the cell and exposed (the painter's clip) is laid out, and only
    hits starting before its last laid-out character are looked at (hits are sorted by start)."""
    if not hits or not text:
        return
    area = _text_rect(option, widget)
    visible = QRectF(option.rect)  # type: ignore[attr-defined]
    if isinstance(widget, QAbstractScrollArea):
        visible = visible.intersected(QRectF(widget.viewport().rect()))
    if painter.hasClipping():
        visible = visible.intersected(painter.clipBoundingRect())
    if visible.isEmpty():
        return
    spans = _MARK_GEOMETRY.spans(text, option.font, area.width(), visible.bottom() - area.top(),  # type: ignore
                                 hits)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(option.rect)  # type: ignore[attr-defined]
    for span, kind in spans:
        rect = span.translated(area.topLeft())
        if not rect.intersects(visible):
            continue
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        colour = QColor(TERM_COLOURS[kind])
        painter.fillRect(rect, colour)
        # A darker edge at each end keeps two neighbouring terms from merging into one band.
        painter.setPen(QPen(colour.darker(135), 1))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.drawLine(rect.topRight() - QPointF(1, 0), rect.bottomRight() - QPointF(1, 0))
        if kind is HitKind.FORBIDDEN:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setPen(QPen(QColor(FORBIDDEN_LINE), 1.5))
            painter.drawLine(rect.bottomLeft() - QPointF(0, 1), rect.bottomRight() - QPointF(0, 1))
    painter.restore()


def position_at(option: QStyleOptionViewItem, text: str, point: QPointF, widget: QWidget | None) -> int | None:
    """The character of a painted cell under `point` (viewport coordinates), or None outside the text."""
    area = _text_rect(option, widget)
    local = point - area.topLeft()
    layout = cell_layout(text, option.font, area.width(), local.y())  # type: ignore[attr-defined]
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if line.y() <= local.y() < line.y() + line.height():
            if local.x() > line.naturalTextWidth():
                return None
            return line.xToCursor(local.x(), line.CursorPosition.CursorOnCharacter)
    return None
