"""A cell holding one paragraph of N characters with no place to break a line (a pasted code or blob): how long the
GUI thread is held while the grid shows it, when its cell editor is opened, and by a key typed into it.

The real window on the sample release (1280×800); the text (letters and digits, no spaces) is put into a cell as
one edit, the window's background work (quality checks, autosave, the status bar's recount) is let finish, then: a
full repaint of the grid, fitting the row, opening the cell's editor until it is painted (wall-clock and GUI-thread
CPU time), one key typed at its end, then 40 keys typed 50 ms apart while a 10 ms timer measures how late the event
loop runs (the work each key leaves for later: counts, spelling, checks), and closing the editor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_unbroken_cell.py [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_big_cell import KEYS, typing_latency
from big_paste import edit_cell, sample_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.domain.release import edited_cell
from desktop_app.ui.status_bar import COUNT_DELAY_MS

ALNUM = string.ascii_letters + string.digits


def unbroken(size: int) -> str:
    return "".join(ALNUM[(i * 7 + i // len(ALNUM)) % len(ALNUM)] for i in range(size))


def settle(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    """Background work done, and the status bar's recount after a pause (COUNT_DELAY_MS) too."""
    app.processEvents()
    while window.context.tasks.busy:
        window.context.tasks.wait_idle(1)
    pause_ends = time.perf_counter() + 2 * COUNT_DELAY_MS / 1000
    while time.perf_counter() < pause_ends:
        app.processEvents()
    app.processEvents()


def timed_ms(app: QApplication, action: Callable[[], object]) -> float:
    """The action and the events it leaves queued (the paints it asked for)."""
    return gui_timed_ms(app, action)[0]


def gui_timed_ms(app: QApplication, action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and GUI-thread CPU milliseconds of the action and the events it leaves queued: on a shared
    machine the CPU time says what the window's own work costs, the wall-clock time what the user waited."""
    start, cpu = time.perf_counter(), time.thread_time()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000


def bench(app: QApplication, size: int, tmp: Path) -> str:
    window = sample_window(tmp, f"unbroken-{size}")
    settle(app, window)
    doc, grid = window.document, window.grid
    segment = doc.release.segments[1]
    doc.set_cell(segment.id, "en", edited_cell(segment.cells["en"], unbroken(size)))
    settle(app, window)
    repaint = timed_ms(app, grid.viewport().repaint)
    fit = timed_ms(app, lambda: grid.resizeRowToContents(1))
    editor = None

    def open_editor() -> None:
        nonlocal editor
        editor = edit_cell(window, 1, "en")
        editor.repaint()

    opened, opened_cpu = gui_timed_ms(app, open_editor)
    assert editor is not None
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    app.processEvents()
    typed = timed_ms(app, lambda: (QTest.keyClick(editor, Qt.Key.Key_A), editor.repaint()))
    median, worst = typing_latency(app, editor)
    closed = timed_ms(app, grid.setFocus)
    held = len(doc.release.segments[1].text("en"))
    window.document.close()
    window.context.close()
    window.deleteLater()
    app.processEvents()
    return (f"{size:>9,} chars: grid repaint {repaint:8.1f} ms, row fit {fit:8.1f} ms, open editor {opened:9.1f} ms "
            f"(GUI thread CPU {opened_cpu:6.1f} ms), "
            f"one key {typed:8.1f} ms, typing {KEYS} keys: timer late median {median:.0f} ms, worst {worst:.0f} ms, "
            f"close editor {closed:8.1f} ms (cell holds {held:,})")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp_name:
        for size in args.sizes:
            print(bench(app, size, Path(tmp_name)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
