"""Translate a column: fill the empty (or chosen) cells of one language by machine translation, for the GUI's
Tools ▸ Translate Column and `pressdesk translate`.

The rows are grouped by source language (`column_jobs`), each group goes through the batched translator, and
every result remembers the cell it replaces, so the GUI can skip a cell the user edited while the column ran.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.domain.release import Cell, Origin, Segment, derived_cell
from desktop_app.services.translation import Alternative, TranslationService, column_jobs, pivot_texts_for


@dataclass(frozen=True, slots=True)
class CellResult:
    """One translated cell: where it goes, what it was made from and what the cell held before."""

    segment_id: str
    source_lang: str
    source_text: str
    before: Cell
    alternative: Alternative

    def cell(self, engine: str) -> Cell:
        """The machine-made cell to store (with its provenance, so a later change of the source marks it stale)."""
        return derived_cell(self.alternative.text, source_lang=self.source_lang, source_text=self.source_text,
                            origin=Origin.MACHINE, engine=engine)


def rows_to_fill(segments: Sequence[Segment], tgt: str) -> list[int]:
    """The rows whose `tgt` cell is empty or machine-made: a person's text is never replaced."""
    return [i for i, s in enumerate(segments)
            if s.cells[tgt].is_empty or s.cells[tgt].provenance.origin is Origin.MACHINE]


def translate_column(service: TranslationService, segments: Sequence[Segment], rows: Sequence[int], tgt: str,
                     source: str | None = None, *, cancelled: Callable[[], bool] | None = None,
                     progress: Callable[[float], None] | None = None) -> list[CellResult]:
    """Translate `rows` into `tgt`, grouped by source language (or from `source`), reporting overall progress
    (0..1, weighted by the hops of each route); rows without a usable source are left out of the results, and so
    are the groups not started when `cancelled()` turns true."""
    jobs = column_jobs(segments, rows, tgt, service.engine.installed_pairs(), source)
    weights = {src: len(group) * len(service.route(src, tgt).hops) for src, group in jobs.items()}
    total = max(sum(weights.values()), 1)
    done_before = 0
    results: list[CellResult] = []
    for src, group in jobs.items():
        texts = [segments[i].text(src) for i in group]

        def report(done: int, count: int, base: int = done_before, weight: int = weights[src]) -> None:
            if progress is not None:
                progress((base + done / max(count, 1) * weight) / total)

        out = service.translate_all(texts, src, tgt, pivot_texts=pivot_texts_for(segments, group, src, tgt),
                                    cancelled=cancelled, progress=report)
        if cancelled is not None and cancelled():
            break  # the caller asked to stop: what is done so far is returned, the rest left alone
        results.extend(CellResult(segments[i].id, src, text, segments[i].cells[tgt], alternative)
                       for i, text, alternative in zip(group, texts, out, strict=True))
        done_before += weights[src]
    return results
