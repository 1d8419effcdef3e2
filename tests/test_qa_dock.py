"""The Quality Checks dock in the real main window: check, filter, jump, fix with undo, ignore, live re-check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import ui_support
from qa_helpers import clean_sample

from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.release import imported_cell
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qa_dock import QaPanel

answers = ui_support.answers  # fixture


@pytest.fixture
def seeded_project(tmp_path: Path) -> Path:
    """The sample with a wrong number (en), a forbidden form (en) and a half-width comma (zh)."""
    release = clean_sample()
    for index, lang, old, new in [(3, "en", "nine times", "eight times"),
                                  (5, "en", "the Belt and Road Initiative", "One Belt One Road"),
                                  (2, "zh", "上午，", "上午,")]:
        seg = release.segments[index]
        seg.cells[lang] = imported_cell(seg.text(lang).replace(old, new))
    path = tmp_path / "seeded.pressdesk"
    ProjectStore.create(path, release).close()
    return path


@pytest.fixture
def window(qtbot, data_dir: Path, seeded_project: Path, answers: ui_support.Answers) -> Iterator[MainWindow]:
    yield from ui_support.window_on(qtbot, data_dir, seeded_project)


def panel_of(win: MainWindow) -> QaPanel:
    panel = win.qa_dock.widget()
    assert isinstance(panel, QaPanel)
    return panel


def checked(qtbot, win: MainWindow) -> QaPanel:
    panel = panel_of(win)
    with qtbot.waitSignal(panel.checked, timeout=60_000):
        win.quality_checks.action.trigger()
    return panel


def shown(panel: QaPanel) -> list[tuple[int, str, Kind]]:
    positions = {s.id: i for i, s in enumerate(panel.document.release.segments)}
    return [(positions[f.segment_id], f.lang, f.kind) for f in panel.visible_findings()]


def select(panel: QaPanel, kind: Kind, lang: str) -> None:
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        for j in range(group.childCount()):
            finding = group.child(j).data(0, 0x0100)
            if finding.kind is kind and finding.lang == lang:
                panel.tree.setCurrentItem(group.child(j))
                return
    raise AssertionError(f"no {kind} finding in {lang}")


def test_the_dock_lists_the_seeded_problems_and_totals(qtbot, window: MainWindow) -> None:
    panel = checked(qtbot, window)
    found = shown(panel)
    assert (3, "en", Kind.NUMBER) in found and (5, "en", Kind.FORBIDDEN) in found
    assert (2, "zh", Kind.PUNCTUATION) in found
    errors, _ = panel.totals()
    assert errors >= 3
    style = [panel.tree.topLevelItem(i).child(j) for i in range(panel.tree.topLevelItemCount())
             for j in range(panel.tree.topLevelItem(i).childCount())
             if panel.tree.topLevelItem(i).child(j).data(0, 0x0100).kind is Kind.PUNCTUATION]
    assert style and {item.text(2) for item in style} == {"Style"}  # punctuation is a style note, not a warning
    assert str(errors) in window.quality_checks.totals_button.text()
    assert panel.tree.topLevelItemCount() >= 3  # grouped by kind


def test_filters_by_language_and_severity(qtbot, window: MainWindow) -> None:
    panel = checked(qtbot, window)
    panel.lang_combo.setCurrentIndex(panel.lang_combo.findData("zh"))
    assert {lang for _, lang, _ in shown(panel)} == {"zh"}
    panel.lang_combo.setCurrentIndex(0)
    panel.severity_combo.setCurrentIndex(panel.severity_combo.findData("error"))
    assert all(f.severity.value == "error" for f in panel.visible_findings())
    panel.severity_combo.setCurrentIndex(panel.severity_combo.findData("info"))
    notes = panel.visible_findings()
    assert notes and {f.kind for f in notes} <= {Kind.PUNCTUATION, Kind.SPACING, Kind.LENGTH}
    panel.severity_combo.setCurrentIndex(panel.severity_combo.findData("error"))
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("segment"))
    assert panel.tree.topLevelItem(0).text(0).startswith("Segment")


def test_clicking_a_finding_jumps_to_its_cell(qtbot, window: MainWindow) -> None:
    panel = checked(qtbot, window)
    select(panel, Kind.FORBIDDEN, "en")
    panel.jump_to(panel.tree.currentItem())
    seg_id = window.document.release.segments[5].id
    assert window.document.current_cell() == (seg_id, "en")
    assert window.grid.release_model.key_for(window.grid.currentIndex()) == (seg_id, "en")


def test_one_click_fix_is_undoable_and_the_row_is_rechecked(qtbot, window: MainWindow) -> None:
    panel = checked(qtbot, window)
    select(panel, Kind.FORBIDDEN, "en")
    before = window.document.release.segments[5].text("en")
    assert panel.fix_selected()
    after = window.document.release.segments[5].text("en")
    assert "Belt and Road Initiative" in after and "One Belt One Road" not in after
    qtbot.waitUntil(lambda: (5, "en", Kind.FORBIDDEN) not in shown(panel), timeout=5000)
    window.document.undo_stack.undo()
    assert window.document.release.segments[5].text("en") == before
    qtbot.waitUntil(lambda: (5, "en", Kind.FORBIDDEN) in shown(panel), timeout=5000)


def test_typing_rechecks_the_row(qtbot, window: MainWindow) -> None:
    panel = checked(qtbot, window)
    seg = window.document.release.segments[3]
    session = window.document.begin_typing()
    window.document.type_text(seg.id, "en", seg.text("en").replace("eight times", "nine times"), session)
    qtbot.waitUntil(lambda: (3, "en", Kind.NUMBER) not in shown(panel), timeout=5000)
    window.document.type_text(seg.id, "ru", seg.text("ru").replace("2007", "2008"), session)
    qtbot.waitUntil(lambda: (3, "ru", Kind.NUMBER) in shown(panel), timeout=5000)


def test_ignored_findings_stay_ignored_in_the_project(qtbot, window: MainWindow, seeded_project: Path) -> None:
    panel = checked(qtbot, window)
    select(panel, Kind.NUMBER, "en")
    key = panel.selected_finding().key
    errors_before = panel.totals()
    panel.toggle_ignore_selected()
    assert key not in {f.key for f in panel.visible_findings()}
    assert panel.totals()[0] == errors_before[0] - 1
    panel.show_ignored.setChecked(True)
    assert key in {f.key for f in panel.visible_findings()}
    assert key in window.document.store.ignored_findings()
    window.close()
    with ProjectStore.open(seeded_project) as store:
        assert key in store.ignored_findings()


def test_a_row_recheck_updates_only_its_items_in_document_order(qtbot, window: MainWindow) -> None:
    """The incremental update must leave the list exactly as a full rebuild would."""
    panel = checked(qtbot, window)
    seg = window.document.release.segments[6]
    session = window.document.begin_typing()
    window.document.type_text(seg.id, "en", seg.text("en").replace("More than 100", "More than 200"), session)
    qtbot.waitUntil(lambda: (6, "en", Kind.NUMBER) in shown(panel), timeout=5000)

    def tree_rows() -> list[tuple[str, list[str]]]:
        rows = []
        for i in range(panel.tree.topLevelItemCount()):
            group = panel.tree.topLevelItem(i)
            rows.append((group.text(0), [group.child(j).text(1) + group.child(j).text(0)
                                         for j in range(group.childCount())]))
        return rows

    incremental = tree_rows()
    panel.render()
    assert tree_rows() == incremental
