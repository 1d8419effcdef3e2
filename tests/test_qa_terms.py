"""Glossary checks: terms in every version, forbidden forms, and titles held on the release date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from qa_helpers import findings_of, kinds, row

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa.findings import Finding, Kind, Severity
from desktop_app.storage.glossary_store import GlossaryStore

Glossary = tuple[GlossaryMatcher, list[Tenure]]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    """The seeded glossary (resources/glossary-seed.csv and glossary-tenures.csv) in a real SQLite file."""
    with GlossaryStore.open(tmp_path_factory.mktemp("glossary") / "glossary.sqlite") as store:
        yield store.matcher(), store.tenures()


def check(glossary: Glossary, zh: str, en: str, ru: str, date: str = "2023-07-20") -> list[Finding]:
    matcher, tenures = glossary
    return findings_of(row(zh, en, ru), date, matcher, tenures)


QIAN = ("钱洪山指出，今年是习近平主席提出共建“一带一路”倡议十周年。",
        "Qian Hongshan noted that this year marks the 10th anniversary of the Belt and Road Initiative proposed by "
        "President Xi Jinping.",
        "Цянь Хуншань отметил, что в этом году исполняется 10 лет инициативе «Пояс и путь», выдвинутой "
        "Председателем КНР Си Цзиньпином.")
LIU = ("浙江省人大常委会副主任刘忻出席会议并致辞。",
       "Liu Xin, Vice Chairman of the Standing Committee of the Zhejiang Provincial People's Congress, addressed "
       "the conference.",
       "С приветственным словом выступил заместитель председателя Постоянного комитета Собрания народных "
       "представителей провинции Чжэцзян Лю Синь.")


def test_approved_forms_variants_and_russian_cases_pass(glossary: Glossary) -> None:
    assert check(glossary, *QIAN) == []
    assert check(glossary, *LIU) == []
    short = ("米罗诺夫表示，俄方将充分利用机遇。", "Mironov said that Russia would make full use of the opportunities.",
             "Сергей Миронов отметил, что российская сторона воспользуется возможностями.")
    assert kinds(check(glossary, *short), "term") == []


def test_a_misspelt_name_is_a_term_error_with_a_fix(glossary: Glossary) -> None:
    en = QIAN[1].replace("Qian Hongshan", "Qian Hongsan")
    found = [f for f in check(glossary, QIAN[0], en, QIAN[2]) if f.kind is Kind.TERM]
    assert [(f.lang, f.severity) for f in found] == [("en", Severity.ERROR)]
    assert found[0].fix is not None and found[0].fix.apply(en) == QIAN[1]


def test_a_name_only_one_version_has_is_reported_once(glossary: Glossary) -> None:
    found = kinds(check(glossary, "刘忻出席会议。", "He attended the meeting.", "Он был на встрече."), "term")
    assert found == [("zh", "“刘忻” appears only here: the English or Russian text names no counterpart")]


def test_a_wrong_title_in_one_version_leaves_the_others_clean(glossary: Glossary) -> None:
    en = "Liu Xin, Deputy Governor of Zhejiang, addressed the conference."
    found = [(f.lang, f.kind) for f in check(glossary, LIU[0], en, LIU[2]) if f.kind in (Kind.TERM, Kind.TITLE)]
    assert found == [("en", Kind.TITLE)]


def test_a_paraphrased_body_is_not_a_term_error(glossary: Glossary) -> None:
    """Both translations say "the roundtable" for the conference's full name: a choice, not a mistake."""
    found = check(glossary, "中俄中小企业合作圆桌会议已连续举办九届。", "The roundtable has been held nine times.",
                  "Круглый стол проводился уже девять раз.")
    assert kinds(found, "term") == []


def test_forbidden_forms_are_errors_with_the_approved_form_as_fix(glossary: Glossary) -> None:
    en = QIAN[1].replace("the Belt and Road Initiative", "One Belt One Road")
    found = [f for f in check(glossary, QIAN[0], en, QIAN[2]) if f.kind is Kind.FORBIDDEN]
    assert [(f.lang, f.severity) for f in found] == [("en", Severity.ERROR)]
    assert found[0].fix is not None and "Belt and Road Initiative" in (found[0].fix.apply(en) or "")
    ru = QIAN[2].replace("Председателем КНР Си Цзиньпином", "президентом Си Цзиньпином")
    assert [f.lang for f in check(glossary, QIAN[0], QIAN[1], ru) if f.kind is Kind.FORBIDDEN] == ["ru"]


def test_a_title_not_held_on_the_release_date(glossary: Glossary) -> None:
    """A July 2023 release calling Liu Xin "Deputy Governor of Zhejiang" (he left that post in January 2023)."""
    en = "Liu Xin, Deputy Governor of Zhejiang, addressed the conference."
    zh = "浙江省副省长刘忻出席会议并致辞。"
    found = [f for f in check(glossary, zh, en, LIU[2]) if f.kind is Kind.TITLE]
    assert sorted((f.lang, f.severity) for f in found) == [("en", Severity.ERROR), ("zh", Severity.ERROR)]
    fix = next(f.fix for f in found if f.lang == "en")
    assert fix is not None and fix.apply(en) == LIU[1]
    # The same words in a release of 2022 are right: he was Vice Governor then.
    assert [f for f in check(glossary, zh, en, LIU[2].replace("заместитель председателя Постоянного комитета "
                                                               "Собрания народных представителей", "вице-губернатор"),
                             date="2022-06-01") if f.kind is Kind.TITLE] == []


def test_the_current_title_is_not_reported(glossary: Glossary) -> None:
    assert kinds(check(glossary, *LIU), "title") == []
    assert kinds(check(glossary, *LIU, date="2022-06-01"), "title") != []


def test_titles_in_a_list_belong_to_their_own_names(glossary: Glossary) -> None:
    zh = "中共中央对外联络部副部长钱洪山，浙江省人大常委会副主任刘忻，金华市委书记朱重烈出席会议。"
    en = ("Qian Hongshan, Vice Minister of the International Department of the CPC Central Committee; Liu Xin, "
          "Vice Chairman of the Standing Committee of the Zhejiang Provincial People's Congress; and Zhu Chonglie, "
          "Secretary of the CPC Jinhua Municipal Committee, attended.")
    ru = ("заместитель заведующего Международным отделом ЦК КПК Цянь Хуншань, заместитель председателя Постоянного "
          "комитета Собрания народных представителей провинции Чжэцзян Лю Синь и секретарь горкома КПК города "
          "Цзиньхуа Чжу Чунле.")
    assert kinds(check(glossary, zh, en, ru), "title") == []


def test_russian_fixes_keep_the_grammatical_case(glossary: Glossary) -> None:
    """«с вице-губернатором … Лю Синем» becomes «с заместителем председателя … Лю Синем», not a nominative."""
    zh, en = "会见浙江省副省长刘忻。", "Meeting with Liu Xin, Deputy Governor of Zhejiang."
    ru = "Встреча с вице-губернатором провинции Чжэцзян Лю Синем."
    fix = next(f.fix for f in check(glossary, zh, en, ru) if f.kind is Kind.TITLE and f.lang == "ru")
    assert fix is not None
    assert fix.apply(ru) == ("Встреча с заместителем председателя Постоянного комитета Собрания народных "
                             "представителей провинции Чжэцзян Лю Синем.")
    ru = QIAN[2].replace("Председателем КНР Си Цзиньпином", "президентом Си Цзиньпином")
    fix = next(f.fix for f in check(glossary, QIAN[0], QIAN[1], ru) if f.kind is Kind.FORBIDDEN)
    assert fix is not None and fix.apply(ru) == QIAN[2]


def test_a_short_form_answers_a_full_mention_but_is_never_demanded(glossary: Glossary) -> None:
    answered = ("谢尔盖·米罗诺夫表示，俄方将充分利用机遇。", "Mironov said that Russia would make full use of it.",
                "Миронов отметил, что российская сторона воспользуется возможностями.")
    assert kinds(check(glossary, *answered), "term") == []
    alone = ("他表示，双方将加强合作。", "Lavrov said the two sides would cooperate more closely.",
             "Он отметил, что стороны будут сотрудничать теснее.")
    assert kinds(check(glossary, *alone), "term") == []


def test_a_title_next_to_a_surname_several_persons_share_blames_no_one(glossary: Glossary) -> None:
    en = "Minister of Foreign Affairs of the People's Republic of China Wang attended."
    found = [f for f in check(glossary, "", en, "", date="2023-03-01") if f.kind is Kind.TITLE]
    assert found == []
    en = "Minister of Foreign Affairs of the People's Republic of China Wang Yi attended."
    found = [f for f in check(glossary, "", en, "", date="2023-03-01") if f.kind is Kind.TITLE]
    assert [f.lang for f in found] == ["en"]


def test_a_russian_place_in_another_case_is_no_misspelling_but_a_misspelt_one_is(glossary: Glossary) -> None:
    """«в Шэньчжэне» is Шэньчжэнь in the prepositional case: replacing it by the nominative would break the sentence."""
    zh, en = "会议在深圳举行。", "The meeting was held in Shenzhen."
    assert kinds(check(glossary, zh, en, "Встреча прошла в Шэньчжэне."), "term") == []
    misspelt = [f for f in check(glossary, zh, en, "Встреча прошла в Шеньчжэнь.") if f.kind is Kind.TERM]
    assert [(f.lang, f.severity) for f in misspelt] == [("ru", Severity.ERROR)]


def test_the_outdated_english_name_of_the_belt_and_road_is_forbidden_however_punctuated(glossary: Glossary) -> None:
    """"One Belt, One Road" and "One Belt – One Road" are the name official English gave up in 2015."""
    zh = "双方同意推进“一带一路”合作。"
    ru = "Стороны договорились развивать сотрудничество в рамках «Пояса и пути»."
    for en in ("The sides agreed to advance One Belt, One Road cooperation.",
               "The sides agreed to advance One Belt – One Road cooperation."):
        found = [f for f in check(glossary, zh, en, ru) if f.kind is Kind.FORBIDDEN]
        assert [(f.lang, f.severity) for f in found] == [("en", Severity.ERROR)], en
    assert [f for f in check(glossary, zh, "The sides agreed to advance Belt and Road cooperation.", ru)
            if f.kind in (Kind.FORBIDDEN, Kind.TERM)] == []


def test_the_cultural_year_is_an_english_variant_of_the_years_of_culture(glossary: Glossary) -> None:
    """"the China-Russia Cultural Year" renders 中俄文化年 as the Years of Culture do."""
    zh = "两国元首出席中俄文化年开幕式。"
    ru = "Главы государств присутствовали на церемонии открытия Годов культуры России и Китая."
    en = "The two heads of state attended the opening of the China-Russia Cultural Year."
    assert [f for f in check(glossary, zh, en, ru) if f.kind is Kind.TERM] == []
    other = "The two heads of state attended the opening of the exhibition."
    assert [f.lang for f in check(glossary, zh, other, ru) if f.kind is Kind.TERM] == ["en"]


def test_the_fair_is_a_russian_variant_of_the_china_russia_expo(glossary: Glossary) -> None:
    """Xinhua's Russian called the China-Russia Expo «Китайско-российская ярмарка» in its first years."""
    zh = "第二届中俄博览会将在哈尔滨举行。"
    en = "The second China-Russia Expo will be held in Harbin."
    ru = "Вторая Китайско-российская ярмарка пройдет в Харбине."
    assert [f for f in check(glossary, zh, en, ru) if f.kind is Kind.TERM] == []
    other = "Вторая выставка пройдет в Харбине."
    assert [f.lang for f in check(glossary, zh, en, other) if f.kind is Kind.TERM] == ["ru"]


@pytest.mark.parametrize("stop", [".", "．"])
def test_a_full_stop_for_the_interpunct_names_the_person_with_a_note_to_use_it(glossary: Glossary, stop: str) -> None:
    """谢尔盖．拉夫罗夫 (a full stop between the halves) is Lavrov: no missing name, and one punctuation note whose fix
    puts the interpunct back, not a sentence end's “。”."""
    zh = f"外长谢尔盖{stop}拉夫罗夫出席。会议由俄方主持。"
    found = check(glossary, zh, "Foreign Minister Sergey Lavrov attended. Russia chaired the meeting.",
                  "Присутствовал министр иностранных дел Сергей Лавров. Заседание провела российская сторона.")
    assert kinds(found, "term") == []
    notes = [f for f in found if f.lang == "zh" and f.kind is Kind.PUNCTUATION]
    assert [f.message_id for f in notes] == ["name-interpunct"]
    assert notes[0].fix is not None and notes[0].fix.apply(zh) == "外长谢尔盖·拉夫罗夫出席。会议由俄方主持。"
    assert notes[0].severity is Severity.INFO


def test_a_full_stop_between_chinese_sentences_is_no_name(glossary: Glossary) -> None:
    zh = "拉夫罗夫出席.会议由俄方主持。"
    found = check(glossary, zh, "Lavrov attended. Russia chaired the meeting.",
                  "Присутствовал Лавров. Заседание провела российская сторона.")
    assert [f.message_id for f in found if f.lang == "zh"] == ["half-width-punctuation"]


def test_the_power_of_siberia_by_its_bare_chinese_name_is_the_pipeline(glossary: Glossary) -> None:
    """西伯利亚力量 without quotes or the word for pipeline (a Hong Kong or Taiwan report's 西伯利亚力量管线) is the
    Power of Siberia; a Chinese text that names no pipeline at all still lacks it."""
    en = "Gas deliveries through the Power of Siberia pipeline grew again in January."
    assert kinds(check(glossary, "一月份，经西伯利亚力量管线输送的天然气再次增长。", en, ""), "term") == []
    assert kinds(check(glossary, "一月份，俄罗斯对华输送的天然气再次增长。", en, ""), "term") != []


def test_a_bilateral_name_said_as_the_two_countries_names_it(glossary: Glossary) -> None:
    """两国东线天然气管道 (and Traditional 兩國東線天然氣管道) is the China-Russia east-route gas pipeline the English
    names; a Chinese text that names no pipeline still lacks it."""
    en = "The China-Russia east-route natural gas pipeline was completed this year."
    for zh in ("今年两国东线天然气管道全线贯通。", "今年兩國東線天然氣管道全線貫通。"):
        assert kinds(check(glossary, zh, en, ""), "term") == []
    assert kinds(check(glossary, "今年两国合作成果丰硕。", en, ""), "term") != []


def test_the_east_route_pipeline_by_its_short_english_name_is_the_pipeline(glossary: Glossary) -> None:
    """"the East Route pipeline", "the east-route gas pipeline": English reports shorten the China-Russia east-route
    natural gas pipeline so; an English text that names no pipeline at all still lacks it."""
    zh = "中俄东线天然气管道今年输气量创新高。"
    for en in ("Deliveries through the East Route pipeline hit a record this year.",
               "Deliveries through the east-route gas pipeline hit a record this year."):
        assert kinds(check(glossary, zh, en, ""), "term") == [], en
    assert kinds(check(glossary, zh, "Russian gas deliveries hit a record this year.", ""), "term") != []


def test_a_recurring_meeting_named_with_its_number_names_it(glossary: Glossary) -> None:
    """金砖国家领导人第十七次会晤 is the BRICS Summit (金砖国家领导人会晤) with its number; a Chinese text that names
    BRICS but no summit still lacks it."""
    ru = "Участники саммита БРИКС обсудили торговлю."
    assert kinds(check(glossary, "金砖国家领导人第十七次会晤与会各方讨论了贸易问题。", "", ru), "term") == []
    assert kinds(check(glossary, "金砖国家外长讨论了贸易问题。", "", ru), "term") != []



def test_a_fix_at_the_start_of_a_sentence_keeps_its_capital(glossary: Glossary) -> None:
    """The glossary writes a post in lower case («заместитель председателя …»); a fix replacing the first words of
    a sentence must not leave it starting with a small letter, in any grammatical case."""
    zh, en = "浙江省副省长刘忻出席会议。", "Liu Xin, Deputy Governor of Zhejiang, attended the meeting."
    ru = "Вице-губернатор провинции Чжэцзян Лю Синь принял участие во встрече."
    fix = next(f.fix for f in check(glossary, zh, en, ru) if f.kind is Kind.TITLE and f.lang == "ru")
    assert fix is not None and (fix.apply(ru) or "").startswith("Заместитель председателя Постоянного комитета")
    ru = "Вице-губернатором провинции Чжэцзян Лю Синем было сказано, что встреча важна."
    fix = next(f.fix for f in check(glossary, zh, en, ru) if f.kind is Kind.TITLE and f.lang == "ru")
    assert fix is not None and (fix.apply(ru) or "").startswith("Заместителем председателя Постоянного комитета")
    ru = "Встреча с вице-губернатором провинции Чжэцзян Лю Синем."
    fix = next(f.fix for f in check(glossary, zh, en, ru) if f.kind is Kind.TITLE and f.lang == "ru")
    assert fix is not None and (fix.apply(ru) or "").startswith("Встреча с заместителем председателя")


def test_the_belt_and_road_as_one_belt_and_one_road_in_russian_is_named(glossary: Glossary) -> None:
    """«Один пояс и один путь», the embassy's and Xinhua's Russian before «Пояс и путь», in any case and quotes."""
    zh = "中俄双方将继续推进“一带一路”建设同欧亚经济联盟建设对接合作。"
    for ru in ("Стороны продолжат сопряжение строительства «Одного пояса и одного пути» и ЕАЭС.",
               "Стороны продолжат сопрягать ЕАЭС с инициативой \"Один пояс и один путь\"."):
        assert [f.message for f in check(glossary, zh, "", ru, "2017-07-04") if f.kind is Kind.TERM] == []
    assert [f.lang for f in check(glossary, zh, "", "Стороны продолжат сопряжение с ЕАЭС.", "2017-07-04")
            if f.kind is Kind.TERM] == ["ru"]
