"""Machine translation in the real window: packs dialog → suggestions dock → insert → undo; translate column."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import argos_packs
import mt_support
import pytest
import ui_support
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status
from desktop_app.mt.packs import list_installed
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
random_model, random_packs = mt_support.random_model, mt_support.random_packs
memorising_packs = mt_support.memorising_packs

PLAIN = [row for row in argos_packs.CORPUS if "ZX" not in row[0]][:6]
WAIT = 120_000  # the first translation imports argostranslate on the MT lane


def install_through_dialog(qtbot, win: MainWindow, *paths: Path) -> None:
    ui = win.machine_translation
    dialog = ui.show_packs()
    for path in paths:
        with qtbot.waitSignal(ui.session.packsChanged, timeout=WAIT):
            dialog.install_file(path)
        assert dialog.message.text().startswith("Installed")
    assert dialog.table.rowCount() == len(list_installed(win.context.data_dir))
    dialog.close()


def show_suggestions(qtbot, win: MainWindow, row: int, lang: str) -> list:
    """The suggestions shown for (row, lang): an answer to a request for the cell before it (a pack installed just
    now asks again for that one) may come in first, so the answer must be for this cell."""
    panel = win.machine_translation.panel
    key = (win.document.release.segments[row].id, lang)
    shown: list[bool] = []
    panel.suggestionsShown.connect(lambda: shown.append(panel._key == key))
    win.document.set_current_cell(*key)
    qtbot.waitUntil(lambda: any(shown), timeout=WAIT)
    return panel.items


@pytest.fixture
def corpus_window(qtbot, data_dir: Path, tmp_path: Path, answers) -> MainWindow:
    """A window on a project whose Chinese column holds memorised sentences, the rest empty."""
    release = Release("corpus", "2024-05-01", [
        Segment(cells={"zh": Cell(zh, Status.DRAFT, Provenance(Origin.TYPED)), "en": Cell(), "ru": Cell()})
        for zh, _, _ in PLAIN])
    path = tmp_path / "corpus.pressdesk"
    ProjectStore.create(path, release).close()
    context = ui_support.make_context(data_dir)
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.open_path(path, ask_save=False)
    win.show()
    yield win
    context.tasks.wait_idle()
    win.close()
    context.close()


def test_pack_install_suggestion_insert_undo(qtbot, window: MainWindow, random_packs) -> None:
    install_through_dialog(qtbot, window, random_packs[("zh", "en")], random_packs[("en", "ru")])
    seg = window.document.release.segments[2]
    before = seg.cells["en"]
    items = show_suggestions(qtbot, window, 2, "en")
    panel = window.machine_translation.panel
    machine = [i for i in items if i.origin is Origin.MACHINE]
    assert machine and machine[0].source_lang in ("zh", "ru")
    assert any("Chinese → English" in g for g in panel.group_titles())
    assert panel.cards[0].text_label.text() == f"1. {items[0].text}"  # the whole text, numbered
    assert panel.insert_actions[0].shortcut() == QKeySequence("Ctrl+1")
    n = items.index(machine[0]) + 1
    panel.insert_actions[n - 1].trigger()
    cell = window.document.release.segment(seg.id).cells["en"]
    assert cell.text == machine[0].text and cell.status is Status.MACHINE
    assert cell.provenance.origin is Origin.MACHINE and cell.provenance.source_lang == machine[0].source_lang
    assert cell.provenance.engine == "argos"
    window.undo_action.trigger()
    assert window.document.release.segment(seg.id).cells["en"] == before


def test_glossary_names_survive_the_junk_model_in_the_dock(qtbot, window: MainWindow, random_packs) -> None:
    install_through_dialog(qtbot, window, random_packs[("zh", "en")], random_packs[("en", "ru")])
    store = window.context.glossary.store()
    if not store.matcher().find("钱洪山", "zh"):  # the shipped seed has him; make the test independent of it
        store.add(replace(mt_support.QIAN, id=0))
        window.context.glossary.changed(elsewhere=False)
    seg = window.document.release.segments[0]
    window.document.set_cell(seg.id, "zh", Cell("钱洪山会见了代表团。", Status.DRAFT, Provenance(Origin.TYPED)))
    window.document.set_cell(seg.id, "en", Cell())
    window.document.set_cell(seg.id, "ru", Cell())
    en_items = show_suggestions(qtbot, window, 0, "en")
    assert en_items and all("Qian Hongshan" in i.text for i in en_items)
    ru_items = show_suggestions(qtbot, window, 0, "ru")
    assert ru_items and all("Цянь Хуншань" in i.text for i in ru_items)
    panel = window.machine_translation.panel
    details = [card.detail_label.text() for card in panel.cards]
    assert details and all("names and titles kept: 1 of 1" in d for d in details)


def test_a_result_for_a_cell_the_user_left_is_dropped(qtbot, window: MainWindow, random_packs) -> None:
    install_through_dialog(qtbot, window, random_packs[("zh", "en")])
    panel = window.machine_translation.panel
    segments = window.document.release.segments
    shown: list[list[str]] = []
    panel.suggestionsShown.connect(lambda: shown.append([i.source_text for i in panel.items]))
    window.document.set_current_cell(segments[1].id, "en")
    panel._timer.stop()
    panel._request()  # the debounce timer firing; the first request also loads the engine
    window.document.set_current_cell(segments[3].id, "en")
    panel._timer.stop()  # fired by hand below: a translation quicker than the debounce must not be asked again
    panel._request()
    window.context.tasks.wait_idle(WAIT / 1000)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert len(shown) == 1
    assert shown[0] and set(shown[0]) <= {segments[3].text("zh"), segments[3].text("ru")}


def test_requests_are_debounced(qtbot, window: MainWindow, random_packs) -> None:
    install_through_dialog(qtbot, window, random_packs[("zh", "en")])
    panel = window.machine_translation.panel
    shown: list[str] = []
    panel.suggestionsShown.connect(lambda: shown.append(window.document.current_cell()[0]))
    segments = window.document.release.segments
    with qtbot.waitSignal(panel.suggestionsShown, timeout=WAIT):
        for seg in segments[:5]:  # the user arrows down five rows quickly
            window.document.set_current_cell(seg.id, "en")
    window.context.tasks.wait_idle(WAIT / 1000)
    assert shown == [segments[4].id]


def test_memorising_pack_through_the_dock_and_pivot(qtbot, corpus_window: MainWindow, memorising_packs) -> None:
    install_through_dialog(qtbot, corpus_window, *memorising_packs.values())
    items = show_suggestions(qtbot, corpus_window, 0, "ru")
    assert items[0].text == PLAIN[0][2] and items[0].source_lang == "zh"
    panel = corpus_window.machine_translation.panel
    assert "Chinese → English → Russian" in panel.group_titles()[0]
    items = show_suggestions(qtbot, corpus_window, 1, "en")
    assert items[0].text == PLAIN[1][1]


def test_translate_column_is_one_undo_step(qtbot, corpus_window: MainWindow, memorising_packs, monkeypatch) -> None:
    monkeypatch.setattr("desktop_app.ui.translate_all.APPLY_CHUNK", 2)  # cells are filled over several turns
    install_through_dialog(qtbot, corpus_window, *memorising_packs.values())
    controller = corpus_window.machine_translation.translate_all
    doc = corpus_window.document
    steps = doc.undo_stack.count()
    with qtbot.waitSignal(controller.finished, timeout=WAIT) as blocker:
        assert controller.start("ru")
    assert blocker.args == [len(PLAIN)]
    assert [s.text("ru") for s in doc.release.segments] == [ru for _, _, ru in PLAIN]
    assert all(s.cells["ru"].status is Status.MACHINE for s in doc.release.segments)
    assert doc.undo_stack.count() == steps + 1
    corpus_window.undo_action.trigger()
    assert all(s.cells["ru"].is_empty for s in doc.release.segments)


def test_translate_column_keeps_what_the_user_typed_meanwhile(qtbot, corpus_window: MainWindow,
                                                              memorising_packs) -> None:
    install_through_dialog(qtbot, corpus_window, *memorising_packs.values())
    controller = corpus_window.machine_translation.translate_all
    doc = corpus_window.document
    first = doc.release.segments[0].id
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        assert controller.start("en")
        doc.set_text(first, "en", "Typed by a person.")
    assert doc.release.segments[0].text("en") == "Typed by a person."
    assert [s.text("en") for s in doc.release.segments[1:]] == [en for _, en, _ in PLAIN[1:]]


def test_packs_dialog_refuses_a_broken_pack_and_says_offline(qtbot, window: MainWindow, random_packs,
                                                             tmp_path: Path, monkeypatch) -> None:
    install_through_dialog(qtbot, window, random_packs[("zh", "en")])
    dialog = window.machine_translation.show_packs()
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"definitely not a zip")
    dialog.install_file(broken)
    qtbot.waitUntil(lambda: dialog._busy is None, timeout=WAIT)
    assert "not a zip" in dialog.message.text() and "unchanged" in dialog.message.text()
    assert dialog.table.rowCount() == 1
    assert "Chinese → Russian: missing: install English → Russian" in dialog.routes.text()
    monkeypatch.setattr("desktop_app.mt.argos_engine.package_index_url", lambda _data: "http://127.0.0.1:9/index.json")
    dialog.fetch_index()
    qtbot.waitUntil(lambda: dialog._busy is None, timeout=WAIT)
    assert dialog.message.text().startswith("Offline")
    dialog.close()


def test_memory_matches_come_first_and_insert_as_memory(qtbot, corpus_window: MainWindow, memorising_packs) -> None:
    install_through_dialog(qtbot, corpus_window, *memorising_packs.values())
    session = corpus_window.machine_translation.session
    session.memory().add_pair("zh", "ru", PLAIN[0][0], "Перевод из памяти.")
    items = show_suggestions(qtbot, corpus_window, 0, "ru")
    assert items[0].origin is Origin.MEMORY and items[0].text == "Перевод из памяти."
    assert items[1].origin is Origin.MACHINE and items[1].text == PLAIN[0][2]
    panel = corpus_window.machine_translation.panel
    assert panel.cards[0].detail_label.text().startswith("100% match with the Chinese text")
    panel.insert_actions[0].trigger()
    cell = corpus_window.document.release.segments[0].cells["ru"]
    assert cell.text == "Перевод из памяти." and cell.provenance.origin is Origin.MEMORY
    assert cell.status is Status.DRAFT and cell.provenance.source_lang == "zh"


def test_cancelling_translate_column_changes_nothing(qtbot, corpus_window: MainWindow, random_packs) -> None:
    install_through_dialog(qtbot, corpus_window, random_packs[("zh", "en")])
    controller = corpus_window.machine_translation.translate_all
    doc = corpus_window.document
    steps = doc.undo_stack.count()
    with qtbot.waitSignal(controller.finished, timeout=WAIT) as blocker:
        assert controller.start("en")
        assert controller.progress is not None and controller.progress.isVisible()
        controller.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert blocker.args == [0] and not controller.running
    corpus_window.context.tasks.wait_idle(WAIT / 1000)
    assert all(s.cells["en"].is_empty for s in doc.release.segments)
    assert doc.undo_stack.count() == steps


def test_a_hidden_dock_asks_only_once_shown(qtbot, window: MainWindow, random_packs) -> None:
    install_through_dialog(qtbot, window, random_packs[("zh", "en")])
    panel = window.machine_translation.panel
    window.suggestions_dock.hide()
    window.document.set_current_cell(window.document.release.segments[2].id, "en")
    assert window.context.tasks.wait_idle(WAIT / 1000)  # the install's own follow-up work (model reload) is done
    panel._request()
    assert not window.context.tasks.busy and panel.items == []
    with qtbot.waitSignal(panel.suggestionsShown, timeout=WAIT):
        window.suggestions_dock.show()
    assert panel.items


@pytest.mark.parametrize(("quality", "beam"), [("best", 4), ("draft", 1)])
def test_preferences_choose_the_decoding_for_translate_column(qtbot, corpus_window: MainWindow, random_packs,
                                                              quality: str, beam: int) -> None:
    from desktop_app.services.translation import TranslationService
    from desktop_app.settings import Settings
    from desktop_app.ui.preferences import PreferencesDialog

    install_through_dialog(qtbot, corpus_window, random_packs[("zh", "en")])
    context = corpus_window.context
    dialog = PreferencesDialog(context, corpus_window.grid.column_order(), corpus_window.grid.hidden_columns(),
                               corpus_window)
    combo = dialog.mt_quality_combo
    assert combo.currentData() == "draft" and combo.itemText(0)  # the default, labelled
    combo.setCurrentIndex(combo.findData(quality))
    dialog.accept()
    assert Settings.load(context.data_dir).mt_quality == quality
    controller = corpus_window.machine_translation.translate_all
    with qtbot.waitSignal(controller.finished, timeout=WAIT) as blocker:
        assert controller.start("en")
    assert blocker.args == [len(PLAIN)]
    service = corpus_window.machine_translation.session.service
    assert service.beam_size == beam
    sources = [zh for zh, _, _ in PLAIN]
    by_beam = {b: [a.text for a in TranslationService(service.engine, service.matcher, b).translate_all(
        sources, "zh", "en")] for b in (1, 4)}
    assert by_beam[1] != by_beam[4]  # the junk model decodes differently: the choice is visible
    assert [s.text("en") for s in corpus_window.document.release.segments] == by_beam[beam]


def test_without_packs_the_dock_offers_to_install_one(qtbot, window: MainWindow) -> None:
    panel = window.machine_translation.panel
    with qtbot.waitSignal(panel.suggestionsShown, timeout=WAIT):
        window.document.set_current_cell(window.document.release.segments[2].id, "ru")
    assert panel.install_button.isVisible() and panel.cards == []
    assert panel.status.text().startswith("No language pack is installed")
    panel.install_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "packsDialog" and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_a_missing_pack_is_named_by_languages(qtbot, window: MainWindow, memorising_packs) -> None:
    install_through_dialog(qtbot, window, memorising_packs[("zh", "en")])
    show_suggestions(qtbot, window, 2, "ru")
    panel = window.machine_translation.panel
    assert not panel.install_button.isVisible()
    notes = [label.text() for label in panel.groups]
    assert "No language pack for Chinese → Russian: install English → Russian." in notes
