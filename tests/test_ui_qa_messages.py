"""QA messages in the interface language: every domain message has its catalogue entry, arguments made of interface
words are translated, quotations of the text are not, and the QA dock shows the translated text."""

from __future__ import annotations

import pytest
import ui_support
from PySide6.QtWidgets import QApplication

from desktop_app.domain.qa.findings import MESSAGES
from desktop_app.domain.release import Cell, Status
from desktop_app.ui.i18n import UiLanguage
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qa_messages import TEMPLATES, finding_message

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


@pytest.fixture
def russian(qapp):
    language = UiLanguage(QApplication.instance())
    assert language.switch("ru")
    yield language
    language.switch("en")


def test_every_domain_message_has_the_same_english_template() -> None:
    assert TEMPLATES == MESSAGES


def test_language_words_are_translated_and_quotations_kept(russian) -> None:
    assert finding_message("missing-text", {"lang": "Russian", "others": "Chinese and English"}, "x") == \
        "нет текста на языке «русский» (заполнено: китайский и английский)"
    args = {"text": "Chinese Communist Party", "approved": "Communist Party of China"}
    text = finding_message("term-forbidden", args, "x")
    assert text == "«Chinese Communist Party» использовать нельзя: пишите «Communist Party of China»"
    assert finding_message("half-width-punctuation", {"name": "comma", "char": ",", "full": "，"}, "x") == \
        "полуширинный знак (запятая) «,» в китайском тексте: нужен «，»"


def test_an_unknown_message_id_falls_back_to_the_english_text(russian) -> None:
    assert finding_message("not-a-message", {}, "the English text") == "the English text"


def test_the_qa_dock_lists_the_samples_finding_in_russian(qtbot, window: MainWindow, russian) -> None:
    panel = window.quality_checks.panel
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        panel.check_all()
    group = panel.tree.topLevelItem(0)
    assert group.text(0).startswith("Запрещённые формы")
    assert group.child(0).text(0) == "«Chinese Communist Party» использовать нельзя: пишите «Communist Party of China»"
    assert panel.summary.text() == "Ошибок: 1, предупреждений: 0"


def test_a_clean_release_says_no_problems_found(qtbot, window: MainWindow) -> None:
    panel = window.quality_checks.panel
    segment = window.document.release.segments[3]
    fixed = segment.text("en").replace("Chinese Communist Party", "Communist Party of China")
    window.document.set_cell(segment.id, "en", Cell(fixed, Status.DRAFT))
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        panel.check_all()
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)  # a check the opening scheduled may follow it
    assert not any(panel.findings.values())
    assert panel.summary.text() == "No problems found."


def test_a_document_not_yet_checked_is_not_called_clean(qtbot, window: MainWindow, sample_project) -> None:
    """Between opening a release and its first check, the panel and the status bar said "No problems found" and
    "errors 0" of a release with a forbidden name in it."""
    panel, totals = window.quality_checks.panel, window.quality_checks.totals_button
    assert window.open_path(sample_project, ask_save=False)
    assert panel.summary.text() == "Not checked yet."
    assert totals.text() == "QA: not checked yet"
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        panel.check_all()
    assert panel.summary.text() == "Errors: 1, warnings: 0"
    assert totals.text() == "QA: errors 1, warnings 0"
