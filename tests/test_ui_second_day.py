"""A press officer's second day, through the real window: starting a release from nothing, doing things in the
wrong order, a second window, a crash. Each test is one thing a new user met that the app handled badly."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
import mt_support
import pytest
import ui_support
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from ui_support import Messages, has_cyrillic

from desktop_app.domain.release import Role
from desktop_app.storage.glossary_store import default_glossary_path
from desktop_app.storage.project_lock import lock_path, read_holder
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.glossary_dock import EntryDialog
from desktop_app.ui.glossary_dock.panel import ENTRY_ROLE
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.packs_dialog import PacksDialog
from desktop_app.ui.release_model import LANG_COLUMN
from desktop_app.ui.translate_all import TranslateColumnDialog

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
russian = ui_support.russian  # fixture
messages = ui_support.messages  # fixture
random_model, random_packs = mt_support.random_model, mt_support.random_packs

HEADLINE = "Lavrov and Wang Yi meet in Beijing"
BODY = ["The foreign ministers of Russia and China held talks in Beijing on Tuesday.",
        "They discussed bilateral relations and international issues of common concern."]




class Previews:
    """Stands in for the user at the import dialog: waits for its preview, records it and accepts it."""

    def __init__(self) -> None:
        self.dialogs: list[dict] = []

    def exec(self, dialog: ImportDialog) -> int:
        dialog.context.tasks.wait_idle()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.dialogs.append({"lang": dialog.lang, "warnings": dialog.warnings_label.text(),
                             "summary": dialog.summary_label.text(), "can_import": ok.isEnabled()})
        return int(ok.isEnabled())


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    recorder = Previews()
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: recorder.exec(dialog))
    return recorder


def english_docx(path: Path) -> Path:
    """A Word release as a press office writes it: a Title-styled headline and body paragraphs."""
    document = docx.Document()
    document.add_paragraph(HEADLINE, style="Title")
    for text in BODY:
        document.add_paragraph(text)
    document.save(str(path))
    return path


# -- machine translation before any pack is installed ---------------------------------------------------------
def test_translate_column_without_any_pack_offers_to_install_one(qtbot, window: MainWindow, messages: Messages,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A new user's first Ctrl+Shift+T: no pack is installed. They are told so and taken to the place to install
    one, not asked which column to translate and then told a riddle about sources and packs."""
    asked: list[str] = []
    monkeypatch.setattr(TranslateColumnDialog, "exec", lambda dialog: asked.append(dialog.windowTitle()) or 0)
    translate = window.machine_translation.translate_all
    translate.action.trigger()
    assert asked == []
    [text] = messages.texts("question")
    assert "No language pack is installed" in text
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PacksDialog)), timeout=5000)
    assert not translate.running and not messages.texts("information")
    for dialog in window.findChildren(PacksDialog):
        dialog.close()


def test_nothing_to_translate_names_the_language_not_its_code(qtbot, russian: MainWindow, messages: Messages,
                                                              random_packs) -> None:
    """Only Chinese → English is installed and the user asks for the Russian column: the message names the
    column in the interface language ("ru" means nothing to a press officer)."""
    ui = russian.machine_translation
    dialog = ui.show_packs()
    with qtbot.waitSignal(ui.session.packsChanged, timeout=120_000):
        dialog.install_file(random_packs[("zh", "en")])
    dialog.close()
    assert not ui.translate_all.start("ru")
    [text] = messages.texts("information")
    assert "русский" in text.casefold() and " ru" not in text and has_cyrillic(text.split(":")[0])


# -- a second window on the same project ----------------------------------------------------------------------
ZONE = "Asia/Shanghai"  # UTC+8 all year: a UTC time shown as local is eight hours off


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_project_in_use_is_explained_in_the_users_language_and_time(qtbot, russian: MainWindow, data_dir: Path,
                                                                    sample_project: Path, messages: Messages,
                                                                    shanghai: None) -> None:
    holder = read_holder(lock_path(sample_project))
    assert holder is not None
    local = datetime.fromisoformat(holder.time).astimezone().strftime("%H:%M")
    messages.reply = QMessageBox.StandardButton.Cancel
    second = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(second)
    assert not second.open_path(sample_project, ask_save=False)
    [text] = messages.texts("question")
    reason = text.split("\n\n")[0]
    assert has_cyrillic(reason) and "sample.pressdesk" in reason
    assert local in reason and "UTC" not in reason
    second.context.close()


# -- a Word document chosen in File ▸ Open ---------------------------------------------------------------------
def test_opening_a_word_document_starts_a_new_release_with_its_text(window: MainWindow, messages: Messages,
                                                                    previews: Previews, tmp_path: Path) -> None:
    """Ctrl+O on the release the office sent as .docx: instead of "not a PressDesk project (not an SQLite
    database, or corrupt)", the user is offered a new release with its text, through the import preview."""
    path = english_docx(tmp_path / "release.docx")
    before = path.read_bytes()
    assert window.open_path(path, ask_save=False)
    assert not messages.texts("critical")
    [question] = messages.texts("question")
    assert "release.docx" in question and "Import Document" in question
    [preview] = previews.dialogs
    assert preview["can_import"] and preview["lang"] == "en"  # the column of the language it is written in
    assert preview["summary"] == "3 paragraphs make a new release, one row each." and preview["warnings"] == ""
    doc = window.document
    assert doc.untitled and [s.text("en") for s in doc.release.segments] == [HEADLINE, *BODY]
    assert path.read_bytes() == before and not list(tmp_path.glob("*.lock"))


def test_a_declined_word_document_leaves_the_open_release_alone(window: MainWindow, messages: Messages,
                                                                previews: Previews, tmp_path: Path) -> None:
    messages.reply = QMessageBox.StandardButton.Cancel
    path_before = window.document.path
    assert not window.open_path(english_docx(tmp_path / "release.docx"), ask_save=False)
    assert window.document.path == path_before and not previews.dialogs


# -- a new release filled from a document ----------------------------------------------------------------------
def test_a_document_imported_into_a_new_release_gives_its_rows_roles_and_title(window: MainWindow,
                                                                               previews: Previews,
                                                                               tmp_path: Path) -> None:
    """File ▸ New holds one empty row; importing the English release into it must not warn that "the document has
    3 paragraphs but the release has 1 rows", nor make the headline a body paragraph."""
    window.new_document()
    window.import_document("en", str(english_docx(tmp_path / "release.docx")))
    [preview] = previews.dialogs
    assert preview["warnings"] == ""
    segments = window.document.release.segments
    assert [(s.role, s.text("en")) for s in segments] == [(Role.HEADLINE, HEADLINE), *((Role.BODY, t) for t in BODY)]
    assert window.document.release.title == HEADLINE
    window.undo_action.trigger()
    assert len(window.document.release.segments) == 1 and not window.document.modified


# -- killed mid-edit ---------------------------------------------------------------------------------------------
CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import UiLanguage
    from desktop_app.ui.main_window import MainWindow

    data_dir, project, typed = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    context = AppContext.create(data_dir, UiLanguage(app))
    context.qt_settings.autosave_seconds = 3600  # the periodic autosave never comes before the kill
    window = MainWindow(context)
    window.open_path(project, ask_save=False)
    window.show()
    window.document.autosaved.connect(lambda: print("autosaved", flush=True))

    def type_text():
        index = window.grid.release_model.index(0, 1)
        window.grid.setCurrentIndex(index)
        window.grid.edit(index)
        editor = window.grid.cell_delegate.active_editor
        editor.setFocus()
        editor.insertPlainText(typed)  # and the editor stays open, as when the power goes

    QTimer.singleShot(0, type_text)
    app.exec()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_work_typed_just_before_a_crash_is_offered_back(qtbot, data_dir: Path, sample_project: Path,
                                                        messages: Messages) -> None:
    """The editor is killed a moment after the user stopped typing, long before the periodic autosave: what was
    typed is kept as soon as they paused, and offered back on the next start."""
    with ProjectStore.open(sample_project) as store:
        saved_en = store.load().segments[0].cells["en"].text
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PRESSDESK_DATA_DIR": str(data_dir)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(sample_project), " (typed)"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 120)  # far below the hour of the periodic autosave
        assert ready and child.stdout.readline().strip() == "autosaved", "nothing was kept after the pause"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    win = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(win)
    assert win.open_path(sample_project, ask_save=False)
    assert [title for kind, title, _text in messages.shown] == ["Restore unsaved work?"]
    assert win.document.release.segments[0].cells["en"].text == saved_en + " (typed)"
    win.document.close()
    win.context.close()


def test_the_pause_autosave_leaves_the_last_report_in_the_status_bar(qtbot, window: MainWindow) -> None:
    """Kept after a pause, quietly: "Imported 12 paragraphs" must not give way to "Autosaved" two seconds later."""
    window.context.qt_settings.autosave_seconds = 3600
    window.autosave_timer.setInterval(3600 * 1000)
    window.status_message("Imported 3 paragraphs")
    with qtbot.waitSignal(window.document.autosaved, timeout=30_000):
        window.document.set_text(window.document.release.segments[1].id, "ru", "21 июля 2023 года")
    assert window.status_bar.currentMessage() == "Imported 3 paragraphs"
    assert window.document.store.read_recovery() is not None


# -- a release started from pasted text -------------------------------------------------------------------------
CHINESE = ["中俄两国外长今天在北京举行会谈。", "双方就双边关系和共同关心的国际问题深入交换意见。",
           "王毅表示，中方愿同俄方加强战略协作。", "拉夫罗夫说，俄方高度重视对华关系。"]


def paste(qtbot, win: MainWindow, row: int, lang: str, text: str) -> None:
    """Select the cell and press Ctrl+V, as the user does after copying from a web page or Word."""
    QGuiApplication.clipboard().setText(text)
    win.grid.setCurrentIndex(win.grid.release_model.index(row, LANG_COLUMN[lang]))
    win.grid.setFocus()
    qtbot.keyClick(win.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_paragraphs_pasted_into_a_new_release_get_a_row_each(qtbot, window: MainWindow, messages: Messages) -> None:
    """A new release, the Chinese text copied from the ministry's site (paragraphs apart by blank lines, two of them
    only by a line break) pasted into the Chinese column: one row per paragraph, the first the headline, not
    one cell holding the whole release."""
    window.new_document()
    paste(qtbot, window, 0, "zh", f"{CHINESE[0]}\n\n{CHINESE[1]}\r\n\r\n{CHINESE[2]}\n\n{CHINESE[3]}\n")
    [question] = messages.texts("question")
    assert "4" in question
    segments = window.document.release.segments
    assert [s.text("zh") for s in segments] == CHINESE
    assert [s.role for s in segments] == [Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY]
    assert window.document.release.title == CHINESE[0]
    assert window.grid.release_model.rowCount() == 4 and window.grid.cell_delegate.active_editor is None
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert len(window.document.release.segments) == 1 and not window.document.modified


def test_pasted_paragraphs_line_up_with_the_rows_another_language_fills(qtbot, window: MainWindow,
                                                                        messages: Messages) -> None:
    """The Russian column pasted into the sample release (one paragraph per line, as Word copies them) from its
    first row: each row's empty Russian cell is filled in turn, no other text is touched or moved."""
    doc = window.document
    for segment in doc.release.segments[:3]:
        doc.set_text(segment.id, "ru", "")
    before = [(s.id, s.text("zh"), s.text("en")) for s in doc.release.segments]
    lines = ["Первый абзац.", "Второй абзац.", "Третий абзац."]
    paste(qtbot, window, 0, "ru", "\n".join(lines))
    segments = doc.release.segments
    assert [s.text("ru") for s in segments[:3]] == lines
    assert [(s.id, s.text("zh"), s.text("en")) for s in segments] == before


def test_declining_the_split_pastes_everything_into_the_cell(qtbot, window: MainWindow, messages: Messages) -> None:
    messages.reply = QMessageBox.StandardButton.No
    window.new_document()
    paste(qtbot, window, 0, "zh", "\n".join(CHINESE[:2]))
    assert len(messages.texts("question")) == 1
    [segment] = window.document.release.segments
    assert segment.text("zh") == "\n".join(CHINESE[:2])


# -- a translator's glossary entry, deleted by mistake ---------------------------------------------------------------
def recognised(ui, text: str, lang: str) -> set[str]:
    """The English forms of the glossary entries the highlighter finds in `text`."""
    return {hit.entry.forms["en"] for hit in ui.source.hits(text, lang)}


def find_in_list(panel, label: str):
    """The entry's row in the dock's list, after searching for it."""
    for i in range(panel.results.topLevelItemCount()):
        item = panel.results.topLevelItem(i)
        entry = item.data(0, ENTRY_ROLE)
        if entry is not None and entry.label() == label:
            return item
    return None


def test_a_deleted_glossary_entry_comes_back_with_ctrl_z_in_the_dock(qtbot, window: MainWindow, messages: Messages,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Add an entry with a variant and a forbidden form, see it recognised (in inflected Russian too), delete it
    and press Ctrl+Z where the deleting was done: the entry is back as it was, and the release keeps the edit
    made meanwhile (the window's Undo would have taken that back instead, the entry staying deleted)."""
    ui = window.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    panel = ui.panel

    def fill_and_accept(dialog: EntryDialog) -> int:
        dialog.category.setCurrentIndex(dialog.category.findData("organization"))
        dialog.approved["zh"].setText("上海合作组织秘书处")
        dialog.approved["en"].setText("SCO Secretariat")
        dialog.variants["en"].setText("Secretariat of the SCO")
        dialog.approved["ru"].setText("Секретариат ШОС")
        dialog.forbidden["ru"].setText("Секретариат Шанхайской пятёрки")
        EntryDialog.accept(dialog)
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EntryDialog, "exec", fill_and_accept)
    panel.add_entry()
    name = "SCO Secretariat"
    qtbot.waitUntil(lambda: name in recognised(ui, "в Секретариате ШОС", "ru"), timeout=30_000)
    assert name in recognised(ui, "the Secretariat of the SCO", "en")
    assert name in recognised(ui, "上海合作组织秘书处发表声明", "zh")

    segment_id = window.document.release.segments[1].id
    window.document.set_text(segment_id, "ru", "21 июля 2023 года")
    panel.search.setText("SCO Secretariat")
    qtbot.waitUntil(lambda: find_in_list(panel, "SCO Secretariat") is not None, timeout=30_000)
    panel.results.setCurrentItem(find_in_list(panel, "SCO Secretariat"))
    panel.delete_entry()
    qtbot.waitUntil(lambda: name not in recognised(ui, "в Секретариате ШОС", "ru"), timeout=30_000)

    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: name in recognised(ui, "в Секретариате ШОС", "ru"), timeout=30_000)
    [entry] = [e for e in panel.store().search("SCO Secretariat") if e.forms["en"] == "SCO Secretariat"]
    assert entry.variants["en"] == ("Secretariat of the SCO",)
    assert entry.forbidden["ru"] == ("Секретариат Шанхайской пятёрки",)
    assert window.document.release.segment(segment_id).cells["ru"].text == "21 июля 2023 года"
    assert not panel.undo_change_action.isEnabled()


def test_a_mistaken_glossary_edit_is_taken_back_with_ctrl_z_in_the_dock(qtbot, window: MainWindow,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The translator overwrites the approved Russian form of Jinhua by mistake; Ctrl+Z in the dock puts the
    entry back as it was, the release untouched."""
    ui = window.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    panel = ui.panel
    panel.search.setText("Jinhua")
    qtbot.waitUntil(lambda: find_in_list(panel, "Jinhua") is not None, timeout=30_000)
    panel.results.setCurrentItem(find_in_list(panel, "Jinhua"))
    before = panel.selected_entry()

    def mistype(dialog: EntryDialog) -> int:
        dialog.approved["ru"].setText("Цзиньхуа провинции")
        EntryDialog.accept(dialog)
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EntryDialog, "exec", mistype)
    release_before = window.document.release.copy()
    panel.edit_entry()
    qtbot.waitUntil(lambda: not panel.writing, timeout=30_000)  # saved on a worker
    assert panel.store().entry(before.id).forms["ru"] == "Цзиньхуа провинции"
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.writing, timeout=30_000)
    assert panel.store().entry(before.id) == before
    assert window.document.release == release_before and not panel.undo_change_action.isEnabled()


# -- exporting before anything is translated -------------------------------------------------------------------
def test_exporting_languages_not_yet_written_is_explained_before_export(russian: MainWindow, messages: Messages,
                                                                        tmp_path: Path) -> None:
    """Only the Chinese text exists and the user picks "all three languages": the dialog says at once, in their
    language, which languages have no text, and Export waits; it used to ask about the quality errors first and
    then fail with "there is no English or Russian text to export" in English, writing nothing."""
    russian.new_document()
    russian.document.set_text(russian.document.release.segments[0].id, "zh", CHINESE[0])
    dialog = ExportDialog(russian.context, russian.document, russian)
    dialog.output_edit.setText(str(tmp_path / "out"))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("all"))
    text = dialog.status_label.text()
    assert has_cyrillic(text.split()[0]) and " or " not in text
    assert "английск" in text.casefold() and "русск" in text.casefold() and "китайск" not in text.casefold()
    assert not dialog.export_button.isEnabled()
    dialog.start_export()
    assert messages.shown == [] and dialog.result is None
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("single"))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("zh"))
    assert dialog.status_label.text() == "" and dialog.export_button.isEnabled()
    dialog.deleteLater()


# -- the first start, in Moscow -----------------------------------------------------------------------------------
FIRST_START = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.app import adopt_system_language
    from desktop_app.ui.context import AppContext

    app = QApplication([])
    context = AppContext.create(Path(sys.argv[1]))
    adopt_system_language(context)
    print(context.settings.ui_lang)
    context.close()
""")


def first_start_language(data_dir: Path, locale: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PRESSDESK_DATA_DIR": str(data_dir), "LC_ALL": locale,
                "LANG": locale})
    done = subprocess.run([sys.executable, "-c", FIRST_START, str(data_dir)], capture_output=True, text=True,
                          env=env, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(("locale", "lang"), [("ru_RU.UTF-8", "ru"), ("zh_CN.UTF-8", "zh"), ("de_DE.UTF-8", "en")])
def test_the_first_start_speaks_the_systems_language(tmp_path: Path, locale: str, lang: str) -> None:
    """A new user in Moscow or Beijing gets the interface in their language at once; a choice made since (a settings
    file exists) is never overridden by the system's."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert first_start_language(data_dir, locale) == lang
    assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["ui_lang"] == lang
    assert first_start_language(data_dir, "de_DE.UTF-8") == lang


@pytest.mark.parametrize("damaged", [False, True])
def test_start_up_questions_and_errors_come_over_the_window(qtbot, window: MainWindow, data_dir: Path,
                                                            sample_project: Path, tmp_path: Path, damaged: bool,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A second PressDesk started while the first edits the last project, or started on a damaged file: the window
    is opened before the project, so "Project in use" and "Cannot open project" appear over it, not alone on an
    empty screen."""
    seen: list[bool] = []
    for kind in ("question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, *_a, **_k: seen.append(parent.isVisible()) or QMessageBox.StandardButton.Cancel))
    project = sample_project
    if damaged:
        project = tmp_path / "damaged.pressdesk"
        project.write_bytes(b"not a project" * 100)
    second = MainWindow(ui_support.make_context(data_dir))
    qtbot.addWidget(second)
    second.open_startup_document(str(project))
    assert seen and seen[0]
    second.context.close()


# -- saving the new release ----------------------------------------------------------------------------------------
def test_save_as_offers_a_file_name_made_from_the_headline(window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The headline "Lavrov/Wang Yi: talks in Beijing" must not make the offered name a folder "Lavrov" and a
    file without the .pressdesk ending; the offer is beside the last project."""
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _parent, _title, start, *_a, **_k: offered.append(start) or ("", "")))
    window.new_document()
    window.document.set_release_info("Lavrov/Wang Yi: talks in Beijing", "2024-05-16")
    assert not window.save_document()
    [start] = offered
    assert Path(start).parent == tmp_path  # where the sample project of this test lies
    assert Path(start).name == "Lavrov Wang Yi talks in Beijing.pressdesk"


def test_a_failed_save_says_in_the_users_language_that_nothing_is_lost(russian: MainWindow, messages: Messages,
                                                                       tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Save As into a place that cannot hold the file: the message says, in the interface language, what was not
    saved and that the work is still there; the system's reason follows."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    target = blocker / "release.pressdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    russian.document.set_text(russian.document.release.segments[1].id, "en", "July 21, 2023")
    assert not russian.save_document_as()
    [text] = messages.texts("critical")
    first, reason = text.split("\n\n", 1)
    assert has_cyrillic(first) and "release.pressdesk" in first and reason
    assert russian.document.modified and not target.exists()


def test_a_glossary_entry_that_cannot_be_saved_is_explained_in_the_users_language(qtbot, russian: MainWindow) -> None:
    """A translator adds an entry whose Russian form another entry already has, or forgets every approved form:
    the dialog says so in Russian, naming the language ("русский", not "ru:")."""
    ui = russian.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    dialog = EntryDialog(ui.panel.store(), None, russian, category="place")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result is None and has_cyrillic(dialog.problems.text())
    dialog.approved["ru"].setText("Цзиньхуа")
    dialog.accept()
    lines = dialog.problems.text().splitlines()
    assert dialog.result is None and has_cyrillic(lines[0])
    assert any(line.startswith("• русский: ") for line in lines[1:]) and not any("ru:" in line for line in lines)


# -- a damaged glossary file -----------------------------------------------------------------------------------------
@pytest.fixture
def broken_glossary(data_dir: Path) -> Path:
    path = default_glossary_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"synced half-way: not a glossary " * 64)
    return path


def test_a_damaged_glossary_is_explained_and_does_not_widen_the_window(qtbot, broken_glossary: Path,
                                                                       window: MainWindow) -> None:
    """The glossary file was damaged (a sync conflict): the dock says it cannot be opened and what to do, instead
    of "Loading the glossary…" for ever, and the long reason does not push the window wider than a 1024 px screen."""
    panel = window.glossary.panel
    qtbot.waitUntil(lambda: "cannot be opened" in panel.mode_label.text(), timeout=30_000)
    assert str(broken_glossary) in panel.mode_label.text()
    checks = window.quality_checks.panel
    checks.schedule_full_check()
    qtbot.waitUntil(lambda: "without the glossary" in checks.summary.text(), timeout=30_000)
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)


def test_approving_an_empty_cell_says_why_nothing_happened(qtbot, window: MainWindow) -> None:
    window.new_document()
    window.grid.setCurrentIndex(window.grid.release_model.index(0, LANG_COLUMN["en"]))
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "empty cell" in window.status_bar.currentMessage()
    assert window.document.undo_stack.count() == 0
