"""Exporting releases that came in from Word documents in the wild: every run of every layout carries its
language and fonts, and justified text does not spread the words of a line ended by a manual line break."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from export_helpers import LANG_TAG, all_paragraphs, open_docx, run_attrs
from lxml import etree
from test_export_single import full_release

from desktop_app import LANGS
from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.formats.docx_reader import read_docx
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import import_file
from desktop_app.settings import Settings

TEXTS = {
    "zh": ["中俄博览会在哈尔滨开幕", "哈尔滨，6月5日\n本届博览会为期五天，参展企业来自12个地区（Harbin Expo）。",
           "门票免费。"],
    "en": ["China-Russia Expo opens in Harbin", "HARBIN, 5 June\nThe five-day expo brings exhibitors from 12 regions.",
           "Admission is free."],
    "ru": ["В Харбине открылось Российско-Китайское ЭКСПО", "ХАРБИН, 5 июня\nЭКСПО продлится пять дней (哈尔滨).",
           "Вход свободный."],
}


def _word_file(path: Path, paragraphs: list[str]) -> Path:
    """A release as typed in Word: a title, paragraphs with manual line breaks (Shift+Enter)."""
    doc = docx.Document()
    doc.add_paragraph(paragraphs[0], style="Title")
    for text in paragraphs[1:]:
        p = doc.add_paragraph()
        for i, line in enumerate(text.split("\n")):
            run = p.add_run(line)
            if i < text.count("\n"):
                run.add_break()
    doc.save(path)
    return path


@pytest.fixture
def release(tmp_path: Path) -> Release:
    release = Release()
    for lang in LANGS:
        import_file(release, lang, _word_file(tmp_path / f"in-{lang}.docx", TEXTS[lang]))
    return release


FONTS = {"zh": "FZShuSong", "en": "Georgia", "ru": "PT Serif"}


def _check_runs(paragraphs: list, lang: str) -> int:
    """Every run: the language of its column; the column's serif in the ASCII, high-ANSI and complex-script
    slots (English's for Chinese, whose Latin letters and digits use it), the Chinese font in the East Asian one."""
    checked = 0
    western = FONTS["en"] if lang == "zh" else FONTS[lang]
    for paragraph in paragraphs:
        for attrs in run_attrs(paragraph):
            assert attrs["lang"] == LANG_TAG[lang] and attrs["lang_east_asia"] == "zh-CN", (paragraph.text, attrs)
            assert attrs["ascii"] == attrs["hAnsi"] == attrs["cs"] == western, (paragraph.text, attrs)
            assert attrs["eastAsia"] == FONTS["zh"], (paragraph.text, attrs)
            checked += 1
    return checked


@pytest.mark.parametrize("lang", LANGS)
def test_single_export_of_an_imported_release_tags_every_run(release: Release, tmp_path: Path, lang: str) -> None:
    settings = Settings(end_mark="", fonts=dict(FONTS))
    out = tmp_path / f"{lang}.docx"
    export_release(release, out, lang, "single", settings=settings)
    doc = open_docx(out)
    body = [p for p in doc.paragraphs if p.text.strip()]
    assert [p.text for p in body] == TEXTS[lang]
    assert _check_runs(body, lang) >= len(TEXTS[lang])
    assert [p.text for p in read_docx(out)] == TEXTS[lang]


def test_table_export_tags_each_column_with_its_language(release: Release, tmp_path: Path) -> None:
    settings = Settings(fonts=dict(FONTS))
    out = tmp_path / "table.docx"
    export_release(release, out, None, "table", settings=settings)
    table = open_docx(out).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == [list(row) for row in zip(*TEXTS.values(),
                                                                                                strict=True)]
    for column, lang in enumerate(LANGS):
        cells = [row.cells[column] for row in table.rows]
        assert _check_runs([p for c in cells for p in c.paragraphs], lang) == len(TEXTS[lang]) + 1


def _compat(path: Path) -> list[str]:
    settings = open_docx(path).settings.element
    compat = settings.find(qn("w:compat"))
    assert compat is not None
    return [child.tag.split("}")[1] for child in compat]


@pytest.mark.parametrize("layout", ["single", "table", "review"])
def test_lines_ended_by_a_manual_break_are_not_stretched(release: Release, tmp_path: Path, layout: str) -> None:
    out = tmp_path / f"{layout}.docx"
    export_release(release, out, "en", layout, pair="zh-en")
    assert any("\n" in p.text for p in all_paragraphs(open_docx(out)))
    names = _compat(out)
    assert names.count("doNotExpandShiftReturn") == 1
    assert names.index("doNotExpandShiftReturn") < names.index("compatSetting")  # schema order: Word is strict


def test_the_option_is_placed_in_schema_order_in_a_house_template(release: Release, tmp_path: Path) -> None:
    """python-docx's own template has `useFELayout` (after the option in CT_Compat) and no option yet; a
    template without any w:compat gets one before w:rsids."""
    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    export_release(release, tmp_path / "a.docx", "ru", "single", template=plain)
    names = _compat(tmp_path / "a.docx")
    assert names.index("doNotExpandShiftReturn") < names.index("useFELayout")

    bare = docx.Document()
    bare.settings.element.remove(bare.settings.element.find(qn("w:compat")))
    bare.save(tmp_path / "bare.docx")
    export_release(release, tmp_path / "b.docx", "ru", "single", template=tmp_path / "bare.docx")
    children = [c.tag.split("}")[1] for c in open_docx(tmp_path / "b.docx").settings.element]
    assert children.index("compat") < children.index("rsids")
    assert _compat(tmp_path / "b.docx") == ["doNotExpandShiftReturn"]


def test_an_exported_release_comes_back_with_its_roles(tmp_path: Path) -> None:
    release = full_release()
    for lang in LANGS:
        out = tmp_path / f"{lang}.docx"
        export_release(release, out, lang, "single", settings=Settings(end_mark="native"))
        again = Release()
        import_file(again, lang, out)
        expected = [(s.role, s.text(lang)) for s in release.segments if s.text(lang)]
        assert [(s.role, s.text(lang)) for s in again.segments] == expected


def test_word_subtitle_and_quote_styles_give_their_roles(tmp_path: Path) -> None:
    doc = docx.Document()
    for text, style in (("Harbin fair opens", "Title"), ("Record number of exhibitors", "Subtitle"),
                        ("The fair opened on Monday.", None), ("\u201cA good start,\u201d she said.", "Quote"),
                        ("More to come.", "Intense Quote"), ("Second heading", "Heading 1")):
        doc.add_paragraph(text, style=style)
    doc.save(tmp_path / "roles.docx")
    assert [p.role.value for p in read_docx(tmp_path / "roles.docx")] == [
        "headline", "subheadline", "body", "quote", "quote", "body"]


def _run_text(run: etree._Element) -> str:
    """A run's text with its line breaks."""
    return "".join("\n" if el.tag == qn("w:br") else el.text or "" for el in run.iter(qn("w:t"), qn("w:br")))


def test_russian_words_in_english_and_chinese_text_are_tagged_russian(tmp_path: Path) -> None:
    """A Russian name quoted in Cyrillic is proofed as Russian: its own run, same fonts, w:lang ru-RU."""
    release = Release()
    release.segments.append(Segment(Role.BODY, {
        "en": imported_cell("Governor Oleg Kozhemyako (Олег Кожемяко) opened the expo.\nHarbin"),
        "zh": imported_cell("俄罗斯滨海边疆区行政长官科热米亚科（Олег Кожемяко）出席。"),
        "ru": imported_cell("Губернатор Олег Кожемяко открыл выставку (Harbin Expo)."),
    }))
    for lang, expected in (
            ("en", [("Governor Oleg Kozhemyako (", "en-US"), ("Олег Кожемяко", "ru-RU"),
                    (") opened the expo.\nHarbin", "en-US")]),
            ("zh", [("俄罗斯滨海边疆区行政长官科热米亚科（", "zh-CN"), ("Олег Кожемяко", "ru-RU"),
                    ("）出席。", "zh-CN")]),
            ("ru", [("Губернатор Олег Кожемяко открыл выставку (Harbin Expo).", "ru-RU")])):
        out = tmp_path / f"{lang}.docx"
        export_release(release, out, lang, "single", settings=Settings(end_mark="", fonts=dict(FONTS)))
        paragraph = open_docx(out).paragraphs[0]
        runs = [(_run_text(r), attrs["lang"])
                for r, attrs in zip(paragraph._p.iter(qn("w:r")), run_attrs(paragraph), strict=True)]
        assert runs == expected
        fonts = {(a["ascii"], a["eastAsia"]) for a in run_attrs(paragraph)}
        assert fonts == {(FONTS["en"] if lang == "zh" else FONTS[lang], FONTS["zh"])}, "one look for the paragraph"
        assert paragraph.text == release.segments[0].text(lang)


def test_review_header_names_the_languages_in_their_own_tags(release: Release, tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    export_release(release, out, None, "review", pair="zh-ru")
    header = open_docx(out).tables[0].rows[0].cells[2].paragraphs[0]
    tagged = {_run_text(r): attrs["lang"]
              for r, attrs in zip(header._p.iter(qn("w:r")), run_attrs(header), strict=True)}
    assert tagged["Русский"] == "ru-RU" and tagged["Target ("] == "en-US"
