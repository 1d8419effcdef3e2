"""Recognise glossary entries in running text: one Aho–Corasick automaton per language over normalised forms.

Chinese is matched character by character after Traditional→Simplified folding (1:1, so offsets stay aligned).
English and Russian are matched token by token: each token becomes a key (English: case, possessive and plural
folded; Russian: a pymorphy3 lemma), keys are joined with a separator that also marks word boundaries, and the
automaton runs over that key string, so a hit never starts or ends inside a word. Overlaps resolve to the longest
span. An automaton is built the first time its language is asked for.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

from desktop_app.domain.glossary.model import HitKind, TermEntry, TermHit
from desktop_app.domain.glossary.normalize import (
    english_key,
    has_leading_quote,
    has_trailing_quote,
    is_quote,
    normalize_chinese,
    russian_lemmas,
    tokenize,
)

log = logging.getLogger(__name__)

SEP = "\x1f"  # joins token keys; never part of a key
MAX_RUSSIAN_VARIANTS = 32  # lemma combinations indexed per Russian form (ambiguous words multiply them)
_KIND_RANK = {HitKind.APPROVED: 0, HitKind.VARIANT: 1, HitKind.FORBIDDEN: 2}
CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class _Target:
    """What a pattern in the automaton stands for."""

    entry: int  # index into the matcher's entry list
    kind: HitKind
    form: str
    lead_quote: bool
    trail_quote: bool


def _pick(targets: list[_Target]) -> _Target:
    """Several entries can share a form; the approved use wins over a variant, a variant over a forbidden form."""
    return min(targets, key=lambda t: (_KIND_RANK[t.kind], t.entry))


def _russian_key_variants(form: str) -> list[str]:
    """Every lemma sequence of a Russian form (ambiguous tokens give several), trimmed to a bounded number."""
    choices = [list(russian_lemmas(surface)) for _, _, surface in tokenize(form)]
    if not choices:
        return []
    while _product(choices) > MAX_RUSSIAN_VARIANTS:
        widest = max(range(len(choices)), key=lambda i: len(choices[i]))
        choices[widest].pop()
    return [SEP + SEP.join(combo) + SEP for combo in itertools.product(*choices)]


def _product(choices: list[list[str]]) -> int:
    total = 1
    for c in choices:
        total *= len(c)
    return total


class _Index:
    """The automaton of one language and, for Russian, the set of lemmas the glossary uses."""

    def __init__(self) -> None:
        self.automaton = ahocorasick.Automaton()
        self.vocabulary: set[str] = set()
        self.size = 0

    def add(self, key: str, target: _Target) -> None:
        if not key or key == SEP * 2:
            return
        existing = self.automaton.get(key, None)
        if existing is None:
            self.automaton.add_word(key, (len(key), [target]))
            self.size += 1
        elif target not in existing[1]:
            existing[1].append(target)


class GlossaryMatcher:
    """Finds approved, variant and forbidden forms of glossary entries in a text; safe to share between threads."""

    def __init__(self, entries: Iterable[TermEntry]) -> None:
        self._entries: list[TermEntry] = list(entries)
        self._indexes: dict[str, _Index] = {}
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], tuple[TermHit, ...]] = OrderedDict()

    @property
    def entries(self) -> Sequence[TermEntry]:
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def prepare(self, *langs: str) -> None:
        """Build the automata now (e.g. in a worker) rather than on the first `find`."""
        for lang in langs:
            self._index(lang)

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
        hits = tuple(self._find_chinese(text, index) if lang == "zh" else self._find_words(text, lang, index))
        with self._lock:
            self._cache[key] = hits
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return list(hits)

    # -- building -------------------------------------------------------------------------------------------------

    def _index(self, lang: str) -> _Index:
        index = self._indexes.get(lang)
        if index is not None:
            return index
        with self._lock:
            index = self._indexes.get(lang)
            if index is None:
                index = self._build(lang)
                self._indexes[lang] = index
        return index

    def _build(self, lang: str) -> _Index:
        index = _Index()
        for number, entry in enumerate(self._entries):
            for form, kind in entry.surface_forms(lang):
                target = _Target(number, kind, form, has_leading_quote(form), has_trailing_quote(form))
                for key in self._pattern_keys(form, lang):
                    index.add(key, target)
                    if lang == "ru":
                        index.vocabulary.update(key.strip(SEP).split(SEP))
        if index.size:
            index.automaton.make_automaton()
        log.debug("glossary automaton for %s: %d patterns from %d entries", lang, index.size, len(self._entries))
        return index

    @staticmethod
    def _pattern_keys(form: str, lang: str) -> list[str]:
        if lang == "zh":
            return [normalize_chinese(form)[0]]
        if lang == "ru":
            return _russian_key_variants(form)
        keys = [english_key(surface) for _, _, surface in tokenize(form)]
        return [SEP + SEP.join(keys) + SEP] if keys else []

    # -- matching -------------------------------------------------------------------------------------------------

    def _find_chinese(self, text: str, index: _Index) -> list[TermHit]:
        if not index.size:
            return []
        normalized, offsets = normalize_chinese(text)
        candidates = []
        for end, (length, targets) in index.automaton.iter(normalized):
            target = _pick(targets)
            start = end - length + 1
            candidates.append((offsets[start], offsets[end] + 1, target))
        return self._resolve(text, "zh", candidates)

    def _find_words(self, text: str, lang: str, index: _Index) -> list[TermHit]:
        if not index.size:
            return []
        tokens = tokenize(text)
        if not tokens:
            return []
        if lang == "ru":
            vocabulary = index.vocabulary
            keys = [next((lemma for lemma in russian_lemmas(s) if lemma in vocabulary), russian_lemmas(s)[0])
                    for _, _, s in tokens]
        else:
            keys = [english_key(s) for _, _, s in tokens]
        # The separator before token i sits at boundary[i]; the last separator closes the text.
        boundary: dict[int, int] = {}
        position = 0
        for i, k in enumerate(keys):
            boundary[position] = i
            position += len(k) + 1
        boundary[position] = len(keys)
        haystack = SEP + SEP.join(keys) + SEP
        candidates = []
        for end, (length, targets) in index.automaton.iter(haystack):
            first = boundary[end - length + 1]
            last = boundary[end] - 1
            candidates.append((tokens[first][0], tokens[last][1], _pick(targets)))
        return self._resolve(text, lang, candidates)

    def _resolve(self, text: str, lang: str, candidates: list[tuple[int, int, _Target]]) -> list[TermHit]:
        """Keep the longest of overlapping spans (earlier start on ties), then widen over enclosing quotes."""
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], _KIND_RANK[c[2].kind]))
        taken = bytearray(len(text))
        hits: list[TermHit] = []
        for start, end, target in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if target.lead_quote and start > 0 and is_quote(text[start - 1]):
                start -= 1
            if target.trail_quote and end < len(text) and is_quote(text[end]):
                end += 1
            hits.append(TermHit(self._entries[target.entry], lang, start, end, text[start:end], target.kind,
                                target.form))
        hits.sort(key=lambda h: h.start)
        return hits
