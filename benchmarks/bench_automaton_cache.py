"""Pruning the per-user cache of built glossary automata: how long `automaton_cache.prune` takes over N glossary
folders (three saved files each, real headers) when it has nothing to remove (every start once the cache is
tidy), when half the glossaries are gone, and when the cache is twice its size budget (least recently used first).

The folders are written afresh for every run and their times set back beyond the grace period; only `prune`
is timed. The files were just written, so their headers are in the OS's file cache: a cold disk adds its seek
per folder.

    .venv/bin/python benchmarks/bench_automaton_cache.py [--folders 500] [--runs 5] [--kb 16]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from desktop_app import LANGS
from desktop_app.storage.automaton_cache import AutomatonCache, PruneReport, automata_root, prune

AGE_S = 2 * 24 * 3600  # beyond the grace period, within the age limit


def fill(root: Path, glossaries: Path, folders: int, kb: int) -> list[Path]:
    """`folders` glossaries (empty files) with their saved automata; the newest last. Returns the glossaries."""
    paths = []
    payload = os.urandom(kb * 1024)
    for i in range(folders):
        glossary = glossaries / f"g{i}.sqlite"
        glossary.write_bytes(b"")
        cache = AutomatonCache(root, glossary, "state")
        for lang in LANGS:
            cache.save(lang, payload)
        when = time.time() - AGE_S + i
        for item in [*cache.folder.iterdir(), cache.folder]:
            os.utime(item, (when, when))
        paths.append(glossary)
    return paths


def timed(folders: int, kb: int, case: str) -> tuple[float, PruneReport]:
    with tempfile.TemporaryDirectory() as tmp:
        root, glossaries = Path(tmp) / "cache", Path(tmp) / "glossaries"
        glossaries.mkdir()
        paths = fill(root, glossaries, folders, kb)
        max_bytes = 1 << 40
        if case == "half gone":
            for path in paths[::2]:
                path.unlink()
        elif case == "over budget":
            max_bytes = sum(f.stat().st_size for f in automata_root(root).rglob("*.automaton")) // 2
        start = time.perf_counter()
        report = prune(root, max_bytes=max_bytes)
        return (time.perf_counter() - start) * 1000, report


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--folders", type=int, default=500, help="glossary folders in the cache (default 500)")
    parser.add_argument("--runs", type=int, default=5, help="runs per case; the median is shown (default 5)")
    parser.add_argument("--kb", type=int, default=16, help="size of each saved automaton in KB (default 16)")
    args = parser.parse_args()
    for case in ("nothing to remove", "half gone", "over budget"):
        results = [timed(args.folders, args.kb, case) for _ in range(args.runs)]
        times = [ms for ms, _ in results]
        report = results[0][1]
        print(f"{case:>18}: {args.folders} folders, median {statistics.median(times):6.1f} ms "
              f"(min {min(times):.1f}, max {max(times):.1f}); removed {report.removed}, kept {report.kept}")


if __name__ == "__main__":
    main()
