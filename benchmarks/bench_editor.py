"""Editor speed on a generated 500-segment release: opening it (to the grid painted) and the GUI event loop's
latency while typing in a cell (targets: open < 1 s, latency < 50 ms).

Typing is simulated with real key events sent to the cell editor every 30 ms (a fast typist); a 5 ms heartbeat
timer measures how late the event loop gets to it, and each keystroke's handling time is measured too.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_editor.py [--segments 500] [--keys 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow

ZH = "第十届中俄中小企业合作圆桌会议在浙江省金华市开幕，双方代表围绕贸易、投资和技术合作深入交流。"
EN = ("The tenth China-Russia roundtable on cooperation between small and medium-sized enterprises opened in "
      "Jinhua, where delegates discussed trade, investment and technology.")
RU = ("В Цзиньхуа открылся десятый российско-китайский круглый стол по сотрудничеству малых и средних "
      "предприятий; делегаты обсудили торговлю, инвестиции и технологии.")


def generated_release(count: int) -> Release:
    segments = []
    for i in range(count):
        seg = Segment(Role.HEADLINE if i == 0 else Role.BODY)
        reps = 1 + i % 3  # paragraphs of one to three sentences
        seg.cells.update(zh=imported_cell(ZH * reps), en=imported_cell(" ".join([EN] * reps)),
                         ru=imported_cell(" ".join([RU] * reps)))
        segments.append(seg)
    return Release(f"Generated release, {count} segments", "2024-05-01", segments)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=500)
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "generated.pressdesk"
        ProjectStore.create(project, generated_release(args.segments)).close()
        window = MainWindow(AppContext.create(Path(tmp) / "data"))
        window.resize(1440, 900)
        window.show()
        app.processEvents()

        started = time.perf_counter()
        assert window.open_path(project, ask_save=False)
        app.processEvents()  # layout, row heights of the rows on screen and the first paint
        window.grid.viewport().repaint()
        opened = time.perf_counter() - started
        while not window.grid.rows_fitted():
            app.processEvents()
        fitted = time.perf_counter() - started
        print(f"open {args.segments}-segment release to painted grid: {opened:.3f} s (target < 1 s); "
              f"every row fitted in the background after {fitted:.3f} s")

        row = args.segments // 2
        index = window.grid.release_model.index(row, 1)
        window.grid.scrollTo(index)
        window.grid.setCurrentIndex(index)
        window.grid.edit(index)
        editor = window.grid.cell_delegate.active_editor
        assert editor is not None

        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def heartbeat() -> None:
            now = clock.elapsed()
            lateness.append(max(0.0, now - last[0] - 5))
            last[0] = now

        beat = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer)
        beat.timeout.connect(heartbeat)
        beat.start()
        handling: list[float] = []
        text = "typing in a long release stays smooth "
        for i in range(args.keys):
            t0 = time.perf_counter()
            QTest.keyClick(editor, text[i % len(text)])
            handling.append((time.perf_counter() - t0) * 1000)
            deadline = time.perf_counter() + 0.030
            while time.perf_counter() < deadline:
                app.processEvents()
        beat.stop()
        typed = window.document.release.segments[row].cells["en"].text
        assert typed.endswith(text[: args.keys % len(text)]) or args.keys % len(text) == 0
        print(f"keystroke handling over {args.keys} keys: median {statistics.median(handling):.1f} ms, "
              f"p95 {percentile(handling, 0.95):.1f} ms, max {max(handling):.1f} ms")
        print(f"event-loop latency (5 ms heartbeat lateness): median {statistics.median(lateness):.1f} ms, "
              f"p95 {percentile(lateness, 0.95):.1f} ms, max {max(lateness):.1f} ms (target < 50 ms)")
        print(f"undo steps for the whole typing session: {window.document.undo_stack.count()}")
        window.document.undo_stack.setClean()
        window.close()
        window.context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
