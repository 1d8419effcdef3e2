"""OmegaT glossaries: tab-separated `source<TAB>target[<TAB>comment]` lines in .txt/.utf8/.tab files.

The file does not say its languages, so each column's language is judged by its script (Han → zh, Cyrillic → ru,
Latin → en). `#` lines are comments. A file whose columns are separated by spaces rather than tabs is refused.
We write one line per target form; the comment carries the note and, as `; `-separated parts that we read back,
`never: A | B` (forbidden target forms), `source: URL`, `short form` (the line's target is a short form) and
`variant` (an accepted variant of an entry with no approved target form).
Cells a spreadsheet would run as formulas get a leading apostrophe (OWASP), removed again when we read our own file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from desktop_app import LANGS
from desktop_app.atomic import atomic_write_text
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import (
    FORMULA_TRIGGERS,
    MAX_ROWS,
    TermFile,
    check_cells_per_line,
    decode_text,
    neutralise_formula,
    read_bytes,
    restore_formula,
    script_lang,
    split_forms,
    too_many_rows,
)
from desktop_app.formats.glossary_csv import read_term_table
from desktop_app.formats.input_files import name_as_text

NEVER = "never: "
SOURCE = "source: "
SHORT_FORM = "short form"
VARIANT = "variant"
HEADER = "# PressDesk glossary"  # our files' first line: their cells were neutralised and are restored on reading
_TRIGGERS = (*FORMULA_TRIGGERS, "#")  # "#" too: a line starting with it would be read as a comment


def read_omegat_glossary(path: str | Path) -> TermFile:
    """Entries of an OmegaT glossary; FormatError when the file is empty or not tab-separated."""
    p = Path(path)
    text = decode_text(read_bytes(p), p.name)
    ours = text.lstrip("\ufeff").startswith(HEADER)
    lines = []
    for line in io.StringIO(text, newline=None):  # a line at a time: blank lines cost nothing
        line = check_cells_per_line(p.name, line.rstrip("\n"), "\t")
        if line.strip() and not line.lstrip().startswith("#"):
            if len(lines) == MAX_ROWS:
                raise too_many_rows(p.name)
            lines.append(line)
    if not lines:
        raise FormatError(f"{p.name}: the glossary holds no terms", message_id=why.NO_TERMS, file_name=p.name)
    if not ours and _spreadsheet_quoted(lines):
        cells = list(csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter="\t"))
    else:
        cells = [line.split("\t") for line in lines]
    rows = [[_restore(cell.strip()) if ours else cell.strip() for cell in row] for row in cells]
    if not any(len([c for c in r if c]) >= 2 for r in rows):
        raise FormatError(f"{p.name}: no line has a term and its translation separated by a tab (an OmegaT "
                          f"glossary needs tab-separated columns)", message_id=why.OMEGAT_NO_TABS, file_name=p.name)
    read = read_term_table(name_as_text(p), rows, source=name_as_text(p), term_columns=2)
    target = script_lang([r[1] for r in rows if len(r) > 1 and r[1]][:500])
    if target in read.languages and len(read.languages) == 2:
        read.entries = [_with_comment_parts(e, target) for e in read.entries]
        if ours:
            source_lang = next(lang for lang in read.languages if lang != target)
            read.entries = _regrouped(read.entries, source_lang, target)
    return read


def _spreadsheet_quoted(lines: list[str]) -> bool:
    """Whether the file is a spreadsheet saved as tab-separated text, which quotes a cell holding a line break, a
    tab or a quote (a name wrapped onto two lines in its cell, a doubled quote); OmegaT's own files never
    quote."""
    return any(cell.startswith('"') and (cell.count('"') % 2 == 1 or '""' in cell[1:-1])
               for line in lines for cell in line.split("\t"))


def _regrouped(entries: list[TermEntry], source_lang: str, target: str) -> list[TermEntry]:
    """Our export writes one line per target form: each source term's lines become one entry again, every form
    kept exactly (merging them as repeated terms would drop a variant that differs only in case)."""
    grouped: dict[str, TermEntry] = {}
    for entry in entries:
        first = grouped.setdefault(entry.forms[source_lang], entry)
        if first is entry:
            continue
        variants = (*first.variants[target], *filter(None, [entry.forms[target]]), *entry.variants[target])
        short = (*first.short_forms[target], *entry.short_forms[target])
        grouped[entry.forms[source_lang]] = replace(first, variants={**first.variants, target: variants},
                                                    short_forms={**first.short_forms, target: short})
    return list(grouped.values())


def _with_comment_parts(entry: TermEntry, target: str) -> TermEntry:
    """An entry whose comment holds our `never:`, `source:`, `short form` and `variant` parts, with those parts
    applied."""
    note: list[str] = []
    forbidden: tuple[str, ...] = ()
    source, short, variant = entry.source, False, False
    for part in entry.note.split("; "):
        if part.startswith(NEVER):
            forbidden = split_forms(part[len(NEVER):])
        elif part.startswith(SOURCE) and part[len(SOURCE):].strip():
            source = part[len(SOURCE):].strip()
        elif part == SHORT_FORM:
            short = True
        elif part == VARIANT:
            variant = True
        else:
            note.append(part)
    if not forbidden and not short and not variant and source == entry.source:
        return entry
    forms, short_forms, variants = dict(entry.forms), dict(entry.short_forms), dict(entry.variants)
    if (short or variant) and forms.get(target):
        (short_forms if short else variants)[target] = (forms[target],)
        forms[target] = ""
    return replace(entry, forms=forms, short_forms=short_forms, variants=variants, note="; ".join(note),
                   source=source, forbidden={**entry.forbidden, target: forbidden})


def write_omegat_glossary(path: str | Path, entries: Iterable[TermEntry], source_lang: str = "en",
                          target_lang: str = "ru") -> int:
    """Write `source<TAB>target<TAB>comment` lines, one per target form (approved, variants, short forms); returns
    the line count."""
    if source_lang not in LANGS or target_lang not in LANGS or source_lang == target_lang:
        raise ValueError("source and target must be two different languages of zh, en, ru")
    lines = [f"{HEADER} {source_lang} → {target_lang} -*- coding: utf-8 -*-"]
    for e in entries:
        source = e.forms.get(source_lang, "")
        if not source:
            continue
        parts = [e.note]
        if e.forbidden.get(target_lang):
            parts.append(NEVER + " | ".join(e.forbidden[target_lang]))
        if e.source:
            parts.append(SOURCE + e.source)
        comment = "; ".join(filter(None, parts))
        approved = e.forms.get(target_lang, "")
        if approved:
            lines.append("\t".join(_cell(x) for x in (source, approved, comment)))
        variant_comment = comment if approved else "; ".join(filter(None, [comment, VARIANT]))
        for target in filter(None, e.variants.get(target_lang, ())):
            lines.append("\t".join(_cell(x) for x in (source, target, variant_comment)))
        short_comment = "; ".join(filter(None, [comment, SHORT_FORM]))
        for target in e.short_forms.get(target_lang, ()):
            lines.append("\t".join(_cell(x) for x in (source, target, short_comment)))
    atomic_write_text(Path(path), "\n".join(lines) + "\n")
    return len(lines) - 1


def _cell(text: str) -> str:
    """One cell on one line, inert in a spreadsheet, and not read as a comment line when it starts one."""
    return neutralise_formula(" ".join(text.replace("\t", " ").split()), _TRIGGERS)


def _restore(cell: str) -> str:
    return restore_formula(cell, _TRIGGERS)
