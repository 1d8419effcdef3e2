"""Numbered paragraphs import with the label Word shows before them ("一、", "（二）", "1.", "б)"): each test
writes its own numbering definitions and reads the document back through the importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_packages import NS, package, save, texts, wp, wr

from desktop_app.formats.docx_numbering import format_number


def lvl(ilvl: int, fmt: str, text: str, start: int | None = 1, suff: str = "", extra: str = "") -> str:
    """One level of a list definition; start None leaves w:start out."""
    start_xml = f'<w:start w:val="{start}"/>' if start is not None else ""
    suff_xml = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/>'
            f"{suff_xml}</w:lvl>")


def numbered(text: str, num_id: int, ilvl: int = 0, extra_ppr: str = "") -> str:
    """A paragraph in list `num_id` at level `ilvl`."""
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>{extra_ppr}'
            f"</w:pPr>{wr(text)}</w:p>")


def document(tmp_path: Path, body: str, abstracts: str, nums: str, styles: str = "") -> Path:
    """A Word file with this body and these list definitions (and styles, when given)."""
    numbering = f"<w:numbering {NS}>{abstracts}{nums}</w:numbering>"
    parts: dict[str, bytes | str] = {"word/numbering.xml": numbering}
    if styles:
        parts["word/styles.xml"] = f"<w:styles {NS}>{styles}</w:styles>"
    return save(tmp_path / "numbered.docx", package(body, parts))  # python-docx's parts relate numbering.xml


def test_chinese_official_headings_numbered_by_their_styles(tmp_path: Path) -> None:
    """GB/T 9704 style: 一、 then （一） then 1. — the level comes from the heading style's own numPr."""
    abstract = ('<w:abstractNum w:abstractNumId="7">'
                + lvl(0, "chineseCounting", "%1、", suff="nothing", extra='<w:pStyle w:val="H1"/>')
                + lvl(1, "chineseCounting", "（%2）", suff="nothing", extra='<w:pStyle w:val="H2"/>')
                + lvl(2, "decimal", "%3.", suff="nothing", extra='<w:pStyle w:val="H3"/>') + "</w:abstractNum>")
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="H{i}"><w:name w:val="heading {i}"/>'
                     f'<w:pPr><w:numPr>{ilvl}<w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
                     for i, ilvl in ((1, ""), (2, '<w:ilvl w:val="1"/>'), (3, '<w:ilvl w:val="2"/>')))
    body = "".join(wp(wr(t), style=s) for t, s in [
        ("总体情况", "H1"), ("合作成果", "H2"), ("贸易", "H3"), ("投资", "H3"), ("人文交流", "H2"),
        ("下一步工作", "H1"), ("继续深化合作", "H2")])
    body += wp(wr("正文不编号。"))
    path = document(tmp_path, body, abstract, '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>', styles)
    assert texts(path) == ["一、总体情况", "（一）合作成果", "1.贸易", "2.投资", "（二）人文交流", "二、下一步工作",
                           "（一）继续深化合作", "正文不编号。"]


def test_lists_continue_across_nums_of_one_definition_and_restart_with_a_start_override(tmp_path: Path) -> None:
    abstract = ('<w:abstractNum w:abstractNumId="0">' + lvl(0, "decimal", "%1.")
                + lvl(1, "russianLower", "%2)") + "</w:abstractNum>")
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    body = (numbered("Москва", 1) + numbered("район", 1, 1) + numbered("округ", 1, 1) + wp(wr("Между списками."))
            + numbered("Пекин", 2) + numbered("Харбин", 3) + numbered("Шанхай", 1) + numbered("пункт", 1, 1)
            + numbered("", 1) + numbered("После пустого", 1))
    assert texts(document(tmp_path, body, abstract, nums)) == [
        "1. Москва", "а) район", "б) округ", "Между списками.", "2. Пекин", "1. Харбин", "2. Шанхай", "а) пункт",
        "4. После пустого"]


def test_bullets_symbols_and_switched_off_numbering_add_no_text(tmp_path: Path) -> None:
    abstract = ('<w:abstractNum w:abstractNumId="1">' + lvl(0, "bullet", "\uf0b7") + lvl(1, "decimal", "•")
                + lvl(2, "none", "") + "</w:abstractNum>")
    body = (numbered("Bullet item", 5) + numbered("Symbol item", 5, 1) + numbered("Unnumbered level", 5, 2)
            + numbered("numId 0 switches numbering off", 0) + numbered("Unknown list", 99))
    path = document(tmp_path, body, abstract, '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>')
    assert texts(path) == ["Bullet item", "Symbol item", "Unnumbered level", "numId 0 switches numbering off",
                           "Unknown list"]


def test_level_overrides_restart_rules_legal_numbering_and_start_zero(tmp_path: Path) -> None:
    abstract = ('<w:abstractNum w:abstractNumId="2">' + lvl(0, "decimal", "%1.", start=None)
                + lvl(1, "lowerLetter", "%1.%2", extra='<w:lvlRestart w:val="0"/>')
                + lvl(2, "decimal", "%1.%2.%3", extra="<w:isLgl/>") + "</w:abstractNum>")
    nums = ('<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
            '<w:num w:numId="6"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0">'
            + lvl(0, "decimalEnclosedCircle", "%1", start=1) + "</w:lvlOverride></w:num>")
    body = (numbered("zero", 4) + numbered("a", 4, 1) + numbered("one", 4) + numbered("b", 4, 1)
            + numbered("legal", 4, 2) + numbered("circled", 6))
    # No w:start: the level starts at 0 (ECMA-376; Word and LibreOffice show "0"); lvlRestart 0: level 2 never
    # restarts; isLgl: every number of that label in decimal; the override gives num 6 its own look, same count.
    assert texts(document(tmp_path, body, abstract, nums)) == [
        "0. zero", "0.a a", "1. one", "1.b b", "1.2.1 legal", "② circled"]


def test_a_deleted_numbered_paragraph_is_not_counted(tmp_path: Path) -> None:
    abstract = '<w:abstractNum w:abstractNumId="0">' + lvl(0, "decimal", "%1.") + "</w:abstractNum>"
    deleted = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr>'
               '<w:del w:id="1" w:author="Ed"/></w:rPr></w:pPr><w:del w:id="2" w:author="Ed"><w:r>'
               "<w:delText>Removed item</w:delText></w:r></w:del></w:p>")
    body = numbered("First", 1) + deleted + numbered("Second", 1)
    path = document(tmp_path, body, abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    assert texts(path) == ["1. First", "2. Second"]


@pytest.mark.parametrize(("n", "fmt", "label"), [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (105, "chineseCountingThousand", "一百零五"),
    (1010, "chineseCounting", "一千零一十"),
    (3, "ideographTraditional", "丙"), (12, "upperRoman", "XII"), (4, "lowerRoman", "iv"), (27, "upperLetter", "AA"),
    (6, "russianLower", "е"), (7, "russianUpper", "Ж"), (29, "russianLower", "аа"), (5, "decimalZero", "05"),
    (3, "decimalFullWidth", "３"), (2, "decimalEnclosedParen", "⑵"), (21, "decimalEnclosedCircle", "21"),
    (13, "ordinal", "13th"), (22, "ordinal", "22nd"), (7, "cardinalText", "7"),
])
def test_number_formats(n: int, fmt: str, label: str) -> None:
    assert format_number(n, fmt) == label


def test_a_list_starting_at_two_billion_gets_a_decimal_label_not_millions_of_letters() -> None:
    assert format_number(2_000_000_000, "lowerLetter") == "2000000000"
    assert format_number(780, "upperLetter") == "Z" * 30
