"""The per-cell checks that compare a segment's three versions: missing, untranslated, stale, numbers and length."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.qa.findings import CellIssue, Kind, Severity
from desktop_app.domain.qa.numbers import Approx, QKind, Quantity, names_a_numbered_thing
from desktop_app.domain.release import Segment

LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}

# Length: each version is turned into an "English-equivalent" length. Calibrated on the sample release and on
# 240 professionally translated en/zh/ru paragraphs (XQuAD): with these weights no version of those deviates
# from the median of its siblings by more than 1.51×.
CJK_WEIGHT = 3.5  # one Chinese character ≈ 3.5 characters of English
RU_FACTOR = 1.07  # Russian runs about 7% longer than English
LENGTH_MAX_DEVIATION = 1.7  # three versions: one further than this from the median is flagged
LENGTH_MAX_RATIO = 2.0  # two versions, one translated from the other: one more than this times the other
# Two versions written independently (neither translated from the other here: two agencies' reports) differ in
# how much they say; only a gross difference means text is missing.
LENGTH_MAX_RATIO_INDEPENDENT = 2.6  # also the deviation from the median of three independent versions
# Three independent versions: one shorter than both others by this much has left text out. Correct independent
# reports of the real-release corpus stay within 1.8× of both their siblings; those that leave text out reach 2.3×.
LENGTH_MAX_SHORT_OF_TWO_INDEPENDENT = 2.2
LENGTH_MIN = 60  # English-equivalent characters: shorter rows (headlines, datelines) vary too much
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_WORDS = re.compile(r"[\W\d_]+")
_SCRIPTS = {"zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"), "en": re.compile(r"[A-Za-z]"),
            "ru": re.compile(r"[А-Яа-яЁё]")}
_URLISH = re.compile(r"^\S+@\S+$|^(?:https?://|www\.)\S+$", re.IGNORECASE)


def _others(segment: Segment, lang: str, langs: Sequence[str]) -> list[str]:
    return [o for o in langs if o != lang and not segment.cells[o].is_empty]


def missing_issues(segment: Segment, lang: str, langs: Sequence[str]) -> list[CellIssue]:
    if not segment.cells[lang].is_empty:
        return []
    filled = _others(segment, lang, langs)
    if not filled:
        return []
    names = ", ".join(LANG_NAMES[o] for o in filled)
    return [CellIssue(Kind.MISSING, Severity.ERROR, "missing-text", {"lang": LANG_NAMES[lang], "others": names},
                      "empty")]


def _legitimately_identical(text: str) -> bool:
    """Numbers, dates, codes, e-mail addresses and one- or two-word names may be the same in every language."""
    words = _NOT_WORDS.sub(" ", text).split()
    if not words or _URLISH.match(text.strip()):
        return True
    return len(words) <= 2 and all(w[:1].isupper() for w in words) and not _CJK.search(text)


def script_language(text: str, min_letters: int = 3) -> str | None:
    """The document language whose script dominates `text` (a Chinese character weighs three letters)."""
    counts = {lang: len(pattern.findall(text)) * (3 if lang == "zh" else 1) for lang, pattern in _SCRIPTS.items()}
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count >= min_letters else None


def untranslated_issues(segment: Segment, lang: str, langs: Sequence[str]) -> list[CellIssue]:
    """The cell repeats a sibling word for word, or is plainly written in a sibling's language."""
    text = segment.cells[lang].text
    if not text.strip():
        return []
    norm = " ".join(text.split()).casefold()
    for other in _others(segment, lang, langs):
        if " ".join(segment.cells[other].text.split()).casefold() == norm and not _legitimately_identical(text):
            if script_language(text) == lang:
                continue  # the sibling is the one in the wrong language: it gets the finding
            return [CellIssue(Kind.UNTRANSLATED, Severity.ERROR, "untranslated-identical",
                              {"other": LANG_NAMES[other]}, f"same-as:{other}")]
    detected = script_language(text, min_letters=20)
    if detected is not None and detected != lang and detected in _others(segment, lang, langs):
        return [CellIssue(Kind.UNTRANSLATED, Severity.ERROR, "untranslated-script",
                          {"detected": LANG_NAMES[detected], "lang": LANG_NAMES[lang]}, f"written-in:{detected}")]
    return []


def stale_issues(segment: Segment, lang: str) -> list[CellIssue]:
    if not segment.is_stale(lang):
        return []
    source = segment.cells[lang].provenance.source_lang or ""
    return [CellIssue(Kind.STALE, Severity.WARNING, "stale", {"source": LANG_NAMES.get(source, source)},
                      f"stale:{source}")]


def english_equivalent_length(text: str, lang: str) -> float:
    text = " ".join(text.split())
    if lang == "zh":
        cjk = len(_CJK.findall(text))
        return cjk * CJK_WEIGHT + (len(text) - cjk)
    return len(text) / (RU_FACTOR if lang == "ru" else 1.0)


def length_issues(segment: Segment, lang: str, langs: Sequence[str],
                  said_before: Callable[[str], str] | None = None) -> list[CellIssue]:
    """A version much shorter or longer than its siblings: text dropped or pasted twice. `said_before(o)` is what
    version `o` said in the rows above: a sibling's sentence that repeats it is no text this version left out."""
    if segment.cells[lang].is_empty:
        return []
    present = [lang, *_others(segment, lang, langs)]
    if len(present) < 2:
        return []
    sizes = {o: english_equivalent_length(_without_repeated_quotes(segment.cells[o].text, o), o) for o in present}
    if max(sizes.values()) < LENGTH_MIN:
        return []
    own = sizes[lang]
    short_limit = None
    if len(present) >= 3:
        ref = statistics.median(sizes.values())
        derived = any(segment.cells[o].provenance.source_lang in present for o in present)
        limit = LENGTH_MAX_DEVIATION if derived else LENGTH_MAX_RATIO_INDEPENDENT
        short_limit = None if derived else LENGTH_MAX_SHORT_OF_TWO_INDEPENDENT
    else:
        other = present[1]
        ref = sizes[other]
        limit = LENGTH_MAX_RATIO
        derived_from = segment.cells[lang].provenance.source_lang
        blame_self = derived_from == other or (segment.cells[other].provenance.source_lang != lang and own < ref)
        if not blame_self:
            return []
        if other not in (derived_from, segment.cells[other].provenance.source_lang):
            limit = LENGTH_MAX_RATIO_INDEPENDENT
    if own * (short_limit or limit) < ref and (short_limit is None or all(
            own * short_limit < size for o, size in sizes.items() if o != lang)):
        if said_before is not None:
            fresh = {o: english_equivalent_length(_without_said_before(_without_repeated_quotes(
                segment.cells[o].text, o), said_before(o)), o) if o != lang else own for o in present}
            ref = statistics.median(fresh.values()) if len(present) >= 3 else fresh[present[1]]
            if not (own * (short_limit or limit) < ref and (short_limit is None or all(
                    own * short_limit < size for o, size in fresh.items() if o != lang))):
                return []
        return [CellIssue(Kind.LENGTH, Severity.WARNING, "length-short", {"ratio": f"{ref / own:.1f}"}, "short")]
    if own > ref * limit or (own > ref * LENGTH_MAX_DEVIATION and _repeats_itself(segment.cells[lang].text)):
        return [CellIssue(Kind.LENGTH, Severity.WARNING, "length-long", {"ratio": f"{own / ref:.1f}"}, "long")]
    return []


# Every quotation, short ones too, so that straight quotes pair up in order ("a" … "b", not a" … "b).
_QUOTATIONS = re.compile(r"«[^«»]*»|“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
_WORDS = re.compile(r"[^\W\d_]{4,}")
REPEAT_MIN_SHARE = 0.4  # of a quotation's words that the cell also says outside it
REPEAT_MIN_WORDS = 5  # shorter quotations (a phrase, a name) are left in


def _tokens(text: str, lang: str) -> set[str]:
    """Chinese character pairs, else the first four letters of each word of four letters or more (a Russian stem)."""
    if lang == "zh":
        chars = _CJK.findall(text)
        return {a + b for a, b in itertools.pairwise(chars)}
    return {w[:4].casefold() for w in _WORDS.findall(text)}


def _without_repeated_quotes(text: str, lang: str) -> str:
    """The text less the quotations that repeat what it reports in its own words («Мишустин передал приветствие… —
    «Хочу передать вам слова приветствия…»): the words said twice are one piece of content, not text the other
    versions lack."""
    if not any(q in text for q in "«“「\""):
        return text
    out = text
    for m in _QUOTATIONS.finditer(text):
        quoted = _tokens(m.group(), lang)
        rest = _tokens(text[:m.start()] + " " + text[m.end():], lang)
        if len(quoted) >= REPEAT_MIN_WORDS and len(quoted & rest) >= REPEAT_MIN_SHARE * len(quoted):
            out = out.replace(m.group(), " ", 1)
    return out


_SENTENCES = re.compile(r"[^.!?。！？]+[.!?。！？]?")
_CLAUSE = re.compile(r"[，,；;：:]\s*")
SAID_BEFORE_MIN_CHARS = 20  # shorter repeats (a name, a phrase) are left in


def _without_said_before(text: str, before: str) -> str:
    """The text less the sentences that repeat, word for word but for an opening clause, what the version said in an
    earlier row (据中方初步统计，截至12月中旬，贸易额已突破1000亿美元 after the lead gave it from the ministry): said
    once, the other versions need not say it twice."""
    earlier = " ".join(before.split())
    if not earlier:
        return text
    out = text
    for m in _SENTENCES.finditer(text):
        sentence = " ".join(m.group().split())
        opening = _CLAUSE.search(sentence)
        rest = sentence[opening.end():] if opening else sentence
        if len(rest) >= SAID_BEFORE_MIN_CHARS and rest in earlier:
            out = out.replace(m.group(), " ", 1)
    return out


def _repeats_itself(text: str) -> bool:
    """The same sentence (20 characters or more) twice: text pasted twice, whoever wrote the other versions."""
    seen: set[str] = set()
    for m in _SENTENCES.finditer(text):
        sentence = " ".join(m.group().split())
        if len(sentence) >= 20:
            if sentence in seen:
                return True
            seen.add(sentence)
    return False


# -- numbers ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuantitySet:
    """One version's quantities with look-up sets, built once per text."""

    items: tuple[Quantity, ...]
    keys: frozenset[tuple[str, float]]
    date_months: frozenset[float]
    date_days: frozenset[float]
    qualifiers: dict[tuple[str, float], frozenset[Approx]]
    figures: tuple[Quantity, ...]  # numbers and percentages, for figures written to another precision
    rounded: bool  # whether any of them is written to a precision

    @classmethod
    def of(cls, items: Sequence[Quantity]) -> QuantitySet:
        dates = [q.value for q in items if q.kind is QKind.DATE]
        qualifiers: dict[tuple[str, float], set[Approx]] = {}
        for q in items:
            qualifiers.setdefault(q.key, set()).add(q.approx)
        figures = tuple(q for q in items if q.kind in (QKind.NUMBER, QKind.PERCENT))
        # Other readings answer too: 四分之三个世纪 is the 75 years another version says.
        keys = frozenset(qualifiers) | {r for q in items for r in q.readings}
        return cls(tuple(items), keys, frozenset(v // 100 for v in dates),
                   frozenset(v % 100 for v in dates), {k: frozenset(v) for k, v in qualifiers.items()},
                   figures, any(q.precision for q in figures))

    def _rounds_to(self, q: Quantity) -> bool:
        """A figure here that `q` rounds to, or that rounds to `q`: $93.8 billion and 938.06亿美元 (not 50.8 and
        508.59亿, which rounds to 50.9). A half rounds up: 31.5% is 32 percent, and "31 percent" is cut short."""
        if q.kind not in (QKind.NUMBER, QKind.PERCENT) or not (q.precision or self.rounded):
            return False
        for f in self.figures:
            unit = max(q.precision, f.precision)
            if not unit or f.kind is not q.kind:
                continue
            gap = abs(f.value - q.value)
            if gap < unit / 2 * (1 - 1e-9):
                return True
            if gap <= unit / 2 * (1 + 1e-9):  # a half: the coarser figure must be the one rounded up
                coarse, fine = (f, q) if f.precision >= q.precision else (q, f)
                if abs(coarse.value) > abs(fine.value):
                    return True
        return False

    def _share_of(self, q: Quantity) -> bool:
        """A share written as a fraction here and as a percentage there, the one the other rounded to a whole
        percent: «почти четверть» for 24.7% (25), "a third" for 33.3%, not for 32%."""
        if _is_share(q):
            return any(f.kind is QKind.PERCENT and round(f.value) == round(q.value * 100) for f in self.figures)
        if q.kind is QKind.PERCENT:
            return any(_is_share(f) and round(q.value) == round(f.value * 100) for f in self.figures)
        return False

    def _bounded(self, q: Quantity) -> bool:
        """A round floor or ceiling here that `q` falls just past, or one in `q` that a figure here falls just past:
        «более 300 компаний» for 316 companies, "less than 2,000" for 1,950 (within the floor's last digit: 316 is
        more than 300 and under 400; 3,160 is no figure "more than 300" stands for)."""
        if q.kind not in (QKind.NUMBER, QKind.PERCENT):
            return False
        for f in self.figures:
            if f.kind is not q.kind:
                continue
            bound, figure = (q, f) if q.approx in (Approx.MORE, Approx.LESS) else (f, q)
            if bound.approx not in (Approx.MORE, Approx.LESS) or figure.approx is not Approx.EXACT:
                continue
            unit = _round_unit(bound.value)
            if unit and (0 < figure.value - bound.value < unit if bound.approx is Approx.MORE
                         else 0 < bound.value - figure.value < unit):
                return True
        return False

    def satisfies(self, q: Quantity) -> bool:
        """Whether this version says the same as `q` somewhere (lenient about how it is written)."""
        key = q.key
        if (key in self.keys or self._rounds_to(q) or any(r in self.keys for r in q.readings) or self._share_of(q)
                or self._bounded(q)):
            return True
        if q.kind is QKind.DATE:  # "July … 19" split apart
            return (QKind.MONTH.value, q.value // 100) in self.keys and (QKind.NUMBER.value, q.value % 100) in self.keys
        if q.kind is QKind.MONTH:
            return q.value in self.date_months
        if q.kind is QKind.TIME:  # 10:00 = 上午10时 = 10 a.m.
            return q.value % 100 == 0 and (QKind.NUMBER.value, q.value // 100) in self.keys
        if key[0] == QKind.NUMBER.value:  # 上午10时 = 10:00; 19日 = July 19
            return (QKind.TIME.value, q.value * 100) in self.keys or (q.value > 12 and q.value in self.date_days)
        return False


def _round_unit(value: float) -> float:
    """The place of a round figure's last non-zero digit: 100 for 300, 1,000,000 for 2 million; 0 for 2.5 or 316½."""
    if value != int(value) or value < 10:
        return 0.0
    unit, whole = 1, int(value)
    while whole % (unit * 10) == 0:
        unit *= 10
    return float(unit) if unit > 1 else 0.0


def _is_share(q: Quantity) -> bool:
    """A fraction written in words (四分之一, "a quarter", «четверть»), not in digits (0.25)."""
    return q.kind is QKind.NUMBER and 0 < q.value < 1 and not any(c in "0123456789" for c in q.text)


def number_issues(segment: Segment, lang: str, found: Mapping[str, QuantitySet], langs: Sequence[str],
                  known_ordinals: Mapping[str, frozenset[float]] | None = None,
                  known_dates: Mapping[str, frozenset[float]] | None = None) -> list[CellIssue]:
    """Quantities that are not the same in this version as in its siblings.

    With three versions the odd one out gets the finding (a number missing here that both siblings have, or a
    number only this version has); with two, the version derived from the other one does. Dates are the
    exception: a version that gives no date where another does lacks it (a warning, once per paragraph), and a
    version that gives another day contradicts the others (an error, on the odd one out). `known_ordinals` holds
    the ordinals each version gives anywhere in the release: "the 7th forum" need not be repeated; `known_dates`
    the days each version gives anywhere: a date given in another paragraph is not missing.
    """
    if segment.cells[lang].is_empty:
        return []
    others = _others(segment, lang, langs)
    if not others:
        return []
    known_ordinals = known_ordinals or {}
    issues: list[CellIssue] = []
    reported: set[tuple[str, float]] = set()
    missing_dates: list[tuple[Quantity, list[str]]] = []
    said_missing: list[bool] = []  # whether each missing date is the day a source spoke, not an event's
    text = segment.cells[lang].text
    # A relative word with two readings ("on Monday": last or next) is a date too, though not a strict one.
    dated = any((q.strict or q.approx is Approx.ABOUT) and (_is_day(q, text) or q.kind is QKind.MONTH)
                for q in found[lang].items)
    own_days = [q for q in found[lang].items if q.strict and _is_day(q, text) and not said_on(q, text)]
    readings = {q.value for q in found[lang].items if q.kind is QKind.DATE and q.approx is Approx.ABOUT}
    # Dates as written, without the dateline's and the relative words' other readings: a version that gives its
    # own day for the event contradicts another day even when its dateline shows that one.
    written_sets: dict[str, QuantitySet] = {}

    def written(o: str) -> QuantitySet:
        if o not in written_sets:
            written_sets[o] = QuantitySet.of([q for q in found[o].items if q.strict])
        return written_sets[o]

    conflicting = [q for q in own_days if not any(found[o].satisfies(q) for o in others)]
    # An ordinal this version gives elsewhere in the release ("the 7th forum") need not be repeated, unless this
    # paragraph gives another one in its place (IX for X).
    own_ordinals = [q for q in found[lang].items if q.strict and q.kind is QKind.ORDINAL
                    and not any(found[o].satisfies(q) for o in others)]
    lacking_ordinals = [q for o in others for q in found[o].items if q.strict and q.kind is QKind.ORDINAL
                        and not found[lang].satisfies(q)]
    # Quantities that siblings have and this version lacks.
    known = (known_dates or {})
    for other in others:
        for q in found[other].items:
            if _named_period(q, segment.cells[other].text, known.get(lang, ())):
                continue  # «за семь месяцев» where this version names January–July
            if _days_of_range(q, segment.cells[other].text, found[lang]):
                continue  # "for four days" where this version gives July 20-23
            if _years_apart(q, segment.cells[other].text, found[lang], text):
                continue  # "starts in 2024 and takes three years" where this version says it ends in 2027
            if _sum_of_parts(q, segment.cells[other].text, found[lang], text):
                continue  # «49 пассажиров и членов экипажа» where this version counts 43 passengers and 6 crew
            dates = q.kind in (QKind.DATE, QKind.MONTH)
            mine = written(lang) if dates and conflicting else found[lang]
            if not q.strict or q.key in reported or mine.satisfies(q):
                continue
            if q.kind is QKind.ORDINAL and not own_ordinals and q.value in known_ordinals.get(lang, ()):
                continue  # the 7th forum, named so in another paragraph of this version
            # This version's days that may be the day asked for: not one of another year written with both.
            rivals = [d for d in own_days if _same_year(d, text, lang, q, segment.cells[other].text, other)]
            if dates and not rivals and _known_day(q, segment.cells[other].text, other, known.get(lang, ())):
                continue  # the day or the month, given in another paragraph of this version
            holders = [o for o in others if found[o].satisfies(q)]
            # Relative words of this version ("last week") that cannot mean the date: a contradiction, not an omission.
            unread = readings and (q.kind is not QKind.DATE or q.value not in readings)
            if dates and not unread and (
                    not dated or all(all(written(h).satisfies(d) for d in rivals) for h in holders)):
                odd_one_out = True  # no date here, or none the givers contradict: this version lacks it
            elif len(others) > 1:
                odd_one_out = len(holders) == len(others)
            else:
                odd_one_out = blamed(segment, lang, other, langs) == lang
            if not odd_one_out:
                continue  # the sibling with the extra number gets the finding
            reported.update(_same_date(q))
            if q.kind in (QKind.DATE, QKind.MONTH):
                missing_dates.append((q, holders))
                said_missing.append(said_on(q, segment.cells[other].text))
                continue
            where = ", ".join(f"{o}: “{_example(q, found[o])}”" for o in holders)
            issues.append(CellIssue(Kind.NUMBER, Severity.ERROR, "number-missing",
                                    {"value": q.describe(), "where": where}, f"missing:{q.key[0]}:{q.value:g}"))
    if missing_dates:  # one finding per paragraph, however many ways the siblings write the date
        dates = [q for q, _ in missing_dates if not (q.kind is QKind.MONTH and any(
            d.kind is QKind.DATE and d.value // 100 == q.value for d, _ in missing_dates))]
        holders = missing_dates[0][1]
        where = ", ".join(f"{o}: “{_example(dates[0], found[o])}”" for o in holders)
        args = {"dates": ", ".join(q.describe() for q in dates), "where": where}
        detail = "missing-date:" + ",".join(f"{q.value:g}" for q in dates)
        own = [q for q in found[lang].items if q.strict and q.key not in reported and _is_day(q, text)
               and not said_on(q, text) and not any(found[o].satisfies(q) for o in others)
               and any(_same_year(q, text, lang, m, segment.cells[hs[0]].text, hs[0]) for m, hs in missing_dates if hs)]
        if own and not all(said_missing):  # this version gives another day: one finding says both, on the odd one
            reported.update(k for q in own for k in _same_date(q))
            args["text"] = ", ".join(dict.fromkeys(q.text.strip() for q in own))
            if (len(others) > 1 and len(holders) == len(others)) or (
                    len(others) == 1 and blamed(segment, lang, others[0], langs) == lang):
                issues.insert(0, CellIssue(Kind.NUMBER, Severity.ERROR, "date-differs", args, detail,
                                           span=(own[0].start, own[0].end)))
        else:
            issues.insert(0, CellIssue(Kind.NUMBER, Severity.WARNING, "date-missing", args, detail))
    issues = [i for i in issues if not (i.message_id == "number-missing" and _is_reported_day(i.detail, reported))]
    # Quantities only this version has.
    for q in found[lang].items:
        if not q.strict or q.key in reported or q.kind in (QKind.DATE, QKind.MONTH):
            continue  # a date only this version gives is reported where it is missing
        if q.kind is QKind.ORDINAL and not lacking_ordinals and any(
                q.value in known_ordinals.get(o, ()) for o in others):
            continue
        lacking = [o for o in others if not found[o].satisfies(q)]
        if all(_named_period(q, text, known.get(o, ())) or _days_of_range(q, text, found[o])
               or _years_apart(q, text, found[o], segment.cells[o].text)
               or _sum_of_parts(q, text, found[o], segment.cells[o].text) for o in lacking):
            continue  # "seven months" where the others name January–July, "four days" where they give July 20-23
        if len(lacking) < len(others) or (len(others) == 1 and blamed(segment, lang, others[0], langs) != lang):
            continue
        reported.update(_same_date(q))
        names = " or ".join(LANG_NAMES[o] for o in lacking)
        issues.append(CellIssue(Kind.NUMBER, Severity.ERROR, "number-extra",
                                {"text": q.text.strip(), "value": q.describe(), "langs": names},
                                f"extra:{q.key[0]}:{q.value:g}", span=(q.start, q.end)))
    issues.extend(_approximation_issues(segment, lang, found, others, langs))
    return issues


_MONTHS_AFTER = re.compile(r"\s*(?:months?\b|месяц|个月|個月)", re.IGNORECASE)


def _named_period(q: Quantity, text: str, known: Iterable[float]) -> bool:
    """A count of N months ("over seven months", «за семь месяцев», 前7个月) is the period January to month N when a
    version names that period in the release (January-July, 1-7月): that version need not count the months."""
    return (q.kind is QKind.NUMBER and 1 < q.value <= 12 and q.value == int(q.value)
            and _MONTHS_AFTER.match(text, q.end) is not None and {1.0, float(q.value)} <= set(known))


_DAYS_AFTER = re.compile(r"\s*-?(?:天|days?\b|дн[еяи]|сут(?:ок|ки))", re.IGNORECASE)


def _days_of_range(q: Quantity, text: str, dates: QuantitySet) -> bool:
    """A count of N days ("for five days", 在随后的4天时间里, «пять дней») is the span of a range of dates that another
    version gives instead (August 10-14, «с 20 по 23 июля»): the first and the last day counted in."""
    if q.kind is not QKind.NUMBER or not 1 < q.value <= 31 or q.value != int(q.value):
        return False
    if _DAYS_AFTER.match(text, q.end) is None:
        return False
    days = []
    for d in dates.items:
        if d.kind is QKind.DATE:
            with contextlib.suppress(ValueError):
                days.append(dt.date(2000, int(d.value) // 100, int(d.value) % 100))
    return any((last - first).days + 1 == q.value for first in days for last in days)


_YEARS_AFTER = re.compile(r"\s*-?(?:年(?![代级級度])|years?\b|год(?:а|ом)?\b|лет\b)", re.IGNORECASE)


def _is_year(q: Quantity, text: str) -> bool:
    return q.kind is QKind.NUMBER and 1900 <= q.value <= 2100 and text[q.start:q.end].strip().isdigit()


def _count_of_years(q: Quantity, text: str) -> bool:
    return (q.kind is QKind.NUMBER and 1 <= q.value <= 50 and q.value == int(q.value)
            and not _is_year(q, text) and _YEARS_AFTER.match(text, q.end) is not None)


def _years_apart(q: Quantity, text: str, theirs: QuantitySet, their_text: str) -> bool:
    """A year and a count of years say one span two ways: "starts in 2020 and takes two years" is «завершится в 2022
    году». The year closing the span is answered by the year opening it and the count, the count by the two years."""
    # (the year opening the span may be the release's own, which need not be repeated: it still opens the span)
    years = [y.value for y in theirs.items if _is_year(y, their_text)]
    if _is_year(q, text):
        counts = [n.value for n in theirs.items if _count_of_years(n, their_text)]
        return any(y + n == q.value for y in years for n in counts)
    if _count_of_years(q, text):  # the span's two ends in theirs, or its opening here and its end there
        opening = years + [int(m.group()) for m in _YEAR_DIGITS.finditer(text)]
        return any(b - a == q.value for a in opening for b in years)
    return False


_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _sum_of_parts(q: Quantity, text: str, theirs: QuantitySet, their_text: str) -> bool:
    """A count that two or three counts of one sentence of the other version add up to: «Ни один из 49 пассажиров и
    членов экипажа» is 43名乘客 … 另有6名机组人员 (a subset between them, 其中包括5名儿童, is no part). The total says
    nothing the parts do not; the parts stay demanded of the version that only adds them up."""
    if not _is_count(q, text):
        return False
    counts = sorted((c for c in theirs.items if c.strict and _is_count(c, their_text) and c.value < q.value),
                    key=lambda c: c.start)
    for _, sentence in itertools.groupby(counts, key=lambda c: len(_SENTENCE.findall(their_text, 0, c.start))):
        parts = list(sentence)[:6]
        if any(sum(c.value for c in chosen) == q.value for n in (2, 3) for chosen in itertools.combinations(parts, n)):
            return True
    return False


_SENTENCE = re.compile(r"[.!?。！？;；](?:\s|$)|[。！？；]")


def _is_count(q: Quantity, text: str) -> bool:
    """A whole number of things, with the word of what it counts after it (43名乘客, "6 crew", «49 пассажиров»): not
    a year (four bare digits from 1000 to 2100: 1665, 1691 and 1740) nor a figure of a list or a reference (133–134)."""
    after = text[q.end:q.end + 2].lstrip()
    return (q.kind is QKind.NUMBER and q.value == int(q.value) and q.value > 0 and after[:1].isalpha()
            and not (1000 <= q.value <= 2100 and text[q.start:q.end].strip().isdigit()))


def _same_date(q: Quantity) -> set[tuple[str, float]]:
    """The keys a reported date stands for: "May 16" is also the day 16 and the month May, reported once."""
    keys = {q.key}
    if q.kind is QKind.DATE:
        keys |= {(QKind.NUMBER.value, q.value % 100), (QKind.MONTH.value, q.value // 100)}
    return keys


# The day a source spoke or reported (塔斯社26日称, 今日（19日）宣布, "the ministry said on Friday", «сообщил в
# пятницу») dates the statement, not the event: another version's event day (in Kyiv on May 16-17) cannot contradict it.
_SAID_AFTER = re.compile(r"[）)]?\s*(?:[上下]午|晚间?|早间?)?(?:称|表示|说|宣布|宣佈|指出|报道|報道|透露|"
                         r"通报|發表|发表|发布|在例行记者会上)")
_SAID_BEFORE = re.compile(r"(?:\b(?:said|says|announced|reported|stated|told|confirmed|noted|added|released|issued|"
                          r"published)|(?:заяви|сообщи|объяви|отмети|рассказа|подтверди|сообщает|заявляет)\w*)"
                          r"\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


# The year written with a date: "January 1, 2011", «1 января 2011 года», 2011年1月1日.
_YEAR_AFTER = re.compile(r",?\s*((?:19|20)\d\d)(?!\d)")
_ZH_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)\s*年\s*$")


def date_year(q: Quantity, text: str, lang: str) -> int | None:
    """The year written with the date `q` of `text`, if any."""
    if q.kind is not QKind.DATE:
        return None
    m = _ZH_YEAR_BEFORE.search(text, max(0, q.start - 8), q.start) if lang == "zh" else _YEAR_AFTER.match(text, q.end)
    return int(m.group(1)) if m else None


def dated_value(value: float, year: int) -> float:
    """A date's value with its year (20110101 for January 1, 2011), apart from every month's and day's value."""
    return year * 10000 + value


def _same_year(a: Quantity, a_text: str, a_lang: str, b: Quantity, b_text: str, b_lang: str) -> bool:
    """Whether days `a` and `b` may be one day: not when each is written with a year and the years differ."""
    years = date_year(a, a_text, a_lang), date_year(b, b_text, b_lang)
    return None in years or years[0] == years[1]


def _known_day(q: Quantity, text: str, lang: str, known: Iterable[float]) -> bool:
    """Whether this version gives the day or month `q` elsewhere: in the year written with it, if one is."""
    year = date_year(q, text, lang)
    return (dated_value(q.value, year) if year is not None else q.value) in known


def said_on(q: Quantity, text: str) -> bool:
    """Whether the day `q` of `text` is the day a source spoke or reported, not the day of an event."""
    before = text[max(0, q.start - 60):q.start]
    return _SAID_AFTER.match(text, q.end) is not None or _SAID_BEFORE.search(before) is not None


def _is_day(q: Quantity, text: str) -> bool:
    """A date, or a day of the month written alone (25日)."""
    return q.kind is QKind.DATE or (q.kind is QKind.NUMBER and q.value <= 31 and text[q.end:q.end + 1] in ("日", "号")
                                    and not names_a_numbered_thing(text, q.end))


def _is_reported_day(detail: str, reported: set[tuple[str, float]]) -> bool:
    """A day number ("16") reported missing when the whole date ("May 16") is reported too."""
    kind, _, value = detail.removeprefix("missing:").partition(":")
    days = {v % 100 for k, v in reported if k == QKind.DATE.value}
    return kind == QKind.NUMBER.value and float(value) in days


def blamed(segment: Segment, a: str, b: str, langs: Sequence[str]) -> str:
    """Which of two disagreeing versions gets the finding: the one derived from the other, else the later one."""
    if segment.cells[b].provenance.source_lang == a:
        return b
    if segment.cells[a].provenance.source_lang == b:
        return a
    return max(a, b, key=langs.index)


def _example(q: Quantity, found: QuantitySet) -> str:
    return next((f.text.strip() for f in found.items if QuantitySet.of([f]).satisfies(q)), q.describe())


def _approximation_issues(segment: Segment, lang: str, found: Mapping[str, QuantitySet],
                          others: Sequence[str], langs: Sequence[str]) -> list[CellIssue]:
    """The same number, but "more than 100" in both siblings and plain or "less than" 100 here.

    "about" is left alone: translators add and drop it freely (43 such differences in 240 professionally
    translated XQuAD paragraphs), while "more than" turned into an exact count changes the claim.
    """
    issues = []
    for q in found[lang].items:
        if not q.strict or q.kind not in (QKind.NUMBER, QKind.PERCENT):
            continue
        qualifiers = {o: found[o].qualifiers.get(q.key, frozenset()) for o in others}
        if not all(len(v) == 1 for v in qualifiers.values()):
            continue
        theirs = {next(iter(v)) for v in qualifiers.values()}
        mine = found[lang].qualifiers[q.key]
        directional = theirs <= {Approx.MORE} or theirs <= {Approx.LESS}
        agreeing = {Approx.ABOUT, *theirs} | ({Approx.AT_MOST} if theirs <= {Approx.LESS} else set())
        if directional and len(mine) == 1 and not mine & agreeing and (
                len(others) == 2 or blamed(segment, lang, others[0], langs) == lang):
            said = next(iter(theirs))
            said_text = {Approx.MORE: "more than", Approx.LESS: "less than", Approx.ABOUT: "about"}.get(said, "exactly")
            issues.append(CellIssue(Kind.NUMBER, Severity.WARNING, "number-qualifier",
                                    {"text": q.text.strip(), "said": said_text, "value": q.describe()},
                                    f"approx:{q.value:g}:{said.value}", span=(q.start, q.end)))
    return issues
