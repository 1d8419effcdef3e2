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
                    loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY_MODULES))
                    print(json.dumps({"painted": time.time(), "rows": win.grid.release_model.rowCount(),
                                      "loaded": loaded}), flush=True)
                    QTimer.singleShot(0, win.close)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    sys.exit(run_gui(None, sys.argv[1], None, None))
""").replace("HEAVY_MODULES", repr(HEAVY))


def one_run(data_dir: Path) -> tuple[float, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True, env=env,
                         check=True, timeout=120)
    report = json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
    return report["painted"] - start, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        first, report = one_run(data)
        print(f"first run (creates the sample project): {first:.3f} s, {report['rows']} rows")
        times = []
        for _ in range(args.runs):
            elapsed, report = one_run(data)
            times.append(elapsed)
        print(f"start-up to first paint, {args.runs} warm runs: median {statistics.median(times):.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f}); target < 1.0 s")
        print(f"heavy modules loaded at start-up: {report['loaded'] or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
