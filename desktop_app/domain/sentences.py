"""Sentence splitting by rule for Chinese, English and Russian press text.

    split_sentences("Mr. Qian met V. Volodin. They spoke.", "en")  # ["Mr. Qian met V. Volodin.", "They spoke."]
    split_sentences("今天开幕。“欢迎！”他说。", "zh")                # ["今天开幕。", "“欢迎！”", "他说。"]

Machine translation decodes sentence by sentence. Packs from the Argos index carry a stanza splitter, which needs
torch; without it a pack splits here. Splitting a sentence wrongly cuts a name or title in two ("U.S." |
"President…"), so an end mark only ends a sentence when the next sentence plainly starts (a capital, digit,
quote or CJK character after white space) and the word before the full stop is not an abbreviation or an
initial. Chinese ends at 。！？… and the closing quotes or brackets right after them.
"""

from __future__ import annotations

import re

# Lower-cased, without the final full stop: titles, months, "No.", short forms of press text (letters joined by
# full stops, U.S. or т.е., are recognised as such without a list).
_ABBREVIATION_WORDS = """
mr mrs ms dr prof st no nos gen col lt maj capt sgt cmdr adm sen rep gov pres amb jr sr hon rev mt ft jan feb
mar apr jun jul aug sep sept oct nov dec co corp inc ltd dept univ approx est fig vol vs etc г гг т е д др пр им
ул пл просп кв стр тыс млн млрд трлн руб долл сб сев юж зап вост акад проф ч мин сек см напр
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
CHINESE = frozenset({"zh", "zt"})  # Simplified and Traditional, as Argos packs name them
_CLOSERS = "\"'”’»)）]】』」"
_OPENERS = "\"'“‘«(（[【『「"
_CJK_END = re.compile(rf"[。！？…]+[{re.escape(_CLOSERS)}]*")
# An end mark (with closers) followed by white space and the start of a sentence.
_WESTERN_END = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s+[{re.escape(_OPENERS)}\dA-ZА-ЯЁ\u4e00-\u9fff])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_LETTERS_WITH_DOTS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # A.B, U.S.A, В.В: initials or an acronym


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence."""
    match = _WORD_BEFORE.search(text, 0, dot + 1)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isalpha() and word.isupper():  # V. Volodin, В. В. Володин
        return True
    return bool(_LETTERS_WITH_DOTS.fullmatch(word)) or word.lower() in ABBREVIATIONS


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of one paragraph, each with its end mark and without surrounding white space."""
    ends = [m.end() for m in _CJK_END.finditer(text)]
    if lang not in CHINESE:
        for match in _WESTERN_END.finditer(text):
            marks = match.group().rstrip(_CLOSERS)
            if marks == "." and _abbreviated(text, match.start()):
                continue
            ends.append(match.end())
    pieces, start = [], 0
    for end in sorted(set(ends)):
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces
