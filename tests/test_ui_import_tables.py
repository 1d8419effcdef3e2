"""Importing a table with one language per column from the window: the dialog says so and offers all its columns,
the file is read and the import prepared on a worker, and one undo restores the release as it was."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
import ui_support
from PySide6.QtWidgets import QDialogButtonBox
from table_docs import EN, ROWS, RU, ZH, expo_release, set_cell, texts, write_table_docx

from desktop_app.domain.release import Release, Status
from desktop_app.services.exporting import export_release
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.main_window import MainWindow

answers = ui_support.answers  # fixture


@pytest.fixture
def expo_window(qtbot, data_dir: Path, tmp_path: Path, answers: ui_support.Answers) -> Iterator[MainWindow]:
    project = tmp_path / "expo.pressdesk"
    ProjectStore.create(project, expo_release()).close()
    yield from ui_support.window_on(qtbot, data_dir, project)


class Reviewer:
    """Stands in for the user at the import dialog: waits (on the event loop) until the worker has prepared the
    import, records what the dialog shows, makes `choose`'s choice and accepts."""

    def __init__(self, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot = qtbot
        self.choose: Callable[[ImportDialog], None] = lambda _dialog: None
        self.seen: list[dict] = []
        monkeypatch.setattr(ImportDialog, "exec", lambda dialog: self.exec(dialog))

    def exec(self, dialog: ImportDialog) -> int:
        reading = dialog.summary_label.text()
        self.qtbot.waitUntil(lambda: dialog.prepared is not None or dialog.error is not None, timeout=20_000)
        self.choose(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.seen.append({
            "reading": reading, "told": dialog.table_label.text() if dialog.table_label.isVisibleTo(dialog) else "",
            "offered": dialog.all_check.isVisibleTo(dialog), "all": dialog.all_check.isChecked(),
            "choice": dialog.choice, "summary": dialog.summary_label.text(), "can_import": ok.isEnabled(),
            "headers": [item.text() for c in range(dialog.table.columnCount())
                        if (item := dialog.table.horizontalHeaderItem(c)) is not None],
            "rows": dialog.table.rowCount(),
        })
        return int(ok.isEnabled())


@pytest.fixture
def reviewer(qtbot, monkeypatch: pytest.MonkeyPatch) -> Reviewer:
    return Reviewer(qtbot, monkeypatch)


def edited_table(window: MainWindow, path: Path) -> Path:
    """The window's release exported side by side, with a Chinese and a Russian cell corrected in Word."""
    export_release(window.document.release, path, None, "table")
    doc = docx.Document(str(path))
    set_cell(doc.tables[0].rows[4].cells[0], "博览会展览面积达十二万平方米。")
    set_cell(doc.tables[0].rows[5].cells[2], "«Перспективы огромны», — сказал один из участников.")
    doc.save(str(path))
    return path


def test_table_export_is_offered_whole_and_imported_as_one_undo_step(expo_window: MainWindow, reviewer: Reviewer,
                                                                     tmp_path: Path) -> None:
    doc = expo_window.document
    before = doc.release.copy()
    expo_window.import_document("en", str(edited_table(expo_window, tmp_path / "table.docx")))
    [seen] = reviewer.seen
    assert "Reading table.docx" in seen["reading"], "the file is read on a worker, not while the dialog opens"
    assert seen["offered"] and seen["all"] and seen["choice"] == "all"
    assert "one language per column: Chinese, English, Russian" in seen["told"]
    assert seen["headers"] == ["From the document (Chinese)", "From the document (English)",
                               "From the document (Russian)"]
    assert seen["rows"] == len(ROWS) and "2 cells changed" in seen["summary"]

    zh, ru = [row[1] for row in ROWS], [row[3] for row in ROWS]
    zh[3], ru[4] = "博览会展览面积达十二万平方米。", "«Перспективы огромны», — сказал один из участников."
    assert texts(doc.release, "zh") == zh and texts(doc.release, "ru") == ru
    assert texts(doc.release, "en") == [row[2] for row in ROWS]
    assert [s.role for s in doc.release.segments] == [s.role for s in before.segments]
    corrected = {(3, "zh"), (4, "ru")}  # a draft again; the cells the reviewer left alone keep their status
    assert [s.cells[lang].status for i, s in enumerate(doc.release.segments) for lang in ("zh", "en", "ru")] == [
        Status.DRAFT if (i, lang) in corrected else s.cells[lang].status
        for i, s in enumerate(before.segments) for lang in ("zh", "en", "ru")]
    assert expo_window.grid.release_model.rowCount() == len(ROWS)

    assert doc.undo_stack.count() == 1
    expo_window.undo_action.trigger()
    assert doc.release == before


def test_choosing_one_column_of_a_table_imports_only_that_language(expo_window: MainWindow, reviewer: Reviewer,
                                                                   tmp_path: Path) -> None:
    doc = expo_window.document
    before = doc.release.copy()

    def only_russian(dialog: ImportDialog) -> None:
        dialog.all_check.setChecked(False)
        dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("ru"))

    reviewer.choose = only_russian
    expo_window.import_document("zh", str(edited_table(expo_window, tmp_path / "table.docx")))
    [seen] = reviewer.seen
    assert seen["choice"] == "ru" and seen["headers"][1:] == ["Now in Russian", "From the document"]
    assert texts(doc.release, "zh") == texts(before, "zh"), "the corrected Chinese cell stays out"
    assert doc.release.segments[4].text("ru") == "«Перспективы огромны», — сказал один из участников."
    assert [s.cells["en"] for s in doc.release.segments] == [s.cells["en"] for s in before.segments]
    expo_window.undo_action.trigger()
    assert doc.release == before


def test_review_table_offers_its_pair_and_leaves_its_other_columns_out(expo_window: MainWindow, reviewer: Reviewer,
                                                                       tmp_path: Path) -> None:
    doc = expo_window.document
    before = doc.release.copy()
    path = tmp_path / "review.docx"
    export_release(before, path, None, "review", pair="zh-ru")
    choices: list[tuple[str, bool, str]] = []

    def look_at_chinese_then_all(dialog: ImportDialog) -> None:
        dialog.all_check.setChecked(False)
        dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        choices.append((dialog.choice, ok.isEnabled(), dialog.summary_label.text()))
        dialog.all_check.setChecked(True)

    reviewer.choose = look_at_chinese_then_all
    expo_window.import_document("zh", str(path))
    [seen] = reviewer.seen
    assert choices[0][:2] == ("en", False) and "has no English column" in choices[0][2]
    assert "Chinese, Russian" in seen["told"] and "#, Status, Comment" in seen["told"]
    # the source text's plural, or the English catalogue's when an earlier test left it installed
    assert re.search(r"2 paragraph(\(s\)|s) outside the table", seen["told"])
    assert seen["choice"] == "all" and seen["can_import"]
    assert texts(doc.release, "zh") == texts(before, "zh") and texts(doc.release, "ru") == texts(before, "ru")
    assert [s.cells["en"] for s in doc.release.segments] == [s.cells["en"] for s in before.segments]
    assert doc.release.segments[3].comment == before.segments[3].comment


def test_a_table_whose_languages_cannot_be_told_apart_is_refused(expo_window: MainWindow, reviewer: Reviewer,
                                                                 tmp_path: Path) -> None:
    path = write_table_docx(tmp_path / "twice.docx", [[ZH[i], EN[i], EN[i]] for i in range(3)])
    expo_window.import_document("en", str(path))
    [seen] = reviewer.seen
    assert not seen["can_import"] and "both look English" in seen["summary"]
    assert expo_window.document.undo_stack.count() == 0


def test_side_by_side_release_from_word_into_an_empty_release(qtbot, data_dir: Path, tmp_path: Path,
                                                              reviewer: Reviewer,
                                                              answers: ui_support.Answers) -> None:
    project = tmp_path / "empty.pressdesk"
    ProjectStore.create(project, Release()).close()
    path = write_table_docx(tmp_path / "side.docx", [[RU[i], ZH[i]] for i in range(3)], ["Русский", "汉语"])
    for window in ui_support.window_on(qtbot, data_dir, project):
        window.import_document(None, str(path))
        assert texts(window.document.release, "ru") == RU and texts(window.document.release, "zh") == ZH
        assert texts(window.document.release, "en") == ["", "", ""]
        assert window.grid.release_model.rowCount() == 3
        assert re.search(r"Imported 3 row(\(s\)|s) into Russian, Chinese", window.statusBar().currentMessage())
