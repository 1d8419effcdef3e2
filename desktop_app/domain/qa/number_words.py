"""Tables of English and Russian number words (and pymorphy3 for Russian cases).

Russian inflects numerals (девять, девяти, девятью; десятый, десятого…): pymorphy3 expands each lemma below into
all its forms, so text is looked up in a dict at check time without morphology. The lemmas are written out here, not
generated with num2words at run time: that imported its 62 language modules (3 MB) into the window for 160 words;
tests/test_qa_numbers.py checks them against num2words.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

AMBIGUOUS_RU = ("семью",)  # also "family" (семья) in the accusative, far more common in running text
SCALES = (1000, 1_000_000, 1_000_000_000, 1_000_000_000_000)
BASE = (*range(0, 21), *range(30, 100, 10))
RU_HUNDREDS = tuple(range(100, 1000, 100))
# Lemmas for BASE (Russian: then RU_HUNDREDS) and the last words of SCALES.
EN_CARDINALS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety")
EN_ORDINALS = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
    "ninetieth")
EN_SCALES = ("thousand", "million", "billion", "trillion")
RU_CARDINALS = (
    "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
    "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
    "девятнадцать", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
    "девяносто", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот")
RU_ORDINALS = (
    "нулевой", "первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой", "девятый",
    "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый", "шестнадцатый",
    "семнадцатый", "восемнадцатый", "девятнадцатый", "двадцатый", "тридцатый", "сороковой", "пятидесятый",
    "шестидесятый", "семидесятый", "восьмидесятый", "девяностый", "сотый", "двухсотый", "трёхсотый", "четырёхсотый",
    "пятисотый", "шестисотый", "семисотый", "восьмисотый", "девятисотый")
RU_SCALES = ("тысяча", "миллион", "миллиард", "триллион")


@dataclass(frozen=True, slots=True)
class NumberWord:
    """One number word: its value, whether it is an ordinal, and how it combines with neighbours."""

    value: float
    ordinal: bool = False
    multiplier: bool = False  # "hundred": multiplies what comes before it
    scale: bool = False  # thousand, million…: closes a group


_EN_FREQUENCIES = ("daily", "weekly", "monthly")
_RU_FREQUENCIES = ("ежедневный", "еженедельный", "ежемесячный")


@functools.cache
def english_words() -> dict[str, NumberWord]:
    """Lower-case English number word → meaning (hyphenated compounds are split into their parts by the caller)."""
    table: dict[str, NumberWord] = {}
    for n, cardinal, ordinal in zip(BASE, EN_CARDINALS, EN_ORDINALS, strict=True):
        table[cardinal] = NumberWord(n)
        table[ordinal] = NumberWord(n, ordinal=True)
    table["hundred"] = NumberWord(100, multiplier=True)
    table["hundredth"] = NumberWord(100, ordinal=True, multiplier=True)
    for n, word in zip(SCALES, EN_SCALES, strict=True):
        table[word] = NumberWord(n, scale=True)
        table[word + "th"] = NumberWord(n, ordinal=True, scale=True)
    table.update({"once": NumberWord(1), "twice": NumberWord(2), "thrice": NumberWord(3),
                  "both": NumberWord(2), "dozen": NumberWord(12)})
    # "weekly flights" are 每周1班, one a week: the one of a frequency (soft, as every word for one or two)
    table.update(dict.fromkeys(_EN_FREQUENCIES, NumberWord(1)))
    # "a twofold increase" is «рост в 2 раза» (two-fold is split into "two" and "fold" by the caller)
    for n, cardinal in zip(BASE[2:11], EN_CARDINALS[2:11], strict=True):
        table[cardinal + "fold"] = NumberWord(n)
    table["hundredfold"] = NumberWord(100)
    return table


def _russian_lemmas() -> dict[str, NumberWord]:
    table: dict[str, NumberWord] = {}
    for n, cardinal, ordinal in zip((*BASE, *RU_HUNDREDS), RU_CARDINALS, RU_ORDINALS, strict=True):
        table[cardinal] = NumberWord(n)
        table[ordinal] = NumberWord(n, ordinal=True)
    for n, word in zip(SCALES, RU_SCALES, strict=True):
        table[word] = NumberWord(n, scale=True)
    table.update({"оба": NumberWord(2), "полтора": NumberWord(1.5)})  # «в полтора раза», «полтора миллиона»
    for n, word in enumerate(("двое", "трое", "четверо", "пятеро", "шестеро", "семеро"), start=2):
        table[word] = NumberWord(n)
    return table


@functools.cache
def russian_words() -> dict[str, NumberWord]:
    """Every inflected form (lower case, ё as е) of the Russian number words → meaning."""
    from desktop_app.domain.morphology import russian_analyzer

    morph = russian_analyzer()
    table: dict[str, NumberWord] = {}
    for lemma, meaning in _russian_lemmas().items():
        forms = {lemma}
        for parse in morph.parse(lemma):
            if parse.normal_form == lemma and ({"NUMR", "Anum"} & parse.tag.grammemes or meaning.scale):
                forms.update(f.word for f in parse.lexeme)
        for form in forms:
            table.setdefault(form.replace("ё", "е"), meaning)
    for word in AMBIGUOUS_RU:
        table.pop(word, None)
    for lemma in _RU_FREQUENCIES:  # «еженедельные рейсы», «еженедельно»: one a week, as 每周1班 says
        for parse in morph.parse(lemma):
            if parse.normal_form == lemma:
                table.update(dict.fromkeys((f.word.replace("ё", "е") for f in parse.lexeme), NumberWord(1)))
        table[lemma[:-2] + "о"] = NumberWord(1)
    table.update({"однажды": NumberWord(1), "дважды": NumberWord(2), "трижды": NumberWord(3),
                  "вдвое": NumberWord(2), "втрое": NumberWord(3), "вчетверо": NumberWord(4),
                  "тыс": NumberWord(1000, scale=True), "млн": NumberWord(1_000_000, scale=True),
                  "млрд": NumberWord(1_000_000_000, scale=True), "трлн": NumberWord(1_000_000_000_000, scale=True)})
    log.debug("Russian number-word table: %d forms", len(table))
    return table
