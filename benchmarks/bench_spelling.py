"""Time spell-checking: loading the en_US and ru_RU Hunspell dictionaries, checking the sample release cold and
warm (every word cached), and one paragraph as the editor checks it while the user types.

Run: .venv/bin/python benchmarks/bench_spelling.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.services.glossary_service import GlossaryService
from desktop_app.services.importing import sample_release
from desktop_app.services.spelling import (
    DICTIONARIES,
    SpellChecker,
    dictionary_dirs,
    load_dictionary,
    spelling_findings,
)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        checker = SpellChecker(dictionary_dirs(data))
        missing = [lang for lang in DICTIONARIES if not checker.available(lang)]
        if missing:
            print(f"no dictionary for {', '.join(missing)} (Debian: hunspell-en-us, hunspell-ru)", file=sys.stderr)
            return 2
        for lang in DICTIONARIES:
            started = time.perf_counter()
            load_dictionary(str(checker.dictionary_path(lang)))
            print(f"load {lang} dictionary: {time.perf_counter() - started:.2f} s")
        release = sample_release()
        snapshot = GlossaryService.for_data_dir(data).snapshot()
        for label in ("sample release, cold (every word looked up)", "sample release, warm (every word cached)"):
            started = time.perf_counter()
            found = [f for i in range(len(release.segments))
                     for f in spelling_findings(release, i, snapshot.matcher, checker)]
            print(f"{label}: {ms(time.perf_counter() - started)}, {len(found)} findings")
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
