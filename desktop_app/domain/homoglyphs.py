"""Words that mix alphabets: a Russian word typed with a Latin "о" or "с", an English one with a Cyrillic "а".

A keyboard layout switched mid-word or text pasted from a PDF leaves letters that look right on screen but are
other characters: the glossary no longer recognises the name, search and proofing miss the word, and the
published text is wrong. A word here is a run of Latin, Cyrillic and Greek letters (with combining marks); a
hyphen, an apostrophe, a digit or any other character ends it, so "iPhone-совместимый", "Twitter’а", "Ту-154"
and "XX съезд" are words of one alphabet each. Greek letters count only when every Greek letter of the word has
a Latin or Cyrillic look-alike: μ, α, Ω or Δ beside Latin letters ("μg", "kΩ") are symbols, not a slip.

The word is corrected towards its majority alphabet (the text's own on a tie), and only when every foreign
letter has a look-alike there: "Вoлодин" becomes "Володин", "XIХ" becomes "XIX"; "стандартаDVB" is reported
without a correction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

LATIN = "Latin"
CYRILLIC = "Cyrillic"
GREEK = "Greek"
LANG_SCRIPT = {"en": LATIN, "ru": CYRILLIC}

_LATIN_CHARS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff\ufb00-\ufb06"
_CYRILLIC_CHARS = "\u0400-\u0482\u048a-\u052f"
_GREEK_CHARS = "\u0370-\u0373\u0376\u0377\u037b-\u037d\u037f\u0386\u0388-\u03ff\u1f00-\u1fbc\u1fc2-\u1ffc"
_MARKS = "\u0300-\u036f\u0483-\u0489"
_OTHERS = {LATIN: _CYRILLIC_CHARS + _GREEK_CHARS, CYRILLIC: _LATIN_CHARS + _GREEK_CHARS}
# Two neighbouring letters of different alphabets (combining marks between them): no match, no mixed word.
_BOUNDARY = re.compile(f"[{_LATIN_CHARS}][{_MARKS}]*[{_OTHERS[LATIN]}]|[{_OTHERS[LATIN]}][{_MARKS}]*[{_LATIN_CHARS}]"
                       f"|[{_CYRILLIC_CHARS}][{_MARKS}]*[{_GREEK_CHARS}]|[{_GREEK_CHARS}][{_MARKS}]*[{_CYRILLIC_CHARS}]")
_WORD_CHAR = re.compile(f"[{_LATIN_CHARS}{_CYRILLIC_CHARS}{_GREEK_CHARS}{_MARKS}]")
# Every boundary between alphabets touches a letter of the text's rarer ones: Latin or Greek in Russian text (and
# in text of no known language), Cyrillic or Greek in English text; finding those runs keeps a clean cell cheap.
_RARE_RUNS = {"en": re.compile(f"[{_CYRILLIC_CHARS}{_GREEK_CHARS}]+"),
              "ru": re.compile(f"[{_LATIN_CHARS}{_GREEK_CHARS}]+")}

# Letters drawn the same (or all but the same) in the usual fonts, by the alphabet they stand in for.
LOOK_ALIKES: dict[str, dict[str, str]] = {
    CYRILLIC: {
        **dict(zip("ABCEHKMOPTXacepoxyËë", "АВСЕНКМОРТХасерохуЁё", strict=True)),
        **dict(zip("ΑΒΕΗΚΜΟΡΤΧοΓΠΦ", "АВЕНКМОРТХоГПФ", strict=True)),
    },
    LATIN: {
        **dict(zip("АВСЕНКМОРТХасеорхуЅѕІіЈјЁёҮһԚԛԜԝ", "ABCEHKMOPTXaceopxySsIiJjËëYhQqWw", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo", strict=True)),
    },
}
_GREEK_LOOK_ALIKES = frozenset(c for table in LOOK_ALIKES.values() for c in table if "\u0370" <= c <= "\u03ff")


def script_of(ch: str) -> str | None:
    """LATIN, CYRILLIC or GREEK for a letter of those alphabets, else None (digits, marks, other scripts)."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in (LATIN, CYRILLIC, GREEK):
        if name.startswith(script.upper()):
            return script
    return None


@dataclass(frozen=True, slots=True)
class MixedWord:
    """A word of `text[start:end]` written in `script` with `foreign` letters (offsets within the word) from other
    alphabets; `fixed` is the word with every foreign letter replaced by its look-alike, or None if one has none."""

    start: int
    end: int
    word: str
    script: str
    foreign: tuple[tuple[int, str], ...]
    fixed: str | None

    def named_letters(self, limit: int = 3) -> str:
        """The foreign letters with their Unicode names, "o (LATIN SMALL LETTER O)", since they look alike."""
        letters = list(dict.fromkeys(ch for _, ch in self.foreign))
        named = [f"{ch} ({unicodedata.name(ch, f'U+{ord(ch):04X}')})" for ch in letters[:limit]]
        return ", ".join(named) + (", …" if len(letters) > limit else "")


def mixed_words(text: str, lang: str = "") -> list[MixedWord]:
    """The words of `text` that mix alphabets, in text order. `lang` ('en' or 'ru') settles a tie between Latin
    and Cyrillic letters; without it a tied word is reported without a correction."""
    found: list[MixedWord] = []
    word_end = -1
    for run in _RARE_RUNS.get(lang, _RARE_RUNS["ru"]).finditer(text):
        if run.start() < word_end:
            continue  # another run of the word just looked at
        start, end = run.span()
        while start and _WORD_CHAR.match(text, start - 1):
            start -= 1
        while end < len(text) and _WORD_CHAR.match(text, end):
            end += 1
        word_end = end
        word = text[start:end]
        if _BOUNDARY.search(word) is not None:
            mixed = _analyse(start, word, lang)
            if mixed is not None:
                found.append(mixed)
    return found


def _analyse(start: int, word: str, lang: str) -> MixedWord | None:
    scripts = [(i, ch, script_of(ch)) for i, ch in enumerate(word)]
    greek = [ch for _, ch, script in scripts if script == GREEK]
    if greek and not all(ch in _GREEK_LOOK_ALIKES for ch in greek):
        scripts = [(i, ch, None if script == GREEK else script) for i, ch, script in scripts]  # symbols: μg, kΩ
    counts = {script: sum(1 for _, _, s in scripts if s == script) for script in (LATIN, CYRILLIC, GREEK)}
    if sum(1 for n in counts.values() if n) < 2:
        return None
    if counts[LATIN] != counts[CYRILLIC]:
        script = LATIN if counts[LATIN] > counts[CYRILLIC] else CYRILLIC
    elif lang in LANG_SCRIPT:
        script = LANG_SCRIPT[lang]
    else:
        script = ""
    foreign = tuple((i, ch) for i, ch, s in scripts if s is not None and s != script)
    table = LOOK_ALIKES.get(script, {})
    fixed = None
    if script and all(ch in table for _, ch in foreign):
        letters = list(word)
        for i, ch in foreign:
            letters[i] = table[ch]
        fixed = "".join(letters)
    return MixedWord(start, start + len(word), word, script, foreign, fixed)


# A lone letter of the other alphabet between two words of the text's own: the Russian conjunction "а" or the
# prepositions "с", "о", "у" typed in Latin ("в 1970 году, a громадная…"), the English article "a" in Cyrillic.
# Capitals are left alone (Roman numerals, "витамин C", "класс A"), and so is a letter not between two words
# ("a × b", "входе x,").
_LONE = {"ru": re.compile(r"[ \u00a0]([acoy])[ \u00a0](?=[А-Яа-яЁё])"),
         "en": re.compile(r"[ \u00a0](а)[ \u00a0](?=[A-Za-z])")}
_OWN_LETTER = {"ru": re.compile("[А-Яа-яЁё]"), "en": re.compile("[A-Za-z]")}


@dataclass(frozen=True, slots=True)
class LoneLetter:
    """A one-letter word at `start` in another alphabet than the words around it (`context`), and its look-alike."""

    start: int
    letter: str
    fixed: str
    context: str


def lone_letters(text: str, lang: str) -> list[LoneLetter]:
    """The one-letter words of `text` typed in the wrong alphabet, between two words of `lang`'s alphabet."""
    pattern = _LONE.get(lang)
    if pattern is None:
        return []
    own = _OWN_LETTER[lang]
    found = []
    for match in pattern.finditer(text):
        prev = match.start() - 1  # the end of the word before, or a comma after it
        if prev >= 0 and text[prev] in ",;:":
            prev -= 1
        if prev < 0 or not own.match(text, prev):
            continue
        at = match.start(1)
        before = text.rfind(" ", 0, match.start())
        after = text.find(" ", match.end())
        context = text[before + 1:after if after >= 0 else len(text)].rstrip(",.;:!?»)”\"")
        found.append(LoneLetter(at, match.group(1), LOOK_ALIKES[LANG_SCRIPT[lang]][match.group(1)], context))
    return found
