"""The rules for splitting a paragraph in two, merging two into one and pasting several into a column, the same
wherever the edit comes from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Release, Role, Segment, edited_cell

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


_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")


def plain_text_paragraphs(text: str) -> list[str]:
    """The paragraphs of pasted or imported plain text: split at blank lines when it has any (a web page, an
    e-mail), else at every line break (Word and most editors copy, and Chinese .txt releases are written, one
    paragraph per line); empty ones are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").strip()  # not a final blank line
    parts = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    # A form feed ends a page (pdftotext, Acrobat's "Save as Text"): what follows is another paragraph. A line
    # separator (InDesign, Pages) or vertical tab (Word's "Text Only") is a line break within the paragraph.
    pages = [page.strip() for part in parts for page in (part.split("\f") if "\f" in part else (part,))]
    if "\u2028" in text or "\v" in text:
        pages = [page.replace("\u2028", "\n").replace("\v", "\n") for page in pages]
    return [page for page in pages if page]


def is_blank(release: Release) -> bool:
    """No text and no comment in any row: File ▸ New's one empty row, which a paste or an import replaces."""
    return all(not segment.comment and all(cell.is_empty for cell in segment.cells.values())
               for segment in release.segments)


def fill_down(release: Release, index: int, lang: str, paragraphs: list[str]) -> Release:
    """A copy of `release` with `paragraphs` in column `lang` from row `index` down: the first goes into that row,
    each next one into the next row when its `lang` cell is empty, else into a new row put there, so no text is
    overwritten and no row's other languages are moved against it. A release with no text at all is started
    from the paragraphs, as an import starts it: the first is the headline and gives the title."""
    result = release.copy()
    if is_blank(result):
        result.segments = [Segment(Role.HEADLINE if i == 0 else Role.BODY) for i in range(len(paragraphs))]
        index = 0
        result.title = result.title or paragraphs[0][:200]
    for offset, text in enumerate(paragraphs):
        row = index + offset
        if row >= len(result.segments) or (offset and not result.segments[row].cells[lang].is_empty):
            result.segments.insert(row, Segment())
        segment = result.segments[row]
        segment.cells[lang] = edited_cell(segment.cells[lang], text)
    return result
