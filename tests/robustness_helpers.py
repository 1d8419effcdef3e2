"""Helpers of the robustness tests: byte and zip-member mutations, seed files (reading times: bench_robustness)."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

from hypothesis import strategies as st


class Seed(bytes):
    """A seed file's content that shows as its name in hypothesis reports (not as kilobytes of bytes)."""

    name: str

    def __new__(cls, data: bytes, name: str) -> Seed:
        seed = super().__new__(cls, data)
        seed.name = name
        return seed

    def __repr__(self) -> str:
        return f"<seed {self.name}>"


@st.composite
def mutated_bytes(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed file damaged the ways files get damaged: bit flips, cuts, insertions, duplicated spans."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(("flip", "set", "delete", "insert", "truncate", "duplicate")))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[pos] = draw(st.sampled_from((0, 0x0A, 0x22, 0x26, 0x3C, 0x3E, 0x7B, 0x80, 0xC3, 0xFF)))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif op == "truncate":
            del data[pos:]
        elif op == "duplicate":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 256))]
    return bytes(data)


def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def is_package(data: bytes) -> bool:
    """Whether `data` is a readable zip with at least one member (a seed that part mutations can work on)."""
    try:
        return bool(zip_members(data))
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError):
        return False


def build_zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are one of the planted defects
        for name, content in members:
            zf.writestr(name, content)
    return out.getvalue()


@st.composite
def mutated_package(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A well-formed zip whose parts are damaged, so the damage reaches the XML readers behind the zip layer."""
    members = zip_members(draw(st.sampled_from([s for s in seeds if is_package(s)])))
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(members) - 1))
        name, content = members[i]
        op = draw(st.sampled_from(("mutate", "mutate", "mutate", "drop", "duplicate", "empty")))
        if op == "mutate":
            members[i] = (name, draw(mutated_bytes([content or b"<x/>"])))
        elif op == "drop" and len(members) > 1:
            del members[i]
        elif op == "duplicate":
            members.append((name, content))
        elif op == "empty":
            members[i] = (name, b"")
    return build_zip(members)


def small_files(paths: list[Path], limit: int = 400_000, count: int = 12) -> list[bytes]:
    """Up to `count` files under `limit` bytes, spread over the size range: fast seeds that still are real."""
    chosen = sorted((p for p in paths if p.stat().st_size <= limit), key=lambda p: p.stat().st_size)
    step = max(len(chosen) // count, 1)
    return [Seed(p.read_bytes(), p.name) for p in chosen[::step][:count]]
