"""Shared fixtures: offscreen Qt, a temporary data folder per test, and the owner's shared material."""

from __future__ import annotations

import contextlib
import csv
import ctypes
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The suite opens hundreds of windows and translation models in one process. glibc raises its mmap threshold each
# time a large block is freed, so later large blocks come from the heap, where a small live block above them keeps
# the heap's span from shrinking: it reached 28 GB (2 GB resident), and then fork() for the tests that run the CLI
# with limits, and for the PostgreSQL server, failed with ENOMEM. A fixed threshold keeps blocks of 1 MB and more in
# their own mappings, returned whole when freed.
M_MMAP_THRESHOLD = -3  # mallopt parameter, from glibc's malloc.h
with contextlib.suppress(OSError, AttributeError):
    ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, 1 << 20)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
REALDATA = SHARED / "realdata"
SEED_CSV = REPO / "resources" / "glossary-seed.csv"


def seed_entry_count() -> int:
    """How many entries the shipped glossary seed holds, counted from its CSV rows (not through PressDesk)."""
    with open(SEED_CSV, encoding="utf-8", newline="") as fh:
        return sum(1 for row in csv.DictReader(fh) if row["category"])


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own PressDesk data and cache folders, so nothing touches the user's real ones."""
    path = tmp_path_factory.mktemp("pressdesk-data")
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(path))
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(tmp_path_factory.mktemp("pressdesk-cache")))
    return path


def realdata_files(sub: str, *patterns: str) -> list[Path]:
    """Files of ../shared/realdata/<sub> (recursively) matching the patterns; empty when shared is absent."""
    base = REALDATA / sub
    if not base.is_dir():
        return []
    return sorted({p for pat in patterns for p in base.rglob(pat) if p.is_file()})


needs_realdata = pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is not beside the checkout")
