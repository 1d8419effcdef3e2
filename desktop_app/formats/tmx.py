"""Read TMX (1.1 to 1.4) translation-memory files as plain-text translation units.

The parser never fetches anything and expands no entities: a file that declares its own entities (the XXE and
"billion laughs" tricks) is refused before a single unit is read. Inline codes (`bpt`, `ept`, `ph`, `it`, `ut`
and the `sub` flows inside them) are dropped, a line-break or tab code (`ph type="lb"`, `<ph>&lt;br/&gt;</ph>`) is
read as a space, highlighted text (`hi`) is kept, and in files written by OmegaT its tag shortcuts stored as text
(`<x1/>`, `<s0>`, `</s0>`) are removed too. The file is read incrementally, so memory stays flat for large files.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from lxml import etree

from desktop_app.domain import refusals as why
from desktop_app.formats.encodings import composed
from desktop_app.formats.errors import FormatError
from desktop_app.formats.xml_prolog import prolog_text

log = logging.getLogger(__name__)

MAX_TMX_BYTES = 256 * 1024 * 1024
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CODE_ELEMENTS = frozenset({"bpt", "ept", "ph", "it", "ut", "sub"})
OMEGAT_SHORTCUT = re.compile(r"</?[A-Za-z]{1,3}\d+/?>")
# The native code of a line break or tab kept in a `ph` (HTML, Word, OpenDocument), as Okapi and others write it.
BREAK_CODE = re.compile(r"<(?:[\w.-]+:)?(?:br|cr|tab|line-break)\b", re.IGNORECASE)
PROGRESS_EVERY = 500
# Elements one `tu` may hold (its variants, segments, notes, properties and inline codes): a unit is a sentence of
# at most a few thousand characters, so a real one holds tens. Parsed elements stay in memory until their unit ends.
MAX_UNIT_ELEMENTS = 10_000

ProgressCallback = Callable[[int, int], None]

# Language subtags (after the primary one) that mean Traditional Chinese, which the zh column does not hold; "cht"
# is Microsoft's older code (zh-CHT, beside zh-CHS for Simplified).
TRADITIONAL_ZH = frozenset({"hant", "cht", "tw", "hk", "mo"})
PRIMARY_LANGS = {"zh": "zh", "zho": "zh", "chi": "zh", "cmn": "zh", "en": "en", "eng": "en", "ru": "ru", "rus": "ru"}


@dataclass(frozen=True, slots=True)
class TmxVariant:
    """One `tuv`: its language code as written in the file and its segment as plain text."""

    lang: str
    text: str


@dataclass(frozen=True, slots=True)
class TmxUnit:
    """One `tu`, its variants in file order, and the line it starts on (for messages)."""

    variants: tuple[TmxVariant, ...]
    line: int


def normalise_lang(code: str) -> str | None:
    """Map a TMX language code (zh-CN, zh_CN, ZH-CN, zh-Hans, en-US, ru-RU…) to zh/en/ru; None for others."""
    parts = code.strip().replace("_", "-").lower().split("-")
    lang = PRIMARY_LANGS.get(parts[0])
    if lang == "zh" and TRADITIONAL_ZH.intersection(parts[1:]):
        return None
    return lang


def is_traditional_chinese(code: str) -> bool:
    parts = code.strip().replace("_", "-").lower().split("-")
    return PRIMARY_LANGS.get(parts[0]) == "zh" and bool(TRADITIONAL_ZH.intersection(parts[1:]))


def _local(tag: object) -> str | None:
    """An element's name without namespace; None for comments, processing instructions and entities."""
    if not isinstance(tag, str):
        return None
    return tag.rpartition("}")[2]


def _plain(element: etree._Element) -> str:
    """The text of a `seg` (or `hi`) without inline codes; comments and unresolved entities are dropped too."""
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if name is not None and name not in CODE_ELEMENTS:
            parts.append(_plain(child))
        elif name == "ph" and (child.get("type") == "lb" or BREAK_CODE.search(child.text or "")):
            parts.append(" ")  # a line break or tab inside the segment: the words on either side stay apart
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str, omegat: bool) -> str:
    if omegat:
        text = OMEGAT_SHORTCUT.sub(lambda m: " " if m.group().lower().startswith("<br") else "", text)
    return " ".join(text.split())


def _variant(tuv: etree._Element, omegat: bool) -> TmxVariant | None:
    lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
    seg = next((c for c in tuv if _local(c.tag) == "seg"), None)
    if seg is None:
        return None
    return TmxVariant(lang.strip(), composed(_clean(_plain(seg), omegat)))


class _Unnamed:
    """A file's bytes without its name: lxml takes an open file's name for the document's address and fails on one
    that is not UTF-8 (a name in another system's encoding, from a Windows zip or a share)."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh

    def read(self, size: int = -1) -> bytes:
        return self._fh.read(size)


ROOT_START = re.compile(r"<(?:[\w.-]+:)?tmx[\s>/]")
PROLOG_SCAN_BYTES = 1024 * 1024
_ENTITIES_REFUSED = "{} declares its own XML entities, which TMX files do not use; refused for safety"


def _refuse_entities_in_prolog(fh: BinaryIO, name: str) -> None:
    """Refuse entity declarations before libxml2 sees them: newer libxml2 versions stop an expansion bomb with
    their own error before any parse event, so the refusal cannot wait for the root element."""
    head = fh.read(PROLOG_SCAN_BYTES)
    fh.seek(0)
    text = prolog_text(head, PROLOG_SCAN_BYTES)
    if text is None:
        raise FormatError(f"{name} names an encoding PressDesk cannot read, so it is no usable TMX file; save it as "
                          "UTF-8", message_id=why.TMX_UNKNOWN_ENCODING, file_name=name)
    root = ROOT_START.search(text)
    if "<!ENTITY" in (text[: root.start()] if root else text):
        raise FormatError(_ENTITIES_REFUSED.format(name), message_id=why.TMX_ENTITIES, file_name=name)


def _refuse_declared_entities(root: etree._Element, name: str) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FormatError(_ENTITIES_REFUSED.format(name), message_id=why.TMX_ENTITIES, file_name=name)


def _drop(element: etree._Element) -> None:
    """Free a parsed element read outside any unit: iterparse keeps the tree, so a header of millions of
    properties would otherwise stay in memory (1.5 GB for a 69 MB file)."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _check_size(path: Path, max_bytes: int) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FormatError.from_os_error(f"{path.name}: {exc.strerror or exc}", exc, path.name) from exc
    if not path.is_file():
        raise FormatError(f"{path.name} is not a file", file_name=path.name,
                          message_id=why.IS_FOLDER if path.is_dir() else why.NOT_REGULAR_FILE)
    if size == 0:
        raise FormatError(f"{path.name} is empty (0 bytes), not a TMX file", message_id=why.EMPTY_FILE,
                          file_name=path.name)
    if size > max_bytes:
        raise FormatError(f"{path.name} is {size / 2**20:.0f} MB; TMX files over {max_bytes / 2**20:.0f} MB "
                          "are not imported (split it with your CAT tool)", message_id=why.TMX_TOO_LARGE,
                          message_args=(round(size / 2**20), round(max_bytes / 2**20)), file_name=path.name)
    return size


def iter_tmx(path: str | os.PathLike[str], *, max_bytes: int = MAX_TMX_BYTES,
             on_progress: ProgressCallback | None = None) -> Iterator[TmxUnit]:
    """Yield the translation units of a TMX file in order; raise FormatError for anything that is not TMX.

    `on_progress(bytes_read, total_bytes)` is called every few hundred units; it may raise to stop reading.
    A FormatError can come after some units were yielded (a file broken half-way), so callers that store units
    should do it in one transaction.
    """
    from lxml import etree  # ~5 MB the window need not hold until a TMX file is read

    from desktop_app.formats.xml_prolog import stored_encoding

    path = Path(path)
    total = _check_size(path, max_bytes)
    omegat = False
    units = 0
    try:
        with open(path, "rb") as fh:
            _refuse_entities_in_prolog(fh, path.name)
            encoding = stored_encoding(fh.read(PROLOG_SCAN_BYTES))
            fh.seek(0)
            events = etree.iterparse(
                _Unnamed(fh), events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
                huge_tree=False, remove_comments=True, remove_pis=True, encoding=encoding,
            )
            root_seen = False
            in_unit = unit_line = 0  # elements of the unit being read (0 outside a unit), the line it starts on
            for event, element in events:
                name = _local(element.tag)
                if not root_seen:
                    root_seen = True
                    if name != "tmx":
                        raise FormatError(f"{path.name} is XML but not a TMX file (its root element is <{name}>)",
                                          message_id=why.TMX_WRONG_ROOT, file_name=path.name)
                    _refuse_declared_entities(element, path.name)
                    continue
                if event == "start":
                    if name == "header":
                        omegat = "omegat" in (element.get("creationtool") or "").lower()
                    elif in_unit or name == "tu":
                        unit_line = unit_line if in_unit else element.sourceline or 0
                        in_unit += 1
                        if in_unit > MAX_UNIT_ELEMENTS:
                            raise FormatError(f"{path.name}: the translation unit on line {unit_line} "
                                              f"holds more than {MAX_UNIT_ELEMENTS:,} elements; it is no sentence",
                                              message_id=why.TMX_UNIT_TOO_LARGE,
                                              message_args=(unit_line, MAX_UNIT_ELEMENTS), file_name=path.name)
                    continue
                if name != "tu":
                    if not in_unit:
                        _drop(element)  # a header's properties, notes beside units: nothing is read from them
                    continue
                in_unit = 0
                variants = [v for tuv in element if _local(tuv.tag) == "tuv"
                            and (v := _variant(tuv, omegat)) is not None]
                yield TmxUnit(tuple(variants), element.sourceline or 0)
                units += 1
                element.clear(keep_tail=False)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]
                if on_progress is not None and units % PROGRESS_EVERY == 0:
                    on_progress(fh.tell(), total)
            if not root_seen:
                raise FormatError(f"{path.name} contains no XML", message_id=why.XML_NONE, file_name=path.name)
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{path.name} is not a well-formed TMX file: {exc.msg}", message_id=why.XML_NOT_WELL_FORMED,
                          file_name=path.name) from exc
    except (etree.LxmlError, UnicodeError, LookupError, ValueError) as exc:
        raise FormatError(f"{path.name} cannot be read as TMX: {exc}", message_id=why.TMX_UNREADABLE,
                          file_name=path.name) from exc
    except OSError as exc:
        raise FormatError.from_os_error(f"{path.name}: {exc.strerror or exc}", exc, path.name) from exc
    if on_progress is not None:
        on_progress(total, total)
    log.debug("read %d translation units from %s", units, path.name)
