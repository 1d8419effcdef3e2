"""User preferences shared by the GUI and the command line, kept as JSON in the data folder.

Window geometry and dock layout are Qt's business (QSettings in the UI package); everything the core needs
(author for document properties, fonts, end mark, UI language) lives here so the CLI honours it too.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from desktop_app.atomic import atomic_write_text

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"
MT_QUALITIES = ("draft", "best")


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
        """Read settings; a missing or damaged file gives the defaults (and is logged), never an error."""
        path = data_dir / SETTINGS_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable settings file %s: %s", path, exc)
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else cls()
        settings.fonts = {**_default_fonts(), **(settings.fonts if isinstance(settings.fonts, dict) else {})}
        if settings.mt_quality not in MT_QUALITIES:
            settings.mt_quality = "draft"
        return settings

    def save(self, data_dir: Path) -> None:
        atomic_write_text(data_dir / SETTINGS_FILE, json.dumps(asdict(self), ensure_ascii=False, indent=1))

    def remember_file(self, path: str, limit: int = 10) -> None:
        self.recent_files = [path, *[p for p in self.recent_files if p != path][: limit - 1]]
