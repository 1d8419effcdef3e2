"""Glossary scale: matcher load and match time at 1k/10k/100k entries against a naive per-entry loop, a glossary
of 20k bodies named with a country's names, SQLite load of 100k entries, import time of the real 3.2 MB Microsoft
TBX, and what the shipped seed costs (creating and seeding a new glossary, reopening it, matching the sample release).

Run: .venv/bin/python benchmarks/bench_glossary.py [typing matching bodies store tbx seed edits] [--sizes 100000]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.domain.glossary.normalize import (
    english_key,
    normalize_chinese,
    russian_lemmas,
    tokenize,
)
from desktop_app.storage.glossary_store import GlossaryStore

REPO = Path(__file__).resolve().parent.parent
MS_TBX = REPO.parent / "shared" / "realdata" / "tbx" / "microsoft_termcollection_en-US_ug-CN_3MB.tbx"
SIZES = (1_000, 10_000, 100_000)
PARAGRAPH_CHARS = 2_000
RUNS = 30
SEP = "\x1f"  # joins token keys in the naive loop's haystack
rng = random.Random(20231)


def russian_vocabulary(n: int) -> list[str]:
    """Real Russian word forms from the pymorphy3 dictionary (nouns and adjectives, so phrases look like terms)."""
    from desktop_app.domain.morphology import russian_analyzer

    words: list[str] = []
    seen: set[str] = set()
    for word, tag, *_ in russian_analyzer().dictionary.iter_known_words():
        if len(word) > 3 and word not in seen and ("NOUN" in tag or "ADJF" in tag) and "-" not in word:
            seen.add(word)
            words.append(word)
            if len(words) >= n:
                break
    rng.shuffle(words)
    return words


def english_vocabulary(n: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    return list({"".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(n * 2)})[:n]


# Characters that are already Simplified (a few Traditional ones fold to characters beyond the BMP).
HAN = [c for c in map(chr, range(0x4E00, 0x4E00 + 4000)) if normalize_chinese(c)[0] == c][:3000]


def make_entries(n: int, en_words: list[str], ru_words: list[str]) -> list[TermEntry]:
    entries = []
    for i in range(n):
        en = " ".join(rng.choice(en_words) for _ in range(rng.randint(1, 4)))
        ru = " ".join(rng.choice(ru_words) for _ in range(rng.randint(1, 3)))
        zh = "".join(rng.choice(HAN) for _ in range(rng.randint(2, 8)))
        entries.append(TermEntry(i + 1, "term", {"zh": zh, "en": en, "ru": ru}, {}, {}))
    return entries


def paragraph(lang: str, entries: list[TermEntry], en_words: list[str], ru_words: list[str]) -> str:
    """About 2,000 characters of running text with a glossary form every few words."""
    parts: list[str] = []
    size = 0
    while size < PARAGRAPH_CHARS:
        if rng.random() < 0.15:
            piece = rng.choice(entries).forms[lang]
        elif lang == "zh":
            piece = "".join(rng.choice(HAN) for _ in range(rng.randint(1, 4)))
        else:
            piece = rng.choice(en_words if lang == "en" else ru_words)
        parts.append(piece)
        size += len(piece) + (lang != "zh")
    return ("" if lang == "zh" else " ").join(parts)[:PARAGRAPH_CHARS]


def naive_find(text: str, lang: str, patterns: list[str]) -> int:
    """The per-entry loop: normalise the text once, then look for every entry's key separately."""
    if lang == "zh":
        haystack = normalize_chinese(text)[0]
    else:
        keys = [english_key(t) if lang == "en" else russian_lemmas(t)[0] for _, _, t in tokenize(text)]
        haystack = SEP + SEP.join(keys) + SEP
    found = 0
    for pattern in patterns:
        start = haystack.find(pattern)
        while start != -1:
            found += 1
            start = haystack.find(pattern, start + 1)
    return found


def naive_patterns(entries: list[TermEntry], lang: str) -> list[str]:
    if lang == "zh":
        return [normalize_chinese(e.forms["zh"])[0] for e in entries]
    key = english_key if lang == "en" else (lambda t: russian_lemmas(t)[0])
    return [SEP + SEP.join(key(t) for _, _, t in tokenize(e.forms[lang])) + SEP for e in entries]


def timed_ms(fn, runs: int = RUNS) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(median, best) of `runs` calls in ms; on a busy shared machine the best is the steadier figure."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def bench_matching() -> None:
    en_words = english_vocabulary(30_000)
    ru_words = russian_vocabulary(30_000)
    print(f"{'entries':>8} {'lang':>4} {'build s':>8} {'match ms median/best':>21} {'naive ms median/best':>21} "
          f"{'hits':>5}")
    for n in SIZES:
        entries = make_entries(n, en_words, ru_words)
        for lang in ("zh", "en", "ru"):
            text = paragraph(lang, entries, en_words, ru_words)
            matcher = GlossaryMatcher(entries)
            started = time.perf_counter()
            matcher.prepare(lang)
            build = time.perf_counter() - started
            matcher.find(text, lang)  # warm the per-word caches (pymorphy parses), as typing does

            def run(m: GlossaryMatcher = matcher, t: str = text, lg: str = lang) -> None:
                m.clear_cache()
                m.find(t, lg)

            match = timed_ms(run)
            patterns = naive_patterns(entries, lang)
            naive = timed_ms(lambda t=text, lg=lang, p=patterns: naive_find(t, lg, p), runs=5 if n > 10_000 else 10)
            print(f"{n:>8} {lang:>4} {build:>8.2f} {match[0]:>10.2f} /{match[1]:>8.2f}  {naive[0]:>10.1f} /"
                  f"{naive[1]:>8.1f}  {len(matcher.find(text, lang)):>5}")
            sys.stdout.flush()


BODIES = 20_000


def bench_bodies() -> None:
    """A glossary of many bodies whose names hold a country's name (the seed's Russian Federation, with its other
    names): what spelling each form through the names it holds costs to build, and matching a paragraph of them."""
    from desktop_app.formats.glossary_csv import read_glossary_csv

    seed = read_glossary_csv(REPO / "resources" / "glossary-seed.csv").entries
    subjects = [("Trade", "торговли", "贸易"), ("Industry", "промышленности", "工业"), ("Energy", "энергетики", "能源"),
                ("Culture", "культуры", "文化"), ("Transport", "транспорта", "交通"), ("Science", "науки", "科学"),
                ("Health", "здравоохранения", "卫生"), ("Sport", "спорта", "体育"), ("Tourism", "туризма", "旅游")]
    entries = list(seed)
    for i in range(BODIES):
        (en_a, ru_a, zh_a), (en_b, ru_b, zh_b) = rng.sample(subjects, 2)
        entries.append(TermEntry(len(seed) + i + 1, "organization", {
            "en": f"Department {i} of {en_a} and {en_b} of the Russian Federation",
            "ru": f"Департамент {i} {ru_a} и {ru_b} Российской Федерации",
            "zh": f"俄罗斯联邦{zh_a}和{zh_b}第{i}司"}))
    named = entries[len(seed):len(seed) + 40]
    texts = {"en": " ".join(f"the {e.forms['en'].replace('of the Russian Federation', 'of Russia')} said"
                            for e in named),
             "ru": " ".join(f"сообщил {e.forms['ru'].replace('Российской Федерации', 'РФ')}." for e in named),
             "zh": "".join(f"{e.forms['zh'].replace('俄罗斯联邦', '俄联邦')}表示。" for e in named)}
    print(f"{len(entries)} entries ({BODIES} bodies named with the country's names):")
    for lang in ("zh", "en", "ru"):
        matcher = GlossaryMatcher(entries)
        started = time.perf_counter()
        matcher.prepare(lang)
        build = time.perf_counter() - started
        matcher.find(texts[lang], lang)

        def run(m: GlossaryMatcher = matcher, lg: str = lang) -> None:
            m.clear_cache()
            m.find(texts[lg], lg)

        median, best = timed_ms(run)
        found = sum(hit.entry.id > len(seed) for hit in matcher.find(texts[lang], lang))
        print(f"  {lang}: build {build:.2f} s; a paragraph of {len(texts[lang])} chars naming 40 of them with the "
              f"country's short name ({found} found): {median:.2f} ms median, best {best:.2f}")
        sys.stdout.flush()


def bench_store() -> None:
    en_words = english_vocabulary(30_000)
    ru_words = russian_vocabulary(30_000)
    entries = make_entries(100_000, en_words, ru_words)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PRESSDESK_CACHE_DIR"] = str(Path(tmp) / "cache")  # the saved automata go with the run
        with GlossaryStore.open(Path(tmp) / "g.sqlite", seed=False) as store:
            started = time.perf_counter()
            store.apply_import(entries, [], "bench")
            print(f"store 100k entries (one transaction, FTS index): {time.perf_counter() - started:.1f} s")
        for label in ("first start, automata built and saved", "restart, saved automata loaded"):
            started = time.perf_counter()
            with GlossaryStore.open(Path(tmp) / "g.sqlite") as store:
                opened = time.perf_counter() - started
                matcher = store.matcher()
                rows = time.perf_counter() - started - opened
                builds = []
                for lang in ("zh", "en", "ru"):
                    lang_started = time.perf_counter()
                    matcher.prepare(lang)
                    builds.append(f"{lang} {time.perf_counter() - lang_started:.2f} s")
                total = time.perf_counter() - started
                print(f"{label}: open {opened:.2f} s, read {len(matcher)} rows {rows:.2f} s, automata "
                      f"{', '.join(builds)}; total {total:.2f} s")
            sys.stdout.flush()
        with GlossaryStore.open(Path(tmp) / "g.sqlite") as store:
            started = time.perf_counter()
            loaded = store.entries()
            print(f"all 100k entries as objects: {time.perf_counter() - started:.2f} s ({len(loaded)})")
            query = entries[500].forms["en"][:6]
            print(f"search '{query}' in 100k: {timed_ms(lambda: store.search(query), runs=5)[0]:.1f} ms (median)")


def bench_edits() -> None:
    """Memory across edits of a 100k-entry glossary: each edit is a new revision whose automata are built and saved
    (the window does this after every change), so a copy kept per save shows here as growth per edit."""
    from desktop_app.process_memory import return_freed_memory

    def rss_mb() -> float:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024

    entries = make_entries(100_000, english_vocabulary(30_000), russian_vocabulary(30_000))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PRESSDESK_CACHE_DIR"] = str(Path(tmp) / "cache")
        with GlossaryStore.open(Path(tmp) / "g.sqlite", seed=False) as store:
            store.apply_import(entries, [], "bench")
            sizes = []
            for edit in range(4):
                if edit:
                    entry = store.entries()[edit]
                    store.update(replace(entry, forms={**entry.forms, "en": f"{entry.forms['en']} Office {edit}"}))
                store.matcher().prepare("zh", "en", "ru")
                gc.collect()
                return_freed_memory()
                sizes.append(rss_mb())
    growth = [round(b - a) for a, b in itertools.pairwise(sizes)]
    print(f"100k entries: RSS {sizes[0]:.0f} MB with the automata built; growth per edit (MB): {growth}")


def bench_typing() -> None:
    """What highlighting costs per keystroke: the seed glossary on the sample release's longest paragraphs, each
    keystroke a new text (cache miss), and a repaint of every cell (cache hits)."""
    from desktop_app.services.importing import sample_release

    with tempfile.TemporaryDirectory() as tmp, GlossaryStore.open(Path(tmp) / "g.sqlite") as store:
        matcher = store.matcher()
        matcher.prepare("zh", "en", "ru")
        release = sample_release()
        cells = [(s.cells[lang].text, lang) for s in release.segments for lang in ("zh", "en", "ru")]
        for text, lang in cells:
            matcher.find(text, lang)
        for lang in ("zh", "en", "ru"):
            base = max((t for t, lg in cells if lg == lang), key=len)
            keystrokes = itertools.count()
            miss = timed_ms(lambda b=base, lg=lang, n=keystrokes: matcher.find(f"{b} {next(n)}", lg), runs=50)
            print(f"typing in the longest {lang} paragraph ({len(base)} chars): {miss[0]:.2f} ms a keystroke "
                  f"(median; best {miss[1]:.2f})")
        repaint = timed_ms(lambda: [matcher.find(t, lg) for t, lg in cells], runs=50)
        print(f"repainting all {len(cells)} cells (cached): {repaint[0]:.2f} ms")


def bench_seed() -> None:
    """The shipped seed glossary: first start (create, seed, build the three automata), restart (automata loaded
    from the saved cache), and matching every cell of the sample release without the result cache."""
    from desktop_app.services.importing import sample_release

    cells = [(s.cells[lang].text, lang) for s in sample_release().segments for lang in ("zh", "en", "ru")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.sqlite"
        for label in ("first start (create, seed, build automata)", "restart (saved automata)"):
            started = time.perf_counter()
            with GlossaryStore.open(path) as store:
                opened = time.perf_counter() - started
                matcher = store.matcher()
                matcher.prepare("zh", "en", "ru")
                total = time.perf_counter() - started
                count = store.count()
            print(f"seed of {count} entries, {label}: open {opened:.2f} s, total {total:.2f} s")
        with GlossaryStore.open(path) as store:
            matcher = store.matcher()
            matcher.prepare("zh", "en", "ru")
            hits = sum(len(matcher.find(t, lg)) for t, lg in cells)

            def run() -> None:
                matcher.clear_cache()
                for text, lang in cells:
                    matcher.find(text, lang)

            median, best = timed_ms(run)
    print(f"matching all {len(cells)} sample cells ({hits} hits), no result cache: {median:.2f} ms median, "
          f"best {best:.2f}")


def bench_tbx_import() -> None:
    if not MS_TBX.is_file():
        print(f"skip TBX import: {MS_TBX} not found")
        return
    from desktop_app.services.glossary import apply_import, plan_import

    with tempfile.TemporaryDirectory() as tmp, GlossaryStore.open(Path(tmp) / "g.sqlite") as store:
        started = time.perf_counter()
        plan = plan_import(store, MS_TBX)
        planned = time.perf_counter() - started
        report = apply_import(store, plan)
        total = time.perf_counter() - started
        print(f"import {MS_TBX.name}: read+plan {planned:.2f} s, total {total:.2f} s "
              f"({report.added} added, {len(report.skipped)} skipped)")


def calibrate() -> None:
    """This machine's pure-Python speed, so the numbers can be compared across machines (a 2023 laptop: ~0.4 s)."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    print(f"calibration: 10M-iteration Python loop {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    PARTS = {"typing": bench_typing, "matching": bench_matching, "bodies": bench_bodies, "store": bench_store,
             "tbx": bench_tbx_import, "seed": bench_seed,
             "edits": bench_edits}
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("parts", nargs="*", help=f"what to run: {', '.join(PARTS)} (default: all)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="glossary sizes for matching")
    args = parser.parse_args()
    if set(args.parts) - set(PARTS):
        parser.error(f"unknown part; choose from {', '.join(PARTS)}")
    SIZES = tuple(args.sizes)
    calibrate()
    for part in args.parts or PARTS:
        PARTS[part]()
