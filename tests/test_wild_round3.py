"""Files from the wild, third round: fields nested in fields, invisible characters pasted from web pages, UTF-16
text without a byte-order mark, CSV files whose Chinese Excel saved as question marks, section headings merged
across an Excel glossary, one-character and abbreviated language headers, and house templates saved by
LibreOffice. Each test writes the bytes the program in question writes and reads them back through the import
(or, for templates, the export)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx_packages import package, save, texts, wp, wr
from glossary_files import DUMA, MFA, added, workbook

from desktop_app.domain.release import Cell, Release, Role, Segment, Status
from desktop_app.formats.errors import FormatError
from desktop_app.formats.tmx import iter_tmx
from desktop_app.services.exporting import export_release
from desktop_app.services.glossary import read_glossary_file
from desktop_app.services.importing import ALL_LANGS, import_file, read_document
from desktop_app.services.memory import unit_pairs
from desktop_app.settings import Settings

EN = ["Foreign ministers meet in Guilin", "A spokesperson described the talks.", "The sides signed a statement."]


def _field(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _code(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def test_a_field_nested_in_another_fields_code_shows_only_the_outer_result(tmp_path: Path) -> None:
    """Word keeps `{ IF { PAGE } = 1 "first" "other" }` as an outer field whose code holds a whole inner field,
    result included: that "1" is no part of the page and read as "Page 1first". An index entry (XE) is a
    hidden field; a field left open by a damaged file must not hide the next paragraph. A table of contents (TOC)
    field's result, over several paragraphs, repeats the headings and is left out."""
    nested = wp(wr("Page "), _field("begin"), _code(" IF "), _field("begin"), _code(" PAGE "), _field("separate"),
                wr("1"), _field("end"), _code(' = 1 "first" "other" '), _field("separate"), wr("first"),
                _field("end"))
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="{}"/></w:r>'
    index_entry = wp(wr("The State Duma"), hidden.format("begin"),
                     '<w:r><w:rPr><w:vanish/></w:rPr><w:instrText> XE "State Duma" </w:instrText></w:r>',
                     hidden.format("end"), wr(" met."))
    left_open = wp(wr("Moscow, "), _field("begin"), _code(" DATE ")) + wp(wr("23 March"))
    toc = (wp(_field("begin"), _code(' TOC \\o "1-3" '), _field("separate"), wr("Talks\t1"))
           + wp(wr("Statement\t2"), _field("end")))
    path = save(tmp_path / "fields.docx", package(nested + index_entry + left_open + toc))
    assert texts(path) == ["Page first", "The State Duma met.", "Moscow,", "23 March"]


def test_soft_hyphens_and_byte_order_marks_typed_as_characters_are_left_out(tmp_path: Path) -> None:
    """Word's optional hyphen (w:softHyphen) was already left out, but the same character pasted from a web page
    (U+00AD) stayed inside the word, so «Представитель» was not found by search, the glossary or QA."""
    body = wp(wr("Пред\u00adставитель МИД рассказала о пере\u00adговорах 23\u00a0марта.")) + wp(wr("\ufeffState Duma"))
    path = save(tmp_path / "soft.docx", package(body))
    assert texts(path) == ["Представитель МИД рассказала о переговорах 23\u00a0марта.", "State Duma"]


def test_a_paragraph_of_only_zero_width_characters_is_no_row(tmp_path: Path) -> None:
    """A paragraph holding nothing but a zero-width space or a byte-order mark looks empty in Word but became a
    row of its own, pushing every later paragraph one row away from its translation."""
    release = Release()
    import_file(release, "en", save(tmp_path / "en.docx", package(
        wp(wr(EN[0])) + wp(wr("\u200b")) + wp(wr(EN[1])) + wp(wr("\ufeff \u2060")) + wp(wr(EN[2] + "\u200b")))))
    assert [s.text("en") for s in release.segments] == EN


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_glossary_in_utf16_without_a_byte_order_mark_is_read(encoding: str, tmp_path: Path) -> None:
    """Scripts and some exporters write UTF-16 without a byte-order mark; it was refused as "not UTF-8 text"."""
    path = tmp_path / "terms.txt"
    path.write_bytes("".join("\t".join(row) + "\r\n" for row in [("Chinese", "English", "Russian"), DUMA, MFA])
                     .encode(encoding))
    assert added(path, tmp_path) == [DUMA, MFA]


def _question_marks(path: Path, rows: list[tuple[str, ...]]) -> Path:
    """What Excel on a Russian system writes for "CSV (разделители — точка с запятой)": Windows-1251, where each
    Chinese character becomes "?"."""
    path.write_bytes("".join(";".join(row) + "\r\n" for row in rows).encode("cp1251", errors="replace"))
    return path


def test_a_csv_whose_chinese_excel_saved_as_question_marks_is_refused(tmp_path: Path) -> None:
    """"????" was imported as the Chinese name of the State Duma, and then matched every question mark."""
    path = _question_marks(tmp_path / "terms.csv", [("zh", "en", "ru"), DUMA, MFA])
    assert path.read_bytes().startswith(b"zh;en;ru\r\n????;State Duma;")
    with pytest.raises(FormatError, match=r'terms\.csv: the Chinese terms are question marks \("\?\?\?\?"\): the '
                                          r'file was saved in a code page without Chinese characters; save it as '
                                          r'"CSV UTF-8"'):
        read_glossary_file(path)


def _pressdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args], capture_output=True,
                          text=True, check=False)


def test_the_refusal_of_a_question_mark_csv_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    path = _question_marks(tmp_path / "terms.csv", [("zh", "en", "ru"), DUMA, MFA])
    data = tmp_path / "data"
    assert _pressdesk(data, "glossary", "list").returncode == 0
    before = {f: f.read_bytes() for f in sorted(data.rglob("*")) if f.is_file()}
    run = _pressdesk(data, "glossary", "import", str(path))
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "question marks" in run.stderr and "Traceback" not in run.stderr
    assert {f: f.read_bytes() for f in sorted(data.rglob("*")) if f.is_file()} == before


def test_an_unknown_translation_marked_with_a_question_mark_is_still_imported(tmp_path: Path) -> None:
    """A translator's single "?" for a translation still to be found is no lost script: the file is read."""
    path = tmp_path / "terms.csv"
    path.write_text("zh,en,ru\r\n国家杜马,State Duma,?\r\n外交部,Ministry of Foreign Affairs,Министерство иностранных "
                    "дел\r\n", encoding="utf-8")
    assert [e.forms["zh"] for e in read_glossary_file(path).entries] == ["国家杜马", "外交部"]


def test_a_section_heading_merged_across_the_table_is_no_term(tmp_path: Path) -> None:
    """Chinese glossaries group names under headings ("一、机构") merged over the table's width; each became an
    entry with a Chinese form only. An unmerged row of one language stays an entry of one language."""
    rows = [["中文", "英文", "俄文"], ["一、机构 Institutions Учреждения"], list(DUMA), list(MFA), ["二、人名"],
            ["钱洪山"]]
    path = workbook(tmp_path / "names.xlsx", [("术语", rows)], merged=("A2:C2", "A5:C5"))
    assert added(path, tmp_path) == [DUMA, MFA, ("钱洪山", "", "")]


@pytest.mark.parametrize("header", [("中", "英", "俄"), ("кит.", "англ.", "рус."), ("Кит.", "Англ.", "Рус."),
                                    ("原文", "英文译名", "俄文译名")])
def test_header_rows_of_abbreviated_language_names_are_no_term(header: tuple[str, ...], tmp_path: Path) -> None:
    """Chinese tables head their columns 中 | 英 | 俄, Russian dictionaries кит. | англ. | рус., and a list of
    official translations 原文 | 英文译名 | 俄文译名: none was taken for a header, so it became the first entry."""
    path = tmp_path / "terms.csv"
    path.write_text("".join(";".join(row) + "\r\n" for row in [header, DUMA, MFA]), encoding="utf-8-sig")
    assert added(path, tmp_path) == [DUMA, MFA]


def test_a_bilingual_release_table_headed_zhong_e_is_read_per_language(tmp_path: Path) -> None:
    """The same one-character header over a release laid out side by side names its columns' languages."""
    rows = [("中", "俄"), ("中俄外长在桂林举行会晤", "Министры встретились в Гуйлине"),
            ("双方签署了联合声明。", "Стороны подписали заявление.")]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{wp(wr(text))}</w:tc>" for text in row) + "</w:tr>"
                                for row in rows) + "</w:tbl>"
    source = read_document(save(tmp_path / "side.docx", package(table)))
    assert {lang: [p.text for p in source.column(lang)] for lang in source.langs_for(ALL_LANGS)} == {
        "zh": [rows[1][0], rows[2][0]], "ru": [rows[1][1], rows[2][1]]}


def _libreoffice_template(path: Path, core_type: str) -> Path:
    """python-docx's default document with its core properties related as LibreOffice Writer relates them."""
    base = io.BytesIO()
    docx.Document().save(base)
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "_rels/.rels":
                data = data.replace(b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                    b"core-properties", core_type.encode())
            dst.writestr(item, data)
    return path


@pytest.mark.parametrize("core_type", [
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",  # LibreOffice
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties",  # ISO variant
])
def test_an_export_on_a_libreoffice_template_is_one_valid_package(core_type: str, tmp_path: Path) -> None:
    """LibreOffice relates docProps/core.xml with another relationship type than python-docx looks for, so the
    export held two docProps/core.xml entries: Word calls such a file damaged and PressDesk refused to read it back."""
    template = _libreoffice_template(tmp_path / "letterhead.docx", core_type)
    release = Release(title="Talks in Guilin")
    segment = Segment(Role.BODY)
    segment.cells["ru"] = Cell("Стороны подписали заявление.", Status.DRAFT)
    release.segments.append(segment)
    out = tmp_path / "release-ru.docx"
    export_release(release, out, "ru", template=template)
    names = zipfile.ZipFile(out).namelist()
    assert names.count("docProps/core.xml") == 1
    exported = docx.Document(str(out))
    assert exported.core_properties.title == "Talks in Guilin" and exported.core_properties.language == "ru-RU"
    assert [p.text for p in read_document(out).paragraphs] == ["Стороны подписали заявление."]


@pytest.mark.parametrize("header", [("№", "Китайский", "Английский", "Русский"),
                                    ("序号", "中文名称", "英文名称", "俄文名称"),
                                    ("No.", "Chinese (PRC)", "English (United States)", "Russian (Russia)"),
                                    ("类别", "Chinese (Simplified)", "English", "Russian")])
def test_a_number_or_category_column_leaves_the_language_headers_readable(header: tuple[str, ...],
                                                                          tmp_path: Path) -> None:
    """A column of row numbers or categories in front made the header count as codes only: "№ | Китайский | …"
    imported the Russian terms alone (Китайский and Английский are no codes), "序号 | 中文名称 | …" was refused."""
    path = tmp_path / "terms.csv"
    rows = [header, *[(str(n), *terms) for n, terms in enumerate([DUMA, MFA], start=1)]]
    path.write_text("".join(";".join(row) + "\r\n" for row in rows), encoding="utf-8-sig")
    read = read_glossary_file(path)
    assert [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in read.entries] == [DUMA, MFA]
    assert read.ignored_languages == (header[0].lower(),)


def test_a_chinese_list_label_followed_by_words_tab_takes_no_space(tmp_path: Path) -> None:
    """Word puts a tab after a list label unless told otherwise; after "一、" or "（一）" that tab became a space
    ("一、 会谈内容"), a typo in Chinese. After "1." or "а)" the space stays."""
    def level(ilvl: int, fmt: str, text: str) -> str:
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>')

    numbering = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>'
                 + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
                 + level(2, "decimalFullWidth", "%3．") + level(3, "russianLower", "%4)") + level(4, "decimal", "%5.")
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num></w:numbering>')

    def item(text: str, ilvl: int) -> str:
        return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/>'
                f"</w:numPr></w:pPr>{wr(text)}</w:p>")

    body = "".join(item(text, ilvl) for text, ilvl in [("会谈内容", 0), ("双边关系", 1), ("贸易", 2), ("переговоры", 3),
                                                       ("Talks", 4)])
    path = save(tmp_path / "list.docx", package(body, {"word/numbering.xml": numbering}))
    assert texts(path) == ["一、会谈内容", "（一）双边关系", "１．贸易", "а) переговоры", "1. Talks"]


@pytest.mark.parametrize(("lang", "paragraphs", "mark", "end_mark"), [
    ("en", [*EN, "###"], "###", "###"),
    ("zh", ["中俄外长在桂林举行会晤", "双方签署了联合声明。", "（完）"], "（完）", "native"),
    ("ru", ["Министры встретились в Гуйлине", "Стороны подписали заявление.", "* * *"], "###", "###"),
])
def test_a_release_that_brings_its_own_closing_mark_is_exported_with_one(
        lang: str, paragraphs: list[str], mark: str, end_mark: str, tmp_path: Path) -> None:
    """A release written in Word ends with "###", "（完）" or "* * *" in a paragraph of its own; imported, that line
    is a segment, and the export added the mark of the settings after it: the release ended with two."""
    release = Release()
    import_file(release, lang, save(tmp_path / "release.docx", package("".join(wp(wr(t)) for t in paragraphs))))
    assert [s.text(lang) for s in release.segments] == paragraphs  # the import keeps every line
    out = tmp_path / f"release-{lang}.docx"
    export_release(release, out, lang, settings=Settings(end_mark=end_mark))
    assert [p.text for p in docx.Document(str(out)).paragraphs if p.text] == [*paragraphs[:-1], mark]
    assert [p.text for p in read_document(out).paragraphs] == paragraphs[:-1]


def _font_run(text: str, font: str) -> str:
    """A run in `font` as LibreOffice Writer saves it."""
    return (f'<w:r><w:rPr><w:rFonts w:eastAsia="{font}" w:cs="{font}" w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f"<w:t>{text}</w:t></w:r>")


def test_symbols_libreoffice_saves_as_private_use_text_read_as_drawn(tmp_path: Path) -> None:
    """LibreOffice writes a symbol inserted from the Symbol font as its private-use code in a Symbol run (Word
    writes w:sym): "5%" was read as "5\uf025", a box. Wingdings draws icons, no text; a Chinese font's own
    private-use character is kept."""
    body = (wp(wr("Growth 5"), _font_run("\uf025", "Symbol"), wr(", "), _font_run("\uf061", "Symbol"), wr(" and "),
               _font_run("\uf0b3", "Symbol"), wr(" 2"), _font_run("\uf0fc", "Wingdings"))
            + wp(wr("姓名："), _font_run("\uf041", "方正小标宋简体")))
    path = save(tmp_path / "symbols.docx", package(body))
    assert texts(path) == ["Growth 5%, α and ≥ 2", "姓名：\uf041"]


def test_a_tbx_min_file_of_2014_is_read(tmp_path: Path) -> None:
    """TBX-Min as its 2014 specification writes it (<TBX dialect="TBX-Min">, entry, langGroup, termGroup, a plain
    termStatus) was refused as "not a TBX file"; under an .xml name as "neither MultiTerm nor TBX"."""
    data = ('<?xml version="1.0" encoding="UTF-8"?>\n<TBX dialect="TBX-Min"><header><id>MFA names</id><creator>Press '
            'office</creator><languages source="zh" target="ru"/></header><body><entry id="C001"><subjectField>'
            'organization</subjectField><langGroup xml:lang="zh"><termGroup><term>国家杜马</term><termStatus>preferred'
            '</termStatus></termGroup></langGroup><langGroup xml:lang="ru"><termGroup><term>Госдума</term><termStatus>'
            "admitted</termStatus></termGroup><termGroup><term>Государственная дума</term><termStatus>preferred"
            "</termStatus></termGroup><termGroup><term>Дума РФ</term><termStatus>notRecommended</termStatus>"
            '</termGroup></langGroup></entry><entry id="C002"><langGroup xml:lang="zh"><termGroup><term>外交部</term>'
            '</termGroup></langGroup><langGroup xml:lang="ru"><termGroup><term>Министерство иностранных дел</term>'
            "</termGroup></langGroup></entry></body></TBX>")
    for name in ("names.tbx", "names.xml"):
        path = tmp_path / name
        path.write_text(data, encoding="utf-8")
        (duma, mfa) = read_glossary_file(path).entries
        assert (duma.forms["zh"], duma.forms["ru"], duma.variants["ru"], duma.forbidden["ru"]) == (
            "国家杜马", "Государственная дума", ("Госдума",), ("Дума РФ",))
        assert duma.category == "organization"
        assert (mfa.forms["zh"], mfa.forms["ru"]) == ("外交部", "Министерство иностранных дел")


def test_microsofts_legacy_zh_cht_is_traditional_chinese(tmp_path: Path) -> None:
    """zh-CHT (Traditional) and zh-CHS (Simplified), Microsoft's older codes, both counted as the zh column: the
    Traditional text of a TMX unit went into the memory as Chinese, and a termbase's zh-CHT term became the approved
    Chinese form."""
    tmx = tmp_path / "legacy.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en-US" datatype="plain'
                   '" segtype="sentence" adminlang="en-US" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
                   '<tu><tuv xml:lang="zh-CHT"><seg>外交部發言人</seg></tuv><tuv xml:lang="en-US"><seg>Spokesperson'
                   '</seg></tuv></tu><tu><tuv xml:lang="zh-CHS"><seg>外交部发言人</seg></tuv><tuv xml:lang="en-US">'
                   "<seg>Spokesperson</seg></tuv></tu></body></tmx>", encoding="utf-8")
    (traditional, _), (simplified, _) = (unit_pairs(unit) for unit in iter_tmx(tmx))
    assert traditional == [] and ("zh", "en", "外交部发言人", "Spokesperson") in simplified
    tbx = tmp_path / "legacy.tbx"
    tbx.write_text('<martif type="TBX" xml:lang="en-US"><text><body><termEntry><langSet xml:lang="zh-CHT"><tig>'
                   '<term>國家杜馬</term></tig></langSet><langSet xml:lang="zh-CHS"><tig><term>国家杜马</term></tig>'
                   '</langSet><langSet xml:lang="en-US"><tig><term>State Duma</term></tig></langSet></termEntry>'
                   "</body></text></martif>", encoding="utf-8")
    (entry,) = read_glossary_file(tbx).entries
    assert entry.forms["zh"] == "国家杜马" and "國家杜馬" in entry.variants["zh"]


def test_a_stray_zero_byte_does_not_make_utf8_text_utf16(tmp_path: Path) -> None:
    """Only zero bytes on one side of many pairs mean UTF-16: one stray zero in a UTF-8 file is no reason to read
    the whole file as Chinese-looking nonsense."""
    data = ("zh,en,ru\r\n国家杜马,State Duma,Государственная дума\r\n外交部,Ministry of Foreign Affairs,"
            "Министерство иностранных дел\r\n").encode()
    data += b"x" * (len(data) % 2) + b"x\0"  # even length, the zero byte on the odd side
    path = tmp_path / "terms.csv"
    path.write_bytes(data)
    entries = read_glossary_file(path).entries
    assert [e.forms["en"] for e in entries][:2] == ["State Duma", "Ministry of Foreign Affairs"]
