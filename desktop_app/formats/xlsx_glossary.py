"""Glossaries kept in an Excel workbook (.xlsx, .xlsm): the visible worksheets read as tables of terms.

Press offices keep their lists of names in spreadsheets far more often than in any terminology tool, and saving
one as CSV in the right encoding is where names get garbled. Each visible sheet is read like a CSV file (our own
columns, or language columns named in a header or told by their script); sheets of instructions are passed over.
The package is read with the same care as a Word document: no entities, no DTD, no network, oversized or zip-bomb
parts and cells beyond Excel's own grid refused.
"""

from __future__ import annotations

import posixpath
import re
import weakref
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from desktop_app.domain import refusals as why
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import MAX_ROWS, Reason, TermFile, place, too_many_rows
from desktop_app.formats.input_files import (
    check_regular_file,
    name_as_text,
    open_package,
    part_key,
    read_part,
    refuse_duplicate_parts,
    unpack_failure,
)
from desktop_app.formats.xml_prolog import declares_dtd, stored_encoding

MAX_COLUMNS = 16_384  # column XFD, the last one Excel has
MAX_USED_COLUMNS = 64  # a glossary has a column per language and a few for notes
MAX_FILE_BYTES = 200 * 1024 * 1024
# Excel's own limit on a cell. One shared string of 7 MB named by 100 cells took 720 MB and 21 s (each cell's copy
# of it trimmed of its spaces); a cell past the limit is no workbook Excel wrote.
MAX_CELL_CHARS = 32_767
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _parser(encoding: str | None = None) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True, encoding=encoding)


def _local(element: etree._Element) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


_ENTRIES: weakref.WeakKeyDictionary[zipfile.ZipFile, dict[str, str]] = weakref.WeakKeyDictionary()


def _part(zf: zipfile.ZipFile, name: str) -> etree._Element | None:
    """A part of the package parsed, found whatever the case of its name; None when it is absent. The entries are
    indexed once per package: every sheet looks its part up."""
    entries = _ENTRIES.get(zf)
    if entries is None:
        entries = _ENTRIES[zf] = {}
        for entry_name in zf.namelist():
            entries.setdefault(part_key(entry_name), entry_name)
    entry = entries.get(part_key(name))
    if entry is None:
        return None
    data = read_part(zf, zf.getinfo(entry))
    if declares_dtd(data):
        raise FormatError(f"{entry} declares a DTD, which Excel workbooks never hold (its entities could stand for "
                          "text); refused", message_id=why.XLSX_DTD, message_args=(entry,))
    try:
        return etree.fromstring(data, _parser(stored_encoding(data)))
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{entry} is not well-formed XML ({exc.msg})", message_id=why.XML_PART_NOT_WELL_FORMED,
                          message_args=(entry,)) from exc


# Excel writes a character XML cannot hold, or a carriage return, as `_x000D_`, and a literal "_x" as `_x005F_x`.
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def _unescaped(text: str) -> str:
    """A cell's text with Excel's `_xHHHH_` escapes read: "State_x000D_\nDuma" is "State\r\nDuma"."""
    if "_x" not in text:
        return text

    def character(found: re.Match[str]) -> str:
        code = int(found.group(1), 16)
        return found.group() if 0xD800 <= code <= 0xDFFF else chr(code)

    return _ESCAPE.sub(character, text)


def _text(element: etree._Element) -> str:
    """The text of a shared or inline string: its `t` runs, not the phonetic guide (`rPh`) of Japanese sheets."""
    return _unescaped("".join(t.text or "" for t in element.iter("{*}t")
                              if not any(_local(a) == "rPh" for a in t.iterancestors())))


def _sheets(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name, part) of the workbook's visible worksheets in tab order: hidden sheets hold lists for drop-downs and
    other helpers, not the names the user sees."""
    workbook = _part(zf, "xl/workbook.xml")
    if workbook is None:
        if any(part_key(name) == "xl/workbook.bin" for name in zf.namelist()):
            raise FormatError("an Excel binary workbook (.xlsb) with an .xlsx name; in Excel save it as "
                              "Excel Workbook (.xlsx) and import that", message_id=why.XLSX_BINARY)
        raise FormatError("not an Excel workbook (the package has no xl/workbook.xml)", message_id=why.XLSX_NO_WORKBOOK)
    rels = _part(zf, "xl/_rels/workbook.xml.rels")
    targets = {r.get("Id"): r.get("Target", "") for r in (rels if rels is not None else ())
               if r.tag == f"{{{_REL_NS}}}Relationship"}
    sheets = []
    for sheet in workbook.iter("{*}sheet"):
        rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rel_id, "")
        if not target:
            raise FormatError(f"the worksheet {sheet.get('name') or ''!r} is missing from the workbook",
                              message_id=why.XLSX_SHEET_MISSING, message_args=(repr(sheet.get("name") or ""),))
        if sheet.get("state") in ("hidden", "veryHidden"):
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        sheets.append((sheet.get("name") or part, part))
    if not sheets:
        raise FormatError("the workbook has no visible worksheet", message_id=why.XLSX_NO_VISIBLE_SHEET)
    return sheets


def _column(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number - 1


def _rows(zf: zipfile.ZipFile, part: str, shared: list[str]) -> list[list[str]]:
    """The non-empty rows of a worksheet, as cells of the columns used."""
    sheet = _part(zf, part)
    if sheet is None:
        raise FormatError(f"the worksheet {part} is missing from the workbook", message_id=why.XLSX_SHEET_MISSING,
                          message_args=(part,))
    rows: list[dict[int, str]] = []
    used: set[int] = set()
    headings = _merged_across(sheet)
    merged_down = _merged_down(sheet)
    filling: dict[int, tuple[int, str]] = {}  # column → (last row, text) of a cell merged down over the rows below
    row_number = 0
    for row in sheet.iter("{*}row"):
        cells: dict[int, str] = {}
        for position, cell in enumerate(row.iterchildren("{*}c")):
            match = _CELL_REF.match(cell.get("r") or "")
            column = _column(match.group(1)) if match else position
            if column >= MAX_COLUMNS:
                raise FormatError(f"a cell lies beyond Excel's last column ({cell.get('r')})",
                                  message_id=why.XLSX_BEYOND_LAST_COLUMN, message_args=(str(cell.get("r")),))
            kind = cell.get("t") or "n"
            value = next(cell.iterchildren("{*}v"), None)
            raw = value.text or "" if value is not None else ""
            if kind == "s":
                index = int(raw) if raw.isdigit() else -1
                if not 0 <= index < len(shared):
                    raise FormatError(f"cell {cell.get('r')} names a shared string the workbook does not have",
                                      message_id=why.XLSX_NO_SHARED_STRING, message_args=(str(cell.get("r")),))
                cells[column] = shared[index]
            elif kind == "inlineStr":
                inline = next(cell.iterchildren("{*}is"), None)
                cells[column] = _text(inline) if inline is not None else ""
            elif kind == "str":
                cells[column] = _unescaped(raw)
            elif kind == "n":
                cells[column] = raw
            if len(cells.get(column, "")) > MAX_CELL_CHARS:
                ref, length = cell.get("r"), len(cells[column])
                where = f"cell {ref}" if ref else "a cell"
                raise FormatError(f"{where} holds {length:,} characters, more than Excel's {MAX_CELL_CHARS:,}: not a "
                                  "workbook of names",
                                  message_id=why.XLSX_CELL_TOO_LONG if ref else why.XLSX_A_CELL_TOO_LONG,
                                  message_args=((ref,) if ref else ()) + (length, MAX_CELL_CHARS))
        cells = {column: text.strip() for column, text in cells.items() if text.strip()}
        number = row.get("r") or ""
        row_number = int(number) if number.isdigit() else row_number + 1
        for column, (last, text) in list(filling.items()):
            if row_number > last:
                del filling[column]
            else:
                cells.setdefault(column, text)  # Excel shows the merged cell's text beside this row too
        for column, last in merged_down.get(row_number, {}).items():
            if column in cells:
                filling[column] = (last, cells[column])
        if (len(cells) == 1 and (int(number) if number.isdigit() else -1, *cells) in headings
                and any(len(kept) > 1 for kept in rows)):
            continue  # a section heading ("一、机构") over the width of the table between terms, no term itself
        if cells:
            if len(rows) == MAX_ROWS:
                raise too_many_rows(f"the worksheet {part}")
            rows.append(cells)
            used.update(cells)
            if len(used) > MAX_USED_COLUMNS:
                raise FormatError(f"a worksheet fills more than {MAX_USED_COLUMNS} columns: not a list of names",
                                  message_id=why.XLSX_TOO_MANY_COLUMNS, message_args=(MAX_USED_COLUMNS,))
    columns = sorted(used)  # empty columns carry nothing: one cell far out at XFD must not make every row wide
    return [[cells.get(column, "") for column in columns] for cells in rows]


def _merged_across(sheet: etree._Element) -> set[tuple[int, int]]:
    """(row number, column) of the cells merged with the cells to their right: a heading laid over the table."""
    found = set()
    for merge in sheet.iter("{*}mergeCell"):
        first, _, last = (merge.get("ref") or "").partition(":")
        start, end = _CELL_REF.match(first), _CELL_REF.match(last)
        if start and end and _column(end.group(1)) > _column(start.group(1)):
            found.add((int(start.group(2)), _column(start.group(1))))
    return found


def _merged_down(sheet: etree._Element) -> dict[int, dict[int, int]]:
    """First row → {column: last row} of the cells of one column merged down over the rows below: a name written
    once beside the rows of its variants."""
    found: dict[int, dict[int, int]] = {}
    for merge in sheet.iter("{*}mergeCell"):
        first, _, last = (merge.get("ref") or "").partition(":")
        start, end = _CELL_REF.match(first), _CELL_REF.match(last)
        if start and end and start.group(1) == end.group(1) and int(end.group(2)) > int(start.group(2)):
            found.setdefault(int(start.group(2)), {})[_column(start.group(1))] = int(end.group(2))
    return found


def _workbook_rows(zf: zipfile.ZipFile) -> list[tuple[str, list[list[str]]]]:
    """(name, rows) of every visible worksheet that holds anything. A part that several sheets name is read once,
    for the first of them: Excel gives each sheet a part of its own, and 20 sheets naming one part of 50,000 rows
    read as a million entries (1.2 GB, 30 s)."""
    shared_root = _part(zf, "xl/sharedStrings.xml")
    shared = [_text(si) for si in shared_root.iterchildren("{*}si")] if shared_root is not None else []
    read: set[str] = set()
    out = []
    for name, part in _sheets(zf):
        if part.casefold() in read:
            continue
        read.add(part.casefold())
        if rows := _rows(zf, part, shared):
            out.append((name, rows))
    return out


def _read_sheets(name: str, sheets: list[tuple[str, list[list[str]]]]) -> TermFile:
    """The entries of every sheet that is a table of terms in two or more languages (a workbook may keep one sheet
    per language pair; the import merges entries sharing a term). Sheets of instructions or one-language lists
    beside them are reported as not imported; a workbook with no such table is read from its first sheet."""
    from desktop_app import LANGS
    from desktop_app.formats.glossary_csv import read_glossary_rows

    if not sheets:
        raise FormatError(f"{name}: the file holds no terms", message_id=why.NO_TERMS, file_name=name)
    read: list[tuple[str, TermFile | str]] = []  # a sheet's entries, or why it holds none
    for sheet, rows in sheets:
        try:
            read.append((sheet, read_glossary_rows(name, rows)))
        except FormatError as exc:
            read.append((sheet, str(exc).removeprefix(f"{name}: ")))
    tables = [(sheet, terms) for sheet, terms in read if isinstance(terms, TermFile) and len(terms.languages) >= 2]
    if not tables:
        return read_glossary_rows(name, sheets[0][1])
    result = TermFile()
    languages: set[str] = set()
    ignored: list[str] = []
    for sheet, terms in read:
        if isinstance(terms, str):
            result.skipped.append((place("sheet", sheet), Reason(f"{terms}; not imported", "sheet-unreadable", terms)))
            continue
        if len(terms.languages) < 2:
            result.skipped.append((place("sheet", sheet), Reason("no table of terms in two languages; not imported",
                                                                 "sheet-not-glossary")))
            continue
        result.entries.extend(terms.entries)
        result.skipped.extend((Reason(f"sheet {sheet}, {where}", "sheet-place", sheet, where) if len(tables) > 1
                               else where, reason) for where, reason in terms.skipped)
        languages.update(terms.languages)
        ignored.extend(code for code in terms.ignored_languages if code not in ignored)
    result.languages = tuple(lang for lang in LANGS if lang in languages)
    result.ignored_languages = tuple(ignored)
    return result


def read_xlsx_glossary(path: str | Path) -> TermFile:
    """Entries of the tables of terms in an Excel workbook; FormatError when it is not one or holds no terms."""
    p = Path(path)
    try:
        size = check_regular_file(p)
    except FormatError as exc:
        raise exc.named(p.name) from exc
    except OSError as exc:
        raise FormatError.from_os_error(f"{p.name}: cannot be read ({exc.strerror or exc})", exc, p.name,
                                        why.CANNOT_READ) from exc
    if size > MAX_FILE_BYTES:
        raise FormatError(f"{p.name}: the file is too large ({size:,} bytes; at most {MAX_FILE_BYTES:,})",
                          message_id=why.TOO_LARGE, message_args=(size, MAX_FILE_BYTES), file_name=p.name)
    try:
        with open_package(p) as zf:
            names = [part_key(n) for n in zf.namelist()]
            if "xl/workbook.xml" not in names and "mimetype" in names[:1]:
                kind = zf.read(zf.namelist()[0])[:80].decode("ascii", "replace")
                raise FormatError(f"an OpenDocument file ({kind}) with an Excel name; open it and save it as .xlsx",
                                  message_id=why.XLSX_OPENDOCUMENT, message_args=(kind,))
            if "xl/workbook.xml" not in names and "index/document.iwa" in names:
                raise FormatError("a Numbers spreadsheet with an Excel name; in Numbers choose File ▸ Export To ▸ "
                                  "Excel", message_id=why.XLSX_NUMBERS)
            refuse_duplicate_parts(zf)
            sheets = _workbook_rows(zf)
    except zipfile.BadZipFile as exc:
        raise FormatError(f"{p.name}: not an Excel workbook or damaged ({exc}); an old .xls must be saved as .xlsx "
                          "first", message_id=why.XLSX_DAMAGED, file_name=p.name) from exc
    except FormatError as exc:
        raise exc.named(p.name) from exc
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError, zlib.error, KeyError,
            ValueError) as exc:
        raise FormatError(f"{p.name}: cannot read the workbook ({unpack_failure(exc)})",
                          message_id=why.XLSX_UNREADABLE, file_name=p.name) from exc
    return _read_sheets(name_as_text(p), sheets)
