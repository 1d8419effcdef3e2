"""What a glossary is made of: entries with approved, accepted, short and forbidden forms per language, and tenures."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app import LANGS

CATEGORIES: tuple[str, ...] = ("person", "title", "organization", "place", "initiative", "event", "term", "country")
MAX_NOTE_CHARS = 4000  # an entry's note; longer ones are refused (typed, edited) or cut (read from a TBX file)


class HitKind(StrEnum):
    """How a recognised span relates to its entry: the approved form, an accepted variant, a short form (a second
    reference such as a surname alone or "the conference", which refers back to a full mention), or a forbidden
    form."""

    APPROVED = "approved"
    VARIANT = "variant"
    SHORT = "short"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True, slots=True)
class TermEntry:
    """One concept (person, title, body, place…) with its forms in zh, en and ru; `id` is 0 until stored."""

    id: int
    category: str
    forms: dict[str, str]
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forbidden: dict[str, tuple[str, ...]] = field(default_factory=dict)
    note: str = ""
    source: str = ""
    valid_from: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from which the form is current
    valid_to: str | None = None  # ISO date after which it is out of date
    short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # second references, not first mentions

    def __hash__(self) -> int:
        """Entries are hashed by identity and approved forms, so hits can live in sets despite the dict fields."""
        return hash((self.id, self.category, tuple(sorted(self.forms.items()))))

    def form(self, lang: str) -> str:
        """The approved form in `lang`, or "" when the entry has none."""
        return self.forms.get(lang, "")

    def surface_forms(self, lang: str) -> Iterator[tuple[str, HitKind]]:
        """Every non-empty form in `lang` with its kind: approved first, then variants, short forms, forbidden."""
        if self.forms.get(lang):
            yield self.forms[lang], HitKind.APPROVED
        for text in self.variants.get(lang, ()):
            if text:
                yield text, HitKind.VARIANT
        for text in self.short_forms.get(lang, ()):
            if text:
                yield text, HitKind.SHORT
        for text in self.forbidden.get(lang, ()):
            if text:
                yield text, HitKind.FORBIDDEN

    def label(self) -> str:
        """A one-line name for lists and messages: the first approved form found in en, zh, ru order."""
        return next((self.forms[lang] for lang in ("en", "zh", "ru") if self.forms.get(lang)), f"#{self.id}")


def empty_entry(category: str = "term") -> TermEntry:
    """A blank entry with every language key present, the starting point of the add dialog and the CLI."""
    return TermEntry(id=0, category=category, forms={lang: "" for lang in LANGS},
                     variants={lang: () for lang in LANGS}, forbidden={lang: () for lang in LANGS},
                     short_forms={lang: () for lang in LANGS})


@dataclass(frozen=True, slots=True)
class Tenure:
    """A person holding a title between two dates (None = open-ended), e.g. Liu Xin as Vice Governor until 2023-01."""

    person_id: int
    title_id: int
    valid_from: str | None = None
    valid_to: str | None = None
    note: str = ""

    def covers(self, date: str) -> bool:
        """Whether the tenure is current on `date` (ISO, any precision); open ends count as current."""
        return in_period(date, self.valid_from, self.valid_to)


def in_period(date: str, valid_from: str | None, valid_to: str | None) -> bool:
    """Compare ISO dates of mixed precision ("2023", "2023-01", "2023-01-15") by their common prefix."""
    if not date:
        return True
    if valid_from and date[: len(valid_from)] < valid_from[: len(date)]:
        return False
    return not (valid_to and date[: len(valid_to)] > valid_to[: len(date)])


@dataclass(frozen=True, slots=True)
class TermHit:
    """A recognised span of a text: `text[start:end]` is a form of `entry` in `lang`; `form` is that glossary form.

    A short form that several entries share ("the committee") names the first of them as `entry` and the others in
    `also`: which one it refers back to is decided by what the text mentioned in full before.
    """

    entry: TermEntry
    lang: str
    start: int
    end: int
    text: str
    kind: HitKind
    form: str = ""
    also: tuple[TermEntry, ...] = ()
