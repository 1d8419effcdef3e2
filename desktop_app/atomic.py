"""Atomic file writes: write a temporary file beside the target, fsync it, then rename it into place.

A crash at any moment leaves either the old file or the new one, never a half-written file. A file that several
processes may create at the same moment (the glossary and memory in the data folder) is published only if absent
(`atomic_create`), so every process ends up using the first one published.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

# The longest file name ext4, NTFS and APFS take (bytes, or UTF-16 units, which are never more than UTF-8's bytes).
NAME_BYTES = 255
JOURNAL_SUFFIX = "-journal"  # what SQLite adds to a database's name for its rollback journal
# What is added to a temporary file's prefix: mkstemp's eight random characters and ".tmp", then SQLite's journal
# suffix when the temporary file is a database being built.
_TEMP_ROOM = 12 + len(JOURNAL_SUFFIX)


def fits_beside(name: str, suffix: str) -> bool:
    """Whether a file `name + suffix` (a database's journal) can be named at all."""
    return _fits(name + suffix, NAME_BYTES)


def _fits(name: str, limit: int) -> bool:
    return len(os.fsencode(name)) <= limit


def side_name(name: str, prefix: str = "", suffix: str = "", room: int = 0) -> str:
    """The name of a file kept beside the file `name` (a temporary file, a lock): `prefix + name + suffix`, with
    `name` cut short and told apart by a digest of the whole where that would be longer than a file name can be
    (`room` bytes are left for what is added later). A valid name of 250 bytes (80 Chinese characters) could
    otherwise be neither saved, exported nor locked: every side file was "File name too long"."""
    whole = f"{prefix}{name}{suffix}"
    if _fits(whole, NAME_BYTES - room):
        return whole
    tail = f"~{hashlib.sha256(os.fsencode(name)).hexdigest()[:8]}{suffix}"
    limit = NAME_BYTES - room - len(os.fsencode(prefix + tail))
    cut = name
    while cut and not _fits(cut, limit):
        cut = cut[:-1]
    return f"{prefix}{cut}{tail}"


def _fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _refuse_unless_file(target: Path) -> None:
    """OSError unless `target` (links followed) is absent or a regular file: a rename would replace a named pipe,
    a socket or a device (`/dev/null` given as a file name, with the rights to replace it) by the written file."""
    try:
        mode = target.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if not stat.S_ISREG(mode):
        raise OSError(errno.EEXIST, "not a regular file (a folder, a device or a pipe), so it is not replaced",
                      str(target))


def _temp_beside(target: Path) -> Path:
    """An empty temporary file in the target's folder, with the mode the target will have.

    mkstemp creates the file private (0600); give it the mode of the file it replaces, or the umask default,
    so an exported document on a shared drive stays readable by colleagues.
    """
    _refuse_unless_file(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=side_name(target.name, ".", ".", _TEMP_ROOM), suffix=".tmp",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
    return tmp


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target` atomically.

    Use it for writers that want a file name (python-docx, sqlite); on an exception the temporary file is
    removed and the target is left as it was.
    """
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        yield tmp
        _fsync_file(tmp)
        _refuse_unless_file(target)  # again: it may have appeared while the file was written
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _publish_if_absent(tmp: Path, target: Path) -> None:
    """Give the complete file `tmp` the name `target` unless another file has it (whoever was first keeps it).

    A hard link is the create-if-absent: it fails when the name exists. An empty file at `target` counts as
    absent: it is what a crash between creating a file and writing it leaves. A file system without hard links
    falls back to a rename, which on Windows never replaces a file; elsewhere (FAT or some network shares
    mounted on Linux or macOS) it replaces one published an instant earlier, a window no wider than the check.
    """
    try:
        os.link(tmp, target)
        return
    except FileExistsError:
        _refuse_unless_file(target)
        if target.stat().st_size > 0:
            return
    except OSError:  # no hard links on this file system
        if os.name == "nt":
            with contextlib.suppress(FileExistsError):
                os.rename(tmp, target)
            return
        if target.exists() and target.stat().st_size > 0:
            return
    os.replace(tmp, target)


@contextlib.contextmanager
def atomic_create(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder to build a new file in; on success it appears as `target`
    at once and whole, unless another process published its own `target` meanwhile: then ours is dropped and
    theirs stands. Either way `target` is complete afterwards; on an exception nothing is published."""
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        yield tmp
        _fsync_file(tmp)
        _publish_if_absent(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))


def atomic_write_all(contents: dict[Path, bytes]) -> None:
    """Write several files so that all of them are replaced or none is (a set of documents that belong together).

    Every file is first written and synced beside its target; only then are they renamed into place, each old
    file kept aside until all are in, so a failure at any step puts every target back as it was.
    """
    temps: dict[Path, Path] = {}
    placed: list[tuple[Path, Path | None]] = []  # (target, where its previous file waits) in rename order
    try:
        for target, data in contents.items():
            temps[target] = _temp_beside(target)
            temps[target].write_bytes(data)
            _fsync_file(temps[target])
        for target, tmp in temps.items():
            aside = None
            if target.exists() or target.is_symlink():
                aside = _temp_beside(target)
                try:
                    os.replace(target, aside)
                except BaseException:
                    aside.unlink()
                    raise
            placed.append((target, aside))
            os.replace(tmp, target)
    except BaseException:
        for target, aside in reversed(placed):
            with contextlib.suppress(OSError):
                if aside is not None:
                    os.replace(aside, target)
                else:
                    target.unlink(missing_ok=True)
        raise
    finally:
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    for _target, aside in placed:
        if aside is not None:
            with contextlib.suppress(OSError):
                aside.unlink()
    for folder in {target.parent for target in contents}:
        _fsync_dir(folder)
