"""Quantities in zh/en/ru text, and the number check across a row: equivalent forms pass, differences are found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from qa_helpers import findings_of, kinds, row

from desktop_app.domain.qa.numbers import Approx, QKind, quantities
from desktop_app.domain.release import Origin, Provenance


def values(text: str, lang: str) -> set[tuple[str, float]]:
    """The strict quantities' (kind, value), as the check compares them."""
    return {q.key for q in quantities(text, lang) if q.strict}


N = QKind.NUMBER.value


@pytest.mark.parametrize(("text", "expected"), [
    ("已连续举办九届", 9),
    ("第十届中俄中小企业合作圆桌会议", 10),
    ("二十三名代表", 23),
    ("吸引了一百余家企业", 100),
    ("2.5万人参加", 25_000),
    ("投资3亿元", 300_000_000),
    ("增长百分之三十", 30),
    ("增长30%", 30),
    ("十周年", 10),
    ("二〇二三年", 2023),
    ("100余万人", 1_000_000),
])
def test_chinese_numerals(text: str, expected: float) -> None:
    assert values(text, "zh") == {(N, expected)}


@pytest.mark.parametrize("text", [
    "“一带一路”倡议", "十分重要", "进一步加强合作", "千万不要忘记", "万一出现问题", "统一思想", "其中之一",
    "中俄两国", "一个重要平台", "四川省", "三峡工程",
])
def test_chinese_words_that_are_not_quantities(text: str) -> None:
    assert values(text, "zh") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("held nine times", 9),
    ("twenty-three delegates", 23),
    ("one hundred and five companies", 105),
    ("the 10th roundtable", 10),
    ("the tenth roundtable", 10),
    ("more than 100 enterprises", 100),
    ("2.5 million people", 2_500_000),
    ("25,000 visitors", 25_000),
    ("up 30 percent", 30),
    ("up 30%", 30),
    ("in 2007", 2007),
])
def test_english_numbers(text: str, expected: float) -> None:
    assert values(text, "en") == {(N, expected)}


@pytest.mark.parametrize("text", [
    "the two countries", "one of the most important", "both sides", "the G20 summit", "5G networks",
    "COVID-19 measures", "Hundreds of firms", "no one else",
])
def test_english_words_that_are_not_reportable(text: str) -> None:
    assert values(text, "en") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("проводился уже девять раз", 9),
    ("девяти участников", 9),
    ("двадцати трёх делегатов", 23),
    ("X Российско-китайский круглый стол", 10),
    ("в XXI веке", 21),
    ("десятого форума", 10),
    ("более 100 компаний", 100),
    ("2,5 млрд рублей", 2_500_000_000),
    ("25 000 человек", 25_000),
    ("25 тыс. человек", 25_000),
    ("рост на 30%", 30),
    ("тридцать процентов", 30),
    ("в 2007 году", 2007),
    ("10-й форум", 10),
])
def test_russian_numbers(text: str, expected: float) -> None:
    assert values(text, "ru") == {(N, expected)}


@pytest.mark.parametrize("text", [
    "двух стран", "обе стороны", "Windows XP", "стали партнёрами", "один из важнейших", "в первый раз",
])
def test_russian_words_that_are_not_reportable(text: str) -> None:
    assert values(text, "ru") == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("7月19日上午", "zh"), ("七月十九日", "zh"), ("On the morning of July 19", "en"), ("on 19 July", "en"),
    ("Утром 19 июля", "ru"),
])
def test_dates_are_month_and_day(text: str, lang: str) -> None:
    assert values(text, lang) == {(QKind.DATE.value, 719)}


def test_full_dates_give_the_date_and_the_year() -> None:
    expected = {(QKind.DATE.value, 720), (N, 2023)}
    assert values("2023年7月20日", "zh") == values("July 20, 2023", "en") == expected
    assert values("20 июля 2023 года", "ru") == expected


def test_approximation_qualifiers() -> None:
    assert [q.approx for q in quantities("100余家", "zh")] == [Approx.MORE]
    assert [q.approx for q in quantities("more than 100", "en")] == [Approx.MORE]
    assert [q.approx for q in quantities("более 100", "ru")] == [Approx.MORE]
    assert [q.approx for q in quantities("about 100", "en")] == [Approx.ABOUT]
    assert [q.approx for q in quantities("100 companies", "en")] == [Approx.EXACT]


def test_phone_numbers_and_times_are_single_quantities() -> None:
    assert values("Tel. +86 579 8246 1234, at 10:30", "en") == {(QKind.CODE.value, 8657982461234),
                                                                (QKind.TIME.value, 1030)}
    assert values("上午10时30分", "zh") == {(QKind.TIME.value, 1030)}


@pytest.mark.parametrize(("text", "lang"), [("The talks will continue in Moscow next year. -0-", "en"),
                                             ("Переговоры продолжатся в Москве. \u20140\u2014", "ru")])
def test_the_end_of_story_mark_is_no_zero(text: str, lang: str) -> None:
    """Xinhua's wires close a story with -0-, as the Chinese does with (完)."""
    assert values(text, lang) == set()
    assert values("The match ended 2-0-1 on points.", "en") >= {(QKind.NUMBER.value, 0)}


# -- the check across a row ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("zh", "en", "ru"), [
    ("第十届圆桌会议", "the 10th roundtable", "X круглый стол"),
    ("已连续举办九届", "has been held nine times", "проводился уже девять раз"),
    ("7月19日上午", "On the morning of July 19", "Утром 19 июля"),
    ("于2007年创办", "launched in 2007", "учреждённый в 2007 году"),
    ("100余家企业", "more than 100 enterprises", "более 100 компаний"),
    ("2.5万人", "25,000 people", "25 тыс. человек"),
    ("3亿元", "300 million yuan", "300 млн юаней"),
    ("增长百分之三十", "grew by 30 percent", "вырос на 30%"),
    ("十周年", "the 10th anniversary", "10 лет"),
    ("中俄两国企业", "companies of China and Russia", "компании двух стран"),
    ("上午10时开幕", "opened at 10 a.m.", "открылся в 10:00"),
    ("联系电话：+86 579 8246 1234", "Tel.: +86 579 8246 1234", "Тел.: +86 579 8246 1234"),
])
def test_equivalent_forms_are_not_findings(zh: str, en: str, ru: str) -> None:
    assert kinds(findings_of(row(zh, en, ru)), "number") == []


def test_a_number_missing_in_one_version_is_reported_there() -> None:
    segment = row("已连续举办九届", "has been held eight times", "проводился уже девять раз")
    found = kinds(findings_of(segment), "number")
    assert {lang for lang, _ in found} == {"en"}
    assert any("9 is missing" in message for _, message in found)
    assert any("“eight” (8)" in message for _, message in found)


def test_a_wrong_date_is_reported_on_the_odd_version() -> None:
    found = kinds(findings_of(row("7月19日上午", "On the morning of July 18", "Утром 19 июля")), "number")
    assert {lang for lang, _ in found} == {"en"}


def test_a_wrong_year_in_russian_is_reported() -> None:
    found = kinds(findings_of(row("于2007年创办", "launched in 2007", "учреждённый в 2008 году")), "number")
    assert {lang for lang, _ in found} == {"ru"}


def test_scale_errors_are_found() -> None:
    found = kinds(findings_of(row("2.5万人", "2,500 people", "25 тыс. человек")), "number")
    assert {lang for lang, _ in found} == {"en"}


def test_a_lost_approximation_is_a_warning() -> None:
    findings = findings_of(row("100余家企业", "100 enterprises", "более 100 компаний"))
    numbers = [f for f in findings if f.kind.value == "number"]
    assert [(f.lang, f.severity.value) for f in numbers] == [("en", "warning")]


def test_two_versions_blame_the_translation() -> None:
    segment = row("已连续举办九届", "has been held eight times", "")
    segment.cells["en"] = segment.cells["en"].__class__(
        "has been held eight times", segment.cells["en"].status,
        Provenance(Origin.MACHINE, "zh", "已连续举办九届", "argos"))
    found = kinds(findings_of(segment), "number")
    assert {lang for lang, _ in found} == {"en"}
    assert not kinds(findings_of(row("已连续举办九届", "has been held nine times", "")), "number")


# -- forms met in real translations (XQuAD) ---------------------------------------------------------------------
@pytest.mark.parametrize(("zh", "en", "ru"), [
    ("2015 年 7 月，奥巴马访问肯尼亚", "In July 2015 Obama visited Kenya", "В июле 2015 года Обама посетил Кению"),
    ("自上世纪70年代以来", "since the 1970s", "начиная с 1970-х годов"),
    ("需要五到十年", "required five to ten years", "требуется от пяти до десяти лет"),
    ("大约 10 亿年前", "around a billion years ago", "около миллиарда лет назад"),
    ("总资本 1625.84 亿欧元", "capital of 162 584 mln euros", "капитал 162 584 млн. евро"),
    ("人口 17,786,419", "population 17,786,419", "населением 17\u00a0786\u00a0419 человек"),
    ("步行 10 分钟", "a ten-minute walk", "в десяти минутах ходьбы"),
])
def test_real_translation_forms_agree(zh: str, en: str, ru: str) -> None:
    assert kinds(findings_of(row(zh, en, ru)), "number") == []


@pytest.mark.parametrize(("text", "lang", "strict"), [
    ("消耗大约4千克蒸汽", "zh", {4.0}),  # four kilograms, not 4000
    ("需要一两年", "zh", set()),  # one or two years: a guess
    ("数十万年前", "zh", set()),  # hundreds of thousands: vague
    ("Prime 3-manifolds", "en", set()),  # part of a compound word
    ("Людовик XIV правил", "ru", set()),  # a monarch's number
    ("температура 0,3 °C", "ru", {0.3}),  # °C is not Roman 100
    ("принял 500,000 человек", "ru", set()),  # decimal comma or thousands separator: confirms either reading
])
def test_quantities_that_are_never_reported_on_their_own(text: str, lang: str, strict: set[float]) -> None:
    assert {q.value for q in quantities(text, lang) if q.strict} == strict


def test_numeric_dates_are_dates_and_years() -> None:
    expected = {(QKind.DATE.value, 720), (N, 2023)}
    assert values("Дата: 20.07.2023.", "ru") == values("Date: 2023-07-20", "en") == expected


def test_the_written_out_number_word_lemmas_are_num2words_own() -> None:
    from num2words import num2words

    from desktop_app.domain.qa import number_words as nw

    for lang, cardinals, ordinals, numbers in (("en", nw.EN_CARDINALS, nw.EN_ORDINALS, nw.BASE),
                                               ("ru", nw.RU_CARDINALS, nw.RU_ORDINALS, (*nw.BASE, *nw.RU_HUNDREDS))):
        assert list(cardinals) == [num2words(n, lang=lang) for n in numbers]
        assert list(ordinals) == [num2words(n, lang=lang, to="ordinal") for n in numbers]
    assert list(nw.EN_SCALES) == [num2words(n, lang="en").split()[-1] for n in nw.SCALES]
    assert list(nw.RU_SCALES) == [num2words(n, lang="ru").split()[-1] for n in nw.SCALES]


def test_a_number_hyphened_to_a_name_in_any_script_is_part_of_the_name() -> None:
    """«Шереметьево-1», «Ан-124», Су-57: a terminal, an aircraft, not a count; a count beside them still is one."""
    assert values("Самолёт Ан-124 приземлился у терминала «Шереметьево-1».", "ru") == set()
    assert values("Прибыли 124 делегата.", "ru") == {(N, 124)}
    assert [(lang, message_id) for lang, message_id in kinds(findings_of(row(
        "代表团乘专机抵达谢列梅捷沃机场。", "The delegation arrived at Sheremetyevo Airport on a special flight.",
        "Делегация прибыла спецрейсом в аэропорт «Шереметьево-1».")), "number")] == []


@pytest.mark.parametrize(("zh", "en", "same"), [
    ("十九届五中全会审议通过了“十四五”规划建议。",
     "The fifth plenary session of the 19th CPC Central Committee adopted proposals for the 14th Five-Year Plan.",
     True),
    ("十八届三中全会通过了决定。",
     "The third plenary session of the 18th Central Committee adopted the decision.", True),
    ("“十三五”时期经济稳步增长。", "The economy grew steadily during the 13th Five-Year Plan period.", True),
    ("十九届五中全会审议通过了“十四五”规划建议。",
     "The sixth plenary session of the 19th CPC Central Committee adopted proposals for the 14th Five-Year Plan.",
     False),
    ("会议审议通过了“十四五”规划建议。", "The meeting adopted proposals for the 15th Five-Year Plan.", False),
])
def test_plenary_sessions_and_five_year_plans_are_their_ordinals(zh: str, en: str, same: bool) -> None:
    """四中全会 is the fourth plenary session and “十四五” the 14th Five-Year Plan; "Five-Year" is part of a name."""
    found = kinds(findings_of(row(zh, en)), "number")
    assert (found == []) is same, found


@pytest.mark.parametrize(("zh", "en", "ru", "lacking"), [
    # Two occasions, however each version counts them.
    ("两国元首今年两度会晤。", "The two heads of state met twice this year.",
     "Главы двух государств дважды встречались.", []),
    ("双方两次通电话。", "The two sides held two phone calls.", "Стороны провели два телефонных разговора.", []),
    ("两国元首今年2次会晤。", "The heads of state have had two meetings this year.", "", []),
    ("两国元首今年两度会晤。", "The heads of state have had 2 meetings this year.", "", []),
    # Two of other occasions answer a count but are not demanded: translators render them freely.
    ("疫情可能分两次传入该地区。", "The disease may have reached the region in two waves.", "", []),
    ("球队还两次夺得世界冠军。", "The team won the world title twice as well.",
     "Команда также дважды становилась чемпионом мира.", []),
    # Left out where the other versions count them: "the two countries" is no answer to 两度会晤.
    ("两国元首今年两度会晤。", "The heads of state of the two countries met this year.",
     "Главы двух государств дважды встречались.", ["en"]),
    ("两国元首今年两度会晤。", "The two heads of state met twice this year.", "Главы двух государств встречались.",
     ["ru"]),
])
def test_two_occasions_are_a_count_that_other_words_for_two_do_not_answer(
        zh: str, en: str, ru: str, lacking: list[str]) -> None:
    found = kinds(findings_of(row(zh, en, ru)), "number")
    assert [lang for lang, _ in found] == lacking, found


def test_twice_as_much_and_the_two_world_wars_are_no_count_of_occasions() -> None:
    assert {q.kind for q in quantities("Trade grew twice as fast as last year.", "en")} == {QKind.NUMBER}
    assert {q.kind for q in quantities("Товарооборот вырос в два раза больше.", "ru")} == {QKind.NUMBER}
    wars = row("两次世界大战的教训不能忘记。", "The lessons of the two World Wars must not be forgotten.")
    assert kinds(findings_of(wars), "number") == []


def test_a_five_year_plan_in_corner_brackets_is_its_ordinal() -> None:
    """「十四五」时期 (Hong Kong brackets, no 规划 after it) is the 14th Five-Year Plan period."""
    zh = "「十四五」时期，两国合作稳步推进。"
    assert kinds(findings_of(row(zh, "During the 14th Five-Year Plan period, cooperation advanced.")), "number") == []
    assert kinds(findings_of(row(zh, "During the 13th Five-Year Plan period, cooperation advanced.")), "number") != []


def test_a_third_party_is_no_count() -> None:
    """不针对第三方 / "not targeting any third party" / «не направлены против третьих стран»: an idiom, not the 3rd."""
    assert kinds(findings_of(row("双方合作不针对任何第三方。", "Their cooperation does not target any third party.",
                                 "Их сотрудничество не направлено против третьих стран.")), "number") == []
    assert values("The third round of talks opened.", "en") == {(N, 3)}
    assert values("Открылся третий раунд переговоров.", "ru") == {(N, 3)}


@pytest.mark.parametrize("en", ["Xi is expected in early May.", "Xi is expected in late May.",
                                "Xi is expected in mid-May."])
def test_early_late_and_mid_may_are_the_month(en: str) -> None:
    assert kinds(findings_of(row("", en, "Си Цзиньпина ждут в мае.")), "number") == []


# -- forms met in unseen trade and culture releases -------------------------------------------------------------
def test_a_figure_rounded_right_is_the_same_quantity_and_one_cut_short_is_not() -> None:
    """127.46亿元 is 12.7 billion rounded; 12.8 is another figure, and 12.5 for 125.86亿 cuts 12.59 short."""
    zh = "上半年出口额为127.46亿元，进口额为125.86亿元。"
    assert kinds(findings_of(row(zh, "Exports reached 12.7 billion yuan and imports 12.6 billion yuan.",
                                 "Экспорт составил 12,7 млрд юаней, импорт — 12,6 млрд юаней.")), "number") == []
    found = kinds(findings_of(row(zh, "Exports reached 12.8 billion yuan and imports 12.5 billion yuan.",
                                  "Экспорт составил 12,7 млрд юаней, импорт — 12,6 млрд юаней.")), "number")
    assert {lang for lang, _ in found} == {"en"}
    assert any("12.8" in message for _, message in found) and any("12.5" in message for _, message in found)


def test_a_whole_figure_of_one_significant_digit_is_not_read_as_rounded() -> None:
    """'2 billion' says exactly two: 16亿 (1.6 billion) is another figure, though it rounds to 2."""
    found = kinds(findings_of(row("投资16亿美元", "an investment of $2 billion")), "number")
    assert found != []


def test_a_range_of_months_gives_both_months_and_the_first_months_are_that_period() -> None:
    zh = "今年3-8月，两国旅游人数同比增长40%。"
    assert {q.value for q in quantities(zh, "zh") if q.kind is QKind.MONTH} == {3, 8}
    assert kinds(findings_of(row(zh, "From March to August, tourist numbers grew by 40%.",
                                 "С марта по август число туристов выросло на 40%.")), "number") == []
    assert kinds(findings_of(row("今年1-6月，贸易额增长5.2%。", "In the first six months, trade grew by 5.2%.",
                                 "За первые шесть месяцев товарооборот вырос на 5,2%.")), "number") == []
    assert kinds(findings_of(row("前6个月，贸易额增长5.2%。", "In January-June, trade grew by 5.2%.")), "number") == []


@pytest.mark.parametrize(("zh", "en", "ru"), [
    ("三分之二的企业", "two thirds of the companies", "две трети компаний"),
    ("四分之一个世纪以来", "for a quarter of a century", "на протяжении четверти века"),
])
def test_fractions_are_one_value_in_every_language(zh: str, en: str, ru: str) -> None:
    assert kinds(findings_of(row(zh, en, ru)), "number") == []
    assert values(zh, "zh") == values(en, "en") == values(ru, "ru")


def test_a_percentage_and_a_third_party_are_no_fractions() -> None:
    assert values("增长百分之三十", "zh") == {(N, 30)}
    assert values("They target no third party.", "en") == set()
    third = values("One third of the visitors came from Russia.", "en")
    assert third == values("三分之一的游客来自俄罗斯", "zh") == values("Треть гостей — из России.", "ru") != set()


def test_russian_march_is_a_month_and_a_capitalised_marta_mid_sentence_a_name() -> None:
    assert [q.value for q in quantities("Выставка открылась в начале марта.", "ru") if q.kind is QKind.MONTH] == [3]
    assert [q for q in quantities("В сериале играли Роуз Тайлер, Марта Джонс и Донна Ноубл.", "ru")] == []
    assert values("до второй четверти XIX века", "ru") == {(N, 19)}


def test_up_by_n_times_in_chinese_is_n_plus_one_fold_and_and_a_half_is_a_half() -> None:
    """出口额增长了2倍 (up by two times) is threefold, 200% more; «в три с половиной раза» is 3.5."""
    zh = "出口额增长了2倍。"
    for en, ru in (("Exports grew three times.", "Экспорт вырос в три раза."),
                   ("Exports grew by 200%.", "Экспорт вырос на 200%.")):
        assert kinds(findings_of(row(zh, en, ru)), "number") == [], en
    assert values("Экспорт вырос в три с половиной раза.", "ru") == {(N, 3.5)}
    assert values("Exports grew two and a half times.", "en") == {(N, 2.5)}
    wrong = row(zh, "Exports grew four and a half times.", "Экспорт вырос в четыре с половиной раза.")
    found = kinds(findings_of(wrong), "number")
    assert {lang for lang, _ in found} == {"zh"}


def test_raised_by_n_times_is_growth_too_and_a_bare_wan_past_a_mark_is_10000() -> None:
    """提升了3倍 reads as 增长了3倍 (fourfold); 突破万人 is at or past the 10,000 mark."""
    zh = "游客数量提升了3倍，全年突破万人。"
    right = row(zh, "The number of tourists grew four times, to more than 10,000 for the year.",
                "Число туристов выросло в четыре раза и превысило 10 тысяч человек за год.")
    assert kinds(findings_of(right), "number") == []
    wrong = row(zh, "The number of tourists grew six times, to more than 10,000 for the year.",
                "Число туристов выросло в шесть раз и превысило 10 тысяч человек за год.")
    assert {lang for lang, _ in kinds(findings_of(wrong), "number")} == {"zh"}
    silent = row(zh, "The number of tourists grew, to more than 10,000 for the year.",
                 "Число туристов выросло и превысило 10 тысяч человек за год.")
    assert {lang for lang, _ in kinds(findings_of(silent), "number")} == {"zh"}  # a growth the others lack
    assert [(q.value, q.approx) for q in quantities("客流量突破万人", "zh")] == [(10000, Approx.ABOUT)]


def test_a_chinese_named_set_is_not_demanded_as_a_count_but_a_wrong_count_or_a_rank_still_is() -> None:
    """四大任务 ("the four major tasks") is a set a translation may render by naming its members."""
    zh = "会议部署了四大任务。"
    named = row(zh, "The meeting set out tasks in industry, trade, energy and transport.",
                "Совещание определило задачи в промышленности, торговле, энергетике и транспорте.")
    assert kinds(findings_of(named), "number") == []
    counted = row(zh, "The meeting set out five major tasks.", "Совещание определило пять основных задач.")
    assert {lang for lang, _ in kinds(findings_of(counted), "number")} == {"zh"}
    rank = row("中国是俄罗斯第三大贸易伙伴。", "China is Russia's largest trading partner.",
               "Китай является крупнейшим торговым партнёром России.")
    assert [lang for lang, _ in kinds(findings_of(rank), "number")] == ["zh"]  # the odd one out: third, not first


def test_a_russian_month_adjective_answers_the_month_but_is_not_demanded() -> None:
    """«в июльской Москве», «майские праздники»: the month, as an adjective, in any case."""
    july = row("7月的莫斯科，天气晴朗。", "", "Стоит ясная погода в июльской Москве.")
    assert kinds(findings_of(july), "number") == []
    assert [(q.kind, q.value, q.strict) for q in quantities("майские праздники", "ru")] == [(QKind.MONTH, 5, False)]
    assert quantities("посёлок Майский", "ru") == ()
    assert kinds(findings_of(row("", "Moscow is sunny.", "Стоит ясная погода в июльской Москве.")), "number") == []
    wrong = row("7月的莫斯科，天气晴朗。", "", "Стоит ясная погода в августовской Москве.")
    assert [lang for lang, _ in kinds(findings_of(wrong), "number")] == ["ru"]


def test_a_figure_chinese_says_was_reached_is_that_figure_not_more() -> None:
    """达12万人次 and 多达 give the figure reached; 超过 says it was exceeded (a release in two languages)."""
    en = "So far this year, 120,000 travellers have crossed the port."
    ru = ""
    assert kinds(findings_of(row("今年以来，该口岸出入境旅客达12万人次。", en, ru)), "number") == []
    assert kinds(findings_of(row("今年以来，该口岸出入境旅客多达12万人次。", en, ru)), "number") == []
    assert kinds(findings_of(row("今年以来，该口岸出入境旅客超过12万人次。", en, ru)), "number") != []


def test_the_twenty_foot_equivalent_unit_is_a_unit_not_a_count_of_twenty() -> None:
    zh = "今年前两个月，该站发送集装箱3500标箱。"
    en = "In the first two months, the station shipped 3,500 twenty-foot equivalent units of containers."
    ru = "За первые два месяца станция отправила 3500 контейнеров в двадцатифутовом эквиваленте."
    assert kinds(findings_of(row(zh, en, ru)), "number") == []
    assert {lang for lang, _ in kinds(findings_of(row(zh, en.replace("3,500", "3,600"), ru)), "number")} == {"en"}


def test_a_third_country_is_no_ordinal_in_chinese_either() -> None:
    """不针对第三国, "not targeting third countries", «не направлены против третьих стран»: no count in any version."""
    zh = "双方关系不针对第三国。"
    ru = "Отношения сторон не направлены против третьих стран."
    assert kinds(findings_of(row(zh, "The relations are not directed against third countries.", ru)), "number") == []
    zh, en = "这是两国元首今年第三次会晤。", "It was the third meeting of the two heads of state this year."
    ru = "Это была третья встреча глав двух государств в этом году."
    assert kinds(findings_of(row(zh, en, ru)), "number") == []
    assert {lang for lang, _ in kinds(findings_of(row(zh, en.replace("third", "second"), ru)), "number")} == {"en"}


def test_a_day_no_month_has_is_a_broken_date_not_a_count_to_demand() -> None:
    """2023115日 (2023年11月5日 with 年 and 月 lost in copying): the right Russian is not told it lacks 2,023,115;
    the Chinese is told it lacks the date. 15日 stays a day."""
    found = findings_of(row("2023115日，双方签署了协议。", "", "5 ноября 2023 года стороны подписали соглашение."),
                        "2023-11-05")
    assert [(f.lang, f.message_id) for f in found if f.kind.value == "number"] == [("zh", "date-missing")]
    assert any(q.value == 15 and q.strict for q in quantities("15日，双方签署了协议。", "zh"))


def test_newswire_abbreviations_of_billion_and_trillion_are_scale_words() -> None:
    """TASS writes "bln" and "trln": 25亿美元 is "$2.5 bln", 1.2万亿卢布 "1.2 trln rubles"."""
    assert kinds(findings_of(row("投资额达25亿美元。", "The investment reached $2.5 bln.", "")), "number") == []
    assert kinds(findings_of(row("预算为1.2万亿卢布。", "The budget is 1.2 trln rubles.", "")), "number") == []
    assert kinds(findings_of(row("投资额达25亿美元。", "The investment reached $2.5 mln.", "")), "number") != []


def test_the_number_of_a_quoted_craft_name_is_no_count() -> None:
    """“雪龙2号” and “长征五号” are names: a version that does not name the ship or the rocket lacks no number; a
    number outside the name (三艘) is still demanded."""
    en = "The research icebreaker arrived in Vladivostok."
    assert kinds(findings_of(row("“雪龙2号”科考船抵达符拉迪沃斯托克。", en, "")), "number") == []
    assert kinds(findings_of(row("“长征五号”火箭运抵发射场。", "The rocket reached the launch site.", "")),
                 "number") == []
    assert kinds(findings_of(row("三艘科考船抵达符拉迪沃斯托克。", en, "")), "number") != []


def test_a_decimal_before_wan_yi_is_trillions_and_a_closing_number_no_percentage() -> None:
    """1.2万亿 is 1.2 trillion; a number that ends the text (目标是3万亿) is a number, not a percentage."""
    assert values("预算为1.2万亿卢布。", "zh") == {("number", 1.2e12)}
    assert values("目标是3万亿", "zh") == {("number", 3e12)}
    assert kinds(findings_of(row("目标是3万亿", "The target is 3 trillion.", "")), "number") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("团组停留时间不超过15天。", "zh"),
    ("The groups may stay no more than 15 days.", "en"),
    ("The groups may stay for at most 15 days.", "en"),
    ("Группы могут находиться в стране до 15 дней.", "ru"),
    ("Группы могут находиться в стране не более 15 дней.", "ru"),
])
def test_at_most_is_a_ceiling_not_more(text: str, lang: str) -> None:
    """不超过, "no more than" and «до», «не более» set a ceiling: "more than" and «более» inside them do not count."""
    assert [q.approx for q in quantities(text, lang) if q.value == 15] == [Approx.AT_MOST]


def test_at_most_in_every_version_is_no_qualifier_finding() -> None:
    segment = row("团组停留时间不超过15天。", "The groups may stay no more than 15 days.",
                  "Группы могут находиться в стране до 15 дней.")
    assert kinds(findings_of(segment), "number") == []


@pytest.mark.parametrize("text", ["Число пассажиров выросло до 300 человек.", "Поток увеличился с 2 до 3 тысяч.",
                                  "Проект завершат до 2030 года.", "Рейсы от 10 до 12 человек."])
def test_russian_do_after_a_change_a_range_or_before_a_year_is_no_up_to(text: str) -> None:
    """вырос до 300 (to 300), с 2 до 3 тысяч (a range's end), до 2030 года (by 2030): exact figures."""
    assert {q.approx for q in quantities(text, "ru")} == {Approx.EXACT}


@pytest.mark.parametrize(("text", "lang"), [
    ("Участие приняли семь делегаций: три из Китая и четыре из России.", "ru"),
    ("Seven delegations took part: three from China and four from Russia.", "en"),
    ("共有7个代表团参加，其中中方3个、俄方4个。", "zh"),
])
def test_a_total_followed_by_its_parts_is_not_demanded(text: str, lang: str) -> None:
    """A total and the parts that add up to it: another version that gives only the parts lacks no number."""
    assert [q.value for q in quantities(text, lang) if q.strict and q.value == 7] == []


def test_a_total_whose_parts_the_other_version_gives_is_no_finding() -> None:
    segment = row("中方3个代表团和俄方4个代表团参加了会议。", "",
                  "Участие приняли семь делегаций: три из Китая и четыре из России.")
    assert kinds(findings_of(segment), "number") == []
    # A list of different things that happens to add up is no breakdown: 12 is still demanded.
    assert {q.value for q in quantities("There were 12 talks, 5 forums and 7 fairs.", "en") if q.strict} == {12, 5, 7}



def test_a_total_that_adds_up_the_other_version_s_parts_is_no_extra_figure() -> None:
    """«все 30 участников и сопровождающих» is the 26 participants and 4 escorts another version counts in one
    sentence (a subset between them, 其中9名学生, is no part): the total is no figure of its own, while the parts
    stay demanded of the version that only adds them up."""
    segment = row("代表团共有26名成员，其中9名学生，另有4名陪同人员。", "",
                  "Всех 30 участников и сопровождающих встретили в аэропорту.")
    found = kinds(findings_of(segment), "number")
    assert not any("30" in message for _, message in found)
    assert {lang for lang, _ in found} == {"ru"} and any("26" in message for _, message in found)
    # A total no two or three of them add up to stays a figure of its own.
    segment = row("代表团共有26名成员，其中9名学生，另有4名陪同人员。", "",
                  "Всех 31 участника и сопровождающих встретили в аэропорту.")
    assert any("31" in message for _, message in kinds(findings_of(segment), "number"))


def test_a_format_of_one_plus_four_gives_its_numbers() -> None:
    """“一加四”的模式 and «один плюс четыре» name a format of talks: the Chinese numerals joined by 加 answer the
    Russian's four (and no figure of its own is demanded of the other version)."""
    segment = row("会谈以“一加四”的模式进行。", "", "Беседа пройдёт в формате «один плюс четыре».")
    assert kinds(findings_of(segment), "number") == []
    assert {q.value for q in quantities("会谈以“二加二”的模式进行。", "zh")} == {2}
    assert [q for q in quantities("二加二", "zh") if q.strict] == []

def test_a_fraction_of_a_century_is_its_years() -> None:
    """四分之三个世纪, "three quarters of a century", «три четверти века» and 75 years answer one another."""
    segment = row("历经四分之三个世纪，两国关系更加成熟。", "Over the past 75 years, the relations have matured.",
                  "За три четверти века отношения окрепли.")
    assert kinds(findings_of(segment), "number") == []
    segment = row("历经四分之三个世纪，两国关系更加成熟。", "Over the past 70 years, the relations have matured.",
                  "За три четверти века отношения окрепли.")
    assert kinds(findings_of(segment), "number") != []


def test_a_ceiling_agrees_with_a_plain_figure_and_less_than_but_not_more_than() -> None:
    """"up to 30%" and «до 30%» against 高达30%, or against "under 18" and 不到18: no finding; «до 30 дней» against
    "more than 30 days" and 超过30天 contradicts them."""
    assert kinds(findings_of(row("有高达30%的女孩失学。", "Up to 30% of girls are out of school.",
                                 "До 30% девочек не ходят в школу.")), "number") == []
    assert kinds(findings_of(row("有不到18岁的孩子。", "There are children up to 18.",
                                 "Есть дети младше 18 лет.")), "number") == []
    found = kinds(findings_of(row("停留超过30天。", "They stay more than 30 days.", "Они остаются до 30 дней.")),
                  "number")
    assert [lang for lang, _ in found] == ["ru"]


def test_a_share_of_a_change_is_a_fraction_not_a_third_thing() -> None:
    """"sales rose by a quarter in 2022" is «выросли на четверть»: 0.25 in both, no count of four; "by a third party"
    keeps its noun and is no fraction."""
    segment = row("", "Sales of Russian honey rose by a quarter in 2022.",
                  "Продажи российского мёда выросли на четверть в 2022 году.")
    assert kinds(findings_of(segment), "number") == []
    assert {q.value for q in quantities("Exports fell by almost a third.", "en")} == {1 / 3}
    assert not quantities("The cargo was inspected by a third party.", "en")
    # A real difference still shows: a quarter is no third.
    segment = row("", "Sales of Russian honey rose by a third in 2022.",
                  "Продажи российского мёда выросли на четверть в 2022 году.")
    assert kinds(findings_of(segment), "number") != []


def test_a_fold_growth_is_the_ratio_of_v_n_raz() -> None:
    """"a threefold rise" and "a three-fold rise" are «рост в 3 раза» and «втрое»."""
    for en in ("Grain shipments saw a threefold rise.", "Grain shipments saw a three-fold rise."):
        assert kinds(findings_of(row("", en, "Поставки зерна выросли в 3 раза.")), "number") == []
    assert kinds(findings_of(row("", "Grain shipments saw a threefold rise.", "Поставки зерна выросли втрое.")),
                 "number") == []
    assert kinds(findings_of(row("", "Grain shipments saw a fourfold rise.", "Поставки зерна выросли в 3 раза.")),
                 "number") != []


def test_a_russian_compound_of_a_measure_gives_its_number() -> None:
    """«трехдневный форум» is a 'three-day forum', «пятилетний план» a 'five-year plan': the number answers the
    other version's, without being demanded of it («двусторонний» is 'bilateral')."""
    assert kinds(findings_of(row("", "The three-day forum opened in Kazan.", "В Казани открылся трехдневный форум.")),
                 "number") == []
    assert kinds(findings_of(row("", "They adopted a five-year plan.", "Они приняли пятилетний план.")), "number") == []
    assert kinds(findings_of(row("", "They signed a bilateral treaty.", "Они подписали двусторонний договор.")),
                 "number") == []
    assert kinds(findings_of(row("", "The three-day forum opened in Kazan.", "В Казани открылся двухдневный форум.")),
                 "number") != []
    assert not [q for q in quantities("Семинар прошёл в Казани.", "ru") if q.value == 7]


def test_almost_a_quarter_is_a_percentage_rounded_to_a_quarter() -> None:
    """«почти четверть» and 四分之一 answer 24.6% (25 when rounded to a whole percent), not 22%."""
    assert kinds(findings_of(row("", "Exports to Russia were 24.6% of the total.",
                                 "Экспорт в Россию составил почти четверть от общего объёма.")), "number") == []
    assert kinds(findings_of(row("", "Exports to Russia were 22% of the total.",
                                 "Экспорт в Россию составил почти четверть от общего объёма.")), "number") != []


def test_a_round_floor_agrees_with_a_figure_just_past_it() -> None:
    """«более 500 делегатов» and 540 delegates say the same; 5,400 is no figure 'more than 500' stands for, and a
    floor of 500 does not answer 460."""
    assert kinds(findings_of(row("", "The forum gathered 540 delegates.", "Форум собрал более 500 делегатов.")),
                 "number") == []
    assert kinds(findings_of(row("", "The forum gathered 5,400 delegates.", "Форум собрал более 500 делегатов.")),
                 "number") != []
    assert kinds(findings_of(row("", "The forum gathered 460 delegates.", "Форум собрал более 500 делегатов.")),
                 "number") != []
    assert kinds(findings_of(row("", "Fewer than 2,000 tickets remain.", "Осталось 1950 билетов.")), "number") == []


def test_will_exceed_is_more_than() -> None:
    """«превысит 2 миллиона» (will exceed 2 million) says 'more than', as 200多万 and "over 2 million" do."""
    assert kinds(findings_of(row("今年客流将达到200多万人次。", "The flow will be over 2 million this year.",
                                 "В этом году поток превысит 2 миллиона.")), "number") == []


def test_poltora_is_one_and_a_half() -> None:
    """«в полтора раза» is 'one and a half times', «полтора миллиона» 1.5 million, «полторы тысячи» 1,500."""
    assert kinds(findings_of(row("", "Exports grew one and a half times.", "Экспорт вырос в полтора раза.")),
                 "number") == []
    assert {q.value for q in quantities("полтора миллиона тонн", "ru")} == {1_500_000}
    assert {q.value for q in quantities("полторы тысячи человек", "ru")} == {1500}


def test_an_english_decimal_comma_before_a_scale_or_a_percent_sign() -> None:
    """"$58,46 billion" and "up 7,3%", as Russian outlets' English services write them, are 58.46 billion and 7.3%:
    the figures of 584.6亿美元 and 7.3%. A comma before three digits still groups thousands, and one before two
    digits with no scale or percent sign is no decimal ("Articles 3,12")."""
    assert kinds(findings_of(row("进口584.6亿美元，增长7.3%。", "Imports rose 7,3% to $58,46 billion.")),
                 "number") == []
    assert kinds(findings_of(row("进口584.6亿美元，增长7.3%。", "Imports rose 7,3% to $58,46 million.")),
                 "number") != []
    assert values("sales of $2,150 billion", "en") == {(N, 2_150_000_000_000)}
    assert values("the 3,12 rule", "en") == {(N, 3)}


def test_closing_zeros_of_a_figure_with_a_scale_are_no_digits_of_its_precision() -> None:
    """520亿元 is 52 billion, which 52.3 billion rounds to; 52.8 billion rounds to 53 and stays a different figure, as
    '$840 million' against 8.47亿美元 does. A figure with one significant digit stays exact ('2 billion')."""
    assert kinds(findings_of(row("投资520亿元。", "The investment is 52.3 billion yuan.")), "number") == []
    assert kinds(findings_of(row("投资520亿元。", "The investment is 52.8 billion yuan.")), "number") != []
    assert kinds(findings_of(row("出口8.47亿美元。", "Exports were $840 million.")), "number") != []
    assert kinds(findings_of(row("投资20亿元。", "The investment is 2.3 billion yuan.")), "number") != []


def test_a_whole_percentage_is_rounded_to_the_unit_and_a_half_rounds_up() -> None:
    """"up 18 percent" is 18.3% rounded, and 18.5% is 19 percent: "18 percent" for 18.5% is cut short, as 17 is for
    17.6%."""
    assert kinds(findings_of(row("客流同比增长18.3%。", "Passenger traffic rose 18 percent.")), "number") == []
    assert kinds(findings_of(row("客流同比增长18.5%。", "Passenger traffic rose 19 percent.")), "number") == []
    assert kinds(findings_of(row("客流同比增长18.5%。", "Passenger traffic rose 18 percent.")), "number") != []
    assert kinds(findings_of(row("客流同比增长17.6%。", "Passenger traffic rose 17 percent.")), "number") != []


def test_clock_times_read_the_same_in_twelve_and_twenty_four_hours() -> None:
    """"3:30 p.m." is 下午3时30分 and 15:30; "around 9 p.m. Moscow time" is 莫斯科时间21时许; "10 p.m." is not 21时."""
    assert values("The ceremony began at 3:30 p.m.", "en") == {(QKind.TIME.value, 1530)}
    assert values("at 9 a.m. local time", "en") == {(QKind.TIME.value, 900)}
    assert values("下午3时30分", "zh") == {(QKind.TIME.value, 1530)}
    assert values("莫斯科时间21时许", "zh") == {(QKind.TIME.value, 2100)}
    assert values("晚上9點整", "zh") == {(QKind.TIME.value, 2100)}
    assert kinds(findings_of(row("莫斯科时间21时许，列车抵达喀山。",
                                 "The train reached Kazan at around 9 p.m. Moscow time.",
                                 "Поезд прибыл в Казань около 21:00 по московскому времени.")), "number") == []
    assert kinds(findings_of(row("下午3时30分，仪式开始。", "The ceremony began at 3:30 p.m.",
                                 "Церемония началась в 15:30.")), "number") == []
    assert {lang for lang, _ in kinds(findings_of(row(
        "莫斯科时间21时许，列车抵达喀山。", "The train reached Kazan at around 10 p.m. Moscow time.",
        "Поезд прибыл в Казань около 21:00 по московскому времени.")), "number")} == {"en"}
    # A count of hours or points is no clock time: 24时监测 (round the clock), 三点希望 (three hopes).
    assert values("工作人员进行24时监测", "zh") == {(N, 24)}
    assert values("提出三点希望", "zh") == {(N, 3)}


def test_a_russian_anniversary_hyphened_to_its_number_is_a_figure() -> None:
    """«30-летия» is the 30th anniversary, a figure another version must give; «Внуково-2» stays a name."""
    assert values("в честь 30-летия побратимских связей", "ru") == {(N, 30)}
    assert kinds(findings_of(row("", "in honour of the 30th anniversary of the twinning",
                                 "в честь 30-летия побратимских связей")), "number") == []
    assert [lang for lang, _ in kinds(findings_of(row(
        "", "in honour of the twinning of the two cities", "в честь 30-летия побратимских связей")), "number")] \
        == ["ru"]
    assert values("Самолёт приземлился во «Внуково-2».", "ru") == set()


def test_mn_is_the_newswire_abbreviation_of_million() -> None:
    """"5.2 mn tons" (PortNews, Interfax) is «5,2 млн тонн», not 5.2."""
    assert values("a capacity of 5.2 mn tons a year", "en") == {(N, 5_200_000)}
    assert kinds(findings_of(row("", "a capacity of 5.2 mn tons a year", "мощность 5,2 млн тонн в год")),
                 "number") == []


def test_the_return_number_after_a_flight_code_and_a_slash_is_part_of_the_code() -> None:
    """航班号CZ6041/2 is one flight code with its return number: the 2 is no count another version must give."""
    assert values("该航线航班号为CZ6041/2，每周二执飞。", "zh") == set()
    assert values("flights HZ5767/8 run on Tuesdays", "en") == set()
    assert kinds(findings_of(row("该航线航班号为CZ6041/2，每周二执飞。", "", "Рейсы выполняются по вторникам.")),
                 "number") == []
    # A fraction or a season stays a pair of numbers: no code opens it.
    assert values("the 2023/24 season", "en") == {(N, 2023), (N, 2024)}


def test_a_russian_age_rating_is_a_label_not_a_count() -> None:
    """«(12+)» after a title is the age rating Russian media must print, not the 12 of anything."""
    assert values("В Хабаровске открылся фестиваль китайского кино (12+).", "ru") == set()
    assert kinds(findings_of(row("中国电影节在哈巴罗夫斯克开幕。", "",
                                 "В Хабаровске открылся фестиваль китайского кино (12+).")), "number") == []


def test_bai_yu_alone_is_more_than_a_hundred() -> None:
    """百余场 and 千余人 (no 一 before them) are 'more than 100' and 'more than 1,000', which a version must give."""
    assert {(q.kind, q.value, q.approx) for q in quantities("展出百余件作品", "zh")} == {
        (QKind.NUMBER, 100, Approx.MORE)}
    assert {(q.value, q.approx) for q in quantities("吸引千余人参加", "zh")} == {(1000, Approx.MORE)}
    assert kinds(findings_of(row("展览展出百余件作品。", "", "На выставке представлено более 100 работ.")),
                 "number") == []
    assert [lang for lang, _ in kinds(findings_of(row("展览展出百余件作品。", "",
                                                      "На выставке представлены работы художников.")),
                                      "number")] == ["ru"]


def test_a_frequency_word_answers_one_a_week() -> None:
    """每周1次 is 'weekly' and «еженедельно»; 每天1班 is 'daily'. The word answers the one, and is not demanded."""
    assert kinds(findings_of(row("中欧班列每周1次开行。", "The freight train runs weekly.",
                                 "Поезд курсирует еженедельно.")), "number") == []
    assert kinds(findings_of(row("每天1班。", "Daily flights.", "Ежедневные рейсы.")), "number") == []
    assert kinds(findings_of(row("", "The freight train runs weekly.", "Поезд курсирует по пятницам.")),
                 "number") == []
    assert [lang for lang, _ in kinds(findings_of(row("中欧班列每周3次开行。", "The freight train runs weekly.", "")),
                                      "number")] == ["en"]


def test_a_clock_time_written_with_a_full_stop_is_a_time() -> None:
    """"9.45 p.m." and "(18.45 GMT)", as RIA's and TASS's English write them, are 21时45分 and 18:45, not 9.45 and
    18.45; a decimal before "percent" stays a decimal."""
    assert values("The convoy left at 9.45 p.m. (18.45 GMT).", "en") == {
        (QKind.TIME.value, 2145), (QKind.TIME.value, 1845)}
    assert kinds(findings_of(row("车队于21时45分出发。", "The convoy left at 9.45 p.m.", "Колонна вышла в 21:45.")),
                 "number") == []
    assert {lang for lang, _ in kinds(findings_of(row("车队于21时45分出发。", "The convoy left at 8.45 p.m.", "")),
                                      "number")} == {"en"}
    assert values("prices rose 3.45 percent", "en") == {(N, 3.45)}


def test_a_decimal_figure_hyphened_to_its_unit_is_demanded() -> None:
    """"a 6.4-magnitude quake" gives 6.4, which the other versions must give (里氏6.4级); a whole number in such a
    compound ("a 10-day visit", «5-летний») only answers one, and a name (Ту-154) is no figure."""
    assert values("A 6.4-magnitude earthquake struck the county.", "en") == {(N, 6.4)}
    assert kinds(findings_of(row("该县发生6.4级地震。", "A 6.4-magnitude earthquake struck the county.", "")),
                 "number") == []
    assert [lang for lang, _ in kinds(findings_of(row("该县发生地震。", "A 6.4-magnitude earthquake struck the county.",
                                                      "")), "number")] == ["en"]
    assert values("a 10-day visit", "en") == set()
    assert values("самолёт Ту-154", "ru") == set()


def test_lie_counts_trains() -> None:
    """列 is the measure word of trains: 每天开行三列 is 'three trains a day', a count the other versions must give;
    列入 and 系列 (no number before them) stay words."""
    assert values("每天开行三列中欧班列", "zh") == {(N, 3)}
    assert kinds(findings_of(row("每天开行三列中欧班列。", "Three China-Europe freight trains run every day.", "")),
                 "number") == []
    assert [lang for lang, _ in kinds(findings_of(row("每天开行三列中欧班列。", "Freight trains run every day.", "")),
                                      "number")] == ["en"]
    assert values("该项目被列入重点项目，推出一系列措施", "zh") == set()


def test_the_number_closing_a_quoted_name_after_a_dash_is_part_of_the_name() -> None:
    """«Турецкий поток — 2» and "Ямал СПГ – 3" name a project (the dash spaced, as RIA sets it): no count of two or
    three to demand of a version that names the project otherwise or not at all."""
    assert values("Строительство газопровода «Турецкий поток — 2» начнется весной.", "ru") == set()
    assert values('Проект "Ямал СПГ – 3" обсуждался на форуме.', "ru") == set()
    assert kinds(findings_of(row("", "Construction of the new pipeline will begin in spring.",
                                 "Строительство газопровода «Турецкий поток — 2» начнется весной.")), "number") == []
    # A count after a dash that closes a quotation is still a count.
    assert values("«Поставки выросли — на 2 млн тонн», — сказал он.", "ru") == {(N, 2_000_000)}
    assert values("Итог года: «число рейсов — 12».", "ru") == {(N, 12)}


def test_a_chinese_ordinal_without_a_counter_names_a_thing() -> None:
    """第三换乘环线 (the Moscow metro's Big Circle Line, "the third interchange contour"), 第二产业 (industry): an
    ordinal put straight before a noun is part of a name, no ordinal the other versions must give; with a counter
    (第三届, 第三次, 第三季度) it is one."""
    assert values("莫斯科地铁第三换乘环线西南段开通。", "zh") == set()
    assert values("第二产业增加值增长5%。", "zh") == {(N, 5)}
    assert kinds(findings_of(row("莫斯科地铁第三换乘环线西南段开通。",
                                 "The southwestern section of the Moscow metro's Big Circle Line opened.")),
                 "number") == []
    assert values("第三届中俄博览会开幕。", "zh") == {(N, 3)}
    assert values("第三次会晤", "zh") == {(N, 3)}
    assert values("第三季度", "zh") == {(N, 3)}


def test_the_two_digit_end_of_a_range_of_years_is_a_year() -> None:
    """«в 2026-27 годах» and "in 2018-19" close with 2027 and 2019, as another version writes them in full; a
    figure glued to a comma with no space ("science,2026-2027", as a wire left it) is still read."""
    assert values("Годы образования пройдут в 2026-27 годах.", "ru") == {(N, 2026), (N, 2027)}
    assert values("the 2018-19 marketing year", "en") == {(N, 2018), (N, 2019)}
    assert values("剧院（1922–26）是最佳典范", "zh") == {(N, 1922), (N, 1926)}
    assert kinds(findings_of(row("", "The Years of Education will be held in 2026-2027.",
                                 "Годы образования пройдут в 2026-27 годах.")), "number") == []
    assert values("in education and science,2026-2027 will be the Years", "en") == {(N, 2026), (N, 2027)}
    # Not after a year: a range of counts keeps its figures.
    assert values("from 15-20 companies", "en") == {(N, 15), (N, 20)}


def test_a_chinese_quarter_is_its_three_months() -> None:
    """第一季度 and 一季度 are January to March, as «в январе-марте» and "the first quarter" give them; 第二季度 is
    April to June, which January-March does not answer."""
    assert kinds(findings_of(row("第一季度，两国贸易额增长18%。", "",
                                 "В январе-марте товарооборот двух стран вырос на 18%.")), "number") == []
    assert kinds(findings_of(row("一季度，两国贸易额增长18%。", "",
                                 "В январе-марте товарооборот двух стран вырос на 18%.")), "number") == []
    assert kinds(findings_of(row("第二季度，两国贸易额增长18%。", "",
                                 "В январе-марте товарооборот двух стран вырос на 18%.")), "number") != []


def test_a_number_after_the_numero_sign_is_a_name() -> None:
    """«поезд № 3/4», «№402/401», "train No. 3/4": the numbers of a train (or a decree) name it, they count
    nothing the other versions must give."""
    assert values("проводится опытная поездка поезда № 3/4 Пекин — Москва", "ru") == set()
    assert values("курсирование поезда №402/401 Суйфэньхэ – Гродеково", "ru") == set()
    assert values("a test trip of the train No. 3/4 from Beijing", "en") == set()
    assert kinds(findings_of(row("北京至莫斯科的旅客列车试运行。", "",
                                 "Проводится опытная поездка поезда № 3/4 Пекин — Москва.")), "number") == []
    # A figure after the name stays a figure.
    assert values("поезд № 3/4 везет 12 вагонов", "ru") == {(N, 12)}


def test_a_season_written_with_a_slash_closes_with_its_year() -> None:
    """A season in the Russian manner, «сезон 2019/20», is the 2019-2020 season another version writes in full; a
    slash between counts stays two counts."""
    assert values("Клуб выступит в сезоне 2019/20 чемпионата.", "ru") == {(N, 2019), (N, 2020)}
    assert values("the 2021/22 marketing year", "en") == {(N, 2021), (N, 2022)}
    assert kinds(findings_of(row("俱乐部将参加2019-2020赛季的联赛。", "",
                                 "Клуб выступит в сезоне-2019/20 чемпионата.")), "number") == []
    assert values("a score of 3/4 points", "en") == {(N, 3), (N, 4)}


def test_a_ratio_that_restates_the_bracketed_growth_after_it_is_no_figure_of_its_own() -> None:
    """«выросли более чем в четыре раза (на 335%)» is the 335% growth another version gives, 4.35-fold; the ratio is
    not demanded of it. A ratio the bracketed growth does not make stays a figure to check."""
    assert kinds(findings_of(row("出口额同比增长335%。", "",
                                 "Экспорт вырос более чем в четыре раза (на 335%).")), "number") == []
    assert [lang for lang, _ in kinds(findings_of(row("出口额同比增长335%。", "Exports grew five times (up 335%).",
                                                          "")), "number")] == ["en"]
    assert kinds(findings_of(row("出口额同比增长335%。", "Exports grew more than four times (up 335%).", "")),
                 "number") == []



def test_the_indian_grouping_of_lakhs_and_crores_is_one_figure() -> None:
    """"Rs 12,00,00,000", as Indian media group digits, is 120 million (1.2亿), not the figure 12."""
    assert values("an investment of Rs 12,00,00,000", "en") == {(N, 120_000_000)}
    assert values("1,00,000 visitors", "en") == {(N, 100_000)}
    assert kinds(findings_of(row("投资1.2亿卢比。", "an investment of Rs 12,00,00,000", "")), "number") == []
    assert values("figures of 12,500 and 3,000", "en") == {(N, 12_500), (N, 3_000)}


NO_RUSSIAN_CHILD = """
from desktop_app.domain.morphology import russian_analyzer_loaded
from desktop_app.domain.qa import check_segment
from desktop_app.domain.release import Release, Segment, imported_cell

def check(zh, en, ru):
    cells = {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell(ru)}
    found = check_segment(Release("t", "2024-05-16", [Segment(cells=cells)]), 0, None, ())
    print(sorted({f.lang for f in found if f.kind.value == "number"}), russian_analyzer_loaded())

check("两国签署了二十三项协议。", "The two countries signed twenty-three agreements.", "")
check("两国签署了二十三项协议。", "", "Стороны подписали двадцать два соглашения.")
"""


def test_a_release_without_russian_text_never_loads_the_russian_dictionary_to_read_number_words() -> None:
    # The dictionary holds ~24 MB: a desk whose releases are Chinese and English only should not carry it.
    repo = Path(__file__).resolve().parent.parent
    child = subprocess.run([sys.executable, "-c", NO_RUSSIAN_CHILD], capture_output=True, text=True, timeout=300,
                           cwd=repo, env={**os.environ, "PYTHONPATH": str(repo)})
    assert child.returncode == 0, child.stderr
    # Once Russian is written, its number words are read (and «двадцать два» is not the 23 of the Chinese).
    assert child.stdout.splitlines() == ["[] False", "['ru'] True"]


def test_a_year_is_a_count_of_years_after_another_year() -> None:
    """"Work starts in 2024 and will take three years" is «завершится в 2027 году»: the year closing a span is the
    count of years after the year the other version gives, and neither figure is missing; another year is."""
    zh = "工程将于2024年开工，预计三年内建成。"
    en = "Work on the bridge starts in 2024 and is expected to take three years."
    ru = "Строительство моста начнется в 2024 году и завершится в {} году."
    assert kinds(findings_of(row(zh, en, ru.format(2027))), "number") == []
    wrong = kinds(findings_of(row(zh, en, ru.format(2028))), "number")
    assert any(lang == "ru" and "2028" in message for lang, message in wrong)


def test_half_past_an_hour_in_chinese_is_the_half_hour() -> None:
    """早上10时半 is 10:30, the «10:30» another version gives, and not ten o'clock."""
    assert [(q.kind, q.value) for q in quantities("次日早上10时半抵达武汉。", "zh") if q.strict] == [(QKind.TIME, 1030)]
    assert kinds(findings_of(row("航班早上10时半抵达。", "The flight lands at 10:30 a.m.", "Рейс прибывает в 10:30.")),
                 "number") == []


def test_twice_a_week_is_a_frequency_no_count_of_occasions_to_demand() -> None:
    """«дважды в неделю», "twice a month": how often a service runs, which another version may give by naming the
    days (每周二和周日); "met twice" stays a count of occasions the others must give."""
    assert kinds(findings_of(row("航线每周二、周日执行。", "The route is flown twice a week, on Tuesdays and Sundays.",
                                 "Рейсы выполняются дважды в неделю, по вторникам и воскресеньям.")), "number") == []
    met = row("两国元首举行会晤。", "The two leaders met twice this year.", "Лидеры дважды встретились в этом году.")
    assert any(lang == "zh" for lang, _ in kinds(findings_of(met), "number"))


def test_a_quarter_or_a_half_after_a_count_is_part_of_it() -> None:
    """«восемь часов с четвертью» is eight and a quarter hours, «два часа с половиной» two and a half: the quarter is
    no figure of its own; 约8小时 answers the eight."""
    assert [(q.value, q.strict) for q in quantities("Полет займет восемь часов с четвертью.", "ru") if q.strict] == [
        (8.0, True)]
    assert kinds(findings_of(row("单程航程约8小时。", "", "Полет займет примерно восемь часов с четвертью.")),
                 "number") == []


def test_exceeding_a_sum_or_a_mark_is_more_than_it() -> None:
    """«превысили сумму в 676 тысяч», "exceeded the mark of 1,000": the verb of exceeding and a noun of measure before
    the figure still say "more than", as 67.6万多 does."""
    assert [q.approx for q in quantities("поставки превысили сумму в 676 тысяч долларов", "ru") if q.strict] == [
        Approx.MORE]
    assert [q.approx for q in quantities("Sales exceeded the mark of 1,000 units.", "en") if q.strict] == [Approx.MORE]
    assert [q.approx for q in quantities("Over the 10 years, trade grew.", "en") if q.strict] == [Approx.EXACT]
    assert kinds(findings_of(row("5月进口了价值67.6万多美元的猪肉。", "",
                                 "В мае поставки превысили сумму в 676 тысяч долларов.")), "number") == []


def test_the_games_of_a_series_format_are_said_by_its_wins() -> None:
    """7场4胜制 (best of seven) is «серия до четырёх побед»: the seven games are not demanded of a version that gives
    the four wins, while the wins and the score stay figures to check."""
    assert values("半决赛采用7场4胜制，主队以4:2晋级。", "zh") == {(N, 4), (N, 2)}
    assert kinds(findings_of(row("半决赛采用7场4胜制。", "", "Полуфинальная серия идёт до четырёх побед.")),
                 "number") == []
    assert kinds(findings_of(row("半决赛共打了7场。", "", "Полуфинальная серия шла до четырёх побед.")),
                 "number") != []


def test_a_russian_ratio_of_growth_is_the_percentage_it_adds() -> None:
    """«нарастил в полтора раза» is 'up 50%' and «вырос в 2,5 раза» 'up 150%'; «сократил в два раза» is 'down 50%'.
    A ratio that is not the percentage another version gives stays a figure of its own."""
    assert kinds(findings_of(row("出口额增长了50%。", "", "Экспорт вырос в полтора раза.")), "number") == []
    assert kinds(findings_of(row("出口额增长了150%。", "", "Экспорт вырос в 2,5 раза.")), "number") == []
    assert kinds(findings_of(row("进口额下降了50%。", "", "Импорт сократился в два раза.")), "number") == []
    assert kinds(findings_of(row("出口额增长了40%。", "", "Экспорт вырос в полтора раза.")), "number") != []


def test_a_russian_collective_numeral_gives_its_count() -> None:
    """«Тройку лидеров замкнул Гонконг» puts Hong Kong third (香港名列第三), «в пятёрку крупнейших» is a top five."""
    assert kinds(findings_of(row("香港名列第三。", "", "Тройку лидеров замкнул Гонконг.")), "number") == []
    assert kinds(findings_of(row("该公司跻身前五。", "", "Компания вошла в пятёрку крупнейших.")), "number") == []


def test_a_chinese_count_that_sums_up_the_list_before_it_is_said_by_the_list() -> None:
    """韩天宇、许宏志、陈德全三位队友 counts the names it follows: a version that names the three does not have to
    count them; a count that is not the length of the list before it stays demanded."""
    assert kinds(findings_of(row("他和王伟、李强、赵磊三位队友获得银牌。", "",
                                 "Он, а также Ван Вэй, Ли Цян и Чжао Лэй стали вторыми.")), "number") == []
    assert kinds(findings_of(row("北京、上海和广州三地的企业参展。", "",
                                 "На выставке были компании из Пекина, Шанхая и Гуанчжоу.")), "number") == []
    assert kinds(findings_of(row("他和王伟、李强四位队友获得银牌。", "",
                                 "Он, а также Ван Вэй и Ли Цян стали вторыми.")), "number") != []
    assert kinds(findings_of(row("波兰、法国和中国等3个国家的选手参赛。", "",
                                 "Участвуют мастера из Польши, Франции и Китая.")), "number") != []


def test_the_number_of_a_listed_item_is_numbering() -> None:
    """一、 and «1.» opening a question of an interview number the item: not a count the other versions must give, and
    the same item numbered in both agrees."""
    assert values("1. Как вы оцениваете нынешнее состояние отношений?", "ru") == set()
    assert values("2) What do you expect from the visit?", "en") == set()
    assert kinds(findings_of(row("一、您如何评价目前中俄关系？", "1. How do you assess the relations?",
                                 "1. Как вы оцениваете нынешнее состояние отношений?")), "number") == []
    assert kinds(findings_of(row("三、您如何评价目前中俄关系？", "", "Как вы оцениваете 3 направления?")),
                 "number") != []


def test_a_clock_time_with_a_full_stop_before_moscow_time_is_a_time() -> None:
    """«в 9.30 мск» (Gazeta.Ru and RIA write the hour and minutes with a full stop before мск) is 9:30, which
    莫斯科时间9时30分 gives; a decimal before «млн» stays a decimal."""
    assert values("Пуск состоится в 9.30 мск.", "ru") == {(QKind.TIME.value, 930)}
    assert kinds(findings_of(row("发射将于莫斯科时间9时30分进行。", "", "Пуск состоится в 9.30 мск.")), "number") == []
    late = row("发射将于莫斯科时间9时45分进行。", "", "Пуск состоится в 9.30 мск.")
    assert kinds(findings_of(late), "number") != []
    assert (QKind.TIME.value, 930) not in values("Перевезли 9.30 т груза.", "ru")


def test_two_sides_facing_each_other_answer_a_count_of_two() -> None:
    """隔江两相望 ('the two face each other across the river') says the 2 of «2 города на разных берегах», as 两国
    would; like other words for two it is not demanded of a version that does not count them."""
    zh = "黑河与布拉戈维申斯克隔江两相望。"
    assert kinds(findings_of(row(zh, "", "Хэйхэ и Благовещенск — 2 города на разных берегах Амура.")), "number") == []
    assert kinds(findings_of(row(zh, "", "Хэйхэ и Благовещенск стоят на разных берегах Амура.")), "number") == []
    assert kinds(findings_of(row("黑河与布拉戈维申斯克隔江相望。", "",
                                 "Хэйхэ и Благовещенск — 3 города на разных берегах Амура.")), "number") != []


def test_a_count_of_people_is_said_by_the_names_of_as_many_people() -> None:
    """2名俄罗斯专家 is said by a version that names the two experts in a row («Иваном Петровым и Сергеем
    Смирновым»); naming one of them does not say it. A count of one person (1名导游) is the singular noun of the
    other versions ('a guide', «гид»), not a figure to demand of them."""
    zh = "2名俄罗斯专家参加了会议。"
    assert kinds(findings_of(row(zh, "", "С докладами выступили эксперты Иван Петров и Сергей Смирнов.")),
                 "number") == []
    assert kinds(findings_of(row(zh, "Experts Ivan Petrov and Sergei Smirnov spoke at the meeting.", "")),
                 "number") == []
    assert kinds(findings_of(row(zh, "", "С докладом выступил эксперт Иван Петров.")), "number") != []
    assert kinds(findings_of(row("3名中国游客和1名导游受伤。", "", "Пострадали три китайских туриста и гид.")),
                 "number") == []
    assert kinds(findings_of(row("3名中国游客和1名导游受伤。", "", "Пострадали три китайских туриста и 2 гида.")),
                 "number") != []


def test_a_span_opening_in_the_release_year_closes_in_that_year_plus_its_count() -> None:
    """«с 2021 года, в течение трёх лет» in a release of 2021 ends in 2024 (到2024年), though 2021, the release's own
    year, is one the other versions need not repeat; three years from another year is no 2024."""
    zh = "该公司计划到2024年完成改造。"
    assert kinds(findings_of(row(zh, "", "Начиная с 2021 года, компания в течение трёх лет завершит модернизацию."),
                             date="2021-05-10"), "number") == []
    assert kinds(findings_of(row(zh, "", "Начиная с 2021 года, компания в течение пяти лет завершит модернизацию."),
                             date="2021-05-10"), "number") != []


def test_doubling_twice_is_fourfold() -> None:
    """翻两番 ('doubled twice') is «в 4 раза», fourfold, up 300%; 翻一番 doubles; neither is a count of one or two."""
    assert kinds(findings_of(row("出口额翻两番。", "Exports grew fourfold.", "Экспорт вырос в 4 раза.")),
                 "number") == []
    assert kinds(findings_of(row("出口额翻两番。", "", "Экспорт вырос на 300%.")), "number") == []
    assert kinds(findings_of(row("出口额翻一番。", "", "Экспорт вырос в 4 раза.")), "number") != []
    assert kinds(findings_of(row("出口额翻两番。", "", "Экспорт вырос.")), "number") != []


def test_the_number_of_a_ranking_is_its_name() -> None:
    """世界500强 and 中国企业500强 name a ranking (the Fortune Global 500), as 'Fortune Global 500' does in English: a
    version that leaves the ranking out lacks no figure of 500, while the count of companies in it (30家) is still
    demanded. A small ranking (八强, the last eight) is a count of its own."""
    en = "30 leading multinationals exhibited at the expo."
    assert kinds(findings_of(row("30家世界500强企业参展。", en, "")), "number") == []
    assert kinds(findings_of(row("30家中国企业五百强参展。", en, "")), "number") == []
    assert kinds(findings_of(row("30家知名企业参展。", "30 Fortune Global 500 companies exhibited at the expo.",
                                 "")), "number") == []
    assert kinds(findings_of(row("", "30 Fortune 500 companies exhibited at the expo.",
                                 "На выставке были 30 компаний.")), "number") == []
    assert kinds(findings_of(row("20家世界500强企业参展。", en, "")), "number") != []
    assert kinds(findings_of(row("中国队进入八强。", "China reached the quarter-finals.", "")), "number") != []


def test_a_number_inside_the_title_of_a_work_is_no_count() -> None:
    """《跨越60年的友谊》, 《长江7号》: a number inside the title marks of a show, a book or a film is part of its
    name, no count to demand of a version that leaves the title out; a title with the number answers the other's, and
    a number outside the title marks is still demanded."""
    en = "The opening ceremony featured the shows Rivers of Friendship and Young Hearts."
    assert kinds(findings_of(row("开幕式上演了《江河情》《跨越60年的友谊》等节目。", en, "")), "number") == []
    assert kinds(findings_of(row("电影《长江7号》在莫斯科上映。", "The film opened in Moscow.", "")), "number") == []
    assert kinds(findings_of(row("开幕式上演了《跨越60年的友谊》。", "The ceremony staged Friendship Across 60 Years.",
                                 "")), "number") == []
    assert kinds(findings_of(row("开幕式上演了3个节目。", en, "")), "number") != []


def test_designs_and_models_counted_with_kuan_are_counts() -> None:
    """五款明信片, 3款新车: 款 counts designs and models like any measure word, so a version without them lacks the
    figure and 'five postcards' answers it."""
    assert values("主办方准备了五款明信片。", "zh") == {(N, 5)}
    assert kinds(findings_of(row("主办方准备了五款明信片。", "The organisers prepared five postcards.", "")),
                 "number") == []
    assert kinds(findings_of(row("展会上发布了3款新车。", "New cars were unveiled at the show.", "")), "number") != []


def test_a_russian_time_with_the_part_of_day_is_a_clock_time() -> None:
    """«в 7.30 утра», «7.10 вечера», «в 3 часа дня»: the hour with the part of the day is the twenty-four-hour time
    (7时30分, 19时10分, 15时), not a decimal; 'two days' («2 дня») and 'three evenings' («3 вечера») stay counts."""
    assert values("Автобус ушёл в 7.30 утра.", "ru") == {(QKind.TIME.value, 730)}
    assert kinds(findings_of(row("首班车于7时30分出发。", "", "Первый автобус ушёл в 7.30 утра.")), "number") == []
    assert kinds(findings_of(row("末班车于19时10分出发。", "", "Последний ушёл в 7.10 вечера.")), "number") == []
    assert kinds(findings_of(row("会谈于15时开始。", "", "Переговоры начались в 3 часа дня.")), "number") == []
    assert kinds(findings_of(row("末班车于7时10分出发。", "", "Последний автобус ушёл в 7.10 вечера.")), "number") != []
    assert values("Делегация провела в городе 2 дня и 3 вечера.", "ru") == {(N, 2), (N, 3)}
    assert values("Рейсы выполняются раз в 2 дня.", "ru") == {(N, 2)}


def test_a_count_of_one_thing_is_the_singular_noun_of_the_other_versions() -> None:
    """1台燃气轮机, 1座变电站: a count of one written in digits is what the other versions say by a singular noun ('a
    gas turbine', «газовую турбину»), as 1名导游 is; a different count there is still a contradiction."""
    zh = "工厂向电站交付了1台燃气轮机。"
    assert kinds(findings_of(row(zh, "The plant delivered a gas turbine to the station.",
                                 "Завод поставил на станцию газовую турбину.")), "number") == []
    assert kinds(findings_of(row(zh, "", "Завод поставил на станцию 3 газовые турбины.")), "number") != []
    assert kinds(findings_of(row("工厂向电站交付了3台燃气轮机。", "", "Завод поставил на станцию газовую турбину.")),
                 "number") != []
    assert (N, 1) in values("工期为1至3个月。", "zh")  # the start of a range is no count of one thing


def test_a_chinese_range_of_days_with_one_day_mark_gives_both_dates() -> None:
    """6月20至22日, 5月16-21日: the first day of a range often goes without 日; both days are dates of that month
    (20-22 июня, June 20-22), not a loose 6 and 20."""
    assert values("论坛于6月20至22日举行。", "zh") == {(QKind.DATE.value, 620), (QKind.DATE.value, 622)}
    assert values("展会于5月16-21日举办。", "zh") == {(QKind.DATE.value, 516), (QKind.DATE.value, 521)}
    assert kinds(findings_of(row("论坛于6月20至22日举行。", "The forum was held on June 20-22.",
                                 "Форум прошёл 20-22 июня.")), "number") == []
    assert kinds(findings_of(row("论坛于6月20至22日举行。", "", "Форум прошёл 21-22 июня.")), "number") != []


def test_the_second_edition_of_an_event_is_a_figure_to_demand() -> None:
    """第二届 numbers an edition like 第二十二届: a version that leaves the edition out lacks it, while 'the second' and
    «II» answer it; other words for two stay soft (两国, 第二次世界大战 is a name)."""
    zh = "第二届中俄博览会在叶卡捷琳堡开幕。"
    assert kinds(findings_of(row(zh, "", "В Екатеринбурге открылось Российско-Китайское ЭКСПО.")), "number") != []
    assert kinds(findings_of(row(zh, "The second China-Russia Expo opened in Yekaterinburg.",
                                 "В Екатеринбурге открылось II Российско-Китайское ЭКСПО.")), "number") == []
    assert kinds(findings_of(row("中俄两国代表出席。", "Delegates of the countries attended.", "")), "number") == []


def test_square_metres_written_pingmi_count_their_figure() -> None:
    """二百平米 is 200 square metres («двухсот квадратных метров»), as 二百平方米 is."""
    assert values("展馆面积超过二百平米。", "zh") == {(N, 200)}
    assert kinds(findings_of(row("展馆面积超过二百平米。", "", "Площадь павильона более двухсот квадратных метров.")),
                 "number") == []


def test_a_russian_decade_is_the_decade_of_the_other_versions() -> None:
    """«в 50-е годы», «в 1950-х годах» are the 1950s (上世纪50年代, 20世纪50年代), no ordinal fiftieth; a decade
    without its century answers either and is demanded of no one, while «1980-х годов» stays a figure to demand."""
    zh = "留学俄罗斯还能否出现上世纪50年代的热潮？"
    for ru in ("Повторится ли бум, который был в 50-е годы?", "Повторится ли бум 1950-х годов?"):
        assert kinds(findings_of(row(zh, "", ru)), "number") == [], ru
    assert kinds(findings_of(row("留学俄罗斯的热潮还会出现吗？", "", "Повторится ли бум, который был в 50-е годы?")),
                 "number") == []
    assert kinds(findings_of(row("该项目开始实施。", "", "Проект стартовал в середине 1980-х годов.")), "number") != []


def test_an_item_number_glued_to_its_question_is_numbering() -> None:
    """«2.Какие планы…» (an embassy's transcript leaves out the space after the item's full stop) numbers the item as
    二、 does; a decimal («2.5 млн») stays a figure."""
    assert values("2.Какие планы у сторон на будущий год?", "ru") == set()
    assert kinds(findings_of(row("二、双方明年有什么计划？", "", "2.Какие планы у сторон на будущий год?")),
                 "number") == []
    assert (QKind.NUMBER.value, 2_500_000) in values("2.5 млн тонн зерна", "ru")


def test_a_fraction_written_with_a_slash_in_chinese_is_a_fraction() -> None:
    """近1/3 (nearly a third) is the fraction «почти треть» and 'almost a third' give, not a one and a three; a
    slash between figures that is no fraction (24/7, 3/2) is not read as one."""
    zh = "该省对俄贸易额占全国的近1/3。"
    assert values(zh, "zh") == {(QKind.NUMBER.value, round(1 / 3, 10))}
    assert kinds(findings_of(row(zh, "", "Торговля провинции с Россией составляет почти треть от общего объема.")),
                 "number") == []
    assert kinds(findings_of(row(zh, "", "Торговля провинции с Россией составляет почти четверть от объема.")),
                 "number") != []
    assert values("服务时间为24/3。", "zh") != {(QKind.NUMBER.value, round(1 / 3, 10))}


def test_a_russian_amount_in_billions_and_millions_is_one_figure() -> None:
    """«3 млрд 720 млн долларов» (how TASS and embassies write 37.2亿) is 3.72 billion, not a 3 billion and a 720
    million the Chinese lacks; a different figure is still an error."""
    ru = "Объем инвестиций составил 3 млрд 720 млн долларов."
    assert values(ru, "ru") == {(N, 3_720_000_000)}
    assert kinds(findings_of(row("投资额为37.2亿美元。", "", ru)), "number") == []
    assert kinds(findings_of(row("投资额为37.5亿美元。", "", ru)), "number") != []


def test_first_place_in_figures_is_the_first_in_words() -> None:
    """«заняла 1-е место» is the 排名第一 of the Chinese (第一 in words is soft, not demanded of the others); another
    place is still a difference."""
    zh = "该省对俄贸易额在全国排名第一。"
    assert kinds(findings_of(row(zh, "", "По торговле с Россией провинция заняла 1-е место в стране.")), "number") == []
    assert kinds(findings_of(row(zh, "", "По торговле с Россией провинция заняла 3-е место в стране.")), "number") != []


def test_a_qualifier_before_a_currency_sign_qualifies_the_amount() -> None:
    """'more than $3 billion', 'exceeding US$3 billion': the sign between the words and the figure does not make the
    figure exact, so 超过30亿美元 says the same, and 不足30亿美元 (less than) contradicts it."""
    assert [q.approx for q in quantities("investment of more than $3 billion", "en")] == [Approx.MORE]
    assert [q.approx for q in quantities("investment exceeding US$3 billion", "en")] == [Approx.MORE]
    assert kinds(findings_of(row("投资额超过30亿美元。", "Investment exceeded $3 billion.", "")), "number") == []
    assert kinds(findings_of(row("投资额不足30亿美元。", "Investment exceeded $3 billion.", "")), "number") != []


@pytest.mark.parametrize("en", ["Between January and May, grain exports grew by 14%.",
                                "Grain exports grew by 14% in May of this year.",
                                "Grain exports grew by 14% in April and May."])
def test_may_after_and_or_before_of_is_the_month(en: str) -> None:
    """"between January and May", "May of 2017": the month the Russian names («с января по май», «в мае»)."""
    ru = "С января по май экспорт зерна вырос на 14%." if "January" in en else "В мае экспорт зерна вырос на 14%."
    if "April" in en:
        ru = "В апреле и мае экспорт зерна вырос на 14%."
    assert kinds(findings_of(row("", en, ru)), "number") == []
    assert values("Theresa May and Xi met.", "en") == set()


def test_between_january_and_may_is_the_period_five_months_count() -> None:
    """«за пять месяцев» after «с января по май» counts the months the English names 'between January and May'."""
    assert kinds(findings_of(row("", "Between January and May, trade grew by 26.1 percent.",
                                 "С января по май товарооборот вырос на 26,1%, экспорт за пять месяцев — на 22%.")),
                 "number") == [("ru", "“22%” (22%) does not appear in the English text")]


@pytest.mark.parametrize("en", ["Trade has doubled over the last decade.", "Trade has doubled over the decade.",
                                "Trade has doubled over a decade."])
def test_a_decade_is_ten_years(en: str) -> None:
    """"over the last decade" is «за последние 10 лет» (and «за десять лет»); two decades are not ten years."""
    assert kinds(findings_of(row("", en, "За последние 10 лет товарооборот удвоился.")), "number") == []
    assert kinds(findings_of(row("", en, "За десять лет товарооборот удвоился.")), "number") == []
    assert kinds(findings_of(row("", "Trade has doubled over two decades.",
                                 "За последние 10 лет товарооборот удвоился.")), "number") != []


def test_russian_vyshe_before_a_figure_is_above_it() -> None:
    """«чуть выше $150 млрд» is 'slightly above $150 billion': both say more than the figure; «выше» after a figure
    («на 5% выше») qualifies no figure."""
    assert kinds(findings_of(row("", "Exports will reach slightly above $150 bln this year.",
                                 "Экспорт в этом году выйдет на уровень чуть выше $150 млрд.")), "number") == []
    assert [q.approx for q in quantities("уровень чуть выше $150 млрд", "ru") if q.value == 150e9] == [Approx.MORE]
    assert [q.approx for q in quantities("цены на 5% выше прошлогодних", "ru")] == [Approx.EXACT]


@pytest.mark.parametrize("en", ["Northeast China's trade with Russia grew fastest.",
                                "The three northeastern provinces' trade with Russia grew fastest."])
def test_the_provinces_of_a_region_named_by_their_count_are_the_region(en: str) -> None:
    """东北三省, 东三省 are Northeast China, which English names as a region or by its three provinces: the count
    answers "three" and is not demanded; three provinces counted with 个 still are."""
    for zh in ("东北三省对俄贸易增长最快。", "东三省对俄贸易增长最快。"):
        assert kinds(findings_of(row(zh, en, "")), "number") == [], zh
    assert kinds(findings_of(row("三个省对俄贸易增长最快。", "The provinces' trade with Russia grew fastest.", "")),
                 "number") != []


@pytest.mark.parametrize("ru", ["Лекция посвящена литературе ХIХ века.", "Лекция посвящена литературе ХІХ века.",
                                "Лекция посвящена литературе Х1Х века."])
def test_a_century_typed_with_cyrillic_letters_is_the_roman_numeral(ru: str) -> None:
    """Russian writers often type a century's numeral with the Cyrillic Х and І that look like X and I, or a digit 1
    for an I (ХХ век, ХІХ век, ХХ1 век): before «век» it is the century, as 19世纪 says; a Cyrillic Х elsewhere
    («в день Х») stays a letter."""
    assert kinds(findings_of(row("讲座介绍19世纪的文学。", "", ru)), "number") == []
    assert [(q.kind, q.value) for q in quantities(ru, "ru")] == [(QKind.ORDINAL, 19)]
    assert quantities("Всё решится в день Х.", "ru") == ()
    assert kinds(findings_of(row("讲座介绍18世纪的文学。", "", ru)), "number") != []


def test_a_congress_session_numbered_after_its_convocation_is_an_ordinal() -> None:
    """十四届全国人大二次会议 is the second session of the 14th NPC («2-я сессия ВСНП 14-го созыва»), and 一次会议
    after a convocation the first: the session's number answers the other version's ordinal; 一次会议 without a
    convocation ('one meeting') does not."""
    ru = "Заявление прозвучало на 2-й сессии ВСНП 14-го созыва."
    assert kinds(findings_of(row("这一表态是在十四届全国人大二次会议上作出的。", "", ru)), "number") == []
    assert kinds(findings_of(row("这一表态是在十四屆全國人大一次會議上作出的。", "",
                                 "Заявление прозвучало на 1-й сессии ВСНП 14-го созыва.")), "number") == []
    assert kinds(findings_of(row("这一表态是在十四届全国人大三次会议上作出的。", "", ru)), "number") != []
    assert kinds(findings_of(row("双方举行了一次会议。", "", "Стороны провели 1-е заседание.")), "number") != []
