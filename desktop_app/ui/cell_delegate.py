"""Multi-line cell editing and painting for the release grid.

Keys in the editor: Enter inserts a line break; Ctrl+Enter asks the window to confirm the cell and move on
(ui.keyboard_flow); Tab / Shift+Tab commit and move to the next / previous language; Esc reverts the cell to
what it was when editing began.
Every keystroke goes to the document as a typing command of one editing session, so the whole session is one
undo step and autosave, the status bar and the docks see the text as it is typed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPolygon,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QFrame,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.domain.release import MAX_CELL_CHARS, MAX_SEGMENTS, Cell  # MAX_CELL_CHARS: longest cell text
from desktop_app.domain.segment_edits import plain_text_paragraphs
from desktop_app.ui.document import DocumentController
from desktop_app.ui.release_model import STALE_COLOUR, LangRole, SegmentIdRole, StaleRole
from desktop_app.ui.term_highlighter import cell_layout, paint_cell_text

CELL_PADDING = 6
ICON_SPACE = 20
STALE_MARK = 9

MIN_CAPPED_LINES = 6  # a row is never capped below this many lines, even in a very low window
# A run this long with no place to break a line (no space, no Chinese character): a pasted code, link or blob. Qt's
# word wrapping looks for a word boundary to the end of the run for every line it lays out, so a 1 MB run froze the
# window for minutes when its cell was opened; wrapping it anywhere lays it out in under a second.
UNBROKEN_CHARS = 500
_BREAKLESS = r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
_UNBROKEN_RUN = re.compile(rf"(?<!{_BREAKLESS}){_BREAKLESS}{{{UNBROKEN_CHARS}}}")  # tried at a run's start only


def has_unbroken_run(text: str) -> bool:
    """Whether `text` holds a run of UNBROKEN_CHARS characters that word wrapping cannot break."""
    return _UNBROKEN_RUN.search(text) is not None


# Qt lays a paragraph out whole again on every change to it, so each key typed into a 1 MB paragraph took a third
# of a second. The editor shows a paragraph longer than LONG_PARAGRAPH in blocks of about PIECE_CHARS characters,
# each block after the first marked as going on the paragraph before it: a key re-lays out a few thousand characters.
LONG_PARAGRAPH = 10_000
PIECE_CHARS = 4_000
PIECE_SEEK = 400  # characters before a piece's end searched for a space to end it at (a line end falls there)
GOES_ON = QTextBlockFormat.Property.UserProperty + 1  # block property: no line break before this block in the cell


def pieces(text: str) -> list[tuple[str, bool]]:
    """The cell's text as the editor's blocks: (block text, goes on the paragraph before it). A paragraph longer than
    LONG_PARAGRAPH is cut after a space near every PIECE_CHARS characters (anywhere but before a combining mark
    when it has none there); "".join of a paragraph's pieces gives it back."""
    blocks: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        if len(paragraph) <= LONG_PARAGRAPH:
            blocks.append((paragraph, False))
            continue
        start = 0
        while len(paragraph) - start > PIECE_CHARS:
            end = start + PIECE_CHARS
            space = paragraph.rfind(" ", end - PIECE_SEEK, end)
            if space > start:
                end = space + 1
            while end > start + 1 and (unicodedata.combining(paragraph[end]) or "\udc00" <= paragraph[end] <= "\udfff"):
                end -= 1
            blocks.append((paragraph[start:end], start > 0))
            start = end
        blocks.append((paragraph[start:], start > 0))
    return blocks


def goes_on(block: QTextBlock) -> bool:
    return block.blockFormat().boolProperty(GOES_ON)


def mark(block: QTextBlock, on: bool) -> None:
    """Mark a block as going on the paragraph before it, or clear the mark (the property removed, not set False:
    Enter in an empty block with a format of its own resets the format instead of breaking the line)."""
    fmt = block.blockFormat()
    if on:
        fmt.setProperty(GOES_ON, True)
    else:
        fmt.clearProperty(GOES_ON)
    QTextCursor(block).setBlockFormat(fmt)


def visible_chars(metrics: QFontMetrics, width: int, height: int) -> int:
    """More characters than a `width` × `height` box of wrapped text can show (no glyph is under 2 px wide), so
    measuring or painting a long text can stop there."""
    lines = height // max(1, metrics.lineSpacing()) + 2
    return lines * (max(1, width) // 2 + 1)


class CellEditor(QPlainTextEdit):
    """The in-place editor of one cell; remembers which cell it edits and how it looked before."""

    def __init__(self, parent: QWidget, segment_id: str, lang: str, original: Cell, session: int) -> None:
        super().__init__(parent)
        self.segment_id = segment_id
        self.lang = lang
        self.original = original
        self.session = session
        self.last_sent: str | None = None  # the text the editor and the document last agreed on
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # a cell taller than its row
        self.setUndoRedoEnabled(False)  # one history: Ctrl+Z goes to the document's undo stack
        self.document().setDocumentMargin(CELL_PADDING - 2)
        # Offered pasted text of several paragraphs when it would fill the whole cell; True when it took them.
        self.paste_paragraphs: Callable[[CellEditor, list[str]], bool] | None = None
        self.pieced = False  # a long paragraph is shown in pieces (see LONG_PARAGRAPH)
        self._marking = False
        self._marks: list[bool] = []  # each block's mark as it was before the latest change
        self.document().contentsChange.connect(self._pieces_changed)

    def show_text(self, text: str) -> None:
        """Show the cell's text, wrapped at words, or anywhere when it holds an unbroken run (see UNBROKEN_CHARS); a
        long paragraph in pieces (see LONG_PARAGRAPH)."""
        self.wrap_for(text)
        blocks = pieces(text)
        self.pieced = len(blocks) > text.count("\n") + 1
        if not self.pieced:
            self.setPlainText(text)
            return
        self.setPlainText("")
        marked, plain = QTextBlockFormat(), QTextBlockFormat()
        marked.setProperty(GOES_ON, True)
        cursor = QTextCursor(self.document())
        self._marking = True  # the blocks made here are the pieces, not line breaks typed
        cursor.beginEditBlock()  # one change: the highlighters go through the text once
        for number, (text_of_block, on) in enumerate(blocks):
            if number:
                cursor.insertBlock(marked if on else plain)
            cursor.insertText(text_of_block)
        cursor.endEditBlock()
        self._marking = False
        self._note_marks()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def toPlainText(self) -> str:
        """The cell's text: a long paragraph's pieces joined again."""
        if not self.pieced:
            return super().toPlainText()
        parts: list[str] = []
        block = self.document().firstBlock()
        while block.isValid():
            if parts and not goes_on(block):
                parts.append("\n")
            parts.append(block.text())
            block = block.next()
        return "".join(parts)

    def offset_of(self, position: int) -> int:
        """The offset in the cell's text of a position in the editor (the pieces' block breaks are not text)."""
        if not self.pieced:
            return position
        block = self.document().findBlock(position)
        breaks = 0
        while block.isValid() and block.blockNumber() > 0:
            breaks += goes_on(block)
            block = block.previous()
        return position - breaks

    def position_of(self, offset: int) -> int:
        """The editor position of an offset in the cell's text."""
        if not self.pieced:
            return offset
        block, passed = self.document().firstBlock(), 0
        while block.next().isValid():
            ends = passed + block.length() - 1  # the offset just after the block's last character
            if offset <= ends and not (offset == ends and goes_on(block.next())):
                break
            passed = ends + (0 if goes_on(block.next()) else 1)
            block = block.next()
        return block.position() + max(0, min(offset - passed, block.length() - 1))

    def select_text(self, start: int, end: int) -> None:
        """Select characters start..end of the cell's text."""
        cursor = self.textCursor()
        cursor.setPosition(self.position_of(start))
        cursor.setPosition(self.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _pieces_changed(self, position: int, removed: int, added: int) -> None:
        """Keep the pieces' marks true to the text. The block where a change starts keeps the mark it had (Qt gives
        a removal from a block's start the mark of the block where it ends); a line break typed or pasted is the
        cell's own, though the block after it copies the marks of the block it was typed in."""
        if self._marking or not self.pieced:
            return
        self._marking = True
        block = self.document().findBlock(position)
        number = block.blockNumber()
        was = self._marks[number] if number < len(self._marks) else False
        if removed and goes_on(block) != was:
            mark(block, was)
        block = block.next()
        while block.isValid() and block.position() <= position + added:
            if goes_on(block):
                mark(block, False)
            block = block.next()
        self._marking = False
        self._note_marks(number)

    def _note_marks(self, first: int = 0) -> None:
        """Remember each block's mark from block `first` on (the blocks before a change keep theirs)."""
        marks = self._marks[:first]
        block = self.document().findBlockByNumber(first)
        while block.isValid():
            marks.append(goes_on(block))
            block = block.next()
        self._marks = marks

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Backspace at a piece's start and Delete at a piece's end remove the character beyond the break; Enter
        breaks the line as typed text (in an empty marked block Qt would clear the block's format instead)."""
        if self.pieced and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            cursor = self.textCursor()
            cursor.insertText("\n")
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return
        if self.pieced and not self.textCursor().hasSelection() and event.key() in (Qt.Key.Key_Backspace,
                                                                                    Qt.Key.Key_Delete):
            cursor = self.textCursor()
            if event.key() == Qt.Key.Key_Backspace:
                while cursor.atBlockStart() and goes_on(cursor.block()):
                    cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
            else:
                while cursor.atBlockEnd() and goes_on(cursor.block().next()):
                    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            self.setTextCursor(cursor)
        super().keyPressEvent(event)

    def wrap_for(self, text: str) -> None:
        """Wrap anywhere from now on if `text` (the cell's or a paste) holds an unbroken run."""
        if has_unbroken_run(text):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Refuse a paste that would make the cell longer than MAX_CELL_CHARS, saying what to do instead."""
        pasted = source.text() if source.hasText() else ""
        kept = len(self.toPlainText()) - len(self.textCursor().selectedText())
        if kept + len(pasted) > MAX_CELL_CHARS:
            QMessageBox.information(
                self, self.tr("Text too long for one cell"),
                self.tr("The clipboard holds %1 characters; one cell takes at most %2. To bring in a whole "
                        "document, use File ▸ Import Document, which splits it into paragraphs.")
                .replace("%1", f"{len(pasted):,}").replace("%2", f"{MAX_CELL_CHARS:,}"))
            return
        if self.paste_paragraphs is not None and len(self.textCursor().selectedText()) >= len(
                self.toPlainText().strip()):
            paragraphs = plain_text_paragraphs(pasted)
            if len(paragraphs) > 1 and self.paste_paragraphs(self, paragraphs):
                return
        self.wrap_for(pasted)
        if self.pieced and pasted:  # as typed: Qt's own paste reports a wider change than it made (see _pieces_changed)
            cursor = self.textCursor()
            cursor.insertText(pasted)
            self.setTextCursor(cursor)
        else:
            super().insertFromMimeData(source)
        if self.textCursor().block().length() > LONG_PARAGRAPH:  # the paste made a long paragraph: in pieces
            offset = self.offset_of(self.textCursor().position())
            self.blockSignals(True)  # the text is the same: nothing to send again
            self.show_text(self.toPlainText())
            self.blockSignals(False)
            cursor = self.textCursor()
            cursor.setPosition(self.position_of(offset))
            self.setTextCursor(cursor)

    def event(self, event: QEvent) -> bool:
        """Let Undo/Redo and the window's own commands reach its actions instead of being claimed as the editor's
        shortcut (on Linux desktops Ctrl+Shift+Insert also pastes, and would swallow Copy Source to Target)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
                or self._window_command(event)):
            event.ignore()
            return False
        return super().event(event)

    def _window_command(self, event: QKeyEvent) -> bool:
        modifier = Qt.KeyboardModifier
        typing = not event.modifiers() & (modifier.ControlModifier | modifier.AltModifier | modifier.MetaModifier)
        if typing and not Qt.Key.Key_F1.value <= event.key() <= Qt.Key.Key_F35.value:
            return False  # a plain or shifted character is never a window command (this runs on every key)
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed in action.shortcuts() for action in self.window().actions())


class CellDelegate(QStyledItemDelegate):
    """Paints status and the stale marker; edits cells with a CellEditor wired to the document."""

    confirmRequested = Signal()  # Ctrl+Enter in the editor: the window confirms the cell and moves on
    editorOpened = Signal(object)  # CellEditor

    def __init__(self, document: DocumentController, view: QTableView) -> None:
        super().__init__(view)
        self._document = document
        self._view = view
        self.active_editor: CellEditor | None = None
        # Set by the glossary (ui/glossary_dock.py): paints term marks over a cell after it is drawn.
        self.term_marks: Callable[[QPainter, QStyleOptionViewItem, QModelIndex], None] | None = None
        self.closeEditor.connect(self._on_close_editor)

    # -- painting and size ---------------------------------------------------------------------------------
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        if rect.isValid():  # painting: only what fits in the cell is laid out (a cell may hold megabytes)
            metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
            option.text = option.text[:visible_chars(metrics, rect.width(), rect.height())]  # type: ignore
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Draw the cell as QStyledItemDelegate does, then hand the same initialised option (its text cut to what
        fits) to the term marks, so a cell's data and text are fetched once per paint, not once per painter."""
        if self._editor_index_is(index):
            return  # the open editor covers the cell: laying out its text again on every key would be wasted
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]  # the style draws background, icon, selection and focus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        opt.text = text  # type: ignore[attr-defined]
        paint_cell_text(painter, opt, widget)
        if self.term_marks is not None:
            self.term_marks(painter, opt, index)  # type: ignore[arg-type]
        if index.data(StaleRole):
            rect: QRect = option.rect  # type: ignore[attr-defined]
            right, top = rect.right(), rect.top()
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STALE_COLOUR))
            painter.drawPolygon(QPolygon([QPoint(right - STALE_MARK, top), QPoint(right, top),
                                          QPoint(right, top + STALE_MARK)]))
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The height the cell's wrapped text needs at the column's width (plus a spare line while editing), at
        most the viewport's height: a taller cell scrolls in its editor, so only what fits is measured."""
        editing = self._editor_index_is(index)
        width = max(40, self._view.columnWidth(index.column()) - ICON_SPACE - 2 * CELL_PADDING)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        line = metrics.lineSpacing()
        limit = max(MIN_CAPPED_LINES * line, self._view.viewport().height() - 2 * CELL_PADDING - line)
        measured = visible_chars(metrics, width, limit)
        editor = self.active_editor
        if editing and editor is not None and editor.document().characterCount() <= measured:
            text = editor.toPlainText()
        else:  # the document holds what the editor shows (every keystroke reaches it)
            text = (index.data() or "")[:measured]
        height = line
        if text:
            wrapped = metrics.boundingRect(QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text)
            height = max(line, wrapped.height())
            if wrapped.width() > width:  # a word longer than the line: painted on on the next (a slower layout)
                laid_out = cell_layout(text, option.font, width, limit)  # type: ignore[attr-defined]
                height = max(line, math.ceil(laid_out.boundingRect().height()))
        return QSize(width, min(height, limit) + 2 * CELL_PADDING + (line if editing else 0))

    def _editor_index_is(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        editor = self.active_editor
        return (editor is not None and index.data(LangRole) == editor.lang
                and index.data(SegmentIdRole) == editor.segment_id)

    # -- editing -------------------------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        segment_id, lang = index.data(SegmentIdRole), index.data(LangRole)
        original = self._document.cell(segment_id, lang)
        editor = CellEditor(parent, segment_id, lang, original, self._document.begin_typing())
        editor.setFont(option.font)  # type: ignore[attr-defined]
        editor.textChanged.connect(lambda: self._on_text_changed(editor))
        editor.paste_paragraphs = self._paste_paragraphs
        self.active_editor = editor
        self.editorOpened.emit(editor)
        return editor

    def _on_text_changed(self, editor: CellEditor) -> None:
        if editor is not self.active_editor:  # an editor being torn down (its row may be gone)
            return
        editor.last_sent = editor.toPlainText()
        self._document.type_text(editor.segment_id, editor.lang, editor.last_sent, editor.session)

    def _on_close_editor(self, editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        if editor is self.active_editor:
            self.active_editor = None

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Also called when the edited row disappears (e.g. an undo removes it), without closeEditor."""
        if editor is self.active_editor:
            self.active_editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, CellEditor)
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if text == editor.last_sent:  # the document echoing the editor's own typing (cheap in a huge cell)
            return
        if editor.toPlainText() != text:  # opening, or an undo while editing: show it, without echoing it back
            editor.blockSignals(True)
            editor.show_text(text)
            editor.blockSignals(False)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.last_sent = text

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, CellEditor)
        self._document.type_text(editor.segment_id, editor.lang, editor.toPlainText(), editor.session)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, CellEditor) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if mods & Qt.KeyboardModifier.ControlModifier:
                    self.confirmRequested.emit()
                    return True
                return False  # a plain Enter is a line break inside the cell
            if key == Qt.Key.Key_Escape:
                self.revert(obj)
                return True
        return super().eventFilter(obj, event)

    def _paste_paragraphs(self, editor: CellEditor, paragraphs: list[str]) -> bool:
        """Several paragraphs pasted into an empty cell: a release is one paragraph per row, so offer to give each
        its own row (QA, suggestions and the export's alignment depend on it); No pastes them into the cell. A text
        with more paragraphs than a release may hold rows is left to the cell's own paste rules."""
        if len(paragraphs) + len(self._document.release.segments) > MAX_SEGMENTS:
            return False
        answer = QMessageBox.question(
            editor, self.tr("Paste Paragraphs"),
            self.tr("The clipboard holds %n paragraph(s). Put each into a row of its own, from this row down?\n\n"
                    "No pastes them all into this one cell.", "", len(paragraphs)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        segment_id, lang = editor.segment_id, editor.lang
        self.revert(editor)  # the cell was empty (or wholly replaced): the editing session leaves no step
        self._document.paste_paragraphs(segment_id, lang, paragraphs)
        return True

    def revert(self, editor: CellEditor) -> None:
        """Esc: the cell goes back to how it was when editing began (and the session leaves no undo step)."""
        key = (editor.segment_id, editor.lang)
        self._document.revert_typing(key, editor.original, editor.session)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

