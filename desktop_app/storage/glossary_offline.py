"""A desk on a shared glossary when the server cannot be reached: a local read-only replica of the last glossary
seen, and a queue of the edits typed meanwhile, both SQLite files in the data folder, one pair per server.

A desk can be moved to another office's glossary (Preferences ▸ Team, $PRESSDESK_GLOSSARY_URL, --glossary), so the
pair lives in a folder named after the server's identity (`ServerIdentity`: host, port, database and login of
the URL, never the password), and each file records that identity: edits typed for one glossary are only ever
sent to it, and a desk that cannot reach its glossary never shows another's copy. The edits queued for a glossary
the desk has left wait in their own queue until the desk is back on it (`queues_elsewhere` names them).

The replica is an ordinary PressDesk glossary file (so highlighting, QA and MT term protection read it as they
read the single-desk glossary) plus each entry's row version, rewritten whole and atomically whenever the desk
sees a newer glossary. Queued edits carry the version they were based on, and are sent on reconnect with the same
version checks as any edit: one that conflicts stays in the queue with the reason, so nothing typed is lost.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import urllib.parse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.atomic import atomic_path
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure, TermEntry
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.errors import StorageError
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore, GlossaryValidationError, entry_to_row
from desktop_app.storage.pg_dial import mask_password
from desktop_app.storage.pg_glossary_store import (
    GlossaryConflictError,
    GlossaryOfflineError,
    GlossaryReadOnlyError,
    PgGlossaryStore,
    entry_from_json,
    entry_to_json,
)
from desktop_app.storage.project_store import now_iso

log = logging.getLogger(__name__)

TEAM_FOLDER = "team-glossary"  # one subfolder per server, named by `ServerIdentity.key`
REPLICA_FILE = "replica.sqlite"
QUEUE_FILE = "queue.sqlite"
LEGACY_REPLICA_FILE = "team-glossary-replica.sqlite"  # older PressDesk: one pair per data folder
LEGACY_QUEUE_FILE = "team-glossary-queue.sqlite"
DEFAULT_PORT = "5432"


@dataclass(frozen=True, slots=True)
class ServerIdentity:
    """Which glossary a URL reaches, as libpq reads it: host, port, database and login; the password and the
    connection options (timeouts, SSL) do not change which glossary it is. Host names are case-insensitive,
    the port defaults to 5432 and the database to the login's name, so two spellings of one URL are one server."""

    host: str
    port: str
    dbname: str
    user: str

    @classmethod
    def from_url(cls, url: str) -> ServerIdentity:
        """StorageError for an address that is none (an unclosed [IPv6 address)."""
        try:
            parts = urllib.parse.urlsplit(url.strip())
        except ValueError as exc:
            raise StorageError(f"not a server address: {mask_password(url, url)!r} ({exc})",
                               message_id=why.NOT_A_SERVER_ADDRESS, message_args=(repr(mask_password(url, url)),)
                               ) from None
        netloc = parts.netloc.rpartition("@")
        userinfo, hosts = netloc[0], netloc[2]
        user = urllib.parse.unquote(userinfo.partition(":")[0])
        dbname = urllib.parse.unquote(parts.path.lstrip("/"))
        host_list, port_list = [], []
        for one in hosts.split(",") if hosts else []:
            if one.startswith("["):  # [IPv6]:port
                name, _, port = one[1:].partition("]")
                port = port.lstrip(":")
            else:
                name, _, port = one.partition(":")
            host_list.append(urllib.parse.unquote(name))
            port_list.append(port)
        query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        user = query.get("user", [user])[-1]
        dbname = query.get("dbname", [dbname])[-1]
        if "host" in query:
            host_list = query["host"][-1].split(",")
        if "port" in query:
            port_list = query["port"][-1].split(",")
        host = ",".join(h if h.startswith("/") else h.lower() for h in host_list)
        port = ",".join(p or DEFAULT_PORT for p in port_list) or DEFAULT_PORT
        return cls(host, port, dbname or user, user)

    @property
    def label(self) -> str:
        """How the user knows this glossary: login@host:port/database (no password)."""
        return f"{self.user + '@' if self.user else ''}{self.host or 'localhost'}:{self.port}/{self.dbname}"

    @property
    def key(self) -> str:
        """A file-name-safe name, stable across runs: readable, with a digest that tells close names apart."""
        canonical = "\n".join((self.host, self.port, self.dbname, self.user))
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
        readable = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{self.dbname}_{self.host.strip('/')}").strip("._")[:40]
        return f"{readable}-{digest}"


@dataclass(frozen=True, slots=True)
class TeamFiles:
    """Where a desk keeps the local copy of one server's glossary and the edits typed offline for it."""

    server: ServerIdentity
    replica: Path
    queue: Path

    @classmethod
    def of(cls, data_dir: Path, url: str) -> TeamFiles:
        server = ServerIdentity.from_url(url)
        folder = Path(data_dir) / TEAM_FOLDER / server.key
        return cls(server, folder / REPLICA_FILE, folder / QUEUE_FILE)


def adopt_legacy_files(data_dir: Path, url: str) -> bool:
    """Give the one replica and queue of an older PressDesk (per data folder) to the server at `url`, the one the
    desk is set up for (True: moved). They were made for the server configured then, and the older version sent
    any queue on its first connection, so edits still queued were typed for that server since it was last seen."""
    files = TeamFiles.of(data_dir, url)
    moved = False
    for name, target in ((LEGACY_QUEUE_FILE, files.queue), (LEGACY_REPLICA_FILE, files.replica)):
        legacy = Path(data_dir) / name
        if not legacy.is_file() or target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(legacy, target)
        except OSError as exc:
            log.warning("%s was not given to %s: %s", name, files.server.label, exc)
            continue
        moved = True
        log.info("%s of an older PressDesk now belongs to the shared glossary %s", name, files.server.label)
    if moved and files.queue.is_file():  # recorded now, so it is never replayed into another glossary
        EditQueue(files.queue, files.server).close()
    return moved


def queues_elsewhere(data_dir: Path, url: str | None) -> list[tuple[str, int]]:
    """(server label, edits waiting) for every server but the one at `url` with edits queued on this desk."""
    own = TeamFiles.of(data_dir, url).queue if url else None
    found = []
    for path in sorted((Path(data_dir) / TEAM_FOLDER).glob(f"*/{QUEUE_FILE}")):
        if path == own:
            continue
        try:
            queue = EditQueue(path)
        except (sqlite3.Error, GlossaryError) as exc:
            log.warning("the queue %s cannot be read: %s", path, exc)
            continue
        try:
            if len(queue):
                found.append((queue.server_label(), len(queue)))
        finally:
            queue.close()
    return found


@dataclass(frozen=True, slots=True)
class ReplicaData:
    """The shared glossary as a desk last read it: what its local copy is written from."""

    entries: list[TermEntry]
    versions: dict[int, int]
    tenures: list[Tenure]
    read_only: bool
    changes: int
    server: str = ""  # `ServerIdentity.key` of the glossary it is a copy of


def write_replica(path: Path, data: ReplicaData) -> None:
    """Write the local copy of the shared glossary at `path` (atomically replaced). It is built in a temporary
    file of its own: another PressDesk on this data folder may be writing its copy at the same moment."""
    with atomic_path(path) as temp:
        replica = GlossaryStore.open(temp, seed=False)
        try:
            with replica.db.atomic():
                replica.db["entries"].insert_all((entry_to_row(e) for e in data.entries), pk="id", batch_size=500)
                replica.db["tenures"].insert_all(({"person_id": t.person_id, "title_id": t.title_id,
                                                   "valid_from": t.valid_from, "valid_to": t.valid_to,
                                                   "note": t.note} for t in data.tenures), pk="id")
                replica.db["team_versions"].insert_all(
                    ({"id": e.id, "version": data.versions.get(e.id, 1)} for e in data.entries), pk="id")
                replica.db["meta"].upsert_all([{"key": "team_read_only", "value": "1" if data.read_only else "0"},
                                               {"key": "team_changes", "value": str(data.changes)},
                                               {"key": "team_server", "value": data.server}], pk="key")
                replica._save_lemmas(data.entries)
        finally:
            replica.close()


def _replica_meta(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(conn.execute("select key, value from meta where key like 'team_%'").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def replica_changes(path: Path, server: ServerIdentity) -> int | None:
    """The server change counter the replica at `path` was copied at (None: no usable replica of `server`)."""
    meta = _replica_meta(path)
    changes = meta.get("team_changes", "")
    if meta.get("team_server", server.key) != server.key or not (changes.isascii() and changes.isdigit()):
        return None  # none, or written by another program: the copy is read again from the server
    return int(changes)


@dataclass(frozen=True, slots=True)
class QueuedEdit:
    """An edit typed while offline: `action` is add, edit or delete; `problem` says why it was refused, if it was."""

    id: int
    action: str
    entry: TermEntry
    base_version: int | None
    author: str
    at: str
    problem: str = ""


class EditQueue:
    """The edits waiting for one server, in the order they were typed (an SQLite file in the data folder).

    Opened for `server`, it records that server on first use and refuses a file recorded for another one
    (GlossaryError); opened without, it is only looked at (`queues_elsewhere`)."""

    def __init__(self, path: Path, server: ServerIdentity | None = None) -> None:
        self.path = path
        self.set_aside: Path | None = None  # where a damaged queue file found at `path` was moved
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open(server)
        except sqlite3.DatabaseError as exc:
            if server is None or isinstance(exc, sqlite3.OperationalError):  # only looked at, or busy: left alone
                raise
            self.set_aside = _set_aside(path, exc)
            self._open(server)

    def _open(self, server: ServerIdentity | None) -> None:
        path = self.path
        self.conn = sqlite3.connect(str(path), timeout=5.0)
        try:
            if self.conn.execute("pragma quick_check").fetchone() != ("ok",):  # a file cut short reads as pages
                raise sqlite3.DatabaseError("database disk image is malformed")
            with self.conn:
                self.conn.execute("create table if not exists queue (id integer primary key, action text not null, "
                                  "entry_id integer not null, base_version integer, data text not null, author text "
                                  "not null, at text not null, problem text not null default '')")
                self.conn.execute("create table if not exists server (key text primary key, label text not null)")
                recorded = self.conn.execute("select key, label from server").fetchone()
                if server is not None and recorded is None:
                    self.conn.execute("insert into server (key, label) values (?, ?)", [server.key, server.label])
        except sqlite3.Error:
            self.conn.close()
            raise
        self._label = recorded[1] if recorded else (server.label if server else "")
        if server is not None and recorded is not None and recorded[0] != server.key:
            self.conn.close()
            raise GlossaryError(f"the queue {path} holds edits for the shared glossary {recorded[1]}, not "
                                f"{server.label}: they are only sent there", message_id=why.QUEUE_OTHER_SERVER,
                                message_args=(str(path), recorded[1], server.label))

    def discard(self, edit_id: int) -> QueuedEdit | None:
        """Drop one queued edit (the user gave it up, or made it again by hand); the edit dropped, or None."""
        found = [e for e in self.pending() if e.id == edit_id]
        if found:
            self._done(found[0])
        return found[0] if found else None

    def resend(self, edit_id: int, base_version: int | None) -> QueuedEdit | None:
        """Send a refused edit again, now based on `base_version` (the version stored now: the user has seen the
        other desk's change and keeps theirs); the edit, or None if there is no such edit."""
        found = [e for e in self.pending() if e.id == edit_id]
        if found:
            with self.conn:
                self.conn.execute("update queue set problem = '', base_version = ? where id = ?",
                                  [base_version, edit_id])
        return found[0] if found else None

    def server_label(self) -> str:
        """The glossary these edits were typed for ("" if the queue does not record it)."""
        return self._label

    def close(self) -> None:
        self.conn.close()

    def push(self, action: str, entry: TermEntry, base_version: int | None, author: str) -> None:
        with self.conn:
            self.conn.execute("insert into queue (action, entry_id, base_version, data, author, at) "
                              "values (?, ?, ?, ?, ?, ?)",
                              [action, entry.id, base_version, entry_to_json(entry), author, now_iso()])

    def refused(self) -> list[QueuedEdit]:
        """The queued edits the server refused, kept with their reason until the user deals with them."""
        return [e for e in self.pending() if e.problem]

    def pending(self) -> list[QueuedEdit]:
        rows = self.conn.execute("select id, action, entry_id, base_version, data, author, at, problem from queue "
                                 "order by id").fetchall()
        return [QueuedEdit(r[0], r[1], entry_from_json(r[2], r[4]), r[3], r[5], r[6], r[7]) for r in rows]

    def __len__(self) -> int:
        return int(self.conn.execute("select count(*) from queue").fetchone()[0])

    def _done(self, edit: QueuedEdit) -> None:
        with self.conn:
            self.conn.execute("delete from queue where id = ?", [edit.id])

    def _refused(self, edit: QueuedEdit, problem: str) -> None:
        with self.conn:
            self.conn.execute("update queue set problem = ? where id = ?", [problem, edit.id])

    def flush(self, store: PgGlossaryStore) -> tuple[int, list[str]]:
        """Send every waiting edit to the server in order; returns how many landed and why the others did not
        (a refused edit stays queued with its reason). GlossaryOfflineError if the server goes away again.

        Edits of one entry typed one after the other offline are all based on the version the desk last read:
        once the first lands, the next is based on what it made. An edit whose answer was lost (the commit
        reached the server, the connection broke before the reply) finds the entry already as it says, and an
        addition finds its entry already stored: done."""
        applied, refused = 0, []
        landed: dict[int, tuple[int | None, int | None]] = {}  # entry id -> (version read, version it made)
        for edit in self.pending():
            if edit.problem:  # refused before: it stays for the user, with its reason
                continue
            base = edit.base_version
            chain = landed.get(edit.entry.id)
            if chain is not None and chain[0] == base:
                base = chain[1]
            author = store.author
            store.author = edit.author
            made: int | None = None
            try:
                if edit.action == "add":
                    store.add(replace(edit.entry, id=0))
                elif edit.action == "edit":
                    store.update(edit.entry, base_version=base)
                elif edit.action == "delete":
                    store.delete(edit.entry.id, base_version=base)
                else:  # a queue another program wrote: nothing PressDesk queues, so nothing is sent
                    raise GlossaryError(f"{str(edit.action)[:40]!r} is not an edit PressDesk queues",
                                        message_id=why.QUEUE_UNKNOWN_EDIT, message_args=(repr(str(edit.action)[:40]),))
            except GlossaryOfflineError:
                raise
            except GlossaryConflictError as exc:
                if not _already_there(edit, exc):
                    self._refused(edit, str(exc))
                    refused.append(f"queued {edit.action} of {edit.entry.label()}: {exc}")
                    continue
                made = exc.current.version if exc.current is not None else None
            except GlossaryValidationError as exc:
                if not (edit.action == "add" and _added_already(store, edit.entry)):
                    self._refused(edit, str(exc))
                    refused.append(f"queued {edit.action} of {edit.entry.label()}: {exc}")
                    continue
            except GlossaryError as exc:
                self._refused(edit, str(exc))
                refused.append(f"queued {edit.action} of {edit.entry.label()}: {exc}")
                continue
            finally:
                store.author = author
            if edit.action == "edit":
                landed[edit.entry.id] = (edit.base_version, made or store.version(edit.entry.id))
            self._done(edit)
            applied += 1
        return applied, refused


def _already_there(edit: QueuedEdit, conflict: GlossaryConflictError) -> bool:
    """Whether the server already holds what a refused edit says: an edit whose entry is stored exactly so, or a
    deletion of an entry that is gone."""
    if edit.action == "delete":
        return conflict.theirs is None
    return conflict.theirs is not None and conflict.theirs == edit.entry


def _added_already(store: PgGlossaryStore, entry: TermEntry) -> bool:
    """Whether an entry exactly like a queued addition is stored: the addition landed and its answer was lost."""
    wanted = replace(entry, id=0)
    return any(replace(stored, id=0) == wanted for stored in store.entries())


def _set_aside(path: Path, exc: Exception) -> Path:
    """Move a damaged queue file (and its journal) aside, kept as it is for the office administrator, so the desk
    can queue again; the name it now has."""
    aside = path.with_name(f"{path.stem}.damaged-{now_iso()[:19].replace(':', '')}{path.suffix}")
    for suffix in ("", "-journal", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, str(aside) + suffix)
    log.warning("the queue of edits typed offline %s is damaged (%s): kept as %s, and a new queue started",
                path, exc, aside.name)
    return aside


class OfflineGlossaryStore(ClosedOnExit):
    """The store a desk uses while the server is unreachable: reads come from the replica, edits are queued."""

    def __init__(self, replica: GlossaryStore, queue: EditQueue, author: str) -> None:
        self.replica = replica
        self.queue = queue
        self.author = author
        self.path = replica.path
        self.read_only = replica.db.conn.execute(
            "select value from meta where key = 'team_read_only'").fetchone() == ("1",)
        self.offline = True
        self._matcher: tuple[tuple[int, ...], GlossaryMatcher] | None = None

    @classmethod
    def open(cls, files: TeamFiles, author: str) -> OfflineGlossaryStore:
        """The offline store of the server `files` are for; a replica of another server is never used."""
        if replica_changes(files.replica, files.server) is None:
            raise GlossaryOfflineError("the glossary server cannot be reached and this desk has no copy of the "
                                       "shared glossary yet", message_id=why.GLOSSARY_OFFLINE_NO_COPY)
        queue = EditQueue(files.queue, files.server)
        try:
            return cls(GlossaryStore.open(files.replica, seed=False), queue, author)
        except BaseException:
            queue.close()
            raise

    @property
    def revision(self) -> int:
        return self.replica.revision

    def close(self) -> None:
        self.replica.close()
        self.queue.close()

    def refresh(self) -> None:
        self.replica.refresh()

    def _typed(self) -> dict[int, TermEntry | None]:
        """Entry id -> the entry as the edits queued on this desk leave it (None: deleted); refused edits aside."""
        typed: dict[int, TermEntry | None] = {}
        for edit in self.queue.pending():
            if not edit.problem and edit.action in ("edit", "delete") and edit.entry.id:
                typed[edit.entry.id] = edit.entry if edit.action == "edit" else None
        return typed

    def _as_typed(self, entries: list[TermEntry]) -> list[TermEntry]:
        typed = self._typed()
        shown = (typed.get(e.id, e) for e in entries)
        return [e for e in shown if e is not None]

    def entries(self) -> list[TermEntry]:
        """The local copy as this desk's queued edits leave it: an entry edited twice offline is edited from
        what the first edit made."""
        return self._as_typed(self.replica.entries())

    def entry(self, entry_id: int) -> TermEntry | None:
        typed = self._typed()
        return typed[entry_id] if entry_id in typed else self.replica.entry(entry_id)

    def count(self) -> int:
        return len(self.entries())

    def matcher(self) -> GlossaryMatcher:
        """The copy's matcher, or one over the entries as typed while edits of them wait."""
        typed_at = tuple(e.id for e in self.queue.pending() if not e.problem)
        if not self._typed():
            return self.replica.matcher()
        if self._matcher is None or self._matcher[0] != typed_at:
            self._matcher = (typed_at, GlossaryMatcher(self.entries()))
        return self._matcher[1]

    def tenures(self, person_id: int | None = None) -> list[Tenure]:
        return self.replica.tenures(person_id)

    def search(self, text: str, category: str | None = None, limit: int = 500) -> list[TermEntry]:
        return self._as_typed(self.replica.search(text, category, limit))

    def validate(self, entry: TermEntry) -> list[str]:
        return self.replica.validate(entry)

    def version(self, entry_id: int) -> int | None:
        row = self.replica.db.conn.execute("select version from team_versions where id = ?", [entry_id]).fetchone()
        return int(row[0]) if row else None

    def versions(self) -> dict[int, int]:
        """Entry id → the row version the replica was copied at."""
        return {int(i): int(v) for i, v in self.replica.db.conn.execute("select id, version from team_versions")}

    def _check_writable(self) -> None:
        if self.read_only:
            raise GlossaryReadOnlyError("the shared glossary is read-only for this login: it can be searched and "
                                        "matched, but changes must be made by an editor",
                                        message_id=why.SHARED_GLOSSARY_READ_ONLY)

    def add(self, entry: TermEntry) -> TermEntry:
        """Queue a new entry; it gets its id when the server takes it."""
        self._check_writable()
        problems = self.validate(replace(entry, id=0))
        if problems:
            raise GlossaryValidationError(problems)
        self.queue.push("add", replace(entry, id=0), None, self.author)
        return entry

    def update(self, entry: TermEntry, base_version: int | None = None) -> TermEntry:
        self._check_writable()
        problems = self.validate(entry)
        if problems:
            raise GlossaryValidationError(problems)
        self.queue.push("edit", entry, base_version if base_version is not None else self.version(entry.id),
                        self.author)
        return entry

    def delete(self, entry_id: int, base_version: int | None = None) -> None:
        self._check_writable()
        entry = self.entry(entry_id)
        if entry is not None:
            self.queue.push("delete", entry, base_version if base_version is not None else self.version(entry_id),
                            self.author)

    def _offline(self, *_args: Any) -> Any:
        raise GlossaryOfflineError("the glossary server cannot be reached: imports, undoing them and tenures wait "
                                   "until it is back (single edits are queued)", message_id=why.GLOSSARY_OFFLINE_WAITS)

    add_tenure = apply_import = undo_import = _offline

    def imports(self) -> list[Any]:
        return []
