"""Import a document into one language column, after showing how its paragraphs line up with the rows.

The file is read on a worker thread, which also runs the core importer on copies of the release for every choice
the dialog offers (each column, and all columns of a table with one language per column): what the dialog
shows (warnings, new rows, overwritten cells) is exactly what the import will do, switching between the choices
costs the GUI thread nothing, and the release the worker built is what the import puts in place.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from desktop_app.domain.release import Release
from desktop_app.domain.segment_edits import is_blank
from desktop_app.formats.paragraphs import ImportedParagraph
from desktop_app.services.importing import ALL_LANGS, ImportReport, ImportSource
from desktop_app.ui.context import AppContext
from desktop_app.ui.document import DocumentController
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import capitalised, lang_label, shown_name
from desktop_app.ui.release_model import TINT_TEXT_COLOUR
from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

NEW_ROW_COLOUR = "#e6f4ea"
OVERWRITE_COLOUR = "#fff4e0"
PREVIEW_CHARS = 160


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """The release after importing into one choice of columns, with its reports, or why that choice fails."""

    release: Release | None
    reports: list[ImportReport]
    error: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedImport:
    """The file as read, the outcome of each choice the dialog offers, and the language each paragraph's text looks
    (detected on the worker: for a 500-row table it takes longer than the GUI thread may be busy)."""

    source: ImportSource
    outcomes: dict[str, ImportOutcome]
    detected: dict[str, str | None]
    comments: int = 0  # the reviewer's Word comments that became paragraph comments


def prepare_import(token: CancelToken, path: Path, release: Release) -> PreparedImport:
    """Worker: read the file (FormatError if it cannot be) and import it into copies of `release`, once per choice:
    each language column, and for a table with one language per column all of them."""
    from desktop_app.formats.errors import FormatError
    from desktop_app.services.importing import import_source, read_document

    source = read_document(path)
    choices = [*LANGS, ALL_LANGS] if source.by_language else list(LANGS)
    outcomes = {}
    for choice in choices:
        token.raise_if_cancelled()
        work = release.copy()
        try:
            outcomes[choice] = ImportOutcome(work, import_source(work, source, choice))
        except FormatError as exc:
            outcomes[choice] = ImportOutcome(None, [], refusal_text(exc))
    columns = source.columns.values() if source.columns is not None else [source.paragraphs]
    detected = {p.text: detect_language(p.text) for paragraphs in columns for p in paragraphs}
    comments = _comment_rows(path, list(columns))
    for choice, outcome in outcomes.items():
        if outcome.release is not None:
            _add_comments(outcome.release, _paired_rows(comments, outcome, choice))
    return PreparedImport(source, outcomes, detected, len(comments))


def _comment_rows(path: Path, columns: list[list[ImportedParagraph]]) -> list[tuple[int, str]]:
    """The reviewer's Word comments with the row of the paragraph each is written on (the rows of the document
    are the release's rows: the import is row-aligned); a comment whose paragraph is not imported is left out."""
    from desktop_app.formats.word_comments import read_word_comments

    if path.suffix.lower() not in {".docx", ".docm", ".dotx"}:
        return []
    found = []
    for comment in read_word_comments(path):
        anchor = comment.anchor.strip()
        row = next((i for paragraphs in columns for i, p in enumerate(paragraphs) if anchor and anchor in p.text),
                   None)
        if row is not None:
            found.append((row, f"{comment.author}: {comment.text}" if comment.author else comment.text))
    return found


def _paired_rows(comments: list[tuple[int, str]], outcome: ImportOutcome, lang: str) -> list[tuple[int, str]]:
    """The comments' rows when the paragraphs were paired with the rows by length: the n-th paragraph is in the n-th
    row that got text from the document, not in row n."""
    if outcome.release is None or not outcome.reports or not outcome.reports[0].aligned_with:
        return comments
    filled = [k for k, s in enumerate(outcome.release.segments) if not s.cells[lang].is_empty]
    return [(filled[row], text) for row, text in comments if row < len(filled)]


def _add_comments(release: Release, comments: list[tuple[int, str]]) -> None:
    """Append each comment to its row's paragraph comment, once (a file imported twice adds nothing more)."""
    for row, text in comments:
        if row < len(release.segments):
            segment = release.segments[row]
            if text not in segment.comment.split("\n"):
                segment.comment = f"{segment.comment}\n{text}" if segment.comment else text


def _short(text: str) -> str:
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


class ImportDialog(QDialog):
    """Preview and confirm an import; after `exec()` returns true, `outcome` holds the release to put in place
    (built from `snapshot`), `choice` the column filled (or ALL_LANGS) and `paragraphs` those of that column."""

    def __init__(self, context: AppContext, document: DocumentController, path: Path, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.context = context
        self.document = document
        self.path = path
        self.lang = lang
        self.paragraphs: list[ImportedParagraph] | None = None
        self.snapshot = document.release.copy()
        self.prepared: PreparedImport | None = None
        self.outcome: ImportOutcome | None = None
        self.error: str | None = None  # why the file is refused, in the interface language
        self._refusal: BaseException | None = None

        self.file_label = QLabel(self)
        self.lang_label = QLabel(self)
        self.lang_combo = QComboBox(self)
        for code in LANGS:
            self.lang_combo.addItem("", code)
        self.lang_combo.setCurrentIndex(LANGS.index(lang))
        self.table_label = QLabel(self)
        self.table_label.setWordWrap(True)
        self.table_label.setVisible(False)
        self.all_check = QCheckBox(self)
        self.all_check.setVisible(False)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # alone when refused
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
        layout.addWidget(self.table_label)
        layout.addWidget(self.all_check)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.lang_combo.currentIndexChanged.connect(self._on_lang_changed)
        self.all_check.toggled.connect(self._on_all_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(980, 620)
        self.retranslateUi()
        self.summary_label.setText(self.tr("Reading %1…").replace("%1", shown_name(path)))
        self._token = context.tasks.submit(prepare_import, path, self.snapshot, on_done=self._on_read,
                                           on_error=self._on_error)

    @property
    def choice(self) -> str:
        """The column to fill, or ALL_LANGS."""
        return ALL_LANGS if self.all_check.isVisibleTo(self) and self.all_check.isChecked() else self.lang

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import Document"))
        self.file_label.setText(self.tr("File: %1").replace("%1", shown_name(self.path)))
        self.lang_label.setText(self.tr("Import into:"))
        for i, code in enumerate(LANGS):
            self.lang_combo.setItemText(i, capitalised(lang_label(code)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        if self.prepared is not None:
            self._describe_table()
            self._preview()
        elif self._refusal is not None:
            self._show_refusal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _on_read(self, result: PreparedImport) -> None:
        self.prepared = result
        if result.source.by_language:
            self.all_check.blockSignals(True)
            self.all_check.setChecked(True)  # a table of several languages is most often wanted whole
            self.all_check.blockSignals(False)
            self.lang_combo.setEnabled(False)
        elif is_blank(self.snapshot):
            self._choose_detected_language()
        self._describe_table()
        self._preview()

    def _choose_detected_language(self) -> None:
        """A release with no text yet (File ▸ New, or a document chosen in Open) has no column the user meant:
        the document goes into the language it is written in."""
        assert self.prepared is not None
        known = self.prepared.detected
        counts = Counter(known.get(p.text) for p in self.prepared.source.column(self.lang))
        counts.pop(None, None)
        main = counts.most_common(1)[0][0] if counts else None
        if main in LANGS and main != self.lang:
            self.lang_combo.blockSignals(True)
            self.lang_combo.setCurrentIndex(LANGS.index(main))
            self.lang_combo.blockSignals(False)
            self.lang = main

    def _describe_table(self) -> None:
        """Tell the user the document holds several languages (a table with one per column, or paragraphs taking
        turns), and what of it is left out or mended."""
        assert self.prepared is not None
        source = self.prepared.source
        lines = []
        if source.left_out:
            lines.append(self.tr("Not imported: %n page number(s) and running head(s) of the printed pages.", "",
                                 source.left_out))
        if source.joined:
            lines.append(self.tr("%n line(s) broken as on a printed page joined to the paragraph they continue.", "",
                                 source.joined))
        if self.prepared.comments:
            lines.append(self.tr("%n Word comment(s) become comments of the paragraphs they are written on.", "",
                                 self.prepared.comments))
        self.all_check.setVisible(source.by_language)
        names = ", ".join(lang_label(lang) for lang in source.languages)
        if source.kind == "table":
            head = [self.tr("This document is a table with one language per column: %1. You can import all its "
                            "language columns at once, row by row, or only the column chosen above.").replace("%1",
                                                                                                               names)]
            if source.ignored_columns:
                head.append(self.tr("Not imported: the columns %1.").replace("%1", ", ".join(source.ignored_columns)))
            if source.outside:
                head.append(self.tr("Not imported: %n paragraph(s) outside the table.", "", source.outside))
            lines = head + lines
        elif source.kind == "alternating":
            lines.insert(0, self.tr("The paragraphs of this document take turns between languages: %1. You can import "
                                    "all its languages at once, row by row, or only the language chosen above.")
                         .replace("%1", names))
        self.table_label.setVisible(bool(lines))
        self.table_label.setText("\n".join(lines))
        self.all_check.setText(self.tr("Import all its languages (%1)").replace("%1", names)
                               if source.kind == "alternating"
                               else self.tr("Import all its language columns (%1)").replace("%1", names))

    def _on_all_toggled(self, checked: bool) -> None:
        self.lang_combo.setEnabled(not checked)
        if self.prepared is not None:
            self._preview()

    def _on_error(self, exc: BaseException) -> None:
        self._refusal = exc
        self._show_refusal()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_refusal(self) -> None:
        """The file is refused: no empty preview, the release said to be untouched, and what to do about it."""
        assert self._refusal is not None
        self.error = refusal_text(self._refusal)  # again after a language switch
        self.table.setVisible(False)
        self.summary_label.setText("\n\n".join([
            self.tr("This file cannot be imported; the release has not been changed."),
            self.tr("Open the file in Word and save it again as a Word document (.docx), or save its text as plain "
                    "text (.txt), then import that file."),
            self.tr("Reason: %1").replace("%1", self.error),
        ]))

    def _on_lang_changed(self) -> None:
        self.lang = self.lang_combo.currentData()
        if self.prepared is not None:
            self._preview()

    def _preview(self) -> None:
        """Fill the preview with the table's repaints held back until it is full."""
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_preview()
        finally:
            self.table.setUpdatesEnabled(True)

    def _fill_preview(self) -> None:
        assert self.prepared is not None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.outcome = outcome = self.prepared.outcomes[self.choice]
        if outcome.error is not None:
            self.paragraphs = None
            self.table.setRowCount(0)
            self.table.setVisible(False)
            self.summary_label.setText(self.tr("This column cannot be imported: %1").replace("%1", outcome.error)
                                       + "\n\n" + self.tr("Nothing has been changed. Choose another language "
                                                           "above, or import another file."))
            self.warnings_label.setVisible(False)
            ok.setEnabled(False)
            return
        self.table.setVisible(True)
        if self.choice == ALL_LANGS:
            self.paragraphs = None
            self._preview_all()
            return
        paragraphs = self.prepared.source.column(self.lang)
        self.paragraphs = paragraphs
        release = self.snapshot
        [report] = outcome.reports
        reference = next((code for code in LANGS if code != self.lang
                          and any(not s.cells[code].is_empty for s in release.segments)), None)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([
            self.tr("Reference (%1)").replace("%1", lang_label(reference)) if reference else self.tr("Reference"),
            self.tr("Now in %1").replace("%1", lang_label(self.lang)),
            self.tr("From the document"),
        ])
        rows = max(len(release.segments), len(paragraphs))
        self.table.setRowCount(rows)
        new_brush, overwrite_brush = QBrush(QColor(NEW_ROW_COLOUR)), QBrush(QColor(OVERWRITE_COLOUR))
        tint_text = QBrush(QColor(TINT_TEXT_COLOUR))  # the tints are pale in every theme, so is not its text
        if report.aligned_with and outcome.release is not None:
            self._preview_paired(outcome.release, report, new_brush, tint_text)
            ok.setEnabled(bool(paragraphs))
            return
        for row in range(rows):
            # a release with no text yet keeps none of its rows: every row comes from the document
            seg = release.segments[row] if row < report.rows_before else None
            incoming = paragraphs[row].text if row < len(paragraphs) else ""
            items = [
                QTableWidgetItem(_short(seg.cells[reference].text) if seg and reference else ""),
                QTableWidgetItem(_short(seg.cells[self.lang].text) if seg else ""),
                QTableWidgetItem(_short(incoming)),
            ]
            if seg is None:
                items[2].setBackground(new_brush)
                items[2].setForeground(tint_text)
                items[2].setToolTip(self.tr("Added as a new row"))
            elif incoming and not seg.cells[self.lang].is_empty:
                items[1].setBackground(overwrite_brush)
                items[1].setForeground(tint_text)
                items[1].setToolTip(self.tr("Replaced by the document's paragraph"))
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if report.rows_before == 0:
            self.summary_label.setText(self.tr("%n paragraph(s) make a new release, one row each.", "",
                                               report.paragraphs))
        else:
            self.summary_label.setText(
                self.tr("%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.")
                .replace("%1", str(report.paragraphs)).replace("%2", str(report.rows_before))
                .replace("%3", str(report.filled - report.overwritten)).replace("%4", str(report.overwritten))
                .replace("%5", str(max(0, len(paragraphs) - report.rows_before))))
        warnings = self._warnings(paragraphs, report.rows_before, self.lang)
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        ok.setEnabled(bool(paragraphs))

    def _preview_paired(self, imported: Release, report: ImportReport, new_brush: QBrush, tint_text: QBrush) -> None:
        """The rows as the import pairs them when the paragraphs were matched to the rows by length (an empty
        column, a paragraph more or fewer): the new rows tinted, the rows left without text marked."""
        known = {s.id for s in self.snapshot.segments}
        self.table.setRowCount(len(imported.segments))
        for row, seg in enumerate(imported.segments):
            items = [QTableWidgetItem(_short(seg.cells[report.aligned_with].text)), QTableWidgetItem(""),
                     QTableWidgetItem(_short(seg.cells[self.lang].text))]
            if seg.id not in known:
                items[2].setBackground(new_brush)
                items[2].setForeground(tint_text)
                items[2].setToolTip(self.tr("Added as a new row"))
            elif seg.cells[self.lang].is_empty:
                items[2].setBackground(new_brush)
                items[2].setToolTip(self.tr("No paragraph of the document pairs with this row"))
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.summary_label.setText(
            self.tr("%1 paragraphs into %2 rows: %3 cells filled, %4 replaced, %5 new rows.")
            .replace("%1", str(report.paragraphs)).replace("%2", str(report.rows_before))
            .replace("%3", str(report.filled)).replace("%4", "0").replace("%5", str(report.added_rows)))
        warnings = self._warnings(self.paragraphs or [], 0, self.lang)
        warnings.append(self.tr("The document has %1 paragraphs but the release has %2 rows: they were paired with "
                                "the %3 text by length and numbers; check the tinted rows.")
                        .replace("%1", str(report.paragraphs)).replace("%2", str(report.rows_before))
                        .replace("%3", lang_label(report.aligned_with)))
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(True)

    def _preview_all(self) -> None:
        """Every language column of the table beside the rows it goes into."""
        assert self.prepared is not None
        source, release = self.prepared.source, self.snapshot
        langs = source.langs_for(ALL_LANGS)  # an empty column is not imported, so not shown
        self.table.setColumnCount(len(langs))
        self.table.setHorizontalHeaderLabels(
            [self.tr("From the document (%1)").replace("%1", lang_label(lang)) for lang in langs])
        imported = len(source.column(langs[0]))
        rows = max(len(release.segments), imported)
        self.table.setRowCount(rows)
        new_brush, overwrite_brush = QBrush(QColor(NEW_ROW_COLOUR)), QBrush(QColor(OVERWRITE_COLOUR))
        tint_text = QBrush(QColor(TINT_TEXT_COLOUR))  # the tints are pale in every theme, so is not its text
        replaced = 0
        for column, lang in enumerate(langs):
            incoming = source.column(lang)
            for row in range(rows):
                seg = release.segments[row] if row < len(release.segments) else None
                text = incoming[row].text if row < len(incoming) else ""
                item = QTableWidgetItem(_short(text))
                if seg is None:
                    item.setBackground(new_brush)
                    item.setForeground(tint_text)
                    item.setToolTip(self.tr("Added as a new row"))
                elif not seg.cells[lang].is_empty and seg.cells[lang].text != text:
                    replaced += 1
                    item.setBackground(overwrite_brush)
                    item.setForeground(tint_text)
                    item.setToolTip(self.tr("Replaces: %1").replace("%1", _short(seg.cells[lang].text)))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.summary_label.setText(
            self.tr("%1 rows into %2 rows, in %3 columns: %4 cells changed, %5 new rows.")
            .replace("%1", str(imported)).replace("%2", str(len(release.segments))).replace("%3", str(len(langs)))
            .replace("%4", str(replaced)).replace("%5", str(max(0, imported - len(release.segments)))))
        # the row count is compared once, for the first column: every column of the table has the same rows
        warnings = [f"{lang_label(lang)}: {w}" for i, lang in enumerate(langs)
                    for w in self._warnings(source.column(lang), 0 if i else len(release.segments), lang)]
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(imported > 0)

    def _warnings(self, paragraphs: list[ImportedParagraph], rows: int, lang: str) -> list[str]:
        """The import report's warnings (services/importing.py), said in the interface language: text in another
        language than its column, and a paragraph count that does not match the rows."""
        column = lang_label(lang)
        known = self.prepared.detected if self.prepared is not None else {}
        detected = [known[p.text] if p.text in known else detect_language(p.text) for p in paragraphs]
        counts = Counter(d for d in detected if d)
        warnings = []
        if counts and counts.most_common(1)[0][0] != lang:
            main = counts.most_common(1)[0][0]
            looks = lang_label(main) if main in LANGS else self.tr("another language")
            warnings.append(self.tr("The text looks %1, but it is going into the %2 column.")
                            .replace("%1", looks).replace("%2", column))
        else:
            foreign = [str(i + 1) for i, d in enumerate(detected) if d and d != lang]
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
