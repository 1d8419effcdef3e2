"""The translation-memory database: directed translation units in one SQLite file in the data folder.

A unit is one source text in one language with its approved translation into another. Exact lookups use an
index on the normalised source (`source_key`); fuzzy lookups first narrow the candidates with an FTS5 trigram
index on the same key (works for Chinese as well as for English and Russian), then the caller scores them.
The schema carries a version: older files are migrated, files from a newer PressDesk are refused untouched.
One connection is shared by the threads that use the store, serialised by a lock.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

APP_MARKER = "pressdesk-tm"
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
TRIGRAM = 3


class TmStoreError(Exception):
    """A memory file that cannot be opened; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One stored unit as the lookup needs it."""

    id: int
    source: str
    target: str
    source_key: str
    origin: str
    created: str


def normalise_key(text: str) -> str:
    """The lookup key: NFKC (full-width and half-width forms agree), case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _create_schema_v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["units"].create(
        {
            "id": int, "src_lang": str, "tgt_lang": str, "source": str, "target": str, "source_key": str,
            "source_len": int, "origin": str, "created": str,
        },
        pk="id",
        not_null={"src_lang", "tgt_lang", "source", "target", "source_key", "source_len"},
    )
    db["units"].create_index(["src_lang", "tgt_lang", "source_key"], index_name="units_exact")
    db["units"].create_index(["src_lang", "tgt_lang", "source", "target"], index_name="units_unique", unique=True)
    # External-content FTS5 over the key, kept in step by triggers; the trigram tokenizer needs no word breaks.
    db.execute("CREATE VIRTUAL TABLE units_fts USING fts5(source_key, content='units', content_rowid='id', "
               "tokenize='trigram')")
    db.execute("CREATE TRIGGER units_ai AFTER INSERT ON units BEGIN "
               "INSERT INTO units_fts(rowid, source_key) VALUES (new.id, new.source_key); END")
    db.execute("CREATE TRIGGER units_ad AFTER DELETE ON units BEGIN "
               "INSERT INTO units_fts(units_fts, rowid, source_key) VALUES ('delete', old.id, old.source_key); END")
    db.execute("CREATE TRIGGER units_au AFTER UPDATE ON units BEGIN "
               "INSERT INTO units_fts(units_fts, rowid, source_key) VALUES ('delete', old.id, old.source_key); "
               "INSERT INTO units_fts(rowid, source_key) VALUES (new.id, new.source_key); END")


# Migrations from version N-1 to N, keyed by N. Version 1 is the initial schema.
MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _create_schema_v1}


def _fts_query(key: str, max_terms: int) -> str | None:
    """An FTS5 query OR-ing up to `max_terms` distinct trigrams spread over the key; None when it is too short."""
    grams = list(dict.fromkeys(key[i:i + TRIGRAM] for i in range(len(key) - TRIGRAM + 1)))
    if not grams:
        return None
    if len(grams) > max_terms:
        step = len(grams) / max_terms
        grams = [grams[int(i * step)] for i in range(max_terms)]
    return " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)


class TmStore:
    """An open memory file. Use `open()`; close it when done."""

    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db
        self._lock = threading.RLock()

    # -- opening -----------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> TmStore:
        """Open the memory file, creating it when missing; refuse foreign or newer files without writing."""
        path = Path(path)
        if path.exists():
            _check_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            store = cls(path, db)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise TmStoreError(f"{path.name} is damaged and cannot be read ({exc})") from exc
        return store

    def _migrate(self) -> None:
        tables = set(self.db.table_names())
        version = int(self.meta().get("schema_version", "0")) if "meta" in tables else 0
        if version == SCHEMA_VERSION:
            return
        with self.db.atomic():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](self.db)
            self.db["meta"].upsert_all(
                [{"key": "app", "value": APP_MARKER}, {"key": "schema_version", "value": str(SCHEMA_VERSION)}],
                pk="key",
            )

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> TmStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        with self._lock:
            return dict(self.db.execute("select key, value from meta").fetchall())

    def count(self, src_lang: str | None = None, tgt_lang: str | None = None) -> int:
        """How many units are stored, optionally for one direction."""
        with self._lock:
            if src_lang and tgt_lang:
                return self.db["units"].count_where("src_lang = ? and tgt_lang = ?", [src_lang, tgt_lang])
            return self.db["units"].count

    def exact(self, src_lang: str, tgt_lang: str, key: str, limit: int) -> list[UnitRow]:
        """Units whose normalised source equals `key`, newest first (an index seek)."""
        with self._lock:
            rows = self.db.execute(
                "select id, source, target, source_key, origin, created from units "
                "where src_lang = ? and tgt_lang = ? and source_key = ? order by created desc, id desc limit ?",
                [src_lang, tgt_lang, key, limit],
            ).fetchall()
        return [UnitRow(*r) for r in rows]

    def candidates(self, src_lang: str, tgt_lang: str, key: str, *, min_len: int, max_len: int,
                   limit: int = 200, max_terms: int = 32) -> list[UnitRow]:
        """Units sharing trigrams with `key`, best-ranked first, with a source length in [min_len, max_len]."""
        query = _fts_query(key, max_terms)
        if query is None:
            return []
        with self._lock:
            rows = self.db.execute(
                "select u.id, u.source, u.target, u.source_key, u.origin, u.created "
                "from units_fts f join units u on u.id = f.rowid "
                "where units_fts match ? and u.src_lang = ? and u.tgt_lang = ? and u.source_len between ? and ? "
                "order by f.rank limit ?",
                [query, src_lang, tgt_lang, min_len, max_len, limit],
            ).fetchall()
        return [UnitRow(*r) for r in rows]

    # -- writing -----------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[TmStore]:
        """One transaction: everything inside is written together or not at all."""
        with self._lock, self.db.atomic():
            yield self

    def insert_units(self, units: Iterable[tuple[str, str, str, str]], origin: str) -> tuple[int, int]:
        """Insert (src_lang, tgt_lang, source, target) units in one transaction; return (added, already present)."""
        created = now_iso()
        rows = [(s, t, source, target, key, len(key), origin, created)
                for s, t, source, target in units if (key := normalise_key(source))]
        with self.transaction():
            cursor = self.db.conn.executemany(
                "insert or ignore into units (src_lang, tgt_lang, source, target, source_key, source_len, "
                "origin, created) values (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            added = max(cursor.rowcount, 0)
        return added, len(rows) - added

def _check_file(path: Path) -> None:
    """Refuse, reading only, anything that is not a PressDesk memory file or comes from a newer version."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if not head:
        return  # an empty file (e.g. created by a crash before the first write) becomes a new memory
    if head != SQLITE_MAGIC:
        raise TmStoreError(f"{path.name} is not a PressDesk translation memory (not an SQLite database)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
            meta = dict(conn.execute("select key, value from meta").fetchall()) if "meta" in tables else {}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise TmStoreError(f"{path.name} is damaged and cannot be read ({exc})") from exc
    if not tables:
        return
    if meta.get("app") != APP_MARKER:
        raise TmStoreError(f"{path.name} is an SQLite database but not a PressDesk translation memory")
    version = meta.get("schema_version", "")
    if not version.isdigit():
        raise TmStoreError(f"{path.name} has no valid schema version")
    if int(version) > SCHEMA_VERSION:
        raise TmStoreError(
            f"{path.name} was written by a newer PressDesk (memory format {version}; this version reads up to "
            f"{SCHEMA_VERSION}). Update PressDesk to use it."
        )
