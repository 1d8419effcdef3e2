"""The log: every module logs through `logging`; the GUI sends it to a rotating file in the data folder.

A press officer who hits a problem can send `logs/pressdesk.log`; rotation keeps the folder small (5 × 1 MB).
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import stat
from pathlib import Path
from typing import TextIO

from desktop_app.domain.invisible import escape_unseen

LOG_DIR = "logs"
LOG_FILE = "pressdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"


class EscapingFormatter(logging.Formatter):
    """Writes each message with its control, bidi and invisible characters escaped: messages quote file names and
    values from files, and a name holding a line feed forged a log line while one holding a terminal escape drove
    the terminal of whoever read the warning. Tracebacks keep their lines."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        message = record.message
        record.message = escape_unseen(message)
        try:
            return super().formatMessage(record)
        finally:
            record.message = message


def escape_console_logging() -> None:
    """Escape what the last-resort handler prints (the warnings of a command when nothing else is set up)."""
    if logging.lastResort is not None:
        logging.lastResort.setFormatter(EscapingFormatter("%(message)s"))


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


# A link planted as the log file (a data folder on a share) must not make us append elsewhere, e.g. to a shell
# start-up file with lines quoting names others chose; nor a named pipe make us wait for a reader.
_OPEN_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


class _PressDeskFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so setting up twice does not log every line twice; opens only a
    regular file that is no link, symbolic or hard."""

    def _open(self) -> TextIO:  # logging's hook for opening the file, also after a rollover
        fd = os.open(self.baseFilename, _OPEN_FLAGS, 0o600)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise OSError(errno.EINVAL, "not a regular file", self.baseFilename)
            if info.st_nlink > 1:  # a hard link planted there appends to the file it is a second name of
                raise OSError(errno.EMLINK, "a second name (a hard link) of another file", self.baseFilename)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger (and Python warnings) to the rotating log file; return the file's path."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _PressDeskFileHandler)]:
        if Path(old.baseFilename) == path.resolve():
            root.setLevel(min(root.level or level, level))
            return path
        root.removeHandler(old)
        old.close()
    try:
        if path.parent.is_symlink():
            raise OSError(errno.ELOOP, "the log folder is a link", str(path.parent))
        handler = _PressDeskFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("not logging to %s: %s", path, exc.strerror or exc)
        return path
    handler.setFormatter(EscapingFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    return path


def shutdown_logging() -> None:
    """Close the file handler (tests, and before the data folder is deleted)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _PressDeskFileHandler)]:
        root.removeHandler(handler)
        handler.close()
