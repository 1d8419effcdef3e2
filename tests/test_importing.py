"""Importing DOCX, TXT and JSON into a language column, with alignment and language warnings."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from desktop_app.domain.release import Release, Role, Status
from desktop_app.formats.docx_reader import read_docx
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import import_file, read_paragraphs, sample_release

SAMPLE_JSON = Path(__file__).resolve().parent.parent / "resources" / "sample-release.json"


def _make_docx(path: Path, title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    doc = docx.Document()
    doc.add_heading(title, level=0)
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    doc.save(path)
    return path


def test_docx_paragraphs_in_order_with_table_text_and_headline(tmp_path: Path) -> None:
    path = _make_docx(tmp_path / "en.docx", "Conference held in Jinhua", ["First paragraph.", "", "Second one."],
                      table=[["Contact", "Press office"], ["Phone", "+86 579 0000"]])
    paragraphs = read_docx(path)
    assert [p.text for p in paragraphs] == ["Conference held in Jinhua", "First paragraph.", "Second one.",
                                           "Contact", "Press office", "Phone", "+86 579 0000"]
    assert paragraphs[0].role is Role.HEADLINE
    assert all(p.role is Role.BODY for p in paragraphs[1:])


def test_new_release_from_txt(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("\ufeff第十届中俄中小企业合作圆桌会议在金华举行\r\n\r\n7月19日上午，会议开幕。\n第二行。\n\n\n来源：金华市人民政府\n",
                    encoding="utf-8")
    release = Release()
    report = import_file(release, "zh", path)
    assert [s.text("zh") for s in release.segments] == [
        "第十届中俄中小企业合作圆桌会议在金华举行", "7月19日上午，会议开幕。\n第二行。", "来源：金华市人民政府"]
    assert release.segments[0].role is Role.HEADLINE
    assert release.title == "第十届中俄中小企业合作圆桌会议在金华举行"
    assert report.warnings == [] and report.added_rows == 0
    assert all(s.cells["zh"].status is Status.DRAFT for s in release.segments)



def test_a_txt_without_blank_lines_has_a_paragraph_a_line(tmp_path: Path) -> None:
    """Chinese releases saved from Notepad or a web page often put one paragraph on each line, with no blank line."""
    path = tmp_path / "zh.txt"
    path.write_text("中俄博览会在哈尔滨开幕\r\n新华社哈尔滨5月17日电\r\n  第八届中俄博览会17日开幕。\r\n\r\n",
                    encoding="utf-8")
    release = Release()
    import_file(release, "zh", path)
    assert [s.text("zh") for s in release.segments] == [
        "中俄博览会在哈尔滨开幕", "新华社哈尔滨5月17日电", "第八届中俄博览会17日开幕。"]
    # the agency's dateline on a line of its own is the dateline
    assert [s.role for s in release.segments] == [Role.HEADLINE, Role.DATELINE, Role.BODY]


def test_second_language_aligns_by_order_and_never_drops_text(tmp_path: Path) -> None:
    release = Release()
    (tmp_path / "zh.txt").write_text("标题\n\n第一段。\n\n第二段。", encoding="utf-8")
    import_file(release, "zh", tmp_path / "zh.txt")
    (tmp_path / "ru.txt").write_text("Заголовок\n\nПервый абзац.\n\nВторой абзац.\n\nЛишний абзац.",
                                     encoding="utf-8")
    report = import_file(release, "ru", tmp_path / "ru.txt")
    assert [s.text("ru") for s in release.segments] == ["Заголовок", "Первый абзац.", "Второй абзац.",
                                                         "Лишний абзац."]
    assert release.segments[3].text("zh") == ""
    assert report.added_rows == 1
    assert any("4 paragraphs but the release has 3 rows" in w for w in report.warnings)


def test_fewer_paragraphs_leave_rows_and_say_so(tmp_path: Path) -> None:
    release = sample_release()
    (tmp_path / "en.txt").write_text("Only a headline", encoding="utf-8")
    report = import_file(release, "en", tmp_path / "en.txt")
    assert len(release.segments) == 8 and release.segments[0].text("en") == "Only a headline"
    assert release.segments[1].text("en") == "July 20, 2023", "rows beyond the document keep their text"
    assert report.overwritten == 1
    assert any("the last 7 rows have no English text" in w for w in report.warnings)


def test_warns_when_text_is_in_another_language(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("В Цзиньхуа прошёл круглый стол\n\nЭто русский текст.", encoding="utf-8")
    report = import_file(Release(), "en", tmp_path / "x.txt")
    assert any("looks Russian" in w and "English column" in w for w in report.warnings)
    (tmp_path / "mixed.txt").write_text("Headline here\n\nBody text in English.\n\n这是中文。", encoding="utf-8")
    report = import_file(Release(), "en", tmp_path / "mixed.txt")
    assert report.warnings == ["paragraphs 3 do not look English"]


def test_json_import_fills_one_column_keeping_alignment(tmp_path: Path) -> None:
    release = sample_release()
    data = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))
    data["segments"][2]["ru"] = "Изменённый абзац"
    (tmp_path / "r.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_file(release, "ru", tmp_path / "r.json")
    assert release.segments[2].text("ru") == "Изменённый абзац"
    assert release.segments[3].text("ru") == data["segments"][3]["ru"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", b"\xff\xfe\x00\xd8", "damaged UTF-16"),
        ("b.txt", "caf\u00e9".encode("latin-1"), "not UTF-8"),
        ("c.txt", b"ELF\x00\x01\x02", "binary"),
        ("d.docx", b"not a zip at all", "not a Word document"),
        ("e.pdf", b"%PDF-1.4", "cannot import this kind of file"),
        ("f.json", b"{\"segments\": 3}", "segments"),
        ("g.json", b"{\"segments\": [{\"role\": \"banner\", \"en\": \"x\"}]}", "unknown role"),
        ("h.json", b"[[[[", "not valid JSON"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    release = sample_release()
    before = release.copy()
    with pytest.raises(FormatError, match=message):
        if name.endswith(".json"):
            import_file(release, "en", path)
        else:
            read_paragraphs(path)
    assert release == before


@pytest.mark.parametrize("lang", ["zh", "en", "ru"])
def test_exported_release_with_end_mark_reimports_to_the_same_text(tmp_path: Path, lang: str) -> None:
    from desktop_app.services.exporting import export_release
    from desktop_app.settings import Settings

    release = sample_release()
    export_release(release, tmp_path / "out.docx", lang, "single", settings=Settings(end_mark="native"))
    again = Release()
    import_file(again, lang, tmp_path / "out.docx")
    assert [s.text(lang) for s in again.segments] == [s.text(lang) for s in release.segments]


@pytest.mark.parametrize(("lang", "encoding", "paragraphs"), [
    ("zh", "gb18030", ["中俄外长在桂林举行会晤", "新华社北京3月23日电 外交部发言人介绍了会晤情况。"]),
    ("ru", "cp1251", ["Министры встретились в Гуйлине", "ПЕКИН, 23 марта. Стороны подписали заявление."]),
])
def test_a_release_saved_by_notepad_in_its_code_page_is_read(tmp_path: Path, lang: str, encoding: str,
                                                             paragraphs: list[str]) -> None:
    """Notepad on a Chinese or Russian Windows saves GB18030 or Windows-1251 unless told otherwise."""
    path = tmp_path / f"{lang}.txt"
    path.write_bytes("\r\n\r\n".join(paragraphs).encode(encoding))
    release = Release()
    import_file(release, lang, path)
    assert [s.text(lang) for s in release.segments] == paragraphs
