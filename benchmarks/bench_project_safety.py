"""What the project-file safeguards cost: a release at the segment limit, opening a file left with a hot journal
(inspected on a copy before it is trusted), and taking and releasing the project lock.

Run: .venv/bin/python benchmarks/bench_project_safety.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_core import generated_release, timed

from desktop_app.domain.release import MAX_SEGMENTS
from desktop_app.storage.project_lock import ProjectLock
from desktop_app.storage.project_store import ProjectStore

CRASH = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma cache_size = 2")
conn.execute("begin immediate")
conn.execute("update cells set text = text || ' (changed)'")
os._exit(0)
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "limit.pressdesk"
        release = generated_release(MAX_SEGMENTS)
        create = timed(lambda: ProjectStore.create(path, release).close(), repeat=1)
        with ProjectStore.open(path) as store:
            fewer = generated_release(0)
            fewer.segments = release.segments[::2]
            resave = timed(lambda: store.save(fewer), repeat=1)
            load = timed(store.load, repeat=3)
        size = path.stat().st_size / 1e6
        print(f"{MAX_SEGMENTS:,}-segment release ({size:.0f} MB): create {create:.1f} s, save after dropping half "
              f"{resave:.1f} s, load {load:.2f} s")

        clean_open = timed(lambda: ProjectStore.open(path).close())

        def open_after_crash() -> float:
            subprocess.run([sys.executable, "-c", CRASH, str(path)], check=True)
            start = time.perf_counter()
            ProjectStore.open(path).close()  # inspects a copy, then rolls the journal back for real
            return time.perf_counter() - start

        crashed_open = statistics.median(open_after_crash() for _ in range(3))
        print(f"open ({size:.0f} MB): clean {clean_open * 1000:.0f} ms, "
              f"with a hot journal {crashed_open * 1000:.0f} ms")

        def lock_cycle() -> None:
            with ProjectLock(path):
                pass

        print(f"take and release the project lock: {timed(lock_cycle, repeat=50) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
