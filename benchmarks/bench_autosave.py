"""What one autosave costs on the GUI thread, and how long the GUI thread is held while it is written.

The window autosaves a couple of seconds after the user stops typing (so a crash loses at most those seconds), so
this is paid once per pause; it must stay well under the 50 ms the GUI thread may be busy. The GUI thread only
copies the release; serialising and writing it into the project's recovery table run on the autosave lane.

Columns, per release size (medians of 7 autosaves, each after one more edit):
- `gui`: the time `DocumentController.autosave()` keeps the GUI thread (the snapshot and the hand-over);
- `write`: the worker's part, the same write done in one go (`ProjectStore.write_recovery`: what the GUI thread paid
  before the write moved to the worker);
- `worst tick gap`: the longest gap between two ticks of a 2 ms timer on the GUI thread while the write runs on
  the worker (the GIL is shared), less the interval.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_autosave.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench_core import generated_release, timed
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer

from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.document import DocumentController
from desktop_app.ui.workers import TaskRunner

TICK_MS = 2


def worst_gap_while(doc: DocumentController) -> float:
    """Run the event loop with a precise 2 ms timer until the autosave is written; the longest gap, in ms."""
    clock, gaps, last = QElapsedTimer(), [], [0]
    timer = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer.timeout.connect(tick)
    written = [False]
    doc.autosaved.connect(lambda: written.__setitem__(0, True))
    clock.start()
    timer.start()
    doc.autosave()
    while not written[0]:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    timer.stop()
    return max(0.0, max(gaps, default=0) - TICK_MS)


def main() -> None:
    app = QCoreApplication([])
    tasks = TaskRunner(app)
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (30, 200, 1_000, 5_000):
            path = Path(tmp) / f"r{rows}.pressdesk"
            release = generated_release(rows)
            ProjectStore.create(path, release).close()
            doc = DocumentController(Path(tmp), tasks)
            doc.open(path)
            gui, gaps = [], []
            for attempt in range(7):
                segment = doc.release.segments[attempt % rows]
                doc.set_text(segment.id, "en", f"{segment.text('en')} edit {attempt}")
                start = time.perf_counter()
                doc.autosave()
                gui.append(time.perf_counter() - start)
                doc.flush_autosave()
                tasks.wait_idle()
                doc.set_text(segment.id, "ru", f"{segment.text('ru')} правка {attempt}")
                gaps.append(worst_gap_while(doc))
            with ProjectStore.open(path) as store:
                write = timed(lambda store=store, release=doc.release: store.write_recovery(release), repeat=7)
            doc.close()
            print(f"{rows:>6,} rows: gui {statistics.median(gui) * 1000:5.1f} ms   write {write * 1000:5.1f} ms   "
                  f"worst tick gap while writing {statistics.median(gaps):4.1f} ms (max {max(gaps):.1f})")
    tasks.shutdown()


if __name__ == "__main__":
    main()
