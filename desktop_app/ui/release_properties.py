"""The release's title and date (used in exported documents' properties and headers); one undoable change."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.ui.document import DocumentController


class ReleasePropertiesDialog(QDialog):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releasePropertiesDialog")
        self.document = document
        self.title_edit = QLineEdit(document.release.title, self)
        self.title_edit.setMinimumWidth(420)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        date = QDate.fromString(document.release.date, Qt.DateFormat.ISODate)
        self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_edit)
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date_edit)
        self.form = QFormLayout(self)
        self.form.addRow(self.title_label, self.title_edit)
        self.form.addRow(self.date_label, self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Release Properties"))
        self.title_label.setText(self.tr("&Title:"))
        self.date_label.setText(self.tr("&Date:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def accept(self) -> None:
        self.document.set_release_info(self.title_edit.text().strip(),
                                       self.date_edit.date().toString(Qt.DateFormat.ISODate))
        super().accept()
