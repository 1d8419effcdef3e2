"""Recognise glossary entries in running text: one Aho–Corasick automaton per language over normalised forms.

Chinese is matched character by character after Traditional→Simplified folding (1:1, so offsets stay aligned).
English and Russian are matched token by token: each token becomes a key (English: case, possessive, plural and
the romanisation of Russian names folded; Russian: a pymorphy3 lemma), every distinct key gets a one-character code,
and the automaton runs over the text's code string, so a hit always starts and ends at a word boundary and the
automaton stays small. Dashes between words are optional; a person is also found by initials or with a patronymic
(С.В.Лавров, Лавров С.В., Сергей Викторович Лавров), and a form that contains the name of a country, place or body
also under that entry's other names (Президента РФ for Президента Российской Федерации). Names are also found as
writers vary them by rule: a body's Latin abbreviation in Chinese and Russian text (CNPC), a Chinese company with
another legal ending (…集团公司), 俄 for 俄罗斯 at the start of a name, a joint name with the countries in either
order (中俄/俄中); a post right after "deputy" or "vice" is not that post.
Overlaps resolve to the longest span. Short forms (a surname alone, "the conference") are recognised like any
other form but reported as SHORT hits, so a check can tell a second reference from a full mention. An automaton is
built the first time its language is asked for. Invisible characters (zero-width space, soft hyphen, bidi
controls …) are left out of both the forms and the text, so "Commu\u200bnist Party" is still found; hits are
reported at their offsets in the original text.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import json
import logging
import os
import re
import sys
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar

import ahocorasick

from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.domain.glossary.normalize import (
    DASH_TOKENS,
    DASHES,
    INTERPUNCTS,
    QUOTES,
    closes_inner_quote,
    dash_gaps,
    encloses,
    english_key,
    english_word_orders,
    fold_names,
    has_dash,
    has_leading_quote,
    has_trailing_quote,
    in_one_alphabet,
    initial_forms,
    is_quote,
    lemma_key,
    may_fold_names,
    may_mix_alphabets,
    normalize_chinese,
    pattern_tokens,
    romanised_key,
    russian_lemmas,
    surname_first,
    surname_lemmas,
    tokenize,
)
from desktop_app.domain.glossary.russian import (
    CASES,
    clipped_words,
    deputy_contractions,
    inflect_phrase,
    is_describing_adjective,
    is_plural_genitive,
    is_plural_noun,
    state_contractions,
    unknown_name_cases,
)
from desktop_app.domain.invisible import strip_invisible
from desktop_app.domain.morphology import dictionary_tags, russian_word_is_known
from desktop_app.domain.transliteration import is_palladius_word, is_pinyin_word, latin_spelling

T = TypeVar("T")
log = logging.getLogger(__name__)

# pyahocorasick serialises an automaton of up to 16 MB in one piece, a bigger one in 16 MB chunks; the serialised
# size is about 0.9 of the in-memory size `get_stats()` reports (measured over 5k-60k-entry glossaries).
ONE_PIECE_BYTES = 15 * 2**20  # under 16 MB, with a margin for the estimate
_SERIALISED_PER_BYTE = 0.9
MAX_RUSSIAN_VARIANTS = 32  # lemma combinations indexed per Russian form (ambiguous words multiply them)
CACHE_SIZE = 4096
_KIND_RANK = {HitKind.APPROVED: 0, HitKind.VARIANT: 1, HitKind.SHORT: 2, HitKind.FORBIDDEN: 3}
CODE_WIDTH = 4  # characters per token code: four base-32 digits, ~1M distinct token keys
# Longest automaton key (code units) a form may give: pyahocorasick walks a key's nodes recursively when saving,
# so a huge form would overflow the stack; validation keeps forms far shorter, this guards older databases.
MAX_KEY_LENGTH = 8_000
UNKNOWN = "\x01" * CODE_WIDTH  # the code of a text token that no glossary form contains
_D0, _D1, _D2, _D3 = ([chr(0x100 * (place + 1) + digit) for digit in range(32)] for place in range(CODE_WIDTH))
_UNIT = "utf-16-be"  # Chinese runs through the automaton as UTF-16 code units (see _Index)

# What a pattern stands for: (entry index, kind rank, glossary form, leading quote, trailing quote); the kind is
# _KINDS[rank]. A built index keeps only the first target of each pattern (the one a hit reports), in flat arrays.
_Target = tuple[int, int, str, bool, bool]
_KINDS = sorted(_KIND_RANK, key=_KIND_RANK.__getitem__)
INDEX_FORMAT = 23  # bump when _Index or the normalisation changes: saved indexes of another format are rebuilt
# Russian names the head of a body by any of these words: «председатель ЦБ», «глава ЦБ», «руководитель НБК» are one
# post («управляющий» is not among them: its lemma is the verb управлять, «управлять Банком России» no post).
_HEADS_OF_BODIES = ("глава", "председатель", "руководитель")
_LEADING, _TRAILING = 1, 2  # bits of a pattern's quote flags
_ARRAYS = ("lengths", "entries", "ranks", "quotes", "form_ends")  # the flat tables, in the order they are saved
_MAX_HEADER = 4096  # bytes: a saved index's header line is far shorter
_RANK_BYTES = bytes(range(len(_KIND_RANK)))  # the valid kind ranks, as bytes
_SHORT_RANK = _KIND_RANK[HitKind.SHORT]
_FORBIDDEN_RANK = _KIND_RANK[HitKind.FORBIDDEN]
_VARIANT_RANK = _KIND_RANK[HitKind.VARIANT]
# Entries whose names stand in for each other inside longer forms (see _add_nested_variants), and the kinds of their
# forms that count as names; a form gets a key for each other name of each name in it, and combinations of them
# while it has fewer than MAX_NESTED_VARIANTS keys that way.
NESTED_CATEGORIES = frozenset({"country", "place", "organization"})
_REORDERED_CATEGORIES = frozenset({"title", "place", "organization"})  # see english_word_orders
_LATIN_CATEGORIES = NESTED_CATEGORIES | {"initiative", "event"}  # names, not posts, are written in Latin letters
_NAME_CATEGORIES = _LATIN_CATEGORIES | {"title"}  # names and posts, which writers abbreviate and reorder by rule
# After a place's name, a hyphen and a one- or two-digit number (Приморье-2, "Primorye-2", Sakhalin-1), or a spaced
# dash and such a number closing a quotation, make the name of something else (a corridor, a project): the place is
# no hit there. A project's own name stays a hit before its sequel's number («Сила Сибири — 2»): the sequel is of it.
_PLACES = frozenset({"place", "country"})
_NUMBERED = re.compile(r"[-‐‑–—]\d{1,2}(?!\d)|\s[-–—]\s\d{1,2}(?=[»\"”“’)])")
# After a place's name, the word for river or for a district makes the name that of another thing: a region named
# after its river ("the Heilongjiang River", 黑龙江界河, 黑龙江(阿穆尔河)) or a district named after its city ("the
# Blagoveshchensk district", «Благовещенском районе», a free trade zone's 黑河片区); so does a company's capitalised
# word ("China Railway Harbin Group Co., Ltd."). A place's own longer form ("Ussuri Krai") is a longer hit. A body
# of the province or city ("the Jilin Provincial Department of Commerce") still names the place, as 吉林省商务厅 does
# in Chinese: the two versions must agree for QA, and spelling must not flag the place's name.
_RENAMED_AFTER = {"en": re.compile(r"\s+(?:(?i:river|district|county)\b|(?:Group|Company|Corporation)\b|Co\.)"),
                  "ru": re.compile(r"\s+район", re.IGNORECASE),
                  "zh": re.compile(r"界河|片区|口岸|[(（][^()（）]{0,12}[河江][)）]")}
# A company's name followed by a capitalised word and "Group", "Corporation" or "Co." is inside the name of another
# company, its branch or subsidiary ("China Railway Harbin Group", "Sinopec Shanghai Co., Ltd."); "Company" is left
# out, as a body's own troupe or arm is named with it ("the Bolshoi Opera Company").
_BRANCH_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]+[ \u00a0]+(?:Group|Corporation|Co\.)")
# A place named after its river (黑龙江) listed with another river, and the words that tell rivers (黑龙江、乌苏里江
# 汇合处, 沿黑龙江、松花江两岸): the river, not the province; a province listed (黑龙江、浙江两省) stays one.
_LISTED_RIVER = re.compile(r"[、和与]\s?[\u3400-\u9fff]{2,4}[江河]"
                           r"(?=汇合|交汇|汇流|流域|两岸|沿岸|干流|水系|[上中下]游|江面|河口)")
# A place after one of these closes a pair of places (黑河—布拉戈维申斯克, 抚远至哈巴罗夫斯克): 界河 after it is the
# border river between the two, which names neither.
_PAIR_JOINERS = frozenset("-‐‑–—至")
# A dash with a space on each side after a word in small letters: punctuation of the sentence («четыре провинции —
# Хэйлунцзян, Цзилинь»), which joins a form's words only where the form has a dash too («мост Нижнеленинское —
# Тунцзян»); between capitalised words it joins a name's parts, dash or not ("One Belt – One Road").
_SPACED_DASH = re.compile(r"\s[-‐‑–—]\s")
_NAMING = frozenset({HitKind.APPROVED, HitKind.VARIANT})
_DESCRIBED = frozenset({"event", "organization"})  # whose short form after a describing adjective is another's
MAX_NESTED_VARIANTS = 16
# In all, at most as many such keys as the glossary has of its own (but NESTED_BUDGET_FLOOR): a safety valve, logged,
# for a glossary of thousands of bodies whose short names are common words.
MAX_NESTED_SHARE = 1.0
NESTED_BUDGET_FLOOR = 10_000
# A post after «заместитель», "Deputy", "Vice" or 副 is the deputy's post, not the one named («заместитель
# гендиректора Роскосмоса», "Vice Premier"): no hit of that post there, the names inside it stand alone.
_DEPUTY_BEFORE = {
    "ru": re.compile(r"(?:\bзаместител[а-яё]*|\bвице)[\s" + re.escape(DASHES) + r"]*$", re.IGNORECASE),
    "en": re.compile(r"\b(?:deputy|vice)[\s" + re.escape(DASHES) + r"]*$", re.IGNORECASE),
    "zh": re.compile("副$"),
}
# The legal endings of a Chinese company's name, which writers use one for another or leave out: 中国石油天然气集团
# 有限公司, …集团公司, …集团; 俄罗斯国家原子能公司, …集团.
_CHINESE_COMPANY = re.compile(
    "(集团有限公司|集团股份有限公司|股份有限公司|有限责任公司|集团公司|有限公司|股份公司|集团|公司)$")
_CHINESE_COMPANY_ENDINGS = ("公司", "集团", "集团公司", "有限公司", "集团有限公司")
_COMPANY_LAST = frozenset("司团團")  # the last character of every such ending, Simplified or Traditional
# A joint body's or project's name is written with the writer's country first: 中俄 and 俄中, China-Russia and
# Russia-China, российско-китайский and китайско-российский name the same thing.
_BOTH_ORDERS = {
    "zh": re.compile("(中)(俄)|(俄)(中)"),
    "en": re.compile(r"\b(China|Chinese|Russia|Russian)([-‐‑–—])(China|Chinese|Russia|Russian)\b"),
    "ru": re.compile(r"\b(российско|китайско)([-‐‑–—])(китайск|российск)", re.IGNORECASE),
}
_BRACKETS = re.compile(r"[(（][^()（）]{1,40}[)）]")  # an abbreviation or explanation in brackets
# A cheap test a name may hold two countries joined, before _BOTH_ORDERS is searched: 中俄 needs 俄, the others a dash.
_JOINT_HINT: dict[str, Callable[[str], bool]] = {
    "zh": lambda form: "俄" in form, "en": lambda form: any(dash in form for dash in "-‐‑–—"),
    "ru": lambda form: any(dash in form for dash in "-‐‑–—")}
_MINISTRY_MINISTER = "部部长"  # …部部长, also written …部长
_LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "о", "об", "обо", "при"})  # the prepositional case follows
_HEADED_BY_ZHANG = frozenset("部局")  # a ministry's or bureau's last character, which 长 after it makes its head's post
# English names a parliament's committee on international affairs either way (the Federation Council's own site
# writes "Committee on Foreign Affairs" for «Комитет … по международным делам»): each wording with the other.
# Russian keeps each body's own wording.
_AFFAIRS = {"en": (re.compile(r"\b(?:Committee|Commission)\b", re.IGNORECASE), ("International Affairs",
                                                                                 "Foreign Affairs"))}
_ISLAND = re.compile(r"(\S+(?: \S+)+) Islands?")  # an island's name of two words or more, which English gives alone
# An opening quote after a word: the name of what the word stands for («форум «Армия-2024»», the forum “Russia
# Calling!”), or, after a country's adjective and a common noun, the name they describe («российского банка ПСБ»).
_QUOTED_NAME_AFTER = re.compile(r"[ \u00a0]*«|[ \u00a0]+[\"“„]")
_NAME_AFTER = re.compile(r"[ \u00a0]*«|[ \u00a0]+(?:[\"“„]|[A-ZА-ЯЁ]{2,}(?![\w-]))")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")  # CNPC, ILRS, BRICS: Latin capitals Russian text keeps as they are
_CAPITALS = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&]{1,7}")  # an abbreviation in either alphabet (SCO, ВОЗ)


class IndexCache(Protocol):
    """Where built automata are kept between runs (storage/automaton_cache.py); bytes in, bytes out."""

    def load(self, lang: str) -> bytes | memoryview | None: ...

    def save(self, lang: str, data: bytes) -> None: ...


def _product(choices: list[list[str]]) -> int:
    total = 1
    for c in choices:
        total *= len(c)
    return total


def _automaton_state(automaton: Any) -> tuple[list[bytes], list[int], object]:
    """The automaton's serialised node chunks, its integer state and its values, as `__reduce__` gives them.

    pyahocorasick up to 2.3 keeps one reference too many to the list of chunks and to each chunk it returns
    (upstream issue #219), so each save of a glossary's index leaked the whole serialised automaton (~2 MB for the
    seed glossary's Russian, ~80 MB for a 100,000-entry glossary's) at every change of the glossary. Each extra
    reference is measured against a fresh list and bytes held the same way and only then dropped, so a release
    that fixes the leak is left alone. What it cannot reach stays leaked: an automaton over 16 MB serialised is cut
    into chunks, and the full-size buffer the last chunk was cut from (16 MB) is lost to Python: such an index is
    saved once, when its glossary closes (`GlossaryMatcher.save_unsaved`)."""
    _type, args = automaton.__reduce__()
    chunks, *state, values = args
    control_args = ([bytes(64)],)  # a fresh list of fresh bytes (not a cached one-byte object), held alike
    control = control_args[0]
    probe = control[0]
    baseline = _references(probe)
    leaked = [chunk for chunk in chunks if _references(chunk) - baseline == 1]
    if _references(chunks) - _references(control) == 1:
        leaked.append(chunks)
    for extra in leaked:
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(extra))
    return list(chunks), state, values


def _references(obj: object) -> int:
    """`obj`'s reference count as seen from a call: every count compared is taken through this one call shape."""
    return sys.getrefcount(obj)


@functools.cache
def _engine_version() -> str:
    """The installed pyahocorasick build: its serialised state is only read back by the same build. Named by its
    extension file's name, size and time (any reinstall changes them), not by its package metadata, which would
    import importlib.metadata and the email parser (2 MB) into the window."""
    binary = getattr(ahocorasick, "__file__", None)
    if not binary:
        return "unknown"
    try:
        stat = os.stat(binary)
    except OSError:
        return os.path.basename(binary)
    return f"{os.path.basename(binary)}:{stat.st_size}:{stat.st_mtime_ns}"


def _ints(value: object, count: int | None = None) -> bool:
    """Whether `value` is a list of non-negative ints (of `count` items when given): header fields are checked
    before they size anything."""
    return (isinstance(value, list) and (count is None or len(value) == count)
            and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value))


class _Index:
    """The automaton of one language and, for words, the code of every token key it knows.

    pyahocorasick finds a node's child by scanning its children, so a node with thousands of children (every
    Han character, every first word of a term) makes each step slow. Chinese therefore goes in as UTF-16 code
    units (at most 256 children a node), and each token key of English/Russian as four base-32 digits drawn
    from four disjoint ranges (at most 32 children a node; a match can only start at a token's first digit).
    What each pattern stands for is kept in flat arrays indexed by pattern number, not as a Python object per
    pattern, so a saved index of hundreds of thousands of patterns loads in a few bulk copies.
    """

    def __init__(self) -> None:
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)  # value: the pattern's number
        self.codes: dict[str, str] = {}
        self.lengths = array("I")  # key length by pattern number
        self.entries = array("I")  # entry index of the pattern's first target
        self.ranks = array("B")  # kind rank of that target
        self.quotes = array("B")  # _LEADING / _TRAILING bits of that target's form
        self.form_ends = array("I")  # end of the target's form in `forms` (its start: the previous end)
        self.forms = ""
        self.size = 0
        self.also: dict[int, tuple[int, ...]] = {}  # pattern number → other entries sharing its short form

    def add(self, key_length: int, target: _Target) -> None:
        """Record the next pattern number: its key length and the target a hit on it reports."""
        number, rank, form, leading, trailing = target
        self.lengths.append(key_length)
        self.entries.append(number)
        self.ranks.append(rank)
        self.quotes.append((_LEADING if leading else 0) | (_TRAILING if trailing else 0))
        self.form_ends.append((self.form_ends[-1] if self.form_ends else 0) + len(form))

    def target(self, number: int) -> _Target:
        """What pattern `number` stands for."""
        start = self.form_ends[number - 1] if number else 0
        flags = self.quotes[number]
        return (self.entries[number], self.ranks[number], self.forms[start:self.form_ends[number]],
                bool(flags & _LEADING), bool(flags & _TRAILING))

    def saves_in_one_piece(self) -> bool:
        """Whether pyahocorasick serialises the automaton in one piece (up to 16 MB, about 0.9 of its size in memory),
        whose leaked references `_automaton_state` can all release."""
        return not self.size or self.automaton.get_stats()["total_size"] * _SERIALISED_PER_BYTE < ONE_PIECE_BYTES

    def dump(self) -> bytes:
        """The built index as bytes that only ever parse as data: a JSON header line, then the flat tables, the
        forms (UTF-8), the token codes and shared short forms (JSON) and the automaton's own serialised state
        (pyahocorasick's node arrays with integer values — never pickle, which would run whatever a planted file
        asks)."""
        body = [getattr(self, name).tobytes() for name in _ARRAYS]
        body.append(self.forms.encode("utf-8", "surrogatepass"))
        body.append(json.dumps(self.codes, ensure_ascii=False).encode("utf-8"))
        body.append(json.dumps([[number, *shared] for number, shared in self.also.items()]).encode("ascii"))
        chunks: list[bytes] = []
        automaton: list[int] = []
        if self.size:
            chunks, automaton, values = _automaton_state(self.automaton)
            if values is not None:  # STORE_INTS keeps the values inside the nodes
                raise ValueError("an automaton with object values cannot be saved")
        header = {"format": INDEX_FORMAT, "engine": _engine_version(), "byteorder": sys.byteorder,
                  "size": self.size, "sections": [len(b) for b in body], "chunks": [len(c) for c in chunks],
                  "automaton": automaton}
        return b"".join([json.dumps(header).encode("ascii"), b"\n", *body, *chunks])

    @classmethod
    def loads(cls, data: bytes | memoryview, entry_count: int) -> _Index:
        """An index saved by `dump` for a glossary of `entry_count` entries; ValueError says why one cannot be
        used (another format or pyahocorasick version, damaged, or inconsistent with the entries)."""
        view = memoryview(data)
        end = bytes(view[:_MAX_HEADER]).find(b"\n")
        if end < 0:
            raise ValueError("no index header")
        header = json.loads(bytes(view[:end]))
        if not isinstance(header, dict) or header.get("format") != INDEX_FORMAT:
            raise ValueError("saved by another version of PressDesk")
        if header.get("engine") != _engine_version() or header.get("byteorder") != sys.byteorder:
            raise ValueError("saved with another pyahocorasick or on another machine")
        size, sections, chunk_sizes, state = (header.get(k) for k in ("size", "sections", "chunks", "automaton"))
        if not (_ints(sections, len(_ARRAYS) + 3) and _ints(chunk_sizes) and _ints(state)
                and isinstance(size, int) and size >= 0):
            raise ValueError("malformed index header")
        if end + 1 + sum(sections) + sum(chunk_sizes) != len(view):
            raise ValueError("truncated or padded")
        offset = end + 1
        parts: list[memoryview] = []
        for length in (*sections, *chunk_sizes):
            parts.append(view[offset:offset + length])
            offset += length
        index = cls()
        for name, part in zip(_ARRAYS, parts, strict=False):
            table = getattr(index, name)
            if len(part) % table.itemsize:
                raise ValueError(f"the {name} table is cut short")
            table.frombytes(part)
        index.forms = bytes(parts[len(_ARRAYS)]).decode("utf-8", "surrogatepass")
        codes = json.loads(bytes(parts[len(_ARRAYS) + 1]))
        if not isinstance(codes, dict) or not all(isinstance(v, str) and len(v) == CODE_WIDTH
                                                  for v in codes.values()):
            raise ValueError("malformed token codes")
        index.codes = codes
        also = json.loads(bytes(parts[len(_ARRAYS) + 2]))
        if not isinstance(also, list) or not all(_ints(row) and len(row) > 1 and max(row[1:]) < entry_count
                                                 and row[0] < size for row in also):
            raise ValueError("malformed shared short forms")
        index.also = {row[0]: tuple(row[1:]) for row in also}
        index.size = size
        tables = [getattr(index, name) for name in _ARRAYS]
        if any(len(t) != size for t in tables) or (size and (
                max(index.entries) >= entry_count or bytes(index.ranks).translate(None, _RANK_BYTES)
                or index.form_ends[-1] != len(index.forms))):
            raise ValueError("does not fit the glossary's entries")
        if size:
            if len(state) != 5 or state[:3] != [ahocorasick.AHOCORASICK, ahocorasick.STORE_INTS,
                                                 ahocorasick.KEY_STRING]:
                raise ValueError("not an automaton of integer values")
            index.automaton = ahocorasick.Automaton([bytes(p) for p in parts[len(_ARRAYS) + 3:]], *state, None)
            if len(index.automaton) != size or index.automaton.store != ahocorasick.STORE_INTS:
                raise ValueError("the automaton does not fit its tables")
        return index

    def code(self, key: str) -> str:
        found = self.codes.get(key)
        if found is None:
            n = len(self.codes)
            found = self.codes[key] = _D0[n >> 15 & 31] + _D1[n >> 10 & 31] + _D2[n >> 5 & 31] + _D3[n & 31]
            if key in _HEADS_OF_BODIES:  # one code for all, so a form with one matches text with another
                for word in _HEADS_OF_BODIES:
                    self.codes.setdefault(word, found)
        return found

    def alias_name_cases(self, name: str) -> None:
        """Let the case forms of a Russian personal name's words that the dictionary does not know as names stand for
        the words themselves: it reads some of them as other words («Трутневым» as the adjective трутневой), so those
        forms get the code of the nominative's lemma instead of a lemma of their own."""
        for word in pattern_tokens(strip_invisible(name)[0]):
            own = russian_lemmas(word)
            for form in unknown_name_cases(word):
                key = lemma_key(form)
                if key not in self.codes and not set(russian_lemmas(form)) & set(own):
                    self.codes[key] = self.code(own[0])

    def alias_e_for_e(self, lemma: str) -> None:
        """Let a Chinese name's Palladius э be written е (Хейлунцзян, Вень Цзябао, as many writers spell them): the
        е spelling gets the code of the э one, unless it is a Russian word of its own (мер is no мэр)."""
        plain = lemma.replace("э", "е")
        if plain not in self.codes and is_palladius_word(lemma) and not russian_word_is_known(plain):
            self.codes[plain] = self.code(lemma)

    def pattern_keys(self, form: str, lang: str, person: bool = False) -> list[str]:
        """The automaton keys of one glossary form (Russian: one per combination of ambiguous lemmas; a `person`'s
        surname without the given name it may also be read as)."""
        form = strip_invisible(form)[0]
        if lang == "zh":
            return [normalize_chinese(form)[0].encode(_UNIT).decode("latin-1")]
        tokens = ([surface for _, _, surface in fold_names(tokenize(form), lang)]
                  if person and may_fold_names(form, lang) else pattern_tokens(form))
        tokens = [t for t in tokens if t not in DASH_TOKENS]
        if lang != "ru":
            codes, code = self.codes, self.code
            return ["".join([codes.get(k) or code(k) for k in map(romanised_key, tokens)])]
        lemmas = surname_lemmas if person else russian_lemmas
        choices = [list(lemmas(t)) for t in tokens]
        while _product(choices) > MAX_RUSSIAN_VARIANTS:
            widest = max(range(len(choices)), key=lambda i: len(choices[i]))
            choices[widest].pop()
        coded = [[self.code(lemma) for lemma in c] for c in choices]
        for lemma in {lemma for c in choices for lemma in c if "э" in lemma}:
            self.alias_e_for_e(lemma)
        for at in range(1, len(tokens) - 1):
            if tokens[at].lower() == "по":  # министр по развитию … also as министр развития …: lemmas ignore case
                coded[at].append("")
        return ["".join(combo) for combo in itertools.product(*coded)]


class GlossaryMatcher:
    """Finds approved, variant, short and forbidden forms of glossary entries in a text; safe to share between
    threads."""

    def __init__(self, entries: Iterable[TermEntry], cache: IndexCache | None = None) -> None:
        # A sequence is kept as it is (the store's makes each entry only when a hit needs it), anything else listed.
        self._entries: Sequence[TermEntry] = entries if isinstance(entries, Sequence) else list(entries)
        self._cache_store = cache  # built automata saved there and loaded from there on the next start
        self._indexes: dict[str, _Index] = {}
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], tuple[TermHit, ...]] = OrderedDict()
        self._derived: dict[str, tuple[object, Any]] = {}
        self._unsaved: set[str] = set()  # languages whose index waits for `save_unsaved`
        self._order_fixed: set[int] | None = None  # see _order_fixed: one for all languages, made by the first build
        self._abbreviation_forms: dict[int, frozenset[str]] = {}  # see _abbreviations

    @property
    def entries(self) -> Sequence[TermEntry]:
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def prepare(self, *langs: str) -> None:
        """Build the automata now (e.g. in a worker) rather than on the first `find`."""
        for lang in langs:
            self._index(lang)

    def clear_cache(self) -> None:
        """Forget cached results (for benchmarks: results never go stale, the matcher is immutable)."""
        with self._lock:
            self._cache.clear()

    def derived(self, name: str, key: object, build: Callable[[], T]) -> T:
        """The value `build()` made from this matcher for `key` (the checks' context for a set of tenures), made
        once and kept exactly as long as the matcher: a module-level cache would keep an old glossary alive."""
        with self._lock:
            held = self._derived.get(name)
            if held is not None and held[0] == key:
                return held[1]  # type: ignore[no-any-return]
        value = build()
        with self._lock:
            self._derived[name] = (key, value)
        return value

    def find(self, text: str, lang: str) -> list[TermHit]:
        """Non-overlapping hits in `text`, longest first on conflict, sorted by start; offsets into `text`."""
        if not text or not self._entries:
            return []
        key = (lang, text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return list(cached)
        index = self._index(lang)
        visible, positions = strip_invisible(text)
        found = self._find_chinese(visible, index) if lang == "zh" else self._find_words(visible, lang, index)
        if "(" in visible or "（" in visible:
            found = self._with_brackets_inside(visible, lang, index, found)
        if lang == "zh" and ("维" in visible or "維" in visible or "娜" in visible):
            found = self._with_patronymics(visible, index, found)
        if lang == "zh" and _INTERPUNCT_OR_STOP.search(visible):
            found = self._with_initials(visible, found)
        if lang != "zh" and "(" in visible:
            found = _with_defined_abbreviations(visible, lang, found)
        if positions is not None:
            found = [_in_original(hit, text, positions) for hit in found]
        hits = tuple(found)
        with self._lock:
            self._cache[key] = hits
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return list(hits)

    def _with_brackets_inside(self, text: str, lang: str, index: _Index, found: list[TermHit]) -> list[TermHit]:
        """The hits of names with an abbreviation or explanation in brackets inside them ("the National People's
        Congress (NPC) Standing Committee", 国家杜马(议会下院)主席), found with the brackets blanked out, in place
        of the hits they overlap; brackets after a whole name stay a mention of their own."""
        # In Chinese, a name in Latin letters in brackets (諾瓦泰克(Novatek)公司) is the English name beside the
        # Chinese: a mention of its own.
        groups = [(m.start(), m.end()) for m in _BRACKETS.finditer(text) if lang != "zh" or not m[0][1:-1].isascii()]
        if not groups:
            return found
        chars = list(text)
        for start, end in groups:
            chars[start:end] = " " * (end - start)
        blanked = "".join(chars)
        again = self._find_chinese(blanked, index) if lang == "zh" else self._find_words(blanked, lang, index)
        inside = [replace(hit, text=text[hit.start:hit.end]) for hit in again
                  if any(hit.start < start and end < hit.end for start, end in groups)]
        if not inside:
            return found
        kept = [hit for hit in found if not any(hit.start < other.end and other.start < hit.end for other in inside)]
        return sorted(kept + inside, key=lambda hit: hit.start)

    def _with_patronymics(self, text: str, index: _Index, found: list[TermHit]) -> list[TermHit]:
        """A Russian's name in Chinese with the patronymic between given name and surname
        (谢尔盖·维克托罗维奇·拉夫罗夫): the person whose name is the other two parts, in place of the hits it
        overlaps."""
        whole = []
        for match in _CHINESE_PATRONYMIC.finditer(text):
            given, dot, surname = match[1], match[2], match[3]
            for hit in self._find_chinese(given + dot + surname, index):
                if hit.entry.category == "person" and hit.start < len(given) < hit.end - 1:
                    start, end = match.start(1) + hit.start, match.start(3) + hit.end - len(given) - 1
                    whole.append(replace(hit, start=start, end=end, text=text[start:end], kind=HitKind.VARIANT))
                    break
        if not whole:
            return found
        kept = [hit for hit in found if not any(hit.start < other.end and other.start < hit.end for other in whole)]
        return sorted(kept + whole, key=lambda hit: hit.start)

    def _with_initials(self, text: str, found: list[TermHit]) -> list[TermHit]:
        """A Russian's name in Chinese with the given name (and patronymic) as initials (德·尼·帕特鲁舍夫, 谢·拉夫罗夫):
        the person of that surname whose given name begins so, in place of the hits it overlaps (the surname of
        another person of the name, 尼古拉·帕特鲁舍夫's 帕特鲁舍夫, among them)."""
        surnames, initials = self.derived("chinese surnames", len(self._entries), self._chinese_surnames)
        # Most dots are inside full names (谢尔盖·拉夫罗夫): the text is normalised only when one follows an initial.
        if not any(normalize_chinese(text[at - 1])[0] in initials for at in _dot_positions(text) if at):
            return found
        normalized, offsets = normalize_chinese(text)
        whole = []
        for match in _CHINESE_INITIALS.finditer(normalized):
            after = match.end()
            for length in range(min(MAX_SURNAME, len(normalized) - after), 1, -1):
                number = surnames.get((match[1], normalized[after:after + length]))
                if number is not None:
                    start, end = offsets[match.start()], offsets[after + length - 1] + 1
                    entry = self._entries[number]
                    whole.append(TermHit(entry, "zh", start, end, text[start:end], HitKind.VARIANT,
                                         entry.forms["zh"]))
                    break
        if not whole:
            return found
        kept = [hit for hit in found if not any(hit.start < other.end and other.start < hit.end for other in whole)]
        return sorted(kept + whole, key=lambda hit: hit.start)

    def _chinese_surnames(self) -> tuple[dict[tuple[str, str], int], frozenset[str]]:
        """(first character of the given name, surname) → the person, for people named "Given·Surname" in Chinese;
        and those first characters."""
        surnames: dict[tuple[str, str], int] = {}
        for number, entry in enumerate(self._entries):
            name = normalize_chinese(entry.forms.get("zh", ""))[0] if entry.category == "person" else ""
            parts = name.split("·")
            if len(parts) >= 2 and parts[0] and 2 <= len(parts[-1]) <= MAX_SURNAME:
                surnames.setdefault((parts[0][0], parts[-1]), number)
        return surnames, frozenset(initial for initial, _ in surnames)

    # -- building -------------------------------------------------------------------------------------------------

    def _index(self, lang: str) -> _Index:
        index = self._indexes.get(lang)
        if index is not None:
            return index
        with self._lock:
            index = self._indexes.get(lang)
            if index is None:
                index = self._load(lang)
                if index is None:
                    index = self._build(lang)
                    if index.saves_in_one_piece():
                        self._save(lang, index)
                    else:
                        self._unsaved.add(lang)
                self._indexes[lang] = index
        return index

    def save_unsaved(self) -> None:
        """Save the indexes built too big to save as they were built: each save of one loses 16 MB for good (see
        `_automaton_state`), so they are saved once, when the glossary is closed, not at every change of a session
        of edits. A process that ends without closing only costs the next start a rebuild."""
        with self._lock:
            unsaved = sorted(self._unsaved)
            self._unsaved.clear()
            for lang in unsaved:
                self._save(lang, self._indexes[lang])

    def _load(self, lang: str) -> _Index | None:
        if self._cache_store is None:
            return None
        data = self._cache_store.load(lang)
        if data is None:
            return None
        try:
            return _Index.loads(data, len(self._entries))
        except (ValueError, TypeError, MemoryError) as exc:  # a saved index that cannot be used costs a rebuild
            log.warning("saved glossary automaton for %s not used (%s); rebuilding", lang, exc)
            return None

    def _save(self, lang: str, index: _Index) -> None:
        if self._cache_store is not None:
            self._cache_store.save(lang, index.dump())

    def _build(self, lang: str) -> _Index:
        index = _Index()
        patterns: dict[str, list[_Target]] = {}
        names: dict[str, set[int]] = {}  # key of a country's, place's or body's own name → those entries
        other_names: dict[int, list[str]] = {}  # such an entry → the first key of each of its names
        person_names: dict[int, list[str]] = {}  # a person → the first key of each of their full names
        surnames: dict[int, list[str]] = {}  # a person → every key of each of their short forms
        countries = _country_abbreviations(self._entries) if lang == "zh" else {}
        initials = _country_initials(self._entries) if lang == "zh" else {}
        owners = _country_names(self._entries) if lang == "en" else {}
        if self._order_fixed is None:  # _build runs under the lock
            self._order_fixed = _order_fixed(self._entries)
        fixed_order = self._order_fixed
        beside = _country_words(self._entries, lang)  # entry → the words of its one country, to write beside it
        holders = _posts_with_holders(self._entries) if lang == "en" else {}
        sino = _sino_adjectives(self._entries) if lang == "en" else {}
        adjectives = _russian_country_adjectives(self._entries) if lang == "ru" else {}
        bodies = _english_body_names(self._entries) if lang == "en" else frozenset()
        if lang == "en":
            for number, more in _deputies_and_heads(self._entries).items():
                holders.setdefault(number, []).extend(more)
        with_country: list[tuple[int, str, str]] = []  # (entry, its form, that form with the country beside it)
        for number, entry in enumerate(self._entries):
            approved = entry.forms.get(lang)
            forms: list[tuple[str, HitKind] | tuple[str, HitKind, str]]
            forms = [(approved, HitKind.APPROVED)] if approved else []
            forms += [(v, HitKind.VARIANT) for v in entry.variants.get(lang, ()) if v]
            forms += [(v, HitKind.SHORT) for v in entry.short_forms.get(lang, ()) if v]
            forms += [(f, HitKind.FORBIDDEN) for f in entry.forbidden.get(lang, ()) if f]
            if lang != "zh" and entry.category == "person":
                if lang == "ru":
                    for form, _kind in forms:
                        index.alias_name_cases(form)
                # Also with an initial (Ю. Ушаков, Ушаков Ю.В.), and a Russian name surname first as lists and
                # documents give it (Ушаков Юрий Викторович): a variant reporting the form it stands for.
                forms += [(form, HitKind.VARIANT, written) for form, kind in forms if kind in _NAMING
                          for written in (*initial_forms(form, lang), *surname_first(form, lang))]
            if lang in _AFFAIRS and entry.category in ("organization", "title"):
                # An English committee on international affairs also as on foreign affairs, and the other way round.
                forms += [(form, kind if kind is HitKind.FORBIDDEN else HitKind.VARIANT, other)
                          for form, kind, *written in list(forms) if not written
                          for other in _affairs_worded(form, lang)]
            if lang == "en" and entry.category == "place":
                # An island of a name of two words or more, also without "Island" (half of Bolshoy Ussuriysky).
                forms += [(form, HitKind.VARIANT, island[1]) for form, kind, *written in list(forms)
                          if kind in _NAMING and not written and (island := _ISLAND.fullmatch(form))]
            if lang == "zh" and entry.category == "person" and "·" in normalize_chinese(approved or "")[0]:
                # A foreign name's "lo" is 罗 or 洛 as the writer hears it (沃洛金 and 沃罗金, 拉夫罗夫 and
                # 拉夫洛夫), its "jie" 杰 or 捷 and its "jia" 佳 or 加 (杰格佳廖夫 and 捷格加廖夫).
                forms += [(form, kind if kind is HitKind.SHORT else HitKind.VARIANT, other)
                          for form, kind, *written in list(forms) if kind is not HitKind.FORBIDDEN and not written
                          for other in _other_transcription(form)]
            if lang == "en" and approved and entry.category in _LATIN_CATEGORIES:
                # A one-word Russian name in the Latin letters English press gives it (Minvostokrazvitiya).
                forms += [(approved, HitKind.VARIANT, latin) for latin in _latin_names(entry)]
            if lang != "en" and (entry.category in _LATIN_CATEGORIES or entry.category == "person"):
                # A body's or project's name in the Latin letters of its English forms (CNPC, ILRS; in Chinese
                # text also in full), a person's full name in Chinese text: Chinese and Russian news keep them.
                forms += [(approved or english, HitKind.VARIANT, english) for english in _latin_forms(entry, lang)]
            if entry.category != "person":
                # A name with a part in brackets inside it, also written without the brackets (中国（黑龙江）自由贸易
                # 试验区 as 中国黑龙江自由贸易试验区, "China (Heilongjiang) Pilot …" as "China Heilongjiang Pilot …").
                forms += [(form, kind if kind is HitKind.FORBIDDEN else HitKind.VARIANT, other)
                          for form, kind, *written in list(forms) if not written for other in _unbracketed(form)]
            if lang == "ru" and entry.category == "title":
                # «полпред» is the official clipping of «полномочный представитель»: a post names either.
                forms += [(form, kind if kind is HitKind.FORBIDDEN else HitKind.VARIANT, other)
                          for form, kind, *written in list(forms) if not written for other in _envoy_worded(form)]
            if entry.category in _HEADED_CATEGORIES:
                # A name's head word goes with its other names too: "Belt and Road Initiative" beside "Belt and
                # Road" gives "One Belt One Road initiative" (forbidden still), «инициатива «Один пояс, один путь»».
                named = [f for f, k, *w in forms if k in _NAMING and not w]
                heads = _head_words(named, lang) if len(named) > 1 else set()
                forms += [(form, kind if kind is HitKind.FORBIDDEN else HitKind.VARIANT, headed)
                          for form, kind, *written in list(forms) if heads and not written
                          for headed in _with_head_word(form, heads, named)]
            named_too: set[str] = set()  # written forms that name the entry like its own (see below)
            if bodies and entry.category == "organization":
                # A body named after the body it belongs to, also with that one after "of the" ("CPC Central
                # Committee Foreign Affairs Commission" as "Foreign Affairs Commission of the CPC Central Committee"):
                # a name of the entry, as its own are, also inside longer names.
                more = [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                        if kind in _NAMING and not written for other in _owner_after(form, bodies)]
                forms += more
                named_too = {written for _, _, written in more}
            if lang == "zh" and entry.category in NESTED_CATEGORIES:
                # A company's name with another legal ending (…集团公司 for …集团有限公司): a name of the entry, as
                # its own are, also inside longer names (…集团总经理).
                more = [(form, HitKind.VARIANT, other) for form, kind, *_ in list(forms) if kind in _NAMING
                        for other in _chinese_company_names(entry, form)]
                forms += more
                named_too = {written for _, _, written in more}
            if entry.category in _NAME_CATEGORIES:
                if lang == "zh" and entry.category == "title":
                    # A minister's post with the ministry's 部 and the minister's 部 merged (外交部长, 商务部长).
                    forms += [(form, HitKind.VARIANT, _merged_ministry(written[0] if written else form))
                              for form, kind, *written in list(forms)
                              if kind in _NAMING and _MINISTRY_MINISTER in (written[0] if written else form)]
                if lang == "zh":
                    # A name starting with a country's name, with the country's one-character abbreviation
                    # (俄石油公司, 俄第一副总理).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING
                              for other in _abbreviated_country(written[0] if written else form, countries)]
                    # China's own mission abroad without China (驻俄罗斯大使 for 中国驻俄罗斯大使).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in _own_mission(written[0] if written else form)]
                if number not in fixed_order:
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in _other_order(written[0] if written else form, lang)]
                if lang == "ru":
                    # «сотрудничества России и Китая» for «российско-китайского сотрудничества»: keyed as written,
                    # after the other names of bodies are (the countries' other names would multiply its keys).
                    with_country += [(number, form, other) for form, kind, *written in forms if kind in _NAMING
                                     for other in _countries_after(written[0] if written else form)]
                if sino:  # China-Russia Expo as Sino-Russian Expo (China first: see _sino_form)
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in _sino_form(written[0] if written else form, sino,
                                                                         number in fixed_order)]
                if lang == "zh" and any(f.startswith(_JOINT) for f, k, *w in forms if k in _NAMING and not w):
                    # A joint body's or event's names with and without 中俄 (人文合作委员会 in 两国人文合作委员会,
                    # 中俄农业合作分委会 for a variant 农业合作分委会).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING and not written for other in _joint_or_not(form)]
                if lang == "zh":
                    # A body's name shortened as Chinese shortens them (友协, 人大常委会, 旅游分委会), and a joint one
                    # with its countries written out (中日 as 中国日本, 中国-日本).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in _chinese_shortened(written[0] if written else form)]
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING
                              for other in _countries_written_out(written[0] if written else form, initials)]
                if lang == "zh" and entry.category == "organization":
                    # A people's congress or a CPPCC committee by its term (吉林省第十四届人民代表大会, 政协辽宁省
                    # 第十三届委员会, 中国人民政治协商会议第十四届全国委员会).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING and not written for other in _with_term(form)]
                if lang == "en":
                    # "Far Eastern" and "Far East" before a name's next word alike (Far East Federal University).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in _far_east_worded(written[0] if written else form)]
                if entry.category == "organization":
                    # A consulate named by its city alone: the country it serves is understood (the consulate general
                    # in Harbin, «генконсульство во Владивостоке», 驻哈尔滨总领事馆).
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING and not written for other in _consulate_by_city(form, lang)]
                if lang == "zh" and entry.category == "organization":
                    # A fund's name ending 基金 also as a foundation, 基金会, as Chinese news writes funds' names.
                    forms += [(form, HitKind.VARIANT, other + "会") for form, kind, *written in list(forms)
                              if kind in _NAMING and (other := written[0] if written else form).endswith("基金")]
                if lang == "ru" and entry.category == "organization":
                    # A body's name ending with its city after «в», also with «городе» or «г.» before the city.
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in _with_city_before(written[0] if written else form)]
                if lang == "ru":  # Госкомитет and Государственный комитет, Госкорпорация and Государственная …
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in state_contractions(written[0] if written else form)]
                if lang == "ru":  # Генконсульство and Генеральное консульство, торгпред and торговый представитель
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in clipped_words(written[0] if written else form)]
                if lang == "ru" and entry.category == "title":  # замглавы for заместитель главы
                    forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                              if kind in _NAMING for other in deputy_contractions(written[0] if written else form)]
            if lang == "ru" and number in beside and adjectives:
                # «Глава российского МИД», «российский министр иностранных дел» for «глава МИД России».
                forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms) if kind in _NAMING
                          for other in _with_country_adjective(written[0] if written else form, beside[number],
                                                               adjectives)]
            if number in beside:
                # A post or body of one country with the country's name or adjective beside it (中国全国人大,
                # Russian Federation Council Speaker, «Совета Федерации России»): a variant, keyed after the other
                # names of bodies are (they are no names inside other names, and take none of their budget).
                with_country += [(number, form, other) for form, kind, *written in forms if kind in _NAMING
                                 for other in _with_country(written[0] if written else form, lang, beside[number])]
            # A model's or project's letters and number joined or dashed (CR929 and CR-929, МС-21 and МС21); in
            # Chinese also numbered with 号 («西伯利亚力量2号», 北极液化天然气二号).
            forms += [(form, kind if kind is HitKind.FORBIDDEN else HitKind.VARIANT, other)
                      for form, kind, *written in list(forms) if not written and _HAS_DIGIT.search(form)
                      for other in (*_letters_and_number(form), *(_chinese_numbered(form) if lang == "zh" else ()))]
            if lang != "zh":
                # An abbreviation also with dots between its letters (S.C.O., Ш.О.С.), with or without the last.
                forms += [(form, kind if kind is HitKind.FORBIDDEN else HitKind.VARIANT, dotted)
                          for form, kind, *written in list(forms) if not written and len(form) <= 6
                          for dotted in _dotted(form)]
            if number in holders:
                # A post written with its holder's name, with the post's other names ("President of China Xi
                # Jinping" beside "Chinese President Xi Jinping").
                forms += [(form, HitKind.VARIANT, other) for form, other in holders[number]]
            if entry.category == "place" and _is_city(entry):
                # A city with the word for city, as the seed writes cities (город Харбин, 哈尔滨市, Harbin City).
                forms += [(form, HitKind.VARIANT, city) for form, kind, *written in list(forms)
                          if kind in _NAMING and not written for city in _with_city_word(form, lang)]
            if lang == "en" and entry.category == "place":
                # A Russian krai named by its adjective, as English transliterates it (Khabarovsky Krai, Khabarovskiy
                # Kray for Khabarovsk Krai): a name of the place, also inside posts (Governor of Khabarovskiy Kray).
                more = [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                        if kind in _NAMING and not written for other in _krai_adjective(form)]
                forms += more
                named_too = named_too | {written for _, _, written in more}
            if lang == "en" and entry.category in _REORDERED_CATEGORIES:
                # Also in English's other word order (Primorsky Krai Governor, province of Heilongjiang): a variant.
                forms += [(form, HitKind.VARIANT, other) for form, kind, *_ in list(forms) if kind in _NAMING
                          for other in english_word_orders(form)]
                # A body's or post's name ending "of <country>" also with the country before it: Russia's Federal
                # Customs Service, China's Ministry of Commerce.
                forms += [(form, HitKind.VARIANT, other) for form, kind, *written in list(forms)
                          if kind in _NAMING and not written for other in _country_first(form, owners)]
            for form, kind, *written in forms:
                target = (number, _KIND_RANK[kind], form, has_leading_quote(form), has_trailing_quote(form))
                # A Chinese post also names posts inside other posts (中国国家主席 for 国家主席 in 国家主席习近平).
                naming = kind in _NAMING and (not written or written[0] in named_too) and (
                    (entry.category in NESTED_CATEGORIES and (lang == "zh" or _is_proper_name(form)))
                    or (lang == "zh" and entry.category == "title"))
                keys = index.pattern_keys(written[0] if written else form, lang, entry.category == "person")
                for order, key in enumerate(keys):
                    if not key:
                        continue
                    if len(key) > MAX_KEY_LENGTH:
                        log.warning("glossary entry #%s: a %s form of %d characters is too long to match; skipped",
                                    entry.id, lang, len(form))
                        break
                    targets = patterns.get(key)
                    if targets is None:
                        patterns[key] = [target]
                    elif target not in targets:
                        targets.append(target)
                    if naming:
                        names.setdefault(key, set()).add(number)
                        if not order:
                            other_names.setdefault(number, []).append(key)
                    elif lang != "zh" and entry.category == "person" and not written:
                        if kind in _NAMING and not order:
                            person_names.setdefault(number, []).append(key)
                        elif kind is HitKind.SHORT:  # every reading: the text's word may take any of them
                            surnames.setdefault(number, []).append(key)
        _add_surnames(patterns, names, other_names, person_names, surnames)
        if names and lang == "zh":
            _add_nested_chinese(patterns, names, other_names)
        elif names:
            of = index.codes.get("of") if lang == "en" else None
            the = (index.code("the") if of else index.codes.get("the")) if lang == "en" else None
            _add_nested_variants(patterns, names, other_names, the, of)
        if lang == "ru" and beside:
            _add_country_after(patterns, index, beside, self._entries)
        for number, form, written in with_country:
            target = (number, _VARIANT_RANK, form, has_leading_quote(form), has_trailing_quote(form))
            for key in index.pattern_keys(written, lang):
                if key and len(key) <= MAX_KEY_LENGTH and target not in (targets := patterns.setdefault(key, [])):
                    targets.append(target)
        add_word, forms = index.automaton.add_word, []
        for number, (key, targets) in enumerate(patterns.items()):
            # Several entries share the form: a hit reports the approved use first, then the earliest entry.
            first = min(targets, key=lambda t: (t[1], t[0])) if len(targets) > 1 else targets[0]
            add_word(key, number)
            index.add(len(key), first)
            if first[1] == _SHORT_RANK and len(targets) > 1:
                shared = sorted({t[0] for t in targets if t[1] == _SHORT_RANK and t[0] != first[0]})
                if shared:
                    index.also[number] = tuple(shared)
            forms.append(first[2])
        index.forms = "".join(forms)
        index.size = len(patterns)
        if index.size:
            index.automaton.make_automaton()
        log.debug("glossary automaton for %s: %d patterns from %d entries", lang, index.size, len(self._entries))
        return index

    # -- matching -------------------------------------------------------------------------------------------------

    def _find_chinese(self, text: str, index: _Index) -> list[TermHit]:
        if not index.size:
            return []
        normalized, offsets = normalize_chinese(text)
        units = normalized.encode(_UNIT).decode("latin-1")  # one character per byte
        # The character each byte belongs to, and which bytes begin a character (BMP: two bytes each).
        if len(units) == 2 * len(normalized):
            char_of: Sequence[int] = range(len(units) // 2)
            width = 2
        else:
            char_of = [i for i, c in enumerate(normalized) for _ in range(2 if ord(c) < 0x10000 else 4)]
            width = 1
        candidates = []
        lengths, target = index.lengths, index.target
        renamed = _RENAMED_AFTER["zh"].match
        for end, number in index.automaton.iter(units):
            start = end - lengths[number] + 1
            first, last = char_of[start // width], char_of[end // width]
            if (start % 2 if width == 2 else start and char_of[start - 1] == first):
                continue  # the match begins in the middle of a character
            if _inside_latin_word(normalized, first, last):
                continue  # CNPC in CNPCX
            if normalized[first] == "俄" and normalized[first - 1:first] == "白":
                continue  # 俄罗斯外交部长 in 白俄罗斯外交部长: Belarus's, 白俄罗斯 holding 俄罗斯
            if (self._entries[index.entries[number]].category in _PLACES
                    and renamed(normalized, last + 1) and normalized[first - 1:first] not in _PAIR_JOINERS):
                # 黑龙江 in 黑龙江界河: the river; 同江口岸: the border port; not 布拉戈维申斯克 in
                # 黑河—布拉戈维申斯克界河公路大桥
                continue
            if ((normalized[first - 1:first] == "跨" or (normalized[last] in "江河"
                                                         and _LISTED_RIVER.match(normalized, last + 1)))
                    and self._entries[index.entries[number]].category in _PLACES):
                continue  # 跨黑龙江铁路大桥, 黑龙江、乌苏里江汇合处: the river the province is named after
            if (normalized[last] in _HEADED_BY_ZHANG and normalized[last + 1:last + 2] == "长"
                    and self._entries[index.entries[number]].category == "organization"):
                continue  # 俄罗斯交通部长: the minister, the ministry's 部 written once in his post
            candidates.append((offsets[first], offsets[last] + 1, target(number), number))
        return self._resolve(text, "zh", candidates, index)

    def _find_words(self, text: str, lang: str, index: _Index) -> list[TermHit]:
        if not index.size:
            return []
        tokens = tokenize(text)
        if lang == "ru" and _ABBREVIATED_HINT.search(text):
            tokens = _abbreviated_words(tokens)
        folded = fold_names(tokens, lang) if may_fold_names(text, lang) else tokens
        if folded is tokens or folded == tokens:
            found, dashes = self._word_candidates(text, lang, index, tokens, None)
            return self._resolve(text, lang, found, index, dashes)
        # Initials and patronymics are folded for people's names only: "U.S." is no "U.N." with its letters cut.
        found, dashes = self._word_candidates(text, lang, index, tokens, False)
        more, _ = self._word_candidates(text, lang, index, folded, True)
        return self._resolve(text, lang, found + more, index, dashes)

    def _word_candidates(self, text: str, lang: str, index: _Index, tokens: list[tuple[int, int, str]],
                         people: bool | None) -> tuple[list[tuple[int, int, _Target, int]], bool]:
        """The automaton's matches over `tokens` as (start, end, target, pattern), and whether the text has dashes
        between words; `people`: only people's (True) or only others' (False) forms, or all (None)."""
        words = [t for t in tokens if t[2] not in DASH_TOKENS]
        dashes, tokens = len(words) != len(tokens), words
        codes = index.codes
        # A word of both alphabets («Cовещания» with a Latin C) only where the text has letters of both.
        spell = functools.partial(in_one_alphabet, lang=lang) if may_mix_alphabets(text) else _as_it_is
        other_reading = None  # a capitalised word's second lemma of the index («Хабаровском»: the city)
        if lang == "ru":
            coded, others, before = [], [], ""
            for _, _, surface in tokens:
                lemmas = russian_lemmas(spell(surface))
                indexed = [codes[lemma] for lemma in lemmas if lemma in codes]
                coded.append(indexed[0] if indexed else UNKNOWN)
                # Not after в, на, о, при: the prepositional case, the adjective's («в Хабаровском университете»).
                others.append(indexed[1] if len(indexed) > 1 and surface[:1].isupper()
                              and before not in _LOCATIVE_PREPOSITIONS else coded[-1])
                before = surface.lower()
            if others != coded:
                other_reading = "".join(others)
        else:
            coded = [codes.get(romanised_key(spell(surface)), UNKNOWN) for _, _, surface in tokens]
        haystack = "".join(coded)
        if haystack.count(UNKNOWN) == len(haystack):
            return [], dashes
        lengths, target = index.lengths, index.target
        candidates = []
        numbered, entries = _NUMBERED.match, self._entries
        renamed = _RENAMED_AFTER[lang].match if lang in _RENAMED_AFTER else None
        matches = list(index.automaton.iter(haystack))
        if other_reading:
            # A city's instrumental the dictionary reads first as the adjective of the region named after it
            # («под Хабаровском», «с Новосибирском»): places only, read the other way.
            seen = set(matches)
            matches += [(end, number) for end, number in index.automaton.iter(other_reading)
                        if entries[index.entries[number]].category in _PLACES and (end, number) not in seen]
        for end, number in matches:
            last = tokens[end // CODE_WIDTH][1]
            if (((dashes and numbered(text, last)) or (renamed and renamed(text, last)))
                    and entries[index.entries[number]].category in _PLACES):
                continue
            if people is not None and (entries[index.entries[number]].category == "person") is not people:
                continue
            if (lang == "en" and entries[index.entries[number]].category == "organization"
                    and _BRANCH_AFTER.match(text, last)):
                continue
            first = tokens[(end - lengths[number] + 1) // CODE_WIDTH][0]
            if (dashes and (gap := _SPACED_DASH.search(text, first, last))
                    and text[first:gap.start()].split()[-1][:1].islower() and not _has_dash(target(number)[2])):
                continue  # «четыре провинции — Хэйлунцзян, Цзилинь»: a dash set off by spaces is the sentence's
            candidates.append((first, last, target(number), number))
        return candidates, dashes

    def _resolve(self, text: str, lang: str, candidates: list[tuple[int, int, _Target, int]],
                 index: _Index, dashes: bool = False) -> list[TermHit]:
        """Keep the longest of overlapping spans (earlier start on ties), then widen over enclosing quotes. `dashes`:
        whether the text has dashes between words (they were left out of matching)."""
        if not candidates:
            return []
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2][1]))
        taken = bytearray(len(text))
        hits: list[TermHit] = []
        deputy = _DEPUTY_BEFORE[lang].search if lang in _DEPUTY_BEFORE else None
        addresses = "/" in text or "@" in text or "www." in text.casefold()  # a name may be in an address
        for start, end, target, number in candidates:
            if any(taken[start:end]):
                continue
            if (end - start <= MAX_ABBREVIATION and text[start:end].casefold() in self._abbreviations(target[0])
                    and not _in_capitals(text[start:end])):
                continue  # "a bit more", ru.nia.gov.cn, «Воз и ныне там»: a word in small letters is no abbreviation
            if deputy and self._entries[target[0]].category == "title" and deputy(text, max(0, start - 16), start):
                continue
            if ((target[1] == _SHORT_RANK and self._entries[target[0]].category != "person")
                    or (lang == "ru" and _heads_a_body(target[2]))) and _plural_post(text[start:end], target[2], lang):
                # «Совет министров обороны», "the defence ministers", «форумов»: no one post or event; nor
                # «руководителями центробанков Японии»: a body has one head, so heads in the plural lead several
                continue
            if (lang == "zh" and target[1] == _SHORT_RANK and self._entries[target[0]].category == "person"
                    and text.startswith(_NAMED_AFTER, end)):
                continue  # 彼得罗夫斯基剧院, 普希金广场: a theatre, a street or a square named after someone
            if (lang == "ru" and target[1] == _SHORT_RANK and self._entries[target[0]].category in _DESCRIBED
                    and (before := _WORD_BEFORE.search(text, max(0, start - 40), start))
                    and is_describing_adjective(before[1])):
                # «Международного экономического форума», «приморского парламента», «Законодательной Думы»: another
                # event or body, described, not a second reference
                continue
            if (lang == "ru" and target[1] == _SHORT_RANK and self._entries[target[0]].category in _DESCRIBED
                    and (after := _NEXT_WORD.match(text, end)) and is_plural_genitive(after[1])):
                continue  # «форума региональных парламентов», «Форума мозговых центров СВМДА»: which one, told after
            if (lang != "zh" and target[1] == _SHORT_RANK and self._entries[target[0]].category in _DESCRIBED
                    and _QUOTED_NAME_AFTER.match(text, end)):
                continue  # «Форум «Армия-2024»», the forum “Russia Calling!”: the event named right after it
            if lang == "ru" and _NAME_AFTER.match(text, end) and self._country_adjective_first(text[start:end]):
                continue  # «российского банка ПСБ», «российской авиакомпании «Победа»»: describe the name after them
            if target[1] == _SHORT_RANK and lang != "zh" and self._another_given_name(text, end, target, lang):
                continue  # "Li Peng", «Ли Пэна»: someone else of the surname, named surname first
            if _in_address(text, start, end, addresses):
                continue  # roscongress.org, www.valdaiclub.com: a web or mail address names no one
            if self._entries[target[0]].category in _PLACES and _in_quoted_title(text, start, end, lang):
                continue  # «Хэйлунцзян Жибао», 《甘肃青年报》: a place's name inside the quoted name of something else
            if (lang == "zh" and target[1] == _SHORT_RANK and start and text[start - 1] in "国國"
                    and self._entries[target[0]].category == "title"):
                continue  # 成员国外长, 两国外长, 美国外长: some country's holder (the entry's own forms are longer)
            if (lang == "zh" and start and text[start - 1] in "国國" and self._entries[target[0]].category != "person"
                    and _ends_approved(self._entries[target[0]], text[start:end])):
                continue  # 两国教育部, 韩国教育部: the name without its country's words (中华人民共和国) is another's
            if (lang == "zh" and target[1] != _KIND_RANK[HitKind.APPROVED] and start
                    and self._entries[target[0]].category in ("title", "organization")
                    and (place := _PLACE_BEFORE.search(text, max(0, start - 16), start))
                    and not any(char in place[1] or char in text[start:end] for char in "国國")
                    and place[1][:2] not in self._entries[target[0]].forms.get("zh", "")):
                # 辽宁省人民政府省长, 辽宁十四届人大: a short name after another place's name is that place's
                # (全国人大 and 中国… name their country, which no province's body does; 黑龙江省人民政府省长 is the
                # entry's own).
                continue
            taken[start:end] = b"\x01" * (end - start)
            leading = target[3] and start > 0 and is_quote(text[start - 1])
            trailing = target[4] and end < len(text) and is_quote(text[end])
            if target[3] and target[4] and leading != trailing:
                # A name quoted at both ends («Ямал СПГ») takes its quotes as a pair: a lone one is the sentence's
                # own (включая Арктик СПГ 2» - подчеркнул).
                leading = trailing = False
            start -= leading
            end += trailing
            if not trailing and lang == "ru" and start > 0 and end < len(text) and encloses(text[start - 1], text[end]):
                # Russian spells a residence's or a company's name in quotes («Чжуннаньхай»), whether or not the
                # glossary form has them; English quotes around a name are the writer's, not the name's.
                start, end = start - 1, end + 1
            elif lang != "zh" and end < len(text) and closes_inner_quote(text[start:end], text[end]):
                end += 1  # экономического коридора «Китай — Монголия — Россия»
            if start > 0 and not leading and _closed_inside(text[start - 1], text[start:end]):
                start -= 1  # “瓦爾代”國際辯論俱樂部: quotes round a word of the name go with the name as a pair
            if lang != "zh" and self._entries[target[0]].category == "event" and target[1] != _SHORT_RANK and (
                    edition := _EDITION_YEAR.match(text, end)):
                end = edition.end()  # «ПМЭФ-2017», "SPIEF 2021": an event's edition by its year is the event
            elif lang == "en" and _bare_possessive(text, start, end):
                end += 1  # "Roscongress’ venues": a name ending in s takes its possessive as the apostrophe alone
            shared = index.also.get(number, ())
            entry, kind, form = self._entries[target[0]], _KINDS[target[1]], target[2]
            found = text[start:end]
            if lang != "zh" and found != form:  # written otherwise than the form: which of the entry's forms is it?
                if ((dashes and has_dash(found)) or _has_dash(form)) and dash_gaps(found) != dash_gaps(form):
                    kind, form = _as_dashed(entry, lang, found, kind, form)
                if lang == "en" and kind in _NAMING:
                    kind, form = _as_spelled(entry, found, kind, form)
                elif lang == "ru" and kind in _NAMING and entry.forbidden.get("ru"):
                    kind, form = _as_declined(entry, found, kind, form)
            hits.append(TermHit(entry, lang, start, end, text[start:end], kind, form,
                                tuple(self._entries[i] for i in shared)))
        hits.sort(key=lambda h: h.start)
        hits = _shared_short_forms_resolved(hits) if index.also else hits
        return _event_short_forms_resolved(hits)


    def _country_adjective_first(self, found: str) -> bool:
        """Whether a Russian hit begins with a country's adjective in small letters (российского банка): a name made
        of the adjective and a common noun, which a name after it would make a description of that name."""
        first = found.split(maxsplit=1)[0]
        if not first[:1].islower():
            return False
        adjectives = self.derived("country adjectives", None,
                                  lambda: frozenset(_russian_country_adjectives(self._entries).values()))
        return bool(adjectives) and bool(set(russian_lemmas(first)) & adjectives)

    def _abbreviations(self, number: int) -> frozenset[str]:
        """An entry's forms that are abbreviations in capitals (BIT, NIA, SCO, ВОЗ), case-folded: a text names the
        entry by one only in capitals, as a name's other forms are words any case may write."""
        found = self._abbreviation_forms.get(number)
        if found is None:
            entry = self._entries[number]
            forms = [form for table in (entry.forms, entry.variants, entry.short_forms) for lang, value in table.items()
                     for form in ((value,) if isinstance(value, str) else value) if form]
            words = {form.casefold() for form in forms if not _CAPITALS.fullmatch(form)}
            found = frozenset(form.casefold() for form in forms if _CAPITALS.fullmatch(form)) - words
            self._abbreviation_forms[number] = found
        return found

    def _another_given_name(self, text: str, end: int, target: _Target, lang: str) -> bool:
        """Whether a person's surname short form is followed by a Chinese given name other than the person's own
        ("Li Peng" for Li Qiang's "Li"): a name written surname first, as the person's own full name is, whose given
        name is a capitalised word of Pinyin (Palladius in Russian) syllables."""
        entry = self._entries[target[0]]
        following = _NEXT_WORD.match(text, end)
        if entry.category != "person" or following is None or not following[1][:1].isupper():
            return False
        full = pattern_tokens(entry.forms.get(lang, ""))
        if len(full) < 2 or full[0].casefold() != target[2].casefold():
            return False
        return is_palladius_word(following[1]) if lang == "ru" else is_pinyin_word(following[1])


# What Chinese names after a person, right after the name: a person's surname before one is no mention of them.
_NAMED_AFTER = ("剧院", "劇院", "大街", "街", "广场", "廣場", "公园", "公園", "大道", "号", "號")


def _ends_approved(entry: TermEntry, found: str) -> bool:
    """Whether a Chinese hit is the end of the entry's approved name, without the words before it (教育部 of
    中华人民共和国教育部, 外交部长 of 中华人民共和国外交部部长); not of a joint body's, which 两国 names with its 中俄
    (两国人文合作委员会)."""
    return _ends_name(entry.forms.get("zh", ""), found)


@functools.lru_cache(maxsize=4096)
def _ends_name(approved: str, found: str) -> bool:
    approved, found = normalize_chinese(approved)[0], normalize_chinese(found)[0]
    return (not approved.startswith(_JOINT)
            and any(len(name) > len(found) and name.endswith(found) for name in (approved, _merged_ministry(approved))))


def _heads_a_body(form: str) -> bool:
    """Whether a Russian post's form begins with a word for the head of a body («глава ЦБ», «председатель НБК»)."""
    words = pattern_tokens(form)
    return bool(words) and bool(set(russian_lemmas(words[0])) & set(_HEADS_OF_BODIES))


_has_dash = functools.lru_cache(maxsize=4096)(has_dash)  # of glossary forms, which recur


def _as_it_is(word: str) -> str:
    return word


# Words Russian news abbreviates with a full stop in names of places (губернатор пров. Хэйлунцзян, Амурской обл.):
# read as the word they stand for, in the case the name around them gives (the lemma is what matching compares).
_ABBREVIATED = {"пров": "провинция", "обл": "область", "г": "город"}
_ABBREVIATED_HINT = re.compile(r"(?i:\b(?:пров|обл|г))\.")


def _abbreviated_words(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens with each «пров.», «обл.» or «г.» (the word and its full stop) as one token of the word it
    abbreviates."""
    merged: list[tuple[int, int, str]] = []
    skip = False
    for at, (start, end, surface) in enumerate(tokens):
        if skip:
            skip = False
            continue
        word = _ABBREVIATED.get(surface.lower())
        if word and at + 1 < len(tokens) and tokens[at + 1][2] == "." and tokens[at + 1][0] == end:
            merged.append((start, tokens[at + 1][1], word))
            skip = True
        else:
            merged.append((start, end, surface))
    return merged
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(\w+)")  # the word right after a hit, on its line
_WORD_BEFORE = re.compile(r"(\w+)\s+$")  # the word right before a hit


_TITLE_QUOTES = {"«": "»", "“": "”", "„": "“”", "《": "》", "「": "」", "『": "』", "〈": "〉"}  # opening → closing
_TITLE_REACH = 40  # characters either side of a hit a short quoted title may take
_SENTENCE_END = frozenset(".!?。！？")


# A place's name (two characters or more) right before a short name of a post or body, with its level, government
# or term between: 辽宁省人民政府 before 省长, 辽宁十四届 before 人大.
_PLACE_BEFORE = re.compile(r"([\u3400-\u9fff]{2,8}?(?:省|市|自治区|自治區)(?:人民政府|政府)?"
                           r"|[\u3400-\u9fff]{2,8}?(?:省|市)?第?[一二三四五六七八九十]{1,3}[届屆])$")


def _in_quoted_title(text: str, start: int, end: int, lang: str) -> bool:
    """Whether text[start:end] lies inside a short quoted name that holds more than it: a newspaper's, channel's or
    book's title («Хэйлунцзян Жибао», «Вести: Приморье», 《黑龙江日报》). A quotation of what someone said is longer or
    ends a sentence, and a quoted name that is the hit alone («Чжуннаньхай») is the name itself."""
    opened = max(text.rfind(quote, max(0, start - _TITLE_REACH), start) for quote in _TITLE_QUOTES)
    if opened < 0:
        return False
    closing = _TITLE_QUOTES[text[opened]]
    if any(char in closing for char in text[opened + 1:start]):
        return False
    closed = next((at for at in range(end, min(len(text), end + _TITLE_REACH)) if text[at] in closing), -1)
    if closed < 0 or (opened + 1 == start and closed == end):
        return False
    inside = text[opened + 1:closed]
    if _SENTENCE_END & set(inside):
        return False
    return len(inside) <= 12 if lang == "zh" else len(pattern_tokens(inside)) <= 4


def _plural_post(found: str, form: str, lang: str) -> bool:
    """Whether a post's short form is written in the plural: Russian by its first word, the post's noun
    («министров обороны»), English by its last ("the Defence Ministers")."""
    words, own = pattern_tokens(found), pattern_tokens(form)
    if not words or not own:
        return False
    if lang == "ru":
        return is_plural_noun(words[0]) and not is_plural_noun(own[0])
    if lang == "en":
        last, singular = words[-1].lower(), own[-1].lower()
        return last != singular and last in (singular + "s", singular + "es")
    return False


def _shared_short_forms_resolved(hits: list[TermHit]) -> list[TermHit]:
    """A short form several entries share ("Chen", "Wang") names the one the same text last mentioned in full
    ("Chen Wenqing met … Chen said"); the others stay in `also`, as without such a mention."""
    full: list[TermEntry] = []  # entries mentioned in full so far, in text order
    for at, hit in enumerate(hits):
        if hit.kind is not HitKind.SHORT:
            full.append(hit.entry)
        elif hit.also and full:
            candidates = [hit.entry, *hit.also]
            named = next((entry for entry in reversed(full) if any(entry is c for c in candidates)), None)
            if named is not None and named is not hit.entry:
                hits[at] = replace(hit, entry=named, also=tuple(c for c in candidates if c is not named))
    return hits


def _event_short_forms_resolved(hits: list[TermHit]) -> list[TermHit]:
    """An event's short form ("the forum", 论坛) after the same text named another event in full, and this one not
    (俄罗斯能源周国际论坛 … 该论坛), is that other event's: no hit of this one."""
    last_event: TermEntry | None = None  # the event the text last named in full
    kept = []
    for hit in hits:
        if hit.entry.category == "event":
            if hit.kind is not HitKind.SHORT:
                last_event = hit.entry
            elif last_event is not None and last_event is not hit.entry:
                continue
        kept.append(hit)
    return kept


@functools.lru_cache(maxsize=4096)
def _spelling(text: str) -> tuple[str, ...]:
    return tuple(english_key(token) for token in pattern_tokens(text))


def _as_spelled(entry: TermEntry, text: str, kind: HitKind, form: str) -> tuple[HitKind, str]:
    """The kind and glossary form of an English hit by its letters: romanised spellings match as one ("Dmitri" for
    "Dmitry"), but only the approved spelling is reported as approved; one the entry lists is that variant."""
    spelt = _spelling(text)
    if spelt == _spelling(form):
        return kind, form
    for written, written_kind in entry.surface_forms("en"):
        if written_kind in _NAMING and _spelling(written) == spelt:
            return written_kind, written
    return HitKind.VARIANT, form


def _as_declined(entry: TermEntry, text: str, kind: HitKind, form: str) -> tuple[HitKind, str]:
    """The kind and glossary form of a Russian hit whose words are those of a forbidden form too, in other numbers
    («программа студенческого обмена» for «программа студенческих обменов»): the one the text is a declension of."""
    written = text.casefold()
    if any(inflect_phrase(form, case, None, count).casefold() == written for case in CASES for count in (None, "plur")):
        return kind, form
    for other in entry.forbidden["ru"]:
        if any(inflect_phrase(other, case, None, count).casefold() == written
               for case in CASES for count in (None, "plur")):
            return HitKind.FORBIDDEN, other
    return kind, form


def _same_words(form: str, text: str, lang: str) -> bool:
    """Whether a glossary form and a found text are the same words, dashes aside (Russian: in any case)."""
    words = [t for t in pattern_tokens(form) if t not in DASH_TOKENS]
    found = [t for t in pattern_tokens(text) if t not in DASH_TOKENS]
    if len(words) != len(found):
        return False
    if lang == "ru":
        return all(set(russian_lemmas(a)) & set(russian_lemmas(b)) for a, b in zip(words, found, strict=True))
    return all(romanised_key(a) == romanised_key(b) for a, b in zip(words, found, strict=True))


def _as_dashed(entry: TermEntry, lang: str, text: str, kind: HitKind, form: str) -> tuple[HitKind, str]:
    """The entry's form that a hit matches dashes and all, when it has forms differing only in a dash ("Qian
    Hong-shan" accepted, "Qian Hong Shan" forbidden): words match with or without dashes, the kind goes by them."""
    gaps = dash_gaps(text)
    for written, written_kind in entry.surface_forms(lang):
        if written != form and dash_gaps(written) == gaps and _same_words(written, text, lang):
            return written_kind, written
    return kind, form


def _is_proper_name(form: str) -> bool:
    """Whether a form is written as a name (Российская Федерация, РФ, «Газпром»), also after the word for its type
    (провинция Хэйлунцзян, город Харбин), not as a common noun: only such forms stand in for each other inside
    longer forms («губернатор провинции Хэйлунцзян» as «губернатор Хэйлунцзяна»)."""
    words = pattern_tokens(form)
    return bool(words) and (words[0][:1].isupper() or (len(words) == 2 and words[1][:1].isupper()))


def _latin_forms(entry: TermEntry, lang: str) -> list[str]:
    """The English forms a Chinese (`lang` "zh") or Russian text may name a body, place or project by: in Chinese
    its English names (Novatek, Arctic LNG 2) and abbreviations, in Russian its abbreviations in Latin capitals; a
    person by in Chinese text, their full English names (Sergei Lavrov); not those the language's own forms have
    already."""
    if entry.category == "person":  # in Chinese text, full names only: a surname alone is as often a Latin word
        latin = [form for form, kind in entry.surface_forms("en") if lang == "zh" and kind in _NAMING
                 and form.isascii() and form[:1].isupper() and " " in form.strip()]
    elif entry.category not in _LATIN_CATEGORIES:
        return []
    else:
        latin = [form for form, kind in entry.surface_forms("en") if (kind in _NAMING or kind is HitKind.SHORT) and (
            _ACRONYM.fullmatch(form) or (lang == "zh" and kind in _NAMING and form.isascii() and form[:1].isupper()))]
    if not latin:
        return []
    own = {form.casefold() for form, _ in entry.surface_forms(lang)}
    return list(dict.fromkeys(form for form in latin if form.casefold() not in own))


def _country_names(entries: Sequence[TermEntry]) -> dict[str, list[str]]:
    """Every English name of every country, with the country's names that are words (not abbreviations)."""
    found: dict[str, list[str]] = {}
    for entry in entries:
        if entry.category == "country":
            names = [form for form, kind in entry.surface_forms("en") if kind in _NAMING]
            words = [name for name in names if not name.isupper()]
            for name in names:
                found[name] = words
    return found


def _country_first(form: str, owners: dict[str, list[str]]) -> list[str]:
    """A capitalised name "<Head> of [the] <country>" as "<country>'s <Head>" under each of the country's names."""
    if not owners or not form[:1].isupper():
        return []
    at = form.find(" of ")
    while at > 0:
        country = form[at + 4:]
        names = owners.get(country[4:] if country.startswith("the ") else country)
        if names is not None:
            return [f"{name}'s {form[:at]}" for name in names]
        at = form.find(" of ", at + 4)
    return []


# Given name, patronymic (…维奇, …耶夫娜, …芙娜, Traditional …維奇), surname, between middle dots or full stops.
_CHINESE_PATRONYMIC = re.compile(r"([\u3400-\u9fff]{1,8})([" + re.escape(INTERPUNCTS) + r".])[\u3400-\u9fff]{1,8}"
                                 r"(?:维奇|維奇|夫娜|芙娜|维娜|維娜)\2([\u3400-\u9fff]{1,8})")
# A given name's (and a patronymic's) first character with a middle dot, as Chinese writes Russians' initials.
_CHINESE_INITIALS = re.compile(r"([\u3400-\u9fff])·(?:[\u3400-\u9fff]·)?(?=[\u3400-\u9fff])")
_INTERPUNCT_OR_STOP = re.compile("[" + re.escape(INTERPUNCTS) + ".]")


def _dot_positions(text: str) -> list[int]:
    return [match.start() for match in _INTERPUNCT_OR_STOP.finditer(text)]


MAX_SURNAME = 8  # characters of a transcribed surname
MAX_ABBREVIATION = 8  # characters of an abbreviation (see _ACRONYM)
_HAS_DIGIT = re.compile(r"\d")
_JOINED_NUMBER = re.compile(r"(?<=[^\W\d_])(?=\d)")  # CR|929: letters, then digits, in one word
_DASHED_NUMBER = re.compile(r"(?<=[^\W\d_])[-‐‑](?=\d)")  # МС-21: letters, a hyphen, digits


def _letters_and_number(form: str) -> list[str]:
    """A form whose letters run into a number, also with a hyphen between them, and one with a hyphen, also
    without it: "CR929" as "CR-929", «МС-21» as «МС21»."""
    found = []
    if _JOINED_NUMBER.search(form):
        found.append(_JOINED_NUMBER.sub("-", form))
    if _DASHED_NUMBER.search(form):
        found.append(_DASHED_NUMBER.sub("", form))
    return found


_DEFINED = re.compile(r"\s?\(([A-ZА-ЯЁ]{2,8})\)")  # "Greater Eurasian Partnership (GEP)": an abbreviation defined
_INITIAL_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "to", "и", "по", "в", "за", "на", "с"})


def _initials(name: str) -> tuple[str, str]:
    """The initials of a name's words, without and with its little words: ("GEP", "GEP") for "Greater Eurasian
    Partnership", ("ICR", "ICOR") for "International Council of Russia"."""
    words = [w for w in re.split(r"[\s\-‐‑–—]+", name.strip(QUOTES + " ")) if w and w[0].isalpha()]
    every = "".join(w[0] for w in words).upper()
    return "".join(w[0] for w in words if w.lower() not in _INITIAL_SKIPPED).upper(), every


def _with_defined_abbreviations(text: str, lang: str, found: list[TermHit]) -> list[TermHit]:
    """An abbreviation the text defines in brackets right after a name it found ("the Greater Eurasian Partnership
    (GEP)", not a person's initials) names that entry there and wherever else the text writes it."""
    defined: dict[str, TermHit] = {}
    for hit in found:
        match = _DEFINED.match(text, hit.end)
        if match and hit.entry.category != "person" and match[1] in _initials(hit.text):
            defined.setdefault(match[1], hit)
    if not defined:
        return found
    more = []
    for abbreviation, hit in defined.items():
        for match in re.finditer(r"(?<!\w)" + abbreviation + r"(?!\w)", text):
            if not any(other.start < match.end() and match.start() < other.end for other in found):
                more.append(replace(hit, start=match.start(), end=match.end(), text=match[0], kind=HitKind.VARIANT,
                                    also=()))
    return sorted(found + more, key=lambda hit: hit.start) if more else found


def _posts_with_holders(entries: Sequence[TermEntry]) -> dict[int, list[tuple[str, str]]]:
    """English posts written with a holder's name ("Chinese President Xi Jinping"): for each such entry, each of its
    forms with the post's other names in place of the post's words ("President of China Xi Jinping")."""
    people = {form.casefold() for entry in entries if entry.category == "person"
              for form, kind in entry.surface_forms("en") if kind in _NAMING}
    posts: dict[str, set[int]] = {}
    for number, entry in enumerate(entries):
        if entry.category == "title":
            for form, kind in entry.surface_forms("en"):
                if kind in _NAMING:
                    posts.setdefault(form.casefold(), set()).add(number)
    found: dict[int, list[tuple[str, str]]] = {}
    for number, entry in enumerate(entries):
        if entry.category != "title":
            continue
        for form, kind in entry.surface_forms("en"):
            words = form.split()
            if kind not in _NAMING or len(words) < 3:
                continue
            for cut in range(1, len(words) - 1):
                name = " ".join(words[cut:])
                if name.casefold() not in people:
                    continue
                post = " ".join(words[:cut]).casefold()
                for other in posts.get(post, ()):
                    if other != number:
                        found.setdefault(number, []).extend(
                            (form, f"{written} {name}") for written, written_kind in entries[other].surface_forms("en")
                            if written_kind in _NAMING and written.casefold() != post)
    return found


def _english_body_names(entries: Sequence[TermEntry]) -> frozenset[str]:
    """Every English name of a body (folded), to tell a body's name that begins with another body's."""
    return frozenset(form.casefold() for entry in entries if entry.category == "organization"
                     for form, kind in entry.surface_forms("en") if kind in _NAMING)


def _owner_after(form: str, bodies: frozenset[str]) -> list[str]:
    """A body's English name that begins with the name of another body, with that one after "of the": "CPC Central
    Committee Foreign Affairs Commission" as "Foreign Affairs Commission of the CPC Central Committee"."""
    words = form.split()
    found = []
    for cut in range(len(words) - 1, 0, -1):
        owner, rest = " ".join(words[:cut]), words[cut:]
        if owner.casefold() in bodies and all(w[:1].isupper() for w in rest):
            found.append(f"{' '.join(rest)} of the {owner}")
            break
    return found


_RUSSIAN_POST_WORDS = {"заместитель": ("title", "Deputy {}"), "глава": ("organization", "head of {}"),
                       "руководитель": ("organization", "head of {}")}


def _deputies_and_heads(entries: Sequence[TermEntry]) -> dict[int, list[tuple[str, str]]]:
    """English wordings of posts the glossary writes in Russian as «заместитель <post>» or «глава <body>»: "Deputy"
    before each English name of that post ("Deputy Chairman of the Government of the Russian Federation" for
    «заместитель Председателя Правительства Российской Федерации»), "head of" before each of that body ("head of
    the Chinese Foreign Ministry" for «глава МИД КНР»). The post or body after the word is found by its other words
    as written and its first word's lemma (the Russian gives it in the genitive)."""
    wanted: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (category, the rest's later words) → (entry, rest)
    for number, entry in enumerate(entries):
        if entry.category != "title":
            continue
        for form, kind in entry.surface_forms("ru"):
            first, _, rest = form.partition(" ")
            if kind in _NAMING and first.casefold() in _RUSSIAN_POST_WORDS and rest:
                category = _RUSSIAN_POST_WORDS[first.casefold()][0]
                wanted.setdefault((category, rest.partition(" ")[2].casefold()), []).append((number, first.casefold()))
    if not wanted:
        return {}
    found: dict[int, list[tuple[str, str]]] = {}
    for other in entries:
        for form, kind in other.surface_forms("ru") if other.category in ("title", "organization") else ():
            head, _, later = form.partition(" ")
            askers = wanted.get((other.category, later.casefold())) if kind in _NAMING else None
            for number, word in askers or ():
                for asked, _asked_kind in entries[number].surface_forms("ru"):
                    first, _, rest = asked.partition(" ")
                    rest_head = rest.partition(" ")[0]
                    if first.casefold() != word or rest.partition(" ")[2].casefold() != later.casefold() or not (
                            set(russian_lemmas(rest_head.casefold())) & set(russian_lemmas(head.casefold()))):
                        continue
                    pattern = _RUSSIAN_POST_WORDS[word][1]
                    english = [f for f, k in other.surface_forms("en") if k in _NAMING]
                    own = entries[number].forms.get("en")
                    if not own:
                        break
                    found.setdefault(number, []).extend(
                        (own, pattern.format(name if word == "заместитель" or name.startswith("the ")
                                             or not name[:1].isupper() or name.isupper() else "the " + name))
                        for name in english)
                    break
    return {number: list(dict.fromkeys(more)) for number, more in found.items()}


_HEADED_CATEGORIES = frozenset({"initiative", "event", "organization"})
MAX_HEAD_WORDS = 2


def _head_words(named: list[str], lang: str) -> set[tuple[str, str]]:
    """The words one of an entry's names adds around another of its names, before and after it: ("инициатива ", "")
    from «инициатива «Пояс и путь»» and «Пояс и путь», ("", " Initiative") from "Belt and Road Initiative"."""
    heads = set()
    for longer in named:
        for shorter in named:
            at = longer.find(shorter) if len(shorter) < len(longer) else -1
            if at < 0:
                continue
            before, after = longer[:at], longer[at + len(shorter):]
            if lang != "zh" and ((before and not before.endswith(" ")) or (after and not after.startswith(" "))):
                continue  # inside a word
            if (len(before.split()) + len(after.split()) <= MAX_HEAD_WORDS and any(c.isalpha() for c in before + after)
                    and not (set(before + after) & set(QUOTES))):
                heads.add((before, after))
    return heads


def _with_head_word(form: str, heads: set[tuple[str, str]], named: list[str]) -> list[str]:
    """`form` with each head word the entry's names add to another of its names, where it has none of its own: not
    on a form that holds another of the entry's names (it has its head already, «РАТС ШОС» beside «РАТС»)."""
    if any(other != form and other in form for other in named):
        return []
    found = []
    for before, after in heads:
        if (before and form.startswith(before)) or (after and form.endswith(after)):
            continue
        headed = before + form + after
        if headed not in named:
            found.append(headed)
    return found


_ONE_WORD = {"ru": re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"),
             "en": re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*")}
_CITY_WORDS = {"ru": ("город ", ""), "zh": ("", "市"), "en": ("", " City")}


def _is_city(entry: TermEntry) -> bool:
    """Whether a place is named like a city: its Russian name, or without one its English name, is one word
    (Благовещенск, Улан-Удэ), not a region's words (Амурская область, провинция Хэйлунцзян, Primorsky Krai)."""
    lang = "ru" if entry.forms.get("ru") else "en"
    return bool(_ONE_WORD[lang].fullmatch(entry.forms.get(lang, "")))


def _with_city_word(form: str, lang: str) -> list[str]:
    """A city's one-word name with the word for city: «город Благовещенск», 布拉戈维申斯克市, "Erdenet City"."""
    before, after = _CITY_WORDS[lang]
    if lang == "zh":
        return [form + after] if form and not form.endswith(("市", "省", "州", "区", "县")) else []
    return [before + form + after] if _ONE_WORD[lang].fullmatch(form) else []


_HAN_NUMBER = re.compile(r"(?<=[\u3400-\u9fff])[-‐‑–—]?([1-9]|10)(?![\d号號])")
_CHINESE_NUMERALS = "一二三四五六七八九十"


def _chinese_numbered(form: str) -> list[str]:
    """A Chinese name ending in a number (“西伯利亚力量-2”) with the number as Chinese writes a project's or unit's:
    with 号, in digits or in Chinese numerals (西伯利亚力量2号, 西伯利亚力量二号)."""
    if not _HAN_NUMBER.search(form):
        return []
    return [_HAN_NUMBER.sub(lambda m: m[1] + "号", form),
            _HAN_NUMBER.sub(lambda m: _CHINESE_NUMERALS[int(m[1]) - 1] + "号", form)]


_INNER_BRACKETS = re.compile(r"\s?[(（]([^()（）]{1,40})[)）]\s?")


# An event's name followed by a year, hyphenated or spaced, names one edition of it (ПМЭФ-2017, "SPIEF 2021"), but
# not «ВЭФ 2019 года», where the year is said apart.
_EDITION_YEAR = re.compile(r"(?:[-‐‑–]|[ \u00a0])(?:19|20)\d\d(?![\w.,]\d)(?!\w)(?![ \u00a0]+(?:год|г\.))")
_ADDRESS_AFTER = re.compile(r"\.[a-z]{2,}(?![^\W\d_])")  # .org, .com.cn: the name is a web address's


def _in_capitals(found: str) -> bool:
    """Whether a text may be the abbreviation it spells: in capitals; in Russian also with a case ending (МИДа), or
    written as a word when the dictionary knows no common word so (Экспо; not «воз», a cart, for ВОЗ)."""
    if found.isascii():
        return found.isupper()
    return found[:2].isupper() or all({"Abbr", "Name", "Surn", "Geox", "Orgn"} & tag.grammemes
                                      for tag in dictionary_tags(found))


def _in_address(text: str, start: int, end: int, paths: bool = True) -> bool:
    """Whether text[start:end] is part of a web or mail address (roscongress.org, www.valdaiclub.com, @rspp, a web
    page's path, a mail box's name before its @), not a name between slashes as agencies set abbreviations off
    («/РФПИ/»). `paths`: whether the text has a slash, an @ or "www." at all."""
    before = text[max(0, start - 4):start].casefold()
    if _ADDRESS_AFTER.match(text, end) or before.endswith(("//", "@", "www.")):
        return True
    if not paths:
        return False
    head, tail = text[max(0, start - 200):start], text[end:end + 200]
    opening = "" if not head or head[-1].isspace() else head.split()[-1]  # the address's text before the name
    closing = "" if not tail or tail[0].isspace() else tail.split()[0]
    return "://" in opening or "www." in opening.casefold() or "@" in closing


def _closed_inside(before: str, span: str) -> bool:
    """Whether `before` opens a quotation that the first quote inside `span` closes: the quotes are round a word of
    the name (“瓦爾代”國際辯論俱樂部), not the sentence's."""
    if not is_quote(before):
        return False
    inner = next((char for char in span if is_quote(char)), "")
    return encloses(before, inner) and (inner != before or span.count(inner) % 2 == 1)


def _bare_possessive(text: str, start: int, end: int) -> bool:
    """Whether an English name ending in s is followed by its possessive apostrophe ("Roscongress’ venues"), not by
    the closing quote of a quotation opened before it."""
    if end >= len(text) or text[end] not in "’'" or text[end - 1] not in "sS" or text[end + 1:end + 2].isalnum():
        return False
    before = text[:start]
    return before.count("'") % 2 == 0 if text[end] == "'" else before.count("‘") <= before.count("’")


_ENVOY_OF_PRESIDENT = re.compile(r"(?i:(полпред|полномочный представитель) президента(?: [^ ]+)*? )(во? )")


def _envoy_worded(form: str) -> list[str]:
    """A Russian post's form with «полпред» written out as «полномочный представитель», and the other way round; an
    envoy's post also without the president's words before its district (полпред в ДФО): every envoy is his."""
    words = form.split()
    lowered = [word.casefold() for word in words]
    worded: list[str] = []
    if "полпред" in lowered:
        at = lowered.index("полпред")
        long = "Полномочный представитель" if words[at][0].isupper() else "полномочный представитель"
        worded.append(" ".join([*words[:at], long, *words[at + 1:]]))
    for at in range(len(words) - 1):
        if lowered[at:at + 2] == ["полномочный", "представитель"]:
            short = "Полпред" if words[at][0].isupper() else "полпред"
            worded.append(" ".join([*words[:at], short, *words[at + 2:]]))
            break
    return worded + [bare for other in (form, *worded)
                     if (bare := _ENVOY_OF_PRESIDENT.sub(r"\1 \2", other, count=1)) != other]


def _unbracketed(form: str) -> list[str]:
    """A name with brackets around a part inside it (not an explanation after it) written without them."""
    match = _INNER_BRACKETS.search(form)
    if match is None or not form[match.end():].strip():
        return []
    spaced = not ("\u3400" <= form[:1] <= "\u9fff")  # Chinese runs its words together
    return [_INNER_BRACKETS.sub(lambda m: f" {m[1]} " if spaced else m[1], form).strip()]


def _dotted(form: str) -> list[str]:
    """A form that is an abbreviation of two to six capital letters, written with a dot after each letter and
    without the last one: "SCO" as "S.C.O." and "S.C.O"."""
    if not (2 <= len(form) <= 6 and form.isalpha() and form.isupper()):
        return []
    dotted = ".".join(form)
    return [dotted + ".", dotted]


def _inside_latin_word(text: str, first: int, last: int) -> bool:
    """Whether a Chinese hit's Latin letters at an end run on into a Latin word of the text."""
    return ((text[first].isascii() and text[first].isalnum() and first > 0 and text[first - 1].isascii()
             and text[first - 1].isalnum())
            or (text[last].isascii() and text[last].isalnum() and last + 1 < len(text)
                and text[last + 1].isascii() and text[last + 1].isalnum()))


def _chinese_company_names(entry: TermEntry, form: str) -> list[str]:
    """A Chinese company's name with each other legal ending, or with one where the form has none (中国石油集团),
    when the entry's approved name has one."""
    approved = entry.forms.get("zh", "")
    if approved[-1:] not in _COMPANY_LAST or not _CHINESE_COMPANY.search(normalize_chinese(approved)[0]):
        return []
    simple = normalize_chinese(form)[0]
    core = _CHINESE_COMPANY.sub("", simple)
    if len(core) < 2:
        return []
    return [core + ending for ending in _CHINESE_COMPANY_ENDINGS if core + ending != simple]


def _country_abbreviations(entries: Sequence[TermEntry]) -> dict[str, list[tuple[str, str]]]:
    """(a country's Chinese name, the first two characters of its shortest name) for every name of every country
    whose shortest name has three characters or more, longest first: Chinese writes such a country in a longer name
    by its first character (俄 for 俄罗斯 and 俄罗斯联邦). A two-character name (中国, 美国) is the short one already,
    and its first character alone is a common word too (中, 美)."""
    found: dict[str, list[tuple[str, str]]] = {}  # by the first character, which Simplified and Traditional share
    for entry in entries:
        if entry.category != "country":
            continue
        own = [normalize_chinese(form)[0] for form, kind in entry.surface_forms("zh") if kind in _NAMING]
        shortest = min(own, key=len, default="")
        if len(shortest) >= 3:
            for form in own:
                found.setdefault(form[0], []).append((form, shortest[:2]))
    return {first: sorted(names, key=lambda f: -len(f[0])) for first, names in found.items()}


# The words of a Chinese body's, place's or post's name that Chinese shortens by rule (中日友好协会 → 中日友协,
# 人民代表大会常务委员会 → 人大常委会, 中国人民政治协商会议 → 中国人民政协, a Russian krai's 边疆区 → 边区 as in
# 哈巴罗夫斯克边区州长).
_CHINESE_SHORTENINGS = (("友好协会", "友协"), ("人民代表大会", "人大"), ("常务委员会", "常委会"),
                        ("政治协商会议", "政协"), ("反恐怖", "反恐"), ("合作分委会", "分委会"), ("边疆区", "边区"),
                        ("对外贸易", "外贸"), ("驻中国", "驻华"),
                        ("总领事馆", "总领馆"))


_JOINT = "中俄"
MIN_JOINT_NAME = 5  # characters a joint name keeps without 中俄: 博览会 alone is any expo, 人文合作委员会 the one


_KRAI = re.compile(r"([A-Z][a-z]+sk) (Krai|Kray|Territory)")


def _krai_adjective(form: str) -> list[str]:
    """A krai's English name with the name as its adjective: Russian names a krai by an adjective in -ский
    (Хабаровский край), which English writes as the city (Khabarovsk Krai) or transliterates (Khabarovsky,
    Khabarovskiy Kray; y and iy fold alike in matching)."""
    return [_KRAI.sub(r"\1y \2", form)] if _KRAI.search(form) else []


_TERMS = tuple(f"第{n}届" for n in (*"一二三四五六七八九十", *(f"十{d}" for d in "一二三四五六七八九"), "二十"))
_CONGRESSES = ("全国人民代表大会", "人民代表大会")  # a congress's name, its term before it
_CPPCC_COMMITTEES = ("全国委员会", "委员会")  # a CPPCC committee's last words, its term before them
_CPPCC = ("政治协商会议", "政协")


def _with_term(form: str) -> list[str]:
    """A Chinese people's congress's or CPPCC committee's name with each of the first twenty terms (第一届 …
    第二十届) before the words that name the body; none for a standing committee (常务委员会), which is another."""
    form = normalize_chinese(form)[0]
    if form.endswith("常务委员会"):
        return []
    tail = next((t for t in _CONGRESSES if form.endswith(t)), None)
    if tail is None and any(word in form for word in _CPPCC):
        tail = next((t for t in _CPPCC_COMMITTEES if form.endswith(t)), None)
    if tail is None:
        return []
    return [f"{form[:-len(tail)]}{term}{tail}" for term in _TERMS]


def _joint_or_not(form: str) -> list[str]:
    """A Chinese name of a China–Russia body or event without 中俄, or one written without it with 中俄."""
    if form.startswith(_JOINT):
        return [form[len(_JOINT):]] if len(form) - len(_JOINT) >= MIN_JOINT_NAME else []
    return [] if form.startswith(("中", "俄")) else [_JOINT + form]


# Chinese writes China's own embassies and ambassadors abroad without the country: 驻俄罗斯大使 is China's.
_OWN_MISSION = re.compile(r"(?:中国|中华人民共和国)(?=驻)")


def _own_mission(form: str) -> list[str]:
    """A Chinese name of China's mission abroad ("中国驻…") without the country."""
    match = _OWN_MISSION.match(form)
    return [form[match.end():]] if match and len(form) - match.end() > 3 else []


_FAR_EAST = re.compile(r"\bFar East(ern)?(?= [A-Z])")


_CITY_LAST = re.compile(r"(?<= )(во?) ([А-ЯЁ][а-яё-]+)$")


def _with_city_before(form: str) -> list[str]:
    """A Russian name ending «в Харбине» also as «в городе Харбине» («г.» is read as «город»)."""
    return [_CITY_LAST.sub(r"\1 городе \2", form)] if _CITY_LAST.search(form) else []


def _far_east_worded(form: str) -> list[str]:
    """An English name with "Far Eastern" as "Far East" before its next word, or the other way round."""
    return [_FAR_EAST.sub(lambda m: "Far East" if m[1] else "Far Eastern", form)] if _FAR_EAST.search(form) else []


_CONSULATE = {
    "en": (re.compile(r"(?i:(consulate(?:[- ]general)?) of (?:the )?\S.*? in )([A-Z].*)"),
           re.compile(r"(?:[A-Z][\w-]* )+((?i:consulate(?:[- ]general)?)) in ([A-Z].*)")),
    "ru": (re.compile(r"((?i:генеральное консульство|генконсульство|консульство)) \S.*? (во? [А-ЯЁ]\S*)"),),
    "zh": (re.compile(r"[\u3400-\u9fff]{2,12}?(驻[\u3400-\u9fff]{2,12}总?领事馆)"),),
}


def _consulate_by_city(form: str, lang: str) -> list[str]:
    """A consulate's name without its country, named by its city (Consulate General in Harbin)."""
    for pattern in _CONSULATE.get(lang, ()):
        if match := pattern.fullmatch(form):
            return [match[1]] if lang == "zh" else [(" in " if lang == "en" else " ").join(match.groups())]
    return []


def _chinese_shortened(form: str) -> list[str]:
    """A Chinese name with each of the words Chinese shortens by rule shortened alone, and with all of them; a name
    the glossary gives shortened (外贸银行), with each word spelt out (对外贸易银行)."""
    found = [form.replace(word, short) for word, short in _CHINESE_SHORTENINGS if word in form]
    found += [form.replace(short, word) for word, short in _CHINESE_SHORTENINGS if short in form and word not in form]
    if len(found) > 1:
        every = form
        for word, short in _CHINESE_SHORTENINGS:
            every = every.replace(word, short)
        found.append(every)
    return found


def _country_initials(entries: Sequence[TermEntry]) -> dict[str, str]:
    """The first character of each country's shortest Chinese name → that name (中 → 中国, 俄 → 俄罗斯): the
    characters a joint name starts with (中俄, 中日)."""
    found: dict[str, str] = {}
    for entry in entries:
        if entry.category == "country":
            own = [normalize_chinese(form)[0] for form, kind in entry.surface_forms("zh") if kind in _NAMING]
            shortest = min(own, key=len, default="")
            if len(shortest) >= 2:
                found.setdefault(shortest[0], shortest)
    return found


def _countries_written_out(form: str, initials: dict[str, str]) -> list[str]:
    """A joint name starting with its two countries' first characters (中俄, 俄中) with the countries written out,
    joined or with a dash (中国俄罗斯…, 中国-俄罗斯…)."""
    simple = normalize_chinese(form)[0]
    first, second = initials.get(simple[:1]), initials.get(simple[1:2])
    if not first or not second or first == second or len(simple) < 4:
        return []
    return [first + second + simple[2:], f"{first}-{second}{simple[2:]}"]


def _abbreviated_country(form: str, countries: dict[str, list[tuple[str, str]]]) -> list[str]:
    """A Chinese name that starts with a country's name, with the country's abbreviation instead (俄罗斯石油公司 as
    俄石油公司); not where the rest would read as the country's name cut short (中国国家航天局 is no 中国家航天局)."""
    if not form or not countries or normalize_chinese(form[0])[0] not in countries:
        return []
    simple = normalize_chinese(form)[0]
    for name, pair in countries[simple[0]]:
        rest = simple[len(name):]
        if simple.startswith(name) and len(rest) >= 2:
            return [] if rest.startswith(pair[1]) else [pair[0] + rest]
    return []


def _other_order(form: str, lang: str) -> list[str]:
    """A name with the two countries of a joint body in the other order (中俄投资基金 as 俄中投资基金), or []."""
    pattern = _BOTH_ORDERS.get(lang)
    if pattern is None or not pattern.search(form):
        return []

    def swap(match: re.Match[str]) -> str:
        if lang == "zh":
            return match[2] + match[1] if match[1] else match[4] + match[3]
        first, dash, second = match[1], match[2], match[3]
        if lang == "ru":  # российско-китайский → китайско-российский, keeping the case of the first letter
            swapped = f"{second.lower()}о{dash}{first[:-1].lower()}"
            return swapped[0].upper() + swapped[1:] if first[0].isupper() else swapped
        return f"{second}{dash}{first}"

    other = pattern.sub(swap, form, count=1)
    return [other] if other != form else []


_JOINT_ADJECTIVE = re.compile(r"\b(российско|китайско)[-‐‑–—](китайск|российск)\w*\s+(\S+)", re.IGNORECASE)
_COUNTRY_GENITIVE = {"российск": "России", "китайск": "Китая"}


def _countries_after(form: str) -> list[str]:
    """A Russian joint name with the two countries in the genitive instead of the joint adjective, in its order:
    after the word the adjective went with («Годы российско-китайского сотрудничества в …» → «Годы сотрудничества
    России и Китая в …») and after the whole name («Российско-китайская комиссия по …» → «комиссия по … России и
    Китая»)."""
    match = _JOINT_ADJECTIVE.search(form) if _JOINT_HINT["ru"](form) else None
    if match is None:
        return []
    countries = f"{_COUNTRY_GENITIVE[match[1][:-1].lower()]} и {_COUNTRY_GENITIVE[match[2].lower()]}"
    before, after = form[:match.start()], form[match.end():]
    found = [f"{before}{match[3]} {countries}{after}"]
    if after.strip():
        found.append(f"{before}{match[3]}{after} {countries}")
    return found


def _sino_adjectives(entries: Sequence[TermEntry]) -> dict[str, str]:
    """Each country's English names and adjectives → its adjective as the glossary's own pairs give it (Russia,
    Russian Federation, Russian → Russian): what follows "Sino-" in a joint name with China."""
    countries = {number: {"en": [f for f, kind in entry.surface_forms("en") if kind in _NAMING and f.strip()]}
                 for number, entry in enumerate(entries) if entry.category == "country"}
    found: dict[str, str] = {}
    for number, adjectives in _english_adjectives(entries, countries).items():
        for name in [*countries[number]["en"], *adjectives]:
            found.setdefault(name, adjectives[0])
    return found


_WITH_CHINA = re.compile(r"\b(?:(?:China|Chinese)[-‐‑–—]([A-Z][a-z]+)|([A-Z][a-z]+)[-‐‑–—](?:China|Chinese))\b")


def _sino_form(form: str, adjectives: dict[str, str], china_first_only: bool) -> list[str]:
    """A joint name with China written with "Sino-" and the other country's adjective (China-Russia Expo, Russian-
    Chinese Forum → Sino-Russian …), which puts China first: so not for a name with China second whose entry keeps
    its countries' order (the Russian society Russian-Chinese Friendship Society beside the Chinese one)."""
    match = _WITH_CHINA.search(form)
    if match is None or (china_first_only and match[2]):
        return []
    adjective = adjectives.get(match[1] or match[2])
    return [f"{form[:match.start()]}Sino-{adjective}{form[match.end():]}"] if adjective else []


_TIED_CATEGORIES = frozenset({"title", "organization"})  # posts and bodies a country's name may stand beside
_ADJECTIVE_PAIR = re.compile(r"([A-Z][a-z]+) (.+)")  # Mongolian President (beside President of Mongolia)


def _country_words(entries: Sequence[TermEntry], lang: str) -> dict[int, tuple[str, ...]]:
    """The posts and bodies of one country each, with the words `lang` writes that country with beside them: in
    Chinese and Russian its names (中国, 中华人民共和国; Россия, РФ), in English its names in the possessive and
    its adjectives, which the glossary's own pairs give (Russian President beside President of Russia). An entry's
    country is the one its forms name, in any language, or the one the forms of a body inside its Chinese name do
    (全国人大 in 全国人大常委会委员长, 中华人民共和国全国人民代表大会): posts and bodies of two countries are none's."""
    countries = {number: {lang: [f for f, kind in entry.surface_forms(lang) if kind in _NAMING and f.strip()]
                          for lang in ("zh", "en", "ru")}
                 for number, entry in enumerate(entries) if entry.category == "country"}
    if not countries:
        return {}
    adjectives = _english_adjectives(entries, countries)
    finders = {number: re.compile("|".join(
        [re.escape(f) for f in sorted(names["zh"], key=len, reverse=True)]
        + [rf"\b{re.escape(f)}\b" for f in sorted(names["en"] + adjectives.get(number, []), key=len, reverse=True)]))
        for number, names in countries.items() if names["zh"] or names["en"]}
    ties: dict[int, set[int]] = {}
    for number, entry in enumerate(entries):
        if entry.category in NESTED_CATEGORIES | _TIED_CATEGORIES and number not in countries:
            forms = [f for lang_ in ("zh", "en") for f, kind in entry.surface_forms(lang_) if kind in _NAMING]
            found = {country for country, finder in finders.items() if any(finder.search(f) for f in forms)}
            if found:
                ties[number] = found
    # A post or body whose Chinese name holds the Chinese name of a body of one country: of that country.
    holders = ahocorasick.Automaton()
    for number, found in ties.items():
        if len(found) == 1:
            for form, kind in entries[number].surface_forms("zh"):
                if kind in _NAMING and len(form) > 1:
                    holders.add_word(normalize_chinese(form)[0], number)
    if len(holders):
        holders.make_automaton()
        for number, entry in enumerate(entries):
            if entry.category in _TIED_CATEGORIES and number not in ties:
                held = {country for form, kind in entry.surface_forms("zh") if kind in _NAMING
                        for _, holder in holders.iter(normalize_chinese(form)[0]) for country in ties[holder]}
                if held:
                    ties[number] = held
    words: dict[int, tuple[str, ...]] = {}
    for number, found in ties.items():
        if len(found) == 1 and entries[number].category in _TIED_CATEGORIES:
            country = next(iter(found))
            names = countries[country][lang]
            if lang == "en":
                names = [f"{name}'s" for name in names if not name.isupper()] + adjectives.get(country, [])
            if names:
                words[number] = tuple(names)
    return words


def _english_adjectives(entries: Sequence[TermEntry], countries: dict[int, dict[str, list[str]]]
                        ) -> dict[int, list[str]]:
    """Each country's English adjectives as the glossary writes them: W in an entry that has both "W <Head>" and
    "<Head> of [the] <country>" (Russian President and President of Russia)."""
    of_country = {f" of {prefix}{name}": number for number, names in countries.items() for name in names["en"]
                  for prefix in ("", "the ")}
    found: dict[int, list[str]] = {}
    for entry in entries:
        forms = [f for f, kind in entry.surface_forms("en") if kind in _NAMING]
        heads = {f[:-len(suffix)]: country for f in forms for suffix, country in of_country.items()
                 if f.endswith(suffix) and len(f) > len(suffix)}
        for form in forms:
            pair = _ADJECTIVE_PAIR.fullmatch(form)
            country = heads.get(pair[2]) if pair else None
            if country is not None and pair[1] not in found.setdefault(country, []):
                found[country].append(pair[1])
    return found


def _with_country(form: str, lang: str, words: tuple[str, ...]) -> list[str]:
    """A post's or body's form with its country beside it: before it in Chinese and English, after it in Russian
    (in any case: the lemmas match «Совета Федерации России»); not where the form names the country already."""
    form = form.strip()
    if lang == "zh":
        return [] if form.startswith(words) else [word + form for word in words]
    if lang == "en":
        if not form[:1].isupper() or " " not in form or any(
                re.search(r"\b" + re.escape(w.removesuffix("'s")) + r"\b", form) for w in words):
            return []  # also where the country ends the form: no "Russia Central Bank of the Russian Federation"
        # Also before the body a post is of: Chairman of Russia's Federation Council, Chairwoman of [the] Russian
        # Federation Council (the possessive takes no article).
        head, of_the, body = form.partition(" of the ")
        inside = [f"{head} of {word} {body}" for word in words] + [
            f"{head} of the {word} {body}" for word in words if not word.endswith("'s")] if of_the and body else []
        return [f"{word} {form}" for word in words] + inside
    if " " not in form:
        return []
    lemmas = [set(russian_lemmas(token)) for token in pattern_tokens(form)]
    for word in words:  # a country's name already in the form, word by word in any case (Российской Федерации)
        own = [russian_lemmas(token)[0] for token in pattern_tokens(word)]
        if any(all(own[i] in lemmas[at + i] for i in range(len(own))) for at in range(len(lemmas) - len(own) + 1)):
            return []
    return [f"{form} {word}" for word in words]


def _add_country_after(patterns: dict[str, list[_Target]], index: _Index, beside: dict[int, tuple[str, ...]],
                       entries: Sequence[TermEntry]) -> None:
    """A Russian post's keys made with other names of the names inside it, with the post's country after them
    («Председатель ГД РФ» for «Председатель Государственной думы», whose Duma is also ГД): a variant, as the country
    after the post's own forms is. Not after a short form, nor where the post's form names the country already. The
    country is one word there (РФ, России, КНР): a name written short inside a post is not followed by the country's
    full name, and each further word would key every such form again (~2 MB of automaton for the seed alone)."""
    after: dict[int, list[str]] = {}
    bare: dict[tuple[int, str], bool] = {}  # (post, form) → whether the form leaves the country out
    added: dict[str, list[_Target]] = {}
    for key, targets in patterns.items():
        for number, rank, form, leading, trailing in targets:
            if rank > _VARIANT_RANK or number not in beside or entries[number].category != "title":
                continue
            if (number, form) not in bare:
                bare[number, form] = bool(_with_country(form, "ru", beside[number]))
            if not bare[number, form]:
                continue
            if number not in after:
                after[number] = [country for word in beside[number] if len(pattern_tokens(word)) == 1
                                 for country in index.pattern_keys(word, "ru") if country]
            target = (number, _VARIANT_RANK, form, leading, trailing)
            for country in after[number]:
                if len(key) + len(country) <= MAX_KEY_LENGTH and target not in (
                        found := added.setdefault(key + country, [])):
                    found.append(target)
    for key, targets in added.items():
        held = patterns.setdefault(key, [])
        held += [target for target in targets if target not in held]


# Characters of one sound that transcriptions of one foreign name use in turn (沃洛金 and 沃罗金, 杰格佳廖夫 and
# 捷格加廖夫): each with the other; and a Russian -тин as 京 or 金 (科斯京 and 科斯金), apart, as a name may hold both
# kinds (沃洛金 is also written 沃罗金).
_SAME_SOUND = (str.maketrans("罗洛羅杰捷傑佳加", "洛罗洛捷杰捷加佳"), str.maketrans("京金", "金京"))


def _other_transcription(form: str) -> list[str]:
    """A transcribed name with the characters of each kind of _SAME_SOUND written with the others, and of both."""
    one, other = (form.translate(table) for table in _SAME_SOUND)
    both = one.translate(_SAME_SOUND[1])
    return list(dict.fromkeys(name for name in (one, other, both) if name != form))


def _russian_country_adjectives(entries: Sequence[TermEntry]) -> dict[str, str]:
    """Each Russian name of a country whose own name starts with its adjective (Российская Федерация, Китайская
    Народная Республика) → that adjective's lemma (российский): Russia, РФ, Российская Федерация → российский."""
    found: dict[str, str] = {}
    for entry in entries:
        approved = entry.forms.get("ru", "")
        words = pattern_tokens(approved)
        if entry.category != "country" or len(words) < 2 or not is_describing_adjective(words[0]):
            continue
        for form, kind in entry.surface_forms("ru"):
            if kind in _NAMING:
                found.setdefault(form, russian_lemmas(words[0])[0])
    return found


_PREPOSITIONS_BEFORE_COUNTRY = frozenset({"в", "во", "на", "при", "для", "из", "с", "со"})
MAX_WORDS_BEFORE_ADJECTIVE = 3  # short names take the country's adjective (российский МИД, глава российского МИД)


def _with_country_adjective(form: str, names: tuple[str, ...], adjectives: dict[str, str]) -> list[str]:
    """A Russian post's or body's short form (up to three words) that ends with its country's name, with the
    country's adjective instead: first, and before the word the country followed («глава МИД России» → «российский
    глава МИД», «глава российского МИД»); lemmas ignore the adjective's case. Not after a preposition («Посол Китая в
    России»)."""
    words = pattern_tokens(form)
    lemmas = [set(russian_lemmas(word)) for word in words]
    for name in names:
        adjective = adjectives.get(name)
        own = [russian_lemmas(word)[0] for word in pattern_tokens(name)]
        rest = words[:len(words) - len(own)]
        if (adjective is None or not rest or len(rest) > MAX_WORDS_BEFORE_ADJECTIVE
                or rest[-1].lower() in _PREPOSITIONS_BEFORE_COUNTRY
                or not all(lemma in lemmas[len(rest) + at] for at, lemma in enumerate(own))):
            continue
        return [" ".join([adjective, *rest])] + ([" ".join([*rest[:-1], adjective, rest[-1]])] if len(rest) > 1 else [])
    return []


def _affairs_worded(form: str, lang: str) -> list[str]:
    """A committee's name on international affairs with foreign affairs instead, or the other way round."""
    committee, wordings = _AFFAIRS[lang]
    if not committee.search(form):
        return []
    return [form.replace(one, other) for one, other in (wordings, wordings[::-1]) if one in form]


def _merged_ministry(form: str) -> str:
    """A Chinese minister's post with the ministry's 部 and the minister's 部 written once (外交部部长 → 外交部长)."""
    return form.replace(_MINISTRY_MINISTER, "部长")


def _order_fixed(entries: Sequence[TermEntry]) -> set[int]:
    """The entries a name of which, with the countries in the other order, is another entry's name (the Russian
    society 俄中友好协会 and the Chinese 中俄友好协会): for them the order tells two bodies apart, so neither is
    looked for in the other order."""
    named: dict[tuple[str, str], set[int]] = {}
    swapped: list[tuple[int, str, str]] = []
    for number, entry in enumerate(entries):
        for lang, pattern in _BOTH_ORDERS.items():
            own, more = entry.forms.get(lang), entry.variants.get(lang, ())
            if not (own and _JOINT_HINT[lang](own)) and not any(_JOINT_HINT[lang](form) for form in more):
                continue  # most names join no two countries: skip them fast
            for form, kind in entry.surface_forms(lang):
                if kind in _NAMING and pattern.search(form):
                    named.setdefault((lang, form.casefold()), set()).add(number)
                    swapped += [(number, lang, other.casefold()) for other in _other_order(form, lang)]
    return {number for number, lang, other in swapped if named.get((lang, other), {number}) - {number}}


_ONE_RUSSIAN_WORD = re.compile(r"[А-ЯЁ][а-яё]{5,}")


def _latin_names(entry: TermEntry) -> list[str]:
    """The entry's one-word Russian names (Минвостокразвития, «Роснефть»; not abbreviations in capitals, which
    English replaces by its own) spelt in Latin letters, unless English spells them so already."""
    words = [form.strip(QUOTES + " ") for form, kind in entry.surface_forms("ru") if kind in _NAMING]
    own = {form.casefold() for form, _ in entry.surface_forms("en")}
    return [latin for word in dict.fromkeys(words) if _ONE_RUSSIAN_WORD.fullmatch(word)
            and (latin := latin_spelling(word)).casefold() not in own]


def _add_surnames(patterns: dict[str, list[_Target]], names: dict[str, set[int]], other_names: dict[int, list[str]],
                  person_names: dict[int, list[str]], surnames: dict[int, list[str]]) -> None:
    """Let a person's surname stand for their full name inside a post's form ("President Xi" for "President Xi
    Jinping", «Председатель КНР Си»), when the surname is the short form of that person alone: a shared one ("Li",
    "Wang") would name a post of someone else."""
    for person, keys in surnames.items():
        own = [key for key in keys if {target[0] for target in patterns.get(key, ())} == {person}]
        if own and person in person_names:
            for key in person_names[person]:
                names.setdefault(key, set()).add(person)
            other_names[person] = [*person_names[person], *own]


def _alternatives(segments: list[list[str]], limit: int) -> list[str]:
    """Keys spelling the segments otherwise than all first choices: every key with one name replaced, then two at
    once and so on while fewer than `limit` keys are found, so that each name's every other name is tried before
    combinations of them (which multiply)."""
    varying = [at for at, choices in enumerate(segments) if len(choices) > 1]
    first = [choices[0] for choices in segments]
    found: list[str] = []
    for count in range(1, len(varying) + 1):
        if count > 1 and len(found) >= limit:
            break
        for places in itertools.combinations(varying, count):
            for picks in itertools.product(*(segments[at][1:] for at in places)):
                key = first.copy()
                for at, pick in zip(places, picks, strict=True):
                    key[at] = pick
                found.append("".join(key))
                if count > 1 and len(found) >= limit:
                    return found
    return found


def _widths_by_start(names: dict[str, set[int]]) -> dict[str, list[int]]:
    """The lengths in tokens of the names beginning with each token, longest first."""
    found: dict[str, set[int]] = {}
    for key in names:
        found.setdefault(key[:CODE_WIDTH], set()).add(len(key) // CODE_WIDTH)
    return {start: sorted(widths, reverse=True) for start, widths in found.items()}


def _holds_name(key: str, names: dict[str, set[int]], widths: dict[str, list[int]]) -> bool:
    """Whether a key holds a name shorter than itself (a cheap look before `_segments`)."""
    size = len(key) // CODE_WIDTH
    for at in range(size):
        for width in widths.get(key[at * CODE_WIDTH:(at + 1) * CODE_WIDTH], ()):
            if width < size and at + width <= size and key[at * CODE_WIDTH:(at + width) * CODE_WIDTH] in names:
                return True
    return False


def _segments(key: str, names: dict[str, set[int]], other_names: dict[int, list[str]], widths: dict[str, list[int]],
              article: str | None, exclude: int = -1, of: str | None = None,
              choices: dict[str, list[str]] | None = None) -> list[list[str]]:
    """A key cut into its tokens and the names of countries, places and bodies in it, each name with the keys it may
    be replaced by (its own first). `exclude`: an entry whose own names are left as they are; `choices`: those keys
    by name, kept between calls of one pass (the same country recurs in thousands of forms). English (`article` and
    `of`, the codes of "the" and "of"): the article before a name may go, and "of" before one may take it."""
    size = len(key) // CODE_WIDTH
    segments: list[list[str]] = []
    get_widths, get_owners = widths.get, names.get
    at = 0
    while at < size:
        start = at * CODE_WIDTH
        token = key[start:start + CODE_WIDTH]
        for width in get_widths(token, ()):
            if width > size - at or width == size:
                continue  # (a whole form that is a name itself has its other names in its own entry)
            piece = key[start:start + width * CODE_WIDTH]
            found = get_owners(piece)
            if not found or (exclude in found and len(found) == 1):
                continue
            if article and segments and segments[-1] == [article]:
                segments[-1] = [article, ""]
            elif article and of and segments and segments[-1] == [of]:
                segments[-1] = [of, of + article]  # "Governor of the Primorsky region" for "… of Primorsky Krai"
            alternatives = choices.get(piece) if choices is not None and exclude < 0 else None
            if alternatives is None:
                alternatives = list(dict.fromkeys([piece, *(alt for owner in sorted(found) if owner != exclude
                                                            for alt in other_names[owner])]))
                if choices is not None and exclude < 0:
                    choices[piece] = alternatives
            segments.append(alternatives)
            at += width
            break
        else:
            segments.append([token])
            at += 1
    return segments


def _add_nested_variants(patterns: dict[str, list[_Target]], names: dict[str, set[int]],
                         other_names: dict[int, list[str]], article: str | None = None,
                         of: str | None = None) -> None:
    """Let a form that contains the name of a country, place or body match with any other name of it: "помощник
    Президента Российской Федерации" also as "… Президента РФ" and "… Президента России", "в Дальневосточном
    федеральном округе" also as "в ДФО", as the glossary's own entries for the Russian Federation and the district
    list them. A name that holds another one stands in with that one's other names too («Федеральным Собранием
    России» for the Federal Assembly of the Russian Federation, «Политбюро ЦК Коммунистической партии Китая»: ЦК КПК
    with the party spelt out). Keys are token codes, so a name is a run of whole tokens; the longest name is replaced
    first; a form gets every key with one name replaced, and combinations while it has fewer than MAX_NESTED_VARIANTS
    new keys. The English article before a name may go with it ("of the Republic of Kazakhstan" → "of Kazakhstan"),
    or come with it after "of" ("Governor of the Primorsky region"). A name is recognised under any of its keys (a
    Russian form has one per reading of its words) and replaced by the first key of each other name."""
    names = {key: kept for key, owners in names.items()
             if (kept := {owner for owner in owners if len(other_names[owner]) > 1})}  # one name: nothing to swap
    if not names:
        return
    widths = _widths_by_start(names)
    # Names within names: each name's keys with the other names of the names it holds, shortest names first, so
    # that a name two levels down (КПК in ЦК КПК in Политбюро ЦК КПК) is already spelt every way when used.
    expanded = dict(other_names)
    for owner in sorted({o for owners in names.values() for o in owners}, key=lambda o: min(map(len, other_names[o]))):
        more = []
        for key in other_names[owner]:
            if _holds_name(key, names, widths):
                more += _alternatives(_segments(key, names, expanded, widths, article, owner, of), MAX_NESTED_VARIANTS)
        if more:
            expanded[owner] = list(dict.fromkeys([*other_names[owner], *more]))
    other_names = expanded
    budget = max(NESTED_BUDGET_FLOOR, int(len(patterns) * MAX_NESTED_SHARE))
    choices: dict[str, list[str]] = {}
    added: dict[str, list[_Target]] = {}
    owned: dict[int, list[str]] = {}  # entry → its own names that are names of others' forms too
    for name, owners in names.items():
        for owner in owners:
            owned.setdefault(owner, []).append(name)
    for key, targets in patterns.items():
        if len(key) < 2 * CODE_WIDTH or not any(key[at:at + CODE_WIDTH] in widths
                                                 for at in range(0, len(key), CODE_WIDTH)):
            continue
        plain = [t for t in targets if t[1] != _FORBIDDEN_RANK]
        # An entry's own short name inside its longer form stays as written: spelt with the entry's other names it
        # would name the entry twice over («Региональная антитеррористическая структура ШОС» → «… ШОС ШОС»).
        own = plain[0][0] if plain and all(t[0] == plain[0][0] for t in plain) else -1
        if own in owned and any(name in key for name in owned[own]):
            segments = _segments(key, names, other_names, widths, article, own, of)
        else:
            segments = _segments(key, names, other_names, widths, article, of=of, choices=choices)
        if not plain or all(len(choices) == 1 for choices in segments):
            continue
        if len(added) >= budget:
            log.warning("glossary automaton: other names of countries, places and bodies stop at %d forms", budget)
            break
        _add_keys(added, patterns, _alternatives(segments, MAX_NESTED_VARIANTS), plain)
    patterns.update(added)


def _add_keys(added: dict[str, list[_Target]], patterns: dict[str, list[_Target]], keys: list[str],
              plain: list[_Target]) -> None:
    """Record `keys` (a form with other names of its parts) for the form's targets, as variants at best."""
    for nested in keys:
        if nested not in patterns and len(nested) <= MAX_KEY_LENGTH:
            targets = added.setdefault(nested, [])
            for number, rank, form, leading, trailing in plain:
                target = (number, max(rank, _VARIANT_RANK), form, leading, trailing)
                if target not in targets:
                    targets.append(target)


def _chinese_segments(key: str, finder: Any, names: dict[str, set[int]], other_names: dict[int, list[str]],
                      exclude: int = -1) -> list[list[str]]:
    """A Chinese key cut into its names (each with the keys it may be replaced by, its own first) and the text
    between them; names found at even offsets (UTF-16 code units), the longest first, without overlaps."""
    found = sorted(((end - length + 1, length) for end, length in finder.iter(key)
                    if not (end - length + 1) % 2 and length < len(key)
                    and names.get(key[end - length + 1:end + 1], set()) - {exclude}), key=lambda f: (-f[1], f[0]))
    chosen: list[tuple[int, int]] = []
    for start, length in found:
        if all(start + length <= other or start >= other + size for other, size in chosen):
            chosen.append((start, length))
    segments: list[list[str]] = []
    at = 0
    for start, length in sorted(chosen):
        if start > at:
            segments.append([key[at:start]])
        name = key[start:start + length]
        segments.append(list(dict.fromkeys([name, *(alt for owner in sorted(names[name] - {exclude})
                                                      for alt in other_names[owner])])))
        at = start + length
    if at < len(key):
        segments.append([key[at:]])
    return segments


def _add_nested_chinese(patterns: dict[str, list[_Target]], names: dict[str, set[int]],
                        other_names: dict[int, list[str]]) -> None:
    """The Chinese counterpart of `_add_nested_variants`: a form holding the name of a country, place or body of two
    characters or more also matches with that entry's other names (俄罗斯联邦外交部 as 俄联邦外交部; 俄罗斯联邦政府
    副总理 as 俄罗斯政府副总理, and as 俄联邦政府副总理 through the name the government's name holds)."""
    names = {key: kept for key, owners in names.items()
             if len(key) >= 4 and (kept := {owner for owner in owners if len(other_names[owner]) > 1})}
    if not names:
        return
    finder = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for key in names:
        finder.add_word(key)
    finder.make_automaton()
    expanded = dict(other_names)
    for owner in sorted({o for owners in names.values() for o in owners}, key=lambda o: min(map(len, other_names[o]))):
        more = [alt for key in other_names[owner]
                for alt in _alternatives(_chinese_segments(key, finder, names, expanded, owner), MAX_NESTED_VARIANTS)]
        if more:
            expanded[owner] = list(dict.fromkeys([*other_names[owner], *more]))
    other_names = expanded
    budget = max(NESTED_BUDGET_FLOOR, int(len(patterns) * MAX_NESTED_SHARE))
    added: dict[str, list[_Target]] = {}
    for key, targets in patterns.items():
        plain = [t for t in targets if t[1] != _FORBIDDEN_RANK]
        if not plain or next(finder.iter(key), None) is None:
            continue
        # An entry's own name inside its longer form stays as written (黑龙江 in 黑龙江省 is not spelt 黑龙江省省).
        own = plain[0][0] if all(t[0] == plain[0][0] for t in plain) else -1
        segments = _chinese_segments(key, finder, names, other_names, own)
        if all(len(choices) == 1 for choices in segments):
            continue
        if len(added) >= budget:
            log.warning("glossary automaton: other names of countries, places and bodies stop at %d forms", budget)
            break
        _add_keys(added, patterns, _alternatives(segments, MAX_NESTED_VARIANTS), plain)
    patterns.update(added)


def _in_original(hit: TermHit, original: str, positions: list[int]) -> TermHit:
    """A hit found in the text without its invisible characters, moved to its span in the original text."""
    start, end = positions[hit.start], positions[hit.end - 1] + 1
    return replace(hit, start=start, end=end, text=original[start:end])
