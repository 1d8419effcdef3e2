"""The labels Word draws before numbered paragraphs ("1.", "一、", "(а)"), computed from numbering.xml.

A numbered heading or list item shows its label as part of the text, and copying or saving the document as
plain text keeps it; PressDesk holds plain text, so a release whose sections are numbered automatically would
otherwise lose "一、" / "I." on its way through the editor and the export. Bullets are no text and get no label.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

MAX_LEVELS = 9
MAX_LETTER_ROUNDS = 30
# The longest label pattern read ("第%1章", "%1.%2.%3.", "(%1)" are a few characters): one of 400,000 characters
# in a 37 KB file made each of 3,000 paragraphs' labels megabytes long, and reading it never ended.
MAX_LABEL_CHARS = 64
# The largest list number read: a start of 4,000 digits in a 38 KB file made each paragraph's label 36,000 characters
# (nine levels of it), gigabytes over a document's paragraphs. A start beyond this is no list anyone numbers.
MAX_NUMBER = 999_999_999
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's sequence: no ё, й, ъ, ы, ь
CJK_DIGITS = "〇一二三四五六七八九"
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_PLACEHOLDER = re.compile("%([1-9])")


def _local(el: etree._Element) -> str | None:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else None


def _val(el: etree._Element | None, name: str = "val") -> str | None:
    if el is None:
        return None
    return next((v for k, v in el.attrib.items() if k.rsplit("}", 1)[-1] == name), None)


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    return next((c for c in el if _local(c) == name), None)


def _int(text: str | None, default: int) -> int:
    """A whole number of numbering.xml; `default` for one that is absent, not a number or beyond MAX_NUMBER."""
    if text is None or len(text) > len(str(MAX_NUMBER)) + 1:
        return default
    try:
        value = int(text)
    except ValueError:
        return default
    return value if -MAX_NUMBER <= value <= MAX_NUMBER else default


def _chinese(n: int) -> str:
    """一, 十, 十一, 二十, 一百零五, 一千二百: Word's chineseCounting up to 9,999 (decimal beyond)."""
    if not 0 < n < 10_000:
        return str(n)
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out.append("零")
            out.append(("" if value == 10 and not out and digit == 1 else CJK_DIGITS[digit]) + unit)
            zero = False
        elif out:
            zero = True
    return "".join(out)


def _letters(n: int, alphabet: str) -> str:
    """A, B, … Z, AA, BB: Word repeats the letter once more for every round of the alphabet (decimal past 30
    rounds, so a list starting at two billion cannot make a label of millions of letters)."""
    if not 0 < n <= MAX_LETTER_ROUNDS * len(alphabet):
        return str(n)
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, numeral in ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def _table(n: int, symbols: str) -> str:
    return symbols[n - 1] if 0 < n <= len(symbols) else str(n)


def format_number(n: int, fmt: str) -> str:
    """`n` in one of Word's number formats (ST_NumberFormat); unknown formats fall back to decimal, as Word does."""
    if fmt == "ordinal":
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("upperLetter", "lowerLetter"):
        letters = _letters(n, "abcdefghijklmnopqrstuvwxyz")
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("russianLower", "russianUpper"):
        letters = _letters(n, RUSSIAN)
        return letters.upper() if fmt == "russianUpper" else letters
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "ideographDigital"):
        return _chinese(n)
    if fmt in ("ideographTraditional", "ideographZodiac"):
        return _table(n, HEAVENLY_STEMS)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _table(n, CIRCLED)
    if fmt == "decimalEnclosedParen":
        return _table(n, PARENTHESISED)
    if fmt in ("decimalEnclosedFullstop",):
        return _table(n, FULL_STOP)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return str(n)


@dataclass(slots=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    legal: bool = False  # isLgl: the labels of outer levels are shown in decimal
    style: str | None = None  # the paragraph style tied to this level (numbered headings)
    restart: int | None = None  # lvlRestart: restart after this (1-based) level is used; 0 never; None any outer


@dataclass(slots=True)
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level: a list of its own from there
    levels: dict[int, _Level] = field(default_factory=dict)  # lvlOverride with a whole level: its own look


def _level(el: etree._Element) -> _Level:
    fmt_el = next((c for c in el.iter() if _local(c) == "numFmt"), None)  # also inside mc:AlternateContent
    fmt = _val(fmt_el) or "decimal"
    text = _val(_child(el, "lvlText")) or ""
    if len(text) > MAX_LABEL_CHARS:
        text = ""  # no label Word could draw in a margin; formatting it for every paragraph would take hours
    return _Level(start=_int(_val(_child(el, "start")), 0), fmt=fmt, text=text,
                  suffix=_val(_child(el, "suff")) or "tab",
                  legal=_child(el, "isLgl") is not None and (_val(_child(el, "isLgl")) or "1") not in ("0", "false"),
                  style=_val(_child(el, "pStyle")),
                  restart=_int(_val(_child(el, "lvlRestart")), 0) if _child(el, "lvlRestart") is not None else None)


class Numbering:
    """Counts numbered paragraphs in reading order and gives each its label."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.abstracts: dict[str, list[_Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum with numStyleLink → the numbering style it follows
        self.nums: dict[str, _Num] = {}
        for el in numbering if numbering is not None else ():
            if _local(el) == "abstractNum":
                levels = [_Level() for _ in range(MAX_LEVELS)]
                for lvl in el:
                    if _local(lvl) == "lvl":
                        i = _int(_val(lvl, "ilvl"), -1)
                        if 0 <= i < MAX_LEVELS:
                            levels[i] = _level(lvl)
                key = _val(el, "abstractNumId") or ""
                self.abstracts[key] = levels
                link = _val(_child(el, "numStyleLink"))
                if link:
                    self.style_links[key] = link
            elif _local(el) == "num":
                num = _Num(_val(_child(el, "abstractNumId")) or "")
                for override in el:
                    if _local(override) == "lvlOverride":
                        i = _int(_val(override, "ilvl"), 0)
                        start = _val(_child(override, "startOverride"))
                        if start is not None:
                            num.starts[i] = _int(start, 1)
                        lvl = _child(override, "lvl")
                        if lvl is not None:
                            num.levels[i] = _level(lvl)
                self.nums[_val(el, "numId") or ""] = num
        self.style_numbering: dict[str, tuple[str | None, str | None]] = {}  # styleId → (numId, ilvl)
        self.based_on: dict[str, str] = {}
        self._style_nums: dict[str, tuple[str | None, str | None]] = {}
        for style in styles if styles is not None else ():
            if _local(style) != "style":
                continue
            sid = _val(style, "styleId") or ""
            num_pr = _child(_child(style, "pPr"), "numPr")
            if num_pr is not None:
                self.style_numbering[sid] = (_val(_child(num_pr, "numId")), _val(_child(num_pr, "ilvl")))
            base = _val(_child(style, "basedOn"))
            if base:
                self.based_on[sid] = base
        # Lists sharing an abstract definition continue one count; the first paragraph of a list with a
        # startOverride restarts that count.
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()

    def _style_num(self, style_id: str | None) -> tuple[str | None, str | None]:
        """The numbering a style gives, its own or inherited through `basedOn`; found once per style, as every
        paragraph asks (a chain of 20,000 styles made each of 20,000 paragraphs walk it: a minute)."""
        if not style_id:
            return None, None
        path: list[str] = []  # the styles walked: each gets the answer, so no chain is walked twice
        found: tuple[str | None, str | None] = (None, None)
        current: str | None = style_id
        while current and current not in path:
            if current in self._style_nums:
                found = self._style_nums[current]
                break
            path.append(current)
            if current in self.style_numbering:
                found = self.style_numbering[current]
                break
            current = self.based_on.get(current)
        for walked in path:
            self._style_nums[walked] = found
        return found

    def _abstract(self, num: _Num) -> tuple[str, list[_Level]] | None:
        key = num.abstract
        link = self.style_links.get(key)
        if link:  # the list is defined by a numbering style, whose numPr points at the real definition
            linked, _ = self._style_num(link)
            if linked in self.nums:
                key = self.nums[linked].abstract
        levels = self.abstracts.get(key)
        return (key, levels) if levels is not None else None

    def label(self, ppr: etree._Element | None) -> str:
        """Count the paragraph with these properties and return its label with its separator ('' if none)."""
        style_id = _val(_child(ppr, "pStyle"))
        num_pr = _child(ppr, "numPr")
        num_id, ilvl = (_val(_child(num_pr, "numId")), _val(_child(num_pr, "ilvl"))) if num_pr is not None \
            else (None, None)
        style_num, style_lvl = self._style_num(style_id)
        num_id = num_id if num_id is not None else style_num
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        num = self.nums[num_id]
        found = self._abstract(num)
        if found is None:
            return ""
        key, defined = found
        levels = [num.levels.get(i, lvl) for i, lvl in enumerate(defined)]
        if ilvl is None:
            ilvl = style_lvl
        if ilvl is None:  # a numbered heading style: the level tied to the style, else the first
            index = next((i for i, lvl in enumerate(levels) if style_id and lvl.style == style_id), 0)
        else:
            index = min(max(_int(ilvl, 0), 0), MAX_LEVELS - 1)
        counters = self.counters.setdefault(key, [None] * MAX_LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for i in num.starts:
                if 0 <= i < MAX_LEVELS:
                    counters[i] = None

        def start(i: int) -> int:
            return num.starts.get(i, levels[i].start)

        for outer in range(index):  # an outer level shown before it was used counts as used at its start
            if counters[outer] is None:
                counters[outer] = start(outer)
        current = counters[index]
        counters[index] = start(index) if current is None else current + 1
        for deeper in range(index + 1, MAX_LEVELS):
            restart = levels[deeper].restart
            if restart is None or (restart > 0 and index < restart):
                counters[deeper] = None
        level = levels[index]
        if level.fmt in ("bullet", "none") or not _PLACEHOLDER.search(level.text):
            return ""  # bullets and fixed symbols mark items; they are no text

        def number(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            value = counters[i] if counters[i] is not None else start(i)
            fmt = "decimal" if level.legal else levels[i].fmt
            return format_number(value, fmt) if fmt not in ("bullet", "none") else ""

        text = _PLACEHOLDER.sub(number, level.text)
        return text + ("" if level.suffix == "nothing" or _ends_in_wide_punctuation(text) else " ")


def _ends_in_wide_punctuation(label: str) -> bool:
    """A label ending in full-width punctuation ("一、", "（一）", "１．") is followed by the text without a space in
    Chinese; the tab Word puts after it is layout, and a space there is a typo QA would flag."""
    last = label[-1:]
    return bool(last) and unicodedata.category(last).startswith("P") and unicodedata.east_asian_width(last) in "WF"
