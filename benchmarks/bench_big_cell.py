"""A big cell in the real window: paste 100 kB and 5 MB into one cell (glossary highlighting on), time until the
paste is committed (the GUI thread is busy that long) and until background checks are done, then how late the
event loop runs while typing in that cell.

Latency is measured with a QTimer probe that should fire every 10 ms: its worst and median lateness while a key is
typed into the big cell every 50 ms is what a user feels as lag.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_big_cell.py [--sizes 100000 5242880]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from big_paste import edit_cell, sample_window, text_of
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.ui import cell_delegate
from desktop_app.ui.main_window import MainWindow

PROBE_MS = 10
KEYS = 40
KEY_INTERVAL_MS = 50


def settle(app: QApplication, window: MainWindow) -> None:
    """Run the event loop until the window has nothing left to do (timers of 0 ms, pending paints)."""
    deadline = time.perf_counter() + 600
    app.processEvents()
    while window.context.tasks.busy and time.perf_counter() < deadline:
        window.context.tasks.wait_idle(1)
    app.processEvents()


def typing_latency(app: QApplication, editor: QWidget) -> tuple[float, float]:
    """(median, worst) lateness of a 10 ms timer in ms while KEYS keys are typed into `editor`."""
    late: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def probe() -> None:
        now = clock.elapsed()
        late.append(max(0.0, now - last[0] - PROBE_MS))
        last[0] = now

    timer = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(probe)
    timer.start()
    for i in range(KEYS):
        QTest.keyClick(editor, "ab"[i % 2])
        end = clock.elapsed() + KEY_INTERVAL_MS
        while clock.elapsed() < end:
            app.processEvents()
            time.sleep(0.001)
    timer.stop()
    return statistics.median(late), max(late)


def bench(app: QApplication, size: int, tmp: Path) -> str:
    window = sample_window(tmp, f"big-{size}")
    settle(app, window)  # the glossary highlighter is ready
    editor = edit_cell(window, 1, "ru")
    QApplication.clipboard().setText(text_of(size))
    started = time.perf_counter()
    editor.selectAll()
    editor.paste()
    app.processEvents()
    pasted = time.perf_counter() - started
    window.grid.setFocus()  # commits the cell
    app.processEvents()
    committed = time.perf_counter() - started
    settle(app, window)
    settled = time.perf_counter() - started
    held = len(window.document.release.segments[1].text("ru"))
    editor = edit_cell(window, 1, "ru")
    settle(app, window)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    median, worst = typing_latency(app, editor)
    typed = len(window.document.release.segments[1].text("ru")) - held
    window.document.close()
    window.context.close()
    window.deleteLater()
    app.processEvents()
    return (f"{size:>9,} chars: paste {pasted:.2f} s, paste to committed {committed:.2f} s, background work "
            f"(QA, glossary) done at {settled:.2f} s (cell holds {held:,}); typing {KEYS} keys: timer late median "
            f"{median:.0f} ms, worst {worst:.0f} ms ({typed} typed)")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 5 * 1024 * 1024])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.information = staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok)  # type: ignore
    limit = getattr(cell_delegate, "MAX_CELL_CHARS", None)
    if limit is not None and limit < max(args.sizes):
        print(f"note: the cell editor refuses pastes over {limit:,} characters; lifted for this run")
        cell_delegate.MAX_CELL_CHARS = max(args.sizes)  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp_name:
        for size in args.sizes:
            print(bench(app, size, Path(tmp_name)))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
