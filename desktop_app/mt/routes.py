"""Which zh/en/ru directions the installed packs cover, directly or by pivoting through English."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import permutations

from desktop_app import LANGS

PIVOT = "en"


class RouteKind(StrEnum):
    DIRECT = "direct"
    PIVOT = "pivot"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Route:
    """How text gets from `src` to `tgt`: the languages it passes through, e.g. ("zh", "en", "ru")."""

    src: str
    tgt: str
    kind: RouteKind
    langs: tuple[str, ...]

    @property
    def available(self) -> bool:
        return self.kind is not RouteKind.MISSING

    @property
    def hops(self) -> list[tuple[str, str]]:
        return list(zip(self.langs, self.langs[1:], strict=False))

    def missing_pairs(self, installed: set[tuple[str, str]]) -> list[tuple[str, str]]:
        """The packs to install for this direction: the direct pair, or what the English pivot lacks."""
        if self.available:
            return []
        if PIVOT in (self.src, self.tgt):
            return [(self.src, self.tgt)]
        return [pair for pair in ((self.src, PIVOT), (PIVOT, self.tgt)) if pair not in installed]


def plan(src: str, tgt: str, installed: Iterable[tuple[str, str]]) -> Route:
    """The route for one direction: direct when a pack exists, else through English when both halves exist."""
    pairs = set(installed)
    if (src, tgt) in pairs:
        return Route(src, tgt, RouteKind.DIRECT, (src, tgt))
    if PIVOT not in (src, tgt) and (src, PIVOT) in pairs and (PIVOT, tgt) in pairs:
        return Route(src, tgt, RouteKind.PIVOT, (src, PIVOT, tgt))
    return Route(src, tgt, RouteKind.MISSING, (src, tgt))


def all_routes(installed: Iterable[tuple[str, str]]) -> list[Route]:
    """The six directions between zh, en and ru with how each is (or is not) served."""
    pairs = set(installed)
    return [plan(src, tgt, pairs) for src, tgt in permutations(LANGS, 2)]


def describe(route: Route) -> str:
    """'zh → en → ru' style text for lists and the command line."""
    return " → ".join(route.langs)
