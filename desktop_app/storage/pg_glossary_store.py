"""The office's shared glossary on PostgreSQL (psycopg 3): the same store interface as the SQLite glossary, for
many desks writing at once.

Chosen by a `postgresql://` URL (`--glossary`, $PRESSDESK_GLOSSARY_URL, Preferences ▸ Team). PressDesk creates and
migrates the schema itself. Every entry is kept whole as JSON beside indexed columns, so every field (variants,
forbidden and short forms, source, dates) survives, including fields a newer PressDesk adds. Each entry carries a
row version: an edit based on an older version is refused with both versions (`GlossaryConflictError`), never
silently overwritten. Every change records who and when in `entry_history`, and is announced with NOTIFY on
`CHANNEL` in the same transaction, so other desks reload within a moment. A login without write grants can read,
match and search; every edit then says the glossary is read-only.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import CATEGORIES, MAX_NOTE_CHARS, Tenure, TermEntry
from desktop_app.domain.glossary.normalize import preload_lemmas, russian_lemma_table
from desktop_app.domain.invisible import half_character
from desktop_app.domain.json_text import parse_json
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.glossary_seed import read_seed
from desktop_app.storage.glossary_store import (
    MAX_FORM_CHARS,
    MAX_SOURCE_CHARS,
    GlossaryError,
    GlossaryValidationError,
    ImportRecord,
    _is_iso_date,
    _mixed_script_problem,
    _query_variants,
    _search_text,
    _text_problem,
    approved_index,
    check_tenure,
    import_problems,
    no_import_to_undo,
    reindex_approved,
    validate_entry,
)
from desktop_app.storage.pg_dial import DialAbandoned, Dialler, connect, login_refusal

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
CHANNEL = "pressdesk_glossary"
CONNECT_TIMEOUT_S = 3
_MIGRATION_LOCK = 7_305_150_001  # pg_advisory_xact_lock key: one desk migrates at a time


def default_author(name: str = "") -> str:
    """Who a change is recorded as: the name set in Preferences, else the operating-system user."""
    if name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class GlossaryReadOnlyError(GlossaryError):
    """An edit through a login that may only read the shared glossary."""


class GlossaryOfflineError(GlossaryError):
    """The glossary server cannot be reached."""


class GlossaryLoginError(GlossaryError):
    """The server answered but refused the login (password, login or database name): not an outage."""


class GlossaryConflictError(GlossaryError):
    """An edit based on an older version of an entry than the one stored; carries both versions."""

    def __init__(self, mine: TermEntry, theirs: TermEntry | None, base_version: int, current: EntryVersion | None
                 ) -> None:
        self.mine, self.theirs, self.base_version, self.current = mine, theirs, base_version, current
        if theirs is None or current is None:
            super().__init__(f"entry #{mine.id} was deleted by someone else since you opened it (your version "
                             f"{base_version}); nothing was saved.\n  yours:  {describe_entry(mine)}",
                             message_id=why.GLOSSARY_CONFLICT_DELETED,
                             message_args=(mine.id, base_version, describe_entry(mine)))
        else:
            super().__init__(f"entry #{mine.id} was changed by {current.author} at {current.at} (version "
                             f"{current.version}) since you opened version {base_version}; nothing was saved.\n"
                             f"  yours:  {describe_entry(mine)}\n  theirs: {describe_entry(theirs)}",
                             message_id=why.GLOSSARY_CONFLICT_CHANGED,
                             message_args=(mine.id, current.author, current.at, current.version, base_version,
                                           describe_entry(mine), describe_entry(theirs)))


def describe_entry(entry: TermEntry) -> str:
    """One line with the entry's approved forms and variants, for conflict messages."""
    parts = []
    for lang in LANGS:
        text = entry.forms.get(lang, "") or "—"
        variants = entry.variants.get(lang, ())
        parts.append(f"{lang}: {text}" + (f" (also {', '.join(variants)})" if variants else ""))
    return f"[{entry.category}] " + "; ".join(parts) + (f"; note: {entry.note}" if entry.note else "")


@dataclass(frozen=True, slots=True)
class EntryVersion:
    """One recorded change of an entry: its version after the change, who made it, when, and the entry then."""

    entry_id: int
    version: int
    action: str  # "add", "edit", "delete", "import", "undo-import"
    author: str
    at: str
    entry: TermEntry | None


def entry_to_json(entry: TermEntry) -> str:
    return json.dumps({k: v for k, v in asdict(entry).items() if k != "id"}, ensure_ascii=False)


def _usable_form(form: object, lang: str) -> bool:
    """A form the desk's glossary would store: text, not too long, no invisible or control character, no word
    mixing alphabets (a form planted by another program must not reach a translation or the checks)."""
    return (isinstance(form, str) and bool(form) and len(form) <= MAX_FORM_CHARS
            and _text_problem(form, term=True) is None and _mixed_script_problem(form, lang) is None)


def _listed_forms(value: object) -> dict[str, tuple[str, ...]]:
    forms = value if isinstance(value, dict) else {}
    return {lang: tuple(f for f in listed if _usable_form(f, lang)) if isinstance(listed := forms[lang], list)
            else () for lang in LANGS if lang in forms}


def _plain_text(value: object, *, limit: int) -> str:
    return value if isinstance(value, str) and len(value) <= limit and _text_problem(value, term=False) is None else ""


def entry_from_json(entry_id: int, data: object) -> TermEntry:
    """An entry from its stored JSON; fields this version does not know (from a newer desk) are ignored. The
    database is shared, so a row another program wrote may hold anything: a value of the wrong type or a form
    the desk's glossary would refuse is left out (with a warning in the log), and the rest of the entry is used."""
    try:
        raw = parse_json(data) if isinstance(data, str | bytes) else data
    except ValueError:
        raw = None
    raw = raw if isinstance(raw, dict) else {}
    approved = raw.get("forms") if isinstance(raw.get("forms"), dict) else {}
    entry = TermEntry(
        id=entry_id, category=raw["category"] if raw.get("category") in CATEGORIES else "term",
        forms={lang: f if _usable_form(f := approved[lang], lang) else "" for lang in LANGS  # type: ignore[misc]
               if lang in approved},
        variants=_listed_forms(raw.get("variants")), forbidden=_listed_forms(raw.get("forbidden")),
        short_forms=_listed_forms(raw.get("short_forms")),
        note=_plain_text(raw.get("note"), limit=MAX_NOTE_CHARS),
        source=_plain_text(raw.get("source"), limit=MAX_SOURCE_CHARS),
        valid_from=_date_or_none(raw.get("valid_from")), valid_to=_date_or_none(raw.get("valid_to")))
    kept = json.loads(entry_to_json(entry))
    if not raw or any(kept[key] != value for key, value in raw.items() if key in _ENTRY_FIELDS and key != "id"):
        log.warning("shared glossary entry #%s holds values PressDesk never writes; they were left out", entry_id)
    return entry


def _date_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and _is_iso_date(value) else None


_ENTRY_FIELDS = frozenset(f.name for f in fields(TermEntry))


def _connect(url: str, *, autocommit: bool = False, dialler: Dialler | None = None) -> psycopg.Connection[Any]:
    try:
        import psycopg
    except ImportError as exc:
        raise GlossaryError("a shared glossary needs psycopg: install PressDesk with the `team` extra",
                            message_id=why.TEAM_NO_PSYCOPG) from exc
    try:
        return connect(url, dialler, connect_timeout=CONNECT_TIMEOUT_S, autocommit=autocommit,
                       application_name="pressdesk")
    except psycopg.Error as exc:
        refusal = login_refusal(exc)
        if refusal is not None:
            raise GlossaryLoginError(f"the glossary server refused the login: {refusal}; check the login and "
                                     "password of the shared glossary's address", message_id=why.GLOSSARY_LOGIN,
                                     message_args=(refusal,)) from exc
        said = _first_line(exc)
        raise GlossaryOfflineError(f"the glossary server cannot be reached: {said}",
                                   message_id=why.GLOSSARY_SERVER_UNREACHABLE, message_args=(said,)) from exc


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _create_schema_v1(cur: psycopg.Cursor[Any]) -> None:
    cur.execute("""
        CREATE TABLE IF NOT EXISTS pressdesk_meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE entries (
            id bigserial PRIMARY KEY, category text NOT NULL, zh text NOT NULL DEFAULT '',
            en text NOT NULL DEFAULT '', ru text NOT NULL DEFAULT '', data jsonb NOT NULL,
            search_text text NOT NULL DEFAULT '', version integer NOT NULL DEFAULT 1,
            updated_by text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX entries_category ON entries (category);
        CREATE TABLE tenures (
            id bigserial PRIMARY KEY, person_id bigint NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            title_id bigint NOT NULL REFERENCES entries(id) ON DELETE CASCADE, valid_from text, valid_to text,
            note text NOT NULL DEFAULT '');
        CREATE TABLE entry_history (
            id bigserial PRIMARY KEY, entry_id bigint NOT NULL, version integer NOT NULL, action text NOT NULL,
            author text NOT NULL, at timestamptz NOT NULL DEFAULT now(), data jsonb);
        CREATE INDEX entry_history_entry ON entry_history (entry_id, version);
        CREATE TABLE imports (
            id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), author text NOT NULL,
            label text NOT NULL, added jsonb NOT NULL, previous jsonb NOT NULL, undone boolean NOT NULL DEFAULT false);
        CREATE TABLE lemmas (word text PRIMARY KEY, lemmas text NOT NULL);
        CREATE SEQUENCE changes;
    """)
    import psycopg

    try:
        with cur.connection.transaction():  # a savepoint: pg_trgm may be missing or not ours to create
            cur.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cur.execute("CREATE INDEX entries_search_trgm ON entries USING gin (search_text gin_trgm_ops)")
    except psycopg.Error as exc:  # search then scans the table, which is fine at glossary sizes
        log.warning("glossary search without a trigram index: %s", _first_line(exc))


MIGRATIONS = {1: _create_schema_v1}


class PgGlossaryStore(ClosedOnExit):
    """An open connection to the shared glossary; `open()` creates, migrates and seeds it. Use from one thread."""

    def __init__(self, url: str, conn: psycopg.Connection[Any], author: str, dialler: Dialler | None = None) -> None:
        self.url = url
        self.conn = conn
        self.author = author
        self.dialler = dialler  # a window's: quitting cancels the reads still waiting for the server
        self.revision = 0
        self._entries: list[TermEntry] | None = None
        self._versions: dict[int, int] = {}
        self._approved: dict[tuple[str, str], int] | None = None
        self._matcher: GlossaryMatcher | None = None
        self.read_only = not self._may_write()

    # -- opening -----------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str, *, author: str = "", seed: bool = True, dialler: Dialler | None = None
             ) -> PgGlossaryStore:
        """Connect to the glossary at `url` (through `dialler`, if given: see storage/pg_dial.py), creating its
        tables (seeded from resources unless `seed` is False)."""
        conn = _connect(url, dialler=dialler)
        try:
            cls._migrate(conn, seed)
            store = cls(url, conn, default_author(author), dialler)
            store._preload_lemmas()
        except GlossaryError:
            conn.close()
            raise
        except Exception as exc:
            conn.close()
            raise GlossaryError(f"the shared glossary cannot be opened: {_first_line(exc)}",
                                message_id=why.SHARED_GLOSSARY_CANNOT_OPEN, message_args=(_first_line(exc),)) from exc
        return store

    @staticmethod
    def _version(cur: psycopg.Cursor[Any]) -> int:
        cur.execute("SELECT to_regclass('pressdesk_meta') IS NOT NULL")
        if not cur.fetchone()[0]:  # type: ignore[index]
            return 0
        cur.execute("SELECT value FROM pressdesk_meta WHERE key = 'schema_version'")
        row = cur.fetchone()
        if row is None:
            cur.execute("SELECT to_regclass('entries') IS NOT NULL")
            if cur.fetchone()[0]:  # type: ignore[index]  # tables without their record: never created again
                raise GlossaryError("the shared glossary's format record is missing (its tables are there); ask the "
                                    "office administrator to restore the pressdesk_meta table",
                                    message_id=why.SHARED_GLOSSARY_RECORD_MISSING)
            return 0
        if not str(row[0]).isdigit():
            raise GlossaryError(f"the shared glossary's format record is damaged ({str(row[0])[:40]!r}); ask the "
                                "office administrator to restore it", message_id=why.SHARED_GLOSSARY_RECORD_DAMAGED,
                                message_args=(repr(str(row[0])[:40]),))
        return int(row[0])

    @classmethod
    def _migrate(cls, conn: psycopg.Connection[Any], seed: bool) -> None:
        with conn.cursor() as cur:
            version = cls._version(cur)
            conn.commit()
            if version > SCHEMA_VERSION:
                raise GlossaryError(f"the shared glossary was set up by a newer PressDesk (format {version}; this "
                                    f"version reads up to {SCHEMA_VERSION}). Update PressDesk to use it.",
                                    message_id=why.SHARED_GLOSSARY_NEWER, message_args=(version, SCHEMA_VERSION))
            if version == SCHEMA_VERSION:
                return
            import psycopg

            try:
                with conn.transaction():
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
                    version = cls._version(cur)  # again, under the lock: another desk may have just done it
                    for target in range(version + 1, SCHEMA_VERSION + 1):
                        MIGRATIONS[target](cur)
                    cur.execute("INSERT INTO pressdesk_meta VALUES ('schema_version', %s) ON CONFLICT (key) "
                                "DO UPDATE SET value = excluded.value", [str(SCHEMA_VERSION)])
                    if version == 0 and seed:
                        _seed(cur)
            except psycopg.errors.InsufficientPrivilege as exc:
                raise GlossaryError("the shared glossary is not set up yet and this login may not create it; "
                                    "ask the office administrator to open it once with the editors' login",
                                    message_id=why.SHARED_GLOSSARY_NOT_SET_UP) from exc

    def _may_write(self) -> bool:
        with self._reading() as cur:
            cur.execute("SELECT has_table_privilege('entries', 'UPDATE') AND has_table_privilege('entries', 'INSERT')")
            return bool(cur.fetchone()[0])  # type: ignore[index]

    def _preload_lemmas(self) -> None:
        with self._reading() as cur:
            cur.execute("SELECT word, lemmas FROM lemmas")
            preload_lemmas({word: tuple(lemmas.split("\t")) for word, lemmas in cur
                            if isinstance(word, str) and isinstance(lemmas, str)})  # rows of another program

    def close(self) -> None:
        self.conn.close()

    def refresh(self) -> None:
        """Forget cached entries (and the versions edits are based on) after another desk changed the glossary."""
        self._versions.clear()
        self._changed()

    def _changed(self) -> None:
        self.revision += 1
        self._entries = None
        self._approved = None
        self._matcher = None

    @contextmanager
    def _reading(self) -> Iterator[psycopg.Cursor[Any]]:
        """A cursor for reads; the transaction ends right after, so no snapshot is held open between calls. When
        the desk quits, a read still waiting for the server is cancelled: it fails as if the server had gone."""
        import psycopg

        try:
            with self.dialler.reading(self.conn) if self.dialler else contextlib.nullcontext():
                with self.conn.cursor() as cur:
                    yield cur
                self.conn.commit()  # of a read: cancelling it loses nothing either
        except GlossaryError:
            raise
        except DialAbandoned as exc:
            raise GlossaryOfflineError("the glossary server was not asked: PressDesk is quitting",
                                       message_id=why.GLOSSARY_SERVER_QUITTING) from exc
        except Exception as exc:
            if not self.conn.closed and not isinstance(exc, psycopg.errors.QueryCanceled):  # quitting: no wait
                self.conn.rollback()
            raise _server_error(exc, reading=True) from exc

    # -- reading -----------------------------------------------------------------------------------------------

    def entries(self) -> list[TermEntry]:
        """All entries by id (cached until the next change)."""
        if self._entries is None:
            with self._reading() as cur:
                cur.execute("SELECT id, data, version FROM entries ORDER BY id")
                rows = cur.fetchall()
            for row in rows:  # an edit stays based on the version the desk read first, until it refreshes
                self._versions.setdefault(int(row[0]), int(row[2]))
            self._entries = [entry_from_json(int(r[0]), r[1]) for r in rows]
        return list(self._entries)

    def entry(self, entry_id: int) -> TermEntry | None:
        found = self.entry_with_version(entry_id)
        return found[0] if found else None

    def entry_with_version(self, entry_id: int) -> tuple[TermEntry, int] | None:
        """The stored entry and its row version, read now."""
        with self._reading() as cur:
            cur.execute("SELECT data, version FROM entries WHERE id = %s", [entry_id])
            row = cur.fetchone()
        return (entry_from_json(entry_id, row[0]), int(row[1])) if row else None

    def version(self, entry_id: int) -> int | None:
        """The row version of the entry as this desk last read it (what an edit of it is based on)."""
        if entry_id not in self._versions:
            found = self.entry_with_version(entry_id)
            if found is None:
                return None
            self._versions[entry_id] = found[1]
        return self._versions[entry_id]

    def versions(self) -> dict[int, int]:
        """Entry id → the row version this desk read (of every entry, once `entries()` has been read)."""
        self.entries()
        return dict(self._versions)

    def count(self) -> int:
        with self._reading() as cur:
            cur.execute("SELECT count(*) FROM entries")
            return int(cur.fetchone()[0])  # type: ignore[index]

    def change_counter(self) -> int:
        """How many changes the glossary has seen (any desk); a replica is current while this is unchanged."""
        with self._reading() as cur:
            cur.execute("SELECT last_value + CASE WHEN is_called THEN 0 ELSE -1 END FROM changes")
            return int(cur.fetchone()[0])  # type: ignore[index]

    def matcher(self) -> GlossaryMatcher:
        """A matcher over the current entries, rebuilt after a change."""
        if self._matcher is None:
            self._matcher = GlossaryMatcher(self.entries())
        return self._matcher

    def tenures(self, person_id: int | None = None) -> list[Tenure]:
        sql = "SELECT person_id, title_id, valid_from, valid_to, note FROM tenures"
        sql += (" WHERE person_id = %s" if person_id is not None else "") + " ORDER BY id"
        with self._reading() as cur:
            cur.execute(sql, [person_id] if person_id is not None else [])
            rows = cur.fetchall()
        return [tenure for row in rows if (tenure := _tenure_from_row(row)) is not None]

    def search(self, text: str, category: str | None = None, limit: int = 500) -> list[TermEntry]:
        """Entries containing `text` in any form of any language (Traditional, inflected and plural queries too);
        as on the desk's glossary, entries with a form that is exactly the query come first ("Duma" finds the
        State Duma before its committees), then the shorter ones."""
        if half_character(text) is not None:
            return []
        variants = _query_variants(text)
        where: list[str] = []
        params: list[object] = []
        if variants:
            where.append("(" + " OR ".join("search_text LIKE %s" for _ in variants) + ")")
            params += ["%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for v in variants]
        if category:
            where.append("category = %s")
            params.append(category)
        order = " ORDER BY id"
        if variants:  # search_text holds one form per line: a whole line equal to the query is an exact form
            exact = " OR ".join("strpos(chr(10) || search_text || chr(10), %s) > 0" for _ in variants)
            order = f" ORDER BY ({exact}) DESC, length(search_text), id"
            params += [f"\n{v}\n" for v in variants]
        sql = "SELECT id, data, version FROM entries" + (" WHERE " + " AND ".join(where) if where else "") + order
        with self._reading() as cur:
            cur.execute(sql + " LIMIT %s", [*params, limit])
            rows = cur.fetchall()
        for row in rows:
            self._versions.setdefault(int(row[0]), int(row[2]))
        return [entry_from_json(int(r[0]), r[1]) for r in rows]

    def history(self, entry_id: int) -> list[EntryVersion]:
        """Every recorded change of the entry, oldest first."""
        with self._reading() as cur:
            cur.execute("SELECT version, action, author, to_char(at AT TIME ZONE 'UTC', "
                        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), data FROM entry_history WHERE entry_id = %s ORDER BY id",
                        [entry_id])
            return [EntryVersion(entry_id, int(v), a, who, at, entry_from_json(entry_id, d) if d else None)
                    for v, a, who, at, d in cur.fetchall()]

    # -- writing -----------------------------------------------------------------------------------------------

    def validate(self, entry: TermEntry) -> list[str]:
        if self._approved is None:
            self._approved = approved_index(self.entries())
        return validate_entry(entry, self._approved)

    def _check_writable(self) -> None:
        if self.read_only:
            raise GlossaryReadOnlyError("the shared glossary is read-only for this login: it can be searched and "
                                        "matched, but changes must be made by an editor",
                                        message_id=why.SHARED_GLOSSARY_READ_ONLY)

    @contextmanager
    def _writing(self) -> Iterator[psycopg.Cursor[Any]]:
        """One transaction that records a change and announces it to the other desks when it commits."""
        self._check_writable()
        try:
            with self.conn.transaction(), self.conn.cursor() as cur:
                yield cur
                cur.execute("SELECT nextval('changes')")
                seq = int(cur.fetchone()[0])  # type: ignore[index]
                cur.execute("SELECT pg_notify(%s, %s)", [CHANNEL, str(seq)])
            self.conn.commit()
        except GlossaryError:
            raise
        except Exception as exc:
            raise _server_error(exc) from exc

    def _history(self, cur: psycopg.Cursor[Any], entry_id: int, version: int, action: str,
                 entry: TermEntry | None) -> None:
        cur.execute("INSERT INTO entry_history (entry_id, version, action, author, data) VALUES (%s, %s, %s, %s, %s)",
                    [entry_id, version, action, self.author, entry_to_json(entry) if entry else None])

    def _insert(self, cur: psycopg.Cursor[Any], entry: TermEntry, action: str) -> TermEntry:
        cur.execute("INSERT INTO entries (category, zh, en, ru, data, search_text, updated_by) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                    [entry.category, *(entry.forms.get(lang, "") for lang in LANGS), entry_to_json(entry),
                     _search_text(entry), self.author])
        stored = replace(entry, id=int(cur.fetchone()[0]))  # type: ignore[index]
        self._history(cur, stored.id, 1, action, stored)
        self._versions[stored.id] = 1
        return stored

    def _update(self, cur: psycopg.Cursor[Any], entry: TermEntry, base_version: int | None, action: str) -> int:
        """Write `entry` over the stored one if that is still `base_version` (any version when None)."""
        cur.execute("UPDATE entries SET category = %s, zh = %s, en = %s, ru = %s, data = %s, search_text = %s, "
                    "version = version + 1, updated_by = %s, updated_at = now() "
                    "WHERE id = %s AND (%s::int IS NULL OR version = %s::int) RETURNING version",
                    [entry.category, *(entry.forms.get(lang, "") for lang in LANGS), entry_to_json(entry),
                     _search_text(entry), self.author, entry.id, base_version, base_version])
        row = cur.fetchone()
        if row is None:
            raise self._conflict(cur, entry, base_version)
        version = int(row[0])
        self._history(cur, entry.id, version, action, entry)
        self._versions[entry.id] = version
        return version

    def _conflict(self, cur: psycopg.Cursor[Any], mine: TermEntry, base_version: int | None) -> GlossaryError:
        cur.execute("SELECT data, version FROM entries WHERE id = %s", [mine.id])
        row = cur.fetchone()
        if row is None and base_version is None:
            return GlossaryError(f"entry #{mine.id} does not exist", message_id=why.GLOSSARY_NO_ENTRY,
                                 message_args=(mine.id,))
        cur.execute("SELECT version, action, author, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS UTC') "
                    "FROM entry_history WHERE entry_id = %s ORDER BY id DESC LIMIT 1", [mine.id])
        last = cur.fetchone()
        theirs = entry_from_json(mine.id, row[0]) if row else None
        current = EntryVersion(mine.id, int(last[0]), last[1], last[2], last[3], theirs) if last and row else None
        return GlossaryConflictError(mine, theirs, base_version or 0, current)

    def _save_lemmas(self, cur: psycopg.Cursor[Any], entries: Iterable[TermEntry]) -> None:
        words = russian_lemma_table(entries)
        if words:
            cur.executemany("INSERT INTO lemmas VALUES (%s, %s) ON CONFLICT (word) DO NOTHING",
                            [(w, "\t".join(v)) for w, v in words.items()])

    def add(self, entry: TermEntry) -> TermEntry:
        """Store a new entry (its id is assigned); GlossaryValidationError lists what is wrong with it."""
        self._check_writable()
        problems = self.validate(replace(entry, id=0))
        if problems:
            raise GlossaryValidationError(problems)
        with self._writing() as cur:
            stored = self._insert(cur, entry, "add")
            self._save_lemmas(cur, [entry])
        self._reindex(None, stored)
        return stored

    def update(self, entry: TermEntry, base_version: int | None = None) -> TermEntry:
        """Store an edit of an entry. It is based on `base_version` (default: the version this desk last read);
        GlossaryConflictError when the stored entry has moved on since."""
        self._check_writable()
        base = base_version if base_version is not None else self.version(entry.id)
        if base is None:
            raise GlossaryError(f"entry #{entry.id} does not exist", message_id=why.GLOSSARY_NO_ENTRY,
                                message_args=(entry.id,))
        before = self.entry(entry.id)
        problems = self.validate(entry)
        if problems:
            raise GlossaryValidationError(problems)
        with self._writing() as cur:
            self._update(cur, entry, base, "edit")
            self._save_lemmas(cur, [entry])
        self._reindex(before, entry)
        return entry

    def delete(self, entry_id: int, base_version: int | None = None) -> None:
        """Remove an entry and the tenures that name it, if it is still the version this edit is based on."""
        self._check_writable()
        base = base_version if base_version is not None else self.version(entry_id)
        if base is None:
            return
        before = self.entry(entry_id)
        with self._writing() as cur:
            cur.execute("DELETE FROM entries WHERE id = %s AND version = %s RETURNING version", [entry_id, base])
            if cur.fetchone() is None:
                raise self._conflict(cur, before or replace(_blank(), id=entry_id), base)
            self._history(cur, entry_id, base + 1, "delete", None)
        self._versions.pop(entry_id, None)
        self._reindex(before, None)

    def _reindex(self, before: TermEntry | None, after: TermEntry | None) -> None:
        approved = self._approved
        self._changed()
        if approved is not None:
            reindex_approved(approved, before, after)
            self._approved = approved

    def add_tenure(self, tenure: Tenure) -> None:
        self._check_writable()
        check_tenure(tenure, self.entry)
        with self._writing() as cur:
            cur.execute("INSERT INTO tenures (person_id, title_id, valid_from, valid_to, note) "
                        "VALUES (%s, %s, %s, %s, %s)",
                        [tenure.person_id, tenure.title_id, tenure.valid_from, tenure.valid_to, tenure.note])
        self._changed()

    # -- imports -----------------------------------------------------------------------------------------------

    def apply_import(self, added: list[TermEntry], updated: list[TermEntry], label: str) -> int:
        """Insert and update entries in one transaction and log the import so it can be undone; returns its id.
        Every entry is validated first, merged ones too; GlossaryValidationError (nothing written) if any fails."""
        self._check_writable()
        refused = import_problems(added, updated)
        if refused:
            raise GlossaryValidationError(refused)
        with self._writing() as cur:
            ids = [self._insert(cur, e, "import").id for e in added]
            previous = []
            for e in updated:
                cur.execute("SELECT data FROM entries WHERE id = %s", [e.id])
                row = cur.fetchone()
                if row is not None:
                    previous.append({"id": e.id, "data": row[0]})
                self._update(cur, e, None, "import")
            self._save_lemmas(cur, [*added, *updated])
            cur.execute("INSERT INTO imports (author, label, added, previous) VALUES (%s, %s, %s, %s) RETURNING id",
                        [self.author, label, json.dumps(ids), json.dumps(previous, ensure_ascii=False)])
            import_id = int(cur.fetchone()[0])  # type: ignore[index]
        self._changed()
        return import_id

    def imports(self) -> list[ImportRecord]:
        with self._reading() as cur:
            cur.execute("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), label, "
                        "jsonb_array_length(added), jsonb_array_length(previous), undone FROM imports ORDER BY id DESC")
            return [ImportRecord(int(i), t, label, int(a), int(p), bool(u)) for i, t, label, a, p, u in cur.fetchall()]

    def undo_import(self, import_id: int | None = None) -> ImportRecord:
        """Revert an import (the latest not yet undone by default): its entries removed, updated ones restored."""
        self._check_writable()
        with self._reading() as cur:
            cur.execute("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), label, added, "
                        "previous FROM imports WHERE NOT undone" + (" AND id = %s" if import_id is not None else "")
                        + " ORDER BY id DESC LIMIT 1", [import_id] if import_id is not None else [])
            row = cur.fetchone()
        if row is None:
            raise no_import_to_undo(import_id)
        record_id, at, label, added, previous = row
        with self._writing() as cur:
            for entry_id in added:
                cur.execute("DELETE FROM entries WHERE id = %s RETURNING version", [entry_id])
                gone = cur.fetchone()
                if gone is not None:
                    self._history(cur, entry_id, int(gone[0]) + 1, "undo-import", None)
            for old in previous:
                self._update(cur, entry_from_json(int(old["id"]), old["data"]), None, "undo-import")
            cur.execute("UPDATE imports SET undone = true WHERE id = %s", [record_id])
        self._changed()
        return ImportRecord(int(record_id), at, label, len(added), len(previous), True)


def _tenure_from_row(row: tuple[Any, ...]) -> Tenure | None:
    """A tenure as stored; None (with a warning) for a row another program wrote that links nothing, and dates
    that are no dates read as open (the checks then do not date the title at all)."""
    person, title, valid_from, valid_to, note = row
    if not (isinstance(person, int) and isinstance(title, int)):
        log.warning("a tenure of the shared glossary links %r to %r; left out", person, title)
        return None
    return Tenure(person, title, _date_or_none(valid_from), _date_or_none(valid_to),
                  _plain_text(note, limit=MAX_NOTE_CHARS))


def _blank() -> TermEntry:
    return TermEntry(0, "term", {lang: "" for lang in LANGS})


def _server_error(exc: Exception, reading: bool = False) -> GlossaryError:
    """A psycopg failure as the user's message: read-only login, server gone, or anything else (a table another
    program altered: "the shared glossary refused the change: column … does not exist")."""
    import psycopg

    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return GlossaryReadOnlyError("the shared glossary is read-only for this login: it can be searched and "
                                     "matched, but changes must be made by an editor",
                                     message_id=why.SHARED_GLOSSARY_READ_ONLY)
    said = _first_line(exc)
    if isinstance(exc, psycopg.OperationalError):
        return GlossaryOfflineError(f"the glossary server cannot be reached: {said}",
                                    message_id=why.GLOSSARY_SERVER_UNREACHABLE, message_args=(said,))
    if reading:
        return GlossaryError(f"the shared glossary could not be read: {said}",
                             message_id=why.SHARED_GLOSSARY_UNREADABLE, message_args=(said,))
    return GlossaryError(f"the shared glossary refused the change: {said}",
                         message_id=why.SHARED_GLOSSARY_REFUSED_CHANGE, message_args=(said,))


def _seed(cur: psycopg.Cursor[Any]) -> None:
    """Fill a new shared glossary from the shipped seed files (inside the creating transaction)."""
    seed = read_seed()
    if seed is None:
        return
    by_en: dict[str, int] = {}
    for entry in seed.entries:
        cur.execute("INSERT INTO entries (category, zh, en, ru, data, search_text, updated_by) "
                    "VALUES (%s, %s, %s, %s, %s, %s, 'seed') RETURNING id",
                    [entry.category, *(entry.forms.get(lang, "") for lang in LANGS), entry_to_json(entry),
                     _search_text(entry)])
        entry_id = int(cur.fetchone()[0])  # type: ignore[index]
        by_en[entry.forms.get("en", "")] = entry_id
        cur.execute("INSERT INTO entry_history (entry_id, version, action, author, data) "
                    "VALUES (%s, 1, 'import', 'seed', %s)", [entry_id, entry_to_json(entry)])
    for t in seed.tenures(by_en):
        cur.execute("INSERT INTO tenures (person_id, title_id, valid_from, valid_to, note) "
                    "VALUES (%(person_id)s, %(title_id)s, %(valid_from)s, %(valid_to)s, %(note)s)", t)
