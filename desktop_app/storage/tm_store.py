"""The translation-memory database: directed translation units in one SQLite file in the data folder.

A unit is one source text in one language with its approved translation into another. Each distinct source
text is stored once in `sources` with its normalised key, however many translations it has, so the indexes
stay small. Exact lookups are an index seek on the key. Fuzzy lookups first narrow the candidates with an FTS5
index of `fuzzy_terms` (Chinese character bigrams; other words cut short, so Russian case endings still meet),
querying only the rarest terms of the text (document frequencies are kept in `terms`, because FTS5 can only
count them by reading whole posting lists), then the caller scores the candidates.
The schema carries a version: older files are migrated, files from a newer PressDesk are refused untouched.
One connection is shared by the threads that use the store, serialised by a lock.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import sqlite3
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain, combinations
from pathlib import Path

import sqlite_utils

from desktop_app.atomic import atomic_create
from desktop_app.domain import refusals as why
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.errors import StorageError, sqlite_errors_as
from desktop_app.storage.project_store import write_refusal
from desktop_app.storage.sqlite_files import (
    FileKind,
    own_schema_objects,
    own_table_shapes,
    refuse_foreign_file,
    schema_version,
)

APP_MARKER = "pressdesk-tm"
SCHEMA_VERSION = 1
STEM_CHARS = 5
QUERY_TERMS = 5
OR_BUDGET = 1000  # when the rarest terms together occur in more sources, require two of them in a candidate
MAX_CANDIDATES = 1000
SQL_CHUNK = 500  # values per IN (…): SQLite builds may allow as few as 999 variables per statement
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
TOKEN = re.compile(f"(?P<cjk>[{_CJK}]+)|(?P<word>[^\\W{_CJK}]+)")


class TmStoreError(StorageError):
    """A memory file that cannot be opened; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One stored unit as the lookup needs it."""

    id: int
    source_id: int
    source: str
    target: str
    source_key: str
    origin: str
    created: str


def normalise_key(text: str) -> str:
    """The lookup key: NFKC (full-width and half-width forms agree), case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def pair_hash(src_lang: str, tgt_lang: str, source: str, target: str) -> bytes:
    """A digest identifying one directed translation, for the duplicate check."""
    return hashlib.blake2b("\x1f".join((src_lang, tgt_lang, source, target)).encode("utf-8"), digest_size=16).digest()


def fuzzy_terms(key: str) -> list[str]:
    """The distinct index terms of a normalised text: bigrams of Chinese runs, other words without their ending."""
    terms: list[str] = []
    for run, word in TOKEN.findall(key):
        if run:
            terms.extend(map(str.__add__, run[:-1], run[1:]) if len(run) > 1 else (run,))
        elif len(word) > 1:
            # Cut the ending ("дума", "думы" and "думе" share "дум"), but keep numbers whole.
            if word.isdigit():
                terms.append(word)
            else:
                terms.append(word[:STEM_CHARS] if len(word) > STEM_CHARS else word[:max(3, len(word) - 1)])
    return list(dict.fromkeys(terms))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _create_schema_v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["sources"].create(
        {"id": int, "lang": str, "source_key": str, "key_len": int, "fuzzy_terms": str},
        pk="id",
        not_null={"lang", "source_key", "key_len", "fuzzy_terms"},
    )
    db["sources"].create_index(["lang", "source_key"], index_name="sources_key", unique=True)
    db.execute("CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID")
    db["units"].create(
        {
            "id": int, "source_id": int, "src_lang": str, "tgt_lang": str, "source": str, "target": str,
            "origin": str, "created": str, "pair_hash": bytes,
        },
        pk="id",
        not_null={"source_id", "src_lang", "tgt_lang", "source", "target", "pair_hash"},
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["units"].create_index(["source_id", "tgt_lang"], index_name="units_source")
    # Duplicates are found through a 16-byte digest: an index over the full texts would be several times larger.
    db["units"].create_index(["pair_hash"], index_name="units_unique", unique=True)
    # External-content FTS5 over the space-separated terms.
    # New sources are indexed by `insert_units` in one statement per batch: an insert trigger would make FTS5
    # flush its pending terms after every row (a statement savepoint each time), about ten times slower.
    db.execute("CREATE VIRTUAL TABLE sources_fts USING fts5(fuzzy_terms, content='sources', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 0')")
    db.execute("CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN INSERT INTO sources_fts(sources_fts, "
               "rowid, fuzzy_terms) VALUES ('delete', old.id, old.fuzzy_terms); END")
    db.execute("CREATE TRIGGER sources_au AFTER UPDATE ON sources BEGIN INSERT INTO sources_fts(sources_fts, "
               "rowid, fuzzy_terms) VALUES ('delete', old.id, old.fuzzy_terms); "
               "INSERT INTO sources_fts(rowid, fuzzy_terms) VALUES (new.id, new.fuzzy_terms); END")


# Migrations from version N-1 to N, keyed by N. Version 1 is the initial schema.
MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _create_schema_v1}


def _match_query(rarest: list[tuple[str, int]]) -> str:
    """An FTS5 query for sources holding the rarest terms: any of them, or any two when they are common."""
    quoted = [f'"{term}"' for term, _ in rarest]
    if len(quoted) < 3 or sum(df for _, df in rarest) <= OR_BUDGET:
        return " OR ".join(quoted)
    return " OR ".join(f"({a} AND {b})" for a, b in combinations(quoted, 2))


@sqlite_errors_as(TmStoreError)
class TmStore(ClosedOnExit):
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
        if not (path.exists() and path.stat().st_size > 0):
            cls._create(path)
        _check_file(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            store = cls(path, db)
            store._migrate()
        except sqlite3.OperationalError as exc:  # a read-only or vanished folder, a full disk: not damage
            if conn is not None:
                conn.close()
            raise write_refusal(TmStoreError, path, exc, "open the translation memory") from exc
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise TmStoreError(f"{path.name} is damaged and cannot be read ({exc})", message_id=why.PROJECT_DAMAGED,
                               file_name=path.name) from exc
        return store

    @classmethod
    def _create(cls, path: Path) -> None:
        """Build a new memory file beside `path`, then publish it there unless another process published one
        first: two PressDesk processes starting on a new data folder both use one complete file, where creating
        it in place made the second refuse the half-written file or fail to create tables that had appeared."""
        try:
            with atomic_create(path) as tmp:
                db = sqlite_utils.Database(sqlite3.connect(str(tmp)), execute_plugins=False)
                try:
                    db.execute("PRAGMA journal_mode=WAL")
                    cls(tmp, db)._migrate()
                finally:
                    db.close()
        except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk
            raise write_refusal(TmStoreError, path, exc, "create the translation memory") from exc

    def _migrate(self) -> None:
        tables = set(self.db.table_names())
        version = (schema_version(self.meta().get("schema_version")) or 0) if "meta" in tables else 0
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
        """Units whose normalised source equals `key`, newest first (two index seeks)."""
        with self._lock:
            rows = self.db.execute(
                "select u.id, u.source_id, u.source, u.target, s.source_key, u.origin, u.created "
                "from sources s join units u on u.source_id = s.id "
                "where s.lang = ? and s.source_key = ? and u.tgt_lang = ? order by u.created desc, u.id desc limit ?",
                [src_lang, key, tgt_lang, limit],
            ).fetchall()
        return [UnitRow(*r) for r in rows]

    def candidate_sources(self, src_lang: str, tgt_lang: str, key: str, *, min_len: int, max_len: int,
                          limit: int = MAX_CANDIDATES) -> list[tuple[int, str]]:
        """(id, key) of sources translated from `src_lang` into `tgt_lang` sharing the rarest terms of `key`.

        Only sources whose key length lies in [min_len, max_len] are returned.

        Unranked: scoring them all is cheaper than FTS5's bm25 over the same rows.
        """
        terms = fuzzy_terms(key)
        if not terms:
            return []
        with self._lock:
            known = []
            for start in range(0, len(terms), SQL_CHUNK):  # a huge text has more terms than SQLite takes variables
                chunk = terms[start:start + SQL_CHUNK]
                marks = ",".join("?" * len(chunk))
                known += self.db.execute(f"select term, df from terms where term in ({marks})", chunk).fetchall()
            if not known:
                return []
            # CROSS JOIN keeps the full-text match as the outer loop; otherwise SQLite may scan every source of
            # the language and run the match once per row.
            return self.db.execute(
                "select s.id, s.source_key from sources_fts f cross join sources s on s.id = f.rowid "
                "where sources_fts match ? and s.lang = ? and s.key_len between ? and ? "
                "and exists (select 1 from units u where u.source_id = s.id and u.tgt_lang = ?) limit ?",
                [_match_query(sorted(known, key=lambda row: row[1])[:QUERY_TERMS]), src_lang, min_len, max_len,
                 tgt_lang, limit],
            ).fetchall()

    def concordance(self, lang: str, key: str, limit: int) -> list[tuple[str, str, str, str]]:
        """(source, target, target language, origin) of units whose normalised `lang` source contains `key`.

        The index narrows the search to sources holding every term of `key`; the containment test is exact.
        """
        terms = fuzzy_terms(key)
        if not terms:
            return []
        with self._lock:
            return self.db.execute(
                "select u.source, u.target, u.tgt_lang, u.origin from sources_fts f cross join sources s "
                "on s.id = f.rowid join units u on u.source_id = s.id "
                "where sources_fts match ? and s.lang = ? and instr(s.source_key, ?) > 0 "
                "order by s.key_len, u.created desc limit ?",
                [" AND ".join(f'"{term}"' for term in terms), lang, key, limit],
            ).fetchall()

    def units_for_sources(self, source_ids: list[int], tgt_lang: str) -> list[UnitRow]:
        """The units translating these sources into `tgt_lang`, newest first."""
        if not source_ids:
            return []
        rows = []
        with self._lock:
            for start in range(0, len(source_ids), SQL_CHUNK):
                chunk = source_ids[start:start + SQL_CHUNK]
                rows += self.db.execute(
                    "select u.id, u.source_id, u.source, u.target, s.source_key, u.origin, u.created "
                    "from units u join sources s on s.id = u.source_id "
                    f"where u.source_id in ({','.join('?' * len(chunk))}) and u.tgt_lang = ?",
                    [*chunk, tgt_lang],
                ).fetchall()
        rows.sort(key=lambda r: (r[6], r[0]), reverse=True)  # newest first, as one statement would order them
        return [UnitRow(*r) for r in rows]

    # -- writing -----------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[TmStore]:
        """One transaction: everything inside is written together or not at all.

        It takes SQLite's write lock at once (BEGIN IMMEDIATE): a transaction that reads first and writes later
        cannot wait for another process's write (its snapshot is stale), so adding units while another PressDesk
        adds some failed with "database is locked"; taking the lock first waits for the other writer instead.
        """
        with self._lock:
            if self.db.conn.in_transaction:  # inside another transaction: a savepoint of it
                with self.db.atomic():
                    yield self
                return
            self.db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self.db.conn.execute("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.conn.execute("ROLLBACK")
                raise

    def insert_units(self, units: Iterable[tuple[str, str, str, str]], origin: str) -> tuple[int, int]:
        """Insert (src_lang, tgt_lang, source, target) units in one transaction; return (added, already present)."""
        created = now_iso()
        rows = [(s, t, source, target, key) for s, t, source, target in units if (key := normalise_key(source))]
        with self.transaction():
            source_ids = self._source_ids({(s, key) for s, _, _, _, key in rows})
            cursor = self.db.conn.executemany(
                "insert or ignore into units (source_id, src_lang, tgt_lang, source, target, origin, created, "
                "pair_hash) values (?, ?, ?, ?, ?, ?, ?, ?)",
                [(source_ids[s, key], s, t, source, target, origin, created, pair_hash(s, t, source, target))
                 for s, t, source, target, key in rows],
            )
            added = max(cursor.rowcount, 0)
        return added, len(rows) - added

    def _source_ids(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """The ids of these (lang, key) sources, adding the new ones and indexing them for fuzzy search."""
        self.db.execute("create temp table if not exists wanted_keys (lang text, source_key text)")
        self.db.execute("delete from temp.wanted_keys")
        self.db.conn.executemany("insert into temp.wanted_keys values (?, ?)", keys)
        ids: dict[tuple[str, str], int] = {
            (lang, key): source_id for source_id, lang, key in self.db.execute(
                "select s.id, s.lang, s.source_key from temp.wanted_keys w "
                "join sources s on s.lang = w.lang and s.source_key = w.source_key")
        }
        self.db.execute("delete from temp.wanted_keys")
        new_terms = {(lang, key): fuzzy_terms(key) for lang, key in keys - ids.keys()}
        new = [(lang, key, len(key), " ".join(terms)) for (lang, key), terms in new_terms.items()]
        if new:
            last_id = self.db.execute("select coalesce(max(id), 0) from sources").fetchone()[0]
            self.db.conn.executemany(
                "insert into sources (lang, source_key, key_len, fuzzy_terms) values (?, ?, ?, ?)", new)
            self.db.execute("insert into sources_fts(rowid, fuzzy_terms) select id, fuzzy_terms from sources "
                            "where id > ?", [last_id])
            frequencies = Counter(chain.from_iterable(new_terms.values()))
            self.db.conn.executemany(
                "insert into terms (term, df) values (?, ?) on conflict (term) do update set df = df + excluded.df",
                frequencies.items())
            for source_id, lang, key in self.db.execute(
                    "select id, lang, source_key from sources where id > ?", [last_id]):
                ids[lang, key] = source_id
        return ids


@functools.cache
def _file_kind() -> FileKind:
    return FileKind("translation memory", "memory format", APP_MARKER, SCHEMA_VERSION, own_schema_objects(MIGRATIONS),
                    own_table_shapes(MIGRATIONS))


def _check_file(path: Path) -> None:
    """Refuse, reading only, a file that is not a PressDesk translation memory or comes from a newer PressDesk (an
    empty file or a database without tables, left by a crash before the first write, becomes a new memory)."""
    refuse_foreign_file(path, _file_kind(), TmStoreError, blank_is_new=True)
