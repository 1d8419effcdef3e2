"""Look inside an SQLite file without writing a byte: every store validates a file this way before opening it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_tables_and_meta(path: Path) -> tuple[set[str], dict[str, str]]:
    """The file's table names and its `meta` key/values (empty when it has no meta table), read-only.

    Raises sqlite3.DatabaseError for a damaged file; the caller words the message for its kind of file.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        meta = dict(conn.execute("select key, value from meta").fetchall()) if "meta" in tables else {}
    finally:
        conn.close()
    return tables, meta
