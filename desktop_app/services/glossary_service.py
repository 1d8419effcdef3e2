"""The one owner of the user's glossary in a process: it publishes an immutable snapshot per glossary revision.

Highlighting, MT term protection, QA and the checks before export all read the same `GlossarySnapshot` (one
matcher, its automata built once, and the tenures), so a process holds one set of automata per revision instead
of one per feature. Every change made through PressDesk calls `changed()`, which starts a new revision; the
next `snapshot()` builds it once, whichever thread asks first, while the others wait for that build.

A snapshot is built on the asking thread with a connection of its own (SQLite connections stay with their
thread); `store()` is the connection of the thread that edits and searches (the GUI thread, or the CLI).
Every way the glossary can fail to open ends in one `GlossaryError` with a message for the user.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore, default_glossary_path

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GlossarySnapshot:
    """The glossary as every reader needs it at one revision: the matcher and the tenures (`NO_GLOSSARY`: none)."""

    revision: int = -1
    matcher: GlossaryMatcher | None = None
    tenures: tuple[Tenure, ...] = ()

    @classmethod
    def from_store(cls, store: GlossaryStore, revision: int = 0) -> GlossarySnapshot:
        return cls(revision, store.matcher(), tuple(store.tenures()))


NO_GLOSSARY = GlossarySnapshot()


def open_glossary_store(path: Path) -> GlossaryStore:
    """Open (creating and seeding if new) the glossary at `path`; any failure is one GlossaryError."""
    try:
        return GlossaryStore.open(path)
    except GlossaryError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise GlossaryError(f"the glossary {path.name} cannot be opened: {exc}") from exc


class GlossaryService:
    """Publishes one `GlossarySnapshot` per revision of the glossary database at `path`; thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._revision = 0
        self._published: GlossarySnapshot | None = None
        self._build_lock = threading.Lock()  # one build at a time: a second asker waits and takes the result
        self._store: GlossaryStore | None = None
        self._store_thread: int | None = None

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> GlossaryService:
        return cls(default_glossary_path(Path(data_dir)))

    @property
    def revision(self) -> int:
        return self._revision

    def current(self) -> GlossarySnapshot | None:
        """The snapshot of the current revision if it is built already (never blocks; for the GUI thread)."""
        published = self._published
        return published if published is not None and published.revision == self._revision else None

    def latest(self) -> GlossarySnapshot | None:
        """The newest snapshot built, possibly of an older revision while the next one is being built."""
        return self._published

    def snapshot(self) -> GlossarySnapshot:
        """The snapshot of the current revision, built on this thread if nobody has built it yet.

        Takes as long as reading the glossary (automata load lazily): call it from a worker, not the GUI thread.
        Raises GlossaryError when the glossary cannot be opened."""
        with self._build_lock:
            revision = self._revision
            published = self._published
            if published is not None and published.revision == revision:
                return published
            store = open_glossary_store(self.path)
            try:
                built = GlossarySnapshot.from_store(store, revision)
            except sqlite3.Error as exc:
                raise GlossaryError(f"the glossary {self.path.name} cannot be read: {exc}") from exc
            finally:
                store.close()
            self._published = built
            log.debug("glossary revision %d published: %d entries", revision,
                      len(built.matcher) if built.matcher else 0)
            return built

    def store(self) -> GlossaryStore:
        """The connection for searching and editing, opened on first use by the thread that edits."""
        if self._store is None:
            self._store = open_glossary_store(self.path)
            self._store_thread = threading.get_ident()
        elif self._store_thread != threading.get_ident():
            raise RuntimeError("the glossary store belongs to the thread that opened it")
        return self._store

    def changed(self, *, elsewhere: bool = True) -> None:
        """The glossary was changed: the next snapshot is a new revision. A change made `elsewhere` (a worker's
        connection: an import, an undo) also drops what `store()` cached; its own edits keep it current."""
        self._revision += 1
        if elsewhere and self._store is not None:
            self._store.refresh()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
