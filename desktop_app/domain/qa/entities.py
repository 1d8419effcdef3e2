"""Names across a whole release: does every version refer to the people, titles and bodies the others name?

Decided per release, not per paragraph. An entity named in one version's paragraph needs, in each other version's
same paragraph, a reference to it: a glossary form, a derived second reference (surname, "the conference"), or
nothing at all when that version named it earlier (a pronoun or an implicit subject refers back to it).
- named nowhere in a version's release: an omission (warning), at the paragraph where the others first name it;
- named by that version only later: no counterpart in this paragraph (warning);
- a near miss of the approved form (a misspelt name): an error with a fix;
- a different body that shares words with the expected one (Federation Council for Federal Assembly): an error.
Headlines are written independently in each language and are left out. A title that its holder did not hold on
the release date is the title check's finding and asks for no counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity
from desktop_app.domain.qa.references import reference_pattern
from desktop_app.domain.qa.terms import GlossaryContext, near_miss, replacement
from desktop_app.domain.qa.titles import TitleLink, link_titles, title_issues
from desktop_app.domain.release import Release, Role

LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}
SKIPPED_ROLES = frozenset({Role.HEADLINE, Role.SUBHEADLINE})
NO_COUNTERPART_NEEDED = frozenset({"country"})  # "China", 两国, «российская сторона»: countries are everywhere
ONLY_HERE_CATEGORIES = frozenset({"person", "title", "organization", "event"})
BODY_CATEGORIES = frozenset({"organization", "country"})
_STEM = re.compile(r"[A-Za-z]{5,}")


def _is_short(hit: TermHit) -> bool:
    return hit.kind.value == "short"


@dataclass(slots=True)
class CellView:
    """What the glossary finds in one cell: hits (with posts composed from Chinese chains), titles and holders."""

    hits: list[TermHit]
    links: list[TitleLink]
    title_problems: list[CellIssue]
    wrong_titles: frozenset[int] = field(default_factory=frozenset)  # title entry ids given on the wrong date

    @property
    def full_hits(self) -> list[TermHit]:
        return [h for h in self.hits if not _is_short(h)]


def cell_view(context: GlossaryContext, text: str, lang: str, date: str) -> CellView:
    """The view of one cell (cached on the context: siblings are re-read on every keystroke)."""
    key = (text, lang, date)
    view = context.views.get(key)
    if view is None:
        hits = context.hits(text, lang)
        links = link_titles(text, hits, lang, context.title_forms(lang) if lang == "zh" else None)
        extra = [link.title for link in links if link.title not in hits]
        if extra:
            hits = sorted([*hits, *dict.fromkeys(extra)], key=lambda h: h.start)
        problems = title_issues(text, links, lang, date, context.tenures, context.entries_by_id, replacement)
        wrong = frozenset(int(p.detail.split(":")[1]) for p in problems if p.severity is Severity.ERROR)
        view = CellView(hits, links, problems, wrong)
        if len(context.views) > 20000:
            context.views.clear()
        context.views[key] = view
    return view


class ReleaseEntities:
    """Entity references of a release's cells, read once per release check (or per keystroke's re-check)."""

    def __init__(self, release: Release, context: GlossaryContext) -> None:
        self.release = release
        self.context = context
        self._first: dict[tuple[int, str], int | None] = {}
        self._first_elsewhere: dict[tuple[int, str], int | None] = {}

    def active(self, index: int, lang: str) -> bool:
        segment = self.release.segments[index]
        return segment.role not in SKIPPED_ROLES and not segment.cells[lang].is_empty

    def view(self, index: int, lang: str) -> CellView:
        return cell_view(self.context, self.release.segments[index].cells[lang].text, lang, self.release.date)

    def recognised(self, entry: TermEntry, lang: str, index: int, *, full: bool = False) -> bool:
        """Whether the glossary recognises `entry` in cell (`index`, `lang`), alone or inside a longer form
        (with `full`, not by a short form only)."""
        nested = self.context.nested
        view = self.view(index, lang)
        return any(hit.entry is entry or entry in getattr(hit, "also", ()) or nested(entry, hit.entry, lang)
                   for hit in (view.full_hits if full else view.hits))

    def references(self, entry: TermEntry, lang: str, index: int) -> bool:
        """Whether cell (`index`, `lang`) refers to `entry`: a hit, a form nesting it, or a derived short form."""
        if self.recognised(entry, lang, index):
            return True
        pattern = reference_pattern(entry, lang)
        return pattern is not None and pattern.search(self.release.segments[index].cells[lang].text) is not None

    def first_reference(self, entry: TermEntry, lang: str) -> int | None:
        key = (id(entry), lang)
        if key not in self._first:
            self._first[key] = next((i for i in range(len(self.release.segments))
                                     if self.active(i, lang) and self.references(entry, lang, i)), None)
        return self._first[key]

    def names(self, entry: TermEntry, lang: str, index: int) -> bool:
        """Refers to `entry` here, or named it earlier (so a pronoun or an implicit subject can refer back)."""
        first = self.first_reference(entry, lang)
        return first is not None and first <= index

    def _first_named_elsewhere(self, entry: TermEntry, lang: str) -> int | None:
        """The first paragraph where another version names `entry` in full while `lang` has text there."""
        key = (id(entry), lang)
        if key not in self._first_elsewhere:
            self._first_elsewhere[key] = next(
                (i for i in range(len(self.release.segments)) if self.active(i, lang) and any(
                    o != lang and self.active(i, o) and any(h.entry is entry for h in self.view(i, o).full_hits)
                    for o in self.release.segments[i].cells)), None)
        return self._first_elsewhere[key]

    def issues(self, index: int, lang: str, langs: Sequence[str]) -> list[CellIssue]:
        """Entity findings of cell (`index`, `lang`)."""
        if not self.active(index, lang):
            return []
        filled = [o for o in langs if self.active(index, o)]
        if len(filled) < 2:
            return []
        views = {o: self.view(index, o) for o in filled}
        own = views[lang]
        issues: list[CellIssue] = []
        seen: set[int] = set()
        for other in (o for o in filled if o != lang):
            for hit in views[other].full_hits:
                entry = hit.entry
                if (id(entry) in seen or entry.category in NO_COUNTERPART_NEEDED
                        or entry.id in views[other].wrong_titles):
                    continue
                seen.add(id(entry))
                if self.recognised(entry, lang, index, full=True):
                    continue
                misspelt = self._misspelt(index, lang, entry, hit, other)
                if misspelt is not None:  # also when a short form sits inside it ("Qian" of "Qian Hongsan")
                    issues.append(misspelt)
                    continue
                if self.recognised(entry, lang, index):
                    continue
                if self.names(entry, lang, index):
                    continue
                if entry.category == "title" and own.wrong_titles:
                    continue  # this version gives the holder a wrong title: the title finding says what to write
                present = [o for o in filled if o != lang and self.names(entry, o, index)]
                if len(present) < len(filled) - len(present):
                    continue  # one version against two: it gets an "appears only here" instead
                issue = self._missing(index, lang, entry, hit, other, present, views)
                if issue is not None:
                    issues.append(issue)
        if len(filled) >= 3:
            issues.extend(self._only_here(index, lang, filled, own))
        return issues

    def _missing(self, index: int, lang: str, entry: TermEntry, hit: TermHit, other: str, present: list[str],
                 views: dict[str, CellView]) -> CellIssue | None:
        approved = entry.form(lang)
        args = {"text": hit.text, "lang": other, "approved": approved, "version": LANG_NAMES[lang]}
        body = self._different_body(index, lang, entry, present, views)
        if body is not None:
            return CellIssue(Kind.TERM, Severity.ERROR, "term-different-body",
                             {"text": body.text, "other_text": hit.text,
                              "langs": " and ".join(LANG_NAMES[o] for o in present)},
                             f"body:{entry.id}:{body.entry.id}", _replace(body, approved), (body.start, body.end))
        if not approved:
            return None
        first = self.first_reference(entry, lang)
        if first is None:
            if self._first_named_elsewhere(entry, lang) != index:
                return None  # reported once, where the others first name it
            return CellIssue(Kind.TERM, Severity.WARNING, "term-omitted", args, f"omitted:{entry.id}:{entry.label()}")
        return CellIssue(Kind.TERM, Severity.WARNING, "term-no-counterpart", args,
                         f"missing:{entry.id}:{entry.label()}")

    def _misspelt(self, index: int, lang: str, entry: TermEntry, hit: TermHit, other: str) -> CellIssue | None:
        """A near miss of the approved form ("Qian Hongsan"): an error whose fix restores the form."""
        approved = entry.form(lang)
        edit = near_miss(self.release.segments[index].cells[lang].text, approved) if approved else None
        if edit is None:
            return None
        return CellIssue(Kind.TERM, Severity.ERROR, "term-misspelt", {"text": hit.text, "lang": other,
                                                                       "approved": approved},
                         f"missing:{entry.id}:{entry.label()}", Fix(f"Replace “{edit.old}” with “{approved}”", (edit,)),
                         (edit.start, edit.end))

    def _different_body(self, index: int, lang: str, entry: TermEntry, present: list[str],
                        views: dict[str, CellView]) -> TermHit | None:
        """A body this version names in place of `entry`, which shares words with it and which the others lack."""
        if entry.category not in BODY_CATEGORIES:
            return None
        stems = _stems(entry)
        for hit in views[lang].full_hits:
            if (hit.entry is not entry and hit.entry.category in BODY_CATEGORIES and stems & _stems(hit.entry)
                    and not any(self.names(hit.entry, o, index) for o in present)):
                return hit
        return None

    def _only_here(self, index: int, lang: str, filled: list[str], own: CellView) -> list[CellIssue]:
        """Named by this version alone: reported here once, not as an omission in both others."""
        issues = []
        seen: set[int] = set()
        siblings = [o for o in filled if o != lang]
        for hit in own.full_hits:
            entry = hit.entry
            if (id(entry) in seen or entry.category not in ONLY_HERE_CATEGORIES or entry.id in own.wrong_titles
                    or hit.kind is HitKind.FORBIDDEN):
                continue
            seen.add(id(entry))
            if any(self.names(entry, o, index) for o in siblings):
                continue
            if entry.category == "title" and any(self.view(index, o).wrong_titles for o in siblings):
                continue
            names = " or ".join(LANG_NAMES[o] for o in siblings)
            issues.append(CellIssue(Kind.TERM, Severity.WARNING, "term-only-here", {"text": hit.text, "langs": names},
                                    f"only:{entry.id}:{entry.label()}", None, (hit.start, hit.end)))
        return issues


def _stems(entry: TermEntry) -> frozenset[str]:
    """Five-letter stems of an entry's English words: Federal Assembly and Federation Council share "feder"."""
    words = " ".join(filter(None, [entry.form("en"), *entry.variants.get("en", ())]))
    return frozenset(w[:5].lower() for w in _STEM.findall(words) if w.lower() not in ("russian", "chinese"))


def _replace(hit: TermHit, approved: str) -> Fix | None:
    new = replacement(hit, approved) if approved else None
    return Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),)) if new else None
