"""Built glossary automata kept on disk between runs, so a restart with a large glossary loads them instead of
rebuilding them (100,000 entries: seconds of work per language).

They live in the per-user cache folder (`paths.cache_dir()`), one folder per glossary (named by a hash of its
resolved path), never beside the glossary: a glossary on a shared or synced drive must not let anyone else put
a file where PressDesk reads its caches. The saved index is data only (see `matcher._Index.dump`); still, a file
is used only when it is a regular file of this user that nobody else can write, its header names this glossary
and this state of its entries (creation stamp, change counter, entry count, index format), and its CRC-32 matches
(a check against damage, fast on 80 MB; files are written atomically and privately, so nothing else writes them).
Anything else is logged with the reason and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import zlib
from pathlib import Path

from desktop_app.atomic import atomic_path

log = logging.getLogger(__name__)

FORMAT = "pressdesk-automaton-cache"
_MAX_HEADER = 8192  # bytes: the header line holds a path, a state key and a digest


def glossary_cache_folder(root: Path, glossary: Path) -> Path:
    """The cache folder of the glossary at `glossary` under the cache root `root`."""
    name = hashlib.sha256(os.fsencode(glossary.resolve())).hexdigest()[:32]
    return root / "glossary-automata" / name


class AutomatonCache:
    """The `IndexCache` of one glossary database at one state (`key`)."""

    def __init__(self, root: Path, glossary: Path, key: str) -> None:
        self.glossary = str(glossary.resolve())
        self.folder = glossary_cache_folder(root, glossary)
        self.key = key

    def path(self, lang: str) -> Path:
        return self.folder / f"{lang}.automaton"

    def load(self, lang: str) -> memoryview | None:
        """The saved index of `lang` for this glossary and state, or None (missing, stale, foreign or damaged)."""
        path = self.path(lang)
        try:
            problem = _unsafe(path)
            if problem is None:
                data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("glossary automaton cache %s unreadable (%s); rebuilding", path, exc)
            return None
        if problem is not None:
            log.warning("glossary automaton cache %s ignored: %s; rebuilding", path, problem)
            return None
        end = data.find(b"\n", 0, _MAX_HEADER)
        try:
            header = json.loads(data[:end]) if end > 0 else None
        except ValueError:
            header = None
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            log.warning("glossary automaton cache %s ignored: not a PressDesk automaton file; rebuilding", path)
            return None
        if header.get("glossary") != self.glossary or header.get("lang") != lang:
            log.warning("glossary automaton cache %s ignored: built for another glossary; rebuilding", path)
            return None
        if header.get("state") != self.key:
            log.info("glossary automaton cache %s is from an earlier state of the glossary; rebuilding", path)
            return None
        payload = memoryview(data)[end + 1:]
        if header.get("crc32") != zlib.crc32(payload):
            log.warning("glossary automaton cache %s ignored: damaged (checksum mismatch); rebuilding", path)
            return None
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
        except OSError as exc:
            log.warning("could not save the glossary automaton for %s: %s", lang, exc)


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
