"""Time spell-checking: loading the English Hunspell and the Russian morphological dictionaries (time, RSS added,
and the longest pause another Python thread such as the GUI's sees meanwhile), checking the sample release twice,
and one paragraph as the editor checks it while the user types; then how the morphological dictionary compares with
a Hunspell ru_RU (Debian: hunspell-ru) when the system has one.

Each dictionary is loaded in a fresh interpreter (`--load LANG`), so its RSS is not mixed with the other's; the
figure includes importing the Hunspell binding or pymorphy3, which happens on the first load. `--gui` (also in a
fresh interpreter) reports the main window's RSS on the sample release once a full check with its spelling pass
(which loads both dictionaries) is done: run the script on two checkouts to compare.

The comparison reads the Russian text of the sample release and of tests/corpus (real published releases): words
each dictionary flags, and how many of 3 made-up typos per word (a letter swapped, dropped or added) each catches;
then the words each flags in the Russian of the real DOCX files in ../shared/realdata, when it is beside the checkout.

Run: .venv/bin/python benchmarks/bench_spelling.py   (offscreen unless QT_QPA_PLATFORM says otherwise)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services.glossary_service import GlossaryService
from desktop_app.services.importing import sample_release
from desktop_app.services.spelling import (
    DICTIONARIES,
    SYSTEM_DIRS,
    WORDS,
    SpellChecker,
    dictionary_dirs,
    spelling_findings,
)

BIG_ROW = 50_000
REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
REALDATA = REPO.parent / "shared" / "realdata"


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


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


def gui_rss(data: Path) -> float:
    """RSS of the main window on the sample release after a full check with its spelling pass."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.storage.project_store import ProjectStore
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    project = data / "sample.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    context = AppContext.create(data / "data")
    window = MainWindow(context)
    window.show()
    assert window.open_path(project, ask_save=False)
    panel = window.quality_checks.panel
    spelled: list[bool] = []
    panel.spellingChecked.connect(lambda: spelled.append(True))
    panel.check_all()
    while not spelled:
        app.processEvents()
        time.sleep(0.005)
    context.tasks.wait_idle()
    rss = rss_mb()
    window.close()
    context.close()
    return rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", choices=sorted(DICTIONARIES), help="only load this dictionary, print JSON")
    parser.add_argument("--gui", action="store_true", help="only the main window's RSS, print JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        if args.load:
            print(json.dumps(load_once(args.load, data)))
            return 0
        if args.gui:
            print(json.dumps({"rss_mb": gui_rss(data)}))
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
            where = checker.dictionary_path(lang) or "the morphological dictionary"
            print(f"load {lang} dictionary ({where}): {result['seconds']:.2f} s, "
                  f"+{result['rss_mb']:.0f} MB RSS, another thread held up to {ms(result['stall'])}")
        run = subprocess.run([sys.executable, __file__, "--gui"], capture_output=True, text=True, check=True)
        gui = json.loads(run.stdout.splitlines()[-1])
        print(f"main window on the sample release, checked and spell-checked: {gui['rss_mb']:.0f} MB RSS")
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
        russian = " ".join(segment.text("ru") for segment in release.segments)
        row = (russian * (BIG_ROW // len(russian) + 1))[:BIG_ROW]
        from desktop_app.domain.morphology import russian_word_is_known

        words = [match.group() for match in WORDS["ru"].finditer(row)]
        raw = min(timed(lambda: [russian_word_is_known(word) for word in words]) for _ in range(3))
        checker.check(row, "ru")
        again = min(timed(lambda: checker.check(row, "ru")) for _ in range(3))
        print(f"{BIG_ROW:,}-character Russian row ({len(words)} words, the largest QA re-checks on the GUI thread): "
              f"the morphological dictionary alone {ms(raw)}, a re-check {ms(again)}")
        compare_with_hunspell([russian, *corpus_russian()])
    return 0


def realdata_russian() -> list[str]:
    """The text of each real DOCX file (../shared/realdata) with a few hundred Russian letters or more."""
    import docx

    texts = []
    for path in sorted(REALDATA.rglob("*.docx")):
        try:
            text = "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
        except Exception:  # the broken files of the collection: not text to compare on
            continue
        if len(re.findall("[А-Яа-яЁё]", text)) >= 200:
            texts.append(text)
    return texts


def corpus_russian() -> list[str]:
    """Every mostly-Cyrillic string of the corpus releases."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and len(re.findall("[А-Яа-яЁё]", value)) > len(value) * 0.4:
            texts.append(value)

    for path in sorted(CORPUS.glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return texts


def compare_with_hunspell(texts: list[str]) -> None:
    """Flags and typo catches of the morphological dictionary against the system's Hunspell ru_RU."""
    hunspell_ru = SpellChecker([next((d for d in SYSTEM_DIRS if (d / "ru_RU.dic").is_file()), Path("/nonexistent"))])
    if hunspell_ru.dictionary_path("ru") is None:
        print("no system Hunspell ru_RU to compare the Russian check with (Debian: hunspell-ru)")
        return
    morphology = SpellChecker([])
    flagged: dict[str, set[str]] = {"morphology": set(), "hunspell": set()}
    vocabulary: set[str] = set()
    for text in texts:
        for name, checker in (("morphology", morphology), ("hunspell", hunspell_ru)):
            flagged[name].update(m.word for m in checker.check(text, "ru"))
        vocabulary.update(m.group() for m in WORDS["ru"].finditer(text))
    print(f"Russian of the sample and {len(list(CORPUS.glob('*.json')))} corpus releases ({len(vocabulary)} distinct "
          f"words): the morphological dictionary flags {len(flagged['morphology'])}, Hunspell ru_RU "
          f"{len(flagged['hunspell'])}; only Hunspell: {', '.join(sorted(flagged['hunspell'] - flagged['morphology']))}"
          f"; only morphology: {', '.join(sorted(flagged['morphology'] - flagged['hunspell']))}")
    chance = random.Random(1)
    letters = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
    caught = {"morphology": 0, "hunspell": 0}
    typos = 0
    for word in sorted(vocabulary - flagged["morphology"] - flagged["hunspell"]):
        if len(word) < 5:
            continue
        for _ in range(3):
            at = chance.randrange(1, len(word) - 1)
            typo = chance.choice((word[:at] + word[at + 1] + word[at] + word[at + 2:], word[:at] + word[at + 1:],
                                  word[:at] + chance.choice(letters) + word[at:]))
            if typo == word:
                continue
            typos += 1
            for name, checker in (("morphology", morphology), ("hunspell", hunspell_ru)):
                caught[name] += bool(checker.check(typo, "ru"))
    print(f"made-up typos of those words: the morphological dictionary catches {caught['morphology']} of {typos}, "
          f"Hunspell ru_RU {caught['hunspell']}")
    real = realdata_russian()
    if not real:
        return
    found: dict[str, Counter[str]] = {"morphology": Counter(), "hunspell": Counter()}
    for text in real:
        for name, checker in (("morphology", morphology), ("hunspell", hunspell_ru)):
            found[name].update(m.word for m in checker.check(text, "ru"))
    words = sum(len(WORDS["ru"].findall(text)) for text in real)
    print(f"Russian of {len(real)} real DOCX files ({words} words): the morphological dictionary flags "
          f"{sum(found['morphology'].values())} ({len(found['morphology'])} distinct), Hunspell ru_RU "
          f"{sum(found['hunspell'].values())} ({len(found['hunspell'])} distinct); only Hunspell, commonest: "
          f"{', '.join(w for w, _ in (found['hunspell'] - found['morphology']).most_common(8))}; only morphology: "
          f"{', '.join(w for w, _ in (found['morphology'] - found['hunspell']).most_common(8))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
