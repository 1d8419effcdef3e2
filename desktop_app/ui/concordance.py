"""Edit ▸ Concordance (Ctrl+K): how a phrase was translated before, in the translation memory and in this release.

The phrase starts as the text selected in the cell editor (or the cell's text), in the cell's language; the memory
is searched on a worker (it may hold hundreds of thousands of pairs), the release's approved cells on the GUI
thread (a few hundred paragraphs at most). Double-clicking a row inserts its translation at the cursor.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.services.memory import ConcordanceHit, release_concordance
from desktop_app.ui.dialog_size import size_in_text
from desktop_app.ui.labels import capitalised, lang_label
from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
MAX_HITS = 50


def _search_memory(token: CancelToken, open_memory: Any, text: str, lang: str) -> list[ConcordanceHit]:
    memory = open_memory()
    if memory is None or token.cancelled:
        return []
    return memory.concordance(text, lang, MAX_HITS)


class ConcordanceDialog(QDialog):
    """Search box, language, and the hits: the text found, its translation, its language and where it is from."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("concordanceDialog")
        self.window_ = window
        self.tasks = window.context.tasks
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.lang_combo = QComboBox(self)
        for lang in LANGS:
            self.lang_combo.addItem("", lang)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_edit)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.lang_combo)
        form = QFormLayout()
        form.addRow(self.search_label, self.search_edit)
        form.addRow(self.lang_label, self.lang_combo)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("concordanceHits")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Where a hit comes from wraps in a column as wide as its header ("this release, paragraph 1" took the
        # width the two texts' headers needed at large text).
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.itemDoubleClicked.connect(self._insert_row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.hits: list[tuple[str, ConcordanceHit]] = []
        self._token: CancelToken | None = None
        self._request = 0
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.lang_combo.currentIndexChanged.connect(self._timer.start)
        live: list[CancelToken] = []  # the search in flight, cancelled with the dialog: no result reaches it
        self._live = live
        self.destroyed.connect(lambda: [token.cancel() for token in live])
        self.retranslateUi()
        # In characters and lines of the dialog's font: 820 × 460 px squeezed the text at 200 %.
        self.resize(size_in_text(self, 118, 26).expandedTo(QSize(820, 460)))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Concordance"))
        self.search_label.setText(self.tr("&Search for:"))
        self.lang_label.setText(self.tr("&In the text in:"))
        for i, lang in enumerate(LANGS):
            self.lang_combo.setItemText(i, capitalised(lang_label(lang)))
        self.table.setHorizontalHeaderLabels([self.tr("Found in"), self.tr("Translation"), self.tr("Language"),
                                              self.tr("From")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def start(self, text: str, lang: str) -> None:
        self.lang_combo.setCurrentIndex(LANGS.index(lang))
        self.search_edit.setText(text)
        self.search_edit.selectAll()
        self.search()

    def search(self) -> None:
        """This release's approved text at once; the memory on a worker (results of an older search are dropped)."""
        self._timer.stop()
        if self._token is not None:
            self._token.cancel()
        self._request += 1
        text, lang = self.search_edit.text().strip(), self.lang_combo.currentData()
        document = self.window_.document
        self.hits = [(self.tr("this release, paragraph %1").replace("%1", str(row + 1)), hit)
                     for row, hit in release_concordance(document.release, text, lang)]
        if not text:
            self._show()
            return
        session = self.window_.machine_translation.session
        self._token = self.tasks.submit(_search_memory, session.memory, text, lang,
                                        on_done=partial(self._memory_done, self._request))
        self._live[:] = [self._token]
        self.status.setText(self.tr("Searching the translation memory…"))
        self._show(searching=True)

    def _memory_done(self, request: int, found: list[ConcordanceHit]) -> None:
        if request != self._request:
            return
        self._token = None
        self.hits += [(self.tr("translation memory (%1)").replace("%1", hit.origin), hit) for hit in found]
        self._show()

    def _show(self, searching: bool = False) -> None:
        self.table.setRowCount(len(self.hits))
        for row, (where, hit) in enumerate(self.hits):
            for column, value in enumerate((hit.source, hit.target, capitalised(lang_label(hit.target_lang)), where)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(3, max(header.sectionSizeHint(3), self.table.sizeHintForColumn(3) // 2))
        self.table.resizeRowsToContents()
        if searching:
            return
        if not self.search_edit.text().strip():
            self.status.setText(self.tr("Type a phrase to see how it was translated before."))
        else:
            self.status.setText(self.tr("%n translation(s) found. Double-click one to insert it into the cell.", "",
                                        len(self.hits)))

    def _insert_row(self, item: QTableWidgetItem) -> None:
        _where, hit = self.hits[item.row()]
        editor = self.window_.grid.cell_delegate.active_editor
        if editor is None or editor.lang != hit.target_lang:
            self.status.setText(self.tr("Open a %1 cell to insert this translation.")
                                .replace("%1", lang_label(hit.target_lang)))
            return
        editor.insertPlainText(hit.target)
        editor.setFocus()


class ConcordanceAction(QObject):
    """Edit ▸ Concordance… (Ctrl+K), searching for the selected text of the cell being edited."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.dialog: ConcordanceDialog | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+K"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open_dialog)
        self.window.edit_menu.addAction(self.action)
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslateUi()

    def open_dialog(self) -> ConcordanceDialog:
        editor = self.window.grid.cell_delegate.active_editor
        current = self.window.document.current_cell()
        if editor is not None:
            text, lang = editor.textCursor().selectedText(), editor.lang
        elif current is not None:
            text, lang = "", current[1]
        else:
            text, lang = "", LANGS[0]
        if self.dialog is None:
            self.dialog = ConcordanceDialog(self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.start(text.replace("\u2029", " ").strip(), lang)
        return self.dialog

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("Co&ncordance…"))
        self.action.setStatusTip(self.tr("How a phrase was translated before, in the memory and in this release"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)


def install_concordance(window: QMainWindow) -> ConcordanceAction:
    return ConcordanceAction(window)
