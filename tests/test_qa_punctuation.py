"""Punctuation and spacing per language, and the one-click fixes that come with them."""

from __future__ import annotations

import pytest

from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.qa.punctuation import punctuation_issues


def details(text: str, lang: str) -> set[str]:
    return {i.detail for i in punctuation_issues(text, lang)}


def fixed(text: str, lang: str, detail: str) -> str | None:
    issue = next(i for i in punctuation_issues(text, lang) if i.detail == detail)
    assert issue.fix is not None
    return issue.fix.apply(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("7月19日上午，第十届中俄中小企业合作圆桌会议在浙江省金华市开幕。", "zh"),
    ("本届会议以“‘一带一路’与欧亚经济联盟对接合作”为主题（见附件）。", "zh"),
    ("黑豹队的防守只丢了 308分，排名第六。", "zh"),
    ("增长2.5%，达到3,000家。", "zh"),
    ('More than 100 enterprises took part in the conference, themed "China-Russia SMEs Cooperation".', "en"),
    ("He said: “We will make full use of the opportunities (and more).”", "en"),
    ("под девизом «Сотрудничество в условиях сопряжения инициативы „Пояс и путь“» (см. ниже).", "ru"),
    ("", "ru"),
])
def test_correct_text_has_no_issues(text: str, lang: str) -> None:
    assert punctuation_issues(text, lang) == ()


def test_half_width_punctuation_in_chinese_is_fixed_to_full_width() -> None:
    text = "7月19日上午,会议在金华开幕;米罗诺夫表示:合作很重要(见下文)."
    assert {"half-width:,", "half-width:;", "half-width::", "half-width:(", "half-width:)",
            "half-width:."} <= details(text, "zh")
    out = text
    for issue in punctuation_issues(text, "zh"):
        if issue.fix:
            out = issue.fix.apply(out) or out
    assert out == "7月19日上午，会议在金华开幕；米罗诺夫表示：合作很重要（见下文）。"


def test_straight_quotes_in_chinese_become_curly() -> None:
    assert fixed('以"一带一路"为主题', "zh", "straight-quotes") == "以“一带一路”为主题"


def test_spaces_between_chinese_characters() -> None:
    issues = [i for i in punctuation_issues("会议在 金华 开幕", "zh") if i.kind is Kind.SPACING]
    assert len(issues) == 1 and issues[0].fix is not None
    assert issues[0].fix.apply("会议在 金华 开幕") == "会议在金华开幕"


def test_chinese_punctuation_in_english_and_russian() -> None:
    assert fixed("Mironov said，the two sides。", "en", "full-width:，") == "Mironov said, the two sides。"
    assert "full-width:。" in details("Стороны договорились。", "ru")


def test_russian_quotes_must_be_guillemets() -> None:
    assert fixed('партии "Справедливая Россия" и КПК', "ru", "ru-quotes") == "партии «Справедливая Россия» и КПК"
    assert fixed("партии “Справедливая Россия” и КПК", "ru", "ru-quotes") == "партии «Справедливая Россия» и КПК"
    assert "ru-quotes" not in details("«инициативы „Пояс и путь“»", "ru")


def test_straight_quotes_nested_inside_guillemets_become_low_high_quotes() -> None:
    """«…» outside, „…“ inside: straight quotes inside guillemets are as wrong as outside them, and their fix nests
    the Russian way; „…“ inside stays right."""
    text = '«Мы подписали "Меморандум о сотрудничестве" в Пекине», — сказал министр.'
    assert fixed(text, "ru", "ru-quotes") == "«Мы подписали „Меморандум о сотрудничестве“ в Пекине», — сказал министр."
    assert "ru-quotes" not in details("«Мы подписали „Меморандум о сотрудничестве“ в Пекине», — сказал министр.", "ru")


def test_a_spaced_two_character_speaker_label_is_transcript_typesetting() -> None:
    """记 者：, 嘉 宾： open the lines of an interview set out with the label's two characters spaced to the width of
    三字 labels (主持人：); a space elsewhere in the line, or in a longer word before a colon, is still reported."""
    assert "cjk-space" not in details("记 者：您对合作有何期待？", "zh")
    assert "cjk-space" not in details("嘉 宾：我在中国生活近7年。", "zh")
    assert "cjk-space" in details("记 者：您对 合作有何期待？", "zh")
    assert "cjk-space" in details("会议 指出：双方合作顺利。", "zh")


def test_doubled_spaces_and_space_before_punctuation() -> None:
    assert fixed("The roundtable  opened in Jinhua.", "en", "double-space") == "The roundtable opened in Jinhua."
    assert fixed("The roundtable opened , in Jinhua .", "en", "space-before-punct") == \
        "The roundtable opened, in Jinhua."
    assert "space-before-punct" not in details("It rose by .5 points", "en")


def test_a_space_typed_before_a_closing_quote_instead_of_after_it() -> None:
    """“…last year, ”Interfax quotes: the space belongs after the closing quote; a quote closed in place passes."""
    assert fixed("“Exports rose sharply, ”the ministry said.", "en", "space-before-punct") == \
        "“Exports rose sharply,” the ministry said."
    assert "space-before-punct" not in details("“Exports rose sharply,” the ministry said.", "en")
    assert "space-before-punct" not in details("He called it “ a bridge ” in jest.", "en")


@pytest.mark.parametrize(("text", "lang", "detail"), [
    ("会议（在金华开幕。", "zh", "unbalanced:（）"),
    ("以“一带一路为主题", "zh", "unbalanced:“”"),
    ("the conference (in Jinhua opened", "en", "unbalanced:()"),
    ("the conference) in Jinhua", "en", "unbalanced:()"),
    ('themed "China-Russia SMEs Cooperation', "en", 'unbalanced:""'),
    ("под девизом «Сотрудничество", "ru", "unbalanced:«»"),
])
def test_unbalanced_brackets_and_quotes(text: str, lang: str, detail: str) -> None:
    assert detail in details(text, lang)


def test_a_fix_does_not_apply_to_changed_text() -> None:
    issue = next(i for i in punctuation_issues("会议,开幕", "zh") if i.fix)
    assert issue.fix is not None and issue.fix.apply("会议，开幕了") is None


def test_the_spaces_inside_a_china_news_service_dateline_are_its_convention() -> None:
    """中新社 北京3月5日电 （记者 王三）: the agency, the place and the credit are spaced on purpose; a space in the
    story after them is still a space between Chinese characters."""
    assert details("中新社 北京3月5日电 （记者 王三 李四）双方在北京举行会谈。", "zh") == set()
    assert {i.kind for i in punctuation_issues("中新社 北京3月5日电 （记者 王三）双方在 北京举行会谈。", "zh")} == {
        Kind.SPACING}


def test_the_spaces_of_a_credit_in_traditional_characters_are_its_convention() -> None:
    """（記者王三 李四） and 新華社記者 張五 攝: a Traditional credit spaces its names as a Simplified one does; a
    space in the story after it is still reported."""
    assert details("新華社北京3月5日電（記者王三 李四）雙方在北京舉行會談。新華社記者 張五 攝", "zh") == set()
    assert {i.kind for i in punctuation_issues("（記者王三 李四）雙方在 北京舉行會談。", "zh")} == {Kind.SPACING}


def test_the_space_parting_the_halves_of_a_title_in_book_title_marks_is_its_convention() -> None:
    """《携手并进 共创未来》: a two-part title is spaced on purpose; a space outside the marks is still reported."""
    assert details("主席发表题为《携手并进 共创未来》的主旨演讲。", "zh") == set()
    found = punctuation_issues("主席发表题为《携手并进 共创未来》的主旨 演讲。", "zh")
    assert [i.kind for i in found] == [Kind.SPACING]
    assert found[0].fix is not None and found[0].fix.apply("主席发表题为《携手并进 共创未来》的主旨 演讲。") == (
        "主席发表题为《携手并进 共创未来》的主旨演讲。")


def test_the_space_after_an_agency_dateline_without_a_day_is_a_newswire_space() -> None:
    """俄罗斯卫星通讯社北京电 …, 新华社哈尔滨电 …: Sputnik and Xinhua set a space after a dateline that gives no day,
    as after one that does; a space after 电 later in a sentence is still a stray space."""
    for text in ("俄罗斯卫星通讯社北京电 据中国海关总署消息，两国贸易额增长。", "新华社哈尔滨电 中俄博览会今天开幕。"):
        assert details(text, "zh") == set(), text
    assert {i.kind for i in punctuation_issues("他说，供电 设施已经修复。", "zh")} == {Kind.SPACING}


def test_two_spaces_after_a_chinese_dateline_are_its_full_width_gap() -> None:
    """新华社莫斯科5月9日电  5月8日，…: reposts set the dateline's full-width gap as two half-width spaces, which is
    the wire's layout, not a typing slip; two spaces later in the sentence still are one."""
    assert details("新华社莫斯科5月9日电  5月8日，俄罗斯举行纪念活动。", "zh") == set()
    assert details("中新社哈尔滨6月1日电（记者 王三）  2024年中俄博览会开幕。", "zh") == set()
    assert details("新华社莫斯科5月9日电 俄罗斯于  5月8日举行纪念活动。", "zh") == {"double-space"}


def test_the_names_in_brackets_right_after_a_dateline_are_its_credit() -> None:
    """中新网哈尔滨5月3日电（张三 李四）: the reporters' names follow the dateline without 记者 and are spaced on
    purpose; a space in the story after them is still reported, and so is a bracket elsewhere in the story."""
    assert details("中新网哈尔滨5月3日电（张三 李四 王五）5月3日，首趟班列从哈尔滨发出。", "zh") == set()
    assert {i.kind for i in punctuation_issues(
        "中新网哈尔滨5月3日电（张三 李四）5月3日，首趟班列从 哈尔滨发出。", "zh")} == {Kind.SPACING}
    assert {i.kind for i in punctuation_issues("首趟班列（张三 李四）从哈尔滨发出。", "zh")} == {Kind.SPACING}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("губернатор Приморского края,Россия", "ru", "губернатор Приморского края, Россия"),
    ("Переговоры прошли в Москве.Стороны обсудили", "ru", "Переговоры прошли в Москве. Стороны обсудили"),
    ("the talks ended;the ministers met", "en", "the talks ended; the ministers met"),
    ("in Harbin.The fair opened,and trade grew", "en", "in Harbin. The fair opened, and trade grew"),
    ("(ТАСС),Москва", "ru", "(ТАСС), Москва"),
])
def test_a_missing_space_after_punctuation_between_words_is_found_and_fixed(text: str, lang: str,
                                                                             expected: str) -> None:
    assert fixed(text, lang, "missing-space-after-punct") == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Trade rose 3,5 per cent at 10:30 in the U.S. and the E.U., e.g. in Ph.D. programmes.", "en"),
    ("See www.kremlin.ru, http://eng.kremlin.ru/news or write to press@mid.ru.", "en"),
    ("Министр С.В.Лавров, т.е. глава МИД, и др.; рост 3,5%; 10:30 мск.", "ru"),
    ("Lavrov met Wang Yi at 5 p.m. in Beijing.", "en"),
    ("Сайт fmprc.gov.cn и en.kremlin.ru; файл report.docx", "ru"),
    ("News.Az reports, citing Gazeta.Ru and Xinhuanet.Com.", "en"),
])
def test_punctuation_inside_numbers_abbreviations_addresses_and_initials_needs_no_space(text: str,
                                                                                        lang: str) -> None:
    assert "missing-space-after-punct" not in details(text, lang)


def test_a_contributor_credit_in_brackets_is_spaced_like_a_reporters() -> None:
    """（供稿 国际交流处）opening a university's report names who supplied it, as （记者 王三） names a reporter: its
    space is the credit's; a space between two words of the story stays a slip."""
    def spacing(text: str) -> list[str]:
        return [i.detail for i in punctuation_issues(text, "zh") if i.kind is Kind.SPACING]

    assert spacing("（供稿 国际交流处）当地时间5月3日，代表团访问了喀山。") == []
    assert spacing("当地时间5月3日，代表团 访问了喀山。") != []


def test_a_caption_naming_a_speaker_after_his_post_is_spaced_by_convention() -> None:
    """中方项目负责人 王伟 under a speaker on screen (a caption line, no sentence) parts the post from the name on
    purpose; the same space inside a sentence is still a slip."""
    def spacing(text: str) -> list[str]:
        return [i.detail for i in punctuation_issues(text, "zh") if i.kind is Kind.SPACING]

    assert spacing("中方项目负责人 王伟") == []
    assert spacing("哈尔滨工业大学教授 李明") == []
    assert spacing("中方项目负责人 王伟表示，合作很重要。") != []
    assert spacing("中俄合作 前景广阔") != []


@pytest.mark.parametrize("line", ["中华人民共和国国务院总理 李强", "俄罗斯联邦外交部长 谢尔盖·拉夫罗夫",
                                  "俄羅斯聯邦總統 弗拉基米爾·普京"])
def test_a_byline_of_a_post_and_a_foreign_or_chinese_name_is_spaced_by_convention(line: str) -> None:
    """A byline under an article's title (俄罗斯联邦总统 弗拉基米尔·普京) parts the post from the name as a caption
    does, also when the post is a head of state's or government's and the name a transliterated one with its
    interpunct; in a sentence the space stays a slip."""
    def spacing(text: str) -> list[str]:
        return [i.detail for i in punctuation_issues(text, "zh") if i.kind is Kind.SPACING]

    assert spacing(line) == []
    assert spacing(line + "表示，合作很重要。") != []
