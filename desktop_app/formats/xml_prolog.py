"""Whether an XML file declares a DTD (a package part, told from its prolog before any parser sees it) or
entities of its own (a glossary file, told from its parsed tree).

Office Open XML packages never carry a DTD (ISO/IEC 29500-2, M1.17: a package's XML content shall not hold DTD
declarations, and Word refuses a document that does). Read with entities left unresolved, a reference to one
silently cuts the text it stands in; kept in an export, an external entity makes the reader's Word or LibreOffice
fetch a file or an address. So a part with a DTD is refused, whatever libxml2 version would say of it.
"""

from __future__ import annotations

import re

from lxml import etree

PROLOG_SCAN_BYTES = 64 * 1024  # XML declaration, comments and processing instructions before the root element
_MISC = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DECLARED_UTF16 = re.compile(rb"<\?xml\s[^>]*?\bencoding\s*=\s*[\"']utf-?16[\"']", re.IGNORECASE)


def _prolog_text(data: bytes) -> str:
    head = data[:PROLOG_SCAN_BYTES]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] in (b"<\x00?\x00", b"\x00<\x00?", b"<\x00!\x00",
                                                               b"\x00<\x00!"):
        little = head[:2] == b"\xff\xfe" or head[:1] == b"<"
        return head.decode("utf-16-le" if little else "utf-16-be", errors="ignore").lstrip("\ufeff")
    if head[:3] == b"\xef\xbb\xbf":
        head = head[3:]
    return head.decode("latin-1")  # every byte a character: the markup sought is ASCII


def declares_dtd(data: bytes) -> bool:
    """True when the XML `data` has a document type declaration before its root element (UTF-8 or UTF-16), or a
    prolog too long to tell (comments of more than PROLOG_SCAN_BYTES, which no Office program writes)."""
    text = _prolog_text(data)
    at = 0
    while (match := _MISC.match(text, at)) and match.end() > at:
        at = match.end()
    rest = text[at:].lstrip()
    if rest.startswith("<!DOCTYPE"):
        return True
    return len(data) > PROLOG_SCAN_BYTES and rest.startswith(("<?", "<!--"))


def declares_entities(root: etree._Element) -> bool:
    """True when the document of `root` declares entities in its internal DTD subset. A glossary file may name an
    external DTD (TBX files from Okapi and Lokalize do), but no tool writes entities of its own: left unresolved,
    a reference to one drops the text it stands for from the term without a word."""
    dtd = root.getroottree().docinfo.internalDTD
    return dtd is not None and any(True for _ in dtd.iterentities())


def stored_encoding(head: bytes) -> str | None:
    """"utf-8" for XML whose declaration says UTF-16 while its bytes are not (no byte-order mark, no zero byte):
    a .NET program that writes XML into a string gets `encoding="utf-16"` declared, then saves the string as UTF-8.
    Every other reader takes the bytes for what they are; libxml2 follows the declaration and fails. None when the
    declaration can be believed."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:256]:
        return None
    return "utf-8" if _DECLARED_UTF16.match(head.removeprefix(b"\xef\xbb\xbf")) else None
