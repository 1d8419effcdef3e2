"""Where PressDesk keeps its data, and where its shipped resources live (also when frozen)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from desktop_app import APP_NAME

DATA_DIR_ENV = "PRESSDESK_DATA_DIR"
CACHE_DIR_ENV = "PRESSDESK_CACHE_DIR"


class DataDirError(Exception):
    """The chosen data folder cannot be used (a file is in the way, or it cannot be created); for the user."""


def resolve_path(path: str | os.PathLike[str]) -> Path:
    """`Path(path).resolve()`, where a link that leads back to itself is the OSError (ELOOP) it is on every Python:
    before 3.13 pathlib raises RuntimeError, which no caller of a file name expects."""
    try:
        return Path(path).resolve()
    except RuntimeError as exc:
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from exc


def _bundle_root() -> Path:
    """The folder holding `resources/` and `translations/`: the repo checkout, or PyInstaller's bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def translations_dir() -> Path:
    return _bundle_root() / "translations"


def default_data_dir() -> Path:
    """The platform's per-user application-data folder (the same place Qt's AppDataLocation points to)."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data folder: explicit argument, then $PRESSDESK_DATA_DIR, then the platform default."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    if path.exists() and not path.is_dir():
        raise DataDirError(f"data folder {path}: exists and is not a folder")
    if path.is_symlink() and not path.exists():  # mkdir would say "File exists" of a link to nowhere
        raise DataDirError(f"data folder {path}: a link that leads to no folder (its target is missing, or it leads "
                           "back to itself)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"data folder {path}: cannot be created ({exc.strerror or exc})") from exc
    return path


def cache_dir() -> Path:
    """The per-user cache folder ($PRESSDESK_CACHE_DIR, else the platform's): things PressDesk can rebuild, kept
    apart from the data folder, which may be shared or synced, so nobody else can plant a file there."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform.startswith("win"):
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME.lower()
