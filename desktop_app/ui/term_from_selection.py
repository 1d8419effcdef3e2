"""Edit ▸ Add Selection to Glossary (Ctrl+Alt+G): a new entry from the text selected in the cell being edited,
prefilled in all three languages from the paragraph's aligned cells and the name assistant
(domain.glossary.from_selection), shown in the entry dialog before anything is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app import LANGS
from desktop_app.domain.glossary.from_selection import entry_from_selection
from desktop_app.domain.glossary.model import TermEntry


class TermFromSelection(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Alt+G"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.add_from_selection)
        self.window.edit_menu.addAction(self.action)
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslateUi()

    def proposal(self) -> TermEntry | None:
        """The entry proposed for the current selection; None (and a hint) when nothing is selected."""
        editor = self.window.grid.cell_delegate.active_editor
        text = editor.textCursor().selectedText().replace("\u2029", " ").strip() if editor is not None else ""
        if not text:
            self.window.status_message(self.tr("Select a name or term in a cell to add it to the glossary."))
            return None
        segment = self.window.document.segment(editor.segment_id)
        cells = {lang: segment.text(lang) for lang in LANGS}
        cells[editor.lang] = editor.toPlainText()
        return entry_from_selection(text, editor.lang, cells)

    def add_from_selection(self) -> None:
        proposal = self.proposal()
        if proposal is not None:
            self.window.glossary.panel.add_entry(proposal.category, proposal)

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("Add Select&ion to Glossary…"))
        self.action.setStatusTip(self.tr("A new glossary entry from the selected text, prefilled in all three "
                                         "languages"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)


def install_term_from_selection(window: QMainWindow) -> TermFromSelection:
    return TermFromSelection(window)
