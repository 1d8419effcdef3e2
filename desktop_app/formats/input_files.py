"""Reading a file the user named, bounded: a device (`/dev/zero`), a named pipe or a folder under a document's
name would otherwise be read forever, block, or fill the memory before any size check could refuse it."""

from __future__ import annotations

import io
import os
import stat
import struct
import weakref
import zipfile
from pathlib import Path
from typing import BinaryIO

from desktop_app.domain import refusals as why
from desktop_app.formats.errors import FormatError


def name_as_text(path: str | os.PathLike[str]) -> str:
    """The file's name as text that can be stored (a cell's import source, an entry's source, an import's label).
    A name in another system's encoding (a folder unpacked from a Windows zip, a share) reaches Python with a lone
    surrogate for each byte that is not UTF-8, which no database, document or JSON file takes; those bytes read
    as U+FFFD, as a file manager shows them."""
    return os.fsencode(Path(path).name).decode("utf-8", "replace")


def check_regular_file(path: Path) -> int:
    """The size of `path`, following links; FormatError (no file name: callers add it) unless it is a regular
    file. OSError when it cannot be looked at."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise FormatError("is a folder, not a file", message_id=why.IS_FOLDER)
    if not stat.S_ISREG(info.st_mode):
        raise FormatError("is not a regular file (a device or a pipe), so it cannot be read",
                          message_id=why.NOT_REGULAR_FILE)
    return info.st_size


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file `path`, refused (FormatError) above `max_bytes`; reads at most one byte
    more, so a file that grows while it is read is refused too."""
    size = check_regular_file(path)
    if size > max_bytes:
        raise FormatError(f"the file is too large ({size:,} bytes; at most {max_bytes:,})", message_id=why.TOO_LARGE,
                          message_args=(size, max_bytes))
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FormatError(f"the file is too large (more than {max_bytes:,} bytes)", message_id=why.TOO_LARGE_OVER,
                          message_args=(max_bytes,))
    return data


# Limits on what one part of a package (a Word document, a workbook) may unpack to. Parsed, XML takes some fifteen
# times its size in memory: a 500 KB file whose document.xml unpacked to 175 MB took 2.7 GB. The largest real
# document.xml seen is 12.5 MB (37 times its packed size); a bigger part packed more than a hundredfold is refused
# as a zip bomb.
MAX_PART_BYTES = 64 * 1024 * 1024
BOMB_RATIO = 100
BOMB_MIN_BYTES = 8 * 1024 * 1024
# Everything read from one package, the packages inside it included: 20 altChunks of 8 MB text each (each under
# the part limits, packed to 8 KB) made a 194 KB document read as 160 million characters; 2,000 of them would be
# 16 GB. Twice the largest part leaves room for a document's styles, numbering and embedded pages.
MAX_PACKAGE_BYTES = 2 * MAX_PART_BYTES
# The package's table of contents (its central directory), which zipfile reads whole into objects of about a
# kilobyte per entry before anything can be counted: an 86 MB file of a million empty entries took 1 GB and 5 s
# to open. Real documents, workbooks and language packs list tens to a few thousand entries (under 100 bytes each).
MAX_INDEX_BYTES = 2 * 1024 * 1024

_END = b"PK\x05\x06"
_END_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP64_END = b"PK\x06\x06"
_ZIP64_END_SIZE = 56

_UNPACKED: weakref.WeakKeyDictionary[zipfile.ZipFile, list[int]] = weakref.WeakKeyDictionary()


def _index_size(fh: BinaryIO) -> int | None:
    """The size the package's end record gives its central directory (as zipfile reads it, Zip64 included);
    None when no end record is found (zipfile then refuses the file itself)."""
    end = fh.seek(0, io.SEEK_END)
    start = max(0, end - _END_SIZE - 0xFFFF)  # the end record, then a comment of at most 64 KB
    fh.seek(start)
    tail = fh.read()
    at = len(tail) - _END_SIZE  # zipfile's order: an end record without a comment closing the file, else the last
    if not (at >= 0 and tail[at:at + 4] == _END and tail[-2:] == b"\0\0"):
        at = tail.rfind(_END)
    if at < 0 or len(tail) - at < _END_SIZE:
        return None
    size = struct.unpack("<I", tail[at + 12:at + 16])[0]
    locator = at - _ZIP64_LOCATOR_SIZE
    if locator >= 0 and tail[locator:locator + 4] == _ZIP64_LOCATOR:
        # With a Zip64 locator zipfile takes every size from the Zip64 record, which it reads just before the
        # locator, whatever the end record says.
        record = start + locator - _ZIP64_END_SIZE
        if record >= 0:
            fh.seek(record)
            data = fh.read(_ZIP64_END_SIZE)
            if data[:4] == _ZIP64_END:
                return int(struct.unpack("<Q", data[40:48])[0])
    return int(size)


def open_package(source: str | os.PathLike[str] | BinaryIO) -> zipfile.ZipFile:
    """A zip package (a Word document, a workbook, a language pack) opened for reading, refused (FormatError) when
    its table of contents is larger than any such package has, before zipfile turns it into objects;
    zipfile.BadZipFile for what is no zip at all."""
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fh:
            size = _index_size(fh)
    else:
        size = _index_size(source)
        source.seek(0)
    if size is not None and size > MAX_INDEX_BYTES:
        raise FormatError(f"the package lists more entries than any document, workbook or pack has (a table of "
                          f"contents of {size:,} bytes; at most {MAX_INDEX_BYTES:,}); refused",
                          message_id=why.PACKAGE_INDEX_TOO_LARGE, message_args=(size, MAX_INDEX_BYTES))
    return zipfile.ZipFile(source)


def part_key(entry: str) -> str:
    """The part an entry of a package holds, as its name is compared: part names are case-insensitive (ISO 29500-2),
    and .NET Framework 4.5's ZipFile wrote Windows separators ("word\\document.xml"), which Windows and 7-Zip read
    as folders."""
    return entry.replace("\\", "/").casefold()


def refuse_duplicate_parts(zf: zipfile.ZipFile) -> None:
    """FormatError when two entries of a Word or Excel package have one part name. Part names are
    case-insensitive: zipfile reads the last of "word/document.xml" and "word/Document.xml", Word another one, so
    what PressDesk reads (or takes from a house template into every export) would not be what the user sees."""
    names = [part_key(name) for name in zf.namelist()]
    if len(names) != len(set(names)):
        raise FormatError("the package contains duplicate entries (damaged or tampered); refused",
                          message_id=why.PACKAGE_DUPLICATES)


def _check_part(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_PART_BYTES:
        raise FormatError(f"the part {info.filename} is too large ({info.file_size:,} bytes unpacked)",
                          message_id=why.PACKAGE_PART_TOO_LARGE, message_args=(info.filename, info.file_size))
    if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(info.compress_size, 1):
        raise FormatError(f"the part {info.filename} unpacks to {info.file_size:,} bytes from "
                          f"{info.compress_size:,}: a zip bomb, not a document", message_id=why.PACKAGE_ZIP_BOMB,
                          message_args=(info.filename, info.file_size, info.compress_size))


def check_whole_package(zf: zipfile.ZipFile) -> None:
    """FormatError unless every entry of the package is within the limits of one part and all of them together
    within MAX_PACKAGE_BYTES: for a reader that loads every part it reaches (python-docx), pictures included."""
    for info in zf.infolist():
        _check_part(info)
    if sum(info.file_size for info in zf.infolist()) > MAX_PACKAGE_BYTES:
        raise FormatError(f"the package unpacks to more than {MAX_PACKAGE_BYTES:,} bytes; refused",
                          message_id=why.PACKAGE_TOO_LARGE, message_args=(MAX_PACKAGE_BYTES,))


def read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The unpacked bytes of one entry of a package; FormatError for one too large or packed like a zip bomb, or
    when what the package (and the packages it holds) unpacks to adds up to more than MAX_PACKAGE_BYTES."""
    _check_part(info)
    unpacked = _UNPACKED.setdefault(zf, [0])
    unpacked[0] += info.file_size
    if unpacked[0] > MAX_PACKAGE_BYTES:
        raise FormatError(f"the package unpacks to more than {MAX_PACKAGE_BYTES:,} bytes, more than any document "
                          "or workbook holds: a zip bomb; refused", message_id=why.PACKAGE_TOO_LARGE,
                          message_args=(MAX_PACKAGE_BYTES,))
    return zf.read(info)


def open_embedded_package(data: bytes, outer: zipfile.ZipFile) -> zipfile.ZipFile:
    """A package held inside another (a Word document an altChunk imports), whose parts count against what the
    outer package may unpack to: otherwise each embedded document could unpack as much again."""
    inner = open_package(io.BytesIO(data))
    _UNPACKED[inner] = _UNPACKED.setdefault(outer, [0])
    return inner


def unpack_failure(exc: BaseException) -> str:
    """Why zipfile could not unpack an entry, in words: it names an encrypted entry by its whole ZipInfo
    (`File <ZipInfo filename=… compress_size=289> is encrypted, …`), an unknown method by no entry at all."""
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return "a part of it is encrypted with a password"
    if isinstance(exc, NotImplementedError):
        return "a part of it is compressed with a method PressDesk cannot unpack"
    return str(exc)
