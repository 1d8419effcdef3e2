"""A new press officer's sixth day, through the real window: the interface switched to Russian and Chinese while
the window is open, large text in the help dialogs, a damaged Word file, and files dragged onto the window from the
desktop. Each test is one thing a user met that the app handled badly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import ui_support
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from ui_support import interface_in

from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.help_dialogs import AboutDialog, ShortcutsDialog
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.legend import LegendDialog
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
large_font, messages = ui_support.large_font, ui_support.messages  # fixtures

REPO = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("ui_tour", REPO / "scripts" / "ui_tour.py")
ui_tour = importlib.util.module_from_spec(SPEC)
sys.modules.setdefault("ui_tour", ui_tour)
SPEC.loader.exec_module(ui_tour)


# -- the interface switched while the window is open ----------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_after_a_switch_of_language_the_row_filter_still_names_its_column(qtbot, window: MainWindow,
                                                                         lang: str) -> None:
    """The toolbar's filter boxes took their width from the English words at the first show: switched to Russian,
    "в столбце «русский»" was cut to "в столбце" and the filter no longer said which column it looks at."""
    with interface_in(window, lang):
        qtbot.waitUntil(lambda: ui_tour._combo_cut(window.filter_lang_combo) is None, timeout=5_000)
        for combo in (window.filter_combo, window.filter_lang_combo):
            for i in range(combo.count()):
                combo.setCurrentIndex(i)
                assert ui_tour._combo_cut(combo) is None, combo.currentText()
        assert "русский" in window.filter_lang_combo.currentText() or "俄文" in window.filter_lang_combo.currentText()


def test_the_keyboard_shortcuts_list_every_key_once_in_the_interfaces_words(qtbot, window: MainWindow) -> None:
    """In Chinese, Ctrl+Enter and Ctrl+Return are both 'Ctrl+回车': the list said 'Ctrl+回车, Ctrl+回车'; and the cell
    editor's own keys were written in English ('Return') beside the menu's '回车'."""
    with interface_in(window, "zh"):
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        keys = {command: shortcut for command, shortcut in dialog.rows}
        for command, shortcut in keys.items():
            parts = shortcut.split(", ")
            assert len(parts) == len(set(parts)), f"{command}: {shortcut}"
        enter = QKeySequence("Return").toString(QKeySequence.SequenceFormat.NativeText)
        assert enter != "Return"  # Qt's own Chinese catalogue names the key
        editor_keys = [shortcut for command, shortcut in dialog.rows if command.startswith("单元格编辑器")]
        assert editor_keys and all("Return" not in k for k in editor_keys)
        assert any(enter in k for k in editor_keys)


# -- large text ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ru", "zh"])
@pytest.mark.parametrize("make", [ShortcutsDialog, LegendDialog, AboutDialog], ids=["shortcuts", "legend", "about"])
def test_at_200_percent_the_help_dialogs_show_their_text_in_full(qtbot, large_font: QFont, window: MainWindow,
                                                                 lang: str, make) -> None:
    """With the desktop's text at 200 %, Help ▸ Keyboard Shortcuts showed 'Правка ▸ …' for most commands, the
    colour legend cut its explanations off after a line, and About showed the versions as '6.…'."""
    with interface_in(window, lang):
        dialog = make(window.context.data_dir, window) if make is AboutDialog else make(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: ui_tour.cut_texts(dialog) == [], timeout=5_000)
        screen = QApplication.primaryScreen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        dialog.close()


# -- a damaged Word file --------------------------------------------------------------------------------------------
def test_a_file_that_cannot_be_imported_says_what_to_do_and_shows_no_empty_table(qtbot, window: MainWindow,
                                                                                 tmp_path: Path) -> None:
    """A damaged .docx left an empty preview with columns headed '1 2 3' and the reason in the importer's words;
    the press officer did not know what to do next. Now the preview is gone, the release is said to be unchanged
    and the next step is named."""
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a real zip")
    before = [dict(s.cells) for s in window.document.release.segments]
    dialog = ImportDialog(window.context, window.document, broken, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
    assert not dialog.table.isVisible()
    assert dialog.summary_label.alignment() & Qt.AlignmentFlag.AlignTop  # under the file's name, not mid-dialog
    text = dialog.summary_label.text()
    assert "has not been changed" in text
    assert "save it again as a Word document (.docx)" in text  # what to do next
    assert "not a Word document or damaged" in text  # and why
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    with interface_in(window, "ru"):  # the refusal is written again in the new language, not left blank
        assert dialog.summary_label.text().count("\n\n") == 2 and not dialog.table.isVisible()
    dialog.reject()
    assert [dict(s.cells) for s in window.document.release.segments] == before


# -- files dragged onto the window ----------------------------------------------------------------------------------
def drop_on(target, path: Path, pos: QPoint) -> tuple[bool, bool]:
    """Drag `path` over `target` and drop it at `pos`: (the drag was welcome, the drop was taken)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.mark.parametrize("onto", ["grid", "toolbar"])
def test_a_project_dropped_on_the_window_is_opened(qtbot, window: MainWindow, tmp_path: Path,
                                                   answers: ui_support.Answers, onto: str) -> None:
    """A colleague's .pressdesk attached to an email, dragged onto the window, did nothing: only File ▸ Open
    opened it. It opens now, after the question about unsaved changes."""
    other = tmp_path / "colleague.pressdesk"
    release = window.document.release.copy()
    release.title = "Colleague's release"
    ProjectStore.create(other, release).close()
    window.document.set_text(window.document.release.segments[0].id, "en", "Typed before the drop")
    assert window.document.modified
    target, pos = (window.grid.viewport(), QPoint(300, 40)) if onto == "grid" else (window.toolbar, QPoint(5, 5))
    welcome, taken = drop_on(target, other, pos)
    assert welcome and taken
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5_000)
    assert answers.asked  # the unsaved change was asked about before the other project replaced it
    assert window.document.release.title == "Colleague's release"


def test_a_glossary_file_dropped_on_the_glossary_panel_is_imported_after_its_preview(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A glossary the ministry sent as CSV, dragged onto the Glossary panel, did nothing."""
    csv_file = tmp_path / "ministry.csv"
    csv_file.write_text("category,zh,en,ru\nperson,王小明,Wang Xiaoming,Ван Сяомин\n", encoding="utf-8")
    previews: list[QDialog] = []

    def accept(dialog: QDialog) -> int:
        previews.append(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    from desktop_app.ui.glossary_dock import ImportPreviewDialog

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    panel = window.glossary.panel
    qtbot.waitUntil(lambda: panel.ready, timeout=20_000)
    welcome, taken = drop_on(window.glossary_dock, csv_file, QPoint(20, 40))
    assert welcome and taken
    qtbot.waitUntil(lambda: bool(previews), timeout=20_000)
    store = window.context.glossary
    qtbot.waitUntil(lambda: any(e.forms.get("en") == "Wang Xiaoming" for e in store.store().search("Wang")),
                    timeout=20_000)


def test_a_word_file_dropped_beside_the_grid_is_imported_into_the_current_language(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropped on the toolbar or the status bar instead of a column, a .docx did nothing; it now opens the import
    preview for the language of the current cell (which the preview lets the user change)."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Первый абзац.")
    path = tmp_path / "ru.docx"
    doc.save(path)
    opened: list[tuple[str, Path]] = []
    def cancel(dialog: ImportDialog) -> int:
        opened.append((dialog.lang, dialog.path))
        dialog.reject()
        return 0

    monkeypatch.setattr(ImportDialog, "exec", cancel)
    window.document.set_current_cell(window.document.release.segments[0].id, "ru")
    welcome, taken = drop_on(window.status_bar, path, QPoint(5, 5))
    assert welcome and taken
    qtbot.waitUntil(lambda: opened == [("ru", path)], timeout=5_000)


def test_a_file_the_window_cannot_use_is_not_welcome(qtbot, window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"\xff\xd8\xff")
    welcome, taken = drop_on(window.toolbar, picture, QPoint(5, 5))
    assert not welcome and not taken


def test_a_text_file_is_a_glossary_on_the_glossary_panel_and_a_document_elsewhere(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OmegaT glossaries are .txt files like plain-text releases: where the file is dropped says which it is."""
    opened: list[tuple[str, Path]] = []
    monkeypatch.setattr(window, "open_dropped", lambda kind, path: opened.append((kind, path)))
    text, memory = tmp_path / "terms.txt", tmp_path / "memory.tmx"
    for path in (text, memory):
        path.write_text("", encoding="utf-8")
    assert drop_on(window.glossary_dock, text, QPoint(20, 40)) == (True, True)
    assert drop_on(window.toolbar, text, QPoint(5, 5)) == (True, True)
    assert drop_on(window.glossary_dock, memory, QPoint(20, 40)) == (True, True)
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=5_000)
    assert opened == [("glossary", text), ("document", text), ("memory", memory)]


def test_every_field_of_the_glossary_entry_dialog_has_a_name_for_a_screen_reader(qtbot, window: MainWindow) -> None:
    """The twelve fields under 'Approved form', 'Accepted variants'… were read out as 'edit' with nothing else, and
    the date after 'to' as well: a blind press officer could not tell the Russian forbidden form from the Chinese
    approved one."""
    from test_ui_third_day import unnamed_controls

    from desktop_app.ui.glossary_dock.entry_dialog import EntryDialog

    panel = window.glossary.panel
    qtbot.waitUntil(lambda: panel.ready, timeout=20_000)
    dialog = EntryDialog(panel._validator(), None, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    unnamed = unnamed_controls(dialog)
    assert unnamed == []
    names = {dialog.forbidden["ru"].accessibleName(), dialog.approved["zh"].accessibleName()}
    assert len(names) == 2 and any("Russian" in n and "Forbidden" in n for n in names)
    dialog.reject()


def test_language_role_and_status_names_standing_alone_start_with_a_capital(qtbot, window: MainWindow) -> None:
    """The names are lower-case for sentences («в столбце «русский»», 'marked approved'), and were shown so on their
    own too: the Glossary panel's columns 'китайский', View ▸ Columns, Edit ▸ Role 'headline', the language boxes of
    Find and Import — beside the grid's 'Китайский'."""
    from desktop_app.ui.find_replace import FindReplaceDialog

    def standalone(lang: str) -> list[str]:
        results = window.glossary.panel.results.headerItem()
        names = [results.text(i) for i in range(3)]
        names += [a.text().replace("&", "") for a in (*window.column_actions.values(),
                                                      *window.role_actions.values(),
                                                      *window.status_actions.values())]  # menu letters aside
        find = FindReplaceDialog(window.document, window.grid, lambda: None, window)
        qtbot.addWidget(find)
        names += [find.lang_combo.itemText(i) for i in range(find.lang_combo.count())]
        qa = window.quality_checks.panel.lang_combo
        names += [qa.itemText(i) for i in range(qa.count())]
        return names

    assert [n for n in standalone("en") if not n[:1].isupper()] == []
    with interface_in(window, "ru"):
        names = standalone("ru")
        assert "Русский" in names and "Заголовок" in names
        assert [n for n in names if not n[:1].isupper()] == []


# -- a link in a cell --------------------------------------------------------------------------------------------
def ink_lines(image, left: int, right: int, top: int, bottom: int) -> int:
    """How many separate bands of dark pixels (lines of text) the image has between the given bounds."""
    bands, inked_before = 0, False
    for y in range(top, bottom):
        inked = any(image.pixelColor(x, y).lightness() < 110 for x in range(left, right))
        bands += inked and not inked_before
        inked_before = inked
    return bands


def test_a_word_longer_than_its_column_goes_on_on_the_next_line_instead_of_ending_in_an_ellipsis(
        qtbot, window: MainWindow) -> None:
    """A contact line's link (https://www.fmprc.gov.cn/eng/wjdt_665385/2649_665393/…) was drawn as
    'wjdt_665385/2649_66539…' in a column narrower than it: the officer proofreading the release in the grid could
    not see the part that was cut. The cell wraps such a word anywhere, as its editor does, and its row is as tall."""
    from desktop_app.domain.release import edited_cell
    from desktop_app.ui.release_model import LANG_COLUMN

    grid = window.grid
    word = "abcdehiklm" * 8  # no place for a word break, no letter reaching below the line
    segment = window.document.release.segments[1]
    window.document.set_cell(segment.id, "en", edited_cell(segment.cells["en"], word))
    index = grid.release_model.index(1, LANG_COLUMN["en"])
    grid.scrollTo(index)
    qtbot.waitUntil(grid.rows_fitted, timeout=5_000)
    rect = grid.visualRect(index)
    metrics = grid.fontMetrics()
    needed = -(-metrics.horizontalAdvance(word) // (rect.width() - 40))  # lines at the narrowest text width
    assert rect.height() >= needed * metrics.lineSpacing()
    image = grid.viewport().grab().toImage()
    assert ink_lines(image, rect.left() + 24, rect.right() - 2, rect.top() + 2, rect.bottom() - 1) >= needed


def test_recent_projects_are_numbered_for_the_keyboard(qtbot, window: MainWindow, sample_project: Path,
                                                       tmp_path: Path) -> None:
    """File ▸ Open Recent had no underlined letters: Alt+F, R then arrows was the only way without a mouse. The nine
    latest now carry &1…&9, as in other desktop editors; the name itself still shows its own "&"."""
    from PySide6.QtGui import QAction

    other = tmp_path / "R&D briefing.pressdesk"
    ProjectStore.create(other, window.document.release.copy()).close()
    assert window.open_path(other, ask_save=False)
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if isinstance(a, QAction) and not a.isSeparator()]
    assert entries[0].text() == "&1 R&&D briefing.pressdesk"
    assert entries[1].text() == f"&2 {sample_project.name}"
