"""The import dialog on a version with a paragraph fewer than the rows: the preview shows the rows as the import
pairs them (not paragraph n beside row n), and accepting gives exactly that release."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import ui_support
from test_e2e_releases import RELEASES, texts, write_version
from test_ui_import import Previews

from desktop_app.domain.release import Release
from desktop_app.services.importing import import_file
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.main_window import MainWindow

answers = ui_support.answers  # fixture: the unsaved-changes question on closing is answered

NAME = "xi-putin-st-petersburg-2019"


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    recorder = Previews()
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: recorder.exec(dialog))
    return recorder


@pytest.fixture
def chinese_window(qtbot, data_dir: Path, tmp_path: Path, answers: ui_support.Answers) -> Iterator[MainWindow]:
    """A window on the release with its Chinese only: seven rows, the photo caption the third."""
    release = Release()
    import_file(release, "zh", write_version(tmp_path / "zh.docx", RELEASES[NAME]["zh"], "zh"))
    project = tmp_path / "release.pressdesk"
    ProjectStore.create(project, release).close()
    yield from ui_support.window_on(qtbot, data_dir, project)


def test_the_preview_shows_the_rows_as_paired(chinese_window: MainWindow, previews: Previews,
                                             tmp_path: Path) -> None:
    chinese_window.import_document("en", str(write_version(tmp_path / "en.docx", RELEASES[NAME]["en"], "en")))
    [preview] = previews.dialogs
    assert preview["rows"] == 7 and preview["can_import"]
    assert "6 paragraphs into 7 rows: 6 cells filled, 0 replaced, 0 new rows." in preview["summary"]
    assert "paired with the" in preview["warnings"]
    en = texts(NAME, "en")
    assert [s.cells["en"].text for s in chinese_window.document.release.segments] == [*en[:2], "", *en[2:]]
