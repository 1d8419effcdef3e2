"""Add or edit a glossary entry, with the name assistant that proposes Pinyin and Palladius forms for a
Chinese personal name.
"""

from __future__ import annotations

import html
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry, empty_entry
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.glossary_dock.reasons import reason_text
from desktop_app.ui.labels import capitalised, lang_label

if TYPE_CHECKING:
    from desktop_app.services.glossary_service import GlossarySnapshot
    from desktop_app.storage.glossary_store import GlossaryStore


def category_label(category: str) -> str:
    names = {
        "person": QCoreApplication.translate("Glossary", "Person"),
        "title": QCoreApplication.translate("Glossary", "Title"),
        "organization": QCoreApplication.translate("Glossary", "Organization"),
        "place": QCoreApplication.translate("Glossary", "Place"),
        "initiative": QCoreApplication.translate("Glossary", "Initiative"),
        "event": QCoreApplication.translate("Glossary", "Event"),
        "term": QCoreApplication.translate("Glossary", "Term"),
        "country": QCoreApplication.translate("Glossary", "Country"),
    }
    return names.get(category, category)


def shown_problem(problem: str) -> str:
    """A reason the glossary gives, in the interface language (a reason without a code: with the language it
    concerns, "ru: …", named in the interface language)."""
    shown = reason_text(problem)
    if shown is not problem:
        return shown
    code, sep, rest = problem.partition(": ")
    return f"{lang_label(code)}: {rest}" if sep and code in LANGS else problem


def refused_text(exc: BaseException) -> str:
    """Why the glossary refused a change, in the interface language: an entry's problems each by its reason, any
    other refusal by its message id."""
    problems = getattr(exc, "problems", None)
    if isinstance(problems, list) and problems:
        return "; ".join(shown_problem(problem) for problem in problems)
    return refusal_text(exc) or type(exc).__name__


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.split("|") if p.strip()))


class NameAssistant(QGroupBox):
    """Pinyin and Palladius proposals for a Chinese personal name, with a choice for characters read two ways."""

    applyRequested = Signal(str, str)  # English, Russian

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._choices: dict[int, QComboBox] = {}
        layout = QVBoxLayout(self)
        self.result = QLabel(self)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choice_row = QHBoxLayout()
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self._apply)
        layout.addWidget(self.result)
        layout.addLayout(self.choice_row)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
        self._suggestion: Any = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Name assistant"))
        self.use_button.setText(self.tr("Use for English and Russian"))
        self._show()

    def set_name(self, name: str) -> None:
        """Propose forms for `name` (the Chinese approved form of a person)."""
        name = "".join(name.split())
        if name == self._name:
            return
        self._name = name
        for combo in self._choices.values():
            combo.deleteLater()
        self._choices.clear()
        self._suggestion = self._suggest({})
        if self._suggestion is not None:
            for reading in self._suggestion.choices:
                position = reading.position
                combo = QComboBox(self)
                for option in reading.readings:
                    combo.addItem(f"{reading.char} {option}", option)
                combo.currentIndexChanged.connect(self._reselect)
                self._choices[position] = combo
                self.choice_row.addWidget(combo)
        self._show()

    def _suggest(self, readings: dict[int, str]) -> Any:
        from desktop_app.domain.transliteration import TransliterationError, suggest_name

        if not self._name:
            return None
        try:
            return suggest_name(self._name, readings)
        except TransliterationError:
            return None

    def _reselect(self) -> None:
        self._suggestion = self._suggest({pos: combo.currentData() for pos, combo in self._choices.items()})
        self._show()

    def _show(self) -> None:
        s = self._suggestion
        if s is None:
            self.result.setText(self.tr("Type the name in Chinese characters to get the English (Pinyin) and "
                                        "Russian (Palladius) forms."))
            self.use_button.setEnabled(False)
            return
        self.result.setText(f"<b>{html.escape(s.pinyin)}</b> — <b>{html.escape(s.palladius)}</b>"
                            + ("<br>" + html.escape(self.tr("Characters with several readings: choose below."))
                               if s.choices else ""))
        self.use_button.setEnabled(True)

    def suggestion(self) -> tuple[str, str] | None:
        s = self._suggestion
        return (s.pinyin, s.palladius) if s is not None else None

    def _apply(self) -> None:
        if self._suggestion is not None:
            self.applyRequested.emit(self._suggestion.pinyin, self._suggestion.palladius)


class EntryDialog(QDialog):
    """Add or edit one entry; refuses (with every reason shown) what the store would refuse."""

    def __init__(self, store: GlossaryStore | GlossarySnapshot, entry: TermEntry | None = None,
                 parent: QWidget | None = None, category: str = "term") -> None:
        super().__init__(parent)
        self._store = store
        self._entry = entry or empty_entry(category)
        self.category = QComboBox(self)
        for name in CATEGORIES:
            self.category.addItem(category_label(name), name)
        self.category.setCurrentIndex(CATEGORIES.index(self._entry.category)
                                      if self._entry.category in CATEGORIES else CATEGORIES.index("term"))
        grid = QGridLayout()
        self.approved: dict[str, QLineEdit] = {}
        self.variants: dict[str, QLineEdit] = {}
        self.forbidden: dict[str, QLineEdit] = {}
        self.short_forms: dict[str, QLineEdit] = {}
        self._headers = [QLabel(self) for _ in range(4)]
        for column, header in enumerate(self._headers, start=1):
            grid.addWidget(header, 0, column)
        self._lang_labels: dict[str, QLabel] = {}
        for row, lang in enumerate(LANGS, start=1):
            self._lang_labels[lang] = QLabel(self)
            grid.addWidget(self._lang_labels[lang], row, 0)
            for column, (store_, values) in enumerate(((self.approved, self._entry.forms.get(lang, "")),
                                                       (self.variants, " | ".join(self._entry.variants.get(lang, ()))),
                                                       (self.forbidden, " | ".join(
                                                           self._entry.forbidden.get(lang, ()))),
                                                       (self.short_forms, " | ".join(
                                                           self._entry.short_forms.get(lang, ())))), start=1):
                edit = QLineEdit(values, self)
                edit.setObjectName(f"{lang}-{column}")
                store_[lang] = edit
                grid.addWidget(edit, row, column)
            grid.setColumnStretch(1, 2)
        self.note = QPlainTextEdit(self._entry.note, self)
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)  # a one-paragraph note: Tab goes on to the next field
        self.valid_from = QLineEdit(self._entry.valid_from or "", self)
        self.valid_to = QLineEdit(self._entry.valid_to or "", self)
        self.source = QLineEdit(self._entry.source, self)
        form = QFormLayout()
        self._category_label, self._note_label = QLabel(self), QLabel(self)
        self._from_label, self._to_label, self._source_label = QLabel(self), QLabel(self), QLabel(self)
        form.addRow(self._category_label, self.category)
        form.addRow(self._note_label, self.note)
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from)
        dates.addWidget(self._to_label)
        dates.addWidget(self.valid_to)
        form.addRow(self._from_label, dates)
        form.addRow(self._source_label, self.source)
        for label, field in ((self._category_label, self.category), (self._note_label, self.note),
                             (self._from_label, self.valid_from), (self._source_label, self.source)):
            label.setBuddy(field)  # what a screen reader names the field by
        self.assistant = NameAssistant(self)
        self.assistant.applyRequested.connect(self._use_name)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.assistant)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.category.currentIndexChanged.connect(self._update_assistant)
        self.approved["zh"].textChanged.connect(self._update_assistant)
        self.result: TermEntry | None = None
        self._tab_in_reading_order()
        self.retranslateUi()
        self._update_assistant()
        self.resize(920, self.sizeHint().height())

    def _tab_in_reading_order(self) -> None:
        """Tab follows the form as it reads (the language grid is built first, so creation order would not)."""
        chain = [self.category, self.note, self.valid_from, self.valid_to, self.source]
        for lang in LANGS:
            chain += [self.approved[lang], self.variants[lang], self.forbidden[lang], self.short_forms[lang]]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit Glossary Entry") if self._entry.id else self.tr("Add Glossary Entry"))
        for header, text in zip(self._headers, (self.tr("Approved form"), self.tr("Accepted variants (A | B)"),
                                                self.tr("Forbidden forms (A | B)"),
                                                self.tr("Short forms: second references (A | B)")), strict=True):
            header.setText(text)
        for lang, label in self._lang_labels.items():
            label.setText(capitalised(lang_label(lang)))
        # A field of the language grid has no label of its own: a screen reader names it by column and row.
        columns = (self.approved, self.variants, self.forbidden, self.short_forms)
        for header, fields in zip(self._headers, columns, strict=True):
            for lang, field in fields.items():
                field.setAccessibleName(self.tr("%1, %2").replace("%1", header.text()).replace("%2", lang_label(lang)))
        self._category_label.setText(self.tr("Category:"))
        self._note_label.setText(self.tr("Note:"))
        self._from_label.setText(self.tr("Valid from:"))
        self._to_label.setText(self.tr("to"))
        self.valid_from.setAccessibleName(self.tr("Valid from"))
        self.valid_to.setAccessibleName(self.tr("Valid to"))
        self.valid_from.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.valid_to.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self._source_label.setText(self.tr("Source:"))
        self.source.setPlaceholderText(self.tr("the official site the entry's facts come from"))

    def _update_assistant(self) -> None:
        is_person = self.category.currentData() == "person"
        self.assistant.setVisible(is_person)
        if is_person:
            self.assistant.set_name(self.approved["zh"].text())

    def _use_name(self, english: str, russian: str) -> None:
        self.approved["en"].setText(english)
        self.approved["ru"].setText(russian)

    def entry(self) -> TermEntry:
        """The entry as currently filled in."""
        return replace(
            self._entry, category=self.category.currentData(),
            forms={lang: " ".join(self.approved[lang].text().split()) for lang in LANGS},
            variants={lang: _split(self.variants[lang].text()) for lang in LANGS},
            forbidden={lang: _split(self.forbidden[lang].text()) for lang in LANGS},
            short_forms={lang: _split(self.short_forms[lang].text()) for lang in LANGS},
            note=self.note.toPlainText().strip(), valid_from=self.valid_from.text().strip() or None,
            valid_to=self.valid_to.text().strip() or None, source=self.source.text().strip() or "user")

    def accept(self) -> None:
        entry = self.entry()
        if not any(entry.forms.values()):
            self.problems.setText(self.tr("Give the approved form in at least one language."))
            return
        problems = self._store.validate(entry)
        if problems:  # the glossary's reasons, under a line in the interface language, languages by name
            self.problems.setText("\n".join([self.tr("The entry cannot be saved:")]
                                            + [f"• {shown_problem(problem)}" for problem in problems]))
            return
        self.result = entry
        super().accept()
