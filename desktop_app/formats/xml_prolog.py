"""Whether an XML file declares a DTD (a package part, told from its prolog before any parser sees it) or
entities of its own (a glossary file, told from its parsed tree).

Office Open XML packages never carry a DTD (ISO/IEC 29500-2, M1.17: a package's XML content shall not hold DTD
declarations, and Word refuses a document that does). Read with entities left unresolved, a reference to one
silently cuts the text it stands in; kept in an export, an external entity makes the reader's Word or LibreOffice
fetch a file or an address. So a part with a DTD is refused, whatever libxml2 version would say of it.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml (3 MB of libraries) only where a file is parsed: the window's memory lookups need none
    from lxml import etree

PROLOG_SCAN_BYTES = 64 * 1024  # XML declaration, comments and processing instructions before the root element
_MISC = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DECLARED_UTF16 = re.compile(rb"<\?xml\s[^>]*?\bencoding\s*=\s*[\"']utf-?16[\"']", re.IGNORECASE)


# How libxml2 tells a file's encoding before any declaration (XML 1.0, appendix F): a byte-order mark, else the
# first four bytes. UTF-32's marks come first: "\xff\xfe\0\0" begins like UTF-16's.
_MARKS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
          (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_FIRST_BYTES = ((b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"), (b"\x00<\x00", "utf-16-be"),
                (b"<\x00", "utf-16-le"), (b"\x4c\x6f\xa7\x94", "cp037"))
_DECLARED = re.compile(r"""<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']""")


def prolog_text(data: bytes, scan: int = PROLOG_SCAN_BYTES) -> str | None:
    """The first `scan` bytes of the XML `data` as text, decoded as the parser will decode them: by the byte-order
    mark, the first bytes, or the encoding the declaration names. None when it names one Python cannot decode.

    Markup written in UTF-32, EBCDIC or UTF-7 ("+ADw-!DOCTYPE" is "<!DOCTYPE") is not in ASCII bytes: read as
    bytes, a DTD in a UTF-32 part went unseen and the text around its entity was cut short."""
    head = data[:scan]
    for mark, codec in _MARKS:
        if head.startswith(mark):
            return head[len(mark):].decode(codec, errors="ignore")
    codec = next((codec for first, codec in _FIRST_BYTES if head.startswith(first)), "latin-1")
    text = head.decode(codec, errors="ignore")
    declared = _DECLARED.match(text)
    if declared is None or codec != "latin-1":
        return text
    try:
        named = codecs.lookup(declared.group(1)).name
    except LookupError:
        return None
    if named.startswith(("utf-16", "utf-32")):
        return text  # a wide encoding named in narrow bytes: libxml2 goes on reading the bytes as they are
    return head.decode(named, errors="ignore")


def declares_dtd(data: bytes) -> bool:
    """True when the XML `data` has a document type declaration before its root element (in whatever encoding the
    parser reads it), or a prolog that cannot be told: comments of more than PROLOG_SCAN_BYTES, which no Office
    program writes, or an encoding Python does not know."""
    text = prolog_text(data)
    if text is None:
        return True
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
