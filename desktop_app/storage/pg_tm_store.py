"""The office's shared translation memory on PostgreSQL: the same store interface as the desk's SQLite memory
(storage/tm_store.py), with fuzzy candidates found by `pg_trgm` trigram similarity over the normalised source.

Chosen by a `postgresql://` URL (`--memory`, $PRESSDESK_MEMORY_URL, Preferences ▸ Team). PressDesk creates the
tables itself (in the same database as the shared glossary, or another). The database should have a UTF-8
character type (e.g. C.UTF-8) so Chinese and Russian letters count as word characters for trigrams.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from desktop_app.domain import refusals as why
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.pg_dial import Dialler, connect, login_refusal
from desktop_app.storage.tm_store import MAX_CANDIDATES, TmStoreError, UnitRow, normalise_key, now_iso, pair_hash

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 1
APP_MARKER = "pressdesk-tm"
SIMILARITY_THRESHOLD = 0.2  # trigram similarity a candidate needs; the memory's own scoring then ranks them
_MIGRATION_LOCK = 7_305_150_002


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _server_error(exc: BaseException) -> TmStoreError:
    """A psycopg failure in the user's words: a login that may only read, a server gone, or anything else."""
    import psycopg

    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return TmStoreError("the shared memory is read-only for this login: it can be searched, but only an "
                            "editor's login adds to it; nothing was added", message_id=why.SHARED_MEMORY_READ_ONLY)
    said = _first_line(exc)
    if isinstance(exc, psycopg.OperationalError):
        return TmStoreError(f"the memory server cannot be reached: {said}", message_id=why.MEMORY_SERVER_UNREACHABLE,
                            message_args=(said,))
    return TmStoreError(f"the shared memory failed: {said}", message_id=why.SHARED_MEMORY_FAILED,
                        message_args=(said,))


def _unit_rows(rows: Iterable[tuple[Any, ...]]) -> list[UnitRow]:
    """The units as stored, less any row another program left without text (a NULL or a number where a text
    goes): offered as a translation it would be nothing, or stop the lookup."""
    kept = []
    for unit_id, source_id, source, target, key, origin, created in rows:
        if isinstance(source, str) and isinstance(target, str) and isinstance(key, str):
            kept.append(UnitRow(unit_id, source_id, source, target, key, origin if isinstance(origin, str) else "",
                                created if isinstance(created, str) else ""))
    return kept


class PgTmStore(ClosedOnExit):
    """An open connection to the shared memory; `open()` creates its tables. Safe to share between threads
    (serialised by a lock, like the SQLite store)."""

    def __init__(self, url: str, conn: psycopg.Connection[Any]) -> None:
        self.path = url  # what `open()` takes again for a second connection (TMX import)
        self.conn = conn
        self._lock = threading.RLock()

    @classmethod
    def open(cls, url: str, *, dialler: Dialler | None = None) -> PgTmStore:
        """Connect to the memory at `url` (through `dialler`, if given: see storage/pg_dial.py), creating its
        tables."""
        try:
            import psycopg
        except ImportError as exc:
            raise TmStoreError("a shared memory needs psycopg: install PressDesk with the `team` extra",
                               message_id=why.TEAM_NO_PSYCOPG_MEMORY) from exc
        try:
            conn = connect(url, dialler, connect_timeout=3, autocommit=True, application_name="pressdesk")
        except psycopg.Error as exc:
            refusal = login_refusal(exc)
            if refusal is not None:
                raise TmStoreError(f"the memory server refused the login: {refusal}; check the login and password "
                                   "of the shared memory's address", message_id=why.MEMORY_LOGIN,
                                   message_args=(refusal,)) from exc
            raise TmStoreError(f"the memory server cannot be reached: {_first_line(exc)}",
                               message_id=why.MEMORY_SERVER_UNREACHABLE, message_args=(_first_line(exc),)) from exc
        store = cls(url, conn)
        try:
            store._migrate()
        except psycopg.Error as exc:
            conn.close()
            raise TmStoreError(f"the shared memory cannot be opened: {_first_line(exc)}",
                               message_id=why.SHARED_MEMORY_CANNOT_OPEN, message_args=(_first_line(exc),)) from exc
        except TmStoreError:
            conn.close()
            raise
        return store

    def _migrate(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise TmStoreError(f"the shared memory was set up by a newer PressDesk (format {version}; this version "
                               f"reads up to {SCHEMA_VERSION}). Update PressDesk to use it.",
                               message_id=why.SHARED_MEMORY_NEWER, message_args=(version, SCHEMA_VERSION))
        if version == SCHEMA_VERSION:
            return
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
            if self._version() == SCHEMA_VERSION:
                return
            cur.execute("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE tm_meta (key text PRIMARY KEY, value text NOT NULL);
                CREATE TABLE tm_sources (
                    id bigserial PRIMARY KEY, lang text NOT NULL, source_key text NOT NULL,
                    key_len integer NOT NULL, UNIQUE (lang, source_key));
                CREATE INDEX tm_sources_trgm ON tm_sources USING gin (source_key gin_trgm_ops);
                CREATE TABLE tm_units (
                    id bigserial PRIMARY KEY, source_id bigint NOT NULL REFERENCES tm_sources(id),
                    src_lang text NOT NULL, tgt_lang text NOT NULL, source text NOT NULL, target text NOT NULL,
                    origin text NOT NULL DEFAULT '', created text NOT NULL, pair_hash bytea NOT NULL UNIQUE);
                CREATE INDEX tm_units_source ON tm_units (source_id, tgt_lang);
            """)
            cur.execute("INSERT INTO tm_meta VALUES ('app', %s), ('schema_version', %s)",
                        [APP_MARKER, str(SCHEMA_VERSION)])

    def _version(self) -> int:
        with self.conn.cursor() as cur:
            cur.execute("SELECT to_regclass('tm_meta') IS NOT NULL")
            if not cur.fetchone()[0]:  # type: ignore[index]
                return 0
            cur.execute("SELECT value FROM tm_meta WHERE key = 'schema_version'")
            row = cur.fetchone()
        if row is None:  # the tables without their record: creating them again would fail half-way
            raise TmStoreError("the shared memory's format record is missing (its tables are there); ask the office "
                               "administrator to restore the tm_meta table",
                               message_id=why.SHARED_MEMORY_RECORD_MISSING)
        if not (isinstance(row[0], str) and row[0].isascii() and row[0].isdigit()):
            raise TmStoreError(f"the shared memory's format record is damaged ({str(row[0])[:40]!r}); ask the office "
                               "administrator to restore it", message_id=why.SHARED_MEMORY_RECORD_DAMAGED,
                               message_args=(repr(str(row[0])[:40]),))
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextlib.contextmanager
    def _cursor(self) -> Iterator[psycopg.Cursor[Any]]:
        import psycopg

        with self._lock:
            try:
                with self.conn.cursor() as cur:
                    yield cur
            except psycopg.Error as exc:
                raise _server_error(exc) from exc

    # -- reading -----------------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        with self._cursor() as cur:
            cur.execute("SELECT key, value FROM tm_meta")
            return dict(cur.fetchall())

    def count(self, src_lang: str | None = None, tgt_lang: str | None = None) -> int:
        with self._cursor() as cur:
            if src_lang and tgt_lang:
                cur.execute("SELECT count(*) FROM tm_units WHERE src_lang = %s AND tgt_lang = %s", [src_lang, tgt_lang])
            else:
                cur.execute("SELECT count(*) FROM tm_units")
            return int(cur.fetchone()[0])  # type: ignore[index]

    def exact(self, src_lang: str, tgt_lang: str, key: str, limit: int) -> list[UnitRow]:
        with self._cursor() as cur:
            cur.execute("SELECT u.id, u.source_id, u.source, u.target, s.source_key, u.origin, u.created "
                        "FROM tm_sources s JOIN tm_units u ON u.source_id = s.id WHERE s.lang = %s AND "
                        "s.source_key = %s AND u.tgt_lang = %s ORDER BY u.created DESC, u.id DESC LIMIT %s",
                        [src_lang, key, tgt_lang, limit])
            return _unit_rows(cur.fetchall())

    def candidate_sources(self, src_lang: str, tgt_lang: str, key: str, *, min_len: int, max_len: int,
                          limit: int = MAX_CANDIDATES) -> list[tuple[int, str]]:
        """(id, key) of sources translated from `src_lang` into `tgt_lang` whose key is trigram-similar to
        `key`, most similar first, with a key length in [min_len, max_len]."""
        if not key.strip():
            return []
        with self._cursor() as cur, self.conn.transaction():
            cur.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(SIMILARITY_THRESHOLD)])
            cur.execute("SELECT s.id, s.source_key FROM tm_sources s WHERE s.source_key %% %s AND s.lang = %s "
                        "AND s.key_len BETWEEN %s AND %s AND EXISTS (SELECT 1 FROM tm_units u WHERE "
                        "u.source_id = s.id AND u.tgt_lang = %s) ORDER BY similarity(s.source_key, %s) DESC LIMIT %s",
                        [key, src_lang, min_len, max_len, tgt_lang, key, limit])
            return [(int(i), k) for i, k in cur.fetchall() if isinstance(k, str)]

    def concordance(self, lang: str, key: str, limit: int) -> list[tuple[str, str, str, str]]:
        """(source, target, target language, origin) of units whose normalised `lang` source contains `key`,
        shortest source first (LIKE over the trigram index: a large memory is not read whole)."""
        if not key:
            return []
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._cursor() as cur:
            cur.execute("SELECT u.source, u.target, u.tgt_lang, u.origin FROM tm_sources s JOIN tm_units u "
                        "ON u.source_id = s.id WHERE s.lang = %s AND s.source_key LIKE %s "
                        "ORDER BY s.key_len, u.created DESC, u.id DESC LIMIT %s", [lang, pattern, limit])
            return [(source, target, tgt, origin or "") for source, target, tgt, origin in cur.fetchall()
                    if isinstance(source, str) and isinstance(target, str) and isinstance(tgt, str)]

    def units_for_sources(self, source_ids: list[int], tgt_lang: str) -> list[UnitRow]:
        if not source_ids:
            return []
        with self._cursor() as cur:
            cur.execute("SELECT u.id, u.source_id, u.source, u.target, s.source_key, u.origin, u.created "
                        "FROM tm_units u JOIN tm_sources s ON s.id = u.source_id WHERE u.source_id = ANY(%s) "
                        "AND u.tgt_lang = %s ORDER BY u.created DESC, u.id DESC", [source_ids, tgt_lang])
            return _unit_rows(cur.fetchall())

    # -- writing -----------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgTmStore]:
        """One transaction: everything inside is written together or not at all."""
        import psycopg

        with self._lock:
            try:
                with self.conn.transaction():
                    yield self
            except psycopg.Error as exc:  # at the commit: the server went away, or refused it
                raise _server_error(exc) from exc

    def insert_units(self, units: Iterable[tuple[str, str, str, str]], origin: str) -> tuple[int, int]:
        """Insert (src_lang, tgt_lang, source, target) units in one transaction; return (added, already present)."""
        created = now_iso()
        rows = [(s, t, source, target, key) for s, t, source, target in units if (key := normalise_key(source))]
        if not rows:
            return 0, 0
        with self.transaction(), self._cursor() as cur:
            keys = sorted({(s, key) for s, _, _, _, key in rows})
            cur.execute("INSERT INTO tm_sources (lang, source_key, key_len) SELECT l, k, length(k) "
                        "FROM unnest(%s::text[], %s::text[]) AS w(l, k) ON CONFLICT (lang, source_key) DO NOTHING",
                        [[lang for lang, _ in keys], [k for _, k in keys]])
            cur.execute("SELECT s.id, s.lang, s.source_key FROM tm_sources s JOIN unnest(%s::text[], %s::text[]) "
                        "AS w(l, k) ON s.lang = w.l AND s.source_key = w.k",
                        [[lang for lang, _ in keys], [k for _, k in keys]])
            ids = {(lang, k): int(i) for i, lang, k in cur.fetchall()}
            columns: list[list[Any]] = [[], [], [], [], [], []]
            for s, t, source, target, key in rows:
                for column, value in zip(columns, (ids[s, key], s, t, source, target,
                                                   pair_hash(s, t, source, target)), strict=True):
                    column.append(value)
            cur.execute("INSERT INTO tm_units (source_id, src_lang, tgt_lang, source, target, origin, created, "
                        "pair_hash) SELECT i, s, t, src, tgt, %s, %s, h FROM unnest(%s::bigint[], %s::text[], "
                        "%s::text[], %s::text[], %s::text[], %s::bytea[]) AS r(i, s, t, src, tgt, h) "
                        "ON CONFLICT (pair_hash) DO NOTHING", [origin, created, *columns])
            added = max(cur.rowcount, 0)
        return added, len(rows) - added
