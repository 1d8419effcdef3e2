"""Dates as a reader resolves them: relative words against the release date, datelines, weekdays with dates.

昨日 in a report dated the 20th is the 19th, and "on Monday" in a report dated that Monday is that day: such words
become (soft) dates, which confirm a date another version writes out but are never reported as missing. A
newswire dateline (新华社北京5月16日电, "BEIJING, May 16 (Xinhua) --", «МОСКВА, 16 мая. /ТАСС/.») sets the day
that its paragraph's relative words count from, and its own date is soft too: versions need not repeat it. A
weekday given with a date must agree with the calendar ("Monday, March 21, 2023" is wrong: it was a Tuesday).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from desktop_app.domain.qa.checks import QuantitySet
from desktop_app.domain.qa.findings import CellIssue, Kind, Severity
from desktop_app.domain.qa.numbers import _EN_MONTHS, _RU_MONTH_RE, MONTH_NAMES, QKind, Quantity, _ru_month, quantities
from desktop_app.domain.release import Release, Role

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RU_WEEKDAY = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
_EN_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_CN_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"

_DATELINES = {
    "zh": re.compile(rf"^\s*[（(【]?[^，。；\n]{{0,24}}?{_CN_NUM}\s*月\s*{_CN_NUM}\s*日\s*(?:电|讯|消息)"),
    "en": re.compile(rf"^\s*[A-Z][A-Za-z .'\-]{{1,40}},\s*{_EN_MONTH}\s+(\d{{1,2}})\b[^\n]{{0,40}}?"
                     r"(?:\((?:Xinhua|TASS|Sputnik|RIA Novosti|China Daily|AFP|Reuters|AP)\)\s*(?:--|—|–|-)?|"
                     r"/\s*TASS\s*/\.?|[–—-]\s*(?:RIA Novosti|Sputnik)\.?)"),
    "ru": re.compile(rf"^\s*[А-ЯЁ][А-ЯЁа-яё \-]{{1,40}},\s*(\d{{1,2}})\s+{_RU_MONTH_RE}\.?\s*"
                     r"(?:/\s*(?:ТАСС|корр\.\s*ТАСС[^/]*)\s*/\.?|[–—-]\s*(?:РИА Новости|Синьхуа|Sputnik)\.?|"
                     r"\(Синьхуа\)\s*(?:--|—|–|-)?)"),
}


def _cn_int(raw: str) -> int:
    if raw.isdigit():
        return int(raw)
    import cn2an

    return int(cn2an.cn2an(raw, "smart"))


def parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def dateline(text: str, lang: str) -> tuple[int, int, int, int] | None:
    """(start, end, month, day) of a newswire dateline that opens `text`, if any."""
    m = _DATELINES[lang].match(text)
    if m is None:
        return None
    if lang == "zh":
        month, day = _cn_int(m.group(1)), _cn_int(m.group(2))
    elif lang == "en":
        month, day = _EN_MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
    else:
        month, day = _ru_month(m.group(2)), int(m.group(1))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return m.start(), m.end(), month, day


def _near(reference: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month and day nearest to `reference` (a dateline of 31 December in a January release)."""
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - reference) < abs(best - reference):
            best = candidate
    return best


# -- relative words --------------------------------------------------------------------------------------------
# 本月16日 and a bare 16日 ("on the 16th" of the reference month) count as relative words too.
_ZH_RELATIVE = re.compile(r"(今天|今日|昨天|昨日|前天|前日|明天|明日|后天|当天|当日)"
                          r"|(?:本月|(?<![\d月年一二三四五六七八九十]))\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号](?![本前后内])|(上|本|这|下)?(?:周|星期|礼拜)([一二三四五六日天])")
_ZH_OFFSETS = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2,
               "明天": 1, "明日": 1, "后天": 2}
_EN_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow)\b|\b(?:(last|this|next|on|from|since|until)\s+)?"
                          r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_EN_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_RU_RELATIVE = re.compile(r"(?<![\w-])(сегодня|вчера|позавчера|завтра|послезавтра)(?![\w-])|(?<![\w-])"
                          r"(?:(прошл\w*|эт\w*|следующ\w*|в|во)\s+)?(понедельник\w*|вторник\w*|сред[аеуы]|четверг\w*|"
                          r"пятниц[аеуы]|суббот[аеуы]|воскресень[еяю])(?![\w-])", re.IGNORECASE)
_RU_OFFSETS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2}


def _weekday_dates(reference: dt.date, weekday: int, which: str) -> list[dt.date]:
    """The dates a weekday word may mean: last week's, this week's, next week's, or the nearest either side."""
    this_week = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=weekday)
    if which == "last":
        return [this_week - dt.timedelta(days=7)]
    if which == "next":
        return [this_week + dt.timedelta(days=7)]
    if which == "this":
        return [this_week]
    before = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
    return [before, before + dt.timedelta(days=7)] if before != reference else [before]


def relative_dates(text: str, lang: str, reference: dt.date) -> list[Quantity]:
    """Soft dates for the relative words of `text`, counted from `reference`."""
    out: list[Quantity] = []

    def add(day: dt.date, m: re.Match[str]) -> None:
        out.append(Quantity(day.month * 100 + day.day, QKind.DATE, m.start(), m.end(), m.group(), strict=False))

    if lang == "zh":
        for m in _ZH_RELATIVE.finditer(text):
            if m.group(1):
                add(reference + dt.timedelta(days=_ZH_OFFSETS[m.group(1)]), m)
            elif m.group(2):
                day = _near(reference, reference.month, _cn_int(m.group(2)))
                if day is not None:
                    add(day, m)
            else:
                which = {"上": "last", "下": "next", "本": "this", "这": "this"}.get(m.group(3) or "", "")
                for day in _weekday_dates(reference, _ZH_WEEKDAY[m.group(4)], which):
                    add(day, m)
    elif lang == "en":
        for m in _EN_RELATIVE.finditer(text):
            if m.group(1):
                add(reference + dt.timedelta(days=_EN_OFFSETS[m.group(1).lower()]), m)
            else:
                which = (m.group(2) or "").lower()
                weekday = WEEKDAYS.index(m.group(3).capitalize())
                for day in _weekday_dates(reference, weekday, which if which in ("last", "this", "next") else ""):
                    add(day, m)
    else:
        for m in _RU_RELATIVE.finditer(text):
            if m.group(1):
                add(reference + dt.timedelta(days=_RU_OFFSETS[m.group(1).lower()]), m)
            else:
                word = (m.group(2) or "").lower()
                which = "last" if word.startswith("прошл") else "next" if word.startswith("следующ") else (
                    "this" if word.startswith("эт") else "")
                weekday = next(v for k, v in _RU_WEEKDAY.items() if m.group(3).lower().startswith(k))
                for day in _weekday_dates(reference, weekday, which):
                    add(day, m)
    return out


# -- weekdays given with a date --------------------------------------------------------------------------------
_WEEKDAY_WITH_DATE = {
    "en": re.compile(rf"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:{_EN_MONTH}\s+(\d{{1,2}})"
                     rf"(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH})(?:,?\s+(\d{{4}}))?"),
    "ru": re.compile(rf"(?<![\w-])(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье),?\s+"
                     rf"(\d{{1,2}})\s+{_RU_MONTH_RE}(?:\s+(\d{{4}}))?", re.IGNORECASE),
    "zh": re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[（(]?\s*"
                     r"(?:星期|周|礼拜)([一二三四五六日天])"),
}


def weekday_claims(text: str, lang: str) -> list[tuple[int, int, int, int, int | None, int]]:
    """(start, end, month, day, year or None, weekday) for each weekday written next to a date."""
    claims = []
    for m in _WEEKDAY_WITH_DATE[lang].finditer(text):
        if lang == "en":
            weekday = WEEKDAYS.index(m.group(1))
            month_word, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
            month, year = _EN_MONTHS[month_word.lower().rstrip(".")], m.group(6)
        elif lang == "ru":
            weekday = next(v for k, v in _RU_WEEKDAY.items() if m.group(1).lower().startswith(k))
            day, month, year = m.group(2), _ru_month(m.group(3)), m.group(4)
        else:
            year, month, day, weekday = m.group(1), int(m.group(2)), m.group(3), _ZH_WEEKDAY[m.group(4)]
        claims.append((m.start(), m.end(), int(month), int(day), int(year) if year else None, weekday))
    return claims


class ReleaseDates:
    """The release's reference day (release date, else its dateline) and each cell's quantities with its dates."""

    def __init__(self, release: Release) -> None:
        self.release = release
        self.reference = self._reference()

    def _reference(self) -> dt.date | None:
        released = parse_iso(self.release.date)
        for segment in self.release.segments[:4]:
            for lang in ("zh", "en", "ru"):
                text = segment.cells[lang].text
                line = dateline(text, lang)
                if line is not None and released is not None:
                    return _near(released, line[2], line[3])
                if segment.role is Role.DATELINE and released is None:
                    full = _full_date(text, lang)
                    if full is not None:
                        return full
        return released

    def cell_reference(self, index: int, lang: str) -> tuple[dt.date | None, tuple[int, int] | None]:
        """The day relative words of this cell count from, and the span of its own dateline if it opens with one."""
        text = self.release.segments[index].cells[lang].text
        line = dateline(text, lang)
        if line is None:
            return self.reference, None
        anchor = self.reference or parse_iso(self.release.date)
        return (_near(anchor, line[2], line[3]) if anchor else None), (line[0], line[1])

    def quantity_set(self, index: int, lang: str) -> QuantitySet:
        text = self.release.segments[index].cells[lang].text
        reference, span = self.cell_reference(index, lang)
        return _quantity_set(text, lang, reference, span)

    def weekday_issues(self, index: int, lang: str) -> list[CellIssue]:
        """A weekday next to a date that falls on another weekday."""
        text = self.release.segments[index].cells[lang].text
        if not any(w in text for w in ("day", "星期", "周", "礼拜", "ник", "сред", "четверг", "пятниц", "суббот",
                                       "воскресен")):
            return []
        reference = self.reference or parse_iso(self.release.date)
        issues = []
        for start, end, month, day, year, weekday in weekday_claims(text, lang):
            if year is None and reference is None:
                continue
            try:
                actual = dt.date(year, month, day) if year else _near(reference, month, day)  # type: ignore[arg-type]
            except ValueError:
                continue
            if actual is None or actual.weekday() == weekday:
                continue
            shown = f"{MONTH_NAMES[month - 1]} {day}, {actual.year}"
            issues.append(CellIssue(Kind.NUMBER, Severity.ERROR, "date-weekday",
                                    {"text": text[start:end], "date": shown, "weekday": WEEKDAYS[actual.weekday()]},
                                    f"weekday:{actual.isoformat()}:{weekday}", None, (start, end)))
        return issues


def _full_date(text: str, lang: str) -> dt.date | None:
    """A written-out date with its year (2023年7月20日, July 20, 2023, 20 июля 2023 года)."""
    patterns = {"zh": r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日",
                "en": rf"{_EN_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})",
                "ru": rf"(\d{{1,2}})\s+{_RU_MONTH_RE}\s+(\d{{4}})"}
    m = re.search(patterns[lang], text, re.IGNORECASE if lang == "ru" else 0)
    if m is None:
        return None
    if lang == "zh":
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif lang == "en":
        year, month, day = int(m.group(3)), _EN_MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
    else:
        year, month, day = int(m.group(3)), _ru_month(m.group(2)), int(m.group(1))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=8192)
def _quantity_set(text: str, lang: str, reference: dt.date | None, span: tuple[int, int] | None) -> QuantitySet:
    found = list(quantities(text, lang))
    if span is not None:  # the dateline's own date: other versions need not repeat it
        found = [replace(q, strict=False) if span[0] <= q.start < span[1] else q for q in found]
    if reference is not None:
        found += relative_dates(text, lang, reference)
    return QuantitySet.of(found)
