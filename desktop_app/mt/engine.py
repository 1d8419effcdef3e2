"""What the rest of PressDesk needs from a translation engine: n-best hypotheses and batches for one direct pair.

Routing (pivoting through English), glossary protection and caching live above this, in
`desktop_app.services.translation`; the only implementation is `desktop_app.mt.argos_engine.ArgosEngine`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop_app.domain.refusals import Refusal

DRAFT_BEAM = 1  # greedy decoding: about a third of beam 4's time on 2 cores (benchmarks/bench_mt.py)
BEST_BEAM = 4  # argostranslate's own beam size
DEFAULT_BEAM = DRAFT_BEAM
MAX_BEAM = 8


class MtError(Refusal):
    """Translation is impossible as asked (no pack for the pair, a pack that fails to load); user-readable, with a
    message id where the interface has its own words for it."""


class MtCancelled(MtError):
    """The caller cancelled the translation; nothing was produced."""


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """One candidate translation; `score` is the model's log-probability (higher is better, 0 at best)."""

    text: str
    score: float


class TranslationEngine(Protocol):
    """A machine-translation engine working on installed direct pairs; used from one worker thread at a time."""

    name: str

    def installed_pairs(self) -> set[tuple[str, str]]:
        """The (source, target) pairs the engine can translate directly."""
        ...

    def warm_up(self, src: str, tgt: str) -> None:
        """Load the model of a pair now (the first request otherwise pays for it)."""
        ...

    def hypotheses(self, text: str, src: str, tgt: str, n: int = 3, *, beam_size: int = DEFAULT_BEAM,
                   cancelled: Callable[[], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[Hypothesis]:
        """Up to `n` translations of `text` (paragraphs kept), best first; the beam is at least `n`."""
        ...

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str, *, beam_size: int = DEFAULT_BEAM,
                        cancelled: Callable[[], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None) -> list[str]:
        """The best translation of each text, all their sentences decoded in few model calls; progress(done, total)."""
        ...

    def reload(self) -> None:
        """Forget loaded models (after a pack was installed or removed)."""
        ...
