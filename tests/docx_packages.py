"""Small Word packages for the import tests: python-docx's default parts with a hand-written body and extra parts,
so a test can hold exactly the WordprocessingML a press office's tool would write."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from desktop_app.formats.docx_reader import read_docx

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')
AFCHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def wr(text: str) -> str:
    """A run of text."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def wp(*runs: str, style: str = "") -> str:
    """A paragraph of these runs, in this style (a styleId)."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def package(body: str, parts: dict[str, bytes | str] | None = None,
             rels: list[tuple[str, str, str]] | None = None, types: str = "") -> bytes:
    """A Word package: python-docx's default parts, this body, extra parts with their relationships. A part that
    python-docx already has (styles.xml, numbering.xml, with their relationships) is replaced."""
    parts = dict(parts or {})
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f"<w:document {NS}><w:body>{body}</w:body></w:document>").encode()
            elif item.filename == "word/_rels/document.xml.rels":
                extra = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in rels or [])
                data = data.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", types.encode() + b"</Types>")
            dst.writestr(item, parts.pop(item.filename, data))
        for name, data in parts.items():
            dst.writestr(name, data)
    return out.getvalue()


def save(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def texts(path: Path) -> list[str]:
    return [p.text for p in read_docx(path)]
