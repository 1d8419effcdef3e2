"""Time translation-memory lookups (exact, fuzzy, no match) at 1k/10k/100k units, and TMX import.

Sentences are generated from the words and characters of the bundled sample release, so their length and
character mix are those of real press releases; each size gets its own fresh memory file.
Run: .venv/bin/python benchmarks/bench_tm.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from desktop_app.formats.errors import FormatError
from desktop_app.formats.tmx import iter_tmx, normalise_lang
from desktop_app.services.importing import sample_release
from desktop_app.services.memory import TranslationMemory
from desktop_app.storage.tm_store import TmStore

QUERIES = 200
REAL_TMX = Path(__file__).resolve().parent.parent.parent / "shared" / "realdata" / "tmx"


class SentenceMaker:
    """Random sentences whose words (Chinese: characters) follow their frequencies in real text.

    The text is the bundled sample release plus the real OmegaT/Heartsome memories in ../shared when present,
    so common words are common and names are rare, as in a real memory.
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        texts: dict[str, list[str]] = {lang: [s.text(lang) for s in sample_release().segments]
                                       for lang in ("zh", "en", "ru")}
        for path in sorted(REAL_TMX.glob("*.tmx")) if REAL_TMX.is_dir() else []:
            try:
                for unit in iter_tmx(path):
                    for variant in unit.variants:
                        lang = normalise_lang(variant.lang)
                        if lang:
                            texts[lang].append(variant.text)
            except FormatError:
                continue
        self.words = {lang: [w for t in texts[lang] for w in t.split()] for lang in ("en", "ru")}
        self.chars = [c for t in texts["zh"] for c in t if "\u4e00" <= c <= "\u9fff"]
        self.vocabulary = {"en": len(set(self.words["en"])), "ru": len(set(self.words["ru"])),
                           "zh": len(set(self.chars))}

    def sentence(self, lang: str) -> str:
        if lang == "zh":
            return "".join(self.rng.choices(self.chars, k=self.rng.randint(15, 60)))
        return " ".join(self.rng.choices(self.words[lang], k=self.rng.randint(8, 30)))

    def edit(self, text: str, lang: str) -> str:
        """The same sentence with about a tenth of its words (or characters) replaced."""
        if lang == "zh":
            chars = list(text)
            for _ in range(max(1, len(chars) // 10)):
                chars[self.rng.randrange(len(chars))] = self.rng.choice(self.chars)
            return "".join(chars)
        words = text.split()
        for _ in range(max(1, len(words) // 10)):
            words[self.rng.randrange(len(words))] = self.rng.choice(self.words[lang])
        return " ".join(words)


def timings(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """Median and 95th-percentile milliseconds of fn over the texts."""
    times = []
    for text in texts:
        start = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def bench_lookups(size: int, tmp: Path) -> None:
    maker = SentenceMaker(size)
    units = []
    sources: dict[str, list[str]] = {"en": [], "zh": []}
    for _ in range(size // 2):
        en, ru, zh = maker.sentence("en"), maker.sentence("ru"), maker.sentence("zh")
        units += [("en", "ru", en, ru), ("zh", "en", zh, en)]
        sources["en"].append(en)
        sources["zh"].append(zh)
    folder = tmp / f"tm-{size}"
    folder.mkdir()
    start = time.perf_counter()
    with TmStore.open(folder / "memory.sqlite") as store:
        store.insert_units(units, "bench")
    fill = time.perf_counter() - start
    size_mb = (folder / "memory.sqlite").stat().st_size / 2**20
    print(f"\n{size} units (en→ru and zh→en): filled in {fill:.1f} s, {size_mb:.1f} MB on disk")
    with TranslationMemory.open(folder) as memory:
        for src, tgt in (("en", "ru"), ("zh", "en")):
            picked = maker.rng.sample(sources[src], min(QUERIES, len(sources[src])))
            edited = [maker.edit(t, src) for t in picked]
            fresh = [maker.sentence(src) for _ in picked]
            found = sum(bool(memory.lookup(t, src, tgt)) and memory.lookup(t, src, tgt)[0].score < 100
                        for t in edited[:50])
            rows = [
                ("exact", lambda t, s=src, g=tgt: memory.lookup(t, s, g), picked),
                ("exact only (fuzzy=False)", lambda t, s=src, g=tgt: memory.lookup(t, s, g, fuzzy=False), picked),
                ("fuzzy (~10% edited)", lambda t, s=src, g=tgt: memory.lookup(t, s, g), edited),
                ("no match (new sentence)", lambda t, s=src, g=tgt: memory.lookup(t, s, g), fresh),
            ]
            for name, fn, texts in rows:
                median, p95 = timings(fn, texts)
                print(f"  {src}→{tgt} {name:26s} median {median:6.2f} ms   p95 {p95:6.2f} ms")
            print(f"  {src}→{tgt} edited sentences that found a fuzzy match: {found}/50")


def bench_import(tmp: Path) -> None:
    maker = SentenceMaker(7)
    n = 10_000
    body = "".join(
        f'<tu><tuv xml:lang="zh-CN"><seg>{escape(maker.sentence("zh"))}</seg></tuv>'
        f'<tuv xml:lang="en-US"><seg>{escape(maker.sentence("en"))} <ph x="1">&lt;b/&gt;</ph></seg></tuv>'
        f'<tuv xml:lang="ru-RU"><seg>{escape(maker.sentence("ru"))}</seg></tuv></tu>\n'
        for _ in range(n)
    )
    path = tmp / "generated.tmx"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
                    f'creationtool="bench"/><body>\n{body}</body></tmx>\n', encoding="utf-8")
    print()
    with TranslationMemory.open(tmp / "import") as memory:
        start = time.perf_counter()
        report = memory.import_tmx(path)
        elapsed = time.perf_counter() - start
    print(f"TMX import, {n} zh/en/ru units ({path.stat().st_size / 2**20:.1f} MB): {elapsed:.2f} s "
          f"({report.added} pairs, {report.added / elapsed:.0f} pairs/s)")
    for name in ("heartsome_ImportTMXTest_en-US_zh-CN.tmx", "loginom_omegat_project_save_ru-en.tmx",
                 "pingfangx_omegat_project_save_en-zh-CN.tmx"):
        real = REAL_TMX / name
        if not real.is_file():
            continue
        with TranslationMemory.open(tmp / f"real-{name}") as memory:
            start = time.perf_counter()
            report = memory.import_tmx(real)
            elapsed = time.perf_counter() - start
        print(f"TMX import, real {name} ({report.units} units): {elapsed * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated unit counts")
    args = parser.parse_args()
    vocabulary = SentenceMaker(0).vocabulary
    print("generated text drawn from", ", ".join(f"{n} distinct {k} words" for k, n in vocabulary.items()))
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            bench_lookups(size, Path(tmp))
        bench_import(Path(tmp))


if __name__ == "__main__":
    main()
