"""Importing into a language column from the window: alignment preview, warnings, one undo step, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
import ui_support
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

RUSSIAN = [f"Абзац номер {i} пресс-релиза на русском языке." for i in range(1, 11)]


class Previews:
    """Stands in for the user: lets each import dialog finish its preview, records it and accepts or cancels."""

    def __init__(self, accept: bool = True) -> None:
        self.accept = accept
        self.dialogs: list[dict] = []

    def exec(self, dialog: ImportDialog) -> int:
        dialog.context.tasks.wait_idle()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.dialogs.append({
            "lang": dialog.lang, "rows": dialog.table.rowCount(), "summary": dialog.summary_label.text(),
            "warnings": dialog.warnings_label.text(), "can_import": ok.isEnabled(), "error": dialog.error,
        })
        return int(self.accept and ok.isEnabled())


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    recorder = Previews()
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: recorder.exec(dialog))
    return recorder


def write_txt(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_import_previews_alignment_and_is_one_undo_step(window: MainWindow, previews: Previews,
                                                        tmp_path: Path) -> None:
    doc = window.document
    before = [dict(s.cells) for s in doc.release.segments]
    window.import_document("ru", str(write_txt(tmp_path / "ru.txt", RUSSIAN)))
    [preview] = previews.dialogs
    assert preview["lang"] == "ru" and preview["rows"] == 10 and preview["can_import"]
    assert "10 paragraphs into 8 rows" in preview["summary"]
    assert "added as new rows" in preview["warnings"]
    assert [s.cells["ru"].text for s in doc.release.segments] == RUSSIAN
    assert window.grid.release_model.rowCount() == 10
    assert doc.release.segments[0].cells["zh"] == before[0]["zh"]
    window.undo_action.trigger()
    assert [dict(s.cells) for s in doc.release.segments] == before
    assert window.grid.release_model.rowCount() == 8


def test_wrong_language_is_flagged_and_cancel_changes_nothing(window: MainWindow, previews: Previews,
                                                              tmp_path: Path) -> None:
    previews.accept = False
    english = [s.cells["en"].text for s in window.document.release.segments]
    window.import_document("ru", str(write_txt(tmp_path / "en.txt", english)))
    assert "looks English" in previews.dialogs[0]["warnings"]
    assert window.document.undo_stack.count() == 0


def test_unreadable_file_is_refused_in_the_dialog(window: MainWindow, previews: Previews, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a real zip")
    window.import_document("en", str(broken))
    [preview] = previews.dialogs
    assert preview["error"] and not preview["can_import"]
    assert "cannot be imported" in preview["summary"]
    assert window.document.undo_stack.count() == 0


def test_dropping_a_file_on_a_column_imports_into_that_language(window: MainWindow, previews: Previews,
                                                                tmp_path: Path) -> None:
    path = write_txt(tmp_path / "drop.txt", RUSSIAN[:8])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    grid = window.grid
    x = grid.columnViewportPosition(LANG_COLUMN["ru"]) + 10
    event = QDropEvent(QPointF(x, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    grid.dropEvent(event)
    assert event.isAccepted()
    assert previews.dialogs[0]["lang"] == "ru"
    assert [s.cells["ru"].text for s in window.document.release.segments] == RUSSIAN[:8]


def test_an_answered_import_dialog_is_gone(window: MainWindow, previews: Previews, tmp_path: Path) -> None:
    """Left behind, each import dialog would refill its preview at every switch of the interface language."""
    window.import_document("ru", str(write_txt(tmp_path / "ru.txt", RUSSIAN)))
    previews.accept = False
    window.import_document("ru", str(write_txt(tmp_path / "ru2.txt", RUSSIAN)))
    assert len(previews.dialogs) == 2
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ImportDialog) == []
