"""The term-recall corpus: real sentences from China–Russia news with every mention of a user's own glossary entries
judged by hand (tests/corpus/term_recall/), and the recall and precision of recognition over them.

Shared by tests/test_term_recall.py and benchmarks/bench_term_recall.py. The user's entries are matched together with
the shipped seed glossary, as in the product; hits of the user's entries are scored, and in batch 3 also hits of the
seed entries that batch judges (officials, provinces, forums and posts of the seed named inflected, abbreviated or
reordered in real text). Any other seed entry's hit is neither right nor wrong here, but a longer seed form can still
win a span over a judged entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.formats.glossary_csv import read_glossary_csv

CORPUS = Path(__file__).resolve().parent / "corpus" / "term_recall"
SEED = Path(__file__).resolve().parent.parent / "resources" / "glossary-seed.csv"


@dataclass(frozen=True, slots=True)
class Mention:
    """A judged span: `text[start:end]` names the entry whose approved English form is `entry`."""

    lang: str
    sentence: int
    start: int
    end: int
    entry: str


@dataclass(slots=True)
class Score:
    found: int = 0
    missed: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, its sentence)
    false: list[tuple[Mention, str]] = field(default_factory=list)  # hits that are no judged mention

    @property
    def recall(self) -> float:
        total = self.found + len(self.missed)
        return self.found / total if total else 1.0

    @property
    def precision(self) -> float:
        total = self.found + len(self.false)
        return self.found / total if total else 1.0


def user_entries() -> list[TermEntry]:
    return read_glossary_csv(CORPUS / "glossary.csv").entries


def corpus_matcher() -> GlossaryMatcher:
    """The seed glossary plus the user's entries, in one matcher."""
    return GlossaryMatcher([*read_glossary_csv(SEED).entries, *user_entries()])


def sentences() -> list[dict]:
    return json.loads((CORPUS / "sentences.json").read_text(encoding="utf-8"))


def judged_mentions(number: int, sentence: dict) -> list[Mention]:
    """The sentence's judged spans with their offsets: each listed text is the first occurrence outside the spans
    listed before it, so a name mentioned twice is listed twice."""
    text, found = sentence["text"], []
    for span in sentence["spans"]:
        start = text.find(span["text"])
        # The first occurrence that is not part of an earlier judged span (a place inside a council's name).
        while start >= 0 and any(m.start < start + len(span["text"]) and start < m.end for m in found):
            start = text.find(span["text"], start + 1)
        if start < 0:
            raise ValueError(f"sentence {number}: {span['text']!r} is not in the text")
        found.append(Mention(sentence["lang"], number, start, start + len(span["text"]), span["entry"]))
    return found


BATCHES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
SEED_JUDGED_FROM = 3  # the first batch whose sentences are judged for seed entries too


SEED_JUDGED_TOGETHER = 4  # batches 3 and 4 are judged for each other's seed entries; later ones from their own on
# The user entries glossary.csv held before a batch added its own (in file order): a batch's sentences also name
# entries added later (batch 10's Heilongjiang sentences name batch 11's Goldstein), judged there too.
ENTRIES_BEFORE = {11: 131, 12: 147, 13: 158, 14: 166, 15: 180}


def seed_judged(batch: int | None = None) -> set[str]:
    """The seed entries (approved English) judged from batch 3 on: every one some span of those batches names. With
    `batch`, those judged in that batch's sentences: a seed entry first named in a later batch (Rosatom in batch 5) is
    not judged in the sentences collected before it."""
    ours = {entry.forms["en"] for entry in user_entries()}
    last = max(batch, SEED_JUDGED_TOGETHER) if batch is not None else max(BATCHES)
    return {span["entry"] for sentence in sentences() if SEED_JUDGED_FROM <= sentence["batch"] <= last
            for span in sentence["spans"]} - ours


def entries_of(batch: int) -> set[str]:
    """The user entries (approved English) there were when `batch` was collected: those it and earlier ones added."""
    entries = user_entries()
    later = [count for added, count in ENTRIES_BEFORE.items() if added > batch]
    return {entry.forms["en"] for entry in entries[:min(later, default=len(entries))]}


def score(matcher: GlossaryMatcher, langs: Iterable[str] = ("zh", "en", "ru"),
          batches: Iterable[int] = BATCHES, as_collected: bool = False) -> dict[str, Score]:
    """Exact-span scoring per language: a hit counts when its span and entry are those of a judged mention. Batch 1
    is what the matching was measured and fixed on, batch 2 what was collected after those fixes, batch 3 what was
    collected after batch 2's fixes (with seed entries judged as well). `as_collected`: each batch scored on the
    user entries there were when it was collected, as its own numbers were measured, not on later ones."""
    ours = {entry.forms["en"] for entry in user_entries()}
    own = {batch: entries_of(batch) if as_collected else ours for batch in BATCHES}
    seed = {batch: seed_judged(batch) for batch in BATCHES}
    wanted, chosen = set(langs), set(batches)
    scores = {lang: Score() for lang in wanted}
    for number, sentence in enumerate(sentences()):
        lang = sentence["lang"]
        if lang not in wanted or sentence["batch"] not in chosen:
            continue
        mine = own[sentence["batch"]]
        scored = mine | seed[sentence["batch"]] if sentence["batch"] >= SEED_JUDGED_FROM else mine
        gold = {m for m in judged_mentions(number, sentence) if m.entry in scored}
        hits = {Mention(lang, number, h.start, h.end, h.entry.forms.get("en", ""))
                for h in matcher.find(sentence["text"], lang)}
        hits = {h for h in hits if h.entry in scored}
        scores[lang].found += len(gold & hits)
        scores[lang].missed += [(m, sentence["text"]) for m in sorted(gold - hits, key=lambda m: m.start)]
        scores[lang].false += [(m, sentence["text"]) for m in sorted(hits - gold, key=lambda m: m.start)]
    return scores
