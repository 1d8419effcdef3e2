"""Text normalisation shared by the matcher and search: tokens, folded punctuation, English keys, Russian lemmas.

Both the glossary forms and the running text go through the same functions, so "China–Russia" matches
"China-Russia", "SMEs" matches "SME", «Государственной думы» matches «Государственная дума» and 國家 matches 国家.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Dashes and hyphens of every width fold to "-"; quotes of every shape are ignored (a hit then extends over them).
DASHES = "-‐‑‒–—―−﹘﹣－─"
QUOTES = "\"'“”„‟«»‹›‘’‚‛「」『』〝〞＂＇"
INTERPUNCTS = "·•・‧∙⋅･"
_DASH_SET = frozenset(DASHES)
_QUOTE_SET = frozenset(QUOTES)

# A word is letters/digits with inner apostrophes (People's, O'Neil); everything else but spaces is one mark.
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")


def is_quote(char: str) -> bool:
    return char in _QUOTE_SET


def fold_char(char: str) -> str:
    """One character in a comparable shape: dashes to "-", interpuncts to "·", full-width ASCII to ASCII, lower case."""
    if char in _DASH_SET:
        return "-"
    if char in INTERPUNCTS:
        return "·"
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        char = chr(code - 0xFEE0)
    return char.lower().replace("ё", "е")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Words and marks with their offsets, quotes left out: [(start, end, surface), …]."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text) if m.group() not in _QUOTE_SET]


@lru_cache(maxsize=200_000)
def english_key(token: str) -> str:
    """Case-, possessive- and plural-insensitive key of one English token ("SMEs" → "sme", "Union's" → "union")."""
    if len(token) == 1:
        return fold_char(token)
    word = token.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _morph():  # type: ignore[no-untyped-def]
    """The pymorphy3 analyser with its Russian dictionary; loading takes ~0.15 s, so once and only when needed."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def russian_lemmas(token: str) -> tuple[str, ...]:
    """Every dictionary lemma of one Russian token, most likely first ("Миронова" → ("миронов",)); marks fold."""
    if len(token) == 1 and not token.isalnum():
        return (fold_char(token),)
    word = token.lower().replace("ё", "е").replace("’", "'")
    if not _CYRILLIC_RE.search(word):
        return (word,)
    lemmas: list[str] = []
    for parse in _morph().parse(word):
        lemma = parse.normal_form.replace("ё", "е")
        if lemma not in lemmas:
            lemmas.append(lemma)
    if word not in lemmas:
        lemmas.append(word)  # the surface form itself, so an unanalysable word still matches itself
    return tuple(lemmas)


@lru_cache(maxsize=1)
def _t2s_converter():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65_536)
def simplified_char(char: str) -> str:
    """The Simplified form of one character; OpenCC's t2s character table maps every character 1:1."""
    if ord(char) < 0x2E80:
        return fold_char(char)
    converted = _t2s_converter().convert(char)
    return fold_char(converted if len(converted) == 1 else char)


def normalize_chinese(text: str) -> tuple[str, list[int]]:
    """Simplified, folded text without quotes and spaces, and the original offset of every character kept."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        if char.isspace() or char in _QUOTE_SET:
            continue
        chars.append(simplified_char(char))
        offsets.append(i)
    return "".join(chars), offsets


def has_leading_quote(form: str) -> bool:
    stripped = form.strip()
    return bool(stripped) and stripped[0] in _QUOTE_SET


def has_trailing_quote(form: str) -> bool:
    stripped = form.strip()
    return bool(stripped) and stripped[-1] in _QUOTE_SET
