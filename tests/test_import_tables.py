"""A release laid out as a table with one language per column comes back column by column: PressDesk's own table
and review exports corrected in Word, and side-by-side releases made in Word with any header or none."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from table_docs import EN, ROWS, RU, ZH, expo_release, set_cell, texts, write_table_docx

from conftest import REALDATA, needs_realdata
from desktop_app.cli import main
from desktop_app.domain.release import Cell, Release, Role, Status
from desktop_app.formats.docx_reader import read_docx_content
from desktop_app.formats.errors import FormatError
from desktop_app.formats.language_table import TableLanguagesError, named_language, read_language_table
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import ALL_LANGS, import_file, import_source, read_document
from desktop_app.settings import Settings
from desktop_app.storage.project_store import ProjectStore

# --- our own exports, edited in Word --------------------------------------------------------------------------


def test_table_export_edited_in_word_imports_all_columns_row_aligned(tmp_path: Path) -> None:
    release = expo_release()
    out = tmp_path / "table.docx"
    export_release(release, out, None, "table")
    doc = docx.Document(str(out))
    table = doc.tables[0]
    set_cell(table.rows[4].cells[0], "博览会展览面积达十二万平方米。")
    set_cell(table.rows[4].cells[2], "Площадь выставки составляет сто двадцать тысяч квадратных метров.")
    set_cell(table.rows[3].cells[1], "HARBIN, May 18")
    doc.save(str(out))

    edited = release.copy()
    edited.segments[3].cells["zh"] = Cell("博览会展览面积达十二万平方米。")
    edited.segments[3].cells["ru"] = Cell("Площадь выставки составляет сто двадцать тысяч квадратных метров.")
    edited.segments[2].cells["en"] = Cell("HARBIN, May 18")

    back = release.copy()
    reports = import_file_all(back, out)
    assert [r.lang for r in reports] == ["zh", "en", "ru"]
    assert [s.id for s in back.segments] == [s.id for s in release.segments]
    assert [s.role for s in back.segments] == [s.role for s in release.segments]
    for lang in ("zh", "en", "ru"):
        assert texts(back, lang) == texts(edited, lang)
        # a corrected cell is a draft again; one the reviewer left alone keeps its status
        assert [s.cells[lang].status for s in back.segments] == [
            Status.DRAFT if new.text(lang) != old.text(lang) else old.cells[lang].status
            for new, old in zip(edited.segments, release.segments, strict=True)]
    assert not any(r.warnings for r in reports)

    fresh = Release()
    import_file_all(fresh, out)
    assert [s.role for s in fresh.segments] == [Role.HEADLINE, Role.SUBHEADLINE] + [Role.BODY] * 4
    for lang in ("zh", "en", "ru"):
        assert texts(fresh, lang) == texts(edited, lang)
    assert fresh.title == "第三届中俄博览会在哈尔滨开幕"


def import_file_all(release: Release, path: Path) -> list:
    return import_source(release, read_document(path), ALL_LANGS)


@pytest.mark.parametrize("ui_lang", ["en", "zh", "ru"])
def test_review_export_edited_in_word_imports_its_pair_only(tmp_path: Path, ui_lang: str) -> None:
    release = expo_release()
    out = tmp_path / "review.docx"
    export_release(release, out, None, "review", pair="en-ru", settings=Settings(ui_lang=ui_lang))
    doc = docx.Document(str(out))
    table = doc.tables[0]
    set_cell(table.rows[5].cells[2], "«Перспективы огромны», — сказал один из участников.")
    set_cell(table.rows[4].cells[4], "Площадь уточнена")  # the reviewer's comment: not text of the release
    doc.save(str(out))

    source = read_document(out)
    assert source.kind == "table" and source.languages == ("en", "ru")
    back = release.copy()
    reports = import_source(back, source, ALL_LANGS)
    assert [r.lang for r in reports] == ["en", "ru"]
    assert texts(back, "en") == [en for _, _, en, _ in ROWS]
    expected_ru = [ru for *_, ru in ROWS]
    expected_ru[4] = "«Перспективы огромны», — сказал один из участников."
    assert texts(back, "ru") == expected_ru
    assert [s.cells["zh"] for s in back.segments] == [s.cells["zh"] for s in release.segments]
    assert [s.role for s in back.segments] == [s.role for s in release.segments]
    assert back.segments[3].comment == release.segments[3].comment
    notes = " ".join(reports[0].notes)
    assert "2 paragraph(s) outside the table" in notes  # the title and the summary line above the table

    only_ru = Release()
    import_source(only_ru, read_document(out), "ru")
    assert texts(only_ru, "ru") == expected_ru and texts(only_ru, "en") == [""] * len(ROWS)


def test_cell_with_several_paragraphs_in_one_language_stays_one_row(tmp_path: Path) -> None:
    release = expo_release()
    out = tmp_path / "table.docx"
    export_release(release, out, None, "table")
    doc = docx.Document(str(out))
    doc.tables[0].rows[4].cells[1].add_paragraph("A second paragraph typed by the reviewer.")
    doc.save(str(out))
    back = release.copy()
    import_file_all(back, out)
    assert len(back.segments) == len(ROWS)
    assert back.segments[3].text("en") == ("The exhibition covers one hundred thousand square metres.\n"
                                           "A second paragraph typed by the reviewer.")


# --- side-by-side releases made in Word ------------------------------------------------------------------------


@pytest.mark.parametrize("header, order", [
    (["中文", "English", "Русский"], "zh en ru"),
    (["汉语", "英文", "俄文"], "zh en ru"),
    (["Russian", "Chinese", "English"], "ru zh en"),
    (["Английский", "Китайский", "Русский"], "en zh ru"),
    (["EN", "RU", "ZH"], "en ru zh"),
    (["Оригинал (中文)", "Translation (English)", "俄语译文"], "zh en ru"),
])
def test_header_row_names_the_column_languages(tmp_path: Path, header: list[str], order: str) -> None:
    langs = order.split()
    by_lang = {"zh": ZH, "en": EN, "ru": RU}
    rows = [[by_lang[lang][i] for lang in langs] for i in range(3)]
    path = write_table_docx(tmp_path / "side.docx", rows, header)
    source = read_document(path)
    assert source.languages == tuple(langs)
    for lang in langs:
        release = Release()
        report = import_file(release, lang, path)
        assert texts(release, lang) == by_lang[lang], "only that column, not the header row"
        assert all(texts(release, other) == ["", "", ""] for other in langs if other != lang)
        assert not report.warnings


def test_extra_columns_of_a_review_table_are_not_text(tmp_path: Path) -> None:
    header = ["No.", "中文原文", "English", "Notes", "Status", "Term check (English)"]
    rows = [[str(i + 1), ZH[i], EN[i], "Check this sentence carefully", "approved", "ok"] for i in range(3)]
    path = write_table_docx(tmp_path / "review.docx", rows, header)
    release = Release()
    reports = import_file_all(release, path)
    assert [r.lang for r in reports] == ["zh", "en"]
    assert texts(release, "zh") == ZH and texts(release, "en") == EN and texts(release, "ru") == ["", "", ""]
    assert "columns not imported: No., Notes, Status, Term check (English)" in reports[0].notes


def test_columns_without_header_are_told_by_their_text(tmp_path: Path) -> None:
    path = write_table_docx(tmp_path / "two.docx", [[RU[i], ZH[i]] for i in range(3)])
    source = read_document(path)
    assert source.languages == ("ru", "zh")
    release = Release()
    import_file(release, "zh", path)
    assert texts(release, "zh") == ZH and texts(release, "ru") == ["", "", ""]


def test_a_merged_title_row_goes_to_the_language_it_is_in(tmp_path: Path) -> None:
    path = write_table_docx(tmp_path / "merged.docx", [["", ""]] + [[ZH[i], EN[i]] for i in range(3)],
                            ["中文", "English"])
    doc = docx.Document(str(path))
    table = doc.tables[0]
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[1])
    merged.text = "Joint press release of the two festivals"
    doc.save(str(path))
    release = Release()
    import_file_all(release, path)
    assert texts(release, "en") == ["Joint press release of the two festivals", *EN]
    assert texts(release, "zh") == ["", *ZH]


def test_a_title_row_above_the_header_and_a_repeated_header_row(tmp_path: Path) -> None:
    header = ["中文", "English"]
    rows = [["中俄文化节联合新闻稿", "Joint press release"], header, [ZH[0], EN[0]], header, [ZH[1], EN[1]],
            [ZH[2], EN[2]]]
    path = write_table_docx(tmp_path / "titled.docx", rows)
    release = Release()
    import_file_all(release, path)
    assert texts(release, "zh") == ["中俄文化节联合新闻稿", *ZH]
    assert texts(release, "en") == ["Joint press release", *EN]


def test_a_whole_release_in_one_row_splits_into_aligned_paragraphs(tmp_path: Path) -> None:
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=2)
    for cell, paragraphs in zip(table.rows[0].cells, (ZH, RU), strict=True):
        cell.text = paragraphs[0]
        for text in paragraphs[1:]:
            cell.add_paragraph(text)
    doc.save(str(tmp_path / "one-row.docx"))
    release = Release()
    import_file_all(release, tmp_path / "one-row.docx")
    assert texts(release, "zh") == ZH and texts(release, "ru") == RU


def test_a_one_language_layout_table_is_read_row_by_row_as_before(tmp_path: Path) -> None:
    rows = [["Date:", "17 May 2024"], ["Place:", "Harbin International Convention Centre"],
            ["Contact:", "Wang Fang, press office"]]
    path = write_table_docx(tmp_path / "layout.docx", rows)
    source = read_document(path)
    assert source.kind == "document" and source.columns is None
    release = Release()
    import_file(release, "en", path)
    assert texts(release, "en") == [text for row in rows for text in row]
    with pytest.raises(FormatError, match="not a table with one language per column"):
        import_source(Release(), source, ALL_LANGS)


def test_a_form_with_labels_and_placeholders_is_no_language_table(tmp_path: Path) -> None:
    """Chinese labels beside Latin placeholders (a template form) are not two languages side by side."""
    rows = [["目标", "{{object.desc}}", "{{object.progress}}"], ["关键结果1", "{{kr1.desc}}", "{{kr1.progress}}"],
            ["关键结果2", "{{kr2.desc}}", "{{kr2.progress}}"], ["制定人", "{{user.name}}", "{{date}}"]]
    path = write_table_docx(tmp_path / "form.docx", rows)
    source = read_document(path)
    assert source.kind == "document"
    release = Release()
    import_file(release, "zh", path)
    assert texts(release, "zh") == [text for row in rows for text in row]


@needs_realdata
def test_real_chinese_form_with_merged_cells_still_imports_row_by_row() -> None:
    path = REALDATA / "docx" / "poitl_zh_OKR-table.docx"
    source = read_document(path)
    assert source.kind == "document" and source.columns is None
    assert "关键结果1" in [p.text for p in source.paragraphs]


@needs_realdata
def test_real_parallel_texts_side_by_side_without_header(tmp_path: Path) -> None:
    """Forty real passages translated into the three languages (names, figures and Latin words inside the Chinese
    and Russian): columns in an unusual order and no header, told apart by their text alone."""
    lines = (REALDATA / "parallel" / "xquad_contexts_en-zh-ru.jsonl").read_text(encoding="utf-8").splitlines()
    passages = [json.loads(line) for line in lines[:40]]
    path = write_table_docx(tmp_path / "parallel.docx", [[p["ru"], p["en"], p["zh"]] for p in passages])
    source = read_document(path)
    assert source.languages == ("ru", "en", "zh")
    release = Release()
    reports = import_source(release, source, ALL_LANGS)
    for lang in ("zh", "en", "ru"):  # one Chinese passage starts with an invisible byte-order mark: left out
        assert texts(release, lang) == [p[lang].replace("\ufeff", "").strip() for p in passages]
    assert not any(r.warnings for r in reports)


def test_a_small_bilingual_table_in_a_long_release_does_not_make_it_a_table(tmp_path: Path) -> None:
    doc = docx.Document()
    for text in EN * 4:
        doc.add_paragraph(text + " It was widely reported by the press of both countries in long articles.")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "王芳", "Wang Fang"
    doc.save(str(tmp_path / "mostly-text.docx"))
    assert read_document(tmp_path / "mostly-text.docx").columns is None


def test_languages_that_cannot_be_told_apart_are_refused(tmp_path: Path) -> None:
    twice = write_table_docx(tmp_path / "twice.docx", [[ZH[i], EN[i], EN[i].upper()] for i in range(3)])
    with pytest.raises(TableLanguagesError, match="columns 2 and 3 of the table both look English"):
        read_language_table(read_docx_content(twice))
    named_twice = write_table_docx(tmp_path / "named.docx", [[ZH[i], EN[i], RU[i]] for i in range(3)],
                                   ["中文", "English", "English (revised)"])
    with pytest.raises(TableLanguagesError, match="names English for more than one column"):
        read_language_table(read_docx_content(named_twice))
    mixed = write_table_docx(tmp_path / "mixed.docx", [[ZH[0], RU[0]], [EN[1], ZH[1]], [RU[2], EN[2]]])
    with pytest.raises(TableLanguagesError, match="mixes languages within its columns"):
        read_language_table(read_docx_content(mixed))


def test_header_names() -> None:
    assert [named_language(h) for h in ("Chinese", "简体中文", "на китайском", "Target (English)", "ENG",
                                         "Русская версия", "俄語", "Comment (English)", "中文 / English", "#",
                                         "English and more words than any header would ever have in it")] == \
        ["zh", "zh", "zh", "en", "en", "ru", "ru", None, None, None, None]


# --- the command line -------------------------------------------------------------------------------------------


def test_cli_imports_one_column_or_all_and_refuses_without_changing_the_project(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_table_docx(tmp_path / "side.docx", [[ZH[i], EN[i], RU[i]] for i in range(3)],
                            ["中文", "English", "Русский"])
    project = tmp_path / "b.pressdesk"
    assert main(["new", str(project)]) == 0
    assert main(["import", "--lang", "zh", str(project), str(path)]) == 0
    captured = capsys.readouterr()
    assert "imported 3 paragraphs into zh (0 replaced, 3 new rows)" in captured.out
    assert "do not look" not in captured.err and "English, Russian column(s) not imported" in captured.err
    with ProjectStore.open(project) as store:
        release = store.load()
    assert texts(release, "zh") == ZH and texts(release, "en") == ["", "", ""]

    assert main(["import", "--lang", "all", str(project), str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "imported 3 paragraphs into zh (3 replaced, 0 new rows)",
        "imported 3 paragraphs into en (0 replaced, 0 new rows)",
        "imported 3 paragraphs into ru (0 replaced, 0 new rows)"]
    assert main(["show", "--json", str(project)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [[s[lang]["text"] for lang in ("zh", "en", "ru")] for s in data["segments"]] == \
        [list(row) for row in zip(ZH, EN, RU, strict=True)]
    assert {s[lang]["status"] for s in data["segments"] for lang in ("zh", "en", "ru")} == {"draft"}

    before = project.read_bytes()
    twice = write_table_docx(tmp_path / "twice.docx", [[ZH[i], EN[i], EN[i]] for i in range(3)])
    for lang in ("zh", "all"):
        assert main(["import", "--lang", lang, str(project), str(twice)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "twice.docx: columns 2 and 3 of the table both look English" in err
    pair = write_table_docx(tmp_path / "pair.docx", [[ZH[i], EN[i]] for i in range(3)], ["中文", "English"])
    assert main(["import", "--lang", "ru", str(project), str(pair)]) == 2
    assert "pair.docx: the table has no Russian column (its languages: Chinese, English)" in capsys.readouterr().err
    (tmp_path / "plain.txt").write_text("One paragraph.\n\nAnother one.", encoding="utf-8")
    assert main(["import", "--lang", "all", str(project), str(tmp_path / "plain.txt")]) == 2
    assert "not a table with one language per column" in capsys.readouterr().err
    assert project.read_bytes() == before
