"""Attacks of kinds the earlier rounds did not try: DTDs and entities in the parts of Word and Excel packages (the
text around an entity reference was cut short) and in house templates (carried byte for byte into every export, so
its readers' Word would fetch what they name); templates carrying macros or ActiveX controls; a project damaged in
pages a command does not read, which the next save wrote on top of; a glossary file naming tens of thousands of
languages; and packages whose parts are compressed, encrypted or checksummed in ways zipfile refuses.

Each case runs the real `pressdesk` command on real files built here: the input is read correctly or refused with
one line on stderr (exit 2, no traceback), and a refused input leaves the project, glossary and data folder byte
for byte as they were; an export that is refused writes no file.
"""

from __future__ import annotations

import io
import random
import sqlite3
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import mt_support
import pytest
from docx_packages import NS, REL, package, save, texts, wp, wr
from glossary_files import workbook
from test_attacks_fresh import REPO, digests, refused_in_one_line, run_cli, sample_project, succeeded

from desktop_app.services.glossary import MAX_IGNORED_SHOWN, plan_import
from desktop_app.storage.glossary_store import GlossaryStore

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures

# -- DTDs in the parts of a Word document ------------------------------------------------------------------------

LAUGHS = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>")


def _with_doctype(xml: bytes, doctype: str, replace: tuple[bytes, bytes] | None = None) -> bytes:
    """`xml` with `doctype` after its XML declaration (or first), and one text replaced (an entity referenced)."""
    at = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    out = xml[:at] + doctype.encode() + xml[at:]
    return out.replace(*replace, 1) if replace else out


def _changed_part(data: bytes, part: str, change) -> bytes:
    """A copy of the package `data` with the entry `part` passed through `change`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item.filename, change(body) if item.filename == part else body)
    return out.getvalue()


def _document_declaring(part: str, doctype: str, replace: tuple[bytes, bytes] | None = None) -> bytes:
    good = package(wp(wr("Hello world.")) + wp(wr("Second paragraph.")))
    return _changed_part(good, part, lambda body: _with_doctype(body, doctype, replace))


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("root:TOPSECRET", encoding="utf-8")
    return path


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/numbering.xml", "_rels/.rels",
                                  "[Content_Types].xml", "word/_rels/document.xml.rels"])
@pytest.mark.parametrize("kind", ["internal-entity", "external-entity", "parameter-entity", "laughs"])
def test_a_word_part_declaring_a_dtd_is_refused_and_the_project_stays(part: str, kind: str, secret: Path,
                                                                      tmp_path: Path) -> None:
    doctype = {"internal-entity": '<!DOCTYPE x [<!ENTITY i "INSIDE">]>',
               "external-entity": f'<!DOCTYPE x [<!ENTITY s SYSTEM "{secret.as_uri()}">]>',
               "parameter-entity": f'<!DOCTYPE x [<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]>',
               "laughs": LAUGHS}[kind]
    referenced = {"internal-entity": "&i;", "external-entity": "&s;", "laughs": "&j;"}.get(kind)
    replace = (b"Hello world.", f"Hello {referenced} world.".encode()) if referenced else None
    document = save(tmp_path / "declared.docx", _document_declaring(part, doctype, replace))
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(project)
    err = refused_in_one_line(run_cli("import", str(project), str(document), "--lang", "en"))
    assert f"{part} declares a DTD" in err
    assert digests(project) == before


def test_a_document_whose_text_around_an_entity_was_cut_is_refused_not_shortened(tmp_path: Path) -> None:
    """Read with entities left unresolved, "Hello &i; world." came in as "Hello": text lost without a word."""
    document = save(tmp_path / "cut.docx", _document_declaring(
        "word/document.xml", '<!DOCTYPE w:document [<!ENTITY i "INSIDE">]>', (b"Hello world.", b"Hello &i; world.")))
    from desktop_app.formats.docx_reader import read_docx
    from desktop_app.formats.errors import FormatError

    with pytest.raises(FormatError, match="declares a DTD"):
        read_docx(document)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_dtd_after_comments_or_in_utf16_is_still_seen(encoding: str, tmp_path: Path) -> None:
    good = package(wp(wr("Hello world.")))
    doctype = '<!-- written by a tool --><?tool x?>\n<!DOCTYPE x [<!ENTITY i "INSIDE">]>'

    def declared(body: bytes) -> bytes:
        text = _with_doctype(body, doctype).decode("utf-8")
        if encoding == "utf-16":
            text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return text.encode(encoding)

    document = save(tmp_path / "declared.docx", _changed_part(good, "word/document.xml", declared))
    project = sample_project(tmp_path / "release.pressdesk")
    assert "declares a DTD" in refused_in_one_line(run_cli("import", str(project), str(document), "--lang", "en"))


def test_doctype_words_in_comments_and_text_are_no_dtd(tmp_path: Path) -> None:
    good = package(wp(wr("About &lt;!DOCTYPE x&gt; in the text.")))
    document = save(tmp_path / "words.docx", _changed_part(
        good, "word/document.xml", lambda body: _with_doctype(body, "<!-- no <!DOCTYPE here -->")))
    assert texts(document) == ["About <!DOCTYPE x> in the text."]


# -- DTDs in the parts of an Excel workbook --------------------------------------------------------------------

@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_a_workbook_part_declaring_entities_is_refused_and_the_glossary_stays(part: str, data_dir: Path,
                                                                               tmp_path: Path) -> None:
    """A shared string "Bei&i;jing" came in as "Bei", the rest of the name silently gone."""
    good = workbook(tmp_path / "good.xlsx", [("Names", [["zh", "en", "ru"], ["北京", "Beijing", "Пекин"]])])
    bad = save(tmp_path / "declared.xlsx", _changed_part(good.read_bytes(), part, lambda body: _with_doctype(
        body, '<!DOCTYPE x [<!ENTITY i "Capital">]>', (b"Beijing", b"Bei&i;jing"))))
    succeeded(run_cli("glossary", "list"))  # the desk's glossary exists, seeded
    before = digests(data_dir)
    err = refused_in_one_line(run_cli("glossary", "import", str(bad)))
    assert f"{part} declares a DTD" in err
    assert digests(data_dir) == before


# -- house templates that reach out or run code in every export ------------------------------------------------

def _template(path: Path, change) -> Path:
    """python-docx's default document with its package passed through `change(src, dst)`."""
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        change(src, dst)
    return save(path, out.getvalue())


def _part_declaring(part: str):
    def change(src: zipfile.ZipFile, dst: zipfile.ZipFile) -> None:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == part:
                body = _with_doctype(body, '<!DOCTYPE x [<!ENTITY r SYSTEM "http://127.0.0.1:9/beacon">]>')
            dst.writestr(item, body)
    return change


def _with_parts(rels: str, types: str, parts: dict[str, bytes]):
    def change(src: zipfile.ZipFile, dst: zipfile.ZipFile) -> None:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", types.encode() + b"</Types>")
            dst.writestr(item, body)
        for name, body in parts.items():
            dst.writestr(name, body)
    return change


_MACROS = _with_parts(
    '<Relationship Id="rVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
    'Target="vbaProject.bin"/>',
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 Sub AutoOpen(): Shell \"calc\" End Sub"})
_ACTIVEX = _with_parts(
    '<Relationship Id="rAx" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/control" '
    'Target="activeX/activeX1.xml"/>',
    '<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>',
    {"word/activeX/activeX1.xml": b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
                                  b'ax:classid="{8856F961-340A-11D0-A96B-00C04FD705A2}"/>'})
_CUSTOM_XML = _with_parts(
    '<Relationship Id="rCx" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" '
    'Target="../customXml/item9.xml"/>', "",
    {"customXml/item9.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY r SYSTEM "http://127.0.0.1:9/beacon">]>'
                            b"<x>&r;</x>"})

TEMPLATES = {
    **{f"dtd-in-{part.rsplit('/', 1)[-1]}": (_part_declaring(part), "declares a DTD")
       for part in ("word/fontTable.xml", "word/webSettings.xml", "word/theme/theme1.xml", "word/styles.xml",
                    "docProps/core.xml")},
    "dtd-in-custom-xml": (_CUSTOM_XML, "declares a DTD"),
    "macros": (_MACROS, "macros or ActiveX controls"),
    "activex": (_ACTIVEX, "macros or ActiveX controls"),
}


@pytest.mark.parametrize("layout", [["--lang", "en"], ["--layout", "table"]], ids=["single", "table"])
@pytest.mark.parametrize("case", sorted(TEMPLATES))
def test_a_house_template_that_would_reach_out_or_run_code_is_refused_and_nothing_is_written(
        case: str, layout: list[str], tmp_path: Path) -> None:
    """Parts python-docx does not model went into the export byte for byte: a DTD naming an address, the
    template's macros and its ActiveX controls, in every release sent out."""
    change, words = TEMPLATES[case]
    template = _template(tmp_path / "letterhead.docx", change)
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(project, template)
    out = tmp_path / "out.docx"
    err = refused_in_one_line(run_cli("export", str(project), *layout, "--template", str(template), "-o", str(out)))
    assert f"template {template.name}" in err and words in err
    assert not out.exists() and digests(project, template) == before


def test_a_template_with_an_html_page_for_an_altchunk_still_exports(tmp_path: Path) -> None:
    """An HTML page declares its own `<!DOCTYPE html>`: that is no XML part's DTD."""
    change = _with_parts(f'<Relationship Id="rHtml" Type="{REL}aFChunk" Target="page.html"/>',
                         '<Default Extension="html" ContentType="text/html"/>',
                         {"word/page.html": b"<!DOCTYPE html><html><body><p>Letterhead note</p></body></html>"})
    template = _template(tmp_path / "letterhead.docx", change)
    project = sample_project(tmp_path / "release.pressdesk")
    out = tmp_path / "out.docx"
    succeeded(run_cli("export", str(project), "--lang", "en", "--template", str(template), "-o", str(out)))
    assert "10th China-Russia Roundtable" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


# -- a project damaged where a command does not look ------------------------------------------------------------

def _page_of(project: Path, name: str) -> int:
    with sqlite3.connect(project) as conn:
        return int(conn.execute("select rootpage from sqlite_master where name = ?", (name,)).fetchone()[0])


def _garble_page(project: Path, page: int) -> None:
    """Overwrite a page's header and cell pointers with noise, as a failing disk or a careless tool would (a fixed
    seed: the same noise every run)."""
    data = bytearray(project.read_bytes())
    size = struct.unpack(">H", data[16:18])[0]
    start = (page - 1) * size
    data[start + 8:start + 300] = random.Random(0).randbytes(292)
    project.write_bytes(bytes(data))


@pytest.mark.parametrize("index", ["sqlite_autoindex_meta_1", "sqlite_autoindex_cells_1",
                                   "idx_revisions_segment_id_lang"])
def test_a_project_damaged_in_pages_a_command_does_not_read_is_refused_untouched(index: str,
                                                                                 tmp_path: Path) -> None:
    """Only an index was damaged, so `show` and `export` read the project and `import` saved on top of the
    damage (exit 0, the file changed, the damage still there)."""
    project = sample_project(tmp_path / "release.pressdesk")
    _garble_page(project, _page_of(project, index))
    text = tmp_path / "text.txt"
    text.write_text("A new headline.\n", encoding="utf-8")
    before = digests(project)
    for command in (["import", str(project), str(text), "--lang", "en"], ["show", str(project)],
                    ["export", str(project), "--lang", "en", "-o", str(tmp_path / "out.docx")]):
        err = refused_in_one_line(run_cli(*command))
        assert "release.pressdesk is damaged" in err and "nothing was changed" in err
    assert digests(project) == before and not (tmp_path / "out.docx").exists()


def test_a_sound_project_at_the_segment_limit_still_opens(tmp_path: Path) -> None:
    """The page check reads every page once; a project written by PressDesk passes it."""
    import dataclasses

    from desktop_app.domain.release import MAX_SEGMENTS
    from desktop_app.services.importing import sample_release
    from desktop_app.storage.project_store import ProjectStore

    sample = sample_release()
    body = sample.segments[2]
    release = dataclasses.replace(sample, segments=[dataclasses.replace(body, id=f"s{i:05d}")
                                                    for i in range(MAX_SEGMENTS)])
    ProjectStore.create(tmp_path / "big.pressdesk", release).close()
    store = ProjectStore.open(tmp_path / "big.pressdesk")
    try:
        assert len(store.load().segments) == MAX_SEGMENTS
    finally:
        store.close()


# -- a glossary file naming tens of thousands of languages ------------------------------------------------------

def _tbx_of_languages(path: Path, count: int) -> Path:
    others = "".join(f'<langSet xml:lang="q{i}-{"x" * 60}\u202e"><tig><term>t{i}</term></tig></langSet>'
                     for i in range(count))
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><martifHeader><fileDesc>'
        "<sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body><termEntry id=\"1\">"
        '<langSet xml:lang="en"><tig><term>Flood Commission</term></tig></langSet>'
        f'<langSet xml:lang="ru"><tig><term>Комиссия по паводкам</term></tig></langSet>{others}'
        "</termEntry></body></text></martif>", encoding="utf-8")
    return path


def test_a_glossary_naming_thousands_of_languages_lists_a_few_of_them(tmp_path: Path) -> None:
    """30,000 `xml:lang` values printed a 400 KB line on stderr, and as long a label in the import preview."""
    tbx = _tbx_of_languages(tmp_path / "flood.tbx", 30_000)
    result = run_cli("glossary", "import", str(tbx))
    succeeded(result)
    [ignored] = [line for line in result.stderr.splitlines() if line.startswith("ignored")]
    assert ignored.endswith(f"and {30_000 - MAX_IGNORED_SHOWN:,} more") and len(ignored) < 1_000, ignored
    assert "\u202e" not in ignored and "q0-" in ignored
    store = GlossaryStore.open(tmp_path / "glossary.sqlite", seed=False)
    try:
        plan = plan_import(store, tbx)
    finally:
        store.close()
    assert len(plan.ignored_languages) == MAX_IGNORED_SHOWN and plan.more_ignored_languages == 30_000 - 10
    assert all(len(code) <= 35 for code in plan.ignored_languages)


def test_a_glossary_naming_a_few_other_languages_lists_them_all(tmp_path: Path) -> None:
    result = run_cli("glossary", "import", str(_tbx_of_languages(tmp_path / "few.tbx", 3)))
    succeeded(result)
    [ignored] = [line for line in result.stderr.splitlines() if line.startswith("ignored")]
    assert "more" not in ignored and ignored.count("q") == 3


# -- refusals that name what the user named ---------------------------------------------------------------------

def test_a_new_project_refused_for_its_title_is_named_as_given(tmp_path: Path) -> None:
    """The refusal named the temporary file the project is built in (`.release.pressdesk.x1y2.tmp`)."""
    project = tmp_path / "release.pressdesk"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "new", str(project), "--title", b"Title \xff"],
                            capture_output=True, text=True, cwd=REPO, timeout=300)
    err = refused_in_one_line(result)
    assert err.startswith("pressdesk: release.pressdesk: ") and ".tmp" not in err, err
    assert list(tmp_path.iterdir()) == []


# -- packages compressed, encrypted or checksummed in ways zipfile refuses ---------------------------------------

def _patched(data: bytes, name: str, *, method: int | None = None, flags: int | None = None,
             crc: int | None = None) -> bytes:
    """The package with the local and central headers of entry `name` claiming another compression method,
    encryption (flag bit 0) or checksum."""
    out = bytearray(data)
    for header, offset in ((b"PK\x03\x04", 30), (b"PK\x01\x02", 46)):
        at = out.find(header)
        while at >= 0:
            length = struct.unpack("<H", out[at + 26 + (offset == 46) * 2:at + 28 + (offset == 46) * 2])[0]
            if out[at + offset:at + offset + length] == name.encode():
                shift = 2 if offset == 46 else 0
                if method is not None:
                    out[at + 8 + shift:at + 10 + shift] = struct.pack("<H", method)
                if flags is not None:
                    out[at + 6 + shift:at + 8 + shift] = struct.pack("<H", flags)
                if crc is not None:
                    out[at + 14 + shift:at + 18 + shift] = struct.pack("<I", crc)
            at = out.find(header, at + 4)
    return bytes(out)


PACKAGE_DAMAGE = {"deflate64": {"method": 9}, "unknown-method": {"method": 99}, "encrypted": {"flags": 1},
                  "bad-checksum": {"crc": 0x12345678}}
WORDS_FOR_DAMAGE = {"deflate64": "compressed with a method PressDesk cannot unpack",
                    "unknown-method": "compressed with a method PressDesk cannot unpack",
                    "encrypted": "encrypted with a password", "bad-checksum": "Bad CRC-32"}


@pytest.mark.parametrize("damage", sorted(PACKAGE_DAMAGE))
@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_a_document_part_zipfile_cannot_unpack_is_one_line_and_changes_nothing(damage: str, part: str,
                                                                               tmp_path: Path) -> None:
    document = save(tmp_path / "damaged.docx", _patched(package(wp(wr("Hello world."))), part,
                                                        **PACKAGE_DAMAGE[damage]))
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(project)
    out = tmp_path / "out.docx"
    for command in (["import", str(project), str(document), "--lang", "en"],
                    ["export", str(project), "--lang", "en", "--template", str(document), "-o", str(out)]):
        err = refused_in_one_line(run_cli(*command))
        assert "ZipInfo" not in err, err  # zipfile names an encrypted entry by its whole record
        assert WORDS_FOR_DAMAGE[damage] in err, err
    assert digests(project) == before and not out.exists()


def test_the_damage_helper_changes_the_entry_it_names(tmp_path: Path) -> None:
    """The headers `_patched` rewrites are those zipfile reads: the entry claims encryption, the others do not."""
    data = _patched(package(wp(wr("Hello world."))), "word/styles.xml", flags=1)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert [i.filename for i in zf.infolist() if i.flag_bits & 1] == ["word/styles.xml"]


def test_a_deeply_nested_table_is_refused_in_one_line(tmp_path: Path) -> None:
    body = "<w:tbl><w:tr><w:tc>" * 300 + wp(wr("deep")) + "</w:tc></w:tr></w:tbl>" * 300
    document = save(tmp_path / "deep.docx", package(body))
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(project)
    refused_in_one_line(run_cli("import", str(project), str(document), "--lang", "en"))
    assert digests(project) == before


def test_numbering_that_refers_to_itself_through_styles_still_reads(tmp_path: Path) -> None:
    numbering = (f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L1"/></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    styles = (f'<w:styles {NS}><w:style w:type="numbering" w:styleId="L1"><w:pPr><w:numPr><w:numId w:val="1"/>'
              '</w:numPr></w:pPr></w:style></w:styles>')
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + wr("Item.") + "</w:p>"
    document = save(tmp_path / "cycle.docx", package(item * 2, {"word/numbering.xml": numbering,
                                                                "word/styles.xml": styles}))
    assert texts(document) == ["Item.", "Item."]


@pytest.mark.parametrize("kind", ["folder", "pipe", "device"])
def test_a_pack_name_that_is_no_file_is_told_for_what_it_is(kind: str, data_dir: Path, tmp_path: Path) -> None:
    """A folder or a named pipe under a pack's name was reported as a file that "does not exist"."""
    import os

    path = tmp_path / "translate-zh_en.argosmodel"
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes on this system")
        os.mkfifo(path)
    else:
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero on this system")
        path.symlink_to("/dev/zero")
    from desktop_app.mt.packs import packs_dir

    err = refused_in_one_line(run_cli("packs", "install", str(path)))
    assert {"folder": "is a folder", "pipe": "is not a regular file", "device": "is not a regular file"}[kind] in err
    assert "does not exist" not in err
    assert not packs_dir(data_dir).exists() or not any(packs_dir(data_dir).iterdir())


# -- glossary files declaring entities of their own --------------------------------------------------------------

_TBX = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<martif type="TBX" xml:lang="en"><text><body><termEntry id="1">'
        '<langSet xml:lang="en"><tig><term>{term}</term></tig></langSet>'
        '<langSet xml:lang="ru"><tig><term>Государственный совет</term></tig></langSet></termEntry></body></text>'
        "</martif>")
_MTF = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<mtf><conceptGrp><concept>1</concept>'
        '<languageGrp><language type="English" lang="EN"/><termGrp><term>{term}</term></termGrp></languageGrp>'
        '<languageGrp><language type="Russian" lang="RU"/><termGrp><term>Государственный совет</term></termGrp>'
        "</languageGrp></conceptGrp></mtf>")


@pytest.mark.parametrize("suffix", [".tbx", ".xml"])
def test_a_glossary_file_declaring_its_own_entities_is_refused_and_the_glossary_stays(suffix: str, data_dir: Path,
                                                                                      tmp_path: Path) -> None:
    """"State &c; Council" came in as "State  Council": the entity's text dropped from the term without a word."""
    template = _TBX if suffix == ".tbx" else _MTF
    bad = tmp_path / f"declared{suffix}"
    bad.write_text(template.format(doctype='<!DOCTYPE x [<!ENTITY c "Privy">]>', term="State &c; Council"),
                   encoding="utf-8")
    succeeded(run_cli("glossary", "list"))
    before = digests(data_dir)
    err = refused_in_one_line(run_cli("glossary", "import", str(bad)))
    assert "declares XML entities of its own" in err
    assert digests(data_dir) == before


def test_a_tbx_naming_an_external_dtd_without_entities_still_imports(tmp_path: Path) -> None:
    """Okapi's and Lokalize's TBX files name TBXcoreStructV02.dtd; it is never fetched, and they import."""
    good = tmp_path / "named.tbx"
    good.write_text(_TBX.format(doctype='<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">', term="State Privy Council"),
                    encoding="utf-8")
    result = run_cli("glossary", "import", str(good))
    succeeded(result)
    assert "1 added" in result.stdout


# -- indexes that compute on every save --------------------------------------------------------------------------

COMPUTING_INDEXES = {
    # 5 MB more in the file for every revision a save writes (the attack used 50 MB: 150 MB per import)
    "expression": "create index planted on revisions (zeroblob(5000000), id)",
    # a condition of the attacker's SQLite evaluates for every cell written
    "partial": "create index planted on cells (lang) where length(printf('%.*c', 100000, 'x')) > 0",
}


@pytest.mark.parametrize("case", sorted(COMPUTING_INDEXES))
def test_a_project_index_computing_on_every_save_is_refused_untouched(case: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    with sqlite3.connect(project) as conn:
        conn.execute(COMPUTING_INDEXES[case])
    conn.close()
    text = tmp_path / "text.txt"
    text.write_text("A new headline.\nA second paragraph.\n", encoding="utf-8")
    before = digests(project)
    for command in (["import", str(project), str(text), "--lang", "en"], ["show", str(project)]):
        err = refused_in_one_line(run_cli(*command))
        assert "'planted'" in err and "every save" in err
    assert digests(project) == before


def test_a_project_index_with_a_collation_of_another_program_is_refused(tmp_path: Path) -> None:
    """SQLite cannot read or write an index whose collation PressDesk's connection lacks."""
    project = sample_project(tmp_path / "release.pressdesk")
    conn = sqlite3.connect(project)
    conn.create_collation("reversed", lambda a, b: (a < b) - (a > b))
    conn.execute("create index planted on cells (text collate reversed)")
    conn.commit()
    conn.close()
    before = digests(project)
    assert "reversed" in refused_in_one_line(run_cli("show", str(project)))
    assert digests(project) == before


@pytest.mark.parametrize("store", ["glossary", "memory"])
def test_a_glossary_or_memory_index_computing_on_every_save_is_refused_untouched(store: str, data_dir: Path,
                                                                                 tmp_path: Path) -> None:
    command = ["glossary", "list"] if store == "glossary" else ["tm", "lookup", "--from", "en", "--to", "ru", "Hi"]
    succeeded(run_cli(*command))  # the file is created
    path = data_dir / ("glossary.sqlite" if store == "glossary" else "memory.sqlite")
    table = "entries" if store == "glossary" else "units"
    with sqlite3.connect(path) as conn:
        conn.execute(f"create index planted on {table} (zeroblob(5000000))")
    conn.close()
    before = digests(path)
    assert "'planted'" in refused_in_one_line(run_cli(*command))
    assert digests(path) == before


def test_a_pack_with_implausibly_large_metadata_is_told_so_once(data_dir: Path, random_packs, tmp_path: Path) -> None:
    """The refusal said "the file was not installed; it was not installed"."""
    import json

    from desktop_app.mt.packs import MAX_METADATA_BYTES, packs_dir

    good = random_packs[("zh", "en")]
    name = f"{zipfile.ZipFile(good).namelist()[0].split('/')[0]}/metadata.json"
    meta = json.loads(zipfile.ZipFile(good).read(name))
    meta["links"] = [f"https://example.org/{i:08d}" for i in range(MAX_METADATA_BYTES // 30)]
    bad = mt_support.rezip(good, tmp_path / "big-metadata.argosmodel", drop=lambda n: n == name,
                extra={name: json.dumps(meta).encode()})
    err = refused_in_one_line(run_cli("packs", "install", str(bad)))
    assert "metadata.json is implausibly large" in err and err.count("not installed") == 1, err
    assert not packs_dir(data_dir).exists() or not any(packs_dir(data_dir).iterdir())
