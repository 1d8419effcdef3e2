"""Time DOCX export of a generated release in every layout (default 500 segments; median of several runs).

The release repeats the sample release's segments (real zh/en/ru text, every role) until it has the size asked
for, so paragraph lengths and scripts are those of real press releases. Each run writes a real file in a
temporary folder; the time includes opening the template, building the document and the atomic save.
Run: .venv/bin/python benchmarks/bench_export.py [--segments 500] [--runs 5] [--template FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from desktop_app.domain.release import Release, Segment
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings

LAYOUTS = [
    ("single zh", "zh", "single", None, "zh.docx"),
    ("single en", "en", "single", None, "en.docx"),
    ("single ru", "ru", "single", None, "ru.docx"),
    ("all (folder)", "all", "single", None, "all"),
    ("all (zip)", "all", "single", None, "all.zip"),
    ("table", None, "table", None, "table.docx"),
    ("review zh-en", None, "review", "zh-en", "review.docx"),
]


def generated_release(size: int) -> Release:
    """`size` segments: the sample's rows again and again (headline only once, at the top)."""
    sample = sample_release()
    rows = sample.segments[1:]
    segments = [Segment(sample.segments[0].role, dict(sample.segments[0].cells))]
    while len(segments) < size:
        src = rows[(len(segments) - 1) % len(rows)]
        segments.append(Segment(src.role, dict(src.cells)))
    return Release(sample.title, sample.date, segments)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--template", help="a house template to export with (default: the built-in one)")
    args = parser.parse_args()
    release = generated_release(args.segments)
    settings = Settings(author="Benchmark", end_mark="native")
    print(f"DOCX export of a {args.segments}-segment release, median of {args.runs} runs "
          f"({os.cpu_count()} CPUs, template: {args.template or 'built-in'})")
    print(f"{'layout':<14} {'median s':>9} {'min s':>7} {'size KiB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, lang, layout, pair, target in LAYOUTS:
            out = Path(tmp) / target
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                result = export_release(release, out, lang, layout, pair, args.template, settings)
                times.append(time.perf_counter() - start)
            size = sum(p.stat().st_size for p in result.paths) / 1024
            print(f"{name:<14} {statistics.median(times):>9.3f} {min(times):>7.3f} {size:>9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
