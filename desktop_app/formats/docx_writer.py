"""Write a release as Word documents: one language as a press release, the three side by side, or a review table.

Every document starts from a template (the user's house template or `resources/template.docx`): its styles,
header, footer and page set-up are kept and its body is replaced. Paragraph looks come from named styles; a run
carries only what Word needs to treat its text as the right language: `w:lang` (proofing, line breaking) and
the fonts of the ASCII, high-ANSI and East Asian slots.
"""

from __future__ import annotations

import copy
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.oxml.text.paragraph import CT_P
from docx.section import Section
from docx.shared import Length, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.langdetect import detect_language
from desktop_app.domain.release import Release, Role, Segment
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import open_package, read_limited, refuse_duplicate_parts, unpack_failure
from desktop_app.formats.xml_prolog import PROLOG_SCAN_BYTES, declares_dtd
from desktop_app.paths import resources_dir
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

LANG_TAGS = {"zh": "zh-CN", "en": "en-US", "ru": "ru-RU"}
ENDONYMS = {"zh": "中文", "en": "English", "ru": "Русский"}
NATIVE_END_MARKS = {"zh": "（完）", "en": "###", "ru": "***"}
TEMPLATE_SUFFIXES = (".docx", ".dotx")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
HEADER_FILL = "D9D9D9"  # light grey behind the repeated header row of the tables

ROLE_STYLES = {
    Role.HEADLINE: "Title",
    Role.SUBHEADLINE: "Subtitle",
    Role.DATELINE: "Dateline",
    Role.LEAD: "Lead",
    Role.BODY: "Body Text",
    Role.QUOTE: "Quote",
    Role.SOURCE: "Source",
    Role.CONTACT: "Contact",
    Role.NOTE: "Note",
}
INDENTED_ROLES = frozenset({Role.LEAD, Role.BODY, Role.QUOTE})  # Chinese body text: two-character first-line indent
TRAILING_ROLES = frozenset({Role.CONTACT, Role.NOTE})  # what follows the end mark of a press release
REQUIRED_STYLES = (*ROLE_STYLES.values(), "Heading 1", "End Mark", "Table Text", "Table Headline", "Table Header",
                   "Footer", "Table Grid")

_CT_DOCUMENT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CT_TEMPLATE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_CT_MACRO = b".macroEnabled"  # in the main part's content type of .docm and .dotm

# Labels of the review table, in the interface language of whoever exports it.
REVIEW_LABELS = {
    "en": {"number": "#", "source": "Source", "target": "Target", "status": "Status", "comment": "Comment",
           "heading": "Review", "segments": "segments", "exported": "exported", "stale": "stale",
           "empty": "empty", "machine": "machine", "draft": "draft", "reviewed": "reviewed", "approved": "approved"},
    "zh": {"number": "序号", "source": "原文", "target": "译文", "status": "状态", "comment": "批注",
           "heading": "审校", "segments": "段", "exported": "导出于", "stale": "已过时",
           "empty": "空", "machine": "机器翻译", "draft": "草稿", "reviewed": "已审校", "approved": "已批准"},
    "ru": {"number": "№", "source": "Оригинал", "target": "Перевод", "status": "Статус", "comment": "Комментарий",
           "heading": "Вычитка", "segments": "сегм.", "exported": "экспорт", "stale": "устарел",
           "empty": "пусто", "machine": "машинный", "draft": "черновик", "reviewed": "проверен",
           "approved": "утверждён"},
}

Tick = Callable[[], None]


@dataclass(frozen=True, slots=True)
class DocxOptions:
    """What a document needs besides the release: template, fonts per language, end mark, author, UI language."""

    template: Path | None = None
    fonts: dict[str, str] = field(default_factory=lambda: dict(Settings().fonts))
    end_mark: str = "###"
    author: str = ""
    ui_lang: str = "en"


def end_mark_for(setting: str, lang: str) -> str:
    """The closing mark: '###' (or any literal mark), the language's own for 'native', nothing for ''."""
    if setting.strip().lower() == "native":
        return NATIVE_END_MARKS[lang]
    return setting.strip()


# The closing line a release imported from another tool brings as a paragraph of its own: ###, # # #, -30-, ***,
# （完）. The export writes the mark chosen in the settings instead, so the release does not end with two.
_END_MARK_TEXT = re.compile(r"#(?:\s*#){2,}|\*(?:\s*\*){2,}|[-–—]\s*30\s*[-–—]|[（(【〔]\s*完\s*[）)】〕]")


def is_end_mark(text: str) -> bool:
    """Whether `text` is nothing but a release's closing mark."""
    return _END_MARK_TEXT.fullmatch(text.strip()) is not None


# --- template ------------------------------------------------------------------------------------------------


MAX_TEMPLATE_BYTES = 200 * 1024 * 1024  # packed and unpacked; house templates with letterhead images are a few MB


def builtin_template() -> Path:
    return resources_dir() / "template.docx"


_STRICT_RELATIONSHIPS = b"http://purl.oclc.org/ooxml/officeDocument/relationships/"


def _as_document_package(data: bytes) -> bytes:
    """Give a .dotx package the content type of a document, which python-docx insists on; other parts unchanged.
    A package unpacking to more than MAX_TEMPLATE_BYTES is refused first: python-docx holds every part in memory."""
    out = io.BytesIO()
    with open_package(io.BytesIO(data)) as src:
        refuse_duplicate_parts(src)
        unpacked = sum(info.file_size for info in src.infolist())
        if unpacked > MAX_TEMPLATE_BYTES:
            raise FormatError(f"it unpacks to {unpacked:,} bytes (at most {MAX_TEMPLATE_BYTES:,}); not a template",
                              message_id=why.TEMPLATE_TOO_LARGE, message_args=(unpacked, MAX_TEMPLATE_BYTES))
        types = src.read("[Content_Types].xml")
        if _CT_MACRO in types:
            raise FormatError("macro-enabled templates (.dotm, .docm) cannot be used; save it as a .dotx or .docx",
                              message_id=why.TEMPLATE_MACROS)
        _refuse_active_parts(src)
        changed = {"[Content_Types].xml": types.replace(_CT_TEMPLATE, _CT_DOCUMENT)}
        if "_rels/.rels" in src.namelist() and _STRICT_RELATIONSHIPS in src.read("_rels/.rels"):
            raise FormatError("a Strict Open XML document, which cannot serve as a template; in Word save it as "
                              "Word Template (.dotx) or Word Document (.docx), not Strict Open XML",
                              message_id=why.TEMPLATE_STRICT)
        if "_rels/.rels" in src.namelist():
            changed["_rels/.rels"] = _CORE_PROPERTIES_VARIANT.sub(_CORE_PROPERTIES_TYPE, src.read("_rels/.rels"))
        if all(src.read(name) == body for name, body in changed.items()):
            return data
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                dst.writestr(info, changed.get(info.filename) or src.read(info))
    return out.getvalue()


# Parts that run code when a reader opens the export (macros, ActiveX controls), however the package names its own
# content type; python-docx carries every part it does not model into the export byte for byte.
_ACTIVE_PART = re.compile(r"(?:^|/)(?:vbaProject\.bin|vbaData\.xml|activeX/[^/]*)$", re.IGNORECASE)
_ACTIVE_TYPES = (b"vbaProject", b"vbaData", b"activeX")
_HTML_SUFFIXES = (".htm", ".html", ".mht", ".mhtml")


def _refuse_active_parts(src: zipfile.ZipFile) -> None:
    """Refuse a template with macros or ActiveX controls, or a part declaring a DTD, whose external entities make
    the reader's Word or LibreOffice fetch a file or an address: none of it may reach an export."""
    types = src.read("[Content_Types].xml")
    for info in src.infolist():
        if info.filename.lower().endswith(_HTML_SUFFIXES):
            continue  # an HTML altChunk's page, read by Word's HTML converter: `<!DOCTYPE html>` is its due
        if _ACTIVE_PART.search(info.filename):
            raise FormatError(f"it holds macros or ActiveX controls ({info.filename}), which would run in every "
                              "export; save it as a .dotx or .docx without them", message_id=why.TEMPLATE_ACTIVE_PART,
                              message_args=(info.filename,))
        with src.open(info) as part:
            head = part.read(PROLOG_SCAN_BYTES + 1)
        if declares_dtd(head):
            raise FormatError(f"its part {info.filename} declares a DTD, which Word documents never hold (an export "
                              "would make its readers fetch what it names); refused", message_id=why.TEMPLATE_DTD,
                              message_args=(info.filename,))
    if any(kind in types for kind in _ACTIVE_TYPES):
        raise FormatError("it declares macros or ActiveX controls, which would run in every export; save it as a "
                          ".dotx or .docx without them", message_id=why.TEMPLATE_ACTIVE)


# LibreOffice (and other writers, as ISO 29500's variation allows) relate the core properties with the
# officeDocument relationship type, in either case. python-docx looks for the package type only, so it added a
# second docProps/core.xml: an export Word calls damaged and PressDesk refuses to read back.
_CORE_PROPERTIES_TYPE = b'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"'
_CORE_PROPERTIES_VARIANT = re.compile(
    rb"""Type=["']http://schemas\.openxmlformats\.org/officedocument/2006/relationships/metadata/core-properties["']""",
    re.IGNORECASE)


# A house template's letterhead goes into every exported release. What in it makes Word reach outside the document
# as soon as a reader opens it goes: relationships to outside files (a remote template, linked pictures and OLE
# objects, sub-documents, frames; only a hyperlink waits for a click), the elements that use them, and fields that
# start a program (DDE, DDEAUTO) or fetch a file (INCLUDEPICTURE, INCLUDETEXT, LINK, IMPORT), which also hand the
# reader's Windows credentials to a remote share.
_FETCHING_FIELD_RE = re.compile(r"\s*(?:DDE|DDEAUTO|INCLUDEPICTURE|INCLUDETEXT|LINK|IMPORT)\b", re.IGNORECASE)
_REFERRING_ELEMENTS = frozenset({qn("w:attachedTemplate"), qn("w:subDoc"), qn("w:altChunk")})
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _drop_outside_references(doc: Document) -> None:
    package = doc.part.package
    for rid in [rid for rid, rel in package.rels.items() if rel.is_external and rel.reltype != RT.HYPERLINK]:
        del package.rels[rid]
    for part in package.iter_parts():
        gone = {rid for rid, rel in part.rels.items() if rel.is_external and rel.reltype != RT.HYPERLINK}
        if gone and not isinstance(part, XmlPart):
            raise FormatError(f"its part {part.partname} makes Word fetch files from outside the document; save the "
                              "template without linked files", message_id=why.TEMPLATE_EXTERNAL,
                              message_args=(str(part.partname),))
        for rid in gone:
            del part.rels[rid]
        if isinstance(part, XmlPart):
            _drop_references_in(part.element, gone)
            _drop_fetching_fields(part.element)


def _drop_references_in(root: etree._Element, gone: set[str]) -> None:
    """Remove the elements that exist only to use a relationship in `gone`, and such references elsewhere."""
    using = [(el, attr) for el in root.iter() for attr, value in el.attrib.items()
             if attr.startswith(_R_NS) and value in gone]
    for el, attr in using:
        parent = el.getparent()
        if el.tag in _REFERRING_ELEMENTS and parent is not None:
            parent.remove(el)
        else:
            del el.attrib[attr]


def _drop_fetching_fields(root: etree._Element) -> None:
    """Empty the instruction of every field that runs a program or fetches a file; its shown result stays."""
    for simple in list(root.iter(qn("w:fldSimple"))):
        if _FETCHING_FIELD_RE.match(simple.get(qn("w:instr")) or ""):
            parent = simple.getparent()
            if parent is not None:
                at = parent.index(simple)
                parent[at:at + 1] = list(simple)  # the runs of its result, without the field
    instructions: list[list[etree._Element]] = []  # per open field (fields nest): its instruction pieces
    for el in root.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:delInstrText")):
        if el.tag != qn("w:fldChar"):
            if instructions:
                instructions[-1].append(el)
            continue
        kind = el.get(qn("w:fldCharType"))
        if kind == "begin":
            instructions.append([])
        elif kind in ("separate", "end") and instructions:
            pieces = instructions.pop() if kind == "end" else instructions[-1]
            if _FETCHING_FIELD_RE.match("".join(piece.text or "" for piece in pieces)):
                for piece in pieces:
                    piece.text = ""
            if kind == "separate":
                instructions[-1] = []


def _drop_mail_merge(doc: Document) -> None:
    """A letter template still tied to its mail merge makes Word run the merge's query against the office's data
    source on opening every exported release (and ask the reader first): the release is no merge document."""
    for rel in doc.part.rels.values():
        if rel.reltype == RT.SETTINGS and not rel.is_external and isinstance(rel.target_part, XmlPart):
            settings = rel.target_part.element
            for merge in settings.findall(qn("w:mailMerge")):
                settings.remove(merge)


def open_template(path: str | Path | None) -> Document:
    """The template as an empty document: styles, headers, footers and page set-up kept, body content removed."""
    path = Path(path) if path else builtin_template()
    if path.suffix.lower() not in TEMPLATE_SUFFIXES:
        raise FormatError(f"template {path.name}: a template must be a .docx or .dotx file",
                          message_id=why.TEMPLATE_WRONG_KIND, file_name=path.name)
    try:
        data = _as_document_package(read_limited(path, MAX_TEMPLATE_BYTES))
        doc = docx.Document(io.BytesIO(data))
        body = doc.element.find(qn("w:body")) if doc.element.tag == qn("w:document") else None
        if body is None:
            raise FormatError("not a usable Word document (its main part has no body)",
                              message_id=why.TEMPLATE_UNUSABLE)
        _keep_last_section(body)
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _ensure_styles(doc)
        _drop_outside_references(doc)
        _drop_mail_merge(doc)
    except FormatError as exc:
        raise FormatError(f"template {path.name}: {exc}", message_id=exc.message_id, message_args=exc.message_args,
                          file_name=path.name if exc.message_id else None) from exc
    except OSError as exc:
        raise FormatError.from_os_error(f"template {path.name}: {exc.strerror or exc}", exc, path.name) from exc
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError,
            zlib.error, EOFError, NotImplementedError, RuntimeError, AttributeError, TypeError) as exc:
        # zlib: damaged compressed data; NotImplementedError: a compression zipfile lacks; RuntimeError: encrypted.
        # AttributeError, TypeError: python-docx meeting a package it cannot model (an override without a part
        # name, a styles part of another content type) fails on whatever attribute it reaches first.
        raise FormatError(f"template {path.name}: not a usable Word document ({unpack_failure(exc)})",
                          message_id=why.TEMPLATE_UNUSABLE, file_name=path.name) from exc
    return doc


def _builtin_section() -> etree._Element:
    """The built-in template's page set-up, without its header and footer (those parts belong to its package)."""
    with zipfile.ZipFile(builtin_template()) as zf:
        root = parse_xml(zf.read("word/document.xml"))
    section = root.find(f"{qn('w:body')}/{qn('w:sectPr')}")
    for ref in [*section.iter(qn("w:headerReference")), *section.iter(qn("w:footerReference"))]:
        section.remove(ref)
    return section


_TWIPS = re.compile(r"-?[0-9]{1,5}")  # page sizes and margins in twentieths of a point; Word's largest page is 31,680
_MIN_TEXT_TWIPS = 720  # half an inch of text width and height, or the page set-up is unusable


def _keep_last_section(body: etree._Element) -> None:
    """Make sure the emptied body ends with a complete section (page size and margins), as the layouts need.

    A template may keep its last section only inside a paragraph (which is removed with the content) or have
    none at all, or a section without page size or margins, with values that are not numbers, or that leave no
    room for text: those take the built-in template's.
    """
    section = body.find(qn("w:sectPr"))
    if section is None:
        inner = body.findall(f"{qn('w:p')}/{qn('w:pPr')}/{qn('w:sectPr')}")
        section = copy.deepcopy(inner[-1]) if inner else _builtin_section()
        body.append(section)
    builtin = _builtin_section()
    for name, add in (("w:pgSz", section.get_or_add_pgSz), ("w:pgMar", section.get_or_add_pgMar)):
        wanted = builtin.find(qn(name))
        present = section.find(qn(name))
        if present is None:
            present = add()
        for attr, value in wanted.attrib.items():
            if not _TWIPS.fullmatch(present.get(attr) or ""):  # missing, or damaged: the layouts compute with it
                present.set(attr, value)
    page, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    if page.get(qn("w:orient")) not in (None, "portrait", "landscape"):
        del page.attrib[qn("w:orient")]
    width, height = (int(page.get(qn(a))) for a in ("w:w", "w:h"))
    left, right, top, bottom = (int(margins.get(qn(f"w:{a}"))) for a in ("left", "right", "top", "bottom"))
    text_width, text_height = width - left - right, height - abs(top) - abs(bottom)
    if min(left, right) < 0 or min(text_width, text_height) < _MIN_TEXT_TWIPS:
        for element, name in ((page, "w:pgSz"), (margins, "w:pgMar")):  # no room for text: the built-in page
            element.attrib.clear()
            element.attrib.update(builtin.find(qn(name)).attrib)


def _style_name(style_el: etree._Element) -> str:
    name = style_el.find(qn("w:name"))
    return (name.get(qn("w:val")) if name is not None else style_el.get(qn("w:styleId"), "")).lower()


def _builtin_styles() -> dict[str, etree._Element]:
    with zipfile.ZipFile(builtin_template()) as zf:
        root = parse_xml(zf.read("word/styles.xml"))  # python-docx's element classes, so copies behave as styles
    return {_style_name(el): el for el in root.iter(qn("w:style"))}


def _ensure_styles(doc: Document) -> None:
    """Add the PressDesk styles a house template lacks (copied from the built-in template), keeping its own."""
    styles_el = doc.styles.element
    present = {_style_name(el): el for el in styles_el.iter(qn("w:style"))}
    missing = [name for name in REQUIRED_STYLES if name.lower() not in present]
    if not missing:
        return
    builtin = _builtin_styles()
    builtin_names = {el.get(qn("w:styleId")): name for name, el in builtin.items()}
    ids = {el.get(qn("w:styleId")) for el in present.values()}

    def ensure(name: str) -> str:
        if name in present:
            return present[name].get(qn("w:styleId"))
        new = copy.deepcopy(builtin[name])
        style_id = new.get(qn("w:styleId"))
        while style_id in ids:
            style_id += "PD"
        new.set(qn("w:styleId"), style_id)
        ids.add(style_id)
        present[name] = new
        based = new.find(qn("w:basedOn"))
        if based is not None:
            based.set(qn("w:val"), ensure(builtin_names[based.get(qn("w:val"))]))
        styles_el.append(new)
        return style_id

    added = [ensure(name.lower()) for name in missing]
    valid_ids = {el.get(qn("w:styleId")) for el in present.values()}
    for style_id in added:
        el = next(el for el in present.values() if el.get(qn("w:styleId")) == style_id)
        follow = el.find(qn("w:next"))
        if follow is not None:
            target = builtin_names.get(follow.get(qn("w:val")))
            if target in present:
                follow.set(qn("w:val"), present[target].get(qn("w:styleId")))
            elif follow.get(qn("w:val")) not in valid_ids:
                el.remove(follow)
    log.info("template lacked styles %s; added PressDesk's", ", ".join(missing))


def _style_ids(doc: Document) -> dict[str, str]:
    """Lower-case style name → style id, for every style in the document."""
    return {_style_name(el): el.get(qn("w:styleId")) for el in doc.styles.element.iter(qn("w:style"))}


# --- typography ------------------------------------------------------------------------------------------------


FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
_THEME_ATTRS = {"ascii": "asciiTheme", "hAnsi": "hAnsiTheme", "eastAsia": "eastAsiaTheme", "cs": "cstheme"}


_XML_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")  # Word's manual line break is \x0b in copied text


def unwritable_characters(text: str) -> int:
    """How many characters of `text` an XML document cannot hold (control characters, lone surrogates)."""
    return len(_XML_INVALID.findall(text))


def xml_safe(text: str) -> str:
    """`text` on one line without the characters XML cannot hold, for properties and attribute values."""
    return _XML_INVALID.sub("", _LINE_BREAKS.sub(" ", text)).replace("\n", " ")


_CYRILLIC = re.compile("[\u0400-\u04ff]+(?:[ \u00a0'’.-]+[\u0400-\u04ff]+)*")


def _tagged_run(template: etree._Element, text: str, lang: str | None) -> etree._Element:
    """A copy of `template` (a run with its properties, no text) holding `text`, re-tagged as `lang` if given."""
    run = copy.deepcopy(template)
    if lang is not None:
        tag = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        if tag is not None:
            tag.set(qn("w:val"), LANG_TAGS[lang])
    _fill_run(run, text)
    return run


def _fill_run(run: etree._Element, text: str) -> None:
    """Text into a run as Word stores it: `w:t` pieces, `w:br` for line breaks, `w:tab` for tabs."""
    text = _XML_INVALID.sub("", _LINE_BREAKS.sub("\n", text))
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(run, qn("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                etree.SubElement(run, qn("w:tab"))
            if piece:
                t = etree.SubElement(run, qn("w:t"))
                t.text = piece
                if piece != piece.strip():
                    t.set(XML_SPACE, "preserve")


class TemplateFonts:
    """The fonts a house template's styles name explicitly, per paragraph style and slot.

    A font named in a style (or its bases, or the document defaults) is a house choice and wins; a slot left to
    Word's theme fonts, or not set at all, resolves to None and takes the PressDesk font setting.
    """

    def __init__(self, doc: Document) -> None:
        root = doc.styles.element
        self._styles = {el.get(qn("w:styleId")): el for el in root.iter(qn("w:style"))}
        self._defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
        self._cache: dict[str | None, dict[str, str | None]] = {}

    @staticmethod
    def _slot(rfonts: etree._Element | None, slot: str) -> tuple[bool, str | None]:
        """(decided, font) for one rFonts element: a theme reference decides 'no named font'."""
        if rfonts is None:
            return False, None
        if rfonts.get(qn(f"w:{_THEME_ATTRS[slot]}")):
            return True, None
        font = rfonts.get(qn(f"w:{slot}"))
        return (True, font) if font else (False, None)

    def _chain(self, style_id: str | None) -> list[etree._Element | None]:
        chain, seen = [], set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            rpr = style.find(qn("w:rPr"))
            chain.append(rpr.find(qn("w:rFonts")) if rpr is not None else None)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return [*chain, self._defaults]

    def named(self, style_id: str | None) -> dict[str, str | None]:
        if style_id not in self._cache:
            fonts: dict[str, str | None] = {}
            chain = self._chain(style_id)
            for slot in FONT_SLOTS:
                fonts[slot] = next((font for decided, font in (self._slot(el, slot) for el in chain) if decided),
                                   None)
            self._cache[style_id] = fonts
        return self._cache[style_id]


class Typography:
    """Builds run properties per language (fonts in every slot, language tag) once per style, and stamps them."""

    def __init__(self, fonts: dict[str, str], template_fonts: TemplateFonts | None = None) -> None:
        self._fonts = fonts
        self._template_fonts = template_fonts
        self._rpr: dict[tuple[str, str | None], etree._Element] = {}
        self._paragraphs: dict[tuple[str, str, int | None], CT_P] = {}

    def _build(self, lang: str, style_id: str | None) -> etree._Element:
        western = xml_safe(self._fonts.get("en" if lang == "zh" else lang) or "") or "Times New Roman"
        east_asian = xml_safe(self._fonts.get("zh") or "") or "SimSun"
        chosen = {"ascii": western, "hAnsi": western, "cs": western, "eastAsia": east_asian}
        if self._template_fonts is not None:
            chosen.update({slot: font for slot, font in self._template_fonts.named(style_id).items() if font})
        rpr = OxmlElement("w:rPr")
        rfonts = etree.SubElement(rpr, qn("w:rFonts"))
        for slot in FONT_SLOTS:
            rfonts.set(qn(f"w:{slot}"), chosen[slot])
        if lang == "zh":
            rfonts.set(qn("w:hint"), "eastAsia")  # quotation marks and dashes take the Chinese font and width
        tag = etree.SubElement(rpr, qn("w:lang"))
        tag.set(qn("w:val"), LANG_TAGS[lang])
        tag.set(qn("w:eastAsia"), "zh-CN")
        return rpr

    def rpr(self, lang: str, style_id: str | None = None) -> etree._Element:
        key = (lang, style_id)
        if key not in self._rpr:
            self._rpr[key] = self._build(lang, style_id)
        return copy.deepcopy(self._rpr[key])

    def paragraph(self, text: str, style_id: str, lang: str, first_line_twips: int | None = None) -> CT_P:
        """A `w:p` of one style holding `text` as one run tagged with `lang` (its paragraph mark tagged too).

        Built by copying a prototype per (style, language, indent): python-docx's per-element API costs about
        a millisecond a cell, which made a 500-row review table take seconds.
        """
        key = (style_id, lang, first_line_twips)
        proto = self._paragraphs.get(key)
        if proto is None:
            proto = OxmlElement("w:p")
            ppr = proto.get_or_add_pPr()
            ppr.style = style_id
            if first_line_twips is not None:
                ind = ppr.get_or_add_ind()
                ind.set(qn("w:firstLineChars"), "200")
                ind.set(qn("w:firstLine"), str(first_line_twips))
            ppr.append(self.rpr(lang, style_id))
            run = etree.SubElement(proto, qn("w:r"))
            run.append(self.rpr(lang, style_id))
            self._paragraphs[key] = proto
        p = copy.deepcopy(proto)
        if lang == "ru" or not _CYRILLIC.search(text):
            _fill_run(p[-1], text)
            return p
        # Russian words in English or Chinese text (a name, the endonym in a label) are proofed as Russian:
        # their own run, same fonts, tagged ru-RU.
        template, start = p[-1], 0
        p.remove(template)
        pieces = [(m.start(), m.end()) for m in _CYRILLIC.finditer(text)]
        for begin, end in pieces:
            for piece, russian in ((text[start:begin], False), (text[begin:end], True)):
                if piece:
                    p.append(_tagged_run(template, piece, "ru" if russian else None))
            start = end
        if text[start:]:
            p.append(_tagged_run(template, text[start:], None))
        return p

    def field(self, paragraph: Paragraph, instruction: str, lang: str, char_style: str | None) -> None:
        """Append a complex field (e.g. PAGE) whose runs carry the language like any other run."""
        for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("result", "1"),
                           ("end", None)):
            r = OxmlElement("w:r")
            rpr = self.rpr(lang, paragraph._p.get_or_add_pPr().style)
            if char_style:
                rstyle = OxmlElement("w:rStyle")
                rstyle.set(qn("w:val"), char_style)
                rpr.insert(0, rstyle)
            r.append(rpr)
            if kind == "instr":
                el = etree.SubElement(r, qn("w:instrText"))
                el.text = text
                el.set(XML_SPACE, "preserve")
            elif kind == "result":
                etree.SubElement(r, qn("w:t")).text = text
            else:
                etree.SubElement(r, qn("w:fldChar")).set(qn("w:fldCharType"), kind)
            paragraph._p.append(r)


def _lang_of(text: str, fallback: str) -> str:
    """The language of a free text such as the release title (one of LANGS)."""
    found = detect_language(text)
    return found if found in LANGS else fallback


def _style_size(doc: Document, style_id: str) -> Length:
    """The font size a paragraph style resolves to (through its bases, then the document default)."""
    style = doc.styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH)
    while style is not None:
        if style.font.size is not None:
            return style.font.size
        style = style.base_style
    size = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    return Pt(int(size.get(qn("w:val"))) / 2) if size is not None else Pt(12)


def _set_default_language(doc: Document, lang: str) -> None:
    """Make the document's default language the export language, so text typed later in Word is tagged right."""
    rpr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        later = [rpr.find(qn(f"w:{name}")) for name in ("eastAsianLayout", "specVanish", "oMath")]
        anchor = next((el for el in later if el is not None), None)
        if anchor is not None:
            anchor.addprevious(tag)
        else:
            rpr.append(tag)
    tag.set(qn("w:val"), LANG_TAGS[lang])
    tag.set(qn("w:eastAsia"), "zh-CN")
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), LANG_TAGS[lang])
        theme.set(qn("w:eastAsia"), "zh-CN")


# Children of w:compat that come before w:doNotExpandShiftReturn, and children of w:settings that come after
# w:compat (ECMA-376 Part 1, CT_Compat and CT_Settings): Word rejects settings whose children are out of order.
_COMPAT_BEFORE = {"useSingleBorderforContiguousCells", "wpJustification", "noTabHangInd", "noLeading", "spaceForUL",
                  "noColumnBalance", "balanceSingleByteDoubleByteWidth", "noExtraLineSpacing",
                  "doNotLeaveBackslashAlone", "ulTrailSpace"}
_SETTINGS_AFTER_COMPAT = {"docVars", "rsids", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                          "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
                          "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                          "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}


_W = qn("w:x")[:-1]  # "{namespace}" of WordprocessingML


def _local(el: etree._Element) -> str | None:
    """Local name of a WordprocessingML child; None for other namespaces (math, Office extensions)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag[len(_W):] if tag.startswith(_W) else None


def _keep_lines_before_breaks_unstretched(doc: Document) -> None:
    """Justified paragraphs (body text) must not spread the words of a line that ends in a manual line break
    (a dateline, an address): Word's and LibreOffice's `doNotExpandShiftReturn` compatibility option."""
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        later = next((c for c in settings if _local(c) in _SETTINGS_AFTER_COMPAT or _local(c) is None), None)
        if later is not None:
            later.addprevious(compat)
        else:
            settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is not None:
        return
    flag = OxmlElement("w:doNotExpandShiftReturn")
    later = next((c for c in compat if _local(c) not in _COMPAT_BEFORE), None)
    if later is not None:
        later.addprevious(flag)
    else:
        compat.append(flag)


def _set_properties(doc: Document, title: str, language: str, author: str) -> None:
    """Core properties of this export; the template's own author, dates and revision do not carry over."""
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    props = doc.core_properties
    props.title = xml_safe(title)[:255]
    props.language = language
    props.author = xml_safe(author)
    props.last_modified_by = xml_safe(author)
    props.created = now
    props.modified = now
    props.revision = 1


def _has_page_field(section: Section) -> bool:
    footer = section.footer._element if not section.footer.is_linked_to_previous else None
    if footer is None:
        return False
    instructions = [el.text or "" for el in footer.iter(qn("w:instrText"))]
    instructions += [el.get(qn("w:instr"), "") for el in footer.iter(qn("w:fldSimple"))]
    return any("PAGE" in text.split() for text in instructions)


def _ensure_page_number(doc: Document, typography: Typography, lang: str, ids: dict[str, str]) -> None:
    """Keep the template's footer; add a centred PAGE field to it when it has no page number."""
    section = doc.sections[-1]
    if _has_page_field(section):
        return
    paragraph = section.footer.add_paragraph()
    if "footer" in ids:
        paragraph._p.get_or_add_pPr().style = ids["footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    typography.field(paragraph, " PAGE ", lang, ids.get("page number"))


def _landscape(section: Section) -> None:
    if section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width


def _text_width(section: Section) -> int:
    """Width between the margins, in EMU."""
    return int(section.page_width - section.left_margin - section.right_margin)


# --- layouts ------------------------------------------------------------------------------------------------


class _Builder:
    """One document being written: the template opened, styles resolved, typography ready."""

    def __init__(self, options: DocxOptions) -> None:
        self.options = options
        self.doc = open_template(options.template)
        self.ids = _style_ids(self.doc)
        self.typography = Typography(options.fonts, TemplateFonts(self.doc) if options.template else None)
        self._indents: dict[str, int] = {}
        body = self.doc.element.body
        self._section_end = body.find(qn("w:sectPr"))
        self._body = body

    def _add(self, element: etree._Element) -> None:
        if self._section_end is not None:
            self._section_end.addprevious(element)
        else:
            self._body.append(element)

    def _element(self, text: str, style: str, lang: str, indent: bool = False) -> CT_P:
        style_id = self.ids[style.lower()]
        twips = None
        if indent:
            if style_id not in self._indents:
                self._indents[style_id] = int(2 * _style_size(self.doc, style_id).pt * 20)
            twips = self._indents[style_id]
        return self.typography.paragraph(text, style_id, lang, twips)

    def paragraph(self, text: str, style: str, lang: str, *, indent: bool = False) -> None:
        """Append a body paragraph; `indent` gives it the two-character first-line indent of Chinese text."""
        self._add(self._element(text, style, lang, indent))

    def table(self, widths: list[int], header: list[tuple[str, str]]) -> Table:
        """A bordered table with fixed column widths (EMU) and a header row repeated on every page."""
        table = self.doc.add_table(rows=1, cols=len(widths))
        table.style = self.doc.styles.get_by_id(self.ids["table grid"], WD_STYLE_TYPE.TABLE)
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Length(width)
        row = table.rows[0]
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        trpr.append(OxmlElement("w:tblHeader"))
        for tc, (text, lang) in zip(row._tr.tc_lst, header, strict=True):
            tc.remove(tc.p_lst[0])
            tc.append(self._element(text, "Table Header", lang))
            shading = OxmlElement("w:shd")
            for attr, value in (("val", "clear"), ("color", "auto"), ("fill", HEADER_FILL)):
                shading.set(qn(f"w:{attr}"), value)
            tc.get_or_add_tcPr().append(shading)
        self._row_proto = copy.deepcopy(row._tr)  # rows keep cantSplit: a segment's versions stay on one page
        self._row_proto.trPr.remove(self._row_proto.trPr.find(qn("w:tblHeader")))
        for tc in self._row_proto.tc_lst:
            tc.remove(tc.p_lst[0])
            tc.tcPr.remove(tc.tcPr.find(qn("w:shd")))
        return table

    def row(self, table: Table, cells: Iterable[tuple[str, str, str]]) -> None:
        """Append a row of (text, style, lang) cells."""
        tr = copy.deepcopy(self._row_proto)
        for tc, (text, style, lang) in zip(tr.tc_lst, cells, strict=True):
            tc.append(self._element(text, style, lang))
        table._tbl.append(tr)

    def finish(self, title: str, language: str, page_lang: str) -> Document:
        _ensure_page_number(self.doc, self.typography, page_lang, self.ids)
        _set_properties(self.doc, title, language, self.options.author)
        _keep_lines_before_breaks_unstretched(self.doc)
        return self.doc


def _headline(release: Release, lang: str) -> str:
    return next((s.text(lang) for s in release.segments if s.role is Role.HEADLINE and s.text(lang).strip()),
                release.title)


def write_single(release: Release, lang: str, options: DocxOptions, tick: Tick | None = None) -> Document:
    """One language as a press release; segments without text in `lang` are left out, and so is a closing mark
    imported as a segment when the export adds its own."""
    builder = _Builder(options)
    mark = end_mark_for(options.end_mark, lang)
    segments = [s for s in release.segments if not s.cells[lang].is_empty and not (mark and is_end_mark(s.text(lang)))]
    end_at = len(segments)  # the end mark goes before the trailing contact block and notes to editors
    while end_at > 0 and segments[end_at - 1].role in TRAILING_ROLES:
        end_at -= 1
    for i, seg in enumerate(segments):
        if i == end_at and mark:
            builder.paragraph(mark, "End Mark", lang)
        builder.paragraph(seg.text(lang), ROLE_STYLES[seg.role], lang,
                          indent=lang == "zh" and seg.role in INDENTED_ROLES)
        if tick:
            tick()
    if end_at == len(segments) and mark:
        builder.paragraph(mark, "End Mark", lang)
    skipped = len(release.segments) - len(segments)
    if tick:
        for _ in range(skipped):
            tick()
    _set_default_language(builder.doc, lang)
    return builder.finish(_headline(release, lang), LANG_TAGS[lang], lang)


def _table_style(seg: Segment) -> str:
    return "Table Headline" if seg.role in (Role.HEADLINE, Role.SUBHEADLINE) else "Table Text"


def write_table(release: Release, options: DocxOptions, tick: Tick | None = None) -> Document:
    """The three languages side by side: one row per segment, a header row repeated on every page."""
    builder = _Builder(options)
    section = builder.doc.sections[-1]
    _landscape(section)
    width = _text_width(section)
    widths = [width // 3] * 3
    table = builder.table(widths, [(ENDONYMS[lang], lang) for lang in LANGS])
    for seg in release.segments:
        builder.row(table, [(seg.text(lang), _table_style(seg), lang) for lang in LANGS])
        if tick:
            tick()
    title = release.title or _headline(release, "en")
    return builder.finish(title, ", ".join(LANG_TAGS[lang] for lang in LANGS), _lang_of(title, "en"))


def write_review(release: Release, source: str, target: str, options: DocxOptions,
                 tick: Tick | None = None) -> Document:
    """A bilingual review table like CAT tools export: number, source, target, status and the paragraph's comment
    (empty for the reviewer when the team left none)."""
    ui = options.ui_lang if options.ui_lang in REVIEW_LABELS else "en"
    labels = REVIEW_LABELS[ui]
    builder = _Builder(options)
    title = release.title or _headline(release, source)
    builder.paragraph(title, "Heading 1", _lang_of(title, source))
    today = datetime.now().date().isoformat()
    summary = (f"{labels['heading']}: {ENDONYMS[source]} → {ENDONYMS[target]} · {len(release.segments)} "
               f"{labels['segments']} · {labels['exported']} {today}")
    builder.paragraph(summary, "Body Text", ui)

    section = builder.doc.sections[-1]
    _landscape(section)
    width = _text_width(section)
    narrow, status_w, comment_w = width * 5 // 100, width * 11 // 100, width * 20 // 100
    text_w = (width - narrow - status_w - comment_w) // 2
    header = [(labels["number"], ui), (f"{labels['source']} ({ENDONYMS[source]})", ui),
              (f"{labels['target']} ({ENDONYMS[target]})", ui), (labels["status"], ui), (labels["comment"], ui)]
    table = builder.table([narrow, text_w, text_w, status_w, comment_w], header)
    for number, seg in enumerate(release.segments, start=1):
        status = labels[seg.cells[target].status.value]
        if seg.is_stale(target):
            status = f"{status}, {labels['stale']}"
        builder.row(table, [(str(number), "Table Text", ui), (seg.text(source), "Table Text", source),
                            (seg.text(target), "Table Text", target), (status, "Table Text", ui),
                            (seg.comment, "Table Text", _lang_of(seg.comment, ui))])
        if tick:
            tick()
    return builder.finish(f"{title} ({source}–{target})", f"{LANG_TAGS[source]}, {LANG_TAGS[target]}", ui)
