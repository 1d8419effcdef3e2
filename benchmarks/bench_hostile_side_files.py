"""Hostile side files, timed through the real `pressdesk show`: a sparse journal of zeros and one starting with a
journal header planted beside a project, and a project with nothing beside it, for comparison.

    .venv/bin/python benchmarks/bench_hostile_side_files.py [--journal-gb 4]

Each case runs in its own child process (Linux); its peak RSS is read from its own /proc/self/status.

Measured with `--journal-gb 4` on a shared 2-core machine (seconds / peak MB / exit), before -> after the fix:
nothing beside it 1.6 / 28 / 0 -> 1.6 / 28 / 0; zeros 47.3 / 28 / 0 (copied whole to the temporary folder) ->
1.1 / 28 / 0; with a header 41.6 / 28 / 0 (copied, then opened) -> 1.2 / 27 / 2 (refused unread).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench_hostile_sizes import run

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal-gb", type=float, default=4)
    args = parser.parse_args()
    size = int(args.journal_gb * 1024**3)
    with tempfile.TemporaryDirectory() as folder:
        for case, header in (("nothing beside it", None), ("sparse journal of zeros", b""),
                             ("sparse journal with a header", JOURNAL_MAGIC)):
            project = Path(folder) / f"{case.replace(' ', '-')}.pressdesk"
            ProjectStore.create(project, sample_release()).close()
            if header is not None:
                with open(f"{project}-journal", "wb") as fh:
                    fh.write(header)
                    fh.truncate(size)
            seconds, peak_kb, code, line = run("show", str(project))
            print(f"{case:30} {args.journal_gb:g} GB  exit {code}  {seconds:6.2f} s  peak {peak_kb / 1024:5.0f} MB  "
                  f"{line}")


if __name__ == "__main__":
    main()
