"""Glossary forms in one cell: forbidden and out-of-date forms, near misses, Russian case-keeping replacements.

The matcher resolves overlaps to the longest span, so an entry nested in a longer one (中共 inside a title) may be
recognised in one language and hidden inside the longer hit in another: `GlossaryContext.nested` tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, Tenure, TermEntry, TermHit, in_period
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity

FUZZY_MIN_SCORE = 85  # a near miss ("Qian Hongsan") that a fix may replace with the approved form


def _forms(entry: TermEntry, lang: str) -> list[str]:
    return [form.casefold() for form, kind in entry.surface_forms(lang) if kind in (HitKind.APPROVED, HitKind.VARIANT)]


def replacement(hit: TermHit, form: str) -> str | None:
    """`form` in the grammatical case of the text it replaces: Russian hits are often inflected.

    The case is the one in which the matched glossary form reads exactly as the text does («президентом Си
    Цзиньпином» is `ablt` of «президент Си Цзиньпин»); when no case fits, there is no safe replacement.
    """
    if hit.lang != "ru" or not hit.form or hit.text.casefold() == hit.form.casefold():
        return form
    from desktop_app.domain.glossary.russian import CASES, inflect_phrase

    for case in CASES:
        if inflect_phrase(hit.form, case).casefold() == hit.text.casefold():
            return inflect_phrase(form, case)
    return None


def near_miss(text: str, form: str) -> Edit | None:
    """A misspelt approved form in `text` (score ≥ FUZZY_MIN_SCORE) as an edit that restores it, if any."""
    if len(form) < 4 or not text:
        return None
    result = fuzz.partial_ratio_alignment(form, text, score_cutoff=FUZZY_MIN_SCORE)
    if result is None:
        return None
    start, end = result.dest_start, result.dest_end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if form[0].isalpha() and form.isascii():  # whole words only: never replace half of a word
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
    found = text[start:end]
    if found == form or abs(len(found) - len(form)) > max(2, len(form) // 5):
        return None
    return Edit(start, end, found, form)


def term_issues(hits: Sequence[TermHit], lang: str, release_date: str) -> list[CellIssue]:
    """Forbidden and out-of-date forms in one cell (whether the other versions name the same is `entities`)."""
    issues: list[CellIssue] = []
    for hit in hits:
        approved = hit.entry.form(lang)
        if hit.kind is HitKind.FORBIDDEN:
            new = replacement(hit, approved) if approved else None
            fix = Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),)) if new else None
            message_id = "term-forbidden" if approved else "term-forbidden-no-form"
            issues.append(CellIssue(Kind.FORBIDDEN, Severity.ERROR, message_id,
                                    {"text": hit.text, "approved": approved},
                                    f"{hit.entry.id}:{hit.form or hit.text}", fix, (hit.start, hit.end)))
        elif release_date and not in_period(release_date, hit.entry.valid_from, hit.entry.valid_to):
            issues.append(CellIssue(Kind.TERM, Severity.WARNING, "term-dated",
                                    {"text": hit.text, "date": release_date, "valid_from": hit.entry.valid_from or "…",
                                     "valid_to": hit.entry.valid_to or "…"},
                                    f"dated:{hit.entry.id}", None, (hit.start, hit.end)))
    return issues


class GlossaryContext:
    """A matcher and tenures bundled for the checks, with entries by id for tenure look-ups."""

    def __init__(self, matcher: GlossaryMatcher | None, tenures: Sequence[Tenure] = ()) -> None:
        self.matcher = matcher
        self.tenures = tuple(tenures)
        self.entries_by_id = {e.id: e for e in matcher.entries} if matcher is not None else {}
        self._nested: dict[tuple[int, int, str], bool] = {}
        self._title_forms: dict[str, dict[str, TermEntry]] = {}
        self.views: dict[tuple[str, str, str], object] = {}  # entities.CellView by (text, lang, date)

    def title_forms(self, lang: str) -> dict[str, TermEntry]:
        """Title entries by each of their non-forbidden forms in `lang`, for posts composed from a chain."""
        forms = self._title_forms.get(lang)
        if forms is None:
            forms = {}
            if self.matcher is not None:
                for entry in self.matcher.entries:
                    if entry.category == "title":
                        for form in _forms(entry, lang):
                            forms.setdefault(form, entry)
            self._title_forms[lang] = forms
        return forms

    def nested(self, inner: TermEntry, outer: TermEntry, lang: str) -> bool:
        """Whether a form of `outer` contains a form of `inner` in `lang` (中共 in 中共中央对外联络部副部长).

        Cached by object identity, which is safe because the context keeps its matcher's entries alive.
        """
        key = (id(inner), id(outer), lang)
        found = self._nested.get(key)
        if found is None:
            found = self._nested[key] = any(i in o for i in _forms(inner, lang) for o in _forms(outer, lang))
        return found

    def hits(self, text: str, lang: str) -> list[TermHit]:
        if self.matcher is None or not text.strip():
            return []
        return self.matcher.find(text, lang)
