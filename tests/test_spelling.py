"""Spell-checking with the real Hunspell dictionaries: misspelt English and Russian words found and underlined in
the editor, glossary names (inflected too) never, QA lists them as `spelling` notes."""

from __future__ import annotations

from pathlib import Path

import pytest
import ui_support
from PySide6.QtGui import QTextCharFormat

from desktop_app.domain.qa.findings import Kind, Severity
from desktop_app.domain.release import Cell, Status
from desktop_app.services.spelling import SpellChecker, dictionary_dirs
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

needs_dictionaries = pytest.mark.skipif(
    not (SpellChecker(dictionary_dirs(Path("/nonexistent"))).available("en")
         and SpellChecker(dictionary_dirs(Path("/nonexistent"))).available("ru")),
    reason="the en_US and ru_RU Hunspell dictionaries are not installed (Debian: hunspell-en-us, hunspell-ru)")

WAIT = 120_000  # the first check loads the dictionaries (the Russian one takes seconds)


@needs_dictionaries
def test_the_checker_finds_misspellings_and_skips_numbers_acronyms_and_given_spans(tmp_path: Path) -> None:
    checker = SpellChecker(dictionary_dirs(tmp_path))
    text = "The 10th conferance of SMEs and the CPC opened in Zhejiang."
    found = [m.word for m in checker.check(text, "en", [(text.index("Zhejiang"), text.index("Zhejiang") + 8)])]
    assert found == ["conferance"]
    assert [m.word for m in checker.check("Делегация посетила индустриальнй парк.", "ru")] == ["индустриальнй"]
    assert checker.check("代表团参观了工业园区。", "zh") == []
    # Answers are remembered: a cached-only check judges the words already looked up, and skips the rest
    # (Zhejiang was inside the given span, so never looked up).
    assert [m.word for m in checker.check(text, "en", cached_only=True)] == ["conferance"]


def underlined(editor) -> list[str]:
    text = editor.toPlainText()
    return [text[s.cursor.selectionStart():s.cursor.selectionEnd()] for s in editor.extraSelections()
            if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


@needs_dictionaries
@pytest.mark.parametrize(("lang", "text", "wrong", "name"), [
    ("en", "Qian Hongshan visitted the park.", "visitted", "Hongshan"),
    ("ru", "Цянь Хуншань посетилл парк вместе с Цянь Хуншанем.", "посетилл", "Хуншанем"),
])
def test_the_editor_underlines_a_misspelt_word_but_not_a_glossary_name(qtbot, window: MainWindow, lang: str,
                                                                       text: str, wrong: str, name: str) -> None:
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)
    segment = window.document.release.segments[7]
    window.document.set_cell(segment.id, lang, Cell(text, Status.DRAFT))
    editor = ui_support.open_editor(window, 7, lang)
    qtbot.waitUntil(lambda: underlined(editor) != [], timeout=WAIT)
    assert underlined(editor) == [wrong]
    assert name not in underlined(editor)


@needs_dictionaries
def test_qa_lists_spelling_notes_but_not_glossary_names(qtbot, window: MainWindow) -> None:
    segment = window.document.release.segments[7]
    window.document.set_cell(segment.id, "en", Cell("Source: Jinhua Municipal Peoples Goverment", Status.DRAFT))
    panel = window.quality_checks.panel
    with qtbot.waitSignal(panel.spellingChecked, timeout=WAIT):  # after the other findings are shown
        panel.check_all()
    spelling = [f for found in panel.findings.values() for f in found if f.kind is Kind.SPELLING]
    assert [(f.segment_id, f.lang, f.args["word"], f.severity) for f in spelling] == [
        (segment.id, "en", "Goverment", Severity.INFO)]
