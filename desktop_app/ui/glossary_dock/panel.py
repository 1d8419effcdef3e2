"""The Glossary dock's content: search in any language, category filter, add/edit/delete with validation, and
import/export on workers (each with its own database connection), an import previewed first.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.glossary_dock.entry_dialog import EntryDialog, category_label, refused_text
from desktop_app.ui.glossary_dock.entry_list import EntryList
from desktop_app.ui.glossary_dock.import_preview import ImportPreviewDialog
from desktop_app.ui.labels import capitalised, lang_label, shown_name, shown_text
from desktop_app.ui.term_highlighter import (
    TermSource,
    entry_tooltip,
)

if TYPE_CHECKING:
    from desktop_app.services.glossary import ImportPlan
    from desktop_app.services.glossary_service import GlossaryService
    from desktop_app.storage.glossary_store import GlossaryStore
    from desktop_app.storage.pg_dial import Dialler
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 40
VERSION_ROLE = Qt.ItemDataRole.UserRole + 41  # a shared glossary's row version of the entry as listed
SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 500
SEGMENT_SCAN_CHARS = 20_000  # of the current segment's cells, matched for the list (a long paragraph is ~2,000)
EDIT_LANE = "glossary-edit"  # one thread: the dock's edits reach the desk's glossary file in the order made
INSERT_SHORTCUT = "Ctrl+Shift+G"


# -- workers (own connection each: an SQLite connection belongs to the thread that opened it) -------------------

def _plan_worker(token: CancelToken, path: str | Path, file: str, dialler: Dialler | None) -> ImportPlan:
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path, dialler=dialler) as store:
        return plan_import(store, file)


def _apply_worker(token: CancelToken, path: str | Path, plan: ImportPlan, author: str, dialler: Dialler | None
                  ) -> Any:
    from desktop_app.services.glossary import apply_import
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path, author, dialler=dialler) as store:
        return apply_import(store, plan)


def _undo_worker(token: CancelToken, path: str | Path, author: str, dialler: Dialler | None) -> Any:
    from desktop_app.services.glossary import undo_import
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path, author, dialler=dialler) as store:
        return undo_import(store)


def _search_worker(token: CancelToken, service: GlossaryService, query: str, category: str | None
                   ) -> list[tuple[TermEntry, int | None]]:
    return service.search(query, category=category, limit=SEARCH_LIMIT)


def _edit_worker(token: CancelToken, service: GlossaryService, change: Any) -> Any:
    return service.on_worker(change)


def _local_edit_worker(token: CancelToken, path: str | Path, change: Callable[[Any], Any]) -> Any:
    """An edit of the desk's own glossary file through a connection of this worker: when another program holds
    the file's write lock, SQLite waits for it here (up to five seconds), never on the GUI thread."""
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path) as store:
        return change(store)


def _export_worker(token: CancelToken, path: str | Path, out: str, source_lang: str, target_lang: str,
                   dialler: Dialler | None) -> int:
    from desktop_app.services.glossary import export_glossary
    from desktop_app.services.glossary_service import open_glossary_store

    with open_glossary_store(path, dialler=dialler) as store:
        return export_glossary(store, out, source_lang=source_lang, target_lang=target_lang)


@dataclass(frozen=True, slots=True)
class GlossaryUndo:
    """The last change made in the dock, and how to take it back."""

    kind: str  # "add", "edit" or "delete"
    label: str  # the entry, as the user knows it
    apply: Callable[[Any], Any]  # run on the glossary store


class GlossaryPanel(QWidget):
    """The dock's content: search, category filter, results, details, and the buttons that change the glossary."""

    entryActivated = Signal(object)  # TermEntry: insert its approved form into the cell being edited
    findRequested = Signal(object)  # TermEntry: find its approved form in the release
    glossaryChanged = Signal()
    statusMessage = Signal(str)

    def __init__(self, context: AppContext, source: TermSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source
        self._segment_texts: dict[str, str] = {}
        self._busy: QProgressDialog | None = None
        self._search_token: CancelToken | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.addItem("", None)
        for name in CATEGORIES:
            self.category.addItem("", name)
        self.mode_label = QLabel(self)
        self.mode_label.setWordWrap(True)
        self._failure = ""  # why the glossary could not be opened, if it could not
        self.results = EntryList(self)
        self.results.tooltip_for = lambda item: (f"{self._entry_summary(item.data(0, ENTRY_ROLE))}"
                                                 f"<p><i>{html.escape(self.results.toolTip())}</i></p>")
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.add_button, self.edit_button, self.delete_button = (QPushButton(self) for _ in range(3))
        self.more_button = QToolButton(self)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        # Where is this name used? From the entry's right-click menu or More (the keyboard's way there).
        self.find_action = QAction(self)
        self.find_action.triggered.connect(self.find_selected)
        self.more_menu.addAction(self.find_action)
        self.more_menu.addSeparator()
        self.import_action = self.more_menu.addAction("")
        self.export_action = self.more_menu.addAction("")
        self.undo_import_action = self.more_menu.addAction("")
        self.undo_change_action = self.more_menu.addAction("")
        self.undo_change_action.setEnabled(False)
        self._undo: GlossaryUndo | None = None  # how to take back the last add, edit or delete made here
        self.more_button.setMenu(self.more_menu)
        self.writing = False  # an edit is on its way to the desk's glossary file (the buttons wait for it)
        self.saving = QWidget(self)  # says so while it is
        self.saving.setObjectName("glossarySaving")
        self.saving_label = QLabel(self.saving)
        saving_bar = QProgressBar(self.saving)
        saving_bar.setRange(0, 0)  # busy: SQLite does not say how long another program keeps the file
        saving_bar.setTextVisible(False)
        saving_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        saving_row = QHBoxLayout(self.saving)
        saving_row.setContentsMargins(0, 0, 0, 0)
        saving_row.addWidget(self.saving_label, 1)
        saving_row.addWidget(saving_bar)
        self.saving.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.category, 2)
        button_row = QWidget(self)
        buttons = FlowLayout(button_row)  # wraps in a narrow dock (a large font) rather than widening the window
        for button in (self.add_button, self.edit_button, self.delete_button, self.more_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.results)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)  # the list's rows are several lines tall: it gets most of the height
        splitter.setStretchFactor(1, 1)
        self._fit_minimum_size()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.mode_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(button_row)
        layout.addWidget(self.saving)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.category.currentIndexChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(self._show_details)
        self.results.itemActivated.connect(self._activated)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.results.addAction(self.find_action)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.import_action.triggered.connect(self.import_file)
        self.export_action.triggered.connect(self.export_file)
        self.undo_import_action.triggered.connect(self.undo_last_import)
        self.undo_change_action.triggered.connect(self.undo_change)
        for widget in (self.results, self.add_button, self.edit_button, self.delete_button, self.more_button):
            widget.installEventFilter(self)  # Ctrl+Z there takes back the last glossary change (see eventFilter)
        self.source.changed.connect(self._on_source_changed)
        self.source.failed.connect(self._on_source_failed)
        self.retranslateUi()
        self._update_buttons()

    # -- words on screen ---------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search in Chinese, English or Russian…"))
        # what a screen reader announces: a placeholder or a column header is not read as the control's name
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.category.setAccessibleName(self.tr("Category"))
        self.results.setAccessibleName(self.tr("Glossary entries"))
        self.details.setAccessibleName(self.tr("Entry details"))
        self.details.setPlaceholderText(self.tr("Select an entry to see its forms in all three languages and its "
                                                "note."))
        self.category.setItemText(0, self.tr("All categories"))
        for i, name in enumerate(CATEGORIES, start=1):
            self.category.setItemText(i, category_label(name))
        self.results.setHeaderLabels([capitalised(lang_label(lang)) for lang in LANGS] + [self.tr("Category")])
        self.results.fit_columns()
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.more_button.setText(self.tr("More"))
        self.find_action.setText(self.tr("&Find in Release"))
        self.find_action.setStatusTip(self.tr("Go to the next paragraph that uses the entry's approved form"))
        self.import_action.setText(self.tr("Import Glossary…"))
        self.export_action.setText(self.tr("Export Glossary…"))
        self.undo_import_action.setText(self.tr("Undo Last Import"))
        self.saving_label.setText(self.tr("Saving to the glossary…"))
        self._fit_minimum_size()
        self._name_undo()
        self.results.setToolTip(self.tr("Double-click to insert the approved form into the cell being edited "
                                        "(%1)").replace("%1", INSERT_SHORTCUT))
        self._update_mode_label()

    def _name_undo(self) -> None:
        undo = self._undo
        names = {"add": self.tr("Undo Add “%1”"), "edit": self.tr("Undo Edit “%1”"),
                 "delete": self.tr("Undo Delete “%1”")}
        self.undo_change_action.setText(names[undo.kind].replace("%1", undo.label) if undo is not None
                                        else self.tr("Undo Glossary Change"))
        self.undo_change_action.setEnabled(undo is not None)

    def _remember_undo(self, undo: GlossaryUndo | None) -> None:
        self._undo = undo
        self._name_undo()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After adding, editing or deleting an entry, Ctrl+Z in the glossary takes that back: the window's Undo
        would instead take back the last edit of the release, unseen, while the glossary stayed changed."""
        if self._undo is not None and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes to this panel as a key press, not to the window's Undo
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.undo_change()
                return True
        return super().eventFilter(watched, event)

    def _fit_minimum_size(self) -> None:
        """Two lines of text for the list and one for the details at least, not the views' default: at 200 % text
        that default made the window taller than a 700 px screen, its bottom out of reach (both scroll, and the
        splitter between them can be dragged)."""
        for view, lines in ((self.results, 2), (self.details, 1)):
            view.setMinimumHeight(self.fontMetrics().height() * lines + 2 * view.frameWidth())
        # Two buttons side by side at least: a dock so narrow that each wrapped onto a row of its own made it taller
        # than a short screen allows.
        buttons = (self.add_button, self.edit_button)
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) * (len(buttons) + 1)
        self.setMinimumWidth(sum(button.sizeHint().width() for button in buttons) + max(spacing, 0) + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_minimum_size()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the store (opened on first use, on the GUI thread; a shared glossary's is opened by a worker) ---------
    def store(self) -> GlossaryStore:
        return self.context.glossary.store()

    @property
    def ready(self) -> bool:
        """Highlighting has the glossary, and searching and editing have a store that needs no dialling."""
        return self.source.ready and self.context.glossary.store_ready()

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

    def _on_source_failed(self, message: str) -> None:
        """The glossary could not be read: say so where "Loading the glossary…" would otherwise stay for ever."""
        self._failure = message
        self._update_mode_label()

    def _on_source_changed(self) -> None:
        self._failure = ""
        self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        """Fill the list: search results, or the current segment's terms when the search box is empty."""
        query = self.search.text().strip()
        category = self.category.currentData()
        if self._search_token is not None:
            self._search_token.cancel()
            self._search_token = None
        if query:
            if not self.ready:  # the worker is still creating or reading the database, or dialling the server
                self._update_mode_label()
                return
            # On a worker, never on the GUI thread: a server may be slow to answer, and a big file may hold many
            # matches to sort, or be locked by another program.
            self._search_token = self.context.tasks.submit(
                _search_worker, self.context.glossary, query, category, lane="glossary",
                on_done=self._found, on_error=self._search_failed)
            return
        self._list([(e, self.source.version(e.id)) for e in self._segment_entries()
                    if not category or e.category == category])

    def _found(self, rows: list[tuple[TermEntry, int | None]]) -> None:
        self._search_token = None
        self._list(rows)

    def _search_failed(self, exc: BaseException) -> None:
        self._search_token = None
        self.statusMessage.emit(self.tr("The glossary cannot be searched: %1").replace(
            "%1", shown_text(refusal_text(exc))))

    def _list(self, rows: list[tuple[TermEntry, int | None]]) -> None:
        """Show the entries, each with the row version it was read at (None: the desk's own file)."""
        selected = self.selected_entry()
        items: list[QTreeWidgetItem] = []
        texts: list[list[str]] = []  # each row's column texts, measured to share the width
        current: QTreeWidgetItem | None = None
        for entry, version in rows:
            category = category_label(entry.category)
            texts.append([entry.forms.get(lang, "") for lang in LANGS] + [category])
            item = QTreeWidgetItem(texts[-1])
            item.setData(0, ENTRY_ROLE, entry)
            item.setData(0, VERSION_ROLE, version)
            items.append(item)
            if selected is not None and entry.id == selected.id:
                current = item
        self.results.setSortingEnabled(False)  # one insertion, sorted once (by the header clicked, if any)
        self.results.clear()
        self.results.addTopLevelItems(items)
        self.results.setSortingEnabled(True)
        self.results.measure(texts)
        if current is not None:
            self.results.setCurrentItem(current)
        self._update_mode_label(len(rows))
        self._update_buttons()

    def _update_mode_label(self, count: int | None = None) -> None:
        if self.search.text().strip():
            text = self.tr("%n entries found", "", count if count is not None else 0)
        elif self._failure and not self.ready:
            text = self.tr("The glossary cannot be opened, so names are not highlighted, protected in translation or "
                           "checked.")
            if not self.context.glossary.team:  # the desk's own file: the user can mend it
                text += " " + self.tr("Restore %1 from a backup, or move it away and start PressDesk again to begin "
                                      "with the built-in names.").replace("%1", str(self.context.glossary.path))
            text += "\n\n" + self._failure
        elif not self.ready:
            text = self.tr("Loading the glossary…")
        else:
            text = self.tr("Terms in the current segment")
        self.mode_label.setText(text)

    def selected_entry(self) -> TermEntry | None:
        item = self.results.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def _selected_version(self) -> int | None:
        item = self.results.currentItem()
        return item.data(0, VERSION_ROLE) if item is not None else None

    def _validator(self) -> Any:
        """What the entry dialog checks an entry with: the store, or for a shared glossary the last snapshot (so
        the GUI thread never waits for the server; the server checks the edit again when it is sent)."""
        service = self.context.glossary
        return (service.latest() or self.store()) if service.team else self.store()

    def _update_buttons(self) -> None:
        ready = self.ready and not self.writing
        self.add_button.setEnabled(ready)
        self.more_button.setEnabled(ready)
        has = ready and self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.find_action.setEnabled(has)

    def _show_details(self) -> None:
        entry = self.selected_entry()
        self._update_buttons()
        if entry is None:
            self.details.clear()
            return
        parts = [self._entry_summary(entry)]
        for lang in LANGS:
            if entry.variants.get(lang):
                parts.append(f"<p>{html.escape(lang_label(lang))} — {html.escape(self.tr('accepted:'))} "
                             f"{html.escape(' | '.join(entry.variants[lang]))}</p>")
            if entry.short_forms.get(lang):
                parts.append(f"<p>{html.escape(lang_label(lang))} — {html.escape(self.tr('short forms:'))} "
                             f"{html.escape(' | '.join(entry.short_forms[lang]))}</p>")
            if entry.forbidden.get(lang):
                parts.append(f"<p style='color:#c62828'>{html.escape(lang_label(lang))} — "
                             f"{html.escape(self.tr('never:'))} {html.escape(' | '.join(entry.forbidden[lang]))}</p>")
        for tenure, title in self._tenures(entry):
            period = f"{tenure.valid_from or '…'} – {tenure.valid_to or '…'}"
            parts.append(f"<p>{html.escape(title.label())} ({html.escape(period)})</p>")
        if entry.valid_from or entry.valid_to:
            parts.append(f"<p>{html.escape(self.tr('Valid:'))} {entry.valid_from or '…'} – {entry.valid_to or '…'}"
                         "</p>")
        if entry.source:
            parts.append(f"<p>{html.escape(self.tr('Source:'))} {html.escape(entry.source)}</p>")
        self.details.setHtml("".join(parts))

    def _entry_summary(self, entry: TermEntry) -> str:
        """Every form in full and the category (a narrow dock has no column for it): a row's tooltip, and the
        start of the details."""
        category = html.escape(category_label(entry.category))
        return f"{entry_tooltip(entry)}<p>{html.escape(self.tr('Category'))}: {category}</p>"

    def _tenures(self, entry: TermEntry) -> list[tuple[Any, TermEntry]]:
        """The titles a person held; for a shared glossary from the published snapshot (no server is asked)."""
        if entry.category != "person" or not self.ready:
            return []
        service = self.context.glossary
        if not service.team:
            store = self.store()
            found = [(t, store.entry(t.title_id)) for t in store.tenures(entry.id)]
            return [(t, title) for t, title in found if title is not None]
        snapshot = service.current()
        if snapshot is None or snapshot.matcher is None:
            return []
        by_id = {e.id: e for e in snapshot.matcher.entries}
        return [(t, by_id[t.title_id]) for t in snapshot.tenures if t.person_id == entry.id and t.title_id in by_id]

    def find_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.findRequested.emit(entry)

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.entryActivated.emit(item.data(0, ENTRY_ROLE))

    # -- editing -----------------------------------------------------------------------------------------------
    def _refuse_if_read_only(self) -> bool:
        """A shared glossary opened with a read-only login: say so before any edit is typed (and while a shared
        glossary is still being reached with nothing local to work from, say that)."""
        if not self.context.glossary.store_ready():
            self.statusMessage.emit(self.tr("The glossary is not available yet: still connecting to the server"))
            return True
        if not getattr(self.store(), "read_only", False):
            return False
        QMessageBox.information(self, self.tr("Glossary"), self.tr(
            "The shared glossary is read-only for this login: it can be searched and matched, but changes must be "
            "made by an editor."))
        return True

    def add_entry(self, category: str | None = None, proposal: TermEntry | None = None) -> None:
        """Add an entry, starting from a blank one or from a `proposal` (e.g. made from selected text)."""
        if self.writing or self._refuse_if_read_only():
            return
        dialog = EntryDialog(self._validator(), proposal, self,
                             category=category or self.category.currentData() or "term")
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
            return
        entry = dialog.result
        if self.context.glossary.team:  # a shared glossary keeps its history on the server
            self._write(lambda store: store.add(entry))
            return

        def added(stored: TermEntry) -> None:
            self._remember_undo(GlossaryUndo("add", stored.label(), lambda store: store.delete(stored.id)))

        self._write(lambda store: store.add(entry), added, again=lambda: self.add_entry(entry.category, entry))

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._edit(entry, entry)

    def _edit(self, entry: TermEntry, shown: TermEntry) -> None:
        """Edit `entry` starting from `shown`: the entry itself, or an edit of it that could not be saved yet."""
        if self.writing or self._refuse_if_read_only():
            return
        service = self.context.glossary
        # A shared glossary refuses the edit if the entry moves on from the version listed.
        base = self._selected_version() if service.team else service.base_version(entry.id)
        dialog = EntryDialog(self._validator(), shown, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
            return
        edited = dialog.result
        before = None if service.team else self.store().entry(entry.id)

        def saved(_result: Any) -> None:
            if before is not None:
                self._remember_undo(GlossaryUndo("edit", edited.label(), lambda store: store.update(before)))

        self._write(lambda store: service.update_entry(store, edited, base), saved,
                    again=lambda: self._edit(entry, edited))

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.writing or self._refuse_if_read_only():
            return
        answer = QMessageBox.question(self, self.tr("Delete Entry"),
                                      self.tr("Delete “%1” from the glossary?").replace("%1", entry.label()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.glossary.team:
            base = self._selected_version()
            self._write(lambda store: store.delete(entry.id, base_version=base))
            return
        tenures = [t for t in self.store().tenures() if entry.id in (t.person_id, t.title_id)]

        def restore(store: Any) -> None:
            restored = store.add(entry)
            for tenure in tenures:
                other = tenure.title_id if tenure.person_id == entry.id else tenure.person_id
                if other != entry.id and store.entry(other) is None:
                    continue  # the other side of the tenure was deleted since
                store.add_tenure(replace(tenure, person_id=restored.id if tenure.person_id == entry.id
                                         else tenure.person_id,
                                         title_id=restored.id if tenure.title_id == entry.id else tenure.title_id))

        def deleted(_result: Any) -> None:
            self._remember_undo(GlossaryUndo("delete", entry.label(), restore))
            self.statusMessage.emit(self.tr("Deleted “%1” from the glossary; Ctrl+Z here or More ▸ Undo Delete "
                                            "brings it back.").replace("%1", entry.label()))

        self._write(lambda store: store.delete(entry.id), deleted)

    def undo_change(self) -> None:
        """Take back the last add, edit or delete made in this dock (the desk's own glossary; a shared one keeps
        its history on the server): a deleted entry comes back with its forms, notes and tenures."""
        undo = self._undo
        if undo is None or self.writing:
            return

        def undone(_result: Any) -> None:
            self._remember_undo(None)
            self.statusMessage.emit(self.tr("Took back the last glossary change (“%1”).").replace("%1", undo.label))

        self._write(undo.apply, undone)

    def _write(self, change: Callable[[Any], Any], done: Callable[[Any], None] | None = None,
               again: Callable[[], None] | None = None) -> None:
        """Make the edit on a worker, so a glossary file another program keeps locked never freezes the window:
        the desk's own file through the worker's connection on the one-thread EDIT_LANE (the buttons wait and the
        dock says it is saving), a shared glossary through the server's (or queued while it cannot be reached).
        `done(result)` follows a saved edit; `again()` offers an unsaved one again as the user typed it."""
        if self.context.glossary.team:
            self.context.tasks.submit(_edit_worker, self.context.glossary, change, lane="glossary", durable=True,
                                      on_done=lambda _result: self._changed(external=True),
                                      on_error=self._write_failed)
            return
        self._set_writing(True)
        self.context.tasks.submit(_local_edit_worker, self.context.glossary.location, change, lane=EDIT_LANE,
                                  durable=True, on_done=partial(self._written, done),
                                  on_error=partial(self._not_written, change, done, again))

    def _set_writing(self, writing: bool) -> None:
        self.writing = writing
        self.saving.setVisible(writing)
        self._update_buttons()

    def _written(self, done: Callable[[Any], None] | None, result: Any) -> None:
        self._set_writing(False)
        if done is not None:
            done(result)
        self._changed(external=True)  # made through the worker's connection: this one's caches are stale

    def _not_written(self, change: Callable[[Any], Any], done: Callable[[Any], None] | None,
                     again: Callable[[], None] | None, exc: BaseException) -> None:
        """The desk's glossary refused the edit. Kept waiting for another program's write lock, the user's edit
        is kept: Retry sends it again, Cancel opens it again as typed (an add or an edit) to save later."""
        from desktop_app.storage.glossary_store import GlossaryError

        self._set_writing(False)
        if not isinstance(exc, GlossaryError):
            log.error("a glossary edit failed", exc_info=exc)
        if not getattr(exc, "locked", False):
            QMessageBox.warning(self, self.tr("Glossary"), self.tr("The glossary has not been changed.") + "\n\n"
                                + refused_text(exc))
            return
        text = self.tr("Another program is writing to the glossary and has not let go of it for five seconds, so "
                       "your change is not saved yet. Nothing you typed is lost.")
        text += "\n\n" + (self.tr("Retry saves it now; Cancel opens it again as you typed it, to save later.")
                           if again is not None else self.tr("Retry tries again now; Cancel leaves the glossary "
                                                             "as it is."))
        answer = QMessageBox.warning(self, self.tr("Glossary Busy"), text,
                                     QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Retry)
        if answer == QMessageBox.StandardButton.Retry:
            self._write(change, done, again)
        elif again is not None:
            again()

    def _write_failed(self, exc: BaseException) -> None:
        from desktop_app.storage.glossary_store import GlossaryError

        if not isinstance(exc, GlossaryError):
            log.error("a glossary edit failed", exc_info=exc)
        QMessageBox.warning(self, self.tr("Glossary"), shown_text(refused_text(exc)))

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
        QMessageBox.warning(self, self.tr("Glossary"), shown_text(refusal_text(exc)))

    def _import_failed(self, name: str, exc: BaseException) -> None:
        """A file that cannot be imported: say so in the user's language, with the reader's reason below."""
        self._end_busy()
        QMessageBox.warning(self, self.tr("Import Glossary"), self.tr(
            "“%1” was not imported; the glossary has not been changed.").replace("%1", shown_name(name))
            + "\n\n" + shown_text(refusal_text(exc)))

    def import_file(self, file: str | None = None) -> None:
        if not file:
            from desktop_app.services.glossary import IMPORT_SUFFIXES

            patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)  # every kind the import reads
            file, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Glossary"), "", self.tr("Glossaries (%1);;All files (*)").replace("%1", patterns))
        if not file:
            return
        self._start_busy(self.tr("Reading %1…").replace("%1", shown_name(file)))
        self.context.tasks.submit(_plan_worker, self.context.glossary.location, file, self.context.dialler,
                                  on_done=self._preview, on_error=partial(self._import_failed, Path(file).name))

    def _preview(self, plan: ImportPlan) -> None:
        self._end_busy()
        dialog = ImportPreviewDialog(plan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._start_busy(self.tr("Importing %1…").replace("%1", shown_name(plan.path)))
        self.context.tasks.submit(_apply_worker, self.context.glossary.location, plan, self.context.glossary.author,
                                  self.context.dialler, on_done=self._imported,
                                  on_error=partial(self._import_failed, plan.path.name))

    def _imported(self, report: Any) -> None:
        self._end_busy()
        self._remember_undo(None)  # an import may have changed the entry the last change was about
        self.statusMessage.emit(self.tr("Glossary import: %1 added, %2 updated, %3 skipped")
                                .replace("%1", str(report.added)).replace("%2", str(report.updated))
                                .replace("%3", str(len(report.skipped))))
        self._changed()

    def undo_last_import(self) -> None:
        self._start_busy(self.tr("Undoing the last import…"))
        self.context.tasks.submit(_undo_worker, self.context.glossary.location, self.context.glossary.author,
                                  self.context.dialler, on_done=self._undone, on_error=self._failed)

    def _undone(self, record: Any) -> None:
        self._end_busy()
        self._remember_undo(None)
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
                                  self.context.dialler, on_done=lambda n: self._exported(n, file),
                                  on_error=self._failed)

    def _exported(self, count: int, file: str) -> None:
        self._end_busy()
        self.statusMessage.emit(self.tr("Exported %1 entries to %2").replace("%1", str(count)).replace("%2", file))
