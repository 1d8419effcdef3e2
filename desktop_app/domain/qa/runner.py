"""Run every check over a release, or over one row while the user types, and place the results in the release."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence

from desktop_app import LANGS
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa.checks import (
    length_issues,
    missing_issues,
    number_issues,
    quantity_set,
    stale_issues,
    untranslated_issues,
)
from desktop_app.domain.qa.findings import CellIssue, Finding, Kind
from desktop_app.domain.qa.punctuation import punctuation_issues
from desktop_app.domain.qa.terms import GlossaryContext, term_issues, title_issues
from desktop_app.domain.release import Release

log = logging.getLogger(__name__)
KIND_ORDER = {kind: i for i, kind in enumerate(Kind)}


@functools.lru_cache(maxsize=1)  # the current glossary's: an older matcher is not kept alive by the checks
def _context(matcher: GlossaryMatcher | None, tenures: tuple[Tenure, ...]) -> GlossaryContext:
    return GlossaryContext(matcher, tenures)


def check_segment(release: Release, index: int, matcher: GlossaryMatcher | None = None,
                  tenures: Iterable[Tenure] = (), langs: Sequence[str] | None = None) -> list[Finding]:
    """Findings of row `index` in the languages `langs` (default all), comparing it with its other languages.

    Siblings outside `langs` still serve as the reference, so `--lang ru` reports the Russian problems only.
    """
    segment = release.segments[index]
    wanted = tuple(langs or LANGS)
    context = _context(matcher, tuple(tenures))
    texts = {lang: segment.cells[lang].text for lang in LANGS}
    filled = [lang for lang in LANGS if not segment.cells[lang].is_empty]
    found = {lang: quantity_set(texts[lang], lang) for lang in filled}
    hits = {lang: context.hits(texts[lang], lang) for lang in filled}
    findings: list[Finding] = []
    for lang in wanted:
        issues: list[CellIssue] = [*missing_issues(segment, lang, LANGS), *stale_issues(segment, lang)]
        if lang in filled:
            issues += untranslated_issues(segment, lang, LANGS)
            issues += number_issues(segment, lang, found, LANGS)
            issues += term_issues(hits, texts, lang, release.date, context)
            issues += title_issues(texts[lang], hits[lang], lang, release.date, context.tenures,
                                   context.entries_by_id)
            issues += punctuation_issues(texts[lang], lang)
            issues += length_issues(segment, lang, LANGS)
        findings.extend(
            Finding(index, segment.id, lang, i.kind, i.severity, i.message, i.fix, i.detail, i.span) for i in issues
        )
    findings.sort(key=lambda f: (LANGS.index(f.lang), KIND_ORDER[f.kind]))
    return findings


def check_release(release: Release, matcher: GlossaryMatcher | None = None, tenures: Iterable[Tenure] = (),
                  langs: Sequence[str] | None = None) -> list[Finding]:
    """Findings of every row, in row order."""
    tenures = tuple(tenures)
    findings: list[Finding] = []
    for index in range(len(release.segments)):
        findings.extend(check_segment(release, index, matcher, tenures, langs))
    log.debug("QA: %d findings in %d segments", len(findings), len(release.segments))
    return findings
