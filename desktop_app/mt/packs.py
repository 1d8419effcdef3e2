"""Language packs (`.argosmodel` files): validate, install, list, remove, and fetch from the Argos package index.

argostranslate's own installer only checks that a file is a zip and unpacks it into the packages folder, so a
broken pack surfaces later and breaks the listing of every pack. Here a pack is checked first (one top folder,
`metadata.json` of type translate with language codes, `model/model.bin`, `sentencepiece.model`, no path that
escapes the folder, no link, sane sizes), unpacked into a staging folder beside the packages folder and only
then moved into place, replacing an older pack of the same pair. Plain files only: no argostranslate import.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
import threading
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from desktop_app.domain import refusals as why
from desktop_app.domain.json_text import parse_json
from desktop_app.domain.refusals import Refusal
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import open_package, unpack_failure

log = logging.getLogger(__name__)

STAGING = ".staging"  # inside the packs folder: packs are unpacked there, then renamed into place
MAX_PACK_BYTES = 512 * 1024**2  # the largest Argos packs are ~200 MB; a file above this is not a pack
MAX_UNPACKED_BYTES = 512 * 1024**2  # refused before unpacking (declared sizes), enforced while unpacking
MAX_FILES = 10_000
MAX_METADATA_BYTES = 1024**2
MAX_RATIO = 50  # unpacked / packed: model weights barely compress, so beyond this a "pack" is a zip bomb
INDEX_TIMEOUT = 5.0
_CODE_RE = re.compile(r"[a-z]{2,3}")  # always with fullmatch: `$` would accept a trailing newline
_PAIR_RE = re.compile(r"([a-z]{2,3})(?:-|_|→|->)([a-z]{2,3})")
# metadata.json fields PressDesk or argostranslate read, with the types they must have when present.
_STR_FIELDS = ("package_version", "argos_version", "from_name", "to_name", "type", "target_prefix", "code")
_LIST_FIELDS = ("links", "from_codes", "to_codes", "languages", "dependencies", "source_languages",
                "target_languages")
MAX_FIELD_CHARS = 200  # a language name, version or prefix: anything longer is not metadata
MAX_LINK_CHARS, MAX_LINKS = 2000, 20
_install_lock = threading.Lock()


class PackError(Refusal):
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
    splitter: str = "minisbd"  # the pack's own sentence splitter: "minisbd", "stanza" or "none"
    target_prefix: str = ""  # a token the model expects before each output (multilingual models)

    @property
    def pair(self) -> str:
        return f"{self.src}-{self.tgt}"


@dataclass(frozen=True, slots=True)
class BrokenPack:
    """A folder in the packs folder that is not a usable pack (listed so that it can be removed or replaced)."""

    folder: str
    reason: str


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
    """The member's path, refusing absolute paths, `..`, drive letters, control characters and links."""
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    # A colon anywhere names a drive ("C:evil" is relative to drive C's current folder) or a hidden NTFS stream
    # ("model.bin:x") on Windows: nothing a pack needs.
    if name.startswith("/") or ":" in name or ".." in path.parts:
        raise PackError(f"the file contains a path outside its folder ({info.filename!r}); it was not installed",
                        message_id=why.PACK_PATH_OUTSIDE, message_args=(repr(info.filename),))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise PackError(f"the file contains a name with control characters ({info.filename!r}); it was not "
                        "installed", message_id=why.PACK_CONTROL_NAME, message_args=(repr(info.filename),))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackError(f"the file contains a link ({info.filename!r}); it was not installed",
                        message_id=why.PACK_LINK, message_args=(repr(info.filename),))
    return path


def _check_members(file_name: str, infos: list[zipfile.ZipInfo], paths: list[PurePosixPath]) -> str:
    """One top folder, no member twice, nothing both a file and a folder; returns the top folder's name."""
    tops = {p.parts[0] for p in paths if p.parts}
    if len(tops) != 1 or any(len(p.parts) == 1 and not info.is_dir() for p, info in zip(paths, infos, strict=True)):
        listed = ", ".join(sorted(map(repr, tops)))
        raise PackError(f"{file_name} must hold exactly one folder (it has {listed})",
                        message_id=why.PACK_NOT_ONE_FOLDER, message_args=(listed,), file_name=file_name)
    files = [p for p, info in zip(paths, infos, strict=True) if not info.is_dir()]
    seen: set[PurePosixPath] = set()
    for p in files:
        if p in seen:
            raise PackError(f"{file_name} holds {p.as_posix()!r} twice; it was not installed",
                            message_id=why.PACK_MEMBER_TWICE, message_args=(repr(p.as_posix()),), file_name=file_name)
        seen.add(p)
    folders = {parent for p in paths for parent in p.parents} | {p for p, info in zip(paths, infos, strict=True)
                                                                 if info.is_dir()}
    clash = seen & folders
    if clash:
        raise PackError(f"{file_name} holds {min(clash).as_posix()!r} both as a file and as a folder; it was not "
                        "installed", message_id=why.PACK_FILE_AND_FOLDER, message_args=(repr(min(clash).as_posix()),),
                        file_name=file_name)
    return tops.pop()


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
                                "Windows and macOS; it was not installed", message_id=why.PACK_NAMES_CLASH,
                                message_args=(repr(names[key]), repr(name)), file_name=file_name)


def _read_metadata(zf: zipfile.ZipFile, name: str) -> dict[str, object]:
    info = zf.getinfo(name)
    if info.file_size > MAX_METADATA_BYTES:
        raise PackError(f"metadata.json is implausibly large ({info.file_size:,} bytes; at most "
                        f"{MAX_METADATA_BYTES:,})", message_id=why.PACK_METADATA_TOO_LARGE,
                        message_args=(info.file_size, MAX_METADATA_BYTES))
    return _parse_metadata(zf.read(name))


def _parse_metadata(raw: bytes) -> dict[str, object]:
    try:
        data = parse_json(raw.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError is one too
        raise PackError(f"metadata.json is not valid JSON ({exc})", message_id=why.PACK_METADATA_NOT_JSON) from exc
    if not isinstance(data, dict):
        raise PackError("metadata.json does not describe a pack", message_id=why.PACK_METADATA_NOT_PACK)
    return data


def _splitter_kind(names: set[str], top: str) -> str:
    if any(n.startswith(f"{top}/minisbd/") and n.endswith(".onnx") for n in names):
        return "minisbd"
    if any(n.startswith(f"{top}/stanza/") for n in names):
        return "stanza"
    return "none"


def inspect_pack(path: str | Path) -> PackInfo:
    """Check a `.argosmodel` file without unpacking it; raises `PackError` saying what is wrong."""
    path = Path(path)
    if not path.is_file():  # a folder, pipe or device under a pack's name is there, only not a file to read
        what, message_id = (("is a folder, not a language pack file", why.PACK_IS_FOLDER) if path.is_dir() else
                            ("is not a regular file (a device or a pipe), so it is no language pack",
                             why.NOT_REGULAR_FILE) if path.exists() else ("does not exist", why.NO_SUCH_FILE))
        raise PackError(f"{path} {what}", message_id=message_id, file_name=path.name)
    size = path.stat().st_size
    if size > MAX_PACK_BYTES:
        raise PackError(f"{path.name} is larger than any language pack ({human_size(size)}; at most "
                        f"{human_size(MAX_PACK_BYTES)})", message_id=why.PACK_TOO_LARGE,
                        message_args=(human_size(MAX_PACK_BYTES),), file_name=path.name)
    if not zipfile.is_zipfile(path):
        raise PackError(f"{path.name} is not a language pack (not a zip archive)", message_id=why.PACK_NOT_ZIP,
                        file_name=path.name)
    try:
        with open_package(path) as zf:
            infos = zf.infolist()
            if not infos:
                raise PackError(f"{path.name} is empty", message_id=why.EMPTY_FILE, file_name=path.name)
            if len(infos) > MAX_FILES:
                raise PackError(f"{path.name} holds too many files ({len(infos)}) for a language pack",
                                message_id=why.PACK_TOO_MANY_FILES, message_args=(len(infos),), file_name=path.name)
            paths = [_member_path(info) for info in infos]
            _refuse_clashing_names(path.name, paths)
            top = _check_members(path.name, infos, paths)
            unpacked = sum(info.file_size for info in infos)
            if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_RATIO * max(size, 1):
                raise PackError(f"{path.name} unpacks to an implausible size ({human_size(unpacked)}; at most "
                                f"{human_size(MAX_UNPACKED_BYTES)} and {MAX_RATIO} times the file)",
                                message_id=why.PACK_UNPACKS_TOO_LARGE,
                                message_args=(human_size(unpacked), human_size(MAX_UNPACKED_BYTES), MAX_RATIO),
                                file_name=path.name)
            names = {p.as_posix() for p in paths}
            if f"{top}/metadata.json" not in names:
                raise PackError(f"{path.name} has no metadata.json; it is not a language pack",
                                message_id=why.PACK_NO_METADATA, file_name=path.name)
            try:
                meta = _read_metadata(zf, next(i.filename for i, p in zip(infos, paths, strict=True)
                                               if p.as_posix() == f"{top}/metadata.json"))
            except PackError as exc:
                raise PackError(f"{path.name}: {exc}; it was not installed", message_id=exc.message_id,
                                message_args=exc.message_args, file_name=path.name) from exc
            if f"{top}/model/model.bin" not in names:
                raise PackError(f"{path.name} has no translation model (model/model.bin)", message_id=why.PACK_NO_MODEL,
                                file_name=path.name)
            if f"{top}/sentencepiece.model" not in names:
                raise PackError(f"{path.name} has no tokenizer (sentencepiece.model)",
                                message_id=why.PACK_NO_TOKENIZER, file_name=path.name)
            corrupt = zf.testzip()
            if corrupt is not None:
                raise PackError(f"{path.name} is damaged (bad data in {corrupt})", message_id=why.PACK_DAMAGED,
                                file_name=path.name)
    except FormatError as exc:
        raise PackError(f"{path.name}: {exc}; it was not installed", message_id=exc.message_id,
                        message_args=exc.message_args, file_name=path.name if exc.message_id else None) from exc
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise PackError(f"{path.name} is damaged: {unpack_failure(exc)}", message_id=why.PACK_DAMAGED,
                        file_name=path.name) from exc
    return _info_from_metadata(meta, size=unpacked, folder=top, origin=path.name,
                               splitter=_splitter_kind(names, top))


def _info_from_metadata(meta: dict[str, object], *, size: int, folder: str, origin: str,
                        path: Path | None = None, splitter: str = "none") -> PackInfo:
    """A `PackInfo` from metadata whose every field PressDesk or argostranslate reads has the right type."""
    for key in _STR_FIELDS:
        value = meta.get(key)
        if key in meta and not isinstance(value, str):
            raise PackError(f"{origin}: metadata.json field {key!r} must be text, not {json.dumps(value)[:40]}",
                            message_id=why.PACK_FIELD_NOT_TEXT, message_args=(repr(key), json.dumps(value)[:40]),
                            file_name=origin)
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise PackError(f"{origin}: metadata.json field {key!r} is {len(value):,} characters long "
                            f"(at most {MAX_FIELD_CHARS})", message_id=why.PACK_FIELD_TOO_LONG,
                            message_args=(repr(key), len(value), MAX_FIELD_CHARS), file_name=origin)
    for key in _LIST_FIELDS:
        if key in meta and not isinstance(meta[key], list):
            raise PackError(f"{origin}: metadata.json field {key!r} must be a list",
                            message_id=why.PACK_FIELD_NOT_LIST, message_args=(repr(key),), file_name=origin)
    links: list[object] = meta.get("links", [])  # type: ignore[assignment]
    if not all(isinstance(link, str) for link in links):
        raise PackError(f"{origin}: metadata.json field 'links' must list text", message_id=why.PACK_LINKS_NOT_TEXT,
                        file_name=origin)
    if len(links) > MAX_LINKS or any(len(str(link)) > MAX_LINK_CHARS for link in links):
        raise PackError(f"{origin}: metadata.json field 'links' lists more than {MAX_LINKS} links or one longer "
                        f"than {MAX_LINK_CHARS} characters", message_id=why.PACK_TOO_MANY_LINKS,
                        message_args=(MAX_LINKS, MAX_LINK_CHARS), file_name=origin)
    kind = meta.get("type", "translate")
    if kind != "translate":
        raise PackError(f"{origin} is a {kind!r} pack, not a translation pack", message_id=why.PACK_NOT_TRANSLATION,
                        message_args=(repr(kind),), file_name=origin)
    src, tgt = meta.get("from_code"), meta.get("to_code")
    for key, code in (("from_code", src), ("to_code", tgt)):
        if not isinstance(code, str) or not _CODE_RE.fullmatch(code):
            raise PackError(f"{origin}: metadata.json {key} must be a 2- or 3-letter lower-case language code, "
                            f"not {json.dumps(code)[:40]}", message_id=why.PACK_BAD_CODE,
                            message_args=(key, json.dumps(code)[:40]), file_name=origin)
    assert isinstance(src, str) and isinstance(tgt, str)
    if src == tgt:
        raise PackError(f"{origin} translates {src} into itself", message_id=why.PACK_INTO_ITSELF,
                        message_args=(src,), file_name=origin)
    return PackInfo(src=src, tgt=tgt, version=str(meta.get("package_version", "")),
                    from_name=str(meta.get("from_name", src)), to_name=str(meta.get("to_name", tgt)),
                    size=size, folder=folder, path=path, splitter=splitter,
                    target_prefix=str(meta.get("target_prefix", "")))


# -- installed packs --------------------------------------------------------------------------------------------


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _read_folder(folder: Path) -> PackInfo:
    """The installed pack in `folder`; `PackError` saying why it is not a usable pack."""
    meta_file = folder / "metadata.json"
    try:
        if not meta_file.is_file():
            raise PackError("no metadata.json")
        if meta_file.stat().st_size > MAX_METADATA_BYTES:
            raise PackError("metadata.json is implausibly large")
        meta = _parse_metadata(meta_file.read_bytes())
    except OSError as exc:
        raise PackError(f"unreadable: {exc}") from exc
    if not (folder / "model" / "model.bin").is_file():
        raise PackError("no translation model (model/model.bin)")
    if not (folder / "sentencepiece.model").is_file():
        raise PackError("no tokenizer (sentencepiece.model)")
    names = {p.relative_to(folder.parent).as_posix() for sub in ("minisbd", "stanza") if (folder / sub).is_dir()
             for p in (folder / sub).rglob("*")}
    return _info_from_metadata(meta, size=_folder_size(folder), folder=folder.name, origin=folder.name,
                               path=folder, splitter=_splitter_kind(names, folder.name))


def _scan(data_dir: Path) -> tuple[list[PackInfo], list[BrokenPack]]:
    good: list[PackInfo] = []
    broken: list[BrokenPack] = []
    for folder in sorted(packs_dir(data_dir).iterdir()):
        if not folder.is_dir() or folder.name == STAGING:
            continue
        try:
            good.append(_read_folder(folder))
        except PackError as exc:
            broken.append(BrokenPack(folder.name, str(exc)))
    return sorted(good, key=lambda p: (p.src, p.tgt, [-n for n in version_key(p.version)])), broken


def version_key(version: str) -> tuple[int, ...]:
    """"1.10" → (1, 10): pack versions compared as numbers ("1.10" is newer than "1.9")."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:8] if len(part) <= 9)


def list_installed(data_dir: Path) -> list[PackInfo]:
    """Installed packs sorted by pair, the newest version of a pair first (a replacement cut short can leave
    two); folders that are not usable packs are left out (see `list_broken`)."""
    return _scan(data_dir)[0]


def list_broken(data_dir: Path) -> list[BrokenPack]:
    """Folders in the packs folder that are not usable packs, with the reason; `remove_broken` removes one."""
    return _scan(data_dir)[1]


def _safe_folder_name(info: PackInfo) -> str:
    version = re.sub(r"[^0-9A-Za-z]+", "_", info.version)[:40] or "0"
    return f"translate-{info.src}_{info.tgt}-{version}"


def _unpack(path: Path, staged: Path, budget: int) -> None:
    """Unpack a checked pack into `staged`, counting the bytes really written against `budget`."""
    written = 0
    with zipfile.ZipFile(path) as zf:
        for member in zf.infolist():
            relative = PurePosixPath(member.filename.replace("\\", "/"))
            dest = staged.joinpath(*relative.parts[1:]) if len(relative.parts) > 1 else staged
            if not dest.resolve().is_relative_to(staged.resolve()):
                raise PackError(f"{path.name} contains a path outside its folder", message_id=why.PACK_PATH_OUTSIDE,
                                message_args=(repr(member.filename),), file_name=path.name)
            if member.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(dest, "xb") as out:
                while block := src.read(1024 * 1024):
                    written += len(block)
                    if written > budget:
                        raise PackError(f"{path.name} unpacks to more than it declares; it was not installed",
                                        message_id=why.PACK_UNPACKS_MORE, file_name=path.name)
                    out.write(block)


class _PacksLock:
    """Installs and removals of one data folder, one at a time across processes (the GUI and the CLI at once):
    an OS lock on a file beside the packs folder, released by the kernel when its holder dies. Whoever holds it
    knows that what is left in the staging folder is the debris of an install that was cut short."""

    def __init__(self, data_dir: Path) -> None:
        self._path = mt_dir(data_dir) / "packs.lock"
        self._fd = -1

    def __enter__(self) -> _PacksLock:
        _install_lock.acquire()
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            # Not through a link planted in the data folder: it would create the file it names, anywhere.
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            if sys.platform.startswith("win"):
                import msvcrt

                msvcrt.locking(self._fd, msvcrt.LK_LOCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_EX)
        except OSError as exc:
            self._release()
            raise PackError(f"the language packs folder cannot be changed: {exc.strerror or exc}",
                            message_id=why.PACKS_FOLDER_LOCKED, message_args=(exc.errno or 0, exc.strerror or str(exc))
                            ) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        self._release()

    def _release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing releases the OS lock
            self._fd = -1
        _install_lock.release()


def _staging(data_dir: Path) -> Path:
    """A fresh staging folder inside the packs folder, so moves in and out are renames even when the packs folder
    is a link to another disk; call under the packs lock, which makes anything else in the staging folder debris to
    delete (also the staging folder of earlier versions, beside the packs folder)."""
    shutil.rmtree(mt_dir(data_dir) / "staging", ignore_errors=True)
    root = packs_dir(data_dir) / STAGING
    root.mkdir(exist_ok=True)
    for debris in root.iterdir():
        log.info("removing what an interrupted install left: %s", debris.name)
        if debris.is_dir() and not debris.is_symlink():
            shutil.rmtree(debris, ignore_errors=True)
        else:
            debris.unlink(missing_ok=True)
    return Path(tempfile.mkdtemp(dir=root))


def _clear_staging(tmp: Path) -> None:
    """Delete a staging folder, and the staging root when that leaves it empty: the packs folder holds packs."""
    shutil.rmtree(tmp, ignore_errors=True)
    with contextlib.suppress(OSError):
        tmp.parent.rmdir()


def install_pack(path: str | Path, data_dir: Path, on_changed: Callable[[], None] | None = None,
                 trial: Callable[[PackInfo], None] | None = None) -> PackInfo:
    """Validate and install a pack, replacing an installed pack of the same pair; `on_changed` clears caches.

    The pack is unpacked into a staging folder first and, with `trial` (the engine's `try_pack`), loaded and run
    there; the packs folder only ever sees complete packs. The new pack is moved in before an older one of the
    pair is moved out, so a process killed in between leaves two working packs (the newer is used), never none.
    A pack older than the installed one is refused: going back is a removal first.
    """
    path = Path(path)
    info = inspect_pack(path)
    target_root = packs_dir(data_dir)
    with _PacksLock(data_dir):
        tmp = _staging(data_dir)
        try:
            staged = tmp / "new"
            staged.mkdir()
            try:
                _unpack(path, staged, info.size)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                raise PackError(f"{path.name} could not be unpacked: {exc}", message_id=why.PACK_DAMAGED,
                                file_name=path.name) from exc
            old = [p for p in list_installed(data_dir) if (p.src, p.tgt) == (info.src, info.tgt)]
            if old and version_key(old[0].version) > version_key(info.version):
                raise PackError(f"{path.name} is version {info.version or '?'} of {info.pair}, older than the "
                                f"installed {old[0].version}; remove that first to go back (pressdesk packs "
                                f"remove {info.pair})", message_id=why.PACK_OLDER,
                                message_args=(info.version or "?", info.pair, old[0].version), file_name=path.name)
            if trial is not None:
                trial(dataclasses.replace(info, path=staged))
            final = target_root / _safe_folder_name(info)
            if final.exists() and final.name not in {p.folder for p in old}:
                final.rename(tmp / "in-the-way")  # a broken folder (or a stray file) where the pack goes
            serial = 1
            while final.exists():  # the same version again: in beside the old one, which then goes
                serial += 1
                final = target_root / f"{_safe_folder_name(info)}-{serial}"
            try:
                staged.rename(final)
            except OSError as exc:
                raise PackError.from_os_error(f"{path.name} could not be moved into the packs folder: "
                                              f"{exc.strerror or exc}", exc, path.name, why.PACK_CANNOT_MOVE) from exc
            for i, pack in enumerate(old):
                with contextlib.suppress(OSError):  # left in place, it is listed after the new one
                    (target_root / pack.folder).rename(tmp / f"old-{i}")
        finally:
            _clear_staging(tmp)
    log.info("installed %s %s from %s", info.pair, info.version, path)
    if on_changed is not None:
        on_changed()
    return _read_folder(final)


def _retire(data_dir: Path, folders: list[str]) -> None:
    """Move folders out of the packs folder at once (atomic disappearance), then delete them at leisure."""
    with _PacksLock(data_dir):
        tmp = _staging(data_dir)
        try:
            for i, folder in enumerate(folders):
                try:
                    (packs_dir(data_dir) / folder).rename(tmp / str(i))
                except OSError as exc:
                    raise PackError.from_os_error(f"{folder!r} could not be removed: {exc.strerror or exc}", exc,
                                                  folder, why.PACK_CANNOT_REMOVE) from exc
        finally:
            _clear_staging(tmp)


def remove_pack(data_dir: Path, src: str, tgt: str, on_changed: Callable[[], None] | None = None) -> PackInfo:
    """Remove the installed pack of exactly this pair; `on_changed` clears the engine's caches."""
    matches = [p for p in list_installed(data_dir) if p.src == src and p.tgt == tgt]
    if not matches:
        raise PackError(f"no language pack for {src}→{tgt} is installed", message_id=why.MT_NO_PACK,
                        message_args=(src, tgt))
    _retire(data_dir, [p.folder for p in matches])
    if on_changed is not None:
        on_changed()
    return matches[0]


def remove_broken(data_dir: Path, folder: str, on_changed: Callable[[], None] | None = None) -> BrokenPack:
    """Remove a broken folder named exactly as `list_broken` lists it."""
    found = next((b for b in list_broken(data_dir) if b.folder == folder), None)
    if found is None:
        raise PackError(f"{folder!r} is neither an installed pair nor a broken pack folder")
    _retire(data_dir, [found.folder])
    if on_changed is not None:
        on_changed()
    return found


def parse_pair(text: str) -> tuple[str, str]:
    """'zh-en' (or zh_en, zh→en) → ('zh', 'en'); nothing else (no spaces, no other characters) is accepted."""
    match = _PAIR_RE.fullmatch(text)
    if match is None:
        raise PackError(f"{text!r} is not a language pair (expected e.g. zh-en)")
    return match.group(1), match.group(2)


# -- the package index ------------------------------------------------------------------------------------------


def fetch_index(url: str, timeout: float = INDEX_TIMEOUT) -> list[AvailablePack]:
    """The translation packs of the Argos index; `PackOffline` at once when it cannot be reached."""
    import urllib.request  # with http, ssl and email ~9 MB: only when the index is asked for

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = parse_json(response.read(16 * 1024**2).decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
        raise PackOffline("The package index cannot be reached (no network?). Language packs can still be "
                          "installed from a .argosmodel file.") from exc
    except ValueError as exc:  # not UTF-8, not JSON, or JSON nested too deeply to read
        raise PackError(f"the package index is not valid JSON: {exc}", message_id=why.PACK_INDEX_NOT_JSON) from exc
    packs = []
    for meta in data if isinstance(data, list) else []:
        if not isinstance(meta, dict) or meta.get("type", "translate") != "translate":
            continue
        try:  # the same checks as an installed pack's: a code like "../x" would name a file outside the folder
            info = _info_from_metadata(meta, size=0, folder="", origin="a package index entry")
        except PackError as exc:
            log.warning("skipped: %s", exc)
            continue
        packs.append(AvailablePack(info.src, info.tgt, info.version, info.from_name, info.to_name,
                                   tuple(meta.get("links", []))))
    return sorted(packs, key=lambda p: (p.src, p.tgt))


def download_pack(pack: AvailablePack, dest_dir: Path, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, timeout: float = 30.0) -> Path:
    """Download a pack file (first working link) into `dest_dir`; partial files are removed on failure."""
    import urllib.request

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
                        raise PackError("the download is larger than any language pack",
                                        message_id=why.PACK_DOWNLOAD_TOO_LARGE)
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
