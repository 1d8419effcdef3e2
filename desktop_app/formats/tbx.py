"""TBX termbases: TBX v2 (`martif`, tig/ntig), TBX v3 Basic/Core/Min (`tbx`, conceptEntry/langSec/termSec) and
the TBX-Min of 2014 (`TBX dialect="TBX-Min"`, entry/langGroup/termGroup with a plain `termStatus`).

Parsed with lxml with entity resolution, DTD loading and network access off, so an XXE file reads nothing and a
billion-laughs file cannot expand. Per language the preferred term (or the first allowed one) becomes the approved
form, admitted terms become variants (short forms when their termType is shortForm), deprecated/superseded/
not-recommended terms become forbidden forms; an entry's `<admin type="source">` is its source. Languages other than
zh/en/ru are reported and ignored; Traditional Chinese is stored in Simplified with the original kept as a variant.
We write TBX v3 TBX-Basic with lxml (so always well-formed), the dates of validity as `<admin type="validFrom">`
/ `validTo` and notes with `xml:space="preserve"`, so our own export reads back to the same entries.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from desktop_app import LANGS
from desktop_app.atomic import atomic_write_bytes
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.model import CATEGORIES, MAX_NOTE_CHARS, TermEntry
from desktop_app.domain.invisible import escape_unseen
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import (
    MAX_ROWS,
    TermFile,
    check_entry_size,
    check_xml_size,
    is_traditional_code,
    lang_of_code,
    make_entry,
    no_term,
    place,
    read_bytes,
    too_many_rows,
)
from desktop_app.formats.input_files import name_as_text
from desktop_app.formats.xml_prolog import declares_entities, stored_encoding

log = logging.getLogger(__name__)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
_ENTRY_TAGS = {"termEntry", "conceptEntry"}
_LANG_TAGS = {"langSet", "langSec", "langGroup"}
_TERM_GROUP_TAGS = {"tig", "ntig", "termSec", "termGroup"}
_MIN_ROOT, _MIN_ENTRY = "TBX", "entry"  # TBX-Min (2014)
# TBX-Min's data categories are plain elements of no namespace.
_MIN_CATEGORIES = {"termStatus": "administrativeStatus", "subjectField": "subjectField"}
_FORBIDDEN_STATUS = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "superseded", "obsolete",
                     "notrecommended", "not recommended", "prohibited"}
_PREFERRED_STATUS = {"preferredterm-admn-sts", "preferred"}
_SHORT_TYPE = "shortform"
_STATUS_OF_KIND = {"approved": "preferredTerm-admn-sts", "variant": "admittedTerm-admn-sts",
                   "short": "admittedTerm-admn-sts", "forbidden": "deprecatedTerm-admn-sts"}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_OUR_TITLE = "PressDesk glossary"  # the sourceDesc of the files we write
_VALID_FROM, _VALID_TO = "validFrom", "validTo"  # our <admin> types for an entry's dates of validity


def _parser(encoding: str | None = None) -> etree.XMLParser:
    """An lxml parser that never fetches or expands anything from outside the file."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True, encoding=encoding)


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _text(element: etree._Element, collapse: bool = True) -> str:
    """The element's text without entity references (left unresolved on purpose) or comments; spaces collapsed
    unless `collapse` is False."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_text(child, collapse))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()) if collapse else "".join(parts).strip()


def _children(element: etree._Element, names: set[str]) -> list[etree._Element]:
    return list(element.iterchildren(*(f"{{*}}{n}" for n in names)))


_TBX_NAMESPACES = {"", TBX3_NS}


def _category(element: etree._Element) -> str | None:
    """The data category an element carries: the `type` of a `termNote`, `descrip` or `admin` (TBX v2 and the
    DCA style of TBX 2019), or the name of an element of a module's own namespace (the DCT style:
    `<basic:administrativeStatus>`, `<min:subjectField>`)."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    if _local(element) in ("termNote", "descrip", "admin"):
        return element.get("type")
    namespace = tag[1:].partition("}")[0] if tag.startswith("{") else ""
    if namespace in _TBX_NAMESPACES:
        return _MIN_CATEGORIES.get(_local(element))
    return _local(element)


def _categorised(element: etree._Element, *names: str) -> list[etree._Element]:
    """The element's children that carry one of these data categories, in either style."""
    return [child for child in element if _category(child) in names]


def _term_groups(lang_set: etree._Element) -> list[tuple[str, str, str]]:
    """(term, status, term type) of each term in a langSet/langSec, in document order."""
    groups = _children(lang_set, _TERM_GROUP_TAGS)
    result: list[tuple[str, str, str]] = []
    if not groups:
        groups = [lang_set]  # malformed Core: terms directly in the language section
    for group in groups:
        terms = list(group.iter("{*}term"))
        status = term_type = ""
        for note in group.iter():
            category = _category(note)
            if category in ("administrativeStatus", "usageStatus", "normativeAuthorization"):
                status = _text(note).lower()
            elif category == "termType":
                term_type = _text(note).lower()
        for term in terms[:1] if group is not lang_set else terms:
            text = _text(term)
            if text:
                result.append((text, status, term_type))
    return result


def _entry_note(entry: etree._Element) -> str:
    notes = [_text(e, collapse=e.get(XML_SPACE) != "preserve") for e in entry.iter()
             if _local(e) == "note" or _category(e) == "definition"]
    return "; ".join(n for n in notes if n)[:MAX_NOTE_CHARS]


def _entry_admin(entry: etree._Element, admin_type: str) -> str:
    """The entry's `<admin type=…>` value: its source, or the dates of validity we write."""
    return next((_text(e) for e in _categorised(entry, admin_type) if _text(e)), "")


def _entry_category(entry: etree._Element) -> str:
    for e in _categorised(entry, "subjectField"):
        if _text(e).lower() in CATEGORIES:
            return _text(e).lower()
    return "term"


def read_tbx(path: str | Path) -> TermFile:
    """Entries of a TBX file; FormatError for anything that is not well-formed TBX."""
    p = Path(path)
    data = read_bytes(p)
    if not data.strip():
        raise FormatError(f"{p.name}: the file is empty", message_id=why.EMPTY_FILE, file_name=p.name)
    check_xml_size(p.name, data)
    try:
        root = etree.fromstring(data, _parser(stored_encoding(data)))
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{p.name}: not well-formed XML, so not a usable TBX file ({exc.msg}, line "
                          f"{exc.lineno})", message_id=why.XML_NOT_WELL_FORMED, file_name=p.name) from exc
    if root is not None and declares_entities(root):
        raise FormatError(f"{p.name}: declares XML entities of its own, which glossary files do not use (the text "
                          "they stand for would be lost); refused", message_id=why.GLOSSARY_XML_ENTITIES,
                          file_name=p.name)
    if root is None or _local(root) not in ("martif", "tbx", _MIN_ROOT):
        raise FormatError(f"{p.name}: not a TBX file (the root element is <{_local(root) if root is not None else ''}>"
                          f", expected <martif> or <tbx>)", message_id=why.TBX_WRONG_ROOT, file_name=p.name)
    default_lang = root.get(XML_LANG, "")
    # Our own export marks the approved form of every language, so an admitted term never stands in for it there.
    ours = any(_text(p) == _OUR_TITLE for p in root.iterfind("{*}tbxHeader/{*}fileDesc/{*}sourceDesc/{*}p"))
    entry_tags = {_MIN_ENTRY} if _local(root) == _MIN_ROOT else _ENTRY_TAGS
    entries = list(root.iter(*(f"{{*}}{t}" for t in entry_tags)))
    if not entries:
        raise FormatError(f"{p.name}: a TBX file without any termEntry/conceptEntry", message_id=why.TBX_NO_ENTRIES,
                          file_name=p.name)
    if len(entries) > MAX_ROWS:
        raise too_many_rows(p.name)
    result = TermFile()
    found: set[str] = set()
    ignored: dict[str, None] = {}
    from opencc import OpenCC

    to_simplified = OpenCC("t2s")
    for number, entry in enumerate(entries, start=1):
        check_entry_size(p.name, entry.iter(), entry.get("id") or number)
        forms: dict[str, str] = {}
        variants: dict[str, list[str]] = {lang: [] for lang in LANGS}
        forbidden: dict[str, list[str]] = {lang: [] for lang in LANGS}
        short: dict[str, list[str]] = {lang: [] for lang in LANGS}
        preferred: set[str] = set()
        for lang_set in _children(entry, _LANG_TAGS):
            code = lang_set.get(XML_LANG) or lang_set.get("lang") or default_lang  # `lang=`: older tools
            lang = lang_of_code(code) if code else None
            if lang is None:
                ignored[code or "?"] = None
                continue
            found.add(lang)
            for text, status, term_type in _term_groups(lang_set):
                if lang == "zh" and is_traditional_code(code):
                    simplified = to_simplified.convert(text)
                    if simplified != text:
                        variants["zh"].append(text)
                    text = simplified
                if status in _FORBIDDEN_STATUS:
                    forbidden[lang].append(text)
                elif term_type == _SHORT_TYPE and status not in _PREFERRED_STATUS:
                    short[lang].append(text)
                elif (status in _PREFERRED_STATUS and lang not in preferred) or not (forms.get(lang) or ours):
                    if forms.get(lang):
                        variants[lang].insert(0, forms[lang])  # an earlier, merely admitted term steps aside
                    forms[lang] = text
                    if status in _PREFERRED_STATUS:
                        preferred.add(lang)
                elif text != forms.get(lang):
                    variants[lang].append(text)
        where = place("entry", entry.get("id") or number)
        if not any(forms.values()):
            result.skipped.append((where, no_term(forbidden_only=any(forbidden.values()))))
            continue
        result.entries.append(make_entry(
            forms, {k: tuple(dict.fromkeys(v)) for k, v in variants.items()},
            {k: tuple(dict.fromkeys(v)) for k, v in forbidden.items()},
            category=_entry_category(entry), note=_entry_note(entry),
            source=_entry_admin(entry, "source") or name_as_text(p),
            valid_from=_entry_admin(entry, _VALID_FROM), valid_to=_entry_admin(entry, _VALID_TO),
            short_forms={k: tuple(dict.fromkeys(v)) for k, v in short.items()}))
    result.languages = tuple(lang for lang in LANGS if lang in found)
    result.ignored_languages = tuple(ignored)
    return result


def write_tbx(path: str | Path, entries: Iterable[TermEntry]) -> int:
    """Write entries as TBX v3 TBX-Basic (atomically) through lxml, so the file is well-formed XML whatever the
    entries hold; returns how many were written. FormatError (nothing written) names an entry holding a character
    XML cannot carry (validation keeps them out; an old or foreign database may still have one)."""
    root = etree.Element(_tag("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"}, nsmap={None: TBX3_NS})
    source_desc = _sub(_sub(_sub(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    _sub(source_desc, "p", _OUR_TITLE)
    body = _sub(_sub(root, "text"), "body")
    count = 0
    for e in entries:
        try:
            _write_entry(body, e, f"c{e.id or count + 1}")
        except ValueError as exc:  # lxml: "All strings must be XML compatible"
            raise FormatError(f"glossary entry #{e.id} ({escape_unseen(e.label())}) holds a character XML cannot "
                              f"carry; edit the entry and export again", message_id=why.TBX_CHARACTER,
                              message_args=(e.id, escape_unseen(e.label()))) from exc
        count += 1
    atomic_write_bytes(Path(path), etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    return count


def _tag(name: str) -> str:
    return f"{{{TBX3_NS}}}{name}"


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, _tag(name), attrib)
    if text is not None:
        element.text = text
    return element


def _write_entry(body: etree._Element, e: TermEntry, concept_id: str) -> None:
    concept = _sub(body, "conceptEntry", id=concept_id)
    _sub(concept, "descrip", e.category, type="subjectField")
    for admin_type, value in (("source", e.source), (_VALID_FROM, e.valid_from), (_VALID_TO, e.valid_to)):
        if value:
            _sub(concept, "admin", value, type=admin_type)
    if e.note:
        _sub(concept, "note", e.note).set(XML_SPACE, "preserve")  # line breaks and tabs of the note kept
    for lang in LANGS:
        terms = list(e.surface_forms(lang))
        if not terms:
            continue
        lang_sec = _sub(concept, "langSec")
        lang_sec.set(XML_LANG, lang)
        for text, kind in terms:
            term_sec = _sub(lang_sec, "termSec")
            _sub(term_sec, "term", text)
            if kind.value == "short":
                _sub(term_sec, "termNote", "shortForm", type="termType")
            _sub(term_sec, "termNote", _STATUS_OF_KIND[kind.value], type="administrativeStatus")
