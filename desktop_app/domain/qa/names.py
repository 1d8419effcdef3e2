"""How a person's name is written in one cell: the right given name with the surname, never the given name alone.

弗拉基米尔·沃洛金 or "Vladimir Volodin" for Vyacheslav Volodin pairs his surname with another man's given name;
«Чжаньшу» alone for Li Zhanshu reads his given name as a surname. Both are errors whatever the other versions say.
伊戈尔．莫尔古洛夫, a full stop for the interpunct, names the person but is a typing slip: a punctuation note.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from rapidfuzz import fuzz

from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.domain.glossary.normalize import simplified_same_length
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity
from desktop_app.domain.qa.references import is_chinese_name
from desktop_app.domain.qa.terms import STOP_IN_NAME, GlossaryContext
from desktop_app.domain.transliteration import TransliterationError, is_palladius_word, palladius_syllable

SPELLING_MIN_SCORE = 70
_DOTS = "·•・"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD_BEFORE = re.compile(r"([A-ZА-ЯЁ][a-zа-яё]+)\s+$")
# «Университет Цинхуа», «провинции Хэбэй»: Russian puts the noun of an institution or a place before its name, which
# the other languages write after it ("Tsinghua University"); the word after such a noun names the thing.
_RU_NAMED_THING = re.compile(r"(?:университет|институт|академи|колледж|школ|компани|корпораци|банк|фонд|центр|"
                             r"завод|провинци|уезд|район|город|улиц|площад|парк|храм|мост|порт)\w*$", re.IGNORECASE)


def name_form_issues(text: str, lang: str, hits: Sequence[TermHit], context: GlossaryContext) -> list[CellIssue]:
    issues = _wrong_given_names(text, lang, hits, context)
    issues += _given_names_alone(text, lang, hits, context)
    issues += _stops_in_names(text, lang, hits)
    return issues


def _stops_in_names(text: str, lang: str, hits: Sequence[TermHit]) -> list[CellIssue]:
    """A listed name whose halves a full stop parts instead of the interpunct, with a fix to “·”."""
    if lang != "zh":
        return []
    issues: list[CellIssue] = []
    seen: set[tuple[int, int]] = set()
    for hit in hits:
        stops = [m.start() for m in STOP_IN_NAME.finditer(text, hit.start, hit.end)]
        if not stops or (hit.start, hit.end) in seen:
            continue
        seen.add((hit.start, hit.end))
        name = text[hit.start:hit.end]
        fix = Fix("Use “·”", tuple(Edit(i, i + 1, text[i], "·") for i in stops))
        issues.append(CellIssue(Kind.PUNCTUATION, Severity.INFO, "name-interpunct", {"text": name},
                                f"name-interpunct:{name}", fix, (hit.start, hit.end)))
    return issues


def _forms(entry: TermEntry, lang: str) -> set[str]:
    return {simplified_same_length(form).casefold() for form, kind in entry.surface_forms(lang)
            if kind is not HitKind.FORBIDDEN}


def _wrong(entry: TermEntry, start: int, end: int, text: str, lang: str) -> CellIssue:
    approved = entry.form(lang)
    fix = Fix(f"Replace with “{approved}”", (Edit(start, end, text[start:end], approved),)) if approved else None
    return CellIssue(Kind.TERM, Severity.ERROR, "term-wrong-given-name",
                     {"text": text[start:end], "approved": approved}, f"given:{entry.id}:{text[start:end]}", fix,
                     (start, end))


def _wrong_given_names(text: str, lang: str, hits: Sequence[TermHit], context: GlossaryContext) -> list[CellIssue]:
    """A known surname with a given name that is not the person's own."""
    persons = [h for h in hits if h.entry.category == "person" and not is_chinese_name(h.entry)]
    issues: list[CellIssue] = []
    for hit in persons:
        if lang == "zh":
            dot = hit.start - 1
            if dot < 1 or text[dot] not in _DOTS or "·" in hit.text:
                continue
            before = simplified_same_length(text[:dot])
            givens = [form.split("·")[0] for form in _forms(hit.entry, lang) if "·" in form]
            if not givens or any(before.endswith(given) for given in givens):
                continue
            # The given name starts after the post or body before it (主席弗拉基米尔·沃洛金), or a boundary.
            start = max([dot - 8, *(h.end for h in hits if h.end <= dot),
                         *(i + 1 for i in range(max(0, dot - 8), dot) if not _CJK.match(text[i]))])
            if not _spelling_variant(before[start:], givens):
                issues.append(_wrong(hit.entry, start, hit.end, text, lang))
            continue
        before = _WORD_BEFORE.search(text[max(0, hit.start - 30):hit.start])
        if before is None or len(hit.text.split()) > 1:
            continue
        given = before.group(1)
        owners = context.given_names(lang).get(given.casefold(), ())
        if owners and hit.entry not in owners:
            start = hit.start - len(before.group())
            own_givens = [form.split()[0] for form in _forms(hit.entry, lang) if len(form.split()) > 1]
            if own_givens and not _spelling_variant(given.casefold(), own_givens):
                issues.append(_wrong(hit.entry, start, hit.end, text, lang))
    return issues


def _spelling_variant(given: str, own: Sequence[str]) -> bool:
    """Sergei for Sergey, Viacheslav for Vyacheslav: another spelling of the person's own given name."""
    return any(fuzz.ratio(given, name) >= SPELLING_MIN_SCORE for name in own)


def _one_syllable(word: str, lang: str) -> bool:
    """Whether a word is one Chinese syllable as `lang` writes it (Zhuang, Чжуан): a surname before a given name."""
    if lang == "ru":
        return is_palladius_word(word, 1)
    try:
        palladius_syllable(word.lower())
    except TransliterationError:
        return False
    return True


def _given_names_alone(text: str, lang: str, hits: Sequence[TermHit], context: GlossaryContext) -> list[CellIssue]:
    """A Chinese person's given name standing alone (Чжаньшу, "Zhanshu"), as if it were the surname."""
    if lang == "zh":
        return []
    table = context.chinese_given_names(lang)
    issues: list[CellIssue] = []
    spans = sorted((h.start, h.end) for h in hits)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end among hits starting so far
    for m in re.finditer(r"[^\W\d_]+", text):
        owner = table.get(m.group().casefold())
        if owner is None:
            continue
        at = bisect_right(starts, m.start())
        if at and reach[at - 1] > m.start():  # inside a recognised name or title
            continue
        before = text[max(0, m.start() - 20):m.start()].split()
        after = text[m.end():m.end() + 20].split()
        if any(w[:1].isupper() and w.isalpha() and (len(w) <= 4 or _one_syllable(w, lang)) for w in before[-1:]) or (
                after and after[0][:1].isupper() and after[0][:1].isalpha()):
            continue  # «Ван Чжаньшу», "Zhanshu Li", "Zhuang Zheng": a name goes on beside it
        if lang == "ru" and before and _RU_NAMED_THING.match(before[-1]):
            continue
        approved = owner.form(lang)
        issues.append(CellIssue(Kind.TERM, Severity.ERROR, "term-given-name-alone",
                                {"text": m.group(), "approved": approved}, f"given-alone:{owner.id}",
                                Fix(f"Replace with “{approved}”", (Edit(m.start(), m.end(), m.group(), approved),)),
                                (m.start(), m.end())))
    return issues
