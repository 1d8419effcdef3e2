"""House templates: their styles, letterhead, header, footer and page set-up are kept; their body is not."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from export_helpers import open_docx, run_attrs

from desktop_app.formats.docx_reader import read_docx
from desktop_app.services.exporting import ExportError, export_release
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings

LETTERHEAD = "ACME MINISTRY · PRESS OFFICE"
HOUSE_CJK = "FangSong"
FOOTER_TEXT = "acme.example · +1 555 0100"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOTM_MAIN = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def house_template(path: Path, *, page_field: bool = False) -> Path:
    """A letterhead template as a press office would make it: header, footer, own styles, sample body text."""
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = Cm(3.3)
    section.header.paragraphs[0].text = LETTERHEAD
    section.footer.paragraphs[0].text = FOOTER_TEXT
    if page_field:
        run = section.footer.add_paragraph().add_run()
        for kind in ("begin", "instr", "end"):
            if kind == "instr":
                el = run._r.makeelement(qn("w:instrText"), {})
                el.text = " PAGE "
            else:
                el = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
            run._r.append(el)
    house = doc.styles.add_style("House Body", WD_STYLE_TYPE.PARAGRAPH)
    house.font.name = "Arial"
    title = doc.styles["Title"]
    title.font.name = "Arial Black"
    title.font.size = Pt(26)
    title.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
    title_fonts = title.element.rPr.rFonts
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):  # named fonts, not the theme's
        title_fonts.attrib.pop(qn(f"w:{attr}"), None)
    doc.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), HOUSE_CJK)
    doc.add_paragraph("Replace this with the release text.", style="House Body")
    doc.add_table(rows=2, cols=2).cell(0, 0).text = "placeholder cell"
    doc.core_properties.author = "Template Author"
    doc.save(path)
    return path


def as_dotx(docx_path: Path, dotx_path: Path) -> Path:
    """The same template saved as Word saves a .dotx: only the main part's content type differs."""
    src = zipfile.ZipFile(docx_path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCX_MAIN.encode(), DOTX_MAIN.encode())
            dst.writestr(info, data)
    dotx_path.write_bytes(buf.getvalue())
    return dotx_path


def _page_fields(section) -> int:
    return sum(" PAGE " in (el.text or "") for el in section.footer._element.iter(qn("w:instrText")))


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_house_template_letterhead_styles_and_page_setup_are_kept(tmp_path: Path, suffix: str) -> None:
    template = house_template(tmp_path / "house.docx")
    if suffix == ".dotx":
        template = as_dotx(template, tmp_path / "house.dotx")
    out = tmp_path / "zh.docx"
    release = sample_release()
    export_release(release, out, "zh", "single", template=template, settings=Settings(author="Desk"))

    doc = open_docx(out)
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == LETTERHEAD
    assert section.footer.paragraphs[0].text == FOOTER_TEXT
    assert _page_fields(section) == 1  # a page number was added below the house footer
    assert section.left_margin.twips == Cm(3.3).twips
    assert "House Body" in [s.name for s in doc.styles]
    assert doc.styles["Title"].font.name == "Arial Black"  # the house Title, not PressDesk's
    assert doc.styles["Title"].font.size == Pt(26)
    assert doc.styles["Dateline"].type == WD_STYLE_TYPE.PARAGRAPH  # what the house lacks comes from PressDesk
    assert doc.styles["Dateline"].base_style.name == "Normal"
    texts = [p.text for p in doc.paragraphs]
    assert "Replace this with the release text." not in texts
    assert doc.tables == []
    assert texts == [s.text("zh") for s in release.segments] + ["###"]
    assert [p.style.name for p in doc.paragraphs][:2] == ["Title", "Dateline"]
    assert doc.core_properties.author == "Desk"
    title_run, body_run = run_attrs(doc.paragraphs[0])[0], run_attrs(doc.paragraphs[2])[0]
    assert title_run["ascii"] == title_run["hAnsi"] == "Arial Black"  # fonts the house names win
    assert title_run["eastAsia"] == body_run["eastAsia"] == HOUSE_CJK
    assert body_run["ascii"] == Settings().fonts["en"]  # where the house leaves it to the theme: the settings
    assert title_run["lang"] == body_run["lang"] == "zh-CN"
    with zipfile.ZipFile(out) as zf:
        assert DOCX_MAIN in zf.read("[Content_Types].xml").decode()  # the export is a document, not a template
    assert [p.text for p in read_docx(out)] == texts[:-1], "re-import drops only the end mark"


def test_template_with_its_own_page_number_gets_no_second_one(tmp_path: Path) -> None:
    template = house_template(tmp_path / "house.docx", page_field=True)
    export_release(sample_release(), tmp_path / "en.docx", "en", "single", template=template)
    assert _page_fields(open_docx(tmp_path / "en.docx").sections[0]) == 1


@pytest.mark.parametrize("layout", ["table", "review"])
def test_tables_use_the_house_template_too(tmp_path: Path, layout: str) -> None:
    template = house_template(tmp_path / "house.docx")
    out = tmp_path / f"{layout}.docx"
    export_release(sample_release(), out, None, layout, "zh-ru", template=template)
    doc = open_docx(out)
    assert doc.sections[0].header.paragraphs[0].text == LETTERHEAD
    assert len(doc.tables) == 1
    assert "placeholder cell" not in [c.text for row in doc.tables[0].rows for c in row.cells]
    assert {p.style.name for row in doc.tables[0].rows[1:] for c in row.cells for p in c.paragraphs} <= {
        "Table Text", "Table Headline"}


def test_builtin_template_is_used_without_one(tmp_path: Path) -> None:
    export_release(sample_release(), tmp_path / "en.docx", "en", "single")
    doc = open_docx(tmp_path / "en.docx")
    assert doc.sections[0].header.is_linked_to_previous  # the built-in template has no letterhead
    assert _page_fields(doc.sections[0]) == 1
    assert {s.name for s in doc.styles} >= {"Title", "Subtitle", "Heading 1", "Body Text", "Quote", "Dateline",
                                             "Source", "Contact", "End Mark"}


def _macro_template(path: Path) -> Path:
    house_template(path.with_suffix(".docx"))
    data = path.with_suffix(".docx").read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(DOCX_MAIN.encode(), DOTM_MAIN.encode())
            dst.writestr(info, body)
    return path


@pytest.mark.parametrize(("name", "make", "message"), [
    ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a usable Word document"),
    ("notes.txt", lambda p: p.write_text("hello"), "must be a .docx or .dotx"),
    ("missing.docx", lambda p: None, "missing.docx"),
    ("macro.dotx", _macro_template, "macro-enabled"),
])
def test_unusable_templates_are_refused_and_nothing_is_written(tmp_path: Path, name: str, make, message: str) -> None:
    template = tmp_path / name
    make(template)
    out = tmp_path / "out.docx"
    with pytest.raises(ExportError, match=message):
        export_release(sample_release(), out, "en", "single", template=template)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
