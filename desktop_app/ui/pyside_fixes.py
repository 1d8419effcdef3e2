"""Work-arounds for PySide6 behaviour that costs the GUI memory.

PySide6 looks at every module imported after it, to see whether the module uses its `__feature__` switches
(PYSIDE-2029): it calls `inspect.getsource(module)`, which leaves the module's whole source in `linecache` for
the life of the process — about 11 MB of text once the window, the checks and the MT engine are loaded.
`stop_caching_module_sources()` asks the same question by reading the file, and empties what was cached so far.
"""

from __future__ import annotations

import linecache
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


def _uses_pyside(module: ModuleType) -> bool:
    """PySide6's own test ("PySide6" in the module's source), without keeping the source."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, compiled or source-less: PySide6's test says False for these too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def stop_caching_module_sources() -> None:
    """Replace PySide6's per-import source lookup (after PySide6 is imported); a no-op where it has none."""
    import PySide6.QtCore  # noqa: F401  (installs the import hook this replaces)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6 has no per-import source lookup to replace")
        return
    feature._mod_uses_pyside = _uses_pyside
    linecache.clearcache()
