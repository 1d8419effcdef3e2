"""The Russian analyser with its DAWG tables copied into memory (pymorphy3 as shipped) against mapped from their
files (`domain.morphology.russian_analyzer`): load time, RSS after loading, parse time for the Russian words of
the seed glossary and tests/corpus, and RSS after parsing them. Each path runs in a fresh interpreter; figures
are medians of `--runs` interleaved runs. RSS counts the mapped pages a lookup has read (they are file pages,
shared with other processes and dropped by the system under pressure, but still resident).

Run: .venv/bin/python benchmarks/bench_morphology.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def words() -> list[str]:
    texts = [(REPO / "resources" / "glossary-seed.csv").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests" / "corpus").glob("*.json"))]
    return [w.lower() for text in texts for w in re.findall(r"[А-Яа-яЁё]+", text)]


def child(path: str) -> dict[str, float]:
    import pymorphy3
    import pymorphy3_dicts_ru

    from desktop_app.domain.morphology import russian_analyzer
    from desktop_app.process_memory import return_freed_memory

    vocabulary = words()
    base = rss_mb()
    started = time.perf_counter()
    if path == "mapped":
        analyzer = russian_analyzer()
    else:
        analyzer = pymorphy3.MorphAnalyzer(pymorphy3_dicts_ru.get_path(), lang="ru")
    loaded = time.perf_counter() - started
    return_freed_memory()
    after_load = rss_mb() - base
    started = time.perf_counter()
    for word in vocabulary:
        analyzer.parse(word)
    parsed = time.perf_counter() - started
    return {"load_s": loaded, "load_mb": after_load, "parse_s": parsed, "parse_mb": rss_mb() - base,
            "words": len(vocabulary)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=("copied", "mapped"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    results: dict[str, list[dict[str, float]]] = {"copied": [], "mapped": []}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(args.runs):
        for path in results:
            out = subprocess.run([sys.executable, __file__, "--child", path], capture_output=True, text=True,
                                 check=True, env=env)
            results[path].append(json.loads(out.stdout))
    count = int(results["copied"][0]["words"])
    print(f"{count:,} Russian words (seed glossary and tests/corpus), medians of {args.runs} interleaved runs")
    for path, runs in results.items():
        med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"{path:7s} load {med['load_s']:.3f} s, +{med['load_mb']:.1f} MB; parse {med['parse_s']:.3f} s "
              f"({med['parse_s'] / count * 1e6:.0f} µs a word), +{med['parse_mb']:.1f} MB after parsing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
