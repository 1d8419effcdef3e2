"""How long an edit from the Glossary dock holds the GUI thread while another program holds the glossary file's
write lock (target: < 50 ms; SQLite itself waits up to five seconds for the lock).

The real window on the sample release; a second connection takes the real glossary file's write lock (BEGIN
IMMEDIATE), then the dock adds an entry (the entry dialog answered at once). A 5 ms precise timer runs meanwhile:
the longest gap between two ticks, less the interval, is the worst block of the GUI thread. Measured once with the
lock held until the wait runs out (the error dialog, answered Cancel) and once with the lock released 1 s into the
wait by the other program (the edit saved then). Columns: how long the GUI thread was held once the entry dialog was
accepted, the worst block overall (opening the entry dialog included), and when the outcome was known.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_glossary_lock.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.services.importing import sample_release
from desktop_app.storage.glossary_store import default_glossary_path
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.glossary_dock import EntryDialog
from desktop_app.ui.main_window import MainWindow

PROBE_MS = 5


def run(app: QApplication, tmp: Path, name: str, release_after_ms: int | None) -> str:
    project = tmp / f"{name}.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    context = AppContext.create(tmp / f"data-{name}")
    context.settings.first_run_done = True
    window = MainWindow(context)
    window.interactive = False
    window.open_path(project, ask_save=False)
    window.show()
    panel = window.glossary.panel
    deadline = time.perf_counter() + 120
    while not panel.ready and time.perf_counter() < deadline:
        app.processEvents()
    context.tasks.wait_idle(60)

    def fill_and_accept(dialog: EntryDialog) -> int:
        dialog.category.setCurrentIndex(dialog.category.findData("event"))
        dialog.approved["en"].setText(f"Harbin Trade Fair {name}")
        dialog.approved["ru"].setText(f"Харбинская ярмарка {name}")
        EntryDialog.accept(dialog)
        accepted[0] = time.perf_counter()
        return QDialog.DialogCode.Accepted

    outcome: list[float] = []
    started = [0.0]
    accepted = [0.0]

    def told(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        outcome.append(time.perf_counter() - started[0])
        return QMessageBox.StandardButton.Cancel

    EntryDialog.exec = fill_and_accept  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(told)  # type: ignore[assignment]
    other = sqlite3.connect(default_glossary_path(context.data_dir), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    releaser = None
    if release_after_ms is not None:  # the other program finishes on its own time, not through this event loop
        releaser = threading.Timer(release_after_ms / 1000, lambda: other.execute("ROLLBACK"))
        releaser.start()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def probe() -> None:
        now = clock.elapsed()
        gaps.append(max(0.0, now - last[0] - PROBE_MS))
        last[0] = now

    timer = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(probe)
    timer.start()
    started[0] = time.perf_counter()
    panel.add_entry()
    after_ok = time.perf_counter() - accepted[0]
    if release_after_ms is None:  # the user is told
        while not outcome and time.perf_counter() - started[0] < 30:
            app.processEvents()
    else:  # saved: the dock stops saying it is saving
        while getattr(panel, "writing", False) and time.perf_counter() - started[0] < 30:
            app.processEvents()
        outcome.append(time.perf_counter() - started[0])
    settle_until = time.perf_counter() + 0.1  # the probe's first tick after a block measures it
    while time.perf_counter() < settle_until:
        app.processEvents()
    timer.stop()
    if releaser is not None:
        releaser.join()
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()
    window.interactive = False
    window.document.close()
    context.close()
    window.deleteLater()
    app.processEvents()
    heard = f"{outcome[0]:.2f} s" if outcome else "never"
    return (f"{name:>20}: GUI thread held after OK {after_ok * 1000:7.1f} ms, worst GUI block "
            f"{max(gaps, default=0):7.1f} ms (the entry dialog's opening included), outcome after {heard}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print(run(app, tmp, "lock-held", None))
        print(run(app, tmp, "lock-released-at-1s", 1000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
