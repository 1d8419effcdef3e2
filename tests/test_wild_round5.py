"""Files from the wild, fifth round: footnotes marked by a symbol of the author's, a 公文's 版头 made with WordArt,
tables of contents, house heading styles, Word's Date and Author styles, a trilingual table whose English column
is still empty, Word XML under a .docx name; text and glossaries from Taiwan and Hong Kong in Big5, glossary
columns headed by what they hold (Термин / Перевод, 术语 / 译名), workbooks under a .csv name and binary .xlsb
ones; house templates tied to a mail merge or saved as Strict Open XML. Each test writes the bytes the program in
question writes and reads them back through the import or the export, as the CLI and the dialogs do."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
import ui_support
from docx_packages import package, save, wp, wr
from glossary_files import DUMA, MFA, added, workbook

from conftest import REALDATA, needs_realdata
from desktop_app.domain.release import Cell, Release, Role, Segment, Status
from desktop_app.formats.errors import FormatError
from desktop_app.services.exporting import ExportError, export_release
from desktop_app.services.glossary import read_glossary_file
from desktop_app.services.importing import ALL_LANGS, import_source, read_document
from desktop_app.settings import Settings
from desktop_app.storage.project_store import ProjectStore

answers = ui_support.answers  # fixture

ZH = ["中俄外长在桂林举行会晤", "外交部发言人介绍了会晤情况。", "双方签署了联合声明。"]
EN = ["Foreign ministers meet in Guilin", "A spokesperson described the talks.", "The sides signed a statement."]
RU = ["Министры встретились в Гуйлине", "Представитель рассказала о переговорах.", "Стороны подписали заявление."]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def styled(text: str, style: str = "", ppr: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>' if style else (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
    return f"<w:p>{props}{wr(text)}</w:p>"


def roles(path: Path) -> list[tuple[str, str]]:
    return [(p.role.value, p.text) for p in read_document(path).paragraphs]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1]), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args], env=env,
                          capture_output=True, text=True)


# --- Word documents -----------------------------------------------------------------------------------------


def test_a_footnote_marked_by_a_symbol_of_its_own_leaves_the_symbol_out(tmp_path: Path) -> None:
    """Word numbers footnotes itself, and those numbers are no text; a note given its own mark ("*", "†") keeps
    the mark as text after the reference, which was read into the sentence ("…the talks.*")."""
    body = (wp(wr(EN[1]), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference '
                          'w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>')
            + wp(wr(EN[2]), '<w:r><w:endnoteReference w:customMarkFollows="true" w:id="2"/><w:t>†</w:t></w:r>',
                 wr(" Signed in Guilin.")))
    path = save(tmp_path / "notes.docx", package(body))
    assert [p.text for p in read_document(path).paragraphs] == [EN[1], EN[2] + " Signed in Guilin."]
    numbered = wp(wr("Five"), '<w:r><w:footnoteReference w:customMarkFollows="0" w:id="3"/><w:t>5</w:t></w:r>')
    assert [p.text for p in read_document(save(tmp_path / "n.docx", package(numbered))).paragraphs] == ["Five5"]


def test_wordart_text_is_read_in_its_place(tmp_path: Path) -> None:
    """A 公文's red 版头 is often WordArt: VML keeps its text in the shape's `string` attribute, not in a run, so
    it was lost without a word. Its shape type (which has a text path but no text) adds nothing."""
    wordart = ('<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600"><v:textpath on="t" '
               'fitshape="t"/></v:shapetype><v:shape id="WordArt 2" type="#_x0000_t136" fillcolor="red">'
               '<v:textpath style="font-family:&quot;方正小标宋简体&quot;" string="中华人民共和国外交部文件"/>'
               "</v:shape></w:pict></w:r>")
    path = save(tmp_path / "gongwen.docx", package(wp(wordart) + wp(wr(ZH[1]))))
    assert [p.text for p in read_document(path).paragraphs] == ["中华人民共和国外交部文件", ZH[1]]


@needs_realdata
def test_real_wordart_in_three_languages_is_read() -> None:
    """Apache POI's Russian–English–Uzbek test document ends with three WordArt shapes."""
    path = REALDATA / "docx" / "poi_mixed_ru-en-uz_WordWithAttachments.docx"
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts[-3:] == ["My Text Here", "Мой текст здесь", "шу ерўда"]


def _toc_field() -> str:
    """A TOC field's result as Word writes it: an entry a paragraph, each a hyperlink with a PAGEREF field."""
    def entry(text: str, page: str, first: bool) -> str:
        opening = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                   '"1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                   if first else "")
        pageref = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h '
                   '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                   f'{wr(page)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        return (f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{opening}<w:hyperlink w:anchor="_Toc1">{wr(text)}'
                f"<w:r><w:tab/></w:r>{pageref}</w:hyperlink></w:p>")
    return entry("1. Talks", "1", True) + entry("2. Documents", "2", False) + wp(
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("wrapped", [True, False], ids=["content control", "bare field"])
def test_a_table_of_contents_is_left_out(tmp_path: Path, wrapped: bool) -> None:
    """A long statement's table of contents repeats its headings with page numbers ("1. Talks\\t1"): no text of
    the release, it is left out whether Word wrapped it in its content control (with the "Contents" heading) or
    it is a bare TOC field."""
    contents = _toc_field()
    if wrapped:
        contents = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
                    "</w:docPartObj></w:sdtPr><w:sdtContent>" + styled("Contents", "TOCHeading") + contents
                    + "</w:sdtContent></w:sdt>")
    body = (styled("Joint statement", "Title") + contents + styled("1. Talks", "Heading1")
            + wp(wr("The ministers met.")) + styled("2. Documents", "Heading1") + wp(wr("They signed.")))
    path = save(tmp_path / "statement.docx", package(body))
    assert roles(path) == [("headline", "Joint statement"), ("body", "1. Talks"), ("body", "The ministers met."),
                           ("body", "2. Documents"), ("body", "They signed.")]


@needs_realdata
def test_a_real_russian_table_of_contents_is_left_out() -> None:
    """pandoc's test file with a Russian TOC («Оглавление»): the headings are read once, where they stand."""
    path = REALDATA / "docx" / "pandoc_ru_TOC_nested_anchors.docx"
    paragraphs = read_document(path).paragraphs
    assert "Оглавление" not in [p.text for p in paragraphs]
    assert not any("\t" in p.text for p in paragraphs)
    assert (paragraphs[0].role, paragraphs[0].text) == (Role.HEADLINE, "Short instructions")
    assert [p.text for p in paragraphs].count("Short instructions") == 1


HOUSE_STYLES = (
    f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name '
    'w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="PRHeadline"><w:name w:val="PR Headline"/><w:basedOn w:val="Title"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="PRLead"><w:name w:val="PR Lead"/><w:basedOn '
    'w:val="PRLeadBase"/></w:style><w:style w:type="paragraph" w:styleId="PRLeadBase"><w:name w:val="Subtitle"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Заголовок релиза"/><w:basedOn '
    'w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" '
    'w:styleId="Loop1"><w:name w:val="Loop one"/><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" '
    'w:styleId="Loop2"><w:name w:val="Loop two"/><w:basedOn w:val="Loop1"/></w:style><w:style '
    'w:type="paragraph" w:styleId="BodyNine"><w:name w:val="Body nine"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr>'
    '</w:style><w:style w:type="paragraph" w:styleId="Author"><w:name w:val="Author"/></w:style><w:style '
    'w:type="paragraph" w:styleId="Date"><w:name w:val="Date"/></w:style></w:styles>')


def test_house_styles_based_on_title_or_given_an_outline_level_give_the_headline(tmp_path: Path) -> None:
    """A house template's "PR Headline" based on Title, a «Заголовок релиза» with outline level 1 (what Word's
    navigation pane shows as a heading): the headline. A style based on one based on Subtitle is a subheadline;
    styles based on each other in a loop or at outline level "body text" are body text, and so are paragraphs
    given an outline level of their own (generated forms set one on labels such as «Год: 2016»)."""
    def read(*paragraphs: str) -> list[tuple[str, str]]:
        return roles(save(tmp_path / "house.docx", package("".join(paragraphs),
                                                           parts={"word/styles.xml": HOUSE_STYLES})))

    assert read(styled(EN[0], "PRHeadline"), styled(EN[1], "PRLead"), wp(wr(EN[2]))) == [
        ("headline", EN[0]), ("subheadline", EN[1]), ("body", EN[2])]
    assert read(styled(RU[0], "a5"), wp(wr(RU[1]))) == [("headline", RU[0]), ("body", RU[1])]
    assert read(styled(EN[0], "Loop1"), styled(EN[1], "BodyNine"), styled(EN[2], ppr='<w:outlineLvl w:val="0"/>'),
                styled(RU[2], ppr='<w:outlineLvl w:val="1"/>')) == [
        ("body", EN[0]), ("body", EN[1]), ("body", EN[2]), ("body", RU[2])]


@needs_realdata
def test_outline_levels_a_generated_form_sets_on_its_labels_make_no_headline() -> None:
    """Apache POI's Russian government contract sets outline levels on the labels of its form («Предмет
    контракта», «Год: 2016»): none of them is the headline."""
    paragraphs = read_document(REALDATA / "docx" / "poi_ru_gov-contract_bug65649.docx").paragraphs
    labels = {p.text: p.role for p in paragraphs[:10]}
    assert labels["Предмет контракта"] is Role.BODY and labels["Год: 2016"] is Role.BODY


def test_words_date_and_author_styles_give_the_dateline_and_the_byline(tmp_path: Path) -> None:
    """Word's built-in Date and Author styles (letter templates; pandoc's title block) hold the release's date
    and byline."""
    body = (styled(EN[0], "Title") + styled("Press office of the Ministry", "Author")
            + styled("23 March 2026", "Date") + wp(wr(EN[1])))
    path = save(tmp_path / "pandoc.docx", package(body, parts={"word/styles.xml": HOUSE_STYLES}))
    assert roles(path) == [("headline", EN[0]), ("source", "Press office of the Ministry"),
                           ("dateline", "23 March 2026"), ("body", EN[1])]


@needs_realdata
def test_a_real_pandoc_author_line_is_the_byline() -> None:
    """A 公文 written with pandoc: title, then the author line in pandoc's Author style."""
    paragraphs = read_document(REALDATA / "docx" / "gongwen_zh_GB9704-official-doc_pandoc.docx").paragraphs
    assert [(p.role, p.text) for p in paragraphs[:2]] == [(Role.HEADLINE, "测试文段"), (Role.SOURCE, "诸葛亮、亮葛诸")]


def _flat_opc() -> bytes:
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package '
            'xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" '
            'pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">'
            f'<pkg:xmlData><w:document xmlns:w="{W_NS}"><w:body>{wp(wr(EN[0]))}</w:body></w:document></pkg:xmlData>'
            "</pkg:part></pkg:package>").encode()


def test_word_xml_under_a_docx_name_is_refused_saying_what_it_is_and_changes_nothing(tmp_path: Path) -> None:
    """Word's "Word XML Document" (Flat OPC: the package as one XML file) renamed to .docx was refused as "not a
    Word document or damaged (File is not a zip file)"; the refusal now names it, and the project is untouched."""
    path = save(tmp_path / "release.docx", _flat_opc())
    with pytest.raises(FormatError, match=r"a Word XML Document \(Flat OPC, one XML file\) with a Word name"):
        read_document(path)
    project = tmp_path / "r.pressdesk"
    assert cli("new", str(project), data=tmp_path / "data").returncode == 0
    before = project.read_bytes()
    done = cli("import", str(project), "--lang", "en", str(path), data=tmp_path / "data")
    assert done.returncode == 2 and "Word XML Document" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert project.read_bytes() == before


def _table_with_empty_english() -> bytes:
    def cell(text: str) -> str:
        return f"<w:tc>{wp(wr(text)) if text else '<w:p/>'}</w:tc>"
    rows = [("中文", "English", "Русский"), *[(z, "", u) for z, u in zip(ZH, RU, strict=True)]]
    return package("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + "".join(
        "<w:tr>" + "".join(cell(text) for text in row) + "</w:tr>" for row in rows) + "</w:tbl>")


def test_an_empty_language_column_does_not_blank_the_releases_text(tmp_path: Path) -> None:
    """A zh | en | ru table sent out before the English was written comes back with the English column empty.
    Imported whole, it blanked the release's approved English row by row ("3 overwritten"); the empty column is
    now passed over and said so, and asked for on its own it is refused."""
    path = save(tmp_path / "table.docx", _table_with_empty_english())
    release = Release()
    for text in EN:
        segment = Segment(Role.BODY)
        segment.cells["en"] = Cell(text, Status.APPROVED)
        release.segments.append(segment)
    source = read_document(path)
    reports = import_source(release, source, ALL_LANGS)
    assert [(s.text("zh"), s.text("en"), s.text("ru")) for s in release.segments] == list(zip(ZH, EN, RU,
                                                                                              strict=True))
    assert [s.cells["en"].status for s in release.segments] == [Status.APPROVED] * 3
    assert [r.lang for r in reports] == ["zh", "ru"]
    assert ("the file's English column(s) hold no text and were not imported; the release's own text there is "
            "kept") in reports[0].notes
    with pytest.raises(FormatError, match="the English column holds no text; nothing to import"):
        import_source(release, source, "en")


def test_the_cli_imports_a_table_with_an_empty_column_keeping_that_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    english = tmp_path / "en.txt"
    english.write_text("\n\n".join(EN), encoding="utf-8")
    project = tmp_path / "r.pressdesk"
    assert cli("new", str(project), data=data).returncode == 0
    assert cli("import", str(project), "--lang", "en", str(english), data=data).returncode == 0
    table = save(tmp_path / "table.docx", _table_with_empty_english())
    done = cli("import", str(project), "--lang", "all", str(table), data=data)
    assert done.returncode == 0, done.stderr
    shown = json.loads(cli("show", str(project), "--json", data=data).stdout)
    assert [(s["zh"]["text"], s["en"]["text"], s["ru"]["text"]) for s in shown["segments"]] == list(
        zip(ZH, EN, RU, strict=True))


def test_the_import_dialog_offers_the_filled_columns_and_keeps_the_english(
        qtbot, data_dir: Path, tmp_path: Path, monkeypatch, answers: ui_support.Answers) -> None:
    """From the window: the dialog previews the table's filled columns only and the approved English stays."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.ui.import_dialog import ImportDialog

    shown: list[list[str]] = []

    def exec_(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.prepared is not None or dialog.error is not None, timeout=20_000)
        shown.append([dialog.table.horizontalHeaderItem(i).text() for i in range(dialog.table.columnCount())])
        return int(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    release = Release()
    for text in EN:
        segment = Segment(Role.BODY)
        segment.cells["en"] = Cell(text, Status.APPROVED)
        release.segments.append(segment)
    project = tmp_path / "r.pressdesk"
    ProjectStore.create(project, release).close()
    table = save(tmp_path / "table.docx", _table_with_empty_english())
    for window in ui_support.window_on(qtbot, data_dir, project):
        window.import_document("zh", str(table))
        assert [(s.text("zh"), s.text("en"), s.text("ru")) for s in window.document.release.segments] == list(
            zip(ZH, EN, RU, strict=True))
    assert len(shown) == 1 and len(shown[0]) == 2
    assert not any("English" in header for header in shown[0])


def test_a_blank_line_of_two_line_breaks_parts_two_paragraphs(tmp_path: Path) -> None:
    """Text pasted from a web page (<br><br>) or typed with Shift+Enter twice shows as two paragraphs parted by a
    blank line, and was imported as one row holding both; one line break stays within the paragraph, and a table
    cell stays whole."""
    body = (wp(wr(EN[1]), "<w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">  </w:t><w:br/></w:r>", wr(EN[2]))
            + wp(wr("Contact:"), "<w:r><w:br/></w:r>", wr("Press office"))
            + "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
            + wp(wr("Cell one"), "<w:r><w:br/><w:br/></w:r>", wr("cell two")) + "</w:tc></w:tr></w:tbl>")
    path = save(tmp_path / "pasted.docx", package(body))
    assert [p.text for p in read_document(path).paragraphs] == [EN[1], EN[2], "Contact:\nPress office",
                                                                 "Cell one\n\ncell two"]


# --- Big5 -----------------------------------------------------------------------------------------------------

TRADITIONAL = ["中俄外長在桂林舉行會晤", "外交部發言人介紹了會晤情況。", "雙方簽署了聯合聲明。"]


def test_a_release_saved_in_big5_is_read_as_big5_not_as_garbled_gb18030(tmp_path: Path) -> None:
    """Notepad on a Taiwan or Hong Kong Windows writes Big5. Its bytes also decode as GB18030, into Simplified
    characters and private-use codes that were imported as the release ("い玐\\ue684…"); GB18030 is now taken
    only for bytes that are GB2312's common characters."""
    path = tmp_path / "release.txt"
    path.write_bytes("\r\n\r\n".join(TRADITIONAL).encode("big5"))
    assert [p.text for p in read_document(path).paragraphs] == TRADITIONAL
    simplified = tmp_path / "gbk.txt"
    simplified.write_bytes("\r\n\r\n".join(ZH).encode("gb18030"))
    assert [p.text for p in read_document(simplified).paragraphs] == ZH


def test_a_glossary_csv_in_big5_is_read(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_bytes("中文,英文\r\n國家杜馬,State Duma\r\n外交部,Ministry of Foreign Affairs\r\n立法會,Legislative "
                     "Council\r\n".encode("big5"))
    assert added(path, tmp_path) == [("國家杜馬", "State Duma", ""), ("外交部", "Ministry of Foreign Affairs", ""),
                                     ("立法會", "Legislative Council", "")]


# --- glossaries -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "separator"), [(("Термин", "Перевод"), ";"), (("术语", "译名"), ","),
                                                   (("術語", "譯名"), ","), (("Terms", "Translation"), ",")])
def test_columns_headed_by_what_they_hold_are_read_by_their_text(header: tuple[str, str], separator: str,
                                                                 tmp_path: Path) -> None:
    """A glossary headed "Термин;Перевод" or "术语,译名" names what its columns hold, not their languages: the
    Russian column headed Термин was dropped, and 术语/译名 imported as a term of its own."""
    path = tmp_path / "glossary.csv"
    rows = [header, *[(u, z) for z, _, u in (DUMA, MFA)]]
    path.write_text("".join(separator.join(row) + "\r\n" for row in rows), encoding="utf-8-sig")
    assert added(path, tmp_path) == [(DUMA[0], "", DUMA[2]), (MFA[0], "", MFA[2])]


def test_a_workbook_saved_under_a_csv_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    """A workbook renamed to .csv (a "Save as" that kept the name, a mail gateway) was refused as "not UTF-8
    text"; its bytes say it is a workbook, and it is read as one. An old .xls so named is refused saying so."""
    book = workbook(tmp_path / "glossary.xlsx", [("Sheet1", [["Chinese", "English", "Russian"], list(DUMA),
                                                             list(MFA)])])
    renamed = tmp_path / "glossary.csv"
    renamed.write_bytes(book.read_bytes())
    assert added(renamed, tmp_path) == [DUMA, MFA]
    old = tmp_path / "old.csv"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    with pytest.raises(FormatError, match=r"old\.csv: an old Excel \.xls workbook .* with a \.csv name"):
        read_glossary_file(old)


def test_a_second_header_row_naming_what_the_columns_hold_is_no_term(tmp_path: Path) -> None:
    """Language names merged over two columns each, and under them "Term | Note" for every language: that second
    row was imported as an entry "Term / Term / Term"."""
    path = workbook(tmp_path / "glossary.xlsx", [("Sheet1", [
        ["Chinese", "", "English", "", "Russian", ""], ["Term", "Note", "Term", "Note", "Термин", "Примечание"],
        [DUMA[0], "", DUMA[1], "", DUMA[2], ""], [MFA[0], "", MFA[1], "", MFA[2], ""]])], merged=("A1:B1",))
    assert added(path, tmp_path) == [DUMA, MFA]
    terms = tmp_path / "terms.csv"
    terms.write_text("Chinese,English\r\nTerm,Term\r\n外交部,Ministry of Foreign Affairs\r\n", encoding="utf-8")
    assert added(terms, tmp_path) == [(MFA[0], MFA[1], "")]


def test_a_binary_workbook_under_an_xlsx_name_is_refused_saying_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "glossary.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-"
                   "types'/>")
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
        z.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    with pytest.raises(FormatError, match=r"an Excel binary workbook \(\.xlsb\) with an \.xlsx name"):
        read_glossary_file(path)


# --- export on house templates ----------------------------------------------------------------------------------


def _template(change: bytes, into: str = "word/settings.xml", old: bytes = b"</w:settings>") -> bytes:
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data.replace(old, change) if item.filename == into else data)
    return out.getvalue()


def _release() -> Release:
    release = Release(title="t")
    release.segments.append(Segment(Role.BODY))
    release.segments[0].cells["en"] = Cell(EN[2], Status.DRAFT)
    return release


def test_a_template_tied_to_a_mail_merge_gives_releases_without_it(tmp_path: Path) -> None:
    """A letter template still tied to its mail merge made every exported release run the merge's query against
    the office's data source on opening (Word asks first: "Opening this document will run the following SQL
    command"). The release keeps the template's other settings."""
    merge = (b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/>'
             b'<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\press\\contacts.xlsx"/>'
             b'<w:query w:val="SELECT * FROM `Sheet1$`"/></w:mailMerge><w:defaultTabStop w:val="709"/>')
    template = tmp_path / "letter.dotx"
    template.write_bytes(_template(merge + b"</w:settings>"))
    out = tmp_path / "release.docx"
    export_release(_release(), out, "en", template=template, settings=Settings(end_mark="###"))
    with zipfile.ZipFile(out) as z:
        settings = z.read("word/settings.xml")
    assert b"mailMerge" not in settings and b"SELECT" not in settings and b"contacts.xlsx" not in settings
    assert b'w:defaultTabStop w:val="709"' in settings
    assert [p.text for p in docx.Document(str(out)).paragraphs] == [EN[2], "###"]


def test_a_strict_open_xml_template_is_refused_saying_how_to_save_it(tmp_path: Path) -> None:
    """A template saved as "Strict Open XML Document" was refused with python-docx's own words ("no relationship
    of type … in collection"); the refusal says what to do, and nothing is written."""
    strict = tmp_path / "strict.docx"
    strict.write_bytes(_template(b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
                                 "_rels/.rels",
                                 b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"))
    out = tmp_path / "release.docx"
    with pytest.raises(ExportError, match=r"template strict\.docx: a Strict Open XML document, which cannot serve "
                                          r"as a template; in Word save it as Word Template \(\.dotx\)"):
        export_release(_release(), out, "en", template=strict, settings=Settings(end_mark="###"))
    assert not out.exists()
