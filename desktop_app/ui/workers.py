"""Background work for the GUI: a `TaskRunner` with named lanes on QThreadPool (git-cola's RunTask, Anki's taskman).

    runner = context.tasks
    handle = runner.submit(fn, arg1, arg2, lane="mt", on_done=cb, on_error=err_cb, on_progress=prog_cb)

`fn(token, *args)` runs on a worker thread. `token` is a `CancelToken`: check `token.cancelled` (or call
`token.raise_if_cancelled()`) and call `token.report(fraction, message)` to report progress. The callbacks run
on the GUI thread (queued signals of the runner, which lives there): `on_done(result)`, `on_error(exc)`,
`on_progress(fraction, message)`. A cancelled task delivers nothing. Workers never touch widgets.

Lanes: `"mt"` is a single thread so a translation model loads once and is used by one thread at a time;
`"default"` is a small pool for file reading and other short jobs; `"glossary"` reads the glossary for
highlighting, so a shared glossary's server that is slow to answer never holds up the default lane; `"autosave"` is
one thread, so autosaves reach the project file in the order they were taken, and so is `"glossary-edit"`, for the
Glossary dock's edits of the desk's own glossary file.
`wait_idle()` waits until every submitted task has finished and its callback has run (for tests and shutdown).
`shutdown()` (the app is quitting) drops the tasks that have not started, except those submitted `durable=True`:
an edit the user made just before quitting is still carried out (nobody hears of the result).
"""

from __future__ import annotations

import itertools
import logging
import math
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# A worker running Python keeps the GIL for up to the switch interval each time the GUI thread asks for it, and a
# repaint or a relayout enters Python hundreds of times (delegates, size hints): at the default 5 ms a long release
# froze the window for a second while the quality checks ran. 0.5 ms hands the GIL over ten times sooner.
GIL_SWITCH_INTERVAL_S = 0.0005
# A worker reporting every row of a long release queued hundreds of progress signals, and the GUI thread ran them
# in one batch, taking the GIL back from the worker for each: the window stalled for 40-70 ms. A progress bar needs
# no more than twenty reports a second.
REPORT_INTERVAL_S = 0.05
LANE_SIZES = {"mt": 1, "default": 2, "glossary": 2, "glossary-edit": 1, "autosave": 1}


class TaskCancelled(Exception):
    """Raised inside a worker by `CancelToken.raise_if_cancelled()`; never delivered to callbacks."""


class CancelToken:
    """Shared between the GUI and one worker: cancellation flag and progress reporting."""

    def __init__(self, task_id: int, runner: TaskRunner) -> None:
        self.task_id = task_id
        self._runner = runner
        self._event = threading.Event()
        self._reported_at = -math.inf
        self._message = ""

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise TaskCancelled

    def report(self, progress: float, message: str = "") -> None:
        """Report progress (0..1) from the worker; delivered to `on_progress` on the GUI thread. Reports closer
        than REPORT_INTERVAL_S to the last one delivered are dropped, unless they finish or bring a new message."""
        if self._event.is_set():
            return
        now = time.monotonic()
        if now - self._reported_at < REPORT_INTERVAL_S and progress < 1.0 and message == self._message:
            return
        self._reported_at, self._message = now, message
        self._runner._progress.emit(self.task_id, float(progress), message)


@dataclass(slots=True)
class _Callbacks:
    token: CancelToken
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[float, str], None] | None


class _Task(QRunnable):
    def __init__(self, runner: TaskRunner, token: CancelToken, fn: Callable[..., Any], args: tuple[Any, ...],
                 durable: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._token = token
        self._fn = fn
        self._args = args
        self._durable = durable

    def run(self) -> None:
        if self._runner._shut_down and not self._durable:  # still queued when the app quit: nobody wants it
            return
        try:
            result = self._fn(self._token, *self._args)
        except TaskCancelled:
            self._send(False, None)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            log.debug("task %s failed", self._token.task_id, exc_info=True)
            self._send(False, exc)
        else:
            self._send(True, result)

    def _send(self, ok: bool, payload: object) -> None:
        try:
            self._runner._finished.emit(self._token.task_id, ok, payload)
        except RuntimeError:  # the runner is gone (the application is quitting): nobody wants the result
            log.debug("task %s finished after its runner was deleted", self._token.task_id)


class TaskRunner(QObject):
    """Runs callables on worker threads and delivers their results on the GUI thread."""

    busyChanged = Signal(bool)  # True while any task is pending
    _finished = Signal(int, bool, object)
    _progress = Signal(int, float, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        self._pending: dict[int, _Callbacks] = {}
        self._ids = itertools.count(1)
        self._shut_down = False
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    def _pool(self, lane: str) -> QThreadPool:
        pool = self._pools.get(lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(LANE_SIZES.get(lane, LANE_SIZES["default"]))
            pool.setObjectName(f"lane-{lane}")
            self._pools[lane] = pool
        return pool

    def submit(self, fn: Callable[..., Any], *args: Any, lane: str = "default",
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[float, str], None] | None = None, durable: bool = False) -> CancelToken:
        """Run `fn(token, *args)` on `lane`; returns the token (call `.cancel()` to drop the result). A `durable`
        task (a change the user made) runs even if the app quits before it started. After `shutdown()` nothing
        starts: a late signal of a closing window cannot reopen what was closed."""
        task_id = next(self._ids)
        token = CancelToken(task_id, self)
        if self._shut_down:
            token.cancel()
            return token
        was_idle = not self._pending
        self._pending[task_id] = _Callbacks(token, on_done, on_error, on_progress)
        self._pool(lane).start(_Task(self, token, fn, args, durable))
        if was_idle:
            self.busyChanged.emit(True)
        return token

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        try:
            if callbacks is None or callbacks.token.cancelled:
                return
            if ok and callbacks.on_done is not None:
                callbacks.on_done(payload)
            elif not ok and payload is not None:
                if callbacks.on_error is not None:
                    callbacks.on_error(payload)  # type: ignore[arg-type]
                else:
                    log.error("background task failed", exc_info=payload)  # type: ignore[arg-type]
        finally:
            if not self._pending:
                self.busyChanged.emit(False)

    @Slot(int, float, str)
    def _deliver_progress(self, task_id: int, progress: float, message: str) -> None:
        callbacks = self._pending.get(task_id)
        if callbacks is not None and not callbacks.token.cancelled and callbacks.on_progress is not None:
            callbacks.on_progress(progress, message)

    def cancel_all(self) -> None:
        for callbacks in self._pending.values():
            callbacks.token.cancel()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until every task has finished and its callbacks ran; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._pending:
            if time.monotonic() > deadline:
                return False
            for pool in self._pools.values():
                pool.waitForDone(20)
            QCoreApplication.processEvents()
        return True

    def wait_lane(self, lane: str, timeout: float = 30.0) -> bool:
        """Wait until the tasks of one lane have run (their callbacks come later, through the event loop); False on
        timeout. For a short lane a caller must not overtake, such as the autosave's."""
        pool = self._pools.get(lane)
        return pool is None or pool.waitForDone(int(timeout * 1000))

    def shutdown(self, timeout: float = 10.0) -> None:
        """Cancel what is pending and wait for running workers (called when the app quits). Tasks not started yet
        end as soon as they start, durable ones excepted (they are carried out)."""
        self._shut_down = True
        self.cancel_all()
        for pool in self._pools.values():
            pool.waitForDone(int(timeout * 1000))
        self._pending.clear()
