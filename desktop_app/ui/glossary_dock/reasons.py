"""The glossary's reasons (a row an import skips, an entry that cannot be saved) in the interface language.

The core gives each reason as a `Reason`: English text (for the command line and the log) with a code and its
values. Here each code has its translatable sentence; a reason without a known code is shown as the core wrote it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.labels import lang_label

translate = QCoreApplication.translate  # called with the context spelt out, so lupdate finds every sentence


def _fill(template: str, *values: str) -> str:
    """`template` with %1, %2 … replaced by `values` (highest first, so %1 never eats the 1 of %10)."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def _joined(values: tuple[str, ...]) -> str:
    return "; ".join(reason_text(value) for value in values)


def _templates() -> dict[str, Callable[[tuple[str, ...]], str]]:
    """Code → the sentence in the interface language (built per call: the language can change at any time)."""
    lang = lang_label
    return {
        "line": lambda v: _fill(translate("GlossaryReasons", "line %1"), *v),
        "entry": lambda v: _fill(translate("GlossaryReasons", "entry %1"), *v),
        "row": lambda v: _fill(translate("GlossaryReasons", "row %1"), *v),
        "sheet": lambda v: _fill(translate("GlossaryReasons", "sheet %1"), *v),
        "sheet-place": lambda v: _fill(translate("GlossaryReasons", "sheet %1, %2"), v[0], reason_text(v[1])),
        "sheet-not-glossary": lambda v: translate(
            "GlossaryReasons", "no table of terms in two languages; not imported"
        ),
        "sheet-unreadable": lambda v: _fill(translate("GlossaryReasons", "%1; not imported"), reason_text(v[0])),
        "title-row": lambda v: translate("GlossaryReasons", "a title above the header row; not a term"),
        "no-term": lambda v: translate("GlossaryReasons", "no term in Chinese, English or Russian"),
        "no-approved-form-given": lambda v: translate(
            "GlossaryReasons", "no approved form in Chinese, English or Russian"
        ),
        "only-forbidden": lambda v: translate("GlossaryReasons", "only forbidden forms in Chinese, English or Russian"),
        "term-too-long": lambda v: _fill(translate("GlossaryReasons", "a term is longer than %1 characters"), *v),
        "unknown-category": lambda v: _fill(
            translate("GlossaryReasons", "unknown category “%1” (expected one of %2)"), *v
        ),
        "already-in-glossary": lambda v: _fill(translate("GlossaryReasons", "already in the glossary as #%1 (%2)"), *v),
        "not-merged": lambda v: _fill(translate("GlossaryReasons", "not merged into #%1: %2"), v[0], _joined(v[1:])),
        "twin-not-merged": lambda v: _fill(
            translate("GlossaryReasons", "same term as an earlier entry, not merged into it: %1"), _joined(v)
        ),
        "twin-merged": lambda v: _fill(
            translate("GlossaryReasons", "same term as an earlier entry (%1); merged into it"), *v
        ),
        "refused": _joined,
        "no-approved-form": lambda v: translate("GlossaryReasons", "the approved form is empty in every language"),
        "too-many-forms": lambda v: _fill(
            translate("GlossaryReasons", "%1: %2 forms; at most %3 (approved, variants and forbidden) per language"),
            lang(v[0]),
            *v[1:],
        ),
        "form-too-long": lambda v: _fill(
            translate("GlossaryReasons", "%1: a form of %2 characters (%3); at most %4"), lang(v[0]), *v[1:]
        ),
        "bad-form": lambda v: _fill(
            translate("GlossaryReasons", "%1: the form %2 %3"), lang(v[0]), v[1], reason_text(v[2])
        ),
        "pipe-in-form": lambda v: _fill(
            translate("GlossaryReasons", "%1: %2 contains “|”, which separates listed forms (CSV, the command line)"),
            lang(v[0]),
            v[1],
        ),
        "allowed-and-forbidden": lambda v: _fill(
            translate("GlossaryReasons", "%1: %2 is both allowed and forbidden"), lang(v[0]), v[1]
        ),
        "approved-elsewhere": lambda v: _fill(
            translate("GlossaryReasons", "%1: %2 is already the approved form of entry #%3"), lang(v[0]), *v[1:]
        ),
        "note-too-long": lambda v: _fill(translate("GlossaryReasons", "the note has %1 characters; at most %2"), *v),
        "source-too-long": lambda v: _fill(
            translate("GlossaryReasons", "the source has %1 characters; at most %2"), *v
        ),
        "bad-note": lambda v: _fill(translate("GlossaryReasons", "the note %1"), reason_text(v[0])),
        "bad-source": lambda v: _fill(translate("GlossaryReasons", "the source %1"), reason_text(v[0])),
        "not-utf8": lambda v: translate("GlossaryReasons", "is not valid text (it holds bytes that are not UTF-8)"),
        "noncharacter": lambda v: _fill(
            translate("GlossaryReasons", "contains %1, a code point that is not a character"), *v
        ),
        "invisible-character": lambda v: _fill(
            translate("GlossaryReasons", "contains the invisible or control character %1"), *v
        ),
        "mixed-script": lambda v: (
            _fill(translate("GlossaryReasons", "mixes alphabets: %1 in “%2” (type “%3”)"), *v)
            if v[2]
            else _fill(translate("GlossaryReasons", "mixes alphabets: %1 in “%2”"), *v[:2])
        ),
        "not-a-date": lambda v: _fill(
            translate("GlossaryReasons", "%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"), *v
        ),
        "period-reversed": lambda v: _fill(
            translate("GlossaryReasons", "the period from %1 to %2 ends before it starts"), *v
        ),
    }


def reason_text(reason: str) -> str:
    """`reason` in the interface language when the core gave it a code this module knows, else as written."""
    code = getattr(reason, "code", None)
    template = _templates().get(code) if code else None
    if template is None:
        return reason
    try:
        return template(getattr(reason, "values", ()))
    except IndexError:  # a reason built with fewer values than its code needs: its own English says it all
        return reason
