"""Read a plain-text release: paragraphs separated by blank lines, or one a line where there is no blank line;
the first one is the headline."""

from __future__ import annotations

import codecs
from pathlib import Path

from desktop_app.domain import refusals as why
from desktop_app.domain.release import Role
from desktop_app.domain.segment_edits import plain_text_paragraphs
from desktop_app.formats.encodings import bomless_utf16, code_page_text
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import read_limited
from desktop_app.formats.paragraphs import ImportedParagraph

MAX_TEXT_BYTES = 50 * 1024 * 1024


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), BOM-marked UTF-16, or Chinese or Russian text in its Windows code page;
    refuse binary and other encodings clearly."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FormatError(f"damaged UTF-16 text ({exc.reason} at byte {exc.start})", message_id=why.TEXT_DAMAGED,
                              message_args=("UTF-16",)) from exc
    if b"\x00" in data:
        text = bomless_utf16(data)
        if text is None:
            raise FormatError("this is a binary file, not plain text", message_id=why.TEXT_BINARY)
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = code_page_text(data)  # Notepad on a Chinese or Russian Windows: GB18030, Big5, Windows-1251
        if text is None:
            raise FormatError(
                f"the text is not UTF-8 (invalid byte at position {exc.start}); save it as UTF-8 and import again",
                message_id=why.TEXT_NOT_UTF8) from exc
        return text


def read_text(path: str | Path) -> list[ImportedParagraph]:
    path = Path(path)
    paragraphs = plain_text_paragraphs(decode_text(read_limited(path, MAX_TEXT_BYTES)))
    return [ImportedParagraph(p, Role.HEADLINE if i == 0 else Role.BODY) for i, p in enumerate(paragraphs)]
