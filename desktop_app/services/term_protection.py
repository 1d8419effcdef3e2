"""Glossary terms survive machine translation: placeholders in, approved target forms out.

Terms recognised in the source (approved, variant or forbidden forms alike) are replaced by placeholders
(`ZX1`, `ZX2`, …) that translation models pass through like names. Afterwards each placeholder becomes the
entry's approved form in the target language — in Russian inflected into the case its governing preposition
or verb requires when pymorphy3 can tell, else the nominative. A placeholder the model dropped or mangled is
put back at the start or end (nothing is ever lost), and forbidden forms the model produced by itself are
replaced by approved ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop_app.domain.glossary.gender import person_gender
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.domain.glossary.russian import CASES, agree_past_verb, agreement, inflect_phrase
from desktop_app.domain.morphology import russian_analyzer

PLACEHOLDER = "ZX{}"
# Tolerates what models do to a placeholder: spaces or a hyphen inside, lower case, full-width letters and digits (a
# Chinese model writes ＺＸ１), a Russian case ending or the rest of the model's own word glued on (it learnt «в
# Харбине» and writes «в ZX1арбине»).
_REPEAT_GAP_RE = re.compile(r"[\s,、]*")
_PLACEHOLDER_REMNANT_RE = re.compile(r"[ZＺ][XＸ](?!\s?[-‐‑]?\s?\d)")
_PLACEHOLDER_RE = re.compile(r"[ZＺ]\s?[XＸ]\s?[-‐‑]?\s?(\d{1,2})(?-i:-?[а-яё]+)?", re.IGNORECASE)
_RU_WORD_RE = re.compile(r"ZX\d+|[А-Яа-яЁёA-Za-z-]+|[.!?;:]")
_TRAILING_PUNCT_RE = re.compile(r"[\s.!?。！？…»\"'”)）]*$")
_BRACKETS = (("(", ")"), ("（", "）"), ("«", "»"), ("“", "”"))
_ENGLISH_ARTICLE_RE = re.compile(r"\b[Tt]he\s+\Z")
# English events and initiatives take "the", and bodies, countries and places named "… of …" or by one of these
# head nouns (the Federation Council, the Ministry of Foreign Affairs, the United States); a glossary keeps the
# name without it.
_ARTICLE_CATEGORIES = frozenset({"organization", "place", "event", "initiative", "country"})
_ARTICLE_HEADS = frozenset({
    "academy", "administration", "alliance", "assembly", "association", "bank", "chamber", "commission", "committee",
    "company", "conference", "congress", "corporation", "council", "court", "duma", "emirates", "expo", "federation",
    "forum", "fund", "games", "government", "initiative", "islands", "kingdom", "ministry", "nations", "organisation",
    "organization", "parliament", "party", "republic", "secretariat", "states", "summit", "union"})
# What already stands for the article: a determiner or a possessive ("atthe", glued by a model, too).
_THE_DESCRIBED_RE = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+){1,2}\Z")  # the model's "the Chinese ZX1"
_DETERMINER_RE = re.compile(r"(?:the|\b(?:a|an|this|that|these|those|its|their|our|your|his|her|my|whose|every|each|"
                            r"no|any)|['’]s|s['’])\s*\Z", re.IGNORECASE)
# A count before an English name: a number word, or figures that are no year, no part of a date or a number with
# decimals (in 2024, on March 5, 1.5).
_ENGLISH_COUNT_RE = re.compile(r"(?:\b(one|two|three|four|five|six|seven|eight|nine|ten|both|several|many)|"
                               r"(?<![\w.,:/-])(\d{1,3}))\s+\Z", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\Z", re.IGNORECASE)
# An abbreviation spelt letter by letter takes "the" (the EAEU, the SCO, the IAEA); one read as a word, with a
# vowel, consonant and vowel in a row, does not (APEC, NATO, ASEAN).
_INITIALISM_RE = re.compile(r"[A-Z][A-Z0-9]+")
_SAID_AS_WORD_RE = re.compile(r"[AEIOU][B-DF-HJ-NP-TV-Z][AEIOU]")
_NEXT_WORDS_RE = re.compile(r"\s+([А-Яа-яЁё]+)(?:\s+([А-Яа-яЁё]+))?")
_PREVIOUS_WORD_RE = re.compile(r"([А-Яа-яЁё]+)\s+[«\"“„]?\Z")  # the word before a name, perhaps opening its quotes
_ABBREVIATION_RE = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9-]+")
_QUOTES = frozenset("«»“”„\"「」『』")
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?…。！？]\s+|\n)[\s«\"“„(（]*\Z")

# Case governed by a preposition (the reading usual in press releases where a preposition takes two cases).
PREPOSITION_CASE: dict[str, str] = {
    **dict.fromkeys(("без", "для", "до", "из", "изо", "от", "ото", "у", "около", "после", "вокруг", "против",
                     "среди", "кроме", "возле", "вместо", "из-за", "из-под", "ради", "со стороны"), "gent"),
    **dict.fromkeys(("к", "ко", "по", "благодаря", "согласно", "навстречу"), "datv"),
    **dict.fromkeys(("с", "со", "между", "над", "под", "перед", "пред"), "ablt"),
    **dict.fromkeys(("о", "об", "обо", "при", "в", "во", "на"), "loct"),
    "через": "accs", "про": "accs", "сквозь": "accs",
}
# After a verb or noun of going, «в»/«на» say where to: the accusative (прибыл во Владивосток, инвестиции в Китай).
_MOTION = frozenset({
    "прибыть", "прибывать", "приехать", "приезжать", "прилететь", "прилетать", "поехать", "ехать", "отправиться",
    "отправляться", "направиться", "направляться", "вернуться", "возвращаться", "переехать", "въехать", "вылететь",
    "вылетать", "лететь", "отбыть", "пригласить", "приглашать", "доставить", "доставлять", "поставлять",
    "экспортировать", "инвестировать", "вложить", "вступить", "вступать", "визит", "поездка", "въезд",
    "инвестиция", "экспорт", "поставка", "обратиться", "обращаться", "направить", "направлять", "войти", "входить",
    "включить", "включать", "передать", "передавать", "прислать", "присылать", "вернуть"})
# Places Russian puts «на» before, by their head word (на Курильских островах, на Дальнем Востоке, на Кубе).
_NA_PLACES = frozenset({
    "остров", "полуостров", "архипелаг", "восток", "запад", "север", "юг", "урал", "кавказ", "алтай", "камчатка",
    "сахалин", "чукотка", "ямал", "таймыр", "кубань", "байкал", "украина", "кипр", "мальта", "куба", "ямайка",
    "тайвань", "хайнань", "филиппины", "мальдивы", "гавайи", "шпицберген", "балканы", "родина", "побережье"})
_PREPOSITION_BEFORE_RE = re.compile(r"(?:(?<=[\s«\"“(])|\A)(во|в|на|из|изо|со|с|ко|к|обо|об|о)(\s+)\Z", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.!?;:—–«»\"“”„]")
# Bodies, posts, people, places and things a noun before them governs in the genitive (председатель Государственной
# думы, делегация Министерства …, заместитель министра, по словам Каи Каллас, жители Харбина, в рамках … плана).
_GENITIVE_AFTER_NOUN = frozenset({"organization", "event", "initiative", "person", "title", "place", "term"})
# The words for a kind of place, which a place's name follows in apposition (в городе Харбин, в провинции Цзилинь).
_PLACE_KINDS = frozenset({
    "город", "провинция", "край", "область", "республика", "район", "округ", "уезд", "посёлок", "поселок", "село",
    "деревня", "остров", "порт", "станица", "муниципалитет", "регион", "штат", "префектура", "столица"})
_JOINED_NAME_RE = re.compile(r"\s*(?:,|и|или)\s*Z\s?X\s?\d")
_NEXT_VERB_RE = re.compile(r"(?:\s*(?:,|и|или)\s*Z\s?X\s?\d{1,2}[а-яё]*)*\s+([А-Яа-яЁё]+)")
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
_IMPLIED_SUBJECT = frozenset({"1per", "2per", "impr"})
_PEOPLE = frozenset({"person", "title"})
_AGENTS = frozenset({"person", "title", "organization", "country"})
# People named by whose they are, who take the person after them in the genitive (заместитель Сергея Лаврова), where
# a post takes its holder in apposition (президент Владимир Путин).
_RELATIONS = frozenset({
    "заместитель", "помощник", "советник", "представитель", "спецпредставитель", "пресс-секретарь", "преемник",
    "предшественник", "сторонник", "противник", "соратник", "коллега", "супруга", "супруг", "жена", "муж", "сын",
    "дочь", "отец", "мать", "брат", "сестра", "визави"})
# Messages whose addressee, a body or a country, follows them in the dative (Послание Федеральному Собранию,
# соболезнования Китаю).
_ADDRESSING = frozenset({"послание", "телеграмма", "поздравление", "соболезнование"})
# Things given whose addressee follows them in the dative when a verb of giving or sending governs them (выразил
# благодарность Министерству, оказал помощь палате); alone, the body after them is whose they are (Письмо
# Министерства, Благодарность Федерального Собрания): the genitive.
_GIVEN = frozenset({
    "благодарность", "признательность", "письмо", "помощь", "поддержка", "содействие", "подарок", "приветствие",
    "ответ", "телеграмма"})
_GIVING = frozenset({
    "выразить", "выражать", "направить", "направлять", "отправить", "отправлять", "послать", "посылать", "оказать",
    "оказывать", "передать", "передавать", "вручить", "вручать", "написать", "писать", "адресовать", "объявить",
    "объявлять", "принести", "приносить", "предоставить", "предоставлять", "подарить", "дарить"})
_ADDRESSEES = frozenset({"organization", "country"})
# Nouns of time and dates before a name govern nothing (в понедельник Министерство …, в 2024 году …).
_TIME_NOUNS = frozenset({
    "год", "месяц", "неделя", "день", "сутки", "час", "минута", "утро", "вечер", "ночь", "время", "период",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "январь", "февраль", "март",
    "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"})
_APPOSED_RE = re.compile(r"((?:[А-Яа-яЁё]+\s+){0,2}[А-Яа-яЁё]+),\s*\Z")
_CASE_OF_TAG = {"nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs", "acc2": "accs",
                "ablt": "ablt", "loct": "loct", "loc2": "loct"}
_COUNTED = frozenset({"term", "title"})  # what a numeral counts; names of one place or body it does not
_PAUCAL = frozenset({"два", "три", "четыре", "оба", "полтора"})
_CONJUNCTIONS = frozenset({"и", "или", "а также"})
# Verbs whose person (or body) right after them is in the dative: рассказал Сергею Лаврову о проекте.
_DATIVE_VERBS = frozenset({
    "рассказать", "рассказывать", "сообщить", "сообщать", "вручить", "вручать", "пожелать", "желать", "помочь",
    "помогать", "предложить", "предлагать", "передать", "передавать", "объяснить", "объяснять", "показать",
    "показывать", "ответить", "отвечать", "позвонить", "подарить", "доложить", "докладывать", "пообещать",
    "обещать", "посоветовать", "напомнить", "напоминать", "поручить", "поручать", "представиться"})


@lru_cache(maxsize=16384)
def _parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of a lower-case word, remembered: a column of suggestions asks for the same few words."""
    return tuple(russian_analyzer().parse(word))


def governing_case(before: str, previous_case: str | None = None, *, agent: bool = True) -> str:
    """The case a Russian noun phrase needs after the text `before` it: from a preposition or a verb.

    After "и"/"или" directly following a previous term, that term's case carries over. A verb right before a name
    whose own subject does not come before it in its clause has that name as its subject, when it is a past-tense
    singular verb («Встречу провёл …») or a verb of telling («…», — сообщил …): nominative. With its subject before
    it («Делегация посетила …», «Лавров рассказал …») the name is its object: dative after a verb of telling,
    accusative after another transitive verb. A term that is no `agent` (a place, an event, a thing) is rarely the
    subject, so a noun before the verb that may be either nominative or accusative counts as the subject
    («Стороны подписали …»).
    """
    words = _RU_WORD_RE.findall(before[-80:])
    if not words:
        return "nomn"
    last = words[-1].lower()
    if last in PREPOSITION_CASE:
        if last in ("в", "во", "на") and len(words) > 1 and re.match(r"[а-яё]", words[-2].lower()) \
                and _parses(words[-2].lower())[0].normal_form in _MOTION:
            return "accs"
        return PREPOSITION_CASE[last]
    if last in _CONJUNCTIONS and len(words) > 1 and words[-2].upper().startswith("ZX") and previous_case:
        return previous_case
    if not last[:1].isalpha() or not re.match(r"[а-яё]", last):
        return "nomn"
    parse = _parses(last)[0]
    tag = parse.tag
    if tag.POS not in ("VERB", "INFN"):
        return "nomn"
    telling = parse.normal_form in _DATIVE_VERBS
    # A verb in the first or second person, or an order, has its subject in itself (Благодарим …, Поздравьте …).
    if tag.POS == "VERB" and not _IMPLIED_SUBJECT & tag.grammemes and not has_subject(
            before[:before.lower().rindex(last)], tag.gender, tag.number, ambiguous=not agent):
        return "nomn"
    if telling:
        return "datv"
    return "accs" if "tran" in tag else "nomn"


def _case_of(entry: TermEntry, before: str, previous_case: str | None = None, after: str = "") -> str:
    """The case of a Russian term after `before` (and before `after`): as its governing word needs, and genitive for
    a body or person a common noun governs (a model writes «председатель ZX1» for «председатель Государственной
    думы», «по словам ZX1») — unless it is the subject of the verb after it («В ходе встречи ZX1 заявил»), a
    person named after a post (губернатор Сюй Цинь) or a place after the word for its kind (в городе Харбин)."""
    if previous_case not in (None, "nomn") and _LISTED_RE.search(before) \
            and not _verb_agrees_after(after, agreement_of(entry)):
        return previous_case  # a list after a comma shares its case: Встреча Председателя КНР …, Президента России …
    case = governing_case(before, previous_case, agent=entry.category in _AGENTS)
    if case == "nomn" and entry.category in _PEOPLE and (apposed := _apposition_case(before, after)):
        return apposed
    if case == "nomn" and entry.category == "person" and (held := _post_case(before)) is not None:
        return held  # the holder agrees with the post, past what it heads: с президентом Китая Си Цзиньпином
    if case == "nomn" and entry.category in _ADDRESSEES and _addressed(before):
        return "datv"  # the body or country a message goes to: Послание Федеральному Собранию
    if case == "nomn" and entry.category in _GENITIVE_AFTER_NOUN:
        last = _PREVIOUS_WORD_RE.search(before)
        parse = _parses(last.group(1).lower())[0] if last else None
        if parse is not None and parse.tag.POS == "NOUN" and not _PROPER & parse.tag.grammemes \
                and parse.normal_form not in _TIME_NOUNS:
            if entry.category == "person" and parse.tag.animacy == "anim":
                if parse.normal_form in _RELATIONS:
                    return "gent"  # whose deputy or spokesman: заместитель Сергея Лаврова
                return _CASE_OF_TAG.get(str(parse.tag.case), case)  # the holder agrees with the post: с президентом …
            if entry.category == "place" and parse.normal_form in _PLACE_KINDS:
                return case
            return case if _subject_of_next_verb(before, after, agreement_of(entry)) else "gent"
    return case


_LISTED_RE = re.compile(r"Z\s?X\s?\d{1,2}[а-яё]*\s*,\s*\Z")


def _addressed(before: str) -> bool:
    """Whether the noun right before a name is a message or a thing given whose addressee the name is: one that is
    always sent (послание, соболезнования), or one a verb of giving right before it governs (выразил благодарность,
    оказал помощь)."""
    words = _RU_WORD_RE.findall(before[-60:])
    if not words or not re.fullmatch(r"[а-яё]+", words[-1].lower()):
        return False
    nouns = {p.normal_form for p in _parses(words[-1].lower()) if p.tag.POS == "NOUN"}
    if nouns & _ADDRESSING:
        return True
    return bool(nouns & _GIVEN) and len(words) > 1 and any(
        p.tag.POS in ("VERB", "INFN", "PRTS", "GRND") and p.normal_form in _GIVING for p in _parses(words[-2].lower()))


def _verb_agrees_after(after: str, agrees: str | None) -> bool:
    """Whether the word right after a name is a verb agreeing with it as its subject would (Встретившись с ZX1, ZX2
    заявил), not one agreeing with another subject (Встреча ZX1, ZX2 прошла)."""
    match = _NEXT_WORDS_RE.match(after)
    if match is None or agrees is None:
        return match is not None and _parses(match.group(1).lower())[0].tag.POS == "VERB"
    tag = _parses(match.group(1).lower())[0].tag
    if tag.POS != "VERB":
        return False
    if tag.number == "plur" or agrees == "plur":
        return tag.number == "plur" and agrees == "plur"
    return tag.gender is None or tag.gender == agrees


_WORDS_BEFORE_RE = re.compile(r"((?:[А-Яа-яЁё]+\s+){2,4})\Z")


def _post_case(before: str) -> str | None:
    """The case of a post that a person's name follows past up to three words the post heads, each of which can be
    a genitive (президентом Китая, министра иностранных дел, Президентом России): the holder takes it. None when no
    such post is there."""
    match = _WORDS_BEFORE_RE.search(before)
    if match is None:
        return None
    words = match.group(1).split()
    for at in range(len(words) - 2, -1, -1):
        if not any(p.tag.case in ("gent", "gen2") or "Fixd" in p.tag.grammemes for p in _parses(words[at + 1].lower())):
            return None
        # A post read as a thing first (премьера: a premiere) is still a post before a person's name.
        post = next((p for p in _parses(words[at].lower()) if p.tag.POS == "NOUN" and p.tag.animacy == "anim"
                     and not _PROPER & p.tag.grammemes), None)
        if post is not None:
            return _CASE_OF_TAG.get(str(post.tag.case))
    return None


def _case_after_name(previous: ProtectedTerm, term: ProtectedTerm, previous_case: str | None) -> str:
    """The case of a Russian name right after another (ZX1 ZX2): a person after a post holds it and takes its case
    (Председателю КНР Си Цзиньпину), a body, place or thing after a name is its genitive (Государственная дума
    Федерального Собрания)."""
    if term.entry.category == "person" and previous.entry.category == "title" and previous.partner is None:
        return previous_case or "nomn"
    return "gent" if term.entry.category in _GENITIVE_AFTER_NOUN - _PEOPLE else "nomn"


def _plural_verb_after(output: str, end: int) -> bool:
    """Whether the word right after a name is a verb in the plural of the third person or the past, whose subject
    the name is alone (no «и» or comma joins another to it first)."""
    following = _NEXT_WORDS_RE.match(output, end)
    if following is None or following.start(1) - end > 1:
        return False
    tag = _parses(following.group(1).lower())[0].tag
    return tag.POS == "VERB" and tag.number == "plur" and tag.person in (None, "3per")


def _counted(before: str) -> tuple[str, str] | None:
    """The case and count a thing needs after the numeral word right before it: after два/три/четыре the paucal
    (три свободных порта), after пять and more the genitive plural (пять свободных портов), after a numeral in an
    oblique case the plural in its case (двух свободных портов, пятью свободными портами). None after no numeral."""
    last = _PREVIOUS_WORD_RE.search(before)
    if last is None:
        return None
    parses = _parses(last.group(1).lower())
    parse = parses[0]
    if parse.tag.POS != "NUMR" or parse.normal_form == "один":
        return None
    # The case of a numeral read several ways (двух: genitive, accusative or prepositional) is its preposition's.
    words = _RU_WORD_RE.findall(before[:last.start()][-40:])
    governed = PREPOSITION_CASE.get(words[-1].lower(), "") if words else ""
    parse = next((p for p in parses if p.tag.POS == "NUMR" and _CASE_OF_TAG.get(str(p.tag.case)) == governed), parse)
    case = _CASE_OF_TAG.get(str(parse.tag.case), "nomn")
    if case in ("nomn", "accs"):
        return ("nomn", "paucal") if parse.normal_form in _PAUCAL else ("gent", "plur")
    return case, "plur"


def _apposition_case(before: str, after: str) -> str | None:
    """The case of a person or post set after a comma beside a person in an oblique case («с главой региона, ZX1»,
    «рассказал гостье, ZX1,»): the apposition takes it. None when there is no such person, or a verb follows the
    name, whose subject it is («Встретившись с губернатором, ZX1 заявил»)."""
    match = _APPOSED_RE.search(before)
    if match is None:
        return None
    following = _NEXT_VERB_RE.match(after)  # past names joined to it («ZX1 и ZX2 обсудили»)
    if following is not None and _parses(following.group(1).lower())[0].tag.POS == "VERB":
        return None
    for word in reversed(match.group(1).split()):
        parse = _parses(word.lower())[0]
        if parse.tag.POS != "NOUN":
            return None
        if parse.tag.animacy == "anim":
            return None if parse.tag.case == "nomn" else _CASE_OF_TAG.get(str(parse.tag.case))
    return None


def _subject_of_next_verb(before: str, after: str, agrees: str | None) -> bool:
    """Whether a name whose verb `agrees` so (masc, femn, neut, plur or None) is the subject of a finite verb right
    after it (past other names joined to it by «и» or a comma, which make the verb plural): the verb's number fits
    and its clause before holds no subject of that number («В рамках ZX1 построят» has none, and is no «план
    построят»)."""
    match = _NEXT_VERB_RE.match(after)
    if match is None:
        return False
    parse = _parses(match.group(1).lower())[0]
    if parse.tag.POS != "VERB":
        return False
    joined = _JOINED_NAME_RE.match(after) is not None
    if agrees is not None and not joined and parse.tag.number is not None \
            and (parse.tag.number == "plur") != (agrees == "plur"):
        return False
    noun = _PREVIOUS_WORD_RE.search(before)
    if noun is not None and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and _agrees(p.tag, parse.tag.gender,
                                                                                      parse.tag.number)
                                for p in _parses(noun.group(1).lower())):
        return False  # the noun right before is the verb's subject and the name its genitive: Решение ZX1 было …
    return not has_subject(before, None, parse.tag.number)


def has_subject(before: str, gender: object = None, number: object = None, *, ambiguous: bool = False) -> bool:
    """Whether the clause ending `before` (cut at a sentence end, a colon, a dash or a quote mark) holds a subject
    for a verb of this gender and number: a name's placeholder, or a noun or pronoun in the nominative agreeing with
    it — not one that may be accusative as well («Договор подписал …») unless `ambiguous` ones count."""
    clause = _CLAUSE_END_RE.split(before)[-1]
    for word in reversed(_RU_WORD_RE.findall(clause)):
        if word.upper().startswith("ZX"):
            return True
        if not re.match(r"[А-Яа-яЁё]", word):
            continue
        parses = _parses(word.lower())
        if parses[0].tag.POS not in ("NOUN", "NPRO"):
            continue
        nominative = next((p for p in parses if p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn"
                           and _agrees(p.tag, gender, number)), None)
        if nominative is None:
            continue
        if nominative.tag.POS == "NPRO" or ambiguous or not any(
                p.tag.case == "accs" and p.normal_form == nominative.normal_form
                and p.tag.number == nominative.tag.number for p in parses):
            return True
    return False


def _agrees(tag: Any, gender: object, number: object) -> bool:
    if number is None:
        return True
    if tag.number != number:
        return False
    return number == "plur" or gender is None or tag.gender is None or tag.gender == gender


@dataclass(frozen=True, slots=True)
class ProtectedTerm:
    """A glossary entry found in the source and hidden behind `placeholder`; `position` is where (0..1), and
    `bracketed` whether the source wrote it in brackets ("Vladivostok (Primorsky Krai)"). `partner` is the person
    a post names right after it (黑龙江省委书记许勤): one placeholder for both, as two side by side read as no
    sentence a model learnt and it drops one."""

    placeholder: str
    index: int
    entry: TermEntry
    source_text: str
    position: float
    bracketed: bool = False
    partner: TermEntry | None = None

    @property
    def entries(self) -> tuple[TermEntry, ...]:
        return (self.entry,) if self.partner is None else (self.entry, self.partner)

    def form(self, tgt: str, case: str = "nomn", count: str | None = None) -> str:
        """The approved target form of the entry (and its partner after it), in Russian in `case` (and `count`)."""
        form = target_form(self.entry, tgt, case, count)
        if self.partner is None:
            return form
        return form + ("" if tgt == "zh" else " ") + target_form(self.partner, tgt, case)

    @property
    def agrees(self) -> str | None:
        """What a verb agrees with when this term is its subject (the person after a post): masc, femn, neut, plur."""
        return agreement_of(self.partner or self.entry)


@dataclass(frozen=True, slots=True)
class ProtectedText:
    """The source with placeholders, the terms behind them, and recognised entries lacking a target form."""

    text: str
    original: str
    terms: tuple[ProtectedTerm, ...] = ()
    unprotectable: tuple[TermEntry, ...] = ()

    @property
    def total(self) -> int:
        return sum(len(term.entries) for term in self.terms) + len(self.unprotectable)


@dataclass(frozen=True, slots=True)
class Restored:
    """A translation with its terms back: how many are present in approved form, which had to be re-inserted."""

    text: str
    honoured: int
    total: int
    appended: tuple[str, ...] = field(default_factory=tuple)


def protect(text: str, src: str, tgt: str, matcher: GlossaryMatcher | None) -> ProtectedText:
    """Replace recognised glossary terms by placeholders (one per entry, reused when it recurs)."""
    if matcher is None or not text:
        return ProtectedText(text, text)
    # A second reference ("Mironov", "the conference") is not to become the full form.
    hits = [hit for hit in matcher.find(text, src) if hit.kind is not HitKind.SHORT]
    numbers: dict[object, ProtectedTerm] = {}
    unprotectable: dict[object, TermEntry] = {}
    pieces: list[str] = []
    cursor = 0
    skip = False
    for at, hit in enumerate(hits):
        if skip:
            skip = False
            continue
        if not hit.entry.form(tgt):
            unprotectable.setdefault(_entry_key(hit.entry), hit.entry)
            continue
        partner = hits[at + 1] if at + 1 < len(hits) and _names_holder(hit, hits[at + 1], text, tgt) else None
        end = partner.end if partner is not None else hit.end
        key = (_entry_key(hit.entry), _entry_key(partner.entry)) if partner is not None else _entry_key(hit.entry)
        skip = partner is not None
        term = numbers.get(key)
        if term is None:
            index = len(numbers) + 1
            term = ProtectedTerm(PLACEHOLDER.format(index), index, hit.entry, text[hit.start:end],
                                 hit.start / max(len(text), 1), _bracketed(text, hit.start, end),
                                 partner.entry if partner is not None else None)
            numbers[key] = term
        start = hit.start
        if src == "en" and (article := _ENGLISH_ARTICLE_RE.search(text, cursor, hit.start)):
            start = article.start()  # "the ZX1" reads as no sentence a model learnt; the target decides the article
        elif src == "en" and (owner := _country_possessive(hit.entry, text[cursor:hit.start])) is not None:
            start = cursor + owner  # "Russia's Federal Assembly": the name says the country, in any language
        if src == "en":
            end -= _possessive_ending(text[hit.start:end], (partner or hit).form)  # "ZX1's decision" stays one
        pieces.append(text[cursor:start])
        pieces.append(_spaced(term.placeholder, text, hit.start, end, src))
        cursor = end
    pieces.append(text[cursor:])
    return ProtectedText("".join(pieces), text, tuple(numbers.values()), tuple(unprotectable.values()))


_COUNTRY_POSSESSIVE_RE = re.compile(r"\b([A-Z][a-z]+)['’]s\s+\Z")


def _country_possessive(entry: TermEntry, before: str) -> int | None:
    """Where a country's possessive right before an English name starts, when the entry's English name says that
    country itself ("Russia's" before the Federal Assembly of the Russian Federation, "China's" before … of China),
    so the two would name it twice; else None."""
    match = _COUNTRY_POSSESSIVE_RE.search(before)
    if match is None or not entry.form("en"):
        return None
    country = match.group(1)
    return match.start() if any(word.startswith(country) for word in entry.form("en").split()) else None


def _possessive_ending(found: str, form: str) -> int:
    """How many characters of an English possessive close a name found in the text ("Duma's", "Roscongress’") that
    its glossary form lacks: they stay in the text after the placeholder, so the model reads whose it is."""
    for ending in ("'s", "’s", "'", "’"):
        if found.endswith(ending) and not form.endswith(ending):
            return len(ending)
    return 0


def _names_holder(post: TermHit, name: TermHit, text: str, tgt: str) -> bool:
    """Whether `name` is the person holding the post `post` names right before it («黑龙江省委书记许勤», "Deputy Prime
    Minister … Tatyana Golikova"): nothing but a space between them, and both have a target form."""
    return post.entry.category == "title" and name.entry.category == "person" and bool(name.entry.form(tgt)) \
        and name.kind is not HitKind.FORBIDDEN and post.kind is not HitKind.FORBIDDEN \
        and not text[post.end:name.start].strip()


_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"', "「": "」", "『": "』"}
_SEPARATORS = {",": ",", "，": ",", "、": ",", ";": ";", "；": ";"}


def _unquoted(output: str, start: int, end: int) -> tuple[int, int]:
    """The span of a placeholder with the quotes around it when it stands in them alone («ZX4»): dropped together,
    they leave no empty quotes."""
    if start > 0 and end < len(output) and _QUOTE_PAIRS.get(output[start - 1]) == output[end]:
        return start - 1, end + 1
    return start, end


def _explains(output: str, gap: int, start: int, end: int, form: str) -> bool:
    """Whether a placeholder stands alone in brackets right after the previous name (ZX1 (ZX2)): an explanatory
    apposition, which Russian puts in the case of the name it explains. An abbreviation there is a label and stays
    as written (с Европейским космическим агентством (ЕКА))."""
    return re.fullmatch(r"\s*[(（]\s*", output[gap:start]) is not None and output[end:].lstrip()[:1] in (")", "）") \
        and not _ABBREVIATION_RE.fullmatch(form)


def _source_separator(protected: str, previous: ProtectedTerm, term: ProtectedTerm, tgt: str) -> str | None:
    """The separator the source set between two names (a comma, an enumeration comma, a semicolon) as the target
    writes it, with its space: None when the source wrote them side by side or not in this order."""
    match = re.search(re.escape(previous.placeholder) + r"\s*([,，、;；])\s*" + re.escape(term.placeholder) + r"(?!\d)",
                      protected)
    if match is None:
        return None
    mark = _SEPARATORS[match.group(1)]
    if tgt == "zh":
        return "、" if mark == "," else "；"
    return mark + " "


def _bracketed(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip()[-1:] in ("(", "（") and text[end:].lstrip()[:1] in (")", "）")


def _spaced(placeholder: str, text: str, start: int, end: int, lang: str) -> str:
    """In Chinese, a placeholder glued between Latin letters or digits would merge with them: pad it."""
    if lang != "zh":
        return placeholder
    before = " " if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isascii() and text[end].isalnum() else ""
    return before + placeholder + after


def target_form(entry: TermEntry, tgt: str, case: str = "nomn", count: str | None = None) -> str:
    """The entry's approved form in `tgt`, in Russian in `case` (after a numeral, `count` "plur" or "paucal"). A
    body, place or thing is inanimate: a masculine or plural one in the accusative reads as the nominative
    (благодарим Роскосмос), not as a person would (Роскосмоса)."""
    form = entry.form(tgt)
    if tgt != "ru" or (case == "nomn" and count is None):
        return form
    inflected = inflect_phrase(form, case, person_gender(entry), count)
    if case == "accs" and count is None and entry.category not in _PEOPLE \
            and inflected == inflect_phrase(form, "gent"):
        return form  # a thing's accusative that reads as its genitive was declined as a person's (Ростеха)
    return inflected


def agreement_of(entry: TermEntry) -> str | None:
    """What a past-tense verb agrees with when `entry` is its subject: a woman as her Chinese name tells it (Марин Ле
    Пен, Сунь Чуньлань), else as the words of its Russian form do."""
    return person_gender(entry) or agreement(agreeing_form(entry))


def agreeing_form(entry: TermEntry) -> str:
    """The Russian words a verb agrees with when `entry` is its subject: its approved form, or for an abbreviation
    (ЕАЭС) the first variant spelling it out (Евразийский экономический союз), whose head word has the gender."""
    form = entry.form("ru")
    if not _ABBREVIATION_RE.fullmatch(form):
        return form
    return next((v for v in entry.variants.get("ru", ()) if v and not _ABBREVIATION_RE.fullmatch(v)), form)


def restore(output: str, protected: ProtectedText, tgt: str, matcher: GlossaryMatcher | None) -> Restored:
    """Put the approved target forms in place of the placeholders, rescue dropped ones, purge forbidden forms.

    In place, a form opening a sentence gets its capital, an English body its article, and a Russian past-tense
    verb next to a name that is its subject agrees with it (Валентина Матвиенко встретилась, Министерство
    присутствовало): the model learnt the verb with a placeholder, which has no gender."""
    by_index = {term.index: term for term in protected.terms}
    placed: set[int] = set()
    inserted: dict[int, str] = {}
    edits: dict[int, tuple[int, str]] = {}  # start → (end, replacement) in the model's output
    previous_case: str | None = None
    last: tuple[int, int] = (0, -1)  # the index of the placeholder put in last, and where it ended
    previous: ProtectedTerm | None = None
    for match in _PLACEHOLDER_RE.finditer(output):
        term = by_index.get(int(match.group(1)))
        start = match.start()
        end = match.end() if tgt == "ru" else match.end(1)  # a Russian case ending glued on goes with it
        if term is None:  # a placeholder the model invented: drop it, and the quotes it stood in alone
            start, end = _unquoted(output, start, end)
            edits[start] = (end, "")
            continue
        if term.index == last[0] and _REPEAT_GAP_RE.fullmatch(output, last[1], start):
            edits[last[1]] = (end, "")  # the model repeated the placeholder ("ZX1 ZX1"): the name once
            continue
        adjacent = previous is not None and not output[last[1]:start].strip()
        # Two names side by side that the source set apart: its separator goes back between them, and in Russian
        # the second is listed in the first's case, not its genitive.
        separator = _source_separator(protected.text, previous, term, tgt) if adjacent and previous else None
        gap = last[1]
        last = (term.index, end)
        before = output[:start]
        case = _case_of(term.entry, before, previous_case, output[end:]) if tgt == "ru" else "nomn"
        if tgt == "ru" and separator is not None:
            case = previous_case or case
        elif tgt == "ru" and previous is not None and _explains(output, gap, start, end, term.entry.form("ru")):
            case = previous_case or case  # an apposition in brackets: с Роскосмосом (Государственной корпорацией …)
        elif tgt == "ru" and adjacent and case == "nomn" and previous is not None:
            case = _case_after_name(previous, term, previous_case)
        previous = term
        count = None
        if tgt == "ru" and term.entry.category in _COUNTED and (counted := _counted(before)) is not None:
            case, count = counted
        elif tgt == "ru" and case == "nomn" and term.entry.category in _COUNTED and term.partner is None \
                and _plural_verb_after(output, end):
            count = "plur"  # «ZX1 встретились»: the model's verb says several (Заместители министра встретились)
        previous_case = case
        form = term.form(tgt, case, count)
        placed.add(term.index)
        inserted[term.index] = form
        if tgt == "en" and (owner := _country_possessive(term.entry, before)) is not None:
            start, before = owner, output[:owner]  # "Russia's ZX1": the name says the country already
        if tgt == "en" and term.entry.category in _COUNTED and term.partner is None \
                and (_english_count(before) or 0) > 1:
            form = english_plural(form)  # "two Deputy Foreign Ministers"
        possessive = output.startswith(("'s", "’s"), end)
        shown = _with_article(term.entry, form, before, alone=term.partner is None, possessive=possessive) \
            if tgt == "en" else form
        if _SENTENCE_START_RE.search(before):
            shown = shown[:1].upper() + shown[1:]
        if (form[:1] in _QUOTES or form[-1:] in _QUOTES) and output[start - 1:start] in _QUOTES \
                and output[end:end + 1] in _QUOTES and start > 0:
            start, end = start - 1, end + 1  # the model quoted a name that carries its own quotes: one pair
            shown = _with_article(term.entry, form, output[:start], alone=term.partner is None) if tgt == "en" \
                else form
        if separator is not None:
            edits[gap] = (end, separator + _apart(shown, output, start, end, tgt).lstrip())
        else:
            edits[start] = (end, _apart(shown, output, start, end, tgt))
        if tgt == "ru":
            preposition = _preposition(term, shown, output[:start])
            if preposition is not None and preposition[0] not in edits:
                edits[preposition[0]] = preposition[1:]
        if tgt == "ru" and case == "nomn":
            verb = _verb_of_subject(output, match.start(), end, term.agrees)
            if verb is not None and verb[0] not in edits:
                edits[verb[0]] = verb[1:]
    pieces: list[str] = []
    cursor = 0
    for at in sorted(edits):
        stop, replacement = edits[at]
        pieces += [output[cursor:at], replacement]
        cursor = stop
    pieces.append(output[cursor:])
    text = "".join(pieces)
    if "ZX" not in protected.original:  # what is left of a placeholder the model garbled beyond its number
        text = _PLACEHOLDER_REMNANT_RE.sub(" ", text)
    text = _tidy(text)
    # A term the model wrote itself is present; a surname alone («Си») is a second reference, not the term.
    present = {_entry_key(h.entry) for h in matcher.find(text, tgt) if h.kind is not HitKind.SHORT} \
        if matcher is not None else set()
    lost = [term for term in protected.terms
            if term.index not in placed and not all(_entry_key(entry) in present for entry in term.entries)]
    appended: list[str] = []
    front = [term for term in lost if term.position < 0.34]
    back = [term for term in lost if term.position >= 0.34]
    if front:  # in the order the source names them, as one group; English bodies each with their article
        shown = [_bracket(_with_article(term.entry, term.form(tgt), "", alone=term.partner is None) if tgt == "en"
                          else term.form(tgt), term, tgt)
                 for term in front]
        group = ("、" if tgt == "zh" else ", ").join(shown)
        text = _insert(text, group[:1].upper() + group[1:], at_start=True, tgt=tgt, names=tuple(inserted.values()))
    if back:  # before the final punctuation, in source order (in Chinese set apart by the enumeration comma)
        group = ("、" if tgt == "zh" else " ").join(_bracket(term.form(tgt), term, tgt) for term in back)
        text = _insert(text, group, at_start=False, tgt=tgt)
    for term in front + back:
        inserted[term.index] = term.form(tgt)
        appended.append(inserted[term.index])
    if tgt == "zh":
        text = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])", "", text)
    text = _replace_forbidden(text, tgt, matcher)
    approved = {_entry_key(h.entry) for h in matcher.find(text, tgt) if h.kind is HitKind.APPROVED} if matcher \
        else set()
    folded = text.casefold()  # a form put in with a capital at a sentence start is still the approved one
    honoured = sum(len(term.entries) if inserted.get(term.index, "\0").casefold() in folded
                   else sum(_entry_key(entry) in approved for entry in term.entries) for term in protected.terms)
    return Restored(text.strip(), honoured, protected.total, tuple(appended))


def _with_article(entry: TermEntry, form: str, before: str, *, alone: bool = False, possessive: bool = False) -> str:
    """An English body, event or place that takes "the" gets it, and a post named `alone`, without its holder after
    it, inside a sentence ("met the Chinese President") or anywhere as a `possessive` ("The Russian President's
    address", which without it reads as a headline), unless a determiner already stands before it; a one-word name
    with a number in it (Vostok-2024) takes none."""
    post = entry.category == "title" and alone and _names_a_post(form) and (possessive or (
        not _SENTENCE_START_RE.search(before) and not before.rstrip().endswith((":", ";"))))
    if (entry.category not in _ARTICLE_CATEGORIES and not post) or form[:4].lower() == "the " \
            or _DETERMINER_RE.search(before) or _english_count(before) is not None \
            or _THE_DESCRIBED_RE.search(before) \
            or (" " not in form and any(c.isdigit() for c in form)) \
            or before.rstrip()[-1:] in _QUOTES:  # "the" inside the model's quotes would read as part of the name
        return form
    words = form.split()
    if post or entry.category in ("event", "initiative") or " of " in form or _spelt_letter_by_letter(form) or (
            words and words[-1].lower().strip("()“”\"") in _ARTICLE_HEADS):
        return "the " + form
    return form


# The last word of an English post's name (a form ending otherwise holds its holder's name: President Xi Jinping).
_POST_HEADS = frozenset({
    "president", "minister", "governor", "chairman", "chairwoman", "chairperson", "secretary", "ambassador", "mayor",
    "premier", "speaker", "director", "head", "envoy", "representative", "commissioner", "chief", "leader",
    "spokesperson", "spokesman", "spokeswoman", "deputy", "chancellor", "consul", "counsellor", "attaché",
    "prosecutor", "judge", "general", "admiral", "commander", "officer", "adviser", "advisor", "aide", "vice-premier"})


def _names_a_post(form: str) -> bool:
    """Whether an English form names a post alone: "… of …", or a post's word last (Chinese President)."""
    head = form.partition(" of ")[0].split()
    return " of " in form or (bool(head) and head[-1].lower() in _POST_HEADS)


def _english_count(before: str) -> int | None:
    """How many things the English count right before a name says (1 for "one", 2 for "two" or "several"), or None
    when there is none."""
    match = _ENGLISH_COUNT_RE.search(before)
    if match is None:
        return None
    if match.group(1):
        return 1 if match.group(1).lower() == "one" else 2
    if _MONTH_BEFORE_RE.search(before, 0, match.start(2)):
        return None  # on March 5
    return int(match.group(2))


def english_plural(form: str) -> str:
    """An English post or term in the plural: its head word, before "of" or last (Governors of Amur Oblast, free
    ports, Deputy Foreign Ministers)."""
    head, of, rest = form.partition(" of ")
    words = head.split(" ")
    word = words[-1]
    if re.search(r"(?:s|x|z|ch|sh)\Z", word):
        word += "es"
    elif re.search(r"[^aeiou]y\Z", word):
        word = word[:-1] + "ies"
    elif word[-1:].isalpha():
        word += "s"
    return " ".join([*words[:-1], word]) + of + rest


def _spelt_letter_by_letter(form: str) -> bool:
    """An English abbreviation read out letter by letter (EAEU, SCO), not as a word (APEC, NATO)."""
    return _INITIALISM_RE.fullmatch(form) is not None and not (len(form) >= 4 and _SAID_AS_WORD_RE.search(form))


def _bracket(form: str, term: ProtectedTerm, tgt: str) -> str:
    """A name the source wrote in brackets goes back in brackets when the model lost it."""
    if not term.bracketed:
        return form
    return f"（{form}）" if tgt == "zh" else f"({form})"


def _verb_of_subject(output: str, start: int, end: int, wanted: str | None) -> tuple[int, int, str] | None:
    """The past-tense verb next to a name in the nominative (after it, perhaps past one adverb, when nothing before
    the name in its clause is the subject; or right before it), made to agree as the name `wanted` (masc, femn, neut,
    plur): (start, end, agreed verb), or None when it agrees already, none is there or the name does not say."""
    if wanted is None:
        return None
    after = _NEXT_WORDS_RE.match(output, end)
    candidates = []
    if after is not None and not has_subject(output[:start].rpartition(",")[2]):
        candidates.append((after.start(1), after.end(1)))
        if after.group(2) and _parses(after.group(1).lower())[0].tag.POS in ("ADVB", "PRCL"):
            candidates = [(after.start(2), after.end(2))]
    before = _PREVIOUS_WORD_RE.search(output, 0, start)
    if before is not None:
        candidates.append((before.start(1), before.end(1)))
    for word_start, word_end in candidates:
        agreed = agree_past_verb(output[word_start:word_end], wanted)
        if agreed is not None:
            return word_start, word_end, agreed
    return None


def _preposition(term: ProtectedTerm, shown: str, before: str) -> tuple[int, int, str] | None:
    """The preposition a model wrote before a Russian name, as the name needs it: «на»/«с» for a place Russian puts
    «на» before where the model wrote «в»/«из» (на Курильских островах), and the sound of the name's first letters
    (во Владивостоке, со Всекитайским собранием, об Администрации): (start, end, preposition), or None."""
    match = _PREPOSITION_BEFORE_RE.search(before)
    if match is None:
        return None
    written = match.group(1)
    wanted = written.lower()
    if term.partner is None and term.entry.category == "place" and _takes_na(term.entry.form("ru")):
        wanted = {"в": "на", "во": "на", "из": "с", "изо": "с"}.get(wanted, wanted)
    first = shown.lstrip("«\"“(").split(" ", 1)[0]
    if not (first.isupper() and len(first) > 1):  # an abbreviation is said letter by letter: с СНГ, в ФРГ
        wanted = _sounding(wanted, first.lower())
    if wanted == written.lower():
        return None
    return match.start(1), match.end(1), wanted.capitalize() if written[:1].isupper() else wanted


def _sounding_before(before: str, form: str) -> tuple[int, int, str] | None:
    """The preposition right before a Russian form put in by a rule, as the form's first letters sound it: (start,
    end, preposition), or None when it sounds right already or none is there."""
    match = _PREPOSITION_BEFORE_RE.search(before)
    first = form.lstrip("«\"“(").split(" ", 1)[0]
    if match is None or (first.isupper() and len(first) > 1):
        return None
    written = match.group(1)
    wanted = _sounding(written.lower(), first.lower())
    if wanted == written.lower():
        return None
    return match.start(1), match.end(1), wanted.capitalize() if written[:1].isupper() else wanted


def _sounding(preposition: str, word: str) -> str:
    """«в», «с», «к» or «о» as it sounds before `word`: во Владивостоке, со Всекитайским, ко всем, об Администрации."""
    if preposition in ("в", "во"):
        return "во" if re.match(r"[вф][^аеёиоуыэюя]", word) else "в"
    if preposition in ("с", "со"):
        return "со" if re.match(r"[сзшжщ][^аеёиоуыэюя]|вс|мн", word) else "с"
    if preposition in ("к", "ко"):
        return "ко" if re.match(r"вс|вт|мн", word) else "к"
    if preposition in ("о", "об", "обо"):
        return "об" if re.match(r"[аиоуэ]", word) else "о"
    return preposition


@lru_cache(maxsize=4096)
def _takes_na(form: str) -> bool:
    """Whether Russian puts «на» before a place, by its head word (Курильские острова, Дальний Восток России)."""
    for word in re.findall(r"[А-Яа-яЁё-]+", form):
        parse = _parses(word.lower())[0]
        if parse.tag.POS == "NOUN" or word.lower() in _NA_PLACES:
            return word.lower() in _NA_PLACES or parse.normal_form in _NA_PLACES
    return False


def _apart(form: str, output: str, start: int, end: int, tgt: str) -> str:
    """A name in place of a placeholder the model glued to letters of its own ("atZX2"): a word of its own, or the
    name is lost inside the model's word (English and Russian; Chinese writes no spaces)."""
    if tgt == "zh":
        return form
    before = " " if start > 0 and output[start - 1].isalnum() else ""
    after = " " if end < len(output) and output[end].isalnum() else ""
    return before + form + after


def _entry_key(entry: TermEntry) -> object:
    return entry.id or id(entry)


def _tidy(text: str) -> str:
    """Spacing left behind by a dropped placeholder: double spaces, a space before punctuation."""
    return re.sub(r"\s+([.,!?;:])", r"\1", re.sub(r"[ \t]{2,}", " ", text))


def _insert(text: str, form: str, *, at_start: bool, tgt: str, names: tuple[str, ...] = ()) -> str:
    """Put a term the model lost at the start of the sentence or before its final punctuation. The sentence's first
    word loses its capital when the term goes before it, unless it begins one of the glossary `names` put in; then
    a comma keeps the two apart, so that they do not read as one name ("Russian Federation, President Xi Jinping",
    not a "Russian Federation President")."""
    joiner = "" if tgt == "zh" else " "
    text = text.strip()
    if not text:
        return form
    if at_start:
        if any(name and text.startswith(name) for name in names):
            return form + ("、" if tgt == "zh" else ", ") + text
        capitalised_word = text[:1].isupper() and text[1:2].islower()
        return form + joiner + (text[:1].lower() if capitalised_word else text[:1]) + text[1:]
    tail = _TRAILING_PUNCT_RE.search(text)
    cut = tail.start() if tail else len(text)
    for opening, closing in _BRACKETS:
        # A closing bracket or quote whose opening one comes before it belongs to the text ("Republic of Sakha
        # (Yakutia)", «Пояс и путь»).
        while text.count(opening, 0, cut) > text.count(closing, 0, cut) and (at := text.find(closing, cut)) >= 0:
            cut = at + 1
    return text[:cut] + joiner + form + text[cut:]


def _replace_forbidden(text: str, tgt: str, matcher: GlossaryMatcher | None) -> str:
    """Replace every forbidden form in the target by the approved one: in Russian in the case the model wrote the
    forbidden form in («строительство индустриального парка»), else the case its context needs; with a capital
    where it opens a sentence, and the verb it is the subject of agreeing with it."""
    if matcher is None or not text:
        return text
    forbidden = [h for h in matcher.find(text, tgt) if h.kind is HitKind.FORBIDDEN and h.entry.form(tgt)]
    for hit in sorted(forbidden, key=lambda h: -h.start):
        case, count = _written_case(hit, text[:hit.start]) if tgt == "ru" else ("nomn", None)
        form = target_form(hit.entry, tgt, case, count)
        if hit.text[:1].isupper() and _SENTENCE_START_RE.search(text[:hit.start]):
            form = form[:1].upper() + form[1:]
        text = text[:hit.start] + form + text[hit.end:]
        if tgt == "ru" and (sounding := _sounding_before(text[:hit.start], form)) is not None:
            text = text[:sounding[0]] + sounding[2] + text[sounding[1]:]  # «о специальных» → «об особых»
        if tgt == "ru" and case == "nomn":  # «Индустриальный парк открыт» → «Промышленная площадка открыта»
            verb = _verb_of_subject(text, hit.start, hit.start + len(form),
                                    "plur" if count else agreement_of(hit.entry))
            if verb is not None:
                text = text[:verb[0]] + verb[2] + text[verb[1]:]
    return text


def _written_case(hit: TermHit, before: str) -> tuple[str, str | None]:
    """The case and count of a Russian forbidden form as the model wrote it: of the cases in which its glossary form
    reads as the text does, in the singular or else the plural («Программы студенческого обмена»), the one its
    context needs, else one that follows a preposition when one stands before it («в индустриальный парк» is
    accusative), else the first; the context's case in the singular when the text reads as none."""
    context = _case_of(hit.entry, before)
    if not hit.form:
        return context, None
    written = hit.text.casefold()
    for count in (None, "plur"):
        readings = [case for case in CASES if inflect_phrase(hit.form, case, None, count).casefold() == written]
        if readings:
            break
    else:
        return context, None
    if context in readings:
        return context, count
    words = _RU_WORD_RE.findall(before[-40:])
    oblique = [case for case in readings if case != "nomn"]
    return (oblique[0] if oblique and words and words[-1].lower() in PREPOSITION_CASE else readings[0]), count

