"""Recall and precision of glossary recognition on real news it was not tuned on: the user's own entries and the
hand-judged sentences of tests/corpus/term_recall (see its README), per language and per entry category, with
every miss and false hit listed, and the time to match the whole corpus.

Run: PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_term_recall.py [--quiet]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from term_recall_corpus import BATCHES, SEED, corpus_matcher, score, seed_judged, sentences, user_entries

from desktop_app.formats.glossary_csv import read_glossary_csv

RUNS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="numbers only, no list of misses and false hits")
    args = parser.parse_args()
    started = time.perf_counter()
    matcher = corpus_matcher()
    matcher.prepare("zh", "en", "ru")
    built = time.perf_counter() - started
    rows = sentences()
    print(f"corpus: {len(user_entries())} user entries, {len(rows)} sentences, "
          f"{sum(len(s['spans']) for s in rows)} judged mentions; seed + user glossary of {len(matcher)} entries")
    categories = {entry.forms["en"]: entry.category for entry in user_entries()}
    categories.update({entry.forms["en"]: entry.category for entry in read_glossary_csv(SEED).entries
                       if entry.forms.get("en") in seed_judged()})
    for name, batches in (("batch 1 (the matching was fixed on it)", (1,)),
                          ("batch 2 (collected after those fixes)", (2,)),
                          ("batch 3 (collected after batch 2's fixes; seed entries judged too)", (3,)),
                          ("batch 4 (collected after batch 3's fixes)", (4,)),
                          ("batch 5 (collected after batch 4's fixes; agencies, companies)", (5,)),
                          ("batch 6 (collected after batch 5's fixes; short names, titles beside names)", (6,)),
                          ("batch 7 (collected after batch 6's fixes; newswire wording, regions, initiatives)", (7,)),
                          ("batch 8 (collected after batch 7's fixes; cases, plurals, split posts, variants)", (8,)),
                          ("batch 9 (collected after batch 8's fixes; fresh entries of new kinds)", (9,)),
                          ("batch 10 (collected after batch 9's fixes; commissions, ministries, abbreviations)", (10,)),
                          ("batch 11 (collected after batch 10's fixes; border governors, a rail bridge, gas plants)",
                           (11,)),
                          ("batch 12 (collected after batch 11's fixes; forums by edition, an envoy, a club)", (12,)),
                          ("batch 13 (collected after batch 12's fixes; central bank heads, an envoy's post, a "
                           "theatre, a museum)", (13,)),
                          ("batch 14 (collected after batch 13's fixes; a union state, a senate committee, a bank, an "
                           "airline, an island, a party secretary, a CPPCC committee, a ministry)", (14,)),
                          ("batch 15 (collected after batch 14's fixes; a fund, a railway, consulates general, a "
                           "university, a bank, a free port, a river, a trade mission, governors)", (15,)),
                          ("batch 9 on the entries it was collected with (its bar)", (9,)),
                          ("batch 10 on the entries it was collected with (its bar)", (10,)),
                          ("batch 11 on the entries it was collected with (its bar)", (11,)),
                          ("batch 12 on the entries it was collected with (its bar)", (12,)),
                          ("batch 13 on the entries it was collected with (its bar)", (13,)),
                          ("batch 14 on the entries it was collected with (its bar)", (14,)),
                          ("batch 15 on the entries it was collected with (its bar)", (15,)),
                          ("batches 1-8", tuple(b for b in BATCHES if b < 9)),
                          ("all", BATCHES)):
        scores = score(matcher, batches=batches, as_collected=name.endswith("(its bar)"))
        missed_by: Counter[str] = Counter()
        print(f"{name}\n  {'lang':<5} {'recall':>17} {'precision':>17}")
        found = missed = false = 0
        for lang in ("ru", "en", "zh"):
            s = scores[lang]
            total, hits = s.found + len(s.missed), s.found + len(s.false)
            print(f"  {lang:<5} {s.found:>4}/{total:<4} = {s.recall:.3f} {s.found:>4}/{hits:<4} = {s.precision:.3f}")
            found, missed, false = found + s.found, missed + len(s.missed), false + len(s.false)
            missed_by.update(categories[m.entry] for m, _ in s.missed)
        print(f"  {'all':<5} {found:>4}/{found + missed:<4} = {found / (found + missed):.3f} "
              f"{found:>4}/{found + false:<4} = {found / (found + false):.3f}")
        if missed_by:
            print("  misses by category: " + ", ".join(f"{c} {n}" for c, n in sorted(missed_by.items())))
    if not args.quiet:
        for lang in ("ru", "en", "zh"):
            for mention, text in scores[lang].missed:
                print(f"  miss  {lang} {text[mention.start:mention.end]!r} → {mention.entry}")
            for mention, text in scores[lang].false:
                print(f"  false {lang} {text[mention.start:mention.end]!r} → {mention.entry}")
    times = []
    for _ in range(RUNS):
        matcher.clear_cache()
        started = time.perf_counter()
        for sentence in rows:
            matcher.find(sentence["text"], sentence["lang"])
        times.append(time.perf_counter() - started)
    print(f"build the three automata: {built:.2f} s; match all {len(rows)} sentences: "
          f"{statistics.median(times) * 1000:.2f} ms median of {RUNS}, best {min(times) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
