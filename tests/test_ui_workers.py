"""The task runner: results, errors and progress arrive on the GUI thread; cancelled work delivers nothing;
the "mt" lane runs one task at a time."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QThread

from desktop_app.ui import workers
from desktop_app.ui.workers import CancelToken, TaskRunner


@pytest.fixture
def runner(qapp) -> TaskRunner:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {"progress": []}

    def work(token: CancelToken, a: int, b: int) -> int:
        seen["worker_thread"] = threading.current_thread().name
        token.report(0.5, "half way")
        return a + b

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on_gui"] = QThread.currentThread() is gui

    runner.submit(work, 2, 3, on_done=done, on_progress=lambda p, m: seen["progress"].append((p, m)))
    assert runner.wait_idle()
    assert seen["result"] == 5 and seen["done_on_gui"] is True
    assert seen["worker_thread"] != threading.main_thread().name
    assert seen["progress"] == [(0.5, "half way")]
    assert not runner.busy


def test_progress_reports_come_at_most_twenty_a_second_but_every_new_message_and_the_end_arrive(
        runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    # A row-by-row report of a long release queued hundreds of signals the GUI thread then ran in one stall.
    clock = [1000.0]
    monkeypatch.setattr(workers, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    delivered: list[tuple[float, str]] = []

    def work(token: CancelToken) -> None:
        for step in range(1, 101):  # 1/64 s apart (exact in binary): one report of every four is delivered
            clock[0] += 1 / 64
            token.report(step / 100, "reading" if step < 50 else "writing")

    runner.submit(work, on_progress=lambda p, m: delivered.append((round(p * 100), m)))
    assert runner.wait_idle()
    assert delivered == [(1, "reading"), (5, "reading"), (9, "reading"), (13, "reading"), (17, "reading"),
                         (21, "reading"), (25, "reading"), (29, "reading"), (33, "reading"), (37, "reading"),
                         (41, "reading"), (45, "reading"), (49, "reading"), (50, "writing"), (54, "writing"),
                         (58, "writing"), (62, "writing"), (66, "writing"), (70, "writing"), (74, "writing"),
                         (78, "writing"), (82, "writing"), (86, "writing"), (90, "writing"), (94, "writing"),
                         (98, "writing"), (100, "writing")]


def test_errors_go_to_on_error(runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def fail(_token: CancelToken) -> None:
        raise ValueError("bad input")

    runner.submit(fail, on_done=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    assert runner.wait_idle()
    assert [str(e) for e in errors] == ["bad input"]


def test_cancelled_task_delivers_nothing(runner: TaskRunner) -> None:
    started = threading.Event()
    release = threading.Event()
    delivered: list[object] = []

    def slow(token: CancelToken) -> str:
        started.set()
        release.wait(5)
        token.raise_if_cancelled()
        return "late"

    token = runner.submit(slow, on_done=delivered.append, on_error=delivered.append)
    assert started.wait(5)
    token.cancel()
    release.set()
    assert runner.wait_idle()
    assert delivered == []


def test_mt_lane_runs_one_task_at_a_time(runner: TaskRunner) -> None:
    lock = threading.Lock()
    state = {"running": 0, "max": 0}

    def job(_token: CancelToken, i: int) -> int:
        with lock:
            state["running"] += 1
            state["max"] = max(state["max"], state["running"])
        time.sleep(0.02)
        with lock:
            state["running"] -= 1
        return i

    results: list[int] = []
    for i in range(4):
        runner.submit(job, i, lane="mt", on_done=results.append)
    assert runner.wait_idle()
    assert sorted(results) == [0, 1, 2, 3]
    assert state["max"] == 1
    assert results == [0, 1, 2, 3]  # one thread: submission order is kept


def test_busy_signal(qtbot, runner: TaskRunner) -> None:
    with qtbot.waitSignal(runner.busyChanged) as blocker:
        runner.submit(lambda _token: None)
    assert blocker.args == [True]
    with qtbot.waitSignal(runner.busyChanged) as blocker:
        runner.wait_idle()
    assert blocker.args == [False]


def test_nothing_starts_after_shutdown(runner: TaskRunner) -> None:
    ran: list[int] = []
    runner.submit(lambda _token: ran.append(1), on_done=lambda _r: ran.append(2))
    assert runner.wait_idle()
    runner.shutdown()
    token = runner.submit(lambda _token: ran.append(3), on_done=lambda _r: ran.append(4))
    assert token.cancelled and not runner.busy
    assert runner.wait_idle()
    assert ran == [1, 2]


def test_quitting_drops_the_tasks_not_started_but_carries_out_a_durable_one(qtbot, runner: TaskRunner) -> None:
    ran: list[str] = []
    started = threading.Event()

    def busy(token: CancelToken) -> None:  # the lane's one thread, until the app quits
        started.set()
        while not token.cancelled:
            time.sleep(0.001)
        ran.append("busy")

    runner.submit(busy, lane="mt")
    runner.submit(lambda _token: ran.append("search"), lane="mt", on_done=ran.append)
    runner.submit(lambda _token: ran.append("edit") or "edited", lane="mt", durable=True, on_done=ran.append)
    qtbot.waitUntil(started.is_set)
    runner.shutdown()
    assert ran == ["busy", "edit"]  # queued behind the busy one: the edit is made, nobody is told
    assert not runner.busy
