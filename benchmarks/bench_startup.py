"""Start-up time: process start to the main window painted with the sample release (target < 1.0 s), and the
import cost of the `show`, `qa` and `export` commands (target for `show`: at most 0.1 s of imports).

Runs the real `run_gui` in a fresh Python process (first run: the sample is created; then warm runs that
open the saved sample again), timing from just before the process is spawned to the first paint of the
window's grid. Prints the median of several runs and which heavy modules were loaded (must be none).
Each command runs under `python -X importtime`; its import time is the sum of the top-level imports minus
those of a bare interpreter (`python -c pass`), so what is left is what the command itself imports. The best
of several runs is the figure to compare (other processes on a shared machine only ever add to it).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--cli-only]
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


def import_seconds(*args: str) -> tuple[float, float]:
    """(seconds of top-level imports, wall seconds) of one `python -X importtime` process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, env=env,
                         timeout=120)
    wall = time.perf_counter() - start
    total = 0
    for line in out.stderr.splitlines():
        parts = line.split("|")
        top_level = len(parts) == 3 and not parts[2].startswith("  ")  # one space after the bar
        if line.startswith("import time:") and top_level and parts[1].strip().isdigit():
            total += int(parts[1])
    return total / 1e6, wall


def cli_imports(runs: int) -> None:
    """Median import time and wall time of `show`, `qa` and `export` on the sample project."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "sample.pressdesk"
        env_data = ["--data-dir", str(Path(tmp) / "data")]
        subprocess.run([sys.executable, "-m", "desktop_app", *env_data, "new", str(project), "--sample"], check=True,
                       capture_output=True, timeout=120)
        subprocess.run([sys.executable, "-m", "desktop_app", *env_data, "qa", str(project)], capture_output=True,
                       timeout=300)  # creates the glossary and its caches once
        bare = min(import_seconds("-c", "pass")[0] for _ in range(runs))
        commands = {
            "show": ["show", str(project)],
            "qa": ["qa", str(project)],
            "export": ["export", str(project), "--lang", "en", "-o", str(Path(tmp) / "en.docx")],
        }
        print(f"bare interpreter imports: {bare * 1000:.0f} ms (subtracted below)")
        for name, argv in commands.items():
            samples = [import_seconds("-m", "desktop_app", *env_data, *argv) for _ in range(runs)]
            imports = [(s[0] - bare) * 1000 for s in samples]
            wall = [s[1] * 1000 for s in samples]
            print(f"pressdesk {name}: imports {min(imports):.0f} ms (median {statistics.median(imports):.0f}), "
                  f"whole process {min(wall):.0f} ms (median {statistics.median(wall):.0f}); best of {runs}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli-only", action="store_true", help="time the commands only, not the GUI")
    args = parser.parse_args()
    cli_imports(args.runs)
    if args.cli_only:
        return 0
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
