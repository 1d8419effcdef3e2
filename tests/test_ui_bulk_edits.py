"""An edit of many cells at once (Replace All) reaches the model, the grid, the QA panel, the status bar and autosave
as one change each, not one per cell, and stays one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import ui_support

from desktop_app.domain.release import Segment, edited_cell
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.main_window import MainWindow

answers = ui_support.answers  # fixture
COPIES = 30  # of the sample's 8 rows: 240 rows, 90 of them naming Jinhua in English


@pytest.fixture
def long_window(qtbot, data_dir: Path, tmp_path: Path, answers: ui_support.Answers) -> Iterator[MainWindow]:
    release = sample_release()
    release.segments = [Segment(seg.role, dict(seg.cells)) for _ in range(COPIES) for seg in release.segments]
    project = tmp_path / "long.pressdesk"
    ProjectStore.create(project, release).close()
    yield from ui_support.window_on(qtbot, data_dir, project)


def settled(window: MainWindow) -> bool:
    panel = window.quality_checks.panel
    return (not window.context.tasks.busy and window.grid.rows_fitted() and panel.glossary is not None
            and not panel.running)


def test_replace_all_over_many_rows_is_one_change_for_every_panel_and_one_undo_step(
        qtbot, long_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window, doc = long_window, long_window.document
    model, status = window.grid.release_model, window.status_bar
    qtbot.waitUntil(lambda: settled(window), timeout=60_000)
    before = {seg.id: dict(seg.cells) for seg in doc.release.segments}
    en_words = status.counts.units["en"]
    occurrences = sum(seg.cells["en"].text.count("Jinhua") for seg in doc.release.segments)
    changed_rows = sum("Jinhua" in seg.cells["en"].text for seg in doc.release.segments)
    assert changed_rows > 50 and occurrences > changed_rows

    single: list[tuple[str, str]] = []
    bulk: list[list[tuple[str, str]]] = []
    model_changes: list[tuple[int, int]] = []
    submitted: list[str] = []
    doc.cellChanged.connect(lambda *key: single.append(key))
    doc.cellsChanged.connect(bulk.append)
    model.dataChanged.connect(lambda first, last, *_: model_changes.append((first.row(), last.row())))
    submit = window.context.tasks.submit
    monkeypatch.setattr(window.context.tasks, "submit",
                        lambda fn, *args, **kwargs: (submitted.append(fn.__name__), submit(fn, *args, **kwargs))[1])

    window.show_find_replace()
    dialog = window._find_dialog
    assert dialog is not None
    dialog.find_edit.setText("Jinhua")
    dialog.replace_edit.setText("Jinhua City")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    steps = doc.undo_stack.count()
    assert dialog.replace_all() == occurrences

    assert single == [] and len(bulk) == 1 and len(bulk[0]) == changed_rows
    assert len(model_changes) == 1  # one dataChanged spanning the changed rows
    first, last = model_changes[0]
    rows = [doc.row_of(segment_id) for segment_id, _lang in bulk[0]]
    assert first <= min(rows) and last >= max(rows)
    assert doc.undo_stack.count() == steps + 1
    assert all("Jinhua City" in model.index(row, 1).data() for row in rows)  # what the grid shows

    # One full quality check for the whole edit, not a re-check per row; the status bar counts the new words.
    qtbot.waitUntil(lambda: settled(window) and "check_release_worker" in submitted, timeout=60_000)
    assert "recheck_rows_worker" not in submitted
    assert submitted.count("check_release_worker") == 1
    qtbot.waitUntil(lambda: status.counts.units["en"] == en_words + occurrences, timeout=10_000)

    # Autosave keeps the edit (two seconds after it).
    def autosaved() -> int:
        recovered = doc.pending_recovery()
        return 0 if recovered is None else sum(seg.cells["en"].text.count("Jinhua City")
                                               for seg in recovered[1].segments)

    qtbot.waitUntil(lambda: autosaved() == occurrences, timeout=10_000)

    # Undo takes all of it back as one step, again with one signal through the model.
    model_changes.clear()
    doc.undo_stack.undo()
    assert {seg.id: dict(seg.cells) for seg in doc.release.segments} == before
    assert len(bulk) == 2 and single == [] and len(model_changes) == 1
    qtbot.waitUntil(lambda: status.counts.units["en"] == en_words, timeout=10_000)
    doc.undo_stack.redo()
    assert sum(seg.cells["en"].text.count("Jinhua City") for seg in doc.release.segments) == occurrences


def test_a_few_cells_changed_at_once_are_rechecked_row_by_row(qtbot, long_window: MainWindow,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Below the bulk threshold the QA panel keeps re-checking only the rows changed, as while typing."""
    window, doc = long_window, long_window.document
    qtbot.waitUntil(lambda: settled(window), timeout=60_000)
    submitted: list[str] = []
    submit = window.context.tasks.submit
    monkeypatch.setattr(window.context.tasks, "submit",
                        lambda fn, *args, **kwargs: (submitted.append(fn.__name__), submit(fn, *args, **kwargs))[1])
    first = doc.release.segments[0]
    doc.set_cells({(first.id, lang): edited_cell(first.cells[lang], first.cells[lang].text + " 2024")
                   for lang in ("en", "ru")}, "Edit")
    qtbot.waitUntil(lambda: "recheck_rows_worker" in submitted, timeout=10_000)
    assert "check_release_worker" not in submitted
