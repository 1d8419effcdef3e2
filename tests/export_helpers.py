"""Reading exported Word files back for the export tests: paragraphs, run attributes and table cells."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

LANG_TAG = {"zh": "zh-CN", "en": "en-US", "ru": "ru-RU"}


def open_docx(path: Path) -> Document:
    return docx.Document(str(path))


def run_attrs(paragraph: Paragraph) -> list[dict[str, str | None]]:
    """For each run of the paragraph: its language tags and the fonts of its four slots."""
    out = []
    for r in paragraph._p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        out.append({
            "lang": lang.get(qn("w:val")) if lang is not None else None,
            "lang_east_asia": lang.get(qn("w:eastAsia")) if lang is not None else None,
            **{slot: fonts.get(qn(f"w:{slot}")) if fonts is not None else None
               for slot in ("ascii", "hAnsi", "eastAsia", "cs")},
        })
    return out


def cell_rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def repeats_header(table: Table) -> list[bool]:
    """Per row: does it carry `w:tblHeader` (repeated at the top of each page)?"""
    return [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows]


def all_paragraphs(doc: Document) -> list[Paragraph]:
    """Every paragraph of the body, those inside table cells included."""
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return paragraphs
