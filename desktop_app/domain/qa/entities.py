"""Names across a whole release: does every version refer to the people and events the others name?

Decided per release, not per paragraph. An entity named in one version's paragraph needs, in each other version's
same paragraph, a reference to it: a glossary form, a derived second reference (surname, "the conference"), a title
its holder has on the day ("the Russian President"), or nothing at all when that version named it earlier (a
pronoun or an implicit subject refers back to it).
- named nowhere in a version's release: an omission (warning), at the paragraph where the others first name it;
- named by that version only later: no counterpart in this paragraph (warning);
- named by one version of three only: "appears only here" on that version (warning);
- a near miss of the approved form (a misspelt name): an error with a fix;
- a different body that shares words with the expected one (Federation Council for Federal Assembly): an error;
- a Chinese official the glossary does not list, named in the Chinese and nowhere in a version (`persons`): a
  warning, where the Chinese first names him; likewise a Russian one named with a given name in English or Russian
  and nowhere in the other.
Headlines are written independently in each language and are left out. Titles, bodies, places and countries ask
for no counterpart (see NO_COUNTERPART_NEEDED); titles are checked against the tenures in `titles`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.domain.glossary.normalize import simplified_same_length
from desktop_app.domain.qa.dates import dateline
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity
from desktop_app.domain.qa.names import name_form_issues
from desktop_app.domain.qa.persons import (
    chinese_names,
    consonants,
    foreign_post_holder_named,
    name_forms,
    named_in,
    russian_names,
    surname_in,
)
from desktop_app.domain.qa.references import reference_pattern
from desktop_app.domain.qa.terms import GlossaryContext, names_another_by_surname, near_miss, replacement
from desktop_app.domain.qa.titles import link_titles, title_issues
from desktop_app.domain.release import Release, Role

LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}
SKIPPED_ROLES = frozenset({Role.HEADLINE, Role.SUBHEADLINE})
# "China", 两国, «российская сторона»: countries are everywhere; the venue's city ("in Beijing", «в Кремле») is given
# or left out as each editor sees fit.
# Bodies are often named inside a longer name the glossary may not know (the Commission on Cooperation between the
# Federal Assembly and the NPC, 中俄议会合作委员会): a body one version leaves out is not reported, a different body is.
# Titles are checked against the tenures (and a person left out is reported as such): releases give a title in
# full once, paraphrase it ("China's top legislator") or drop it, and that is no omission.
NO_COUNTERPART_NEEDED = frozenset({"country", "place", "organization", "term", "title"})
ONLY_HERE_CATEGORIES = frozenset({"person", "event", "initiative"})
BODY_CATEGORIES = frozenset({"organization", "country"})
_STEM = re.compile(r"[A-Za-z]{5,}")
# News media named as a source ("(Xinhua) --", 据新华社报道, «ТАСС»): the publisher's convention, not content.
_MEDIA = re.compile(r"\b(?:News Agency|Xinhua|TASS|RIA|Interfax|Sputnik|China Daily|People's Daily|CCTV|CGTN|"
                    r"Global Times|Rossiyskaya Gazeta|Television|Radio|Broadcasting)\b")
_EN_STOP = frozenset({"of", "the", "and", "for", "on", "in", "a", "an"})


def is_media(entry: TermEntry) -> bool:
    return entry.category == "organization" and bool(_MEDIA.search(entry.form("en")))


@dataclass(slots=True)
class CellView:
    """What the glossary finds in one cell: hits (with posts composed from Chinese chains), titles and holders."""

    hits: list[TermHit]
    problems: list[CellIssue]  # titles not held on the date, names written wrong
    wrong_titles: frozenset[int] = field(default_factory=frozenset)  # title entry ids given on the wrong date
    dateline_end: int = 0  # a newswire dateline opening the cell ends here

    @property
    def full_hits(self) -> list[TermHit]:
        """First mentions that other versions must match: no short forms, no media credits, nothing in a dateline."""
        return [h for h in self.hits if h.kind is not HitKind.SHORT and h.start >= self.dateline_end
                and not is_media(h.entry)]


_GLOSS_OPEN = re.compile(r"\s*[（(]\s*$")
_GLOSS_CLOSE = re.compile(r"\s*[）)]")


def _without_glosses(text: str, hits: list[TermHit]) -> list[TermHit]:
    """A Chinese text's hits without the Latin-letter glosses in brackets that repeat the name just before them
    (拉夫罗夫（Sergei Lavrov）): one mention, the Chinese one."""
    by_end: dict[int, list[TermHit]] = {}
    for hit in hits:
        by_end.setdefault(hit.end, []).append(hit)
    kept = []
    for hit in hits:
        opened = _GLOSS_OPEN.search(text, max(0, hit.start - 4), hit.start) if hit.text.isascii() else None
        if opened is not None and _GLOSS_CLOSE.match(text, hit.end) and any(
                other.entry is hit.entry and not other.text.isascii() for other in by_end.get(opened.start(), ())):
            continue
        kept.append(hit)
    return kept


def _people_inside(context: GlossaryContext, hit: TermHit, lang: str) -> list[TermHit]:
    """The persons a title's hit names, offsets into the cell. A title form can nest other title forms that hold
    the name ("Chinese President Xi Jinping" reads as "President Xi Jinping"): those are read in turn."""
    people = []
    for inner in context.inner_hits(hit.text, lang):
        inner = replace(inner, start=inner.start + hit.start, end=inner.end + hit.start)
        if inner.entry.category == "person":
            people.append(inner)
        elif inner.entry.category == "title" and inner.end - inner.start < hit.end - hit.start:
            people += _people_inside(context, inner, lang)
    return people


def cell_view(context: GlossaryContext, text: str, lang: str, date: str) -> CellView:
    """The view of one cell (cached on the context: siblings are re-read on every keystroke)."""
    key = (text, lang, date)
    view = context.views.get(key)
    if view is None:
        hits = context.hits(text, lang)
        if lang == "zh":
            hits = _without_glosses(text, hits)
        links = link_titles(text, hits, lang, functools.partial(context.hits, lang="zh") if lang == "zh" else None)
        known = {_hit_key(h) for h in hits}
        extra = [link.title for link in links if _hit_key(link.title) not in known]
        for hit in hits:  # 习近平主席, "President Xi Jinping": the person inside a title is named too
            if hit.entry.category == "title":
                extra += _people_inside(context, hit, lang)
        if extra:
            hits = sorted([*hits, *dict.fromkeys(extra)], key=lambda h: h.start)
        problems = title_issues(text, links, lang, date, context.tenures, context.entries_by_id)
        problems += name_form_issues(text, lang, hits, context)
        wrong = frozenset(int(p.detail.split(":")[1]) for p in problems if p.kind is Kind.TITLE
                          and p.severity is Severity.ERROR)
        line = dateline(text, lang)
        view = CellView(hits, problems, wrong, line[1] if line else 0)
        if len(context.views) > 20000:
            context.views.clear()
        context.views[key] = view
    return view


def _hit_key(hit: TermHit) -> tuple[int, int, int | None, str, str]:
    """What tells hits apart, for set look-ups (a hit compares equal field by field, its entry unhashable)."""
    return hit.start, hit.end, hit.entry.id, hit.kind.value, hit.text


class ReleaseEntities:
    """Entity references of a release's cells, read once per release check (or per keystroke's re-check)."""

    def __init__(self, release: Release, context: GlossaryContext) -> None:
        self.release = release
        self.context = context
        self._first: dict[tuple[int, str], int | None] = {}
        self._first_elsewhere: dict[tuple[int, str], int | None] = {}
        self._stem_cache: dict[int, frozenset[str]] = {}
        self._country_cache: dict[int, frozenset[str]] = {}

    def active(self, index: int, lang: str) -> bool:
        segment = self.release.segments[index]
        return segment.role not in SKIPPED_ROLES and not segment.cells[lang].is_empty

    def view(self, index: int, lang: str) -> CellView:
        return cell_view(self.context, self.release.segments[index].cells[lang].text, lang, self.release.date)

    def title_problems(self, index: int, lang: str) -> list[CellIssue]:
        """The cell's title and name problems, but for a title given to a listed Chinese person by his surname alone
        in a version that names another person with that surname in full and him nowhere ("Li Hongzhong … Li, also
        a member of the Political Bureau": that Li is not Li Qiang)."""
        problems = self.view(index, lang).problems
        return [p for p in problems if p.kind is not Kind.TITLE or not self._surname_of_another(
            self.context.entries_by_id.get(int(p.detail.split(":")[0])), lang)]

    def _surname_of_another(self, person: TermEntry | None, lang: str) -> bool:
        if person is None:
            return False
        cells = [i for i in range(len(self.release.segments)) if not self.release.segments[i].cells[lang].is_empty]
        if any(self.recognised(person, lang, i, full=True) for i in cells):
            return False
        return any(names_another_by_surname(person, self.release.segments[i].cells[lang].text, lang) for i in cells)

    def recognised(self, entry: TermEntry, lang: str, index: int, *, full: bool = False) -> bool:
        """Whether the glossary recognises `entry` in cell (`index`, `lang`), alone or inside a longer form
        (with `full`, not by a short form only)."""
        inside = self.context.inside
        view = self.view(index, lang)
        return any(hit.entry is entry or entry in hit.also or inside(entry, hit)
                   for hit in (view.full_hits if full else view.hits))

    def references(self, entry: TermEntry, lang: str, index: int) -> bool:
        """Whether cell (`index`, `lang`) refers to `entry`: a hit, a form nesting it, or a derived short form."""
        if self.recognised(entry, lang, index):
            return True
        text = self.release.segments[index].cells[lang].text
        pattern = reference_pattern(entry, lang)
        # The derived forms are Simplified: a Traditional text (兩國東線天然氣管道) is read in Simplified.
        if pattern is not None and pattern.search(simplified_same_length(text) if lang == "zh" else text):
            return True
        if entry.category == "person":  # "the Russian President" is Putin on the release date
            held = self.context.titles_held(entry.id, self.release.date)
            if held and _HEADS_OF_STATE[lang].search(text) and any(
                    _HEAD_OF_STATE.match(self.context.entries_by_id[t].form("en")) for t in held
                    if t in self.context.entries_by_id):
                return True  # 两国元首: the two presidents of the day
            return bool(held) and any(h.entry.id in held for h in self.view(index, lang).hits)
        return entry.category == "title" and self._paraphrased_title(entry, lang, index, text)

    def _paraphrased_title(self, entry: TermEntry, lang: str, index: int, text: str) -> bool:
        """A title said in other words: its post ("chairman", 总统, «председатель») with its body named nearby,
        or with a person who holds it on the release date ("chairman of the Russian parliament's lower house, the
        State Duma"; 普京总统 for 俄罗斯联邦总统)."""
        bodies, post = self._title_parts(entry, lang)
        folded = simplified_same_length(text).casefold()
        if not post or not all(p in folded for p in post):
            return False
        if bodies and any(self.recognised(body, lang, index) for body in bodies):
            return True
        date = self.release.date
        holders = {t.person_id for t in self.context.tenures if t.title_id == entry.id and t.covers(date)}
        return any(h.entry.id in holders for h in self.view(index, lang).hits)

    def _title_parts(self, entry: TermEntry, lang: str) -> tuple[list[TermEntry], list[str]]:
        """The bodies a title's own form names, and the words of its post (what is left, casefolded stems)."""
        key = (entry.id, lang)
        parts = self.context.title_parts.get(key)
        if parts is None:
            form = entry.form(lang)
            inner = self.context.inner_hits(form, lang)
            rest = form
            for hit in sorted(inner, key=lambda h: -h.start):
                rest = rest[:hit.start] + " " + rest[hit.end:]
            if lang == "zh":
                post = [rest.strip()] if rest.strip() and len(rest.strip()) <= 6 else []
            else:
                words = [w.casefold() for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in _EN_STOP]
                post = [w[:-2] if lang == "ru" and len(w) > 5 else w for w in words[:3]]
            parts = self.context.title_parts[key] = ([h.entry for h in inner if h.entry.category != "person"], post)
        return parts

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
                if id(entry) in seen or entry.id in views[other].wrong_titles:
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
        if lang != "zh" and "zh" in filled:
            issues.extend(self._unlisted_people(index, lang, views["zh"]))
        other = {"en": "ru", "ru": "en"}.get(lang)
        if other in filled:
            issues.extend(self._unlisted_russians(index, lang, other, views[other]))
        return issues

    def _unlisted_russians(self, index: int, lang: str, other: str, view: CellView) -> list[CellIssue]:
        """Russian people the glossary does not list, named with a given name in the other of English and Russian
        ("Olga Golodets", «Андрей Руденко») and by surname nowhere in this version's release: an omission, reported
        where the other version first names them."""
        text = self.release.segments[index].cells[other].text
        issues = []
        for start, end, surname in russian_names(text, other):
            if start < view.dateline_end or any(h.start < end and start < h.end for h in view.hits):
                continue  # a credit, or a name the glossary knows: the checks above compare it
            first = next(i for i in range(index + 1) if self.active(i, other)
                         and any(n[2] == surname for n in russian_names(self.release.segments[i].cells[other].text,
                                                                         other)))
            if first < index or any(self.active(i, lang) and surname_in(
                    surname, other, self.release.segments[i].cells[lang].text, lang)
                    for i in range(len(self.release.segments))):
                continue
            args = {"text": text[start:end], "lang": other, "version": LANG_NAMES[lang]}
            issues.append(CellIssue(Kind.TERM, Severity.WARNING, "person-omitted", args,
                                    f"unlisted:{consonants(surname, other)}"))
        return issues

    def _unlisted_people(self, index: int, lang: str, zh: CellView) -> list[CellIssue]:
        """Chinese officials the glossary does not list, named in the Chinese paragraph and not by this version there
        or before (as for listed people: nowhere is an omission, only later is no counterpart here)."""
        text = self.release.segments[index].cells["zh"].text
        issues = []
        for start, end, name in chinese_names(text):
            if start < zh.dateline_end or any(h.start < end and start < h.end for h in zh.hits):
                continue  # a credit, or a name the glossary knows: the checks above compare it
            simple = simplified_same_length(name)
            first = next(i for i in range(index + 1) if self.active(i, "zh")
                         and simple in simplified_same_length(self.release.segments[i].cells["zh"].text))
            forms = name_forms(name)[0 if lang == "en" else 1]
            if first < index or not forms:
                continue  # reported where the Chinese first names him
            named = next((i for i, s in enumerate(self.release.segments)
                          if self.active(i, lang) and named_in(forms, [s.cells[lang].text])), None)
            if named is not None and named <= index:
                continue
            if foreign_post_holder_named(text, start, self.release.segments[index].cells[lang].text, lang):
                continue  # 北京俄罗斯文化中心主任吴丹娜: a Russian's Chinese name, named by her Russian one here
            args = {"text": name, "lang": "zh", "approved": forms[0], "version": LANG_NAMES[lang]}
            message_id = "term-omitted" if named is None else "term-no-counterpart"
            issues.append(CellIssue(Kind.TERM, Severity.WARNING, message_id, args, f"unlisted:{simple}"))
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
        if not approved or entry.category in NO_COUNTERPART_NEEDED:
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
        if edit is None or any(_covers(h, edit) for h in self.view(index, lang).hits):
            return None  # nothing like it, or it is part of a name the glossary recognises
        return CellIssue(Kind.TERM, Severity.ERROR, "term-misspelt", {"text": hit.text, "lang": other,
                                                                       "approved": approved},
                         f"missing:{entry.id}:{entry.label()}", Fix(f"Replace “{edit.old}” with “{approved}”", (edit,)),
                         (edit.start, edit.end))

    def _different_body(self, index: int, lang: str, entry: TermEntry, present: list[str],
                        views: dict[str, CellView]) -> TermHit | None:
        """A body this version names in place of `entry`, which shares words with it and which the others lack."""
        if entry.category not in BODY_CATEGORIES:
            return None
        stems = self._stems(entry)
        countries = self._countries(entry)
        for hit in views[lang].full_hits:
            # a country is not put in place of a parliament: the Russian Federation and the Federation Council
            # share a word, not a meaning; two bodies, or two countries, that share one may be confused
            if (hit.entry is not entry and hit.entry.category in BODY_CATEGORIES
                    and (hit.entry.category == "country") == (entry.category == "country")
                    and stems & self._stems(hit.entry)
                    and not (countries and self._countries(hit.entry) and not countries & self._countries(hit.entry))
                    and not any(self.recognised(hit.entry, o, index) for o in present)):
                return hit  # (the same ministry of the other country is another source, not a confusable body)
        return None

    def _countries(self, entry: TermEntry) -> frozenset[str]:
        """The countries an entry's English forms name ("… of the Russian Federation", "Chinese …")."""
        found = self._country_cache.get(entry.id)
        if found is None:
            found = self._country_cache[entry.id] = frozenset(
                hit.entry.id for form in filter(None, [entry.form("en"), *entry.variants.get("en", ())])
                for hit in self.context.inner_hits(form, "en")
                if hit.entry.category == "country" and hit.entry is not entry)
        return found

    def _stems(self, entry: TermEntry) -> frozenset[str]:
        """Five-letter stems of an entry's English words, leaving out the country it belongs to: Federal Assembly
        and Federation Council share "feder", but the Government and the Foreign Ministry "of the Russian
        Federation" share only their country."""
        stems = self._stem_cache.get(entry.id)
        if stems is None:
            forms = []
            for form in filter(None, [entry.form("en"), *entry.variants.get("en", ())]):
                for hit in sorted(self.context.inner_hits(form, "en"), key=lambda h: -h.start):
                    if hit.entry.category == "country" and hit.entry is not entry:
                        form = form[:hit.start] + " " + form[hit.end:]
                forms.append(form)
            stems = self._stem_cache[entry.id] = _stems(" ".join(forms))
        return stems

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


# 两国元首, "the two heads of state", «главы двух государств»: the two countries' presidents, each named by it.
_HEADS_OF_STATE = {
    "zh": re.compile(r"(?:两国|兩國|中俄|俄中|双方|雙方)(?:两国|兩國)?元首"),
    "en": re.compile(r"\b(?:the\s+two|both)\s+(?:heads\s+of\s+state|presidents)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<![^\W\d_])(?:глав[аыуе]?|лидер(?:ы|ов|ам|ами)?)\s+(?:двух|обоих|обеих)\s+"
                     r"(?:государств|стран)", re.IGNORECASE),
}
_HEAD_OF_STATE = re.compile(r"President of (?!the Government)", re.IGNORECASE)  # not "Vice President of"


def _covers(hit: TermHit, edit: Edit) -> bool:
    """Whether a recognised name accounts for a near miss: a full form overlapping it, or a short form making up
    most of it (“the Standing Committee of the Provincial People's Congress”, not the “Qian” of “Qian Hongsan”)."""
    overlap = min(hit.end, edit.end) - max(hit.start, edit.start)
    if overlap <= 0:
        return False
    return hit.kind is not HitKind.SHORT or overlap >= 0.75 * (edit.end - edit.start)


def _stems(words: str) -> frozenset[str]:
    return frozenset(w[:5].lower() for w in _STEM.findall(words) if w.lower() not in ("russian", "chinese"))


def _replace(hit: TermHit, approved: str) -> Fix | None:
    new = replacement(hit, approved) if approved else None
    return Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),)) if new else None
