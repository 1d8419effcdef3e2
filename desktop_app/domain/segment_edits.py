"""The rules for splitting a paragraph in two and merging two into one, the same wherever the edit comes from."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Role, Segment, edited_cell

# How merged paragraphs are joined: Chinese runs on without a space.
JOINERS = {"zh": "", "en": " ", "ru": " "}
# A split keeps these roles for the new paragraph; a headline, dateline or lead continues as body text.
CONTINUED_ROLES = (Role.BODY, Role.QUOTE, Role.NOTE)


@dataclass(frozen=True, slots=True)
class Split:
    """A split of one cell: the cells that stay (trimmed) and the new paragraph below with the rest."""

    head: dict[str, Cell]
    tail: Segment


def split_at(segment: Segment, lang: str, offset: int) -> Split | None:
    """Split `segment`'s `lang` cell at `offset`; None when either side would be empty (nothing to split)."""
    text = segment.cells[lang].text
    head, tail = text[:offset].rstrip(), text[offset:].strip()
    if not tail or not head:
        return None
    new = Segment(segment.role if segment.role in CONTINUED_ROLES else Role.BODY)
    new.cells[lang] = edited_cell(segment.cells[lang], tail)
    return Split({lang: edited_cell(segment.cells[lang], head)}, new)


def merged_cells(first: Segment, second: Segment) -> dict[str, Cell]:
    """The cells of `first` after `second` is merged into it: texts joined per language (an empty side takes the
    other's cell as it is); languages where `second` is empty are left out (unchanged)."""
    merged: dict[str, Cell] = {}
    for lang in LANGS:
        a, b = first.cells[lang], second.cells[lang]
        if b.is_empty:
            continue
        merged[lang] = b if a.is_empty else edited_cell(a, a.text.rstrip() + JOINERS[lang] + b.text.lstrip())
    return merged
