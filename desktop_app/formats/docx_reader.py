"""Read the paragraphs of a Word document (.docx, .docm, .dotx) in reading order, tables included.

python-docx is not used for reading because it silently loses text in files seen in the wild (a document with
several `<w:body>` elements, Strict OOXML namespaces) and refuses macro-enabled files and templates. This reader
walks the XML itself with a parser that resolves no entities and touches no network, and refuses damaged,
encrypted, duplicate-entry and oversized packages with a clear message.
"""

from __future__ import annotations

import contextlib
import email
import posixpath
import re
import weakref
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterator
from itertools import islice, pairwise
from pathlib import Path

import lxml.html
from lxml import etree

from desktop_app.domain import refusals as why
from desktop_app.domain.release import Role
from desktop_app.formats.docx_numbering import Numbering
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import (
    check_regular_file,
    open_embedded_package,
    open_package,
    part_key,
    read_part,
    refuse_duplicate_parts,
    unpack_failure,
)
from desktop_app.formats.paragraphs import (
    STYLE_ROLES,
    DocumentContent,
    DocumentTable,
    ImportedParagraph,
    TableCell,
    is_heading_style,
)
from desktop_app.formats.xml_prolog import declares_dtd, stored_encoding

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END_MARK_STYLE = "end mark"  # the style PressDesk's exporter gives its closing mark

W_NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO 29500 Strict
}
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH_NAMESPACES = {"http://schemas.openxmlformats.org/officeDocument/2006/math",
                   "http://purl.oclc.org/ooxml/officeDocument/math"}
O_MATH = {f"{{{ns}}}oMath" for ns in MATH_NAMESPACES}
# The namespaces whose markup the reader takes text from: a branch of mc:AlternateContent that requires another
# (Word's emoji as w16se:symEx, a chartex chart) is passed over for the next, which holds the same content in
# markup read here (ISO 29500-3: the first Choice whose namespaces are understood, else the Fallback).
UNDERSTOOD_NAMESPACES = frozenset({
    *W_NAMESPACES, *MATH_NAMESPACES,
    "http://schemas.microsoft.com/office/word/2010/wordml", "http://schemas.microsoft.com/office/word/2012/wordml",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main",
    "http://schemas.openxmlformats.org/drawingml/2006/picture", "http://purl.oclc.org/ooxml/drawingml/picture",
    "urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office",
})
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
NUMBERING_RELS = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering",
}
AFCHUNK_RELS = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/aFChunk",
}
MAX_PARAGRAPHS = 100_000  # five times what a project holds: reading stops before a crafted file fills the memory
# Elements one paragraph may hold, text boxes inside it included: a long paragraph with tracked changes holds a few
# thousand. Each is read in Python: one paragraph of 2.5 million empty runs (a 60 MB part) took 50 s and 970 MB.
MAX_PARAGRAPH_ELEMENTS = 100_000
MAX_CHUNK_DEPTH = 2  # a Word document imported into a Word document imported into the main one, no deeper

# Containers whose children are read in order; everything not listed (deleted text, field codes, properties,
# comments' anchors, drawings' non-text parts) contributes no text.
_TRANSPARENT = {"ins", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "moveTo",
                "dir", "bdo", "r"}


def _parser(encoding: str | None = None) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True, encoding=encoding)


_LOCAL_NAMES: dict[str, str | None] = {}  # tag → local name: a document repeats a few dozen tags many times


def _w(el: etree._Element) -> str | None:
    """The local name of a WordprocessingML element (either namespace), else None."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    try:
        return _LOCAL_NAMES[tag]
    except KeyError:
        ns, _, local = tag[1:].partition("}")
        name = _LOCAL_NAMES[tag] = local if tag.startswith("{") and ns in W_NAMESPACES else None
        return name


_PART_NAMES: weakref.WeakKeyDictionary[zipfile.ZipFile, dict[str, str]] = weakref.WeakKeyDictionary()


def _part(zf: zipfile.ZipFile, name: str | None) -> str | None:
    """The entry holding the part `name`: part names are case-insensitive in a package (ISO 29500-2), so a
    relationship to "/word/Document.xml" names the entry word/document.xml. The names are indexed once per
    package: a document's every altChunk looks its part up."""
    if not name:
        return None
    names = _PART_NAMES.get(zf)
    if names is None:
        names = _PART_NAMES[zf] = {}
        for entry in zf.namelist():
            names.setdefault(part_key(entry), entry)
    return names.get(part_key(name))


def _read_part(zf: zipfile.ZipFile, name: str) -> bytes:
    return read_part(zf, zf.getinfo(_part(zf, name) or name))


def _refuse_dtd(data: bytes, what: str) -> None:
    if declares_dtd(data):
        raise FormatError(f"{what} declares a DTD, which Word documents never hold (its entities could stand for "
                          "text or fetch files); refused", message_id=why.DOCX_DTD, message_args=(what,))


def _parse(data: bytes, what: str) -> etree._Element:
    _refuse_dtd(data, what)
    try:
        return etree.fromstring(data, _parser(stored_encoding(data)))
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{what} is not well-formed XML ({exc})", message_id=why.XML_PART_NOT_WELL_FORMED,
                          message_args=(what,)) from exc


def _main_part(zf: zipfile.ZipFile) -> str:
    if _part(zf, "[Content_Types].xml") is None:
        raise FormatError("not a Word document (the package has no [Content_Types].xml)", message_id=why.DOCX_NOT_WORD)
    main = None
    if _part(zf, "_rels/.rels") is not None:
        rels = _parse(_read_part(zf, "_rels/.rels"), "_rels/.rels")
        for rel in rels:
            if rel.get("Type") in OFFICE_DOC_RELS and rel.get("TargetMode") != "External":
                main = posixpath.normpath(rel.get("Target", "").lstrip("/"))
                break
    entry = _part(zf, main or "word/document.xml")
    if entry is None:
        raise FormatError("not a Word document (no main document part)", message_id=why.DOCX_NOT_WORD)
    main = entry.replace("\\", "/")  # the part's name, beside which its styles and relationships are found
    types = _parse(_read_part(zf, "[Content_Types].xml"), "[Content_Types].xml")
    content_type = None
    for el in types:
        if el.tag == f"{{{CT_NS}}}Override" and part_key(el.get("PartName", "").lstrip("/")) == part_key(main):
            content_type = el.get("ContentType")
    if content_type is not None and content_type not in WORD_MAIN_TYPES:
        raise FormatError(f"not a Word document (main part is {content_type})", message_id=why.DOCX_NOT_WORD)
    return main


def _optional_part(zf: zipfile.ZipFile, name: str | None) -> etree._Element | None:
    """A part that only refines the text (styles, numbering): missing or broken, it does not cost the text."""
    name = _part(zf, name)
    if name is None:
        return None
    try:
        data = _read_part(zf, name)
    except FormatError:
        return None
    _refuse_dtd(data, name)  # a hostile part, not a broken one: the whole document is refused
    try:
        return _parse(data, name)
    except FormatError:
        return None


def _style_names(root: etree._Element | None) -> dict[str, str]:
    """styleId → lower-case style name, so headings are recognised whatever the document's language. A house
    style based on Title, a Heading or one of the role styles (a "PR Headline" based on Title), or one given an
    outline level (Word shows it in the navigation pane as a heading), is named for what it is."""
    if root is None:
        return {}
    names: dict[str, str] = {}
    based_on: dict[str, str] = {}
    levels: dict[str, int] = {}
    for style in root:
        if _w(style) != "style":
            continue
        style_id = _attr(style, "styleId")
        name_el = next((c for c in style if _w(c) == "name"), None)
        if not style_id or name_el is None:
            continue
        names[style_id] = (_attr(name_el, "val") or style_id).lower()
        parent = next((c for c in style if _w(c) == "basedOn"), None)
        if parent is not None and _attr(parent, "val"):
            based_on[style_id] = _attr(parent, "val")  # type: ignore[assignment]
        level = _outline_level(next((c for c in style if _w(c) == "pPr"), None))
        if level is not None:
            levels[style_id] = level
    return {style_id: _role_name(style_id, names, based_on, levels) for style_id in names}


MAX_STYLE_DEPTH = 10  # a chain of styles based on styles; deeper (or circular) chains are not followed


def _role_name(style_id: str, names: dict[str, str], based_on: dict[str, str], levels: dict[str, int]) -> str:
    """The name a style is read by: its own when that names a role or heading, else a heading of its outline
    level, else the nearest style it is based on that names a role or heading; its own name otherwise."""
    current: str | None = style_id
    for _ in range(MAX_STYLE_DEPTH):
        if current is None or current not in names:
            break
        name = names[current]
        if is_heading_style(name) or name in STYLE_ROLES:
            return name
        if current in levels:
            return f"heading {levels[current] + 1}"
        current = based_on.get(current)
    return names[style_id]


MAX_OUTLINE_LEVEL = 8  # 9 is body text


def _outline_level(ppr: etree._Element | None) -> int | None:
    """A paragraph's (or paragraph style's) outline level 0–8, that of a heading; None for body text."""
    level = next((c for c in ppr if _w(c) == "outlineLvl"), None) if ppr is not None else None
    value = _attr(level, "val") if level is not None else None
    return int(value) if value and value.isdigit() and int(value) <= MAX_OUTLINE_LEVEL else None


def _attr(el: etree._Element, local: str) -> str | None:
    return next((v for k, v in el.attrib.items() if k.endswith("}" + local)), None)


# A body table as read: rows of (grid column, span, first paragraph index, index after its last paragraph).
_Grid = list[list[tuple[int, int, int, int]]]


class _Walker:
    """Collects paragraphs in reading order; text boxes and stray tables follow the paragraph holding them.

    The body's tables are also kept as grids of paragraph ranges, so a release laid out one language per column
    can be read column by column from the same pass."""

    def __init__(self, style_names: dict[str, str],
                 chunk: Callable[[str], list[tuple[str, str | None]]] | None = None,
                 numbering: Numbering | None = None, hidden_styles: dict[str, bool] | None = None) -> None:
        self.style_names = style_names
        self.hidden_styles = hidden_styles or {}  # styleId → whether its text is hidden (only styles that say)
        self.chunk = chunk  # reads the part an altChunk points to
        self.numbering = numbering
        self.out: list[tuple[str, str | None]] = []  # (text, style name)
        self.carry = ""  # text of a paragraph whose mark was deleted: it joins the next paragraph
        self.tables: list[_Grid] = []
        self._table_depth = 0
        # Indexes into `out` of body paragraphs (outside tables) that look like a title by their direct formatting
        # (bold or large, not red letterhead), that flow as running text (left or justified, neither numbered nor
        # title-like), and before which a page ended: what headlines and PDF lines are told by.
        self.title_looks: set[int] = set()
        self.flowing: set[int] = set()
        self.page_starts: set[int] = set()
        # Open complex fields, innermost last: [state, code so far, drop-down choice]; the state is CODE while in
        # its code (begin → separate), then SHOWN or, for a result that is no text of the release (a table of
        # contents), LEFT_OUT.
        # Text in any field's code is no part of what Word shows, even a nested field's result ("IF { PAGE } …").
        self.fields: list[list[str]] = []

    def block(self, el: etree._Element) -> None:
        name = _w(el)
        if name == "p":
            self.paragraph(el)
        elif name == "sdt" and (_is_placeholder(el) or _is_contents(el)):
            return
        elif name == "altChunk":
            rel_id = _attr(el, "id")
            if self.chunk is not None and rel_id:
                for text, style in self.chunk(rel_id):
                    self._emit(text, style)
        elif name == "tbl":
            self.table(el)
        elif name in _TRANSPARENT or (el.tag == f"{{{MC_NS}}}AlternateContent"):
            for child in self._children(el):
                self.block(child)

    def table(self, tbl: etree._Element) -> None:
        """The cells' paragraphs in reading order; a body table's layout is recorded as well."""
        grid: _Grid = []
        self._table_depth += 1
        for tr in self._own(tbl, "tr"):
            row = []
            column = _int_val(tr, "trPr", "gridBefore", 0)
            for tc in self._own(tr, "tc"):
                start = len(self.out)
                for child in tc:
                    self.block(child)
                span = max(1, _int_val(tc, "tcPr", "gridSpan", 1))
                row.append((column, span, start, len(self.out)))
                column += span
            grid.append(row)
        self._table_depth -= 1
        if self._table_depth == 0:
            self.tables.append(grid)

    @classmethod
    def _own(cls, el: etree._Element, local: str) -> Iterator[etree._Element]:
        """The table's own rows, or the row's own cells, in order (through content controls), not those of nested
        tables."""
        for child in cls._children(el):
            name = _w(child)
            if name == local:
                yield child
            elif name != "tbl":
                yield from cls._own(child, local)

    @staticmethod
    def _children(el: etree._Element) -> Iterator[etree._Element]:
        if el.tag == f"{{{MC_NS}}}AlternateContent":
            branch = _understood_branch(el)  # one branch, never both
            return iter(branch) if branch is not None else iter(())
        return iter(el)

    def paragraph(self, p: etree._Element) -> None:
        if sum(1 for _ in islice(p.iter(), MAX_PARAGRAPH_ELEMENTS + 1)) > MAX_PARAGRAPH_ELEMENTS:
            raise FormatError(f"paragraph {len(self.out) + 1} holds more than {MAX_PARAGRAPH_ELEMENTS:,} elements, "
                              "which no paragraph of a release has; it cannot be imported",
                              message_id=why.DOCX_PARAGRAPH_TOO_LARGE,
                              message_args=(len(self.out) + 1, MAX_PARAGRAPH_ELEMENTS))
        parts: list[str] = []
        nested: list[etree._Element] = []
        style = None

        def walk(el: etree._Element) -> None:
            nonlocal style, mark_deleted, ppr, page_break
            for child in self._children(el):
                name = _w(child)
                if name == "fldChar":
                    parts.append(self.field_char(child))
                elif name in _SHOWN and self.fields and not self._shown():
                    continue  # inside a field's code, or a table of contents
                elif name == "instrText" and self.fields and self.fields[-1][0] == _CODE:
                    self.fields[-1][1] += child.text or ""
                elif name == "t":
                    parts.append(_run_text(child))
                elif name in ("tab", "ptab"):
                    parts.append("\t")
                elif name in ("br", "cr"):
                    kind = _attr(child, "type")
                    # Text after a page or column break is on the next page or column, a paragraph of its own; a
                    # line break stays within the paragraph. A form feed marks the break: XML text cannot hold one.
                    parts.append(_TURN if kind in ("page", "column") else "\n")
                    # the page turns here: the paragraph is at a page's edge (where a bare page number is)
                    page_break = page_break or kind == "page"
                elif name == "sym":
                    parts.append(_symbol(child))
                elif name == "noBreakHyphen":
                    # a plain hyphen: the column holds text to translate and check; not breaking is layout
                    parts.append("-")
                elif name == "pPr":
                    ppr = child
                    ps = next((c for c in child if _w(c) == "pStyle"), None)
                    if ps is not None:
                        style = self.style_names.get(_attr(ps, "val") or "", _attr(ps, "val"))
                    mark_deleted = _mark_deleted(child) or _drop_cap(child)
                elif name in ("txbxContent", "tbl", "p"):
                    nested.append(child)
                elif name in ("del", "moveFrom", "instrText", "delText", "rPr", "rt"):
                    continue  # deleted or moved-away text, field codes, ruby guide text
                elif name == "r" and self._hidden(child, ppr):
                    for mark in child:  # a hidden field still opens and closes (index entries are hidden fields)
                        if _w(mark) == "fldChar":
                            self.field_char(mark)
                elif name == "r" and _custom_note_mark(child):
                    continue  # a footnote's own mark ("*", "†") typed after its reference: as numbered marks, left out
                elif child.tag == _VML_TEXTPATH:
                    if child.get("string"):
                        nested.append(child)  # WordArt (a 公文's red 版头): its text is the shape's attribute
                elif name == "sdt" and _is_placeholder(child):
                    continue
                elif name is None and child.tag in O_MATH:
                    parts.append(_equation(child) or "")
                else:
                    walk(child)

        mark_deleted = False
        page_break = False
        ppr: etree._Element | None = None
        walk(p)
        # A field code ends in the paragraph it starts in; one left open (damaged) must not hide the text after it.
        self.fields = [field for field in self.fields if field[0] != _CODE]
        text = "".join(parts)
        label = None
        if self.numbering is not None and not mark_deleted:
            label = self.numbering.label(ppr)  # counted even when empty: Word numbers empty items too
            if label and text.strip():
                text = label + text.lstrip()
        if mark_deleted:
            self.carry += text.replace(_TURN, "\n")  # accepted, the deletion joins this paragraph to the next one
        else:
            index = len(self.out)
            if page_break and self._table_depth == 0:
                self.page_starts.add(index)
            # A blank line made of two line breaks (text pasted from a web page's <br><br>, Shift+Enter twice)
            # parts what Word shows as two paragraphs; within a table cell the cell stays whole, a page or column
            # break in it one line break.
            if self._table_depth:
                pieces = [text.replace(_TURN, "\n")]
            else:
                pieces = _BLANK_LINE.split(text.replace(_TURN, "\n\n"))
            for piece in pieces:
                self._emit(piece, (style or "").lower() or None)
            if len(self.out) > index and self._table_depth == 0:
                if len(self.title_looks) + len(self.flowing) < TITLE_LOOK_PARAGRAPHS and _title_look(p):
                    self.title_looks.add(index)
                elif not label and not _list_item(ppr) and _flows(ppr):
                    self.flowing.add(index)
            if ppr is not None and any(_w(c) == "sectPr" for c in ppr) and self._table_depth == 0:
                self.page_starts.add(len(self.out))  # a section break ends the page (Acrobat: every page)
        for el in nested:
            if el.tag == _VML_TEXTPATH:
                self._emit(el.get("string", ""), None)
            elif _w(el) == "txbxContent":
                for child in el:
                    self.block(child)
            else:
                self.block(el)

    def field_char(self, mark: etree._Element) -> str:
        """Follow a complex field's begin, separate and end marks; the text a field shows that is in no run of it
        (a drop-down form field's chosen entry) is returned at its end."""
        kind = _attr(mark, "fldCharType")
        if kind == "begin":
            self.fields.append([_CODE, "", _drop_down_choice(mark)])
        elif kind == "separate" and self.fields:
            field = self.fields[-1]
            field[0] = _LEFT_OUT if _CONTENTS_FIELD.match(field[1]) else _SHOWN_RESULT
        elif kind == "end" and self.fields:
            field = self.fields.pop()
            if field[2] and _DROP_DOWN_FIELD.match(field[1]) and self._shown():
                return field[2]
        return ""

    def _hidden(self, run: etree._Element, ppr: etree._Element | None) -> bool:
        """Hidden text is set on the run itself, or by its character style, or by its paragraph's style (a
        template's instructions, an editor's note), the nearer setting deciding."""
        rpr = next((c for c in run if _w(c) == "rPr"), None)
        own = _vanish(rpr)
        if own is not None:
            return _on(own)
        for props, local in ((rpr, "rStyle"), (ppr, "pStyle")):
            style = next((c for c in props if _w(c) == local), None) if props is not None else None
            hidden = self.hidden_styles.get(_attr(style, "val") or "") if style is not None else None
            if hidden is not None:
                return hidden
        return False

    def _shown(self) -> bool:
        """Whether text here is shown as text of the release: in no field's code and no table of contents."""
        return all(field[0] == _SHOWN_RESULT for field in self.fields)

    def _emit(self, text: str, style: str | None) -> None:
        text, self.carry = _EDGE_SPACE.sub("", self.carry + text), ""
        if text:
            if len(self.out) >= MAX_PARAGRAPHS:
                raise FormatError(f"the document holds more than {MAX_PARAGRAPHS:,} paragraphs, far more than a "
                                  "release; it cannot be imported", message_id=why.DOCX_TOO_MANY_PARAGRAPHS,
                                  message_args=(MAX_PARAGRAPHS,))
            self.out.append((text, style))

    def finish(self) -> list[tuple[str, str | None]]:
        """The paragraphs read, with the text of a last paragraph whose mark was deleted."""
        self._emit("", None)
        return self.out


TITLE_LOOK_PARAGRAPHS = 12  # a title set by direct formatting opens the document: later bold lines are not sought
MAX_TITLE_CHARS = 200
MIN_TITLE_HALF_POINTS = 36  # 18 pt: larger than body text, whose largest customary size is 16 pt (公文 三号)


def _title_run(run: etree._Element) -> bool:
    """A run set as a title by direct formatting: bold or at least 18 pt, and not red (the red of a 公文 版头,
    letterhead naming the issuing body, not the title)."""
    rpr = next((c for c in run if _w(c) == "rPr"), None)
    if rpr is None:
        return False
    props = {_w(c): c for c in rpr}
    colour = (_attr(props["color"], "val") or "") if "color" in props else ""
    if re.fullmatch(r"(?i)[c-f][0-9a-f][0-3][0-9a-f][0-3][0-9a-f]", colour):
        return False
    size = _attr(props["sz"], "val") or "" if "sz" in props else ""
    return _on(props.get("b")) or (size.isdigit() and int(size) >= MIN_TITLE_HALF_POINTS)


def _title_look(p: etree._Element) -> bool:
    """Whether the paragraph's every run of text is set as a title (see `_title_run`): how web CMSs, Google Docs
    and 公文 / бланк templates mark a headline in a document without heading styles."""
    runs = [r for r in p.iter() if _w(r) == "r" and any(_w(t) == "t" and (t.text or "").strip() for t in r)
            and next((a for a in r.iterancestors() if _w(a) in ("p", "txbxContent")), None) is p]
    return bool(runs) and all(_title_run(r) for r in runs)


def _flows(ppr: etree._Element | None) -> bool:
    """Whether a paragraph is laid out as running text (left or justified), as a line cut out of a PDF page is."""
    jc = next((c for c in ppr if _w(c) == "jc"), None) if ppr is not None else None
    return jc is None or (_attr(jc, "val") or "") in ("left", "start", "both", "distribute")


# What a paragraph's text may not begin or end with: spaces (the full-width indent of Chinese text too) and the
# invisible characters pasted from web pages, so a paragraph of nothing but a zero-width space is no paragraph.
_EDGE_SPACE = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$")
# Invisible anywhere: a soft hyphen typed as a character (as w:softHyphen, which is left out) and the byte-order
# mark pasted mid-text; left in, they split words for search, the glossary and QA.
_INVISIBLE_INSIDE = str.maketrans("", "", "\u00ad\ufeff")
# What shows text in a paragraph, and so is left out inside a field's code.
_SHOWN = {"t", "tab", "ptab", "br", "cr", "sym", "noBreakHyphen"}
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n\s*")
_TURN = "\f"  # a page or column break while a paragraph is read
_CODE, _SHOWN_RESULT, _LEFT_OUT = "code", "shown", "left out"  # where in a complex field the text is
_CONTENTS_FIELD = re.compile(r"\s*TOC\b", re.IGNORECASE)  # a table of contents: its result repeats the headings
_DROP_DOWN_FIELD = re.compile(r"\s*FORMDROPDOWN\b", re.IGNORECASE)
_VML_TEXTPATH = "{urn:schemas-microsoft-com:vml}textpath"


def _int_val(el: etree._Element, props: str, local: str, default: int) -> int:
    """A whole-number property such as a cell's `w:gridSpan`: `default` when absent or not a small number."""
    pr = next((c for c in el if _w(c) == props), None)
    prop = next((c for c in pr if _w(c) == local), None) if pr is not None else None
    value = _attr(prop, "val") if prop is not None else None
    return int(value) if value and value.isdigit() and len(value) <= 3 else default


def _on(el: etree._Element | None) -> bool:
    """An OOXML on/off property: present and not switched off."""
    return el is not None and (_attr(el, "val") or "true").lower() not in ("0", "false", "off")


def _vanish(rpr: etree._Element | None) -> etree._Element | None:
    """The hidden-text setting of run properties (Word's "Hidden" font effect: not shown or printed, so no part
    of the release), if they have one."""
    return None if rpr is None else next((c for c in rpr if _w(c) in ("vanish", "specVanish")), None)


def _hidden_styles(root: etree._Element | None) -> dict[str, bool]:
    """styleId → whether text in the style is hidden, for the styles that set it themselves or through the
    styles they are based on (the nearest setting decides)."""
    if root is None:
        return {}
    own: dict[str, bool] = {}
    based_on: dict[str, str] = {}
    for style in root:
        style_id = _attr(style, "styleId") if _w(style) == "style" else None
        if not style_id:
            continue
        vanish = _vanish(next((c for c in style if _w(c) == "rPr"), None))
        if vanish is not None:
            own[style_id] = _on(vanish)
        parent = next((c for c in style if _w(c) == "basedOn"), None)
        if parent is not None and _attr(parent, "val"):
            based_on[style_id] = _attr(parent, "val")  # type: ignore[assignment]
    hidden: dict[str, bool] = {}
    for style_id in {*own, *based_on}:
        current: str | None = style_id
        for _ in range(MAX_STYLE_DEPTH):
            if current is None or current in own:
                break
            current = based_on.get(current)
        if current in own:
            hidden[style_id] = own[current]
    return hidden


def _is_contents(sdt: etree._Element) -> bool:
    """A content control holding a table of contents (Word's References ▸ Table of Contents): headings repeated
    with page numbers, no text of the release."""
    props = next((c for c in sdt if _w(c) == "sdtPr"), None)
    part = next((c for c in props if _w(c) == "docPartObj"), None) if props is not None else None
    gallery = next((c for c in part if _w(c) == "docPartGallery"), None) if part is not None else None
    return gallery is not None and (_attr(gallery, "val") or "").casefold() == "table of contents"


def _understood_branch(alternate: etree._Element) -> etree._Element | None:
    """The branch of an mc:AlternateContent read: the first Choice all of whose required namespaces are
    understood, else the Fallback."""
    for branch in alternate:
        if branch.tag == f"{{{MC_NS}}}Choice":
            required = (branch.get("Requires") or "").split()
            if all(branch.nsmap.get(prefix) in UNDERSTOOD_NAMESPACES for prefix in required):
                return branch
        elif branch.tag == f"{{{MC_NS}}}Fallback":
            return branch
    return None


def _drop_down_choice(mark: etree._Element) -> str:
    """The entry a legacy drop-down form field shows: Word keeps only its list and the index chosen (or the default,
    else the first entry), no run of text."""
    data = next((c for c in mark if _w(c) == "ffData"), None)
    choices = next((c for c in data if _w(c) == "ddList"), None) if data is not None else None
    if choices is None:
        return ""
    entries = [_attr(c, "val") or "" for c in choices if _w(c) == "listEntry"]
    chosen = next((c for c in choices if _w(c) == "result"), None)
    if chosen is None:
        chosen = next((c for c in choices if _w(c) == "default"), None)
    index = _attr(chosen, "val") if chosen is not None else "0"
    return entries[int(index)] if index and index.isdigit() and int(index) < len(entries) else ""


def _custom_note_mark(run: etree._Element) -> bool:
    """A run holding a footnote or endnote reference marked by a symbol of the author's instead of a number: the
    symbol is typed as the run's text."""
    return any(_w(c) in ("footnoteReference", "endnoteReference") and _on_attr(c, "customMarkFollows") for c in run)


def _on_attr(el: etree._Element, local: str) -> bool:
    return (_attr(el, local) or "false").lower() in ("1", "true", "on")


def _is_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ("Click or tap here to enter text.") holds no content."""
    props = next((c for c in sdt if _w(c) == "sdtPr"), None)
    return props is not None and _on(next((c for c in props if _w(c) == "showingPlcHdr"), None))


def _mark_deleted(ppr: etree._Element) -> bool:
    """Whether the paragraph mark is a tracked deletion, moved away or hidden (Word's style separator): the
    paragraph then runs on into the next one."""
    rpr = next((c for c in ppr if _w(c) == "rPr"), None)
    if rpr is None:
        return False
    return any(_w(c) in ("del", "moveFrom") or (_w(c) in ("vanish", "specVanish") and _on(c)) for c in rpr)


def _drop_cap(ppr: etree._Element) -> bool:
    """Whether the paragraph is a drop cap: Word keeps the enlarged first letter in a frame paragraph of its own,
    shown as the start of the next paragraph, so its text runs on into that one."""
    frame = next((c for c in ppr if _w(c) == "framePr"), None)
    return frame is not None and _attr(frame, "dropCap") in ("drop", "margin")


# The Symbol font's code points that are not ASCII (Adobe's Symbol encoding): Word's Insert ▸ Symbol keeps
# them as <w:sym w:font="Symbol" w:char="F0xx"/>, shown as these characters.
_SYMBOL_FONT = dict(zip(
    b'"$\'*-@ABCDEFGHIJKLMNOPQRSTUVWXYZ\\^abcdefghijklmnopqrstuvwxyz~\xa2\xa3\xa5\xac\xad\xae\xaf\xb0\xb1\xb2'
    b"\xb3\xb4\xb5\xb7\xb8\xb9\xba\xbb\xbc\xd2\xd3\xd4\xd7\xe2\xe3\xe4",
    "∀∃∋∗−≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ∴⊥αβχδεφγηιϕκλμνοπθρστυϖωξψζ∼′≤∞←↑→↓°±″≥×∝•÷≠≡≈…®©™⋅®©™", strict=True))


def _symbol(sym: etree._Element) -> str:
    """The character a `w:sym` shows: its code when that is Unicode, the Symbol font's letter for that font's
    private-use codes; nothing for picture fonts (Wingdings and the like), which draw icons, not text."""
    code = _attr(sym, "char") or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:  # the font's own code page, moved into the private use area
        return _font_character(value, _attr(sym, "font") or "")
    return chr(value) if 0x20 <= value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else ""


def _font_character(code: int, font: str) -> str:
    """What a symbol font draws for `code` in the private use area (U+F020–F0FF): the Symbol font's letter; nothing
    for a picture font."""
    if font.casefold() != "symbol":
        return ""
    value = code - 0xF000
    return _SYMBOL_FONT.get(value, chr(value) if 0x20 <= value < 0x7F else "")


_FONT_CODE_PAGE = re.compile("[\uf020-\uf0ff]")
_SYMBOL_FONTS = re.compile(r"symbol$|wingdings|webdings|marlett|zapf ?dingbats|mt extra", re.IGNORECASE)


def _run_text(t: etree._Element) -> str:
    """The text of a `w:t`. LibreOffice saves an inserted symbol as its private-use code in the text of a run in
    that font (where Word writes `w:sym`), and so does Word for text typed in Symbol: drawn as "%" or "α", read
    as Unicode it is a box, so it is read as the font draws it. Private-use characters in other fonts (a Chinese
    font's own characters) are kept."""
    text = (t.text or "").translate(_INVISIBLE_INSIDE)
    if _FONT_CODE_PAGE.search(text) is None:
        return text
    run = t.getparent()
    props = next((c for c in run if _w(c) == "rPr"), None) if run is not None else None
    fonts = next((c for c in props if _w(c) == "rFonts"), None) if props is not None else None
    font = (_attr(fonts, "ascii") or _attr(fonts, "hAnsi") or "") if fonts is not None else ""
    if not _SYMBOL_FONTS.match(font):
        return text
    return _FONT_CODE_PAGE.sub(lambda found: _font_character(ord(found.group()), font), text)


_SUPERSCRIPT = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_SUBSCRIPT = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
_MATH_GROUPS = {"oMath", "e", "num", "den", "sup", "sub", "r"}


def _equation(el: etree._Element) -> str | None:
    """An equation (Office Math) as the line of text it reads as — 2+3=5, E=mc², 3/4, CO₂, (a+b) — or None when it
    holds structure no line of text renders faithfully (sums, integrals, roots, matrices, scripts that are not
    digits): that equation is left out, as a garbled formula or a wrong number would be worse."""
    tag = el.tag if isinstance(el.tag, str) else ""
    ns, _, name = tag[1:].partition("}")
    if ns not in MATH_NAMESPACES:
        return "" if ns in W_NAMESPACES else None  # a Word run property inside the math run
    if name == "t":
        return el.text or ""
    if name.endswith("Pr"):
        return ""
    parts: dict[str, list[str]] = {}
    ordered = []
    for child in el:
        text = _equation(child)
        if text is None:
            return None
        ordered.append(text)
        parts.setdefault(child.tag.rpartition("}")[2] if isinstance(child.tag, str) else "", []).append(text)
    if name in _MATH_GROUPS:
        return "".join(ordered)
    if name == "f":
        num, den = "".join(parts.get("num", [])), "".join(parts.get("den", []))
        return f"{num}/{den}" if num.isalnum() and den.isalnum() else f"({num})/({den})"
    if name in ("sSup", "sSub"):
        script = "".join(parts.get("sup" if name == "sSup" else "sub", []))
        if not script or not all(c in "0123456789+-" for c in script):
            return None
        return "".join(parts.get("e", [])) + script.translate(_SUPERSCRIPT if name == "sSup" else _SUBSCRIPT)
    if name == "d":
        props = next((c for c in el if isinstance(c.tag, str) and c.tag.endswith("}dPr")), None)

        def char(local: str, default: str) -> str:
            found = next((c for c in props if c.tag.endswith("}" + local)), None) if props is not None else None
            return _attr(found, "val") or "" if found is not None else default

        return char("begChr", "(") + char("sepChr", "|").join(parts.get("e", [])) + char("endChr", ")")
    return None


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target part name) of a part's internal relationships."""
    name = _part(zf, posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels"))
    if name is None:
        return {}
    rels: dict[str, tuple[str, str]] = {}
    for rel in _parse(_read_part(zf, name), name):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not rel.get("Id") or not target:
            continue
        base = "" if target.startswith("/") else posixpath.dirname(part)
        rels[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(posixpath.join(base, target.lstrip("/"))))
    return rels


_HTML_SPACE = " \t\n\r\f"  # what HTML collapses; a no-break space is text
_HTML_SPACE_RUN = re.compile(f"[{_HTML_SPACE}]+")
_HTML_SKIP = {"head", "script", "style", "template", "noscript", "title", "object", "iframe"}
_HTML_BLOCKS = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
                "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html", "li", "main",
                "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}


def _html_paragraphs(data: bytes | str) -> list[tuple[str, str | None]]:
    """Paragraphs of an HTML page (each block element one paragraph, <br> a line break, <h1>–<h6> headings)."""
    if isinstance(data, bytes):
        with contextlib.suppress(UnicodeDecodeError):  # otherwise the page's own charset declaration decides
            data = data.decode("utf-8-sig")  # lxml would guess Latin-1 for UTF-8 without a charset declaration
    if isinstance(data, str):
        data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data)  # lxml refuses text that declares its own encoding
    if not data.strip():
        return []
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(data, parser=parser)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise FormatError("an embedded HTML part (altChunk) nests too deeply to be read in full",
                          message_id=why.DOCX_HTML_TOO_DEEP)
    out: list[tuple[str, str | None]] = []
    buf: list[str] = []

    def flush(style: str | None = None) -> None:
        lines = "".join(buf).split("\n")
        buf.clear()
        text = "\n".join(line.strip(_HTML_SPACE) for line in lines).strip()
        if text:
            out.append((text, style))

    def walk(el: etree._Element) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            buf.append("\n")
        elif tag not in _HTML_SKIP and tag:
            block = tag in _HTML_BLOCKS
            if block:
                flush()
            buf.append(_HTML_SPACE_RUN.sub(" ", el.text or ""))
            for child in el:
                walk(child)
            if block:
                flush(f"heading {tag[1]}" if re.fullmatch(r"h[1-6]", tag) else None)
        buf.append(_HTML_SPACE_RUN.sub(" ", el.tail or ""))

    walk(root)
    flush()
    return out


def _mht_paragraphs(data: bytes) -> list[tuple[str, str | None]]:
    """Paragraphs of the first HTML page in a web archive (.mht, MIME multipart)."""
    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            try:
                return _html_paragraphs(payload.decode(part.get_content_charset() or "utf-8"))
            except (LookupError, UnicodeDecodeError):
                return _html_paragraphs(payload)
    return []


def _content_types(zf: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, str]]:
    """[Content_Types].xml as (part name → type, extension → type), lower-cased: read once per package."""
    types = _parse(_read_part(zf, "[Content_Types].xml"), "[Content_Types].xml")
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for el in types:
        if el.tag == f"{{{CT_NS}}}Override":
            overrides.setdefault(part_key(el.get("PartName", "").lstrip("/")), (el.get("ContentType") or "").lower())
        elif el.tag == f"{{{CT_NS}}}Default":
            defaults[(el.get("Extension") or "").lower()] = (el.get("ContentType") or "").lower()
    return overrides, defaults


def _chunk_reader(zf: zipfile.ZipFile, main: str, depth: int) -> Callable[[str], list[tuple[str, str | None]]]:
    """Reads the parts that altChunk elements import (HTML, web archive, plain text or another Word document):
    Word shows their content in place, so it is part of the release."""
    rels = _rels(zf, main)
    overrides, defaults = _content_types(zf)
    done: dict[str, list[tuple[str, str | None]]] = {}  # a part imported many times is read once

    def read(rel_id: str) -> list[tuple[str, str | None]]:
        rel_type, part = rels.get(rel_id, ("", ""))
        part = _part(zf, part) or ""
        if rel_type not in AFCHUNK_RELS or not part:
            return []  # nothing Word could show either
        if part not in done:
            done[part] = chunk(part)
        return done[part]

    def chunk(part: str) -> list[tuple[str, str | None]]:
        data = _read_part(zf, part)
        extension = posixpath.splitext(part)[1].lower()
        kind = overrides.get(part_key(part)) or defaults.get(extension.lstrip("."), "") or extension
        if "html" in kind or kind in (".htm", ".html", ".xhtml"):
            return _html_paragraphs(data)
        if "rfc822" in kind or "multipart" in kind or kind in (".mht", ".mhtml"):
            return _mht_paragraphs(data)
        if kind.startswith("text/plain") or kind == ".txt":
            text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig",
                                                                                                  "replace")
            return [(line.strip(), None) for line in text.splitlines() if line.strip()]
        if "wordprocessingml" in kind or "word.document" in kind or kind in (".docx", ".docm", ".dotx"):
            if depth >= MAX_CHUNK_DEPTH:
                raise FormatError("Word documents are nested inside each other too deeply (altChunk)",
                                  message_id=why.DOCX_NESTED_TOO_DEEP)
            with open_embedded_package(data, zf) as inner:
                return _read_package(inner, depth + 1).finish()
        raise FormatError(f"part of the text is embedded as {kind or part} (altChunk), which cannot be read; "
                          "open the document in Word and save it again as .docx", message_id=why.DOCX_EMBEDDED_UNKNOWN,
                          message_args=(kind or part,))

    return read


def _read_package(zf: zipfile.ZipFile, depth: int = 0) -> _Walker:
    """The walker that read every paragraph of an opened Word package in reading order: its text and style names,
    the grids of the body's tables, and the looks of its paragraphs."""
    refuse_duplicate_parts(zf)
    main = _main_part(zf)
    root = _parse(_read_part(zf, main), main)
    styles = _optional_part(zf, posixpath.join(posixpath.dirname(main), "styles.xml"))
    numbering = next((part for kind, part in _rels(zf, main).values() if kind in NUMBERING_RELS), None)
    walker = _Walker(_style_names(styles), _chunk_reader(zf, main, depth),
                     Numbering(_optional_part(zf, numbering), styles), _hidden_styles(styles))
    bodies = [el for el in root if _w(el) == "body"]
    if not bodies:
        raise FormatError("not a Word document (no document body)", message_id=why.DOCX_NOT_WORD)
    for body in bodies:
        for block in body:
            walker.block(block)
    return walker


# What a file that is no package is (its refusal's id), in the English of the refusal.
_OTHER_KINDS = {why.DOCX_IS_RTF: "a Rich Text (RTF) file", why.DOCX_IS_PDF: "a PDF file",
                why.DOCX_IS_HTML: "a web page (HTML)", why.DOCX_IS_WORD2003_XML: "a Word 2003 XML document",
                why.DOCX_IS_FLAT_OPC: "a Word XML Document (Flat OPC, one XML file)",
                why.DOCX_IS_MHT: "a web archive (MHT)"}


def _other_kind(head: bytes) -> str | None:
    """What a file that is no package is, by its first bytes (its refusal's id): what Word's "Save as" and renaming
    leave behind."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{\\rtf"):
        return why.DOCX_IS_RTF
    if text.startswith(b"%pdf"):
        return why.DOCX_IS_PDF
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text:
        return why.DOCX_IS_HTML
    if text.startswith(b"<?xml") and b"schemas.microsoft.com/office/word/2003/wordml" in head:
        return why.DOCX_IS_WORD2003_XML
    if text.startswith(b"<?xml") and b"schemas.microsoft.com/office/2006/xmlpackage" in text:
        return why.DOCX_IS_FLAT_OPC
    if text.startswith(b"mime-version:"):
        return why.DOCX_IS_MHT
    return None


def read_docx(path: str | Path) -> list[ImportedParagraph]:
    """Paragraphs of a Word document in order; the first title/heading paragraph becomes the headline, and
    paragraphs styled as a subtitle, quote or one of PressDesk's role styles take that role."""
    return read_docx_content(path).paragraphs


def read_docx_content(path: str | Path) -> DocumentContent:
    """The paragraphs of a Word document in order (as `read_docx`), its body tables cell by cell, and the
    paragraphs outside those tables."""
    path = Path(path)
    check_regular_file(path)
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head[:8] == OLE_MAGIC:
        raise FormatError("the document is password-protected (encrypted) or an old binary .doc; "
                          "save it as an unprotected .docx first", message_id=why.DOCX_ENCRYPTED)
    try:
        with open_package(path) as zf:
            if _part(zf, "[Content_Types].xml") is None and zf.namelist()[:1] == ["mimetype"]:
                raise FormatError(f"an OpenDocument file ({zf.read('mimetype')[:80].decode('ascii', 'replace')}) "
                                  "with a Word name; open it and save it as .docx", message_id=why.DOCX_OPENDOCUMENT)
            if _part(zf, "[Content_Types].xml") is None and _part(zf, "Index/Document.iwa") is not None:
                raise FormatError("a Pages document with a Word name; in Pages choose File ▸ Export To ▸ Word",
                                  message_id=why.DOCX_PAGES)
            walker = _read_package(zf)
            read, grids = walker.finish(), walker.tables
    except zipfile.BadZipFile as exc:
        kind = _other_kind(head)
        if kind:
            raise FormatError(f"{_OTHER_KINDS[kind]} with a Word name, not a Word document; open it in Word and save "
                              "it as .docx", message_id=kind) from exc
        raise FormatError(f"not a Word document or damaged ({exc})", message_id=why.DOCX_DAMAGED) from exc
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError, zlib.error) as exc:
        raise FormatError(f"cannot read the document ({unpack_failure(exc)})", message_id=why.DOCX_UNREADABLE) from exc
    except KeyError as exc:
        raise FormatError(f"the document is incomplete ({exc})", message_id=why.DOCX_INCOMPLETE) from exc

    paragraphs: list[ImportedParagraph | None] = []
    headline_seen = False
    for text, style in read:
        if style == END_MARK_STYLE:
            paragraphs.append(None)  # PressDesk's own "###" / "（完）" line closes a release; it is not content
            continue
        role = STYLE_ROLES.get(style or "", Role.BODY)
        if not headline_seen and is_heading_style(style):
            role, headline_seen = Role.HEADLINE, True
        paragraphs.append(ImportedParagraph(text, role))
    in_tables = bytearray(len(read))
    for grid in grids:
        for row in grid:
            for _, _, start, end in row:
                in_tables[start:end] = b"\x01" * (end - start)
    left_out = _drop_page_furniture(paragraphs, in_tables, walker.page_starts)
    joined = _join_pdf_lines(paragraphs, in_tables, walker.flowing, [style for _, style in read])
    if not headline_seen:
        _headline_by_look(paragraphs, in_tables, walker.title_looks, walker.flowing)
    tables = []
    for grid in grids:
        rows = []
        for row in grid:
            cells = []
            for column, span, start, end in row:
                kept = tuple(read[i] for i in range(start, end) if paragraphs[i] is not None)
                cells.append(TableCell(column, span, kept))
            rows.append(tuple(cells))
        tables.append(DocumentTable(tuple(rows)))
    return DocumentContent(
        [p for p in paragraphs if p is not None], tables,
        [p for p, inside in zip(paragraphs, in_tables, strict=True) if p is not None and not inside],
        left_out, joined)


# A page number a PDF conversion leaves in the text: "— 1 —", "- 2 -", "Page 3 of 5", "Страница 3", "第 3 页 共 5 页".
_PAGE_NUMBER = re.compile(r"[-–—‒―]\s*\d{1,4}\s*[-–—‒―]|(?i:page|стр\.|страница)\s*\d{1,4}(?:\s*(?:of|из|/)\s*\d{1,4})?"
                          r"|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?")
MAX_RUNNING_HEAD_CHARS = 80


def _drop_page_furniture(paragraphs: list[ImportedParagraph | None], in_tables: bytearray,
                         page_starts: set[int]) -> int:
    """Leave out (set to None) page numbers and running heads that a PDF conversion (Acrobat, FineReader, Word's
    reflow) put into the body text: a paragraph that is only a page number, and a short line repeated at the edge
    of every page it appears on. They belong to the page, not the release. Returns how many were left out."""
    body = [i for i, p in enumerate(paragraphs) if p is not None and not in_tables[i]]
    numbers = {i for i in body if _PAGE_NUMBER.fullmatch(paragraphs[i].text)}  # type: ignore[union-attr]
    # A bare number is a page number only where pages turn, counting up page after page ("1" … "2" … "3").
    turns = page_starts | {i - 1 for i in page_starts} | set(body[-1:])
    bare = [i for i in body if i in turns and paragraphs[i].text.isdigit()  # type: ignore[union-attr]
            and len(paragraphs[i].text) <= 4]  # type: ignore[union-attr]
    values = [int(paragraphs[i].text) for i in bare]  # type: ignore[union-attr]
    if len(bare) > 1 and all(b == a + 1 for a, b in pairwise(values)):
        numbers.update(bare)
    edges = set(page_starts)
    for i in numbers:
        edges.update((i + 1, i - 1))
    if body:
        edges.update((body[0], body[-1]))
    edges.update(i - 1 for i in page_starts)  # a running foot ends the page
    seen: dict[str, list[int]] = {}
    for i in body:
        text = paragraphs[i].text  # type: ignore[union-attr]
        if i not in numbers and len(text) <= MAX_RUNNING_HEAD_CHARS:
            seen.setdefault(text, []).append(i)
    heads = {i for places in seen.values() if len(places) > 1 and all(i in edges for i in places)
             for i in places} if numbers else set()
    for i in numbers | heads:
        paragraphs[i] = None
    return len(numbers | heads)


_SENTENCE_END = set(".!?;:…»\"”’)]}。！？；：…”’）】」』》")
_HYPHENS = "-\u2010"
MAX_LINE_CHARS = 150  # no printed line is longer: a longer paragraph is a paragraph
FULL_LINE = 0.75  # a line broken by the page is at least this share of the document's longest line
# Justified Chinese lines of a page are equally wide (a Latin letter or digit half as wide as a character); a
# paragraph's first line lost its two-character indent. Several such lines show the document is cut in lines.
SAME_WIDTH_LINES = 3
CJK_LINE_SLACK = 2


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _chinese_line(text: str) -> bool:
    """Whether a line is mostly Chinese characters (a date in digits may open it)."""
    return len(_CJK.findall(text)) * 2 >= len(text)


_HALF_WIDTH = re.compile("[\x00-\u2e7f\uff61-\uffef]")  # Latin, Cyrillic, digits, general punctuation


def _width(text: str) -> float:
    """How wide a line of Chinese text prints, in characters: half-width letters and digits count half."""
    return len(text) - len(_HALF_WIDTH.findall(text)) / 2


_WORD = re.compile(r"\w+")
_COMPOUND_HEAD = re.compile(r"(\w+)[-\u2010]\w")


def _continued(first: str, second: str, full: bool, chinese: bool, compound_heads: Collection[str] = ()) -> str | None:
    """`first` and `second` as one paragraph when `second` plainly continues the sentence `first` breaks off on a
    full printed line (`full`): a word hyphenated at the line end, a line ending mid-sentence followed by a
    lower-case word, a Chinese line (`chinese`: mostly Chinese characters) ending on a comma followed by Chinese
    text. None when they are two paragraphs. A hyphen at the line end is kept when the document writes a word
    beginning so with a hyphen elsewhere (`compound_heads`, lower case: "торгово" of "торгово-экономический",
    "long" of "long-term"); else it only broke the word."""
    last, head = first[-1], second[0]
    if _is_cjk(head):
        broken = last in "，、" or (full and (_is_cjk(last) or last.isdigit()))
        return first + second if broken and chinese else None
    if not (full and head.islower()) or last in _SENTENCE_END:
        return None
    word = second.split(maxsplit=1)[0]
    if "@" in word or "://" in word or word.startswith("www."):
        return None  # an address under a label ("Media contact" / "press@…") starts no sentence
    if last in _HYPHENS and len(first) > 1 and first[-2].islower():
        if (_WORD.findall(first[:-1])[-1:] or [""])[0].lower() in compound_heads:
            return first + second
        return first[:-1] + second  # "сотруд-" + "ничество": the hyphen only broke the word at the line end
    return first + " " + second if last.isalnum() or last == "," else None


def _list_item(ppr: etree._Element | None) -> bool:
    """Whether a paragraph is numbered as a list item, whatever label its list draws (none, for a damaged one): an
    item is never a printed line of the paragraph before it."""
    return ppr is not None and any(_w(child) == "numPr" for child in ppr)


def _join_pdf_lines(paragraphs: list[ImportedParagraph | None], in_tables: bytearray, flowing: set[int],
                    styles: list[str | None]) -> int:
    """Join body paragraphs that are the lines of one paragraph, as converters from PDF write them (a paragraph
    per printed line). Only running-text body paragraphs of one style with nothing but left-out page furniture
    between them are joined, and only after a full line: as long as the document's longest lines, or (Chinese)
    of the very length of several others. Returns how many lines were joined to the one before."""
    lines = {i: p.text for i, p in enumerate(paragraphs) if p is not None and i in flowing
             and len(p.text) <= MAX_LINE_CHARS and "\t" not in p.text and "\n" not in p.text}
    if not lines:
        return 0
    chinese = {i: _width(text) for i, text in lines.items() if _chinese_line(text)}
    longest = max((len(text) for i, text in lines.items() if i not in chinese), default=0)
    widths = sorted(chinese.values(), reverse=True)
    # Chinese lines are full when enough of them are as wide as the widest
    cjk_full = len(widths) >= SAME_WIDTH_LINES and widths[0] - widths[SAME_WIDTH_LINES - 1] <= CJK_LINE_SLACK
    full = {i for i, text in lines.items() if (cjk_full and chinese[i] >= widths[0] - CJK_LINE_SLACK
                                                if i in chinese else len(text) >= FULL_LINE * longest)}
    # the first parts of the hyphenated words the document writes whole, on one line
    compound_heads = {head.lower() for p in paragraphs if p is not None for head in _COMPOUND_HEAD.findall(p.text)
                      } if any(text[-1] in _HYPHENS for text in lines.values()) else set()
    joined = 0
    previous: int | None = None  # the paragraph the next line may continue
    last: int | None = None  # its last printed line
    for i, para in enumerate(paragraphs):
        if in_tables[i]:
            previous = None
            continue
        if para is None:
            continue
        if (previous is not None and last is not None and i in lines and styles[i] == styles[previous]
                and para.role is Role.BODY and paragraphs[previous].role is Role.BODY):  # type: ignore[union-attr]
            # the next line ends the sentence, or is a full line running on
            ends = para.text[-1] in _SENTENCE_END or i in full
            text = _continued(lines[last], para.text, last in full, last in chinese, compound_heads) if ends else None
            if text is not None:
                before = paragraphs[previous].text  # type: ignore[union-attr]
                paragraphs[previous] = ImportedParagraph(before[:len(before) - len(lines[last])] + text, Role.BODY)
                paragraphs[i] = None
                joined += 1
                last = i
                continue
        previous, last = i, i if i in lines else None
    return joined


# What a release is labelled with above its headline, often in the same bold type: no headline.
_RELEASE_LABEL = re.compile(r"(?i)(?:for immediate release|(?:press|news|media) (?:release|advisory|statement)|"
                            r"embargo(?:ed)?\b.*|新闻稿|新闻公报|新闻通稿|пресс-релиз|сообщение для (?:сми|печати)|"
                            r"информационное сообщение)\W*")
MAX_OPENING_LINE_CHARS = 60  # a short dated or numbered line above the title (a date, a 文号) is no text yet


def _headline_by_look(paragraphs: list[ImportedParagraph | None], in_tables: bytearray, looks: set[int],
                      flowing: set[int]) -> None:
    """In a document without heading styles, a paragraph set as a title by direct formatting that opens the body
    (before any running text; a label such as "FOR IMMEDIATE RELEASE" is none) becomes the headline."""
    first = None
    for i in [i for i, p in enumerate(paragraphs) if p is not None and not in_tables[i]][:TITLE_LOOK_PARAGRAPHS]:
        text = paragraphs[i].text  # type: ignore[union-attr]
        if _RELEASE_LABEL.fullmatch(text):
            continue
        if i in flowing and (len(text) > MAX_OPENING_LINE_CHARS or text.endswith((".", "!", "?", "。", "！", "？"))
                             or not any(c.isdigit() for c in text)):
            return  # running text came first: the document opens with no title
        if i in looks and len(text) <= MAX_TITLE_CHARS and not text.endswith((".", "。")):
            first = i
            break
    if first is not None:
        paragraphs[first] = ImportedParagraph(paragraphs[first].text, Role.HEADLINE)  # type: ignore[union-attr]
