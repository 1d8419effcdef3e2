"""A cell's revision history from the project file, newest first, with "Restore" as an undoable edit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.release import Cell
from desktop_app.storage.errors import StorageError
from desktop_app.ui.document import DocumentController
from desktop_app.ui.labels import lang_label, local_time, provenance_label, status_label

log = logging.getLogger(__name__)


class HistoryDialog(QDialog):
    """Shows every saved revision of one cell; restoring one replaces the cell (undo brings it back)."""

    def __init__(self, document: DocumentController, segment_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.document = document
        self.segment_id = segment_id
        self.lang = lang
        self.revisions = []
        if document.store is not None:
            try:
                self.revisions = list(reversed(document.store.history(segment_id, lang)))
            except StorageError as exc:
                log.warning("cannot read history: %s", exc)
        self.heading = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.preview)
        self.restore_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        for _ in self.revisions:
            QTreeWidgetItem(self.tree, ["", "", "", ""])
        self.tree.currentItemChanged.connect(self._show_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 480)
        self.retranslateUi()
        if self.revisions:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_selected()

    def retranslateUi(self) -> None:
        seg_no = self.document.release.index_of(self.segment_id) + 1
        self.setWindowTitle(self.tr("Revision History"))
        self.heading.setText(self.tr("Segment %1, %2: saved revisions, newest first")
                             .replace("%1", str(seg_no)).replace("%2", lang_label(self.lang)))
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Status"), self.tr("Source"), self.tr("Text")])
        self.restore_button.setText(self.tr("&Restore This Version"))
        for i, rev in enumerate(self.revisions):
            item = self.tree.topLevelItem(i)
            item.setText(0, local_time(rev.time))
            item.setText(1, status_label(rev.status))
            item.setText(2, provenance_label(rev.provenance))
            item.setText(3, rev.new_text.replace("\n", " ⏎ ")[:120])
        if not self.revisions:
            self.preview.setPlaceholderText(self.tr("No saved revisions yet: save the project to start its history."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def selected_index(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def _show_selected(self) -> None:
        i = self.selected_index()
        self.preview.setPlainText(self.revisions[i].new_text if i >= 0 else "")
        current = self.document.cell(self.segment_id, self.lang)
        self.restore_button.setEnabled(i >= 0 and self._revision_cell(i) != current)

    def _revision_cell(self, i: int) -> Cell:
        rev = self.revisions[i]
        return Cell(rev.new_text, rev.status, rev.provenance)

    def restore_selected(self) -> bool:
        i = self.selected_index()
        if i < 0:
            return False
        self.document.set_cell(self.segment_id, self.lang, self._revision_cell(i), self.tr("Restore revision"))
        self.accept()
        return True
