"""Glossaries saved as .xml: SDL MultiTerm's XML export (`<mtf>`), or a TBX file under an .xml name.

MultiTerm is what many translation agencies keep their termbases in, and its export is an `.xml` file of
`conceptGrp` entries, each with a `languageGrp` per language (`<language type="English" lang="EN-GB"/>`) holding
`termGrp`s. The first term of a language becomes the approved form, later ones variants; a term whose own
fields say it is forbidden or deprecated (the usual "Usage"/"Status" picklists) becomes a forbidden form; the
entry's definition or note becomes its note. Parsed with the same hardened lxml settings as TBX: no entities,
no DTD, no network.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.model import MAX_NOTE_CHARS
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

_FORBIDDEN_WORDS = ("forbidden", "deprecated", "do not use", "obsolete", "prohibited", "superseded", "запрещ",
                    "不推荐", "禁用")
_NOTE_TYPES = {"definition", "note", "comment", "context"}


def _parser(encoding: str | None = None) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True, encoding=encoding)


def _local(element: etree._Element) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _text(element: etree._Element) -> str:
    """The element's text, spaces collapsed, without entity references (left unresolved on purpose)."""
    return " ".join("".join(_parts(element)).split())


def _parts(element: etree._Element) -> list[str]:
    parts = [element.text or ""] if isinstance(element.tag, str) else []
    for child in element:
        parts.extend(_parts(child))
        parts.append(child.tail or "")
    return parts


def read_xml_glossary(path: str | Path) -> TermFile:
    """Entries of a MultiTerm XML export, or of a TBX file saved as .xml; FormatError for any other XML."""
    p = Path(path)
    data = read_bytes(p)
    if not data.strip():
        raise FormatError(f"{p.name}: the file is empty", message_id=why.EMPTY_FILE, file_name=p.name)
    check_xml_size(p.name, data)
    try:
        root = etree.fromstring(data, _parser(stored_encoding(data)))
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{p.name}: not well-formed XML ({exc.msg}, line {exc.lineno})",
                          message_id=why.XML_NOT_WELL_FORMED, file_name=p.name) from exc
    if root is not None and declares_entities(root):
        raise FormatError(f"{p.name}: declares XML entities of its own, which glossary files do not use (the text "
                          "they stand for would be lost); refused", message_id=why.GLOSSARY_XML_ENTITIES,
                          file_name=p.name)
    if root is not None and _local(root) in ("martif", "tbx", "TBX"):
        from desktop_app.formats.tbx import read_tbx

        return read_tbx(p)
    if root is None or _local(root) != "mtf":
        root_name = _local(root) if root is not None else ""
        raise FormatError(f"{p.name}: XML, but neither a MultiTerm export (<mtf>) nor TBX (the root element is "
                          f"<{root_name}>)", message_id=why.MULTITERM_WRONG_ROOT, message_args=(root_name,),
                          file_name=p.name)
    return _read_mtf(name_as_text(p), root)


def _read_mtf(name: str, root: etree._Element) -> TermFile:
    from opencc import OpenCC

    to_simplified = OpenCC("t2s")
    result = TermFile()
    found: set[str] = set()
    ignored: dict[str, None] = {}
    for number, concept in enumerate(root.iter("{*}conceptGrp"), start=1):
        if number > MAX_ROWS:
            raise too_many_rows(name)
        check_entry_size(name, concept.iter(), number)
        forms: dict[str, str] = {}
        variants: dict[str, list[str]] = {lang: [] for lang in LANGS}
        forbidden: dict[str, list[str]] = {lang: [] for lang in LANGS}
        for group in concept.iterchildren("{*}languageGrp"):
            language = next(group.iterchildren("{*}language"), None)
            code = (language.get("lang") or language.get("type") or "") if language is not None else ""
            lang = lang_of_code(code) if code else None
            if lang is None:
                ignored[code or "?"] = None
                continue
            found.add(lang)
            for term_group in group.iterchildren("{*}termGrp"):
                term = next(term_group.iterchildren("{*}term"), None)
                text = _text(term) if term is not None else ""
                if not text:
                    continue
                if lang == "zh" and is_traditional_code(code):
                    simplified = to_simplified.convert(text)
                    if simplified != text:
                        variants["zh"].append(text)
                    text = simplified
                fields = " ".join(_text(d).casefold() for d in term_group.iter("{*}descrip"))
                if any(word in fields for word in _FORBIDDEN_WORDS):
                    forbidden[lang].append(text)
                elif not forms.get(lang):
                    forms[lang] = text
                elif text != forms[lang]:
                    variants[lang].append(text)
        where = place("entry", next((_text(c) for c in concept.iterchildren("{*}concept")), "") or number)
        if not any(forms.values()):
            result.skipped.append((where, no_term(forbidden_only=any(forbidden.values()))))
            continue
        notes = [_text(d) for grp in concept.iterchildren("{*}descripGrp") for d in grp.iter("{*}descrip")
                 if (d.get("type") or "").casefold() in _NOTE_TYPES and _text(d)]
        result.entries.append(make_entry(
            forms, {k: tuple(v) for k, v in variants.items()}, {k: tuple(v) for k, v in forbidden.items()},
            note="; ".join(notes)[:MAX_NOTE_CHARS], source=name))
    if not result.entries and not result.skipped:
        raise FormatError(f"{name}: a MultiTerm export without any conceptGrp entry",
                          message_id=why.MULTITERM_NO_ENTRIES, file_name=name)
    result.languages = tuple(lang for lang in LANGS if lang in found)
    result.ignored_languages = tuple(ignored)
    return result
