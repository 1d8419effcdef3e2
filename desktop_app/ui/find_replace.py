"""Find and replace across the release, optionally in one language, with case and whole-word options.

The search itself (`compile_pattern`, `find_spans`, `find_all`, `replace_all_cells`) is plain Python over the
release; the dialog moves the grid to each match and selects it in the cell editor. Replace All is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextCursor
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
from desktop_app.ui.labels import lang_label

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
    if not options.text:
        return []
    return [
        Match(seg.id, lang, start, end)
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
        for button in (self.find_button, self.replace_button, self.replace_all_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(options)
        layout.addWidget(self.result_label)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

        self.find_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.buttons.rejected.connect(self.close)
        self.last_match: Match | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        for label, text in zip(self.form_labels, (self.tr("Fin&d:"), self.tr("Replace wi&th:"), self.tr("&Look in:")),
                               strict=True):
            label.setText(text)
        self.lang_combo.setItemText(0, self.tr("All languages"))
        for i, lang in enumerate(LANGS, start=1):
            self.lang_combo.setItemText(i, lang_label(lang))
        self.case_check.setText(self.tr("Match &case"))
        self.word_check.setText(self.tr("&Whole words"))
        self.find_button.setText(self.tr("Find &Next"))
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
        matches = find_all(self.document.release, self.options())
        if not matches:
            self.last_match = None
            self.result_label.setText(self.tr("Not found"))
            return None
        match = self._next_after(matches)
        self.last_match = match
        self.result_label.setText(self.tr("Match %1 of %2").replace("%1", str(matches.index(match) + 1))
                                  .replace("%2", str(len(matches))))
        self._show(match)
        return match

    def _next_after(self, matches: list[Match]) -> Match:
        order = {seg.id: i for i, seg in enumerate(self.document.release.segments)}
        if self.last_match is not None and self.last_match.segment_id in order:
            last = self.last_match
            here = (order[last.segment_id], LANGS.index(last.lang), last.start)
        else:
            current = self.document.current_cell()
            if current is None or current[0] not in order:
                return matches[0]
            here = (order[current[0]], LANGS.index(current[1]), -1)
        for m in matches:
            if (order[m.segment_id], LANGS.index(m.lang), m.start) > here:
                return m
        return matches[0]

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
            cursor = editor.textCursor()
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)

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
        changes, total = replace_all_cells(self.document.release, self.options(), self.replace_edit.text())
        if changes:
            self.document.set_cells(changes, self.tr("Replace all"))
        self.last_match = None
        self.result_label.setText(self.tr("Replaced %n time(s)", "", total))
        return total
