"""Language packs (`.argosmodel` files): validate, install, list, remove, and fetch from the Argos package index.

argostranslate's own installer only checks that a file is a zip and unpacks it into the packages folder, so a
broken pack surfaces later and breaks the listing of every pack. Here a pack is checked first (one top folder,
`metadata.json` of type translate with language codes, `model/model.bin`, `sentencepiece.model`, no path that
escapes the folder, no link, sane sizes), unpacked into a staging folder beside the packages folder and only
then moved into place, replacing an older pack of the same pair. Plain files only: no argostranslate import.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import stat
import tempfile
import threading
import unicodedata
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

log = logging.getLogger(__name__)

MAX_PACK_BYTES = 2 * 1024**3
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_FILES = 10_000
MAX_METADATA_BYTES = 1024**2
MAX_RATIO = 200  # unpacked / packed: beyond this a "pack" is a zip bomb
INDEX_TIMEOUT = 5.0
_CODE_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
_install_lock = threading.Lock()


class PackError(Exception):
    """A pack that cannot be installed, listed or removed; the message is meant for the user."""


class PackOffline(PackError):
    """The package index or a download cannot be reached (no network)."""


class PackCancelled(PackError):
    """The user cancelled a download."""


@dataclass(frozen=True, slots=True)
class PackInfo:
    """One language pack: a direct translation pair with its version and size on disk (or in the file)."""

    src: str
    tgt: str
    version: str
    from_name: str
    to_name: str
    size: int
    folder: str
    path: Path | None = None

    @property
    def pair(self) -> str:
        return f"{self.src}-{self.tgt}"


@dataclass(frozen=True, slots=True)
class AvailablePack:
    """A pack listed in the Argos package index."""

    src: str
    tgt: str
    version: str
    from_name: str
    to_name: str
    links: tuple[str, ...] = field(default_factory=tuple)

    @property
    def pair(self) -> str:
        return f"{self.src}-{self.tgt}"


def mt_dir(data_dir: Path) -> Path:
    """PressDesk's machine-translation folder (no "stanza"/"minisbd"/"spacy" in any name: argostranslate looks)."""
    return Path(data_dir) / "machine-translation"


def packs_dir(data_dir: Path) -> Path:
    path = mt_dir(data_dir) / "packs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


# -- validation -----------------------------------------------------------------------------------------------


def _member_path(info: zipfile.ZipInfo) -> PurePosixPath:
    """The member's path, refusing absolute paths, `..`, drive letters and links."""
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in path.parts:
        raise PackError(f"the file contains a path outside its folder ({info.filename!r}); it was not installed")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackError(f"the file contains a link ({info.filename!r}); it was not installed")
    return path


def _refuse_clashing_names(file_name: str, paths: list[PurePosixPath]) -> None:
    """Refuse two members (or folders) whose names differ only in case or Unicode form: unpacked on Windows or
    macOS, one overwrites the other, so the metadata or model checked here is not the one installed."""
    names: dict[str, str] = {}
    for path in paths:
        for part in (path, *path.parents[:-1]):
            name = part.as_posix()
            key = unicodedata.normalize("NFC", name).casefold()
            if names.setdefault(key, name) != name:
                raise PackError(f"{file_name} holds both {names[key]!r} and {name!r}, which are one name on "
                                "Windows and macOS; it was not installed")


def _read_metadata(zf: zipfile.ZipFile, name: str) -> dict[str, object]:
    info = zf.getinfo(name)
    if info.file_size > MAX_METADATA_BYTES:
        raise PackError("metadata.json is implausibly large; the file was not installed")
    try:
        data = json.loads(zf.read(name).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"metadata.json is not valid JSON ({exc}); the file was not installed") from exc
    if not isinstance(data, dict):
        raise PackError("metadata.json does not describe a pack; the file was not installed")
    return data


def inspect_pack(path: str | Path) -> PackInfo:
    """Check a `.argosmodel` file without unpacking it; raises `PackError` saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise PackError(f"{path} does not exist")
    size = path.stat().st_size
    if size > MAX_PACK_BYTES:
        raise PackError(f"{path.name} is larger than any language pack ({human_size(size)})")
    if not zipfile.is_zipfile(path):
        raise PackError(f"{path.name} is not a language pack (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if not infos:
                raise PackError(f"{path.name} is empty")
            if len(infos) > MAX_FILES:
                raise PackError(f"{path.name} holds too many files ({len(infos)}) for a language pack")
            paths = [_member_path(info) for info in infos]
            _refuse_clashing_names(path.name, paths)
            tops = {p.parts[0] for p in paths if p.parts}
            if len(tops) != 1 or any(len(p.parts) == 1 and not info.is_dir() for p, info in zip(paths, infos,
                                                                                                   strict=True)):
                raise PackError(f"{path.name} must hold exactly one folder (it has {', '.join(sorted(tops))})")
            top = tops.pop()
            unpacked = sum(info.file_size for info in infos)
            if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_RATIO * max(size, 1):
                raise PackError(f"{path.name} unpacks to an implausible size ({human_size(unpacked)})")
            names = {p.as_posix() for p in paths}
            if f"{top}/metadata.json" not in names:
                raise PackError(f"{path.name} has no metadata.json; it is not a language pack")
            meta = _read_metadata(zf, next(i.filename for i, p in zip(infos, paths, strict=True)
                                           if p.as_posix() == f"{top}/metadata.json"))
            if f"{top}/model/model.bin" not in names:
                raise PackError(f"{path.name} has no translation model (model/model.bin)")
            if f"{top}/sentencepiece.model" not in names:
                raise PackError(f"{path.name} has no tokenizer (sentencepiece.model)")
            corrupt = zf.testzip()
            if corrupt is not None:
                raise PackError(f"{path.name} is damaged (bad data in {corrupt})")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackError(f"{path.name} is damaged: {exc}") from exc
    return _info_from_metadata(meta, size=unpacked, folder=top, origin=path.name)


def _info_from_metadata(meta: dict[str, object], *, size: int, folder: str, origin: str,
                        path: Path | None = None) -> PackInfo:
    kind = meta.get("type", "translate")
    if kind != "translate":
        raise PackError(f"{origin} is a {kind!r} pack, not a translation pack")
    src, tgt = meta.get("from_code"), meta.get("to_code")
    if not isinstance(src, str) or not isinstance(tgt, str) or not _CODE_RE.match(src) or not _CODE_RE.match(tgt):
        raise PackError(f"{origin}: metadata.json lacks valid from_code/to_code")
    if src == tgt:
        raise PackError(f"{origin} translates {src} into itself")
    return PackInfo(src=src, tgt=tgt, version=str(meta.get("package_version", "")),
                    from_name=str(meta.get("from_name", src)), to_name=str(meta.get("to_name", tgt)),
                    size=size, folder=folder, path=path)


# -- installed packs --------------------------------------------------------------------------------------------


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def list_installed(data_dir: Path) -> list[PackInfo]:
    """Installed packs sorted by pair; folders that are not packs are skipped (and logged)."""
    found: list[PackInfo] = []
    for folder in sorted(packs_dir(data_dir).iterdir()):
        if not folder.is_dir():
            continue
        try:
            meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise PackError("metadata.json is not an object")
            found.append(_info_from_metadata(meta, size=_folder_size(folder), folder=folder.name,
                                             origin=folder.name, path=folder))
        except (OSError, json.JSONDecodeError, PackError) as exc:
            log.warning("ignoring %s in the packs folder: %s", folder, exc)
    return sorted(found, key=lambda p: (p.src, p.tgt))


def _safe_folder_name(info: PackInfo) -> str:
    version = re.sub(r"[^0-9A-Za-z]+", "_", info.version) or "0"
    return f"translate-{info.src}_{info.tgt}-{version}"


def install_pack(path: str | Path, data_dir: Path, on_changed: Callable[[], None] | None = None) -> PackInfo:
    """Validate and install a pack, replacing an installed pack of the same pair; `on_changed` clears caches.

    The pack is unpacked into a staging folder first; the packs folder only ever sees complete packs.
    """
    info = inspect_pack(path)
    target_root = packs_dir(data_dir)
    staging_root = mt_dir(data_dir) / "staging"
    staging_root.mkdir(parents=True, exist_ok=True)
    with _install_lock, tempfile.TemporaryDirectory(dir=staging_root) as tmp:
        staged = Path(tmp) / "new"
        staged.mkdir()
        with zipfile.ZipFile(path) as zf:
            for member in zf.infolist():
                relative = PurePosixPath(member.filename.replace("\\", "/"))
                dest = staged.joinpath(*relative.parts[1:]) if len(relative.parts) > 1 else staged
                if not dest.resolve().is_relative_to(staged.resolve()):
                    raise PackError(f"{Path(path).name} contains a path outside its folder")
                if member.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out, 1024 * 1024)
        old = [p for p in list_installed(data_dir) if (p.src, p.tgt) == (info.src, info.tgt)]
        retired = Path(tmp) / "old"
        retired.mkdir()
        for previous in old:
            assert previous.path is not None
            previous.path.rename(retired / previous.folder)
        final = target_root / _safe_folder_name(info)
        try:
            staged.rename(final)
        except OSError:
            for previous in old:  # put the old pack back: the user keeps a working pair
                (retired / previous.folder).rename(target_root / previous.folder)
            raise
    log.info("installed %s %s from %s", info.pair, info.version, path)
    if on_changed is not None:
        on_changed()
    return PackInfo(info.src, info.tgt, info.version, info.from_name, info.to_name, _folder_size(final),
                    final.name, final)


def remove_pack(data_dir: Path, src: str, tgt: str, on_changed: Callable[[], None] | None = None) -> PackInfo:
    """Remove the installed pack of a pair; `on_changed` clears the engine's caches."""
    matches = [p for p in list_installed(data_dir) if (p.src, p.tgt) == (src, tgt)]
    if not matches:
        raise PackError(f"no language pack for {src}→{tgt} is installed")
    staging_root = mt_dir(data_dir) / "staging"
    staging_root.mkdir(parents=True, exist_ok=True)
    with _install_lock, tempfile.TemporaryDirectory(dir=staging_root) as tmp:
        for pack in matches:
            assert pack.path is not None
            pack.path.rename(Path(tmp) / pack.folder)  # atomic disappearance, then delete at leisure
    if on_changed is not None:
        on_changed()
    return matches[0]


def parse_pair(text: str) -> tuple[str, str]:
    """'zh-en' (or zh_en, zh→en) → ('zh', 'en')."""
    parts = re.split(r"\s*(?:-|_|→|->|>)\s*", text.strip())
    if len(parts) != 2 or not all(_CODE_RE.match(p) for p in parts):
        raise PackError(f"{text!r} is not a language pair (expected e.g. zh-en)")
    return parts[0], parts[1]


# -- the package index ------------------------------------------------------------------------------------------


def fetch_index(url: str, timeout: float = INDEX_TIMEOUT) -> list[AvailablePack]:
    """The translation packs of the Argos index; `PackOffline` at once when it cannot be reached."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = json.loads(response.read(16 * 1024**2).decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
        raise PackOffline("The package index cannot be reached (no network?). Language packs can still be "
                          "installed from a .argosmodel file.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"the package index is not valid JSON: {exc}") from exc
    packs = []
    for meta in data if isinstance(data, list) else []:
        if not isinstance(meta, dict) or meta.get("type", "translate") != "translate":
            continue
        src, tgt = meta.get("from_code"), meta.get("to_code")
        if isinstance(src, str) and isinstance(tgt, str):
            packs.append(AvailablePack(src, tgt, str(meta.get("package_version", "")),
                                       str(meta.get("from_name", src)), str(meta.get("to_name", tgt)),
                                       tuple(str(link) for link in meta.get("links", []) if isinstance(link, str))))
    return sorted(packs, key=lambda p: (p.src, p.tgt))


def download_pack(pack: AvailablePack, dest_dir: Path, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, timeout: float = 30.0) -> Path:
    """Download a pack file (first working link) into `dest_dir`; partial files are removed on failure."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"translate-{pack.src}_{pack.tgt}.argosmodel"
    last_error: Exception | None = None
    for link in pack.links:
        partial = dest.with_suffix(".part")
        try:
            with urllib.request.urlopen(link, timeout=timeout) as response, open(partial, "wb") as out:
                total = int(response.headers.get("Content-Length") or 0)
                done = 0
                while chunk := response.read(256 * 1024):
                    if cancelled is not None and cancelled():
                        raise PackCancelled("download cancelled")
                    out.write(chunk)
                    done += len(chunk)
                    if done > MAX_PACK_BYTES:
                        raise PackError("the download is larger than any language pack")
                    if progress is not None:
                        progress(done, total)
            partial.replace(dest)
            return dest
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            last_error = exc
            log.warning("download of %s from %s failed: %s", pack.pair, link, exc)
        finally:
            partial.unlink(missing_ok=True)
    raise PackOffline(f"the pack {pack.pair} could not be downloaded ({last_error or 'no link'})")
