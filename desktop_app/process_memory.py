"""How the process asks glibc's allocator to keep less memory (a no-op where glibc is not the allocator).

glibc gives each thread that allocates its own arena (up to eight per core) and keeps freed blocks there. The GUI
runs its checks, spelling and MT on worker threads, so arenas full of freed blocks added ~10 MB to the window
with a pack loaded (benchmarks/bench_mt.py). `limit_malloc_arenas()` is called once at start, before any
thread; `return_freed_memory()` after work that frees much (loading or releasing a model, decoding).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

M_ARENA_MAX = -8  # mallopt parameter, from glibc's malloc.h
ARENAS = 2  # the GUI thread's and one shared by the workers


def _load_libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


_LIBC = _load_libc()


def limit_malloc_arenas() -> bool:
    """Share two arenas among all threads; True when the allocator took the setting."""
    return _LIBC is not None and bool(_LIBC.mallopt(M_ARENA_MAX, ARENAS))


def return_freed_memory() -> None:
    """Hand freed memory at the top of each arena back to the system."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)
