"""A press officer's first day, through the real window: what the app tells them must be right where they are
(times in their own time zone), readable in their interface language, and reachable from the keyboard."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import ui_support
from PySide6.QtWidgets import QMessageBox
from ui_support import has_cyrillic, interface_in

from desktop_app.domain.release import Cell
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
russian = ui_support.russian  # fixture

ZONE = "Asia/Shanghai"  # UTC+8 all year: a saved UTC time read as local is eight hours off


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local_clock(iso: str) -> str:
    """The wall-clock time (HH:MM) of a stored UTC timestamp in this process's time zone, by the standard library."""
    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the questions asked (each answered Yes)."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_restore_offer_gives_the_autosave_time_in_local_time(qtbot, data_dir: Path, sample_project: Path,
                                                             questions: list[str], shanghai: None) -> None:
    first = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(first)
    assert first.open_path(sample_project, ask_save=False)
    first.document.set_text(first.document.release.segments[1].id, "en", "July 21, 2023")
    assert first.document.autosave()
    first.document.close(keep_recovery=True)  # as a crash leaves it
    with ProjectStore.open(sample_project) as store:
        saved_at, _release = store.read_recovery()
    assert local_clock(saved_at) != saved_at[11:16]  # the zone really moves the clock

    second = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(second)
    assert second.open_path(sample_project, ask_save=False)
    assert len(questions) == 1
    assert local_clock(saved_at) in questions[0]
    assert second.document.release.segments[1].cells["en"].text == "July 21, 2023"


def test_revision_times_are_local_in_history_and_tooltip(qtbot, window: MainWindow, shanghai: None) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.ui.history_dialog import HistoryDialog

    doc = window.document
    seg_id = doc.release.segments[1].id
    doc.set_text(seg_id, "en", "Changed once")
    window.save_action.trigger()
    dialog = HistoryDialog(doc, seg_id, "en", window)
    qtbot.addWidget(dialog)
    newest = dialog.revisions[0].time
    assert local_clock(newest) != newest[11:16]
    assert local_clock(newest) in dialog.tree.topLevelItem(0).text(0)
    model = window.grid.release_model
    tooltip = model.data(model.index(1, LANG_COLUMN["en"]), Qt.ItemDataRole.ToolTipRole)
    assert local_clock(newest) in tooltip



def test_a_damaged_project_is_refused_in_the_users_language_and_left_as_it_was(
        russian: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, title, text, *_a, **_k: shown.append(
        (title, text))))
    damaged = tmp_path / "broken.pressdesk"
    damaged.write_bytes(b"PK\x03\x04 this is not a project " * 40)
    before = damaged.read_bytes()
    current = russian.document.path

    assert not russian.open_path(damaged, ask_save=False)
    [(title, text)] = shown
    first_line = text.splitlines()[0]
    assert has_cyrillic(title) and has_cyrillic(first_line) and "broken.pressdesk" in first_line
    assert "broken.pressdesk" in text.splitlines()[-1]  # the reason, as the reader gave it
    assert damaged.read_bytes() == before
    assert russian.document.path == current


def test_a_broken_glossary_file_is_refused_in_the_users_language(qtbot, russian: MainWindow, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *_a, **_k: shown.append(
        (title, text))))
    broken = tmp_path / "terms.tbx"
    broken.write_bytes(b"<martif><text><body><termEntry>")
    russian.context.tasks.wait_idle()
    glossary = Path(russian.context.glossary.location)
    before = glossary.read_bytes()

    russian.glossary.panel.import_file(str(broken))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    [(title, text)] = shown
    first_line = text.splitlines()[0]
    assert has_cyrillic(title) and has_cyrillic(first_line) and "terms.tbx" in first_line
    assert "XML" in text.splitlines()[-1]
    russian.context.tasks.wait_idle()
    assert glossary.read_bytes() == before


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter picks the entry), or None."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def mnemonic_clashes(menu, where: str) -> list[str]:
    """Entries of one menu sharing a mnemonic: Alt+letter then only cycles between them instead of choosing."""
    by_letter: dict[str, list[str]] = {}
    clashes = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            by_letter.setdefault(letter, []).append(action.text())
        if action.menu() is not None:
            clashes += mnemonic_clashes(action.menu(), f"{where} ▸ {action.text()}")
    return clashes + [f"{where}: {texts}" for texts in by_letter.values() if len(texts) > 1]


@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_every_menu_entry_has_its_own_mnemonic(window: MainWindow, lang: str) -> None:
    from PySide6.QtCore import QPoint

    with interface_in(window, lang):
        clashes = mnemonic_clashes(window.menuBar(), "menu bar")
        cell = window.grid.visualRect(window.grid.release_model.index(1, LANG_COLUMN["en"])).center()
        clashes += mnemonic_clashes(window.cell_menu(cell), "cell menu")
        row = window.grid.verticalHeader().sectionViewportPosition(1) + 2
        clashes += mnemonic_clashes(window.row_menu(QPoint(2, row)), "row menu")
    assert clashes == []


def dialog_clashes(dialog) -> list[str]:
    """Shown buttons and labels of one dialog sharing an Alt+letter."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    by_letter: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        letter = mnemonic(widget.text()) if widget.isVisibleTo(dialog) else None
        if letter and not widget.text().startswith("<"):  # rich text shows '&' as itself
            by_letter.setdefault(letter, []).append(widget.text())
    return [f"{dialog.objectName() or type(dialog).__name__}: {texts}" for texts in by_letter.values()
            if len(texts) > 1]


@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_dialog_fields_and_buttons_have_their_own_mnemonics(qtbot, window: MainWindow, lang: str) -> None:
    from desktop_app.ui.export_dialog import MODES, ExportDialog
    from desktop_app.ui.find_replace import FindReplaceDialog
    from desktop_app.ui.preferences import PreferencesDialog

    with interface_in(window, lang):
        clashes = []
        dialogs = [FindReplaceDialog(window.document, window.grid, window._finish_editing, window),
                   PreferencesDialog(window.context, window.grid.column_order(), window.grid.hidden_columns(), window)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            clashes += dialog_clashes(dialog)
        export = ExportDialog(window.context, window.document, window)
        qtbot.addWidget(export)
        export.show()
        for i, mode in enumerate(MODES):
            export.mode_combo.setCurrentIndex(i)
            clashes += [f"{mode}: {clash}" for clash in dialog_clashes(export)]
        for dialog in (*dialogs, export):
            dialog.reject()  # Preferences, cancelled, puts back the language it opened in: before English returns
    assert clashes == []


def test_glossary_entry_dialog_tabs_in_reading_order(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.glossary_dock import EntryDialog

    dialog = EntryDialog(window.glossary.panel.store(), None, window, category="person")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.category.setFocus()
    qtbot.waitUntil(dialog.category.hasFocus)
    visited = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # Down the form as it reads, Tab leaving the note (a tab character has no place in it), then the languages.
    assert visited == [dialog.note, dialog.valid_from, dialog.valid_to, dialog.source, dialog.approved["zh"],
                       dialog.variants["zh"], dialog.forbidden["zh"], dialog.short_forms["zh"], dialog.approved["en"]]
    assert "\t" not in dialog.note.toPlainText()


def focused_in(window: MainWindow):
    """The part of the window holding the keyboard focus: the grid or one of the docks."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    for part in (window.grid, window.glossary_dock, window.suggestions_dock, window.qa_dock):
        if focus is part or part.isAncestorOf(focus):
            return part
    return focus


def test_f6_walks_the_panels_and_a_quality_fix_needs_no_mouse(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.qa_dock import QaPanel

    panel = window.qa_dock.widget()
    assert isinstance(panel, QaPanel)
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        window.quality_checks.action.trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.grid.setFocus()
    qtbot.waitUntil(window.grid.hasFocus)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    walked = []
    for _ in range(5):
        press(Qt.Key.Key_F6)
        walked.append(focused_in(window))
    assert walked == [window.glossary_dock, window.suggestions_dock, window.qa_dock, window.filter_combo, window.grid]
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Tab)  # the row filter's language, beside it
    assert QApplication.focusWidget() is window.filter_lang_combo
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused_in(window) is window.qa_dock

    # In the Quality Checks panel: down to the finding, Tab to its Fix button, Space.
    def tab_to(widget) -> None:
        for _ in range(12):  # the panel's controls are fewer than that
            if QApplication.focusWidget() is widget:
                return
            press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget}, stopped at {QApplication.focusWidget()}")

    tab_to(panel.tree)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert panel.tree.currentItem().parent() is not None  # a finding, not its group
    tab_to(panel.fix_button)
    press(Qt.Key.Key_Space)
    fixed = window.document.release.segments[3].text("en")
    assert "Communist Party of China" in fixed and "Chinese Communist Party" not in fixed


def test_a_window_shortcut_pressed_in_a_cell_editor_reaches_the_window(qtbot, window: MainWindow) -> None:
    """On Linux desktops Ctrl+Shift+Insert is also a paste key of the text editor, which claimed it first, so Copy
    Source to Target did nothing while a cell was open. The window's command must win; Ctrl+Insert copies text on
    every platform, so the test gives the command that key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QKeySequence
    from PySide6.QtWidgets import QApplication

    copy_source = window.keyboard_flow.copy_source_action
    copy_source.setShortcut(QKeySequence("Ctrl+Ins"))
    segment = window.document.release.segments[4]
    window.document.set_cell(segment.id, "ru", Cell())  # the source is then the Chinese, as for any empty cell
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = window.grid.release_model.index(4, LANG_COLUMN["ru"])
    window.grid.setCurrentIndex(index)
    window.grid.edit(index)
    editor = window.grid.cell_delegate.active_editor
    assert editor is not None
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)

    qtbot.keyClick(editor, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert window.document.cell(segment.id, "ru").text == segment.cells["zh"].text

    # And none of the window's shortcuts is claimed by an open editor on this platform.
    window.grid.edit(index)
    editor = window.grid.cell_delegate.active_editor
    claimed = []
    for action in window.actions():
        for keys in action.shortcuts():
            override = QKeyEvent(QEvent.Type.ShortcutOverride, keys[0].key(), keys[0].keyboardModifiers())
            override.ignore()
            QApplication.sendEvent(editor, override)
            if override.isAccepted():
                claimed.append(keys.toString())
    assert claimed == []


def test_the_user_guide_tells_how_to_work_without_a_mouse(window: MainWindow) -> None:
    from desktop_app.ui.help_dialogs import UserGuideDialog

    guide = UserGuideDialog(window)
    text = guide.browser.toPlainText()
    guide.deleteLater()
    assert "F6" in text and window.next_panel_action.shortcut().toString() == "F6"


def test_find_and_replace_open_in_the_field_they_name(qtbot, window: MainWindow) -> None:
    window.replace_action.trigger()
    dialog = window._find_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.replace_edit.hasFocus)
    dialog.find_edit.setText("Jinhua")
    window.find_action.trigger()
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    assert dialog.find_edit.selectedText() == "Jinhua"  # typing a new search replaces the last one
    dialog.close()


def test_the_toolbar_keeps_its_short_undo_button_and_its_filters_after_an_edit(qtbot, russian: MainWindow) -> None:
    """The Edit menu says what Undo will undo; on the toolbar that long name pushed the row filter's language out of
    a 1024-pixel window in Russian."""
    window = russian
    window.resize(1024, 700)
    segment = window.document.release.segments[2]
    window.document.set_text(segment.id, "ru", segment.text("ru") + " (исправлено)")
    button = window.toolbar.widgetForAction(window.undo_action)
    step = window.undo_action.text().replace("&", "")
    assert has_cyrillic(button.text()) and len(button.text()) < len(step)  # "Отменить", not "Отменить Правка …"
    assert window.undo_action.toolTip() == step  # the step is still named where the pointer rests
    qtbot.waitUntil(window.filter_lang_combo.isVisible)


def test_the_question_before_exporting_with_errors_is_all_in_the_users_language(
        qtbot, russian: MainWindow, tmp_path: Path, questions: list[str]) -> None:
    from desktop_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(russian.context, russian.document, russian)
    qtbot.addWidget(dialog)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("table"))  # all three languages are checked
    dialog.output_edit.setText(str(tmp_path / "release.docx"))
    dialog.output_edit.textEdited.emit(str(tmp_path / "release.docx"))
    dialog.start_export()  # the sample has one error: a forbidden form in the English
    qtbot.waitUntil(lambda: bool(questions), timeout=30_000)
    assert has_cyrillic(questions[0])
    assert not [word for word in ("error", "warning", "note", "ignored") if word in questions[0]], questions[0]
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)


def test_import_warnings_are_in_the_users_language(qtbot, russian: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """English paragraphs, one more than the release has rows, going into the Russian column: both warnings are
    shown, in Russian, and cancelling changes nothing."""
    from desktop_app.ui.import_dialog import ImportDialog

    shown: list[str] = []

    def preview(dialog: ImportDialog) -> int:
        dialog.context.tasks.wait_idle()
        qtbot.waitUntil(lambda: dialog.paragraphs is not None)
        shown.append(dialog.warnings_label.text())
        return 0

    monkeypatch.setattr(ImportDialog, "exec", preview)
    english = [s.cells["en"].text for s in russian.document.release.segments] + ["One more paragraph in English."]
    source = tmp_path / "english.txt"
    source.write_text("\n\n".join(english), encoding="utf-8")
    before = [s.cells["ru"].text for s in russian.document.release.segments]

    russian.import_document("ru", str(source))
    [warnings] = shown
    lines = warnings.splitlines()
    assert len(lines) == 2 and all(has_cyrillic(line) for line in lines)
    assert not [word for word in ("looks", "column", "paragraphs", "rows") if word in warnings], warnings
    assert [s.cells["ru"].text for s in russian.document.release.segments] == before


def test_the_restore_offer_is_asked_over_the_window_it_concerns(qtbot, data_dir: Path, sample_project: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """At start-up the project is opened before the window is shown; the question must not float on its own."""
    first = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(first)
    assert first.open_path(sample_project, ask_save=False)
    first.document.set_text(first.document.release.segments[1].id, "en", "July 21, 2023")
    assert first.document.autosave()
    first.document.close(keep_recovery=True)

    second = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(second)
    seen: list[tuple[bool, str]] = []

    def question(parent, _title, _text, *_args, **_kwargs):
        seen.append((parent.isVisible(), parent.document.release.segments[1].cells["en"].text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert second.open_path(sample_project, ask_save=False)
    assert seen == [(True, "July 20, 2023")]  # shown, with the saved text behind the question
    assert second.document.release.segments[1].cells["en"].text == "July 21, 2023"


def test_role_status_filter_column_and_panel_entries_have_mnemonics(window: MainWindow) -> None:
    """Edit ▸ Role, Cell Status, View ▸ Filter Rows, Columns and the panel toggles had no underlined letter, so a
    keyboard user had to arrow through them; each entry has one now, without two sharing a letter."""
    menus = [window.role_menu, window.status_menu, window.filter_menu, window.columns_menu, window.view_menu]
    missing = [action.text() for menu in menus for action in menu.actions()
               if not action.isSeparator() and action.isVisible() and mnemonic(action.text()) is None]
    assert missing == []
    assert mnemonic_clashes(window.menuBar(), "menu bar") == []
    assert window.glossary_dock.windowTitle() == "Glossary"  # the dock's own title shows no '&'
    assert window.filter_combo.itemText(0) == "All rows"  # nor does the toolbar's row filter
