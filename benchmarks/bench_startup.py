"""Start-up time: process start to the main window painted with the sample release (target < 1.0 s).

Runs the real `run_gui` in a fresh Python process (first run: the sample is created; then warm runs that
open the saved sample again), timing from just before the process is spawned to the first paint of the
window's grid. Prints the median of several runs and which heavy modules were loaded (must be none).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HEAVY = ("argostranslate", "torch", "stanza", "ctranslate2", "numpy", "docx")

CHILD = textwrap.dedent("""
    import sys, json, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop_app.ui.app import run_gui
    from desktop_app.ui.main_window import MainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj.objectName() == "qt_scrollarea_viewport":
                win = obj.window()
                if isinstance(win, MainWindow) and win.grid.release_model.rowCount():
                    app.removeEventFilter(self)
                    report.update(painted=time.time(), rows=win.grid.release_model.rowCount())
                    wait_for_panels(win)
            return False

    def wait_for_panels(win):
        if not win.panels_ready:
            QTimer.singleShot(10, lambda: wait_for_panels(win))
            return
        report["panels"] = time.time()
        report["loaded"] = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY_MODULES))
        print(json.dumps(report), flush=True)
        win.close()

    report = {}

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    sys.exit(run_gui(None, sys.argv[1], None, None))
""").replace("HEAVY_MODULES", repr(HEAVY))


def one_run(data_dir: Path) -> tuple[float, float, dict]:
    """Wall time to the first paint, and the CPU time the child used in all (a fair figure on a busy machine)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # A user's Python caches compiled modules; a development shell may forbid it, which would time compiling.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpu_before = _children_cpu()
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True, env=env,
                         check=True, timeout=120)
    report = json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
    report["panels_after"] = report["panels"] - start
    return report["painted"] - start, _children_cpu() - cpu_before, report


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        first, _cpu, report = one_run(data)
        print(f"first run (creates the sample project): {first:.3f} s, {report['rows']} rows")
        times, cpus, panels = [], [], []
        for _ in range(args.runs):
            elapsed, cpu, report = one_run(data)
            times.append(elapsed)
            cpus.append(cpu)
            panels.append(report["panels_after"])
        print(f"start-up to first paint, {args.runs} warm runs: median {statistics.median(times):.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f}); target < 1.0 s")
        print(f"glossary, suggestions and QA panels installed after: median {statistics.median(panels):.3f} s")
        print(f"CPU time of the whole run (start, paint, panels, close): median {statistics.median(cpus):.3f} s; "
              f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"heavy modules loaded at start-up: {report['loaded'] or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
