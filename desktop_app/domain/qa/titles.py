"""Which title belongs to which person, read from real sentences, and titles not held on the release date.

A title is linked to its holder through an apposition chain, not by distance alone:
- before the name: "Zhejiang Vice Governor Liu Xin", 浙江省副省长刘忻, «заместитель председателя … Лю Синь»
  (only spaces between, or a chain of posts joined by 、/和/兼/«и»);
- after the name (English and Russian): "Liu Xin, member of … and Deputy Governor of Zhejiang, said", «Лю Синь,
  заместитель председателя …, отметил»: the comma-separated pieces that carry a title or start like one, up to a
  semicolon, a sentence end or the next person;
- Chinese posts sharing an organisation: 省人大常委会党组成员、副主任刘忻 holds 省人大常委会副主任 (the first
  post's organisation prefixes the later ones).
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.glossary.model import HitKind, Tenure, TermEntry, TermHit
from desktop_app.domain.glossary.normalize import simplified_same_length
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity
from desktop_app.domain.qa.terms import replacement

_SENTENCE_END = re.compile(r"[.;:!?。；：！？\n]")
_COMMA_AFTER = re.compile(r"\s*,")
_ZH_BOUNDARY = "，。；：！？,;:!?\n（）()“”「」"
_ZH_JOINERS = ("、", "和", "兼", "及")
_RU_JOINERS = ("и",)
_EN_JOINERS = ("and",)
# Pieces after a name that read like a post even when the glossary does not know them ("member of the Party Group").
_TITLE_WORDS = {
    "en": ("and", "member", "deputy", "vice", "first", "head", "chair", "chairman", "chairwoman", "secretary",
           "director", "minister", "governor", "mayor", "president", "ambassador", "executive", "chief", "speaker",
           "spokesperson", "spokesman", "leader", "general", "standing", "senior", "special", "party", "also"),
    "ru": ("и", "член", "заместител", "председател", "первый", "первого", "секретар", "министр", "губернатор",
           "мэр", "руководител", "глав", "посол", "депутат", "президент", "спикер", "лидер", "генеральн",
           "директор", "вице", "заведующ", "начальник", "также"),
}


_FORMER = re.compile(r"(?:\b(?:former|ex|then|late|erstwhile)[\s-]+(?:\w+\s+)?|(?:бывш\w*|экс-?|тогдашн\w*|"
                     r"прежн\w*)\s*(?:\w+\s+)?|[前原时已]任?\S{0,4})$", re.IGNORECASE)
# "First Deputy Prime Minister", «Заместитель Премьера Госсовета», «вице-премьер»: the deputy's post, another one
# than the title the glossary matched inside it.
_DEPUTY = re.compile(r"(?:\b(?:deputy|vice|assistant(?: to the)?)[\s-]+|(?:заместител\w*|замест\.|зам\.?|"
                     r"помощник\w*|вице)[\s-]+|вице-|副)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TitleLink:
    """A title given to a person in one cell; `title` may be a post composed from a 、-chain (no glossary hit)."""

    person: TermHit
    title: TermHit


def _joined(gap: str, lang: str) -> bool:
    """Whether `gap` (between two posts of one chain) is a joiner: 、, 和, and, «и»."""
    word = gap.strip().strip(",，")
    joiners = _ZH_JOINERS if lang == "zh" else _RU_JOINERS if lang == "ru" else _EN_JOINERS
    return word in joiners or not word


def composite_titles(text: str, start: int, end: int, hits: Sequence[TermHit],
                     find: Callable[[str], Sequence[TermHit]]) -> list[TermHit]:
    """Posts of a Chinese 、-chain in `text[start:end]` completed by the organisation of its first post.

    省人大常委会党组成员、副主任: the second piece 副主任 reads as 省人大常委会副主任 when the glossary recognises
    that as a title (浙江省人大常委会副主任, its province being the release's); the hit spans the piece itself, so a
    fix replaces just it. The organisation is a glossary hit in the first piece.
    """
    region = text[start:end]
    pieces = region.split("、")
    if len(pieces) < 2:
        return []
    first_end = start + len(pieces[0])
    organisations = [h for h in hits if start <= h.start and h.end <= first_end and h.entry.category != "person"]
    if not organisations:
        return []
    found: list[TermHit] = []
    offset = first_end + 1
    for piece in pieces[1:]:
        clean = piece.strip()
        if 1 < len(clean) <= 8:
            for organisation in sorted(organisations, key=lambda h: h.start - h.end):
                composed = organisation.text + clean
                title = next((h for h in find(composed) if h.entry.category == "title" and h.start == 0
                              and h.end == len(composed)), None)
                if title is not None:
                    at = offset + piece.index(clean)
                    found.append(TermHit(title.entry, "zh", at, at + len(clean), clean, HitKind.VARIANT, composed))
                    break
        offset += len(piece) + 1
    return found


def link_titles(text: str, hits: Sequence[TermHit], lang: str,
                find: Callable[[str], Sequence[TermHit]] | None = None) -> list[TitleLink]:
    """Every (person, title) pair that the sentence structure of `text` puts together.

    Positions are looked up by bisection, so a cell of megabytes with thousands of names is read in n log n.
    """
    persons = sorted((h for h in hits if h.entry.category == "person"), key=lambda h: h.start)
    if not persons:
        return []
    titles = [h for h in hits if h.entry.category == "title"]
    floors = _floors(persons)
    if lang == "zh" and find is not None:
        ordered = sorted(hits, key=lambda h: h.start)
        starts = [h.start for h in ordered]
        boundaries = [i for i, c in enumerate(text) if c in _ZH_BOUNDARY]
        for person, floor in zip(persons, floors, strict=True):
            at = bisect_left(boundaries, person.start)
            begin = max(boundaries[at - 1] + 1 if at else 0, floor)
            nearby = ordered[bisect_left(starts, begin):bisect_left(starts, person.start)]
            for hit in composite_titles(text, begin, person.start, nearby, find):
                if not any(t.start < hit.end and hit.start < t.end for t in titles):
                    titles.append(hit)
    titles.sort(key=lambda h: h.start)
    title_starts = [t.start for t in titles]
    links: list[TitleLink] = []
    claimed: set[int] = set()
    # Before the name: only spaces between, or posts chained by joiners.
    for person, floor in zip(persons, floors, strict=True):
        edge = person.start
        window = titles[bisect_left(title_starts, floor):bisect_left(title_starts, edge)]
        for title in sorted((t for t in window if t.end <= edge), key=lambda t: -t.end):
            if id(title) in claimed or title.end > edge:
                continue
            if not _chained(text[title.end:edge], lang, first=edge == person.start):
                break
            if lang != "zh" and edge != person.start and floor and _APPOSITION.fullmatch(text, floor, title.start):
                break  # "Li Qiang, Premier …, Prime Minister Mishustin": a post chained back past the comma is Li
                # Qiang's («… Цянь Хуншань, заместитель … Лю Синь»: the post right before a name stays its own)
            links.append(TitleLink(person, title))
            claimed.add(id(title))
            edge = title.start
    if lang == "zh":
        return links
    # After the name: "Name, title…, title…" up to a sentence end, a semicolon or the next person.
    for n, person in enumerate(persons):
        comma_after = _COMMA_AFTER.match(text, person.end)
        if comma_after is None:
            continue
        limit = persons[n + 1].start if n + 1 < len(persons) else len(text)
        end = _SENTENCE_END.search(text, person.end, limit)
        limit = end.start() if end else limit
        position = comma_after.end()
        while position < limit:
            comma = text.find(",", position, limit)
            piece_end = comma if comma >= 0 else limit
            candidates = titles[bisect_left(title_starts, position):bisect_left(title_starts, piece_end + 1)]
            inside = [t for t in candidates if t.end <= piece_end + 1 and id(t) not in claimed]
            words = text[position:piece_end].split()
            looks_like_post = bool(words) and words[0].lower().startswith(_TITLE_WORDS[lang])
            if not inside and not looks_like_post:
                break
            for title in inside:
                links.append(TitleLink(person, title))
                claimed.add(id(title))
            position = piece_end + 1
    return links


_APPOSITION = re.compile(r"\s*,\s*")  # between a name and the post that follows it


def _floors(persons: Sequence[TermHit]) -> list[int]:
    """For each person (in text order), where the names before it end: a title before the name starts there."""
    floors: list[int] = []
    furthest = 0
    ends: list[int] = []
    for person in persons:
        # the latest end among earlier names that end before this one starts
        while ends and ends[0] <= person.start:
            furthest = max(furthest, heapq.heappop(ends))
        floors.append(furthest)
        heapq.heappush(ends, person.end)
    return floors


def _chained(gap: str, lang: str, first: bool) -> bool:
    """Whether `gap` separates a post from the name (`first`) or from the next post of the same chain.

    Chinese chains may hold a post the glossary does not know (党组成员、): a few characters next to a joiner.
    """
    if not gap.strip():
        return True
    if lang == "zh":
        return len(gap) <= 12 and not any(c in _ZH_BOUNDARY for c in gap) and (
            gap[0] in "、和兼及" or gap[-1] in "、和兼及") and not _OWNED_POST.match(simplified_same_length(gap))
    return not first and _joined(gap, lang)


# 俄总统助理乌沙科夫、外交部长拉夫罗夫: a post followed by one it owns (an assistant, an envoy, a spokesman, an
# office) is part of another holder's post, and no post of the next name in the chain.
_OWNED_POST = re.compile(r"(?:助理|顾问|特使|特别代表|发言人|新闻秘书|夫人|办公厅|办公室)")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _years_before(text: str, at: int) -> list[str]:
    """The years written before `at` in its sentence ("In 2005, when…", 2005年，…时任…)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    return _YEAR.findall(text, start, at)


def _bare_post_of(hit: TermHit, current: Sequence[TermEntry], lang: str) -> bool:
    """Whether a title's short form (a bare post: "the Foreign Minister", «министр иностранных дел») is also part of
    a title the person held on the date: it then names that post without its country, not another country's."""
    bare = " ".join((hit.form or hit.text).casefold().split())
    bare = bare.removeprefix("the ")
    if lang == "zh":  # 外交部长 closes 俄罗斯联邦外交部长: no spaces part the words; the text as written counts too
        bares = {simplified_same_length(b) for b in (hit.form, hit.text) if b}
        return any(simplified_same_length(form).endswith(b) for b in bares
                   for title in current for form, kind in title.surface_forms(lang) if kind is not HitKind.FORBIDDEN)
    return bool(bare) and any(f" {bare} " in f" {' '.join(form.casefold().split())} "
                              for title in current for form, kind in title.surface_forms(lang)
                              if kind is not HitKind.FORBIDDEN)


def title_issues(text: str, links: Sequence[TitleLink], lang: str, release_date: str, tenures: Sequence[Tenure],
                 entries_by_id: Mapping[int, TermEntry]) -> list[CellIssue]:
    """Titles given to a person who, per the glossary's tenures, did not hold them on the release date.

    The finding is on this cell, names what the person held on the date in this language and its fix puts that
    in place of the wrong title; a title valid on the date is never touched.
    """
    if not release_date or not tenures:
        return []
    issues: list[CellIssue] = []
    held_here = {(link.person.entry.id, link.title.entry.id) for link in links}
    for link in links:
        person, hit = link.person, link.title
        if _FORMER.search(simplified_same_length(text[max(0, hit.start - 14):hit.start])):
            continue  # "former President Medvedev", 前外长, «бывший посол»: a past title, rightly given
        if _DEPUTY.search(text[max(0, hit.start - 16):hit.start]):
            continue  # "Deputy Prime Minister Belousov": not the Prime Minister
        pid, tid = person.entry.id, hit.entry.id
        own = [t for t in tenures if t.person_id == pid]
        if not own or any(t.title_id == tid and t.covers(release_date) for t in own):
            continue
        if any(t.title_id == tid and t.covers(year) for t in own for year in _years_before(text, hit.start)
               if year < release_date[:4]):
            continue  # «в 2005 году, когда председатель КНР Ху Цзиньтао…»: the sentence dates the title to his time
        current = [entries_by_id[t.title_id] for t in own if t.covers(release_date) and t.title_id in entries_by_id]
        # Chinese names a minister of either country by the bare post (国防部长别洛乌索夫), whatever kind of form it is
        if (hit.kind is HitKind.SHORT or lang == "zh") and _bare_post_of(hit, current, lang):
            continue  # «министр иностранных дел Сергей Лавров»: his own post without its country, not China's
        held = [t for t in own if t.title_id == tid]
        holders = [entries_by_id[t.person_id] for t in tenures
                   if t.title_id == tid and t.person_id != pid and t.covers(release_date)
                   and t.person_id in entries_by_id]
        if not held and not holders:
            continue  # the glossary does not say enough to tell
        name = person.entry.form(lang) or person.text
        missing = [c for c in current if c.form(lang) and (pid, c.id) not in held_here]
        if not held:
            args = {"date": release_date, "title": hit.text, "holders": ", ".join(p.label() for p in holders)}
            if not current or not all(c.form(lang) for c in current):
                # Someone else held it, and the glossary does not say what this person held then.
                issues.append(CellIssue(Kind.TITLE, Severity.WARNING, "title-held-by-other", args,
                                        f"{pid}:{tid}", None, (hit.start, hit.end)))
                continue
            args.update(name=name, current="”, “".join(c.form(lang) for c in current))
            new = replacement(hit, missing[0].form(lang)) if len(missing) == 1 else None
            fix = Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),)) if new else None
            issues.append(CellIssue(Kind.TITLE, Severity.ERROR, "title-of-another", args, f"{pid}:{tid}", fix,
                                    (hit.start, hit.end)))
            continue
        period = ", ".join(f"{t.valid_from or '…'} to {t.valid_to or '…'}" for t in held)
        args = {"name": name, "title": hit.text, "date": release_date, "period": period}
        fix = None
        if current and all(c.form(lang) for c in current):
            args["current"] = "”, “".join(c.form(lang) for c in current)
            if len(missing) == 1:
                new = replacement(hit, missing[0].form(lang))
                if new:
                    fix = Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),))
        message_id = "title-not-held" if "current" in args else "title-not-held-no-current"
        issues.append(CellIssue(Kind.TITLE, Severity.ERROR, message_id, args, f"{pid}:{tid}", fix,
                                (hit.start, hit.end)))
    return issues
