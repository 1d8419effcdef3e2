"""The log: every module logs through `logging`; the GUI sends it to a rotating file in the data folder.

A press officer who hits a problem can send `logs/pressdesk.log`; rotation keeps the folder small (5 × 1 MB).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

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


class _PressDeskFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so setting up twice does not log every line twice."""


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
    handler = _PressDeskFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
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
