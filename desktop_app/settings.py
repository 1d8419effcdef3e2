"""User preferences shared by the GUI and the command line, kept as JSON in the data folder.

Window geometry and dock layout are Qt's business (QSettings in the UI package); everything the core needs
(author for document properties, fonts, end mark, UI language) lives here so the CLI honours it too.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from desktop_app.atomic import atomic_write_text
from desktop_app.domain.json_text import parse_json

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 1024 * 1024  # a settings file is a few hundred bytes
MT_QUALITIES = ("draft", "best")
RECENT_FILES = 10  # the projects the recent-files menu lists
# The longest value a setting written into every export may have: Word keeps an author of at most 255 characters
# and a font name of at most 31 (LF_FACESIZE); a closing mark is a few characters (###, -30-, ***).
MAX_CHARS = {"author": 255, "end_mark": 20, "fonts": 31}


def _default_fonts() -> dict[str, str]:
    return {"zh": "Noto Serif CJK SC", "en": "Times New Roman", "ru": "Times New Roman"}


@dataclass(slots=True)
class Settings:
    ui_lang: str = "en"  # language of the interface; independent of the document's three languages
    author: str = ""  # written into exported documents' properties
    fonts: dict[str, str] = field(default_factory=_default_fonts)  # serif font per document language
    end_mark: str = "###"  # "###", or "native" for the Chinese (完) / Russian (***) convention
    recent_files: list[str] = field(default_factory=list)
    first_run_done: bool = False
    glossary_url: str = ""  # a shared glossary on PostgreSQL (postgresql://…); empty: the desk's own file
    memory_url: str = ""  # a shared translation memory on PostgreSQL; empty: the desk's own file
    mt_url: str = ""  # a LibreTranslate server; empty: the local language packs
    mt_api_key: str = ""
    confirm_status: str = "reviewed"  # what Ctrl+Enter makes a cell: "reviewed" or "approved"
    mt_quality: str = "draft"  # machine-translation decoding: "draft" (greedy, fast) or "best" (beam search)

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        """Read settings; a missing or damaged file gives the defaults, a value of the wrong type that setting's
        default (both logged), never an error: a hand edit, a sync conflict or another program may have written
        anything there, and every command reads it."""
        path = data_dir / SETTINGS_FILE
        try:
            raw = parse_json(_read_bounded(path))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable settings file %s: %s", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("ignoring settings file %s: it holds no settings", path)
            return cls()
        defaults = cls()
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name in raw and _same_kind(raw[f.name], getattr(defaults, f.name)) and _fits(f.name, raw[f.name]):
                values[f.name] = raw[f.name]
            elif f.name in raw:
                log.warning("ignoring the setting %s in %s: %.60r is not valid", f.name, path, raw[f.name])
        settings = cls(**values)
        settings.fonts = {**_default_fonts(), **settings.fonts}
        settings.recent_files = settings.recent_files[:RECENT_FILES]  # another program may have written thousands
        if settings.mt_quality not in MT_QUALITIES:
            settings.mt_quality = "draft"
        return settings

    def save(self, data_dir: Path) -> None:
        atomic_write_text(data_dir / SETTINGS_FILE, json.dumps(asdict(self), ensure_ascii=False, indent=1))

    def remember_file(self, path: str, limit: int = RECENT_FILES) -> None:
        self.recent_files = [path, *[p for p in self.recent_files if p != path][: limit - 1]]

    def forget_file(self, path: str) -> None:
        self.recent_files = [p for p in self.recent_files if p != path]


def _read_bounded(path: Path) -> str:
    """The text of the settings file; ValueError for a device, a named pipe (opened without waiting for a writer),
    a folder or a file too large to be settings, which would otherwise hang or fill the memory."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ValueError("not a regular file")
        data = fh.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise ValueError(f"larger than {MAX_SETTINGS_BYTES:,} bytes")
    return data.decode("utf-8")


def _same_kind(value: object, default: object) -> bool:
    """Whether a stored value has the shape of the setting's default: text, a flag, a list of text, or a mapping
    of text to text."""
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if isinstance(default, dict):
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    return False


def _fits(name: str, value: object) -> bool:
    """Whether a setting that goes into every export is within what Word keeps (another program may have written
    a megabyte there, which every document would then carry)."""
    limit = MAX_CHARS.get(name)
    if limit is None:
        return True
    texts = value.values() if isinstance(value, dict) else [value]
    return all(len(str(text)) <= limit for text in texts)
