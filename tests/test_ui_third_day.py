"""A press office's third day, through the real window: a reviewer's round trip through Word, a translator who
only uses the keyboard, long work, settings and data that moved, accessibility. Each test is one thing a new user
met that the app handled badly."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import argos_packs
import docx
import mt_support
import pytest
import ui_support
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPalette, QTextFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)
from ui_support import Messages, has_cyrillic, interface_in

from desktop_app import LANGS
from desktop_app.domain.glossary.model import HitKind, TermEntry
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status, derived_cell
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import sample_release
from desktop_app.storage.glossary_store import GlossaryStore
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.grid_view import RowFilter
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN
from desktop_app.ui.term_highlighter import term_format

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
large_font, inside = ui_support.large_font, ui_support.inside
russian = ui_support.russian  # fixture
messages = ui_support.messages  # fixture
random_model, random_packs = mt_support.random_model, mt_support.random_packs



def accept_import_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The user at the import dialog: reads the summary once the preview is there, then presses Import."""
    summaries: list[str] = []

    def exec_(dialog: ImportDialog) -> int:
        dialog.context.tasks.wait_idle()
        summaries.append(dialog.summary_label.text() + "\n" + dialog.table_label.text())
        return int(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return summaries


# -- the reviewer's round trip through Word ---------------------------------------------------------------------
def test_a_reviewed_table_read_back_keeps_the_approvals_of_the_cells_it_did_not_change(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The finished release (every cell approved, the Russian lead machine-translated from the English) goes out as
    a side-by-side table; the reviewer changes one English cell in Word and adds a comment. Read back, only that
    cell is a draft again, the Russian translated from it is marked stale, the other cells keep their approval and
    get no new revision, and one Ctrl+Z takes the whole import back."""
    doc = window.document
    lead = doc.release.segments[2]
    doc.set_cells({(lead.id, "ru"): derived_cell(lead.text("ru"), source_lang="en", source_text=lead.text("en"),
                                                 origin=Origin.MACHINE, engine="argos")}, "translate")
    doc.set_status([(s.id, lang) for s in doc.release.segments for lang in s.cells], Status.APPROVED)
    doc.save()
    before = {(s.id, lang): c for s in doc.release.segments for lang, c in s.cells.items()}
    before_comments = doc.release.copy().segments
    headline = doc.release.segments[0]
    headline_revisions = len(doc.store.history(headline.id, "en"))
    assert all(c.status is Status.APPROVED for c in before.values() if not c.is_empty)

    exported = tmp_path / "for-review.docx"
    export_release(doc.release, exported, None, "table")
    word = docx.Document(str(exported))
    table = word.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["中文", "English", "Русский"]
    cell = table.rows[1 + 2].cells[1]
    old_en = cell.text
    new_en = old_en.replace("July 19", "July 18")
    assert new_en != old_en
    for paragraph in cell.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)
    first = cell.paragraphs[0]
    for run in first.runs[1:]:
        run._element.getparent().remove(run._element)
    first.runs[0].text = new_en
    word.add_comment(first.runs[0], text="Date checked with the organisers", author="Reviewer")
    reviewed = tmp_path / "for-review-checked.docx"
    word.save(str(reviewed))

    summaries = accept_import_dialogs(monkeypatch)
    steps = doc.undo_stack.count()
    window.import_document("en", str(reviewed))
    assert summaries and "1 cells changed" in summaries[0]
    assert "1 Word comment" in summaries[0]
    assert doc.undo_stack.count() == steps + 1
    assert doc.release.segment(lead.id).comment == "Reviewer: Date checked with the organisers"
    assert [s.comment for s in doc.release.segments if s.id != lead.id] == [
        s.comment for s in before_comments if s.id != lead.id]

    after = {(s.id, lang): c for s in doc.release.segments for lang, c in s.cells.items()}
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {(lead.id, "en")}
    assert after[(lead.id, "en")].text == new_en and after[(lead.id, "en")].status is Status.DRAFT
    assert doc.release.segment(lead.id).is_stale("ru")
    assert not any(s.is_stale(lang) for s in doc.release.segments for lang in s.cells if s.id != lead.id)
    lead_row = doc.row_of(lead.id)
    for row_filter, lang in ((RowFilter.NOT_APPROVED, "en"), (RowFilter.STALE, "ru")):  # what the review changed
        window.filter_combo.setCurrentIndex(list(RowFilter).index(row_filter))
        window.filter_lang_combo.setCurrentIndex(LANGS.index(lang))
        assert [row for row in range(len(doc.release.segments)) if not window.grid.isRowHidden(row)] == [lead_row]
    window.filter_combo.setCurrentIndex(list(RowFilter).index(RowFilter.ALL))

    doc.save()
    assert doc.store.history(lead.id, "en")[-1].new_text == new_en
    assert len(doc.store.history(headline.id, "en")) == headline_revisions

    window.undo_action.trigger()
    assert {(s.id, lang): c for s in doc.release.segments for lang, c in s.cells.items()} == before
    assert doc.release.segment(lead.id).comment == ""


# -- accessibility --------------------------------------------------------------------------------------------
def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark_palette(qapp) -> Iterator[None]:
    """A high-contrast dark desktop theme: white text on black."""
    palette = qapp.palette()
    dark = QPalette(palette)
    for role, colour in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#1a1a1a"), (QPalette.ColorRole.ButtonText, "#ffffff")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        yield
    finally:
        qapp.setPalette(palette)


def painted_text_colour(window: MainWindow, row: int, lang: str) -> tuple[QColor, QColor]:
    """The (text, background) colours the grid paints one cell with, as its delegate prepares them."""
    grid = window.grid
    index = grid.release_model.index(row, LANG_COLUMN[lang])
    option = QStyleOptionViewItem()
    option.initFrom(grid.viewport())
    grid.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.palette.color(QPalette.ColorRole.Text), option.backgroundBrush.color()


def test_the_grid_stays_readable_in_a_dark_high_contrast_theme(qtbot, window: MainWindow, dark_palette: None) -> None:
    """With the desktop's dark theme the grid kept its pale status tints but took the theme's white text: the
    approved, reviewed and draft cells were white on pale green, blue and yellow. Every status's text must stand
    out from its tint (WCAG AA, 4.5:1), and the tints still tell the statuses apart."""
    doc = window.document
    statuses = [Status.APPROVED, Status.REVIEWED, Status.DRAFT, Status.MACHINE]
    for row, status in enumerate(statuses):
        seg = doc.release.segments[row]
        doc.set_cells({(seg.id, "en"): replace(seg.cells["en"], status=status)}, "status")
    backgrounds = set()
    for row, _status in enumerate(statuses):
        text, background = painted_text_colour(window, row, "en")
        backgrounds.add(background.name())
        assert _contrast(text, background) >= 4.5, (row, text.name(), background.name())
    assert len(backgrounds) == len(statuses)


# -- settings and data ----------------------------------------------------------------------------------------
def recent_entries(window: MainWindow) -> list[QAction]:
    window.recent_menu.aboutToShow.emit()
    return [a for a in window.recent_menu.actions() if not a.isSeparator()]


def test_a_moved_project_in_the_recent_list_is_explained_and_can_be_cleared(
        qtbot, russian: MainWindow, sample_project: Path, tmp_path: Path, messages: Messages) -> None:
    """The press officer moved yesterday's release to the archive folder. Its entry in File ▸ Open Recent was greyed
    out for ever, with nothing saying why: choosing it now says, in their language, that the file is no longer where
    it was and takes it off the list; the whole list can be cleared."""
    window = russian
    other = tmp_path / "yesterday.pressdesk"
    ProjectStore.create(other, sample_release()).close()
    assert window.open_path(other, ask_save=False)
    assert window.open_path(sample_project, ask_save=False)
    archive = tmp_path / "archive"
    archive.mkdir()
    other.rename(archive / other.name)

    entries = recent_entries(window)
    moved = next(a for a in entries if other.name in a.text())
    assert moved.isEnabled() and str(other.resolve()) in moved.toolTip()
    assert window.recent_menu.toolTipsVisible()
    moved.trigger()
    [(kind, _title, text)] = messages.shown
    assert kind == "warning" and other.name in text and has_cyrillic(text)
    assert window.document.path == sample_project, "the open release stays open"
    assert str(other.resolve()) not in window.context.settings.recent_files
    assert not any(other.name in a.text() for a in recent_entries(window))

    clear = recent_entries(window)[-1]
    assert has_cyrillic(clear.text())
    clear.trigger()
    assert window.context.settings.recent_files == []
    assert [a.isEnabled() for a in recent_entries(window)] == [False]


def recognised(window: MainWindow, text: str, lang: str) -> set[str]:
    """The English forms of the glossary entries the window's highlighter finds in `text`."""
    return {hit.entry.forms["en"] for hit in window.glossary.source.hits(text, lang)}


def test_glossary_entries_deleted_by_another_program_stop_being_highlighted(qtbot, window: MainWindow) -> None:
    """While the release is open, a colleague cleans up the desk's glossary from the command line and deletes
    "Jinhua". Coming back to the window, the name must no longer be shown as approved (nor checked against), and
    an entry added there appears: before, the window kept its first copy until it was restarted."""
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)
    assert "Jinhua" in recognised(window, "Conference Held in Jinhua", "en")
    location = window.context.glossary.location
    with GlossaryStore.open(location) as store:
        [jinhua] = [e for e in store.search("Jinhua") if e.forms["en"] == "Jinhua"]
        store.delete(jinhua.id)
        store.add(TermEntry(0, "organization", {"zh": "金华市外办", "en": "Jinhua Foreign Affairs Office",
                                                "ru": "Канцелярия по иностранным делам Цзиньхуа"}))

    window.activateWindow()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: "Jinhua" not in recognised(window, "Conference Held in Jinhua", "en"), timeout=30_000)
    qtbot.waitUntil(lambda: "Jinhua Foreign Affairs Office" in recognised(
        window, "the Jinhua Foreign Affairs Office said", "en"), timeout=30_000)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to, holding a project, as a write-protected USB stick or a CD: a folder without
    write permission for a user, a read-only mounted file system for root (whom permissions do not stop)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if os.geteuid() != 0:
        ProjectStore.create(folder / "release.pressdesk", sample_release()).close()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a read-only file system here")
    try:
        ProjectStore.create(folder / "release.pressdesk", sample_release()).close()
        if subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True).returncode:
            pytest.skip("cannot make the file system read-only here")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_project_on_a_write_protected_stick_opens_read_only(qtbot, russian: MainWindow, read_only_folder: Path,
                                                              messages: Messages) -> None:
    """The release arrives on a write-protected USB stick. PressDesk refused it ("Read-only file system: …lock…
    .tmp"), though reading it needs no writing: it offers, in the user's language, to open it read-only, and the
    window shows it so; saving goes elsewhere."""
    window = russian
    project = read_only_folder / "release.pressdesk"
    messages.reply = QMessageBox.StandardButton.Open
    assert window.open_path(project, ask_save=False)
    [(kind, title, text)] = messages.shown
    assert kind == "question" and project.name in text
    assert has_cyrillic(title) and all(has_cyrillic(part) for part in text.split("\n\n")), (title, text)
    assert "Errno" not in text and ".tmp" not in text
    assert window.document.read_only and window.document.path == project
    assert len(window.document.release.segments) == len(sample_release().segments)
    assert has_cyrillic(window.windowTitle().split("—")[0])

    messages.reply = QMessageBox.StandardButton.Cancel
    messages.shown.clear()
    assert not window.open_path(project, ask_save=False)
    assert [kind for kind, _t, _x in messages.shown] == ["question"]


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls shown in `root` that a screen reader could only call "edit", "combo box" or "button": no
    accessible name, no label naming them (buddy), no text or tooltip."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)) or isinstance(widget, QHeaderView):
            continue  # the line edit inside an editable combo box or spin box, a view's header: named with it
        if isinstance(widget, QAbstractButton):
            if not (widget.text().strip() or widget.toolTip() or widget.accessibleName()):
                found.append(f"{type(widget).__name__} {widget.objectName()}")
        elif (isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
                                  QAbstractItemView))
              and not widget.accessibleName() and widget not in buddies):
            owner = widget.parent()
            while owner is not None and not owner.objectName():
                owner = owner.parent()
            found.append(f"{type(widget).__name__} {widget.objectName() or '?'} in "
                         f"{owner.objectName() if owner else '?'}")
    return found


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_field_list_and_button_of_the_window_has_a_name_for_a_screen_reader(
        qtbot, window: MainWindow, lang: str) -> None:
    """With a screen reader, the glossary's search field, the filter boxes of the toolbar and the quality panel,
    the grid and the lists were announced as a bare "edit", "combo box", "table": each says what it is, in the
    interface language."""
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)
    with interface_in(window, lang):
        missing = []
        for dock in window.findChildren(QDockWidget):
            dock.raise_()
            missing += unnamed_controls(dock)
        missing += unnamed_controls(window.toolbar)
        missing += unnamed_controls(window.centralWidget())
        assert window.grid.accessibleName()
        assert missing == [], "\n".join(missing)
        names = [w.accessibleName() for w in window.findChildren(QWidget)
                 if w.accessibleName() and not w.objectName().startswith("qt_")]
        if lang == "ru":
            assert names and all(has_cyrillic(name) for name in names), names




def test_at_200_percent_the_window_fits_a_1024_screen_and_nothing_overlaps(
        qtbot, large_font: QFont, russian: MainWindow) -> None:
    """With the text at 200 % the window could not be made narrower than 1,771 px (the quality panel's filters in
    one row, the glossary's buttons in one row, the status bar's texts at full length), wider than a 1024 or 1440
    px screen. It fits now: the filters and buttons wrap onto a second row without running over the list below,
    and at 1440 px each language column keeps at least 15 characters of the large text."""
    window = russian
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)
    for width, height in ((1024, 700), (1440, 900)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=5_000)
        panel = window.qa_dock.widget()
        qtbot.waitUntil(lambda p=panel: inside(p.show_ignored, p).bottom() < inside(p.tree, p).top(), timeout=5_000)
        for widget in (panel.check_button, panel.lang_combo, panel.severity_combo, panel.group_combo,
                       panel.show_ignored):
            assert panel.rect().contains(inside(widget, panel)), widget
        glossary = window.glossary.panel
        buttons = (glossary.add_button, glossary.edit_button, glossary.delete_button, glossary.more_button)
        for button in buttons:
            box = inside(button, glossary)
            assert glossary.rect().contains(box), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()
            assert not box.intersects(inside(glossary.details, glossary))
    chars = QFontMetrics(large_font).averageCharWidth()
    assert all(window.grid.columnWidth(LANG_COLUMN[lang]) >= 15 * chars for lang in ("zh", "en", "ru"))


# -- long work --------------------------------------------------------------------------------------------------
LONG_ROWS = 300


@pytest.fixture
def long_release_window(qtbot, data_dir: Path, tmp_path: Path, answers, random_packs) -> Iterator[MainWindow]:
    """A window on a 300-paragraph release with only its Chinese written, a tiny real zh → en pack installed."""
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    chinese = [zh for zh, _en, _ru in argos_packs.CORPUS]
    release = Release("long", "2024-05-01", [
        Segment(cells={"zh": Cell(chinese[i % len(chinese)], Status.DRAFT, Provenance(Origin.TYPED)),
                       "en": Cell(), "ru": Cell()}) for i in range(LONG_ROWS)])
    path = tmp_path / "long.pressdesk"
    ProjectStore.create(path, release).close()
    yield from ui_support.window_on(qtbot, data_dir, path)


def test_the_translator_keeps_editing_while_a_long_column_is_translated(
        qtbot, long_release_window: MainWindow) -> None:
    """Translating 300 rows takes a while; the progress dialog held the whole window (window-modal), so the
    translator could only watch. Now they keep working meanwhile: they type a Russian paragraph during the run,
    it stays as typed, the English column is filled, and Ctrl+Z takes back the whole translation as one step
    while their typing stays."""
    window = long_release_window
    doc = window.document
    controller = window.machine_translation.translate_all
    steps = doc.undo_stack.count()
    with qtbot.waitSignal(controller.finished, timeout=600_000) as blocker:
        assert controller.start("en")
        assert controller.progress is not None and controller.progress.isVisible()
        assert controller.progress.windowModality() is Qt.WindowModality.NonModal
        assert QApplication.activeModalWidget() is None
        row = doc.release.segments[5]
        window.grid.setCurrentIndex(window.grid.release_model.index(5, LANG_COLUMN["ru"]))
        window.grid.setFocus()
        qtbot.keyClick(window.grid, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: window.grid.cell_delegate.active_editor is not None, timeout=5_000)
        qtbot.keyClicks(window.grid.cell_delegate.active_editor, "Typed meanwhile")
        qtbot.waitUntil(lambda: doc.release.segment(row.id).text("ru") == "Typed meanwhile",
                        timeout=5_000)
        assert controller.running
    assert blocker.args == [LONG_ROWS]
    assert all(not s.cells["en"].is_empty and s.cells["en"].status is Status.MACHINE for s in doc.release.segments)
    assert doc.undo_stack.count() == steps + 2  # the typing, then the translation

    window.undo_action.trigger()
    assert all(s.cells["en"].is_empty for s in doc.release.segments)
    assert doc.release.segment(row.id).text("ru") == "Typed meanwhile"


def test_term_marks_and_the_import_preview_stay_readable_in_a_dark_theme(
        qtbot, window: MainWindow, dark_palette: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pale marks behind glossary terms in the cell editor and the pale new-row and replaced-cell tints of the
    import preview kept the dark theme's white text on them."""
    text = window.palette().color(QPalette.ColorRole.Text)
    for kind in HitKind:
        fmt = term_format(kind)
        shown = fmt.foreground().color() if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) else text
        assert _contrast(shown, fmt.background().color()) >= 4.5, kind

    exported = tmp_path / "table.docx"
    export_release(window.document.release, exported, None, "table")
    word = docx.Document(str(exported))
    word.tables[0].rows[2].cells[2].paragraphs[0].runs[0].text = "20 июля 2023 г."
    word.add_paragraph("")
    word.save(str(exported))
    seen: list[tuple[QColor, QColor]] = []

    def exec_(dialog: ImportDialog) -> int:
        dialog.context.tasks.wait_idle()
        for row in range(dialog.table.rowCount()):
            for column in range(dialog.table.columnCount()):
                item = dialog.table.item(row, column)
                if item is not None and item.background().style() != Qt.BrushStyle.NoBrush:
                    foreground = item.foreground()
                    seen.append((foreground.color() if foreground.style() != Qt.BrushStyle.NoBrush else text,
                                 item.background().color()))
        return 0

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window.import_document("ru", str(exported))
    assert seen
    assert all(_contrast(fg, bg) >= 4.5 for fg, bg in seen), [(fg.name(), bg.name()) for fg, bg in seen]


def test_exporting_onto_a_write_protected_stick_is_explained_in_the_users_language(
        qtbot, russian: MainWindow, read_only_folder: Path, messages: Messages) -> None:
    """The press officer exports the Russian release straight onto the stick it came on, which is write-protected:
    the message said "[Errno 30] Read-only file system: '…/.tmp…'"; it says, in their language, that the folder
    cannot be written to and what to do, and nothing is written."""
    dialog = ExportDialog(russian.context, russian.document, russian)
    target = read_only_folder / "release-ru.docx"
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("ru"))
    dialog.output_edit.setText(str(target))
    dialog.start_export()
    qtbot.waitUntil(lambda: any(kind == "critical" for kind, _t, _x in messages.shown), timeout=60_000)
    [(_kind, title, text)] = [m for m in messages.shown if m[0] == "critical"]
    said = text.split("\n\n")[0]  # the system's own words may follow
    assert has_cyrillic(title) and has_cyrillic(said) and str(read_only_folder) in said
    assert "cannot write" not in said and "Read-only file system" not in said
    assert not target.exists()
    dialog.deleteLater()
