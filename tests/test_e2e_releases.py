"""Real releases end to end, as a press officer works with them: each language version arrives as its own Word
file (headline, dateline, body, caption, end mark, contact; blank lines between paragraphs in some), is imported
into its column, and the release is exported as one language and side by side, read back with python-docx.

The texts (tests/fixtures/e2e_releases.json) are official releases published in Chinese, English and Russian by
Xinhua, CRI and China's foreign ministry; where one version was not found, it was rendered paragraph for
paragraph. Some versions differ in their paragraphs as published ones do: a dateline set on a line of its own, two
paragraphs run into one."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from export_helpers import cell_rows, open_docx

from desktop_app import LANGS
from desktop_app.cli import main
from desktop_app.domain.alignment import Pair, align_paragraphs
from desktop_app.domain.release import Release, Role
from desktop_app.services.importing import import_file
from desktop_app.storage.project_store import ProjectStore

RELEASES = json.loads((Path(__file__).parent / "fixtures" / "e2e_releases.json").read_text(encoding="utf-8"))
FONTS = {"zh": "SimSun", "en": "Times New Roman", "ru": "Times New Roman"}
WORD_LANGS = {"zh": "zh-CN", "en": "en-US", "ru": "ru-RU"}


def write_version(path: Path, paragraphs: list[list[str]], lang: str) -> Path:
    """A version as an office's Word file: the headline bold and centred (or in Title), a blank paragraph between
    paragraphs where the office leaves one, the caption in italics, the end mark centred."""
    doc = docx.Document()
    for kind, text in paragraphs:
        if kind == "blank":
            doc.add_paragraph("")
            continue
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.font.name = FONTS[lang]
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONTS[lang])
        if kind == "headline":
            run.bold, run.font.size, para.alignment = True, Pt(16), WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "title":
            para.style = doc.styles["Title"]
        elif kind == "caption":
            run.italic = True
        elif kind == "ends":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)
    return path


def load(project: Path) -> Release:
    store = ProjectStore.open(project)
    try:
        return store.load()
    finally:
        store.close()


def texts(name: str, lang: str) -> list[str]:
    return [text for kind, text in RELEASES[name][lang] if kind != "blank"]


def imported(tmp_path: Path, name: str) -> tuple[Path, list[list[str]]]:
    """The release imported version by version (zh, en, ru) through the command line; its rows' texts."""
    project = tmp_path / f"{name}.pressdesk"
    assert main(["new", str(project)]) == 0
    for lang in LANGS:
        source = write_version(tmp_path / f"{name}-{lang}.docx", RELEASES[name][lang], lang)
        assert main(["import", str(project), "--lang", lang, str(source)]) == 0
    release = load(project)
    return project, [[seg.text(lang) for lang in LANGS] for seg in release.segments]


@pytest.mark.parametrize("name", ["xi-putin-arrival-2023", "wang-yi-lavrov-2018", "wang-yi-lavrov-2023"])
def test_versions_with_the_same_paragraphs_fill_one_row_each(tmp_path: Path, name: str) -> None:
    project, rows = imported(tmp_path, name)
    assert rows == [list(row) for row in zip(*(texts(name, lang) for lang in LANGS), strict=True)]
    release = load(project)
    assert release.segments[0].role is Role.HEADLINE
    assert release.title == texts(name, "zh")[0]


def test_a_paragraph_run_into_the_one_before_leaves_the_rows_after_it_aligned(tmp_path: Path) -> None:
    """The Russian of the Kremlin talks gives "两国元首先后举行小范围、大范围会谈" in the paragraph before it: that row
    stays without Russian, and Xi's words stay beside Xi's words."""
    _, rows = imported(tmp_path, "xi-putin-talks-2023")
    zh, en, ru = (texts("xi-putin-talks-2023", lang) for lang in LANGS)
    assert [row[0] for row in rows] == zh and [row[1] for row in rows] == en
    assert [row[2] for row in rows] == [*ru[:4], "", *ru[4:]]
    assert rows[3][2].endswith("провели переговоры в узком и расширенном составе.")


def test_a_dateline_on_a_line_of_its_own_gets_a_row_of_its_own(tmp_path: Path) -> None:
    """Xinhua's English sets "BEIJING, Jan. 21 (Xinhua)" apart; the Chinese and Russian open the lead with it.
    The line gets a row, and the Russian lead goes beside the Chinese lead, not beside the dateline."""
    _, rows = imported(tmp_path, "xi-putin-video-2025")
    zh, en, ru = (texts("xi-putin-video-2025", lang) for lang in LANGS)
    assert rows == [[zh[0], en[0], ru[0]], ["", en[1], ""],
                    *[[z, e, r] for z, e, r in zip(zh[1:], en[2:], ru[1:], strict=True)]]


def test_the_import_names_the_rows_to_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    imported(tmp_path, "xi-putin-talks-2023")
    err = capsys.readouterr().err
    assert "row(s) 5 left without Russian text" in err


@pytest.mark.parametrize("name", ["wang-yi-lavrov-2023", "xi-putin-talks-2023"])
def test_exports_carry_the_cells_text_language_tags_and_fonts(tmp_path: Path, name: str) -> None:
    project, rows = imported(tmp_path, name)
    out = tmp_path / "out"
    assert main(["export", str(project), "--lang", "all", "-o", str(out)]) == 0
    for k, lang in enumerate(LANGS):
        (path,) = out.glob(f"*-{lang}.docx")
        paragraphs = [p for p in open_docx(path).paragraphs if p.text.strip()]
        cells = [row[k] for row in rows if row[k] and row[k] not in ("（完）", "###", "***")]
        assert [p.text for p in paragraphs][:len(cells)] == cells
        for para in paragraphs:
            for run in para.runs:
                rpr = run._element.rPr
                assert rpr.find(qn("w:lang")).get(qn("w:val")) == WORD_LANGS[lang], run.text
                fonts = rpr.find(qn("w:rFonts"))
                assert fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:ascii")), run.text
                if lang == "zh":
                    assert fonts.get(qn("w:hint")) == "eastAsia", run.text
    table_path = tmp_path / "table.docx"
    assert main(["export", str(project), "--layout", "table", "-o", str(table_path)]) == 0
    (table,) = open_docx(table_path).tables
    assert cell_rows(table) == [["中文", "English", "Русский"], *rows]


def test_alignment_pairs_by_share_of_length_and_numbers() -> None:
    rows = ["Headline of ten", "A long lead paragraph with 2024 in it, many words", "Short one.", "Closing words."]
    paragraphs = ["Заголовок из десяти", "Длинный первый абзац с 2024 годом, много слов. Короткий.", "Конец текста."]
    assert align_paragraphs(rows, paragraphs) == [Pair((0,), 0), Pair((1, 2), 1), Pair((3,), 2)]
    assert align_paragraphs(["a" * 10, "b" * 40], ["c" * 10, "d" * 3, "e" * 40]) == [
        Pair((0,), 0), Pair((), 1), Pair((1,), 2)]


def test_a_caption_one_version_leaves_out_keeps_its_row_to_itself(tmp_path: Path) -> None:
    """Xinhua's Chinese from St Petersburg carries the photo caption between the lead and the body; the English
    and Russian leave it out. Its row stays without them, and each body paragraph stays beside its own."""
    project, rows = imported(tmp_path, "xi-putin-st-petersburg-2019")
    zh, en, ru = (texts("xi-putin-st-petersburg-2019", lang) for lang in LANGS)
    assert rows == [[zh[0], en[0], ru[0]], [zh[1], en[1], ru[1]], [zh[2], "", ""],
                    *[[z, e, r] for z, e, r in zip(zh[3:], en[2:], ru[2:], strict=True)]]
    assert load(project).segments[2].role is Role.NOTE


@pytest.mark.parametrize(("name", "row"), [("wang-yi-lavrov-2018", 1), ("wang-yi-lavrov-2023", 1),
                                           ("xi-putin-video-2025", 1)])
def test_a_dateline_line_in_normal_style_is_the_dateline(tmp_path: Path, name: str, row: int) -> None:
    project, _ = imported(tmp_path, name)
    roles = [seg.role for seg in load(project).segments]
    assert roles[row] is Role.DATELINE
    assert roles.count(Role.DATELINE) == 1


def test_photo_captions_are_notes_and_lead_paragraphs_are_not(tmp_path: Path) -> None:
    project, _ = imported(tmp_path, "xi-putin-arrival-2023")
    assert [seg.role for seg in load(project).segments] == [
        Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY, Role.NOTE, Role.BODY]


def test_the_contact_block_is_a_contact_and_follows_the_end_mark(tmp_path: Path) -> None:
    project, rows = imported(tmp_path, "wang-yi-lavrov-2018")
    assert load(project).segments[-1].role is Role.CONTACT
    out = tmp_path / "ru.docx"
    assert main(["export", str(project), "--lang", "ru", "-o", str(out)]) == 0
    paragraphs = [p for p in open_docx(out).paragraphs if p.text.strip()]
    assert [(p.style.name, p.text) for p in paragraphs[-2:]] == [("End Mark", "###"), ("Contact", rows[-1][2])]


def test_qa_reads_a_day_range_and_a_phone_number_as_the_other_versions_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """6月8日至10日 is June 8 to 10 (no June 10 missing), and 010-65961114 is +86 10 6596 1114 dialled at home."""
    project, _ = imported(tmp_path, "wang-yi-lavrov-2018")
    capsys.readouterr()
    assert main(["qa", str(project), "--json", "--no-spelling"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert [(f["segment"], f["kind"], f["severity"]) for f in findings] == [(5, "spacing", "info")]


def test_the_russian_original_first_then_a_shorter_and_a_longer_version(tmp_path: Path) -> None:
    """The Kremlin's Russian is imported first; the Chinese leaves out the press service's closing line, the English
    splits the first paragraph in two. The closing line's row stays without Chinese, the English half gets a row of
    its own (nothing is dropped or run together), and every other row holds one paragraph in three languages."""
    project = tmp_path / "phone.pressdesk"
    assert main(["new", str(project)]) == 0
    for lang in ("ru", "zh", "en"):
        source = write_version(tmp_path / f"phone-{lang}.docx", RELEASES["putin-xi-phone-2025"][lang], lang)
        assert main(["import", str(project), "--lang", lang, str(source)]) == 0
    rows = [[seg.text(lang) for lang in LANGS] for seg in load(project).segments]
    zh, en, ru = (texts("putin-xi-phone-2025", lang) for lang in LANGS)
    assert rows == [[zh[0], en[0], ru[0]], [zh[1], en[1], ru[1]], ["", en[2], ""], [zh[2], en[3], ru[2]],
                    ["", en[4], ru[3]], [zh[3], en[5], ru[4]]]


def test_a_release_in_title_style_with_blank_lines_checks_clean(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """«Группы двадцати» is the G20 (二十国集团), a name, not the number 20 missing from the other versions."""
    project, rows = imported(tmp_path, "wang-yi-lavrov-nagoya-2019")
    assert rows == [list(row) for row in zip(*(texts("wang-yi-lavrov-nagoya-2019", lang) for lang in LANGS),
                                             strict=True)]
    capsys.readouterr()
    assert main(["qa", str(project), "--json", "--no-spelling"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_document_too_long_to_pair_is_imported_by_order(tmp_path: Path) -> None:
    """Past MAX_PAIRINGS (no press release is that long) the import goes row by row, the extra paragraph last."""
    rows = 300
    zh = tmp_path / "zh.txt"
    zh.write_text("\n\n".join(f"第{i}段。" for i in range(rows)), encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("\n\n".join(f"Paragraph {i}." for i in range(rows + 1)), encoding="utf-8")
    release = Release()
    import_file(release, "zh", zh)
    report = import_file(release, "en", en)
    assert [s.text("en") for s in release.segments] == [f"Paragraph {i}." for i in range(rows + 1)]
    assert report.aligned_with == "" and report.added_rows == 1
