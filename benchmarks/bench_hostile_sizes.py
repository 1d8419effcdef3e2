"""Hostile sizes, timed through the real `pressdesk` command: how long a refusal takes and how much memory the
child process peaks at, for a project another tool filled beyond the release limits and for release JSON of a
million segments.

    .venv/bin/python benchmarks/bench_hostile_sizes.py [--segments 1000000] [--cell-mb 400]

Each case runs in its own child process (Linux); its peak RSS is read from its own /proc/self/status.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

# Runs the CLI in this child and reports its own peak memory, whatever the exit code: VmHWM (kB) belongs to the
# program after exec, where ru_maxrss would still count the forked copy of this large parent.
CHILD = """
import sys
from desktop_app.cli import main
try:
    code = main(sys.argv[1:])
finally:
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(int(status.split()[0]), file=sys.stderr)
sys.exit(code)
"""


def run(*argv: str) -> tuple[float, int, int, str]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    return seconds, int(lines[-1]), result.returncode, (lines[0] if len(lines) > 1 else "")[:110]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=1_000_000)
    parser.add_argument("--cell-mb", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        many = base / "many.pressdesk"
        ProjectStore.create(many, sample_release()).close()
        with sqlite3.connect(many) as conn:
            conn.executemany("insert into segments (id, position, role, comment) values (?, ?, 'body', '')",
                             ((f"x{i}", 100 + i) for i in range(args.segments)))
            conn.executemany("insert into cells (segment_id, lang, text, status, origin, updated_at) values "
                             "(?, 'en', 'hello world', 'draft', 'imported', '')",
                             ((f"x{i}",) for i in range(args.segments)))
        big = base / "big.pressdesk"
        ProjectStore.create(big, sample_release()).close()
        with sqlite3.connect(big) as conn:
            conn.execute("update cells set text = replace(hex(zeroblob(?)), '00', 'ab') where rowid = 1",
                         (args.cell_mb * 1024 * 1024 // 2,))
        release = base / "million.json"
        release.write_text(json.dumps({"title": "T", "date": "2024-01-01",
                                       "segments": [{"role": "body", "en": "a"}] * args.segments}), encoding="utf-8")
        cases = {
            f"show a project of {args.segments:,} segments": ("show", str(many)),
            f"show a project with a {args.cell_mb} MB cell": ("show", str(big)),
            f"new --from-json of {args.segments:,} segments": ("new", str(base / "new.pressdesk"), "--from-json",
                                                                str(release)),
        }
        for name, argv in cases.items():
            seconds, rss_kb, code, message = run(*argv)
            print(f"{name:45s} {seconds:6.2f} s {rss_kb / 1024:6.0f} MB  exit {code}  {message}")


if __name__ == "__main__":
    main()
