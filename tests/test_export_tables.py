"""The side-by-side table and the bilingual review table, read back with python-docx and the core reader."""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from export_helpers import LANG_TAG, all_paragraphs, cell_rows, open_docx, repeats_header, run_attrs

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Origin, Provenance, Status
from desktop_app.formats.docx_reader import read_docx
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings


def test_table_has_one_row_per_segment_under_a_repeated_header(tmp_path: Path) -> None:
    release = sample_release()
    out = tmp_path / "table.docx"
    export_release(release, out, "all", "table", settings=Settings(author="Desk"))
    doc = open_docx(out)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    rows = cell_rows(table)
    assert rows[0] == ["中文", "English", "Русский"]
    assert rows[1:] == [[s.text(lang) for lang in LANGS] for s in release.segments]
    assert repeats_header(table) == [True] + [False] * len(release.segments)
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)  # rows do not break
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    widths = [col.width for col in table.columns]
    assert len(set(widths)) == 1 and widths[0] > 0
    assert doc.core_properties.language == "zh-CN, en-US, ru-RU"
    assert doc.core_properties.author == "Desk"


def test_table_cells_are_tagged_with_their_column_language(tmp_path: Path) -> None:
    release = sample_release()
    out = tmp_path / "table.docx"
    export_release(release, out, None, "table")
    table = open_docx(out).tables[0]
    for row in table.rows:
        for lang, cell in zip(LANGS, row.cells, strict=True):
            for paragraph in cell.paragraphs:
                for attrs in run_attrs(paragraph):
                    assert attrs["lang"] == LANG_TAG[lang]
                    assert attrs["eastAsia"] == Settings().fonts["zh"]
    styles = {p.style.name for row in table.rows[1:] for cell in row.cells for p in cell.paragraphs}
    assert styles == {"Table Headline", "Table Text"}
    assert {p.style.name for cell in table.rows[0].cells for p in cell.paragraphs} == {"Table Header"}


def test_table_reads_back_through_the_core_reader_row_by_row(tmp_path: Path) -> None:
    release = sample_release()
    out = tmp_path / "table.docx"
    export_release(release, out, None, "table")
    expected = ["中文", "English", "Русский"] + [s.text(lang) for s in release.segments for lang in LANGS]
    assert [p.text for p in read_docx(out)] == expected


def test_table_keeps_empty_cells_so_rows_stay_aligned(tmp_path: Path) -> None:
    release = sample_release()
    release.segments[2].cells["ru"] = Cell()
    export_release(release, tmp_path / "t.docx", None, "table")
    rows = cell_rows(open_docx(tmp_path / "t.docx").tables[0])
    assert rows[3] == [release.segments[2].text("zh"), release.segments[2].text("en"), ""]


def test_review_table_numbers_statuses_and_empty_comments(tmp_path: Path) -> None:
    release = sample_release()
    segs = release.segments
    segs[0].cells["en"] = Cell(segs[0].text("en"), Status.APPROVED)
    segs[1].cells["en"] = Cell(segs[1].text("en"), Status.MACHINE,
                               Provenance(Origin.MACHINE, "zh", "an older source text", "argos"))
    segs[2].cells["en"] = Cell()
    out = tmp_path / "review.docx"
    export_release(release, out, None, "review", "zh-en", settings=Settings(ui_lang="en"))
    doc = open_docx(out)
    table = doc.tables[0]
    rows = cell_rows(table)
    assert rows[0] == ["#", "Source (中文)", "Target (English)", "Status", "Comment"]
    assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, len(segs) + 1)]
    assert [r[1] for r in rows[1:]] == [s.text("zh") for s in segs]
    assert [r[2] for r in rows[1:]] == [s.text("en") for s in segs]
    assert [r[3] for r in rows[1:4]] == ["approved", "machine, stale", "empty"]
    assert all(r[4] == "" for r in rows[1:])
    assert all(len(r) == 5 for r in rows)
    assert repeats_header(table) == [True] + [False] * len(segs)
    assert doc.paragraphs[0].style.name == "Heading 1"
    assert doc.paragraphs[0].text == release.title
    for row in table.rows[1:]:
        assert run_attrs(row.cells[1].paragraphs[0])[0]["lang"] == "zh-CN"
        assert run_attrs(row.cells[2].paragraphs[0])[0]["lang"] == "en-US"
    assert all(run_attrs(p) and all(a["lang"] for a in run_attrs(p)) for p in all_paragraphs(doc))


def test_review_labels_follow_the_interface_language(tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    export_release(sample_release(), out, None, "review", "ru-zh", settings=Settings(ui_lang="zh"))
    table = open_docx(out).tables[0]
    assert cell_rows(table)[0] == ["序号", "原文 (Русский)", "译文 (中文)", "状态", "批注"]
    assert cell_rows(table)[1][3] == "已批准"  # the sample's Chinese headline is approved
    assert run_attrs(table.rows[0].cells[0].paragraphs[0])[0]["lang"] == "zh-CN"


def test_review_column_widths_favour_the_two_texts(tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    export_release(sample_release(), out, None, "review", ("en", "ru"))
    table = open_docx(out).tables[0]
    number, source, target, status, comment = (col.width for col in table.columns)
    assert source == target > comment > status > number
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    assert len(grid) == 5
