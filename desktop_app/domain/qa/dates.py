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
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from desktop_app.domain.qa.checks import LANG_NAMES, QuantitySet, blamed, date_year, dated_value, said_on
from desktop_app.domain.qa.findings import CellIssue, Kind, Severity
from desktop_app.domain.qa.numbers import (
    _EN_MONTHS,
    _RU_MONTH_RE,
    MONTH_NAMES,
    ZH_NUMBERED,
    Approx,
    QKind,
    Quantity,
    _ru_month,
    inside_title_marks,
    names_a_numbered_thing,
    quantities,
)
from desktop_app.domain.release import Release, Role

CELL_CACHE = 32768  # cells whose dates stay read: the whole of a 10,000-row release, as the user types
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RU_WEEKDAY = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
_EN_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_CN_NUM = r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"  # 廿八 (28) as Hong Kong and Macao papers write the day

_RU_MONTH_ABBR = r"(?i:(янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?)"  # «13 ИЮНЯ» in Interfax
_RU_ABBR_MONTHS = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_DATELINES = {
    "zh": re.compile(rf"^\s*[（(【]?[^，。；\n]{{0,24}}?{_CN_NUM}\s*月\s*{_CN_NUM}\s*日\s*(?:电|讯|電|訊|消息)"),
    # "MOSCOW, May 6 (Xinhua) --"; Interfax parts city and day with a full stop: "BEIJING. Nov 20 (Interfax) -".
    # A release wire names the country after the city: "TULA, Russia, June 7, 2019 /PRNewswire/ —".
    "en": re.compile(rf"^\s*[A-Z][A-Za-z .'\-\[\]/]{{1,40}}(?:,\s*[A-Z][A-Za-z .'\-]{{1,30}})?[,.]\s*{_EN_MONTH}"
                     r"\s+(\d{1,2})\b[^\n]{0,40}?"
                     # (Xinhua), (NNN-TASS): an agency, or a pool of agencies joined by a hyphen or slash
                     r"(?:\((?:Xinhua|TASS|Sputnik|RIA Novosti|China Daily|Interfax|AFP|Reuters|AP|ANI|"
                     r"[A-Z]{2,}(?:[-/][A-Z]{2,})*)\)\s*"
                     r"(?:--|—|–|-|:)?|"
                     r"/\s*(?:TASS|PRNewswire(?:-[A-Za-z]+)?)\s*/\.?|[–—-]\s*(?:RIA Novosti|Sputnik)\.?)"),
    "ru": re.compile(rf"^\s*[А-ЯЁ][А-ЯЁа-яё \-/]{{1,40}}[,.]\s*(\d{{1,2}})\s+{_RU_MONTH_ABBR}\s*"
                     r"(?:/\s*(?:ТАСС|Синьхуа|корр\.\s*ТАСС[^/]*)\s*/\.?|[–—-]\s*(?:РИА Новости|Синьхуа|Sputnik)\.?|"
                     # «ИНТЕРФАКС –» after the day, or «- ПРАЙМ.» after a short month
                     r"\(Синьхуа\)\s*(?:--|—|–|-)?|[A-ZА-ЯЁ][A-ZА-ЯЁ.]{2,}\s*[–—-]|[–—-]\s*[A-ZА-ЯЁ]{3,}\.)"),
}


def _cn_int(raw: str) -> int:
    """A day or month written in digits or Chinese numerals; 0 (no such day) when it is not a number (十十)."""
    if raw.isdigit():
        return int(raw)
    from desktop_app.domain.qa.numbers import _cn_value

    value = _cn_value(raw)
    return int(value) if value is not None else 0


def parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


# Xinhua's dateline as People's Daily Online carries it, without the agency: "MOSCOW, March 19 — Russian President…".
# The city in capitals and the dash keep "In Moscow, March 19 was…" out.
_EN_BARE_DATELINE = re.compile(rf"^\s*[A-Z][A-Z .'\-]{{1,40}},\s*{_EN_MONTH}\s+(\d{{1,2}})\s*(?:--|—|–)(?=\s)")


# A site's stamp of the day it published, opening the report: "Tuesday, 14 May 2024 — The ministers …" (the dash or
# the underscore some copies leave parts it from the story).
_EN_DATE_STAMP = re.compile(rf"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(\d{{1,2}})\s+{_EN_MONTH}"
                            r",?\s+\d{4}\s*(?:--|—|–|-|_)\s*")


def dateline(text: str, lang: str) -> tuple[int, int, int, int] | None:
    """(start, end, month, day) of a newswire dateline that opens `text`, if any."""
    stamp = _EN_DATE_STAMP.match(text) if lang == "en" else None
    if stamp is not None:
        month, day = _EN_MONTHS[stamp.group(2).lower().rstrip(".")], int(stamp.group(1))
        return (stamp.start(), stamp.end(), month, day) if 1 <= day <= 31 else None
    m = _DATELINES[lang].match(text) or (_EN_BARE_DATELINE.match(text) if lang == "en" else None)
    if m is None:
        return None
    if lang == "zh":
        month, day = _cn_int(m.group(1)), _cn_int(m.group(2))
    elif lang == "en":
        month, day = _EN_MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
    else:
        month, day = _RU_ABBR_MONTHS.index(m.group(2).lower()[:3].replace("мая", "май")[:3]) + 1, int(m.group(1))
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
# 本月16日 and a bare 16日 ("on the 16th" of the reference month) count as relative words too; “雪龙2号” in quotes is
# a ship's name, not the 2nd.
# 今日俄罗斯 (Russia Today), 今日美国 (USA Today), 今日中国, 今日头条: outlets named "today", no day.
_ZH_RELATIVE = re.compile(r"(今天|今日(?!俄罗斯|俄羅斯|美国|美國|中国|中國|头条|頭條)|昨天|昨日|前天|前日|明天|明日"
                          r"|后天)"
                          r"|(?:本月|(?<![\d月年一二三四五六七八九十廿卅]))\s*(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*"
                          rf"(?:日|号(?![”」』])(?!{ZH_NUMBERED}))(?![本前后内])"
                          r"|(上|本|这|下)?(?:周|星期|礼拜)([一二三四五六日天])")
# 6月15日至22日: the day closing a range is of the month that opened it, not of the reference month.
_ZH_RANGE_OPENED = re.compile(r"(\d{1,2})\s*月\s*\d{1,2}\s*[日号]?\s*(?:至|到|[-–—~～－])\s*$")
_ZH_OFFSETS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2,
               "明天": 1, "明日": 1, "后天": 2}
_EN_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow)\b(?!['’]s)|\b(?:(last|this|next|on|from|since|until)\s+)?"
                          r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_EN_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_RU_RELATIVE = re.compile(r"(?<![\w-])(сегодня|вчера|позавчера|завтра|послезавтра)(?![\w-])|(?<![\w-])"
                          r"(?:(прошл\w*|минувш\w*|прошедш\w*|эт\w*|следующ\w*|в|во)\s+)?(понедельник\w*|вторник\w*|сред[аеуы]|четверг\w*|"
                          r"пятниц[аеуы]|суббот[аеуы]|воскресень[еяю])(?![\w-])", re.IGNORECASE)
_RU_OFFSETS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2}
# «Накануне отряд прибыл»: the day before the report; «накануне визита» (before a noun in the genitive) is the eve
# of something, no day.
_RU_EVE = re.compile(r"(?<![\w-])накануне(?![\w-])(?:\s+([а-яё]+))?", re.IGNORECASE)


# «до среды», «со среды»: the day; «окружающей среды», «в деловой среде», «создать среду»: the environment.
_RU_DAY_PREPOSITION = re.compile(r"(?<![\w-])(?:до|со|с|по|к|ко|после|между)\s+$", re.IGNORECASE)


def _sreda_is_environment(text: str, m: re.Match[str]) -> bool:
    """«среда» is also the noun 'environment'. It is Wednesday after «в/во» only as «среду», after the words of a
    week, after a preposition of time, or before a date («Среда, 6 марта»)."""
    form = m.group(3).lower()
    if not form.startswith("сред"):
        return False
    word = (m.group(2) or "").lower()
    if word in ("в", "во") or re.search(r"(?<![\w-])и\s+$", text[max(0, m.start(3) - 4):m.start(3)]):
        return form != "среду"  # «в понедельник и среду»; «природы и среды» is the environment
    if word:
        return False
    return not (_RU_DAY_PREPOSITION.search(text, max(0, m.start(3) - 8), m.start(3))
                or _DATE_AFTER.match(text, m.end()))


# 每周二和周日, 每周一、三、五, 每逢周末: days of every week. "every Tuesday"; «по вторникам», «каждую среду».
_ZH_EVERY = re.compile(r"每逢?\s*(?:(?:周|星期|礼拜)?[一二三四五六日天]\s*[和、及与至到,，]\s*)*$")
_EN_EVERY = re.compile(r"\bevery\s+$", re.IGNORECASE)
_RU_EVERY = re.compile(r"(?<![\w-])(?:кажд\w+|еженедельно)\s+$", re.IGNORECASE)


def _recurs_ru(text: str, m: re.Match[str]) -> bool:
    """«по вторникам», «каждую среду»: a weekday of every week, no date."""
    return (m.group(3).lower().endswith(("ам", "ами"))
            or _RU_EVERY.search(text, max(0, m.start(3) - 16), m.start(3)) is not None)


def _eve_of_something(word: str | None) -> bool:
    if not word:
        return False
    from desktop_app.domain.morphology import russian_analyzer

    return any("gent" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO")
               for p in russian_analyzer().parse(word))


def _weekday_dates(reference: dt.date, weekday: int, which: str) -> list[dt.date]:
    """The dates a weekday word may mean: last week's, this week's, next week's, the one just past, or the nearest
    either side."""
    this_week = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=weekday)
    if which == "last":
        return [this_week - dt.timedelta(days=7)]
    if which == "next":
        return [this_week + dt.timedelta(days=7)]
    if which == "this":
        return [this_week]
    before = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
    if which == "past":  # «в минувшую среду»: the one just gone, a week back on a Wednesday
        return [before if before != reference else before - dt.timedelta(days=7)]
    return [before, before + dt.timedelta(days=7)] if before != reference else [before]


_FUTURE = {"en": re.compile(r"\b(?:will|shall|to be held|is to|are to|scheduled|next week|upcoming|plans? to)\b",
                            re.IGNORECASE),
           "ru": re.compile(r"(?:будет|будут|состоится|пройд[её]т|посетит|примет|провед[её]т|планиру|намерен|"
                            r"предстоящ)", re.IGNORECASE),
           "zh": re.compile(r"将|拟|计划|即将|下周")}


# "local media reported on Sunday": when the news came out, not when the event happened.
_REPORTED = {"en": re.compile(r"\b(?:reported|announced|said|disclosed|told [\w ]{1,20})\s*$", re.IGNORECASE),
             "ru": re.compile(r"(?:сообщил[аио]?|заявил[аио]?|передал[аио]?)\s*$", re.IGNORECASE)}


_DATE_AFTER = re.compile(r"\s*[,，（(]?\s*(?:\d{1,2}\b|\d{1,2}\s*[日号]|[A-Z][a-z]{2,8}\.?\s+\d)")
_DATE_BEFORE = re.compile(r"(?:\d\s*[日号]\s*[（(]?|\d{4}\s*,)\s*$")


_WEEKS = {"zh": re.compile(r"(上|本|这|下)(?:周|星期|个星期)(?![一二三四五六日天])"),
          "en": re.compile(r"\b(last|this|next) week\b", re.IGNORECASE),
          "ru": re.compile(r"на (прошлой|этой|следующей) неделе", re.IGNORECASE)}
_WEEK_OFFSETS = {"上": -1, "本": 0, "这": 0, "下": 1, "la": -1, "th": 0, "ne": 1, "пр": -1, "эт": 0, "сл": 1}


def _sentence(text: str, at: int) -> str:
    start = max((text.rfind(c, 0, at) for c in ".!?。！？"), default=-1) + 1
    ends = [i for i in (text.find(c, at) for c in ".!?。！？") if i >= 0]
    return text[start:min(ends, default=len(text))]


# "a brighter tomorrow", 更加美好的明天, «светлое завтра»: the word as a noun for the future, not a day.
_FIGURATIVE = {"zh": re.compile(r"的\s*$"),
               "en": re.compile(r"\b(?:a|the|our|their|its|better|brighter|\w+er)\s+$", re.IGNORECASE),
               "ru": re.compile(r"\w+(?:ое|ее|ем|ом)\s+$", re.IGNORECASE)}


def _figurative(text: str, at: int, lang: str) -> bool:
    return _FIGURATIVE[lang].search(text[max(0, at - 20):at]) is not None


def _nowadays(text: str, at: int, offset: int) -> bool:
    """Whether a 'today' is inside a quotation («…», “…”, „…“, 「…」 or straight quotes), where a speaker's «сегодня»
    is often 'nowadays' (现在); a quoted 'yesterday' stays a day."""
    before = text[:at]
    return offset == 0 and (before.count("«") > before.count("»") or before.count("“") > before.count("”")
                            or before.count("„") > before.count("“") or before.count("「") > before.count("」")
                            or before.count('"') % 2 == 1)


def relative_dates(text: str, lang: str, reference: dt.date) -> list[Quantity]:
    """Soft dates for the relative words of `text`, counted from `reference`. A quoted speaker's 'today' (in «Отношения
    сегодня вышли на новый уровень», often "nowadays", 现在) counts from the day he spoke: a date, not one to demand."""
    out: list[Quantity] = []

    def add(day: dt.date, m: re.Match[str], strict: bool = True) -> None:
        # A reading of a word that has several is soft and marked "about": a date, but not a demanded one.
        out.append(Quantity(day.month * 100 + day.day, QKind.DATE, m.start(), m.end(), m.group(),
                            Approx.EXACT if strict else Approx.ABOUT, strict))

    def add_weekday(days: list[dt.date], m: re.Match[str]) -> None:
        """"on Monday" is the last Monday, or the next one when the sentence speaks of the future."""
        if _DATE_AFTER.match(text, m.end()) or _DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            return  # a weekday written with its date: the date says it (and `weekday_issues` checks the pair)
        reported = lang in _REPORTED and _REPORTED[lang].search(text[max(0, m.start() - 30):m.start()]) is not None
        if len(days) == 1:
            add(days[0], m, not reported)
            return
        future = _FUTURE[lang].search(_sentence(text, m.start())) is not None
        add(days[0], m, not future and not reported)
        add(days[1], m, future and not reported)

    if lang == "zh":
        for m in _ZH_RELATIVE.finditer(text):
            if m.group(1):
                if not _figurative(text, m.start(), "zh"):
                    offset = _ZH_OFFSETS[m.group(1)]
                    add(reference + dt.timedelta(days=offset), m, not _nowadays(text, m.start(), offset))
            elif m.group(2):
                if inside_title_marks(text, m.start(2), m.end()):
                    continue  # 《长江7号》: a film's title, not the 7th
                opened = _ZH_RANGE_OPENED.search(text, max(0, m.start(2) - 16), m.start(2))
                day = _near(reference, int(opened.group(1)) if opened else reference.month, _cn_int(m.group(2)))
                if day is not None:
                    add(day, m)
            elif not _ZH_EVERY.search(text, max(0, m.start() - 24), m.start()):
                which = {"上": "last", "下": "next", "本": "this", "这": "this"}.get(m.group(3) or "", "")
                add_weekday(_weekday_dates(reference, _ZH_WEEKDAY[m.group(4)], which), m)
    elif lang == "en":
        for m in _EN_RELATIVE.finditer(text):
            if m.group(1):
                if not _figurative(text, m.start(), "en"):
                    offset = _EN_OFFSETS[m.group(1).lower()]
                    add(reference + dt.timedelta(days=offset), m, not _nowadays(text, m.start(), offset))
            elif not _EN_EVERY.search(text, max(0, m.start() - 8), m.start(3)):
                which = (m.group(2) or "").lower()
                weekday = WEEKDAYS.index(m.group(3).capitalize())
                add_weekday(_weekday_dates(reference, weekday, which if which in ("last", "this", "next") else ""), m)
    else:
        for m in _RU_RELATIVE.finditer(text):
            if m.group(1):
                if not _figurative(text, m.start(), "ru"):
                    offset = _RU_OFFSETS[m.group(1).lower()]
                    add(reference + dt.timedelta(days=offset), m, not _nowadays(text, m.start(), offset))
            else:
                if _sreda_is_environment(text, m) or _recurs_ru(text, m):
                    continue
                word = (m.group(2) or "").lower()
                which = "last" if word.startswith("прошл") else "next" if word.startswith("следующ") else (
                    "this" if word.startswith("эт") else "past" if word.startswith(("минувш", "прошедш")) else "")
                weekday = next(v for k, v in _RU_WEEKDAY.items() if m.group(3).lower().startswith(k))
                add_weekday(_weekday_dates(reference, weekday, which), m)
        for m in _RU_EVE.finditer(text) if "акануне" in text else ():
            if not _eve_of_something(m.group(1)):
                day = reference - dt.timedelta(days=1)
                end = m.start() + len("накануне")
                out.append(Quantity(day.month * 100 + day.day, QKind.DATE, m.start(), end, text[m.start():end]))
    for m in _WEEKS[lang].finditer(text):  # "last week": any of its days, none of them demanded
        monday = reference - dt.timedelta(days=reference.weekday())
        first = monday + dt.timedelta(days=7 * _WEEK_OFFSETS[m.group(1).lower()[:2]])
        for offset in range(7):
            add(first + dt.timedelta(days=offset), m, False)
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


def _given_days(items: Sequence[Quantity], text: str, lang: str, year: int | None) -> list[float]:
    """The dates and months of a cell, without the days of a word read as more than two days (a week); each date
    also with its year, the one written with it or else the release's (2011年1月1日 gives 20110101)."""
    readings = Counter((q.start, q.end) for q in items if q.kind is QKind.DATE)
    given: list[float] = []
    for q in items:
        if q.kind is QKind.MONTH:
            given.append(q.value)
        elif q.kind is QKind.DATE and readings[q.start, q.end] <= 2:
            written = date_year(q, text, lang) or year
            given += [q.value, dated_value(q.value, written)] if written else [q.value]
    return given

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

    @functools.cached_property
    def ordinals(self) -> dict[str, frozenset[float]]:
        """The ordinals each version gives anywhere in the release ("the 7th Eastern Economic Forum")."""
        return {lang: frozenset(q.value for segment in self.release.segments
                                for q in quantities(segment.cells[lang].text, lang) if q.kind is QKind.ORDINAL)
                for lang in ("zh", "en", "ru")}

    @functools.cached_property
    def days(self) -> dict[str, frozenset[float]]:
        """The dates and months each version gives anywhere in the release, written out, as relative words or as a
        period ("the first eight months"); a month's value (1-12) never equals a date's (month * 100 + day).
        A week ("next week", 上周) is any of its seven days and gives none of them."""
        released = parse_iso(self.release.date) or self.reference
        return {lang: frozenset(value for index, segment in enumerate(self.release.segments)
                                if not segment.cells[lang].is_empty
                                for value in _given_days(self.quantity_set(index, lang).items, segment.cells[lang].text,
                                                         lang, released.year if released else None))
                for lang in ("zh", "en", "ru")}

    def cell_reference(self, index: int, lang: str) -> tuple[dt.date | None, tuple[int, int] | None]:
        """The day relative words of this cell count from, and the span of its own dateline if it opens with one.

        A cell without a dateline counts from the release date: another version's wire dateline of the day before
        ("新华社深圳9月13日电" in a release of the 14th) does not make this version's "yesterday" the 12th."""
        text = self.release.segments[index].cells[lang].text
        line = dateline(text, lang)
        if line is None:
            return parse_iso(self.release.date) or self.reference, None
        anchor = self.reference or parse_iso(self.release.date)
        return (_near(anchor, line[2], line[3]) if anchor else None), (line[0], line[1])

    def quantity_set(self, index: int, lang: str) -> QuantitySet:
        text = self.release.segments[index].cells[lang].text
        reference, span = self.cell_reference(index, lang)
        released = parse_iso(self.release.date) or self.reference
        return _quantity_set(text, lang, reference, span, released.year if released else None)

    def relative(self, index: int, lang: str) -> tuple[Quantity, ...]:
        text = self.release.segments[index].cells[lang].text
        reference, _ = self.cell_reference(index, lang)
        return _relative(text, lang, reference) if reference is not None else ()

    def relative_issues(self, index: int, lang: str, langs: Sequence[str]) -> list[CellIssue]:
        """Days that another version's relative words cannot mean (周一 against «сегодня» on a Tuesday, "July 19"
        against 上周): this version's relative words, or else its dates as written, against theirs.

        With three versions the odd one out gets the finding; with two, the version derived from the other (else
        the later one in column order).
        """
        segment = self.release.segments[index]
        mine = self._event_days(index, lang)
        if not mine:
            return []
        days = {o: {q.value for q in self.quantity_set(index, o).items if q.kind is QKind.DATE}
                for o in langs if not segment.cells[o].is_empty}
        others = [o for o in days if o != lang and days[o]]
        if not others or not any(self.relative(index, o) for o in (lang, *others)):
            return []
        clashing = []
        for other in others:
            theirs = self._event_days(index, other)
            if theirs and not ({q.value for q in mine} & days[other] or {q.value for q in theirs} & days[lang]):
                clashing.append((other, theirs[0]))
        if not clashing or len(clashing) < len(others):
            return []
        if len(others) == 1 and blamed(segment, lang, others[0], langs) != lang:
            return []
        other, theirs = clashing[0]
        q = mine[0]
        return [CellIssue(Kind.NUMBER, Severity.ERROR, "date-relative",
                          {"text": q.text, "date": q.describe(), "lang": LANG_NAMES[other], "other_text": theirs.text,
                           "other_date": theirs.describe()}, f"relative:{q.value:g}:{theirs.value:g}", None,
                          (q.start, q.end))]

    def _event_days(self, index: int, lang: str) -> tuple[Quantity, ...]:
        """The cell's relative words, or else its dates as written, but for the days a source spoke on (塔斯社26日称):
        those date a statement, and another version's event days cannot contradict them."""
        text = self.release.segments[index].cells[lang].text
        days = self.relative(index, lang) or tuple(q for q in self.quantity_set(index, lang).items
                                                   if q.kind is QKind.DATE and q.strict)
        return tuple(q for q in days if not said_on(q, text))

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


@functools.lru_cache(maxsize=CELL_CACHE)
def _relative(text: str, lang: str, reference: dt.date) -> tuple[Quantity, ...]:
    return tuple(relative_dates(text, lang, reference))


# Years by their distance from the release's: «за прошлый год» (or «в минувшем году») in a release of January 2024 is
# 2023, 去年 and "this year" likewise. Soft: they answer the year another version writes out and are never demanded.
# A growth "year on year" (同比, «в годовом исчислении») is no year: "up 36.5% year on year" does not say "a record in
# 2022".
_RELATIVE_YEARS = {
    "en": re.compile(r"\b(last|previous|this|current|next|coming)\s+year\b", re.IGNORECASE),
    "ru": re.compile(r"(?<![^\W\d_])(?:(прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*\s+год\w*|"
                     r"(прошлогодн)\w*)(?![^\W\d_])", re.IGNORECASE),
    "zh": re.compile(r"(去年|上年|上一年|前年|今年|本年|明年)"),
}
_YEAR_OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "прошл": -1,
                 "прошлогодн": -1, "минувш": -1, "предыдущ": -1, "эт": 0, "текущ": 0, "нынешн": 0, "следующ": 1,
                 "будущ": 1,
                 "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "今年": 0, "本年": 0, "明年": 1}


def relative_years(text: str, lang: str, year: int) -> list[Quantity]:
    """Soft years for the words of `text` that count years from the release's `year`."""
    out = []
    for m in _RELATIVE_YEARS[lang].finditer(text):
        offset = _YEAR_OFFSETS[next(g for g in m.groups() if g).lower()]
        out.append(Quantity(year + offset, QKind.NUMBER, m.start(), m.end(), m.group(), strict=False))
    return out


# A date that says when the news was published, not when the event was: 9月4日披露, «18 декабря передает Синьхуа».
_ATTRIBUTION = {"zh": re.compile(r"\s*(?:向\w{0,4})?(?:披露|发布|报道|宣布|通报|获悉|消息|讯|电)"),
                "ru": re.compile(r"\s*(?:передает|передаёт|сообщает|сообщил\w*|пишет|информирует)\b", re.IGNORECASE),
                "en": re.compile(r"\s*\((?:[A-Z][\w ]+)\)\s*(?:--|:)")}
_ZH_DURATION_AFTER = ("内", "以内", "后", "前", "间", "之内", "左右")
# The first of January that opens a count of the year so far ("184,000 TEUs since Jan. 1", 1月1日以来) says what "this
# year" says: a period the other versions give by its end (截至5月15日) or by 今年, not a date to repeat. "From
# January 1", 1月1日起 and «с 1 января» also open what takes effect that day, and stay demanded.
_EN_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_ZH_SINCE = re.compile(r"\s*以来")


# The year a growth is measured against, when it is the one before the release's or before the year the text
# measures: «на 21,2% больше уровня 2023 года» in 2024 says what "up 21.2% year on year" says, as do "an increase of
# 50.2 percent on the same period in 2022" or «рост к аналогичному периоду 2022 года» in 2023, and "5,001 trips in
# 2023, up 3 percent compared to the year 2022" in a release of January 2024. "Record highs in 2022" is no such base
# and stays demanded; "on", "over", "against" and «к» name a base only before the period, so "over 2022" (during it)
# stays demanded too.
_BASE_YEAR_BEFORE = {
    "en": re.compile(r"\b(?:(?:vs\.?|versus|compared\s+(?:with|to)|than(?:\s+in)?|from)\s+"
                     r"(?:(?:the\s+)?(?:same|like)\s+period\s+(?:of|in)\s+|the\s+year\s+)?|"
                     r"(?:on|over|against)\s+(?:the\s+)?(?:same|like)\s+period\s+(?:of|in)\s+)$", re.IGNORECASE),
    "ru": re.compile(r"(?<![^\W\d_])(?:(?:уровн[яюе]м?|сравнению\s+с|чем\s+(?:в|за)|относительно)\s+"
                     r"(?:(?:аналогичн|соответствующ|того\s+же)\w*\s+период\w*\s+)?|"
                     r"(?:к|против)\s+(?:аналогичн|соответствующ|того\s+же)\w*\s+период\w*\s+)$", re.IGNORECASE),
    "zh": re.compile(r"(?:比|较)\s*$"),
}


# «19-го числа», «19 числа», «с 23 по 24 число»: a day of the month (not «5 числа каждого месяца», of every month).
_RU_DAY_OF_MONTH = re.compile(r"(?:-?го|-?е)?\s+числ[оа](?![\w-])(?!\s+кажд)", re.IGNORECASE)
_RU_DAY_RANGE_END = re.compile(r"\s+по\s+\d{1,2}(?:-?го|-?е)?\s+числ[оа](?![\w-])(?!\s+кажд)", re.IGNORECASE)
_RU_DAY_RANGE_START = re.compile(r"(?<![\w-])с\s+$", re.IGNORECASE)


def _ru_day_of_month_end(text: str, q: Quantity) -> int | None:
    """Where «числа» ends after a day, or after the range a day opens («с 23 по 24 число»): None when it is no day."""
    m = _RU_DAY_OF_MONTH.match(text, q.end)
    if m is not None:
        return m.end()
    if _RU_DAY_RANGE_START.search(text, max(0, q.start - 3), q.start) and _RU_DAY_RANGE_END.match(text, q.end):
        return q.end
    return None


def _day_mark(text: str, end: int) -> int:
    """Where 日 or 号 would follow a number ending at `end`: Taiwanese sites set a space between (周二（2 日）)."""
    while end < len(text) and text[end] in " \u00a0":
        end += 1
    return end


def _reading(found: list[Quantity], text: str, lang: str, reference: dt.date | None,
             span: tuple[int, int] | None, year: int | None) -> list[Quantity]:
    """Quantities as a reader takes them: 16日 is a date of the reference month; the dateline's own date, a date of
    publication and the release's own year need not be repeated by the other versions (soft)."""
    out = []
    years = {q.value for q in found if q.kind is QKind.NUMBER and len(q.text.strip()) == 4 and 1900 < q.value < 2100}
    for q in found:
        in_dateline = span is not None and span[0] <= q.start < span[1]
        opens_year = q.kind is QKind.DATE and q.value == 101 and bool(
            _EN_SINCE.search(text, 0, q.start) if lang == "en" else lang == "zh" and _ZH_SINCE.match(text, q.end))
        if in_dateline or opens_year or (q.kind is QKind.DATE and _ATTRIBUTION[lang].match(text, q.end)):
            q = replace(q, strict=False)
        elif (lang == "zh" and reference is not None and q.kind is QKind.NUMBER and 1 <= q.value <= 31
              and text[_day_mark(text, q.end):_day_mark(text, q.end) + 1] in ("日", "号")
              and not text.startswith(_ZH_DURATION_AFTER, _day_mark(text, q.end) + 1)
              and not names_a_numbered_thing(text, _day_mark(text, q.end))
              and text[max(0, q.start - 1):q.start] not in ("月", "数", "几")):
            mark = _day_mark(text, q.end)
            opened = _ZH_RANGE_OPENED.search(text, max(0, q.start - 16), q.start)
            day = _near(reference, int(opened.group(1)) if opened else reference.month, int(q.value))
            if day is not None:
                strict = q.strict and not _ATTRIBUTION["zh"].match(text, mark + 1)
                q = Quantity(day.month * 100 + day.day, QKind.DATE, q.start, mark + 1, text[q.start:mark + 1],
                             strict=strict)
        elif (lang == "ru" and reference is not None and q.kind in (QKind.NUMBER, QKind.ORDINAL)
              and 1 <= q.value <= 31 and (chisla := _ru_day_of_month_end(text, q)) is not None):
            day = _near(reference, reference.month, int(q.value))
            if day is not None:  # «19-го числа», «19 числа»: the 19th of the reference month, as 19日 is
                q = Quantity(day.month * 100 + day.day, QKind.DATE, q.start, chisla, text[q.start:chisla],
                             strict=q.strict)
        elif year is not None and q.kind is QKind.NUMBER and len(q.text.strip()) == 4 and (
                q.value == year or ((q.value == year - 1 or q.value + 1 in years)
                                    and _BASE_YEAR_BEFORE[lang].search(text, 0, q.start))):
            q = replace(q, strict=False)
        out.append(q)
    return out


@functools.lru_cache(maxsize=CELL_CACHE)
def _quantity_set(text: str, lang: str, reference: dt.date | None, span: tuple[int, int] | None,
                  year: int | None) -> QuantitySet:
    found = _reading(list(quantities(text, lang)), text, lang, reference, span, year)
    if year is not None:
        found += relative_years(text, lang, year)
    if reference is not None:
        found += _relative(text, lang, reference)
        if span is not None:  # the dateline's day, however it is written («9 июл»)
            found.append(Quantity(reference.month * 100 + reference.day, QKind.DATE, span[0], span[1],
                                  text[span[0]:span[1]], strict=False))
    return QuantitySet.of(found)
