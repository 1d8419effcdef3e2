"""Put an approved Russian term into the grammatical case a sentence needs (pymorphy3).

«Государственная дума» → gent «Государственной думы»: the head noun (the first noun in the nominative) and the
adjectives agreeing with it change; dependent words («… по международным делам», «ЦК КПК») stay as they are.
Personal names decline word by word («Сергей Миронов» → «Сергея Миронова»); a Chinese name declines only its
last part when that ends in a consonant («Си Цзиньпин» → «Си Цзиньпина», «Чжу Чунле» stays), as Russian usage has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop_app.domain.morphology import dictionary_tags, russian_analyzer
from desktop_app.domain.transliteration import is_palladius_word

CASES: tuple[str, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_AGREEING = frozenset({"ADJF", "PRTF"})
_DESCRIBING = _AGREEING | {"NOUN"}
_FUNCTION_WORDS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})
_WORD_RE = re.compile(r"^([^\w]*)([\w-]+?)([^\w]*)$")
_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")
# Endings of a foreign masculine name of the second declension (Цзиньпин, Хуншань, Банжуй) by case.
_FOREIGN_HARD = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_FOREIGN_SOFT = {"nomn": "", "gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}
_SIBILANTS = "жшчщц"
# A Russian surname in -ов/-ев that the dictionary lacks (Трутнев) declines as such surnames do (Трутневым, not
# Трутневом); no Palladius syllable ends so. Surnames in -ин are left to the foreign rule: Цзиньпин ends so too.
_POSSESSIVE_SUFFIXES = ("ов", "ев", "ёв")
_POSSESSIVE = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}


@dataclass(slots=True)
class _Word:
    prefix: str  # punctuation before the word (« or ")
    core: str
    suffix: str
    parses: list[Any]


def _split(phrase: str) -> list[str]:
    return re.split(r"(\s+)", phrase)


def _word(piece: str) -> _Word | None:
    match = _WORD_RE.match(piece)
    if not match or not _CYRILLIC_RE.search(match.group(2)):
        return None
    return _Word(match.group(1), match.group(2), match.group(3), russian_analyzer().parse(match.group(2).lower()))


def _restore_case(original: str, inflected: str) -> str:
    """Give `inflected` the capitalisation of `original`, hyphen part by hyphen part (Санкт-Петербург)."""
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    parts = inflected.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return inflected[:1].upper() + inflected[1:] if original[:1].isupper() else inflected
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for o, p in zip(originals, parts, strict=True))


def _nominative(word: _Word, pos: frozenset[str]) -> Any | None:
    return next((p for p in word.parses if p.tag.POS in pos and p.tag.case == "nomn"), None)


def _is_name_parse(parse: Any) -> bool:
    return bool(_NAME_GRAMMEMES & parse.tag.grammemes)


def _inflect_parse(parse: Any, grammemes: set[str]) -> str | None:
    result = parse.inflect(grammemes)
    return result.word if result is not None else None


def _foreign_name(core: str, case: str) -> str:
    """Decline a masculine name the dictionary does not know: a Russian possessive surname as one, a foreign name
    like a second-declension noun; names ending in a vowel do not decline."""
    last = core[-1].lower()
    if last in "ьй":
        return core[:-1] + _FOREIGN_SOFT[case] if case != "nomn" else core
    if not _CYRILLIC_RE.match(last) or last in "аеёиоуыэюя":
        return core
    if core.lower().endswith(_POSSESSIVE_SUFFIXES):
        return core + _POSSESSIVE[case]
    ending = _FOREIGN_HARD[case]
    if case == "ablt" and last in _SIBILANTS:
        ending = "ем"
    return core + ending


def _is_chinese_name(words: list[_Word]) -> bool:
    """A Chinese name as Russian writes it: a short family name that is no Russian given name, then a given name of
    Palladius syllables (Ван Хунин, Юй Цзянь, even a misspelt Чен Вэньцин); the dictionary may know either part as
    a Russian word or surname (Хунин, Чен), which must not decline it."""
    if (len(words) != 2 or len(words[0].core) > 5 or not all(w.core[:1].isupper() for w in words)
            or not is_palladius_word(words[1].core)):
        return False
    return is_palladius_word(words[0].core, 1) or not any("Name" in p.tag.grammemes for p in words[0].parses)


def _name_gender(words: list[_Word]) -> str | None:
    """A person's sex as a name tells it: a given name or patronymic the dictionary knows (Валентина Ивановна), or
    a given name in -а/-я before a surname that it knows only as another name's oblique case or not at all (Кая
    Каллас, not the genitive of Кай; a common noun's genitive is no name: Председателя); None when the name does
    not say (a surname alone)."""
    for word in words:
        parse = next((p for p in word.parses if {"Name", "Patr"} & p.tag.grammemes and p.tag.case == "nomn"), None)
        if parse is not None and parse.tag.gender in ("masc", "femn"):
            return str(parse.tag.gender)
    first = words[0]
    if len(words) > 1 and first.core[-1:] in ("а", "я") and first.core[:1].isupper() and all(
            p.tag.case != "nomn" and (_is_name_parse(p) or not p.is_known) for p in first.parses):
        return "femn"
    return None


def _foreign_feminine(core: str, case: str, given: bool) -> str:
    """Decline a woman's name the dictionary does not know: a given name in -а/-я as such nouns decline (Кая →
    Каей, Анна-like), a surname in -ова/-ева/-ина as Russian ones do (Голикова → Голиковой); a surname ending
    otherwise (Каллас, Меркель, Ле Пен) does not decline."""
    lower = core.lower()
    if case == "nomn":
        return core
    if not given and lower.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return core[:-1] + ("у" if case == "accs" else "ой")
    if not given or lower[-1:] not in ("а", "я"):
        return core
    stem = core[:-1]
    if lower.endswith("ия"):
        endings = {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}
    elif lower.endswith("я"):
        endings = {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}
    else:
        soft = lower[-2:-1] in tuple("гкхжшчщ")
        endings = {"gent": "и" if soft else "ы", "datv": "е", "accs": "у",
                   "ablt": "ей" if lower[-2:-1] in tuple("жшчщц") else "ой", "loct": "е"}
    return stem + endings[case]


def _inflect_name(words: list[_Word], case: str, gender: str | None = None) -> list[str]:
    """Decline a personal name: dictionary names word by word, an unknown last part as a foreign masculine name; of a
    Chinese name only the given name declines (Си Цзиньпином, Ван Хунином), and as a foreign name. A woman's name
    (as its words or the `gender` known from elsewhere tell) takes the feminine readings of its words; a foreign
    name of hers that ends in a consonant stays (с Каей Каллас, с Марин Ле Пен, у Сунь Чуньлань)."""
    if _is_chinese_name(words):  # its words say nothing of the sex (Ма is a family name, no woman's given name)
        return [w.core for w in words] if gender == "femn" else [words[0].core, _foreign_name(words[1].core, case)]
    feminine = (gender or _name_gender(words)) == "femn"
    out = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        names = [p for p in word.parses if _is_name_parse(p) and p.tag.case == "nomn"]
        if feminine:
            names = [p for p in names if p.tag.gender == "femn"]
        name = names[0] if names else None
        if name is None and last and not feminine:  # Чепа: no Name/Surn reading, an animate noun declining like one
            name = next((p for p in word.parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                         and p.tag.animacy == "anim" and "Fixd" not in p.tag.grammemes), None)
        inflected = _inflect_parse(name, {case}) if name is not None else None
        if inflected and "ё" not in word.core.lower():
            inflected = inflected.replace("ё", "е")
        if inflected is None and feminine and word.core[:1].isupper():
            inflected = _foreign_feminine(word.core, case, given=i == 0 and len(words) > 1)
        elif inflected is None and last and word.core[:1].isupper():
            inflected = _foreign_name(word.core, case)
        out.append(_restore_case(word.core, inflected) if inflected else word.core)
    return out


def _looks_like_name(words: list[_Word]) -> bool:
    """All words capitalised, none an abbreviation, the first not an adjective (Российская Федерация) nor a
    common noun heading the words after it (Совет Федерации, Правительство Российской Федерации, a post: Президент
    России)."""
    if not words or any(not w.core[:1].isupper() or (w.core.isupper() and len(w.core) > 1) for w in words):
        return False
    first = words[0].parses[0].tag
    if len(words) > 1 and first.POS == "NOUN" and words[0].parses[0].is_known \
            and not (_NAME_GRAMMEMES | {"Geox", "Orgn"}) & first.grammemes:
        return False
    return (first.POS not in _AGREEING and "Geox" not in first.grammemes) or _is_name_parse(words[0].parses[0])


@lru_cache(maxsize=8192)
def inflect_phrase(phrase: str, case: str, gender: str | None = None, count: str | None = None) -> str:
    """`phrase` (a nominative glossary form) in grammatical `case` (nomn/gent/datv/accs/ablt/loct); remembered, as
    every suggestion and QA check asks again for the same few names. `gender` "femn" says a person's name is a
    woman's when its words cannot (Марин Ле Пен, Сунь Чуньлань). `count` "plur" puts a common noun phrase in the
    plural (двух свободных портов), "paucal" as after два/три/четыре in the nominative (три свободных порта, две
    свободные зоны: the noun in the genitive singular)."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}; expected one of {', '.join(CASES)}")
    pieces = _split(phrase)
    words = {i: w for i, piece in enumerate(pieces) if (w := _word(piece)) is not None}
    if (case == "nomn" and count is None) or not words:
        return phrase
    order = sorted(words)
    replaced: dict[int, str] = {}
    if _looks_like_name([words[i] for i in order]) or _is_chinese_name([words[i] for i in order]):
        for i, text in zip(order, _inflect_name([words[i] for i in order], case, gender), strict=True):
            replaced[i] = text
    else:
        _inflect_noun_phrase(words, order, case, replaced, count)
    return "".join(words[i].prefix + replaced[i] + words[i].suffix if i in replaced else piece
                   for i, piece in enumerate(pieces))


def _inflect_noun_phrase(words: dict[int, _Word], order: list[int], case: str, replaced: dict[int, str],
                         count: str | None = None) -> None:
    """Inflect the head noun, the agreeing words before it and an appositive name after it (Председатель КНР Си …)."""
    nouns = [k for k, i in enumerate(order) if _nominative(words[i], frozenset({"NOUN"})) is not None
             and words[i].parses[0].tag.POS not in _FUNCTION_WORDS]
    if not nouns:
        return
    # A word that can also be a nominative adjective (средние) agrees rather than heads, when a plain noun follows.
    head_at = next((k for k in nouns if _nominative(words[order[k]], _AGREEING) is None), nouns[0])
    head_word = words[order[head_at]]
    head = _pick_head(head_word, [words[i] for i in order[:head_at]])
    number = head.tag.number or "sing"
    head_grammemes = {case}
    if count == "paucal" and number == "sing":
        # Words agreeing with a feminine noun read best in the nominative (две свободные зоны).
        head_grammemes, number = {"gent", "sing"}, "plur"
        case = "nomn" if head.tag.gender == "femn" else "gent"
    elif count is not None:
        head_grammemes, number = {case, "plur"}, "plur"
    inflected = _inflect_parse(head, head_grammemes)
    if inflected:
        replaced[order[head_at]] = _restore_case(head_word.core, inflected)
    agreement = {case, number}
    if number == "sing" and head.tag.gender:
        agreement.add(head.tag.gender)
    if case == "accs" and head.tag.animacy and (number == "plur" or head.tag.gender == "masc"):
        agreement.add(head.tag.animacy)
    for i in order[:head_at]:
        parse = next((p for p in words[i].parses if p.tag.POS in _AGREEING and p.tag.case == "nomn"
                      and (p.tag.number == number or number == "plur")), None)
        if parse is not None and (text := _inflect_parse(parse, agreement)):
            replaced[i] = _restore_case(words[i].core, text)
    tail = _appositive_name(words, order, head_at)
    if tail:
        for i, text in zip(tail, _inflect_name([words[i] for i in tail], case), strict=True):
            replaced[i] = text


def _pick_head(word: _Word, before: list[_Word]) -> Any:
    """The nominative noun parse of the head, plural when the adjectives before it are plural (малые … предприятия)."""
    candidates = [p for p in word.parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    plural_adjective = any(p.tag.POS in _AGREEING and p.tag.case == "nomn" and p.tag.number == "plur"
                           for w in before for p in w.parses[:1])
    if plural_adjective:
        return next((p for p in candidates if p.tag.number == "plur"), candidates[0])
    return next((p for p in candidates if p.tag.number == "sing"), candidates[0])


def _appositive_name(words: dict[int, _Word], order: list[int], head_at: int) -> list[int]:
    """Capitalised words closing the phrase right after the head or an abbreviation: a name in apposition. After a
    thing (провинция Хэйлунцзян, город Харбин) a foreign name stays as it is: only a post's holder declines."""
    if words[order[head_at]].parses[0].tag.animacy == "inan" and head_at < len(order) - 1 \
            and not words[order[head_at + 1]].core.isupper():
        return []
    tail: list[int] = []
    for k in range(len(order) - 1, head_at, -1):
        core = words[order[k]].core
        if not core[:1].isupper() or (core.isupper() and len(core) > 1):
            break
        tail.insert(0, order[k])
    if not tail:
        return []
    before = order[order.index(tail[0]) - 1]
    before_word = words[before].core
    if before == order[head_at] or (before_word.isupper() and len(before_word) > 1):
        return tail
    return []


def unknown_name_cases(word: str) -> list[str]:
    """The oblique cases of one word of a personal name that the dictionary has no name reading of («Трутнев» →
    «Трутнева», …, «Трутневым»), declined as `inflect_phrase` declines such a name; [] for a name the dictionary
    knows (its forms already lemmatise to it) or one that does not decline. The matcher indexes these forms, as the
    dictionary may read one of them as another word (the adjective трутневой)."""
    if not word[:1].isupper() or not _CYRILLIC_RE.search(word) or any(
            _NAME_GRAMMEMES & tag.grammemes for tag in dictionary_tags(word)):
        return []
    return [form for form in dict.fromkeys(_foreign_name(word, case) for case in CASES[1:]) if form != word]


_STATE_ADJECTIVE = re.compile(r"\b([Гг])осударственн[а-яё]+\s+([А-ЯЁа-яё][а-яё]{3,})")
_STATE_WORD = re.compile(r"\b([Гг])ос(?!ударств)([а-яё]{4,})")


def state_contractions(phrase: str) -> list[str]:
    """The phrase with «государственный» and the noun after it joined as Russian writes them (Государственный
    комитет → Госкомитет, Государственной корпорации → Госкорпорации), or the other way round: a «гос-» word spelt
    out, in the case and gender of its noun (Госкорпорация → Государственная корпорация). [] when it has neither."""
    if _STATE_ADJECTIVE.search(phrase):
        return [_STATE_ADJECTIVE.sub(lambda m: f"{m[1]}ос{m[2].lower()}", phrase, count=1)]
    match = _STATE_WORD.search(phrase)
    if match is None:
        return []
    noun = next((p for p in russian_analyzer().parse(match[2].lower()) if p.tag.POS == "NOUN"), None)
    if noun is None or noun.tag.case is None:
        return []
    grammemes = {noun.tag.case, noun.tag.number or "sing"}
    if noun.tag.number != "plur" and noun.tag.gender:
        grammemes.add(noun.tag.gender)
    state = _inflect_parse(russian_analyzer().parse("государственный")[0], grammemes)
    if state is None:
        return []
    spelt = f"{match[1]}{state[1:]} {match[2]}"
    return [phrase[:match.start()] + spelt + phrase[match.end():]]


_CLIPPED = (("генеральное консульство", "генконсульство"), ("генеральный консул", "генконсул"),
            ("торговое представительство", "торгпредство"), ("торговый представитель", "торгпред"))


def clipped_words(phrase: str) -> list[str]:
    """The phrase (in the nominative, as glossary forms are) with the words Russian clips by rule clipped, or spelt
    out: Генеральное консульство → Генконсульство, торгпредство → торговое представительство."""
    found = []
    for full, clipped in _CLIPPED:
        for old, new in ((full, clipped), (clipped, full)):
            match = re.search(rf"(?<![а-яё]){old}(?![а-яё])", phrase, re.IGNORECASE)
            if match:
                written = new[0].upper() + new[1:] if match[0][0].isupper() else new
                found.append(phrase[:match.start()] + written + phrase[match.end():])
                break
    return found


_DEPUTY = re.compile(r"\b[Зз]аместител[а-яё]*\s+([а-яё]{4,})")


def deputy_contractions(phrase: str) -> list[str]:
    """The phrase with «заместитель» joined to the word after it as Russian shortens a deputy's post (заместитель
    главы → замглавы, заместитель руководителя → замруководителя): one word that no longer declines. [] without."""
    match = _DEPUTY.search(phrase)
    if match is None:
        return []
    return [phrase[:match.start()] + "зам" + match[1] + phrase[match.end():]]


def is_describing_adjective(word: str) -> bool:
    """Whether a Russian word reads first as an adjective or participle that describes («экономического»,
    «нового»), not as a pronoun-like one that points back («этот», «нашего»)."""
    parses = russian_analyzer().parse(word.lower().replace("ё", "е"))
    return bool(parses) and parses[0].tag.POS in _AGREEING and "Apro" not in parses[0].tag


def is_plural_genitive(word: str) -> bool:
    """Whether a lower-case Russian word reads first as a noun or adjective in the genitive plural: after an event's
    or body's short name it says which one («форума региональных парламентов», «Форума мозговых центров»)."""
    if not word[:1].islower():
        return False
    parses = russian_analyzer().parse(word.replace("ё", "е"))
    return bool(parses) and parses[0].tag.POS in _DESCRIBING and {"plur", "gent"} <= parses[0].tag.grammemes


def is_plural_noun(word: str) -> bool:
    """Whether a Russian word is a noun in the plural in every reading the dictionary has of it as a noun
    («министров», «министры»; not «министра», nor a word it does not know as a noun)."""
    nouns = [p for p in russian_analyzer().parse(word.lower().replace("ё", "е")) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


@lru_cache(maxsize=8192)
def agreement(phrase: str) -> str | None:
    """What a past-tense verb must agree with when `phrase` (a nominative glossary form) is its subject: "masc",
    "femn", "neut" or "plur"; None when it cannot be told (a Chinese name: «Ван И» may be a woman's)."""
    words = [w for piece in _split(phrase) if (w := _word(piece)) is not None]
    if not words or all(w.core.isupper() and len(w.core) > 1 for w in words):
        return None  # the dictionary guesses an abbreviation's gender (ЕАЭС as feminine): its head word says it
    if _is_chinese_name(words):
        return None
    if _looks_like_name(words):
        # The given name or patronymic says it (Валентина Ивановна Матвиенко); a surname alone may be either.
        gender = _name_gender(words)
        if gender is not None:
            return gender
        if any(_NAME_GRAMMEMES & w.parses[0].tag.grammemes for w in words):
            return None  # a surname alone (Матвиенко) may be a man's or a woman's
    order = list(range(len(words)))
    nouns = [k for k in order if _nominative(words[k], frozenset({"NOUN"})) is not None
             and words[k].parses[0].tag.POS not in _FUNCTION_WORDS]
    if not nouns:
        return None
    head_at = next((k for k in nouns if _nominative(words[k], _AGREEING) is None), nouns[0])
    head = _pick_head(words[head_at], words[:head_at])
    if head.tag.number == "plur":
        return "plur"
    return str(head.tag.gender) if head.tag.gender in ("masc", "femn", "neut") else None


@lru_cache(maxsize=8192)
def agree_past_verb(word: str, agreement_: str) -> str | None:
    """A singular past-tense verb or short participle («встретился», «открыт») made to agree with its subject
    («встретилась», «открыта» for "femn"); None when `word` is no such word or already agrees. A plural one is left
    alone: it may have several subjects."""
    parse = next((p for p in russian_analyzer().parse(word.lower()) if p.tag.number == "sing" and (
        (p.tag.POS == "VERB" and "past" in p.tag) or p.tag.POS == "PRTS")), None)
    if parse is None:
        return None
    if agreement_ != "plur" and parse.tag.gender == agreement_:
        return None
    inflected = _inflect_parse(parse, {"plur"} if agreement_ == "plur" else {"sing", agreement_})
    if inflected is None:
        return None
    if "ё" not in word.lower():
        inflected = inflected.replace("ё", "е")
    return _restore_case(word, inflected)
