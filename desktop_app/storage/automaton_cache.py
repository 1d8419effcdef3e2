"""Built glossary automata kept on disk between runs, so a restart with a large glossary loads them instead of
rebuilding them (100,000 entries: seconds of work per language).

One file per language in a folder beside the glossary database. Each file starts with a header line naming the
glossary state it was built from (the database's creation stamp, its entry-change counter and entry count); a file
from another state is ignored and overwritten by the next build. Files are written atomically.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.atomic import atomic_write_bytes

log = logging.getLogger(__name__)


class AutomatonCache:
    """The `IndexCache` of one glossary database at one state (`key`)."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self._header = f"pressdesk-automaton {key}\n".encode()

    def _path(self, lang: str) -> Path:
        return self.folder / f"{lang}.automaton"

    def load(self, lang: str) -> bytes | None:
        """The saved index of `lang` for this state, or None (missing, stale or unreadable)."""
        try:
            data = self._path(lang).read_bytes()
        except OSError:
            return None
        if not data.startswith(self._header):
            return None
        return data[len(self._header):]

    def save(self, lang: str, data: bytes) -> None:
        """Keep an index; a full disk or a read-only folder only costs the next start a rebuild."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self._path(lang), self._header + data)
        except OSError as exc:
            log.warning("could not save the glossary automaton for %s: %s", lang, exc)
