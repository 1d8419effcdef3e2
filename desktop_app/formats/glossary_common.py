"""What the glossary readers share: decoding with BOM detection, language codes, and the result of a read."""

from __future__ import annotations

import codecs
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry
from desktop_app.formats.encodings import bomless_utf16, code_page_text, composed
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import read_limited

MAX_GLOSSARY_BYTES = 200 * 1024 * 1024
# The most rows (lines, worksheet rows) a glossary file may hold: five times the 100,000 entries PressDesk is tested
# with. Every row read is a list of strings and every entry an object of about a kilobyte: a 31 MB CSV file of a
# million entries took 47 s and 1.2 GB, one of 12.8 million blank lines 45 s and 1.8 GB, and the 200 MB a file may
# have would take ten times that.
MAX_ROWS = 500_000
# Excel's last column. A line of more cells than that is no table of names: a line of a million commas became a
# list of a million cells before anything could look at it.
MAX_CELLS_PER_ROW = 16_384


# The most markup (elements, counted by their "<") a TBX or MultiTerm file may hold, some 250,000 ordinary entries:
# it is parsed whole, and a 20 MB file of five million empty elements took 43 s and 660 MB.
MAX_XML_TAGS = 5_000_000


def check_xml_size(name: str, data: bytes) -> None:
    """FormatError, before the XML `data` is parsed, when it holds more markup than MAX_XML_TAGS."""
    if data.count(b"<") > MAX_XML_TAGS:
        raise FormatError(f"{name}: the file holds more than {MAX_XML_TAGS:,} XML elements, far more than a "
                          "glossary; split it into smaller files", message_id=why.GLOSSARY_TOO_MANY_ELEMENTS,
                          message_args=(MAX_XML_TAGS,), file_name=name)


# The most elements one entry of a TBX or MultiTerm file may hold: a real one holds tens (terms in three languages,
# their notes and statuses; one naming every language there is, thousands). Each entry is read in several passes over
# its elements in Python: one entry of 2.4 million notes (a 34 MB file) took 25 s and went in as an entry.
MAX_ENTRY_ELEMENTS = 100_000


def check_entry_size(name: str, entry: Iterable[object], label: object) -> None:
    """FormatError when the XML element `entry` (its `iter()`; `label` its id or number) holds more than
    MAX_ENTRY_ELEMENTS elements; counting stops there."""
    if sum(1 for _ in itertools.islice(entry, MAX_ENTRY_ELEMENTS + 1)) > MAX_ENTRY_ELEMENTS:
        raise FormatError(f"{name}: entry {label} holds more than {MAX_ENTRY_ELEMENTS:,} XML elements, which no "
                          "glossary entry has", message_id=why.GLOSSARY_ENTRY_TOO_LARGE,
                          message_args=(str(label), MAX_ENTRY_ELEMENTS), file_name=name)


def too_many_rows(name: str) -> FormatError:
    return FormatError(f"{name}: the file holds more than {MAX_ROWS:,} rows, far more than a glossary; split it "
                       "into smaller files", message_id=why.GLOSSARY_TOO_MANY_ROWS, message_args=(MAX_ROWS,),
                       file_name=name)


def check_cells_per_line(name: str, line: str, separator: str) -> str:
    """`line` itself; FormatError, before it is split, when it holds more cells than MAX_CELLS_PER_ROW."""
    if line.count(separator) >= MAX_CELLS_PER_ROW:
        raise FormatError(f"{name}: a line holds more than {MAX_CELLS_PER_ROW:,} cells (Excel's last column), "
                          "which no table of names has", message_id=why.GLOSSARY_TOO_MANY_CELLS,
                          message_args=(MAX_CELLS_PER_ROW,), file_name=name)
    return line

_LANG_ALIASES = {
    "zh": "zh", "chinese": "zh", "cn": "zh", "zho": "zh", "chi": "zh", "中文": "zh", "汉语": "zh",
    "en": "en", "eng": "en", "english": "en", "英文": "en",
    "ru": "ru", "rus": "ru", "russian": "ru", "русский": "ru", "俄文": "ru",
}
# Primary subtags of codes with a region or script after them: ISO 639-1 and -2 ("zho-CN", "rus-RU", "cmn-Hans"),
# and memoQ's language names ("Chinese_PRC", "English_United_States").
_PRIMARY_ALIASES = {"zh": "zh", "zho": "zh", "chi": "zh", "cmn": "zh", "chinese": "zh", "en": "en", "eng": "en",
                    "english": "en", "ru": "ru", "rus": "ru", "russian": "ru"}
# zh-CHT: Microsoft's older code for Traditional Chinese (zh-CHS for Simplified), still in TMX and TBX exports.
_TRADITIONAL_SUBTAGS = {"hant", "cht", "tw", "hk", "mo", "taiwan", "hong", "macao", "macau"}
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA_HANGUL_RE = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT_RE = re.compile(r"[\u0370-\u03ff\u0590-\u08ff\u0e00-\u0e7f]")  # Greek, Hebrew, Arabic, Thai


class Reason(str):
    """A reason in English, as the command line and the log print it, that also carries a code and its values, so
    the interface words it in its own language (values may be reasons themselves). Still a `str`: the CLI, the
    log and every caller treating it as text see the English."""

    code: str
    values: tuple[str, ...]

    def __new__(cls, text: str, code: str, *values: object) -> Reason:
        reason = super().__new__(cls, text)
        reason.code = code
        reason.values = tuple(v if isinstance(v, str) else str(v) for v in values)
        return reason


def place(kind: str, number: object) -> Reason:
    """Where in a file a skipped row is: `kind` "line" or "entry"."""
    return Reason(f"{kind} {number}", kind, number)


def no_term(forbidden_only: bool = False) -> Reason:
    if forbidden_only:
        return Reason("only forbidden forms in zh, en or ru", "only-forbidden")
    return Reason("no term in zh, en or ru", "no-term")


def unknown_category(category: str) -> Reason:
    return Reason(f"unknown category {category!r} (expected one of {', '.join(CATEGORIES)})", "unknown-category",
                  category, ", ".join(CATEGORIES))


def no_approved_form() -> Reason:
    return Reason("no approved form in zh, en or ru", "no-approved-form-given")


def form_too_long(limit: int, what: str = "term") -> Reason:
    return Reason(f"a {what} is longer than {limit} characters", "term-too-long", limit)


@dataclass(slots=True)
class TermFile:
    """Entries read from a glossary file, with the rows left out and why, before anything touches the database."""

    entries: list[TermEntry] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where in the file, reason): `Reason`s
    languages: tuple[str, ...] = ()  # which of zh/en/ru the file supplies
    ignored_languages: tuple[str, ...] = ()  # languages in the file that PressDesk does not edit


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        return read_limited(p, MAX_GLOSSARY_BYTES)
    except FormatError as exc:
        raise exc.named(p.name) from exc
    except FileNotFoundError as exc:
        raise FormatError(f"{p}: no such file", message_id=why.NO_SUCH_FILE, file_name=p.name) from exc
    except IsADirectoryError as exc:
        raise FormatError(f"{p}: is a folder, not a glossary file", message_id=why.IS_FOLDER, file_name=p.name) from exc
    except OSError as exc:
        raise FormatError.from_os_error(f"{p}: cannot be read ({exc.strerror or exc})", exc, p.name,
                                        why.CANNOT_READ) from exc


def decode_text(data: bytes, name: str) -> str:
    """Text of a glossary file: UTF-8/16/32 by byte-order mark, else UTF-8; else the code page Excel and Notepad
    save in on a Chinese (GB18030) or Russian (Windows-1251) system, when the bytes read as that language's text;
    anything else is refused."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise FormatError(f"{name}: damaged {encoding.upper()} text ({exc.reason})",
                                  message_id=why.TEXT_DAMAGED,
                                  message_args=(encoding.upper(),), file_name=name) from exc
    if b"\x00" in data and (utf16 := bomless_utf16(data)) is not None:
        return utf16  # no UTF-8 text holds a zero byte; UTF-16 has one in every ASCII character
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = code_page_text(data)
        if text is None:
            raise FormatError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again",
                              message_id=why.TEXT_NOT_UTF8, file_name=name) from exc
        return text


def lang_of_code(code: str) -> str | None:
    """zh/en/ru for a language code or column name ("zh_Hans", "EN", "ru-RU", "eng", "zho-CN", "Russian",
    "English_United_States"), else None."""
    norm = code.strip().lower().replace("_", "-")
    if norm in _LANG_ALIASES:
        return _LANG_ALIASES[norm]
    return _PRIMARY_ALIASES.get(norm.split("-")[0])


def is_traditional_code(code: str) -> bool:
    return any(part in _TRADITIONAL_SUBTAGS for part in code.strip().lower().replace("_", "-").split("-")[1:])


def script_lang(values: list[str]) -> str | None:
    """The language a column of terms is written in, judged by script: Han → zh, Cyrillic → ru, Latin → en."""
    votes: Counter[str] = Counter()
    for value in values:
        if _KANA_HANGUL_RE.search(value) or _OTHER_SCRIPT_RE.search(value):
            votes["other"] += 1
        elif _HAN_RE.search(value):
            votes["zh"] += 1
        elif _CYRILLIC_RE.search(value):
            votes["ru"] += 1
        elif _LATIN_RE.search(value):
            votes["en"] += 1
    if not votes:
        return None
    lang, count = votes.most_common(1)[0]
    return lang if lang != "other" and count * 2 > sum(votes.values()) else None


def split_forms(value: str) -> tuple[str, ...]:
    """Variants in one cell, `|`-separated as in the seed file, trimmed, empty ones dropped."""
    return tuple(dict.fromkeys(part.strip() for part in value.split("|") if part.strip()))


# A cell starting with one of these is run as a formula by spreadsheets (OWASP, "CSV Injection"); so are the
# full-width ＝ ＋ － ＠ that a Chinese or Japanese input method types, in spreadsheets set to those locales.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise_formula(cell: str, triggers: tuple[str, ...] = FORMULA_TRIGGERS) -> str:
    """`cell` made inert for a spreadsheet the OWASP way, a leading apostrophe, when it starts with a trigger
    (after any apostrophes: those get one more, so `restore_formula` undoes exactly what was added)."""
    return "'" + cell if cell.lstrip("'")[:1] in triggers else cell


def restore_formula(cell: str, triggers: tuple[str, ...] = FORMULA_TRIGGERS) -> str:
    """The cell `neutralise_formula` was given: a term that really starts with "-", "=" or "＝" comes back
    unchanged."""
    return cell[1:] if cell[:1] == "'" and cell.lstrip("'")[:1] in triggers else cell


def make_entry(forms: dict[str, str], variants: dict[str, tuple[str, ...]] | None = None,
               forbidden: dict[str, tuple[str, ...]] | None = None, *, category: str = "term", note: str = "",
               source: str = "", valid_from: str | None = None, valid_to: str | None = None,
               short_forms: dict[str, tuple[str, ...]] | None = None, from_file: bool = True) -> TermEntry:
    """An unsaved entry with every language key present, whitespace trimmed and forms composed (NFC). Read
    `from_file`, a line break inside a form is the cell's wrapping and becomes a space; typed (False), it stays,
    for the checks to refuse."""
    variants = variants or {}
    forbidden = forbidden or {}
    short_forms = short_forms or {}
    return TermEntry(
        id=0, category=category if category in CATEGORIES else "term",
        forms={lang: composed(" ".join(forms.get(lang, "").split())) for lang in LANGS},
        variants=_one_line(variants, from_file),
        forbidden=_one_line(forbidden, from_file),
        note=note.replace("\r\n", "\n").replace("\r", "\n").strip(), source=source.strip(),
        valid_from=valid_from or None, valid_to=valid_to or None,
        short_forms=_one_line(short_forms, from_file),
    )


def _one_line(forms: dict[str, tuple[str, ...]], unwrap: bool) -> dict[str, tuple[str, ...]]:
    """Every language's forms, empty ones dropped; with `unwrap`, line breaks (a spreadsheet cell wrapped onto
    two lines, which is no part of a name) become one space."""
    def clean(form: str) -> str:
        return composed(_LINE_BREAKS.sub(" ", form).strip() if unwrap else form)

    return {lang: tuple(f for f in map(clean, forms.get(lang, ())) if f) for lang in LANGS}


_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
