"""Preferences: interface language (applied at once), author, end mark, MT quality, autosave interval, grid
columns, and Team: the office's shared glossary and memory (PostgreSQL URLs) and MT server (LibreTranslate URL and key).

Choosing a UI language switches the translators immediately, so the whole application, this dialog included,
changes language while the dialog is open; Cancel switches back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.mt.engine import MtError
from desktop_app.mt.libretranslate_engine import server_address
from desktop_app.settings import MT_QUALITIES, Settings
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import UI_LANG_NAMES, UI_LANGS
from desktop_app.ui.keyboard_flow import CONFIRM_STATUSES, confirm_status
from desktop_app.ui.labels import capitalised, lang_label, status_label

END_MARKS = ("###", "native")


class PreferencesDialog(QDialog):
    def __init__(self, context: AppContext, column_order: list[str], hidden_columns: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.context = context
        settings = context.settings
        self._original_lang = context.ui_language.current if context.ui_language else settings.ui_lang

        self.ui_lang_combo = QComboBox(self)
        self.ui_lang_combo.setObjectName("uiLangCombo")
        for lang in UI_LANGS:
            self.ui_lang_combo.addItem(UI_LANG_NAMES[lang], lang)
        self.ui_lang_combo.setCurrentIndex(UI_LANGS.index(self._original_lang)
                                           if self._original_lang in UI_LANGS else 0)
        self.author_edit = QLineEdit(settings.author, self)
        self.end_mark_combo = QComboBox(self)
        for mark in END_MARKS:
            self.end_mark_combo.addItem("", mark)
        self.end_mark_combo.setCurrentIndex(END_MARKS.index(settings.end_mark) if settings.end_mark in END_MARKS
                                            else 0)
        self.confirm_combo = QComboBox(self)
        self.confirm_combo.setObjectName("confirmStatusCombo")
        for status in CONFIRM_STATUSES:
            self.confirm_combo.addItem("", status.value)
        self.confirm_combo.setCurrentIndex(CONFIRM_STATUSES.index(confirm_status(settings.confirm_status)))
        self.mt_quality_combo = QComboBox(self)
        self.mt_quality_combo.setObjectName("mtQualityCombo")
        for quality in MT_QUALITIES:
            self.mt_quality_combo.addItem("", quality)
        self.mt_quality_combo.setCurrentIndex(MT_QUALITIES.index(settings.mt_quality)
                                              if settings.mt_quality in MT_QUALITIES else 0)
        self.autosave_spin = QSpinBox(self)
        self.autosave_spin.setRange(5, 3600)
        self.autosave_spin.setValue(context.qt_settings.autosave_seconds)
        self.columns_list = QListWidget(self)
        self.columns_list.setObjectName("columnsList")
        for lang in column_order:
            item = QListWidgetItem(self.columns_list)
            item.setData(Qt.ItemDataRole.UserRole, lang)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if lang in hidden_columns else Qt.CheckState.Checked)
        self.columns_list.setMaximumHeight(90)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.columns_note = QLabel(self)
        self.columns_note.setWordWrap(True)
        column_buttons = QVBoxLayout()
        column_buttons.addWidget(self.up_button)
        column_buttons.addWidget(self.down_button)
        column_buttons.addStretch(1)
        columns_row = QHBoxLayout()
        columns_row.addWidget(self.columns_list, 1)
        columns_row.addLayout(column_buttons)
        self.form = QFormLayout()
        self.form_labels: list[QLabel] = []
        for field in (self.ui_lang_combo, self.author_edit, self.end_mark_combo, self.confirm_combo,
                      self.mt_quality_combo, self.autosave_spin, columns_row):
            label = QLabel(self)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(self.columns_list)
            self.form_labels.append(label)
            self.form.addRow(label, field)
        self.team_group = TeamGroup(settings, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.columns_note)
        layout.addWidget(self.team_group)
        layout.addWidget(self.buttons)

        self.ui_lang_combo.currentIndexChanged.connect(self._switch_language)
        self.up_button.clicked.connect(lambda: self._move_column(-1))
        self.down_button.clicked.connect(lambda: self._move_column(1))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        labels = [self.tr("&Interface language:"), self.tr("&Author (for exported documents):"),
                  self.tr("&End mark:"), self.tr("Ctrl+Enter &marks a cell:"),
                  self.tr("Machine &translation:"), self.tr("Auto&save every:"),
                  self.tr("&Columns:")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.end_mark_combo.setItemText(0, self.tr("### (international)"))
        self.end_mark_combo.setItemText(1, self.tr("Native: 完 in Chinese, *** in Russian"))
        for i, status in enumerate(CONFIRM_STATUSES):
            self.confirm_combo.setItemText(i, status_label(status))
        self.mt_quality_combo.setItemText(0, self.tr("Draft (fast)"))
        self.mt_quality_combo.setItemText(1, self.tr("Best (beam search, about 3× slower)"))
        self.mt_quality_combo.setToolTip(self.tr("How suggestions and Translate Column decode: draft picks the "
                                                 "likeliest word at each step; best compares four candidates."))
        self.autosave_spin.setSuffix(self.tr(" s"))
        for i in range(self.columns_list.count()):
            item = self.columns_list.item(i)
            item.setText(capitalised(lang_label(item.data(Qt.ItemDataRole.UserRole))))
        self.up_button.setText(self.tr("Move &Up"))
        self.down_button.setText(self.tr("Move &Down"))
        self.columns_note.setText(self.tr("Unticked languages are hidden from the grid; at least one stays visible."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _switch_language(self) -> None:
        if self.context.ui_language is not None:
            self.context.ui_language.switch(self.ui_lang_combo.currentData())

    def _move_column(self, step: int) -> None:
        row = self.columns_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns_list.count():
            return
        item = self.columns_list.takeItem(row)
        self.columns_list.insertItem(target, item)
        self.columns_list.setCurrentRow(target)

    def column_order(self) -> list[str]:
        return [self.columns_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns_list.count())]

    def hidden_columns(self) -> list[str]:
        hidden = [self.columns_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns_list.count())
                  if self.columns_list.item(i).checkState() != Qt.CheckState.Checked]
        return hidden if len(hidden) < len(LANGS) else []

    def accept(self) -> None:
        problem = self.team_group.problem()
        if problem:
            QMessageBox.warning(self, self.tr("Preferences"), problem)
            return
        settings = self.context.settings
        self.team_group.store(settings)
        settings.ui_lang = self.ui_lang_combo.currentData()
        settings.author = self.author_edit.text().strip()
        settings.end_mark = self.end_mark_combo.currentData()
        settings.confirm_status = self.confirm_combo.currentData()
        settings.mt_quality = self.mt_quality_combo.currentData()
        self.context.save_settings()
        self.context.qt_settings.autosave_seconds = self.autosave_spin.value()
        super().accept()

    def reject(self) -> None:
        if self.context.ui_language is not None and self.context.ui_language.current != self._original_lang:
            self.context.ui_language.switch(self._original_lang)
        super().reject()


def _usable_server_address(text: str) -> bool:
    """Whether requests can use `text` as the MT server's address (http(s)://host:port, no password in it)."""
    try:
        server_address(text)
    except MtError:
        return False
    return True


class TeamGroup(QGroupBox):
    """Preferences ▸ Team: where the office's shared glossary, memory and MT server are (empty: this desk's own).
    The glossary and memory are used as soon as the dialog is accepted; the MT server when PressDesk is next
    started."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamGroup")
        self.glossary_url = QLineEdit(settings.glossary_url, self)
        self.memory_url = QLineEdit(settings.memory_url, self)
        self.mt_url = QLineEdit(settings.mt_url, self)
        self.mt_api_key = QLineEdit(settings.mt_api_key, self)
        self.mt_api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form_labels: list[QLabel] = []
        for field in (self.glossary_url, self.memory_url, self.mt_url, self.mt_api_key):
            label = QLabel(self)
            label.setBuddy(field)
            self.form_labels.append(label)
            self.form.addRow(label, field)
        self.form.addRow(self.note)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Team"))
        labels = [self.tr("Shared glossary:"), self.tr("Shared memory:"), self.tr("MT server:"),
                  self.tr("MT server key:")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        for field in (self.glossary_url, self.memory_url):
            field.setPlaceholderText(self.tr("postgresql://user@server/pressdesk — empty: this desk's own"))
        self.mt_url.setPlaceholderText(self.tr("http://server:5000 — empty: the installed language packs"))
        self.note.setText(self.tr("The shared glossary and memory are used at once; a new MT server when PressDesk "
                                  "is next started."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def problem(self) -> str:
        """Why the URLs typed cannot be used ("" when they can)."""
        for field in (self.glossary_url, self.memory_url):
            text = field.text().strip()
            if text and not text.startswith(("postgresql://", "postgres://")):
                return self.tr("A shared glossary or memory is a PostgreSQL URL starting with postgresql://")
        text = self.mt_url.text().strip()
        if text and not _usable_server_address(text):
            return self.tr("The MT server is a LibreTranslate URL starting with http:// or https://")
        return ""

    def store(self, settings: Settings) -> None:
        settings.glossary_url = self.glossary_url.text().strip()
        settings.memory_url = self.memory_url.text().strip()
        settings.mt_url = self.mt_url.text().strip()
        settings.mt_api_key = self.mt_api_key.text().strip()
