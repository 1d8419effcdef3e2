"""Reading a file the user named, bounded: a device (`/dev/zero`), a named pipe or a folder under a document's
name would otherwise be read forever, block, or fill the memory before any size check could refuse it."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

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
        raise FormatError("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise FormatError("is not a regular file (a device or a pipe), so it cannot be read")
    return info.st_size


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file `path`, refused (FormatError) above `max_bytes`; reads at most one byte
    more, so a file that grows while it is read is refused too."""
    size = check_regular_file(path)
    if size > max_bytes:
        raise FormatError(f"the file is too large ({size:,} bytes; at most {max_bytes:,})")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FormatError(f"the file is too large (more than {max_bytes:,} bytes)")
    return data


# Limits on what one part of a package (a Word document, a workbook) may unpack to. Parsed, XML takes some fifteen
# times its size in memory: a 500 KB file whose document.xml unpacked to 175 MB took 2.7 GB. The largest real
# document.xml seen is 12.5 MB (37 times its packed size); a bigger part packed more than a hundredfold is refused
# as a zip bomb.
MAX_PART_BYTES = 64 * 1024 * 1024
BOMB_RATIO = 100
BOMB_MIN_BYTES = 8 * 1024 * 1024


def read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The unpacked bytes of one entry of a package; FormatError for one too large or packed like a zip bomb."""
    if info.file_size > MAX_PART_BYTES:
        raise FormatError(f"the part {info.filename} is too large ({info.file_size:,} bytes unpacked)")
    if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(info.compress_size, 1):
        raise FormatError(f"the part {info.filename} unpacks to {info.file_size:,} bytes from "
                          f"{info.compress_size:,}: a zip bomb, not a document")
    return zf.read(info)
