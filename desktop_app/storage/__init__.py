"""Persistence beside the domain: project files, glossary and translation-memory databases (sqlite-utils).

sqlite-utils imports numpy and pandas when they are installed (a tenth of a second or more, on every command
and at GUI start-up) only to map their scalar types to column types, and PressDesk never stores either. The
first import of this package therefore imports sqlite-utils with both masked; numpy itself stays importable
(the MT engine needs it), and if it is already loaded sqlite-utils simply sees it.
"""

from __future__ import annotations

import sys


def _import_sqlite_utils_without_numpy() -> None:
    masked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in masked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        import sqlite_utils  # noqa: F401 - cached in sys.modules for every storage module
    finally:
        for name in masked:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
