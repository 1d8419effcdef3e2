"""Attacks with classes of hostile or careless input the earlier rounds did not try: file names in another
system's encoding or near the file system's limit, standard streams the caller closed, packages whose many small
parts (or many entries, or one picture a second reader unpacks) add up to far more than any one part may, workbook
cells longer than Excel holds, list numbers of thousands of digits, glossary files of millions of rows, cells or
elements, language packs that crash the native engine, and text in a code page or encoding it does not name.

Each case runs the real `pressdesk` command (or the real reader) on real files: the input is read correctly or
refused with one line on stderr (exit 2, no traceback), and a refused input leaves the project, glossary, memory
and packs byte for byte as they were.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import argos_packs
import docx
import mt_support
import pytest
from docx_packages import AFCHUNK, NS, REL, package, save, texts, wp, wr
from test_attacks_fresh import REPO, digests, refused_in_one_line, run_cli, sample_project, succeeded

from desktop_app.formats import word_comments
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import MAX_CELLS_PER_ROW, MAX_ROWS, MAX_XML_TAGS
from desktop_app.formats.input_files import BOMB_MIN_BYTES, MAX_PACKAGE_BYTES
from desktop_app.formats.xlsx_glossary import MAX_CELL_CHARS as MAX_EXCEL_CELL_CHARS
from desktop_app.services.glossary import read_glossary_file
from desktop_app.services.importing import sample_release

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures

# A name as a Windows zip or an old share leaves it on Linux: bytes of Windows-1251 ("Пресс") and a stray 0xFF,
# which Python receives as lone surrogates.
LEGACY_NAME = os.fsdecode(b"\xcf\xf0\xe5\xf1\xf1-\xff")


def _legacy_names_allowed(folder: Path) -> bool:
    try:
        (folder / LEGACY_NAME).touch()
    except (OSError, UnicodeError):
        return False
    (folder / LEGACY_NAME).unlink()
    return True


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    """A folder for files named in another system's encoding; skipped where the file system refuses such names."""
    if not _legacy_names_allowed(tmp_path):
        pytest.skip("this file system takes only names in its own encoding")
    return tmp_path


# -- file names that are not UTF-8 -------------------------------------------------------------------------------

def test_a_document_named_in_another_encoding_imports_into_a_project(legacy: Path) -> None:
    """The document's name is kept as the import source of every cell it fills; with its bytes as lone surrogates
    the save refused "text that is not valid Unicode", so no such document could be imported at all."""
    project = sample_project(legacy / f"{LEGACY_NAME}.pressdesk")
    document = legacy / f"{LEGACY_NAME}.txt"
    document.write_text("Morning briefing on the new bridge.\n\nTraffic opens on Monday.\n", encoding="utf-8")
    succeeded(run_cli("import", "--lang", "en", str(project), str(document)))
    shown = run_cli("show", "--json", str(project))
    succeeded(shown)
    texts = [segment["en"]["text"] for segment in json.loads(shown.stdout)["segments"]]
    assert texts[:2] == ["Morning briefing on the new bridge.", "Traffic opens on Monday."]


@pytest.mark.parametrize("suffix, content", [
    (".csv", "en,ru\nWidget Council,Совет виджетов\n"),
    (".txt", "Widget Council\tСовет виджетов\n"),
], ids=["csv", "omegat"])
def test_a_glossary_named_in_another_encoding_imports_and_can_be_undone(legacy: Path, data_dir: Path, suffix: str,
                                                                         content: str) -> None:
    """Every entry's source is the file's name when the file gives none: each entry was skipped as "not valid
    text", then recording the import under that name ended in a traceback."""
    glossary = legacy / f"{LEGACY_NAME}{suffix}"
    glossary.write_text(content, encoding="utf-8")
    succeeded(run_cli("glossary", "import", str(glossary)))
    found = run_cli("glossary", "search", "Widget Council")
    succeeded(found)
    assert "Совет виджетов" in found.stdout
    succeeded(run_cli("glossary", "undo-import"))
    assert "Совет виджетов" not in run_cli("glossary", "search", "Widget Council").stdout


def test_a_memory_file_named_in_another_encoding_imports(legacy: Path) -> None:
    """lxml takes an open file's name for the document's address: one that is not UTF-8 refused the whole TMX."""
    tmx = legacy / f"{LEGACY_NAME}.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" '
                   'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
                   'creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>The bridge opens on Monday.</seg>'
                   '</tuv><tuv xml:lang="ru"><seg>Мост откроется в понедельник.</seg></tuv></tu></body></tmx>',
                   encoding="utf-8")
    succeeded(run_cli("tm", "import", str(tmx)))
    found = run_cli("tm", "lookup", "--from", "en", "--to", "ru", "The bridge opens on Monday.")
    succeeded(found)
    assert "Мост откроется в понедельник." in found.stdout


# -- standard streams the caller closed ----------------------------------------------------------------------------

def _run_closed(args: list[str], closed: str) -> subprocess.CompletedProcess[str]:
    """The command started with one standard stream closed, as `>&-`, `2>&-` or `<&-` leave it."""
    fd = {"stdin": 0, "stdout": 1, "stderr": 2}[closed]
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300, preexec_fn=lambda: os.close(fd))


def test_a_command_whose_output_was_closed_does_its_work_and_succeeds(tmp_path: Path) -> None:
    """Python leaves a closed stream as None: the command did its work, then ended in an AttributeError traceback
    and exit 1, which means "checks found problems"."""
    project = sample_project(tmp_path / "release.pressdesk")
    document = tmp_path / "en.txt"
    document.write_text("A headline written at night.\n", encoding="utf-8")
    result = _run_closed(["import", "--lang", "en", str(project), str(document)], "stdout")
    succeeded(result)
    shown = run_cli("show", "--json", str(project))
    assert json.loads(shown.stdout)["segments"][0]["en"]["text"] == "A headline written at night."
    succeeded(_run_closed(["show", str(project)], "stdout"))


def test_a_refusal_with_its_error_stream_closed_still_exits_2(tmp_path: Path) -> None:
    result = _run_closed(["show", str(tmp_path / "absent.pressdesk")], "stderr")
    assert result.returncode == 2


def test_reading_a_text_from_a_closed_standard_input_is_one_line(data_dir: Path) -> None:
    before = digests(data_dir)
    result = _run_closed(["translate-text", "--from", "en", "--to", "ru", "-"], "stdin")
    refused_in_one_line(result)
    assert "standard input is closed" in result.stderr
    assert digests(data_dir) == before


# -- packages whose parts add up ------------------------------------------------------------------------------------

def _refused_import(path: Path, tmp_path: Path) -> str:
    """The import of `path` into a sample project through the command line: refused in one line, the project byte
    for byte as it was."""
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(project)
    message = refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(path)))
    assert digests(project) == before
    return message


def test_many_small_parts_that_add_up_to_gigabytes_are_refused(tmp_path: Path) -> None:
    """Each altChunk part stays under the limits of one part (8 MB of text packed to 8 KB, not a zip bomb by
    itself): 20 of them made a 194 KB document read as 160 million characters, and 2,000 would be 16 GB."""
    count = MAX_PACKAGE_BYTES // (BOMB_MIN_BYTES - 1) + 2
    body = wp(wr("Intro")) + "".join(f'<w:altChunk r:id="c{i}"/>' for i in range(count))
    page = b"a" * (BOMB_MIN_BYTES - 1)
    data = package(body, {f"word/c{i}.txt": page for i in range(count)},
                   [(f"c{i}", AFCHUNK, f"c{i}.txt") for i in range(count)],
                   '<Default Extension="txt" ContentType="text/plain"/>')
    path = save(tmp_path / "chunks.docx", _deflated(data))
    assert path.stat().st_size < 1_000_000
    assert "zip bomb" in _refused_import(path, tmp_path)


def test_word_documents_embedded_in_a_document_share_its_limit(tmp_path: Path) -> None:
    """An altChunk may hold a whole Word document: each one counted from zero could unpack as much again."""
    inner = _deflated(package("", {"word/document.xml": _document(wp(wr("x" * 100_000)) * 70)}))
    count = MAX_PACKAGE_BYTES // 7_000_000 + 2
    body = "".join(f'<w:altChunk r:id="d{i}"/>' for i in range(count))
    data = package(body, {f"word/d{i}.docx": inner for i in range(count)},
                   [(f"d{i}", AFCHUNK, f"d{i}.docx") for i in range(count)],
                   '<Default Extension="docx" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/>')
    path = save(tmp_path / "embedded.docx", data)
    assert "zip bomb" in _refused_import(path, tmp_path)


def test_a_document_within_the_limit_with_several_embedded_parts_still_reads(tmp_path: Path) -> None:
    body = wp(wr("Intro")) + "".join(f'<w:altChunk r:id="c{i}"/>' for i in range(3))
    data = package(body, {f"word/c{i}.txt": f"Part {i} of the release." for i in range(3)},
                   [(f"c{i}", AFCHUNK, f"c{i}.txt") for i in range(3)],
                   '<Default Extension="txt" ContentType="text/plain"/>')
    assert texts(save(tmp_path / "parts.docx", data)) == ["Intro", *(f"Part {i} of the release." for i in range(3))]


def test_sheets_naming_one_part_read_it_once(tmp_path: Path) -> None:
    """Twenty sheets naming the part of one 50,000-row sheet read as a million entries (1.2 GB, 30 s)."""
    rows = "".join(f"<row>{_inline(f'Council {i}')}{_inline(f'Совет {i}')}</row>" for i in range(2000))
    sheets = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(20))
    path = _workbook(tmp_path / "names.xlsx", sheets, {"xl/worksheets/sheet1.xml": _worksheet(rows)})
    read = read_glossary_file(path)
    assert len(read.entries) == 2000
    assert (read.entries[1999].forms["en"], read.entries[1999].forms["ru"]) == ("Council 1999", "Совет 1999")


@pytest.mark.parametrize("kind", ["shared", "inline"])
def test_a_workbook_cell_longer_than_excel_holds_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    """One shared string of 7 MB named by 100 cells took 720 MB and 21 s, each cell's copy trimmed of its spaces;
    by a thousand cells it is gigabytes. Excel holds 32,767 characters in a cell."""
    text = " " + "x" * (MAX_EXCEL_CELL_CHARS + 1) + " "
    if kind == "shared":
        parts = {"xl/sharedStrings.xml": f'<sst><si><t xml:space="preserve">{text}</t></si></sst>',
                 "xl/worksheets/sheet1.xml": _worksheet('<row><c r="A1" t="s"><v>0</v></c></row>' * 1000)}
    else:
        parts = {"xl/worksheets/sheet1.xml": _worksheet(f'<row>{_inline(text, "A1")}</row>')}
    path = _workbook(tmp_path / "names.xlsx", '<sheet name="A" sheetId="1" r:id="rId1"/>', parts)
    with pytest.raises(FormatError, match="more than Excel's 32,767"):
        read_glossary_file(path)


def test_an_excel_cell_at_the_limit_is_read(tmp_path: Path) -> None:
    """A cell of exactly Excel's limit is read (and then skipped as a term far longer than a name)."""
    rows = (f"<row>{_inline('Council')}{_inline('Совет')}</row>"
            f"<row>{_inline('y' * MAX_EXCEL_CELL_CHARS)}{_inline('Совет')}</row>")
    path = _workbook(tmp_path / "names.xlsx", '<sheet name="A" sheetId="1" r:id="rId1"/>',
                     {"xl/worksheets/sheet1.xml": _worksheet(rows)})
    read = read_glossary_file(path)
    assert [(e.forms["en"], e.forms["ru"]) for e in read.entries] == [("Council", "Совет")]
    assert len(read.skipped) == 1


# -- packages listing more entries than any real one ------------------------------------------------------------

def _with_empty_entries(source: Path, out: Path, count: int) -> Path:
    """A copy of a package with `count` empty entries added: a table of contents of megabytes (Zip64 beyond
    65,535 entries), packed into a few megabytes."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        for i in range(count):
            dst.writestr(f"x/{i:x}", b"")
    return out


def test_a_document_listing_seventy_thousand_entries_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    """zipfile turns the whole table of contents into objects of a kilobyte each before anything can count them:
    an 86 MB file of a million entries took 1 GB and 5 s to open, and a document has no size limit."""
    good = save(tmp_path / "good.docx", package(wp(wr("Headline of the day"))))
    path = _with_empty_entries(good, tmp_path / "entries.docx", 70_000)
    assert "table of contents" in _refused_import(path, tmp_path)
    # The end record may say ten small entries: with a Zip64 locator, zipfile reads the sizes of the Zip64 record.
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    data[end + 8:end + 16] = (10).to_bytes(2, "little") * 2 + (100).to_bytes(4, "little")
    assert len(zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()) > 70_000
    lying = tmp_path / "lying.docx"
    lying.write_bytes(bytes(data))
    (tmp_path / "lying").mkdir()
    assert "table of contents" in _refused_import(lying, tmp_path / "lying")


def test_a_workbook_listing_seventy_thousand_entries_is_refused(tmp_path: Path, data_dir: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx", '<sheet name="A" sheetId="1" r:id="rId1"/>',
                     {"xl/worksheets/sheet1.xml": _worksheet(f"<row>{_inline('Council')}{_inline('Совет')}</row>")})
    path = _with_empty_entries(good, tmp_path / "entries.xlsx", 70_000)
    succeeded(run_cli("glossary", "search", "Mironov"))
    before = digests(data_dir)
    message = refused_in_one_line(run_cli("glossary", "import", str(path)))
    assert "table of contents" in message
    assert digests(data_dir) == before


def test_a_language_pack_listing_seventy_thousand_entries_is_refused_before_it_is_opened(
        random_packs: dict, tmp_path: Path, data_dir: Path) -> None:
    """A pack may be 512 MB: as a table of contents that is six million entries, 6 GB before the count of files
    was looked at."""
    path = _with_empty_entries(random_packs[("en", "ru")], tmp_path / "entries.argosmodel", 70_000)
    message = refused_in_one_line(run_cli("packs", "install", str(path)))
    assert "table of contents" in message
    assert not (data_dir / "packs").exists() or not any((data_dir / "packs").iterdir())


def test_a_document_whose_end_record_is_damaged_is_still_told_as_damaged(tmp_path: Path) -> None:
    good = package(wp(wr("Headline of the day")))
    path = save(tmp_path / "cut.docx", good[:-10])
    assert "not a Word document or damaged" in _refused_import(path, tmp_path)


# -- list numbers --------------------------------------------------------------------------------------------------

def test_a_list_starting_at_a_number_of_thousands_of_digits_gets_short_labels(tmp_path: Path) -> None:
    """Nine levels each starting at a 4,000-digit number: every paragraph's label was 36,000 characters, 200 MB
    for 5,000 paragraphs of a 38 KB file and gigabytes for the 80,000 a document may hold."""
    huge = "9" * 4000
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{huge}"/><w:numFmt w:val="decimal"/>'
                     f'<w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9"/></w:lvl>' for i in range(9))
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}><w:abstractNum w:abstractNumId="0">'
                 f'{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                 f'<w:lvlOverride w:ilvl="8"><w:startOverride w:val="-{huge}"/></w:lvlOverride></w:num>'
                 "</w:numbering>")
    item = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f'{wr("item")}</w:p>')
    read = texts(save(tmp_path / "labels.docx", package(item * 500, {"word/numbering.xml": numbering})))
    assert len(read) == 500
    assert all(text.endswith(" item") and len(text) < 40 for text in read)


def test_a_list_starting_at_a_large_ordinary_number_keeps_it(tmp_path: Path) -> None:
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}><w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="2024"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                 '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>{}</w:p>'
    body = item.format(wr("First")) + item.format(wr("Second"))
    assert texts(save(tmp_path / "list.docx", package(body, {"word/numbering.xml": numbering}))) == [
        "2024. First", "2025. Second"]


# -- helpers -------------------------------------------------------------------------------------------------------

def _document(paragraphs: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{paragraphs}</w:body></w:document>'


def _deflated(data: bytes) -> bytes:
    """The package with every entry compressed (python-docx's parts and the test's own)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item))
    return out.getvalue()


def _inline(text: str, ref: str = "") -> str:
    where = f' r="{ref}"' if ref else ""
    return f'<c{where} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _worksheet(rows: str) -> str:
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{rows}</sheetData></worksheet>")


def _workbook(path: Path, sheets: str, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   f"{sheets}</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/>'
                   "</Relationships>")
        for name, text in parts.items():
            z.writestr(name, text)
    return path


# -- names near the file system's limit ---------------------------------------------------------------------------

def _name_of_bytes(size: int, suffix: str) -> str:
    """A file name of exactly `size` bytes in UTF-8: Chinese words (three bytes each), padded with digits."""
    stem_bytes = size - len(suffix.encode())
    words = "新闻发布会" * (stem_bytes // 15 + 1)
    stem = words[:stem_bytes // 3]
    stem += "1" * (stem_bytes - len(stem.encode()))
    name = stem + suffix
    assert len(name.encode()) == size
    return name


def test_exports_to_a_valid_name_near_the_limit_are_written(tmp_path: Path) -> None:
    """Every write goes through a temporary file named after its target with a dot, a random part and ".tmp": a
    document or glossary named with 80 Chinese characters (250 bytes, a valid name) could not be written at all."""
    project = sample_project(tmp_path / "release.pressdesk")
    document = tmp_path / _name_of_bytes(250, ".docx")
    succeeded(run_cli("export", str(project), "--lang", "en", "-o", str(document)))
    assert texts(document)[0] == sample_release().segments[0].cells["en"].text
    glossary = tmp_path / _name_of_bytes(255, ".csv")
    succeeded(run_cli("glossary", "export", str(glossary)))
    assert "Mironov" in glossary.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([project.name, document.name, glossary.name])


def test_a_project_whose_name_leaves_room_for_its_journal_is_locked_and_saved(tmp_path: Path) -> None:
    """Locking wrote its note to `.<name>.<random>.tmp` first: a project of 241 bytes could be read but never
    written ("cannot lock the project for writing (File name too long)")."""
    project = sample_project(tmp_path / _name_of_bytes(247, ".pressdesk"))
    document = tmp_path / "en.txt"
    document.write_text("A headline for a long file name.\n", encoding="utf-8")
    succeeded(run_cli("import", "--lang", "en", str(project), str(document)))
    shown = run_cli("show", "--json", str(project))
    assert json.loads(shown.stdout)["segments"][0]["en"]["text"] == "A headline for a long file name."
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([project.name, document.name])
    created = tmp_path / _name_of_bytes(246, ".pressdesk")
    succeeded(run_cli("new", str(created)))
    succeeded(run_cli("import", "--lang", "en", str(created), str(document)))


def test_a_project_name_with_no_room_for_its_journal_is_refused_in_words(tmp_path: Path) -> None:
    """A name of 250 bytes is valid, but SQLite's `<name>-journal` is not: every save said "its folder is
    read-only or unavailable", which it was not."""
    name = _name_of_bytes(250, ".pressdesk")
    message = refused_in_one_line(run_cli("new", str(tmp_path / name)))
    assert "too long for SQLite to keep its journal" in message
    assert list(tmp_path.iterdir()) == []
    project = tmp_path / name
    sample_project(tmp_path / "short.pressdesk").rename(project)
    before = digests(tmp_path)
    document = tmp_path / "en.txt"
    document.write_text("A new headline.\n", encoding="utf-8")
    message = refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(document)))
    assert "too long for SQLite to keep its journal" in message
    assert {k: v for k, v in digests(tmp_path).items() if not k.endswith("en.txt")} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "en.txt"])


def test_side_files_of_long_names_fit_and_stay_apart() -> None:
    from desktop_app.atomic import NAME_BYTES, side_name

    first, second = _name_of_bytes(255, "a.pressdesk"), _name_of_bytes(255, "b.pressdesk")
    locks = {side_name(first, suffix=".lock"), side_name(second, suffix=".lock")}
    assert len(locks) == 2 and all(len(lock.encode()) <= NAME_BYTES and lock.endswith(".lock") for lock in locks)
    assert side_name(first, suffix=".lock") == side_name(first, suffix=".lock")
    assert side_name("release.pressdesk", suffix=".lock") == "release.pressdesk.lock"


# -- glossary files of more rows or cells than a glossary has ----------------------------------------------------

def _refused_glossary_import(path: Path, data_dir: Path) -> str:
    succeeded(run_cli("glossary", "search", "Mironov"))  # the glossary exists before the import
    before = digests(data_dir)
    message = refused_in_one_line(run_cli("glossary", "import", str(path)))
    assert digests(data_dir) == before
    return message


def test_a_glossary_file_of_more_rows_than_a_glossary_holds_is_refused(tmp_path: Path, data_dir: Path) -> None:
    """A 31 MB CSV file of a million entries took 47 s and 1.2 GB to read, and the 200 MB a file may be would
    take ten times that; then every entry went into the glossary."""
    path = tmp_path / "names.csv"
    with open(path, "w", encoding="utf-8") as out:
        out.write("en,ru\n")
        out.writelines(f"C{i},С{i}\n" for i in range(MAX_ROWS + 1))
    assert f"more than {MAX_ROWS:,} rows" in _refused_glossary_import(path, data_dir)


@pytest.mark.parametrize("suffix, separator", [(".csv", ","), (".csv", ";"), (".txt", "\t")], ids=["comma", "semicolon",
                                                                                                  "omegat"])
def test_a_line_of_more_cells_than_excel_has_is_refused_before_it_is_split(tmp_path: Path, data_dir: Path,
                                                                           suffix: str, separator: str) -> None:
    """50 lines of a million separators each: 891 MB and 9 s, each line a list of a million cells."""
    path = tmp_path / f"names{suffix}"
    row = f"Widget Council{separator}Совет виджетов"
    path.write_text(f"{row}\n{row}{separator * MAX_CELLS_PER_ROW}\n", encoding="utf-8")
    assert f"more than {MAX_CELLS_PER_ROW:,} cells" in _refused_glossary_import(path, data_dir)


def test_blank_lines_between_the_rows_of_a_glossary_are_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("en,ru\n" + "\n" * 100_000 + "Widget Council,Совет виджетов\n" + "\r\n" * 1000
                    + "State Council,Государственный совет\n", encoding="utf-8")
    read = read_glossary_file(path)
    assert [(e.forms["en"], e.forms["ru"]) for e in read.entries] == [
        ("Widget Council", "Совет виджетов"), ("State Council", "Государственный совет")]


# -- language packs that crash the engine ---------------------------------------------------------------------------

def test_a_pack_whose_model_crashes_the_engine_is_refused_and_the_installed_one_keeps_working(
        random_model: tuple[Path, Path], random_packs: dict, tmp_path: Path, data_dir: Path) -> None:
    """A vocabulary longer than the model's weights makes CTranslate2 read past them: the install's trial
    translation ended `pressdesk packs install` (and the window with its unsaved work) with SIGSEGV."""
    succeeded(run_cli("packs", "install", str(random_packs[("en", "ru")])))
    installed = digests(data_dir / "packs")
    model_dir, sp_model = random_model
    crashing = tmp_path / "model"
    shutil.copytree(model_dir, crashing)
    (crashing / "shared_vocabulary.json").write_text(json.dumps([f"t{i}" for i in range(200_000)]),
                                                     encoding="utf-8")
    pack = argos_packs.write_pack(tmp_path / "crashing.argosmodel", "en", "ru", crashing, sp_model, version="2.0")
    message = refused_in_one_line(run_cli("packs", "install", str(pack)))
    assert "crashed the translation engine" in message
    assert digests(data_dir / "packs") == installed
    succeeded(run_cli("translate-text", "--from", "en", "--to", "ru", "-n", "1", "Thank you."))


@pytest.mark.parametrize("suffix", [".tbx", ".xml"])
def test_an_xml_glossary_of_millions_of_elements_is_refused_before_it_is_parsed(tmp_path: Path, data_dir: Path,
                                                                                suffix: str) -> None:
    """TBX and MultiTerm files are parsed whole: 20 MB of five million empty elements in one entry took 43 s and
    660 MB, and a file may be 200 MB."""
    entry = ('<termEntry><langSet xml:lang="en"><tig><term>Widget Council</term></tig></langSet>'
             '<langSet xml:lang="ru"><tig><term>Совет виджетов</term></tig></langSet>'
             + "<note/>" * (MAX_XML_TAGS + 1) + "</termEntry>")
    if suffix == ".xml":
        entry = entry.replace("termEntry", "conceptGrp")
        root = f"<mtf>{entry}</mtf>"
    else:
        root = f'<martif type="TBX"><text><body>{entry}</body></text></martif>'
    path = tmp_path / f"names{suffix}"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>{root}', encoding="utf-8")
    assert f"more than {MAX_XML_TAGS:,} XML elements" in _refused_glossary_import(path, data_dir)


def test_a_tbx_file_of_more_entries_than_a_glossary_holds_is_refused(tmp_path: Path, data_dir: Path) -> None:
    entries = "".join(f'<termEntry><langSet xml:lang="en"><tig><term>C{i}</term></tig></langSet></termEntry>'
                      for i in range(MAX_ROWS + 1))
    path = tmp_path / "names.tbx"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><martif type="TBX"><text><body>{entries}</body>'
                    "</text></martif>", encoding="utf-8")
    assert f"more than {MAX_ROWS:,} rows" in _refused_glossary_import(path, data_dir)


# -- Russian in another Cyrillic code page ------------------------------------------------------------------------

NAMES = [("State Duma", "Государственная дума"), ("Federation Council", "Совет Федерации"),
         ("Ministry of Foreign Affairs", "Министерство иностранных дел"), ("Harbin", "Харбин"),
         ("Heilongjiang Province", "провинция Хэйлунцзян"), ("Sergei Mironov", "Сергей Миронов"),
         ("Chairman of the State Duma", "председатель Государственной думы"), ("Blagoveshchensk", "Благовещенск")]


def test_a_glossary_in_koi8_r_is_read_as_what_it_is(tmp_path: Path) -> None:
    """KOI8-R bytes are all Cyrillic letters in Windows-1251: "Совет Федерации" went into the glossary as
    "уПЧЕФ жЕДЕТБГЙЙ", with no word said."""
    path = tmp_path / "names.csv"
    path.write_bytes(("en,ru\n" + "".join(f"{en},{ru}\n" for en, ru in NAMES)).encode("koi8_r"))
    read = read_glossary_file(path)
    assert [(e.forms["en"], e.forms["ru"]) for e in read.entries] == NAMES


@pytest.mark.parametrize("encoding", ["iso8859_5", "koi8_r"])
def test_russian_in_another_code_page_never_goes_in_as_gibberish(tmp_path: Path, data_dir: Path,
                                                                  encoding: str) -> None:
    """What is not Windows-1251 or KOI8-R (ISO 8859-5 here) is refused; what is KOI8-R is read right. Either way
    no word of the glossary is gibberish afterwards."""
    path = tmp_path / "names.csv"
    path.write_bytes(("en,ru\n" + "".join(f"{en},{ru}\n" for en, ru in NAMES)).encode(encoding))
    result = run_cli("glossary", "import", str(path))
    if encoding == "koi8_r":
        succeeded(result)
        found = run_cli("glossary", "search", "Blagoveshchensk")
        assert "Благовещенск" in found.stdout
    else:
        refused_in_one_line(result)
    listed = run_cli("glossary", "list").stdout
    assert not [ru for _, ru in NAMES if ru.encode(encoding).decode("cp1251") in listed]


def test_a_text_document_in_koi8_r_imports_as_russian(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    document = tmp_path / "ru.txt"
    lines = ["Председатель Государственной думы встретился с делегацией провинции Хэйлунцзян.",
             "Стороны обсудили торговлю через Благовещенск и Харбин."]
    document.write_bytes("\n\n".join(lines).encode("koi8_r"))
    succeeded(run_cli("import", "--lang", "ru", str(project), str(document)))
    shown = json.loads(run_cli("show", "--json", str(project)).stdout)
    assert [segment["ru"]["text"] for segment in shown["segments"][:2]] == lines


def test_russian_in_windows_1251_still_reads_whatever_its_names(tmp_path: Path) -> None:
    """Chinese names in Russian (Хэбэй, Вэньбинь, Суйфэньхэ) use the commonest letters less than other text."""
    names = [("Hebei Province", "провинция Хэбэй"), ("Wang Wenbin", "Ван Вэньбинь"), ("Suifenhe", "Суйфэньхэ"),
             ("Beijing Municipal Committee of the CPC", "Пекинский горком КПК"), ("TASS", "ТАСС"),
             ("Fuyuan", "Фуюань"), ("Peng Qinghua", "Пэн Цинхуа"), ("Blagoveshchensk", "Благовещенск")]
    path = tmp_path / "names.csv"
    path.write_bytes(("en,ru\n" + "".join(f"{en},{ru}\n" for en, ru in names)).encode("cp1251"))
    assert [(e.forms["en"], e.forms["ru"]) for e in read_glossary_file(path).entries] == names


# -- UTF-16 without a byte-order mark -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_glossary_in_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    """Read as UTF-8 (a zero byte is valid UTF-8), every cell held a zero between its letters and the import was
    refused because "two columns look like English"."""
    names = [("Harbin", "哈尔滨", "Харбин"), ("State Duma", "国家杜马", "Государственная дума")]
    path = tmp_path / "names.csv"
    path.write_bytes(("en,zh,ru\n" + "".join(f"{en},{zh},{ru}\n" for en, zh, ru in names)).encode(encoding))
    read = read_glossary_file(path)
    assert [(e.forms["en"], e.forms["zh"], e.forms["ru"]) for e in read.entries] == names


def test_a_text_document_in_utf16_without_a_byte_order_mark_imports(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    document = tmp_path / "zh.txt"
    lines = ["中俄地方合作论坛在哈尔滨举行。", "双方签署了12项合作协议。"]
    document.write_bytes("\r\n\r\n".join(lines).encode("utf-16-le"))
    succeeded(run_cli("import", "--lang", "zh", str(project), str(document)))
    shown = json.loads(run_cli("show", "--json", str(project)).stdout)
    assert [segment["zh"]["text"] for segment in shown["segments"][:2]] == lines


def test_binary_data_with_zero_bytes_is_still_no_text(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    document = tmp_path / "image.txt"
    document.write_bytes(bytes(range(256)) * 64)
    before = digests(project)
    assert "binary file" in refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(document)))
    assert digests(project) == before


# -- a reader that loads every part --------------------------------------------------------------------------------

def _commented_document(path: Path) -> Path:
    document = docx.Document()
    paragraph = document.add_paragraph("The forum opens in Harbin on Monday.")
    document.add_comment(paragraph.runs, text="Check the date with the organisers", author="Editor")
    document.save(str(path))
    return path


def test_the_comments_of_a_document_with_a_picture_bomb_are_never_unpacked(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The import reads only the parts that hold text; the reviewer's comments are then read with python-docx,
    which unpacks every part a relationship reaches: a 546 KB document whose picture unpacked to 500 MB took 1 GB
    there, after the text had been read without it."""
    path = _commented_document(tmp_path / "review.docx")
    assert [c.text for c in word_comments.read_word_comments(path)] == ["Check the date with the organisers"]
    with zipfile.ZipFile(path) as src:
        parts = {item.filename: src.read(item) for item in src.infolist()}
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", (
        f'<Relationship Id="rIdBomb" Type="{REL}image" Target="media/bomb.png"/></Relationships>').encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
        with dst.open("word/media/bomb.png", "w", force_zip64=True) as member:
            for _ in range(BOMB_MIN_BYTES // (1024 * 1024) + 1):
                member.write(bytes(1024 * 1024))
    assert texts(path) == ["The forum opens in Harbin on Monday."]
    opened: list[object] = []
    monkeypatch.setattr(word_comments.docx, "Document", lambda *args: opened.append(args))
    assert word_comments.read_word_comments(path) == []
    assert opened == []
