"""Pair the paragraphs of one language version with the rows of another when their counts differ.

Translations of a press release keep its paragraphs in order, but one version often has a paragraph the other has
not (a photo caption, a dateline set on a line of its own) or runs two of them into one. Paired by position, every
row after that point would hold the wrong text. Paired by length (each paragraph's share of its version, which
does not depend on how long Chinese, English or Russian text is) and by the numbers they give, the rows after it
stay right: the paragraph the other version lacks gets a row of its own, and a merged paragraph fills the first of
the rows it stands for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from desktop_app.domain.release import Role

_NUMBER = re.compile(r"\d+")
GAP_COST = 1.6  # a paragraph one version lacks; a 1:1 pair costs the log of how far their shares differ
EARLY_GAP_COST = 0.05  # between equally good pairings, the one whose lone paragraph comes last (as by order)
MERGE_COST = 0.9  # two paragraphs of one version given as one by the other
NUMBER_BONUS = 0.6  # each number the two paragraphs share makes their pairing likelier
ROLE_COST = 2.0  # a dateline or caption paired with a paragraph that is not one
_MARKED_ROLES = frozenset({Role.DATELINE, Role.NOTE})  # the lines versions most often add or leave out
_SMALLEST_SHARE = 0.004
# The pairing weighs every row against every paragraph: 200 x 200 takes about 0.3 s (benchmarks/bench_alignment.py).
# A longer document (no press release) is imported by order.
MAX_PAIRINGS = 40_000  # a one-word line ("###", "（完）") still has a length to compare


@dataclass(frozen=True, slots=True)
class Pair:
    """Rows `rows` of the release (none: a new row) take paragraph `paragraph` (None: no text from the document)."""

    rows: tuple[int, ...]
    paragraph: int | None


def _shares(texts: list[str]) -> list[float]:
    lengths = [len("".join(text.split())) for text in texts]
    total = sum(lengths) or 1
    return [max(length / total, _SMALLEST_SHARE) for length in lengths]


def _numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def align_paragraphs(rows: list[str], paragraphs: list[str], row_roles: list[Role] | None = None,
                     paragraph_roles: list[Role] | None = None) -> list[Pair]:
    """The cheapest pairing, in order, of the release's `rows` (their text in a language already filled) with
    the document's `paragraphs`: 1:1 pairs, a row or a paragraph alone, two rows to one paragraph (a dateline
    run into the lead among them). With their roles, a dateline or caption pairs with its like only."""
    row_roles = row_roles or [Role.BODY] * len(rows)
    paragraph_roles = paragraph_roles or [Role.BODY] * len(paragraphs)
    row_share, para_share = _shares(rows), _shares(paragraphs)
    row_numbers, para_numbers = [_numbers(t) for t in rows], [_numbers(t) for t in paragraphs]

    def pair_cost(first: int, last: int, j: int) -> float:
        share = sum(row_share[first:last + 1])
        numbers = set().union(*row_numbers[first:last + 1])
        cost = abs(math.log(share / para_share[j])) - NUMBER_BONUS * len(numbers & para_numbers[j])
        if first == last and row_roles[first] != paragraph_roles[j] and \
                _MARKED_ROLES & {row_roles[first], paragraph_roles[j]}:
            cost += ROLE_COST
        return cost

    n, m = len(rows), len(paragraphs)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == math.inf:
                continue
            moves = []
            if i < n and j < m:
                moves.append((1, 1, pair_cost(i, i, j)))
            if i + 1 < n and j < m:
                moves.append((2, 1, pair_cost(i, i + 1, j) + MERGE_COST))
            if i < n:
                moves.append((1, 0, GAP_COST + EARLY_GAP_COST * (n - i) / n))
            if j < m:
                moves.append((0, 1, GAP_COST + EARLY_GAP_COST * (m - j) / m))
            for di, dj, extra in moves:
                if here + extra < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = here + extra
                    step[i + di][j + dj] = (di, dj)
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        di, dj = step[i][j]
        i, j = i - di, j - dj
        pairs.append(Pair(tuple(range(i, i + di)), j if dj else None))
    return pairs[::-1]
