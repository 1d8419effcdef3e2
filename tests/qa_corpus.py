"""The real-release corpus (tests/corpus/*.json): loading it, running QA over it and scoring the findings.

Each corpus file is a release in the project's JSON shape (title, date, segments) plus where each version comes
from and two hand-judged lists. `inconsistencies` are the real differences between the versions that QA should
report: segment; lang, or a list of langs when any of them may carry the finding; kind; what; `mentions`, words
of which the finding's message must quote one, so that a finding about something else in the same cell does not
count; and optionally `message_contains`, text the message must hold. `must_not_flag` are the spans QA must leave
alone: segment, lang, span, why. Shared by tests/test_qa_corpus.py and benchmarks/bench_qa_corpus.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.qa.findings import Finding, Kind
from desktop_app.domain.release import Release
from desktop_app.formats.release_json import release_from_json_data
from desktop_app.services.glossary_service import GlossarySnapshot
from desktop_app.services.qa import run_qa

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
_QUOTED = re.compile(r"“([^”]+)”")


@dataclass(frozen=True, slots=True)
class Judged:
    """A real inconsistency between the versions: QA should report it on one of `langs` of `segment`."""

    release_id: str
    segment: int
    langs: tuple[str, ...]
    kind: Kind
    what: str
    mentions: tuple[str, ...]
    message_contains: str = ""

    @property
    def label(self) -> str:
        return f"{self.release_id}#{self.segment}/{'|'.join(self.langs)}/{self.kind.value}"

    def matched_by(self, finding: Finding) -> bool:
        if finding.segment_index != self.segment or finding.lang not in self.langs or finding.kind is not self.kind:
            return False
        message = finding.message.casefold()
        return self.message_contains.casefold() in message and any(m.casefold() in message for m in self.mentions)


@dataclass(frozen=True, slots=True)
class Protected:
    """A span that is right as it stands (a second reference, a relative date, a dateline…): no finding may hit it."""

    release_id: str
    segment: int
    lang: str
    span: str
    start: int
    why: str

    @property
    def label(self) -> str:
        return f"{self.release_id}#{self.segment}/{self.lang}/{self.span}"

    def hit_by(self, finding: Finding) -> bool:
        """The finding is on this cell and points into the span: by its offsets, or by quoting text of the span."""
        if finding.segment_index != self.segment or finding.lang != self.lang:
            return False
        if finding.span is not None:
            start, end = finding.span
            if start < self.start + len(self.span) and self.start < end:
                return True
        quoted = _QUOTED.findall(finding.message)
        return self.span in finding.message or any(q in self.span for q in quoted)


@dataclass(frozen=True, slots=True)
class CorpusRelease:
    id: str
    path: Path
    data: dict[str, object]
    release: Release
    langs: tuple[str, ...]
    judged: tuple[Judged, ...]
    protected: tuple[Protected, ...]


def load_release(path: Path) -> CorpusRelease:
    data = json.loads(path.read_text(encoding="utf-8"))
    release = release_from_json_data(data, engine=path.name)
    rid = str(data["id"])
    judged = tuple(
        Judged(rid, int(j["segment"]), tuple(j["lang"]) if isinstance(j["lang"], list) else (j["lang"],),
               Kind(j["kind"]), j["what"], tuple(j["mentions"]), j.get("message_contains", ""))
        for j in data["inconsistencies"])
    protected = []
    for p in data["must_not_flag"]:
        text = release.segments[p["segment"]].text(p["lang"])
        protected.append(Protected(rid, int(p["segment"]), p["lang"], p["span"], text.find(p["span"]), p["why"]))
    return CorpusRelease(rid, path, data, release, tuple(data["langs"]), judged, tuple(protected))


def load_corpus(directory: Path = CORPUS_DIR) -> list[CorpusRelease]:
    return [load_release(path) for path in sorted(directory.glob("*.json"))]


def corpus_findings(item: CorpusRelease, glossary: GlossarySnapshot) -> list[Finding]:
    """QA over the release in its own languages. Cells a source has no paragraph for are left empty in the corpus;
    findings on them ("no English text") say nothing about the checks and are not counted."""
    report = run_qa(item.release, glossary=glossary, langs=item.langs)
    return [f for f in report.findings if item.release.segments[f.segment_index].text(f.lang).strip()]


@dataclass(slots=True)
class Score:
    """Findings against the judged lists, overall or for one kind."""

    findings: int = 0
    true_findings: int = 0
    judged: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.judged if self.judged else 1.0


@dataclass(slots=True)
class Outcome:
    """What QA did on the corpus: the scores and the cases a QA engineer looks at."""

    overall: Score
    by_kind: dict[Kind, Score]
    false_positives: list[tuple[CorpusRelease, Finding]]
    missed: list[Judged]
    protected_hits: list[tuple[Protected, Finding]]


def score(results: Iterable[tuple[CorpusRelease, Sequence[Finding]]]) -> Outcome:
    overall = Score()
    by_kind: dict[Kind, Score] = {}
    outcome = Outcome(overall, by_kind, [], [], [])
    for item, findings in results:
        for finding in findings:
            kind_score = by_kind.setdefault(finding.kind, Score())
            true = any(j.matched_by(finding) for j in item.judged)
            for s in (overall, kind_score):
                s.findings += 1
                s.true_findings += true
            if not true:
                outcome.false_positives.append((item, finding))
            outcome.protected_hits += [(p, finding) for p in item.protected if p.hit_by(finding)]
        for judged in item.judged:
            kind_score = by_kind.setdefault(judged.kind, Score())
            found = any(judged.matched_by(f) for f in findings)
            for s in (overall, kind_score):
                s.judged += 1
                s.found += found
            if not found:
                outcome.missed.append(judged)
    return outcome
