"""Find and replace over the whole release: language filter, case, whole words; Replace All is one undo step."""

from __future__ import annotations

import ui_support

from desktop_app.domain.release import Release, Segment, edited_cell, imported_cell
from desktop_app.ui.find_replace import SearchOptions, find_all, replace_all_cells
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


def release_of(*rows: tuple[str, str, str]) -> Release:
    segs = []
    for zh, en, ru in rows:
        seg = Segment()
        seg.cells.update(zh=imported_cell(zh), en=imported_cell(en), ru=imported_cell(ru))
        segs.append(seg)
    return Release("t", "2024-01-01", segs)


def test_search_options() -> None:
    release = release_of(("金华市 金华", "Jinhua, jinhua city; Jinhuaese", "Цзиньхуа и Jinhua"))
    assert len(find_all(release, SearchOptions("jinhua"))) == 4
    assert len(find_all(release, SearchOptions("jinhua", case_sensitive=True))) == 1
    assert len(find_all(release, SearchOptions("Jinhua", whole_word=True))) == 3  # not "Jinhuaese"
    assert [m.lang for m in find_all(release, SearchOptions("jinhua", langs=("ru",)))] == ["ru"]
    assert len(find_all(release, SearchOptions("金华", whole_word=True))) == 2  # no word boundaries in Chinese
    changes, count = replace_all_cells(release, SearchOptions("jinhua", ("en",), whole_word=True), "Jinhua City")
    assert count == 2
    assert changes[(release.segments[0].id, "en")].text == "Jinhua City, Jinhua City city; Jinhuaese"


def test_find_next_walks_through_matches_and_selects_them(qtbot, window: MainWindow) -> None:
    window.show_find_replace()
    dialog = window._find_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.find_edit.setText("Jinhua")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    doc = window.document
    doc.set_current_cell(doc.release.segments[0].id, "zh")
    first = dialog.find_next()
    assert first is not None and first.lang == "en" and first.segment_id == doc.release.segments[0].id
    assert doc.current_cell() == (first.segment_id, "en")
    editor = window.grid.cell_delegate.active_editor
    assert editor is not None and editor.textCursor().selectedText() == "Jinhua"
    second = dialog.find_next()
    assert second is not None and (second.segment_id, second.start) != (first.segment_id, first.start)
    dialog.find_edit.setText("no such words anywhere")
    assert dialog.find_next() is None
    assert dialog.result_label.text() == "Not found"


def test_replace_one_and_replace_all_undo_in_one_step(window: MainWindow) -> None:
    window.show_find_replace()
    dialog = window._find_dialog
    doc = window.document
    before = {s.id: dict(s.cells) for s in doc.release.segments}
    dialog.find_edit.setText("roundtable")
    dialog.replace_edit.setText("round table")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    doc.set_current_cell(doc.release.segments[0].id, "zh")
    dialog.find_next()
    assert dialog.replace_current()
    assert "round table" in " ".join(s.cells["en"].text for s in doc.release.segments)
    doc.undo_stack.undo()
    expected = sum(s.cells["en"].text.lower().count("roundtable") for s in doc.release.segments)
    assert expected >= 2
    assert dialog.replace_all() == expected
    assert not any("roundtable" in s.cells["en"].text.lower() for s in doc.release.segments)
    assert all(s.cells["zh"] == before[s.id]["zh"] for s in doc.release.segments)
    doc.undo_stack.undo()
    assert {s.id: dict(s.cells) for s in doc.release.segments} == before



def test_rows_changed_off_screen_are_fitted_in_the_background(qtbot, window: MainWindow) -> None:
    """A row changed out of view (Replace All changes hundreds) is fitted a moment later, as tall as its new text."""
    grid, doc = window.grid, window.document
    window.resize(900, 320)
    grid.scrollToTop()
    last = grid.release_model.rowCount() - 1
    qtbot.waitUntil(lambda: grid.rows_fitted() and grid.rowViewportPosition(last) > grid.viewport().height(),
                    timeout=10_000)
    for words in (30, 90):  # taller each time
        before = grid.rowHeight(last)
        segment = doc.release.segments[last]
        doc.set_cell(segment.id, "en", edited_cell(segment.cells["en"], " ".join(["Jinhua"] * words)))
        qtbot.waitUntil(grid.rows_fitted, timeout=10_000)
        fitted = grid.rowHeight(last)
        assert fitted > before
        grid.resizeRowToContents(last)
        assert grid.rowHeight(last) == fitted
