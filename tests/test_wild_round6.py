"""Files from the wild, sixth round: text written on a Mac, whose Russian comes in decomposed Unicode (и followed by
a combining breve for й, е by a combining diaeresis for ё), in Word documents, plain text, glossaries and
translation memories; and a page or column break typed inside a paragraph, which Word shows as two paragraphs on
two pages or columns. Each test writes the bytes in question and reads them back through the import, as the CLI
and the dialogs do."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx_packages import package, save, wp, wr
from glossary_files import added, workbook

from desktop_app.formats.tmx import iter_tmx
from desktop_app.services.importing import read_document

# Typed by hand, precomposed: й (U+0439), ё (U+0451), Й (U+0419), Ё (U+0401).
COMPOSED = ["Её визит в Йошкар-Олу", "Сергей Лавров встретился с коллегой.", "Ёлка у Кремля."]
EN = ["A spokesperson described the talks.", "The sides signed a statement."]


def decomposed(text: str) -> str:
    """As macOS writes file names and as text pasted from some Mac applications is stored."""
    out = text.replace("й", "и\u0306").replace("Й", "И\u0306").replace("ё", "е\u0308").replace("Ё", "Е\u0308")
    assert out != text
    return out


def test_decomposed_russian_in_a_word_document_is_read_composed(tmp_path: Path) -> None:
    """"Йошкар-Ола" arrived as И + U+0306: it looks the same, but no glossary entry, search or QA check typed
    with й matched it, and spell checkers flag the word. Paragraphs and table cells are read composed."""
    cells = "".join(f"<w:tc>{wp(wr(decomposed(t)))}</w:tc>" for t in COMPOSED[:2])
    body = ("".join(wp(wr(decomposed(t))) for t in COMPOSED)
            + f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>{cells}</w:tr></w:tbl>")
    source = read_document(save(tmp_path / "mac.docx", package(body)))
    assert [p.text for p in source.paragraphs][:3] == COMPOSED


def test_decomposed_russian_in_plain_text_is_read_composed(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_text("\n\n".join(decomposed(t) for t in COMPOSED), encoding="utf-8")
    assert [p.text for p in read_document(path).paragraphs] == COMPOSED


def test_a_combining_stress_mark_is_kept(tmp_path: Path) -> None:
    """Composing changes no letter: a stress mark (ударение) over а has no composed form and stays as typed."""
    path = tmp_path / "stress.txt"
    path.write_text("Госуда\u0301рственная ду\u0301ма", encoding="utf-8")
    assert [p.text for p in read_document(path).paragraphs] == ["Госуда\u0301рственная ду\u0301ма"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_glossary_from_a_mac_holds_composed_forms(kind: str, tmp_path: Path) -> None:
    """The Russian forms of a glossary saved on a Mac were stored decomposed and never matched a release."""
    rows = [["Chinese", "English", "Russian"], ["约什卡尔奥拉", "Yoshkar-Ola", decomposed("Йошкар-Ола")],
            ["克里姆林宫枞树", "Kremlin fir", decomposed("Кремлёвская ёлка")]]
    path = tmp_path / f"glossary.{kind}"
    if kind == "csv":
        path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    else:
        workbook(path, [("Sheet1", rows)])
    assert added(path, tmp_path) == [("约什卡尔奥拉", "Yoshkar-Ola", "Йошкар-Ола"),
                                     ("克里姆林宫枞树", "Kremlin fir", "Кремлёвская ёлка")]
    assert all(unicodedata.is_normalized("NFC", form) for entry in added(path, tmp_path) for form in entry)


def test_a_memory_from_a_mac_holds_composed_text(tmp_path: Path) -> None:
    path = tmp_path / "memoq.tmx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="memoQ" '
                    'srclang="zh-cn" segtype="sentence" o-tmf="memoQTM" adminlang="en" datatype="plaintext"/><body>'
                    '<tu><prop type="x-context-pre">前文</prop><tuv xml:lang="zh-cn"><seg>约什卡尔奥拉</seg></tuv>'
                    f'<tuv xml:lang="ru-ru"><seg>{decomposed("Йошкар-Ола")}</seg></tuv></tu></body></tmx>',
                    encoding="utf-8")
    assert [[v.text for v in unit.variants] for unit in iter_tmx(path)] == [["约什卡尔奥拉", "Йошкар-Ола"]]


@pytest.mark.parametrize("kind", ["page", "column"])
def test_a_page_or_column_break_inside_a_paragraph_parts_two_paragraphs(kind: str, tmp_path: Path) -> None:
    """Text after a page (Ctrl+Enter) or column break typed mid-paragraph is on the next page or column, shown as
    a paragraph of its own; it was imported as one row holding both texts. A break opening a paragraph adds no
    row, and a table cell stays whole."""
    brk = f'<w:r><w:br w:type="{kind}"/></w:r>'
    body = (wp(wr(EN[0]), brk, wr(EN[1])) + wp(brk, wr("Contact: press office"))
            + "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" + wp(wr("Cell one"), brk, wr("cell two"))
            + "</w:tc></w:tr></w:tbl>")
    path = save(tmp_path / "breaks.docx", package(body))
    assert [p.text for p in read_document(path).paragraphs] == [*EN, "Contact: press office", "Cell one\ncell two"]


STYLES = ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style '
          'w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="character" w:styleId="Instructions"><w:name w:val="Template instructions"/><w:rPr>'
          '<w:vanish/></w:rPr></w:style><w:style w:type="character" w:styleId="InstructionsBold"><w:name '
          'w:val="Template instructions bold"/><w:basedOn w:val="Instructions"/><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="EditorNote"><w:name w:val="Editor note"/><w:basedOn '
          'w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Shown">'
          '<w:name w:val="Shown note"/><w:basedOn w:val="EditorNote"/><w:rPr><w:vanish w:val="0"/></w:rPr>'
          "</w:style></w:styles>")


def styled_run(text: str, style: str = "", props: str = "") -> str:
    rstyle = f'<w:rStyle w:val="{style}"/>' if style else ""
    return f'<w:r><w:rPr>{rstyle}{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_text_hidden_by_its_style_is_left_out(tmp_path: Path) -> None:
    """A house template's instructions ("[Type the headline, then delete this]") and an editor's note are hidden
    by a character or paragraph style: Word neither shows nor prints them, but they were imported as text of the
    release. A style based on a hidden one hides too, a style or run that switches hiding off shows its text,
    and hidden text set on the run itself is still left out."""
    body = (wp(styled_run("[Type the headline, then delete this] ", "Instructions"), wr(COMPOSED[1]))
            + wp(wr(EN[0]), styled_run(" [Approved by: name]", "InstructionsBold"))
            + wp(wr("Editor: check the title with protocol"), style="EditorNote")
            + wp(wr(EN[1]), styled_run(" (shown)", "Instructions", '<w:vanish w:val="0"/>'), style="Shown")
            + wp(wr("Note kept"), styled_run(" and a hidden word", props="<w:vanish/>"), style="Shown"))
    path = save(tmp_path / "template.docx", package(body, parts={"word/styles.xml": STYLES}))
    assert [p.text for p in read_document(path).paragraphs] == [COMPOSED[1], EN[0], EN[1] + " (shown)", "Note kept"]
