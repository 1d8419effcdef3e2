"""Time `pressdesk show` (process start to output) and a store round trip on a generated 500-segment release.

Run: .venv/bin/python benchmarks/bench_core.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent


def generated_release(n: int) -> Release:
    """n segments cycling through the sample's text, so every column is realistically filled."""
    sample = sample_release().segments
    segments = [
        Segment(Role.BODY if i else Role.HEADLINE,
                {lang: imported_cell(f"{sample[i % len(sample)].text(lang)} ({i})") for lang in ("zh", "en", "ru")})
        for i in range(n)
    ]
    return Release("Generated", "2023-07-20", segments)


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.pressdesk"
        release = generated_release(500)
        create = timed(lambda: ProjectStore.create(path, release).close(), repeat=3)
        store = ProjectStore.open(path)
        load = timed(store.load)
        store.close()
        for args in (["show", str(path)], ["show", str(path), "--json"]):
            wall = timed(lambda a=args: subprocess.run([sys.executable, "-m", "desktop_app", *a], cwd=REPO,
                                                        capture_output=True, check=True))
            print(f"pressdesk {' '.join(args[:1] + args[2:])} (500 segments), process wall time: {wall * 1000:.0f} ms")
        print(f"create 500-segment project: {create * 1000:.0f} ms; load: {load * 1000:.1f} ms")


if __name__ == "__main__":
    main()
