"""Text normalisation shared by the matcher and search: tokens, folded punctuation, English keys, Russian lemmas.

Both the glossary forms and the running text go through the same functions, so "China–Russia" matches
"China-Russia", "SMEs" matches "SME", «Государственной думы» matches «Государственная дума» and 國家 matches 国家.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.homoglyphs import CYRILLIC, LATIN, LOOK_ALIKES
from desktop_app.domain.morphology import dictionary_tags, russian_analyzer
from desktop_app.domain.transliteration import is_palladius_word

if TYPE_CHECKING:
    from desktop_app.domain.glossary.model import TermEntry

# Dashes and hyphens of every width fold to "-"; quotes of every shape are ignored (a hit then extends over them).
DASHES = "-‐‑‒–—―−﹘﹣－─"
QUOTES = "\"'“”„‟«»‹›‘’‚‛「」『』〝〞＂＇"
INTERPUNCTS = "·•・‧∙⋅･"
# A full stop (ASCII or full-width, folded to ASCII) between two Chinese characters: a middle dot there.
_HAN_FULL_STOP = re.compile(r"(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])")
_DASH_SET = frozenset(DASHES)
# Dashes and hyphens as tokens of their own: words match with or without them ("Arctic LNG-2", "Arctic LNG 2";
# «Сила Сибири — 2», «Сила Сибири 2»), as writers join a name's parts either way.
DASH_TOKENS = _DASH_SET
_QUOTE_SET = frozenset(QUOTES)

# A word is letters/digits with inner apostrophes (People's, O'Neil); everything else but spaces is one mark.
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s" + re.escape(QUOTES) + "]")
_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010FFFF]")
# Marks a deleted character in the BMP table: astral, so never in a text that table translates.
_DELETED = 0x10FFFF
_DELETED_CHAR = chr(_DELETED)


def is_quote(char: str) -> bool:
    return char in _QUOTE_SET


# Opening quote → the closing quotes that pair with it (German „…“ and „…” as well as English and Russian use).
_QUOTE_PAIRS = {"«": "»", "»": "«", "“": "”“", "„": "“”", "‘": "’", "‹": "›", "「": "」", "『": "』", "〝": "〞",
                '"': '"', "'": "'", "＂": "＂"}


_OPENING = "«“„‘‹「『〝"


def closes_inner_quote(span: str, after: str) -> bool:
    """Whether `after` closes a quotation opened inside `span` and left open there («Китай — Монголия — Россия» when
    a name ends at Россия): a hit then takes that closing quote too."""
    if not after or after not in QUOTES:
        return False
    if after in "\"＂" and span.count(after) % 2:
        return True
    depth: list[str] = []
    for char in span:
        if char in _OPENING:
            depth.append(char)
        elif depth and encloses(depth[-1], char):
            depth.pop()
    return bool(depth) and encloses(depth[-1], after)


def encloses(before: str, after: str) -> bool:
    """Whether the characters either side of a span are a pair of quotes around it (« and », “ and ”, " and ")."""
    return after in _QUOTE_PAIRS.get(before, "") if after else False


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
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


_DASH_RE = re.compile("[" + re.escape(DASHES) + "]")


def has_dash(text: str) -> bool:
    return _DASH_RE.search(text) is not None


def dash_gaps(text: str) -> tuple[bool, ...]:
    """Which gaps between the words of `text` hold a dash: the one thing DASH_TOKENS leave out of matching, told
    back when an entry's forms differ only in it ("Qian Hong-shan" accepted, "Qian Hong Shan" forbidden)."""
    gaps: list[bool] = []
    dash = seen = False
    for _, _, token in tokenize(text):
        if token in _DASH_SET:
            dash = True
            continue
        if seen:
            gaps.append(dash)
        seen, dash = True, False
    return tuple(gaps)


def pattern_tokens(text: str) -> list[str]:
    """The tokens of a glossary form, quotes left out (no offsets: building an automaton needs none)."""
    return _TOKEN_RE.findall(text)


def _is_initial(token: str) -> bool:
    return len(token) == 1 and token.isalpha() and token.isupper()


def _is_name_word(token: str) -> bool:
    return len(token) > 1 and token.isalpha() and token[:1].isupper()


@lru_cache(maxsize=20_000)
def is_patronymic(word: str) -> bool:
    """Whether a capitalised Russian word reads as a patronymic (Викторович, Сергеевна) in the dictionary."""
    return (len(word) > 4 and word[:1].isupper() and bool(_CYRILLIC_RE.match(word))
            and any("Patr" in tag.grammemes for tag in dictionary_tags(word)))


# Where a text may hold two initials or a patronymic: a cheap look before the token walk and the dictionary.
_INITIALS_HINT = re.compile(r"\.\s?[^\W\d_]\.")  # from the first initial's dot: a literal start is fast
_PATRONYMIC_HINT = re.compile(r"[А-ЯЁ]\w*\s+[А-ЯЁ]\w+(?:ич|вн|чн)\w{0,2}(?!\w)")  # -ович, -евной, -ичны …
_MIDDLE_INITIAL_HINT = re.compile(r"[^\W\d_]{2}\s[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]")  # Victor A. Sadovnichiy


def may_fold_names(text: str, lang: str) -> bool:
    """Whether `fold_names` can change the tokens of `text` (most texts have no initials and no patronymic)."""
    return bool(_INITIALS_HINT.search(text) or _MIDDLE_INITIAL_HINT.search(text)
                or (lang == "ru" and _PATRONYMIC_HINT.search(text)))


def fold_names(tokens: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """Tokens with a person's initials and patronymic folded the way the matcher indexes a person's name: the
    initials "С.В." (or "С. В.") become the one initial "С." spanning both, and a Russian patronymic after a
    capitalised word (Юрий Викторович Ушаков) joins that word, so a glossary's «Юрий Ушаков» covers them; so does a
    middle initial with its dot between two capitalised words ("Victor A. Sadovnichiy")."""
    if len(tokens) < 2:
        return tokens
    out: list[tuple[int, int, str]] = []
    i, count = 0, len(tokens)
    while i < count:
        start, end, surface = tokens[i]
        if (_is_initial(surface) and i + 3 < count and tokens[i + 1][2] == "." and _is_initial(tokens[i + 2][2])
                and tokens[i + 3][2] == "." and tokens[i + 2][0] - tokens[i + 1][1] <= 1):
            out += [(start, end, surface), (tokens[i + 1][0], tokens[i + 3][1], ".")]
            i += 4
            continue
        if (_is_initial(surface) and out and _is_name_word(out[-1][2]) and i + 2 < count and tokens[i + 1][2] == "."
                and tokens[i + 1][0] == end and _is_name_word(tokens[i + 2][2])):
            out[-1] = (out[-1][0], tokens[i + 1][1], out[-1][2])
            i += 2
            continue
        if (lang == "ru" and out and out[-1][2][:1].isupper() and out[-1][2].isalpha() and len(out[-1][2]) > 1
                and is_patronymic(surface)):
            out[-1] = (out[-1][0], end, out[-1][2])
            i += 1
            continue
        out.append((start, end, surface))
        i += 1
    return out


def initial_forms(name: str, lang: str) -> list[str]:
    """A person's «Юрий Ушаков» as written with an initial: «Ю. Ушаков» and «Ушаков Ю.» (a second initial or a
    patronymic in a text folds into these, see `fold_names`); [] for a name not of a given name and a surname."""
    words = [surface for _, _, surface in fold_names(tokenize(name), lang)] if may_fold_names(name, lang) else (
        pattern_tokens(name))
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and len(w) > 1 for w in words):
        return []
    given, surname = words
    return [f"{given[0]}. {surname}", f"{surname} {given[0]}."]


def surname_first(name: str, lang: str) -> list[str]:
    """A Russian person's «Юрий Ушаков» as lists and documents write it, surname first («Ушаков Юрий», with a
    patronymic folded in by `fold_names`); [] for other languages, other shapes and Chinese names, whose family
    name comes first already (Си Цзиньпин)."""
    words = pattern_tokens(name)
    if (lang != "ru" or len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and len(w) > 1 for w in words)
            or is_palladius_word(words[1])):
        return []
    return [f"{words[1]} {words[0]}"]


# A word typed with letters of the other alphabet that look the same («Cовещания» with a Latin C, "Putіn" with a
# Cyrillic і, as a switched keyboard or a PDF leaves them): keyed in the letters of the language it is matched in.
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TO_CYRILLIC = str.maketrans(LOOK_ALIKES[CYRILLIC])
_TO_LATIN = str.maketrans(LOOK_ALIKES[LATIN])


def may_mix_alphabets(text: str) -> bool:
    """Whether a text has both Latin and Cyrillic letters: only then may one of its words mix them."""
    return _LATIN_LETTER.search(text) is not None and _CYRILLIC_RE.search(text) is not None


def in_one_alphabet(word: str, lang: str) -> str:
    """A text's word of Latin and Cyrillic letters with the other alphabet's look-alikes put back in the letters of
    `lang` ("ru" Cyrillic, else Latin); any other word as it is. Glossary forms that mix alphabets are refused on
    import, so only the text's words need it."""
    if not (_LATIN_LETTER.search(word) and _CYRILLIC_RE.search(word)):
        return word
    return word.translate(_TO_CYRILLIC if lang == "ru" else _TO_LATIN)


@lru_cache(maxsize=200_000)
def english_key(token: str) -> str:
    """Case-, possessive- and plural-insensitive key of one English token ("SMEs" → "sme", "Union's" → "union");
    an ampersand is "and" (Belt & Road, Trade & Industry)."""
    if len(token) == 1:
        return "and" if token in "&＆" else fold_char(token)
    word = token.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_DOUBLE_I = re.compile("i{2,}")
# Russian ё in a surname's -ёв: after ч, ш, ж, щ English writes it o or e, elsewhere yo or e (Gorbachov, Gorbachev).
_YO_AS_O = re.compile(r"(?<=[cszh]h)o(?=va?$)|yo(?=va?$)")


# The English words for the type of a Russian region, folded to one key: the press writes Primorsky Krai, the
# Primorye Territory and the Primorsky Region, Amur Oblast and the Amur Region for the same places.
_SUBJECT_TYPES = frozenset({"krai", "kray", "territory", "region", "oblast"})
# Type words English puts after a place's name or before it with "of": Heilongjiang Province, province of Heilongjiang.
_PLACE_TYPES = frozenset({"province", "region", "territory", "krai", "oblast", "prefecture", "county", "district"})
_ARTICLES = frozenset({"the", "a", "an"})
# A country's adjective leading a post's or body's name: it stays first in the other order (Russian X Ministry).
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese)")
# A post's word written for a man, a woman or either: one post.
_GENDERED_POSTS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairwoman": "chairman",
                   "chairperson": "chairman", "chair": "chairman"}


def english_word_orders(form: str) -> list[str]:
    """The other order English writes a post's, body's or place's name in: "Governor of Primorsky Krai" also as
    "Primorsky Krai Governor", "Ministry of Commerce" as "Commerce Ministry" ("Russian Ministry of Emergency
    Situations" as "Russian Emergency Situations Ministry"), "Heilongjiang Province" as "province of Heilongjiang".
    Only for a name of capitalised words with one "of" (or none and a place type last), so a description ("member
    of the Political Bureau of …") keeps its one order."""
    words = form.split()
    if not all(w[:1].isupper() or w == "of" for w in words):
        return []
    if words.count("of") == 1:
        at = words.index("of")
        head, name = words[:at], words[at + 1:]
        if 1 <= len(head) <= 3 and name and name[0].lower() not in _ARTICLES:
            if len(head) > 1 and _NATIONALITY.fullmatch(head[0]):
                return [" ".join(head[:1] + name + head[1:])]  # Russian Ministry of X: Russian X Ministry
            return [" ".join(name + head)]
    elif len(words) >= 2 and "of" not in words and words[-1].lower() in _PLACE_TYPES:
        return [f"{words[-1]} of {' '.join(words[:-1])}"]
    return []


@lru_cache(maxsize=200_000)
def romanised_key(token: str) -> str:
    """`english_key` with the spellings of one romanised Russian name folded together, for matching: Dmitry, Dmitri
    and Dmitriy; Andrei and Andrey; Alexei, Alexey and Aleksei; Slutsky and Slutskiy; Matviyenko and Matvienko;
    Yevgeny and Evgeny; Alexander and Aleksandr; Likhachov and Likhachev (x as ks, y as i, a doubled i as one, an
    initial ie as e, -nder as -ndr, the -ёв of a surname as -ev); the words for a Russian region's type (Krai,
    Territory, Region, Oblast); "for" and "on" as "of", which English writes in a post's or body's name either way;
    Corp for Corporation; and a post's word for a man or a woman as the post's (Spokesman, Spokeswoman:
    Spokesperson). Both a form and a text go through it, so the only words it joins are ones that differ in just
    these letters or mean the same there."""
    key = english_key(token)
    if not key.isalpha():
        return key
    if key in _SUBJECT_TYPES:
        return "krai"
    if key in ("for", "on"):
        return "of"  # Minister for/of the Development of …, Commission for/of …, Representative on/for … Affairs
    if key == "corp":
        return "corporation"  # China Petroleum and Chemical Corp(.), as newswires shorten a company's name
    if key in _GENDERED_POSTS:
        return _GENDERED_POSTS[key]  # Spokesman, Spokeswoman, Spokesperson; Chairwoman, Chairperson, Chair: Chairman
    key = _YO_AS_O.sub("e", key)  # Лихачёв as Likhachov and Likhachev, Селезнёв as Seleznyov and Seleznev
    key = _DOUBLE_I.sub("i", key.replace("x", "ks").replace("y", "i"))
    if key.endswith("nder"):
        key = key[:-2] + "r"  # Alexander, Aleksandr
    return "e" + key[2:] if key.startswith("ie") and len(key) > 3 else key


# Lemmas by lower-cased word. pymorphy3 parsing is the slow part of building a Russian automaton (tens to
# hundreds of microseconds a word), so results are kept here and can be saved and preloaded (the glossary store
# keeps them in its database), making a reload of a large glossary parse nothing.
_LEMMAS: dict[str, tuple[str, ...]] = {}
_LEMMAS_LOCK = threading.Lock()
MAX_LEMMA_CACHE = 1_000_000


_SOFT_STEM_ENDINGS = ("ями", "ях", "ям", "ей", "ем", "ью", "е", "я", "ю", "и")
_SOFT_STEM_CONSONANTS = frozenset("бвдзлмнпрстф")
_PERSON_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _soft_sign_lemma(word: str) -> str:
    """The soft-sign lemma a case form may have ("тяньцзине" → "тяньцзинь"), or "". For words the dictionary
    lacks or knows only as a person's name: it reads them as hard stems ("тяньцзин", the name Сиана), but foreign
    places often end in a soft sign (Тяньцзинь, Сиань, Сямэнь), and «в Тяньцзине» must still be Тяньцзинь."""
    for ending in _SOFT_STEM_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > 2 and stem[-1] in _SOFT_STEM_CONSONANTS:
            return stem + "ь"
    return ""


# The ending of an ordinal written in figures is a token of its own (14-й → "14", "-", "й"); in any case, gender or
# number (14-го, 14-му, 14-я) it reads as the nominative's, so «14-го пятилетнего плана» is «14-й пятилетний план».
_ORDINAL_ENDINGS = frozenset({"й", "го", "му", "м", "ми", "х", "я", "е", "ю", "ой", "ий", "ый", "ая", "ое", "ые",
                              "ых", "ым", "ыми", "ого", "ому", "ом", "ую", "ей"})


def russian_lemmas(token: str) -> tuple[str, ...]:
    """Every dictionary lemma of one Russian token, most likely first ("Миронова" → ("миронов",)); marks fold."""
    found = _LEMMAS.get(token)
    if found is not None:
        return found
    if len(token) == 1 and not token.isalnum():
        return (fold_char(token),)
    word = lemma_key(token)
    if not _CYRILLIC_RE.search(word):
        return (word,)
    found = _LEMMAS.get(word)
    if found is None:
        lemmas: list[str] = []
        parses = russian_analyzer().parse(word)
        for parse in parses:
            lemma = parse.normal_form.replace("ё", "е")
            if lemma not in lemmas:
                lemmas.append(lemma)
        if all(not p.is_known or _PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in parses):
            soft = _soft_sign_lemma(word)
            if soft and soft not in lemmas:
                lemmas.append(soft)
        # A woman's post (председательница, руководительница) is the post of its -тель word.
        lemmas += [lemma[:-4] for lemma in lemmas if lemma.endswith("тельница") and lemma[:-4] not in lemmas]
        if word not in lemmas:
            lemmas.append(word)  # the surface form itself, so an unanalysable word still matches itself
        if word in _ORDINAL_ENDINGS and "й" not in lemmas:
            lemmas.append("й")
        found = tuple(lemmas)
        with _LEMMAS_LOCK:
            if len(_LEMMAS) < MAX_LEMMA_CACHE:
                _LEMMAS[word] = found
    if token != word and len(_LEMMAS) < MAX_LEMMA_CACHE:
        _LEMMAS[token] = found
    return found


def surname_lemmas(token: str) -> tuple[str, ...]:
    """The lemmas of a word a glossary gives as a person's surname: those of `russian_lemmas` but a given name's
    when the dictionary knows the word as a surname (Дмитриев, not the genitive plural of Дмитрий), so the surname
    is not found in «Дмитрий Рогозин»."""
    lemmas = russian_lemmas(token)
    if len(lemmas) < 2 or not _CYRILLIC_RE.search(token):
        return lemmas
    parses = russian_analyzer().parse(lemma_key(token))
    if not any("Surn" in p.tag for p in parses):
        return lemmas
    given = {p.normal_form.replace("ё", "е") for p in parses if "Name" in p.tag} - {
        p.normal_form.replace("ё", "е") for p in parses if "Name" not in p.tag}
    return tuple(lemma for lemma in lemmas if lemma not in given) or lemmas


def preload_lemmas(lemmas: dict[str, tuple[str, ...]]) -> None:
    """Seed the lemma cache with results saved earlier (lower-cased words)."""
    with _LEMMAS_LOCK:
        for word, found in lemmas.items():
            _LEMMAS.setdefault(word, found)


def russian_lemma_table(entries: Iterable[TermEntry]) -> dict[str, tuple[str, ...]]:
    """The lemmas of every Russian word of the entries' forms, by `lemma_key`: what a glossary saves beside its
    entries, so the next start recognises inflected terms without asking the morphological analyser."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        for form, _kind in entry.surface_forms("ru"):
            for token in pattern_tokens(form):
                key = lemma_key(token)
                if key not in table and _CYRILLIC_RE.search(key):
                    table[key] = russian_lemmas(token)
    return table


def lemma_key(token: str) -> str:
    """The form under which a Russian word's lemmas are cached and saved."""
    return token.lower().replace("ё", "е").replace("’", "'")


@lru_cache(maxsize=1)
def _chinese_table() -> dict[int, str | None]:
    """A str.translate table: OpenCC's Traditional→Simplified characters, folded marks and capitals; quotes and
    spaces deleted. Translating in C keeps normalising a paragraph far below a millisecond."""
    import opencc

    table: dict[int, str | None] = {}
    characters = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in characters.read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(traditional) == 1 and len(first) == 1:
            table[ord(traditional)] = first
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0).lower()
    for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯё":
        table[ord(char)] = char.lower().replace("ё", "е")
    for char in DASHES:
        table[ord(char)] = "-"
    for char in INTERPUNCTS:
        table[ord(char)] = "·"
    for code in range(0x3001):
        if chr(code).isspace():
            table[code] = None
    for char in QUOTES:
        table[ord(char)] = None
    return table


@lru_cache(maxsize=1)
def _search_table() -> dict[int, str | None]:
    """The Chinese table without its deletions: for search, where spaces and quotes stay."""
    return {code: value for code, value in _chinese_table().items() if value is not None}


def simplified_same_length(text: str) -> str:
    """Traditional characters as Simplified and full-width marks folded, one character for one (offsets kept)."""
    folded = text.translate(_search_table())
    return folded if len(folded) == len(text) else text


def search_fold(text: str) -> str:
    """Any-language text folded for search: Simplified characters, folded marks, lower case."""
    return text.translate(_search_table()).lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _chinese_array() -> array:
    """The same table as an array over the BMP, deletions marked _DELETED: translating through it is 1.6x as fast
    as through the dict, in 0.25 MB where a list of the same ints held 2.3 MB (characters beyond it raise
    IndexError, which str.translate takes as "keep")."""
    table = array("i", range(0x10000))
    for code, value in _chinese_table().items():
        if code < 0x10000:
            table[code] = ord(value) if value is not None else _DELETED
    return table


def normalize_chinese(text: str) -> tuple[str, Sequence[int]]:
    """Simplified, folded text without quotes and spaces, and the original offset of every character kept."""
    normalized, offsets = _normalized_chinese(text)
    if "." in normalized:  # some copies write a transcribed name's middle dot as a full stop (德米特里.梅津采夫)
        normalized = _HAN_FULL_STOP.sub("·", normalized)
    return normalized, offsets


def _normalized_chinese(text: str) -> tuple[str, Sequence[int]]:
    if _ASTRAL_RE.search(text):  # characters beyond the BMP (rare Traditional ones among them): the dict table
        table = _chinese_table()
        normalized = text.translate(table)
        if len(normalized) == len(text):
            return normalized, range(len(text))
        return normalized, [i for i, char in enumerate(text) if table.get(ord(char), char) is not None]
    marked = text.translate(_chinese_array())
    if _DELETED_CHAR not in marked:
        return marked, range(len(text))
    return marked.replace(_DELETED_CHAR, ""), [i for i, char in enumerate(marked) if char != _DELETED_CHAR]


def has_leading_quote(form: str) -> bool:
    return form[:1] in _QUOTE_SET or form.lstrip()[:1] in _QUOTE_SET


def has_trailing_quote(form: str) -> bool:
    return form[-1:] in _QUOTE_SET or form.rstrip()[-1:] in _QUOTE_SET
