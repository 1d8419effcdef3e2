"""Once start-up has settled, what the application keeps for good (the glossary's snapshot among it) is out of the
garbage collector's full passes, which hold the GIL and so the window while a worker runs them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import ui_support

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.heap import freeze_heap_after_startup
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def unfreeze_after() -> Iterator[None]:
    yield
    gc.unfreeze()


def collected_ids() -> set[int]:
    """The objects a full pass walks (the frozen ones are not among them)."""
    return {id(obj) for obj in gc.get_objects()}


def test_the_heap_is_frozen_once_the_glossary_snapshot_is_built_and_the_workers_are_idle(
        qtbot, data_dir: Path, tmp_path: Path, unfreeze_after: None) -> None:
    context = ui_support.make_context(data_dir)
    freezer = freeze_heap_after_startup(context)
    window = MainWindow(context)
    project = tmp_path / "sample.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    assert window.open_path(project, ask_save=False)
    window.show()
    qtbot.waitUntil(lambda: freezer.frozen, timeout=60_000)

    snapshot = context.glossary.current()
    assert snapshot is not None
    walked = collected_ids()
    assert gc.get_freeze_count() > 0
    assert id(snapshot.matcher) not in walked
    assert id(window.document.release.segments[0]) not in walked

    context.tasks.wait_idle()
    window.close()
    context.close()
    window.deleteLater()


def test_nothing_is_frozen_while_the_glossary_has_no_snapshot(qtbot, data_dir: Path, unfreeze_after: None) -> None:
    context = ui_support.make_context(data_dir)
    freezer = freeze_heap_after_startup(context)
    done: list[int] = []
    context.tasks.submit(lambda _token: 1, on_done=done.append)
    qtbot.waitUntil(lambda: done == [1] and not context.tasks.busy)

    assert not freezer.frozen
    assert gc.get_freeze_count() == 0
    context.close()
