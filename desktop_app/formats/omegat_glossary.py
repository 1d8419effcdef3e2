"""OmegaT glossaries: tab-separated `source<TAB>target[<TAB>comment]` lines in .txt/.utf8/.tab files.

The file does not say its languages, so each column's language is judged by its script (Han → zh, Cyrillic → ru,
Latin → en). `#` lines are comments. A file whose columns are separated by spaces rather than tabs is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop_app import LANGS
from desktop_app.atomic import atomic_write_text
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import TermFile, decode_text, read_bytes
from desktop_app.formats.glossary_csv import read_term_table

OMEGAT_SUFFIXES: tuple[str, ...] = (".txt", ".utf8", ".tab", ".tsv")


def read_omegat_glossary(path: str | Path) -> TermFile:
    """Entries of an OmegaT glossary; FormatError when the file is empty or not tab-separated."""
    p = Path(path)
    text = decode_text(read_bytes(p), p.name)
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise FormatError(f"{p.name}: the glossary holds no terms")
    rows = [[cell.strip() for cell in line.split("\t")] for line in lines]
    if not any(len([c for c in r if c]) >= 2 for r in rows):
        raise FormatError(f"{p.name}: no line has a term and its translation separated by a tab (an OmegaT "
                          f"glossary needs tab-separated columns)")
    return read_term_table(p.name, rows, source=p.name, term_columns=2)


def write_omegat_glossary(path: str | Path, entries: Iterable[TermEntry], source_lang: str = "en",
                          target_lang: str = "ru") -> int:
    """Write `source<TAB>target<TAB>note` lines, one per target form (approved and variants); returns line count."""
    if source_lang not in LANGS or target_lang not in LANGS or source_lang == target_lang:
        raise ValueError("source and target must be two different languages of zh, en, ru")
    lines = [f"# PressDesk glossary {source_lang} → {target_lang} -*- coding: utf-8 -*-"]
    for e in entries:
        source = e.forms.get(source_lang, "")
        if not source:
            continue
        comment = e.note
        if e.forbidden.get(target_lang):
            comment = "; ".join(filter(None, [comment, "never: " + " | ".join(e.forbidden[target_lang])]))
        for target in (e.forms.get(target_lang, ""), *e.variants.get(target_lang, ())):
            if target:
                lines.append("\t".join(_clean(x) for x in (source, target, comment)))
    atomic_write_text(Path(path), "\n".join(lines) + "\n")
    return len(lines) - 1


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())
