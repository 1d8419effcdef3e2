"""Segment comments: typed in the window, undoable, kept in the project file, exported in the review layout,
and an older project file (schema 2, no comments) is migrated on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import ui_support
from export_helpers import cell_rows, open_docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.services.exporting import export_release
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings
from desktop_app.storage.project_store import SCHEMA_VERSION, ProjectStore
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

NOTE = "Check the title with the protocol office."


def test_a_comment_is_typed_undone_saved_and_reopened(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *_a, **_k: (NOTE + "\n", True)))
    segment = window.document.release.segments[2]
    window.document.set_current_cell(segment.id, "en")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.document.segment(segment.id).comment == NOTE
    header = window.grid.release_model.headerData(2, Qt.Orientation.Vertical)
    assert header.startswith("3 ✎")
    assert window.grid.release_model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == NOTE
    window.undo_action.trigger()
    assert window.document.segment(segment.id).comment == ""
    window.redo_action.trigger()
    window.save_action.trigger()
    with ProjectStore.open(window.document.path) as store:  # type: ignore[arg-type]
        assert store.load().segment(segment.id).comment == NOTE


def test_the_review_layout_exports_the_comment(tmp_path: Path) -> None:
    release = sample_release()
    release.segments[1].comment = NOTE
    out = tmp_path / "review.docx"
    export_release(release, out, None, "review", "zh-en", settings=Settings())
    rows = cell_rows(open_docx(out).tables[0])
    assert rows[2][4] == NOTE and rows[1][4] == ""


def test_a_schema_2_project_gains_comments_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.pressdesk"
    release = sample_release()
    ProjectStore.create(path, release).close()
    with sqlite3.connect(path) as db:  # what a schema-2 file looks like: no comment column
        db.execute("ALTER TABLE segments DROP COLUMN comment")
        db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with ProjectStore.open(path) as store:
        loaded = store.load()
        assert [s.comment for s in loaded.segments] == [""] * len(release.segments)
        loaded.segments[0].comment = NOTE
        store.save(loaded)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    with ProjectStore.open(path) as store:
        assert store.load().segments[0].comment == NOTE
