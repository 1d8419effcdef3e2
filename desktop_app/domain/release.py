"""The trilingual press release: ordered segments, each with a zh, en and ru cell.

A cell knows its text, its workflow status and where the text came from (provenance). A cell derived from
another language remembers the source text it was derived from, so it can tell when it has become stale.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop_app import LANGS

# The most segments (paragraphs) one release holds: a hundred times a long press release. Beyond it, saving,
# QA and the editor grid take minutes, so imports and saves refuse it (documented in README.md).
MAX_SEGMENTS = 20_000


class Role(StrEnum):
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    DATELINE = "dateline"
    LEAD = "lead"
    BODY = "body"
    QUOTE = "quote"
    SOURCE = "source"
    CONTACT = "contact"
    NOTE = "note"


class Status(StrEnum):
    EMPTY = "empty"
    MACHINE = "machine"
    DRAFT = "draft"
    REVIEWED = "reviewed"
    APPROVED = "approved"


class Origin(StrEnum):
    """How a cell's text got there."""

    NONE = "none"
    TYPED = "typed"
    IMPORTED = "imported"
    MACHINE = "machine"
    MEMORY = "memory"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a cell's text came from; `source_lang`/`source_text` are set when it was derived from a sibling."""

    origin: Origin = Origin.NONE
    source_lang: str | None = None
    source_text: str | None = None
    engine: str | None = None

    @property
    def derived(self) -> bool:
        return self.source_lang is not None and self.source_text is not None

    def describe(self) -> str:
        """A short human-readable description, e.g. 'machine translation from en (argos)'."""
        if self.origin is Origin.MACHINE:
            text = f"machine translation from {self.source_lang}"
            return f"{text} ({self.engine})" if self.engine else text
        if self.origin is Origin.MEMORY:
            return f"translation memory from {self.source_lang}"
        if self.origin is Origin.IMPORTED:
            return f"imported ({self.engine})" if self.engine else "imported"
        if self.origin is Origin.TYPED:
            return f"typed, based on {self.source_lang}" if self.derived else "typed"
        return "empty"


@dataclass(frozen=True, slots=True)
class Cell:
    text: str = ""
    status: Status = Status.EMPTY
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


def new_segment_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(slots=True)
class Segment:
    role: Role = Role.BODY
    cells: dict[str, Cell] = field(default_factory=lambda: {lang: Cell() for lang in LANGS})
    id: str = field(default_factory=new_segment_id)
    comment: str = ""  # a note for the team about the paragraph (kept in the project, shown in the review layout)

    def cell(self, lang: str) -> Cell:
        return self.cells[lang]

    def text(self, lang: str) -> str:
        return self.cells[lang].text

    def is_stale(self, lang: str) -> bool:
        """True when the cell was derived from a sibling whose text has changed since."""
        prov = self.cells[lang].provenance
        if not prov.derived or self.cells[lang].is_empty:
            return False
        return self.cells[prov.source_lang].text != prov.source_text  # type: ignore[index]


@dataclass(slots=True)
class Release:
    title: str = ""
    date: str = ""  # ISO date, e.g. 2023-07-20
    segments: list[Segment] = field(default_factory=list)

    def index_of(self, segment_id: str) -> int:
        for i, seg in enumerate(self.segments):
            if seg.id == segment_id:
                return i
        raise KeyError(segment_id)

    def segment(self, segment_id: str) -> Segment:
        return self.segments[self.index_of(segment_id)]

    def copy(self) -> Release:
        """A deep-enough copy: segments and their cell dicts are new, cells are immutable."""
        return Release(
            self.title,
            self.date,
            [Segment(s.role, dict(s.cells), s.id, s.comment) for s in self.segments],
        )


def edited_cell(old: Cell, text: str, *, origin: Origin = Origin.TYPED) -> Cell:
    """The cell after a person edits its text: it becomes a draft (or empty) again; its derivation is kept."""
    if not text.strip():
        return Cell(text, Status.EMPTY, Provenance())
    prov = old.provenance
    return Cell(text, Status.DRAFT, replace(prov, origin=origin, engine=None))


def derived_cell(text: str, *, source_lang: str, source_text: str, origin: Origin, engine: str | None) -> Cell:
    """A cell filled from another language (machine translation or translation memory)."""
    status = Status.MACHINE if origin is Origin.MACHINE else Status.DRAFT
    return Cell(text, status, Provenance(origin, source_lang, source_text, engine))


def imported_cell(text: str, engine: str | None = None) -> Cell:
    if not text.strip():
        return Cell()
    return Cell(text, Status.DRAFT, Provenance(Origin.IMPORTED, engine=engine))


def reimported_cell(old: Cell, text: str, engine: str | None = None) -> Cell:
    """The cell after a document brings `text` into it: a reviewed file read back must not turn every approved
    cell into a draft, so a cell whose text comes back unchanged stays as it was (status, provenance, no new
    revision); a changed one becomes a draft that keeps its derivation, as a person's edit does, so the cells
    translated from it show as stale."""
    if old.is_empty or not text.strip():
        return imported_cell(text, engine)
    if text.strip() == old.text.strip():
        return old
    return Cell(text, Status.DRAFT, replace(old.provenance, origin=Origin.IMPORTED, engine=engine))
