"""Glossary files as other programs write them, shared by the rounds of files from the wild: an Excel workbook
built part by part as Excel saves one, and what a glossary import would add from a file."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop_app.services.glossary import plan_import
from desktop_app.storage.glossary_store import GlossaryStore

DUMA = ("国家杜马", "State Duma", "Государственная дума")
MFA = ("外交部", "Ministry of Foreign Affairs", "Министерство иностранных дел")
SHEET = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

Cell = str | float


def workbook(path: Path, sheets: list[tuple[str, list[list[Cell]]]], *, hidden: tuple[str, ...] = (),
             merged: tuple[str, ...] = ()) -> Path:
    """A workbook as Excel saves one: shared strings, sheets listed in workbook.xml through relationships."""
    shared: list[str] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
                   'types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{OFFICE}/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        listed = "".join(f'<sheet name="{name}" sheetId="{i}"' + (' state="hidden"' if name in hidden else "")
                         + f' r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, start=1))
        z.writestr("xl/workbook.xml", f'<workbook {SHEET} xmlns:r="{OFFICE}"><sheets>{listed}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{RELS}">' + "".join(
            f'<Relationship Id="rId{i}" Type="{OFFICE}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)) + "</Relationships>")
        for number, (_, rows) in enumerate(sheets, start=1):
            xml = []
            for y, row in enumerate(rows, start=1):
                cells = []
                for x, value in enumerate(row):
                    ref = f"{chr(65 + x)}{y}"
                    if isinstance(value, float):
                        cells.append(f'<c r="{ref}" s="1"><v>{value:g}</v></c>')
                    elif value:
                        shared.append(value)
                        cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
                xml.append(f'<row r="{y}">{"".join(cells)}</row>')
            merge = (f'<mergeCells count="{len(merged)}">' + "".join(f'<mergeCell ref="{ref}"/>' for ref in merged)
                     + "</mergeCells>") if merged else ""
            z.writestr(f"xl/worksheets/sheet{number}.xml",
                       f"<worksheet {SHEET}><sheetData>{''.join(xml)}</sheetData>{merge}</worksheet>")
        z.writestr("xl/sharedStrings.xml", f"<sst {SHEET}>" + "".join(f"<si><t>{s}</t></si>" for s in shared)
                   + "</sst>")
    return path


def added(path: Path, tmp_path: Path) -> list[tuple[str, ...]]:
    """(zh, en, ru) of each entry a glossary import of `path` would add to a new, empty glossary."""
    store = GlossaryStore.open(tmp_path / "glossary.sqlite", seed=False)
    return [tuple(e.forms.get(lang, "") for lang in ("zh", "en", "ru")) for e in plan_import(store, path).added]
