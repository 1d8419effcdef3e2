"""The `.pressdesk` project file: one release in SQLite, with every cell change kept as a revision.

Opening validates the file read-only first, so a corrupt file, a foreign SQLite database or a file from a newer
PressDesk is refused without a single byte being changed. Every write runs in one transaction.
The `recovery` table holds the GUI's autosaved, not-yet-saved state of the release.
"""

from __future__ import annotations

import errno
import functools
import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from desktop_app import LANGS
from desktop_app.atomic import JOURNAL_SUFFIX, NAME_BYTES, fits_beside
from desktop_app.domain import refusals as why
from desktop_app.domain.json_text import parse_json
from desktop_app.domain.release import (
    MAX_CELL_CHARS,
    MAX_SEGMENTS,
    Cell,
    Origin,
    Provenance,
    Release,
    Role,
    Segment,
    Status,
)
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.errors import StorageError, sqlite_errors_as
from desktop_app.storage.sqlite_files import (
    SIDE_FILES,
    SQLITE_MAGIC,
    TableShape,
    damaged_message,
    inspection,
    own_schema_objects,
    own_table_shapes,
    planted_object,
    redefined_table,
    schema_version,
    side_file_problem,
    stray_log_message,
    stray_write_ahead_log,
    structural_damage,
    tables_and_meta,
)

log = logging.getLogger(__name__)

APP_MARKER = "pressdesk"
SCHEMA_VERSION = 3
# Statements take at most this many values each: SQLite builds may allow as few as 999 variables per statement.
SQL_CHUNK = 500


class ProjectError(StorageError):
    """A project file that cannot be opened or written; the message is meant for the user."""

    @classmethod
    def from_sqlite(cls, path: Path | None, exc: sqlite3.Error, operation: str) -> ProjectError:
        if path is None:
            return cls(str(exc))
        return write_refusal(cls, path, exc, "save" if operation in _WRITING_METHODS else "read")


# The store's methods that write to the project file.
_WRITING_METHODS = frozenset({"save", "set_cell", "ignore_finding", "unignore_finding", "write_recovery",
                              "discard_recovery"})
# SQLite's words for the write failures a user can act on, and what to tell them (the reason's message id).
_READ_ONLY = (why.WRITE_READ_ONLY, "the file is read-only")
_FOLDER = (why.WRITE_FOLDER_UNAVAILABLE, "its folder is read-only or unavailable")
_FULL = (why.WRITE_DISK_FULL, "the disk is full")
_WRITER = (why.WRITE_OTHER_WRITER, "another program is writing to it")
_WRITE_FAILURES = (
    ("readonly", _READ_ONLY),
    ("unable to open", _FOLDER),
    ("disk is full", _FULL),
    ("disk i/o", (why.WRITE_DISK_REFUSED, "the disk refused the write")),
    ("locked", _WRITER),
    ("busy", _WRITER),
)


# The same reasons for the file system's refusals (a file built beside the target before it is published).
_OS_WRITE_FAILURES = {
    errno.EACCES: _FOLDER, errno.EPERM: _FOLDER, errno.EROFS: _FOLDER, errno.ENOENT: _FOLDER,
    errno.ENOSPC: _FULL, errno.EDQUOT: _FULL,
}

# What the failed write was doing (the English of the CLI) and the message id of its refusal.
_WRITE_ACTIONS = {
    "save": why.CANNOT_SAVE, "save a copy": why.CANNOT_SAVE_COPY, "read": why.CANNOT_READ_STORE,
    "open": why.CANNOT_OPEN_STORE, "create the project": why.CANNOT_CREATE_PROJECT,
    "upgrade to the current file format": why.CANNOT_UPGRADE, "create the glossary": why.CANNOT_CREATE_GLOSSARY,
    "open the translation memory": why.CANNOT_OPEN_MEMORY, "create the translation memory": why.CANNOT_CREATE_MEMORY,
}
E = TypeVar("E", bound=StorageError)


# SQLite writes a project through a journal named after it: a name within the file system's limit but without
# room for the suffix gave "unable to open database file" ("its folder is read-only") on every save.
_NAME_TOO_LONG = (f"its name is too long for SQLite to keep its journal beside it (a file name holds at most "
                  f"{NAME_BYTES} bytes with {JOURNAL_SUFFIX!r} added); give it a shorter name")


def _write_reason(path: Path, exc: sqlite3.Error | OSError) -> tuple[str | None, str]:
    """Why writing `path` failed: the reason's message id (None when only SQLite's or the system's own words tell
    it) and its English. A file system error is told by its reason only: the file it names may be a temporary one
    beside `path`."""
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        known = _OS_WRITE_FAILURES.get(exc.errno or 0)
    elif not fits_beside(path.name, JOURNAL_SUFFIX):
        return why.WRITE_NAME_TOO_LONG, _NAME_TOO_LONG
    else:
        detail = str(exc)
        known = next((reason for words, reason in _WRITE_FAILURES if words in detail.lower()), None)
    if known is None or known[1] == detail:
        return (known[0] if known else None), detail
    return known[0], f"{known[1]} ({detail})"


def write_failure(path: Path, exc: sqlite3.Error | OSError, action: str = "save") -> str:
    """One line for the user when writing a project failed; SQLite has rolled the change back, nothing is lost."""
    return f"{path.name}: cannot {action}: {_write_reason(path, exc)[1]}; nothing was changed"


def write_refusal(error: type[E], path: Path, exc: sqlite3.Error | OSError, action: str = "save") -> E:
    """`write_failure`'s words as an `error`, with the action and the reason for the interface to word: the
    reason's own message id as the argument, or SQLite's or the system's words when no id tells it."""
    reason, _words = _write_reason(path, exc)
    return error(write_failure(path, exc, action), message_id=_WRITE_ACTIONS[action],
                 message_args=(reason or _words,), file_name=path.name)


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    segment_id: str
    lang: str
    time: str
    old_text: str
    new_text: str
    status: Status
    provenance: Provenance


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _create_schema_v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["segments"].create({"id": str, "position": int, "role": str}, pk="id")
    db["cells"].create(
        {
            "segment_id": str, "lang": str, "text": str, "status": str, "origin": str,
            "source_lang": str, "source_text": str, "engine": str, "updated_at": str,
        },
        pk=("segment_id", "lang"),
    )
    db["revisions"].create(
        {
            "id": int, "segment_id": str, "lang": str, "time": str, "old_text": str, "new_text": str,
            "status": str, "origin": str, "source_lang": str, "source_text": str, "engine": str,
        },
        pk="id",
    )
    db["revisions"].create_index(["segment_id", "lang"])
    db["recovery"].create({"id": int, "saved_at": str, "payload": str}, pk="id")


def _add_ignored_findings_v2(db: sqlite_utils.Database) -> None:
    """QA findings the user chose to ignore in this project, by their stable key."""
    db["ignored_findings"].create({"key": str, "ignored_at": str}, pk="key")


# Migrations from version N-1 to N, keyed by N. Version 1 is the initial schema.
def _add_segment_comments_v3(db: sqlite_utils.Database) -> None:
    """A comment per segment (a note for the team, exported in the review layout)."""
    db["segments"].add_column("comment", str, not_null_default="")


MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _create_schema_v1, 2: _add_ignored_findings_v2,
                                                                  3: _add_segment_comments_v3}


def _cell_row(segment_id: str, lang: str, cell: Cell) -> dict[str, object]:
    p = cell.provenance
    return {
        "segment_id": segment_id, "lang": lang, "text": cell.text, "status": cell.status.value,
        "origin": p.origin.value, "source_lang": p.source_lang, "source_text": p.source_text,
        "engine": p.engine, "updated_at": now_iso(),
    }


def _cell_from_row(row: dict[str, object]) -> Cell:
    prov = Provenance(
        Origin(row["origin"] or Origin.NONE), row["source_lang"], row["source_text"], row["engine"]  # type: ignore[arg-type]
    )
    return Cell(row["text"] or "", Status(row["status"]), prov)  # type: ignore[arg-type]


def release_to_dict(release: Release) -> dict[str, object]:
    """A JSON-ready dict with every cell's status and provenance (used for recovery snapshots)."""
    return {
        "title": release.title,
        "date": release.date,
        "segments": [
            {
                "id": s.id,
                "role": s.role.value,
                "comment": s.comment,
                "cells": {
                    lang: {
                        "text": c.text, "status": c.status.value, "origin": c.provenance.origin.value,
                        "source_lang": c.provenance.source_lang, "source_text": c.provenance.source_text,
                        "engine": c.provenance.engine,
                    }
                    for lang, c in s.cells.items()
                },
            }
            for s in release.segments
        ],
    }


def _recovery_payload(release: Release) -> str:
    """`release_to_dict` as JSON, a segment per `json.dumps` call: one call over a long release holds the GIL for
    tens of milliseconds (the encoder is C), which froze the GUI thread while a worker autosaved."""
    data = release_to_dict(release)
    segments = data.pop("segments")
    head = json.dumps(data, ensure_ascii=False)[:-1]
    body = ", ".join(json.dumps(segment, ensure_ascii=False) for segment in segments)  # type: ignore[attr-defined]
    return f'{head}, "segments": [{body}]}}'


def release_from_dict(data: dict) -> Release:
    """The release `release_to_dict` made; TypeError, ValueError or KeyError for any other shape (an autosave
    damaged or written by another program: a number or a list where text belongs would fail on save or check)."""
    if len(data["segments"]) > MAX_SEGMENTS:
        raise ValueError(f"the autosave holds {len(data['segments']):,} segments; a release holds at most "
                         f"{MAX_SEGMENTS:,}")
    segments = [
        Segment(
            Role(s["role"]),
            {lang: _cell_from_row(s["cells"][lang]) for lang in LANGS},
            s["id"],
            str(s.get("comment") or ""),  # autosaves written before comments existed have none
        )
        for s in data["segments"]
    ]
    release = Release(data["title"], data["date"], segments)
    required = [release.title, release.date, *(s.id for s in segments),
                *(c.text for s in segments for c in s.cells.values())]
    optional = [v for s in segments for c in s.cells.values()
                for v in (c.provenance.source_lang, c.provenance.source_text, c.provenance.engine)]
    if not all(isinstance(v, str) for v in required) or not all(v is None or isinstance(v, str) for v in optional):
        raise TypeError("an autosaved value is not text")
    if any(len(v) > MAX_CELL_CHARS for v in (*required, *optional) if v is not None):
        raise ValueError(f"an autosaved text is longer than a cell holds ({MAX_CELL_CHARS:,} characters)")
    return release


# The columns each table must have at a schema version (the version that introduced it, and its columns).
_TABLES: dict[str, tuple[int, tuple[str, ...]]] = {
    "meta": (1, ("key", "value")),
    "segments": (1, ("id", "position", "role")),
    "cells": (1, ("segment_id", "lang", "text", "status", "origin", "source_lang", "source_text", "engine",
                  "updated_at")),
    "revisions": (1, ("id", "segment_id", "lang", "time", "old_text", "new_text", "status", "origin",
                      "source_lang", "source_text", "engine")),
    "recovery": (1, ("id", "saved_at", "payload")),
    "ignored_findings": (2, ("key", "ignored_at")),
}
_ORIGINS = tuple(o.value for o in Origin)


@functools.cache
def _own_schema_objects() -> frozenset[str]:
    return own_schema_objects(MIGRATIONS)


@functools.cache
def _own_tables() -> dict[str, TableShape]:
    return own_table_shapes(MIGRATIONS)


def replaceable_by_a_project(path: Path) -> bool:
    """Whether a new project may replace the file at `path` when asked to: an empty file, an earlier project (a
    damaged one too) or an empty database, never a document or a text named by mistake, nor a database of
    something else: the desk's glossary or memory, another program's data (`new glossary.sqlite --force` put an
    empty release in place of every term)."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if not head:
        return True
    if head != SQLITE_MAGIC:
        return False
    try:
        with inspection(path) as conn:
            tables, meta = tables_and_meta(conn)
    except (sqlite3.DatabaseError, OSError):
        return True  # damaged past reading: what it was cannot be told, and an earlier project is what --force is for
    return not tables or meta.get("app") == APP_MARKER


def _check_file(path: Path) -> None:
    """Refuse anything that is not a sound PressDesk project, without changing a byte of it (or of its journal)."""
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a project file", message_id=why.IS_FOLDER, file_name=path.name)
    if path.exists() and not path.is_file():
        raise ProjectError(f"{path}: is not a regular file (a device or a pipe), so it is no project",
                           message_id=why.NOT_REGULAR_FILE, file_name=path.name)
    if not path.is_file():
        raise ProjectError(f"{path}: no such project file", message_id=why.NO_SUCH_FILE, file_name=path.name)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectError.from_os_error(f"{path.name}: cannot be read ({exc.strerror or exc})", exc, path.name,
                                        why.CANNOT_READ) from exc
    if head != SQLITE_MAGIC:
        raise ProjectError(f"{path.name} is not a PressDesk project (not an SQLite database, or corrupt)",
                           message_id=why.PROJECT_NOT_PROJECT, file_name=path.name)
    side = side_file_problem(path, "project")
    if side is not None:
        raise ProjectError(side[0], message_id=why.SIDE_FILE_PLANTED, message_args=(side[1],), file_name=path.name)
    wal = stray_write_ahead_log(path)
    if wal is not None:
        raise ProjectError(stray_log_message(path, wal, "project"), message_id=why.STRAY_LOG, message_args=(wal.name,),
                           file_name=path.name)
    try:
        with inspection(path) as conn:
            tables, meta = tables_and_meta(conn)
            version = _check_meta(path, meta)
            damage = structural_damage(conn)
            if damage is not None:
                raise ProjectError(f"{path.name} is damaged and cannot be read safely ({damage}); nothing was "
                                   "changed: open a backup or an earlier export", message_id=why.PROJECT_DAMAGED,
                                   file_name=path.name)
            _check_structure(path, conn, tables, version)
            _check_values(path, conn, version)
            _check_sizes(path, conn, version)
    except sqlite3.DatabaseError as exc:
        raise ProjectError(damaged_message(path, exc), message_id=why.PROJECT_DAMAGED, file_name=path.name) from exc
    except OSError as exc:
        raise ProjectError.from_os_error(f"{path.name}: cannot be inspected ({exc.strerror or exc})", exc, path.name,
                                        why.CANNOT_READ) from exc


def _check_meta(path: Path, meta: dict[str, str]) -> int:
    """The file's schema version, when it is a PressDesk project this version can read."""
    if meta.get("app") != APP_MARKER:
        raise ProjectError(f"{path.name} is an SQLite database but not a PressDesk project",
                           message_id=why.PROJECT_NOT_PROJECT, file_name=path.name)
    version = schema_version(meta.get("schema_version"))
    if version is None:
        raise ProjectError(f"{path.name} is damaged: its file format version {meta.get('schema_version')!r} "
                           "is not valid", message_id=why.PROJECT_DAMAGED, file_name=path.name)
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path.name} was written by a newer PressDesk (file format {version}; this version reads up to "
            f"{SCHEMA_VERSION}). Update PressDesk to open it.", message_id=why.PROJECT_NEWER,
            message_args=(version, SCHEMA_VERSION), file_name=path.name
        )
    return version


def _check_structure(path: Path, conn: sqlite3.Connection, tables: set[str], version: int) -> None:
    """Every table and column the file's version must have (a dropped table would otherwise read as empty)."""
    for table, (since, columns) in _TABLES.items():
        if since > version:
            continue
        if table not in tables:
            raise ProjectError(f"{path.name} is damaged: its {table} table is missing",
                               message_id=why.PROJECT_DAMAGED, file_name=path.name)
        present = {r[1] for r in conn.execute(f"pragma table_info({table})")}
        missing = [c for c in columns if c not in present]
        if missing:
            raise ProjectError(f"{path.name} is damaged: the {table} table lacks {', '.join(missing)}",
                               message_id=why.PROJECT_DAMAGED, file_name=path.name)
    planted = planted_object(conn, _own_schema_objects())
    if planted is not None:
        raise ProjectError(f"{path.name} is damaged: it holds {planted}, which PressDesk never creates (it could "
                           "change or drop what is saved)", message_id=why.PROJECT_DAMAGED, file_name=path.name)
    redefined = redefined_table(conn, _own_tables())
    if redefined is not None:
        raise ProjectError(f"{path.name} is damaged: {redefined} (it could change or drop what is saved)",
                           message_id=why.PROJECT_DAMAGED, file_name=path.name)


_STATUSES = tuple(st.value for st in Status)
# Per table: (what, SQL expression, the values PressDesk writes). Checked in one pass over each table.
_VALUE_RULES: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "segments": (("a segment role", "role", tuple(r.value for r in Role)),
                 ("a segment id", "typeof(id)", ("text",))),
    "cells": (("a cell language", "lang", LANGS),
              ("a cell status", "status", _STATUSES),
              ("a cell origin", "coalesce(origin, 'none')", _ORIGINS),
              ("a cell source language", "coalesce(source_lang, 'none')", (*LANGS, "none")),
              ("a cell text", "typeof(text)", ("text", "null")),
              ("a cell source text", "typeof(source_text)", ("text", "null"))),
    "revisions": (("a revision status", "status", _STATUSES),
                  ("a revision origin", "coalesce(origin, 'none')", _ORIGINS)),
    "meta": (("a metadata value", "typeof(value)", ("text", "null")),),
}
# Per table: the other text columns a release is read from, with the file format that introduced them. A blob or a
# number there (a blob comment broke the review export) is refused like a value of the wrong kind.
_TEXT_COLUMNS: dict[str, tuple[tuple[int, str, str], ...]] = {
    "segments": ((3, "comment", "a segment comment"),),
    "cells": ((1, "engine", "a cell's engine"),),
    "revisions": ((1, "old_text", "a revision text"), (1, "new_text", "a revision text"),
                  (1, "source_text", "a revision source text"), (1, "engine", "a revision engine")),
}


def _check_values(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Refuse values no PressDesk writes, which would otherwise fail later, half-way through a command."""
    for table in {**_VALUE_RULES, **_TEXT_COLUMNS}:
        texts = [(what, f"typeof({column})", ("text", "null")) for since, column, what in _TEXT_COLUMNS.get(table, ())
                 if since <= version]
        rules = (*_VALUE_RULES.get(table, ()), *texts)
        conditions, params = [], []
        for _what, expr, allowed in rules:
            conditions.append(f"({expr}) is null or ({expr}) not in ({','.join('?' * len(allowed))})")
            params.extend(allowed)
        columns = ", ".join(expr for _what, expr, _allowed in rules)
        row = conn.execute(f"select {columns} from {table} where {' or '.join(conditions)} limit 1",
                           params).fetchone()
        if row is None:
            continue
        what, bad = next((what, value) for (what, _expr, allowed), value in zip(rules, row, strict=True)
                         if value not in allowed)
        shown = repr(bad)[:40] if isinstance(bad, str) else type(bad).__name__
        raise ProjectError(f"{path.name} is damaged: {what} is {shown}, which PressDesk never writes",
                           message_id=why.PROJECT_DAMAGED, file_name=path.name)


# The text columns a release or a cell's history is read from, with the file format that introduced them.
_SIZED_COLUMNS: dict[str, tuple[tuple[int, str, str], ...]] = {
    "meta": ((1, "value", "a title or date"),),
    "segments": ((3, "comment", "a segment comment"),),
    "cells": ((1, "text", "a cell text"), (1, "source_text", "a cell's source text"), (1, "engine", "a cell's engine")),
    "revisions": ((1, "old_text", "a revision text"), (1, "new_text", "a revision text"),
                  (1, "source_text", "a revision source text"), (1, "engine", "a revision engine")),
}
MAX_SEGMENT_ID_CHARS = 64  # PressDesk writes 12 hexadecimal digits


def _check_sizes(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Refuse a release larger than any PressDesk saves: a million segments took 24 s and a gigabyte to show, a
    400 MB cell 1.2 GB, and the editor could never save them back (saves and imports refuse them)."""
    segments = conn.execute("select count(*) from segments").fetchone()[0]
    if segments > MAX_SEGMENTS:
        raise ProjectError(f"{path.name}: the project already holds {segments:,} segments, written by another tool; "
                           f"a release holds at most {MAX_SEGMENTS:,}", message_id=why.PROJECT_OVERSIZED,
                           message_args=(segments, MAX_SEGMENTS), file_name=path.name)
    longest_id = conn.execute("select max(length(id)) from segments").fetchone()[0]
    if longest_id is not None and longest_id > MAX_SEGMENT_ID_CHARS:
        raise ProjectError(f"{path.name}: the project holds a segment id of {longest_id:,} characters, written by "
                           f"another tool; PressDesk writes at most {MAX_SEGMENT_ID_CHARS}",
                           message_id=why.PROJECT_OVERSIZED_ID, message_args=(longest_id, MAX_SEGMENT_ID_CHARS),
                           file_name=path.name)
    for table, columns in _SIZED_COLUMNS.items():
        sized = [(column, what) for since, column, what in columns if since <= version]
        if not sized:
            continue
        longest = conn.execute(f"select {', '.join(f'max(length({c}))' for c, _w in sized)} from {table}").fetchone()
        for (_column, what), length in zip(sized, longest, strict=True):
            if length is not None and length > MAX_CELL_CHARS:
                raise ProjectError(f"{path.name}: the project holds {what} of {length:,} characters, written by "
                                   f"another tool; a text holds at most {MAX_CELL_CHARS:,}",
                                   message_id=why.PROJECT_OVERSIZED_TEXT, message_args=(length, MAX_CELL_CHARS),
                                   file_name=path.name)


@sqlite_errors_as(ProjectError)
class ProjectStore(ClosedOnExit):
    """An open `.pressdesk` file. Use `create()` or `open()`; close it when done."""

    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db

    # -- opening -----------------------------------------------------------------------------------------
    @staticmethod
    def _connect(path: Path) -> sqlite_utils.Database:
        conn = sqlite3.connect(str(path), timeout=5.0)
        conn.execute("PRAGMA synchronous=FULL")
        return sqlite_utils.Database(conn, execute_plugins=False)

    @classmethod
    def create(cls, path: str | Path, release: Release) -> ProjectStore:
        """Write a new project file (atomically: the file appears complete or not at all)."""
        path = Path(path)
        if not fits_beside(path.name, JOURNAL_SUFFIX):
            raise ProjectError(f"{path.name}: cannot create the project: {_NAME_TOO_LONG}; nothing was changed",
                               message_id=why.CANNOT_CREATE_PROJECT, message_args=(why.WRITE_NAME_TOO_LONG,),
                               file_name=path.name)
        side = next((suffix for suffix in SIDE_FILES if path.name.endswith(suffix) and len(path.name) > len(suffix)),
                    None)
        if side is not None:
            # SQLite would take it for the journal, log or index of the file named without it, and delete it (or
            # read it into that file) the next time that file is opened.
            raise ProjectError(f"{path.name}: cannot create the project: SQLite keeps the {SIDE_FILES[side]} of "
                               f"{path.name[:-len(side)]} under that name; choose another name (nothing was changed)",
                               message_id=why.NEW_NAME_IS_SIDE_FILE, message_args=(path.name[:-len(side)],),
                               file_name=path.name)
        try:
            cls._write_new(path, release)
        except (OSError, sqlite3.Error) as exc:
            raise write_refusal(ProjectError, path, exc, "create the project") from exc
        return cls.open(path)

    @classmethod
    def _write_new(cls, path: Path, release: Release) -> None:
        from desktop_app.atomic import atomic_path

        with atomic_path(path) as tmp:
            db = cls._connect(tmp)
            try:
                with db.atomic():
                    for version in sorted(MIGRATIONS):
                        MIGRATIONS[version](db)
                    db["meta"].insert_all(
                        [
                            {"key": "app", "value": APP_MARKER},
                            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                            {"key": "created", "value": now_iso()},
                        ]
                    )
                cls(path, db).save(release)  # named as the user knows it in any refusal
            finally:
                db.close()

    @classmethod
    def open(cls, path: str | Path) -> ProjectStore:
        path = Path(path)
        _check_file(path)
        try:
            db = cls._connect(path)
        except sqlite3.Error as exc:
            raise ProjectError(f"{path.name}: cannot be opened ({exc})", message_id=why.PROJECT_CANNOT_OPEN,
                               file_name=path.name) from exc
        try:
            try:
                meta = dict(db.execute("select key, value from meta").fetchall())
                version = _check_meta(path, meta)
            except sqlite3.OperationalError as exc:  # e.g. a hot journal that a read-only file cannot roll back
                raise write_refusal(ProjectError, path, exc, "open") from exc
            except sqlite3.DatabaseError as exc:
                raise ProjectError(f"{path.name} is damaged and cannot be read ({exc})", message_id=why.PROJECT_DAMAGED,
                                   file_name=path.name) from exc
            store = cls(path, db)
            try:
                store._migrate(version)
            except sqlite3.Error as exc:
                raise write_refusal(ProjectError, path, exc, "upgrade to the current file format") from exc
        except BaseException:
            db.close()
            raise
        return store

    def _migrate(self, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        with self.db.atomic():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](self.db)
            self.db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")

    def copy_to(self, path: Path) -> None:
        """A copy of the whole project file at `path` (Save As), written atomically through SQLite's backup;
        ProjectError, with nothing written, for a name no later save could write under."""
        from desktop_app.atomic import atomic_path

        if not fits_beside(path.name, JOURNAL_SUFFIX):
            raise ProjectError(f"{path.name}: cannot save a copy: {_NAME_TOO_LONG}; nothing was changed",
                               message_id=why.CANNOT_SAVE_COPY, message_args=(why.WRITE_NAME_TOO_LONG,),
                               file_name=path.name)
        with atomic_path(path) as tmp:
            target = sqlite3.connect(tmp)
            try:
                self.db.conn.backup(target)
            finally:
                target.close()

    def close(self) -> None:
        self.db.close()

    # -- reading -----------------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("select key, value from meta").fetchall())

    def load(self) -> Release:
        meta = self.meta()
        cells: dict[str, dict[str, Cell]] = {}
        for row in self.db["cells"].rows:
            cells.setdefault(row["segment_id"], {})[row["lang"]] = _cell_from_row(row)
        segments = []
        for row in self.db["segments"].rows_where(order_by="position"):
            seg_cells = cells.get(row["id"], {})
            segments.append(Segment(Role(row["role"]), {lang: seg_cells.get(lang, Cell()) for lang in LANGS},
                                    row["id"], row.get("comment") or ""))
        return Release(meta.get("title") or "", meta.get("date") or "", segments)  # NULL (another tool): empty

    def history(self, segment_id: str, lang: str) -> list[Revision]:
        """Every recorded change of one cell, oldest first."""
        rows = self.db["revisions"].rows_where("segment_id = ? and lang = ?", [segment_id, lang], order_by="id")
        return [
            Revision(
                r["id"], r["segment_id"], r["lang"], r["time"], r["old_text"] or "", r["new_text"] or "",
                Status(r["status"]),
                Provenance(Origin(r["origin"]), r["source_lang"], r["source_text"], r["engine"]),
            )
            for r in rows
        ]

    # -- writing -----------------------------------------------------------------------------------------
    @staticmethod
    def _revision_row(cell_row: dict[str, object], old: Cell | None) -> dict[str, object]:
        return {
            "segment_id": cell_row["segment_id"], "lang": cell_row["lang"], "time": cell_row["updated_at"],
            "old_text": old.text if old else "", "new_text": cell_row["text"], "status": cell_row["status"],
            "origin": cell_row["origin"], "source_lang": cell_row["source_lang"],
            "source_text": cell_row["source_text"], "engine": cell_row["engine"],
        }

    def _write_cells(self, changes: list[tuple[str, str, Cell, Cell | None]]) -> int:
        """Upsert changed cells and add one revision each (a new empty cell needs no revision)."""
        cell_rows, revisions = [], []
        for segment_id, lang, cell, old in changes:
            row = _cell_row(segment_id, lang, cell)
            cell_rows.append(row)
            if old is not None or cell != Cell():
                revisions.append(self._revision_row(row, old))
        if cell_rows:
            self.db["cells"].upsert_all(cell_rows, pk=("segment_id", "lang"))
        if revisions:
            self.db["revisions"].insert_all(revisions)
        return len(revisions)

    def _stored_cells(self) -> dict[tuple[str, str], Cell]:
        return {(r["segment_id"], r["lang"]): _cell_from_row(r) for r in self.db["cells"].rows}

    def save(self, release: Release) -> int:
        """Write the whole release in one transaction; return how many cells changed (each gets a revision).

        Segments that no longer exist are removed from the document, but their revisions are kept. A release
        larger than MAX_SEGMENTS is refused with ProjectError before anything is written.
        """
        if len(release.segments) > MAX_SEGMENTS:
            raise ProjectError(f"{self.path.name}: a release holds at most {MAX_SEGMENTS:,} segments; this one has "
                               f"{len(release.segments):,}", message_id=why.RELEASE_TOO_MANY_SEGMENTS,
                               message_args=(MAX_SEGMENTS, len(release.segments)), file_name=self.path.name)
        try:
            return self._save(release)
        except UnicodeEncodeError as exc:  # a lone UTF-16 surrogate, e.g. from a "\ud800" escape in JSON
            raise ProjectError(f"{self.path.name}: the release holds text that is not valid Unicode "
                               f"({exc.object[exc.start:exc.end]!r}); nothing was saved",
                               message_id=why.RELEASE_NOT_UNICODE, message_args=(repr(exc.object[exc.start:exc.end]),),
                               file_name=self.path.name) from exc

    def _save(self, release: Release) -> int:
        with self.db.atomic():
            self.db["meta"].upsert_all(
                [
                    {"key": "title", "value": release.title},
                    {"key": "date", "value": release.date},
                    {"key": "modified", "value": now_iso()},
                ],
                pk="key",
            )
            stored = self._stored_cells()
            keep = {s.id for s in release.segments}
            gone = [r[0] for r in self.db.execute("select id from segments") if r[0] not in keep]
            for start in range(0, len(gone), SQL_CHUNK):
                chunk = gone[start:start + SQL_CHUNK]
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"delete from segments where id in ({marks})", chunk)
                self.db.execute(f"delete from cells where segment_id in ({marks})", chunk)
            self.db["segments"].upsert_all(
                [{"id": s.id, "position": i, "role": s.role.value, "comment": s.comment}
                 for i, s in enumerate(release.segments)],
                pk="id",
            )
            changes = [
                (seg.id, lang, seg.cells[lang], stored.get((seg.id, lang)))
                for seg in release.segments
                for lang in LANGS
                if stored.get((seg.id, lang)) != seg.cells[lang] or (seg.id, lang) not in stored
            ]
            changed = self._write_cells(changes)
            self.db["recovery"].delete_where()
        return changed

    def set_cell(self, segment_id: str, lang: str, cell: Cell) -> bool:
        """Commit one cell edit (with its revision) in its own transaction."""
        with self.db.atomic():
            rows = list(self.db["cells"].rows_where("segment_id = ? and lang = ?", [segment_id, lang]))
            if not rows and not self.db["segments"].count_where("id = ?", [segment_id]):
                raise KeyError(segment_id)
            old = _cell_from_row(rows[0]) if rows else None
            return old != cell and self._write_cells([(segment_id, lang, cell, old)]) > 0

    # -- ignored QA findings -----------------------------------------------------------------------------
    def ignored_findings(self) -> set[str]:
        """Keys of the QA findings the user has ignored in this project."""
        return {r["key"] for r in self.db["ignored_findings"].rows}

    def ignore_finding(self, key: str) -> None:
        with self.db.atomic():
            self.db["ignored_findings"].upsert({"key": key, "ignored_at": now_iso()}, pk="key")

    def unignore_finding(self, key: str) -> None:
        with self.db.atomic():
            self.db["ignored_findings"].delete_where("key = ?", [key])

    # -- autosave and recovery ---------------------------------------------------------------------------
    def write_recovery(self, release: Release) -> None:
        """Autosave: keep the unsaved state in the file without touching the saved document."""
        with self.db.atomic():
            self.db["recovery"].upsert({"id": 1, "saved_at": now_iso(), "payload": _recovery_payload(release)}, pk="id")

    @classmethod
    def write_recovery_to(cls, path: Path, release: Release) -> None:
        """`write_recovery` through a connection of its own, for a worker thread (an SQLite connection stays on the
        thread that opened it): the project is open and checked already, so it is not validated again."""
        try:
            store = cls(path, cls._connect(path))
            try:
                store.write_recovery(release)
            finally:
                store.close()
        except sqlite3.Error as exc:
            raise write_refusal(ProjectError, path, exc) from exc

    def read_recovery(self) -> tuple[str, Release] | None:
        """The autosaved unsaved state left by a session that did not save, with its time, if any."""
        rows = list(self.db["recovery"].rows_where("id = 1"))
        if not rows:
            return None
        try:
            return str(rows[0]["saved_at"]), release_from_dict(parse_json(rows[0]["payload"]))
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            # Offering damaged work back would fail half-way; the saved document itself is sound (checked on open).
            log.warning("%s: the autosaved changes are damaged and cannot be offered back (%r)", self.path, exc)
            return None

    def discard_recovery(self) -> None:
        with self.db.atomic():
            self.db["recovery"].delete_where()

