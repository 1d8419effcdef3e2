"""The per-cell checks that compare a segment's three versions: missing, untranslated, stale, numbers and length."""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.qa.findings import CellIssue, Kind, Severity
from desktop_app.domain.qa.numbers import Approx, QKind, Quantity, quantities
from desktop_app.domain.release import Segment

LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}

# Length: each version is turned into an "English-equivalent" length. Calibrated on the sample release and on
# 240 professionally translated en/zh/ru paragraphs (XQuAD): with these weights no version of those deviates
# from the median of its siblings by more than 1.51×.
CJK_WEIGHT = 3.5  # one Chinese character ≈ 3.5 characters of English
RU_FACTOR = 1.07  # Russian runs about 7% longer than English
LENGTH_MAX_DEVIATION = 1.7  # three versions: one further than this from the median is flagged
LENGTH_MAX_RATIO = 2.0  # two versions: one more than this times the other
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


def length_issues(segment: Segment, lang: str, langs: Sequence[str]) -> list[CellIssue]:
    """A version much shorter or longer than its siblings: text dropped or pasted twice."""
    if segment.cells[lang].is_empty:
        return []
    present = [lang, *_others(segment, lang, langs)]
    if len(present) < 2:
        return []
    sizes = {o: english_equivalent_length(segment.cells[o].text, o) for o in present}
    if max(sizes.values()) < LENGTH_MIN:
        return []
    own = sizes[lang]
    if len(present) >= 3:
        ref = statistics.median(sizes.values())
        limit = LENGTH_MAX_DEVIATION
    else:
        other = present[1]
        ref = sizes[other]
        limit = LENGTH_MAX_RATIO
        derived_from = segment.cells[lang].provenance.source_lang
        blame_self = derived_from == other or (segment.cells[other].provenance.source_lang != lang and own < ref)
        if not blame_self:
            return []
    if own * limit < ref:
        return [CellIssue(Kind.LENGTH, Severity.WARNING, "length-short", {"ratio": f"{ref / own:.1f}"}, "short")]
    if own > ref * limit:
        return [CellIssue(Kind.LENGTH, Severity.WARNING, "length-long", {"ratio": f"{own / ref:.1f}"}, "long")]
    return []


# -- numbers ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuantitySet:
    """One version's quantities with look-up sets, built once per text."""

    items: tuple[Quantity, ...]
    keys: frozenset[tuple[str, float]]
    date_months: frozenset[float]
    date_days: frozenset[float]
    qualifiers: dict[tuple[str, float], frozenset[Approx]]

    @classmethod
    def of(cls, items: Sequence[Quantity]) -> QuantitySet:
        dates = [q.value for q in items if q.kind is QKind.DATE]
        qualifiers: dict[tuple[str, float], set[Approx]] = {}
        for q in items:
            qualifiers.setdefault(q.key, set()).add(q.approx)
        return cls(tuple(items), frozenset(qualifiers), frozenset(v // 100 for v in dates),
                   frozenset(v % 100 for v in dates), {k: frozenset(v) for k, v in qualifiers.items()})

    def satisfies(self, q: Quantity) -> bool:
        """Whether this version says the same as `q` somewhere (lenient about how it is written)."""
        key = q.key
        if key in self.keys:
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


@functools.lru_cache(maxsize=8192)
def quantity_set(text: str, lang: str) -> QuantitySet:
    return QuantitySet.of(quantities(text, lang))


def number_issues(segment: Segment, lang: str, found: Mapping[str, QuantitySet],
                  langs: Sequence[str]) -> list[CellIssue]:
    """Quantities that are not the same in this version as in its siblings.

    With three versions the odd one out gets the finding (a number missing here that both siblings have, or a
    number only this version has); with two, the version derived from the other one does.
    """
    if segment.cells[lang].is_empty:
        return []
    others = _others(segment, lang, langs)
    if not others:
        return []
    issues: list[CellIssue] = []
    reported: set[tuple[str, float]] = set()
    missing_dates: list[tuple[Quantity, list[str]]] = []
    # Quantities that siblings have and this version lacks.
    for other in others:
        for q in found[other].items:
            if not q.strict or q.key in reported or found[lang].satisfies(q):
                continue
            holders = [o for o in others if found[o].satisfies(q)]
            if len(others) > 1:
                odd_one_out = len(holders) == len(others)
            else:
                odd_one_out = blamed(segment, lang, other, langs) == lang
            if not odd_one_out:
                continue  # the sibling with the extra number gets the finding
            reported.update(_same_date(q))
            if q.kind in (QKind.DATE, QKind.MONTH):
                missing_dates.append((q, holders))
                continue
            where = ", ".join(f"{o}: “{_example(q, found[o])}”" for o in holders)
            issues.append(CellIssue(Kind.NUMBER, Severity.ERROR, "number-missing",
                                    {"value": q.describe(), "where": where}, f"missing:{q.key[0]}:{q.value:g}"))
    if missing_dates:  # one finding per paragraph, however many ways the siblings write the date
        dates = [q for q, _ in missing_dates if not (q.kind is QKind.MONTH and any(
            d.kind is QKind.DATE and d.value // 100 == q.value for d, _ in missing_dates))]
        holders = missing_dates[0][1]
        where = ", ".join(f"{o}: “{_example(dates[0], found[o])}”" for o in holders)
        issues.insert(0, CellIssue(Kind.NUMBER, Severity.ERROR, "date-missing",
                                   {"dates": ", ".join(q.describe() for q in dates), "where": where},
                                   "missing-date:" + ",".join(f"{q.value:g}" for q in dates)))
    issues = [i for i in issues if not (i.message_id == "number-missing" and _is_reported_day(i.detail, reported))]
    # Quantities only this version has.
    for q in found[lang].items:
        if not q.strict or q.key in reported:
            continue
        lacking = [o for o in others if not found[o].satisfies(q)]
        if len(lacking) < len(others) or (len(others) == 1 and blamed(segment, lang, others[0], langs) != lang):
            continue
        reported.update(_same_date(q))
        names = " or ".join(LANG_NAMES[o] for o in lacking)
        issues.append(CellIssue(Kind.NUMBER, Severity.ERROR, "number-extra",
                                {"text": q.text.strip(), "value": q.describe(), "langs": names},
                                f"extra:{q.key[0]}:{q.value:g}", span=(q.start, q.end)))
    issues.extend(_approximation_issues(segment, lang, found, others, langs))
    return issues


def _same_date(q: Quantity) -> set[tuple[str, float]]:
    """The keys a reported date stands for: "May 16" is also the day 16 and the month May, reported once."""
    keys = {q.key}
    if q.kind is QKind.DATE:
        keys |= {(QKind.NUMBER.value, q.value % 100), (QKind.MONTH.value, q.value // 100)}
    return keys


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
        if directional and len(mine) == 1 and not mine & {Approx.ABOUT, *theirs} and (
                len(others) == 2 or blamed(segment, lang, others[0], langs) == lang):
            said = next(iter(theirs))
            said_text = {Approx.MORE: "more than", Approx.LESS: "less than", Approx.ABOUT: "about"}.get(said, "exactly")
            issues.append(CellIssue(Kind.NUMBER, Severity.WARNING, "number-qualifier",
                                    {"text": q.text.strip(), "said": said_text, "value": q.describe()},
                                    f"approx:{q.value:g}:{said.value}", span=(q.start, q.end)))
    return issues
