"""Helpers shared by the translation-memory tests: writing small TMX files and fingerprinting a memory file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr


def tmx_bytes(units: list[list[tuple[str, str]]], *, tool: str = "PressDesk tests", lang_attr: str = "xml:lang",
              encoding: str = "utf-8", raw_segs: bool = False) -> bytes:
    """A TMX 1.4 document; each unit is a list of (lang, seg text); `raw_segs` keeps seg markup as given."""
    body = []
    for unit in units:
        tuvs = "".join(
            f"<tuv {lang_attr}={quoteattr(lang)}><seg>{seg if raw_segs else escape(seg)}</seg></tuv>"
            for lang, seg in unit
        )
        body.append(f"<tu>{tuvs}</tu>")
    decl_encoding = "UTF-16" if encoding.startswith("utf-16") else encoding.upper()
    text = (f'<?xml version="1.0" encoding="{decl_encoding}"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            f'<tmx version="1.4"><header creationtool={quoteattr(tool)} creationtoolversion="1" segtype="sentence" '
            f'o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>{"".join(body)}</body></tmx>\n')
    return text.encode(encoding)


def write_tmx(path: Path, units: list[list[tuple[str, str]]], **kwargs: object) -> Path:
    path.write_bytes(tmx_bytes(units, **kwargs))  # type: ignore[arg-type]
    return path


def db_fingerprint(path: Path) -> str:
    """A digest of every row of every table (read through a fresh connection), to prove nothing changed."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()
    finally:
        conn.close()
