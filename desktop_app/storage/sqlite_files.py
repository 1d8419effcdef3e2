"""Look inside an SQLite file without writing a byte: every store validates a file this way before opening it.

A file left with a hot rollback journal (a writer died mid-transaction) cannot be read read-only: SQLite must roll
the journal back first, which rewrites the file. So such a file is inspected as a copy (file and journal copied to
a private temporary folder, rolled back there), and a file we then refuse keeps its journal byte for byte; one we
accept is rolled back by the store's own read-write open, which is the recovery we want.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.storage.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
_VERSION_RE = re.compile(r"[0-9]{1,6}")  # ASCII only: int() would also read "٣" or " 3 " as 3


def schema_version(value: object) -> int | None:
    """The `schema_version` stored in a file's meta table, or None when it is not one PressDesk writes (text,
    NULL, a blob, a negative or huge number, digits of another script): such a file is damaged, never "new"."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _VERSION_RE.fullmatch(value):
        return None
    version = int(value)
    return version if version >= 1 else None


def _non_empty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _read_only_uri(path: Path) -> str:
    """A URI opening `path` read-only; immutable (no locks, no journal or WAL files touched) unless it has a WAL.

    `as_uri()` percent-encodes the path, so a project named `a#b?.pressdesk` opens that file and no other.
    A WAL holds committed data, so it must be read: plain read-only mode does that without writing to the file.
    """
    wal = Path(f"{path}-wal").exists()
    return path.resolve().as_uri() + ("?mode=ro" if wal else "?mode=ro&immutable=1")


@contextlib.contextmanager
def inspection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection showing `path` as it will look once recovered, that cannot change `path` or its journal.

    Raises sqlite3.DatabaseError for a damaged file, OSError when it cannot be read or copied.
    """
    journal = Path(f"{path}-journal")
    if _non_empty(journal):
        with tempfile.TemporaryDirectory(prefix="pressdesk-inspect-") as folder:
            copy = Path(folder) / "inspected.sqlite"
            shutil.copyfile(path, copy)
            try:
                shutil.copyfile(journal, f"{copy}-journal")
            except FileNotFoundError:
                copied = False  # another PressDesk's write ended meanwhile, and its journal went with it
            else:
                copied = True
            if copied:
                conn = sqlite3.connect(copy)  # the first read rolls the copied journal back into the copy
                try:
                    yield conn
                finally:
                    conn.close()
                return
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        yield conn
    finally:
        conn.close()


def tables_and_meta(conn: sqlite3.Connection) -> tuple[set[str], dict[str, str]]:
    """The table names of an open database and its `meta` key/values (empty when it has no meta table)."""
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    meta = dict(conn.execute("select key, value from meta").fetchall()) if "meta" in tables else {}
    return tables, meta


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def own_schema_objects(migrations: Mapping[int, Callable[[sqlite_utils.Database], None]],
                       also: Iterable[str] = ()) -> frozenset[str]:
    """The SQL of the triggers and views a store's migrations create (run on an empty database in memory), and
    of those in `also` (ones the migrations create only where SQLite has what they need)."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    try:
        for version in sorted(migrations):
            migrations[version](db)
        created = [sql for (sql,) in db.execute("select sql from sqlite_master where type in ('trigger', 'view')")]
        return frozenset(_normal(sql) for sql in (*created, *also))
    finally:
        db.close()


def planted_object(conn: sqlite3.Connection, own: frozenset[str]) -> str | None:
    """The first trigger or view of an open database that is not one of its store's `own_schema_objects`, named
    for a message ("a trigger 'x'"), or None.

    A trigger runs with every write: one that drops the rows (`raise(ignore)`) loses work while each save reports
    success, one that deletes other rows destroys it. No PressDesk file holds one it did not create.
    """
    for kind, name, sql in conn.execute("select type, name, sql from sqlite_master where type in ('trigger', 'view') "
                                        "order by type, name"):
        if _normal(sql or "") not in own:
            return f"a {kind} {str(name)[:40]!r}"
    return None


@dataclass(frozen=True, slots=True)
class FileKind:
    """What a store's files are: how messages name them (`noun`, `format_name`), the marker in their meta table,
    the newest format this version reads and the triggers and views the store itself creates."""

    noun: str  # "glossary", "translation memory"
    format_name: str  # "glossary format", "memory format"
    app_marker: str
    newest: int
    own_objects: frozenset[str]


def refuse_foreign_file(path: Path, kind: FileKind, error: type[StorageError], *, blank_is_new: bool = False) -> None:
    """Refuse, reading only, a file that is not PressDesk's `kind`, is damaged, holds a trigger or view PressDesk
    never creates, or comes from a newer PressDesk; `blank_is_new` lets an empty file or a database without tables
    (a crash before the first write) through, to become a new one."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if blank_is_new and not head:
        return
    if head != SQLITE_MAGIC:
        raise error(f"{path.name} is not a PressDesk {kind.noun} (not an SQLite database, or damaged)")
    try:
        with inspection(path) as conn:
            tables, meta = tables_and_meta(conn)
            planted = planted_object(conn, kind.own_objects)
    except sqlite3.DatabaseError as exc:
        raise error(f"{path.name} is damaged and cannot be read ({exc})") from exc
    if blank_is_new and not tables:
        return
    if meta.get("app") != kind.app_marker:
        raise error(f"{path.name} is an SQLite database but not a PressDesk {kind.noun}")
    if planted is not None:
        raise error(f"{path.name} is damaged: it holds {planted}, which PressDesk never creates (it could change or "
                    "drop what is saved)")
    version = schema_version(meta.get("schema_version"))
    if version is None:
        raise error(f"{path.name} is damaged: its {kind.format_name} version {meta.get('schema_version')!r} is not "
                    "valid")
    if version > kind.newest:
        raise error(f"{path.name} was written by a newer PressDesk ({kind.format_name} {version}; this version reads "
                    f"up to {kind.newest}). Update PressDesk to open it.")
