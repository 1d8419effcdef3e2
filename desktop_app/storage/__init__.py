"""Persistence beside the domain: project files, glossary and translation-memory databases (sqlite-utils).

sqlite-utils imports numpy and pandas when they are installed (a tenth of a second or more, on every command
and at GUI start-up) only to map their scalar types to column types, and PressDesk never stores either. The
first import of this package therefore imports sqlite-utils with both masked; numpy itself stays importable
(the MT engine needs it), and if it is already loaded sqlite-utils simply sees it.

It also imports dateutil's parser (and with it dateutil's time zones: 2.8 MB resident) for its date-parsing
recipes, which PressDesk never calls; that module is bound lazily (importlib's LazyLoader), so it is only
executed if something ever uses it.
"""

from __future__ import annotations

import importlib.util
import sys


def _bind_lazily(name: str) -> None:
    """Put module `name` in sys.modules (and on its parent) unexecuted: it runs at its first attribute use."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _import_sqlite_utils_lean() -> None:
    masked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in masked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        _bind_lazily("dateutil.parser")
        import sqlite_utils  # noqa: F401 - cached in sys.modules for every storage module
    finally:
        for name in masked:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]


_import_sqlite_utils_lean()
