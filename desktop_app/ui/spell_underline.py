"""Misspelt English and Russian words underlined in red waves in the cell editor, as the user types.

A short pause after typing sends the editor's text to a worker (the dictionary loads there the first time: a
tenth of a second); the answer is shown only if the text is still the same. Names and titles the glossary
recognises are never underlined. The dictionary loaded here also serves the QA dock's row re-checks.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMainWindow, QTextEdit

from desktop_app.services.spelling import DICTIONARIES, Misspelling, SpellChecker
from desktop_app.ui.workers import CancelToken

if TYPE_CHECKING:
    from desktop_app.domain.glossary.matcher import GlossaryMatcher

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 400
UNDERLINE = "#d32f2f"
SPELLING_LANE = "spelling"  # a lane of its own: loading a dictionary never delays MT, QA or file work


def _check(token: CancelToken, checker: SpellChecker, text: str, lang: str,
           matcher: GlossaryMatcher | None) -> list[Misspelling]:
    """Worker: the misspellings outside the names the glossary recognises (matched here too: a megabyte cell's
    names took a tenth of a second to find)."""
    skip = [(hit.start, hit.end) for hit in matcher.find(text, lang)] if matcher is not None else []
    return checker.check(text, lang, skip, cancelled=lambda: token.cancelled)


class SpellUnderline(QObject):
    """Watches the cell editors the grid opens; `checked` editors carry their misspellings as extra selections."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.checker: SpellChecker = self.window.context.spelling
        self.tasks = self.window.context.tasks
        self.editor: Any = None
        self.misspellings: list[Misspelling] = []
        self._token: CancelToken | None = None
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.window.grid.cell_delegate.editorOpened.connect(self._editor_opened)

    def _editor_opened(self, editor: Any) -> None:
        if editor.lang not in DICTIONARIES or not self.checker.available(editor.lang):
            return
        self.editor = editor
        self.misspellings = []
        editor.textChanged.connect(self._timer.start)
        editor.destroyed.connect(partial(self._editor_gone, id(editor)))
        self._timer.start()

    def _editor_gone(self, editor_id: int) -> None:
        if id(self.editor) != editor_id:
            return  # an older editor, closed after the current one opened
        self.editor = None
        self._timer.stop()
        if self._token is not None:
            self._token.cancel()

    def check_now(self) -> None:
        """Send the editor's text to the worker (a check still running for older text is cancelled)."""
        editor = self.editor
        if editor is None:
            return
        if self._token is not None:
            self._token.cancel()
        text = editor.toPlainText()
        glossary = getattr(self.window, "glossary", None)
        matcher = glossary.source.matcher if glossary is not None else None
        self._token = self.tasks.submit(_check, self.checker, text, editor.lang, matcher, lane=SPELLING_LANE,
                                        on_done=partial(self._checked, editor, text))

    def _checked(self, editor: Any, text: str, found: list[Misspelling]) -> None:
        if editor is not self.editor or editor.toPlainText() != text:
            return  # the user moved on or typed more: a newer check is on its way
        self._token = None
        self.misspellings = found
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(QColor(UNDERLINE))
        selections = []
        for miss in found:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(editor.position_of(miss.start))
            cursor.setPosition(editor.position_of(miss.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        editor.setExtraSelections(selections)


def install_spell_underline(window: QMainWindow) -> SpellUnderline:
    return SpellUnderline(window)
