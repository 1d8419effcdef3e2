"""Characters nobody can see in a cell: control characters and bidi controls (errors: they break the DOCX export
or reorder what the reader sees) and zero-width or other invisible characters (warnings: they split words, so
search and spell checks miss them). Each comes with a fix that removes them all.

Variation selectors are left alone: they choose a glyph (of a rare Han character in a name, of an emoji) and
hide nothing.
"""

from __future__ import annotations

from desktop_app.domain.invisible import BIDI_CONTROLS, char_name, control_characters, invisible_characters
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity

_VARIATION_SELECTORS = frozenset(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]))


def invisible_issues(text: str) -> list[CellIssue]:
    """At most two findings for `text`: its control and bidi characters, and its other invisible characters."""
    invisible = invisible_characters(text)
    harmful = sorted([*control_characters(text), *((i, c) for i, c in invisible if c in BIDI_CONTROLS)])
    hidden = [(i, c) for i, c in invisible if c not in BIDI_CONTROLS and c not in _VARIATION_SELECTORS]
    issues = []
    if harmful:
        issues.append(_issue(harmful, Severity.ERROR, "invisible-control", "control or text-direction character"))
    if hidden:
        issues.append(_issue(hidden, Severity.WARNING, "invisible-hidden", "invisible character"))
    return issues


def _issue(chars: list[tuple[int, str]], severity: Severity, message_id: str, what: str) -> CellIssue:
    names = list(dict.fromkeys(char_name(c) for _, c in chars))
    count = len(chars)
    args = {"count": str(count), "names": ", ".join(names[:3]) + (", …" if len(names) > 3 else "")}
    edits = tuple(Edit(i, i + 1, c, "") for i, c in chars)
    detail = "invisible:" + ",".join(f"{ord(c):04X}" for c in dict.fromkeys(c for _, c in chars))
    return CellIssue(Kind.INVISIBLE, severity, message_id, args, detail,
                     Fix(f"remove the {what}{'s' if count > 1 else ''}", edits), (chars[0][0], chars[0][0] + 1))
