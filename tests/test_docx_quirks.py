"""Word files as other programs and older Word versions write them: symbols inserted from a symbol font, drop
caps, part names in another case, side-by-side tables wrapped in content controls or custom XML under a title in
three languages, Strict OOXML tables, and releases LibreOffice saved as .docx from a web page."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx_packages import NS, package, save, texts, wp, wr

from desktop_app.domain.release import Release
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import ALL_LANGS, import_file, import_source, read_document

ZH = ["中俄外长在桂林举行会晤", "外交部发言人介绍了两国外长会晤的情况。", "双方签署了联合声明。"]
EN = ["Chinese and Russian foreign ministers meet in Guilin", "A ministry spokesperson described the talks.",
      "The two sides signed a joint statement."]
RU = ["Министры иностранных дел России и Китая встретились в Гуйлине", "Представитель министерства рассказала "
      "о переговорах.", "Стороны подписали совместное заявление."]


def _tc(text: str, span: int = 1) -> str:
    props = f"<w:tcPr><w:gridSpan w:val='{span}'/></w:tcPr>" if span > 1 else ""
    return f"<w:tc>{props}{wp(wr(text))}</w:tc>"


def _tr(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


GRID = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"


def import_file_all(release: Release, path: Path) -> None:
    import_source(release, read_document(path), ALL_LANGS)


def _columns(release: Release) -> dict[str, list[str]]:
    return {lang: [s.text(lang) for s in release.segments] for lang in ("zh", "en", "ru")}


def test_symbols_inserted_from_a_font_read_as_the_characters_word_shows(tmp_path: Path) -> None:
    body = wp(wr("Prices rose 5"), "<w:r><w:sym w:font='Symbol' w:char='F025'/></w:r>", wr(" in 2020 "),
              "<w:r><w:sym w:font='Times New Roman' w:char='2014'/></w:r>", wr(" a record, ±2"),
              "<w:r><w:sym w:font='Symbol' w:char='F0B0'/></w:r>", wr("C"),
              "<w:r><w:sym w:font='Wingdings' w:char='F0FC'/></w:r>")
    path = save(tmp_path / "sym.docx", package(body))
    assert texts(path) == ["Prices rose 5% in 2020 — a record, ±2°C"]


def test_a_drop_cap_runs_on_into_its_paragraph(tmp_path: Path) -> None:
    body = (wp(wr(EN[0]), style="Title")
            + "<w:p><w:pPr><w:framePr w:dropCap='drop' w:lines='3' w:wrap='around' w:vAnchor='text'/></w:pPr>"
            + wr("T") + "</w:p>" + wp(wr("he ministry spokesperson described the talks.")) + wp(wr(EN[2])))
    path = save(tmp_path / "dropcap.docx", package(body))
    assert texts(path) == [EN[0], "The ministry spokesperson described the talks.", EN[2]]


def _renamed(data: bytes, rename: dict[str, str], edit: dict[str, tuple[bytes, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename in edit:
                content = content.replace(*edit[item.filename])
            dst.writestr(rename.get(item.filename, item.filename), content)
    return out.getvalue()


def test_part_names_are_matched_whatever_their_case(tmp_path: Path) -> None:
    data = _renamed(package(wp(wr(EN[0])) + wp(wr(EN[1]))), {"word/document.xml": "word/Document.xml"},
                    {"_rels/.rels": (b"word/document.xml", b"/WORD/document.XML")})
    path = save(tmp_path / "case.docx", data)
    assert texts(path) == EN[:2]


def test_two_entries_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    data = package(wp(wr(EN[0])), {"word/Document.xml": f"<w:document {NS}><w:body>{wp(wr('other'))}</w:body>"
                                                       "</w:document>"})
    path = save(tmp_path / "twins.docx", data)
    with pytest.raises(FormatError, match="duplicate entries"):
        texts(path)


def test_a_table_wrapped_in_content_controls_row_by_row_reads_column_by_column(tmp_path: Path) -> None:
    rows = [_tr(_tc("中文"), _tc("English"), _tc("Русский"))]
    for z, e, r in zip(ZH, EN, RU, strict=True):
        row = _tr(_tc(z), f"<w:sdt><w:sdtPr/><w:sdtContent>{_tc(e)}</w:sdtContent></w:sdt>", _tc(r))
        rows.append(f"<w:sdt><w:sdtPr><w:id w:val='7'/></w:sdtPr><w:sdtContent>{row}</w:sdtContent></w:sdt>")
    body = f"<w:sdt><w:sdtPr/><w:sdtContent><w:tbl>{GRID}{''.join(rows)}</w:tbl></w:sdtContent></w:sdt><w:p/>"
    release = Release()
    import_file_all(release, save(tmp_path / "sdt.docx", package(body)))
    assert _columns(release) == {"zh": ZH, "en": EN, "ru": RU}


def test_a_title_merged_across_the_columns_goes_line_by_line_to_its_language(tmp_path: Path) -> None:
    title_cell = ("<w:tc><w:tcPr><w:gridSpan w:val='3'/></w:tcPr>" + wp(wr("新闻稿 Press release Пресс-релиз"))
                  + wp(wr("联合新闻稿")) + wp(wr("Joint press release")) + "</w:tc>")
    rows = [_tr(title_cell), _tr(_tc("中文"), _tc("英文"), _tc("俄文"))]
    rows += [f"<w:customXml w:element='row'>{_tr(_tc(z), _tc(e), _tc(r))}</w:customXml>"
             for z, e, r in zip(ZH, EN, RU, strict=True)]
    release = Release()
    import_file_all(release, save(tmp_path / "titled.docx", package(f"<w:tbl>{GRID}{''.join(rows)}</w:tbl>")))
    assert _columns(release) == {"zh": ["联合新闻稿", *ZH], "en": ["Joint press release", *EN], "ru": ["", *RU]}


def test_a_strict_ooxml_side_by_side_table_reads_column_by_column(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    rows = _tr(_tc("ZH"), _tc("EN"), _tc("RU")) + "".join(_tr(_tc(z), _tc(e), _tc(r))
                                                         for z, e, r in zip(ZH, EN, RU, strict=True))
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{strict}" w:conformance="strict">'
                f"<w:body><w:tbl>{GRID}{rows}</w:tbl><w:p/></w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/'
                   'officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document.replace("w:w=", "w:w="))
    release = Release()
    import_file_all(release, save(tmp_path / "strict.docx", out.getvalue()))
    assert _columns(release) == {"zh": ZH, "en": EN, "ru": RU}


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t[0]}</title></head><body>
<article><h1>{t[0]}</h1><p><b>{dateline}</b></p><p>{t[1]}<sup><a href="#fn1">1</a></sup></p>
<blockquote><p>&ldquo;{t[2]}&rdquo;</p></blockquote><ul><li>{t[2]}</li></ul><p>{dateline}<br>{t[0]}</p>
</article></body></html>"""
DATELINES = {"zh": "新华社北京3月23日电", "en": "BEIJING, March 23 (Xinhua)", "ru": "ПЕКИН, 23 марта"}


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (libreoffice-writer)")
def test_release_pages_saved_as_docx_by_libreoffice_import_as_shown(tmp_path: Path) -> None:
    release = Release()
    sources = []
    for lang, t in (("zh", ZH), ("en", EN), ("ru", RU)):
        page = tmp_path / f"release-{lang}.html"
        page.write_text(PAGE.format(lang=lang, t=t, dateline=DATELINES[lang]), encoding="utf-8")
        sources.append(page)
    subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--norestore", "--infilter=HTML (StarWriter)", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)
    for lang in ("zh", "en", "ru"):
        import_file(release, lang, tmp_path / f"release-{lang}.docx")
    for lang, t in (("zh", ZH), ("en", EN), ("ru", RU)):
        # the footnote mark stays as the page shows it; the list's bullet is no text
        assert [s.text(lang) for s in release.segments] == [
            t[0], DATELINES[lang], t[1] + "1", f"\u201c{t[2]}\u201d", t[2], f"{DATELINES[lang]}\n{t[0]}"]


@pytest.mark.parametrize(("content", "said"), [
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Press release}", "a Rich Text (RTF) file"),
    ("<html><body><h1>Заголовок</h1><p>Текст</p></body></html>".encode(), "a web page (HTML)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
    (b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.'
     b'microsoft.com/office/word/2003/wordml"><w:body/></w:wordDocument>', "a Word 2003 XML document"),
    ("odt", "an OpenDocument file"),
])
def test_a_file_of_another_kind_named_docx_is_refused_saying_what_it_is(content: bytes | str, said: str,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "release.docx"
    if content == "odt":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            z.writestr("content.xml", "<office:document-content/>")
    else:
        path.write_bytes(content)
    with pytest.raises(FormatError, match=r"save it as \.docx") as refused:
        texts(path)
    assert said in str(refused.value)
