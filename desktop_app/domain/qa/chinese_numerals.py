"""The common numerals of a press release read without cn2an, whose import costs a fifth of a second.

`pressdesk qa` and the QA dock read every number in the Chinese text. Almost all of them are Arabic digits
("2023", "1.5万"), one Chinese digit ("两", "十"), a tens form ("二十三"), one digit with a unit ("三千") or a
digit-by-digit year ("二〇二三"). `simple_value` reads exactly those, with the values cn2an's "smart" mode gives
(tests/test_chinese_numerals.py checks every such form against cn2an), and returns None for anything else, which
is left to cn2an.
"""

from __future__ import annotations

import re
from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "万亿": 10**12}
# 1.2万亿 (1.2 trillion) is read here too: cn2an reads 12万亿 but gives up on a decimal before 万亿.
_ARABIC = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万亿|[十百千万亿]?)")
_TENS = re.compile("([一二三四五六七八九]?)十([一二三四五六七八九]?)")
_DIGIT_AND_UNIT = re.compile("([一二两三四五六七八九])([百千万亿])")
# 廿 (twenty) and 卅 (thirty), as Hong Kong and Macao papers write the day (廿八日, the 28th); cn2an reads neither.
_OLD_TENS = {"廿": 20, "卅": 30}
_OLD_TENS_RUN = re.compile("([廿卅])([一二三四五六七八九]?)")


def simple_value(run: str) -> float | None:
    """The value of a numeral in one of the common forms, or None when `run` is in another form (or none)."""
    arabic = _ARABIC.fullmatch(run)
    if arabic:
        number, unit = arabic.groups()
        return float(int(Decimal(number) * UNITS[unit])) if unit else float(number)
    if run and all(c in DIGITS for c in run):
        return float(int("".join(str(DIGITS[c]) for c in run)))
    tens = _TENS.fullmatch(run)
    if tens:
        first, second = tens.groups()
        return float((DIGITS[first] if first else 1) * 10 + (DIGITS[second] if second else 0))
    old_tens = _OLD_TENS_RUN.fullmatch(run)
    if old_tens:
        tens_char, unit_char = old_tens.groups()
        return float(_OLD_TENS[tens_char] + (DIGITS[unit_char] if unit_char else 0))
    digit_and_unit = _DIGIT_AND_UNIT.fullmatch(run)
    if digit_and_unit:
        digit, unit = digit_and_unit.groups()
        return float(DIGITS[digit] * UNITS[unit])
    return None
