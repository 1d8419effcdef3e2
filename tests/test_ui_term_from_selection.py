"""Add Selection to Glossary: a name selected in a Chinese cell becomes a prefilled person entry, stored on OK."""

from __future__ import annotations

import ui_support
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from desktop_app.domain.glossary.from_selection import entry_from_selection
from desktop_app.ui.glossary_dock import EntryDialog
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


def test_a_chinese_name_is_proposed_with_pinyin_as_the_english_cell_writes_it_and_palladius() -> None:
    cells = {"zh": "钱洪山指出", "en": "QIAN Hong-shan noted", "ru": "Цянь Хуншань"}
    entry = entry_from_selection("钱洪山", "zh", cells)
    assert entry.category == "person"
    assert entry.forms == {"zh": "钱洪山", "en": "QIAN Hong-shan", "ru": "Цянь Хуншань"}
    entry = entry_from_selection("钱洪山", "zh", {"zh": "钱洪山指出", "en": "", "ru": ""})
    assert entry.forms == {"zh": "钱洪山", "en": "Qian Hongshan", "ru": "Цянь Хуншань"}


def test_a_whole_short_cell_takes_its_aligned_cells_whole() -> None:
    cells = {"zh": "金华市人民政府", "en": "Jinhua Municipal People's Government",
             "ru": "Народное правительство города Цзиньхуа"}
    entry = entry_from_selection("Jinhua Municipal People's Government", "en", cells)
    assert entry.category == "term" and entry.forms == cells


def test_ctrl_alt_g_adds_the_selected_name_to_the_glossary(qtbot, window: MainWindow, monkeypatch) -> None:
    store = window.context.glossary.store()
    segment_row = 5  # 钱洪山指出，今年是…
    editor = ui_support.open_editor(window, segment_row, "zh")
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(text.index("钱洪山"))
    cursor.setPosition(text.index("钱洪山") + 3, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    for entry in [e for e in store.entries() if e.forms.get("zh") == "钱洪山"]:
        store.delete(entry.id)  # the seed knows him: start as a glossary that does not
    seen: list[EntryDialog] = []

    def accept(dialog: EntryDialog) -> int:
        seen.append(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", accept)
    qtbot.keyClick(editor, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert len(seen) == 1
    dialog = seen[0]
    assert dialog.category.currentData() == "person"
    assert {lang: dialog.approved[lang].text() for lang in ("zh", "en", "ru")} == {
        "zh": "钱洪山", "en": "Qian Hongshan", "ru": "Цянь Хуншань"}
    qtbot.waitUntil(lambda: any(e.forms.get("zh") == "钱洪山" for e in store.entries()), timeout=30_000)
