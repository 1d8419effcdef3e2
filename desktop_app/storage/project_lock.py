"""One writer per project: an operating-system lock on a lock file beside the `.pressdesk` file.

The lock file (`release.pressdesk.lock`, beside the real file when the project is opened through a symbolic
link) is held with `flock` (POSIX) or `msvcrt.locking` (Windows) for as long as the project is open for writing:
the kernel decides who holds it, so two processes can never both win, and a holder that dies (killed, crashed)
releases it at once. The file's content is the note that says who holds it (pid, host, user, time, the process's
start time) for the message a refused user reads. A note written on another computer (a shared drive whose lock
may not reach us) is respected; a note left on this computer by a process that no longer holds the lock is stale.

A project with several hard links is refused for writing: under another name it would have another lock file.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import stat
import sys
import tempfile
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.atomic import side_name
from desktop_app.domain import refusals as why
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.json_text import parse_json
from desktop_app.domain.refusals import Refusal
from desktop_app.paths import resolve_path

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# A lock file that cannot be parsed is normally one being written this very moment; after this long it is junk.
UNREADABLE_GRACE_SECONDS = 10.0
_ATTEMPTS = 5  # a lock file removed by its holder between our open and our lock is opened again
# Windows locks are mandatory: lock a byte far past the note, so a refused process can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 20
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a lock file planted as a symlink must not make us write elsewhere
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)  # nor one planted as a named pipe make us wait for a writer
_MAX_NOTE_BYTES = 64 * 1024  # a note is a few hundred bytes; a bigger "lock file" is junk
_MAX_NOTE_FIELD = 256  # a host or user name, a time, a version

# Lock files held by this process, so a second window of the same process is refused like another process.
_held: set[Path] = set()


class ProjectLockedError(Refusal):
    """The project is being edited elsewhere; the message says where, for the user. Without a holder it carries a
    message id (the window words a holder's note itself)."""

    def __init__(self, project: Path, holder: LockHolder | None, message: str | None = None, *,
                 message_id: str | None = None, message_args: tuple[object, ...] = ()) -> None:
        self.project = project
        self.holder = holder
        if holder is None and message_id is None:
            message_id = why.LOCK_BEING_OPENED
        super().__init__(message or self._message(), message_id=message_id, message_args=message_args,
                         file_name=project.name if message_id else None)

    def _message(self) -> str:
        name = self.project.name
        h = self.holder
        if h is None:
            return f"{name} is being opened by another PressDesk at this moment. Try again in a few seconds."
        since = escape_unseen(h.time[:16].replace("T", " "))
        who = escape_unseen(f"{h.user} on {h.host}" if h.user else h.host)  # the dialog shows it as the note says
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


def lock_path(project: str | os.PathLike[str]) -> Path:
    """The lock file of a project: `release.pressdesk.lock` beside the real file (symbolic links followed), its
    name cut short where a project's name leaves no room for the suffix; OSError for a link that leads back to
    itself."""
    project = resolve_path(project)
    return project.with_name(side_name(project.name, suffix=LOCK_SUFFIX))


def read_holder(path: Path) -> LockHolder | None:
    """The holder recorded in a lock file, or None when it is empty or not a lock (e.g. being written)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NO_FOLLOW | _NO_WAIT)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            raw = parse_json(os.read(fd, _MAX_NOTE_BYTES).decode("utf-8"))
        finally:
            os.close(fd)
        values = {k: raw[k] for k in LockHolder.__dataclass_fields__ if k in raw}
        pid = values.get("pid")
        # Any program may have written the note: a time that was a number ended the refusal in a traceback.
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid < 1 << 63 or not all(
                isinstance(v, str) and len(v) <= _MAX_NOTE_FIELD for k, v in values.items() if k != "pid"):
            return None
        return LockHolder(**values)
    except (OSError, ValueError, TypeError):
        return None


def _os_lock(fd: int) -> bool:
    """Take the OS lock of an open lock file without waiting; False when another open file holds it."""
    try:
        if sys.platform.startswith("win"):
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform.startswith("win"):
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _still_named(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd` (its holder may have removed it before we locked it)."""
    try:
        named = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _unreadable_is_recent(path: Path) -> bool:
    """An unparsable note younger than the grace period is probably being written (e.g. from another computer)."""
    try:
        age = datetime.now().timestamp() - path.stat().st_mtime
    except FileNotFoundError:
        return False
    return age <= UNREADABLE_GRACE_SECONDS


def _is_stale(path: Path, holder: LockHolder | None) -> bool:
    """Whether the note in a lock file whose OS lock we could take is left over rather than a live writer's.

    A writer on this computer holds the OS lock for as long as it writes, so its note without the lock is left
    over (its process ended, or it has not locked yet and will be refused). A note from another computer, whose
    lock may not reach us through a shared drive, stands; so does one being written there this very moment.
    """
    if holder is None:
        return not _unreadable_is_recent(path)
    return holder.is_here


class ProjectLock:
    """The write lock of one project, held from `acquire()` until `release()` (or the process ends)."""

    def __init__(self, project: str | os.PathLike[str]) -> None:
        self.project = Path(project)
        self.path = lock_path(self.project)
        self.holder: LockHolder | None = None
        self._fd: int | None = None

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @property
    def held(self) -> bool:
        return self.holder is not None

    def acquire(self) -> None:
        """Take the lock; raise ProjectLockedError when someone else holds it (OSError when it cannot be made)."""
        if self.held:
            return
        self.path = lock_path(self.project)
        self._refuse_hard_links()
        if self.path in _held:
            raise ProjectLockedError(self.project, read_holder(self.path))
        me = LockHolder.of_this_process()
        for _ in range(_ATTEMPTS):
            self._create(me)
            fd = self._open()
            if fd is None:
                continue
            try:
                taken = self._take(fd, me)
            except BaseException:
                _close(fd)
                raise
            if not taken:
                _close(fd)
                continue
            self._fd, self.holder = fd, me
            _held.add(self.path)
            log.info("locked %s", self.project)
            return
        raise ProjectLockedError(self.project, read_holder(self.path))

    def _take(self, fd: int, me: LockHolder) -> bool:
        """Lock the open lock file and write our note; False when its holder removed it before we locked it."""
        if not _os_lock(fd):
            raise ProjectLockedError(self.project, read_holder(self.path))
        if not _still_named(fd, self.path):
            return False
        other = read_holder(self.path)
        if other is None or other.token != me.token:
            if not _is_stale(self.path, other):
                raise ProjectLockedError(self.project, other)
            if other is not None:
                log.info("took over the lock file of %s left by %s", self.project, other)
            if os.fstat(fd).st_nlink > 1:  # no PressDesk leaves one so: our note would overwrite the file it names
                raise OSError(errno.EMLINK, "the lock file beside it is a second name (a hard link) of another "
                                            "file; remove it", str(self.path))
        _write_note(fd, me)
        return True

    def _refuse_hard_links(self) -> None:
        try:
            info = os.stat(self.project)
        except FileNotFoundError:
            return  # a project about to be created
        links = info.st_nlink
        if stat.S_ISREG(info.st_mode) and links > 1:
            raise ProjectLockedError(
                self.project, None,
                f"{self.project.name} has {links} names on disk (hard links), so PressDesk cannot tell whether it "
                f"is being edited under another name. Open it read-only, or save a copy under a new name.",
                message_id=why.LOCK_HARD_LINKS, message_args=(links,))

    def _create(self, me: LockHolder) -> None:
        """Put a lock file holding our note in place unless there is one; it never appears empty.

        The note is written to a temporary file that is then linked to the lock file's name, which fails when
        the name exists; a file system without hard links gets the lock file created and written in two steps.
        """
        data = _note_bytes(me)
        fd, tmp = tempfile.mkstemp(prefix=side_name(self.path.name, ".", ".", room=12), suffix=".tmp",
                                   dir=self.path.parent)
        try:
            try:
                if hasattr(os, "fchmod"):  # mkstemp makes it private; others must be able to read who holds it
                    os.fchmod(fd, 0o644)
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                pass
            except OSError:  # no hard links here (FAT, some network shares)
                with contextlib.suppress(FileExistsError):
                    new = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o644)
                    try:
                        os.write(new, data)
                    finally:
                        os.close(new)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _open(self) -> int | None:
        """The lock file opened for our note, or None when it vanished meanwhile (its holder released it)."""
        try:
            return _regular(os.open(self.path, os.O_RDWR | _NO_FOLLOW | _NO_WAIT), self.path)
        except FileNotFoundError:
            return None
        except PermissionError:
            pass
        # Another user's lock file: we can still learn whether it is held, but not write our note into it.
        fd = _regular(os.open(self.path, os.O_RDONLY | _NO_FOLLOW | _NO_WAIT), self.path)
        try:
            if not _os_lock(fd):
                raise ProjectLockedError(self.project, read_holder(self.path))
        finally:
            _close(fd)
        raise PermissionError(errno.EACCES, "the lock file left by another user cannot be replaced", str(self.path))

    def release(self) -> None:
        """Remove the lock file if it is still ours and let go of the OS lock; safe to call twice."""
        if self.holder is None or self._fd is None:
            return
        fd, mine = self._fd, self.holder
        current = read_holder(self.path)
        ours = current is not None and current.token == mine.token and _still_named(fd, self.path)
        if ours and not sys.platform.startswith("win"):
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()  # while still locked: whoever opened it meanwhile sees it is gone and retries
        _close(fd)
        if ours and sys.platform.startswith("win"):  # Windows removes only closed files
            with contextlib.suppress(OSError):
                self.path.unlink()
        _held.discard(self.path)
        self._fd, self.holder = None, None
        log.info("unlocked %s", self.project)


def _regular(fd: int, path: Path) -> int:
    """`fd` when it is a regular file; a lock file planted as a pipe or a device is refused (closed, OSError)."""
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "the lock file beside it is not a regular file; remove it", str(path))
    return fd


def _close(fd: int) -> None:
    _os_unlock(fd)
    os.close(fd)


def _note_bytes(holder: LockHolder) -> bytes:
    return json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")


def _write_note(fd: int, holder: LockHolder) -> None:
    data = _note_bytes(holder)
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.fsync(fd)


def is_locked(project: str | os.PathLike[str]) -> bool:
    """Whether someone (this process included) holds the project's lock; a stale note counts as free."""
    path = lock_path(project)
    if path in _held:
        return True
    try:
        fd = os.open(path, os.O_RDONLY | _NO_FOLLOW)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # a lock file we cannot even open is not ours to ignore
    try:
        if not _os_lock(fd):
            return True
        try:
            return not _is_stale(path, read_holder(path))
        finally:
            _os_unlock(fd)
    finally:
        os.close(fd)
