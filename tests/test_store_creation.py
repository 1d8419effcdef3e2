"""Creating the glossary and the translation memory in the data folder.

Several PressDesk processes opening the same new data folder at once (two windows, a window and a `pressdesk`
run) must each open the glossary and the memory the first of them creates, never refuse a half-written file, and
the file must hold one seeded copy.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections.abc import Callable
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path

import pytest

from conftest import seed_entry_count

PROCESSES = 4
# spawn: each process imports PressDesk afresh, as a second program would (and fork is unsafe with threads)
SPAWN = multiprocessing.get_context("spawn")


def _when_to_open(path: str, start: Barrier, opened: Event, number: int) -> None:
    """Half the processes open at the same moment (racing creators); the other half open the moment the file
    appears on disk, or once a creator is done (an opener arriving while the file is being created)."""
    start.wait()
    if number % 2:
        while not opened.is_set() and not (os.path.exists(path) and os.path.getsize(path) > 0):
            pass


def _open_glossary(path: str, start: Barrier, opened: Event, results: Queue, number: int) -> None:
    from desktop_app.storage.glossary_store import GlossaryStore

    _when_to_open(path, start, opened, number)
    try:
        with GlossaryStore.open(path) as store:
            opened.set()
            created = store.db.conn.execute("select value from meta where key = 'created'").fetchone()[0]
            results.put(("ok", store.count(), created))
    except Exception as exc:  # reported to the test, which shows it
        opened.set()
        results.put(("error", repr(exc), ""))


def _open_memory(path: str, start: Barrier, opened: Event, results: Queue, number: int) -> None:
    from desktop_app.storage.tm_store import TmStore

    _when_to_open(path, start, opened, number)
    try:
        with TmStore.open(path) as store:
            opened.set()
            added = store.insert_units([("en", "ru", f"Press release {number}", f"Пресс-релиз {number}")], "race")
            results.put(("ok", added, store.meta()["schema_version"]))
    except Exception as exc:  # reported to the test, which shows it
        opened.set()
        results.put(("error", repr(exc), ""))


def _write_replica(path: str, start: Barrier, opened: Event, results: Queue, number: int) -> None:
    """Write the local copy of a shared glossary as desk `number` read it: 300 entries naming the desk."""
    from desktop_app.domain.glossary.model import TermEntry
    from desktop_app.storage.glossary_offline import ReplicaData, write_replica

    entries = [TermEntry(i, "term", {"zh": "", "en": f"Term {i}", "ru": f"Термин {i}"}, note=f"desk {number}")
               for i in range(1, 301)]
    start.wait()
    try:
        write_replica(Path(path), ReplicaData(entries, {}, [], False, number))
        results.put(("ok", number, ""))
    except Exception as exc:  # reported to the test, which shows it
        results.put(("error", repr(exc), ""))


def _race(target: Callable[[str, Barrier, Event, Queue, int], None], path: Path) -> list[tuple[str, object, str]]:
    """Start the processes, let them open `path` together, and collect what each saw."""
    start, opened, results = SPAWN.Barrier(PROCESSES), SPAWN.Event(), SPAWN.Queue()
    processes = [SPAWN.Process(target=target, args=(str(path), start, opened, results, number))
                 for number in range(PROCESSES)]
    for process in processes:
        process.start()
    seen = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join()
    assert [p.exitcode for p in processes] == [0] * PROCESSES
    return seen


@pytest.mark.parametrize("rounds", range(3))
def test_processes_creating_one_glossary_at_once_all_open_the_same_seeded_file(tmp_path: Path,
                                                                               rounds: int) -> None:
    path = tmp_path / "data" / "glossary.sqlite"
    seen = _race(_open_glossary, path)
    assert [s for s in seen if s[0] != "ok"] == []
    assert {count for _, count, _ in seen} == {seed_entry_count()}
    assert len({created for _, _, created in seen}) == 1  # one creation, the file every process opened
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("select count(*) from entries").fetchone()[0] == seed_entry_count()
        assert conn.execute("select count(*) from meta where key = 'created'").fetchone()[0] == 1
    finally:
        conn.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["glossary.sqlite"]  # no temporary file left


@pytest.mark.parametrize("rounds", range(3))
def test_processes_creating_one_memory_at_once_all_write_to_it(tmp_path: Path, rounds: int) -> None:
    from desktop_app.storage.tm_store import SCHEMA_VERSION

    path = tmp_path / "data" / "memory.sqlite"
    seen = _race(_open_memory, path)
    assert [s for s in seen if s[0] != "ok"] == []
    assert [(added, version) for _, added, version in seen] == [((1, 0), str(SCHEMA_VERSION))] * PROCESSES
    conn = sqlite3.connect(path)
    try:
        units = {row[0] for row in conn.execute("select source from units")}
    finally:
        conn.close()
    assert units == {f"Press release {n}" for n in range(PROCESSES)}


def test_an_empty_file_left_by_a_crash_becomes_a_seeded_glossary_and_memory(tmp_path: Path) -> None:
    from desktop_app.storage.glossary_store import GlossaryStore
    from desktop_app.storage.tm_store import TmStore

    glossary, memory = tmp_path / "glossary.sqlite", tmp_path / "memory.sqlite"
    glossary.write_bytes(b"")
    memory.write_bytes(b"")
    with GlossaryStore.open(glossary) as store:
        assert store.count() == seed_entry_count()
    with TmStore.open(memory) as tm:
        assert tm.insert_units([("en", "zh", "Foreign Ministry", "外交部")], "t") == (1, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["glossary.sqlite", "memory.sqlite"]


def test_a_glossary_or_memory_that_cannot_be_created_is_refused_in_one_line(tmp_path: Path) -> None:
    from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore
    from desktop_app.storage.tm_store import TmStore, TmStoreError

    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    with pytest.raises(GlossaryError, match=r"^glossary\.sqlite: cannot create the glossary: .*nothing was changed$"):
        GlossaryStore.open(blocked / "glossary.sqlite")
    with pytest.raises(TmStoreError, match=r"^memory\.sqlite: cannot create the translation memory: .*nothing was "
                                           r"changed$"):
        TmStore.open(blocked / "memory.sqlite")
    assert blocked.read_text() == "a file where the data folder should be"
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


@pytest.mark.parametrize("rounds", range(3))
def test_desks_writing_the_shared_glossary_copy_at_once_leave_one_whole_copy(tmp_path: Path, rounds: int) -> None:
    """Two PressDesk processes on one data folder (a window and a `pressdesk` run) both refreshing the local copy
    of the team glossary: the copy left is one of theirs, whole, and no writer fails."""
    path = tmp_path / "data" / "team-glossary-replica.sqlite"
    path.parent.mkdir()
    seen = _race(_write_replica, path)
    assert [s for s in seen if s[0] != "ok"] == []
    conn = sqlite3.connect(path)
    try:
        notes = conn.execute("select note, count(*) from entries group by note").fetchall()
        changes = conn.execute("select value from meta where key = 'team_changes'").fetchone()
    finally:
        conn.close()
    assert len(notes) == 1 and notes[0][1] == 300
    assert notes[0][0] == f"desk {changes[0]}"  # the entries and the counter of the same writer
    assert sorted(p.name for p in path.parent.iterdir()) == ["team-glossary-replica.sqlite"]


def test_opening_many_glossaries_keeps_no_lock_for_each(tmp_path: Path) -> None:
    """Every refresh of the shared glossary's local copy builds a glossary under a new temporary name."""
    from desktop_app.storage import glossary_store

    for number in range(20):
        glossary_store.GlossaryStore.open(tmp_path / f"copy-{number}.sqlite", seed=False).close()
    assert len(glossary_store._opening) == 0
