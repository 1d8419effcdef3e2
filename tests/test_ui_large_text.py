"""The desktop's text at 200 % on a small screen, in Russian and Chinese: what the UI tour found cut short in the
dialogs and panels, each checked with the tour's own measure of clipped text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import ui_support
from argos_packs import MEMORISING_PAIRS, memorising_pack
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from ui_support import interface_in

from desktop_app.mt.packs import install_pack
from desktop_app.ui.concordance import ConcordanceDialog
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.packs_dialog import PacksDialog

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
large_font = ui_support.large_font  # fixture

REPO = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("ui_tour", REPO / "scripts" / "ui_tour.py")
ui_tour = importlib.util.module_from_spec(SPEC)
sys.modules.setdefault("ui_tour", ui_tour)
SPEC.loader.exec_module(ui_tour)


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_at_200_percent_the_export_layout_box_shows_its_longest_layout(qtbot, large_font: QFont, window: MainWindow,
                                                                      lang: str) -> None:
    """The dialog was 640 px wide whatever the text size: «Пресс-релиз на одном языке» lost its last letters."""
    with interface_in(window, lang):
        dialog = ExportDialog(window.context, window.document, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert ui_tour.cut_texts(dialog) == []
        dialog.reject()



def test_in_russian_the_install_button_is_whole_in_a_short_suggestions_dock(qtbot, window: MainWindow) -> None:
    """At 1280 × 800 in Russian, with no language pack, the Suggestions dock under the Glossary was so short that
    «Установить языковой пакет…» showed only its top half at the bottom of the scrolled text."""
    window.resize(1280, 800)
    with interface_in(window, "ru"):
        panel = window.machine_translation.panel
        button = panel.install_button
        window.document.set_current_cell(window.document.release.segments[2].id, "ru")
        qtbot.waitUntil(lambda: button.isVisible() and bool(panel.status.text()), timeout=10_000)
        dock = window.suggestions_dock
        dock.setFloating(True)  # pulled out and made as short as it goes: the button still shows whole
        dock.resize(320, 60)
        qtbot.waitUntil(lambda: dock.height() < 200, timeout=5_000)
        panel.scroll.verticalScrollBar().setValue(0)  # reading from the top
        assert button.visibleRegion().boundingRect() == button.rect()
        dock.setFloating(False)


@pytest.fixture
def two_packs(data_dir: Path, tmp_path: Path) -> None:
    """zh→en and en→ru installed before the window starts, as the tour has them."""
    for pair in MEMORISING_PAIRS:
        install_pack(memorising_pack(tmp_path / "packs", *pair), data_dir)


@pytest.mark.parametrize("lang", ["ru", "zh", "en"])
def test_at_200_percent_the_language_packs_dialog_shows_its_packs_and_routes(qtbot, large_font: QFont, two_packs,
                                                                            window: MainWindow, lang: str) -> None:
    """The six translation routes squeezed the installed packs to half a row and were cut off mid-line; the index's
    columns kept 100 px, too little for «Languages»."""
    with interface_in(window, lang):
        dialog = PacksDialog(window.machine_translation.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
        assert ui_tour.cut_texts(dialog) == []
        dialog.reject()


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_at_200_percent_the_concordance_column_headers_are_whole(qtbot, large_font: QFont, window: MainWindow,
                                                                 lang: str) -> None:
    """The concordance opened 820 px wide at any text size, and «Найдено в тексте» was cut in its header."""
    with interface_in(window, lang):
        dialog = ConcordanceDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.start("Roundtable Conference", "en")
        qtbot.waitUntil(lambda: dialog._token is None, timeout=30_000)
        qtbot.waitUntil(lambda: ui_tour.cut_texts(dialog) == [], timeout=5_000)  # once laid out again
        dialog.reject()


# -- the main window at 200 % on a 1024 × 768 screen ------------------------------------------------------------------

def _small_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.glossary_dock.width() > 0, timeout=5_000)


@pytest.mark.parametrize("lang", ["ru", "zh", "en"])
def test_at_200_percent_the_glossary_list_stacks_its_forms_rather_than_breaking_words(qtbot, large_font: QFont,
                                                                                     window: MainWindow,
                                                                                     lang: str) -> None:
    """Three language columns of 90 px broke «Цзиньхуа» after three letters; the list now shows each entry's forms
    one under the other, the dock's width each, with no language column left to cut."""
    _small_screen(qtbot, window)
    with interface_in(window, lang):
        results = window.glossary.panel.results
        window.glossary_dock.show()
        window.glossary_dock.raise_()
        window.document.set_current_cell(window.document.release.segments[4].id, "en")
        qtbot.waitUntil(lambda: results.topLevelItemCount() > 0 and results.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: results.stacked, timeout=5_000)
        assert ui_tour._items_cut(results) == [] and ui_tour._header_cut(results.header()) == []
        item = results.topLevelItem(0)
        index = results.indexFromItem(item, 0)
        forms = [item.text(column) for column in range(3) if item.text(column)]
        assert results.itemDelegate().text_of(index) == "\n".join(forms)  # all three forms, each on its own line
        assert results.columnWidth(0) == results.viewport().width()


def test_a_wide_glossary_list_keeps_its_language_columns(qtbot, window: MainWindow) -> None:
    window.resize(1600, 900)
    results = window.glossary.panel.results
    window.glossary_dock.show()
    window.document.set_current_cell(window.document.release.segments[4].id, "en")
    qtbot.waitUntil(lambda: results.topLevelItemCount() > 0 and results.isVisible(), timeout=10_000)
    results.resize(900, results.height())  # room for three columns of words
    qtbot.waitUntil(lambda: not results.stacked, timeout=5_000)
    assert not results.isHeaderHidden() and not any(results.isColumnHidden(c) for c in range(3))


def test_in_russian_at_200_percent_the_row_header_leaves_the_grid_its_column_headers(qtbot, large_font: QFont,
                                                                                    window: MainWindow) -> None:
    """«основной текст» on one line made the row header 220 px wide and cut «Английский» and «Китайский» in the
    grid's header; the role now takes a line a word."""
    _small_screen(qtbot, window)
    with interface_in(window, "ru"):
        grid = window.grid
        model = grid.release_model
        body = next(row for row, segment in enumerate(window.document.release.segments) if segment.role.value == "body")
        assert model.headerData(body, Qt.Orientation.Vertical).split("\n")[1:] == ["основной", "текст"]
        qtbot.waitUntil(lambda: ui_tour._header_cut(grid.horizontalHeader()) == [], timeout=5_000)
        metrics = QFontMetrics(grid.verticalHeader().font())
        assert grid.verticalHeader().width() < metrics.horizontalAdvance("основной текст")


@pytest.mark.parametrize("lang", ["ru", "zh", "en"])
def test_at_200_percent_the_status_bar_shows_position_and_length_whole(qtbot, large_font: QFont, window: MainWindow,
                                                                      lang: str) -> None:
    """«Сегм…» and «205…» told nothing; the longer approval and QA totals give up their room first, ending in "…"
    with the whole text in their tooltips."""
    _small_screen(qtbot, window)
    with interface_in(window, lang):
        bar = window.status_bar
        window.document.set_current_cell(window.document.release.segments[2].id, "ru")
        qtbot.waitUntil(lambda: bar.position_label.text().startswith(("Segment 3", "Сегмент 3", "第 3")),
                        timeout=5_000)
        qtbot.waitUntil(lambda: ui_tour._label_cut(bar.position_label) is None
                        and ui_tour._label_cut(bar.counts_label) is None, timeout=5_000)
        assert bar.totals_label.toolTip() and window.quality_checks.totals_button.toolTip()


def test_the_row_header_keeps_its_width_whatever_roles_the_rows_take(qtbot, window: MainWindow) -> None:
    """A header as wide as the roles in use moved the whole grid (a full repaint and refit of every row) each time an
    edit, a replace or its undo changed them: Replace All blocked the window for 80 ms."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.release import Role

    header = window.grid.verticalHeader()
    qtbot.waitUntil(lambda: header.width() > 0, timeout=5_000)
    width = header.sizeHint().width()
    for segment in window.document.release.segments:
        window.document.set_role(segment.id, Role.NOTE)
    for _ in range(3):  # a header that follows the roles re-measures on the next turns of the event loop
        QApplication.processEvents()
    assert header.sizeHint().width() == width


def test_a_short_joining_word_stays_with_the_word_after_it_in_the_row_header(window: MainWindow) -> None:
    """«дата и место» came a word a line, «и» on a line alone."""
    from desktop_app.domain.release import Role
    from desktop_app.ui.labels import role_lines

    with interface_in(window, "ru"):
        assert role_lines(Role.DATELINE) == ["дата", "и место"]
        assert role_lines(Role.BODY) == ["основной", "текст"]
        dateline = next(row for row, segment in enumerate(window.document.release.segments)
                        if segment.role is Role.DATELINE)
        assert window.grid.release_model.headerData(dateline, Qt.Orientation.Vertical).split("\n")[1:] == [
            "дата", "и место"]
