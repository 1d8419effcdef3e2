"""Run every check over a release, or over one row while the user types, and place the results in the release."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from desktop_app import LANGS
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa.checks import (
    length_issues,
    missing_issues,
    number_issues,
    stale_issues,
    untranslated_issues,
)
from desktop_app.domain.qa.dates import ReleaseDates
from desktop_app.domain.qa.entities import SKIPPED_ROLES, ReleaseEntities
from desktop_app.domain.qa.findings import CellIssue, Finding, Kind
from desktop_app.domain.qa.invisible import invisible_issues
from desktop_app.domain.qa.mixed_script import mixed_script_issues
from desktop_app.domain.qa.punctuation import punctuation_issues
from desktop_app.domain.qa.terms import GlossaryContext, term_issues
from desktop_app.domain.release import Release

log = logging.getLogger(__name__)
KIND_ORDER = {kind: i for i, kind in enumerate(Kind)}


def _context(matcher: GlossaryMatcher | None, tenures: tuple[Tenure, ...]) -> GlossaryContext:
    """One context per glossary revision (it remembers what it worked out per cell), living as long as its matcher."""
    if matcher is None:
        return GlossaryContext(None, tenures)
    return matcher.derived("qa-context", tenures, lambda: GlossaryContext(matcher, tenures))


class ReleaseCheck:
    """What the checks read across the whole release (entity mentions, the dateline), built once per run."""

    def __init__(self, release: Release, matcher: GlossaryMatcher | None, tenures: Iterable[Tenure]) -> None:
        self.release = release
        self.context = _context(matcher, tuple(tenures))
        self.entities = ReleaseEntities(release, self.context)
        self.dates = ReleaseDates(release)

    def text_before(self, index: int, lang: str) -> str:
        """What version `lang` says in the rows above row `index`."""
        return " ".join(s.cells[lang].text for s in self.release.segments[:index])

    def segment(self, index: int, langs: Sequence[str] | None = None) -> list[Finding]:
        release = self.release
        segment = release.segments[index]
        wanted = tuple(langs or LANGS)
        filled = [lang for lang in LANGS if not segment.cells[lang].is_empty]
        found = {lang: self.dates.quantity_set(index, lang) for lang in filled}
        headline = segment.role in SKIPPED_ROLES
        findings: list[Finding] = []
        for lang in wanted:
            issues: list[CellIssue] = [*missing_issues(segment, lang, LANGS), *stale_issues(segment, lang)]
            if lang in filled:
                text = segment.cells[lang].text
                view = self.entities.view(index, lang)
                issues += untranslated_issues(segment, lang, LANGS)
                numbers = number_issues(segment, lang, found, LANGS, self.dates.ordinals, self.dates.days)
                if headline and not _contradiction(numbers):
                    numbers = []  # headlines are written independently: a number left out is a choice
                issues += numbers
                issues += self.dates.weekday_issues(index, lang)
                if not any(i.message_id == "date-differs" for i in numbers):
                    issues += self.dates.relative_issues(index, lang, LANGS)
                issues += term_issues(view.hits, lang, release.date)
                issues += self.entities.title_problems(index, lang)
                issues += self.entities.issues(index, lang, LANGS)
                style = _name_stops_left_out(punctuation_issues(text, lang), view.problems)
                if headline:  # a space separates the two halves of a Chinese headline
                    style = tuple(i for i in style if i.message_id != "cjk-space")
                issues += style
                if not headline:
                    issues += length_issues(segment, lang, LANGS, lambda o: self.text_before(index, o))
                issues += invisible_issues(text)
                issues += mixed_script_issues(text, lang)
            findings.extend(
                Finding(index, segment.id, lang, i.kind, i.severity, i.message, i.fix, i.detail, i.span,
                        i.message_id, i.args) for i in issues
            )
        findings.sort(key=lambda f: (LANGS.index(f.lang), KIND_ORDER[f.kind]))
        return findings


def _name_stops_left_out(style: Sequence[CellIssue], problems: Sequence[CellIssue]) -> tuple[CellIssue, ...]:
    """The punctuation issues without the half-width full stops that part a listed name's halves: those are the
    interpunct typed wrong ("name-interpunct" proposes “·”), not a sentence end to turn into “。”."""
    stops = {e.start for p in problems if p.message_id == "name-interpunct" and p.fix for e in p.fix.edits}
    if not stops:
        return tuple(style)
    kept: list[CellIssue] = []
    for issue in style:
        if issue.message_id == "half-width-punctuation" and issue.fix is not None:
            edits = tuple(e for e in issue.fix.edits if e.start not in stops)
            if not edits:
                continue
            first = (edits[0].start, edits[0].end)
            issue = replace(issue, fix=replace(issue.fix, edits=edits), span=first)
        kept.append(issue)
    return tuple(kept)


def _contradiction(numbers: list[CellIssue]) -> bool:
    """A version that lacks the others' number and has one of its own instead (第十届 against "11th")."""
    ids = {i.message_id for i in numbers}
    return bool(ids & {"number-missing", "date-missing"}) and "number-extra" in ids


def check_segment(release: Release, index: int, matcher: GlossaryMatcher | None = None,
                  tenures: Iterable[Tenure] = (), langs: Sequence[str] | None = None) -> list[Finding]:
    """Findings of row `index` in the languages `langs` (default all), comparing it with its other languages.

    Siblings outside `langs` still serve as the reference, so `--lang ru` reports the Russian problems only. The
    rest of the release is read too: a name given in full earlier makes a later surname or pronoun a reference.
    """
    return ReleaseCheck(release, matcher, tenures).segment(index, langs)


def check_release(release: Release, matcher: GlossaryMatcher | None = None, tenures: Iterable[Tenure] = (),
                  langs: Sequence[str] | None = None) -> list[Finding]:
    """Findings of every row, in row order."""
    run = ReleaseCheck(release, matcher, tenures)
    findings: list[Finding] = []
    for index in range(len(release.segments)):
        findings.extend(run.segment(index, langs))
    log.debug("QA: %d findings in %d segments", len(findings), len(release.segments))
    return findings
