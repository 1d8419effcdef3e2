"""Machine-translation suggestions for the cells of a release, glossary-protected, through English when needed.

For a target cell, every filled sibling cell is a source; each gives up to n alternatives with scores and
"terms honoured: k/m". zh↔ru goes through English; when the English cell was written (or approved) by a
person and is not stale, that English is used for the second hop instead of a machine pivot, and the route
says so. "Translate all" decodes a whole column through the pack's batched translator. Runs on the MT lane.

Decoding is a choice: draft (greedy, about a third of the time) or best (beam search), for suggestions and
"translate all" alike. One call translates at most `MAX_TEXT_CHARS` characters (a cell, or `translate-text`).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.invisible import half_character
from desktop_app.domain.release import Origin, Segment, Status
from desktop_app.mt.engine import BEST_BEAM, DEFAULT_BEAM, DRAFT_BEAM, MAX_BEAM, Hypothesis, MtError, TranslationEngine
from desktop_app.mt.routes import PIVOT, Route, plan
from desktop_app.services.term_protection import ProtectedText, Restored, protect, restore

log = logging.getLogger(__name__)

MAX_ALTERNATIVES = 3
CACHE_SIZE = 256
MAX_TEXT_CHARS = 100_000  # per text and call: ~1,500 sentences, minutes of decoding on two cores
QUALITIES = {"draft": DRAFT_BEAM, "best": BEST_BEAM}  # the Preferences choice → beam size


def beam_for(quality: str) -> int:
    """The beam size of a decoding quality ("draft" or "best"); unknown values get the default."""
    return QUALITIES.get(quality, DEFAULT_BEAM)


def check_length(text: str) -> None:
    """Refuse a text longer than one call may translate (the message says how much is allowed), or holding half
    a character (a lone surrogate: bytes that were not UTF-8 on a command line, a broken paste), which the
    tokenizer and the glossary cannot read."""
    if len(text) > MAX_TEXT_CHARS:
        raise MtError(f"the text has {len(text):,} characters; at most {MAX_TEXT_CHARS:,} are translated at "
                      "once (split it into smaller parts)", message_id=why.MT_TEXT_TOO_LONG,
                      message_args=(len(text), MAX_TEXT_CHARS))
    half = half_character(text)
    if half is not None:
        raise MtError(f"the text holds half a character at position {half + 1} (bytes that are not "
                      "UTF-8); nothing was translated", message_id=why.MT_HALF_CHARACTER, message_args=(half + 1,))


@dataclass(frozen=True, slots=True)
class Alternative:
    """One suggested translation with its model score and how many glossary terms it carries approved."""

    text: str
    score: float
    honoured: int = 0
    total: int = 0
    appended: tuple[str, ...] = ()

    def terms_label(self) -> str:
        return f"{self.honoured}/{self.total}"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The alternatives for one target cell from one source language, and the route they took."""

    source_lang: str
    target_lang: str
    source_text: str
    route: tuple[str, ...]
    alternatives: tuple[Alternative, ...] = ()
    human_pivot: bool = False
    error: str = ""

    def route_label(self) -> str:
        """'zh → en → ru', with the English marked when it is a person's text rather than a machine pivot."""
        if self.human_pivot:
            return " → ".join(f"{lang} (person's text)" if lang == PIVOT else lang for lang in self.route)
        return " → ".join(self.route)

    def to_json(self) -> list[dict[str, Any]]:
        """The `pressdesk translate-text --json` shape: one object per alternative."""
        return [{"text": a.text, "score": round(a.score, 4), "route": list(self.route),
                 "terms": {"honoured": a.honoured, "total": a.total}} for a in self.alternatives]


def filled_by_person(segment: Segment, lang: str) -> bool:
    """A cell a person wrote, imported or approved (not machine output) whose source has not changed since."""
    cell = segment.cells[lang]
    if cell.is_empty or cell.status in (Status.EMPTY, Status.MACHINE) or cell.provenance.origin is Origin.MACHINE:
        return False
    return not segment.is_stale(lang)


@dataclass(slots=True)
class _Cache:
    size: int = CACHE_SIZE
    items: OrderedDict[tuple[Any, ...], Suggestion] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, key: tuple[Any, ...]) -> Suggestion | None:
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], value: Suggestion) -> None:
        with self.lock:
            self.items[key] = value
            if len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


class TranslationService:
    """Suggestions and batch translation over one engine and (optionally) the glossary."""

    def __init__(self, engine: TranslationEngine, matcher: GlossaryMatcher | None = None,
                 beam_size: int = DEFAULT_BEAM) -> None:
        self.engine = engine
        self.matcher = matcher
        self.beam_size = DEFAULT_BEAM
        self.set_beam(beam_size)
        self._cache = _Cache()

    def set_beam(self, beam_size: int) -> None:
        """Decode with this beam from now on (1 = greedy "draft"); remembered suggestions stay keyed by beam."""
        if not 1 <= beam_size <= MAX_BEAM:
            raise MtError(f"the beam size must be between 1 and {MAX_BEAM}, not {beam_size}",
                          message_id=why.MT_BAD_BEAM, message_args=(MAX_BEAM, beam_size))
        self.beam_size = beam_size

    def packs_changed(self) -> None:
        """Call after installing or removing a pack: models and remembered suggestions are dropped."""
        self.engine.reload()
        self._cache.clear()

    def set_glossary(self, matcher: GlossaryMatcher | None) -> None:
        self.matcher = matcher
        self._cache.clear()

    def route(self, src: str, tgt: str) -> Route:
        route = plan(src, tgt, self.engine.installed_pairs())
        if not route.available:
            missing = ", ".join(f"{a}-{b}" for a, b in route.missing_pairs(self.engine.installed_pairs()))
            raise MtError(f"no language pack for {src}→{tgt}: install {missing}", message_id=why.MT_NO_ROUTE,
                          message_args=(src, tgt, missing))
        return route

    # -- one text ---------------------------------------------------------------------------------------------

    def translate_text(self, text: str, src: str, tgt: str, n: int = MAX_ALTERNATIVES, *,
                       pivot_text: str | None = None, cancelled: Callable[[], bool] | None = None,
                       progress: Callable[[int, int], None] | None = None) -> Suggestion:
        """Up to `n` glossary-protected alternatives; `pivot_text` is a person's English for a zh↔ru route.

        `progress(done, total)` counts sentences of the first hop; `cancelled()` is checked between chunks.
        """
        n = max(1, min(n, MAX_ALTERNATIVES))
        check_length(text)
        key = (text, src, tgt, n, pivot_text, self.beam_size)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        route = self.route(src, tgt)
        human = route.langs == (src, PIVOT, tgt) and bool(pivot_text and pivot_text.strip())
        if human:
            assert pivot_text is not None
            check_length(pivot_text)
            protected = protect(pivot_text, PIVOT, tgt, self.matcher)
            hypotheses = self.engine.hypotheses(protected.text, PIVOT, tgt, n, beam_size=self.beam_size,
                                                cancelled=cancelled, progress=progress)
        else:
            protected = protect(text, src, tgt, self.matcher)
            hypotheses = self._route_hypotheses(protected.text, route, n, cancelled, progress)
        alternatives = self._finish(hypotheses, protected, tgt, n)
        result = Suggestion(src, tgt, text, route.langs, tuple(alternatives), human_pivot=human)
        self._cache.put(key, result)
        return result

    def _route_hypotheses(self, text: str, route: Route, n: int, cancelled: Callable[[], bool] | None,
                          progress: Callable[[int, int], None] | None) -> list[Hypothesis]:
        """n-best along the route; through a pivot each first-hop alternative is translated again (1+n calls)."""
        hops = route.hops
        current = self.engine.hypotheses(text, *hops[0], n, beam_size=self.beam_size, cancelled=cancelled,
                                         progress=progress)
        for hop in hops[1:]:
            combined: dict[str, float] = {}
            for first in current:
                for second in self.engine.hypotheses(first.text, *hop, n, beam_size=self.beam_size,
                                                     cancelled=cancelled):
                    score = first.score + second.score
                    if second.text not in combined or score > combined[second.text]:
                        combined[second.text] = score
            current = [Hypothesis(t, s) for t, s in sorted(combined.items(), key=lambda item: -item[1])]
        return current

    def _finish(self, hypotheses: Sequence[Hypothesis], protected: ProtectedText, tgt: str,
                n: int) -> list[Alternative]:
        """Restore terms in every alternative, merge duplicates, re-rank by term coverage, then score."""
        best: dict[str, Alternative] = {}
        for hyp in hypotheses:
            restored = restore(hyp.text, protected, tgt, self.matcher)
            alt = _alternative(restored, hyp.score)
            if alt.text and (alt.text not in best or alt.score > best[alt.text].score):
                best[alt.text] = alt
        ranked = sorted(best.values(), key=lambda a: (-a.honoured, len(a.appended), -a.score))
        return ranked[:n]

    # -- a cell ---------------------------------------------------------------------------------------------

    def suggest(self, segment: Segment, tgt: str, n: int = MAX_ALTERNATIVES,
                cancelled: Callable[[], bool] | None = None) -> list[Suggestion]:
        """One suggestion per filled sibling cell (errors reported per source, e.g. a missing pack)."""
        results: list[Suggestion] = []
        for src in LANGS:
            if src == tgt or segment.cells[src].is_empty:
                continue
            if cancelled is not None and cancelled():
                break
            text = segment.text(src)
            pivot = segment.text(PIVOT) if PIVOT not in (src, tgt) and filled_by_person(segment, PIVOT) else None
            try:
                results.append(self.translate_text(text, src, tgt, n, pivot_text=pivot, cancelled=cancelled))
            except MtError as exc:
                results.append(Suggestion(src, tgt, text, (src, tgt), error=str(exc)))
        return results

    # -- a column -------------------------------------------------------------------------------------------

    def translate_all(self, texts: Sequence[str], src: str, tgt: str, *,
                      pivot_texts: Sequence[str | None] | None = None,
                      cancelled: Callable[[], bool] | None = None,
                      progress: Callable[[int, int], None] | None = None) -> list[Alternative]:
        """The best protected translation of every text, batched per hop; person's English used where given."""
        route = self.route(src, tgt)
        pivots = list(pivot_texts) if pivot_texts is not None else [None] * len(texts)
        for text in (*texts, *(p for p in pivots if p)):
            check_length(text)
        human = [route.langs == (src, PIVOT, tgt) and bool(p and p.strip()) for p in pivots]
        protected = [protect(pivots[i] if human[i] else t, PIVOT if human[i] else src, tgt, self.matcher)  # type: ignore[arg-type]
                     for i, t in enumerate(texts)]
        current = [p.text for p in protected]
        hops = route.hops
        total = len(texts) * len(hops)
        done_before = 0
        for h, (a, b) in enumerate(hops):
            todo = [i for i in range(len(texts)) if not (human[i] and h < len(hops) - 1)]
            if todo:
                def report(done: int, count: int, base: int = done_before, size: int = len(todo)) -> None:
                    if progress is not None:
                        progress(base + round(done / max(count, 1) * size), total)
                out = self.engine.translate_batch([current[i] for i in todo], a, b, beam_size=self.beam_size,
                                                  cancelled=cancelled, progress=report)
                for i, value in zip(todo, out, strict=True):
                    current[i] = value
            done_before += len(texts)
            if progress is not None:
                progress(done_before, total)
        return [_alternative(restore(current[i], protected[i], tgt, self.matcher), 0.0) for i in range(len(texts))]


def _translatable(text: str) -> bool:
    """Something to translate: a character that is not white space, a control or an invisible format character
    (a cell of zero-width spaces or escape codes is empty to a reader, and the engine turns it into junk)."""
    return any(not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf") for c in text)


def column_jobs(segments: Sequence[Segment], indexes: Sequence[int], tgt: str, installed: set[tuple[str, str]],
                source: str | None = None) -> dict[str, list[int]]:
    """Group the rows to translate into `tgt` by source language.

    With `source` given, rows whose cell in it has text (`_translatable`); otherwise per row the first such
    sibling (zh, en, ru order) with a direct pack, else one reachable through English. Rows without a usable
    source are left out.
    """
    jobs: dict[str, list[int]] = {}
    for i in indexes:
        seg = segments[i]
        if source is not None:
            chosen = source if _translatable(seg.cells[source].text) else None
        else:
            routes = [plan(lang, tgt, installed) for lang in LANGS
                      if lang != tgt and _translatable(seg.cells[lang].text)]
            usable = [r for r in routes if r.available]
            chosen = next((r.src for r in usable if len(r.langs) == 2), usable[0].src if usable else None)
        if chosen is not None:
            jobs.setdefault(chosen, []).append(i)
    return jobs


def pivot_texts_for(segments: Sequence[Segment], rows: Sequence[int], src: str, tgt: str) -> list[str | None] | None:
    """A person's English for each row when the route pivots through English (None where there is none)."""
    if PIVOT in (src, tgt):
        return None
    return [segments[i].text(PIVOT) if filled_by_person(segments[i], PIVOT) else None for i in rows]


def _alternative(restored: Restored, score: float) -> Alternative:
    return Alternative(restored.text, score, restored.honoured, restored.total, restored.appended)
