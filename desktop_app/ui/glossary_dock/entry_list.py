"""The Glossary dock's list of entries: the Chinese, English and Russian forms side by side in a narrow dock, each
read whole without scrolling sideways.

The language columns share the list's width in proportion to how long their forms are (a column never narrower
than its longest word while the width allows it), and a long name wraps onto more lines within its row instead of
being cut. The category column is shown only when the three forms keep their room beside it; otherwise the
category is in each row's tooltip and in the details below the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

LANG_COLUMNS = 3  # zh, en, ru; the category column follows them
CATEGORY_COLUMN = 3
MEASURED_ROWS = 500  # the forms measured to share the width (a search lists at most this many)
SHORTEST_LINE = 6  # characters a language column gets a line at least (while the dock is wide enough)
READABLE_LINE = 12  # characters a line each form keeps when the category column is shown beside them
LONGEST = 40  # of a column's texts and words, the longest in characters are measured for its widest
SAMPLED = 100  # of a column's texts, measured for its width per character
# A run that a line never breaks inside: a word, or one CJK character (CJK text may break between any two).
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_UNBREAKABLE = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
_Index = QModelIndex | QPersistentModelIndex


def text_margin(widget: QWidget | None) -> int:
    """The space the style leaves on each side of an item's text (QCommonStyle: the focus frame margin + 1)."""
    style = widget.style() if widget is not None else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


def wrapped_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """The text laid out in `width`: wrapped at word boundaries, and inside a word only when it alone is wider than
    the column (so nothing is ever cut off), and the height it takes."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # a stacked row's forms on lines of their own
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class WrappingDelegate(QStyledItemDelegate):
    """Paints a cell's text wrapped in its column, top-aligned, and asks for the height the wrapped text needs; in a
    stacked list the first column holds the row's three forms, one under the other."""

    def __init__(self, view: EntryList) -> None:
        super().__init__(view)
        self.view = view
        self._paddings: dict[str, int] = {}

    def text_of(self, index: _Index) -> str:
        if self.view.stacked and index.column() == 0:
            forms = (index.siblingAtColumn(c).data(Qt.ItemDataRole.DisplayRole) for c in range(LANG_COLUMNS))
            return "\n".join(str(form) for form in forms if form)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        return str(text) if text else ""

    def _padding(self, option: QStyleOptionViewItem, index: _Index) -> int:
        """What the style adds above and below one line of text (the same for every item in a font)."""
        key = option.font.key()  # type: ignore[attr-defined]
        if key not in self._paddings:
            opt = QStyleOptionViewItem(option)
            opt.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]
            one_line = super().sizeHint(opt, index).height()
            self._paddings[key] = max(0, one_line - QFontMetrics(opt.font).height())  # type: ignore[attr-defined]
        return self._paddings[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        column = index.column()
        padding = self._padding(option, index)
        height = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        text = self.text_of(index)
        if text:
            width = self.view.columnWidth(column) - 2 * text_margin(self.view)
            height = max(height, int(wrapped_layout(text, option.font, width)[1] + 0.999))  # type: ignore
        return QSize(self.view.columnWidth(column), height + padding)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = self.text_of(index)
        opt.text = ""  # type: ignore[attr-defined]  # the style paints the background, selection and focus only
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        margin = text_margin(widget)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        layout, _height = wrapped_layout(text, opt.font, rect.width() - 2 * margin)  # type: ignore[attr-defined]
        state = opt.state  # type: ignore[attr-defined]
        group = (QPalette.ColorGroup.Disabled if not state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Normal if state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = (QPalette.ColorRole.HighlightedText if state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(opt.palette.color(group, role))  # type: ignore[attr-defined]
        painter.setClipRect(rect)
        top = rect.top() + self._padding(option, index) // 2
        layout.draw(painter, QPointF(rect.left() + margin, top))
        painter.restore()


@dataclass
class _ColumnNeed:
    """What a column's texts ask for: its longest unbreakable run (below it a word would be split), its longest
    text on one line (above it the column has room to spare), the sum of its texts' widths (its share) and of their
    characters (how wide a line of n characters is in this column's script) and the number of its words."""

    word: int = 0
    line: int = 0
    total: int = 0
    chars: int = 0
    runs: int = 0

    def average_run(self) -> int:
        """The width of an average word (a CJK character), about what wrapping leaves empty at a line's end."""
        return self.total // self.runs if self.runs else 0

    def width_of(self, chars: int) -> int:
        """A line of `chars` characters, or the longest text if that is shorter."""
        return min(self.line, int(chars * self.total / self.chars)) if self.chars else 0


class EntryList(QTreeWidget):
    """The entries, one per row: the three forms in columns sharing the width, wrapped, never elided, never scrolled
    sideways; the category in its own column when there is room for it. A list too narrow for each column to hold
    its header and its longest word (a narrow dock, large text) is stacked: each row's forms one under the other in
    one column the list's width, so no word is broken inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryEntries")
        self.setRootIsDecorated(False)
        self.setColumnCount(LANG_COLUMNS + 1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)  # where one entry's lines end and the next one's begin
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Per item: only the rows shown are laid out to know their height (per pixel would lay out all of them).
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setItemDelegate(WrappingDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # the list shares its width out itself
        header.setSectionsMovable(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # listed as found until a header is clicked
        self.setSortingEnabled(True)
        self._needs = [_ColumnNeed() for _ in range(LANG_COLUMNS + 1)]
        self._rows: list[list[str]] = []
        self.stacked = False
        self.tooltip_for: Callable[[QTreeWidgetItem], str] | None = None

    def viewportEvent(self, event: QEvent) -> bool:
        """A row's tooltip is written when it is hovered (writing 500 of them would slow every search down)."""
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            assert isinstance(event, QHelpEvent)
            item = self.itemAt(event.pos())
            if item is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_for(item), self.viewport(), self.visualItemRect(item))
            return True
        return super().viewportEvent(event)

    # -- filling -----------------------------------------------------------------------------------------------
    def measure(self, rows: list[list[str]] | None = None) -> None:
        """Measure the texts listed (each row's column texts; None: those measured before, in a new font) and
        share the width out again."""
        if rows is not None:
            self._rows = rows[:MEASURED_ROWS]
        metrics = self.fontMetrics()
        needs = [_ColumnNeed() for _ in range(LANG_COLUMNS + 1)]
        # Measuring every text would cost more than filling the list: the widest text and word are among the
        # longest in characters, and the total width is the characters at the width per character of a sample.
        for column, need in enumerate(needs):
            texts = [row[column] for row in self._rows if row[column]]
            if not texts:
                continue
            sample = texts[:SAMPLED]
            need.chars = sum(map(len, texts))
            need.total = need.chars * sum(map(metrics.horizontalAdvance, sample)) // max(1, sum(map(len, sample)))
            need.line = max(map(metrics.horizontalAdvance, sorted(set(texts), key=len)[-LONGEST:]))
            runs = [run for text in texts for run in _UNBREAKABLE.findall(text)]
            need.runs = len(runs)
            need.word = max(map(metrics.horizontalAdvance, sorted(set(runs), key=len)[-LONGEST:]))
        self._needs = needs
        self.fit_columns()

    # -- sharing the width -------------------------------------------------------------------------------------
    def _header_need(self, column: int) -> int:
        header = self.header()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = str(self.headerItem().text(column))
        return header.fontMetrics().horizontalAdvance(text) + 2 * margin + 2

    def fit_columns(self) -> None:
        """Give each language column at least its header, its longest word (up to two fifths of the width) and a
        few characters a line, share the rest by the length of the forms, and show the category column only if
        each form keeps its longest word and a readable line beside it."""
        available = self.viewport().width()
        if available <= 0:
            return
        pad = 2 * text_margin(self) + 2
        needs = self._needs
        headers = [self._header_need(c) for c in range(LANG_COLUMNS)]
        readable = [max(headers[c], needs[c].word + pad, needs[c].width_of(READABLE_LINE) + pad)
                    for c in range(LANG_COLUMNS)]
        whole = [max(headers[c], needs[c].word + pad, needs[c].width_of(SHORTEST_LINE) + pad)
                 for c in range(LANG_COLUMNS)]
        if self._stack(sum(whole) > available, available):
            return
        category = max(self._header_need(CATEGORY_COLUMN), needs[CATEGORY_COLUMN].line + pad)
        show_category = needs[CATEGORY_COLUMN].line > 0 and sum(readable) + category <= available
        self.setColumnHidden(CATEGORY_COLUMN, not show_category)
        room = available - (category if show_category else 0)
        # A word wider than two fifths of the list is broken rather than squeezing the other forms into stubs.
        floors = [max(headers[c], min(needs[c].word + pad, room * 2 // 5), needs[c].width_of(SHORTEST_LINE) + pad)
                  for c in range(LANG_COLUMNS)]
        caps = [max(floors[c], needs[c].line + pad) for c in range(LANG_COLUMNS)]
        widths = _share(room, floors, caps, [max(1, needs[c].total) for c in range(LANG_COLUMNS)],
                        [needs[c].average_run() + pad for c in range(LANG_COLUMNS)])
        if show_category:
            widths.append(category)
        header = self.header()
        old = [header.sectionSize(c) for c in range(len(widths))]
        if widths != old:
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
            self.doItemsLayout()  # the rows' heights follow their columns' new widths

    def _stack(self, stacked: bool, available: int) -> bool:
        """Stack the forms in one column the list's width (True), or show the language columns again (False)."""
        changed = stacked != self.stacked
        self.stacked = stacked
        for column in range(1, LANG_COLUMNS):
            self.setColumnHidden(column, stacked)
        self.setHeaderHidden(stacked)  # one column of three languages: the lines' scripts say which is which
        if stacked:
            self.setColumnHidden(CATEGORY_COLUMN, True)
            if changed or self.header().sectionSize(0) != available:
                self.header().resizeSection(0, available)
                self.doItemsLayout()
        elif changed:
            self.doItemsLayout()
        return stacked

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.measure()


def _share(room: int, floors: list[int], caps: list[int], weights: list[int], bases: list[int]) -> list[int]:
    """Widths that add up to `room`: each column its base (what wrapping leaves empty at the end of a line) and a
    share of the rest in proportion to its weight (so long forms wrap onto as many lines as short ones), a column
    whose width falls below its floor getting its floor and one above its cap its cap, the others sharing what is
    left (if the floors alone do not fit, they are shrunk in proportion)."""
    if sum(floors) >= room:
        widths = [int(f * room / max(1, sum(floors))) for f in floors]
        widths[-1] += room - sum(widths)
        return widths
    settled: dict[int, int] = {}
    while True:
        open_columns = [c for c in range(len(floors)) if c not in settled]
        left = room - sum(settled.values())
        base = sum(bases[c] for c in open_columns)
        weight = sum(weights[c] for c in open_columns)
        share = ({c: bases[c] + (left - base) * weights[c] / weight for c in open_columns} if base <= left
                 else {c: left * bases[c] / max(1, base) for c in open_columns})
        below = {c: floors[c] for c in open_columns if share[c] < floors[c]}
        above = {c: caps[c] for c in open_columns if share[c] > caps[c]}
        if below:
            settled.update(below)
        elif above and len(above) < len(open_columns):
            settled.update(above)
        else:
            settled.update({c: int(share[c]) for c in open_columns})
            break
    widths = [settled[c] for c in range(len(floors))]
    widths[-1] += room - sum(widths)
    return widths
