"""Precision and recall of QA on real releases: the hand-judged corpus in tests/corpus, per finding kind.

A finding is true when it lands on a judged inconsistency (same segment, a judged language, same kind); every
other finding is a false alarm. Recall is the share of judged inconsistencies that get a true finding. Also lists
the false alarms, the misses and the must-not-flag spans that were hit, for whoever tunes the checks.
Run: PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_qa_corpus.py [--quiet] [--release ID]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from qa_corpus import CorpusRelease, Outcome, Score, corpus_findings, load_corpus, score

from desktop_app.services.glossary_service import GlossarySnapshot
from desktop_app.storage.glossary_store import GlossaryStore


def _row(name: str, s: Score) -> str:
    return (f"{name:<13} {s.findings:>8} {s.true_findings:>5} {s.precision:>9.2f} "
            f"{s.judged:>7} {s.found:>6} {s.recall:>7.2f}")


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def report(outcome: Outcome, releases: list[CorpusRelease], quiet: bool) -> None:
    judged = sum(len(r.judged) for r in releases)
    protected = sum(len(r.protected) for r in releases)
    print(f"corpus: {len(releases)} releases, {sum(len(r.release.segments) for r in releases)} segments, "
          f"{judged} judged inconsistencies, {protected} must-not-flag spans")
    print(f"{'kind':<13} {'findings':>8} {'true':>5} {'precision':>9} {'judged':>7} {'found':>6} {'recall':>7}")
    for kind, s in sorted(outcome.by_kind.items(), key=lambda item: item[0].value):
        print(_row(kind.value, s))
    print(_row("overall", outcome.overall))
    print(f"must-not-flag spans hit: {len({p.label for p, _ in outcome.protected_hits})} of {protected}")
    if quiet:
        return
    print("\nfalse alarms:")
    for item, f in outcome.false_positives:
        print(f"  {item.id}#{f.segment_index}/{f.lang}/{f.kind.value}/{f.severity.value}: {_short(f.message)}")
    print("\nmissed:")
    for j in outcome.missed:
        print(f"  {j.label}: {_short(j.what)}")
    print("\nmust-not-flag spans hit:")
    for p, f in outcome.protected_hits:
        print(f"  {p.label} <- {f.kind.value}: {_short(f.message)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="the table only, without the lists of cases")
    parser.add_argument("--release", action="append", help="only this release id (repeatable)")
    args = parser.parse_args(argv)
    releases = [r for r in load_corpus() if not args.release or r.id in args.release]
    if not releases:
        print("no corpus release matches", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        store = GlossaryStore.open(Path(tmp) / "glossary.sqlite")
        try:
            glossary = GlossarySnapshot.from_store(store)
            outcome = score((r, corpus_findings(r, glossary)) for r in releases)
        finally:
            store.close()
    report(outcome, releases, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
