"""Glossary files as press offices' own tools write them, read back through the import: Excel's CSV in a Chinese
or Russian locale (GB18030 or Windows-1251, semicolons), Excel's "Unicode text", tab-separated text with quoted
cells, names wrapped onto two lines inside a cell, TBX 2019 in the DCT style, and MultiTerm XML exports."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.formats.errors import FormatError
from desktop_app.services.glossary import read_glossary_file

DUMA = ("国家杜马", "State Duma", "Государственная дума")
MFA = ("外交部", "Ministry of Foreign Affairs", "Министерство иностранных дел")
SCO = ("上海合作组织", "Shanghai Cooperation Organisation", "Шанхайская организация сотрудничества")
TERMS = [DUMA, MFA, SCO]


def _forms(path: Path) -> list[tuple[str, str, str]]:
    return [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in read_glossary_file(path).entries]


def _lines(rows: list[tuple[str, ...]], sep: str) -> str:
    return "\r\n".join(sep.join(row) for row in rows) + "\r\n"


def test_excel_csv_of_a_chinese_system_in_gb18030_is_read(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(_lines([("中文", "英文", "俄文"), *TERMS], ",").encode("gb18030"))
    assert _forms(path) == TERMS


def test_excel_csv_of_a_russian_system_with_semicolons_in_windows_1251_is_read(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(_lines([("English", "Русский"), *(t[1:] for t in TERMS)], ";").encode("cp1251"))
    assert _forms(path) == [("", en, ru) for _, en, ru in TERMS]


def test_semicolon_csv_in_utf8_with_a_bom_is_split_into_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(("\ufeff" + _lines([("zh", "en", "ru"), *TERMS], ";")).encode())
    assert _forms(path) == TERMS


def test_a_comma_csv_whose_terms_hold_semicolons_stays_comma_separated(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("zh,en\n外交部,Ministry of Foreign Affairs; MFA\n国家杜马,State Duma\n", encoding="utf-8")
    assert _forms(path) == [("外交部", "Ministry of Foreign Affairs; MFA", ""), ("国家杜马", "State Duma", "")]


def test_western_text_that_is_not_utf8_is_refused_rather_than_read_as_russian(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes("en,fr\nState Duma,Douma d'État\nMinistry,Ministère\n".encode("cp1252"))
    with pytest.raises(FormatError, match="not UTF-8"):
        read_glossary_file(path)


def test_excel_unicode_text_with_three_named_languages_keeps_the_third(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_bytes(("\ufeff" + _lines([("Chinese", "English", "Russian"), *TERMS], "\t")).encode("utf-16-le"))
    assert _forms(path) == TERMS


def test_tab_separated_text_with_a_name_wrapped_in_its_cell_is_read_whole(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n")  # Excel's "Text (Tab delimited)"
    writer.writerows([("zh", "en", "ru"), ("国家杜马", "State\nDuma", "Государственная дума"),
                      ("外交部", 'Ministry of "Foreign" Affairs', MFA[2])])
    path = tmp_path / "terms.tsv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert _forms(path) == [DUMA, ("外交部", 'Ministry of "Foreign" Affairs', MFA[2])]


def test_a_line_break_inside_a_variant_cell_is_a_space(tmp_path: Path) -> None:
    path = tmp_path / "ours.csv"
    path.write_text('category,zh,en,ru,en_variants,ru_forbidden\norganization,国家杜马,State Duma,'
                    'Государственная дума,"the State\nDuma|Duma","Российский\r\nпарламент"\n', encoding="utf-8")
    entry = read_glossary_file(path).entries[0]
    assert entry.variants["en"] == ("the State Duma", "Duma")
    assert entry.forbidden["ru"] == ("Российский парламент",)


TBX_DCT = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dct" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
 xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
<tbxHeader><fileDesc><sourceDesc><p>Press office termbase</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c1"><min:subjectField>organization</min:subjectField><basic:source>duma.gov.ru</basic:source>
 <basic:definition>Lower house of the Federal Assembly</basic:definition>
 <langSec xml:lang="zh-Hans"><termSec><term>国家杜马</term></termSec></langSec>
 <langSec xml:lang="en-GB">
  <termSec><term>Russian Parliament</term><min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>
  </termSec>
  <termSec><term>Duma</term><basic:termType>shortForm</basic:termType></termSec>
  <termSec><term>State Duma</term><min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec>
 </langSec>
 <langSec xml:lang="ru-RU"><termSec><term>Государственная дума</term></termSec></langSec>
</conceptEntry></body></text></tbx>"""


def test_tbx_2019_in_the_dct_style_keeps_statuses_types_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "dct.tbx"
    path.write_text(TBX_DCT, encoding="utf-8")
    (entry,) = read_glossary_file(path).entries
    assert (entry.forms["zh"], entry.forms["en"], entry.forms["ru"]) == DUMA
    assert entry.forbidden["en"] == ("Russian Parliament",)
    assert entry.short_forms["en"] == ("Duma",)
    assert entry.variants["en"] == ()
    assert (entry.category, entry.source, entry.note) == ("organization", "duma.gov.ru",
                                                          "Lower house of the Federal Assembly")


def _multiterm() -> str:
    groups = []
    for number, (zh, en, ru) in enumerate(TERMS, start=1):
        extra = ('<termGrp><term>Russian Parliament</term><descripGrp><descrip type="Usage">Forbidden</descrip>'
                 '</descripGrp></termGrp>') if number == 1 else ""
        groups.append(
            f'<conceptGrp><concept>{number}</concept><descripGrp><descrip type="Definition">entry {number}</descrip>'
            f'</descripGrp><languageGrp><language type="English" lang="EN-GB"/><termGrp><term>{en}</term>'
            f'</termGrp>{extra}</languageGrp><languageGrp><language type="Chinese" lang="ZH-CN"/><termGrp>'
            f'<term>{zh}</term></termGrp></languageGrp><languageGrp><language type="Russian" lang="RU"/><termGrp>'
            f'<term>{ru}</term></termGrp></languageGrp><languageGrp><language type="German" lang="DE"/><termGrp>'
            f'<term>x</term></termGrp></languageGrp></conceptGrp>')
    return f'<?xml version="1.0" encoding="UTF-16"?><mtf>{"".join(groups)}</mtf>'


def test_a_multiterm_xml_export_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "termbase.xml"
    path.write_bytes(_multiterm().encode("utf-16"))
    read = read_glossary_file(path)
    assert _forms(path) == TERMS
    assert read.entries[0].forbidden["en"] == ("Russian Parliament",)
    assert read.entries[0].note == "entry 1"
    assert read.ignored_languages == ("DE",)


def test_a_multiterm_export_imports_through_the_command_line(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "termbase.xml"
    path.write_bytes(_multiterm().encode("utf-16"))
    database = tmp_path / "glossary.sqlite"
    assert main(["glossary", "import", "--glossary", str(database), str(path)]) == 0
    capsys.readouterr()
    assert main(["glossary", "list", "--glossary", str(database), "--json"]) == 0
    listed = capsys.readouterr().out
    assert "Ministry of Foreign Affairs" in listed and "Russian Parliament" in listed


def test_a_tbx_file_saved_as_xml_is_read_as_tbx(tmp_path: Path) -> None:
    path = tmp_path / "dct.xml"
    path.write_text(TBX_DCT, encoding="utf-8")
    assert _forms(path) == [DUMA]


def test_other_xml_is_refused_naming_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text("<html><body>State Duma</body></html>", encoding="utf-8")
    with pytest.raises(FormatError, match="neither a MultiTerm export"):
        read_glossary_file(path)


def test_tbx_langsets_naming_their_language_without_the_xml_prefix_keep_their_languages(tmp_path: Path) -> None:
    """`<langSet lang="zh">`, as older tools write it, put every term in the file's default language: the
    Chinese name became the approved English form and the Russian one an English variant."""
    path = tmp_path / "old.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><text><body><termEntry>'
                    + "".join(f'<langSet lang="{lang}"><tig><term>{form}</term></tig></langSet>'
                              for lang, form in zip(("zh", "en", "ru"), DUMA, strict=True))
                    + "</termEntry></body></text></martif>", encoding="utf-8")
    (entry,) = read_glossary_file(path).entries
    assert (entry.forms["zh"], entry.forms["en"], entry.forms["ru"]) == DUMA
    assert entry.variants == {"zh": (), "en": (), "ru": ()}


def test_excel_csv_with_its_separator_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(("sep=;\r\n" + _lines([("zh", "en", "ru"), *TERMS], ";")).encode("utf-8-sig"))
    assert _forms(path) == TERMS


SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _workbook(path: Path, shared: list[str], sheet_rows: str) -> Path:
    """A workbook laid out as Excel saves one: shared strings (some as rich text with a phonetic guide), the
    first sheet named in workbook.xml through its relationship, a second sheet that must not be read."""
    strings = "".join(f"<si>{s}</si>" if s.startswith("<") else f"<si><t>{s}</t></si>" for s in shared)
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.sheet.main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook {SHEET_NS} {REL_NS}><sheets><sheet name="Names" sheetId="1" '
                   'r:id="rId3"/><sheet name="Old" sheetId="2" r:id="rId4"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship '
                   'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml", f'<sst {SHEET_NS} count="{len(shared)}">{strings}</sst>')
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {SHEET_NS}><sheetData>{sheet_rows}</sheetData>"
                   "</worksheet>")
        z.writestr("xl/worksheets/sheet2.xml", f'<worksheet {SHEET_NS}><sheetData><row r="1"><c r="A1" '
                   't="inlineStr"><is><t>Old sheet</t></is></c></row></sheetData></worksheet>')
    return path


def test_an_excel_workbook_is_read_from_its_first_sheet(tmp_path: Path) -> None:
    shared = ["Chinese", "English", "Russian", *DUMA, "外交部", "<r><t>Ministry of </t></r><r><rPr><b/></rPr>"
              "<t>Foreign Affairs</t></r>", f"<t>{MFA[2]}</t><rPh sb='0' eb='1'><t>ガイ</t></rPh>"]
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="D2" t="s"><v>5</v></c></row>'
            '<row r="4"><c r="A4" t="s"><v>6</v></c><c r="B4" t="s"><v>7</v></c><c r="C4"><v>2024</v></c>'
            '<c r="D4" t="s"><v>8</v></c></row>'
            f'<row r="5"><c r="A5" t="inlineStr"><is><t>{SCO[0]}</t></is></c><c r="B5" t="inlineStr"><is><t>'
            f'{SCO[1]}</t></is></c><c r="D5" t="str"><f>TRIM(X5)</f><v>{SCO[2]}</v></c></row>')
    path = _workbook(tmp_path / "names.xlsx", shared, rows)
    assert _forms(path) == TERMS


def test_a_workbook_in_our_own_columns_keeps_variants_and_categories(tmp_path: Path) -> None:
    shared = ["category", "zh", "en", "ru", "en_variants", "organization", *DUMA, "Duma|the Duma"]
    cells = "".join(f'<c r="{col}1" t="s"><v>{i}</v></c>' for i, col in enumerate("ABCDE"))
    cells2 = "".join(f'<c r="{col}2" t="s"><v>{i + 5}</v></c>' for i, col in enumerate("ABCDE"))
    path = _workbook(tmp_path / "ours.xlsx", shared, f'<row r="1">{cells}</row><row r="2">{cells2}</row>')
    (entry,) = read_glossary_file(path).entries
    assert entry.category == "organization" and entry.variants["en"] == ("Duma", "the Duma")


@pytest.mark.parametrize("damage", ["not-a-zip", "no-workbook", "missing-string", "far-column", "duplicate"])
def test_a_damaged_workbook_is_refused_in_one_sentence(damage: str, tmp_path: Path) -> None:
    path = tmp_path / "names.xlsx"
    if damage == "not-a-zip":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)  # an old .xls renamed
    elif damage == "no-workbook":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
    else:
        rows = {"missing-string": '<row r="1"><c r="A1" t="s"><v>7</v></c></row>',
                "far-column": '<row r="1"><c r="ZZZ1" t="inlineStr"><is><t>x</t></is></c></row>',
                "duplicate": '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'}[damage]
        _workbook(path, ["English"], rows)
        if damage == "duplicate":
            with zipfile.ZipFile(path, "a") as z:  # one more sheet1, its name in another case
                z.writestr("xl/worksheets/Sheet1.xml", "<worksheet/>")
    with pytest.raises(FormatError, match=r"names\.xlsx: ") as refused:
        read_glossary_file(path)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("header", [("中文名称", "英文名称", "俄文名称"),
                                    ("Chinese term", "English term", "Russian term"),
                                    ("Китайский", "Английский", "Русский"), ("汉语", "英语", "俄语"),
                                    ("Term (ZH)", "Term (EN)", "Term (RU)"),
                                    ("中文", "English translation", "Перевод на русский")])
def test_header_rows_naming_the_languages_in_words_are_read_as_headers(header: tuple[str, ...],
                                                                        tmp_path: Path) -> None:
    """Such a header was either imported as an entry of its own ("中文名称 / 英文名称 / 俄文名称") or lost whole
    columns ("Китайский, Английский": only the Russian names came in)."""
    path = tmp_path / "terms.csv"
    path.write_text(_lines([header, *TERMS], ","), encoding="utf-8")
    read = read_glossary_file(path)
    assert _forms(path) == TERMS
    assert read.ignored_languages == ()


def test_a_comment_column_naming_a_language_is_the_entries_note(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("English,Русский,Comment (English),备注\nState Duma,Государственная дума,lower house,下院\n",
                    encoding="utf-8")
    (entry,) = read_glossary_file(path).entries
    assert (entry.forms["en"], entry.forms["ru"], entry.note) == ("State Duma", "Государственная дума",
                                                                   "lower house; 下院")


@pytest.mark.parametrize(("name", "text"), [
    ("dream.txt", "Chinese Dream\tКитайская мечта\tslogan\nState Duma\tГосударственная дума\n"),
    ("dogs.csv", "English Bulldog,Английский бульдог\nState Duma,Государственная дума\n"),
])
def test_a_first_row_of_terms_that_name_a_language_is_no_header(name: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    read = read_glossary_file(path)
    assert [e.forms["ru"] for e in read.entries] == [text.split("\n")[0].split("\t" if "\t" in text else ",")[1],
                                                     "Государственная дума"]
