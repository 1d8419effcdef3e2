"""Time spell-checking: loading the en_US and ru_RU Hunspell dictionaries (time, RSS added, and the longest pause
another Python thread such as the GUI's sees meanwhile), checking the sample release twice, and one paragraph as
the editor checks it while the user types.

Each dictionary is loaded in a fresh interpreter (`--load LANG`), so its RSS is not mixed with the other's; the
figure includes importing the Hunspell binding, which happens on the first load.

Run: .venv/bin/python benchmarks/bench_spelling.py
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from desktop_app.services.glossary_service import GlossaryService
from desktop_app.services.importing import sample_release
from desktop_app.services.spelling import DICTIONARIES, SpellChecker, dictionary_dirs, spelling_findings


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc; NaN elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return float("nan")
    line = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def load_once(lang: str, data: Path) -> dict[str, float]:
    """Load one dictionary (through the first check of a word) on a thread while this thread counts its longest
    wait for a 1 ms sleep: how long a GUI thread would be held up."""
    checker = SpellChecker(dictionary_dirs(data))
    before = rss_mb()
    done = threading.Event()
    elapsed = 0.0

    def load() -> None:
        nonlocal elapsed
        started = time.perf_counter()
        checker.check("word" if lang == "en" else "слово", lang)
        elapsed = time.perf_counter() - started
        done.set()

    worker = threading.Thread(target=load)
    last = time.perf_counter()
    longest = 0.0
    worker.start()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    return {"seconds": elapsed, "rss_mb": rss_mb() - before, "stall": longest}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", choices=sorted(DICTIONARIES), help="only load this dictionary, print JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        if args.load:
            print(json.dumps(load_once(args.load, data)))
            return 0
        checker = SpellChecker(dictionary_dirs(data))
        missing = [lang for lang in DICTIONARIES if not checker.available(lang)]
        if missing:
            print(f"no dictionary for {', '.join(missing)} (Debian: hunspell-en-us, hunspell-ru)", file=sys.stderr)
            return 2
        for lang in DICTIONARIES:
            run = subprocess.run([sys.executable, __file__, "--load", lang], capture_output=True, text=True,
                                 check=True)
            result = json.loads(run.stdout)
            print(f"load {lang} dictionary ({checker.dictionary_path(lang)}): {result['seconds']:.2f} s, "
                  f"+{result['rss_mb']:.0f} MB RSS, another thread held up to {ms(result['stall'])}")
        for lang in DICTIONARIES:
            checker.check("word", lang)  # loaded before the timings below
        release = sample_release()
        snapshot = GlossaryService.for_data_dir(data).snapshot()
        for label in ("sample release, first pass", "sample release, second pass"):
            started = time.perf_counter()
            found = [f for i in range(len(release.segments))
                     for f in spelling_findings(release, i, snapshot.matcher, checker)]
            elapsed = time.perf_counter() - started
            words = sum(len(s.text(lang).split()) for s in release.segments for lang in DICTIONARIES)
            print(f"{label}: {ms(elapsed)} for {words} words, {len(found)} findings")
        paragraph = release.segments[2].text("ru")
        times = []
        for n in range(20):  # a new word each time, as when the user types
            text = f"{paragraph} новоеслово{'абвгдежзийклмнопрсту'[n]}"
            started = time.perf_counter()
            checker.check(text, "ru")
            times.append(time.perf_counter() - started)
        print(f"Russian paragraph ({len(paragraph.split())} words) with one new word: median "
              f"{ms(statistics.median(times))}, max {ms(max(times))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
