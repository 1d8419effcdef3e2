"""Name assistant: a Chinese personal name in Hanyu Pinyin (English, surname first) and Palladius (Russian).

钱洪山 → Qian Hongshan → Цянь Хуншань. Readings come from pypinyin; a surname reads as a surname (单 Shan,
曾 Zeng, 解 Xie), and characters with several readings (重 chong/zhong) are returned as choices for the user.
The Palladius table is built from initials and finals the way the system is taught: j/z → цз, q/c → ц, x/s → с,
zh → чж, ch → ч, sh → ш, r → ж; -ian → янь, -ui → уй (but hui → хуэй), -ong → ун, -ie → е, ü → юй.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

# Two-character surnames, read as one family name (欧阳修 → Ouyang Xiu).
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "东方": "dongfang", "皇甫": "huangfu",
    "尉迟": "yuchi", "公孙": "gongsun", "慕容": "murong", "令狐": "linghu", "宇文": "yuwen", "长孙": "zhangsun",
    "夏侯": "xiahou", "司徒": "situ", "端木": "duanmu", "独孤": "dugu", "南宫": "nangong", "呼延": "huyan",
    "万俟": "moqi", "轩辕": "xuanyuan", "单于": "chanyu", "澹台": "tantai", "西门": "ximen", "申屠": "shentu",
}
# Surnames whose family-name reading differs from the character's everyday one.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "朴": "piao", "仇": "qiu", "查": "zha", "盖": "ge",
    "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "种": "chong", "折": "she", "召": "shao", "秘": "bi",
    "繁": "po", "员": "yun", "那": "na", "华": "hua", "纪": "ji", "任": "ren", "沈": "shen", "都": "du",
    "长": "chang", "重": "chong", "朱": "zhu", "王": "wang", "叶": "ye", "石": "shi", "贾": "jia", "薄": "bo",
    "卜": "bu", "柏": "bai", "尉": "wei", "句": "gou", "宿": "su", "藏": "zang", "应": "ying", "殷": "yin",
}
# Given-name characters whose usual reading in names is not pypinyin's first choice.
NAME_READINGS: dict[str, str] = {"重": "chong", "长": "chang", "行": "xing", "朝": "chao", "乐": "le"}

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
             "c", "s")
_CYR_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к", "h": "х",
    "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}
_CYR_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ü": "юй", "üe": "юэ", "üan": "юань",
    "ün": "юнь",
}
# Syllables written with y- or w- (no initial consonant in Pinyin's analysis).
_CYR_ZERO_INITIAL = {
    "yi": "и", "ya": "я", "yo": "ё", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва",
    "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}
_CYR_VOWEL_START = tuple("аеёиоуыэюя")
_HAN_RE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
MAX_ALTERNATIVES = 8


class TransliterationError(ValueError):
    """Input the assistant cannot transliterate (not a Chinese personal name); the message says why."""


def _split(syllable: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial):]
    return "", syllable


def palladius_syllable(syllable: str) -> str:
    """One Pinyin syllable (toneless, ü as ü or v) in Palladius Cyrillic: "qian" → "цянь", "hui" → "хуэй"."""
    s = syllable.lower().replace("v", "ü").replace("u:", "ü")
    if s in _CYR_ZERO_INITIAL:
        return _CYR_ZERO_INITIAL[s]
    initial, final = _split(s)
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]  # ju, quan, xun, jue are ü syllables written with u
    if final == "ue" and initial in ("l", "n"):
        final = "üe"
    if initial in ("zh", "ch", "sh", "r") and final == "i":
        return _CYR_INITIALS[initial] + "и"
    if initial in ("z", "c", "s") and final == "i":
        return _CYR_INITIALS[initial] + "ы"
    if initial == "h" and final == "ui":
        return "хуэй"
    if final not in _CYR_FINALS or (initial and initial not in _CYR_INITIALS):
        raise TransliterationError(f"{syllable!r} is not a Pinyin syllable")
    return _CYR_INITIALS.get(initial, "") + _CYR_FINALS[final]


@lru_cache(maxsize=1)
def palladius_syllables() -> frozenset[str]:
    """Every syllable Palladius writes (lower case), from each initial with each final."""
    found = set(_CYR_ZERO_INITIAL.values())
    for initial in ("", *_INITIALS):
        for final in _CYR_FINALS:
            try:
                found.add(palladius_syllable(initial + final))
            except TransliterationError:
                continue
    return frozenset(found)


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless Pinyin syllable (lower case, ü as written or as u/v), from each initial with each final."""
    found = set(_CYR_ZERO_INITIAL)
    for initial in ("", *_INITIALS):
        for final in _CYR_FINALS:
            try:
                palladius_syllable(initial + final)
            except TransliterationError:
                continue
            found.update({initial + final, initial + final.replace("ü", "u"), initial + final.replace("ü", "v")})
    return frozenset(found)


def _segments_into(letters: str, syllables: frozenset[str], most: int) -> bool:
    """Whether `letters` is one to `most` of `syllables` run together."""
    reach = {0: 0}  # end of a segmented prefix → syllables used
    for start in range(len(letters)):
        used = reach.get(start)
        if used is None or used >= most:
            continue
        for end in range(start + 1, min(len(letters), start + 6) + 1):
            if letters[start:end] in syllables:
                reach[end] = min(reach.get(end, most), used + 1)
    return len(letters) > 0 and len(letters) in reach


@lru_cache(maxsize=4096)
def is_pinyin_word(word: str, most: int = 3) -> bool:
    """Whether a Latin word reads as one to `most` Pinyin syllables (Peng, Jinping, Xi'an): a Chinese name's part."""
    return _segments_into(word.lower().replace("'", "").replace("’", ""), pinyin_syllables(), most)


@lru_cache(maxsize=4096)
def is_palladius_word(word: str, most: int = 3) -> bool:
    """Whether a Russian word reads as one to `most` Palladius syllables (Цзиньпин, Хунин, Цзянь, Чанъань): a part
    of a Chinese name as Russian writes it, which declines as Russian declines foreign names."""
    return _segments_into(word.lower().replace("ъ", ""), palladius_syllables(), most)


_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya"})


def latin_spelling(word: str) -> str:
    """A Russian word in the Latin letters English press gives it (BGN/PCGN without marks): Минвостокразвития →
    Minvostokrazvitiya, Россотрудничество → Rossotrudnichestvo, Роснефть → Rosneft."""
    latin = word.lower().translate(_LATIN)
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


def palladius_word(syllables: list[str]) -> str:
    """Syllables of one name part joined as Russian writes them, with ъ after н before a vowel (Чанъань)."""
    out = ""
    for syllable in syllables:
        cyr = palladius_syllable(syllable)
        if out.endswith("нь") and cyr.startswith(_CYR_VOWEL_START):
            out = out[:-1] + "ъ"
        elif out.endswith("н") and cyr.startswith(_CYR_VOWEL_START):
            out += "ъ"
        out += cyr
    return out[:1].upper() + out[1:]


def pinyin_word(syllables: list[str]) -> str:
    """Syllables of one name part in Hanyu Pinyin, capitalised, with an apostrophe before a/o/e (Xi'an)."""
    out = ""
    for i, syllable in enumerate(syllables):
        s = syllable.lower().replace("v", "ü")
        if i and s[:1] in ("a", "o", "e"):
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


@dataclass(frozen=True, slots=True)
class CharReading:
    """A character of the name with its readings; more than one means the user should choose."""

    char: str
    readings: tuple[str, ...]
    position: int = 0  # index of the character in the name


@dataclass(frozen=True, slots=True)
class NameSuggestion:
    """The proposed English and Russian forms of a name, the reading used per character, and alternatives."""

    name: str
    surname: str
    given: str
    pinyin: str
    palladius: str
    chars: tuple[CharReading, ...]
    alternatives: tuple[tuple[str, str], ...] = field(default=())  # (pinyin, palladius) of other readings

    @property
    def choices(self) -> tuple[CharReading, ...]:
        return tuple(c for c in self.chars if len(c.readings) > 1)


def _readings(char: str, *, surname: bool) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    found = [r.replace("v", "ü") for r in pinyin(char, style=Style.NORMAL, heteronym=True)[0]]
    preferred = (SURNAME_READINGS if surname else NAME_READINGS).get(char)
    if preferred:
        found = [preferred, *[r for r in found if r != preferred]]
    if surname:
        return (found[0],)  # a surname has its one family-name reading, not the character's rare ones
    return tuple(dict.fromkeys(found))


def _format(surname: list[str], given: list[str]) -> tuple[str, str]:
    english = " ".join(w for w in (pinyin_word(surname), pinyin_word(given)) if w)
    russian = " ".join(w for w in (palladius_word(surname), palladius_word(given)) if w)
    return english, russian


def suggest_name(name: str, readings: dict[int, str] | None = None) -> NameSuggestion:
    """Propose Pinyin and Palladius forms for a Chinese personal name; `readings` picks a reading per position."""
    name = "".join(name.split())
    if not name or not _HAN_RE.match(name):
        raise TransliterationError(f"{name!r} is not a Chinese personal name (Chinese characters only, e.g. 钱洪山)")
    if len(name) > 6:
        raise TransliterationError(f"{name!r} is too long for a personal name")
    from pypinyin import Style, lazy_pinyin

    compound = COMPOUND_SURNAMES.get(name[:2]) if len(name) > 2 else None
    surname_len = 2 if compound else 1
    chars: list[CharReading] = []
    for i, char in enumerate(name):
        if compound and i < 2:
            reading = lazy_pinyin(char, style=Style.NORMAL)[0]
            chars.append(CharReading(char, (reading,), i))
            continue
        options = _readings(char, surname=i < surname_len)
        if not (compound or i < surname_len or char in NAME_READINGS):
            default = lazy_pinyin(name, style=Style.NORMAL)[i].replace("v", "ü")  # phrase-aware default
            options = tuple(dict.fromkeys([default, *options]))
        chars.append(CharReading(char, options, i))
    chosen = [c.readings[0] for c in chars]
    for position, reading in (readings or {}).items():
        if 0 <= position < len(chars) and reading in chars[position].readings:
            chosen[position] = reading
    if compound:
        chosen[0], chosen[1] = compound[: len(chosen[0])], compound[len(chosen[0]):]
    english, russian = _format(chosen[:surname_len], chosen[surname_len:])
    alternatives: list[tuple[str, str]] = []
    for combo in itertools.islice(itertools.product(*(c.readings for c in chars)), MAX_ALTERNATIVES + 1):
        pair = _format(list(combo[:surname_len]), list(combo[surname_len:]))
        if pair != (english, russian) and pair not in alternatives and not compound:
            alternatives.append(pair)
    return NameSuggestion(name, name[:surname_len], name[surname_len:], english, russian, tuple(chars),
                          tuple(alternatives[:MAX_ALTERNATIVES]))
