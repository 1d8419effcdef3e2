"""What a QA check reports: a finding on one cell, with a stable key for ignoring it and an optional fix."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """The kinds of findings, as named in the CLI's JSON output."""

    MISSING = "missing"
    UNTRANSLATED = "untranslated"
    STALE = "stale"
    NUMBER = "number"
    TERM = "term"
    FORBIDDEN = "forbidden"
    TITLE = "title"
    PUNCTUATION = "punctuation"
    SPACING = "spacing"
    LENGTH = "length"
    INVISIBLE = "invisible"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `text[start:end]`, which must still read `old`, by `new`."""

    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A one-click correction of a cell: non-overlapping edits applied together."""

    label: str
    edits: tuple[Edit, ...]

    def apply(self, text: str) -> str | None:
        """The corrected text, or None when the text has changed since the finding and the fix no longer fits."""
        out = text
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            if out[edit.start:edit.end] != edit.old:
                return None
            out = out[:edit.start] + edit.new + out[edit.end:]
        return out


@dataclass(frozen=True, slots=True)
class CellIssue:
    """A problem found by a check in one cell's text, before the runner places it in the release."""

    kind: Kind
    severity: Severity
    message: str
    detail: str
    fix: Fix | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one cell. `detail` names the problem independently of offsets, so `key` survives typing."""

    segment_index: int
    segment_id: str
    lang: str
    kind: Kind
    severity: Severity
    message: str
    fix: Fix | None = None
    detail: str = ""
    span: tuple[int, int] | None = field(default=None, compare=False)
    key: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        """The key is the stable identity for "ignore this finding": the cell, the kind and what is wrong."""
        raw = "\x1f".join((self.segment_id, self.lang, self.kind.value, self.detail or self.message))
        object.__setattr__(self, "key", hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20])

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON shape."""
        return {
            "segment": self.segment_index, "segment_id": self.segment_id, "lang": self.lang,
            "kind": self.kind.value, "severity": self.severity.value, "message": self.message,
        }
