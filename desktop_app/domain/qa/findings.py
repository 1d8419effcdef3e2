"""What a QA check reports: a finding on one cell, with a stable key for ignoring it and an optional fix.

Every finding names its message by a stable `message_id` and the `args` that fill it, so the editor and the CLI
can show it in the user's language; `message` is the English text. The ids and their English templates are
`MESSAGES` below: a translation keeps the `{name}` placeholders. Severities: `error` when the versions contradict
each other (a number, a date, a title not held on the day, a forbidden form, a different body), `warning` when
something one version names is absent from another or a word cannot be found as typed (invisible characters,
mixed alphabets), `info` for style (punctuation, spacing, length).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
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
    MIXED_SCRIPT = "mixed-script"
    SPELLING = "spelling"  # found by services.spelling with Hunspell dictionaries, not by the domain checks


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


MESSAGES: dict[str, str] = {
    "missing-text": "no {lang} text (filled in: {others})",
    "untranslated-identical": "identical to the {other} text: not translated",
    "untranslated-script": "written in {detected}, not {lang}",
    "stale": "the {source} text has changed since this was translated from it",
    "length-short": "much shorter than the other versions ({ratio}× shorter): text may be missing",
    "length-long": "much longer than the other versions ({ratio}× longer): text may be repeated",
    "number-missing": "{value} is missing here ({where})",
    "number-extra": "“{text}” ({value}) does not appear in the {langs} text",
    "number-qualifier": "“{text}”: the other versions say {said} {value}",
    "date-missing": "the date {dates} is missing here ({where})",
    "date-differs": "“{text}” here, but {dates} in the other versions ({where})",
    "date-relative": "“{text}” ({date}) is not the day the {lang} text means: “{other_text}” ({other_date})",
    "date-weekday": "“{text}”: {date} is a {weekday}",
    "term-forbidden": "“{text}” is not to be used: use “{approved}”",
    "term-forbidden-no-form": "“{text}” is not to be used",
    "term-dated": "“{text}” is not current on {date} (glossary: {valid_from} to {valid_to})",
    "term-misspelt": "“{text}” ({lang}) has no counterpart here: expected “{approved}” or an accepted variant",
    "term-no-counterpart": "“{text}” ({lang}) has no counterpart in this paragraph: expected “{approved}”, a short "
                           "form or a reference to it",
    "term-omitted": "“{text}” ({lang}) is named nowhere in the {version} text: expected “{approved}”",
    "person-omitted": "“{text}” ({lang}) is named nowhere in the {version} text",
    "term-wrong-given-name": "“{text}” is not how this person is named: “{approved}”",
    "term-given-name-alone": "“{text}” is a given name alone, read as a surname: “{approved}”",
    "term-only-here": "“{text}” appears only here: the {langs} text names no counterpart",
    "term-different-body": "“{text}” is a different body from “{other_text}” in the {langs} text",
    "title-not-held": "{name} did not hold “{title}” on {date} (held {period}); on that date: “{current}”",
    "title-not-held-no-current": "{name} did not hold “{title}” on {date} (held {period})",
    "title-of-another": "{name} did not hold “{title}” on {date}, {holders} did; on that date: “{current}”",
    "title-held-by-other": "on {date} “{title}” was held by {holders}",
    "half-width-punctuation": "half-width {name} “{char}” in Chinese text: use “{full}”",
    "straight-quotes": "straight quotes \" in Chinese text: use “ ”",
    "name-interpunct": "“{text}”: a full stop parts the halves of the name: use “·”",
    "cjk-space": "space between Chinese characters",
    "full-width-punctuation": "Chinese {name} “{char}” in {lang} text",
    "space-before-punctuation": "space before punctuation",
    "missing-space-after-punctuation": "no space after punctuation between words",
    "russian-quotes": "Russian text should use quotes «…» (and „…“ inside them)",
    "unbalanced-brackets": "unbalanced brackets {pair}",
    "unbalanced-quotes": "unbalanced quotes {pair}",
    "double-space": "doubled space",
    "invisible-control": "{count} control or text-direction character(s) ({names})",
    "invisible-hidden": "{count} invisible character(s) ({names})",
    "mixed-script-cyrillic": "“{word}” mixes alphabets: {letters} in a Cyrillic word",
    "mixed-script-latin": "“{word}” mixes alphabets: {letters} in a Latin-alphabet word",
    "mixed-script-letter": "“{text}”: “{letter}” ({name}) among words of another alphabet",
    "spelling-unknown": "“{word}” is not in the dictionary: a spelling mistake?",
}


def render(message_id: str, args: Mapping[str, str]) -> str:
    """The English message of `message_id` filled with `args`."""
    return MESSAGES[message_id].format(**args)


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
    message_id: str
    args: Mapping[str, str] = field(hash=False)
    detail: str = ""
    fix: Fix | None = None
    span: tuple[int, int] | None = None

    @property
    def message(self) -> str:
        return render(self.message_id, self.args)


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
    message_id: str = ""
    args: Mapping[str, str] = field(default_factory=dict, hash=False)
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
            "message_id": self.message_id, "args": dict(self.args),
        }
