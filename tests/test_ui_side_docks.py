"""The glossary and suggestions docks share the right-hand side: each gets room to show what it holds."""

from __future__ import annotations

import ui_support

from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


def test_at_a_laptop_size_the_suggestions_dock_gets_as_much_height_as_the_glossary(qtbot, window: MainWindow
                                                                                  ) -> None:
    """Left to the panels' size hints, the glossary took all but ~90 px at 1366×768: the suggestions dock showed
    its headings and not one suggestion."""
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366 and window.height() == 768, timeout=5_000)
    glossary, suggestions = window.glossary_dock, window.suggestions_dock
    qtbot.waitUntil(lambda: suggestions.isVisible() and glossary.isVisible(), timeout=5_000)
    assert glossary.geometry().bottom() < suggestions.geometry().top()  # one above the other, not tabbed
    assert abs(glossary.height() - suggestions.height()) <= 0.1 * (glossary.height() + suggestions.height())
