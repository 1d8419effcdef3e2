"""Export the release as Word documents: choose layout, language(s), house template and output, then export.

Pressing Export asks before replacing existing files, runs the quality checks on a worker (asking before
exporting a release with errors), then writes the documents on a worker with a progress bar; Cancel stops it and
leaves any earlier file in place. The release is copied when Export is pressed, so editing goes on meanwhile.
`install_export_action(window)` adds File ▸ Export… (Ctrl+E) to the main window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.domain.release import Release
from desktop_app.settings import Settings
from desktop_app.ui.context import AppContext
from desktop_app.ui.document import DocumentController
from desktop_app.ui.error_dialog import UNWRITABLE_ERRNOS
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import capitalised, lang_label, shown_path, shown_text
from desktop_app.ui.workers import CancelToken

if TYPE_CHECKING:  # the services load python-docx and the glossary: only when an export is asked for
    from desktop_app.services.exporting import ExportResult
    from desktop_app.services.glossary_service import GlossaryService
    from desktop_app.services.qa import QaReport

log = logging.getLogger(__name__)

MODES = ("single", "all", "table", "review")  # "all" is the single layout for the three languages at once
ALL = "all"  # the service's word for the three languages of the single layout


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the dialog asks the export service for."""

    layout: str
    lang: str | None
    pair: tuple[str, str] | None
    template: Path | None
    out: Path
    project: Path | None = None  # the file the release comes from: an export never writes over it

    def targets(self) -> list[Path]:
        """The files this export writes (to ask before replacing any of them)."""
        from desktop_app.services.exporting import all_targets

        return all_targets(self.out) if self.lang == ALL else [self.out]


def run_checks(token: CancelToken, release: Release, glossary: GlossaryService, ignored: set[str],
               request: ExportRequest) -> QaReport:
    """Worker: the checks before export with the glossary's current snapshot (the one every reader shares). A
    glossary that cannot be read fails the checks, and the dialog asks whether to export without them."""
    from desktop_app.services.qa import check_before_export

    snapshot = glossary.snapshot()
    token.raise_if_cancelled()
    return check_before_export(release, snapshot, ignored, request.layout, request.lang, request.pair)


def write_documents(token: CancelToken, release: Release, request: ExportRequest, settings: Settings) -> ExportResult:
    """Worker: the export itself; cancelling stops it at the next segment and leaves the target untouched."""
    from desktop_app.services.exporting import export_release

    def progress(done: int, total: int) -> None:
        token.raise_if_cancelled()
        token.report(done / total)

    return export_release(release, request.out, request.lang, request.layout, request.pair, request.template,
                          settings, progress, project=request.project)


class ExportDialog(QDialog):
    """Choose and run an export; after `exec()` returns true, `result` says what was written."""

    def __init__(self, context: AppContext, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.context = context
        self.document = document
        self.result: ExportResult | None = None
        self._token: CancelToken | None = None
        self._request: ExportRequest | None = None
        self._snapshot: Release | None = None
        self._auto_output = True  # the output path follows the choices until the user edits it

        self.mode_label, self.mode_combo = QLabel(self), QComboBox(self)
        for mode in MODES:
            self.mode_combo.addItem("", mode)
        self.lang_label, self.lang_combo = QLabel(self), self._lang_combo(document.current_lang())
        self.pair_label = QLabel(self)
        self.source_combo = self._lang_combo(LANGS[0])
        self.target_combo = self._lang_combo(LANGS[1])
        self.arrow = QLabel("→", self)
        pair_row = QHBoxLayout()
        pair_row.addWidget(self.source_combo)
        pair_row.addWidget(self.arrow)
        pair_row.addWidget(self.target_combo)
        pair_row.addStretch(1)
        self.pair_widget = QWidget(self)
        self.pair_widget.setLayout(pair_row)
        pair_row.setContentsMargins(0, 0, 0, 0)
        self.zip_check = QCheckBox(self)
        self.template_label, self.template_edit = QLabel(self), QLineEdit(self)
        self.template_button, self.template_clear = QPushButton(self), QPushButton(self)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_clear)
        self.output_label, self.output_edit, self.output_button = QLabel(self), QLineEdit(self), QPushButton(self)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)

        form = QFormLayout()
        form.addRow(self.mode_label, self.mode_combo)
        form.addRow(self.lang_label, self.lang_combo)
        form.addRow(self.pair_label, self.pair_widget)
        form.addRow("", self.zip_check)
        form.addRow(self.template_label, template_row)
        form.addRow(self.output_label, output_row)
        self.form = form
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.mode_combo.currentIndexChanged.connect(self._on_choice_changed)
        for combo in (self.lang_combo, self.source_combo, self.target_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.zip_check.toggled.connect(self._on_choice_changed)
        self.output_edit.textEdited.connect(self._on_output_edited)
        self.template_button.clicked.connect(self.browse_template)
        self.template_clear.clicked.connect(self.template_edit.clear)
        self.output_button.clicked.connect(self.browse_output)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self._on_choice_changed()
        # As wide as the longest layout name needs in this font (640 px was too narrow at 200 % text).
        hint = self.sizeHint()
        self.resize(max(640, hint.width()), hint.height())

    def _lang_combo(self, current: str) -> QComboBox:
        combo = QComboBox(self)
        for code in LANGS:
            combo.addItem("", code)
        combo.setCurrentIndex(LANGS.index(current) if current in LANGS else 0)
        return combo

    # -- words on screen -------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export to Word"))
        names = {
            "single": self.tr("Press release in one language"),
            "all": self.tr("Press releases in all three languages"),
            "table": self.tr("Side by side (Chinese | English | Russian)"),
            "review": self.tr("Review table for one language pair"),
        }
        for i, mode in enumerate(MODES):
            self.mode_combo.setItemText(i, names[mode])
        for combo in (self.lang_combo, self.source_combo, self.target_combo):
            for i, code in enumerate(LANGS):
                combo.setItemText(i, capitalised(lang_label(code)))
        self.mode_label.setText(self.tr("&Layout:"))
        self.mode_label.setBuddy(self.mode_combo)
        self.lang_label.setText(self.tr("La&nguage:"))
        self.lang_label.setBuddy(self.lang_combo)
        self.pair_label.setText(self.tr("Source → &target:"))
        self.pair_label.setBuddy(self.source_combo)
        self.zip_check.setText(self.tr("Pack the three documents into one .&zip file"))
        self.template_label.setText(self.tr("&House template:"))
        self.template_label.setBuddy(self.template_edit)
        self.template_edit.setPlaceholderText(self.tr("Built-in template"))
        self.template_button.setText(self.tr("&Choose…"))
        self.template_clear.setText(self.tr("Built-&in"))
        self.output_label.setText(self.tr("&Save to:"))
        self.output_label.setBuddy(self.output_edit)
        self.output_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- choices ---------------------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.mode_combo.currentData()

    def _on_choice_changed(self) -> None:
        mode = self.mode
        self.form.setRowVisible(self.lang_combo, mode == "single")
        self.form.setRowVisible(self.pair_widget, mode == "review")
        self.form.setRowVisible(self.zip_check, mode == "all")
        if self._auto_output:
            self.output_edit.setText(str(self.default_output()))
        self._validate()

    def _on_output_edited(self) -> None:
        self._auto_output = not self.output_edit.text().strip()
        self._validate()

    def _base(self) -> tuple[Path, str]:
        """Folder and name stem for suggested outputs: beside the project, else in Documents."""
        if self.document.path is not None:
            return self.document.path.parent, self.document.path.stem
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home()), "release"

    def default_output(self) -> Path:
        folder, stem = self._base()
        mode = self.mode
        if mode == "single":
            return folder / f"{stem}-{self.lang_combo.currentData()}.docx"
        if mode == "all":
            return folder / (f"{stem}.zip" if self.zip_check.isChecked() else stem)
        if mode == "table":
            return folder / f"{stem}-zh-en-ru.docx"
        return folder / f"{stem}-review-{self.source_combo.currentData()}-{self.target_combo.currentData()}.docx"

    def request(self) -> ExportRequest:
        mode = self.mode
        template = self.template_edit.text().strip()
        return ExportRequest(
            layout="single" if mode in ("single", "all") else mode,
            lang=ALL if mode == "all" else self.lang_combo.currentData() if mode == "single" else None,
            pair=(self.source_combo.currentData(), self.target_combo.currentData()) if mode == "review" else None,
            template=Path(template).expanduser() if template else None,
            out=Path(self.output_edit.text().strip()).expanduser(),
            project=self.document.path,
        )

    def _problem(self) -> str | None:
        """Why the current choices cannot be exported, or None."""
        if self.mode == "review" and self.source_combo.currentData() == self.target_combo.currentData():
            return self.tr("Choose two different languages for the review table.")
        if not self.output_edit.text().strip():
            return self.tr("Choose where to save the export.")
        empty = [lang for lang in self._langs_with_text_needed()
                 if all(segment.cells[lang].is_empty for segment in self.document.release.segments)]
        if empty:  # said before Export is pressed, not after the checks as a failure in the core's English
            return self.tr("There is no %1 text to export yet.").replace(
                "%1", self.tr(" or ").join(lang_label(lang) for lang in empty))
        return None

    def _langs_with_text_needed(self) -> tuple[str, ...]:
        """The languages the chosen layout writes as documents of their own (the side-by-side table may leave a
        column empty; a review table needs its source)."""
        if self.mode == "all":
            return LANGS
        if self.mode == "single":
            return (self.lang_combo.currentData(),)
        if self.mode == "review":
            return (self.source_combo.currentData(),)
        return ()

    def _validate(self) -> None:
        problem = self._problem()
        self.status_label.setText(problem or "")
        self.export_button.setEnabled(problem is None and self._token is None)

    def browse_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a House Template"), self.template_edit.text(),
                                              self.tr("Word documents and templates (*.docx *.dotx)"))
        if path:
            self.template_edit.setText(path)

    def browse_output(self) -> None:
        current = self.output_edit.text().strip() or str(self.default_output())
        if self.mode == "all" and not self.zip_check.isChecked():
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into Folder"), str(Path(current).parent))
        elif self.mode == "all":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as"), current, self.tr("Zip archive (*.zip)"),
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as"), current,
                                                  self.tr("Word document (*.docx)"),
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self._auto_output = False
            self.output_edit.setText(path)
            self._validate()

    # -- running ---------------------------------------------------------------------------------------------
    def start_export(self) -> None:
        """Ask before replacing files, check the release, then export (each step on answer or result)."""
        problem = self._problem()
        if problem or self._token is not None:
            return
        request = self.request()
        existing = [p for p in request.targets() if p.exists()]
        if existing:
            names = "\n".join(str(p) for p in existing)
            text = self.tr("These files exist already and will be replaced:\n%1").replace("%1", names)
            if not self._ask_to_go_on(self.tr("Replace Files?"), text):
                return
        self._request = request
        self._snapshot = self.document.release.copy()
        ignored = self.document.store.ignored_findings() if self.document.store is not None else set()
        self._set_running(True, self.tr("Checking the release…"))
        self.progress.setRange(0, 0)
        self._token = self.context.tasks.submit(run_checks, self._snapshot, self.context.glossary, ignored,
                                                request, on_done=self._on_checked,
                                                on_error=self._on_check_failed)

    def _on_checked(self, report: QaReport) -> None:
        self._token = None
        if report.errors:
            text = self.tr("The quality checks found %1 error(s) in this release (%2). Export it anyway?").replace(
                "%1", str(report.errors)).replace("%2", self._other_findings(report))
            if not self._ask_to_go_on(self.tr("Export with Errors?"), text):
                self._set_running(False, self.tr("Export not started: fix the errors in Quality Checks first."))
                return
        self._write()

    def _other_findings(self, report: QaReport) -> str:
        """What else the checks found, in the interface language (the report's own summary is English)."""
        text = self.tr("warnings: %1, style notes: %2").replace("%1", str(report.warnings)).replace(
            "%2", str(report.notes))
        return text + (", " + self.tr("ignored: %1").replace("%1", str(len(report.ignored))) if report.ignored else "")

    def _on_check_failed(self, exc: BaseException) -> None:
        """The checks themselves could not run (not a finding): say so and let the user decide."""
        self._token = None
        log.warning("QA before export failed: %s", exc)
        text = self.tr("The quality checks could not run (%1). Export without them?").replace(
            "%1", shown_text(str(exc)))
        if not self._ask_to_go_on(self.tr("Export without Checks?"), text):
            self._set_running(False, "")
            return
        self._write()

    def _ask_to_go_on(self, title: str, text: str) -> bool:
        reply = QMessageBox.question(self, title, text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        return reply == QMessageBox.StandardButton.Yes

    def _write(self) -> None:
        assert self._request is not None and self._snapshot is not None
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._set_running(True, self.tr("Exporting…"))
        self._token = self.context.tasks.submit(write_documents, self._snapshot, self._request,
                                                self.context.settings, on_done=self._on_written,
                                                on_error=self._on_write_failed, on_progress=self._on_progress)

    def _on_progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(round(fraction * 100))

    def _on_written(self, result: ExportResult) -> None:
        self._token = None
        self.result = result
        self._set_running(False, "")
        self.accept()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._token = None
        self._set_running(False, "")
        cause = exc.__cause__
        if isinstance(cause, OSError) and cause.errno in UNWRITABLE_ERRNOS and self._request is not None:
            text = self.tr("Nothing was exported: the folder %1 cannot be written to (a write-protected USB stick, "
                           "a CD or a read-only folder). Choose another folder with Browse.").replace(
                "%1", shown_path(self._request.targets()[0].parent)) + "\n\n" + shown_text(refusal_text(exc))
        else:
            text = self.tr("The release could not be exported:\n%1").replace("%1", shown_text(refusal_text(exc)))
        QMessageBox.critical(self, self.tr("Export Failed"), text)

    def _set_running(self, running: bool, message: str) -> None:
        for widget in (self.mode_combo, self.lang_combo, self.pair_widget, self.zip_check, self.template_edit,
                       self.template_button, self.template_clear, self.output_edit, self.output_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.status_label.setText(message)
        self.export_button.setEnabled(not running and self._problem() is None)

    def reject(self) -> None:
        """Cancel stops a running check or export first (the target keeps its earlier content)."""
        if self._token is not None:
            self._token.cancel()
            self._token = None
            self._set_running(False, self.tr("Export cancelled."))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
        super().done(result)


class ExportAction(QObject):
    """File ▸ Export… in the main window: commits the cell being edited, then opens the export dialog."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("exportAction")
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.triggered.connect(self.open_dialog)
        window.addAction(self.action)
        menu = window.file_menu  # type: ignore[attr-defined]
        import_action = getattr(window, "import_action", None)
        actions = menu.actions()
        after = actions.index(import_action) + 1 if import_action in actions else len(actions)
        menu.insertAction(actions[after] if after < len(actions) else None, self.action)
        # The documents are for sending out: after an export, their folder is one click away (a file manager
        # there shows them, ready to attach), instead of being looked for by the name in the status bar.
        self.last_folder: Path | None = None
        self.open_folder_action = QAction(window)
        self.open_folder_action.setObjectName("openExportFolderAction")
        self.open_folder_action.setEnabled(False)
        self.open_folder_action.triggered.connect(self.open_folder)
        menu.insertAction(actions[after] if after < len(actions) else None, self.open_folder_action)
        window.installEventFilter(self)
        self.retranslateUi()

    def open_folder(self) -> None:
        """Show the folder of the last export in the desktop's file manager."""
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("&Export to Word…"))
        self.open_folder_action.setText(self.tr("Show Exported &Documents"))
        self.open_folder_action.setStatusTip(self.tr("Open the folder the last export wrote to"))
        self.action.setStatusTip(self.tr("Write the release as Word documents for distribution or review"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return False

    def open_dialog(self) -> ExportDialog:
        """Open the dialog modally; afterwards say in the status bar what was written."""
        delegate = self.window.grid.cell_delegate  # type: ignore[attr-defined]
        editor = delegate.active_editor
        if editor is not None:  # what is being typed belongs in the export
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)
        dialog = ExportDialog(self.window.context, self.window.document, self.window)  # type: ignore[attr-defined]
        if dialog.exec() and dialog.result is not None:
            shown = ", ".join(p.name for p in dialog.result.paths)
            self.last_folder = dialog.result.paths[0].parent
            self.open_folder_action.setEnabled(True)
            message = self.tr("Exported %1 to %2 (File ▸ Show Exported Documents)").replace("%1", shown).replace(
                "%2", str(self.last_folder))
            left_out = sum(dialog.result.left_out.values())
            if left_out:
                message += " " + self.tr("(%n segment(s) without text left out)", "", left_out)
            if dialog.result.template_body:
                message += " " + self.tr("(the template's own body text, %n paragraph(s), is not exported: a "
                                         "letterhead belongs in its header)", "", dialog.result.template_body)
            self.window.status_message(message)  # type: ignore[attr-defined]
        return dialog


def install_export_action(window: QMainWindow) -> ExportAction:
    """Add File ▸ Export… (Ctrl+E) to the main window, right after Import."""
    export = ExportAction(window)
    window.export_action = export.action  # type: ignore[attr-defined]
    return export
