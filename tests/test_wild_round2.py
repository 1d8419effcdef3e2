"""Files from the wild, second round: Word equations, workbooks whose terms are not on the first sheet alone (a
sheet per language pair, instructions first, hidden helper sheets, a title above the header) and TMX line-break
codes. Each test writes the bytes the program in question writes and reads them back through the import."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx_packages import package, save, texts, wp, wr
from glossary_files import DUMA, MFA, Cell, added, workbook

from desktop_app.formats.errors import FormatError
from desktop_app.formats.tmx import iter_tmx
from desktop_app.services.glossary import read_glossary_file

M_NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def _math(inner: str) -> str:
    return f"<m:oMath {M_NS}>{inner}</m:oMath>"


def _mr(text: str) -> str:
    return f'<m:r><w:rPr><w:rFonts w:ascii="Cambria Math"/></w:rPr><m:t>{text}</m:t></m:r>'


def test_an_equation_in_a_sentence_keeps_its_text(tmp_path: Path) -> None:
    """Word's equation editor keeps a formula in math runs (m:t), which were left out: "Growth:  per cent."."""
    display = (f'<m:oMathPara {M_NS}><m:oMath><m:r><m:rPr><m:sty m:val="p"/></m:rPr><m:t>x</m:t></m:r>'
               '<m:r><m:t>=10%</m:t></m:r></m:oMath></m:oMathPara>')
    einstein = _math(_mr("E=m") + "<m:sSup><m:sSupPr><m:ctrlPr/></m:sSupPr><m:e>" + _mr("c") + "</m:e><m:sup>"
                     + _mr("2") + "</m:sup></m:sSup>")
    share = _math("<m:f><m:fPr><m:type m:val='bar'/></m:fPr><m:num>" + _mr("3") + "</m:num><m:den>" + _mr("4")
                  + "</m:den></m:f>")
    co2 = _math(_mr("CO") + "<m:sSub><m:e/><m:sub>" + _mr("2") + "</m:sub></m:sSub>")
    bracket = _math("<m:d><m:dPr><m:begChr m:val='['/><m:endChr m:val=']'/></m:dPr><m:e>" + _mr("a+b")
                    + "</m:e></m:d>")
    body = (wp(wr("Growth: "), _math(_mr("2+3=5")), wr(" per cent.")) + wp(display) + wp(einstein)
            + wp(wr("A share of "), share, wr(" cut "), co2, wr(" by "), bracket, wr(".")))
    path = save(tmp_path / "equation.docx", package(body))
    assert texts(path) == ["Growth: 2+3=5 per cent.", "x=10%", "E=mc²", "A share of 3/4 cut CO₂ by [a+b]."]


def test_an_equation_no_line_of_text_renders_is_left_out(tmp_path: Path) -> None:
    """A sum or a root read as its runs is garbage ("x+an=k=0nnk…"), and a script of letters reads as another
    number: such an equation is left out, the sentence around it kept."""
    total = _math("<m:nary><m:naryPr><m:chr m:val='∑'/></m:naryPr><m:sub>" + _mr("k=0") + "</m:sub><m:sup>"
                  + _mr("n") + "</m:sup><m:e>" + _mr("k") + "</m:e></m:nary>")
    power = _math(_mr("x") + "<m:sSup><m:e/><m:sup>" + _mr("n") + "</m:sup></m:sSup>")
    path = save(tmp_path / "sum.docx", package(wp(wr("The sum "), total, wr(" grows.")) + wp(power)))
    assert texts(path) == ["The sum  grows."]


def _tmx(seg_en: str, seg_ru: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="SDL Language Platform" '
            'segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="en-US" datatype="xml"/><body><tu>'
            f'<tuv xml:lang="en-US"><seg>{seg_en}</seg></tuv><tuv xml:lang="ru-RU"><seg>{seg_ru}</seg></tuv>'
            "</tu></body></tmx>")


def test_a_line_break_code_in_a_tmx_segment_keeps_the_words_apart(tmp_path: Path) -> None:
    """A line break inside a segment is a `ph` of type "lb"; dropped, it glued "Moscow" to "23 March"."""
    path = tmp_path / "lb.tmx"
    path.write_text(_tmx('Moscow<ph x="1" type="lb">&lt;br/&gt;</ph>23 March',
                         'Москва<ph x="1" type="lb"/>23 марта<ph x="2" type="fn">&lt;fn/&gt;</ph>.'),
                    encoding="utf-8")
    (unit,) = iter_tmx(path)
    assert [v.text for v in unit.variants] == ["Moscow 23 March", "Москва 23 марта."]


HEADER = ["Chinese", "English", "Russian"]


def test_a_workbook_with_a_sheet_per_language_pair_imports_every_sheet(tmp_path: Path) -> None:
    """Only the first sheet was read: the whole Russian sheet was lost without a word."""
    path = workbook(tmp_path / "pairs.xlsx", [("中英", [["中文", "英文"], [DUMA[0], DUMA[1]], [MFA[0], MFA[1]]]),
                                               ("中俄", [["中文", "俄文"], [DUMA[0], DUMA[2]], [MFA[0], MFA[2]]])])
    assert added(path, tmp_path) == [DUMA, MFA]


def test_sheets_of_instructions_and_hidden_helper_sheets_are_passed_over(tmp_path: Path) -> None:
    path = workbook(tmp_path / "names.xlsx", [
        ("Lists", [["person"], ["organization"]]),
        ("说明", [["本表为外交部译名表。"], ["每行一个名称，请勿修改表头。"]]),
        ("术语", [HEADER, list(DUMA), list(MFA)])], hidden=("Lists",))
    read = read_glossary_file(path)
    assert [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in read.entries] == [DUMA, MFA]
    assert ("sheet 说明", "no table of terms in two languages; not imported") in read.skipped


def test_a_workbook_of_one_language_is_still_read_from_its_first_sheet(tmp_path: Path) -> None:
    path = workbook(tmp_path / "names.xlsx", [("Names", [["English"], [DUMA[1]], [MFA[1]]]),
                                               ("Old", [["English"], ["Supreme Soviet"]])])
    assert [e.forms["en"] for e in read_glossary_file(path).entries] == [DUMA[1], MFA[1]]


def test_a_workbook_whose_sheets_are_all_hidden_is_refused_in_one_line(tmp_path: Path) -> None:
    path = workbook(tmp_path / "names.xlsx", [("Names", [HEADER, list(DUMA)])], hidden=("Names",))
    with pytest.raises(FormatError, match=r"names\.xlsx: the workbook has no visible worksheet"):
        read_glossary_file(path)


@pytest.mark.parametrize("layout", ["xlsx", "csv"])
def test_a_title_above_the_header_row_is_no_term(layout: str, tmp_path: Path) -> None:
    """The header was taken for the first row: the title became an entry and the language names terms."""
    rows: list[list[Cell]] = [["外交部译名表 Glossary Глоссарий"], [], HEADER, list(DUMA), list(MFA)]
    if layout == "xlsx":
        path = workbook(tmp_path / "titled.xlsx", [("Sheet1", rows)], merged=("A1:C1",))
    else:
        path = tmp_path / "titled.csv"
        path.write_bytes(("\ufeff" + "".join(",".join(map(str, row)) + "\r\n" for row in rows)).encode())
    read = read_glossary_file(path)
    assert [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in read.entries] == [DUMA, MFA]
    assert read.skipped[0][1] == "a title above the header row; not a term"


def test_a_first_row_of_one_term_above_rows_of_terms_stays_a_term(tmp_path: Path) -> None:
    """Only a row above a header naming the languages is a title: a list starting with a one-language entry keeps
    it."""
    path = tmp_path / "terms.csv"
    path.write_bytes(io.BytesIO("国家杜马,,\n外交部,Ministry of Foreign Affairs,Министерство иностранных дел\n"
                                .encode()).getvalue())
    assert [e.forms["zh"] for e in read_glossary_file(path).entries] == ["国家杜马", "外交部"]


def test_line_break_and_tab_codes_kept_in_an_untyped_ph_keep_the_words_apart(tmp_path: Path) -> None:
    """Okapi and others keep the native code (`<w:br/>`, `<br />`, `<w:tab/>`) in a `ph` without a type."""
    path = tmp_path / "okapi.tmx"
    path.write_text(_tmx('Moscow<ph x="1">&lt;w:br/&gt;</ph>23 March<ph x="2">&lt;w:tab/&gt;</ph>Tel.',
                         'Москва<ph x="1">&lt;BR /&gt;</ph>23 марта<ph x="2">&lt;table&gt;</ph>.'), encoding="utf-8")
    (unit,) = iter_tmx(path)
    assert [v.text for v in unit.variants] == ["Moscow 23 March Tel.", "Москва 23 марта."]


def test_a_memoq_csv_export_reads_its_language_columns_and_leaves_definitions_as_notes(tmp_path: Path) -> None:
    """memoQ names columns "English_United_States", "Chinese_PRC" and "<Language>_Def": no language was found."""
    path = tmp_path / "memoq.csv"
    path.write_bytes(("\ufeffEntry_ID,Entry_Note,Chinese_PRC,Chinese_PRC_Def,English_United_States,"
                      "English_United_States_Def,Russian,Russian_Def\r\n"
                      f"0,,{DUMA[0]},,{DUMA[1]},lower house,{DUMA[2]},\r\n1,checked,{MFA[0]},,{MFA[1]},,{MFA[2]},\r\n"
                      ).encode())
    read = read_glossary_file(path)
    assert [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in read.entries] == [DUMA, MFA]
    assert [e.note for e in read.entries] == ["lower house", "checked"]


@pytest.mark.parametrize(("codes", "chinese"), [(("zho-CN", "eng-US", "rus-RU"), DUMA[0]),
                                                (("cmn-Hans-CN", "en", "ru"), DUMA[0]),
                                                (("zho-TW", "eng", "rus"), "國家杜馬")])
def test_tbx_with_three_letter_language_codes_keeps_its_languages(codes: tuple[str, ...], chinese: str,
                                                                  tmp_path: Path) -> None:
    """ISO 639-2 codes with a region ("zho-CN", "rus-RU") named no language: the entry came in without any."""
    path = tmp_path / "codes.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><text><body><termEntry>'
                    + "".join(f'<langSet xml:lang="{code}"><tig><term>{form}</term></tig></langSet>'
                              for code, form in zip(codes, (chinese, *DUMA[1:]), strict=True))
                    + "</termEntry></body></text></martif>", encoding="utf-8")
    (entry,) = read_glossary_file(path).entries
    assert (entry.forms["zh"], entry.forms["en"], entry.forms["ru"]) == DUMA
    assert entry.variants["zh"] == (() if chinese == DUMA[0] else (chinese,))  # Traditional kept as a variant


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def test_a_pages_document_named_docx_is_refused_saying_how_to_export_it(tmp_path: Path) -> None:
    path = _zip(tmp_path / "release.docx", {"Index/Document.iwa": b"\x00\x12", "Metadata/Properties.plist": b"",
                                            "preview.jpg": b"\xff\xd8"})
    with pytest.raises(FormatError, match=r"^a Pages document with a Word name; in Pages choose File ▸ Export To"):
        texts(path)


@pytest.mark.parametrize(("entries", "said"), [
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office:document-content/>"},
     r"names\.xlsx: an OpenDocument file \(application/vnd\.oasis\.opendocument\.spreadsheet\) with an Excel name"),
    ({"Index/Document.iwa": b"\x00", "Metadata/Properties.plist": b""},
     r"names\.xlsx: a Numbers spreadsheet with an Excel name"),
])
def test_a_spreadsheet_of_another_program_named_xlsx_is_refused_saying_what_it_is(
        entries: dict[str, bytes], said: str, tmp_path: Path) -> None:
    path = _zip(tmp_path / "names.xlsx", entries)
    with pytest.raises(FormatError, match=said) as refused:
        read_glossary_file(path)
    assert "\n" not in str(refused.value)


def test_a_sheet_that_cannot_be_read_beside_a_glossary_sheet_is_reported_with_its_reason(tmp_path: Path) -> None:
    path = workbook(tmp_path / "names.xlsx", [("Terms", [HEADER, list(DUMA)]),
                                               ("Draft", [["English", "English"], ["Duma", "State Duma"]])])
    read = read_glossary_file(path)
    assert [e.forms["en"] for e in read.entries] == [DUMA[1]]
    assert read.skipped == [("sheet Draft", "two columns look like English; name the columns zh, en and ru in a "
                                            "header row so PressDesk knows which is which; not imported")]
