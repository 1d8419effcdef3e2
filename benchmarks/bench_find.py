"""How long Find Next and Replace All hold the GUI thread in a long release (target: < 50 ms per step).

A real window on a generated release (the sample's rows again and again, so "Jinhua" is in half the English
paragraphs); the quality checks and the row fitting are let finish first, so only the step itself is timed.
Columns: Find Next (median of 7, from the first row), Replace All over the English column (one run: it edits),
and its Ctrl+Z; each as wall time and, in brackets, the GUI thread's own CPU time (on a machine shared with other
work the wall time also counts the waits for a core).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_find.py [--rows 500 5000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench_core import generated_release
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import UiLanguage
from desktop_app.ui.main_window import MainWindow


def settle(window: MainWindow) -> None:
    """Until no worker is busy and every row is fitted."""
    context = window.context
    while context.tasks.busy or not window.grid.rows_fitted():
        QCoreApplication.processEvents()
        time.sleep(0.005)


def timed_ms(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(wall, this thread's CPU) in ms."""
    start, cpu = time.perf_counter(), time.thread_time()
    action()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000


def shown(times: tuple[float, float]) -> str:
    return f"{times[0]:6.1f} ms ({times[1]:5.1f} ms CPU)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[500, 5_000])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            data = Path(tmp) / f"data-{rows}"
            context = AppContext.create(data, UiLanguage(app))
            context.settings.first_run_done = True
            project = Path(tmp) / f"r{rows}.pressdesk"
            ProjectStore.create(project, generated_release(rows)).close()
            window = MainWindow(context)
            window.interactive = False
            window.resize(1440, 900)
            window.open_path(project, ask_save=False)
            window.show()
            settle(window)
            window.show_find_replace()
            dialog = window._find_dialog
            assert dialog is not None
            dialog.find_edit.setText("Jinhua")
            finds = []
            for _ in range(7):
                window.document.set_current_cell(window.document.release.segments[0].id, "zh")
                dialog.last_match = None
                finds.append(timed_ms(dialog.find_next))
            dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
            dialog.replace_edit.setText("Jinhua City")
            replace = timed_ms(dialog.replace_all)
            undo = timed_ms(window.document.undo_stack.undo)
            find = (statistics.median(wall for wall, _cpu in finds), statistics.median(cpu for _wall, cpu in finds))
            print(f"{rows:>6,} rows: Find Next {shown(find)}   Replace All ({dialog.result_label.text()}) "
                  f"{shown(replace)}   its undo {shown(undo)}")
            dialog.close()
            settle(window)
            window.document.undo_stack.setClean()
            window.close()
            context.close()
            window.deleteLater()


if __name__ == "__main__":
    main()
