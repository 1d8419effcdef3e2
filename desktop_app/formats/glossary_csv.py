"""Glossary CSV: our own columns (those of resources/glossary-seed.csv) and, leniently, two-language term lists.

Our columns are `category, zh, en, ru, <lang>_variants, <lang>_forbidden, note` (variants `|`-separated), plus
optional `<lang>_short` (short forms: second references), `source` (where the entry's facts come from, e.g. the
official site), `valid_from, valid_to`. A foreign CSV is accepted when its header names language columns
(`eng,rus`, `source,en`) or its columns are in different scripts; a file whose columns cannot be told apart
(a press release pasted into a spreadsheet, two English columns) is refused rather than guessed at.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from desktop_app import LANGS
from desktop_app.atomic import atomic_write_text
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import (
    MAX_ROWS,
    Reason,
    TermFile,
    check_cells_per_line,
    decode_text,
    form_too_long,
    lang_of_code,
    make_entry,
    neutralise_formula,
    no_approved_form,
    no_term,
    place,
    read_bytes,
    restore_formula,
    script_lang,
    split_forms,
    too_many_rows,
    unknown_category,
)
from desktop_app.formats.input_files import name_as_text
from desktop_app.formats.language_table import named_language

OUR_COLUMNS: tuple[str, ...] = (
    "category", *LANGS, *(f"{lang}_variants" for lang in LANGS), *(f"{lang}_forbidden" for lang in LANGS), "note",
)
SHORT_COLUMNS: tuple[str, ...] = tuple(f"{lang}_short" for lang in LANGS)
EXPORT_COLUMNS: tuple[str, ...] = (*OUR_COLUMNS, *SHORT_COLUMNS, "source", "valid_from", "valid_to")
TENURE_COLUMNS: tuple[str, ...] = ("person_en", "title_en", "valid_from", "valid_to", "note")
# Headers that say what a column holds (the term, its translation) rather than its language: the language is told
# by the column's text.
_ROLE_WORDS = {"source", "target", "term", "terms", "source term", "target term", "translation", "src", "tgt",
               "original", "原文", "译文", "譯文", "术语", "術語", "译名", "譯名", "翻译", "翻譯", "оригинал",
               "перевод", "термин", "термины"}
_NOTE_WORDS = {"note", "notes", "comment", "comments", "definition", "description", "remark"}
MAX_TERM_CHARS = 500

csv.field_size_limit(10 * 1024 * 1024)


# A cell written for Excel as a formula giving text, ="G20" (database and CMS exports do, so Excel keeps "007" its
# zeros and takes no name for a date): Excel shows the text, quotes inside doubled.
_EXCEL_TEXT = re.compile(r'="((?:[^"]|"")*)"', re.DOTALL)


def _cell_text(cell: str) -> str:
    cell = cell.strip()
    shown = _EXCEL_TEXT.fullmatch(cell) if cell[:2] == '="' else None
    return shown.group(1).replace('""', '"').strip() if shown else cell


def _rows(text: str, name: str, delimiter: str = ",") -> list[list[str]]:
    """The rows of a CSV text that hold anything, cells trimmed (and a text formula read as the text Excel shows).
    Read a line at a time, so blank lines cost nothing; FormatError beyond MAX_ROWS rows, or for a line of more
    cells than a table has, before it is split."""
    lines = (check_cells_per_line(name, line, delimiter) for line in io.StringIO(text, newline=""))
    rows: list[list[str]] = []
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            cells = [_cell_text(cell) for cell in row]
            if any(cells):
                if len(rows) == MAX_ROWS:
                    raise too_many_rows(name)
                rows.append(cells)
    except csv.Error as exc:
        raise FormatError(f"{name}: not a readable CSV file ({exc})", message_id=why.CSV_UNREADABLE,
                          file_name=name) from exc
    return rows


_SEPARATOR_HINT = re.compile(r"\ufeff?sep=(.)\r?\n", re.IGNORECASE)
DELIMITERS = (",", ";", "\t")  # ";" is what Excel writes where the comma is the decimal mark (Russia, much of Europe)
SNIFF_LINES = 50


def sniff_delimiter(text: str, name: str = "the file") -> str:
    """The separator of a CSV file: the one that splits its first lines into the same number of cells, at least
    two, most often (a comma when none does)."""
    sample = "".join(itertools.islice(io.StringIO(text, newline=""), SNIFF_LINES))  # not a list of every line

    def score(delimiter: str) -> tuple[int, int]:
        lines = (check_cells_per_line(name, line, delimiter) for line in io.StringIO(sample, newline=""))
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(r)]
        except csv.Error:
            return (0, 0)
        if not widths or widths[0] < 2:
            return (0, 0)
        return (sum(w == widths[0] for w in widths), widths[0])

    return max(DELIMITERS, key=score)  # max keeps the first of equals: the comma


def read_glossary_csv(path: str | Path) -> TermFile:
    """Entries of a CSV glossary; FormatError when the file is not one."""
    p = Path(path)
    text = decode_text(read_bytes(p), p.name)
    hint = _SEPARATOR_HINT.match(text)
    if hint:  # Excel's "sep=;" first line names the separator
        text = text[hint.end():]
    delimiter = hint.group(1) if hint else sniff_delimiter(text, p.name)
    return read_glossary_rows(name_as_text(p), _rows(text, p.name, delimiter))


def read_glossary_rows(name: str, rows: list[list[str]]) -> TermFile:
    """Entries of a table of cells (a CSV file's, a worksheet's): our own columns, or language columns."""
    rows = [r for r in rows if any(r)]
    if not rows:
        raise FormatError(f"{name}: the file holds no terms", message_id=why.NO_TERMS, file_name=name)
    titles = _title_rows(rows)
    rows = rows[titles:]
    header = [c.lower() for c in rows[0]]
    if "category" in header and any(lang in header for lang in LANGS):
        read = _read_ours(name, header, rows[1:], source=name)
    else:
        read = read_term_table(name, rows, source=name)
    read.skipped[:0] = [(place("row", number), Reason("a title above the header row; not a term", "title-row"))
                        for number in range(1, titles + 1)]
    _refuse_lost_script(name, read)
    return read


_LOST = re.compile(r"\?+(?:[\s\-.,()]+\?+)*")


def _refuse_lost_script(name: str, read: TermFile) -> None:
    """Excel saving plain CSV in a code page without Chinese (Windows-1251 on a Russian system) writes each Chinese
    character as "?": a column of question marks is text lost before the file reached PressDesk, never terms."""
    for lang in read.languages:
        forms = [form for entry in read.entries if (form := entry.forms.get(lang, ""))]
        lost = [form for form in forms if _LOST.fullmatch(form)]
        if lost and len(lost) * 2 > len(forms) and any(len(form) > 1 for form in lost):
            raise FormatError(f"{name}: the {_LANG_NAMES[lang]} terms are question marks (\"{lost[0]}\"): the file was "
                              f"saved in a code page without {_LANG_NAMES[lang]} characters; save it as \"CSV UTF-8\" "
                              "(or as .xlsx) and import again", message_id=why.CSV_QUESTION_MARKS,
                              message_args=((lang,), lost[0]), file_name=name)


MAX_TITLE_ROWS = 5


def _title_rows(rows: list[list[str]]) -> int:
    """How many rows of one cell each (a sheet's title, "Glossary of the Ministry…") stand above a header row naming
    two or more languages; 0 when the first row is not such a title."""
    for index, row in enumerate(rows[:MAX_TITLE_ROWS + 1]):
        filled = sum(1 for cell in row if cell)
        if filled > 1:
            named = sum(1 for lang in _header_languages([c.lower() for c in row]) if lang)
            return index if index and named >= 2 else 0
    return 0


def _read_ours(name: str, header: list[str], rows: list[list[str]], source: str) -> TermFile:
    result = TermFile(languages=tuple(lang for lang in LANGS if lang in header))
    col = {h: i for i, h in enumerate(header)}

    def cell(row: list[str], column: str) -> str:
        i = col.get(column)
        return restore_formula(row[i]) if i is not None and i < len(row) else ""

    for number, row in enumerate(rows, start=2):
        where = place("line", number)
        category = cell(row, "category").lower()
        if category not in CATEGORIES:
            result.skipped.append((where, unknown_category(category)))
            continue
        forms = {lang: cell(row, lang) for lang in LANGS}
        if not any(forms.values()):
            result.skipped.append((where, no_approved_form()))
            continue
        if any(len(f) > MAX_TERM_CHARS for f in forms.values()):
            result.skipped.append((where, form_too_long(MAX_TERM_CHARS, "form")))
            continue
        result.entries.append(make_entry(
            forms,
            {lang: split_forms(cell(row, f"{lang}_variants")) for lang in LANGS},
            {lang: split_forms(cell(row, f"{lang}_forbidden")) for lang in LANGS},
            category=category, note=cell(row, "note"), source=cell(row, "source") or source,
            valid_from=cell(row, "valid_from"), valid_to=cell(row, "valid_to"),
            short_forms={lang: split_forms(cell(row, f"{lang}_short")) for lang in LANGS},
        ))
    return result


def read_term_table(name: str, rows: list[list[str]], source: str, term_columns: int | None = None) -> TermFile:
    """A table of terms in language columns (CSV or tab-separated); the header is optional.

    With `term_columns` (OmegaT: 2) the columns after those are comments, whatever their script, unless a header
    names their language (a three-language table saved as tab-separated text).
    """
    width = max(len(r) for r in rows)
    first = [c.lower() for c in rows[0]] + [""] * (width - len(rows[0]))
    named = _header_languages(first)
    has_header = any(named) or any(c in _ROLE_WORDS or c in _NOTE_WORDS for c in first)
    body = rows[1:] if has_header else rows
    start_line = 2 if has_header else 1
    if has_header and any(named) and body and _says_what_columns_hold(body[0]):
        body, start_line = body[1:], start_line + 1  # a second header row: "Term | Note" under each language
    columns: dict[int, str] = {}
    notes: list[int] = []
    ignored: list[str] = []
    for i in range(width):
        beyond_terms = term_columns is not None and i >= term_columns and not (has_header and named[i])
        if (has_header and named[i] is None and _NOTE_WORD.search(first[i])) or beyond_terms:
            notes.append(i)
            continue
        lang = named[i] if has_header else None
        values = [r[i] for r in body if i < len(r) and r[i]]
        if has_header and lang is None and first[i] not in _ROLE_WORDS:
            if values:
                ignored.append(first[i] or f"column {i + 1}")
            continue  # a header names this column as something else (an index, a "keep" flag …)
        lang = lang or script_lang(values[:500])
        if lang is None:
            if values and not all(v.replace(".", "").isdigit() for v in values[:50]):
                ignored.append(first[i] if has_header and first[i] else f"column {i + 1}")
            continue
        if lang in columns.values():
            raise FormatError(f"{name}: two columns look like {_LANG_NAMES[lang]}; name the columns zh, en and ru "
                              f"in a header row so PressDesk knows which is which", message_id=why.CSV_COLUMNS_ALIKE,
                              message_args=((lang,),), file_name=name)
        columns[i] = lang
    if not columns:
        raise FormatError(f"{name}: no column in Chinese, English or Russian was found",
                          message_id=why.CSV_NO_LANGUAGE_COLUMN, file_name=name)
    result = TermFile(languages=tuple(sorted(set(columns.values()), key=LANGS.index)),
                      ignored_languages=tuple(ignored))
    for number, row in enumerate(body, start=start_line):
        forms = {lang: row[i] for i, lang in columns.items() if i < len(row)}
        if not any(forms.values()):
            result.skipped.append((place("line", number), no_term()))
            continue
        if any(len(f) > MAX_TERM_CHARS for f in forms.values()):
            result.skipped.append((place("line", number), form_too_long(MAX_TERM_CHARS)))
            continue
        note = "; ".join(row[i] for i in notes if i < len(row) and row[i])
        result.entries.append(make_entry(forms, note=note, source=source))
    return result


def _says_what_columns_hold(row: list[str]) -> bool:
    """Whether a row only names what columns hold ("Term | Note | Term | Note"), as a second header row under
    language names merged over two columns each does."""
    cells = [c.lower() for c in row if c]
    return bool(cells) and all(c in _ROLE_WORDS or _NOTE_WORD.search(c) for c in cells)


_LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}
# memoQ names a language's definition column "<Language>_Def".
_NOTE_WORD = re.compile("|".join(sorted(_NOTE_WORDS))
                        + r"|(?<![a-z])def(?![a-z])|备注|注释|说明|примечан|коммент|определен|定义")


# Headers of the columns that number, class or transcribe the entries beside the language columns ("№ | Китайский |
# Английский | Русский", "序号 | 中文名称 | 英文名称 | 俄文名称", "No. | Chinese (PRC) | …", "类别", "拼音").
_LABEL = re.compile(r"#|№(?:\s*п/п)?|п/п|n[o°º]\.?|nr\.?|num(?:ber)?|id|entry[ _]?id|index|序号|编号|类别|分类|"
                    r"类型|领域|拼音|pinyin|category|type|domain|subject|entry[ _]?subject|номер|категория|тип|"
                    r"тематика|раздел")


def _header_languages(first: list[str]) -> list[str | None]:
    """The language each cell of a first row names when that row is a header: codes and names ("ru-RU", "eng",
    "Russian") wherever they stand; column titles naming a language in words ("中文名称", "English term",
    "Term (ZH)", "Перевод на русский") only when every cell of the row is such a title, a code, a role, a note or
    the label of a number, category or transcription column, each language named once: a first row of terms
    ("Chinese Dream | Китайская мечта") names none."""
    codes = [lang_of_code(c) if c and not _NOTE_WORD.search(c) else None for c in first]
    worded: list[str | None] = []
    for cell, code in zip(first, codes, strict=True):
        if not cell or code is not None or cell in _ROLE_WORDS or _NOTE_WORD.search(cell) or _LABEL.fullmatch(cell):
            worded.append(code)
            continue
        lang = named_language(cell, text_only=False)
        if lang is None:
            return codes
        worded.append(lang)
    langs = [lang for lang in worded if lang]
    return worded if len(langs) == len(set(langs)) else codes


def write_glossary_csv(path: str | Path, entries: Iterable[TermEntry]) -> int:
    """Write entries in our CSV columns (atomically); returns how many were written. Cells a spreadsheet would
    run as formulas are neutralised (`neutralise_formula`); our reader restores them."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for e in entries:
        writer.writerow([neutralise_formula(cell) for cell in (
            e.category, *(e.forms.get(lang, "") for lang in LANGS),
            *("|".join(e.variants.get(lang, ())) for lang in LANGS),
            *("|".join(e.forbidden.get(lang, ())) for lang in LANGS),
            e.note, *("|".join(e.short_forms.get(lang, ())) for lang in LANGS), e.source, e.valid_from or "",
            e.valid_to or "",
        )])
        count += 1
    atomic_write_text(Path(path), buffer.getvalue())
    return count


def read_tenures_csv(path: str | Path) -> list[dict[str, str]]:
    """Rows of a tenure file (person_en, title_en, valid_from, valid_to, note) linking seed entries by English form."""
    p = Path(path)
    rows = _rows(decode_text(read_bytes(p), p.name), p.name)
    if not rows or [c.lower() for c in rows[0]][: len(TENURE_COLUMNS)] != list(TENURE_COLUMNS):
        raise FormatError(f"{p.name}: expected the columns {', '.join(TENURE_COLUMNS)}",
                          message_id=why.CSV_TENURE_COLUMNS, message_args=(", ".join(TENURE_COLUMNS),),
                          file_name=p.name)
    return [dict(zip(TENURE_COLUMNS, r + [""] * (len(TENURE_COLUMNS) - len(r)), strict=False))
            for r in rows[1:] if any(r)]
