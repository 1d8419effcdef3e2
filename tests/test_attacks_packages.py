"""Small packages that unpack into a great deal: Word documents and workbooks whose parts are zip bombs, whose
altChunks repeat one part thousands of times over a huge content-types part, or that hold millions of paragraphs;
and files of one line longer than a cell holds.

Each is refused in one sentence (or read, once per part) without filling the memory, and a refused import leaves
the project byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx_packages import AFCHUNK, NS, package, save, wp, wr

from desktop_app.domain.release import MAX_CELL_CHARS
from desktop_app.formats import docx_reader
from desktop_app.formats.errors import FormatError
from desktop_app.services.glossary import read_glossary_file
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent


def _document(paragraphs: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{paragraphs}</w:body></w:document>'


def _refuse_through_the_cli(path: Path, tmp_path: Path) -> str:
    project = tmp_path / "release.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    result = subprocess.run([sys.executable, "-m", "desktop_app", "import", str(project), "--lang", "en", str(path)],
                            capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    return result.stderr


def _sheet(path: Path, rows: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
                   'name="A" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/>'
                   "</Relationships>")
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet><sheetData>{rows}</sheetData></worksheet>")
    return path


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_a_document_part_unpacking_three_hundredfold_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """A 500 KB file whose document.xml unpacked to 175 MB took 2.7 GB of memory before it was refused."""
    body = wp(wr("x")) * 300_000  # 10 MB of paragraphs that pack to almost nothing
    path = save(tmp_path / "bomb.docx", package("", {"word/document.xml": _document(body)}))
    assert path.stat().st_size < 200_000
    message = _refuse_through_the_cli(path, tmp_path)
    assert "zip bomb" in message and "word/document.xml" in message


def test_a_part_over_the_size_limit_is_refused_however_it_packs(tmp_path: Path) -> None:
    path = save(tmp_path / "big.docx", package("", {"word/document.xml": _document(wp(wr("y" * 1000)) * 70_000)}))
    with pytest.raises(FormatError, match="too large"):
        docx_reader.read_docx(path)


def test_millions_of_paragraphs_through_altchunks_stop_at_the_limit(tmp_path: Path) -> None:
    """2,000 altChunks of one 2,000-paragraph page: a 50 KB file that read as four million paragraphs."""
    page = "<html><body>" + "<p>x</p>" * 2000 + "</body></html>"
    body = '<w:altChunk r:id="rIdC"/>' * 2000
    path = save(tmp_path / "chunks.docx", package(body, {"word/chunk.html": page}, [("rIdC", AFCHUNK, "chunk.html")],
                                                   '<Override PartName="/word/chunk.html" ContentType="text/html"/>'))
    message = _refuse_through_the_cli(path, tmp_path)
    assert f"more than {docx_reader.MAX_PARAGRAPHS:,} paragraphs" in message


def test_altchunks_repeating_one_part_read_the_package_index_and_the_part_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every altChunk parsed [Content_Types].xml and its part again: 2,000 of them over a content-types part of
    60,000 entries (190 KB packed) took two and a half minutes."""
    defaults = "".join(f'<Default Extension="x{i}" ContentType="application/x"/>' for i in range(5000))
    body = wp(wr("Intro")) + '<w:altChunk r:id="rIdC"/>' * 300
    path = save(tmp_path / "chunks.docx", package(
        body, {"word/chunk.html": "<p>Chunk text</p>"}, [("rIdC", AFCHUNK, "chunk.html")],
        defaults + '<Override PartName="/word/chunk.html" ContentType="text/html"/>'))
    parsed: list[str] = []
    parse = docx_reader._parse

    def counting(data: bytes, what: str) -> object:
        parsed.append(what)
        return parse(data, what)

    read_html: list[object] = []
    html = docx_reader._html_paragraphs
    monkeypatch.setattr(docx_reader, "_parse", counting)
    monkeypatch.setattr(docx_reader, "_html_paragraphs", lambda data: read_html.append(data) or html(data))
    texts = [p.text for p in docx_reader.read_docx(path)]
    assert texts == ["Intro", *["Chunk text"] * 300]
    assert parsed.count("[Content_Types].xml") <= 2  # the main part's type, then the chunks' types
    assert len(read_html) == 1


def test_a_workbook_whose_sheet_is_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    rows = '<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 400_000
    with pytest.raises(FormatError, match="zip bomb"):
        read_glossary_file(_sheet(tmp_path / "names.xlsx", rows))


@pytest.mark.parametrize("kind", ["txt", "json"])
def test_a_single_line_longer_than_a_cell_holds_is_refused(kind: str, tmp_path: Path) -> None:
    """The editor refuses a paste over MAX_CELL_CHARS (8 M characters) to stay editable; an import of a file of
    one endless line put 12 MB into one cell all the same."""
    line = "Государственная дума " * (MAX_CELL_CHARS // 21 + 1)
    path = tmp_path / f"one-line.{kind}"
    if kind == "txt":
        path.write_text(line, encoding="utf-8")
    else:
        path.write_text(json.dumps({"title": "t", "segments": [{"role": "body", "ru": line}]}), encoding="utf-8")
    message = _refuse_through_the_cli(path, tmp_path)
    assert f"{MAX_CELL_CHARS:,}" in message


def test_a_sheet_with_names_in_excels_last_column_reads_only_the_columns_in_use(tmp_path: Path) -> None:
    """Every row was padded out to its last cell: one name in column XFD made each of 100,000 rows 16,384 cells
    wide, from a 500 KB workbook."""
    rows = "".join(f'<row r="{i}">{_cell(f"A{i}", f"Agency {i}")}{_cell(f"XFD{i}", f"Агентство {i}")}</row>'
                   for i in range(1, 2001))
    read = read_glossary_file(_sheet(tmp_path / "wide.xlsx", rows))
    assert len(read.entries) == 2000
    assert (read.entries[-1].forms["en"], read.entries[-1].forms["ru"]) == ("Agency 2000", "Агентство 2000")


def test_a_sheet_filling_more_columns_than_a_glossary_has_is_refused(tmp_path: Path) -> None:
    letters = [a + b for a in "ABCDE" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    rows = "".join(f'<row r="{i}">{_cell(f"{letters[i % len(letters)]}{i}", "x")}</row>' for i in range(1, 500))
    with pytest.raises(FormatError, match="more than 64 columns"):
        read_glossary_file(_sheet(tmp_path / "wide.xlsx", rows))


def test_a_list_label_pattern_of_megabytes_is_no_label(tmp_path: Path) -> None:
    """A 37 KB document whose list level drew "%1" 200,000 times: every one of its 3,000 paragraphs got a label
    of megabytes in Roman numerals, and reading never ended."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}><w:abstractNum w:abstractNumId="0">'
                 f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="'
                 f'{"%1" * 200_000}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                 "</w:num></w:numbering>")
    item = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f'{wr("item")}</w:p>')
    path = save(tmp_path / "labels.docx", package(item * 3000, {"word/numbering.xml": numbering}))
    assert {p.text for p in docx_reader.read_docx(path)} == {"item"}


def test_a_chain_of_styles_each_based_on_the_last_is_walked_once(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 styles each based on the one before, and 20,000 paragraphs in the last: every paragraph walked the
    whole chain looking for a list, a 200 KB file took a minute."""
    count = 2000
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>' + "".join(
        f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="s{i}"/>'
        + (f'<w:basedOn w:val="S{i - 1}"/>' if i else "") + "</w:style>" for i in range(count)) + "</w:styles>")
    body = "".join(wp(wr("x"), style=f"S{count - 1 - i % count}") for i in range(count))
    path = save(tmp_path / "chain.docx", package(body, {"word/styles.xml": styles}))
    from desktop_app.formats import docx_numbering

    lookups = 0
    get = dict.get

    class Counting(dict):  # type: ignore[type-arg]
        def get(self, key, default=None):  # type: ignore[no-untyped-def]
            nonlocal lookups
            lookups += 1
            return get(self, key, default)

    original = docx_numbering.Numbering.__init__

    def counting_init(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        self.based_on = Counting(self.based_on)

    monkeypatch.setattr(docx_numbering.Numbering, "__init__", counting_init)
    assert len(docx_reader.read_docx(path)) == count
    assert lookups <= 2 * count  # each style's parent looked up about once, not once per paragraph and ancestor
