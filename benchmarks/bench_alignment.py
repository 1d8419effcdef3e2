"""Pairing a version with a paragraph more than the release has rows (`domain.alignment.align_paragraphs`): the
time it takes for N rows, which sets `MAX_PAIRINGS`, the size above which an import goes by order instead.

    .venv/bin/python benchmarks/bench_alignment.py [--rows 20 60 200 450] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from desktop_app.domain.alignment import align_paragraphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[20, 60, 200, 450])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for n in args.rows:
        rows = [f"Paragraph {i} " + "word " * (5 + i % 40) for i in range(n)]
        paragraphs = [f"Абзац {i} " + "слово " * (5 + i % 40) for i in range(n + 1)]
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            align_paragraphs(rows, paragraphs)
            times.append(time.perf_counter() - start)
        print(f"{n:>5} rows x {n + 1} paragraphs: median {statistics.median(times) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
