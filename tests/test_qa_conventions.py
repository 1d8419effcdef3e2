"""Conventions of real releases that are no inconsistency: headlines, the release's own year, dates of publication,
date ranges, ordinals given elsewhere, independently written paragraphs."""

from __future__ import annotations

from qa_helpers import findings_of, row

from desktop_app.domain.qa import check_release
from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Role, Segment, Status, imported_cell


def kinds_of(zh: str, en: str, ru: str, role: Role = Role.BODY, date: str = "2022-09-04") -> list[tuple[str, str]]:
    return [(f.lang, f.message_id) for f in findings_of(row(zh, en, ru, role=role), date)
            if f.kind is not Kind.MISSING]


def test_headlines_leave_numbers_out_freely_but_may_not_contradict() -> None:
    assert kinds_of("第十届中俄圆桌会议在金华举行", "China-Russia roundtable opens in Jinhua",
                    "В Цзиньхуа открылся круглый стол", Role.HEADLINE) == []
    found = kinds_of("第十届中俄圆桌会议在金华举行", "11th China-Russia roundtable opens in Jinhua",
                     "X круглый стол открылся в Цзиньхуа", Role.HEADLINE)
    assert ("en", "number-missing") in found and ("en", "number-extra") in found
    # A space parts the two halves of a Chinese headline; in running text it is a slip.
    assert kinds_of("栗战书将访问俄罗斯等四国 参加东方经济论坛", "", "", Role.HEADLINE) == []
    assert kinds_of("栗战书将访问俄罗斯等四国 参加东方经济论坛", "", "") == [("zh", "cjk-space")]


def test_the_release_year_and_the_date_of_publication_need_not_be_repeated() -> None:
    assert kinds_of("", "In April, he sent an invitation to visit Russia in September 2022.",
                    "В апреле он направил приглашение посетить Россию в сентябре.") == []
    assert kinds_of("中国官方9月4日披露消息：栗战书将于9月7日至17日访问俄罗斯。",
                    "Li Zhanshu will visit Russia from September 7-17, local media reported on Sunday.",
                    "Ли Чжаньшу посетит Россию 7-17 сентября, передает агентство Синьхуа.") == []
    assert kinds_of("", "The forum was held in September 2021.", "Форум прошёл в сентябре.") == [
        ("ru", "number-missing")]


def test_both_ends_of_a_date_range_are_dates() -> None:
    assert kinds_of("赵乐际于7月9日至13日访问俄罗斯。", "Zhao visited Russia from July 9 to 13.",
                    "Чжао Лэцзи посетил Россию с 9 по 13 июля.", date="2024-07-13") == []
    assert kinds_of("赵乐际于7月9日至13日访问俄罗斯。", "Zhao visited Russia from July 9 to 12.",
                    "Чжао Лэцзи посетил Россию с 9 по 13 июля.", date="2024-07-13") == [("en", "date-differs")]


def test_an_ordinal_a_version_gave_in_another_paragraph_is_known() -> None:
    segments = [Segment(Role.BODY, {"zh": imported_cell("栗战书将出席东方经济论坛。"),
                                    "en": imported_cell("Li will attend the Eastern Economic Forum."),
                                    "ru": imported_cell("Ли Чжаньшу примет участие в седьмом Восточном форуме.")}),
                Segment(Role.BODY, {"zh": imported_cell("第七届东方经济论坛将于9月5日至8日举行。"),
                                    "en": imported_cell("The 7th Eastern Economic Forum will take place on September "
                                                        "5-8."),
                                    "ru": imported_cell("ВЭФ пройдет 5-8 сентября.")})]
    assert [f for f in check_release(Release("t", "2022-09-04", segments)) if f.kind is Kind.NUMBER] == []


def test_independent_versions_differ_in_length_and_only_gross_or_repeated_text_is_flagged() -> None:
    zh = "会议期间，马特维延科向习近平转达了普京的口信。"
    en = "During the meeting, Matviyenko delivered a message from Russian President Vladimir Putin to Xi."
    ru = ("Спикер Верхней палаты сообщила Си Цзиньпину, что Владимир Путин тепло вспоминает мартовский визит "
          "китайского коллеги и результативные переговоры, а также передала устное послание от российского президента.")
    assert kinds_of(zh, en, ru) == []  # two agencies' reports: the Russian says more
    translated = row(zh, en, "")
    translated.cells["ru"] = Cell(ru, Status.MACHINE, Provenance(Origin.MACHINE, "en", en, "argos"))
    assert ("ru", "length-long") in [(f.lang, f.message_id) for f in findings_of(translated, "2023-07-10")]
    short_ru = "Матвиенко передала Си Цзиньпину послание Владимира Путина."
    assert kinds_of(zh, en + " " + en, short_ru) == [("en", "length-long")]  # the same sentence twice
