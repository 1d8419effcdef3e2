"""Files from the wild, seventh round: what honest programs other than Word and Excel write. Excel for Mac's
"CSV (Macintosh)" in the Mac's Cyrillic code page, Acrobat's and pdftotext's page feeds in plain text, Excel's
`_x000D_` escapes and cells merged down a column, CSV cells quoted as Excel formulas (="G20"), .NET exports that
declare UTF-16 and store UTF-8, Word packages zipped by .NET with backslashes in their entry names, Word's legacy
drop-down form fields; and shapes that read right already, kept so they stay so (UTF-16 parts and files, TBX-Basic
with its DTD line, checkbox content controls). Each test writes the bytes in question and reads them back through
the import (and, where it applies, the export) as the CLI and the dialogs do."""

from __future__ import annotations

import codecs
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx_packages import package, save, wp, wr
from glossary_files import added, workbook

from desktop_app.domain.release import Release
from desktop_app.formats.errors import FormatError
from desktop_app.formats.tmx import iter_tmx
from desktop_app.services.exporting import export_release
from desktop_app.services.glossary import plan_import
from desktop_app.services.importing import import_file, read_document
from desktop_app.services.memory import TranslationMemory
from desktop_app.storage.glossary_store import GlossaryStore

RU = [("State Duma", "Государственная Дума Федерального Собрания"),
      ("Foreign Ministry", "Министерство иностранных дел"), ("Federation Council", "Совет Федерации"),
      ("Chairman Volodin", "Председатель Володин"),
      ("Yoshkar-Ola", "Йошкар-Ола"), ("Christmas tree", "Ёлка на Соборной площади")]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1]), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args], env=env,
                          capture_output=True, text=True)


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in read_document(path).paragraphs]


def units(path: Path) -> list[list[tuple[str, str]]]:
    return [[(v.lang, v.text) for v in unit.variants] for unit in iter_tmx(path)]


# --- Text in the Mac's Cyrillic code page ---------------------------------------------------------------------


def test_a_csv_glossary_excel_for_mac_saved_in_mac_cyrillic_is_read_as_russian(tmp_path: Path) -> None:
    """Excel for Mac's "CSV (Macintosh)" writes Russian in Mac OS Cyrillic. Its small letters are Windows-1251's,
    its capitals are not: the file was read as KOI8-R and imported as «┐НЯСДЮПЯРБЕММЮъ └СЛЮ» without a word."""
    path = tmp_path / "glossary.csv"
    path.write_bytes(("en;ru\r" + "".join(f"{en};{ru}\r" for en, ru in RU)).encode("mac_cyrillic"))
    assert added(path, tmp_path) == [("", en, ru) for en, ru in RU]


def test_a_release_saved_as_mac_cyrillic_text_is_read_as_russian(tmp_path: Path) -> None:
    """Word for Mac's "Plain Text" in the Mac's encoding: capitals came out as Windows-1251's punctuation
    («ѓосударственная ‚ума»), or the whole text as KOI8-R."""
    text = ["Председатель Государственной Думы Вячеслав Володин провёл встречу.",
            "Стороны обсудили сотрудничество. Ёлка установлена."]
    path = tmp_path / "release.txt"
    path.write_bytes("\r\r".join(text).encode("mac_cyrillic"))
    assert paragraphs(path) == text


def test_windows_1251_text_is_still_read_as_windows_1251(tmp_path: Path) -> None:
    """Both code pages share their small letters; a Windows file with capitals and «» stays Windows-1251."""
    text = ["«Единая Россия» и ЛДПР: Ялта, Юрмала, Щёлково, ЦИК.", "явка составила 67%."]
    path = tmp_path / "release.txt"
    path.write_bytes("\r\n\r\n".join(text).encode("cp1251"))
    assert paragraphs(path) == text


# --- Plain text with page feeds and line separators -----------------------------------------------------------


def test_page_feeds_of_a_pdf_converted_to_text_part_paragraphs(tmp_path: Path) -> None:
    """pdftotext and Acrobat's "Save as Text" end every page with a form feed. It was kept inside a paragraph,
    gluing the last paragraph of a page to the first of the next; the export then dropped the control character
    and the two paragraphs ran together ("…страницы.Второй")."""
    path = tmp_path / "release.txt"
    path.write_bytes("Заголовок\n\nПоследний абзац первой страницы.\n\fВторой абзац.\n\nТретий абзац.\f".encode())
    assert paragraphs(path) == ["Заголовок", "Последний абзац первой страницы.", "Второй абзац.", "Третий абзац."]
    path.write_bytes("Заголовок\nАбзац первой страницы.\fАбзац второй страницы.\n".encode())
    assert paragraphs(path) == ["Заголовок", "Абзац первой страницы.", "Абзац второй страницы."]


def test_line_separators_and_vertical_tabs_are_line_breaks_within_the_paragraph(tmp_path: Path) -> None:
    """InDesign's and Pages' text exports keep a forced line break as U+2028, and Word's "Text Only" as a
    vertical tab (\\v): the headline's second line was made a paragraph of its own, or the control character
    stored in the cell."""
    path = tmp_path / "release.txt"
    path.write_bytes("Пресс-релиз\u2028для немедленного распространения\nМосква, 5 декабря.\x0bВторая строка.\n"
                     .encode())
    assert paragraphs(path) == ["Пресс-релиз\nдля немедленного распространения", "Москва, 5 декабря.\nВторая строка."]


def test_text_with_page_feeds_exports_its_paragraphs_apart(tmp_path: Path) -> None:
    """The round trip: imported into a release and exported to Word, each page's paragraph is its own."""
    path = tmp_path / "release.txt"
    path.write_bytes("Заголовок\n\nПервый абзац.\fВторой абзац.\n".encode())
    release = Release()
    import_file(release, "ru", path)
    out = tmp_path / "release-ru.docx"
    result = export_release(release, out, "ru")
    assert not result.notes
    written = [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    assert written[:3] == ["Заголовок", "Первый абзац.", "Второй абзац."]


# --- Excel workbooks ------------------------------------------------------------------------------------------


def test_excels_escaped_carriage_returns_are_no_text_of_a_term(tmp_path: Path) -> None:
    """Excel stores a carriage return in a cell (text pasted from a Windows program) as `_x000D_`, and a literal
    "_x" as `_x005F_x`. The escapes were imported as part of the names: "State_x000D_ Duma"."""
    path = workbook(tmp_path / "glossary.xlsx", [("Terms", [
        ["中文", "English", "Русский"],
        ["国家杜马", "State_x000D_\nDuma", "Государственная_x000D_\nдума"],
        ["外交部", "Ministry_x0020_of Foreign Affairs", "МИД"],
        ["标识", "file_x005F_x0041_name", "имя_x005F_x000D_файла"]])])
    assert added(path, tmp_path) == [("国家杜马", "State Duma", "Государственная дума"),
                                     ("外交部", "Ministry of Foreign Affairs", "МИД"),
                                     ("标识", "file_x0041_name", "имя_x000D_файла")]


def test_a_term_merged_down_over_its_variants_applies_to_each_row(tmp_path: Path) -> None:
    """A glossary where one Chinese name is a cell merged down over the rows of its English and Russian
    variants: Excel shows the name beside each row, but only the first row holds it. The other rows were
    imported as entries with no Chinese form."""
    path = workbook(tmp_path / "glossary.xlsx", [("Terms", [
        ["中文", "English", "Русский"],
        ["国家杜马", "State Duma", "Государственная дума"],
        ["", "the Duma", "Госдума"],
        ["外交部", "Ministry of Foreign Affairs", "Министерство иностранных дел"]])], merged=("A2:A3",))
    store = GlossaryStore.open(tmp_path / "glossary.sqlite", seed=False)
    entries = plan_import(store, path).added
    assert [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in entries] == [
        ("国家杜马", "State Duma", "Государственная дума"),
        ("外交部", "Ministry of Foreign Affairs", "Министерство иностранных дел")]
    assert (entries[0].variants["en"], entries[0].variants["ru"]) == (("the Duma",), ("Госдума",))


def test_a_sheet_saved_in_strict_open_xml_is_read(tmp_path: Path) -> None:
    """Excel's "Strict Open XML Spreadsheet" uses other namespaces for the same parts."""
    plain = workbook(tmp_path / "plain.xlsx", [("Terms", [["中文", "English", "Русский"],
                                                         ["国家杜马", "State Duma", "Государственная дума"]])])
    strict = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(strict, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item).replace(
                b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"
            ).replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                      b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    assert added(strict, tmp_path) == [("国家杜马", "State Duma", "Государственная дума")]


# --- CSV as exporters for Excel write it ----------------------------------------------------------------------


def test_cells_quoted_as_excel_text_formulas_are_read_as_their_text(tmp_path: Path) -> None:
    """Database and CMS exports "for Excel" write a cell Excel must not turn into a number as ="G20" (Excel shows
    G20, and keeps 007 its zeros). The formula was imported as the name: '="G20"'."""
    path = tmp_path / "glossary.csv"
    path.write_text('en,ru,zh\n"=""G20""",Группа двадцати,二十国集团\n"=""007""",007,"=""007"""\n'
                    'State Duma,"=""Государственная """"дума""""""",国家杜马\n', encoding="utf-8")
    assert added(path, tmp_path) == [("二十国集团", "G20", "Группа двадцати"), ("007", "007", "007"),
                                     ("国家杜马", "State Duma", 'Государственная "дума"')]


def test_a_csv_of_classic_mac_line_ends_is_read_line_by_line(tmp_path: Path) -> None:
    """Old Mac programs end lines with CR alone."""
    path = tmp_path / "glossary.csv"
    path.write_bytes("en,ru\rState Duma,Государственная дума\rFederation Council,Совет Федерации\r".encode())
    assert added(path, tmp_path) == [("", "State Duma", "Государственная дума"), ("", "Federation Council",
                                                                                 "Совет Федерации")]


# --- XML that says UTF-16 and is UTF-8 ------------------------------------------------------------------------

TMX = ('<?xml version="1.0" encoding="{enc}"?>\n<tmx version="1.4"><header creationtool="Termbase Exporter" '
       'srclang="en-US" segtype="sentence" o-tmf="tm" adminlang="en-US" datatype="plaintext"/><body>'
       '<tu><tuv xml:lang="en-US"><seg>The State Duma met.</seg></tuv><tuv xml:lang="ru-RU"><seg>Госдума собралась.'
       '</seg></tuv><tuv xml:lang="zh-CN"><seg>国家杜马举行会议。</seg></tuv></tu></body></tmx>')
UNIT = [("en-US", "The State Duma met."), ("ru-RU", "Госдума собралась."), ("zh-CN", "国家杜马举行会议。")]


def test_a_tmx_declaring_utf16_but_stored_as_utf8_is_imported(tmp_path: Path, data_dir: Path) -> None:
    """A .NET tool that writes XML into a string gets `encoding="utf-16"` in the declaration, then saves the string
    as UTF-8. Every program but libxml2 reads it; the memory import refused it "not well-formed: Blank needed
    here"."""
    path = tmp_path / "export.tmx"
    path.write_bytes(TMX.format(enc="utf-16").encode())
    assert units(path) == [UNIT]
    memory = TranslationMemory.open()
    try:
        report = memory.import_tmx(path)
        assert report.added >= 1
        assert [m.target for m in memory.lookup("The State Duma met.", "en", "ru")] == ["Госдума собралась."]
    finally:
        memory.close()


@pytest.mark.parametrize(("enc", "data"), [
    ("utf-16-be", codecs.BOM_UTF16_BE + TMX.format(enc="UTF-16").encode("utf-16-be")),
    ("utf-16 bom, utf-8 declared", TMX.format(enc="UTF-8").encode("utf-16")),
    ("utf-8 bom, utf-16 declared", codecs.BOM_UTF8 + TMX.format(enc="UTF-16").encode()),
    ("windows-1251 declared", TMX.replace("<tuv xml:lang=\"zh-CN\"><seg>国家杜马举行会议。</seg></tuv>", "")
     .format(enc="windows-1251").encode("cp1251")),
])
def test_tmx_files_in_other_encodings_are_read(enc: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_bytes(data)
    assert units(path)[0][:2] == UNIT[:2]


def test_a_tbx_declaring_utf16_but_stored_as_utf8_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_text('<?xml version="1.0" encoding="utf-16"?>\n<martif type="TBX" xml:lang="en"><text><body>'
                    '<termEntry id="1"><langSet xml:lang="zh-CN"><tig><term>国家杜马</term></tig></langSet>'
                    '<langSet xml:lang="en"><tig><term>State Duma</term></tig></langSet><langSet xml:lang="ru">'
                    '<tig><term>Государственная дума</term></tig></langSet></termEntry></body></text></martif>',
                    encoding="utf-8")
    assert added(path, tmp_path) == [("国家杜马", "State Duma", "Государственная дума")]


def test_a_multiterm_export_declaring_utf16_but_stored_as_utf8_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "terms.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-16"?>\n<mtf><conceptGrp><concept>1</concept>'
                    '<languageGrp><language type="English" lang="EN-US"/><termGrp><term>State Duma</term></termGrp>'
                    '</languageGrp><languageGrp><language type="Russian" lang="RU-RU"/><termGrp>'
                    '<term>Государственная дума</term></termGrp></languageGrp></conceptGrp></mtf>', encoding="utf-8")
    assert added(path, tmp_path) == [("", "State Duma", "Государственная дума")]


def test_a_tbx_basic_file_with_its_dtd_line_and_ntig_groups_is_read(tmp_path: Path) -> None:
    """TBX-Basic v2 as LISA's samples and older exporters write it: a DOCTYPE naming the DTD, terms in
    ntig/termGrp, the preferred form marked on the term group."""
    path = tmp_path / "basic.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
                    '<martif type="TBX-Basic-V1" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Desk list</p>'
                    '</sourceDesc></fileDesc></martifHeader><text><body><termEntry id="c1"><langSet xml:lang="en">'
                    '<ntig><termGrp><term>State Duma</term></termGrp></ntig></langSet><langSet xml:lang="ru"><ntig>'
                    '<termGrp><term>Госдума</term><termNote type="administrativeStatus">admittedTerm-admn-sts'
                    '</termNote></termGrp></ntig><ntig><termGrp><term>Государственная дума</term><termNote '
                    'type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig></langSet>'
                    '</termEntry></body></text></martif>', encoding="utf-8")
    assert added(path, tmp_path) == [("", "State Duma", "Государственная дума")]


def test_a_tbx_in_utf16_is_read(tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_bytes('<?xml version="1.0" encoding="UTF-16"?>\n<martif type="TBX" xml:lang="en"><text><body>'
                     '<termEntry id="1"><langSet xml:lang="ZH-CN"><tig><term>国家杜马</term></tig></langSet>'
                     '<langSet xml:lang="RU-RU"><tig><term>Государственная дума</term></tig></langSet></termEntry>'
                     '</body></text></martif>'.encode("utf-16"))
    assert added(path, tmp_path) == [("国家杜马", "", "Государственная дума")]


# --- Word packages --------------------------------------------------------------------------------------------

BODY = wp(wr("国家杜马主席沃洛金会见中国客人")) + wp(wr("双方讨论了合作。"))
TEXT = ["国家杜马主席沃洛金会见中国客人", "双方讨论了合作。"]


def rezipped(data: bytes, rename: dict[str, str] | None = None, convert: dict[str, bytes] | None = None,
             separator: str = "/") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            name = (rename or {}).get(item.filename, item.filename)
            dst.writestr(name.replace("/", separator), (convert or {}).get(item.filename, src.read(item)))
    return out.getvalue()


def test_a_document_zipped_by_dotnet_with_backslashes_in_its_names_is_read(tmp_path: Path) -> None:
    """.NET Framework 4.5's ZipFile wrote entry names with Windows separators ("word\\document.xml"); Windows'
    own zip folders and 7-Zip read them as folders, and report generators built on it still send such files.
    The import said "not a Word document (no main document part)"."""
    path = save(tmp_path / "report.docx", rezipped(package(wp(wr("Пресс-релиз"), style="Title") + BODY),
                                                   separator="\\"))
    assert [(p.role.value, p.text) for p in read_document(path).paragraphs] == [
        ("headline", "Пресс-релиз"), ("body", TEXT[0]), ("body", TEXT[1])]


def test_a_workbook_zipped_with_backslashes_in_its_names_is_read(tmp_path: Path) -> None:
    plain = workbook(tmp_path / "plain.xlsx", [("Terms", [["中文", "English", "Русский"],
                                                         ["国家杜马", "State Duma", "Государственная дума"]])])
    path = tmp_path / "export.xlsx"
    path.write_bytes(rezipped(plain.read_bytes(), separator="\\"))
    assert added(path, tmp_path) == [("国家杜马", "State Duma", "Государственная дума")]


def test_a_document_whose_main_part_is_utf16_is_read(tmp_path: Path) -> None:
    """Package parts may be UTF-16 (ISO 29500-2); some server-side generators write the document part so."""
    data = package(BODY)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    utf16 = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    path = save(tmp_path / "utf16.docx", rezipped(data, convert={"word/document.xml": utf16}))
    assert paragraphs(path) == TEXT


FORM = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Kind"/><w:enabled/><w:calcOnExit '
        'w:val="0"/><w:ddList>{result}<w:listEntry w:val="Пресс-релиз"/><w:listEntry w:val="Заявление"/>'
        '<w:listEntry w:val="Комментарий"/></w:ddList></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>{separate}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("separate", ["", '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'])
def test_the_choice_of_a_legacy_drop_down_form_field_is_read(separate: str, tmp_path: Path) -> None:
    """A protected form template (Developer ▸ Legacy Tools ▸ Drop-Down Form Field): Word shows the chosen entry,
    which the file keeps only as an index into the field's list. The entry was lost ("Вид материала: ")."""
    chosen = FORM.format(result='<w:result w:val="1"/>', separate=separate)
    first = FORM.format(result="", separate=separate)
    body = wp(wr("Вид материала: "), chosen) + wp(first, wr(" для СМИ"))
    path = save(tmp_path / "form.docx", package(body))
    assert paragraphs(path) == ["Вид материала: Заявление", "Пресс-релиз для СМИ"]


def test_a_checkbox_content_control_reads_as_the_box_word_shows(tmp_path: Path) -> None:
    body = ('<w:p><w:sdt><w:sdtPr><w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
            '<w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r>'
            f'</w:sdtContent></w:sdt>{wr(" Согласовано с пресс-службой")}</w:p>')
    assert paragraphs(save(tmp_path / "check.docx", package(body))) == ["☒ Согласовано с пресс-службой"]


def test_the_cli_imports_a_backslash_zipped_document_and_a_mac_cyrillic_glossary(tmp_path: Path) -> None:
    """The same files through the command line: both are read, nothing is refused."""
    data = tmp_path / "data"
    project = tmp_path / "release.pressdesk"
    assert cli("new", str(project), data=data).returncode == 0
    document = save(tmp_path / "report.docx", rezipped(package(BODY), separator="\\"))
    done = cli("import", str(project), "--lang", "zh", str(document), data=data)
    assert done.returncode == 0, done.stderr
    shown = cli("show", str(project), "--json", data=data)
    assert TEXT[0] in shown.stdout and TEXT[1] in shown.stdout
    glossary = tmp_path / "glossary.csv"
    glossary.write_bytes(("en;ru\r" + "".join(f"{en};{ru}\r" for en, ru in RU)).encode("mac_cyrillic"))
    done = cli("glossary", "import", str(glossary), data=data)
    assert done.returncode == 0, done.stderr
    listed = cli("glossary", "list", "--json", data=data)
    assert "Государственная Дума Федерального Собрания" in listed.stdout


def test_a_zip_that_holds_a_document_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    """A document unpacked and zipped again from its parent folder: Word refuses it too. The refusal names what
    is missing; it is one line."""
    data = package(BODY)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
    path = save(tmp_path / "zipped.docx", rezipped(data, rename={n: f"release/{n}" for n in names}))
    with pytest.raises(FormatError) as caught:
        read_document(path)
    assert "\n" not in str(caught.value) and "Word" in str(caught.value)


def test_a_document_part_declaring_utf16_but_stored_as_utf8_is_read(tmp_path: Path) -> None:
    """The same .NET habit in a generated Word document: its document part declares UTF-16 and is UTF-8."""
    data = package(BODY)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").replace(b'encoding="UTF-8"', b'encoding="utf-16"')
    path = save(tmp_path / "generated.docx", rezipped(data, convert={"word/document.xml": xml}))
    assert paragraphs(path) == TEXT


SYMEX = ('<w:r><mc:AlternateContent xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex">'
         '<mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="{code}"/></mc:Choice>'
         '<mc:Fallback><w:t>{char}</w:t></mc:Fallback></mc:AlternateContent></w:r>')


def test_symbols_and_emoji_word_writes_for_newer_versions_are_read_from_the_fallback(tmp_path: Path) -> None:
    """Word 2016 and later keep a symbol or emoji inserted from Segoe UI Emoji or Symbol as `w16se:symEx` in an
    AlternateContent choice, and the character itself only in the fallback for other readers. The choice was
    read and the character lost: "Телефон:  +7 495…", "① 会议" without its ①."""
    body = (wp(wr("Телефон: "), SYMEX.format(code="260E", char="☎"), wr(" +7 495 123-45-67"))
            + wp(SYMEX.format(code="2460", char="①"), wr(" 会议开幕")))
    assert paragraphs(save(tmp_path / "contacts.docx", package(body))) == ["Телефон: ☎ +7 495 123-45-67",
                                                                         "① 会议开幕"]


def test_a_text_box_in_the_choice_word_understands_is_read_once(tmp_path: Path) -> None:
    """The branch read is the first whose namespaces are understood: a text box (wps) in the choice, its VML copy
    in the fallback, read once; a choice requiring an unknown namespace gives way to the fallback."""
    box = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
           f'{wp(wr("Справка"))}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           f'<v:textbox><w:txbxContent>{wp(wr("Справка"))}</w:txbxContent></v:textbox></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r></w:p>')
    chart = ('<w:p><w:r><mc:AlternateContent xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex">'
             '<mc:Choice Requires="cx1"><w:drawing/></mc:Choice><mc:Fallback><w:t>[диаграмма]</w:t></mc:Fallback>'
             '</mc:AlternateContent></w:r></w:p>')
    assert paragraphs(save(tmp_path / "box.docx", package(box + chart + wp(wr("Текст"))))) == [
        "Справка", "[диаграмма]", "Текст"]
