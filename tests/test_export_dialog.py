"""File ▸ Export… in the real window: choices, overwrite question, QA question, worker with progress, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import ui_support
from export_helpers import cell_rows, open_docx
from PySide6.QtWidgets import QMessageBox
from qa_helpers import clean_sample

import desktop_app.services.exporting as exporting
from desktop_app.domain.release import Cell, Release, Status
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.main_window import MainWindow

answers, window = ui_support.answers, ui_support.window  # fixtures


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    """The sample without its deliberate forbidden form: exports here start with no QA error to ask about."""
    path = tmp_path / "sample.pressdesk"
    ProjectStore.create(path, clean_sample()).close()
    return path


def make_dialog(qtbot, win: MainWindow) -> ExportDialog:
    dialog = ExportDialog(win.context, win.document, win)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: ExportDialog, mode: str, out: Path, **langs: str) -> None:
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(mode))
    for name, code in langs.items():
        combo = getattr(dialog, f"{name}_combo")
        combo.setCurrentIndex(combo.findData(code))
    dialog.output_edit.setText(str(out))
    dialog.output_edit.textEdited.emit(str(out))


def run(qtbot, win: MainWindow, dialog: ExportDialog) -> None:
    dialog.start_export()
    assert win.context.tasks.wait_idle(60)


def test_export_action_sits_after_import_in_the_file_menu(window: MainWindow) -> None:
    actions = window.file_menu.actions()
    assert actions[actions.index(window.import_action) + 1] is window.export_action
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.export_action.text()


def test_suggested_output_follows_the_choices_beside_the_project(qtbot, window: MainWindow,
                                                                 sample_project: Path) -> None:
    dialog = make_dialog(qtbot, window)
    folder = sample_project.parent
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("single"))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("ru"))
    assert dialog.output_edit.text() == str(folder / "sample-ru.docx")
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("all"))
    assert dialog.output_edit.text() == str(folder / "sample")
    assert dialog.form.isRowVisible(dialog.zip_check) and not dialog.form.isRowVisible(dialog.lang_combo)
    dialog.zip_check.setChecked(True)
    assert dialog.output_edit.text() == str(folder / "sample.zip")
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("review"))
    assert dialog.form.isRowVisible(dialog.pair_widget)
    assert dialog.output_edit.text() == str(folder / "sample-review-zh-en.docx")
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("zh"))
    assert not dialog.export_button.isEnabled()  # zh → zh is no pair
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("ru"))
    assert dialog.export_button.isEnabled()


def test_export_runs_in_the_background_and_writes_the_document(qtbot, window: MainWindow, tmp_path: Path,
                                                               answers: ui_support.Answers) -> None:
    dialog = make_dialog(qtbot, window)
    out = tmp_path / "out" / "table.docx"
    choose(dialog, "table", out)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    run(qtbot, window, dialog)
    assert dialog.result is not None and dialog.result.paths == [out]
    assert answers.asked == []  # nothing to replace, no QA errors: no question
    rows = cell_rows(open_docx(out).tables[0])
    assert rows[1] == [window.document.release.segments[0].text(lang) for lang in ("zh", "en", "ru")]
    assert seen and seen[-1] == 100


def test_replacing_a_file_is_asked_first(qtbot, window: MainWindow, tmp_path: Path,
                                         answers: ui_support.Answers) -> None:
    out = tmp_path / "en.docx"
    earlier = Release("earlier", segments=window.document.release.segments[2:3])
    exporting.export_release(earlier, out, "en")
    before = out.read_bytes()
    dialog = make_dialog(qtbot, window)
    choose(dialog, "single", out, lang="en")
    answers.reply = QMessageBox.StandardButton.No
    run(qtbot, window, dialog)
    assert answers.asked == ["Replace Files?"]
    assert out.read_bytes() == before
    answers.reply = QMessageBox.StandardButton.Yes
    run(qtbot, window, dialog)
    assert open_docx(out).paragraphs[0].text == window.document.release.segments[0].text("en")


@pytest.mark.parametrize("reply", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_qa_errors_are_asked_about_before_exporting(qtbot, window: MainWindow, tmp_path: Path,
                                                    answers: ui_support.Answers, reply) -> None:
    seg = window.document.release.segments[3]
    seg.cells["en"] = Cell(seg.text("en").replace("2007", "2008"), Status.DRAFT)  # a number QA flags as an error
    dialog = make_dialog(qtbot, window)
    out = tmp_path / "en.docx"
    choose(dialog, "single", out, lang="en")
    answers.reply = reply
    run(qtbot, window, dialog)
    assert answers.asked == ["Export with Errors?"]
    assert out.exists() == (reply == QMessageBox.StandardButton.Yes)


def test_an_unreadable_glossary_is_asked_about_not_skipped_silently(qtbot, window: MainWindow, tmp_path: Path,
                                                                    answers: ui_support.Answers) -> None:
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)  # the glossary exists and was read
    window.context.glossary.path.write_bytes(b"not a glossary" * 100)  # damaged since the window opened
    window.context.glossary.changed()
    dialog = make_dialog(qtbot, window)
    out = tmp_path / "en.docx"
    choose(dialog, "single", out, lang="en")
    answers.reply = QMessageBox.StandardButton.No
    run(qtbot, window, dialog)
    assert answers.asked == ["Export without Checks?"]
    assert not out.exists()


def test_cancel_during_the_export_leaves_nothing_behind(qtbot, window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    started, go = threading.Event(), threading.Event()
    real = exporting.export_release

    def held_export(*args, **kwargs):
        progress = args[-1]

        def hold(done: int, total: int) -> None:
            started.set()
            go.wait(10)
            progress(done, total)

        return real(*args[:-1], hold, **kwargs)

    monkeypatch.setattr(exporting, "export_release", held_export)
    dialog = make_dialog(qtbot, window)
    out = tmp_path / "pack.zip"
    choose(dialog, "all", out)
    dialog.start_export()
    qtbot.waitUntil(started.is_set, timeout=30000)
    dialog.reject()  # Cancel while the worker is writing
    go.set()
    assert window.context.tasks.wait_idle(30)
    assert dialog.isVisible() and dialog.result is None
    assert not out.exists()
    assert not any(p.name.startswith(".pack.zip") for p in tmp_path.iterdir())
    assert dialog.export_button.isEnabled()
