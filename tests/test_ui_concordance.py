"""Concordance (Ctrl+K): a phrase found in the real translation memory and in the release's approved text."""

from __future__ import annotations

from pathlib import Path

import ui_support
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.services.importing import sample_release
from desktop_app.services.memory import TranslationMemory, release_concordance
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


def test_memory_concordance_finds_the_phrase_inside_longer_sources(tmp_path: Path) -> None:
    with TranslationMemory.open(tmp_path) as memory:
        memory.add_pair("en", "ru", "The Roundtable Conference opened today.", "Круглый стол открылся сегодня.")
        memory.add_pair("en", "ru", "A round table for small firms.", "Круглый стол для малых фирм.")
        hits = memory.concordance("roundtable  CONFERENCE", "en")
        assert [(h.source, h.target, h.target_lang) for h in hits] == [
            ("The Roundtable Conference opened today.", "Круглый стол открылся сегодня.", "ru")]
        assert [h.target for h in memory.concordance("Круглый стол", "ru")] == [
            "A round table for small firms.", "The Roundtable Conference opened today."]
        assert memory.concordance("   ", "en") == []


def test_release_concordance_lists_only_approved_cells() -> None:
    release = sample_release()
    found = release_concordance(release, "Roundtable Conference", "en")
    rows = {row for row, _ in found}
    assert rows and all(release.segments[row].cells["en"].status.value == "approved" for row in rows)
    assert all("Roundtable Conference" in hit.source for _, hit in found)
    assert {hit.target_lang for _, hit in found} <= {"zh", "ru"}


def test_ctrl_k_searches_the_selected_text(qtbot, window: MainWindow) -> None:
    memory = window.machine_translation.session.memory()
    memory.add_pair("en", "ru", "Jinhua Municipal People's Government", "Народное правительство города Цзиньхуа")
    editor = ui_support.open_editor(window, 7, "en")
    text = editor.toPlainText()
    start = text.index("Jinhua")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Jinhua Municipal"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.concordance.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.search_edit.text() == "Jinhua Municipal" and dialog.lang_combo.currentData() == "en"
    qtbot.waitUntil(lambda: any(hit.origin == "manual" for _, hit in dialog.hits), timeout=30_000)
    targets = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "Народное правительство города Цзиньхуа" in targets
    dialog.close()


def test_a_fuzzy_memory_match_shows_its_percentage_and_how_its_source_differs(qtbot, window: MainWindow) -> None:
    segment = window.document.release.segments[7]
    english = segment.text("en")  # "Source: Jinhua Municipal People's Government"
    remembered = english.replace("Municipal", "Provincial")
    window.machine_translation.session.memory().add_pair("en", "ru", remembered, "Из памяти.")
    panel = window.machine_translation.panel
    with qtbot.waitSignal(panel.suggestionsShown, timeout=60_000):
        window.document.set_current_cell(segment.id, "ru")
    qtbot.waitUntil(lambda: any(c.difference_label is not None for c in panel.cards), timeout=30_000)
    card = next(c for c in panel.cards if c.difference_label is not None)
    assert card.text_label.text() == "1. Из памяти."
    score = int(card.detail_label.text().split("%")[0])
    assert 50 <= score < 100
    difference = card.difference_label.text()
    assert "<s style='color:#b3261e'>Provincial </s>" in difference
    assert "<u style='color:#1b7f3b'>Municipal </u>" in difference
