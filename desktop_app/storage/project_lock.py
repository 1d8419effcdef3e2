"""One writer per project: a lock file beside the `.pressdesk` file names the process that is editing it.

The lock file is created atomically (`O_CREAT | O_EXCL`), so of two PressDesk processes or windows opening the
same project at the same moment exactly one wins. It records pid, host, user, time and the process's start time;
a lock whose process is gone (killed, crashed, or the pid reused by another program) is stale and is taken over,
so a crash never leaves a project locked. A lock held from another computer (a shared drive) cannot be checked
and is respected.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app import APP_NAME, __version__

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# A lock file that cannot be parsed is normally one being written this very moment; after this long it is junk.
UNREADABLE_GRACE_SECONDS = 10.0
_TAKEOVER_ATTEMPTS = 5

# Locks held by this process, so a second window of the same process is refused like another process.
_held: set[Path] = set()


class ProjectLockedError(Exception):
    """The project is being edited elsewhere; the message says where, for the user."""

    def __init__(self, project: Path, holder: LockHolder | None) -> None:
        self.project = project
        self.holder = holder
        super().__init__(self._message())

    def _message(self) -> str:
        name = self.project.name
        h = self.holder
        if h is None:
            return f"{name} is being opened by another PressDesk at this moment. Try again in a few seconds."
        since = h.time[:16].replace("T", " ")
        who = f"{h.user} on {h.host}" if h.user else h.host
        if h.is_here and h.pid == os.getpid():
            where = "in another PressDesk window"
        elif h.is_here:
            where = f"by another PressDesk (process {h.pid}, {who})"
        else:
            where = f"by PressDesk on another computer ({who})"
        return (f"{name} is already open {where} since {since} UTC. Only one window can edit a project at a "
                f"time: close it there, or open this one read-only.")


@dataclass(frozen=True, slots=True)
class LockHolder:
    """What a lock file says about the process holding it."""

    pid: int
    host: str
    user: str = ""
    time: str = ""
    started: str = ""  # the holder's process start time, to tell a reused pid from the holder itself
    app: str = ""
    token: str = ""

    @property
    def is_here(self) -> bool:
        return self.host == socket.gethostname()

    @classmethod
    def of_this_process(cls) -> LockHolder:
        return cls(os.getpid(), socket.gethostname(), _user(), datetime.now(UTC).isoformat(timespec="seconds"),
                   _process_start(os.getpid()), f"{APP_NAME} {__version__}", uuid.uuid4().hex)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, services)
        return ""


def _process_start(pid: int) -> str:
    """The kernel's start time of `pid` (Linux), or "" where it cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[19]  # field 22 overall; fields after the command name start at 3


def _pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine (zombies count as dead)."""
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return True
    return state not in ("Z", "X")


def _pid_alive_windows(pid: int) -> bool:
    import ctypes

    process_query_limited_information, still_active = 0x1000, 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def lock_path(project: str | os.PathLike[str]) -> Path:
    """The lock file of a project: `release.pressdesk.lock` in the same folder."""
    project = Path(project)
    return project.with_name(project.name + LOCK_SUFFIX)


def read_holder(path: Path) -> LockHolder | None:
    """The holder recorded in a lock file, or None when it is empty or not a lock (e.g. being written)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(**{k: raw[k] for k in LockHolder.__dataclass_fields__ if k in raw})
    except (OSError, ValueError, TypeError):
        return None


def _is_stale(path: Path, holder: LockHolder | None) -> bool:
    if holder is None:
        try:
            age = datetime.now().timestamp() - path.stat().st_mtime
        except FileNotFoundError:
            return True
        return age > UNREADABLE_GRACE_SECONDS
    if not holder.is_here:
        return False
    if holder.pid == os.getpid():
        return path.resolve() not in _held  # our pid, but not our lock: a previous process had this pid
    if not _pid_alive(holder.pid):
        return True
    return bool(holder.started) and holder.started != _process_start(holder.pid)


class ProjectLock:
    """The write lock of one project, held from `acquire()` until `release()` (or the process ends)."""

    def __init__(self, project: str | os.PathLike[str]) -> None:
        self.project = Path(project)
        self.path = lock_path(self.project)
        self.holder: LockHolder | None = None

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @property
    def held(self) -> bool:
        return self.holder is not None

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise ProjectLockedError when someone else holds it."""
        if self.held:
            return
        me = LockHolder.of_this_process()
        data = json.dumps(asdict(me), ensure_ascii=False).encode("utf-8")
        for _ in range(_TAKEOVER_ATTEMPTS):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                other = read_holder(self.path)
                if not _is_stale(self.path, other):
                    raise ProjectLockedError(self.project, other) from None
                self._remove_stale(other)
                continue
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            self.holder = me
            _held.add(self.path.resolve())
            log.info("locked %s", self.project)
            return
        raise ProjectLockedError(self.project, read_holder(self.path))

    def _remove_stale(self, stale: LockHolder | None) -> None:
        """Move the stale lock aside and delete it; if another process replaced it meanwhile, put it back."""
        aside = self.path.with_name(f"{self.path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.stale")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return  # someone else removed it first
        moved = read_holder(aside)
        if stale is not None and (moved is None or moved.token != stale.token):
            # Between our check and the move, another process took the stale lock over: give it back.
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
        log.warning("took over the stale lock of %s (held by %s)", self.project, stale)
        with contextlib.suppress(OSError):
            aside.unlink()

    def release(self) -> None:
        """Remove the lock file if it is still ours; safe to call twice."""
        if self.holder is None:
            return
        current = read_holder(self.path)
        if current is not None and current.token == self.holder.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            log.info("unlocked %s", self.project)
        _held.discard(self.path.resolve())
        self.holder = None



def is_locked(project: str | os.PathLike[str]) -> bool:
    """Whether a live process (this one included) holds the project's lock; a stale lock counts as free."""
    path = lock_path(project)
    return path.exists() and not _is_stale(path, read_holder(path))
