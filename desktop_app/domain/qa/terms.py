"""Glossary checks across a segment's languages: terms present everywhere, no forbidden forms, titles held on the day.

The matcher resolves overlaps to the longest span, so an entry nested in a longer one (中共 inside a title) may be
recognised in one language and hidden inside the longer hit in another: such an entry counts as present.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, Tenure, TermEntry, TermHit, in_period
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity

LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}
FUZZY_MIN_SCORE = 85  # a near miss ("Qian Hongsan") that a fix may replace with the approved form
TITLE_GAP = 4  # at most this many characters (besides spaces) between a title and the name it belongs to
_BLOCKING = ".;!?。；！？"
NAMES_AND_TITLES = ("person", "title")


def _forms(entry: TermEntry, lang: str) -> list[str]:
    return [form.casefold() for form, kind in entry.surface_forms(lang) if kind in (HitKind.APPROVED, HitKind.VARIANT)]


def _present(entry: TermEntry, hits: Sequence[TermHit], lang: str, found_in: str, context: GlossaryContext) -> bool:
    """Whether `entry` (recognised in `found_in`) is among `hits` of `lang`, or nested in one of them."""
    if any(h.entry is entry or any(e is entry for e in h.also) for h in hits):
        return True
    return any(context.nested(entry, h.entry, lang) or context.nested(entry, h.entry, found_in) for h in hits)


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


def _misspelt_around_short_form(entry: TermEntry, hits: Sequence[TermHit], text: str, lang: str) -> bool:
    """Whether `entry` is here only as a short form inside a misspelt full form ("Qian" of "Qian Hongsan")."""
    short = [h for h in hits if h.entry is entry or any(e is entry for e in h.also)]
    if not short or any(h.kind is not HitKind.SHORT for h in short):
        return False
    edit = _near_miss(text, entry.form(lang))
    return edit is not None and any(edit.start <= h.start and h.end <= edit.end for h in short)


def _near_miss(text: str, form: str) -> Edit | None:
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


def term_issues(hits_by_lang: Mapping[str, Sequence[TermHit]], texts: Mapping[str, str], lang: str,
                release_date: str, context: GlossaryContext) -> list[CellIssue]:
    """Problems of cell `lang`: missing glossary entries found in siblings, forbidden forms, out-of-date forms.

    `hits_by_lang` holds the non-empty versions only. An entry that the other versions name and this one lacks
    is reported here; one that only this version names, in `_named_only_here`.
    """
    issues: list[CellIssue] = []
    own = hits_by_lang.get(lang, ())
    for hit in own:
        approved = hit.entry.form(lang)
        if hit.kind is HitKind.FORBIDDEN:
            new = replacement(hit, approved) if approved else None
            fix = Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),)) if new else None
            better = f": use “{approved}”" if approved else ""
            issues.append(CellIssue(Kind.FORBIDDEN, Severity.ERROR, f"“{hit.text}” is not to be used{better}",
                                    f"{hit.entry.id}:{hit.form or hit.text}", fix, (hit.start, hit.end)))
        elif release_date and not in_period(release_date, hit.entry.valid_from, hit.entry.valid_to):
            issues.append(CellIssue(Kind.TERM, Severity.WARNING,
                                    f"“{hit.text}” is not current on {release_date} (glossary: "
                                    f"{hit.entry.valid_from or '…'} to {hit.entry.valid_to or '…'})",
                                    f"dated:{hit.entry.id}", None, (hit.start, hit.end)))
    seen: set[int] = set()
    siblings = [o for o in hits_by_lang if o != lang]
    for other in siblings:
        for hit in hits_by_lang[other]:
            entry = hit.entry
            if hit.kind is HitKind.SHORT:
                continue  # a second reference ("Mironov", "the conference") is matched, never demanded
            if id(entry) in seen or (_present(entry, own, lang, other, context)
                                     and not _misspelt_around_short_form(entry, own, texts.get(lang, ""), lang)):
                continue
            seen.add(id(entry))
            holders = [o for o in siblings if _present(entry, hits_by_lang[o], o, other, context)]
            if len(holders) < len(siblings):
                continue  # only one version names it: that version gets the finding (below), if any
            approved = entry.form(lang)
            if not approved:
                continue
            edit = _near_miss(texts.get(lang, ""), approved)
            fix = Fix(f"Replace “{edit.old}” with “{approved}”", (edit,)) if edit else None
            issues.append(CellIssue(
                Kind.TERM, Severity.ERROR,
                f"“{hit.text}” ({other}) has no counterpart here: expected “{approved}” or an accepted variant",
                f"missing:{entry.id}:{entry.label()}", fix, (edit.start, edit.end) if edit else None))
    if len(siblings) >= 2:
        issues.extend(_named_only_here(own, hits_by_lang, lang, siblings, context))
    return issues


def _named_only_here(own: Sequence[TermHit], hits_by_lang: Mapping[str, Sequence[TermHit]], lang: str,
                     siblings: Sequence[str], context: GlossaryContext) -> list[CellIssue]:
    """A person or title that this version names and neither sibling does.

    Reported here, once, rather than in both siblings: when a title is wrong in one version, the other two
    (which agree) stay clean. Bodies and events are left alone: two translations saying "the roundtable"
    for the conference's full name is a choice, not an omission.
    """
    issues = []
    for hit in own:
        entry = hit.entry
        if hit.kind is HitKind.SHORT or entry.category not in NAMES_AND_TITLES or any(
                _present(entry, hits_by_lang[o], o, lang, context) for o in siblings):
            continue
        names = " or ".join(LANG_NAMES[o] for o in siblings)
        issues.append(CellIssue(Kind.TERM, Severity.ERROR,
                                f"“{hit.text}” appears only here: the {names} text names no counterpart",
                                f"only:{entry.id}:{entry.label()}", None, (hit.start, hit.end)))
    return issues


def title_issues(text: str, hits: Sequence[TermHit], lang: str, release_date: str, tenures: Sequence[Tenure],
                 entries_by_id: Mapping[int, TermEntry]) -> list[CellIssue]:
    """Titles given to a person who, per the glossary's tenures, did not hold them on the release date."""
    if not release_date or not tenures:
        return []
    issues: list[CellIssue] = []
    for i, hit in enumerate(hits):
        if hit.entry.category != "title" or hit.also:
            continue  # a short title several entries share (省长) does not say which post it is
        person = _holder(text, hits, i, lang)
        if person is None or person.also:
            continue  # no holder, or a surname several persons share ("Wang")
        pid, tid = person.entry.id, hit.entry.id
        own = [t for t in tenures if t.person_id == pid]
        if not own or any(t.title_id == tid and t.covers(release_date) for t in own):
            continue
        current = [entries_by_id[t.title_id] for t in own if t.covers(release_date) and t.title_id in entries_by_id]
        held = [t for t in own if t.title_id == tid]
        holders = [entries_by_id[t.person_id] for t in tenures
                   if t.title_id == tid and t.person_id != pid and t.covers(release_date) and t.person_id in
                   entries_by_id]
        if not held and not holders:
            continue  # the glossary does not say enough to tell
        name = person.entry.form(lang) or person.text
        if held:
            period = ", ".join(f"{t.valid_from or '…'} to {t.valid_to or '…'}" for t in held)
            message = f"{name} held “{hit.text}” {period}, not on {release_date}"
        else:
            message = f"on {release_date} “{hit.text}” was held by " + ", ".join(p.label() for p in holders)
        fix = None
        if len(current) == 1 and current[0].form(lang):
            message += f"; current title: “{current[0].form(lang)}”"
            new = replacement(hit, current[0].form(lang))
            if new:
                fix = Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),))
        issues.append(CellIssue(Kind.TITLE, Severity.ERROR if held else Severity.WARNING, message,
                                f"{pid}:{tid}", fix, (hit.start, hit.end)))
    return issues


def _holder(text: str, hits: Sequence[TermHit], i: int, lang: str) -> TermHit | None:
    """The person a title hit belongs to: the adjacent person hit closest to it, not across a sentence or a ";".

    On a tie the language's word order decides: "Liu Xin, Vice Chairman…" in English, 副主任刘忻 / заместитель
    председателя … Лю Синь in Chinese and Russian.
    """
    best: tuple[int, int, TermHit] | None = None
    for j in (i - 1, i + 1):
        if 0 <= j < len(hits) and hits[j].entry.category == "person":
            first, second = (hits[j], hits[i]) if j < i else (hits[i], hits[j])
            between = text[first.end:second.start]
            if any(c in _BLOCKING for c in between):
                continue
            gap = len([c for c in between if not c.isspace()])
            preferred = (j < i) == (lang == "en")
            rank = (gap, 0 if preferred else 1)
            if gap <= TITLE_GAP and (best is None or rank < best[:2]):
                best = (*rank, hits[j])
    return best[2] if best else None


class GlossaryContext:
    """A matcher and tenures bundled for the checks, with entries by id for tenure look-ups."""

    def __init__(self, matcher: GlossaryMatcher | None, tenures: Sequence[Tenure] = ()) -> None:
        self.matcher = matcher
        self.tenures = tuple(tenures)
        self.entries_by_id = {e.id: e for e in matcher.entries} if matcher is not None else {}
        self._nested: dict[tuple[int, int, str], bool] = {}

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
