"""A desk on a shared glossary when the server cannot be reached: a local read-only replica of the last glossary
seen, and a queue of the edits typed meanwhile, both SQLite files in the data folder.

The replica is an ordinary PressDesk glossary file (so highlighting, QA and MT term protection read it as they
read the single-desk glossary) plus each entry's row version, rewritten whole and atomically whenever the desk
sees a newer glossary. Queued edits carry the version they were based on, and are sent on reconnect with the same
version checks as any edit: one that conflicts stays in the queue with the reason, so nothing typed is lost.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.atomic import atomic_path
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure, TermEntry
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore, GlossaryValidationError, entry_to_row
from desktop_app.storage.pg_glossary_store import (
    GlossaryOfflineError,
    GlossaryReadOnlyError,
    PgGlossaryStore,
    entry_from_json,
    entry_to_json,
)
from desktop_app.storage.project_store import now_iso

REPLICA_FILE = "team-glossary-replica.sqlite"
QUEUE_FILE = "team-glossary-queue.sqlite"


@dataclass(frozen=True, slots=True)
class ReplicaData:
    """The shared glossary as a desk last read it: what its local copy is written from."""

    entries: list[TermEntry]
    versions: dict[int, int]
    tenures: list[Tenure]
    read_only: bool
    changes: int


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
                                               {"key": "team_changes", "value": str(data.changes)}], pk="key")
                replica._save_lemmas(data.entries)
        finally:
            replica.close()


def replica_changes(path: Path) -> int | None:
    """The server change counter the replica at `path` was copied at (None: no usable replica)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("select value from meta where key = 'team_changes'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


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
    """The edits waiting for the server, in the order they were typed (an SQLite file in the data folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(path), timeout=5.0)
        self.conn.execute("create table if not exists queue (id integer primary key, action text not null, "
                          "entry_id integer not null, base_version integer, data text not null, author text not null,"
                          " at text not null, problem text not null default '')")
        self.conn.commit()

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
        (a refused edit stays queued with its reason). GlossaryOfflineError if the server goes away again."""
        applied, refused = 0, []
        for edit in self.pending():
            if edit.problem:  # refused before: it stays for the user, with its reason
                continue
            author = store.author
            store.author = edit.author
            try:
                if edit.action == "add":
                    store.add(replace(edit.entry, id=0))
                elif edit.action == "edit":
                    store.update(edit.entry, base_version=edit.base_version)
                else:
                    store.delete(edit.entry.id, base_version=edit.base_version)
            except GlossaryOfflineError:
                raise
            except GlossaryError as exc:
                self._refused(edit, str(exc))
                refused.append(f"queued {edit.action} of {edit.entry.label()}: {exc}")
                continue
            finally:
                store.author = author
            self._done(edit)
            applied += 1
        return applied, refused


class OfflineGlossaryStore:
    """The store a desk uses while the server is unreachable: reads come from the replica, edits are queued."""

    def __init__(self, replica: GlossaryStore, queue: EditQueue, author: str) -> None:
        self.replica = replica
        self.queue = queue
        self.author = author
        self.path = replica.path
        self.read_only = replica.db.conn.execute(
            "select value from meta where key = 'team_read_only'").fetchone() == ("1",)
        self.offline = True

    @classmethod
    def open(cls, replica_path: Path, queue_path: Path, author: str) -> OfflineGlossaryStore:
        if not replica_path.is_file():
            raise GlossaryOfflineError("the glossary server cannot be reached and this desk has no copy of the "
                                       "shared glossary yet")
        return cls(GlossaryStore.open(replica_path, seed=False), EditQueue(queue_path), author)

    @property
    def revision(self) -> int:
        return self.replica.revision

    def close(self) -> None:
        self.replica.close()
        self.queue.close()

    def __enter__(self) -> OfflineGlossaryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refresh(self) -> None:
        self.replica.refresh()

    def entries(self) -> list[TermEntry]:
        return self.replica.entries()

    def entry(self, entry_id: int) -> TermEntry | None:
        return self.replica.entry(entry_id)

    def count(self) -> int:
        return self.replica.count()

    def matcher(self) -> GlossaryMatcher:
        return self.replica.matcher()

    def tenures(self, person_id: int | None = None) -> list[Tenure]:
        return self.replica.tenures(person_id)

    def search(self, text: str, category: str | None = None, limit: int = 500) -> list[TermEntry]:
        return self.replica.search(text, category, limit)

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
                                        "matched, but changes must be made by an editor")

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
                                   "until it is back (single edits are queued)")

    add_tenure = apply_import = undo_import = _offline

    def imports(self) -> list[Any]:
        return []
