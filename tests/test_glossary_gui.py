"""The Glossary dock in the real window: search, add with validation and the name assistant, term marks in the
editor, hover text, and the shortcut that inserts the approved form."""

from __future__ import annotations

import threading
from pathlib import Path

import ui_support
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QToolTip

from desktop_app.domain.glossary.model import HitKind
from desktop_app.storage.glossary_store import GlossaryStore, default_glossary_path
from desktop_app.ui.glossary_dock import EntryDialog, GlossaryUi
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN
from desktop_app.ui.term_highlighter import TERM_COLOURS

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


def ready(qtbot, win: MainWindow) -> GlossaryUi:
    ui: GlossaryUi = win.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    return ui



def test_dock_lists_the_terms_of_the_current_segment_and_searches(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    assert window.glossary_dock.widget() is ui.panel
    window.grid.setCurrentIndex(window.grid.release_model.index(0, LANG_COLUMN["en"]))
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0)
    listed = {ui.panel.results.topLevelItem(i).text(1) for i in range(ui.panel.results.topLevelItemCount())}
    assert {"Jinhua", "China-Russia Roundtable Conference on SMEs Cooperation"} <= listed
    ui.panel.search.setText("國家杜馬")  # Traditional characters find the Simplified entry
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0 and ui.panel.results.topLevelItem(0)
                    .text(1) == "State Duma")
    ui.panel.category.setCurrentIndex(ui.panel.category.findData("person"))  # searched again, on a worker
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() == 0)


def test_the_entry_box_says_what_it_is_for_until_an_entry_is_selected(qtbot, window: MainWindow) -> None:
    """An empty white box under the list left the user guessing; it says what shows there."""
    ui = ready(qtbot, window)
    window.grid.setCurrentIndex(window.grid.release_model.index(0, LANG_COLUMN["en"]))
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0)
    assert ui.panel.selected_entry() is None and ui.panel.details.toPlainText() == ""
    assert "Select an entry" in ui.panel.details.placeholderText()
    ui.panel.results.setCurrentItem(ui.panel.results.topLevelItem(0))
    assert ui.panel.details.toPlainText() != ""  # the entry's forms in place of the explanation


def test_the_dock_searches_the_desks_own_glossary_on_a_worker(qtbot, window: MainWindow, monkeypatch) -> None:
    # A big glossary holds many matches to sort, and another program may lock the file: never on the GUI thread.
    ui = ready(qtbot, window)
    threads: list[threading.Thread] = []
    search = GlossaryStore.search

    def recorded(store: GlossaryStore, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return search(store, *args, **kwargs)

    monkeypatch.setattr(GlossaryStore, "search", recorded)
    ui.panel.search.setText("Duma")
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0
                    and ui.panel.results.topLevelItem(0).text(1) == "State Duma")
    assert threads and threading.main_thread() not in threads


def test_entry_dialog_validates_and_offers_the_name_assistant(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    dialog = EntryDialog(ui.panel.store(), None, window, category="person")
    qtbot.addWidget(dialog)
    dialog.approved["en"].setText("Jinhua")
    dialog.category.setCurrentIndex(dialog.category.findData("place"))
    dialog.accept()
    assert dialog.result is None and "already the approved form" in dialog.problems.text()
    dialog.category.setCurrentIndex(dialog.category.findData("person"))
    dialog.approved["en"].clear()
    dialog.approved["zh"].setText("朱重烈")
    assert dialog.assistant.isVisibleTo(dialog)
    assert dialog.assistant.suggestion() == ("Zhu Chonglie", "Чжу Чунле")
    (combo,) = dialog.assistant._choices.values()
    combo.setCurrentIndex(combo.findData("zhong"))
    assert dialog.assistant.suggestion() == ("Zhu Zhonglie", "Чжу Чжунле")
    combo.setCurrentIndex(combo.findData("chong"))
    dialog.approved["zh"].setText("钱明远")
    dialog.assistant.use_button.click()
    assert (dialog.approved["en"].text(), dialog.approved["ru"].text()) == ("Qian Mingyuan", "Цянь Минъюань")
    dialog.accept()
    assert dialog.result is not None and dialog.result.forms["ru"] == "Цянь Минъюань"


def test_entry_dialog_edits_short_forms_and_source_and_the_details_show_them(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    duma = next(e for e in ui.panel.store().entries() if e.forms["en"] == "State Duma")
    dialog = EntryDialog(ui.panel.store(), duma, window)
    qtbot.addWidget(dialog)
    assert dialog.short_forms["ru"].text() == "Дума" and dialog.source.text() == duma.source
    dialog.short_forms["ru"].setText("Дума | нижняя палата")
    dialog.source.setText("http://duma.gov.ru/en/")
    dialog.accept()
    assert dialog.result is not None
    assert dialog.result.short_forms["ru"] == ("Дума", "нижняя палата")
    assert dialog.result.source == "http://duma.gov.ru/en/"
    ui.panel.search.setText("Госдума")
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0 and ui.panel.results.topLevelItem(0)
                    .text(1) == "State Duma")
    ui.panel.results.setCurrentItem(ui.panel.results.topLevelItem(0))
    details = ui.panel.details.toPlainText()
    assert "Дума" in details and duma.source in details


def test_adding_an_entry_reaches_the_database_and_the_highlighter(qtbot, window: MainWindow,
                                                                  monkeypatch, data_dir: Path) -> None:
    ui = ready(qtbot, window)

    def fill_and_accept(self: EntryDialog) -> int:
        self.approved["en"].setText("Chinese Dream")
        self.approved["ru"].setText("китайская мечта")
        self.forbidden["en"].setText("China Dream")
        EntryDialog.accept(self)
        return QDialog.DialogCode.Accepted if self.result else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EntryDialog, "exec", fill_and_accept)
    ui.panel.add_entry("term")
    qtbot.waitUntil(lambda: not ui.panel.writing, timeout=30_000)  # saved on a worker
    with GlossaryStore.open(default_glossary_path(data_dir)) as store:
        assert [e.forms["en"] for e in store.search("китайской мечты")] == ["Chinese Dream"]
    qtbot.waitUntil(lambda: any(h.entry.forms["en"] == "Chinese Dream" for h in ui.source.hits(
        "the China Dream", "en")), timeout=30_000)
    assert ui.source.hits("the China Dream", "en")[0].kind is HitKind.FORBIDDEN


def test_editor_marks_terms_and_the_shortcut_inserts_the_approved_form(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    before = window.document.release.segments[1].cells["en"].text
    editor = ui_support.open_editor(window, 1, "en")
    editor.setPlainText("The CCP and the NPC met.")
    block = editor.document().firstBlock()
    formats = {(r.start, r.length): (r.format.underlineStyle(), r.format.background().color().name())
               for r in block.layout().formats()}
    assert formats[(4, 3)][0] == QTextCharFormat.UnderlineStyle.WaveUnderline  # "CCP", forbidden
    assert formats[(16, 3)] == (QTextCharFormat.UnderlineStyle.NoUnderline, TERM_COLOURS[HitKind.VARIANT])
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    ui.insert_action.trigger()
    assert editor.toPlainText() == "The Communist Party of China and the NPC met."
    assert window.document.release.segments[1].cells["en"].text == editor.toPlainText()
    window.undo_action.trigger()  # the editing session, insertion included, is one undo step
    assert window.document.release.segments[1].cells["en"].text == before


def test_double_clicking_an_entry_inserts_it_for_the_column_language(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    editor = ui_support.open_editor(window, 1, "ru")
    editor.setPlainText("Встреча: ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    ui.panel.search.setText("Duma")
    qtbot.waitUntil(lambda: ui.panel.results.topLevelItemCount() > 0)
    item = ui.panel.results.topLevelItem(0)
    ui.panel.results.itemActivated.emit(item, 0)
    assert editor.toPlainText() == "Встреча: Государственная дума"


def test_hovering_a_term_in_a_cell_shows_the_entry_in_three_languages(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    index = window.grid.release_model.index(0, LANG_COLUMN["en"])
    rect = window.grid.visualRect(index)
    found = None
    for x in range(rect.left() + 2, rect.right(), 4):
        for y in range(rect.top() + 2, rect.bottom(), 4):
            hit = ui.hit_in_cell(index, QPoint(x, y).toPointF())
            if hit is not None and hit.text == "Jinhua":
                found = QPoint(x, y)
                break
        if found:
            break
    assert found is not None, "no position in the headline cell maps to the term Jinhua"
    shown: list[str] = []
    original = QToolTip.showText

    def record(pos, text, *args):  # type: ignore[no-untyped-def]
        shown.append(text)

    QToolTip.showText = staticmethod(record)  # type: ignore[method-assign]
    try:
        from PySide6.QtGui import QHelpEvent

        event = QHelpEvent(QHelpEvent.Type.ToolTip, found, window.grid.viewport().mapToGlobal(found))
        QApplication.sendEvent(window.grid.viewport(), event)
    finally:
        QToolTip.showText = original  # type: ignore[method-assign]
    assert shown and "金华" in shown[0] and "Цзиньхуа" in shown[0] and "Jinhua" in shown[0]


def test_cells_are_painted_with_term_marks(qtbot, window: MainWindow) -> None:
    ui = ready(qtbot, window)
    painted: list[str] = []

    def spy(painter, option, index):  # type: ignore[no-untyped-def]
        painted.append(index.data() or "")
        ui.paint_marks(painter, option, index)

    window.grid.cell_delegate.term_marks = spy
    with_marks = window.grid.viewport().grab().toImage()
    assert any("Jinhua" in text for text in painted)
    window.grid.cell_delegate.term_marks = None
    without_marks = window.grid.viewport().grab().toImage()
    assert with_marks != without_marks


def test_import_is_previewed_then_applied_and_a_broken_file_is_reported(qtbot, window: MainWindow, monkeypatch,
                                                                         tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.glossary_dock import ImportPreviewDialog

    ui = ready(qtbot, window)
    good = tmp_path / "terms.txt"
    good.write_text("китайская мечта\tChinese Dream\tslogan\n", encoding="utf-8")
    previews: list[bool] = []

    def accept_preview(self: ImportPreviewDialog) -> int:
        previews.append(self.import_button.isEnabled())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept_preview)
    ui.panel.import_file(str(good))
    qtbot.waitUntil(lambda: bool(ui.source.hits("the Chinese Dream", "en")), timeout=30_000)
    assert previews == [True]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text)))
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif><text>", encoding="utf-8")
    ui.panel.import_file(str(bad))
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "bad.tbx" in warnings[0]
    ui.panel.undo_last_import()
    qtbot.waitUntil(lambda: not ui.source.hits("the Chinese Dream", "en"), timeout=30_000)


def test_the_import_file_dialog_offers_every_kind_of_glossary_the_import_reads(qtbot, window: MainWindow,
                                                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    ui = ready(qtbot, window)
    filters: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _p, _c, _d, pattern, *a: (filters.append(pattern), ("", ""))[1]))
    ui.panel.import_file()
    assert len(filters) == 1
    offered = filters[0].split(";;")[0]
    for suffix in (".csv", ".tbx", ".txt", ".tsv", ".xml", ".xlsx", ".xlsm"):  # MultiTerm XML and Excel too
        assert f"*{suffix}" in offered, (suffix, offered)
