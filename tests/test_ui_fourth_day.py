"""A press office's fourth day, through the real window: a long release autosaved while the translator types, a
large-text screen, glossary imports in another interface language, a translator checking glossary terms through a
long release, and whoever sends the Word files out. Each test is one thing a user met that the app handled badly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import shiboken6
import ui_support
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction, QDesktopServices, QFont, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QWidget
from ui_support import interface_in

from desktop_app import LANGS
from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.release import Status
from desktop_app.formats.glossary_csv import MAX_TERM_CHARS
from desktop_app.services.glossary import plan_import
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.document import DocumentController
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.find_replace import FindReplaceDialog
from desktop_app.ui.glossary_dock import ImportPreviewDialog
from desktop_app.ui.grid_view import RowFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.workers import TaskRunner

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
large_font, inside = ui_support.large_font, ui_support.inside
messages = ui_support.messages  # fixture


# -- autosave in a long release ---------------------------------------------------------------------------------
def test_autosave_writes_a_snapshot_off_the_gui_thread(qtbot, window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Pausing in a 5,000-row release held the window for 70 ms while the autosave was serialised and written
    (benchmarks/bench_autosave.py). The write now runs on a worker, with the release as it was at the pause: what
    is typed while it is written is not half in it, and comes with the next autosave."""
    writers: list[threading.Thread] = []
    original = ProjectStore.write_recovery_to.__func__  # type: ignore[attr-defined]

    def recording(cls, path, release):  # type: ignore[no-untyped-def]
        writers.append(threading.current_thread())
        return original(cls, path, release)

    monkeypatch.setattr(ProjectStore, "write_recovery_to", classmethod(recording))
    doc = window.document
    first, second = doc.release.segments[0].id, doc.release.segments[1].id
    doc.set_text(first, "en", "Typed before the pause")
    with qtbot.waitSignal(doc.autosaved, timeout=30_000):
        assert doc.autosave()
        doc.set_text(second, "en", "Typed while it was written")
    assert writers and all(thread is not threading.main_thread() for thread in writers)
    with ProjectStore.open(doc.path) as other:  # type: ignore[arg-type]
        _at, kept = other.read_recovery()  # type: ignore[misc]
    assert kept.segment(first).text("en") == "Typed before the pause"
    assert kept.segment(second).text("en") != "Typed while it was written"
    with qtbot.waitSignal(doc.autosaved, timeout=30_000):
        assert doc.autosave()
    _at, kept = doc.pending_recovery()  # type: ignore[misc]
    assert kept.segment(second).text("en") == "Typed while it was written"


def test_an_autosave_written_after_its_document_was_deleted_tells_nobody(qtbot, sample_project: Path,
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The write runs on a worker: when it ends, the document it was made for may be gone (its window closed).
    Telling a deleted document raised "Signal source has been deleted" in the event loop."""
    release = threading.Event()
    original = ProjectStore.write_recovery_to.__func__  # type: ignore[attr-defined]

    def held(cls, path, snapshot):  # type: ignore[no-untyped-def]
        release.wait(30)
        return original(cls, path, snapshot)

    monkeypatch.setattr(ProjectStore, "write_recovery_to", classmethod(held))
    tasks = TaskRunner()
    doc = DocumentController(tmp_path / "recovery", tasks)
    doc.open(sample_project)
    doc.set_text(doc.release.segments[0].id, "en", "Typed before the window closed")
    assert doc.autosave()
    shiboken6.delete(doc)
    release.set()
    assert tasks.wait_idle()
    with ProjectStore.open(sample_project) as store:  # the work is kept all the same
        _at, kept = store.read_recovery()  # type: ignore[misc]
    assert kept.segments[0].text("en") == "Typed before the window closed"
    tasks.shutdown()


def test_saving_during_an_autosave_leaves_nothing_to_restore(qtbot, window: MainWindow) -> None:
    """Ctrl+S right after a pause: the autosave still being written must not land after the save, or the next
    start would offer to "restore" work that was saved."""
    doc = window.document
    doc.set_text(doc.release.segments[0].id, "en", "Saved at once")
    assert doc.autosave()
    assert window.save_document()
    window.context.tasks.wait_idle()
    with ProjectStore.open(doc.path) as other:  # type: ignore[arg-type]
        assert other.read_recovery() is None
        assert other.load().segments[0].cells["en"].text == "Saved at once"


# -- large text -------------------------------------------------------------------------------------------------


def squeezed_labels(root: QWidget) -> list[str]:
    """Shown word-wrapped labels of `root` given less height than their text needs, or cut at the right."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            needs = label.heightForWidth(label.width())
            found.append(f"{label.text()[:40]!r}: {label.height()} px high, needs {needs}")
        parent = label.parentWidget()
        if parent is not None and inside(label, parent).right() > parent.width():
            found.append(f"{label.text()[:40]!r} runs past the right edge")
    return found


def test_at_200_percent_the_suggestions_dock_cuts_off_nothing_and_its_button_is_reachable(
        qtbot, large_font: QFont, window: MainWindow) -> None:
    """Large text, no language pack yet, the Suggestions panel pulled out as a small floating window: its
    explanation was cut after two lines and "Install a Language Pack…" squeezed out of sight. Everything is read
    in full now, scrolling if need be, and the button can be scrolled to and pressed."""
    with interface_in(window, "ru"):
        dock = window.suggestions_dock
        panel = window.machine_translation.panel
        dock.setFloating(True)
        dock.show()
        dock.resize(420, 260)
        segment = window.document.release.segments[2]
        window.document.set_current_cell(segment.id, "ru")
        qtbot.waitUntil(lambda: panel.install_button.isVisible() and bool(panel.status.text()), timeout=10_000)
        qtbot.waitUntil(lambda: dock.height() <= 300, timeout=5_000)
        assert squeezed_labels(panel) == []
        button = panel.install_button
        qtbot.waitUntil(lambda: button.visibleRegion().boundingRect() == button.rect(), timeout=5_000)
        assert button.width() >= button.sizeHint().width()
        dock.setFloating(False)


# -- glossary imports in another interface language -------------------------------------------------------------
class MarkingTranslator(QTranslator):
    """Stands in for a catalogue: every message of one context comes back marked, so a test sees what went through
    translation and what was left as the core wrote it."""

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if context == self.context else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked_reasons(qapp) -> Iterator[None]:
    translator = MarkingTranslator("GlossaryReasons")
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_the_rows_a_glossary_import_skips_are_explained_through_the_interfaces_translations(
        qtbot, window: MainWindow, tmp_path: Path, marked_reasons: None) -> None:
    """With the interface in Chinese or Russian the import preview listed its skipped rows in English ("line 3:
    no term in zh, en or ru", "already in the glossary as #12", "the form … contains the invisible or control
    character …"). Each row's place and reason now comes from the interface's catalogue, nested reasons too."""
    store = window.context.glossary.store()
    known = next(e for e in store.entries() if e.forms.get("en") and e.forms.get("ru"))
    terms = tmp_path / "terms.csv"
    terms.write_text("en,ru\n"
                     f"{known.forms['en']},{known.forms['ru']}\n"
                     f"{'Long' * MAX_TERM_CHARS},длинный\n"
                     "Border\u200bcrossing,пограничный переход\n"
                     "Trade fair,ярмарка\n", encoding="utf-8")
    plan = plan_import(store, terms)
    assert len(plan.skipped) == 3 and len(plan.added) == 1
    dialog = ImportPreviewDialog(plan, window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    skipped = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(skipped) == 3, text
    for line in skipped:
        where, _sep, reason = line[2:].partition(": ")
        assert where.startswith(("⟦line ", "⟦entry ")) and where.endswith("⟧"), line
        assert reason.startswith("⟦") and "zh, en or ru" not in reason, line
    assert any("⟦contains the invisible or control character" in line for line in skipped), skipped
    QApplication.processEvents()


# -- a translator checking glossary terms through a long release ------------------------------------------------
def find_dialog(window: MainWindow, text: str, lang: str | None = None) -> FindReplaceDialog:
    """Ctrl+F, the term typed, the column chosen, and the dialog closed again with Esc, as a translator does before
    walking the matches with F3."""
    window.find_action.trigger()
    dialog = window._find_dialog
    assert dialog is not None
    dialog.find_edit.setText(text)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData(lang or ""))
    return dialog


def current(window: MainWindow) -> tuple[int, str]:
    segment_id, lang = window.document.current_cell()  # type: ignore[misc]
    return window.document.row_of(segment_id), lang


def test_f3_and_shift_f3_walk_the_matches_from_where_the_translator_is(qtbot, window: MainWindow) -> None:
    """After Ctrl+F and Esc, F3 did nothing: there was no Find Next outside the dialog, nor a Find Previous at
    all. And after clicking elsewhere, the next search went on from the old match, not from where the user was."""
    rows = [i for i, s in enumerate(window.document.release.segments) if "Qian" in s.text("en")]
    assert len(rows) >= 2
    dialog = find_dialog(window, "Qian", "en")
    dialog.close()
    window.document.set_current_cell(window.document.release.segments[0].id, "en")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: current(window) == (rows[0], "en"), timeout=5_000)
    assert not dialog.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: current(window) == (rows[1], "en"), timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: current(window) == (rows[0], "en"), timeout=5_000)
    window._finish_editing()
    last = len(window.document.release.segments) - 1
    window.document.set_current_cell(window.document.release.segments[last].id, "en")  # the user moved on
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: current(window) == (rows[-1], "en"), timeout=5_000)
    assert "Qian" in window.status_bar.currentMessage()


def test_ctrl_f_searches_for_the_text_selected_in_the_cell(qtbot, window: MainWindow) -> None:
    """The translator selects "Roundtable Conference" in a cell and presses Ctrl+F: the dialog showed their last
    search instead, to be retyped."""
    find_dialog(window, "Qian").close()
    row = next(i for i, s in enumerate(window.document.release.segments) if "Roundtable" in s.text("en"))
    editor = ui_support.open_editor(window, row, "en")
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(text.index("Roundtable Conference"))
    cursor.setPosition(text.index("Roundtable Conference") + len("Roundtable Conference"),
                       QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.find_action.trigger()
    dialog = window._find_dialog
    assert dialog is not None and dialog.find_edit.text() == "Roundtable Conference"


def first_qian_row_hidden(qtbot, window: MainWindow) -> list[int]:
    """The rows whose English names Qian: the first approved and hidden by the "not approved in English" filter,
    the others drafts left in sight."""
    segments = window.document.release.segments
    rows = [i for i, s in enumerate(segments) if "Qian" in s.text("en")]
    window.document.set_status([(segments[rows[0]].id, "en")], Status.APPROVED)
    window.document.set_status([(segments[r].id, "en") for r in rows[1:]], Status.DRAFT)
    window.grid.set_filter(RowFilter.NOT_APPROVED, "en")
    qtbot.waitUntil(lambda: window.grid.isRowHidden(rows[0]), timeout=5_000)
    return rows


def test_a_match_in_a_row_the_filter_hides_is_passed_over_and_counted(qtbot, window: MainWindow) -> None:
    """With "not approved in English" on, Find Next said "Match 1 of 2" and showed nothing: the match was in a
    row the filter hides. It goes to the shown match and says how many more the filter keeps out of sight."""
    segments = window.document.release.segments
    rows = first_qian_row_hidden(qtbot, window)
    dialog = find_dialog(window, "Qian", "en")
    window.document.set_current_cell(segments[0].id, "en")
    match = dialog.find_next()
    assert match is not None and window.document.row_of(match.segment_id) == rows[1]
    assert current(window) == (rows[1], "en")
    assert "1" in dialog.result_label.text().split("(")[1], dialog.result_label.text()
    window.grid.set_filter(RowFilter.ALL, "en")


def test_a_forbidden_form_all_through_the_release_is_fixed_in_one_step(qtbot, window: MainWindow) -> None:
    """"Chinese Communist Party" in three English paragraphs: the quality panel offered its fix one finding at a
    time, three clicks and three undo steps. "Fix All Like This" corrects every one (twice in one cell too) as
    one step, and one Ctrl+Z takes them all back."""
    doc = window.document
    segments = doc.release.segments
    rows = [1, 2, 6]
    before = {row: segments[row].text("en") for row in rows}
    for row in rows[:2]:
        doc.set_text(segments[row].id, "en", before[row] + " The Chinese Communist Party sent a delegation.")
    doc.set_text(segments[6].id, "en", "The Chinese Communist Party and the Chinese Communist Party youth.")
    panel = window.qa_dock.widget()
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        window.quality_checks.action.trigger()
    forbidden = [f for f in panel.visible_findings() if f.kind is Kind.FORBIDDEN and f.lang == "en"]
    assert len({f.segment_id for f in forbidden}) >= 4, forbidden  # the sample's own paragraph, and the three
    panel.select_finding(next(f for f in forbidden if f.segment_id == segments[6].id))
    steps = doc.undo_stack.count()
    assert panel.fix_all_like_selected() == len(forbidden)
    assert doc.undo_stack.count() == steps + 1
    for segment in doc.release.segments:
        assert "Chinese Communist Party" not in segment.text("en")
    assert segments[6].text("en") == "The Communist Party of China and the Communist Party of China youth."
    doc.undo_stack.undo()
    assert segments[6].text("en") == "The Chinese Communist Party and the Chinese Communist Party youth."


def test_at_200_percent_the_status_bar_says_when_a_text_is_cut_short(qtbot, large_font: QFont,
                                                                    window: MainWindow) -> None:
    """Large text in a 1024 px window: the status bar showed "Сегмен", "205 сл" and "…английски" clipped
    mid-word, read as if whole, with no way to see the rest of the position. A text cut short now ends in "…"
    and its tooltip gives it in full."""
    with interface_in(window, "ru"):
        window.resize(1024, 700)
        qtbot.waitUntil(lambda: window.width() == 1024, timeout=5_000)
        window.document.set_current_cell(window.document.release.segments[2].id, "ru")
        bar = window.status_bar
        widgets = [bar.position_label, bar.counts_label, bar.totals_label, window.quality_checks.totals_button]
        qtbot.waitUntil(lambda: all(w.text() for w in widgets), timeout=5_000)
        cut = [w for w in widgets if w.width() < w.sizeHint().width()]
        assert cut, "at 200 % something must give way in 1024 px"
        for widget in cut:
            assert widget.shown_text().endswith("…"), widget.text()
            assert widget.toolTip(), widget.text()  # the counts and totals spelt out per language, else the text
            if widget in (bar.position_label, window.quality_checks.totals_button):
                assert widget.text() in widget.toolTip()
        for first, second in pairwise(widgets):
            assert not inside(first, bar).intersects(inside(second, bar)), (first.text(), second.text())


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_at_200_percent_the_window_fits_a_700_pixel_high_screen(qtbot, large_font: QFont, window: MainWindow,
                                                                lang: str) -> None:
    """A 1024 × 700 laptop with the text at 200 %: the window would not get lower than 751 px (the glossary's list
    and details, the quality list, each at the views' default minimum), so the quality panel's Fix and Ignore
    buttons and the status bar were below the screen's edge. All of it is on screen now."""
    with interface_in(window, lang):
        qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)

        def fitted() -> bool:  # the window manager keeps the window on the screen, as often as it must
            window.resize(1024, 700)
            return window.size().height() == 700 and window.width() == 1024

        qtbot.waitUntil(fitted, timeout=5_000)
        panel = window.qa_dock.widget()
        screen = window.rect()
        for widget in (panel.fix_button, panel.ignore_button, window.status_bar, window.glossary.panel.add_button):
            assert screen.contains(inside(widget, window)), widget.objectName() or type(widget).__name__


def test_replace_all_says_how_many_replacements_the_filter_kept_out_of_sight(qtbot, window: MainWindow) -> None:
    """Replace All over the English column with "not approved" on changed the approved paragraphs too, out of
    sight, and said only "Replaced 2 times". It says how many of them are in rows the grid hides."""
    segments = window.document.release.segments
    rows = first_qian_row_hidden(qtbot, window)
    dialog = find_dialog(window, "Qian Hongshan", "en")
    dialog.replace_edit.setText("QIAN Hongshan")
    hidden = sum(segments[row].text("en").count("Qian Hongshan") for row in rows if window.grid.isRowHidden(row))
    total = dialog.replace_all()
    assert total >= 2
    assert str(total) in dialog.result_label.text()
    assert hidden >= 1 and f"({hidden} " in dialog.result_label.text(), dialog.result_label.text()
    window.grid.set_filter(RowFilter.ALL, "en")


def test_a_glossary_entry_is_found_in_the_release_from_the_dock(qtbot, window: MainWindow) -> None:
    """Checking how the release writes Qian Hongshan: the dock shows his approved and forbidden forms, but to see
    where the release uses him the translator retyped the name into Find. The entry's Find in Release goes to the
    next paragraph using its approved form in the current column; F3 goes on from there."""
    ui = window.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    ui.panel.search.setText("Qian Hongshan")
    qtbot.waitUntil(lambda: any(ui.panel.results.topLevelItem(i).text(LANGS.index("en")) == "Qian Hongshan"
                                for i in range(ui.panel.results.topLevelItemCount())), timeout=10_000)
    item = next(ui.panel.results.topLevelItem(i) for i in range(ui.panel.results.topLevelItemCount())
                if ui.panel.results.topLevelItem(i).text(LANGS.index("en")) == "Qian Hongshan")
    ui.panel.results.setCurrentItem(item)
    segments = window.document.release.segments
    rows = [i for i, s in enumerate(segments) if "Qian Hongshan" in s.text("en")]
    window.document.set_current_cell(segments[0].id, "en")
    assert ui.panel.find_action in ui.panel.results.actions() and ui.panel.find_action.isEnabled()
    ui.panel.find_action.trigger()
    qtbot.waitUntil(lambda: current(window) == (rows[0], "en"), timeout=5_000)
    dialog = window._find_dialog
    assert dialog is not None and dialog.isVisible() and dialog.find_edit.text() == "Qian Hongshan"
    qtbot.keyClick(dialog, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: current(window) == (rows[1], "en"), timeout=5_000)


# -- whoever sends the Word files out ---------------------------------------------------------------------------
def test_after_an_export_its_documents_are_one_click_away(qtbot, window: MainWindow, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The press officer exports the three languages to send them out; the status bar named three files for five
    seconds, and then they had to be looked for. File ▸ Show Exported Documents opens the folder they went to."""
    out = tmp_path / "to send"

    def exec_(dialog: ExportDialog) -> int:
        dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("all"))
        dialog.output_edit.setText(str(out))
        dialog.output_edit.textEdited.emit(str(out))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result is not None or (dialog._token is None and dialog.result is None
                        and not dialog.progress.isVisible()), timeout=60_000)
        return int(dialog.result is not None)

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    action = window.findChild(QAction, "openExportFolderAction")
    assert action is not None and action in window.file_menu.actions() and not action.isEnabled()
    window.export_action.trigger()
    assert sorted(p.name for p in out.iterdir()) == ["to send-en.docx", "to send-ru.docx", "to send-zh.docx"]
    assert action.isEnabled() and str(out) in window.status_bar.currentMessage()
    action.trigger()
    assert opened == [str(out)]


def test_find_next_with_nothing_typed_asks_for_the_text(qtbot, window: MainWindow) -> None:
    """Find Next with an empty field said "Not found", as if the release had been searched for something."""
    dialog = find_dialog(window, "")
    dialog.replace_edit.setFocus()
    assert dialog.find_next() is None
    assert dialog.result_label.text() and dialog.result_label.text() != dialog.tr("Not found")
    assert dialog.focusWidget() is dialog.find_edit  # where the text goes
