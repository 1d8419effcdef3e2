"""The single-language layout: a press release per language, read back with python-docx and the core importer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from export_helpers import LANG_TAG, open_docx, run_attrs

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Release, Role, Segment, Status
from desktop_app.formats.docx_reader import read_docx
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import import_file, sample_release
from desktop_app.settings import Settings

EXPECTED_STYLE = {Role.HEADLINE: "Title", Role.SUBHEADLINE: "Subtitle", Role.DATELINE: "Dateline",
                  Role.LEAD: "Lead", Role.BODY: "Body Text", Role.QUOTE: "Quote", Role.SOURCE: "Source",
                  Role.CONTACT: "Contact", Role.NOTE: "Note"}
FONTS = {"zh": "SimSun", "en": "Georgia", "ru": "PT Serif"}


def _cell(text: str) -> Cell:
    return Cell(text, Status.APPROVED)


def full_release() -> Release:
    """Every role once, a contact block with line breaks, and one segment that has no Russian text."""
    rows = [
        (Role.HEADLINE, "金华举行圆桌会议", "Roundtable held in Jinhua", "Круглый стол в Цзиньхуа"),
        (Role.SUBHEADLINE, "百余家企业参会", "Over 100 companies attend", "Более 100 компаний"),
        (Role.DATELINE, "2023年7月20日", "July 20, 2023", "20 июля 2023 года"),
        (Role.LEAD, "会议19日开幕。", "The conference opened on the 19th.", "Конференция открылась 19-го."),
        (Role.BODY, "双方签署了协议。", "The sides signed an agreement.", ""),
        (Role.QUOTE, "“合作前景广阔，”他说。", "\"Prospects are broad,\" he said.",
         "«Перспективы широки», — сказал он."),
        (Role.SOURCE, "来源：金华市人民政府", "Source: Jinhua government", "Источник: правительство Цзиньхуа"),
        (Role.CONTACT, "联系人：王明\n电话：0579-1234", "Contact: Wang Ming\nPhone: +86 579 1234",
         "Контакт: Ван Мин\nТел.: +86 579 1234"),
        (Role.NOTE, "编者按：本届为第十届。", "Note to editors: this is the 10th.", "Примечание: это десятый."),
    ]
    return Release("Roundtable", "2023-07-20",
                   [Segment(role, {"zh": _cell(zh), "en": _cell(en), "ru": _cell(ru) if ru else Cell()})
                    for role, zh, en, ru in rows])


@pytest.fixture
def settings() -> Settings:
    return Settings(author="Press Office", end_mark="native", fonts=dict(FONTS))


@pytest.mark.parametrize("lang", LANGS)
def test_sample_release_reads_back_in_order_with_styles_language_and_fonts(
        tmp_path: Path, settings: Settings, lang: str) -> None:
    release = sample_release()
    out = tmp_path / f"{lang}.docx"
    result = export_release(release, out, lang, "single", settings=settings)
    assert result.paths == [out]
    doc = open_docx(out)
    paragraphs = doc.paragraphs
    mark = {"zh": "（完）", "en": "###", "ru": "***"}[lang]
    assert [p.text for p in paragraphs] == [s.text(lang) for s in release.segments] + [mark]
    assert [p.style.name for p in paragraphs] == [EXPECTED_STYLE[s.role] for s in release.segments] + ["End Mark"]
    western = FONTS["en"] if lang == "zh" else FONTS[lang]
    for paragraph in paragraphs:
        attrs = run_attrs(paragraph)
        assert attrs, paragraph.text
        for attr in attrs:
            assert attr["lang"] == LANG_TAG[lang]
            assert attr["lang_east_asia"] == "zh-CN"
            assert attr["eastAsia"] == FONTS["zh"]
            assert attr["ascii"] == attr["hAnsi"] == attr["cs"] == western


def test_chinese_body_is_indented_two_characters_and_other_languages_are_not(tmp_path: Path,
                                                                             settings: Settings) -> None:
    release = full_release()
    for lang in ("zh", "en"):
        export_release(release, tmp_path / f"{lang}.docx", lang, "single", settings=settings)
        for paragraph, seg in zip(open_docx(tmp_path / f"{lang}.docx").paragraphs, release.segments, strict=False):
            ind = paragraph._p.pPr.find(qn("w:ind"))
            indented = ind is not None and ind.get(qn("w:firstLineChars")) == "200"
            assert indented == (lang == "zh" and seg.role in (Role.LEAD, Role.BODY, Role.QUOTE)), paragraph.text
            if indented:
                assert int(ind.get(qn("w:firstLine"))) > 0  # the same indent for readers without character units


def test_every_role_has_its_style_and_the_end_mark_precedes_contact_and_notes(tmp_path: Path,
                                                                              settings: Settings) -> None:
    release = full_release()
    export_release(release, tmp_path / "en.docx", "en", "single", settings=settings)
    paragraphs = open_docx(tmp_path / "en.docx").paragraphs
    styles = [p.style.name for p in paragraphs]
    assert styles == ["Title", "Subtitle", "Dateline", "Lead", "Body Text", "Quote", "Source", "End Mark",
                      "Contact", "Note"]
    assert paragraphs[7].text == "###"
    assert paragraphs[8].text == "Contact: Wang Ming\nPhone: +86 579 1234"  # line breaks kept inside the block


def test_segments_without_text_are_left_out_and_counted(tmp_path: Path, settings: Settings) -> None:
    release = full_release()
    result = export_release(release, tmp_path / "ru.docx", "ru", "single", settings=settings)
    texts = [p.text for p in open_docx(tmp_path / "ru.docx").paragraphs]
    assert result.left_out == {"ru": 1}
    assert "" not in texts
    assert texts[:4] == [s.text("ru") for s in release.segments[:4]]
    assert texts[4] == release.segments[5].text("ru")


@pytest.mark.parametrize(("setting", "lang", "expected"), [
    ("###", "zh", "###"), ("native", "zh", "（完）"), ("native", "ru", "***"), ("native", "en", "###"),
    ("-30-", "ru", "-30-"), ("", "en", None)])
def test_end_mark_follows_the_setting(tmp_path: Path, setting: str, lang: str, expected: str | None) -> None:
    release = sample_release()
    export_release(release, tmp_path / "out.docx", lang, "single", settings=Settings(end_mark=setting))
    paragraphs = open_docx(tmp_path / "out.docx").paragraphs
    end_marks = [p.text for p in paragraphs if p.style.name == "End Mark"]
    assert end_marks == ([expected] if expected else [])
    assert len(paragraphs) == len(release.segments) + (1 if expected else 0)


def test_core_properties_and_page_number_field(tmp_path: Path, settings: Settings) -> None:
    before = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    release = sample_release()
    export_release(release, tmp_path / "ru.docx", "ru", "single", settings=settings)
    doc = open_docx(tmp_path / "ru.docx")
    props = doc.core_properties
    assert props.title == release.segments[0].text("ru")
    assert props.language == "ru-RU"
    assert props.author == props.last_modified_by == "Press Office"
    assert props.created >= before and props.modified >= before
    footer = doc.sections[0].footer._element
    assert any(" PAGE " in (el.text or "") for el in footer.iter(qn("w:instrText")))
    default_lang = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert default_lang.get(qn("w:val")) == "ru-RU"


def test_styles_carry_the_look_and_runs_carry_only_language_and_fonts(tmp_path: Path, settings: Settings) -> None:
    export_release(full_release(), tmp_path / "en.docx", "en", "single", settings=settings)
    doc = open_docx(tmp_path / "en.docx")
    for paragraph in doc.paragraphs:
        for r in paragraph._p.iter(qn("w:r")):
            assert [child.tag for child in r.find(qn("w:rPr"))] == [qn("w:rFonts"), qn("w:lang")]
    assert doc.styles["Title"].font.bold
    assert doc.styles["Title"].font.size is not None
    normal_fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal_fonts.get(qn("w:eastAsia"))  # the template's styles name an East Asian font


@pytest.mark.parametrize("lang", LANGS)
def test_export_reimports_through_the_core_importer_with_the_same_text(tmp_path: Path, lang: str) -> None:
    release = sample_release()
    out = tmp_path / f"{lang}.docx"
    export_release(release, out, lang, "single", settings=Settings(end_mark=""))
    assert [p.text for p in read_docx(out)] == [s.text(lang) for s in release.segments]

    reimported = Release()
    report = import_file(reimported, lang, out)
    assert report.paragraphs == len(release.segments)
    assert [s.text(lang) for s in reimported.segments] == [s.text(lang) for s in release.segments]
    assert reimported.segments[0].role is Role.HEADLINE

    # Into the aligned release it came from: every row gets its own text back, no row added.
    target = sample_release()
    for seg in target.segments:
        seg.cells[lang] = Cell()
    report = import_file(target, lang, out)
    assert report.added_rows == 0
    assert [s.text(lang) for s in target.segments] == [s.text(lang) for s in release.segments]


def test_contact_block_line_breaks_survive_reimport(tmp_path: Path) -> None:
    release = full_release()
    export_release(release, tmp_path / "zh.docx", "zh", "single", settings=Settings(end_mark=""))
    assert [p.text for p in read_docx(tmp_path / "zh.docx")] == [s.text("zh") for s in release.segments]


def test_text_copied_from_word_with_control_characters_still_exports(tmp_path: Path) -> None:
    release = sample_release()
    release.segments[2].cells["en"] = Cell("First line\x0bsecond line\x01 with\ttab ", Status.DRAFT)
    export_release(release, tmp_path / "en.docx", "en", "single", settings=Settings(end_mark=""))
    texts = [p.text for p in read_docx(tmp_path / "en.docx")]
    assert texts[2] == "First line\nsecond line with\ttab"  # manual line break kept, the invalid character dropped
    assert open_docx(tmp_path / "en.docx").paragraphs[2].text == "First line\nsecond line with\ttab "
