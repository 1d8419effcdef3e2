"""Quantities in Chinese, English and Russian text: digits, numerals, number words, dates, years and percentages.

Each language has its own extractor; all return `Quantity` objects with comparable keys, so 第十届 (zh),
"the 10th" (en) and X (ru) all give the number 10, 7月19日 / July 19 / 19 июля the date 07-19, and 100余 /
more than 100 / более 100 the number 100 with the qualifier "more". Precision comes first: number words for one
and two (两国, "both", двух) and numbers glued to letters (G20, 5G) are *soft* — they satisfy a quantity found
elsewhere but are never reported as missing themselves.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop_app.domain.qa.chinese_numerals import simple_value
from desktop_app.domain.qa.number_words import NumberWord, english_words, russian_words

log = logging.getLogger(__name__)


class QKind(StrEnum):
    NUMBER = "number"
    ORDINAL = "ordinal"
    PERCENT = "percent"
    DATE = "date"  # value = month * 100 + day
    MONTH = "month"
    TIME = "time"  # value = hours * 100 + minutes
    CODE = "code"  # phone numbers and the like: value = the digits as an int
    # Two occasions: 两度会晤, 2次会晤, "met twice", "two telephone conversations", «дважды». Unlike other words for
    # two (两国, "both", двух), a count of meetings is demanded, and only another count of two occasions answers it.
    # Other counts of two occasions (两次进入欧洲, "twice as well", «два раза») answer it but are not demanded.
    TIMES = "times"


class Approx(StrEnum):
    EXACT = ""
    MORE = "more"
    LESS = "less"
    ABOUT = "about"
    # "up to", "no more than", «до», 不超过: a ceiling, which the figure itself may reach. It agrees with a plain
    # figure and with "less than"; only "more than" contradicts it.
    AT_MOST = "at most"


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    kind: QKind
    start: int
    end: int
    text: str
    approx: Approx = Approx.EXACT
    strict: bool = True
    # How finely the figure is written: 0.1 billion for "$93.8 billion", 0 for a whole number. A figure written
    # coarser is the same quantity when it is the other one rounded (93.8 billion = 938.06亿), not truncated.
    precision: float = field(default=0.0, compare=False)
    # Other readings of the same words, any of which answers it: 增加了44倍 is 44 times more, or 45-fold (4400%).
    readings: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    key: tuple[str, float] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        """The key is what must match across languages: ordinals and percentages are numbers too (10th = X)."""
        kind = QKind.NUMBER if self.kind in (QKind.ORDINAL, QKind.PERCENT) else self.kind
        value = self.value if kind is QKind.CODE else float(f"{self.value:.10g}")  # 1625.84亿 = 162 584 млн
        object.__setattr__(self, "key", (kind.value, value))

    def describe(self) -> str:
        """The value as a reader would write it: 10, 2.5, July 19, 10:30."""
        if self.kind is QKind.DATE:
            return f"{MONTH_NAMES[int(self.value) // 100 - 1]} {int(self.value) % 100}"
        if self.kind is QKind.TIME:
            return f"{int(self.value) // 100}:{int(self.value) % 100:02d}"
        if self.kind is QKind.MONTH:
            return MONTH_NAMES[int(self.value) - 1]
        text = f"{self.value:.6f}" if 1000 <= self.value < 10000 else f"{self.value:,.6f}"
        text = text.rstrip("0").rstrip(".")
        return text + ("%" if self.kind is QKind.PERCENT else "")


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")

# -- shared pieces -------------------------------------------------------------------------------------------
_URL_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# +86 579 8246 1234, (495) 123-45-67, and a Chinese landline with its trunk 0: 010-65961114.
_PHONE = re.compile(r"(?<![\w.,])(?:(?:\+\d{1,3}[\s\-]?)?(?:\(\d{1,5}\)[\s\-]?)?\d{2,5}(?:[\s\-]\d{2,5}){2,}|"
                    r"0\d{1,3}[\s\-]\d{7,8})(?![\w.,]\d)")
_COUNTRY_CODE = re.compile(r"\+(\d{1,3})[\s\-(]")  # the international prefix, where a space or bracket ends it
_PHONE_HINT = re.compile(r"\d[\s\-]\d|\(\d")
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")  # 17 786 419: a number, not a phone
# 2023-07-20 (ISO) and 20.07.2023 (Russian usage): a date and a year; group numbers of year, month, day.
_NUMERIC_DATES = ((re.compile(r"(?<![\d.\-])(\d{4})-(\d{2})-(\d{2})(?![\d\-])"), (1, 2, 3)),
                  (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)"), (3, 2, 1)))
_TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
# "5:00 p.m.", "9 a.m.", "11.10 a.m.": the twelve-hour clock, which 17时 and 17:00 write on the twenty-four-hour one.
_TWELVE_HOUR = re.compile(r"(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m(?:\.|\b)", re.IGNORECASE)
# "07.10 GMT", «в 18.55 мск» (RIA, TASS and Gazeta.Ru write the hour and minutes with a full stop): a time, not 7.1.
_DOTTED_TIME = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:GMT|UTC|мск|MSK)\b)")
# «в 7.30 утра», «7.10 вечера», «в 3 часа дня»: the hour with the part of the day, the twelve-hour clock in Russian.
# A bare hour needs «в» before the part of the day, or «час»: «2 дня» and «3 вечера» are two days and three evenings,
# and «раз в 2 дня» is every two days, so «дня» takes only the minutes or «час».
_RU_PART_OF_DAY = re.compile(r"(?<![\d:.])(?:(1[0-2]|0?[1-9])[:.]([0-5]\d)\s+(утра|дня|вечера|ночи)"
                             r"|(?<=\b[вВ]\s)(1[0-2]|0?[1-9])\s+(утра|вечера|ночи)"
                             r"|(1[0-2]|0?[1-9])\s+час(?:а|ов)?\s+(утра|дня|вечера|ночи))\b")
_RU_AFTERNOON = ("дня", "вечера")
# Xinhua's end-of-story mark in its English and Russian wires ("… с 1990 года. -0-"), as (完) in Chinese: no zero.
_END_MARK = re.compile(r"(?<!\S)[-\u2013\u2014]0[-\u2013\u2014](?!\S)")
# The age rating Russian law puts after a title or a headline («игры (6+)», "(16+)"): a label, no count.
_AGE_RATING = re.compile(r"\(\s*(?:0|6|12|16|18)\+\s*\)")
# The return number of a flight or a train after a slash ("IO775/6", "HZ4456/7"): the rest of the code.
_CODE_BEFORE_SLASH = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,3}\d{1,5}/$")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _codes(text: str, out: list[Quantity]) -> str:
    """Phone numbers become one CODE each; URLs, e-mails and end-of-story marks are dropped; return the text with
    them blanked."""
    if "0" in text:
        for m in _END_MARK.finditer(text):
            text = _blank(text, m.start(), m.end())
    if "+" in text:
        for m in _AGE_RATING.finditer(text):
            text = _blank(text, m.start(), m.end())
    if "@" in text or "http" in text or "www." in text:
        for m in _URL_EMAIL.finditer(text):
            text = _blank(text, m.start(), m.end())
    for pattern, order in _NUMERIC_DATES:
        for m in pattern.finditer(text):
            year, month, day = (int(m.group(i)) for i in order)
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.append(Quantity(month * 100 + day, QKind.DATE, m.start(), m.end(), m.group()))
                out.append(Quantity(year, QKind.NUMBER, m.start(), m.end(), m.group()))
                text = _blank(text, m.start(), m.end())
    phones = _PHONE.finditer(text) if _PHONE_HINT.search(text) else ()
    for m in phones:
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 7 and not _GROUPED.fullmatch(m.group()):
            # +86 10 6596 1114 is 010-65961114 dialled from abroad: its national number answers the other too
            country = _COUNTRY_CODE.match(m.group())
            national = ((QKind.CODE.value, int(digits[len(country.group(1)):])),) if country else ()
            out.append(Quantity(int(digits), QKind.CODE, m.start(), m.end(), m.group(), readings=national))
            text = _blank(text, m.start(), m.end())
    for m in _TWELVE_HOUR.finditer(text) if "m" in text or "M" in text else ():
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        out.append(Quantity(hour * 100 + int(m.group(2) or 0), QKind.TIME, m.start(), m.end(), m.group()))
        text = _blank(text, m.start(), m.end())
    for m in _RU_PART_OF_DAY.finditer(text) if any(part in text for part in ("утра", "дня", "вечера", "ночи")) else ():
        part = m.group(3) or m.group(5) or m.group(7)
        hour = int(m.group(1) or m.group(4) or m.group(6)) % 12 + (12 if part in _RU_AFTERNOON else 0)
        out.append(Quantity(hour * 100 + int(m.group(2) or 0), QKind.TIME, m.start(), m.end(), m.group()))
        text = _blank(text, m.start(), m.end())
    for m in _DOTTED_TIME.finditer(text) if any(zone in text for zone in ("GMT", "UTC", "мск", "MSK")) else ():
        out.append(Quantity(int(m.group(1)) * 100 + int(m.group(2)), QKind.TIME, m.start(), m.end(), m.group()))
        text = _blank(text, m.start(), m.end())
    for m in _TIME.finditer(text) if ":" in text else ():
        out.append(Quantity(int(m.group(1)) * 100 + int(m.group(2)), QKind.TIME, m.start(), m.end(), m.group()))
        text = _blank(text, m.start(), m.end())
    return text


def _is_soft(value: float, from_words: bool) -> bool:
    return from_words and value < 3


_DECIMAL = {"en": re.compile(r"\d\.\d"), "ru": re.compile(r"\d,\d")}


def _glued_before(text: str, start: int) -> bool:
    """Whether letters or a hyphen come right before `start` (COVID-19, Су-35): the number names a thing."""
    return start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-")


# «поезд № 3/4», "train No. 3/4": the numero sign and the numbers after it (joined by a slash) name a thing.
_NUMERO_BEFORE = re.compile(r"(?:№|\bNo\.)\s*(?:\d+\s*/\s*)?$")


def _after_numero(text: str, start: int) -> bool:
    """Whether the digits at `start` follow the numero sign (№ 3/4, No. 12): a name's number, not a count."""
    return _NUMERO_BEFORE.search(text, max(0, start - 14), start) is not None


def _code_after_slash(text: str, start: int) -> bool:
    """Whether the digits at `start` follow a code and a slash: the 6 of "IO775/6" is the return flight's number."""
    return start > 0 and text[start - 1] == "/" and bool(_CODE_BEFORE_SLASH.search(text, max(0, start - 10), start))


def _glued_to_letters(text: str, start: int, end: int) -> bool:
    """G20, 5G, COVID-19, A320: a code, not a quantity."""
    before = text[start - 1] if start > 0 else " "
    if _code_after_slash(text, start):
        return True  # IO775/6: the return flight's number
    if before == "-" and start > 1 and text[start - 2].isalpha():
        return True  # COVID-19, «Внуково-2», Су-35: the name of a thing, in any script
    if before == "." and start > 1 and text[start - 2].isascii() and text[start - 2].isalpha():
        return True  # X.25
    after = text[end] if end < len(text) else " "
    if after == "-" and end + 1 < len(text) and text[end + 1].isalpha():
        return True  # 3-manifolds, 5-летний: part of a compound word
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


# «Сила Сибири — 2», "Ямал СПГ – 3": a capitalised name in quotes closed by a dash and its number (RIA spaces the
# dash); «число рейсов — 12» (lower case) stays a count.
_QUOTED_NAME_BEFORE = re.compile(r'[«"“][A-ZА-ЯЁ][^«»"“”.,;:!?\n]{0,40}?(?:\s[—–-]|[—–])\s*$')


def _numbered_name(text: str, start: int, end: int) -> bool:
    """Whether the number at start:end closes a quoted name after a dash («Турецкий поток — 2»)."""
    closed = text[end:end + 1] in ("»", '"', "”")
    return closed and _QUOTED_NAME_BEFORE.search(text, max(0, start - 50), start) is not None


def _parse_digits(raw: str, decimal_comma: bool) -> float | None:
    """'25,000' / '2.5' (en, zh), '25 000' / '2,5' (ru); None for anything that is not a plain number."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if decimal_comma:
        if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[,.]\d+)?", s):
            s = s.replace(" ", "")
        s = s.replace(",", ".") if s.count(",") == 1 and not re.search(r"\.", s) else s
    else:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s) or re.fullmatch(_INDIAN_GROUPING + r"(?:\.\d+)?", s):
            s = s.replace(",", "")
        elif re.fullmatch(r"\d{1,3}(?: \d{3})+(?:\.\d+)?", s):
            s = s.replace(" ", "")
    try:
        return float(s)
    except ValueError:
        return None


def written_precision(digits: str, value: float, decimal: str) -> float:
    """The unit of the last digit written: '93.8' with a scale of a billion gives 0.1 billion; a whole number
    gives its scale when it has two significant digits or more ('94 billion'), else 0 (exact: '2 billion'). Closing
    zeros of a whole number are no digits of its precision: 840亿 is 84 billion, what $84.07 billion rounds to."""
    whole, _, decimals = digits.partition(decimal)
    number = float(f"{whole}.{decimals}" if decimals else whole) if whole.isdigit() else 0.0
    if not number:
        return 0.0
    scale = value / number
    if decimals:
        return scale * 10 ** -len(decimals)
    significant = whole.rstrip("0")
    return scale * 10 ** (len(whole) - len(significant)) if scale > 1 and len(significant) >= 2 else 0.0


def _combine(words: list[NumberWord]) -> list[tuple[int, int, float, bool]]:
    """Group consecutive number words into numbers: (first, last, value, ordinal) with word indices.

    "twenty-three" and "двадцать три" combine; "two three-year terms" does not (a smaller slot must follow a
    larger one: thousands, hundreds, tens, units).
    """
    groups: list[tuple[int, int, float, bool]] = []
    start = 0
    total = current = 0.0
    last_slot = 99
    ordinal = False

    def slot(w: NumberWord) -> int:
        if w.scale:
            return 4
        if w.multiplier or w.value >= 100:
            return 3
        if w.value >= 20:
            return 2
        return 1 if w.value >= 10 else 0

    for i, w in enumerate(words):
        s = slot(w)
        joins = i > start and not ordinal and (
            (w.scale and last_slot < 4) or (w.multiplier and last_slot <= 1) or (s < last_slot and not w.multiplier)
        )
        if i > start and not joins:
            groups.append((start, i - 1, total + current, ordinal))
            start, total, current, ordinal = i, 0.0, 0.0, False
        if w.scale:
            total += (current or 1) * w.value
            current = 0.0
        elif w.multiplier:
            current = (current or 1) * w.value
        else:
            current += w.value
        ordinal = w.ordinal
        last_slot = s if not (w.scale or w.multiplier) else (0 if w.scale else 1)
    if words:
        groups.append((start, len(words) - 1, total + current, ordinal))
    return groups


# -- Chinese ---------------------------------------------------------------------------------------------------
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿廿卅"
_ZH_RUN = re.compile(rf"(?:\d+(?:[.,]\d+)*|[{_CN_DIGITS}])(?:[\d.,{_CN_DIGITS}]|[ \u00a0](?=[万亿]))*")
_ZH_COUNTER_LIST = (
    "周年 小时 分钟 年代 世纪 公里 千米 平方 公顷 千克 美元 欧元 卢布 人民币 亿 万 届 年 月 日 号 次 个 家 名 "
    "位 人 国 倍 项 场 天 岁 元 吨 米 座 条 部 份 批 轮 期 种 类 所 篇 本 架 艘 辆 件 台 块 只 头 分 点 时 秒 成 度 "
    "支 队 组 省 市 县 区 城 大 例 层 段 套 股 笔 起 宗 张 亩 升 克 斤 里 代 级 遍 回 趟 周 季度 余 多 % ％ 方 地 处 "
    "届次 强 列 款 平米"
)
_ZH_COUNTERS = tuple(_ZH_COUNTER_LIST.split())
# Counters after which 1 is no singular noun of the others: a growth (1倍), a rank (1强), a day, a month, a number.
_ZH_NOT_ONE_THING = ("倍", "强", "日", "号", "月", "余", "多", "%", "％")
_ZH_NOT_NUMBERS = ("十分", "万一", "一些", "一致", "统一", "一起", "一直", "一定", "一切", "一般", "一同", "一道",
                   "一贯", "一体", "一系列", "进一步", "唯一", "之一", "一方面", "千万", "万分", "一年一度", "三方",
                   "多方", "两岸", "百年大计", "一点", "四分卫", "五大湖", "三元组", "第三纪",
                   "第三国",  # "third countries": no ordinal
                   "二十国集团", "七国集团", "八国集团",  # G20, G7, G8: names
                   "五年规划", "五年计划")  # the Five-Year Plan: a name (its number is the plan's ordinal)
_KILO_UNITS = "克米瓦卡"  # 千克 kg, 千米 km, 千瓦 kW, 千卡 kcal
_ZH_GUESS = re.compile("一两|两三|[一二三四五六七八][二三四五六七八九]")
_ZH_CRAFT_NAME = re.compile("号[”」』]")


def inside_title_marks(text: str, start: int, end: int) -> bool:
    """Whether start:end lies inside 《…》 or 〈…〉, the title of a show, a book or a film (《跨越56年的笔友情》)."""
    opened = max(text.rfind("《", 0, start), text.rfind("〈", 0, start))
    if opened < 0 or max(text.rfind("》", 0, start), text.rfind("〉", 0, start)) > opened:
        return False
    closing = [i for i in (text.find("》", end), text.find("〉", end)) if i >= 0]
    return bool(closing) and "\n" not in text[opened:min(closing)]


# "Fortune Global 500", "Forbes 2000": the number in the name of a ranking, as 世界500强 is in Chinese.
_RANKING_BEFORE = re.compile(r"\b(?:Fortune(?:\s+Global)?|Global|Forbes)\s+$")


# 7号、8号机组, 1号至4号机组, 2号线, 3号楼: 号 numbering units, lines and buildings, no day of the month.
ZH_NUMBERED = (r"(?:\s*[、和及与至到~～\-—–]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*号)*\s*"
               r"(?:机组|机|线|楼|馆|厅|门|车|船|舰|艇|卫星|星|站|台|桥|井|炉|堆|泊位|码头|展位|展馆|展厅|航站楼|厂|仓|"
               r"库|院|房|室|地块|窗口|柜台|文件|令|公告|隧道|高炉|生产线)")
_ZH_NUMBERED_AFTER = re.compile(ZH_NUMBERED)


def names_a_numbered_thing(text: str, mark: int) -> bool:
    """Whether the 号 at `mark` numbers a unit, a line or a building (7号机组, 2号线) rather than closing a day."""
    return text[mark:mark + 1] == "号" and _ZH_NUMBERED_AFTER.match(text, mark + 1) is not None


def _cjk_ideograph(char: str) -> bool:
    """A Chinese character that is no numeral: 程 of “征程1号” (二 of “长征二号” is part of the number)."""
    return "\u4e00" <= char <= "\u9fff" and char not in _CN_DIGITS


_ZH_REGION_BEFORE = re.compile("(?:东北|西北|西南|东南|中部|东|西)$")
_ZH_NOT_NUMBERS_RE = re.compile("|".join(sorted(_ZH_NOT_NUMBERS, key=len, reverse=True)))
_ZH_RANGE = re.compile(rf"[到至~～\-—–][ \u00a0]?[\d{_CN_DIGITS}]")  # 五到十年: the first number of a range
_ZH_MORE_AFTER = ("余", "多", "以上", "有余")
_ZH_ABOUT_AFTER = ("左右", "上下")
_ZH_LESS_AFTER = ("以下", "以内")
_ZH_MORE_BEFORE = ("超过", "逾", "超")  # 达924列 and 多达 say the figure reached, not that it was exceeded
# 突破万列大关: at or past the mark ("reached 10,000", "over 10,000"): no direction to hold the others to.
_ZH_ABOUT_BEFORE = ("约", "大约", "近", "将近", "接近", "约为", "突破")
_ZH_LESS_BEFORE = ("不到", "不足", "少于")
_ZH_AT_MOST_BEFORE = ("不超过", "不超", "不高于", "不多于", "最多")


def _cn_value(run: str) -> float | None:
    value = simple_value(run)
    if value is not None:
        return value
    import cn2an  # the rarer forms only: importing it costs a fifth of a second

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return float(cn2an.cn2an(run, "smart"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None


_ZH_MONTH_RANGE = re.compile(rf"(?<![\d{_CN_DIGITS}.])(\d{{1,2}}|[{_CN_DIGITS}]{{1,2}})[ \u00a0]?[-–—至到~～]"
                             rf"[ \u00a0]?(\d{{1,2}}|[{_CN_DIGITS}]{{1,2}})[ \u00a0]?月"
                             rf"(?![ \u00a0]?份?[\d{_CN_DIGITS}])")
# 四分之三 (three quarters), 三分之一: a fraction, not a four and a three. 百分之 is a percentage, read elsewhere.
_ZH_FRACTION = re.compile(rf"(?<![\d{_CN_DIGITS}])(\d+|[{_CN_DIGITS}]+)分之(\d+|[{_CN_DIGITS}]+)")
# 近1/4, 约1/3: the same fractions written with a slash (a small denominator: 24/7 and 3/2 are none).
_ZH_SLASH_FRACTION = re.compile(r"(?<![\d./／])(\d)[/／]([2-9]|10)(?![\d/／.])")


def _zh_months_and_fractions(text: str, out: list[Quantity]) -> str:
    """1-5月 (January to May) gives both months; 四分之三 gives 0.75, as "three quarters" and «три четверти» do."""
    for m in _ZH_MONTH_RANGE.finditer(text):
        first, last = _cn_value(m.group(1)), _cn_value(m.group(2))
        if first is not None and last is not None and 1 <= first < last <= 12:
            for group, value in ((1, first), (2, last)):
                out.append(Quantity(value, QKind.MONTH, m.start(group), m.end(group), m.group()))
            text = _blank(text, m.start(), m.end())
    for m in _ZH_FRACTION.finditer(text):
        if m.group(1) in ("百", "千", "万"):
            continue  # 百分之三十: a percentage
        whole, part = _cn_value(m.group(1)), _cn_value(m.group(2))
        if whole and part is not None and part < whole:
            years = _century_years(part / whole, text.startswith(("个世纪", "世纪"), m.end()))
            out.append(Quantity(part / whole, QKind.NUMBER, m.start(), m.end(), m.group(), readings=years))
            text = _blank(text, m.start(), m.end())
    for m in _ZH_SLASH_FRACTION.finditer(text):
        part, whole = int(m.group(1)), int(m.group(2))
        if 0 < part < whole:
            out.append(Quantity(part / whole, QKind.NUMBER, m.start(), m.end(), m.group()))
            text = _blank(text, m.start(), m.end())
    return text


def _century_years(value: float, of_a_century: bool) -> tuple[tuple[str, float], ...]:
    """四分之三个世纪, "three quarters of a century", «три четверти века»: also the 75 years another version says."""
    return ((QKind.NUMBER.value, round(value * 100, 6)),) if of_a_century else ()


def _zh_dates(text: str, out: list[Quantity]) -> str:
    """Dates, months, clock times and decades, which must not be read as loose numbers (spaces allowed: 7 月)."""
    text = _zh_clock_times(text, out)
    num = rf"(\d{{1,4}}|[{_CN_DIGITS}]{{1,3}})"
    # 6月20至22日, 5月16-21日, 6月8日至10日: a range of days, both days of the month before them.
    for m in re.finditer(rf"{num}{_SP}月{_SP}{num}{_SP}[日号]?{_SP}(?:至|到|[-–—~～－、]){_SP}{num}{_SP}[日号]", text):
        month, first, last = (_cn_value(g) for g in m.groups())
        if month is None or first is None or last is None or not (1 <= month <= 12 and 1 <= first < last <= 31):
            continue
        day_start = m.start(2)
        out.append(Quantity(month * 100 + first, QKind.DATE, m.start(), m.start(2) + len(m.group(2)),
                            text[m.start():day_start + len(m.group(2))]))
        out.append(Quantity(month * 100 + last, QKind.DATE, m.start(3), m.end(), text[m.start(3):m.end()]))
        text = _blank(text, m.start(), m.end())
    patterns: list[tuple[str, QKind]] = [
        (rf"{num}{_SP}月{_SP}{num}{_SP}[日号]", QKind.DATE),
        (rf"(?<![\d{_CN_DIGITS}]){num}{_SP}月(?!{_SP}份?[\d{_CN_DIGITS}])", QKind.MONTH),
        (rf"{num}{_SP}分{_SP}{num}{_SP}秒", QKind.TIME),  # 4分51秒 = 4:51 on a match clock
        (rf"{num}{_SP}世纪{_SP}{num}{_SP}年代", QKind.NUMBER),  # 20世纪80年代 = the 1980s
        (rf"(?<=上世纪){num}{_SP}年代", QKind.NUMBER),  # 上世纪70年代: the 1970s
        (rf"(?<![\d{_CN_DIGITS}世纪]){num}{_SP}年代", QKind.NUMBER),  # 70年代: the 1970s, soft (which century?)
    ]
    for pattern, kind in patterns:
        for m in re.finditer(pattern, text):
            values = [_cn_value(g) for g in m.groups()]
            if any(v is None for v in values):
                continue
            value = _zh_date_value(kind, values, text[max(0, m.start() - 1):m.start()])  # type: ignore[arg-type]
            if value is not None:
                last_century = text.startswith("上世纪", m.start() - 3)
                unsure_decade = kind is QKind.NUMBER and len(values) == 1 and not last_century
                out.append(Quantity(value, kind, m.start(), m.end(), m.group(), strict=not unsure_decade))
                text = _blank(text, m.start(), m.end())
    return text


_SP = r"[ \u00a0]?"
_ZH_AFTERNOON = ("下午", "晚上", "晚间", "傍晚", "夜间", "晚")
_ZH_CLOCK = re.compile(rf"(北京时间|当地时间|莫斯科时间|上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|早晨|夜间|晚)?{_SP}"
                       rf"(\d{{1,2}}|[{_CN_DIGITS}]{{1,3}}){_SP}[时点](?!钟)(?:{_SP}(\d{{1,2}}|[{_CN_DIGITS}]{{1,3}}){_SP}分|(半))?"
                       r"([许整])?")


def _zh_clock_times(text: str, out: list[Quantity]) -> str:
    """Clock times on the twenty-four-hour clock: 上午10时30分, 10时半 (10:30), 北京时间17时许, 下午5点 (17:00). An
    hour alone is one only with the time of day before it or 许/整 after it: 24时监测 (round the clock) and 三点希望
    (three hopes) are not."""
    for m in _ZH_CLOCK.finditer(text):
        daytime, hour_run, minute_run, half, about = m.groups()
        if not (daytime or minute_run or half or about):
            continue
        hour, minute = _cn_value(hour_run), _cn_value(minute_run) if minute_run else 30.0 if half else 0.0
        if hour is None or minute is None or hour > 24 or minute >= 60:
            continue
        if daytime in _ZH_AFTERNOON and hour < 12:
            hour += 12
        start = m.start(2)
        out.append(Quantity(hour * 100 + minute, QKind.TIME, start, m.end(), text[start:m.end()]))
        text = _blank(text, start, m.end())
    return text


def _zh_date_value(kind: QKind, values: list[float], before: str) -> float | None:
    if kind is QKind.DATE:
        month, day = values
        return month * 100 + day if 1 <= month <= 12 and 1 <= day <= 31 else None
    if kind is QKind.MONTH:
        return values[0] if 1 <= values[0] <= 12 and before not in ("个", "几") else None  # 三个月: three months
    if kind is QKind.TIME:
        first, second = values
        return first * 100 + second if first < 100 and second < 60 else None
    century, decade = values if len(values) == 2 else (20, values[0])
    return (century - 1) * 100 + decade if 1 <= century <= 30 and decade % 10 == 0 and decade < 100 else None




def _strip_counter(after: str) -> str:
    """The text after a number's measure word (16岁左右 → 左右), for qualifiers that follow it."""
    for counter in _ZH_COUNTERS:
        if after.startswith(counter) and counter not in _ZH_MORE_AFTER:
            return after[len(counter):]
    return after


_ZH_GROWTH = re.compile(r"(?:增加|增长|提高|提升|上升|扩大)了?$")  # 增加了N倍: up by N times, (N+1)-fold
_ZH_SESSION = ("次会议", "次全体会议", "次全会")
_ZH_TIMES = re.compile(r"[次度](?!世界大战|大战)")  # 两度, 两次 (not 两次世界大战, the two World Wars)
# What a demanded count of two occasions counts: meetings and calls (两度 is said of nothing else in a release).
_ZH_MEMBER_COUNTERS = "位名个家地国所座项种方人支省市区"  # 三位队友, 三地, 两国: members, not measures (3吨)
_ZH_CLAUSE_START = re.compile(r"[，。；：！？,;:!?（(“”「」\s]")
_ZH_LIST_LAST = re.compile(r"(?<=[^\s、])(?:和|及|与|以及)(?=[^\s、])")


def _zh_counts_the_list_before(work: str, start: int, value: float) -> bool:
    """韩天宇、许宏志、陈德全三位队友, 北京、上海和广州三地: a count that sums up a short list of names just before it,
    which a version naming the same members says by its list. A count that is not the list's length, a long list's
    count and one after 等 (…澳大利亚和中国等12个国家, a list that may stop short) stay demanded."""
    if not 2 <= value <= 5 or value != int(value) or not work[:start].count("、") or work[:start].endswith("等"):
        return False
    clause_start = max((m.end() for m in _ZH_CLAUSE_START.finditer(work, 0, start)), default=0)
    *first, last = work[clause_start:start].split("、")  # the first part may hold words before the list: 他和王伟
    if not first or not all(0 < len(item) <= 12 for item in (*first[1:], last)):
        return False
    return len(first) + len(_ZH_LIST_LAST.split(last)) == value


_ZH_SERIES = re.compile(rf"[场局盘][\d{_CN_DIGITS}]+胜制?")
_ZH_MEETINGS = re.compile(r"度|次(?:会晤|会谈|会见|见面|晤面|面对面|通电话|通话|视频|访问|访华|访俄|出访|来访)")


# “十四五”规划 is the 14th Five-Year Plan: 十 and the plan's number, then 五 for "five-year". In quotes it needs no
# 规划 after it (「十五五」开局之年: the first year of the 15th Five-Year Plan).
_ZH_PLAN = re.compile(r"(?<![一二三四五六七八九十])十([一二三四五六七八九])五(?=[”」』]|\s*(?:规划|计划|时期|期间))")


# 翻两番: doubled twice, fourfold (up 300%); 翻一番 doubles. Not a count of two.
_ZH_FOLDS = re.compile("翻([一两二三])番")


def _zh_folds(text: str, out: list[Quantity]) -> str:
    for m in _ZH_FOLDS.finditer(text):
        value = 2 ** (simple_value(m.group(1)) or 0)
        out.append(Quantity(value, QKind.NUMBER, m.start(), m.end(), m.group(), readings=(
            (QKind.NUMBER.value, value), (QKind.NUMBER.value, (value - 1) * 100))))
        text = _blank(text, m.start(), m.end())
    return text


def _zh_plans(text: str, out: list[Quantity]) -> str:
    for m in _ZH_PLAN.finditer(text):
        out.append(Quantity(10 + (simple_value(m.group(1)) or 0), QKind.ORDINAL, m.start(), m.end(), m.group()))
        text = _blank(text, m.start(), m.end())
    return text


def chinese_quantities(text: str) -> list[Quantity]:
    """Quantities in Chinese text; Traditional numerals and counters (九屆, 兩國, 萬) read like Simplified ones."""
    from desktop_app.domain.glossary.normalize import simplified_same_length

    original, text = text, simplified_same_length(text)
    out: list[Quantity] = []
    work = _zh_folds(_zh_plans(_zh_dates(_zh_months_and_fractions(_codes(text, out), out), out), out), out)
    excluded = [m.span() for m in _ZH_NOT_NUMBERS_RE.finditer(text)]
    for m in _ZH_RUN.finditer(work):
        run = m.group().rstrip(".,")
        if len(run) > 1 and run[-1] == "千" and work[m.start() + len(run):][:1] in _KILO_UNITS:
            run = run[:-1]  # 4千克 is four kilograms, not 4000 grams
        start, end = m.start(), m.start() + len(run)
        before, after = work[max(0, start - 4):start].rstrip(), work[end:end + 6].lstrip()
        if any(a < end and start < b for a, b in excluded):
            continue
        has_digit = any(c.isdigit() for c in run)
        approx = Approx.EXACT
        # 100余万 / 100多万: the qualifier can sit inside the run before the scale character.
        inner = re.fullmatch(r"(.+?)([余多])([万亿]+)", work[start:end + 2]) if after[:1] in "余多" else None
        if inner and not inner.group(1).endswith(("万", "亿")):
            run, approx, end = inner.group(1) + inner.group(3), Approx.MORE, start + len(inner.group(0))
            after = work[end:end + 6].lstrip()
        compact = run.replace(" ", "").replace("\u00a0", "")
        if re.fullmatch(r"[\d.,]+", compact):
            value = _parse_digits(compact, False)
            value = _range_year(work, start, compact, value)  # 1998-99季: 1999
        else:
            value = _cn_value("一" + compact if compact in ("百", "千", "万") else compact)
        if value is None:
            continue
        ordinal = before.endswith("第")
        plenary = after.startswith("中全会")  # 四中全会: the fourth plenary session of the Central Committee
        # 十二届全国人大一次会议: the first session of a convocation (届), numbered without 第, «1-й сессии»
        session = after.startswith(_ZH_SESSION) and "届" in work[max(0, start - 12):start]
        percent = before.endswith("百分之") or after.startswith(("%", "％"))  # (not the empty end of the text)
        if before.endswith("百分之"):
            start = work.rindex("百分之", 0, start)
        elif ordinal:
            start = work.rindex("第", 0, start)
        counted = (ordinal or plenary or session or percent or after.startswith(_ZH_COUNTERS)
                   or _ZH_RANGE.match(after) is not None)
        # 近百家: nearly 100; 突破万列大关: past the 10,000-train mark
        near = run in "百千万" and (before.endswith(("近", "逾", "约", "上", "超", "将近", "突破"))
                                   or after.startswith(("余", "多")))  # 百余场: more than a hundred
        if after.startswith("季度") and value in (1, 2, 3, 4) and not before.endswith("前"):
            out.extend(Quantity(month, QKind.MONTH, start, end, original[start:end], strict=False)
                       for month in (3 * value - 2, 3 * value))  # 第一季度, 一季度: January to March
        # 两相望, 两相惜: "the two (sides) face, cherish each other", a soft count of two like 两国
        mutual = run == "两" and after.startswith("相")
        first = ordinal and run == "一"  # 排名第一: the first, as «1-е место» (soft: 第一 is often 'foremost')
        if not has_digit and (not counted or run in "一万千百亿") and not (near or mutual or first or session):
            continue  # 一带一路, 千万, 百姓: a character, not a number
        tail = _strip_counter(after)
        if before.endswith(_ZH_AT_MOST_BEFORE):  # 不超过30天: no more than 30 days (超过 alone is "more than")
            approx = Approx.AT_MOST
        elif after.startswith(_ZH_MORE_AFTER) or tail.startswith(_ZH_MORE_AFTER) or before.endswith(_ZH_MORE_BEFORE):
            approx = Approx.MORE
        elif tail.startswith(_ZH_ABOUT_AFTER) or before.endswith(_ZH_ABOUT_BEFORE):
            approx = Approx.ABOUT
        elif tail.startswith(_ZH_LESS_AFTER) or before.endswith(_ZH_LESS_BEFORE):
            approx = Approx.LESS
        kind = QKind.ORDINAL if ordinal or plenary or session else QKind.PERCENT if percent else QKind.NUMBER
        # 数十万: hundreds of thousands; 一两/三四: one or two, three or four: not counts
        vague = before.endswith(("数", "几", "成千")) or bool(_ZH_GUESS.fullmatch(run))
        # 前5个月 (the first five months) is the period another version writes 1-5月 or January-May.
        first_months = before.endswith("前") and after.startswith(("个月", "月", "季度"))
        if first_months:
            _period_months(value * 3 if after.startswith("季度") else value, start, end, original[start:end], out)

        # 三大倡议, 四大任务: "the three major initiatives", a set that a translation often renders by naming its
        # members instead of counting them; the count answers one, and is not demanded (第三大 is an ordinal).
        named_set = not has_digit and kind is QKind.NUMBER and after.startswith("大") and value <= 10
        # 201746日: a day no month has, a date whose 年 and 月 were lost in copying; its digits are no count to demand
        # of the other versions (the date they give is missing here instead).
        broken_date = kind is QKind.NUMBER and has_digit and after.startswith("日") and not 1 <= value <= 31
        # “征程1号”, “嫦娥五号”: the number of a ship's or a craft's name in quotes, no count to demand of the others.
        craft = _ZH_CRAFT_NAME.match(work, end) is not None and start > 0 and _cjk_ideograph(work[start - 1])
        # 第三换乘环线 (the Big Circle Line), 第二产业: an ordinal put straight before a noun, without a counter, is
        # part of a name; 第三届, 第三次, 第三季度 count.
        named = ordinal and not after.startswith(_ZH_COUNTERS) and _cjk_ideograph(after[:1])
        # 7场4胜制, 五局三胜制: the games of a series format, which «до четырёх побед» says by the wins it gives.
        series = kind is QKind.NUMBER and _ZH_SERIES.match(work, end) is not None
        listed = kind is QKind.NUMBER and after[:1] in _ZH_MEMBER_COUNTERS and _zh_counts_the_list_before(
            work, start, value)
        # 1名导游, 1台燃气轮机: one person or thing, which the other versions name by a singular noun ('a guide',
        # «газовую турбину»), as they say "one" by a word that is soft; 1倍 (a growth) and dates are read elsewhere.
        one_person = value == 1 and kind is QKind.NUMBER and after.startswith(_ZH_COUNTERS) and not after.startswith(
            _ZH_NOT_ONE_THING)
        # 世界500强, 中国企业五百强: a ranking's name (the Fortune Global 500), no count; 八强 (the last eight) is one.
        ranking = kind is QKind.NUMBER and value >= 100 and after.startswith("强")
        titled = inside_title_marks(work, start, end)  # 《跨越56年的笔友情》: part of a title
        # 东北三省, 东三省, 西北五省: a region named by its provinces' count, which English calls Northeast China.
        region = (kind is QKind.NUMBER and not has_digit and after.startswith("省")
                  and _ZH_REGION_BEFORE.search(before) is not None)
        soft = (vague or first_months or named_set or broken_date or craft or named or series or listed or one_person
                or ranking or titled or region
                or (_is_soft(value, not has_digit) and not (ordinal and after.startswith("届")))  # 第二届: an edition
                or (has_digit and _glued_to_letters(work, m.start(), m.end())))
        readings: tuple[tuple[str, float], ...] = ()
        if kind is QKind.NUMBER and after.startswith("倍") and _ZH_GROWTH.search(before):
            # 增加了1.5倍: up by one and a half times, or 2.5-fold (150%): demanded, and either reading answers it.
            readings = ((QKind.NUMBER.value, value + 1), (QKind.NUMBER.value, value * 100))  # keys: 200% is 200
            out.append(Quantity(value + 1, QKind.NUMBER, start, end, original[start:end], approx, False))
            out.append(Quantity(value * 100, QKind.PERCENT, start, end, original[start:end], approx, False))
        if kind is QKind.NUMBER and value == 2 and not vague and _ZH_TIMES.match(work, end):
            met = _ZH_MEETINGS.match(work, end) is not None  # the count with its measure word: 两度
            out.append(Quantity(value, QKind.TIMES, start, end + 1, original[start:end + 1], approx, met))
        precision = written_precision(re.match(r"[\d.]*", compact).group(), value, ".") if has_digit else 0.0
        if kind is QKind.PERCENT and has_digit and not precision and value == int(value):
            precision = 1.0  # a whole percentage is rounded to the unit: 25% for 25.1%
        out.append(Quantity(value, kind, start, end, original[start:end], approx, not soft, precision, readings))
    return out


# -- English and Russian ---------------------------------------------------------------------------------------
_EN_MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
_EN_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                   "oct": 10, "nov": 11, "dec": 12})
_EN_MONTH_RE = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_RU_MONTH_RE = (r"((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем|ём)|"
                r"(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))")
_ORD_SUFFIX = r"(?:st|nd|rd|th|-?(?:го|й|я|е|ое|ой|ий|ый|м|х))"
# «в сентябрьском Тяньцзине», «майские праздники»: the month as an adjective (no capital: Майский is a place).
_RU_MONTH_ADJ = re.compile(r"\b(январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|"
                           r"октябрьск|ноябрьск|декабрьск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\b")
_RU_MONTH_ADJ_STEMS = ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр",
                       "ноябр", "декабр")


def _ru_month(word: str) -> int:
    low = word.lower()
    return next(i for i, stem in enumerate(_RU_MONTHS, start=1) if low.startswith(stem))


_EN_RANGE = re.compile(rf"\b{_EN_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–—]|to|through|and)\s*(\d{{1,2}})"
                       r"(?:st|nd|rd|th)?\b(?![.,]?\d{3}\b)")
# "23-24 June 2022", "9th to 11th of September": the day before the month, as declarations and British usage write it.
_EN_RANGE_DAY_FIRST = re.compile(rf"(?<![\d,.])(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–—]|to|and)\s*(\d{{1,2}})"
                                 rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH_RE}(?!\w)")
_RU_RANGE = re.compile(rf"(?<![\d,])(\d{{1,2}})\s*(?:[-–—]|по|и)\s*(\d{{1,2}})(?:-?го)?\s+{_RU_MONTH_RE}\b",
                       re.IGNORECASE)


def _date_ranges(text: str, lang: str, out: list[Quantity]) -> str:
    """"September 7-17", "from July 9 to 13", "23-24 June", «7-17 сентября», «с 9 по 13 июля»: both ends are dates."""
    if lang == "en":
        forms = ((_EN_RANGE, 1, (2, 3)), (_EN_RANGE_DAY_FIRST, 3, (1, 2)))
        month_of = lambda s: _EN_MONTHS[s.lower().rstrip(".")]  # noqa: E731
    else:
        forms = ((_RU_RANGE, 3, (1, 2)),)
        month_of = _ru_month
    for pattern, month_group, days in forms:
        for m in pattern.finditer(text):
            month = month_of(m.group(month_group))
            first, last = (int(m.group(g)) for g in days)
            if 1 <= first < last <= 31:
                for group, day in zip(days, (first, last), strict=True):
                    out.append(Quantity(month * 100 + day, QKind.DATE, m.start(group), m.end(group), m.group()))
                text = _blank(text, m.start(), m.end())
    return text


def _western_dates(text: str, lang: str, out: list[Quantity]) -> str:
    text = _date_ranges(text, lang, out)
    if lang == "en":
        patterns = [(rf"\b{_EN_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d{{3}}\b)", 1, 2),
                    (rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH_RE}(?!\w)", 2, 1)]
        month_of = lambda s: _EN_MONTHS[s.lower().rstrip(".")]  # noqa: E731
    else:
        patterns = [(rf"(?<![\d,])(\d{{1,2}})(?:-?го)?\s+{_RU_MONTH_RE}\b", 2, 1)]
        month_of = _ru_month
    for pattern, month_group, day_group in patterns:
        for m in re.finditer(pattern, text, 0 if lang == "en" else re.IGNORECASE):
            day = int(m.group(day_group))
            if 1 <= day <= 31:
                value = month_of(m.group(month_group)) * 100 + day
                out.append(Quantity(value, QKind.DATE, m.start(), m.end(), m.group()))
                text = _blank(text, m.start(), m.end())
    if lang == "en":
        month_only = re.finditer(r"\b(January|February|March|April|June|July|August|September|October|November|"
                                 r"December|May(?=\s+\d{4})|(?<=[Ii]n )May|(?<=[Oo]f )May|(?<=[Ss]ince )May|"
                                 r"(?<=[Uu]ntil )May|(?<=[Ee]arly )May|(?<=[Ll]ate )May|(?<=[Mm]id-)May|"
                                 r"May(?= this year| last year| next year)|(?<=[a-z][-–])May|(?<=ry to )May|"
                                 r"(?<=ch to )May|(?<=il to )May|(?<=ry and )May|(?<=ch and )May|(?<=il and )May|"
                                 r"May(?= of \d{4}))\b", text)  # January-May, from April to May, between April and May
    else:
        month_only = re.finditer(rf"\b{_RU_MONTH_RE}\b", text, re.IGNORECASE)
    for m in month_only:
        low = m.group().lower()
        if lang == "ru" and low.startswith("ма") and not low.startswith("мар") and low not in ("май", "мая", "мае"):
            continue  # «маю», «маем»: other words; «марта» is March
        if lang == "ru" and m.group()[0].isupper() and re.search(r"[\w,]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # «Марта Джонс»: a name mid-sentence (months are lower case in Russian)
        out.append(Quantity(month_of(m.group(1)), QKind.MONTH, m.start(), m.end(), m.group()))
        text = _blank(text, m.start(), m.end())
    if lang == "ru":  # the adjective answers a month another version gives, and is not demanded from the others
        for m in _RU_MONTH_ADJ.finditer(text):
            month = next(i for i, stem in enumerate(_RU_MONTH_ADJ_STEMS, start=1) if m.group(1).startswith(stem))
            out.append(Quantity(month, QKind.MONTH, m.start(), m.end(), m.group(), strict=False))
            text = _blank(text, m.start(), m.end())
    return text


_EN_MORE = ("more than", "over", "above", "at least", "in excess of", "upwards of", "exceeding", "exceeded", "exceed",
            "exceeds")
_EN_ABOUT = ("about", "around", "approximately", "nearly", "almost", "some", "roughly", "close to", "an estimated")
_EN_LESS = ("less than", "fewer than", "under", "below")
_EN_AT_MOST = ("up to", "no more than", "not more than", "at most", "not exceeding")
_RU_MORE = ("более чем", "более", "свыше", "выше", "больше", "не менее", "превысил", "превысило", "превысила",
            "превысили", "превысит", "превысят", "превышает", "превышают", "превысить")
_RU_ABOUT = ("около", "почти", "примерно", "порядка", "приблизительно", "почти в", "около в")
_RU_LESS = ("менее", "меньше")
_RU_AT_MOST = ("не более", "не больше", "не свыше")
# An English text that writes its decimals with a comma, as Russian outlets' English services do ("$76,12 billion",
# "12,8%"): a comma before one or two digits and a scale or a percent sign cannot group thousands.
_EN_DECIMAL_COMMA = (r",\d{1,2}(?=\s?(?:%|(?:percent|per\s+cent|trillion|billion|million|thousand|"
                     r"trln|bln|mln|bn|mn)\b))")
# A figure starts after no word, full stop or comma, except a comma glued to a word ("science,2026", a space lost).
_DIGITS_START = r"(?:(?<![\w.,])|(?<=[^\W\d_],))"
# "Rs 5,60,00,000": the Indian grouping of lakhs and crores (56 million), which Indian media print.
_INDIAN_GROUPING = r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"
_DIGITS = {"en": re.compile(_DIGITS_START + r"(?:" + _INDIAN_GROUPING + r"|\d+(?:,\d{3})*)"
                            r"(?:\.\d+|" + _EN_DECIMAL_COMMA + r")?(?:\s\d{3}(?![\d,.]\d))*"),
           "ru": re.compile(_DIGITS_START + r"\d+(?:[\s\u00a0\u202f\u2009]\d{3}(?!\d))*(?:[,.]\d+)?")}
_ROMAN = re.compile(r"(?<![\w-])(?=[MDCLXVI])(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
                    r"(?![\w-]|\.\d)")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_RU_PERCENT = re.compile(r"\s*(?:%|процент\w*|проц\.)", re.IGNORECASE)
_EN_PERCENT = re.compile(r"\s*(?:%|percent\b|per cent\b|pct\b)", re.IGNORECASE)


def _roman_value(numeral: str) -> int:
    total = 0
    for a, b in zip(numeral, [*numeral[1:], ""], strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b and _ROMAN_VALUES[b] > v else v
    return total


# Between a qualifier and its figure: an article or a preposition, the sum or mark a verb of exceeding takes
# («превысили сумму в 676 тысяч», "exceeded the mark of 1,000"), and a currency sign ("more than $3 billion").
_QUALIFIER_SKIP = re.compile(r"(?:\s+(?:a|an|в|на|с|со|сумм[уы]|отметк[уи]|уровень|объ[её]м|планк[уи]|рубеж|порог|"
                             r"(?:the\s+)?(?:mark|level|threshold)(?:\s+of)?|(?:us|hk|a|c)?\$|€|£|¥|₽))+$")


@functools.cache
def _qualifier_words(lang: str) -> tuple[tuple[str, Approx], ...]:
    """Every qualifier with its direction, longest first: "no more than" is not "more than", «не более» not «более»."""
    tables = ((_EN_MORE, _EN_ABOUT, _EN_LESS, _EN_AT_MOST) if lang == "en"
              else (_RU_MORE, _RU_ABOUT, _RU_LESS, _RU_AT_MOST))
    kinds = (Approx.MORE, Approx.ABOUT, Approx.LESS, Approx.AT_MOST)
    pairs = [(w, approx) for approx, words in zip(kinds, tables, strict=True) for w in words]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _qualifier(before: str, lang: str) -> Approx:
    """"more than", "about", "около"… right before a number (an article or preposition may sit between)."""
    low = _QUALIFIER_SKIP.sub("", " " + before.lower().rstrip()).strip()
    for w, approx in _qualifier_words(lang):
        if low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalpha()):
            return approx
    return Approx.EXACT


# «до 30 дней», «до 18 пассажиров»: up to, at most. Not a year (до 2030 года: by then), not a range's end (с 2 до
# 3 млн, от 10 до 12) and not what a change reached (вырос до 3 млн: to 3 million, exactly).
_RU_UP_TO = re.compile(r"(?<![^\W\d_])до\s+$", re.IGNORECASE)
_RU_NOT_UP_TO = re.compile(r"(?:(?<![^\W\d_])(?:с|со|от)\s+\S+(?:\s+[^\W\d_]+\.?)?|(?:выр[ао]с|возрос|увелич|"
                           r"сократ|сниз|сниж|повы[сш]|подн[яи]|упал|упад|сокращ|достиг|довед|довест)\w*"
                           r"(?:\s+\S+){0,3})\s+до\s+$", re.IGNORECASE)
_RU_YEAR_AFTER = re.compile(r"\s*(?:год|г\.|гг\.)", re.IGNORECASE)


def _ru_up_to(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60):start]
    return (_RU_UP_TO.search(before) is not None and _RU_NOT_UP_TO.search(before) is None
            and _RU_YEAR_AFTER.match(text, end) is None)


_SCALE_WORD = re.compile(r"[\s\u00a0]*([^\W\d_]+)\.?")
_REST_OF_AMOUNT = re.compile(r"[\s\u00a0]+(\d{1,3})(?=[\s\u00a0]*[^\W\d_])")
# Newswire abbreviations of scale words: "$2 bn" (Reuters), "5.5 mn tons", "38 bln cubic meters", "20 trln roubles"
# (TASS).
_SCALE_ABBREVIATIONS = {"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "trln": 1e12}


def _scale_after(text: str, end: int, table: dict[str, NumberWord]) -> tuple[float, int]:
    """A scale word right after a number ("2.5 million", "25 тыс."): its multiplier and the new end."""
    m = _SCALE_WORD.match(text, end)
    if m:
        word = table.get(m.group(1).lower().replace("ё", "е"))
        if word and word.scale:
            return word.value, m.end()
        abbreviated = _SCALE_ABBREVIATIONS.get(m.group(1).lower())
        if abbreviated:
            return abbreviated, m.end()
    return 1, end


class _Blanks:
    """A text with the spans already read blanked out, built once at the end: blanking a copy of a megabyte cell
    per number found made the reading quadratic. Look-backs see the blanks through `window`."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.spans: list[tuple[int, int]] = []  # in text order, not overlapping

    def blank(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def window(self, start: int, end: int) -> str:
        start = max(0, start)
        chars = list(self.original[start:end])
        for a, b in reversed(self.spans):
            if b <= start:
                break
            for i in range(max(a, start), min(b, end)):
                chars[i - start] = " "
        return "".join(chars)

    def text(self) -> str:
        pieces: list[str] = []
        at = 0
        for a, b in self.spans:
            a = max(a, at)  # a scale word or % read after a number may reach into the next span
            if b > a:
                pieces += [self.original[at:a], " " * (b - a)]
                at = b
        return "".join([*pieces, self.original[at:]])


_EN_DENOMINATORS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_EN_FRACTION = re.compile(r"\b(a|one|two|three|four|five|seven|nine)[\s-]+(third|quarter|fourth|fifth|sixth|eighth|"
                          r"tenth)(s?)\b(\s+of\b)?", re.IGNORECASE)
_EN_FRACTION_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
# "grew by a third in 2023", "almost a quarter.": a share of a change, closed by a preposition or the clause's end
# («на треть»); "by a third party" goes on with its noun and stays no fraction.
_EN_SHARE_BEFORE = re.compile(r"\b(?:by|almost|nearly|about|around|roughly|some|over|than|up|down)\s+$", re.IGNORECASE)
_EN_SHARE_AFTER = re.compile(r"\s*(?:$|[,.;:)]|\s(?:in|on|at|to|from|for|over|since|than|during|compared|against|"
                             r"year|last|this|and|vs)\b)", re.IGNORECASE)
_RU_FRACTION = re.compile(r"(?<![^\W\d_])(?:(одн[аоуй]|дв[еу]|двух|три|тр[её]х|четыре)\s+)?"
                          r"(?:(трет|четверт)(ь|и|ей|ью|ям)|(пят|десят)(ая|ую|ой|ых|ыми))(?![^\W\d_])", re.IGNORECASE)
_RU_AND_A_QUARTER = re.compile(r"(?:час\w*|минут\w*|век\w*|год\w*|лет|километр\w*|метр\w*|тонн\w*|тысяч\w*|"
                               r"миллион\w*|миллиард\w*)\s+с\s+$", re.IGNORECASE)
_RU_ORDINAL_BEFORE = re.compile(r"(?:ой|ей|ую|ая|ий|ый)\s+$", re.IGNORECASE)  # «второй четверти века»: a period
_RU_FRACTION_NUMERATORS = {"од": 1, "дв": 2, "тр": 3, "че": 4}
_EN_CENTURY_AFTER = re.compile(r"\s+(?:of\s+)?(?:a\s+|the\s+)?century\b", re.IGNORECASE)
_RU_CENTURY_AFTER = re.compile(r"\s+(?:века|столетия)(?![^\W\d_])", re.IGNORECASE)
_FIRST_MONTHS = {"en": (re.compile(r"\bfirst\s+$", re.IGNORECASE), re.compile(r"\s+months?\b", re.IGNORECASE)),
                 "ru": (re.compile(r"(?:перв\w+|(?<![^\W\d_])за)\s+$", re.IGNORECASE),
                        re.compile(r"\s+месяц", re.IGNORECASE))}
# «за восемь месяцев» alone may be a duration (built in eight months): a period of the year only with its year after.
_RU_MONTHS_OF_YEAR = re.compile(r"\s+месяц\w*\s+(?:\d{4}|текущего|этого|прошлого)", re.IGNORECASE)


# "the first three quarters", «за три квартала», "the first half": a period from January, as 1-9月 gives it.
_QUARTERS = {"en": re.compile(r"\bfirst\s+(?:(two|three|2|3)\s+quarters|(quarter)|(half))\b", re.IGNORECASE),
             "ru": re.compile(r"(?<![^\W\d_])(?:(?:за\s+(?:перв\w+\s+)?|перв\w+\s+)(дв[аеу]\w*|тр[иеё]\w*|2|3)\s+"
                              r"квартал\w*|перв\w+\s+(квартал\w*)|перв\w+\s+(полугоди\w*))", re.IGNORECASE)}
_QUARTER_COUNTS = {"tw": 2, "th": 3, "2": 2, "3": 3, "дв": 2, "тр": 3}


def _quarters(text: str, lang: str, out: list[Quantity]) -> str:
    """The first N quarters answer January and month 3N (not demanded), and are no fraction ("three quarters")."""
    for m in _QUARTERS[lang].finditer(text):
        last = 3 * _QUARTER_COUNTS[m.group(1).lower()[:2]] if m.group(1) else 3 if m.group(2) else 6
        _period_months(last, m.start(), m.end(), m.group(), out)
        text = _blank(text, m.start(), m.end())
    return text


def _fractions(text: str, lang: str, out: list[Quantity]) -> str:
    """"three quarters of a century", «три четверти века», "a third of": a fraction (0.75), as 四分之三 is.

    An English fraction needs a plural or "of" after it ("a third party" is no fraction); a Russian one is
    «треть» or «четверть», with its numerator or without one (треть is not третий), or «три пятых» with one."""
    if lang == "en":
        for m in _EN_FRACTION.finditer(text):
            share = (not m.group(3) and m.group(1).lower() in ("a", "one")
                     and _EN_SHARE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
                     and _EN_SHARE_AFTER.match(text, m.end()) is not None)
            if not (m.group(3) or m.group(4) or share) or (m.group(3) and m.group(1).lower() in ("a", "one")):
                continue
            value = _EN_FRACTION_NUMERATORS[m.group(1).lower()] / _EN_DENOMINATORS[m.group(2).lower()]
            if value < 1:
                end = m.end(3)
                years = _century_years(value, _EN_CENTURY_AFTER.match(text, m.end()) is not None)
                out.append(Quantity(value, QKind.NUMBER, m.start(), end, m.group()[:end - m.start()], readings=years))
                text = _blank(text, m.start(), end)
        return text
    for m in _RU_FRACTION.finditer(text):
        if not m.group(1) and (m.group(4) or _RU_ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # «пятая» alone is the fifth; «второй четверти века» the second quarter of a century
        if not m.group(1) and _RU_AND_A_QUARTER.search(text, max(0, m.start() - 24), m.start()):
            continue  # «восемь часов с четвертью»: part of the count before it, no figure of its own
        numerator = _RU_FRACTION_NUMERATORS[m.group(1).lower()[:2]] if m.group(1) else 1
        stem = (m.group(2) or m.group(4)).lower()
        value = numerator / {"трет": 3, "четверт": 4, "пят": 5, "десят": 10}[stem]
        if value < 1:
            years = _century_years(value, _RU_CENTURY_AFTER.match(text, m.end()) is not None)
            out.append(Quantity(value, QKind.NUMBER, m.start(), m.end(), m.group(), readings=years))
            text = _blank(text, m.start(), m.end())
    return text


def _period_months(value: float, start: int, end: int, text: str, out: list[Quantity]) -> None:
    """The first N months answer January and month N, as 1-N月 and January-June give them (not demanded)."""
    if 1 < value <= 12 and value == int(value):
        out.extend(Quantity(month, QKind.MONTH, start, end, text, strict=False) for month in (1, value))


_AND_A_HALF = {"en": re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE),
               "ru": re.compile(r"\s+с\s+половиной(?![^\W\d_])", re.IGNORECASE)}


def _first_months(work: str, text: str, start: int, end: int, lang: str) -> bool:
    """"the first five months", «за первые пять месяцев»: the period another version writes 1-5月 or January-May."""
    before, after = _FIRST_MONTHS[lang]
    opened = before.search(work, max(0, start - 12), start)
    if opened is None or after.match(work, end) is None:
        return False
    duration = lang == "ru" and opened.group().lower().startswith("за")
    return not duration or _RU_MONTHS_OF_YEAR.match(text, end) is not None


_RU_DECADE_AFTER = re.compile(r"\s+(?:год(?:ы|ов|ах|ам|ами)|гг\.)(?![\w-])")
# «70-летия», «30-летие»: an anniversary, the figure of the 70th anniversary another version gives, not a name's number.
_RU_ANNIVERSARY = re.compile(r"-летие|-летия|-летию|-летием|-летии", re.IGNORECASE)


# «2026-27», "2018-19", 1922–26, a season «2016/17»: a range of years whose end keeps its last two digits.
_YEAR_RANGE_OPENED = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s?[-–—]\s?|/)$")


def _range_year(text: str, start: int, raw: str, value: float | None) -> float | None:
    """The year a two-digit figure closing a range of years stands for (27 of 2026-27 is 2027), else `value`."""
    opened = _YEAR_RANGE_OPENED.search(text, max(0, start - 8), start) if len(raw) == 2 and value is not None else None
    if opened is None or value is None or int(opened.group(1)) % 100 >= value:
        return value
    return value + int(opened.group(1)) // 100 * 100


def western_quantities(text: str, lang: str) -> list[Quantity]:
    """Quantities in English (`lang`='en') or Russian ('ru') text."""
    out: list[Quantity] = []
    # The Russian table is built from the morphological dictionary (~24 MB): not for a text with no Russian word.
    table = english_words() if lang == "en" else russian_words() if _CYRILLIC.search(text) else {}
    work = _fractions(_quarters(_western_dates(_codes(text, out), lang, out), lang, out), lang, out)
    blanks = _Blanks(work)
    percent_re = _EN_PERCENT if lang == "en" else _RU_PERCENT
    read_to = 0  # the end of an amount in billions and millions, whose millions are read already
    for m in _DIGITS[lang].finditer(work):
        start, end = m.start(), m.end()
        if start < read_to:
            continue
        raw = m.group().rstrip()
        end = start + len(raw)
        decimal_comma = lang == "ru" or re.fullmatch(r"\d+,\d{1,2}", raw) is not None
        value = _parse_digits(raw, decimal_comma=decimal_comma)
        if value is None:
            continue
        value = _range_year(work, start, raw, value)  # «в 2026-27 годах»: 2027
        suffix = re.match(_ORD_SUFFIX + r"(?![^\W\d_])", work[end:])
        ordinal = bool(suffix) and (lang == "ru") == (not suffix.group().isascii())
        if ordinal:
            end += suffix.end()  # type: ignore[union-attr]
        near = max(0, start - 2)
        glued = (_glued_to_letters(blanks.window(near, end + 2), start - near, end - near) and not (
            lang == "ru" and _RU_ANNIVERSARY.match(work, end))) or _code_after_slash(work, start) or (
            not ordinal and _numbered_name(work, start, end)) or _after_numero(work, start) or (
            _RANKING_BEFORE.search(work, max(0, start - 20), start) is not None)
        if glued and work[end:end + 1] == "-" and _DECIMAL[lang].search(raw) and not _glued_before(work, start):
            glued = False  # a 7.8-magnitude earthquake, a 2,5-метровый: a measured figure, not a compound's number
        scale, end = _scale_after(work, end, table)
        value *= scale
        digits = raw
        # «25 млрд 350 млн долл.»: one figure in billions and millions (25.35 billion), as 253.5亿 writes it.
        rest = _REST_OF_AMOUNT.match(work, end) if scale >= 1e6 and not ordinal else None
        if rest is not None:
            smaller, rest_end = _scale_after(work, rest.end(), table)
            if 1 < smaller < scale and int(rest.group(1)) * smaller < scale:
                value += int(rest.group(1)) * smaller
                digits, scale, end = rest.group(1), smaller, rest_end
                read_to = end
        pct = percent_re.match(work, end)
        kind = QKind.ORDINAL if ordinal else QKind.NUMBER
        if pct:
            kind, end = QKind.PERCENT, pct.end()
        # "500,000" in Russian text is 500 (decimal comma) or 500 000 (English habit): it confirms either reading.
        ambiguous = lang == "ru" and re.fullmatch(r"[1-9]\d{0,2},\d{3}", raw) is not None
        if ambiguous:
            out.append(Quantity(float(raw.replace(",", "")) * scale, kind,
                                start, end, text[start:end], strict=False))
        first_months = _first_months(work, text, start, end, lang)
        if first_months:
            _period_months(value, start, end, text[start:end], out)
        # «1. Как вы оцениваете…», "2) What do you…": the number of an item opening the text numbers it (一、).
        item = kind is QKind.NUMBER and value < 100 and not work[:start].strip() and bool(_ITEM_MARK.match(work, end))
        # «1950-х годов», «в 50-е годы»: a decade, no ordinal fiftieth. With its century it is the year of the decade
        # (1950, as 上世纪50年代 and "the 1950s" give it); without, it answers either century and is demanded of no one.
        decade = lang == "ru" and ordinal and _RU_DECADE_AFTER.match(work, end) is not None and (
            value < 100 or value % 10 == 0)
        if decade:
            kind = QKind.NUMBER
        if decade and value < 100:
            out.extend(Quantity(century + value, QKind.NUMBER, start, end, text[start:end], strict=False)
                       for century in (1900, 2000))
        soft = glued or ambiguous or item or (decade and value < 100) or (
            lang == "en" and work[end:end + 1] == "s") or first_months or (
            kind is QKind.NUMBER and _restates_percentage(work, end, value, lang))
        qualifier = _qualifier(blanks.window(start - 40, start), lang)
        if qualifier is Approx.EXACT and lang == "ru" and _ru_up_to(text, start, end):
            qualifier = Approx.AT_MOST
        if value == 2 and kind is QKind.NUMBER and not soft:  # "2 meetings", «2 раза»
            occasions = _occasions(work, start, end, lang)
            if occasions is not None:
                out.append(Quantity(value, QKind.TIMES, start, end, text[start:end], qualifier, occasions))
        precision = 0.0 if ambiguous else written_precision(
            digits.replace(" ", "").replace("\u00a0", "").replace(",", "." if decimal_comma else ""),
            value if digits is raw else int(digits) * scale, ".")
        if kind is QKind.PERCENT and not precision and not ambiguous and value == int(value):
            precision = 1.0  # "up 25 percent" for 25.1%: a whole percentage is rounded to the unit
        out.append(Quantity(value, kind, start, end, text[start:end], qualifier, not soft, precision,
                            _ratio_readings(work, start, end, value, lang) if kind is QKind.NUMBER else ()))
        blanks.blank(start, end)
    work = blanks.text()
    if table:
        _word_numbers(text, work, lang, table, out)
    if lang == "ru":
        _ru_measure_compounds(work, text, out)
        _ru_collectives(work, text, out)
    else:
        _en_decades(work, text, out)
    _roman_numerals(text, work, lang, out)
    return out


# “一加四”的模式, 二加二对话: a format of talks named by the numbers of its sides, which answer «один плюс четыре» and
# "two plus two" of another version and are demanded of none (a single numeral alone is no figure in Chinese).
_ZH_SIDE = "[一二两三四五六七八九十]"
_ZH_FORMAT = re.compile(rf"(?<![\d{_CN_DIGITS}])({_ZH_SIDE})加({_ZH_SIDE})(?![\d{_CN_DIGITS}])")


def _zh_formats(text: str) -> list[Quantity]:
    return [Quantity(value, QKind.NUMBER, m.start(g), m.end(g), m.group(g), strict=False)
            for m in _ZH_FORMAT.finditer(text) for g in (1, 2) if (value := simple_value(m.group(g))) is not None]


# «четырехдневный визит» is a 'four-day visit': the number that opens a compound of a measure (days, years, storeys,
# sides, times). Soft: it answers the four of another version and is not demanded (двусторонний is 'bilateral').
_RU_COMPOUND_NUMBERS = {"дву": 2, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6,
                        "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12, "пятнадцати": 15,
                        "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "ста": 100}
_RU_MEASURE_COMPOUND = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(_RU_COMPOUND_NUMBERS, key=len, reverse=True)) + r")"
    r"(?:дневн|суточн|летн|летие|месячн|недельн|часов|минутн|кратн|этажн|сторонн|местн|тонн|процентн|годичн|разов)"
    r"[а-яё]*", re.IGNORECASE)


def _ru_measure_compounds(work: str, text: str, out: list[Quantity]) -> None:
    for m in _RU_MEASURE_COMPOUND.finditer(work):
        value = _RU_COMPOUND_NUMBERS[m.group(1).lower()]
        out.append(Quantity(value, QKind.NUMBER, m.start(), m.end(), text[m.start():m.end()], strict=False))


# "over the last decade", "a decade ago": the ten years «за последние 10 лет» and 十年来 count, answering them without
# being demanded of them ("decades" and "two decades" give no ten).
_EN_DECADE = re.compile(r"\b(?:a|the|last|past|this|one|previous)\s+decade\b", re.IGNORECASE)


def _en_decades(work: str, text: str, out: list[Quantity]) -> None:
    for m in _EN_DECADE.finditer(work):
        start = m.end() - len("decade")
        out.append(Quantity(10, QKind.NUMBER, start, m.end(), text[start:m.end()], strict=False))


# «Тройку лидеров замкнул Гонконг» puts Hong Kong third (名列第三), «в пятёрку крупнейших» is a top five: the count a
# collective numeral gives answers the other version's, and is not demanded (a troika is also a sleigh).
_RU_COLLECTIVES = {"тройк": 3, "четверк": 4, "пятерк": 5, "шестерк": 6, "семерк": 7, "восьмерк": 8, "девятк": 9}
_RU_COLLECTIVE = re.compile(r"(?<![^\W\d_])(" + "|".join(_RU_COLLECTIVES) + r")(?:а|и|у|е|ой|ою)(?![^\W\d_])",
                            re.IGNORECASE)


def _ru_collectives(work: str, text: str, out: list[Quantity]) -> None:
    for m in _RU_COLLECTIVE.finditer(work.replace("ё", "е").replace("Ё", "Е")):
        out.append(Quantity(_RU_COLLECTIVES[m.group(1).lower()], QKind.NUMBER, m.start(), m.end(),
                            text[m.start():m.end()], strict=False))


@functools.cache
def _number_word_pattern(lang: str) -> re.Pattern[str]:
    """One alternation of every number word (and Russian case form): C-speed search instead of a word loop."""
    table = english_words() if lang == "en" else russian_words()
    return re.compile(r"(?<![^\W\d_])" + _trie_pattern(sorted(table)) + r"(?![^\W\d_])", re.IGNORECASE)


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation factored by common prefixes (двадцат(?:ь|и|ью)…), which `re` matches quickly."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
        return body

    return "(?:" + pattern(trie) + ")"


# The Five-Year Plan; the twenty-foot equivalent unit (TEU, 标箱), a unit's name: names, not counts.
_PLAN = re.compile(r"-(?:year plan|foot equivalent units?)\b", re.IGNORECASE)
# "targeting no third party", «против третьих стран» (第三方, which 三方 keeps from being read): no count.
_THIRD_PARTY = {"en": re.compile(r"[\s-]+(?:part(?:y|ies)|countr(?:y|ies))\b", re.IGNORECASE),
                "ru": re.compile(r"\s+(?:сторон|стран|лиц)", re.IGNORECASE)}
_TWICE = re.compile(r"twice|дважды", re.IGNORECASE)
# "twice a week", «дважды в месяц»: how often something runs, which another version may say by naming the days.
_FREQUENCY = re.compile(r"\s+(?:a|per|every|each|в|за|каждую|каждый)\s+(?:day|week|month|year|fortnight|день|сутки|"
                        r"неделю|месяц|год)\b|\s+(?:daily|weekly|monthly|yearly|annually|ежедневно|еженедельно|"
                        r"ежемесячно|ежегодно)\b", re.IGNORECASE)
# Meetings and calls, the occasions a release counts: "two telephone conversations", «две встречи».
_MEETINGS = {"en": re.compile(r"(?:\s+[a-z-]+)?\s+(?:meetings|talks|conversations|calls|visits|summits)\b"),
             "ru": re.compile(r"(?:\s+[а-яё]+(?:ых|их|ые|ие))?\s+(?:встреч|разговор|переговор|визит|саммит|бесед)",
                              re.IGNORECASE)}
_TIMES_WORD = {"en": re.compile(r"\s+times\b", re.IGNORECASE), "ru": re.compile(r"\s+раза\b", re.IGNORECASE)}
_RATIO = re.compile(r"\s+(?:as\s+(?!well\b)|больше|меньше|выше|ниже|быстрее)", re.IGNORECASE)
_IN = re.compile(r"(?<![\w-])в\s+$", re.IGNORECASE)  # «в два раза»: a ratio


# «в три раза (на 267%)», "four times (up 310%)": a ratio with the growth it stands for in brackets after it.
_RATIO_THEN_PERCENT = {
    "ru": re.compile(r"\s*раза?\s*(?:больше|меньше)?\s*\((?:на\s+|\+)?(\d+(?:[.,]\d+)?)\s?%\)", re.IGNORECASE),
    "en": re.compile(r"(?:\s*times|-fold)[^()%]{0,25}\((?:up\s+(?:by\s+)?|\+)?(\d+(?:\.\d+)?)\s?(?:%|percent)\)",
                     re.IGNORECASE),
}


_ITEM_MARK = re.compile(r"[.)](?:[ \u00a0]|(?=[^\W\d_]))")  # «1. Как», «1.Как»
_RU_TIMES_AFTER = re.compile(r"\s*раза?(?![^\W\d_])", re.IGNORECASE)
_RU_FEWER_AFTER = re.compile(r"\s*раза?\s+меньше", re.IGNORECASE)
_RU_DECREASE_BEFORE = re.compile(r"(?:сократ|сниз|уменьш|упал|упа[вд]|паден|сжал)\w*[^.;!?]{0,40}$", re.IGNORECASE)


def _ratio_readings(work: str, start: int, end: int, value: float, lang: str) -> tuple[tuple[str, float], ...]:
    """The percentage a Russian ratio of change stands for: «нарастил в полтора раза» is 'up 50%', «вырос в 2,5 раза»
    'up 150%', «сократился в два раза» 'down 50%' (增长50%, 下降50%), any of which answers it."""
    if lang != "ru" or value <= 1 or not _IN.search(work, 0, start) or not _RU_TIMES_AFTER.match(work, end):
        return ()
    down = _RU_DECREASE_BEFORE.search(work, max(0, start - 60), start) or _RU_FEWER_AFTER.match(work, end)
    change = (1 - 1 / value) * 100 if down else (value - 1) * 100
    return ((QKind.NUMBER.value, float(f"{change:.10g}")),)


def _restates_percentage(work: str, end: int, value: float, lang: str) -> bool:
    """Whether a ratio only restates the growth bracketed after it: «более чем в три раза (на 267%)» is 3.67-fold,
    the 267% another version gives, not a figure of its own (a ratio the growth does not round to stays one)."""
    m = _RATIO_THEN_PERCENT[lang].match(work, end)
    return m is not None and value <= 1 + float(m.group(1).replace(",", ".")) / 100 < value + 1


def _occasions(work: str, start: int, end: int, lang: str) -> bool | None:
    """Whether a two counts occasions: True for meetings and calls ("met twice", «две встречи», a count to demand),
    False for other occasions ("won the cup twice", «два раза»: a count that answers one), None when it is no count
    of occasions ("twice as many", «в два раза больше», "two countries")."""
    ratio = _RATIO.match(work, end) is not None or _IN.search(work, 0, start) is not None
    if ratio:
        return None
    if _TWICE.fullmatch(work[start:end]):
        return not (work[end:end + 12].lower().startswith((" as well", " also")) or _FREQUENCY.match(work, end))
    if _MEETINGS[lang].match(work, end):
        return True
    return False if _TIMES_WORD[lang].match(work, end) else None


# «Группа двадцати», "the Group of Twenty": the G20 (二十国集团), a name.
_GROUP_OF = {"en": re.compile(r"(?i:\bgroup of)\s+$"), "ru": re.compile(r"(?i:\bгрупп(?:а|ы|е|у|ой))\s+$")}


def _word_numbers(text: str, work: str, lang: str, table: dict[str, NumberWord], out: list[Quantity]) -> None:
    # "twenty-three" gives two tokens joined by a hyphen; "ten-minute" gives "ten" alone.
    tokens = [(m.start(), m.end(), table[m.group().lower().replace("ё", "е")])
              for m in _number_word_pattern(lang).finditer(work.replace("ё", "е").replace("Ё", "Е"))]
    # Group adjacent tokens (separated only by spaces, hyphens or "and") into runs, then combine each run.
    runs: list[list[tuple[int, int, NumberWord]]] = []
    for tok in tokens:
        if runs and re.fullmatch(r"[\s-]*(?:and\s+)?", work[runs[-1][-1][1]:tok[0]]):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    for run in runs:
        for first, last, value, ordinal in _combine([t[2] for t in run]):
            start, end = run[first][0], run[last][1]
            if run[first][2].scale and first == last and lang == "en" and not work[:start].rstrip().endswith(" a"):
                continue  # "thousands" is not in the table; a bare "million" rarely stands for a count
            if _PLAN.match(work, end) or (ordinal and value == 3 and _THIRD_PARTY[lang].match(work, end)) \
                    or _GROUP_OF[lang].search(work, max(0, start - 20), start):
                continue  # the Five-Year Plan, "a third party", «Группа двадцати» (G20): names, not counts
            half = None if ordinal else _AND_A_HALF[lang].match(work, end)
            if half:  # "two and a half times", «в два с половиной раза»: 2.5
                value, end = value + 0.5, half.end()
            pct = (_EN_PERCENT if lang == "en" else _RU_PERCENT).match(work, end)
            kind = QKind.ORDINAL if ordinal else QKind.NUMBER
            if pct:
                kind, end = QKind.PERCENT, pct.end()
            qualifier = _qualifier(work[max(0, start - 40):start], lang)
            if kind is QKind.NUMBER and value == 2 and first == last:
                occasions = _occasions(work, start, end, lang)
                if occasions is not None:
                    out.append(Quantity(value, QKind.TIMES, start, end, text[start:end], qualifier, occasions))
            first_months = _first_months(work, text, start, end, lang)
            if first_months:
                _period_months(value, start, end, text[start:end], out)
            soft = (_is_soft(value, True) and not half) or first_months or (
                kind is QKind.NUMBER and _restates_percentage(text, end, value, lang))  # its figures are blanked
            ratio = _ratio_readings(work, start, end, value, lang) if kind is QKind.NUMBER else ()
            out.append(Quantity(value, kind, start, end, text[start:end], qualifier, not soft, readings=ratio))


# «ХХ век», «ХІХ век», «ХХ1 век»: a century's numeral typed with the Cyrillic Х and І that look like X and I, or
# with a digit 1 for an I; read only before a word for a century, where no Cyrillic word is spelt so.
_RU_LOOKALIKE_CENTURY = re.compile(r"(?<![\w-])([XVIХІ1]+)(?=\s+(?:век|столети|тысячелети)\w*)")
_LOOKALIKES = str.maketrans("ХІ1", "XII")


def _ru_lookalike_centuries(work: str, out: list[Quantity]) -> None:
    for m in _RU_LOOKALIKE_CENTURY.finditer(work):
        token = m.group(1)
        numeral = token.translate(_LOOKALIKES)
        if token == numeral or token[0] == "1" or _ROMAN.fullmatch(numeral) is None:
            continue  # Latin numerals are read by _roman_numerals; «1 век» is a digit
        out.append(Quantity(_roman_value(numeral), QKind.ORDINAL, m.start(), m.end(), token))


def _roman_numerals(text: str, work: str, lang: str, out: list[Quantity]) -> None:
    """Roman numerals: ordinals in Russian (X Российско-китайский…, в XXI веке), next to Cyrillic words only.

    After a capitalised name (Людовик XIV) a numeral names a monarch, and in English it is never read as a
    count: both are soft, they only confirm a number found elsewhere.
    """
    if lang == "ru":
        _ru_lookalike_centuries(work, out)
    for m in _ROMAN.finditer(work):
        numeral = m.group()
        if not numeral or (len(numeral) == 1 and numeral not in "IVX"):
            continue  # °C, a lone D or M: letters, not numerals
        before = work[max(0, m.start() - 20):m.start()].split()
        after = work[m.end():m.end() + 20].split()
        if lang == "en":
            if len(numeral) > 1 or numeral in "VX":
                out.append(Quantity(_roman_value(numeral), QKind.ORDINAL, m.start(), m.end(), numeral,
                                    strict=False))
            continue
        cyrillic_after = bool(after) and bool(_CYRILLIC.match(after[0]))
        cyrillic_before = bool(before) and bool(_CYRILLIC.match(before[-1]))
        if numeral == "I" and not cyrillic_after:
            continue
        if cyrillic_after or cyrillic_before:
            name_before = cyrillic_before and before[-1][:1].isupper()
            value = _roman_value(numeral)
            out.append(Quantity(value, QKind.ORDINAL, m.start(), m.end(), numeral,
                                strict=not name_before and value >= 3))


# -- entry point -----------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=32768)  # every cell of a 10,000-row release, re-read across it as the user types
def quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    """Every quantity in `text`, sorted by position (cached: the editor re-checks a row on each keystroke)."""
    found = (chinese_quantities(text) + _zh_formats(text) if lang == "zh"
             else western_quantities(text, lang) + _named_people(text, lang))
    return _totals_of_parts(text, sorted(found, key=lambda q: q.start))


_NAME_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s(?:and|и)\s)\s*")


def _named_people(text: str, lang: str) -> list[Quantity]:
    """«с космонавтами Сергеем Прокопьевым, Дмитрием Петелиным»: people named in a row say how many they are, which
    2名俄罗斯宇航员 counts; a soft count (a list is no figure to demand of the other versions)."""
    from desktop_app.domain.qa.persons import russian_names

    out: list[Quantity] = []
    group: list[tuple[int, int, str]] = []
    for name in [*russian_names(text, lang), (len(text) + 1, len(text) + 1, "")]:
        if group and _NAME_JOINER.fullmatch(text, group[-1][1], name[0]) is not None:
            group.append(name)
            continue
        if len(group) >= 2:
            out.append(Quantity(len(group), QKind.NUMBER, group[0][0], group[-1][1], text[group[0][0]:group[-1][1]],
                                strict=False))
        group = [name]
    return out


_SENTENCE_END = re.compile(r"[.!?。！？;；]\s")
# What joins a total to its parts: a colon, a dash or brackets, "in all", 其中, «из них», «всего»…
_BREAKDOWN = re.compile(r"[:：(（—–]|\b(?:including|of which|of them|in all|in total|altogether)\b|其中|共|合计|总计|"
                        r"(?<![^\W\d_])(?:из них|в том числе|всего|в общей сложности)(?![^\W\d_])", re.IGNORECASE)


def _totals_of_parts(text: str, found: list[Quantity]) -> tuple[Quantity, ...]:
    """«шесть судов: два с российской и четыре с китайской стороны»: a total followed (or preceded) in its sentence
    by the parts that add up to it. Another version that gives the parts (4艘 … 2艘) need not add them up: the total
    answers a total it gives, and is not demanded."""
    counts = [q for q in found if q.kind is QKind.NUMBER and q.value == int(q.value) and q.value > 0]  # два too
    if len(counts) < 3:
        return tuple(found)
    totals = set()
    for i, total in enumerate(counts):
        if not total.strict:
            continue
        for parts in (counts[i + 1:i + 4], counts[max(0, i - 3):i]):
            parts = [p for p in parts if p.value < total.value and _same_sentence(text, total, p)
                     and _BREAKDOWN.search(text, min(total.start, p.start), max(total.end, p.end) + 10)]
            if any(sum(p.value for p in parts[:n]) == total.value for n in (2, 3) if len(parts) >= n) or any(
                    sum(p.value for p in parts[-n:]) == total.value for n in (2, 3) if len(parts) >= n):
                totals.add(id(total))
    return tuple(replace(q, strict=False) if id(q) in totals else q for q in found)


def _same_sentence(text: str, a: Quantity, b: Quantity) -> bool:
    start, end = min(a.start, b.start), max(a.end, b.end)
    return _SENTENCE_END.search(text, start, end) is None
