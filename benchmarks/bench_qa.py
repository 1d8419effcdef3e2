"""Time QA: the sample release, a generated 500-segment release, and re-checking one row as the user types.

Also runs the checks over 240 professionally translated en/zh/ru paragraphs (XQuAD, in ../shared/realdata when
present) and prints what they report, as a measure of false alarms on real translations, and times the
mixed-alphabet check on its own (its cost inside a whole check is below the noise of the other timings).
Run: .venv/bin/python benchmarks/bench_qa.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from desktop_app.domain.qa import check_release, check_segment
from desktop_app.domain.qa.mixed_script import mixed_script_issues
from desktop_app.domain.qa.numbers import quantities
from desktop_app.domain.release import Release, Role, Segment, edited_cell, imported_cell
from desktop_app.services.importing import sample_release
from desktop_app.storage.glossary_store import GlossaryStore

REPO = Path(__file__).resolve().parent.parent
XQUAD = REPO.parent / "shared" / "realdata" / "parallel" / "xquad_contexts_en-zh-ru.jsonl"
LANGS = ("zh", "en", "ru")


def generated_release(n: int) -> Release:
    """n segments cycling through the sample's text, each made unique so no cache helps."""
    sample = sample_release().segments
    segments = [
        Segment(Role.BODY if i else Role.HEADLINE,
                {lang: imported_cell(f"{sample[i % len(sample)].text(lang)} ({i})") for lang in LANGS})
        for i in range(n)
    ]
    return Release("Generated", "2023-07-20", segments)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def typing_times(release: Release, matcher, tenures) -> list[float]:  # type: ignore[no-untyped-def]
    """Re-check each row after a keystroke in each language: the edited cell is new text, its siblings are not."""
    times = []
    for index, segment in enumerate(release.segments):
        for lang in LANGS:
            original = segment.cells[lang]
            for char in "ab":
                segment.cells[lang] = edited_cell(original, original.text + char)
                start = time.perf_counter()
                check_segment(release, index, matcher, tenures)
                times.append(time.perf_counter() - start)
            segment.cells[lang] = original
    return times


def xquad_release() -> Release | None:
    if not XQUAD.is_file():
        return None
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Release("XQuAD", "", [Segment(Role.BODY, {lang: imported_cell(r[lang]) for lang in LANGS}) for r in rows])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store = GlossaryStore.open(Path(tmp) / "glossary.sqlite")
        matcher, tenures = store.matcher(), store.tenures()
        open_time = time.perf_counter() - start
        sample = sample_release()

        start = time.perf_counter()
        findings = check_release(sample, matcher, tenures)
        cold = time.perf_counter() - start
        warm = statistics.median(_timed(lambda: check_release(sample, matcher, tenures)) for _ in range(5))
        print(f"glossary open + seed: {ms(open_time)}")
        print(f"sample ({len(sample.segments)} segments): first check {ms(cold)} (builds the glossary automata "
              f"and the Russian number-word table), again {ms(warm)}; findings: {len(findings)}")

        times = typing_times(sample, matcher, tenures)
        times.sort()
        median, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
        print(f"re-check one row while typing (sample, {len(times)} keystrokes): median {ms(median)}, "
              f"p95 {ms(p95)}, max {ms(times[-1])}")

        big = generated_release(500)
        quantities.cache_clear()
        start = time.perf_counter()
        big_findings = check_release(big, matcher, tenures)
        big_time = time.perf_counter() - start
        rerun = _timed(lambda: check_release(big, matcher, tenures))
        print(f"generated release (500 segments): {ms(big_time)} (every text new), rerun {ms(rerun)}; "
              f"findings: {len(big_findings)}")
        # Names and dates are read across the whole release: re-checking a row reads the other rows too.
        few = Release(big.title, big.date, big.segments[:: len(big.segments) // 16])
        rows = typing_times(few, matcher, tenures)
        big_rows = []
        for index in range(0, len(big.segments), 50):
            segment = big.segments[index]
            original = segment.cells["en"]
            segment.cells["en"] = edited_cell(original, original.text + "x")
            big_rows.append(_timed(lambda i=index: check_segment(big, i, matcher, tenures)))
            segment.cells["en"] = original
        big_rows.sort()
        print(f"re-check one row while typing (500-segment release, {len(big_rows)} rows): median "
              f"{ms(statistics.median(big_rows))}, max {ms(big_rows[-1])}; (16-segment release: median "
              f"{ms(statistics.median(rows))})")

        real = xquad_release()
        mixed_script_times(big, real)
        if real is not None:
            quantities.cache_clear()
            start = time.perf_counter()
            real_findings = check_release(real, matcher, tenures)
            real_time = time.perf_counter() - start
            by_kind = Counter(f.kind.value for f in real_findings)
            rows = len({f.segment_index for f in real_findings if f.kind.value == "number"})
            print(f"XQuAD ({len(real.segments)} real paragraphs): {ms(real_time)}; findings by kind: "
                  f"{dict(sorted(by_kind.items()))}; paragraphs with a number finding: {rows}")
        store.close()


def mixed_script_times(big: Release, real: Release | None) -> None:
    """The mixed-alphabet check alone: every en and ru cell of the big release and of XQuAD, and a worst case."""
    def over(release: Release) -> tuple[float, int]:
        cells = [(s.text(lang), lang) for s in release.segments for lang in ("en", "ru")]
        seconds = min(_timed(lambda: [mixed_script_issues(text, lang) for text, lang in cells]) for _ in range(5))
        return seconds, len(cells)

    big_time, big_cells = over(big)
    line = f"mixed-alphabet check alone: 500-segment release {ms(big_time)} ({big_cells} cells)"
    if real is not None:
        real_time, real_cells = over(real)
        line += f", XQuAD {ms(real_time)} ({real_cells} cells)"
    slips = " ".join(("Вoлодин" if i % 10 == 0 else "председатель") for i in range(20_000))  # Latin o
    worst = _timed(lambda: mixed_script_issues(slips, "ru"))
    line += f"; a {len(slips):,}-character cell with a slip every 10 words: {ms(worst)}"
    print(line)


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
