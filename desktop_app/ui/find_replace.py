"""Find and replace across the release, optionally in one language, with case and whole-word options.

The search itself (`compile_pattern`, `find_spans`, `find_all`, `replace_all_cells`) is plain Python over the
release; the dialog moves the grid to each match and selects it in the cell editor. Replace All is one undo step.
Find Next and Find Previous (F3, Shift+F3 in the window) go on from the cell the user is in, and pass over rows and
columns the grid does not show (they are counted, so "not found" never hides a match the filter keeps out of sight).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Release, edited_cell
from desktop_app.ui.grid_view import RowFilter
from desktop_app.ui.labels import capitalised, lang_label

if TYPE_CHECKING:
    from desktop_app.ui.document import DocumentController
    from desktop_app.ui.grid_view import ReleaseGrid


@dataclass(frozen=True, slots=True)
class Match:
    segment_id: str
    lang: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SearchOptions:
    text: str
    langs: tuple[str, ...] = LANGS
    case_sensitive: bool = False
    whole_word: bool = False


def compile_pattern(options: SearchOptions, lang: str) -> re.Pattern[str]:
    """Whole words make no sense in Chinese (no spaces between words), so the option is ignored there."""
    pattern = re.escape(options.text)
    if options.whole_word and lang != "zh":
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return re.compile(pattern, 0 if options.case_sensitive else re.IGNORECASE)


def folded_search(options: SearchOptions) -> str | None:
    """The search text to look for in lower-cased text, or None when lower-casing would move offsets (the search
    text holds a letter such as "İ" whose lower case is longer).

    Ignoring case, or with whole words, the regex engine has no fast literal search and tries the whole search
    text at every position: a long search text over a long cell took seconds to minutes of the window's thread.
    `str.find` over lower-cased text is linear, with the same offsets."""
    folded = options.text if options.case_sensitive else options.text.lower()
    return folded if len(folded) == len(options.text) else None


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex engine calls \w


def find_spans(options: SearchOptions, lang: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every match of the search in one cell's text, as `compile_pattern` finds them."""
    needle = folded_search(options)
    haystack = text if options.case_sensitive else text.lower()
    if needle is None or len(haystack) != len(text):
        yield from (m.span() for m in compile_pattern(options, lang).finditer(text))
        return
    whole_word = options.whole_word and lang != "zh"
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        if whole_word and ((at > 0 and _word_char(text[at - 1])) or (end < len(text) and _word_char(text[end]))):
            at = haystack.find(needle, at + 1)
            continue
        yield at, end
        at = haystack.find(needle, end)


def find_all(release: Release, options: SearchOptions) -> list[Match]:
    """Every match in reading order: segment by segment, languages in LANGS order."""
    return [Match(*found) for found in _spans(release, options)]


def _spans(release: Release, options: SearchOptions) -> list[tuple[str, str, int, int]]:
    """`find_all` as plain tuples: a long release has thousands of matches, and a Match each cost the GUI thread
    tens of milliseconds at every Find Next."""
    if not options.text:
        return []
    return [
        (seg.id, lang, start, end)
        for seg in release.segments
        for lang in LANGS if lang in options.langs
        for start, end in find_spans(options, lang, seg.cells[lang].text)
    ]


def replace_all_cells(release: Release, options: SearchOptions, replacement: str) -> tuple[dict, int]:
    """The changed cells {(segment_id, lang): Cell} and how many replacements were made."""
    changes: dict[tuple[str, str], Cell] = {}
    total = 0
    if not options.text:
        return changes, 0
    for lang in options.langs:
        for seg in release.segments:
            cell = seg.cells[lang]
            pieces: list[str] = []
            done = 0
            for start, end in find_spans(options, lang, cell.text):
                pieces += [cell.text[done:start], replacement]
                done = end
            if pieces:
                changes[(seg.id, lang)] = edited_cell(cell, "".join(pieces) + cell.text[done:])
                total += len(pieces) // 2
    return changes, total


class FindReplaceDialog(QDialog):
    """Non-modal find and replace over the window's document."""

    def __init__(self, document: DocumentController, grid: ReleaseGrid, finish_editing: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceDialog")
        self.document = document
        self.grid = grid
        self._finish_editing = finish_editing  # the window commits an open cell editor before a search moves on
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("", "")
        for lang in LANGS:
            self.lang_combo.addItem("", lang)
        self.case_check = QCheckBox(self)
        self.word_check = QCheckBox(self)
        self.result_label = QLabel(self)
        self.find_button = QPushButton(self)
        self.previous_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.find_button.setDefault(True)

        self.form = QFormLayout()
        self.form_labels: list[QLabel] = []
        for field in (self.find_edit, self.replace_edit, self.lang_combo):
            label = QLabel(self)
            label.setBuddy(field)
            self.form_labels.append(label)
            self.form.addRow(label, field)
        options = QHBoxLayout()
        options.addWidget(self.case_check)
        options.addWidget(self.word_check)
        options.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.find_button, self.previous_button, self.replace_button, self.replace_all_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(options)
        layout.addWidget(self.result_label)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

        self.find_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.buttons.rejected.connect(self.close)
        for keys, slot in (("F3", self.find_next), ("Shift+F3", self.find_previous)):  # as in the window
            QShortcut(QKeySequence(keys), self, slot)
        self.last_match: Match | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        for label, text in zip(self.form_labels, (self.tr("Fin&d:"), self.tr("Replace wi&th:"), self.tr("&Look in:")),
                               strict=True):
            label.setText(text)
        self.lang_combo.setItemText(0, self.tr("All languages"))
        for i, lang in enumerate(LANGS, start=1):
            self.lang_combo.setItemText(i, capitalised(lang_label(lang)))
        self.case_check.setText(self.tr("Match &case"))
        self.word_check.setText(self.tr("&Whole words"))
        self.find_button.setText(self.tr("Find &Next"))
        self.previous_button.setText(self.tr("Find Pre&vious"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &All"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def options(self) -> SearchOptions:
        lang = self.lang_combo.currentData()
        return SearchOptions(self.find_edit.text(), (lang,) if lang else LANGS,
                             self.case_check.isChecked(), self.word_check.isChecked())

    # -- actions -------------------------------------------------------------------------------------------
    def find_next(self) -> Match | None:
        """Select the next match after the current cell (wrapping around); None when there is none."""
        return self._find(backwards=False)

    def find_previous(self) -> Match | None:
        """Select the match before the current one (wrapping around); None when there is none."""
        return self._find(backwards=True)

    def _find(self, backwards: bool) -> Match | None:
        if not self.find_edit.text():
            self.last_match = None
            self.result_label.setText(self.tr("Type the text to find first."))
            self.find_edit.setFocus()
            return None
        self._finish_editing()  # what is being typed is searched too
        spans = _spans(self.document.release, self.options())
        shown = [span for span in spans if self._visible(span[0], span[1])] if self._anything_hidden() else spans
        hidden = len(spans) - len(shown)
        if not shown:
            self.last_match = None
            text = self.tr("Not found")
            if hidden:
                text += " " + self.tr("(%n match(es) in rows or columns the grid hides)", "", hidden)
            self.result_label.setText(text)
            return None
        position = self._position(shown, backwards)
        match = Match(*shown[position])
        self.last_match = match
        text = self.tr("Match %1 of %2").replace("%1", str(position + 1)).replace("%2", str(len(shown)))
        if hidden:
            text += " " + self.tr("(%n more in rows or columns the grid hides)", "", hidden)
        self.result_label.setText(text)
        self._show(match)
        return match

    def _anything_hidden(self) -> bool:
        """Whether a filter or a hidden column keeps cells out of sight (else every match is shown, unchecked)."""
        return self.grid.row_filter is not RowFilter.ALL or bool(self.grid.hidden_columns())

    def _visible(self, segment_id: str, lang: str) -> bool:
        index = self.grid.release_model.index_for(segment_id, lang)
        return not self.grid.isRowHidden(index.row()) and not self.grid.isColumnHidden(index.column())

    def _position(self, spans: list[tuple[str, str, int, int]], backwards: bool) -> int:
        """The index in `spans` of the match after (or before) where the user is: the last match while they stay
        in its cell, else the current cell's start (its end, going back)."""
        order = {seg.id: i for i, seg in enumerate(self.document.release.segments)}
        current = self.document.current_cell()
        last = self.last_match
        if last is not None and last.segment_id in order and current == (last.segment_id, last.lang):
            here = (order[last.segment_id], LANGS.index(last.lang), last.start)
        elif current is not None and current[0] in order:
            here = (order[current[0]], LANGS.index(current[1]), -1 if not backwards else 1 << 62)
        else:
            return len(spans) - 1 if backwards else 0
        column = {lang: i for i, lang in enumerate(LANGS)}
        for i, (segment_id, lang, start, _end) in enumerate(spans):  # in reading order: stop at the first past here
            key = (order[segment_id], column[lang], start)
            if key >= here if backwards else key > here:
                return (i - 1 if i else len(spans) - 1) if backwards else i
        return len(spans) - 1 if backwards else 0

    def _show(self, match: Match) -> None:
        grid = self.grid
        self._finish_editing()
        self.document.set_current_cell(match.segment_id, match.lang)
        index = grid.release_model.index_for(match.segment_id, match.lang)
        if grid.isRowHidden(index.row()):
            return
        grid.scrollTo(index)
        grid.edit(index)
        editor = grid.cell_delegate.active_editor
        if editor is not None:
            editor.select_text(match.start, match.end)

    def replace_current(self) -> bool:
        """Replace the selected match (if it is still there) and move on to the next one."""
        match = self.last_match
        options = self.options()
        if match is None:
            self.find_next()
            return False
        self._finish_editing()
        try:
            cell = self.document.cell(match.segment_id, match.lang)
        except KeyError:  # the segment was deleted since it was found
            cell = None
        found = compile_pattern(options, match.lang).match(cell.text, match.start) if cell else None
        if cell is None or found is None or found.end() != match.end:
            self.last_match = None
            self.find_next()
            return False
        text = cell.text[:match.start] + self.replace_edit.text() + cell.text[match.end:]
        self.document.set_cell(match.segment_id, match.lang, edited_cell(cell, text), self.tr("Replace"))
        self.last_match = Match(match.segment_id, match.lang, match.start,
                                match.start + len(self.replace_edit.text()))
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns the number of replacements."""
        self._finish_editing()
        options = self.options()
        out_of_sight = 0
        if self._anything_hidden():  # said, so no change is made where the user cannot see it without knowing
            out_of_sight = sum(1 for span in _spans(self.document.release, options)
                               if not self._visible(span[0], span[1]))
        changes, total = replace_all_cells(self.document.release, options, self.replace_edit.text())
        if changes:
            self.document.set_cells(changes, self.tr("Replace all"))
        self.last_match = None
        text = self.tr("Replaced %n time(s)", "", total)
        if out_of_sight:
            text += " " + self.tr("(%n of them in rows or columns the grid hides; Ctrl+Z takes them all back)", "",
                                  out_of_sight)
        self.result_label.setText(text)
        return total
