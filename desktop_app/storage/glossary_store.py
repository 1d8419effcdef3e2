"""The glossary database: entries and tenures in SQLite (sqlite-utils), in the data folder, apart from projects.

Created on first use and seeded from `resources/glossary-seed.csv` and `resources/glossary-tenures.csv`.
Search covers all three languages through an FTS5 trigram index (substrings of Chinese included); an SQLite
without the trigram tokenizer falls back to LIKE. Imports are applied in one transaction and logged, so the
last import can be undone. The schema carries a version and migrations, like the project file.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
import logging
import re
import sqlite3
import threading
import weakref
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import overload

import sqlite_utils

from desktop_app import LANGS
from desktop_app.atomic import atomic_create
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.matcher import INDEX_FORMAT, GlossaryMatcher
from desktop_app.domain.glossary.model import CATEGORIES, MAX_NOTE_CHARS, Tenure, TermEntry
from desktop_app.domain.glossary.normalize import (
    english_key,
    preload_lemmas,
    russian_lemma_table,
    russian_lemmas,
    search_fold,
    tokenize,
)
from desktop_app.domain.homoglyphs import mixed_words
from desktop_app.domain.invisible import (
    BIDI_CONTROLS,
    NEVER_IN_NAMES,
    char_name,
    escape_unseen,
    half_character,
    strip_invisible,
)
from desktop_app.domain.json_text import parse_json
from desktop_app.formats.glossary_common import Reason
from desktop_app.paths import cache_dir, resolve_path
from desktop_app.storage.automaton_cache import AutomatonCache, glossary_cache_folder
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.errors import StorageError, sqlite_errors_as
from desktop_app.storage.glossary_seed import read_seed
from desktop_app.storage.project_store import now_iso, write_refusal
from desktop_app.storage.sqlite_files import (
    FileKind,
    own_schema_objects,
    own_table_shapes,
    refuse_foreign_file,
    schema_version,
)

log = logging.getLogger(__name__)

GLOSSARY_FILE = "glossary.sqlite"
APP_MARKER = "pressdesk-glossary"
SCHEMA_VERSION = 4
CHANGES_KEY = "entry_changes"
MAX_FORM_CHARS = 500
MAX_FORMS_PER_LANGUAGE = 100  # approved, variants and forbidden forms of one entry in one language
MAX_SOURCE_CHARS = 500


class GlossaryError(StorageError):
    """A glossary database that cannot be opened or an edit that cannot be made; the message is for the user."""


def no_import_to_undo(import_id: int | None) -> GlossaryError:
    """The refusal of an undo that finds no import (none at all, or not the one asked for)."""
    if import_id is None:
        return GlossaryError("there is no import to undo", message_id=why.GLOSSARY_NO_IMPORT)
    return GlossaryError(f"import #{import_id} does not exist or was already undone",
                         message_id=why.GLOSSARY_IMPORT_GONE, message_args=(import_id,))


class GlossaryValidationError(GlossaryError):
    """An entry refused by validation; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def trigram_supported() -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (SQLite ≥ 3.34 built with FTS5)."""
    try:
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return False
    return True


# The search index's triggers (known even where SQLite lacks the trigram tokenizer, so a glossary made elsewhere
# is not taken for one carrying triggers of another program's).
_FTS_TRIGGERS = (
    "CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN "
    "INSERT INTO entries_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN "
    "INSERT INTO entries_fts(entries_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER entries_au AFTER UPDATE ON entries BEGIN "
    "INSERT INTO entries_fts(entries_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO entries_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def _create_schema_v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["entries"].create(
        {"id": int, "category": str, "zh": str, "en": str, "ru": str, "variants": str, "forbidden": str,
         "note": str, "source": str, "valid_from": str, "valid_to": str, "search_text": str, "updated_at": str},
        pk="id", not_null={"category"},
    )
    db["entries"].create_index(["category"])
    db["tenures"].create(
        {"id": int, "person_id": int, "title_id": int, "valid_from": str, "valid_to": str, "note": str},
        pk="id", foreign_keys=[("person_id", "entries", "id"), ("title_id", "entries", "id")],
    )
    db["imports"].create({"id": int, "time": str, "label": str, "added": str, "previous": str, "undone": int},
                         pk="id")
    if trigram_supported():
        db.execute("CREATE VIRTUAL TABLE entries_fts USING fts5(search_text, content='entries', "
                   "content_rowid='id', tokenize='trigram')")
        for trigger in _FTS_TRIGGERS:
            db.execute(trigger)
    else:
        log.warning("SQLite %s has no FTS5 trigram tokenizer; glossary search uses LIKE", sqlite3.sqlite_version)


def _add_lemma_cache_v2(db: sqlite_utils.Database) -> None:
    """Version 2 keeps pymorphy3's lemmas of the glossary's Russian words, so reloading parses nothing."""
    db["lemmas"].create({"word": str, "lemmas": str}, pk="word")


def _add_change_counter_v3(db: sqlite_utils.Database) -> None:
    """Version 3 counts every change to the entries (triggers, so any writer counts), which keys the automata
    saved between runs (storage/automaton_cache.py)."""
    db["meta"].upsert({"key": CHANGES_KEY, "value": "0"}, pk="key")
    for event in ("INSERT", "UPDATE", "DELETE"):
        db.execute(f"CREATE TRIGGER entries_{event.lower()}_counted AFTER {event} ON entries BEGIN "
                   f"UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '{CHANGES_KEY}'; END")


def _add_short_forms_v4(db: sqlite_utils.Database) -> None:
    """Version 4 keeps each entry's short forms (second references: a surname alone, "the conference"), as JSON
    like the variants; entries of an older glossary have none."""
    db.execute("ALTER TABLE entries ADD COLUMN short_forms TEXT NOT NULL DEFAULT ''")


# Migrations from version N-1 to N, keyed by N. Version 1 is the initial schema.
MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: _create_schema_v1, 2: _add_lemma_cache_v2, 3: _add_change_counter_v3, 4: _add_short_forms_v4}


def fold_for_search(text: str) -> str:
    """Lower case, Simplified characters, folded dashes: how both the index and the query are compared."""
    return search_fold(text)


def _search_text(entry: TermEntry) -> str:
    """Everything an entry can be found by: every form folded, plus English keys and Russian lemmas."""
    parts: list[str] = []
    for lang in LANGS:
        for form, _kind in entry.surface_forms(lang):
            parts.append(fold_for_search(form))
            if lang == "en":
                parts.append(" ".join(english_key(t) for _, _, t in tokenize(form)))
            elif lang == "ru":
                parts.append(" ".join(russian_lemmas(t)[0] for _, _, t in tokenize(form)))
    return "\n".join(dict.fromkeys(p for p in parts if p))


def _query_variants(text: str) -> list[str]:
    text = strip_invisible(text)[0]  # a query pasted with a zero-width space still finds the term
    folded = fold_for_search(text.strip())
    variants = [folded]
    tokens = tokenize(text)
    if tokens:
        variants.append(" ".join(english_key(t) for _, _, t in tokens))
        variants.append(" ".join(russian_lemmas(t)[0] for _, _, t in tokens))
    return [v for v in dict.fromkeys(variants) if v]


def _forms_json(forms: dict[str, tuple[str, ...]]) -> str:
    """Variants or forbidden forms as JSON, or "" when there are none (most entries: loading skips the parse)."""
    present = {lang: list(forms[lang]) for lang in LANGS if forms.get(lang)}
    return json.dumps(present, ensure_ascii=False) if present else ""


def entry_to_row(entry: TermEntry) -> dict[str, object]:
    return {
        "id": entry.id, "category": entry.category, **{lang: entry.forms.get(lang, "") for lang in LANGS},
        "variants": _forms_json(entry.variants), "forbidden": _forms_json(entry.forbidden),
        "short_forms": _forms_json(entry.short_forms), "note": entry.note, "source": entry.source,
        "valid_from": entry.valid_from, "valid_to": entry.valid_to,
        "search_text": _search_text(entry), "updated_at": now_iso(),
    }


_NO_FORMS: dict[str, tuple[str, ...]] = {lang: () for lang in LANGS}
_ENTRY_COLUMNS = "id, category, zh, en, ru, variants, forbidden, note, source, valid_from, valid_to, short_forms"


def _forms_from_json(text: object) -> dict[str, tuple[str, ...]]:
    """The forms of each language from a JSON column. A value PressDesk never writes (changed by another tool in
    a shared glossary: not JSON, not an object of lists of text) must not stop every command: its forms are
    left out, with a warning in the log."""
    if not text:
        return dict(_NO_FORMS)
    try:
        data = parse_json(text)  # type: ignore[arg-type]
        forms = {lang: tuple(data.get(lang, ())) for lang in LANGS}
        "".join(forms["zh"] + forms["en"] + forms["ru"])  # TypeError unless every form is text
        if not all(type(data.get(lang, [])) is list for lang in LANGS):
            raise TypeError("not lists")
    except (TypeError, ValueError, AttributeError):
        log.warning("glossary forms %.60r are not valid; left out", text)
        return dict(_NO_FORMS)
    return forms


def _text(value: object) -> str:
    """A text column as text: NULL, or a blob written by another tool, reads as empty; a number as its digits."""
    return value if isinstance(value, str) else str(value) if isinstance(value, int | float) else ""


def _entry_from_tuple(row: tuple) -> TermEntry:  # type: ignore[type-arg]
    """An entry from a row of `_ENTRY_COLUMNS`; the fast path of loading a whole glossary."""
    id_, category, zh, en, ru, variants, forbidden, note, source, valid_from, valid_to, short_forms = row
    return TermEntry(id_, _text(category), {"zh": _text(zh), "en": _text(en), "ru": _text(ru)},
                     _forms_from_json(variants), _forms_from_json(forbidden), _text(note), _text(source),
                     _text(valid_from) or None, _text(valid_to) or None, _forms_from_json(short_forms))


class LazyEntries(Sequence[TermEntry]):
    """Entries made from their database rows when first asked for: a matcher whose automata come from the saved
    cache touches only the entries it finds, so a large glossary loads without making every entry object."""

    def __init__(self, rows: list[tuple]) -> None:  # type: ignore[type-arg]
        self._rows = rows
        self._made: list[TermEntry | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> TermEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[TermEntry]: ...

    def __getitem__(self, index: int | slice) -> TermEntry | list[TermEntry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        made = self._made[index]
        if made is None:  # two threads may both make it: equal entries, no harm
            made = self._made[index] = _entry_from_tuple(self._rows[index])
        return made

    def __iter__(self) -> Iterator[TermEntry]:
        for index in range(len(self._rows)):
            yield self[index]


def entry_from_row(row: dict[str, object]) -> TermEntry:
    return _entry_from_tuple((int(row["id"]), *(row.get(c) for c in _ENTRY_COLUMNS.split(", ")[1:])))  # type: ignore[arg-type]


def _form_key(form: str) -> str:
    return " ".join(fold_for_search(form).split())


def approved_index(entries: Iterable[TermEntry]) -> dict[tuple[str, str], int]:
    """(language, folded approved form) → entry id: what duplicate checks look up."""
    index: dict[tuple[str, str], int] = {}
    for entry in entries:
        for lang in LANGS:
            key = _form_key(entry.forms.get(lang, ""))
            if key:
                index.setdefault((lang, key), entry.id)
    return index


def reindex_approved(approved: dict[tuple[str, str], int], before: TermEntry | None,
                     after: TermEntry | None) -> None:
    """Keep a duplicate index current after one entry changed (rebuilding it for a large glossary would stall the
    editor): `before`'s forms leave it, `after`'s join it."""
    for entry, present in ((before, False), (after, True)):
        if entry is None:
            continue
        for key in approved_index([entry]):
            if present:
                approved.setdefault(key, entry.id)
            elif approved.get(key) == entry.id:
                del approved[key]


def check_tenure(tenure: Tenure, entry: Callable[[int], TermEntry | None]) -> None:
    """Refuse a tenure that does not link an existing person to an existing title, or whose dates or note cannot
    be stored (`entry` reads an entry of the store asked to add it)."""
    person, title = entry(tenure.person_id), entry(tenure.title_id)
    if person is None or title is None:
        raise GlossaryError("a tenure must link two existing entries", message_id=why.TENURE_NO_ENTRIES)
    if person.category != "person" or title.category != "title":
        raise GlossaryError("a tenure links a person entry to a title entry", message_id=why.TENURE_WRONG_KINDS)
    problems = tenure_problems(tenure)
    if problems:
        raise GlossaryValidationError(problems)


# What a term may not hold: every control character (line breaks too), lone surrogates (undecodable bytes), the
# noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF (XML cannot carry the last two), and every invisible character
# but the variation selectors (bidi controls, zero-width characters, tag characters, fillers); a note may hold line
# breaks and tabs. Such characters drive terminals, make exports invalid XML, and
# make a term look like another one. One regex search per value keeps imports fast.
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"
_NOT_IN_TERM = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS + NEVER_IN_NAMES + "]")
_NOT_IN_NOTE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS
                          + "".join(sorted(BIDI_CONTROLS)) + "]")


def _text_problem(text: str, *, term: bool) -> str | None:
    """Why `text` may not be stored (see _NOT_IN_TERM), or None."""
    found = (_NOT_IN_TERM if term else _NOT_IN_NOTE).search(text)
    if found is None:
        return None
    if "\ud800" <= found.group() <= "\udfff":
        return Reason("is not valid text (it holds bytes that are not UTF-8)", "not-utf8")
    if "\ufdd0" <= found.group() <= "\ufdef" or found.group() in "\ufffe\uffff":
        code_point = f"U+{ord(found.group()):04X}"
        return Reason(f"contains {code_point}, a code point that is not a character", "noncharacter", code_point)
    name = char_name(found.group())
    return Reason(f"contains the invisible or control character {name}", "invisible-character", name)


def _shown(text: str, limit: int = 60) -> str:
    """A value quoted in a message: unseen characters escaped, long values cut."""
    shown = escape_unseen(text)
    return f"“{shown[:limit]}…”" if len(shown) > limit else f"“{shown}”"


def _mixed_script_problem(form: str, lang: str) -> str | None:
    """Why a form with a word that mixes alphabets ("Вoлодин" with a Latin o) may not be stored: it would never
    match the text as the official name is really spelt, and would teach the wrong spelling to the checks."""
    mixed = mixed_words(form, lang)
    if not mixed:
        return None
    first = mixed[0]
    retype = f" (type “{first.fixed}”)" if first.fixed else ""
    return Reason(f"mixes alphabets: {first.named_letters()} in “{first.word}”{retype}", "mixed-script",
                  first.named_letters(), first.word, first.fixed or "")


def entry_problems(entry: TermEntry) -> list[str]:
    """Every reason `entry` on its own cannot be stored (no other entry consulted): category, empty or oversized
    forms, too many forms, control or invisible characters, words mixing alphabets, contradictions, dates. Every
    way in (add, edit, import, merge) goes through it."""
    problems: list[str] = []
    if entry.category not in CATEGORIES:
        problems.append(Reason(f"unknown category {_shown(entry.category)} (expected one of {', '.join(CATEGORIES)})",
                               "unknown-category", entry.category, ", ".join(CATEGORIES)))
    if not any(entry.forms.get(lang, "").strip() for lang in LANGS):
        problems.append(Reason("the approved form is empty in every language", "no-approved-form"))
    for lang in LANGS:
        forms = [f for f, _ in entry.surface_forms(lang)]
        if len(forms) > MAX_FORMS_PER_LANGUAGE:
            problems.append(Reason(f"{lang}: {len(forms)} forms; at most {MAX_FORMS_PER_LANGUAGE} (approved, "
                                   f"variants and forbidden) per language", "too-many-forms", lang, len(forms),
                                   MAX_FORMS_PER_LANGUAGE))
        if any(len(f) > MAX_FORM_CHARS for f in forms):
            longest = max(forms, key=len)
            problems.append(Reason(f"{lang}: a form of {len(longest):,} characters ({_shown(longest, 30)}); at most "
                                   f"{MAX_FORM_CHARS}", "form-too-long", lang, f"{len(longest):,}",
                                   _shown(longest, 30), MAX_FORM_CHARS))
        for form in forms:
            problem = _text_problem(form, term=True) or _mixed_script_problem(form, lang)
            if problem:
                problems.append(Reason(f"{lang}: the form {_shown(form)} {problem}", "bad-form", lang, _shown(form),
                                       problem))
                break
        listed = (*entry.variants.get(lang, ()), *entry.short_forms.get(lang, ()), *entry.forbidden.get(lang, ()))
        piped = next((f for f in listed if "|" in f), None)
        if piped is not None:
            problems.append(Reason(f"{lang}: {_shown(piped)} contains “|”, which separates listed forms (CSV, the "
                                   f"command line)", "pipe-in-form", lang, _shown(piped)))
        forbidden = entry.forbidden.get(lang, ())
        allowed = {_form_key(f) for f in (entry.forms.get(lang, ""), *entry.variants.get(lang, ()),
                                          *entry.short_forms.get(lang, ())) if f} if forbidden else set()
        clash = [f for f in forbidden if _form_key(f) in allowed]
        if clash:
            problems.append(Reason(f"{lang}: {_shown(clash[0])} is both allowed and forbidden",
                                   "allowed-and-forbidden", lang, _shown(clash[0])))
    for name, value, limit in (("note", entry.note, MAX_NOTE_CHARS), ("source", entry.source, MAX_SOURCE_CHARS)):
        if len(value) > limit:
            problems.append(Reason(f"the {name} has {len(value):,} characters; at most {limit:,}",
                                   f"{name}-too-long", f"{len(value):,}", f"{limit:,}"))
        problem = _text_problem(value, term=name == "source")
        if problem:
            problems.append(Reason(f"the {name} {problem}", f"bad-{name}", problem))
    problems.extend(_period_problems(entry.valid_from, entry.valid_to))
    return problems


def validate_entry(entry: TermEntry, approved: Mapping[tuple[str, str], int] | None = None) -> list[str]:
    """Every reason `entry` cannot be stored: `entry_problems`, and (given the `approved_index` of the other
    entries) an approved form another entry already has."""
    problems = entry_problems(entry)
    for lang in LANGS:
        mine = _form_key(entry.forms.get(lang, ""))
        owner = approved.get((lang, mine)) if approved is not None and mine else None
        if owner is not None and owner != entry.id:
            problems.append(Reason(f"{lang}: {_shown(entry.forms[lang])} is already the approved form of entry "
                                   f"#{owner}", "approved-elsewhere", lang, _shown(entry.forms[lang]), owner))
    return problems


def tenure_problems(tenure: Tenure) -> list[str]:
    """Every reason a tenure's dates or note cannot be stored (that it links a person to a title is checked by
    the store, which knows the entries)."""
    problems = _period_problems(tenure.valid_from, tenure.valid_to)
    problem = _text_problem(tenure.note, term=False)
    if problem or len(tenure.note) > MAX_NOTE_CHARS:
        problems.append(f"the tenure's note {problem or f'is longer than {MAX_NOTE_CHARS}'}")
    return problems


def import_problems(added: Iterable[TermEntry], updated: Iterable[TermEntry]) -> list[str]:
    """Why an import cannot be applied: the first entries failing `entry_problems` (a plan is checked again when
    applied: it may come from an older plan or another program)."""
    refused = [f"{_shown(e.label(), 40)}: {'; '.join(p)}" for e in (*added, *updated) if (p := entry_problems(e))]
    more = [f"and {len(refused) - 3} more entries"] if len(refused) > 3 else []
    return refused[:3] + more


def _is_iso_date(text: str) -> bool:
    """Whether `text` is a day of the calendar at the precision of YYYY, YYYY-MM or YYYY-MM-DD (not 2024-13 or
    2023-02-30: those compare as dates no year has, so the entry would be current at the wrong time or never)."""
    parts = text.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isascii() and p.isdigit() for p in parts) and len(parts[0]) == 4
            and all(len(p) == 2 for p in parts[1:])):
        return False
    year, month, day = (*map(int, parts), 1, 1)[:3]
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _period_problems(valid_from: str | None, valid_to: str | None) -> list[str]:
    """Why a period of validity cannot be stored: a bound that is not a date, or an end before the start (at the
    precision both give, as `in_period` compares them)."""
    problems = [Reason(f"{_shown(date)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", "not-a-date", _shown(date))
                for date in (valid_from, valid_to) if date and not _is_iso_date(date)]
    if not problems and valid_from and valid_to:
        common = min(len(valid_from), len(valid_to))
        if valid_from[:common] > valid_to[:common]:
            problems.append(Reason(f"the period from {_shown(valid_from)} to {_shown(valid_to)} ends before it "
                                   f"starts", "period-reversed", _shown(valid_from), _shown(valid_to)))
    return problems


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One import as logged in the database, for the report and for undo."""

    id: int
    time: str
    label: str
    added: int
    updated: int
    undone: bool


_opening_guard = threading.Lock()
# Weak: a lock lives while someone opens that file, so the many temporary glossaries (replicas) leave none behind.
_opening: weakref.WeakValueDictionary[Path, threading.Lock] = weakref.WeakValueDictionary()


def _opening_lock(path: Path) -> threading.Lock:
    """One lock per glossary file in this process: a thread opening a glossary another thread is creating waits
    for it rather than building a second copy (processes each build their own; the first one published stays)."""
    try:
        key = resolve_path(path)
    except OSError as exc:  # a link that leads back to itself
        raise GlossaryError.from_os_error(f"{path.name}: the glossary cannot be opened ({exc.strerror})", exc,
                                          path.name, why.CANNOT_OPEN) from exc
    with _opening_guard:
        return _opening.setdefault(key, threading.Lock())


@functools.cache
def _file_kind() -> FileKind:
    return FileKind("glossary", "glossary format", APP_MARKER, SCHEMA_VERSION,
                    own_schema_objects(MIGRATIONS, also=_FTS_TRIGGERS), own_table_shapes(MIGRATIONS))


def _check_file(path: Path) -> None:
    """Refuse, reading only, a file that is not a PressDesk glossary or comes from a newer PressDesk."""
    refuse_foreign_file(path, _file_kind(), GlossaryError)


@sqlite_errors_as(GlossaryError)
class GlossaryStore(ClosedOnExit):
    """An open glossary database; `open()` creates, migrates and seeds it. Use from one thread."""

    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db
        self.revision = 0  # bumped by every change; views and matchers cache on it
        self._entries: list[TermEntry] | None = None
        self._lazy: LazyEntries | None = None
        self._approved: dict[tuple[str, str], int] | None = None
        self._approved_version = 0
        self._lazy_version = 0  # SQLite's data_version taken just before the entries were read
        self._matcher: GlossaryMatcher | None = None
        self.has_fts = "entries_fts" in db.table_names()

    # -- opening -----------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, seed: bool = True) -> GlossaryStore:
        """Open the glossary at `path`, creating it (seeded from resources unless `seed` is False) if missing."""
        path = Path(path)
        with _opening_lock(path):
            exists = path.exists() and path.stat().st_size > 0
            if not exists:
                cls._create(path, seed=seed)
            _check_file(path)
            try:
                conn = sqlite3.connect(str(path), timeout=5.0)
            except sqlite3.OperationalError as exc:
                raise write_refusal(GlossaryError, path, exc, "open") from exc
            db = sqlite_utils.Database(conn, execute_plugins=False)
            try:
                conn.execute("PRAGMA foreign_keys=ON")
                store = cls(path, db)
                store._migrate(seed_new=seed)
                store._preload_lemmas()
            except sqlite3.OperationalError as exc:  # a read-only or vanished folder, a full disk: say which file
                db.close()
                raise write_refusal(GlossaryError, path, exc, "open") from exc
            except BaseException:
                db.close()
                raise
            return store

    @classmethod
    def _create(cls, path: Path, *, seed: bool) -> None:
        """Build and seed a new glossary beside `path`, then publish it there unless another process published
        one first. The file thus appears complete: another PressDesk (a second window, a `pressdesk` run) opening
        the data folder meanwhile sees no glossary or a whole one, never a half-written file it would refuse."""
        try:
            with atomic_create(path) as tmp:
                db = sqlite_utils.Database(sqlite3.connect(str(tmp)), execute_plugins=False)
                try:
                    db.conn.execute("PRAGMA foreign_keys=ON")
                    cls(tmp, db)._migrate(seed_new=seed)
                finally:
                    db.close()
        except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk
            raise write_refusal(GlossaryError, path, exc, "create the glossary") from exc

    def _version(self) -> int:
        if "meta" not in self.db.table_names():
            return 0
        row = self.db.conn.execute("select value from meta where key = 'schema_version'").fetchone()
        return (schema_version(row[0]) or 0) if row else 0

    def _migrate(self, *, seed_new: bool) -> None:
        """Create (in the file being built) or upgrade the schema under SQLite's write lock, so two processes
        opening an older glossary at the same moment upgrade it once."""
        if self._version() == SCHEMA_VERSION:
            return
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = self._version()  # again, under the lock: someone may have just created it
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](self.db)
            if version < SCHEMA_VERSION:
                self.db["meta"].upsert_all([{"key": "app", "value": APP_MARKER},
                                            {"key": "schema_version", "value": str(SCHEMA_VERSION)}], pk="key")
            if version == 0:
                self.db["meta"].upsert({"key": "created", "value": now_iso()}, pk="key")
                if seed_new:
                    self._seed()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self.has_fts = "entries_fts" in self.db.table_names()
        self._changed()

    def _seed(self) -> None:
        """Fill a new glossary from the shipped seed files (inside the creating transaction)."""
        seed = read_seed()
        if seed is None:
            return
        rows = [entry_to_row(replace(e, id=i)) for i, e in enumerate(seed.entries, start=1)]
        self.db["entries"].insert_all(rows, pk="id")
        tenures = seed.tenures({r["en"]: r["id"] for r in rows})
        if tenures:
            self.db["tenures"].insert_all(tenures, pk="id")
        self._save_lemmas(seed.entries)

    def _preload_lemmas(self) -> None:
        preload_lemmas({word: tuple(lemmas.split("\t")) for word, lemmas in
                        self.db.conn.execute("select word, lemmas from lemmas")})

    def _save_lemmas(self, entries: Iterable[TermEntry]) -> None:
        """Keep the lemmas of the Russian words of `entries` (inside the writing transaction)."""
        words = russian_lemma_table(entries)
        if words:
            self.db["lemmas"].upsert_all(({"word": w, "lemmas": "\t".join(v)} for w, v in words.items()), pk="word",
                                         batch_size=1000)

    def close(self) -> None:
        """Save the big automata the matcher kept unsaved during the session, then close the database."""
        if self._matcher is not None:
            self._matcher.save_unsaved()
        self.db.close()

    def refresh(self) -> None:
        """Forget cached entries after another connection (a worker, the CLI) changed the database."""
        self._changed()

    def _changed(self) -> None:
        self.revision += 1
        self._entries = None
        self._lazy = None
        self._approved = None
        self._matcher = None

    # -- reading -----------------------------------------------------------------------------------------------

    def entries(self) -> list[TermEntry]:
        """All entries by id (cached until the next change)."""
        if self._entries is None:
            self._entries = list(self._lazy_entries())
        return list(self._entries)

    def _lazy_entries(self) -> LazyEntries:
        """All entries by id, each made on first use (cached until the next change)."""
        if self._lazy is None:
            self._lazy_version = self._data_version()  # before the rows: a commit after it shows as a newer version
            self._lazy = LazyEntries(self.db.conn.execute(f"select {_ENTRY_COLUMNS} from entries order by id")
                                     .fetchall())
        return self._lazy

    def entry(self, entry_id: int) -> TermEntry | None:
        rows = list(self.db.query("select * from entries where id = ?", [entry_id]))
        return entry_from_row(rows[0]) if rows else None

    def count(self) -> int:
        return self.db["entries"].count

    def matcher(self) -> GlossaryMatcher:
        """A matcher over the current entries, rebuilt only after a change; its automata are saved in the
        per-user cache folder and loaded on the next start while the entries have not changed."""
        if self._matcher is None:
            cache = AutomatonCache(cache_dir(), self.path, self._state_key())
            self._matcher = GlossaryMatcher(self._lazy_entries(), cache=cache)
        return self._matcher

    def _state_key(self) -> str:
        """Which state of the entries this is: creation stamp, change counter (read before the entries, so a
        change in between gives a key that never comes back) and the number of entries, their sum of ids and
        latest change time. The last two tell apart two copies of one glossary (a synced or shared file) that
        were changed as often as each other, one of which replaced the other: counters alone would match."""
        meta = dict(self.db.conn.execute("select key, value from meta where key in ('created', ?)", [CHANGES_KEY]))
        count, ids, latest = self.db.conn.execute("select count(*), total(id), max(updated_at) from entries").fetchone()
        return f"{meta.get('created', '')}|{meta.get(CHANGES_KEY, '')}|{count}|{ids:.0f}|{latest}|{INDEX_FORMAT}"

    def tenures(self, person_id: int | None = None) -> list[Tenure]:
        sql = "select * from tenures" + (" where person_id = ?" if person_id is not None else "") + " order by id"
        return [Tenure(int(r["person_id"]), int(r["title_id"]), r["valid_from"] or None, r["valid_to"] or None,
                       r["note"] or "")
                for r in self.db.query(sql, [person_id] if person_id is not None else [])]

    def search(self, text: str, category: str | None = None, limit: int = 500) -> list[TermEntry]:
        """Entries containing `text` in any form of any language (Traditional, inflected and plural queries too);
        entries with a form that is exactly the query come first ("Duma" finds the State Duma before its
        committees), then the shorter ones. A query holding half a character finds nothing: no form holds one."""
        if half_character(text) is not None:
            return []
        variants = _query_variants(text)
        if not variants:
            rows = self.db.query(
                "select * from entries" + (" where category = ?" if category else "") + " order by id limit ?",
                [category, limit] if category else [limit])
            return [entry_from_row(r) for r in rows]
        where, params = self._match_clause(variants)
        if category:
            where += " and category = ?"
            params.append(category)
        exact = " or ".join("instr(char(10) || search_text || char(10), ?) > 0" for _ in variants)
        rows = self.db.query(f"select * from entries where {where} order by ({exact}) desc, length(search_text), id "
                             f"limit ?", [*params, *(f"\n{v}\n" for v in variants), limit])
        return [entry_from_row(r) for r in rows]

    def _match_clause(self, variants: list[str]) -> tuple[str, list[object]]:
        if self.has_fts and all(len(v) >= 3 for v in variants):
            query = " OR ".join('"' + v.replace('"', '""') + '"' for v in variants)
            return "id in (select rowid from entries_fts where entries_fts match ?)", [query]
        like = " or ".join("search_text like ? escape '\\'" for _ in variants)
        escaped = ["%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for v in variants]
        return f"({like})", list(escaped)

    # -- writing -----------------------------------------------------------------------------------------------

    def validate(self, entry: TermEntry) -> list[str]:
        if self._approved is None:
            # The version the entries were read at, not a later one: a desk committing the same name in between
            # would otherwise pass the check under the write lock unseen, and both desks got it in.
            self._approved = approved_index(self.entries())
            self._approved_version = self._lazy_version
        return validate_entry(entry, self._approved)

    def _data_version(self) -> int:
        """SQLite's count of commits by other connections: it moves when another PressDesk wrote the file."""
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    @contextlib.contextmanager
    def _writing(self) -> Generator[None, None, None]:
        """One transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE). A transaction that reads
        first and writes later cannot wait for another process's write, so two `pressdesk glossary add` at the
        same moment failed with "database is locked"; taking the lock first waits for the other writer."""
        conn = self.db.conn
        if conn.in_transaction:  # inside another transaction: a savepoint of it
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _validate_locked(self, entry: TermEntry) -> None:
        """Validate again under the write lock when another process wrote meanwhile, so two desks adding the same
        name at once do not both get it in."""
        if self._approved is not None and self._data_version() == self._approved_version:
            return
        self._changed()
        problems = self.validate(entry)
        if problems:
            raise GlossaryValidationError(problems)

    def add(self, entry: TermEntry) -> TermEntry:
        """Store a new entry (its id is assigned); GlossaryValidationError lists what is wrong with it."""
        problems = self.validate(replace(entry, id=0))
        if problems:
            raise GlossaryValidationError(problems)
        with self._writing():
            self._validate_locked(replace(entry, id=0))
            new_id = self._next_id()
            self.db["entries"].insert(entry_to_row(replace(entry, id=new_id)), pk="id")
            self._save_lemmas([entry])
        stored = replace(entry, id=new_id)
        self._reindex(None, stored)
        return stored

    def update(self, entry: TermEntry) -> TermEntry:
        before = self.entry(entry.id)
        if before is None:
            raise GlossaryError(f"entry #{entry.id} does not exist", message_id=why.GLOSSARY_NO_ENTRY,
                                message_args=(entry.id,))
        problems = self.validate(entry)
        if problems:
            raise GlossaryValidationError(problems)
        with self._writing():
            self.db["entries"].update(entry.id, entry_to_row(entry))
            self._save_lemmas([entry])
        self._reindex(before, entry)
        return entry

    def delete(self, entry_id: int) -> None:
        """Remove an entry and the tenures that name it."""
        before = self.entry(entry_id)
        with self._writing():
            self.db.execute("delete from tenures where person_id = ? or title_id = ?", [entry_id, entry_id])
            self.db.execute("delete from entries where id = ?", [entry_id])
        self._reindex(before, None)

    def _reindex(self, before: TermEntry | None, after: TermEntry | None) -> None:
        """After a single-entry change: keep the duplicate index current, drop the other caches."""
        approved = self._approved
        self._changed()
        if approved is not None:
            reindex_approved(approved, before, after)
            self._approved = approved

    def add_tenure(self, tenure: Tenure) -> None:
        check_tenure(tenure, self.entry)
        with self._writing():
            self.db["tenures"].insert({"person_id": tenure.person_id, "title_id": tenure.title_id,
                                       "valid_from": tenure.valid_from, "valid_to": tenure.valid_to,
                                       "note": tenure.note}, pk="id")
        self._changed()

    def _next_id(self) -> int:
        return int(self.db.execute("select coalesce(max(id), 0) + 1 from entries").fetchone()[0])

    # -- imports -----------------------------------------------------------------------------------------------

    def apply_import(self, added: list[TermEntry], updated: list[TermEntry], label: str) -> int:
        """Insert and update entries in one transaction and log the import so it can be undone; returns its id.
        Every entry is validated first, merged ones too; GlossaryValidationError (nothing written) if any fails."""
        refused = import_problems(added, updated)
        if refused:
            raise GlossaryValidationError(refused)
        with self._writing():
            first = self._next_id()
            rows = [entry_to_row(replace(e, id=first + i)) for i, e in enumerate(added)]
            previous = [dict(r) for e in updated for r in self.db.query("select * from entries where id = ?", [e.id])]
            if rows:
                self.db["entries"].insert_all(rows, pk="id", batch_size=500)
            for e in updated:
                self.db["entries"].update(e.id, entry_to_row(e))
            self._save_lemmas([*added, *updated])
            import_id = int(self.db["imports"].insert({
                "time": now_iso(), "label": label, "added": json.dumps([r["id"] for r in rows]),
                "previous": json.dumps(previous, ensure_ascii=False), "undone": 0}, pk="id").last_pk)
        self._changed()
        return import_id

    def imports(self) -> list[ImportRecord]:
        return [ImportRecord(int(r["id"]), r["time"], r["label"], len(json.loads(r["added"])),
                             len(json.loads(r["previous"])), bool(r["undone"]))
                for r in self.db.query("select * from imports order by id desc")]

    def _import_log(self, row: dict[str, object]) -> tuple[list[int], list[dict[str, object]]]:
        """The ids an import added and the rows it replaced, as `apply_import` logged them; GlossaryError when the
        record is damaged (another program, a bad sector): undoing it would delete what no import added, or write
        back an entry no check has seen."""
        columns = set(self.db["entries"].columns_dict)
        try:
            added, previous = parse_json(row["added"]), parse_json(row["previous"])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            added = previous = None
        sound = (isinstance(added, list) and all(type(i) is int for i in added)
                 and isinstance(previous, list) and all(
                     isinstance(old, dict) and type(old.get("id")) is int and old.keys() <= columns
                     and all(v is None or type(v) in (str, int) for v in old.values())
                     and not entry_problems(entry_from_row(old)) for old in previous))
        if not sound:
            raise GlossaryError(f"the record of import #{row['id']} is damaged, so it cannot be undone; nothing was "
                                "changed", message_id=why.GLOSSARY_IMPORT_RECORD_DAMAGED, message_args=(row["id"],))
        return added, previous  # type: ignore[return-value]

    def undo_import(self, import_id: int | None = None) -> ImportRecord:
        """Revert an import (the latest not yet undone by default): its entries removed, updated ones restored."""
        rows = list(self.db.query(
            "select * from imports where undone = 0" + (" and id = ?" if import_id is not None else "")
            + " order by id desc limit 1", [import_id] if import_id is not None else []))
        if not rows:
            raise no_import_to_undo(import_id)
        row = rows[0]
        added, previous = self._import_log(row)
        with self._writing():
            for chunk_start in range(0, len(added), 500):
                chunk = added[chunk_start:chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"delete from tenures where person_id in ({marks}) or title_id in ({marks})",
                                chunk + chunk)
                self.db.execute(f"delete from entries where id in ({marks})", chunk)
            for old in previous:
                self.db["entries"].upsert(old, pk="id")
            self.db["imports"].update(row["id"], {"undone": 1})
        self._changed()
        return ImportRecord(int(row["id"]), row["time"], row["label"], len(added), len(previous), True)


def default_glossary_path(data_dir: Path) -> Path:
    return Path(data_dir) / GLOSSARY_FILE


def automaton_folder(path: Path) -> Path:
    """Where the automata built from the glossary at `path` are kept: the per-user cache folder, never beside a
    glossary that may sit on a shared drive."""
    return glossary_cache_folder(cache_dir(), path)


def open_default_glossary(data_dir: str | Path | None = None) -> GlossaryStore:
    """The user's glossary in the data folder (`paths.data_dir()` unless given), created and seeded if new."""
    from desktop_app.paths import data_dir as resolve_data_dir

    return GlossaryStore.open(default_glossary_path(resolve_data_dir(data_dir)))
