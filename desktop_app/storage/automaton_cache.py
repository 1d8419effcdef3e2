"""Built glossary automata kept on disk between runs, so a restart with a large glossary loads them instead of
rebuilding them (100,000 entries: seconds of work per language).

They live in the per-user cache folder (`paths.cache_dir()`), one folder per glossary (named by a hash of its
resolved path), never beside the glossary: a glossary on a shared or synced drive must not let anyone else put
a file where PressDesk reads its caches. The saved index is data only (see `matcher._Index.dump`); still, a file
is used only when it is a regular file of this user that nobody else can write, its header names this glossary
and this state of its entries (creation stamp, change counter, entry count, index format), and its CRC-32 matches
(a check against damage, fast on 80 MB; files are written atomically and privately, so nothing else writes them).
Anything else is logged with the reason and rebuilt.

The cache cleans up after itself (`prune`): every glossary ever opened (a deleted project, a temporary data folder,
a renamed one) would otherwise leave its automata behind for good. A folder's last use is its newest time stamp:
saving renames a file into it and loading touches it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
import threading
import time
import weakref
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop_app.atomic import atomic_path

log = logging.getLogger(__name__)

FORMAT = "pressdesk-automaton-cache"
FOLDER = "glossary-automata"
_MAX_HEADER = 8192  # bytes: the header line holds a path, a state key and a digest

# The bounds `prune` keeps the cache within. A 100,000-entry glossary's three automata take about 80 MB, one of a
# few thousand entries well under 1 MB: 512 MB holds half a dozen of the largest glossaries besides every ordinary
# one a user works with, and stays small beside today's disks. Automata unused for 60 days (a closed project, a
# glossary tried once) cost only a rebuild of seconds should that glossary be opened again.
MAX_BYTES = 512 * 1024 * 1024
MAX_IDLE_S = 60 * 24 * 3600
# A folder used in the last hour is never removed: another PressDesk may be building, saving or reading it right
# now (a large glossary's automata take seconds each), perhaps for a temporary glossary it is still working on.
GRACE_S = 3600

_FOLDER_NAME = re.compile(r"[0-9a-f]{32}")
# What `save` leaves in a folder: `<lang>.automaton`, and `atomic_path`'s temporary `.<lang>.automaton.*.tmp`.
_SAVED_NAME = re.compile(r"[a-z]{2,3}\.automaton")
_TEMP_NAME = re.compile(r"\.[a-z]{2,3}\.automaton\.[^/\\]+\.tmp")

# The caches of the matchers alive in this process: their folders are never pruned (a language not loaded yet
# would have to be rebuilt). Weak, so a glossary that was closed stops counting as open.
_live: weakref.WeakSet[AutomatonCache] = weakref.WeakSet()
_live_lock = threading.Lock()


def _folder_name(resolved: str) -> str:
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()[:32]


def glossary_cache_folder(root: Path, glossary: Path) -> Path:
    """The cache folder of the glossary at `glossary` under the cache root `root`."""
    return root / FOLDER / _folder_name(str(glossary.resolve()))


def _parse_header(data: bytes | memoryview) -> dict[str, object] | None:
    """The header line of a saved file as a dict, or None when it is not a PressDesk automaton header."""
    end = bytes(data[:_MAX_HEADER]).find(b"\n")
    try:
        header = json.loads(bytes(data[:end])) if end > 0 else None
    except (ValueError, RecursionError):  # RecursionError: a line of thousands of nested brackets
        return None
    return header if isinstance(header, dict) and header.get("format") == FORMAT else None


class AutomatonCache:
    """The `IndexCache` of one glossary database at one state (`key`)."""

    def __init__(self, root: Path, glossary: Path, key: str) -> None:
        self.glossary = str(glossary.resolve())
        self.folder = root / FOLDER / _folder_name(self.glossary)
        self.key = key
        with _live_lock:
            _live.add(self)

    def path(self, lang: str) -> Path:
        return self.folder / f"{lang}.automaton"

    def load(self, lang: str) -> memoryview | None:
        """The saved index of `lang` for this glossary and state, or None (missing, stale, foreign or damaged)."""
        path = self.path(lang)
        try:
            problem = _unsafe(path)
            if problem is None:
                data = path.read_bytes()
        except FileNotFoundError:  # never saved, or pruned by another PressDesk a moment ago
            return None
        except OSError as exc:
            log.warning("glossary automaton cache %s unreadable (%s); rebuilding", path, exc)
            return None
        if problem is not None:
            log.warning("glossary automaton cache %s ignored: %s; rebuilding", path, problem)
            return None
        header = _parse_header(data)
        if header is None:
            log.warning("glossary automaton cache %s ignored: not a PressDesk automaton file; rebuilding", path)
            return None
        if header.get("glossary") != self.glossary or header.get("lang") != lang:
            log.warning("glossary automaton cache %s ignored: built for another glossary; rebuilding", path)
            return None
        if header.get("state") != self.key:
            log.info("glossary automaton cache %s is from an earlier state of the glossary; rebuilding", path)
            return None
        payload = memoryview(data)[data.index(b"\n") + 1:]
        if header.get("crc32") != zlib.crc32(payload):
            log.warning("glossary automaton cache %s ignored: damaged (checksum mismatch); rebuilding", path)
            return None
        self._touch()
        return payload

    def save(self, lang: str, data: bytes) -> None:
        """Keep an index; a full disk or a read-only folder only costs the next start a rebuild."""
        header = {"format": FORMAT, "glossary": self.glossary, "lang": lang, "state": self.key,
                  "crc32": zlib.crc32(data)}
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with atomic_path(self.path(lang)) as tmp:
                tmp.write_bytes(json.dumps(header, ensure_ascii=True).encode() + b"\n" + data)
                tmp.chmod(0o600)  # private whatever the umask: `load` refuses files others can write
        except OSError as exc:  # also the folder pruned by another PressDesk meanwhile: rebuilt next time
            log.warning("could not save the glossary automaton for %s: %s", lang, exc)
        else:
            self._touch()

    def _touch(self) -> None:
        """Mark the folder used now, so `prune` keeps the automata in use and drops the forgotten ones."""
        try:
            os.utime(self.folder)
        except OSError as exc:
            log.debug("could not mark %s as used: %s", self.folder, exc)


def _unsafe(path: Path) -> str | None:
    """Why a cache file must not be read, or None: a link, not a regular file, or (POSIX) owned by someone else
    or writable by others."""
    info = path.lstat()
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if os.name == "posix":
        if info.st_uid != os.getuid():
            return "owned by another user"
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return "writable by other users"
    return None


# -- keeping the cache bounded -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CacheFolder:
    """One glossary's folder as `prune` sees it. `glossary` is the path its files' headers name (None: no file
    with a readable header of this folder); `files` are the files PressDesk wrote there, `size` their bytes and
    `last_used` the newest time stamp of the folder and its files. `foreign`: the folder also holds something
    PressDesk never puts there (a link, a sub-folder, a file of another name or user): it is left alone."""

    path: Path
    glossary: str | None
    files: tuple[Path, ...]
    size: int
    last_used: float
    foreign: bool

    def orphaned(self) -> bool:
        """Whether its glossary is gone (or unknown: no readable header), so the automata can never be used; looks
        the glossary up on disk."""
        if self.glossary is None:
            return True
        try:
            os.stat(self.glossary)  # the header's path is only looked up, never opened
        except (FileNotFoundError, NotADirectoryError):
            return True
        except OSError:  # unreadable just now (permissions, a share away): not known to be gone
            return False
        return False


@dataclass(frozen=True, slots=True)
class PruneReport:
    """What `prune` or `clear` did: folders and bytes removed, and the folders and bytes left."""

    removed: int = 0
    removed_bytes: int = 0
    kept: int = 0
    kept_bytes: int = 0


def automata_root(root: Path) -> Path:
    """The folder holding every glossary's automata folder under the cache root `root`."""
    return root / FOLDER


def cache_folders(root: Path) -> list[CacheFolder]:
    """The glossary folders under the cache root `root` that PressDesk made (a folder named like one and owned by
    this user, not a link); anything else there is neither listed nor ever touched."""
    base = automata_root(root)
    try:
        if _link_or_foreign(base.lstat(), directory=True):
            log.warning("glossary automata cache %s is not a folder of this user; left alone", base)
            return []
        entries = list(os.scandir(base))
    except FileNotFoundError:
        return []
    except OSError as exc:
        log.warning("glossary automata cache %s unreadable: %s", base, exc)
        return []
    found = []
    for entry in entries:
        if not _FOLDER_NAME.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not _link_or_foreign(info, directory=True):
            folder = _read_folder(Path(entry.path), info.st_mtime)
            if folder is not None:
                found.append(folder)
    return found


def _link_or_foreign(info: os.stat_result, *, directory: bool) -> bool:
    """Whether an entry (lstat'ed, so a link is a link) is not a folder (or file) of this user."""
    if not (stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)):
        return True
    return os.name == "posix" and info.st_uid != os.getuid()


def _read_folder(path: Path, mtime: float) -> CacheFolder | None:
    try:
        entries = list(os.scandir(path))
    except OSError:  # removed by another PressDesk meanwhile, or unreadable
        return None
    files: list[Path] = []
    size, last_used, foreign, glossary = 0, mtime, False, None
    for entry in sorted(entries, key=lambda e: e.name):
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        saved = _SAVED_NAME.fullmatch(entry.name) is not None
        if not (saved or _TEMP_NAME.fullmatch(entry.name)) or _link_or_foreign(info, directory=False):
            foreign = True
            continue
        files.append(Path(entry.path))
        size += info.st_size
        last_used = max(last_used, info.st_mtime)
        if saved and glossary is None:
            glossary = _header_glossary(Path(entry.path), path.name)
    return CacheFolder(path, glossary, tuple(files), size, last_used, foreign)


def _header_glossary(path: Path, folder_name: str) -> str | None:
    """The glossary a saved file's header names, if its path is the one the folder is named after (so a damaged,
    copied or planted header never points `prune` anywhere else); None otherwise. Reads the header line only."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
        try:
            head = os.read(fd, _MAX_HEADER)
        finally:
            os.close(fd)
    except OSError:
        return None
    header = _parse_header(head)
    glossary = header.get("glossary") if header is not None else None
    if not isinstance(glossary, str) or not os.path.isabs(glossary) or _folder_name(glossary) != folder_name:
        return None
    return glossary


def _in_use() -> set[str]:
    """The folder names of the glossaries whose matchers are alive in this process."""
    with _live_lock:
        return {cache.folder.name for cache in _live}


def _remove(folder: CacheFolder) -> bool:
    """Delete the files PressDesk wrote in `folder`, then the folder if that emptied it. Unlinking never follows a
    link; a file another process holds open (Windows) or a name that appeared meanwhile leaves the folder for the
    next time. True when the folder is gone."""
    for file in folder.files:
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.debug("could not remove %s: %s", file, exc)
            return False
    try:
        folder.path.rmdir()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.debug("could not remove %s: %s", folder.path, exc)
        return False
    return True


def prune(root: Path, *, max_bytes: int = MAX_BYTES) -> PruneReport:
    """Remove the automata folders under the cache root `root` whose glossary is gone, then those unused for
    MAX_IDLE_S, then the least recently used ones while the rest is over `max_bytes`.

    Never removed: the folders of glossaries open in this process, folders used in the last GRACE_S (another
    PressDesk may be working in them), and folders holding anything PressDesk did not write (see `CacheFolder`).
    Another PressDesk that finds a file gone just rebuilds it. Takes a directory listing and one header line per
    folder: run it off the GUI thread."""
    now = time.time()
    in_use = _in_use()
    folders = sorted(cache_folders(root), key=lambda f: f.last_used)
    removable = [f for f in folders
                 if f.path.name not in in_use and not f.foreign and now - f.last_used >= GRACE_S]
    doomed = [f for f in removable if now - f.last_used >= MAX_IDLE_S or f.orphaned()]
    total = sum(f.size for f in folders) - sum(f.size for f in doomed)
    chosen = {f.path for f in doomed}
    for folder in removable:  # least recently used first
        if total <= max_bytes:
            break
        if folder.path not in chosen:
            doomed.append(folder)
            total -= folder.size
    report = _remove_all(folders, doomed)
    if report.removed:
        log.info("glossary automata cache: %d folders removed (%.1f MB), %d kept (%.1f MB)", report.removed,
                 report.removed_bytes / 2**20, report.kept, report.kept_bytes / 2**20)
    return report


def clear(root: Path) -> PruneReport:
    """Remove every automata folder under the cache root `root` except those of glossaries open in this process
    (and folders holding anything PressDesk did not write); each glossary rebuilds its automata when next opened."""
    in_use = _in_use()
    folders = cache_folders(root)
    return _remove_all(folders, [f for f in folders if f.path.name not in in_use and not f.foreign])


def _remove_all(folders: list[CacheFolder], doomed: list[CacheFolder]) -> PruneReport:
    removed = [f for f in doomed if _remove(f)]
    removed_bytes = sum(f.size for f in removed)
    return PruneReport(len(removed), removed_bytes, len(folders) - len(removed),
                       sum(f.size for f in folders) - removed_bytes)
