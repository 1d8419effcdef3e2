"""Dates as a reader resolves them: relative words, datelines, weekdays with dates, one finding per paragraph."""

from __future__ import annotations

import datetime as dt

from qa_helpers import findings_of, row

from desktop_app.domain.qa import check_release
from desktop_app.domain.qa.dates import dateline, relative_dates, weekday_claims
from desktop_app.domain.qa.findings import Finding, Kind, Severity
from desktop_app.domain.qa.numbers import quantities
from desktop_app.domain.release import Release, Role, Segment, imported_cell


def numbers(zh: str, en: str, ru: str, date: str = "2023-07-20") -> list[tuple[str, str]]:
    return [(f.lang, f.message_id) for f in findings_of(row(zh, en, ru), date) if f.kind is Kind.NUMBER]


def test_relative_words_resolve_against_the_release_date() -> None:
    """The release is of Thursday 20 July 2023: 昨日 and "on Wednesday" are the 19th."""
    assert numbers("昨日上午，会议在金华开幕。", "On July 19, the conference opened in Jinhua.",
                   "Во вторник 19 июля в Цзиньхуа открылась конференция.") == [("ru", "date-weekday")]
    assert numbers("昨日上午，会议在金华开幕。", "On Wednesday, the conference opened in Jinhua.",
                   "Вчера в Цзиньхуа открылась конференция.") == []
    assert numbers("7月20日，会议在金华开幕。", "The conference opened in Jinhua today.",
                   "Сегодня в Цзиньхуа открылась конференция.") == []


def test_a_written_date_that_is_not_the_relative_day_is_an_error() -> None:
    found = numbers("昨日上午，会议在金华开幕。", "On July 18, the conference opened in Jinhua.",
                    "Вчера в Цзиньхуа открылась конференция.")
    assert found == [("en", "date-differs")]


def test_relative_words_of_two_versions_that_cannot_mean_the_same_day() -> None:
    """周一 (Monday the 25th) against «сегодня» in a report of Tuesday 26 August 2025."""
    found = [f for f in findings_of(row("赵乐际周一主持会议。", "", "Сегодня Чжао Лэцзи провёл заседание."),
                                    "2025-08-26") if f.kind is Kind.NUMBER]
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("ru", Severity.ERROR, "date-differs")]
    assert "Сегодня" in found[0].message and "August 25" in found[0].message
    # "on Monday" of a sentence about the future is next Monday, which «сегодня» is not either.
    found = [f for f in findings_of(row("赵乐际将于周一主持会议。", "", "Сегодня Чжао Лэцзи проведёт заседание."),
                                    "2025-08-26") if f.kind is Kind.NUMBER]
    assert [(f.lang, f.message_id) for f in found] == [("ru", "date-differs")]


def test_a_weekday_given_with_a_date_must_agree_with_the_calendar() -> None:
    found = [f for f in findings_of(row("", "The talks were held on Monday, March 21, 2023.", ""), "2023-03-22")
             if f.kind is Kind.NUMBER]
    assert [(f.severity, f.message_id) for f in found] == [(Severity.ERROR, "date-weekday")]
    assert "Tuesday" in found[0].message
    assert numbers("", "The talks were held on Tuesday, March 21, 2023.", "") == []
    assert [c[5] for c in weekday_claims("2023年3月21日（星期一）", "zh")] == [0]
    assert numbers("会谈于2023年3月21日（星期一）举行。", "", "", "2023-03-22") == [("zh", "date-weekday")]
    assert numbers("", "", "Переговоры прошли в понедельник, 21 марта 2023 года.", "2023-03-22") == [
        ("ru", "date-weekday")]
    # Without a year the release date gives it: 19 July 2023 was a Wednesday.
    assert numbers("", "On Wednesday, July 19, the conference opened.", "") == []


def test_a_dateline_sets_the_day_and_need_not_be_repeated() -> None:
    zh = "新华社北京5月16日电 国家主席习近平昨天在人民大会堂会见了来访的客人。"
    assert dateline(zh, "zh") is not None and dateline(zh, "zh")[2:] == (5, 16)  # type: ignore[index]
    en = "Chinese President Xi Jinping met the visitors in the Great Hall of the People on May 15."
    ru = "Председатель КНР Си Цзиньпин 15 мая принял гостей в Доме народных собраний."
    assert numbers(zh, en, ru, "2024-05-16") == []
    assert numbers("国家主席习近平15日会见了来访的客人。", "BEIJING, May 16 (Xinhua) -- Xi met the visitors on May 15.",
                   "МОСКВА, 16 мая. /ТАСС/. Си Цзиньпин 15 мая принял гостей.", "2024-05-16") == []


def test_relative_dates_count_from_the_dateline_row_when_the_release_has_no_date() -> None:
    segments = [Segment(Role.DATELINE, {"zh": imported_cell("2023年7月20日"), "en": imported_cell("July 20, 2023"),
                                        "ru": imported_cell("20 июля 2023 года")}),
                Segment(Role.BODY, {"zh": imported_cell("昨天会议开幕。"), "en": imported_cell("The meeting opened on "
                                                                                           "July 19."),
                                    "ru": imported_cell("Встреча открылась 19 июля.")})]
    assert [f for f in check_release(Release("t", "", segments)) if f.kind is Kind.NUMBER] == []


def test_a_missing_date_is_one_finding_per_paragraph() -> None:
    found = [f for f in findings_of(row("5月16日，代表团抵达北京。16日下午，双方举行会谈。",
                                        "The delegation arrived in Beijing. Talks were held in the afternoon.",
                                        "Делегация прибыла в Пекин 16 мая. Днём прошли переговоры."), "2024-05-17")
             if f.kind is Kind.NUMBER]
    assert [(f.lang, f.message_id) for f in found] == [("en", "date-missing")]
    assert found[0].message.count("May 16") == 1


def test_another_day_in_one_version_is_one_finding_that_names_both() -> None:
    found: list[Finding] = [f for f in findings_of(row("习近平周一（25日）会见沃洛金。", "Xi met Volodin on Aug. 26.",
                                                       "Си Цзиньпин принял Володина 26 августа."), "2025-08-26")
                            if f.kind is Kind.NUMBER]
    assert [(f.lang, f.message_id) for f in found] == [("zh", "date-differs")]
    assert "25" in found[0].message and "August 26" in found[0].message


def test_relative_word_table() -> None:
    friday = dt.date(2023, 7, 21)
    got = {q.text: q.describe() for q in relative_dates("昨天，前天，明天，本月3日，上周一", "zh", friday)}
    assert got == {"昨天": "July 20", "前天": "July 19", "明天": "July 22", "本月3日": "July 3", "上周一": "July 10"}
    got = {q.text: q.describe() for q in relative_dates("yesterday, today, last Monday", "en", friday)}
    assert got == {"yesterday": "July 20", "today": "July 21", "last Monday": "July 10"}
    got = {q.text.lower(): q.describe() for q in relative_dates("Вчера, позавчера, сегодня", "ru", friday)}
    assert got == {"вчера": "July 20", "позавчера": "July 19", "сегодня": "July 21"}
    assert all(q.strict for q in relative_dates("yesterday", "en", friday))
    # A weekday alone has two readings: the past one is the date unless the sentence speaks of the future.
    past = relative_dates("The talks were held on Monday.", "en", friday)
    assert [(q.describe(), q.strict) for q in past] == [("July 17", True), ("July 24", False)]
    future = relative_dates("The talks will be held on Monday.", "en", friday)
    assert [(q.describe(), q.strict) for q in future] == [("July 17", False), ("July 24", True)]


def test_traditional_numerals_and_counters_read_like_simplified() -> None:
    assert [(q.value, q.text) for q in quantities("已連續舉辦九屆", "zh")] == [(9, "九")]
    assert [(q.kind.value, q.value) for q in quantities("第十屆", "zh")] == [("ordinal", 10)]
    assert [(q.value, q.approx.value) for q in quantities("超過三萬人", "zh")] == [(30000, "more")]
    assert numbers("已連續舉辦九屆。", "It has been held nine times.", "Проводился уже девять раз.") == []
    assert numbers("已連續舉辦九屆。", "It has been held eight times.", "Проводился уже девять раз.") != []


def number_findings(segments: list[Segment], date: str) -> list[tuple[int, str, str]]:
    """(row, language, message) of each number or date finding of a release of `segments` dated `date`."""
    return [(f.segment_index, f.lang, f.message_id) for f in check_release(Release("t", date, segments))
            if f.kind is Kind.NUMBER]

def test_a_date_a_version_gives_in_another_paragraph_is_not_missing() -> None:
    segments = [Segment(Role.LEAD, {"zh": imported_cell("7月19日，会议在金华开幕。"),
                                    "en": imported_cell("The conference opened in Jinhua."),
                                    "ru": imported_cell("Конференция открылась в Цзиньхуа.")}),
                Segment(Role.BODY, {"zh": imported_cell("会议吸引了100余家企业参会。"),
                                    "en": imported_cell("On July 19, more than 100 enterprises took part."),
                                    "ru": imported_cell("19 июля в ней приняли участие более 100 компаний.")})]
    assert number_findings(segments, "2023-07-20") == []
    segments[1].cells["en"] = imported_cell("More than 100 enterprises took part.")
    assert number_findings(segments, "2023-07-20") == [(0, "en", "date-missing"), (1, "en", "date-missing")]



def test_a_week_in_another_paragraph_gives_none_of_its_days() -> None:
    """"Next week" elsewhere in the English is any of seven days: it does not give the 3 July the Chinese dates."""
    segments = [Segment(Role.LEAD, {"zh": imported_cell("7月3日，哈尔滨与符拉迪沃斯托克签署友好城市协议。"),
                                    "en": imported_cell("Harbin and Vladivostok signed a twin-city agreement."),
                                    "ru": imported_cell("")}),
                Segment(Role.BODY, {"zh": imported_cell("两市将互派代表团。"),
                                    "en": imported_cell("Delegations will be exchanged next week."),
                                    "ru": imported_cell("")})]
    assert number_findings(segments, "2024-06-28") == [(0, "en", "date-missing")]
    segments[1].cells["en"] = imported_cell("Delegations will be exchanged from July 3.")
    assert number_findings(segments, "2024-06-28") == []

def test_a_day_word_against_the_others_date_is_an_error_even_under_a_dateline_of_that_date() -> None:
    """15 June 2022 was a Wednesday: "on Thursday" under a 15 June dateline names another day."""
    zh = "新华社北京6月15日电 国家主席习近平15日下午同俄罗斯总统普京通电话。"
    en = "BEIJING, June 15 (Xinhua) -- Chinese President Xi Jinping held a phone call with Vladimir Putin on {}."
    found = [(f.lang, f.severity, f.message_id) for f in findings_of(row(zh, en.format("Thursday"), ""), "2022-06-15")
             if f.kind is Kind.NUMBER]
    assert found == [("en", Severity.ERROR, "date-differs")]
    assert numbers(zh, en.format("Wednesday afternoon"), "", "2022-06-15") == []
    assert numbers(zh, en.format("the phone").replace(" on the phone.", "."), "", "2022-06-15") == []


def test_last_week_is_any_of_its_days() -> None:
    assert numbers("上周，双方在北京举行会谈。", "The two sides held talks in Beijing on July 12.",
                   "На прошлой неделе стороны провели переговоры в Пекине.") == []
    assert numbers("上周，双方在北京举行会谈。", "The two sides held talks in Beijing on July 19.",
                   "На прошлой неделе стороны провели переговоры в Пекине.") == [("en", "date-relative")]


def test_tomorrow_as_a_noun_for_the_future_is_no_date() -> None:
    """共创美好的明天, "a better tomorrow", «светлое завтра»: the future, not the day after the release."""
    assert numbers("双方携手努力，共同开创两国关系更加美好的明天。",
                   "Working together, the two sides will build a brighter future for bilateral ties.",
                   "Вместе стороны построят светлое будущее двусторонних отношений.") == []
    assert numbers("双方携手努力，共同开创两国关系的美好未来。",
                   "Working together, the two sides will build a better tomorrow for bilateral ties.",
                   "Вместе стороны построят светлое завтра двусторонних отношений.") == []
    # The day after the release, said as a day, still has to be in every version.
    assert numbers("明天双方将举行会谈。", "The two sides will hold talks.", "Стороны проведут переговоры.") == [
        ("en", "date-missing"), ("ru", "date-missing")]


def test_traditional_and_china_news_service_datelines_are_read_as_datelines() -> None:
    """中評社香港3月5日電 and 中新社 北京3月5日电: the publication's day, which the other versions need not repeat."""
    zh = "中評社香港3月5日電／據新華社報導，3月4日，雙方在北京舉行會談。"
    assert dateline(zh, "zh") is not None and dateline(zh, "zh")[2:] == (3, 5)  # type: ignore[index]
    assert numbers(zh, "The two sides held talks in Beijing on March 4.", "", "2024-03-04") == []
    assert numbers("中新社 北京3月5日电 （记者 王三）3月4日，双方在北京举行会谈。",
                   "The two sides held talks in Beijing on March 4.", "", "2024-03-04") == []


def test_a_tass_dateline_with_the_country_between_slashes_is_a_dateline() -> None:
    """ВЛАДИВОСТОК /Приморский край/, 5 сентября. /ТАСС/. and VLADIVOSTOK /Russia/, September 5. /TASS/."""
    en = "VLADIVOSTOK /Russia/, September 5. /TASS/. The forum opened with a plenary session."
    ru = "ВЛАДИВОСТОК /Приморский край/, 5 сентября. /ТАСС/. Форум открылся пленарным заседанием."
    assert dateline(en, "en") is not None and dateline(en, "en")[2:] == (9, 5)  # type: ignore[index]
    assert dateline(ru, "ru") is not None and dateline(ru, "ru")[2:] == (9, 5)  # type: ignore[index]
    assert numbers("论坛以全体会议开幕。", en, "Форум открылся пленарным заседанием.", "2024-09-05") == []


def test_the_day_closing_a_chinese_range_is_of_the_month_that_opened_it() -> None:
    """3月28日至31日 in a July release ends on 31 March, not on the 31st of July."""
    assert numbers("论坛于3月28日至31日在博鳌举行。", "The forum was held in Boao from March 28 to 31.",
                   "Форум прошёл в Боао с 28 по 31 марта.") == []
    assert numbers("论坛于3月28日至31日在博鳌举行。", "The forum was held in Boao from March 28 to 30.",
                   "Форум прошёл в Боао с 28 по 31 марта.") != []


def test_the_first_quarters_of_a_year_are_the_months_they_cover() -> None:
    """前三季度, "the first three quarters" and «за три квартала» are January to September; no fraction 0.75."""
    zh = "1-9月，两省贸易额增长12%。"
    ru = "За первые три квартала товарооборот двух провинций вырос на 12%."
    assert numbers(zh, "In the first three quarters, trade between the provinces rose 12 percent.", ru) == []
    assert numbers("前三季度，两省贸易额增长12%。", "In January-September, trade rose 12%.", ru) == []
    assert numbers(zh, "In the first half, trade between the provinces rose 12%.", ru) == [("en", "date-missing")]


def test_eight_months_of_a_year_in_russian_are_january_to_august_but_a_duration_is_not() -> None:
    zh = "1-8月，口岸货运量达到900万吨。"
    en = "In January-August, the port handled 9 million tonnes of cargo."
    assert numbers(zh, en, "За восемь месяцев этого года грузооборот порта составил 9 млн тонн.") == []
    # Eight months, not January to August: the month names are missing (the count is the period the others name).
    assert numbers(zh, en, "За восемь месяцев порт обработал 9 млн тонн грузов.") == [("ru", "date-missing")]


def test_a_month_a_version_gives_in_another_paragraph_is_not_missing() -> None:
    segments = [Segment(Role.LEAD, {"zh": imported_cell("1-5月，双边贸易额增长8%。"),
                                    "en": imported_cell("In January-May, bilateral trade rose 8 percent."),
                                    "ru": imported_cell("В январе-мае товарооборот вырос на 8%.")}),
                Segment(Role.BODY, {"zh": imported_cell("1-5月，出口增长5%。"),
                                    "en": imported_cell("Over the period, exports rose 5 percent."),
                                    "ru": imported_cell("В январе-мае экспорт вырос на 5%.")})]
    assert number_findings(segments, "2023-06-20") == []
    segments[0].cells["en"] = imported_cell("Bilateral trade rose 8 percent.")
    assert number_findings(segments, "2023-06-20") == [(0, "en", "date-missing"), (1, "en", "date-missing")]


def test_a_version_without_a_dateline_counts_from_the_release_date_not_from_another_versions_dateline() -> None:
    """The Chinese wire is dated the 20th; the release, and its English and Russian, the 21st."""
    zh = "新华社北京7月20日电 第五届中俄博览会20日在北京开幕。"
    segment = row(zh, "The fifth China-Russia Expo opened in Beijing yesterday.",
                  "Пятое Российско-Китайское ЭКСПО открылось вчера в Пекине.")
    assert [f for f in findings_of(segment, "2023-07-21") if f.kind is Kind.NUMBER] == []
    segment = row(zh, "The fifth China-Russia Expo opened in Beijing today.",
                  "Пятое Российско-Китайское ЭКСПО открылось вчера в Пекине.")
    assert [f.lang for f in findings_of(segment, "2023-07-21") if f.kind is Kind.NUMBER] == ["en"]


def test_a_count_of_months_is_the_period_the_release_names_from_january() -> None:
    """«За семь месяцев» after «в январе-июле» counts the same period again: the other versions need not count it."""
    def found(zh: str, en: str, ru: str) -> list[tuple[int, str, str]]:
        segments = [Segment(Role.LEAD, {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell(ru)}),
                    Segment(Role.BODY, {"zh": imported_cell("其中，出口增长5%。"),
                                        "en": imported_cell("Over the period, exports rose 5 percent."),
                                        "ru": imported_cell("За семь месяцев экспорт вырос на 5%.")})]
        return [(f.segment_index, f.lang, f.message_id) for f in check_release(Release("t", "2023-08-20", segments))
                if f.kind is Kind.NUMBER]
    assert found("1-7月，双边贸易额增长8%。", "In January-July, bilateral trade rose 8 percent.",
                 "В январе-июле товарооборот вырос на 8%.") == []
    # No version names the period: the seven months are a count only the Russian gives.
    assert found("双边贸易额增长8%。", "Bilateral trade rose 8 percent.", "Товарооборот вырос на 8%.") == [
        (1, "ru", "number-extra")]


def test_the_day_a_source_spoke_is_no_contradiction_of_an_events_day() -> None:
    """据俄外交部10日称 dates the ministry's statement; "on June 3-4" dates the visit: each version lacks the other's
    day (warnings), neither contradicts it. Two event days still do."""
    said = numbers("据俄外交部10日称，代表团此前访问了巴黎。",
                   "The delegation visited Paris on June 3-4, the Russian Foreign Ministry said.", "", "2024-06-10")
    assert sorted(said) == [("en", "date-missing"), ("zh", "date-missing")]
    said_en = numbers("代表团6月3日至4日访问了巴黎。",
                      "The delegation had visited Paris, the ministry said on Monday.", "", "2024-06-10")
    assert said_en == [("en", "date-missing")]  # a weekday alone, with two readings, is not demanded of the Chinese
    events = numbers("代表团10日访问了巴黎。", "The delegation visited Paris on June 3-4.", "", "2024-06-10")
    assert {m for _, m in events} & {"date-differs", "date-relative"}


def test_pooled_agency_and_xinhua_russian_datelines_are_datelines() -> None:
    """BEIJING, Mar 3 (NNN-XINHUA) -- and «Пекин, 3 марта /Синьхуа/ --»: the publication's day, the day after the
    event the other versions date, is no date they must repeat."""
    en = "BEIJING, Mar 3 (NNN-XINHUA) -- The two sides signed the agreement on March 2."
    ru = "Пекин, 3 марта /Синьхуа/ -- Стороны подписали соглашение 2 марта."
    assert dateline(en, "en") is not None and dateline(en, "en")[2:] == (3, 3)  # type: ignore[index]
    assert dateline(ru, "ru") is not None and dateline(ru, "ru")[2:] == (3, 3)  # type: ignore[index]
    assert numbers("3月2日，双方签署了协议。", en, ru, "2024-03-03") == []


def test_a_day_set_with_a_space_before_its_mark_is_a_date() -> None:
    """周三（4 日）, as Taiwanese sites set it, is Wednesday the 4th: the day the other versions give, no count 4."""
    assert numbers("外交部周三（4 日）宣布了这一决定。", "The ministry announced the decision on Wednesday.",
                   "Министерство объявило о решении в среду.", "2024-09-04") == []
    assert numbers("外交部周三（4 日）宣布了这一决定。", "The ministry announced the decision.",
                   "Министерство объявило о решении.", "2024-09-04") == [("en", "date-missing"), ("ru", "date-missing")]


def test_last_and_this_year_are_the_years_they_count_from_the_release() -> None:
    """In a release of March 2025, «в прошлом году» and 去年 are 2024, "this year" 2025: they answer the year
    another version writes out, and are not demanded of it."""
    assert numbers("去年，口岸接待旅客120万人次。", "The port handled 1.2 million travellers in 2024.",
                   "В прошлом году пункт пропуска принял 1,2 млн путешественников.", "2025-03-10") == []
    assert numbers("", "The fair will open in Harbin this year.", "Ярмарка откроется в Харбине в 2025 году.",
                   "2025-03-10") == []
    # "last year" is 2024, not 2023.
    assert numbers("", "The port handled 1.2 million travellers in 2023.",
                   "В прошлом году пункт пропуска принял 1,2 млн путешественников.", "2025-03-10") != []


def test_the_past_year_in_russian_is_last_year() -> None:
    """«в минувшем году» is «в прошлом году»: in a release of October 2022 it is the 2021 another version writes."""
    assert numbers("2021年，该港口共接待游客35万人次。", "",
                   "В минувшем году порт принял 350 тыс. туристов.", "2022-10-12") == []
    assert numbers("2020年，该港口共接待游客35万人次。", "",
                   "В минувшем году порт принял 350 тыс. туристов.", "2022-10-12") != []


def test_the_year_before_the_release_as_the_base_of_a_growth_is_implied() -> None:
    """«на 12% больше, чем в 2024 году» in a 2025 release says what "up 12% year on year" says; a year that is no base
    of a growth ("a record in 2024") stays demanded, and "year on year" does not answer it."""
    assert numbers("", "Coal exports grew 12% year on year.", "Экспорт угля вырос на 12% по сравнению с 2024 годом.",
                   "2025-05-20") == []
    assert numbers("", "Coal exports grew 12% year on year.", "Экспорт угля вырос на 12%, рекорд был в 2024 году.",
                   "2025-05-20") != []


def test_the_same_period_of_the_year_before_is_the_base_of_a_growth() -> None:
    """"up 8.4 percent on the same period in 2023" and «рост к аналогичному периоду 2023 года» in a 2024 release say
    what 同比增长8.4% says; "over 2023" without the period is the year itself, and stays demanded."""
    assert numbers("同比增长8.4%。", "Grain exports rose 8.4 percent on the same period in 2023.",
                   "Экспорт зерна вырос на 8,4% к аналогичному периоду 2023 года.", "2024-07-15") == []
    assert numbers("同比增长8.4%。", "Grain exports rose 8.4 percent against the like period of 2023.", "",
                   "2024-07-15") == []
    assert numbers("同比增长8.4%。", "Grain exports rose 8.4 percent over 2023.", "", "2024-07-15") != []
    # Two years before the release is no base "year on year" says.
    assert numbers("同比增长8.4%。", "Grain exports rose 8.4 percent on the same period in 2022.", "",
                   "2024-07-15") != []


def test_a_xinhua_dateline_carried_without_the_agency_is_a_dateline() -> None:
    """"BEIJING, June 2 — …", as People's Daily Online carries Xinhua's wire: the publication's day, not the event's."""
    en = "BEIJING, June 2 — The two ministers signed the plan on Sunday."
    assert dateline(en, "en") is not None and dateline(en, "en")[2:] == (6, 2)  # type: ignore[index]
    assert dateline("In Beijing, June 2 — a day later — the plan was signed.", "en") is None
    assert numbers("", en, "Министры подписали план в воскресенье.", "2024-06-02") == []
    assert numbers("", "BEIJING, June 2 — The two ministers signed the plan.", "Министры подписали план.",
                   "2024-06-02") == []


def test_the_year_before_the_year_measured_is_the_base_of_a_growth() -> None:
    """"4,200 trips in 2023, up 6 percent compared to the year 2022" in a release of January 2024 says what
    2023年…同比增长6% says: 2022 is the base of 2023's growth. A base two years back is no such base."""
    zh = "2023年，口岸通行班列4200列，同比增长6%。"
    assert numbers(zh, "The port handled 4,200 trains in 2023, up 6 percent compared to the year 2022.", "",
                   "2024-01-03") == []
    assert numbers(zh, "The port handled 4,200 trains in 2023, up 6 percent compared to the year 2021.", "",
                   "2024-01-03") != []


def test_since_january_first_is_the_year_so_far() -> None:
    """"2.1 million passengers since Jan. 1" and 1月1日以来 count this year so far, what 截至6月30日 with 同比 says;
    "from January 1" (the day a rule takes effect) stays a date the other versions must give."""
    zh = "截至6月30日，口岸出入境旅客210万人次，同比增长12%。"
    assert numbers(zh, "Since Jan. 1, the port has handled 2.1 million passengers as of June 30, up 12 percent.",
                   "", "2024-07-01") == []
    assert numbers("1月1日以来，口岸出入境旅客210万人次。", "The port has handled 2.1 million passengers.", "",
                   "2024-07-01") == []
    assert numbers("新规定将于7月1日起施行。", "The new rules will take effect from January 1.", "",
                   "2024-07-01") != []


def test_the_old_tens_of_a_day_are_twenty_and_thirty() -> None:
    """廿一日 and 卅一日, as Hong Kong and Macao papers write the day, are the 21st and the 31st, not the 1st."""
    assert numbers("代表團卅一日抵達莫斯科。", "The delegation arrived in Moscow on May 31.", "", "2024-05-31") == []
    assert numbers("代表團廿一日抵達莫斯科。", "The delegation arrived in Moscow on May 21.", "", "2024-05-31") == []
    assert numbers("代表團廿一日抵達莫斯科。", "The delegation arrived in Moscow on May 1.", "", "2024-05-31") != []


def test_nakanune_alone_is_the_day_before_and_before_a_genitive_is_the_eve_of_something() -> None:
    """«Накануне делегация прибыла» in a report of 16 May is the 15th; «накануне визита» is no day."""
    found = relative_dates("Накануне делегация прибыла в Харбин.", "ru", dt.date(2024, 5, 16))
    assert [(q.value, q.strict) for q in found] == [(515, True)]
    assert relative_dates("Накануне визита делегация прибыла в Харбин.", "ru", dt.date(2024, 5, 16)) == []
    assert relative_dates("накануне Нового года", "ru", dt.date(2024, 5, 16)) == []
    assert numbers("", "The delegation arrived in Harbin on May 15.", "Накануне делегация прибыла в Харбин.",
                   "2024-05-16") == []
    assert numbers("", "The delegation arrived in Harbin on May 14.", "Накануне делегация прибыла в Харбин.",
                   "2024-05-16") != []


def test_an_interfax_english_dateline_with_a_full_stop_is_a_dateline() -> None:
    """"BEIJING. Nov 20 (Interfax) -": the wire's day, not a date the other version must repeat."""
    assert dateline("BEIJING. Nov 20 (Interfax) - Trade grew by a third.", "en")[2:] == (11, 20)
    assert numbers("", "BEIJING. Nov 20 (Interfax) - The commission met in Beijing.",
                   "Комиссия собралась в Пекине.", "2023-11-20") == []
    assert dateline("Moscow. Next week the talks resume.", "en") is None


def test_a_count_of_days_is_the_span_of_a_range_of_dates() -> None:
    """"for five days" and «с 10 по 14 августа» say the same span; six days would not."""
    assert numbers("论坛将举行5天。", "", "Форум пройдет с 10 по 14 августа.", "2024-08-01") == [
        ("zh", "date-missing")]
    assert ("ru", "number-missing") in numbers("论坛将举行6天。", "", "Форум пройдет с 10 по 14 августа.",
                                               "2024-08-01")
    assert numbers("", "The forum will run for five days, August 10-14.", "Форум пройдет с 10 по 14 августа.",
                   "2024-08-01") == []


def test_an_interfax_dateline_with_the_month_in_capitals_is_a_dateline() -> None:
    """«МОСКВА. 13 ИЮНЯ. ИНТЕРФАКС-ТУРИЗМ –»: Interfax's services set the month in capitals; its day is the
    dateline's, not a date the other versions must give."""
    text = "МОСКВА. 13 ИЮНЯ. ИНТЕРФАКС-ТУРИЗМ – Число поездок в Россию выросло."
    line = dateline(text, "ru")
    assert line is not None and line[2:] == (6, 13)
    assert text[line[0]:line[1]].startswith("МОСКВА. 13 ИЮНЯ.")
    assert numbers("今年游客人数增长。", "", text, "2018-06-13") == []


def test_a_date_stamp_opening_an_english_report_is_its_dateline() -> None:
    """"Tuesday, 14 May 2024 — The two ministers …": a site that opens its report with the day of publication
    gives the dateline's date, not an event's the other versions must give; a date opening a sentence stays one."""
    text = "Tuesday, 14 May 2024 — The two ministers met in Beijing."
    line = dateline(text, "en")
    assert line is not None and line[2:] == (5, 14)
    assert numbers("两国外长在北京举行会谈。", text, "", "2024-05-14") == []
    assert numbers("两国外长在北京举行会谈。", "On 14 May 2024 the two ministers met in Beijing.", "",
                   "2024-05-16") != []


def test_a_day_given_elsewhere_in_another_year_does_not_answer_a_dated_day() -> None:
    """The English dates the first line's start "January 1, 2011"; the Chinese gives 1月1日 only for the 2018
    opening in its lead, and the year alone here: it lacks the day. The same day in the release's year, or with
    the year it is asked for, answers it."""
    def segments(zh_body: str) -> list[Segment]:
        return [Segment(Role.LEAD, {"zh": imported_cell("1月1日，二线管道投入商业运营。"),
                                    "en": imported_cell("The second line began operations on January 1."),
                                    "ru": imported_cell("")}),
                Segment(Role.BODY, {"zh": imported_cell(zh_body),
                                    "en": imported_cell("The first line began operating on January 1, 2011."),
                                    "ru": imported_cell("")})]
    assert number_findings(segments("一线管道于2011年投产。"), "2018-01-02") == [(1, "zh", "date-missing")]
    assert number_findings(segments("一线管道于2011年1月1日投产。"), "2018-01-02") == []
    answered = segments("一线管道于2011年投产。")
    answered[1].cells["en"] = imported_cell("The first line began operating in 2011, also on January 1, 2018.")
    assert number_findings(answered, "2018-01-02") == []


def test_a_day_of_another_year_is_no_rival_of_the_missing_one() -> None:
    """The Chinese dates the start of construction 2016年8月13日; the English says August 2016 and gives another
    day, January 1, 2011, for another line: that day cannot be the 13 August it lacks, so the English lacks it as
    the Russian does (and the Chinese lacks the English's and the Russian's January 1, 2011)."""
    segments = [Segment(Role.BODY, {
        "zh": imported_cell("工程于2016年8月13日开工，一线于2011年投产。"),
        "en": imported_cell("Construction began in August 2016; the first line began operating on January 1, 2011."),
        "ru": imported_cell("Стройка началась в августе 2016 года, первая линия работает с 1 января 2011 года.")})]
    assert sorted(number_findings(segments, "2018-01-02")) == [
        (0, "en", "date-missing"), (0, "ru", "date-missing"), (0, "zh", "date-missing")]


def test_sreda_the_environment_is_no_wednesday() -> None:
    """«среда» is also 'environment': «окружающей среды», «в деловой среде», «создать среду» name no day, while «в
    среду», «до среды» and «Среда, 6 марта» do."""
    saturday = dt.date(2024, 3, 9)
    for text in ("Стороны обсудили охрану окружающей среды.", "Компании работают в деловой среде региона.",
                 "Университет создаст исследовательскую среду для студентов.",
                 "Центры изучают физику и экологию водной среды.",
                 "Фонд охраны природы и среды провёл форум."):
        assert relative_dates(text, "ru", saturday) == [], text
    for text in ("Переговоры прошли в среду.", "Выставка продлится до среды.",
                 "Встречи пройдут в понедельник и среду."):
        assert "March 6" in {q.describe() for q in relative_dates(text, "ru", saturday)}, text
    assert weekday_claims("Среда, 6 марта. Делегация прибыла.", "ru") == [(0, 14, 3, 6, None, 2)]
    assert numbers("中心将研究物理和环境问题。", "The centres will study physics and the environment.",
                   "Центры займутся физикой и экологической средой.", "2024-03-09") == []


def test_a_number_before_hao_naming_a_unit_or_a_line_is_no_day() -> None:
    """号 after a number is a day of the month (19号上午), and also the number of a unit, a line or a building
    (7号、8号机组, 1号至4号机组, 地铁2号线, 3号楼): those name things, no day to demand of the other versions."""
    friday = dt.date(2023, 7, 21)
    for text in ("电站7号、8号机组和3号、4号机组同时开工。", "1号至4号机组采用进口设备。", "地铁2号线今天延长。",
                 "代表团参观了3号楼和5号展馆。"):
        assert [q.describe() for q in relative_dates(text, "zh", friday) if q.describe() != "July 21"] == [], text
    assert [q.describe() for q in relative_dates("19号上午，代表团抵达。", "zh", friday)] == ["July 19"]
    assert [q.describe() for q in relative_dates("会议于18号和19号举行。", "zh", friday)] == ["July 18", "July 19"]
    assert numbers("7号、8号机组于2021年开工。", "Units 7 and 8 went under construction in 2021.",
                   "Строительство блоков №7 и №8 началось в 2021 году.", "2023-07-21") == []


def test_a_weekday_that_recurs_is_no_date() -> None:
    """每周二和周日, «по вторникам и воскресеньям», «каждую среду», "every Tuesday": days of every week a service runs,
    no day of the release to demand of the other versions; «во вторник», 周二 and "on Tuesday" stay dates."""
    thursday = dt.date(2025, 9, 11)
    for text, lang in (("航线每周二和周日执行两班。", "zh"), ("班期为每周一、三、五。", "zh"),
                       ("Рейсы выполняются по вторникам и воскресеньям.", "ru"),
                       ("Паром ходит каждую среду.", "ru"), ("The ferry sails every Tuesday.", "en")):
        assert relative_dates(text, lang, thursday) == [], text
    assert [q.describe() for q in relative_dates("首航于周二举行。", "zh", thursday)][:1] == ["September 9"]
    assert [q.describe() for q in relative_dates("Первый рейс вылетел во вторник.", "ru", thursday)][:1] == [
        "September 9"]
    assert numbers("航线每周二和周日执行。", "The route is flown on Tuesdays and Sundays.",
                   "Рейсы выполняются по вторникам и воскресеньям.", "2025-09-11") == []


def test_a_relative_day_in_quoted_speech_is_not_demanded() -> None:
    """«"Отношения сегодня вышли на новый уровень", — цитирует его ТАСС»: the speaker's 'today' (often 'nowadays', 现在)
    counts from the day he spoke, which the report need not give; outside the quotation it stays a date to demand."""
    assert numbers("他说：“两国关系现在已经达到新的高水平。”", "",
                   "\"Отношения между нашими странами сегодня вышли на новый уровень\", - сказал он.",
                   "2023-03-14") == []
    assert numbers("他说：“两国关系现在已经达到新的高水平。”", "",
                   "«Отношения между нашими странами сегодня вышли на новый уровень», — сказал он.",
                   "2023-03-14") == []
    assert numbers("两国关系已经达到新的高水平。", "", "Сегодня министры подписали соглашение.",
                   "2023-03-14") == [("zh", "date-missing")]
    # A quoted 'yesterday' is a day: «"Я вчера гулял по Кремлю"» against a version that says 'recently'.
    assert numbers("他说：“最近我在克里姆林宫散步。”", "", "«Я вчера гулял по Кремлю», — сказал он.",
                   "2024-10-22") == [("zh", "date-missing")]


def test_a_dateline_with_a_short_month_and_the_agency_after_a_dash_is_a_dateline() -> None:
    """«САНКТ-ПЕТЕРБУРГ, 12 мар - ПРАЙМ.»: PRIME and RIA shorten the month and set the agency after a dash; the day
    is the wire's, not a date the other version must give."""
    text = "САНКТ-ПЕТЕРБУРГ, 12 мар - ПРАЙМ. Порт нарастил перевалку зерна."
    line = dateline(text, "ru")
    assert line is not None and line[2:] == (3, 12)
    assert numbers("港口粮食转运量增加。", "", text, "2024-03-12") == []
    assert numbers("港口粮食转运量增加。", "", "Порт нарастил перевалку зерна 12 марта.", "2024-03-14") != []


def test_a_press_release_wire_dateline_naming_the_country_is_a_dateline() -> None:
    """"KAZAN, Russia, May 3, 2021 /PRNewswire/ --": a release wire's dateline gives the day the release went out,
    which the other versions need not repeat; the same day in the story stays demanded."""
    text = "KAZAN, Russia, May 3, 2021 /PRNewswire/ -- The new line was opened on April 30, 2021."
    line = dateline(text, "en")
    assert line is not None and line[2:] == (5, 3)
    assert numbers("新生产线于4月30日投产。", text, "", "2021-05-03") == []
    assert numbers("新生产线投产。", text, "", "2021-05-03") != []


def test_the_weekday_just_past_in_russian() -> None:
    """«в минувшую среду» and «в прошедший вторник» are the Wednesday and the Tuesday just past (the adjective before
    «среду» does not make it the environment): in a release of Thursday 13 March 2025 they are the 12th and the
    11th, which other versions give as dates."""
    assert numbers("3月12日，代表团抵达喀山。", "", "В минувшую среду делегация прибыла в Казань.", "2025-03-13") == []
    assert numbers("3月11日，代表团抵达喀山。", "", "В прошедший вторник делегация прибыла в Казань.",
                   "2025-03-13") == []
    # Last Wednesday is not the 5th.
    assert numbers("3月5日，代表团抵达喀山。", "", "В минувшую среду делегация прибыла в Казань.", "2025-03-13") != []


def test_a_russian_day_of_the_month_with_chisla_is_a_date() -> None:
    """«которая прошла 12-го числа» and «12 числа» are the 12th of the release's month, as 12日 is; another day is
    an error."""
    assert numbers("发布会于12日举行。", "", "Пресс-конференция прошла 12-го числа.", "2023-07-20") == []
    assert numbers("发布会于12日举行。", "", "Пресс-конференция прошла 12 числа.", "2023-07-20") == []
    assert numbers("发布会于12日举行。", "", "Пресс-конференция прошла 14-го числа.", "2023-07-20") != []


def test_the_agency_russia_today_is_no_today() -> None:
    """今日俄罗斯 (the agency Russia Today) and 今日美国 (USA Today) name outlets: no date another version must give;
    今日 on its own is still today."""
    assert numbers("今日俄罗斯国际通讯社记者提问。", "A RIA Novosti correspondent asked a question.", "") == []
    assert numbers("今日，今日美国报记者提问。", "A correspondent of the American paper asked a question.", "") != []


def test_a_russian_range_of_days_with_chislo_is_a_range_of_dates() -> None:
    """«с 12 по 14 число» is the 12th to the 14th, as 12日至14日 is; another range is an error."""
    assert numbers("代表团于12日至14日访华。", "", "Делегация находилась в Китае с 12 по 14 число.") == []
    assert numbers("代表团于12日至14日访华。", "", "Делегация находилась в Китае с 15 по 17 число.") != []


def test_an_english_range_of_days_before_its_month_gives_both_dates() -> None:
    """'on 9–11 September 2019' (the day before the month, as declarations write it) is 9月9日至11日; 12–14 is not."""
    assert numbers("论坛于2019年9月9日至11日在莫斯科举行。", "The forum was held in Moscow on 9–11 September 2019.",
                   "") == []
    assert numbers("论坛于2019年9月9日至11日在莫斯科举行。",
                   "The forum was held in Moscow on 9th to 11th of September 2019.", "") == []
    assert numbers("论坛于2019年9月9日至11日在莫斯科举行。", "The forum was held in Moscow on 12–14 September 2019.",
                   "") != []
