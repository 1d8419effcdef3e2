"""The one owner of the user's glossary in a process: it publishes an immutable snapshot per glossary revision.

Highlighting, MT term protection, QA and the checks before export all read the same `GlossarySnapshot` (one
matcher, its automata built once, and the tenures), so a process holds one set of automata per revision instead
of one per feature. Every change made through PressDesk calls `changed()`, which starts a new revision; the
next `snapshot()` builds it once, whichever thread asks first, while the others wait for that build.

A snapshot is built on the asking thread with a connection of its own (SQLite connections stay with their
thread); `store()` is the connection of the thread that edits and searches (the GUI thread, or the CLI).
Every way the glossary can fail to open ends in one `GlossaryError` with a message for the user.

A shared glossary (a `postgresql://` location) adds the team's concerns here, so every reader gets them alike:
`start_live()` listens on a worker thread for the other desks' changes (each starts a new revision within a
moment); when the server cannot be reached the snapshots come from the local replica of the last glossary seen
and `write()` queues edits, which are sent, with their version checks, when the server is back. Replica and queue
are kept per server (storage/glossary_offline.py): a desk pointed at another glossary never sends it the first
one's queued edits, and `queued_elsewhere()` names the edits waiting for a glossary not in use.

A window's service is made with `dial_in_store=False`: a server that never answers holds a connection attempt
for the connect timeout, so the GUI thread never dials. Its `store()` adopts the connection the last snapshot's
worker opened (`_spare`), and works from the local replica (reads) and queue (edits) until one is there; the
window's searches and edits go through `on_worker()` on workers, so no query waits on the GUI thread either.
`relocate()` points the service at another glossary (Preferences ▸ Team) without waiting for attempts still
running on the old one: each location is a generation, and what an older generation's threads find is dropped.
A window's service also dials through the window's `Dialler` (storage/pg_dial.py): when the app quits, attempts
still waiting for the server are given up at once (`DialAbandoned`), and an edit a worker was dialling for is
queued on the local copy instead, so quitting neither waits for the connect timeout nor loses what was typed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import select
import socket
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.paths import cache_dir
from desktop_app.storage import automaton_cache
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore, default_glossary_path

if TYPE_CHECKING:
    from desktop_app.storage.glossary_offline import EditQueue, OfflineGlossaryStore, QueuedEdit, TeamFiles
    from desktop_app.storage.pg_dial import Dialler
    from desktop_app.storage.pg_glossary_store import PgGlossaryStore

    AnyGlossaryStore = GlossaryStore | PgGlossaryStore | OfflineGlossaryStore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GlossarySnapshot:
    """The glossary as every reader needs it at one revision: the matcher and the tenures (`NO_GLOSSARY`: none);
    for a shared glossary also each entry's row version as read, what an edit of it starting now is based on."""

    revision: int = -1
    matcher: GlossaryMatcher | None = None
    tenures: tuple[Tenure, ...] = ()
    versions: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: AnyGlossaryStore, revision: int = 0) -> GlossarySnapshot:
        versions = store.versions() if hasattr(store, "versions") else {}
        return cls(revision, store.matcher(), tuple(store.tenures()), versions)

    def validate(self, entry: Any) -> list[str]:
        """What is wrong with `entry` by the glossary's rules, checked against this revision's entries (the edit
        dialog of a shared glossary: no server is asked; the server checks again when the edit is sent)."""
        from desktop_app.storage.glossary_store import approved_index, validate_entry

        return validate_entry(entry, approved_index(list(self.matcher.entries) if self.matcher else []))


NO_GLOSSARY = GlossarySnapshot()
_prune_lock = threading.Lock()
_prune_thread: threading.Thread | None = None  # the one tidying of the automata cache this process starts
GLOSSARY_URL_ENV = "PRESSDESK_GLOSSARY_URL"
RECONNECT_S = 1.0  # how often an offline desk tries the server again
RELOGIN_S = 30.0  # how often it tries again a server that refused its login (the password may be changed back)
T = TypeVar("T")


def is_server_url(location: object) -> bool:
    """Whether a glossary or memory location names a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def refuse_other_servers(location: object, what: str) -> None:
    """A `scheme://` location that is not PostgreSQL is no file name either: refused, or `mysql://anna:pw@host/db`
    would become a new glossary file in folders named after the password."""
    if isinstance(location, str) and not is_server_url(location) and re.match(r"[A-Za-z][A-Za-z0-9+.-]*://",
                                                                                 location.strip()):
        from desktop_app.storage.pg_dial import mask_password

        raise GlossaryError(f"not a {what} address: {mask_password(location, location)!r} (a shared {what} is "
                            "postgresql://login@host/database)",
                            message_id=why.GLOSSARY_NOT_AN_ADDRESS if what == "glossary" else why.MEMORY_NOT_AN_ADDRESS,
                            message_args=(repr(mask_password(location, location)),))


def glossary_location(data_dir: Path, url: str | None = None) -> str | Path:
    """Which glossary this desk uses: `url` (the --glossary option), $PRESSDESK_GLOSSARY_URL, the URL set in
    Preferences ▸ Team, else the single-desk file in the data folder."""
    from desktop_app.settings import Settings

    chosen = url or os.environ.get(GLOSSARY_URL_ENV) or Settings.load(Path(data_dir)).glossary_url
    return chosen if chosen else default_glossary_path(Path(data_dir))


def open_glossary_store(location: str | Path, author: str = "", *, dialler: Dialler | None = None
                        ) -> AnyGlossaryStore:
    """Open (creating and seeding if new) the glossary file or shared glossary at `location` (a server dialled
    through `dialler`, if given); any failure is one GlossaryError (GlossaryOfflineError when the server cannot be
    reached), except DialAbandoned once the dialler is abandoned."""
    if is_server_url(location):
        from desktop_app.storage.pg_glossary_store import PgGlossaryStore

        return PgGlossaryStore.open(str(location), author=author, dialler=dialler)
    refuse_other_servers(location, "glossary")
    path = Path(location)
    try:
        return GlossaryStore.open(path)
    except OSError as exc:  # SQLite's own refusals arrive as GlossaryError already
        raise GlossaryError.from_os_error(f"the glossary {path.name} cannot be opened: {exc}", exc, path.name,
                                          why.CANNOT_OPEN) from exc


def desk_author(data_dir: Path, location: str | Path) -> str:
    """Who this desk's changes to a shared glossary are recorded as (the Preferences' author, else the OS user)."""
    if not is_server_url(location):
        return ""
    from desktop_app.settings import Settings
    from desktop_app.storage.pg_glossary_store import default_author

    return default_author(Settings.load(Path(data_dir)).author)


def prune_cache_once() -> None:
    """Start keeping the per-user automata cache bounded (`automaton_cache.prune`), on a thread of its own, the
    first time a glossary is ready in this process: once is enough for a session, and neither opening the glossary
    nor the GUI waits for it. The matcher just published is alive, so its folder is kept."""
    global _prune_thread
    with _prune_lock:
        if _prune_thread is not None:
            return
        _prune_thread = threading.Thread(target=_prune_cache, args=(cache_dir(),), name="glossary-cache-prune",
                                         daemon=True)  # a run ending meanwhile leaves the rest for the next one
        _prune_thread.start()


def _prune_cache(root: Path) -> None:
    try:
        automaton_cache.prune(root)
    except Exception:  # tidying a cache must never disturb the work; the next start tries again
        log.exception("the glossary automata cache could not be tidied")


@dataclass(frozen=True, slots=True)
class TeamEvent:
    """What a desk on a shared glossary hears: "changed" (another desk), "connected" (the server answered the
    first time), "online" (it is back) or "offline", with a message."""

    kind: str
    message: str = ""


class _Stop:
    """A listener's stop flag that also wakes it: the listener waits on its connection and on this socket at
    once, so a desk quitting or moving to another glossary does not wait for the next poll."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._pair: tuple[socket.socket, socket.socket] | None = None

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)

    def set(self) -> None:
        with self._lock:
            self._event.set()
            if self._pair is not None:
                with contextlib.suppress(OSError):
                    self._pair[1].send(b"x")

    def waker(self) -> socket.socket:
        """The socket that becomes readable when the flag is set (made on first use, by the listener)."""
        with self._lock:
            if self._pair is None:
                self._pair = socket.socketpair()
                if self._event.is_set():
                    self._pair[1].send(b"x")
            return self._pair[0]

    def close(self) -> None:
        with self._lock:
            pair, self._pair = self._pair, None
        for end in pair or ():
            end.close()


class GlossaryService:
    """Publishes one `GlossarySnapshot` per revision of the glossary at `location` (a file, or a shared glossary's
    URL); thread-safe."""

    def __init__(self, location: str | Path, *, data_dir: Path | None = None, author: str = "",
                 dial_in_store: bool = True, dialler: Dialler | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else Path(location).parent
        self.dial_in_store = dial_in_store  # False: store() never connects (the GUI thread); workers do
        self.dialler = dialler  # a window's: its quitting gives up the attempts still waiting for the server
        self._revision = 0
        self._generation = 0  # one per location: threads still busy with an older one change nothing
        self._flush_lock = threading.Lock()
        self._spare_lock = threading.Lock()
        self._store: AnyGlossaryStore | None = None
        self._store_thread: int | None = None
        self._listeners: list[Callable[[TeamEvent], None]] = []
        self._thread: threading.Thread | None = None
        self._replica_thread: threading.Thread | None = None
        self._replica_lock = threading.Lock()
        self._reader_lock = threading.Lock()
        self._reader: tuple[int, PgGlossaryStore] | None = None  # the workers' connection (`on_worker`), by generation
        self._locate(location, author)

    def _locate(self, location: str | Path, author: str) -> None:
        """Everything that depends on where the glossary is, fresh for a new generation."""
        refuse_other_servers(location, "glossary")
        self.location = location if is_server_url(location) else Path(location)
        self.team = is_server_url(location)
        self.files: TeamFiles | None = None  # a shared glossary's local copy and queue, this server's own
        if self.team:
            from desktop_app.storage.glossary_offline import TeamFiles

            self.files = TeamFiles.of(self.data_dir, str(location))
        self.path = self.files.replica if self.files else Path(location)
        self.author = author
        self.online: bool | None = None  # shared glossary: None until first tried
        self._published: GlossarySnapshot | None = None
        self._build_lock = threading.Lock()  # one build at a time: a second asker waits and takes the result
        self._store_stale = False  # another desk changed the glossary: the store's caches are out of date
        self._spare: PgGlossaryStore | None = None  # a server connection a worker opened, for the GUI thread
        self._stop = _Stop()
        self.notices: list[str] = []  # what the user is told once: a damaged queue of offline edits set aside

    @classmethod
    def for_data_dir(cls, data_dir: Path, url: str | None = None, *, dial_in_store: bool = True,
                     dialler: Dialler | None = None) -> GlossaryService:
        """The glossary this desk uses (see `glossary_location`), changes recorded as the Preferences' author."""
        configured = glossary_location(Path(data_dir))
        if is_server_url(configured):  # the copy and queue of an older PressDesk are the configured server's
            from desktop_app.storage.glossary_offline import adopt_legacy_files

            adopt_legacy_files(Path(data_dir), str(configured))
        location = glossary_location(Path(data_dir), url)
        return cls(location, data_dir=Path(data_dir), author=desk_author(Path(data_dir), location),
                   dial_in_store=dial_in_store, dialler=dialler)

    @property
    def revision(self) -> int:
        return self._revision

    def latest(self) -> GlossarySnapshot | None:
        """The last snapshot published, of the current revision or an earlier one (never blocks)."""
        return self._published

    def current(self) -> GlossarySnapshot | None:
        """The snapshot of the current revision if it is built already (never blocks; for the GUI thread)."""
        published = self._published
        return published if published is not None and published.revision == self._revision else None

    def snapshot(self) -> GlossarySnapshot:
        """The snapshot of the current revision, built on this thread if nobody has built it yet.

        Takes as long as reading the glossary (automata load lazily): call it from a worker, not the GUI thread.
        Raises GlossaryError when the glossary cannot be opened."""
        generation, build_lock = self._generation, self._build_lock
        with build_lock:
            published = self._published
            if published is not None and published.revision == self._revision:
                return published
            if not self.team:
                with open_glossary_store(self.path) as local:
                    built = GlossarySnapshot.from_store(local, self._revision)
            else:
                store = self._open_team_reader(generation)
                try:
                    if not getattr(store, "offline", False):
                        self._flush(store)  # type: ignore[arg-type]  # edits queued meanwhile land first
                    built = GlossarySnapshot.from_store(store, self._revision)
                    if not getattr(store, "offline", False):
                        self._keep_replica(store)  # type: ignore[arg-type]
                finally:
                    if not self._offer_spare(store, generation):
                        store.close()
            if generation != self._generation:  # the desk was pointed at another glossary meanwhile
                return built
            self._published = built
            log.debug("glossary revision %d published: %d entries", built.revision,
                      len(built.matcher) if built.matcher else 0)
        prune_cache_once()
        return built

    def store(self) -> AnyGlossaryStore:
        """The connection for searching and editing, opened on first use by the thread that edits (for a shared
        glossary the server's, or the offline store while it cannot be reached).

        With `dial_in_store` False a shared glossary's store is the server connection a snapshot's worker opened,
        once there is one; until then, and while the server is away, the local replica and queue (GlossaryOfflineError
        if this desk has no replica yet: see `store_ready()`)."""
        if self._store is not None and self._store_thread != threading.get_ident():
            raise RuntimeError("the glossary store belongs to the thread that opened it")
        if self.team and not self.dial_in_store:
            self._adopt_spare()
        # The server came back (or went away): switch connections; a window's service waits for a worker's.
        if (self._store is not None and self.team and getattr(self._store, "offline", False) == bool(self.online)
                and (self.dial_in_store or not self.online)):
            self._store.close()
            self._store = None
        if self._store is None:
            if not self.team:
                self._store = open_glossary_store(self.path)
            elif self.dial_in_store:
                self._store = self._open_team_store()
            else:
                self._store = self._open_offline()
            self._store_thread = threading.get_ident()
            self._store_stale = False
        elif self._store_stale:
            self._store_stale = False
            self._store.refresh()
        return self._store

    def store_ready(self) -> bool:
        """Whether `store()` has something to give without dialling: always for a file; for a shared glossary a
        server connection, or a local replica to work from (never blocks; for the GUI thread)."""
        return (not self.team or self.dial_in_store or self._store is not None or self._spare is not None
                or self.path.is_file())

    def _offer_spare(self, store: AnyGlossaryStore, generation: int) -> bool:
        """Keep a server connection a worker opened for the GUI thread, if it has none (True: kept)."""
        if self.dial_in_store or getattr(store, "offline", False):
            return False
        with self._spare_lock:
            if generation != self._generation or self._spare is not None:
                return False
            if self._store is not None and not getattr(self._store, "offline", False):
                return False
            self._spare = store  # type: ignore[assignment]
            return True

    def _adopt_spare(self) -> None:
        """Take the worker's server connection as the store, in place of the local copy, while online."""
        with self._spare_lock:
            spare, self._spare = self._spare, None
        if spare is None:
            return
        if not self.online or (self._store is not None and not getattr(self._store, "offline", False)):
            spare.close()
            return
        if self._store is not None:
            self._store.close()
        self._store = spare
        self._store_thread = threading.get_ident()
        self._store_stale = False

    def write(self, change: Callable[[AnyGlossaryStore], T]) -> T:
        """Make an edit through `store()`. On a shared glossary whose server has just gone away, the edit is
        made again on the offline store, which queues it: nothing typed is lost."""
        from desktop_app.storage.pg_glossary_store import GlossaryOfflineError

        try:
            return change(self.store())
        except GlossaryOfflineError:
            if not self.team or getattr(self._store, "offline", False):
                raise
            self._went_offline("the glossary server cannot be reached")
            return change(self.store())

    def base_version(self, entry_id: int) -> int | None:
        """The row version an edit of the entry starting now is based on (None: the desk's own file keeps none)."""
        store = self.store()
        return store.version(entry_id) if hasattr(store, "version") else None

    @staticmethod
    def update_entry(store: AnyGlossaryStore, entry: Any, base_version: int | None) -> Any:
        """`store.update(entry)`, refused on a shared glossary if the entry moved on from `base_version`."""
        if base_version is None or isinstance(store, GlossaryStore):
            return store.update(entry)
        return store.update(entry, base_version=base_version)

    def search(self, text: str, category: str | None = None, limit: int = 500) -> list[tuple[Any, int | None]]:
        """(entry, row version as read) for the entries containing `text`, for a worker (see `on_worker`); the
        desk's own file keeps no versions."""
        if not self.team:
            with open_glossary_store(self.path) as local:
                return [(e, None) for e in local.search(text, category=category, limit=limit)]

        def search(store: Any) -> list[tuple[Any, int | None]]:
            store.refresh()  # versions as they are now: an edit of what is listed is based on what is listed
            return [(e, store.version(e.id)) for e in store.search(text, category=category, limit=limit)]

        return self.on_worker(search)

    def on_worker(self, work: Callable[[AnyGlossaryStore], T]) -> T:
        """Run `work(store)` on a worker for a shared glossary: through the connection the workers share (opened
        on first use, one worker at a time), or on the local replica and queue while the server cannot be
        reached (an edit is then queued: nothing typed is lost), or once the desk quits while the server is dialled."""
        from desktop_app.storage.pg_dial import DialAbandoned
        from desktop_app.storage.pg_glossary_store import GlossaryOfflineError

        with self._reader_lock:
            generation, files = self._generation, self.files  # an edit typed for this glossary is queued for it
            if self._reader is not None and (self._reader[0] != generation or self.online is False):
                self._reader[1].close()  # of a glossary no longer used, or of a server that went away
                self._reader = None
            if self._reader is None and self.online is not False:
                try:
                    store: AnyGlossaryStore | None = self._open_team_reader(generation)
                except DialAbandoned:  # quitting: an edit typed while the server was dialled is queued below
                    store = None
                if store is not None and getattr(store, "offline", False):
                    with store:
                        return work(store)
                if store is not None:
                    self._reader = (generation, store)  # type: ignore[assignment]
            if self._reader is not None:
                try:
                    return work(self._reader[1])
                except GlossaryOfflineError as exc:
                    self._reader[1].close()
                    self._reader = None
                    self._went_offline(str(exc), generation)
        with self._open_offline(files) as offline:
            return work(offline)

    def pending_edits(self) -> int:
        """How many edits typed offline wait for this glossary's server."""
        if self.files is None or not self.files.queue.is_file():
            return 0
        queue = self._queue(self.files)
        try:
            return len(queue)
        finally:
            queue.close()

    def refused_edits(self) -> list[QueuedEdit]:
        """The edits typed offline that this glossary's server refused (a conflict, a rule), kept with their
        reason until the user resends or discards them (`pressdesk glossary queue`)."""
        if self.files is None or not self.files.queue.is_file():
            return []
        queue = self._queue(self.files)
        try:
            return queue.refused()
        finally:
            queue.close()

    def _queue(self, files: TeamFiles) -> EditQueue:
        """The queue of `files`' server; a damaged file is set aside (kept) and said once in `notices`."""
        from desktop_app.storage.glossary_offline import EditQueue

        queue = EditQueue(files.queue, files.server)
        self._note_set_aside(queue)
        return queue

    def _note_set_aside(self, queue: EditQueue) -> None:
        if queue.set_aside is not None:
            self.notices.append(f"the queue of edits typed offline for {queue.server_label()} was damaged: kept "
                                f"as {queue.set_aside}, its edits not sent; new edits are queued again")

    def queued_elsewhere(self) -> list[tuple[str, int]]:
        """(glossary, edits waiting) for the shared glossaries this desk queued edits for but no longer uses: they
        are sent when the desk is back on that glossary (never to this one)."""
        from desktop_app.storage.glossary_offline import queues_elsewhere

        return queues_elsewhere(self.data_dir, str(self.location) if self.team else None)

    # -- a shared glossary ---------------------------------------------------------------------------------------

    def _open_team_reader(self, generation: int | None = None) -> AnyGlossaryStore:
        """The server's glossary, or the replica when the server cannot be reached (the desk is then offline)."""
        from desktop_app.storage.pg_glossary_store import GlossaryOfflineError

        generation = self._generation if generation is None else generation
        location, author, files = self.location, self.author, self.files
        if self.online is not False:
            try:
                store = open_glossary_store(location, author, dialler=self.dialler)
            except GlossaryOfflineError as exc:
                self._went_offline(str(exc), generation)
            else:
                self._mark_online(generation)
                return store
        return self._open_offline(files)

    def _open_offline(self, files: TeamFiles | None = None) -> AnyGlossaryStore:
        """The local copy and queue of `files` (by default of the glossary in use now)."""
        from desktop_app.storage.glossary_offline import OfflineGlossaryStore

        files = files or self.files
        assert files is not None
        store = OfflineGlossaryStore.open(files, self.author)
        self._note_set_aside(store.queue)
        return store

    def _open_team_store(self) -> AnyGlossaryStore:
        store = self._open_team_reader()
        if not getattr(store, "offline", False):
            self._flush(store)  # type: ignore[arg-type]
        return store

    def _keep_replica(self, store: PgGlossaryStore) -> None:
        """Copy the glossary just read into the local replica, unless the replica is of this state already. The
        copy is written on a thread of its own from what was read, so the snapshot is not held up by it."""
        from desktop_app.storage.glossary_offline import ReplicaData, replica_changes, write_replica

        files = self.files
        assert files is not None
        changes = store.change_counter()
        if replica_changes(files.replica, files.server) == changes:
            return
        data = ReplicaData(store.entries(), store.versions(), store.tenures(), store.read_only, changes,
                           files.server.key)

        def write() -> None:
            with self._replica_lock:
                try:
                    if (replica_changes(files.replica, files.server) or -1) < changes:
                        files.replica.parent.mkdir(parents=True, exist_ok=True)
                        write_replica(files.replica, data)
                except (OSError, sqlite3.Error, GlossaryError) as exc:
                    log.warning("the local copy of the shared glossary was not updated: %s", exc)

        self._replica_thread = threading.Thread(target=write, name="glossary-replica")
        self._replica_thread.start()

    def wait_for_replica(self) -> None:
        """Until the local copy being written (if any) is on disk."""
        if self._replica_thread is not None:
            self._replica_thread.join()

    def _flush(self, store: PgGlossaryStore) -> tuple[int, list[str]]:
        """Send the edits typed offline for the server `store` is connected to (in order, with their version
        checks): its own queue, whichever glossary the desk was pointed at meanwhile."""
        from desktop_app.storage.glossary_offline import TeamFiles

        files = TeamFiles.of(self.data_dir, store.url)
        if not files.queue.is_file():
            return 0, []

        with self._flush_lock:
            queue = self._queue(files)
            try:
                applied, refused = queue.flush(store)
            finally:
                queue.close()
        if applied:
            log.info("%d edits typed offline were sent to the shared glossary %s", applied, files.server.label)
            self._revision += 1
            self._store_stale = True
        return applied, refused

    def subscribe(self, listener: Callable[[TeamEvent], None]) -> None:
        """Call `listener` (from the listening thread) on every TeamEvent."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[TeamEvent], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, event: TeamEvent, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # about a glossary this desk no longer uses
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one broken listener must not stop the others, nor the listening thread
                log.exception("a glossary listener failed on %s", event.kind)

    def _went_offline(self, why: str, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        was = self.online
        self.online = False
        if was is not False:
            self._emit(TeamEvent("offline", why), generation)

    def _mark_online(self, generation: int) -> None:
        """The server answered: the first time this says "connected"; coming back is `_came_online`'s."""
        if generation != self._generation:
            return
        was = self.online
        self.online = True
        if was is None:
            self._emit(TeamEvent("connected"), generation)

    def start_live(self) -> None:
        """Listen for the other desks' changes on a worker thread (a shared glossary only; idempotent)."""
        if not self.team or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._listen, args=(self._generation, str(self.location), self._stop),
                                        name="glossary-listener", daemon=True)
        self._thread.start()

    def _listen(self, generation: int, url: str, stop: _Stop) -> None:
        try:
            self._listen_until(generation, url, stop)
        finally:
            stop.close()

    def _listen_until(self, generation: int, url: str, stop: _Stop) -> None:
        import psycopg

        from desktop_app.storage import pg_glossary_store
        from desktop_app.storage.pg_dial import DialAbandoned, connect, login_refusal
        from desktop_app.storage.pg_glossary_store import CHANNEL, PgGlossaryStore

        waker = stop.waker()
        while not stop.is_set():
            try:
                conn = connect(url, self.dialler, autocommit=True, connect_timeout=pg_glossary_store.CONNECT_TIMEOUT_S,
                               application_name="pressdesk-listener")
            except DialAbandoned:  # the desk is quitting
                return
            except psycopg.Error as exc:
                refusal = login_refusal(exc)
                if refusal is not None:  # asking again each second would only fill the server's log
                    self._went_offline(f"the glossary server refused the login: {refusal}", generation)
                    stop.wait(RELOGIN_S)
                    continue
                self._went_offline(f"the glossary server cannot be reached: {str(exc).strip().splitlines()[0]}",
                                   generation)
                stop.wait(RECONNECT_S)
                continue
            try:
                with conn:
                    if stop.is_set():  # the desk moved to another glossary while this one was dialled
                        return
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._came_online(PgGlossaryStore, generation, url)
                    while not stop.is_set():
                        select.select([conn.fileno(), waker], [], [])  # the server has something, or stop
                        if stop.is_set():
                            return
                        if list(conn.notifies(timeout=0.25, stop_after=1)):  # at once, not at the timeout
                            if generation == self._generation:
                                self._revision += 1
                                self._store_stale = True
                            self._emit(TeamEvent("changed"), generation)
            except DialAbandoned:  # quitting while the queue's connection was dialled: the queue stays as it is
                return
            except (psycopg.Error, GlossaryError) as exc:
                self._went_offline(f"the glossary server connection was lost: {str(exc).strip().splitlines()[0]}",
                                   generation)
                stop.wait(RECONNECT_S)

    def _came_online(self, store_class: Any, generation: int, url: str) -> None:
        was = self.online
        if was is not False or generation != self._generation:
            self._mark_online(generation)
            return
        with store_class.open(url, author=self.author, dialler=self.dialler) as store:
            applied, refused = self._flush(store)
        if generation != self._generation:
            return
        self.online = True
        self._revision += 1
        self._store_stale = True
        message = "connected to the shared glossary"
        if applied or refused:
            message += f"; {applied} edits typed offline sent" + (f", {len(refused)} refused (kept)" if refused
                                                                   else "")
        self._emit(TeamEvent("online", message), generation)

    def relocate(self, location: str | Path, author: str = "") -> bool:
        """Use the glossary at `location`, changes recorded as `author`, from now on (Preferences applied); False if
        that is what is in use already.

        Never waits for the old glossary: its listener is told to stop and its connection attempts still running
        are dropped when they end. The next snapshot is of the new glossary; `start_live()` listens to it."""
        new = location if is_server_url(location) else Path(location)
        if new == self.location and author == self.author:
            return False
        self._save_automata()
        self._stop.set()
        self._thread = None
        with self._spare_lock:
            self._generation += 1
            spare, self._spare = self._spare, None
        for store in (spare, self._store):
            if store is not None:
                store.close()
        self._store = None
        self._locate(location, author)
        self._revision += 1
        log.info("the glossary is now %s", str(self.location).split("@")[-1])
        return True

    def changed(self, *, elsewhere: bool = True) -> None:
        """The glossary was changed: the next snapshot is a new revision. A change made `elsewhere` (a worker's
        connection: an import, an undo) also drops what `store()` cached; its own edits keep it current."""
        self._revision += 1
        if elsewhere and self._store is not None:
            self._store.refresh()

    def _save_automata(self) -> None:
        """Save the automata of the current revision that were too big to save when built (`save_unsaved`)."""
        published = self._published
        if published is not None and published.matcher is not None and published.revision == self._revision:
            published.matcher.save_unsaved()

    def close(self) -> None:
        self._save_automata()
        self._stop.set()
        self.wait_for_replica()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        with self._spare_lock:
            self._generation += 1  # a snapshot still being built keeps its connection to itself
            spare, self._spare = self._spare, None
        reader, self._reader = self._reader, None  # not under its lock: a worker may be dialling with it held
        for store in (spare, self._store, reader[1] if reader else None):
            if store is not None:
                store.close()
        self._store = None
