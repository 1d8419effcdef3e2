"""Look inside an SQLite file without writing a byte: every store validates a file this way before opening it.

A file left with a hot rollback journal (a writer died mid-transaction) cannot be read read-only: SQLite must roll
the journal back first, which rewrites the file. So such a file is inspected as a copy (file and journal copied to
a private temporary folder, rolled back there), and a file we then refuse keeps its journal byte for byte; one we
accept is rolled back by the store's own read-write open, which is the recovery we want.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.domain import refusals as why
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


JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
# A rollback journal holds the pages a change overwrote, each once, with a header per sync: never much more than
# the file it restores. PressDesk never shrinks a file (no VACUUM), so more is a journal of something else.
JOURNAL_SLACK_BYTES = 16 * 1024 * 1024


def _hot_journal(path: Path) -> Path | None:
    """The journal SQLite would roll back into `path`: a plain file beside it starting with a journal header.

    SQLite plays back only a journal whose header it recognises; anything else (zeros, junk) it passes over. So
    only such a journal is copied for inspection, and one far larger than the file it would restore is refused
    unread: a planted 4 GB sparse journal was copied whole to the temporary folder by every command (27 s; a
    100 GB one would fill the disk)."""
    journal = Path(f"{path}-journal")
    try:
        info = journal.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
            return None
        with open(journal, "rb") as fh:
            if fh.read(len(JOURNAL_MAGIC)) != JOURNAL_MAGIC:
                return None
    except OSError:  # none, gone meanwhile, or a name too long for one to exist
        return None
    size = path.stat().st_size
    if info.st_size > 2 * size + JOURNAL_SLACK_BYTES:
        raise sqlite3.DatabaseError(f"its {info.st_size:,}-byte journal is far larger than any change of a "
                                    f"{size:,}-byte file leaves")
    return journal


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
    journal = _hot_journal(path)
    if journal is not None:
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


# The files SQLite keeps beside a database, and what each is to it.
SIDE_FILES = {"-journal": "rollback journal", "-wal": "write-ahead log", "-shm": "shared-memory index"}
# SQLite writes these in place (it deletes and recreates a journal): a second name of another file among them
# would have that file overwritten.
_WRITTEN_IN_PLACE = frozenset({"-wal", "-shm"})


def _side_kind(info: os.stat_result, suffix: str) -> str | None:
    """What a side file is when it is not one SQLite could have left there, in words; None when it is."""
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if not stat.S_ISREG(mode):
        return "a device"
    if suffix in _WRITTEN_IN_PLACE and info.st_nlink > 1:
        return "a second name (a hard link) of another file"
    return None


def side_file_problem(path: Path, noun: str) -> tuple[str, str] | None:
    """Why a file beside `path` where SQLite keeps its journal, log or index stops it from being opened safely,
    as a one-line refusal with the side file's name; None when there is no such file or it is a plain file.

    SQLite opens these by name and follows what it finds: a named pipe planted as the journal blocked every
    command for ever, a hard link planted as the shared-memory index of a database in write-ahead mode had the
    file it names elsewhere overwritten, and a link or folder failed with "unable to open database file".
    """
    for suffix, role in SIDE_FILES.items():
        side = Path(f"{path}{suffix}")
        try:
            info = os.lstat(side)
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                continue  # no such file can exist; the store says why the name leaves SQLite no room
            return (f"{path.name}: {side.name} beside it cannot be looked at ({exc.strerror or exc}); nothing was "
                    "changed"), side.name
        kind = _side_kind(info, suffix)
        if kind is not None:
            return (f"{path.name}: {side.name} beside it is {kind}, not the {role} SQLite keeps for this {noun}; "
                    f"move {side.name} away and try again (nothing was changed)"), side.name
    return None


def stray_write_ahead_log(path: Path) -> Path | None:
    """The `-wal` file beside `path` when the database does not keep a write-ahead log, else None.

    SQLite takes any `-wal` beside a database for its own and reads its pages over the file's, then copies them in
    for good: the log of another database (a copy in a synced folder, a file renamed over this one) replaced a
    project's text without a word. Only a database whose header says it is in write-ahead mode has a log of its
    own; a log beside any other is left alone and the file refused until it is moved away.
    """
    wal = Path(f"{path}-wal")
    if not _non_empty(wal):
        return None
    with open(path, "rb") as fh:
        header = fh.read(20)
    in_wal_mode = len(header) == 20 and header[18] == 2 and header[19] == 2
    return None if in_wal_mode else wal


def stray_log_message(path: Path, wal: Path, noun: str) -> str:
    return (f"{path.name}: {wal.name} beside it is the log of another database (this {noun} keeps none), and "
            f"reading it would put that database's pages into this one; move {wal.name} away and try again")


def damaged_message(path: Path, exc: sqlite3.DatabaseError) -> str:
    """Why `path` cannot be read. With a journal beside it, the file was read as that journal's rollback leaves
    it: a journal of another file (a copy, a synced folder) leaves a damaged mix of both, so say where to look."""
    journal = Path(f"{path}-journal")
    if _non_empty(journal):
        return (f"{path.name} is damaged once the unfinished change in {journal.name} beside it is undone ({exc}); "
                f"that journal may belong to another file: keep a copy of both, move {journal.name} away and try "
                "again")
    return f"{path.name} is damaged and cannot be read ({exc})"


def structural_damage(conn: sqlite3.Connection) -> str | None:
    """SQLite's first complaint about the file's pages (`PRAGMA quick_check`), None when it finds none.

    A damaged page a command never reads (an index, the history) does not stop it, and the next save writes on
    top of it: SQLite then reports "malformed" on a later read, or a save lands in a broken tree and is lost. The
    check reads every page once (0.07 s for a project at the 20,000-segment limit, against 0.22 s to open it)."""
    first = conn.execute("pragma quick_check(1)").fetchone()
    if first is None or first[0] == "ok":
        return None
    lines = [line for line in str(first[0]).splitlines() if line and not line.startswith("***")]
    return (lines[0] if lines else str(first[0]))[:200]


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


# Words of a CREATE TABLE statement that change what a write stores: a constraint that drops rows (ON CONFLICT
# IGNORE), refuses them (CHECK, UNIQUE), merges them (COLLATE), computes them (GENERATED ... AS) or changes the table
# (WITHOUT ROWID, STRICT). A store's own tables hold only the ones its migrations write.
_CONSTRAINT_WORDS = frozenset({"abort", "as", "autoincrement", "check", "collate", "conflict", "constraint",
                               "deferrable", "fail", "foreign", "generated", "ignore", "references", "replace",
                               "rollback", "stored", "strict", "unique", "virtual", "without"})
_QUOTED_RE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\[[^\]]*\]|`(?:[^`]|``)*`")


def _affinity(declared: str) -> str:
    """The type affinity SQLite gives a declared column type (its documented rules, in their order)."""
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in kind or not kind:
        return "BLOB"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


@dataclass(frozen=True, slots=True)
class TableShape:
    """What of a table's definition decides what a write stores: its columns (name, affinity, primary-key place,
    whether it is the row id, whether it is computed, whether it refuses NULL), its unique indexes (columns with
    collation, partial or not) and the constraint words of its CREATE statement."""

    columns: frozenset[tuple[str, str, int, bool, bool, bool]]
    unique: frozenset[tuple[tuple[tuple[str | None, str | None], ...], bool]]
    words: frozenset[str]

    def __or__(self, other: TableShape) -> TableShape:
        return TableShape(self.columns | other.columns, self.unique | other.unique, self.words | other.words)


def _table_shape(conn: sqlite3.Connection, table: str, sql: str) -> tuple[TableShape, dict[tuple, str]]:
    """The shape of `table`, and the name of each of its unique indexes by signature (for messages)."""
    info = conn.execute(f'pragma table_xinfo("{table.replace(chr(34), chr(34) * 2)}")').fetchall()
    keys = sum(1 for row in info if row[5])
    columns = frozenset((name, _affinity(kind or ""), pk, keys == 1 and pk == 1 and (kind or "").upper() == "INTEGER",
                         hidden != 0, bool(notnull)) for _cid, name, kind, notnull, _default, pk, hidden in info)
    unique: dict[tuple, str] = {}
    for _seq, index, is_unique, _origin, partial in conn.execute(
            f'pragma index_list("{table.replace(chr(34), chr(34) * 2)}")').fetchall():
        if is_unique:
            key_columns = tuple((name, collation) for _n, _cid, name, _desc, collation, key in
                                conn.execute(f'pragma index_xinfo("{index.replace(chr(34), chr(34) * 2)}")')
                                if key)
            unique[(key_columns, bool(partial))] = index
    words = frozenset(re.findall(r"[a-z_]+", _QUOTED_RE.sub(" ", sql.lower()))) & _CONSTRAINT_WORDS
    return TableShape(columns, frozenset(unique), words), unique


def _plain_tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [(name, sql) for name, sql in conn.execute("select name, sql from sqlite_master where type = 'table' and "
                                                       "name not like 'sqlite\\_%' escape '\\'")
            if sql and not sql.lstrip().upper().startswith("CREATE VIRTUAL")]


def own_table_shapes(migrations: Mapping[int, Callable[[sqlite_utils.Database], None]]) -> dict[str, TableShape]:
    """Every shape each table of a store has had: migrations run one by one on an empty database in memory, so a
    file created by any version and upgraded since matches (an added column is the same column either way)."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    shapes: dict[str, TableShape] = {}
    try:
        for version in sorted(migrations):
            migrations[version](db)
            for table, sql in _plain_tables(db.conn):
                shape, _names = _table_shape(db.conn, table, sql)
                shapes[table] = shapes[table] | shape if table in shapes else shape
        return shapes
    finally:
        db.close()


def redefined_table(conn: sqlite3.Connection, own: Mapping[str, TableShape]) -> str | None:
    """The first of a store's own tables in an open database whose definition no PressDesk writes, with what
    differs ("the revisions table has a constraint (ignore, unique)"), or None. Tables of its own a tool added
    and plain indexes change nothing PressDesk stores and are left alone."""
    for table, sql in _plain_tables(conn):
        if table not in own:
            continue
        expected = own[table]
        shape, names = _table_shape(conn, table, sql)
        for name, *_shape in sorted(shape.columns - expected.columns, key=repr):
            if name not in {c[0] for c in expected.columns}:
                return f"the {table} table has a column {str(name)[:40]!r} PressDesk never creates"
            return f"the {table} table's column {name!r} is not defined as PressDesk defines it"
        if shape.words - expected.words:
            return f"the {table} table has a constraint ({', '.join(sorted(shape.words - expected.words))})"
        for signature in sorted(shape.unique - expected.unique, key=repr):
            return f"the {table} table has a unique index {str(names[signature])[:40]!r}"
        computing = _computing_index(conn, table)
        if computing is not None:
            return computing
    return None


_BUILT_IN_COLLATIONS = frozenset({"BINARY", "NOCASE", "RTRIM"})


def _computing_index(conn: sqlite3.Connection, table: str) -> str | None:
    """An index on `table` that SQLite computes more than a copy of columns for on every write, named for a
    message, or None. No store creates one: an index on `zeroblob(500000000)` or `printf('%.*c', …)` added
    50 MB to the file with every saved revision; one with a collation SQLite does not know failed every save."""
    for _seq, name, _unique, _origin, partial in conn.execute(
            f'pragma index_list("{table.replace(chr(34), chr(34) * 2)}")').fetchall():
        shown = str(name)[:40]
        if partial:
            return f"the {table} table has a partial index {shown!r}, which SQLite evaluates on every save"
        for _n, cid, _column, _desc, collation, key in conn.execute(
                f'pragma index_xinfo("{str(name).replace(chr(34), chr(34) * 2)}")').fetchall():
            if not key:
                continue
            if cid == -2:
                return f"the {table} table has an index {shown!r} on an expression, which SQLite computes on every save"
            if collation and str(collation).upper() not in _BUILT_IN_COLLATIONS:
                return f"the {table} table has an index {shown!r} with a collation of another program ({collation!r})"
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
    own_tables: Mapping[str, TableShape]


def refuse_foreign_file(path: Path, kind: FileKind, error: type[StorageError], *, blank_is_new: bool = False) -> None:
    """Refuse, reading only, a file that is not PressDesk's `kind`, is damaged, holds a trigger or view PressDesk
    never creates, or comes from a newer PressDesk; `blank_is_new` lets an empty file or a database without tables
    (a crash before the first write) through, to become a new one."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if blank_is_new and not head:
        return
    if head != SQLITE_MAGIC:
        raise error(f"{path.name} is not a PressDesk {kind.noun} (not an SQLite database, or damaged)",
                    message_id=why.STORE_NOT_PRESSDESK, file_name=path.name)
    side = side_file_problem(path, kind.noun)
    if side is not None:
        raise error(side[0], message_id=why.SIDE_FILE_PLANTED, message_args=(side[1],), file_name=path.name)
    wal = stray_write_ahead_log(path)
    if wal is not None:
        raise error(stray_log_message(path, wal, kind.noun), message_id=why.STRAY_LOG, message_args=(wal.name,),
                    file_name=path.name)
    try:
        with inspection(path) as conn:
            tables, meta = tables_and_meta(conn)
            planted = planted_object(conn, kind.own_objects)
            redefined = redefined_table(conn, kind.own_tables)
    except sqlite3.DatabaseError as exc:
        raise error(damaged_message(path, exc), message_id=why.PROJECT_DAMAGED, file_name=path.name) from exc
    if blank_is_new and not tables:
        return
    if meta.get("app") != kind.app_marker:
        raise error(f"{path.name} is an SQLite database but not a PressDesk {kind.noun}",
                    message_id=why.STORE_NOT_PRESSDESK, file_name=path.name)
    if planted is not None:
        raise error(f"{path.name} is damaged: it holds {planted}, which PressDesk never creates (it could change or "
                    "drop what is saved)", message_id=why.PROJECT_DAMAGED, file_name=path.name)
    version = schema_version(meta.get("schema_version"))
    if version is None:
        raise error(f"{path.name} is damaged: its {kind.format_name} version {meta.get('schema_version')!r} is not "
                    "valid", message_id=why.PROJECT_DAMAGED, file_name=path.name)
    if version > kind.newest:
        raise error(f"{path.name} was written by a newer PressDesk ({kind.format_name} {version}; this version reads "
                    f"up to {kind.newest}). Update PressDesk to open it.", message_id=why.PROJECT_NEWER,
                    message_args=(version, kind.newest), file_name=path.name)
    if redefined is not None:
        raise error(f"{path.name} is damaged: {redefined} (it could change or drop what is saved)",
                    message_id=why.PROJECT_DAMAGED, file_name=path.name)
