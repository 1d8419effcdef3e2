"""Import a document into one language column, after showing how its paragraphs line up with the rows.

The file is read on a worker thread; the preview is a dry run of the core importer on a copy of the release,
so what the dialog shows (warnings, new rows, overwritten cells) is exactly what the import will do.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.langdetect import detect_language
from desktop_app.formats.paragraphs import ImportedParagraph
from desktop_app.ui.context import AppContext
from desktop_app.ui.document import DocumentController
from desktop_app.ui.labels import lang_label
from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

NEW_ROW_COLOUR = "#e6f4ea"
OVERWRITE_COLOUR = "#fff4e0"
PREVIEW_CHARS = 160


def read_document(_token: CancelToken, path: Path) -> dict[str, list[ImportedParagraph]] | list[ImportedParagraph]:
    """Worker: paragraphs of a .docx/.txt, or per-language paragraphs of a release .json (FormatError if bad)."""
    from desktop_app.services.importing import load_release_json, read_paragraphs

    if path.suffix.lower() == ".json":
        release = load_release_json(path)
        return {lang: [ImportedParagraph(s.text(lang), s.role) for s in release.segments] for lang in LANGS}
    return read_paragraphs(path)


def _short(text: str) -> str:
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


class ImportDialog(QDialog):
    """Preview and confirm an import; after `exec()` returns true, `lang` and `paragraphs` say what to import."""

    def __init__(self, context: AppContext, document: DocumentController, path: Path, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.context = context
        self.document = document
        self.path = path
        self.lang = lang
        self.paragraphs: list[ImportedParagraph] | None = None
        self._read: dict[str, list[ImportedParagraph]] | list[ImportedParagraph] | None = None
        self.error: str | None = None

        self.file_label = QLabel(self)
        self.lang_label = QLabel(self)
        self.lang_combo = QComboBox(self)
        for code in LANGS:
            self.lang_combo.addItem("", code)
        self.lang_combo.setCurrentIndex(LANGS.index(lang))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #b35c00;")
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.lang_label)
        top.addWidget(self.lang_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.lang_combo.currentIndexChanged.connect(self._on_lang_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(980, 620)
        self.retranslateUi()
        self.summary_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._token = context.tasks.submit(read_document, path, on_done=self._on_read, on_error=self._on_error)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import Document"))
        self.file_label.setText(self.tr("File: %1").replace("%1", self.path.name))
        self.lang_label.setText(self.tr("Import into:"))
        for i, code in enumerate(LANGS):
            self.lang_combo.setItemText(i, lang_label(code))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        if self._read is not None:
            self._preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _on_read(self, result: dict[str, list[ImportedParagraph]] | list[ImportedParagraph]) -> None:
        self._read = result
        self._preview()

    def _on_error(self, exc: BaseException) -> None:
        self.error = str(exc)
        self.summary_label.setText(self.tr("This file cannot be imported: %1").replace("%1", self.error))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _on_lang_changed(self) -> None:
        self.lang = self.lang_combo.currentData()
        if self._read is not None:
            self._preview()

    def _preview(self) -> None:
        from desktop_app.services.importing import import_paragraphs

        paragraphs = self._read[self.lang] if isinstance(self._read, dict) else self._read
        assert paragraphs is not None
        self.paragraphs = paragraphs
        release = self.document.release
        report = import_paragraphs(release.copy(), self.lang, paragraphs, source=self.path.name)
        reference = next((code for code in LANGS if code != self.lang
                          and any(not s.cells[code].is_empty for s in release.segments)), None)
        self.table.setHorizontalHeaderLabels([
            self.tr("Reference (%1)").replace("%1", lang_label(reference)) if reference else self.tr("Reference"),
            self.tr("Now in %1").replace("%1", lang_label(self.lang)),
            self.tr("From the document"),
        ])
        rows = max(len(release.segments), len(paragraphs))
        self.table.setRowCount(rows)
        new_brush, overwrite_brush = QBrush(QColor(NEW_ROW_COLOUR)), QBrush(QColor(OVERWRITE_COLOUR))
        for row in range(rows):
            seg = release.segments[row] if row < len(release.segments) else None
            incoming = paragraphs[row].text if row < len(paragraphs) else ""
            items = [
                QTableWidgetItem(_short(seg.cells[reference].text) if seg and reference else ""),
                QTableWidgetItem(_short(seg.cells[self.lang].text) if seg else ""),
                QTableWidgetItem(_short(incoming)),
            ]
            if seg is None:
                items[2].setBackground(new_brush)
                items[2].setToolTip(self.tr("Added as a new row"))
            elif incoming and not seg.cells[self.lang].is_empty:
                items[1].setBackground(overwrite_brush)
                items[1].setToolTip(self.tr("Replaced by the document's paragraph"))
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.summary_label.setText(
            self.tr("%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.")
            .replace("%1", str(report.paragraphs)).replace("%2", str(report.rows_before))
            .replace("%3", str(report.filled - report.overwritten)).replace("%4", str(report.overwritten))
            .replace("%5", str(len(paragraphs) - len(release.segments) if len(paragraphs) > len(release.segments)
                               else 0)))
        warnings = self._warnings(paragraphs, report.rows_before)
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(paragraphs))

    def _warnings(self, paragraphs: list[ImportedParagraph], rows: int) -> list[str]:
        """The import report's warnings (services/importing.py), said in the interface language: text in another
        language than its column, and a paragraph count that does not match the rows."""
        column = lang_label(self.lang)
        detected = [detect_language(p.text) for p in paragraphs]
        counts = Counter(d for d in detected if d)
        warnings = []
        if counts and counts.most_common(1)[0][0] != self.lang:
            main = counts.most_common(1)[0][0]
            looks = lang_label(main) if main in LANGS else self.tr("another language")
            warnings.append(self.tr("The text looks %1, but it is going into the %2 column.")
                            .replace("%1", looks).replace("%2", column))
        else:
            foreign = [str(i + 1) for i, d in enumerate(detected) if d and d != self.lang]
            if foreign:
                shown = ", ".join(foreign[:10]) + (" …" if len(foreign) > 10 else "")
                warnings.append(self.tr("Paragraphs %1 do not look %2.").replace("%1", shown).replace("%2", column))
        if rows and len(paragraphs) > rows:
            warnings.append(self.tr("The document has %1 paragraphs but the release has %2 rows: the last %3 "
                                    "paragraphs were added as new rows; check the alignment.")
                            .replace("%1", str(len(paragraphs))).replace("%2", str(rows))
                            .replace("%3", str(len(paragraphs) - rows)))
        elif rows and len(paragraphs) < rows:
            warnings.append(self.tr("The document has %1 paragraphs but the release has %2 rows: the last %3 rows "
                                    "get no %4 text from it.")
                            .replace("%1", str(len(paragraphs))).replace("%2", str(rows))
                            .replace("%3", str(rows - len(paragraphs))).replace("%4", column))
        return warnings

    def done(self, result: int) -> None:
        self._token.cancel()
        super().done(result)
