"""The Glossary dock: search in any language, category filter, add/edit/delete with validation, import/export,
and the wiring that highlights terms in the grid and the cell editor.

With an empty search box the list shows the entries recognised in the current segment (all three languages).
Double-clicking an entry, or Edit ▸ Insert Approved Term (Ctrl+Shift+G), puts the approved form into the cell
being edited: it replaces the variant or forbidden form under the cursor, or is inserted at the cursor.
Imports and exports run on workers with their own database connection; an import is previewed first.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry, empty_entry
from desktop_app.ui.labels import lang_label
from desktop_app.ui.term_highlighter import (
    TermHighlighter,
    TermSource,
    entry_tooltip,
    paint_term_marks,
    position_at,
)

if TYPE_CHECKING:
    from desktop_app.services.glossary import ImportPlan
    from desktop_app.storage.glossary_store import GlossaryStore
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 40
SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 500
SEGMENT_SCAN_CHARS = 20_000  # of the current segment's cells, matched for the list (a long paragraph is ~2,000)
INSERT_SHORTCUT = "Ctrl+Shift+G"


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


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.split("|") if p.strip()))


# -- workers (own connection each: an SQLite connection belongs to the thread that opened it) -------------------

def _plan_worker(token: CancelToken, path: str | Path, file: str) -> ImportPlan:
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path) as store:
        return plan_import(store, file)


def _apply_worker(token: CancelToken, path: str | Path, plan: ImportPlan) -> Any:
    from desktop_app.services.glossary import apply_import
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path) as store:
        return apply_import(store, plan)


def _undo_worker(token: CancelToken, path: str | Path) -> Any:
    from desktop_app.services.glossary import undo_import
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path) as store:
        return undo_import(store)


def _export_worker(token: CancelToken, path: str | Path, out: str, source_lang: str, target_lang: str) -> int:
    from desktop_app.services.glossary import export_glossary
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path) as store:
        return export_glossary(store, out, source_lang=source_lang, target_lang=target_lang)


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

    def __init__(self, store: GlossaryStore, entry: TermEntry | None = None, parent: QWidget | None = None,
                 category: str = "term") -> None:
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
        self._headers = [QLabel(self) for _ in range(3)]
        for column, header in enumerate(self._headers, start=1):
            grid.addWidget(header, 0, column)
        self._lang_labels: dict[str, QLabel] = {}
        for row, lang in enumerate(LANGS, start=1):
            self._lang_labels[lang] = QLabel(self)
            grid.addWidget(self._lang_labels[lang], row, 0)
            for column, (store_, values) in enumerate(((self.approved, self._entry.forms.get(lang, "")),
                                                       (self.variants, " | ".join(self._entry.variants.get(lang, ()))),
                                                       (self.forbidden, " | ".join(
                                                           self._entry.forbidden.get(lang, ())))), start=1):
                edit = QLineEdit(values, self)
                edit.setObjectName(f"{lang}-{column}")
                store_[lang] = edit
                grid.addWidget(edit, row, column)
            grid.setColumnStretch(1, 2)
        self.note = QPlainTextEdit(self._entry.note, self)
        self.note.setFixedHeight(60)
        self.valid_from = QLineEdit(self._entry.valid_from or "", self)
        self.valid_to = QLineEdit(self._entry.valid_to or "", self)
        form = QFormLayout()
        self._category_label, self._note_label = QLabel(self), QLabel(self)
        self._from_label, self._to_label = QLabel(self), QLabel(self)
        form.addRow(self._category_label, self.category)
        form.addRow(self._note_label, self.note)
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from)
        dates.addWidget(self._to_label)
        dates.addWidget(self.valid_to)
        form.addRow(self._from_label, dates)
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
        self.retranslateUi()
        self._update_assistant()
        self.resize(760, self.sizeHint().height())

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit Glossary Entry") if self._entry.id else self.tr("Add Glossary Entry"))
        for header, text in zip(self._headers, (self.tr("Approved form"), self.tr("Accepted variants (A | B)"),
                                                self.tr("Forbidden forms (A | B)")), strict=True):
            header.setText(text)
        for lang, label in self._lang_labels.items():
            label.setText(lang_label(lang))
        self._category_label.setText(self.tr("Category:"))
        self._note_label.setText(self.tr("Note:"))
        self._from_label.setText(self.tr("Valid from:"))
        self._to_label.setText(self.tr("to"))
        self.valid_from.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.valid_to.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))

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
            note=self.note.toPlainText().strip(), valid_from=self.valid_from.text().strip() or None,
            valid_to=self.valid_to.text().strip() or None, source=self._entry.source or "user")

    def accept(self) -> None:
        entry = self.entry()
        problems = self._store.validate(entry)
        if problems:
            self.problems.setText("\n".join(problems))
            return
        self.result = entry
        super().accept()


class ImportPreviewDialog(QDialog):
    """What an import would do: counts, ignored languages and every skipped row with its reason."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Glossary"))
        summary = QLabel(self)
        summary.setWordWrap(True)
        text = (self.tr("%1: %2 new entries, %3 existing entries completed, %4 skipped.")
                .replace("%1", plan.path.name).replace("%2", str(len(plan.added)))
                .replace("%3", str(len(plan.updated))).replace("%4", str(len(plan.skipped))))
        if plan.ignored_languages:
            text += " " + self.tr("Ignored (not Chinese, English or Russian): %1.").replace(
                "%1", ", ".join(plan.ignored_languages))
        summary.setText(text)
        details = QPlainTextEdit(self)
        details.setReadOnly(True)
        lines = [f"+ {e.label()}" for e in plan.added[:200]]
        lines += [f"~ {before.label()}" for before, _ in plan.updated[:200]]
        lines += [f"- {where}: {reason}" for where, reason in plan.skipped[:500]]
        details.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(plan.added or plan.updated))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.resize(640, 420)


class GlossaryPanel(QWidget):
    """The dock's content: search, category filter, results, details, and the buttons that change the glossary."""

    entryActivated = Signal(object)  # TermEntry: insert its approved form into the cell being edited
    glossaryChanged = Signal()
    statusMessage = Signal(str)

    def __init__(self, context: AppContext, source: TermSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source
        self._segment_texts: dict[str, str] = {}
        self._busy: QProgressDialog | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.addItem("", None)
        for name in CATEGORIES:
            self.category.addItem("", name)
        self.mode_label = QLabel(self)
        self.results = QTreeWidget(self)
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(4)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformRowHeights(True)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.add_button, self.edit_button, self.delete_button = (QPushButton(self) for _ in range(3))
        self.more_button = QToolButton(self)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.import_action = self.more_menu.addAction("")
        self.export_action = self.more_menu.addAction("")
        self.undo_import_action = self.more_menu.addAction("")
        self.more_button.setMenu(self.more_menu)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.category, 2)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.results)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.mode_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.category.currentIndexChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(self._show_details)
        self.results.itemActivated.connect(self._activated)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.import_action.triggered.connect(self.import_file)
        self.export_action.triggered.connect(self.export_file)
        self.undo_import_action.triggered.connect(self.undo_last_import)
        self.source.changed.connect(self._on_source_changed)
        self.retranslateUi()
        self._update_buttons()

    # -- words on screen ---------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search in Chinese, English or Russian…"))
        self.category.setItemText(0, self.tr("All categories"))
        for i, name in enumerate(CATEGORIES, start=1):
            self.category.setItemText(i, category_label(name))
        self.results.setHeaderLabels([lang_label(lang) for lang in LANGS] + [self.tr("Category")])
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.more_button.setText(self.tr("More"))
        self.import_action.setText(self.tr("Import Glossary…"))
        self.export_action.setText(self.tr("Export Glossary…"))
        self.undo_import_action.setText(self.tr("Undo Last Import"))
        self.results.setToolTip(self.tr("Double-click to insert the approved form into the cell being edited "
                                        "(%1)").replace("%1", INSERT_SHORTCUT))
        self._update_mode_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the store (opened on first use, on the GUI thread) ----------------------------------------------------
    def store(self) -> GlossaryStore:
        return self.context.glossary.store()

    # -- listing -----------------------------------------------------------------------------------------------
    def set_segment(self, texts: dict[str, str]) -> None:
        """The current segment's cells: listed when the search box is empty."""
        self._segment_texts = texts
        if not self.search.text().strip():
            self.refresh()

    def _segment_entries(self) -> list[TermEntry]:
        """The entries found in the current segment; of a huge cell only its start is matched, as this runs on the
        GUI thread after every keystroke."""
        seen: dict[int, TermEntry] = {}
        for lang, text in self._segment_texts.items():
            for hit in self.source.hits(text[:SEGMENT_SCAN_CHARS], lang):
                seen.setdefault(hit.entry.id, hit.entry)
        return list(seen.values())

    def _on_source_changed(self) -> None:
        self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        """Fill the list: search results, or the current segment's terms when the search box is empty."""
        query = self.search.text().strip()
        category = self.category.currentData()
        if query:
            if not self.source.ready:  # the worker is still creating or reading the database
                self._update_mode_label()
                return
            entries = self.store().search(query, category=category, limit=SEARCH_LIMIT)
        else:
            entries = [e for e in self._segment_entries() if not category or e.category == category]
        selected = self.selected_entry()
        self.results.clear()
        for entry in entries:
            item = QTreeWidgetItem([entry.forms.get(lang, "") for lang in LANGS] + [category_label(entry.category)])
            item.setData(0, ENTRY_ROLE, entry)
            item.setToolTip(0, entry_tooltip(entry))
            self.results.addTopLevelItem(item)
            if selected is not None and entry.id == selected.id:
                self.results.setCurrentItem(item)
        for column in range(3):
            self.results.resizeColumnToContents(column)
        self._update_mode_label(len(entries))
        self._update_buttons()

    def _update_mode_label(self, count: int | None = None) -> None:
        if self.search.text().strip():
            text = self.tr("%1 entries found").replace("%1", str(count if count is not None else 0))
        elif not self.source.ready:
            text = self.tr("Loading the glossary…")
        else:
            text = self.tr("Terms in the current segment")
        self.mode_label.setText(text)

    def selected_entry(self) -> TermEntry | None:
        item = self.results.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        ready = self.source.ready
        self.add_button.setEnabled(ready)
        self.more_button.setEnabled(ready)
        has = ready and self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_details(self) -> None:
        entry = self.selected_entry()
        self._update_buttons()
        if entry is None:
            self.details.clear()
            return
        parts = [entry_tooltip(entry)]
        for lang in LANGS:
            if entry.variants.get(lang):
                parts.append(f"<p>{html.escape(lang_label(lang))} — {html.escape(self.tr('accepted:'))} "
                             f"{html.escape(' | '.join(entry.variants[lang]))}</p>")
            if entry.forbidden.get(lang):
                parts.append(f"<p style='color:#c62828'>{html.escape(lang_label(lang))} — "
                             f"{html.escape(self.tr('never:'))} {html.escape(' | '.join(entry.forbidden[lang]))}</p>")
        tenures = self.store().tenures(entry.id) if entry.category == "person" else []
        for tenure in tenures:
            title = self.store().entry(tenure.title_id)
            if title is not None:
                period = f"{tenure.valid_from or '…'} – {tenure.valid_to or '…'}"
                parts.append(f"<p>{html.escape(title.label())} ({html.escape(period)})</p>")
        if entry.valid_from or entry.valid_to:
            parts.append(f"<p>{html.escape(self.tr('Valid:'))} {entry.valid_from or '…'} – {entry.valid_to or '…'}"
                         "</p>")
        self.details.setHtml("".join(parts))

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.entryActivated.emit(item.data(0, ENTRY_ROLE))

    # -- editing -----------------------------------------------------------------------------------------------
    def _refuse_if_read_only(self) -> bool:
        """A shared glossary opened with a read-only login: say so before any edit is typed."""
        if not getattr(self.store(), "read_only", False):
            return False
        QMessageBox.information(self, self.tr("Glossary"), self.tr(
            "The shared glossary is read-only for this login: it can be searched and matched, but changes must be "
            "made by an editor."))
        return True

    def add_entry(self, category: str | None = None) -> None:
        if self._refuse_if_read_only():
            return
        dialog = EntryDialog(self.store(), None, self, category=category or self.category.currentData() or "term")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            self._write(lambda store: store.add(dialog.result))

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._refuse_if_read_only():
            return
        base = self.context.glossary.base_version(entry.id)  # a shared glossary refuses the edit if it moves on
        dialog = EntryDialog(self.store(), entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            self._write(lambda store: self.context.glossary.update_entry(store, dialog.result, base))

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._refuse_if_read_only():
            return
        answer = QMessageBox.question(self, self.tr("Delete Entry"),
                                      self.tr("Delete “%1” from the glossary?").replace("%1", entry.label()))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda store: store.delete(entry.id))

    def _write(self, change: Any) -> None:
        from desktop_app.storage.glossary_store import GlossaryError

        try:
            self.context.glossary.write(change)
        except GlossaryError as exc:
            QMessageBox.warning(self, self.tr("Glossary"), str(exc))
            return
        self._changed(external=False)

    def _changed(self, external: bool = True) -> None:
        """After a change: a new revision for every reader; a worker's change (import, undo) also invalidates this
        connection's caches."""
        self.context.glossary.changed(elsewhere=external)
        self.source.reload()
        self.refresh()
        self.glossaryChanged.emit()

    # -- import / export ---------------------------------------------------------------------------------------
    def _start_busy(self, text: str) -> None:
        self._busy = QProgressDialog(text, "", 0, 0, self)
        self._busy.setCancelButton(None)
        self._busy.setWindowModality(Qt.WindowModality.WindowModal)
        self._busy.setMinimumDuration(300)

    def _end_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None

    def _failed(self, exc: BaseException) -> None:
        self._end_busy()
        QMessageBox.warning(self, self.tr("Glossary"), str(exc))

    def import_file(self, file: str | None = None) -> None:
        if not file:
            file, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Glossary"), "",
                self.tr("Glossaries (*.csv *.tbx *.txt *.utf8 *.tab *.tsv);;All files (*)"))
        if not file:
            return
        self._start_busy(self.tr("Reading %1…").replace("%1", Path(file).name))
        self.context.tasks.submit(_plan_worker, self.context.glossary.location, file, on_done=self._preview,
                                  on_error=self._failed)

    def _preview(self, plan: ImportPlan) -> None:
        self._end_busy()
        dialog = ImportPreviewDialog(plan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._start_busy(self.tr("Importing %1…").replace("%1", plan.path.name))
        self.context.tasks.submit(_apply_worker, self.context.glossary.location, plan, on_done=self._imported,
                                  on_error=self._failed)

    def _imported(self, report: Any) -> None:
        self._end_busy()
        self.statusMessage.emit(self.tr("Glossary import: %1 added, %2 updated, %3 skipped")
                                .replace("%1", str(report.added)).replace("%2", str(report.updated))
                                .replace("%3", str(len(report.skipped))))
        self._changed()

    def undo_last_import(self) -> None:
        self._start_busy(self.tr("Undoing the last import…"))
        self.context.tasks.submit(_undo_worker, self.context.glossary.location, on_done=self._undone,
                                  on_error=self._failed)

    def _undone(self, record: Any) -> None:
        self._end_busy()
        self.statusMessage.emit(self.tr("Undid the import of %1").replace("%1", record.label))
        self._changed()

    def export_file(self) -> None:
        file, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Glossary"), "glossary.csv",
            self.tr("CSV (*.csv);;TBX (*.tbx);;OmegaT glossary, English → Russian (*.txt)"))
        if not file:
            return
        if "." not in Path(file).name:
            file += ".tbx" if "tbx" in chosen.lower() else ".txt" if "omegat" in chosen.lower() else ".csv"
        self._start_busy(self.tr("Exporting…"))
        self.context.tasks.submit(_export_worker, self.context.glossary.location, file, "en", "ru",
                                  on_done=lambda n: self._exported(n, file), on_error=self._failed)

    def _exported(self, count: int, file: str) -> None:
        self._end_busy()
        self.statusMessage.emit(self.tr("Exported %1 entries to %2").replace("%1", str(count)).replace("%2", file))


class GlossaryUi(QObject):
    """Wires the glossary into the window: the dock, term marks in cells and editors, tooltips, the insert key."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context: AppContext = window.context  # type: ignore[attr-defined]
        self.grid = window.grid  # type: ignore[attr-defined]
        self.document = window.document  # type: ignore[attr-defined]
        self.source = TermSource(self.context, self)
        self.panel = GlossaryPanel(self.context, self.source, window.glossary_dock)  # type: ignore[attr-defined]
        window.glossary_dock.setWidget(self.panel)  # type: ignore[attr-defined]
        self.highlighters: list[TermHighlighter] = []
        delegate = self.grid.cell_delegate
        delegate.term_marks = self.paint_marks
        delegate.editorOpened.connect(self._editor_opened)
        self.grid.viewport().installEventFilter(self)
        self.insert_action = QAction(window)
        self.insert_action.setShortcut(QKeySequence(INSERT_SHORTCUT))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.insert_action.triggered.connect(self.insert_approved)
        window.edit_menu.addAction(self.insert_action)  # type: ignore[attr-defined]
        window.addAction(self.insert_action)
        self.panel.entryActivated.connect(self.insert_entry)
        self.panel.statusMessage.connect(window.status_message)  # type: ignore[attr-defined]
        self.source.changed.connect(self.grid.viewport().update)
        self.document.currentCellChanged.connect(self._current_changed)
        self.document.cellChanged.connect(self._cell_changed)
        window.installEventFilter(self)
        self.retranslateUi()
        self.source.reload()
        self.team = TeamGlossaryLink(self) if self.context.glossary.team else None

    def retranslateUi(self) -> None:
        self.insert_action.setText(self.tr("Insert Approved &Term"))
        self.insert_action.setStatusTip(self.tr("Replace the term under the cursor with its approved form, or "
                                                "insert the approved form of the entry selected in the Glossary"))

    # -- cells -------------------------------------------------------------------------------------------------
    def paint_marks(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Called by the cell delegate after it painted a cell, with the option it painted it with."""
        from desktop_app.ui.release_model import LangRole

        if not self.source.ready:
            return
        text = option.text  # type: ignore[attr-defined]  # what fits in the cell: a huge cell is matched in part
        hits = self.source.hits(text, index.data(LangRole))
        if hits:
            paint_term_marks(painter, option, hits, text, self.grid)

    def hit_in_cell(self, index: QModelIndex, point: QPointF) -> Any:
        from desktop_app.ui.release_model import LangRole

        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return None
        option = QStyleOptionViewItem()
        option.initFrom(self.grid)
        option.rect = self.grid.visualRect(index)
        option.font = self.grid.font()
        self.grid.cell_delegate.initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]  # the part painted, as in paint_marks
        position = position_at(option, text, point, self.grid)
        if position is None:
            return None
        return next((h for h in self.source.hits(text, index.data(LangRole)) if h.start <= position < h.end), None)

    def _current_changed(self, segment_id: str, _lang: str) -> None:
        if not segment_id:
            return
        try:
            texts = {lang: self.document.cell(segment_id, lang).text for lang in LANGS}
        except (KeyError, LookupError):
            return
        self.panel.set_segment(texts)

    def _cell_changed(self, segment_id: str, _lang: str) -> None:
        current = self.document.current_cell()
        if current is not None and current[0] == segment_id:
            self._current_changed(segment_id, _lang)

    # -- editors -----------------------------------------------------------------------------------------------
    def _editor_opened(self, editor: Any) -> None:
        highlighter = TermHighlighter(editor.document(), self.source, editor.lang)
        self.highlighters = [h for h in self.highlighters if _alive(h)] + [highlighter]
        editor.viewport().installEventFilter(self)
        editor.viewport().setProperty("glossaryEditor", True)

    def _active_editor(self) -> Any:
        return self.grid.cell_delegate.active_editor

    def insert_approved(self) -> None:
        """Replace the term under the cursor by its approved form, or insert the selected entry's approved form."""
        editor = self._active_editor()
        if editor is None:
            self.window.status_message(self.tr("Start editing a cell to insert a term"))  # type: ignore[attr-defined]
            return
        cursor = editor.textCursor()
        block = cursor.block()
        hit = self.source.hit_at(block.text(), editor.lang, cursor.positionInBlock())
        if hit is not None and hit.entry.forms.get(editor.lang):
            cursor.setPosition(block.position() + hit.start)
            cursor.setPosition(block.position() + hit.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(hit.entry.forms[editor.lang])
            editor.setTextCursor(cursor)
            return
        entry = self.panel.selected_entry()
        if entry is not None:
            self.insert_entry(entry)

    def insert_entry(self, entry: TermEntry) -> None:
        editor = self._active_editor()
        if editor is None:
            self.window.status_message(self.tr("Start editing a cell to insert a term"))  # type: ignore[attr-defined]
            return
        form = entry.forms.get(editor.lang, "")
        if not form:
            self.window.status_message(  # type: ignore[attr-defined]
                self.tr("“%1” has no approved form in %2").replace("%1", entry.label())
                .replace("%2", lang_label(editor.lang)))
            return
        editor.insertPlainText(form)
        editor.setFocus()

    # -- tooltips and language changes -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.source.ready:
            assert isinstance(event, QHelpEvent)
            hit = self._hit_under(watched, event)
            if hit is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(hit.entry, hit), watched)  # type: ignore[arg-type]
                return True
        elif watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)

    def _hit_under(self, watched: QObject, event: QHelpEvent) -> Any:
        if watched is self.grid.viewport():
            index = self.grid.indexAt(event.pos())
            return self.hit_in_cell(index, QPointF(event.pos())) if index.isValid() else None
        editor = self._active_editor()
        if editor is not None and watched is editor.viewport():
            cursor = editor.cursorForPosition(event.pos())
            block = cursor.block()
            return self.source.hit_at(block.text(), editor.lang, cursor.positionInBlock())
        return None


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


class TeamGlossaryLink(QObject):
    """A desk on the shared glossary: the other desks' changes reload highlighting, the list and QA; a permanent
    status-bar label says whether the desk is connected or working from its local copy."""

    event = Signal(str, str)  # kind, message: emitted by the service's listening thread, delivered on this one

    def __init__(self, ui: GlossaryUi) -> None:
        super().__init__(ui)
        self.ui = ui
        self.service = ui.context.glossary
        self.label = QLabel(ui.window)
        ui.window.statusBar().addPermanentWidget(self.label)
        self.event.connect(self._on_event)
        def listener(event: Any) -> None:
            self.event.emit(event.kind, event.message)

        self.service.subscribe(listener)
        self.destroyed.connect(lambda: self.service.unsubscribe(listener))
        ui.panel.glossaryChanged.connect(lambda: self._show(self.service.online is not False, ""))
        self._show(self.service.online is not False, "")
        self.service.start_live()

    def _on_event(self, kind: str, message: str) -> None:
        if kind in ("changed", "online"):
            self.ui.panel._changed(external=True)
        if kind in ("online", "offline"):
            self._show(kind == "online", message)
            if message:
                self.ui.panel.statusMessage.emit(message)

    def _show(self, online: bool, why: str) -> None:
        if online:
            self.label.setText(self.tr("Shared glossary"))
        else:
            queued = self.service.pending_edits()
            self.label.setText(self.tr("Shared glossary offline: working from the last copy; %n edit(s) queued", "",
                                       queued))
        self.label.setToolTip(why or str(self.service.location).split("@")[-1])


def install_glossary(window: QMainWindow) -> GlossaryUi:
    """Wire the glossary dock and term highlighting into the window (called from `MainWindow._install_panels`)."""
    return GlossaryUi(window)
