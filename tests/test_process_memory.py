"""The GUI's worker threads share glibc arenas instead of each keeping its own full of freed blocks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import process_memory

CHILD = """
import sys, threading
from desktop_app.process_memory import limit_malloc_arenas
if sys.argv[1] == "limit":
    assert limit_malloc_arenas()
barrier = threading.Barrier(8)
kept = []
def work():
    barrier.wait()  # all eight allocate at once, as contending workers do
    kept.append([bytearray(200) for _ in range(20000)])  # glibc's blocks, not Python's small-object pools
threads = [threading.Thread(target=work) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# A thread arena lives in 64 MiB-aligned anonymous mappings (glibc's HEAP_MAX_SIZE on 64-bit), each starting with
# a heap_info whose first field points to its arena; an arena's first heap holds the arena itself right after it.
# Counting those first heaps counts arenas: not an arena's later heaps, nor a mapping aligned so by chance.
import ctypes
arenas = 0
for line in open("/proc/self/maps"):
    fields = line.split()
    start = int(fields[0].split("-")[0], 16)
    if start % (64 << 20) == 0 and fields[1].startswith("rw") and len(fields) < 6:
        arenas += start < (ctypes.c_void_p.from_address(start).value or 0) < start + 4096
print(arenas)
"""


def thread_arenas(mode: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    env.pop("MALLOC_ARENA_MAX", None)
    out = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True, env=env)
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(process_memory._LIBC is None, reason="glibc's allocator only (Linux)")
def test_limiting_arenas_keeps_eight_busy_threads_to_the_shared_ones() -> None:
    assert thread_arenas("none") > process_memory.ARENAS
    assert thread_arenas("limit") < process_memory.ARENAS
