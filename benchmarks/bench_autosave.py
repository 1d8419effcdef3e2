"""What one autosave costs on the GUI thread: the unsaved release written into the project's recovery table.

The window autosaves a couple of seconds after the user stops typing (so a crash loses at most those seconds), so
this is paid once per pause; it must stay well under the 50 ms the GUI thread may be busy for a release of
ordinary size.

Run: .venv/bin/python benchmarks/bench_autosave.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_core import generated_release, timed

from desktop_app.storage.project_store import ProjectStore


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (30, 200, 1_000, 5_000):
            path = Path(tmp) / f"r{rows}.pressdesk"
            release = generated_release(rows)
            with ProjectStore.create(path, release) as store:
                release.segments[0].cells["en"] = release.segments[1].cells["en"]
                seconds = timed(lambda store=store, release=release: store.write_recovery(release), repeat=7)
            print(f"{rows:>6,} rows: autosave {seconds * 1000:.1f} ms (median of 7)")


if __name__ == "__main__":
    main()
