"""Read the paragraphs of a Word document (.docx, .docm, .dotx) in reading order, tables included.

python-docx is not used for reading because it silently loses text in files seen in the wild (a document with
several `<w:body>` elements, Strict OOXML namespaces) and refuses macro-enabled files and templates. This reader
walks the XML itself with a parser that resolves no entities and touches no network, and refuses damaged,
encrypted, duplicate-entry and oversized packages with a clear message.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from desktop_app.domain.release import Role
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import check_regular_file
from desktop_app.formats.paragraphs import ImportedParagraph

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END_MARK_STYLE = "end mark"  # the style PressDesk's exporter gives its closing mark
MAX_PART_BYTES = 200 * 1024 * 1024  # a decompressed document.xml larger than this is treated as a zip bomb

W_NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO 29500 Strict
}
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC_RELS = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
}
WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

# Containers whose children are read in order; everything not listed (deleted text, field codes, properties,
# comments' anchors, drawings' non-text parts) contributes no text.
_TRANSPARENT = {"ins", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "moveTo",
                "dir", "bdo", "r"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


def _w(el: etree._Element) -> str | None:
    """The local name of a WordprocessingML element (either namespace), else None."""
    tag = el.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return None
    ns, _, local = tag[1:].partition("}")
    return local if ns in W_NAMESPACES else None


def _read_part(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise FormatError(f"the part {name} is too large ({info.file_size} bytes unpacked)")
    return zf.read(info)


def _parse(data: bytes, what: str) -> etree._Element:
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{what} is not well-formed XML ({exc})") from exc


def _main_part(zf: zipfile.ZipFile) -> str:
    names = set(zf.namelist())
    if "[Content_Types].xml" not in names:
        raise FormatError("not a Word document (the package has no [Content_Types].xml)")
    main = None
    if "_rels/.rels" in names:
        rels = _parse(_read_part(zf, "_rels/.rels"), "_rels/.rels")
        for rel in rels:
            if rel.get("Type") in OFFICE_DOC_RELS and rel.get("TargetMode") != "External":
                main = posixpath.normpath(rel.get("Target", "").lstrip("/"))
                break
    main = main or "word/document.xml"
    if main not in names:
        raise FormatError("not a Word document (no main document part)")
    types = _parse(_read_part(zf, "[Content_Types].xml"), "[Content_Types].xml")
    content_type = None
    for el in types:
        if el.tag == f"{{{CT_NS}}}Override" and el.get("PartName", "").lstrip("/") == main:
            content_type = el.get("ContentType")
    if content_type is not None and content_type not in WORD_MAIN_TYPES:
        raise FormatError(f"not a Word document (main part is {content_type})")
    return main


def _style_names(zf: zipfile.ZipFile, main: str) -> dict[str, str]:
    """styleId → lower-case style name, so headings are recognised whatever the document's language."""
    styles = posixpath.join(posixpath.dirname(main), "styles.xml")
    if styles not in zf.namelist():
        return {}
    try:
        root = _parse(_read_part(zf, styles), styles)
    except FormatError:
        return {}  # styles only refine roles; a broken styles part does not cost the text
    names: dict[str, str] = {}
    for style in root:
        if _w(style) != "style":
            continue
        style_id = next((v for k, v in style.attrib.items() if k.endswith("}styleId")), None)
        name_el = next((c for c in style if _w(c) == "name"), None)
        if style_id and name_el is not None:
            name = next((v for k, v in name_el.attrib.items() if k.endswith("}val")), style_id)
            names[style_id] = name.lower()
    return names


def _attr(el: etree._Element, local: str) -> str | None:
    return next((v for k, v in el.attrib.items() if k.endswith("}" + local)), None)


class _Walker:
    """Collects paragraphs in reading order; text boxes and stray tables follow the paragraph holding them."""

    def __init__(self, style_names: dict[str, str]) -> None:
        self.style_names = style_names
        self.out: list[tuple[str, str | None]] = []  # (text, style name)

    def block(self, el: etree._Element) -> None:
        name = _w(el)
        if name == "p":
            self.paragraph(el)
        elif name == "tbl":
            for cell in self._cells(el):
                for child in cell:
                    self.block(child)
        elif name in _TRANSPARENT or (el.tag == f"{{{MC_NS}}}AlternateContent"):
            for child in self._children(el):
                self.block(child)

    @classmethod
    def _cells(cls, el: etree._Element) -> Iterator[etree._Element]:
        """The table's own cells in order (through rows and content controls), not those of nested tables."""
        for child in cls._children(el):
            name = _w(child)
            if name == "tc":
                yield child
            elif name != "tbl":
                yield from cls._cells(child)

    @staticmethod
    def _children(el: etree._Element) -> Iterator[etree._Element]:
        if el.tag == f"{{{MC_NS}}}AlternateContent":
            choice = next(iter(el), None)  # the first Choice (or the Fallback alone), never both
            return iter(choice) if choice is not None else iter(())
        return iter(el)

    def paragraph(self, p: etree._Element) -> None:
        parts: list[str] = []
        nested: list[etree._Element] = []
        style = None

        def walk(el: etree._Element) -> None:
            nonlocal style
            for child in self._children(el):
                name = _w(child)
                if name == "t":
                    parts.append(child.text or "")
                elif name == "tab":
                    parts.append("\t")
                elif name in ("br", "cr"):
                    parts.append("\n")
                elif name == "pPr":
                    ps = next((c for c in child if _w(c) == "pStyle"), None)
                    if ps is not None:
                        style = self.style_names.get(_attr(ps, "val") or "", _attr(ps, "val"))
                elif name in ("txbxContent", "tbl", "p"):
                    nested.append(child)
                elif name in ("del", "moveFrom", "instrText", "delText", "rPr"):
                    continue
                else:
                    walk(child)

        walk(p)
        text = "".join(parts).strip()
        if text:
            self.out.append((text, (style or "").lower() or None))
        for el in nested:
            if _w(el) == "txbxContent":
                for child in el:
                    self.block(child)
            else:
                self.block(el)


def _is_heading(style: str | None) -> bool:
    return bool(style) and (style == "title" or style.startswith("heading"))  # type: ignore[union-attr]


def read_docx(path: str | Path) -> list[ImportedParagraph]:
    """Paragraphs of a Word document in order; the first title/heading paragraph becomes the headline."""
    path = Path(path)
    check_regular_file(path)
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise FormatError("the document is password-protected (encrypted) or an old binary .doc; "
                          "save it as an unprotected .docx first")
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if len(names) != len(set(names)):
                raise FormatError("the package contains duplicate entries (damaged or tampered); refused")
            main = _main_part(zf)
            root = _parse(_read_part(zf, main), main)
            walker = _Walker(_style_names(zf, main))
            bodies = [el for el in root if _w(el) == "body"]
            if not bodies:
                raise FormatError("not a Word document (no document body)")
            for body in bodies:
                for block in body:
                    walker.block(block)
    except zipfile.BadZipFile as exc:
        raise FormatError(f"not a Word document or damaged ({exc})") from exc
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError, zlib.error) as exc:
        raise FormatError(f"cannot read the document ({exc})") from exc
    except KeyError as exc:
        raise FormatError(f"the document is incomplete ({exc})") from exc

    paragraphs: list[ImportedParagraph] = []
    headline_seen = False
    for text, style in walker.out:
        if style == END_MARK_STYLE:
            continue  # PressDesk's own "###" / "（完）" line closes a release; it is not content
        role = Role.BODY
        if not headline_seen and _is_heading(style):
            role, headline_seen = Role.HEADLINE, True
        paragraphs.append(ImportedParagraph(text, role))
    return paragraphs
