"""Names across a whole release: second references, omissions, names in one version only, different bodies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa import check_release
from desktop_app.domain.qa.findings import Finding, Kind, Severity
from desktop_app.domain.qa.persons import chinese_names, consonants, russian_names
from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.storage.glossary_store import GlossaryStore

Glossary = tuple[GlossaryMatcher, list[Tenure]]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    """The seeded glossary in a real SQLite file."""
    with GlossaryStore.open(tmp_path_factory.mktemp("glossary") / "glossary.sqlite") as store:
        yield store.matcher(), store.tenures()


def release(*rows: tuple[str, str, str] | tuple[str, str, str, Role], date: str = "2023-07-20") -> Release:
    segments = [Segment(row[3] if len(row) > 3 else Role.BODY,  # type: ignore[misc]
                        {lang: imported_cell(text) for lang, text in zip(("zh", "en", "ru"), row[:3], strict=True)},
                        f"r{i}") for i, row in enumerate(rows)]
    return Release("t", date, segments)


def terms(glossary: Glossary, rel: Release) -> list[Finding]:
    matcher, tenures = glossary
    return [f for f in check_release(rel, matcher, tenures) if f.kind in (Kind.TERM, Kind.TITLE)]


MIRONOV = ("谢尔盖·米罗诺夫出席会议。", "Sergei Mironov attended the meeting.",
           "На встрече присутствовал Сергей Миронов.")


def test_surnames_pronouns_and_implicit_subjects_refer_back_to_a_full_mention(glossary: Glossary) -> None:
    rel = release(
        MIRONOV,
        ("米罗诺夫表示，俄方愿加强合作。", "Mironov said Russia was ready to strengthen cooperation.",
         "По словам Миронова, российская сторона готова укреплять сотрудничество."),
        ("米罗诺夫指出，合作前景广阔。", "He noted that the prospects were broad.", "Он отметил широкие перспективы."),
        ("他还说，双方应加强交流。", "Sergei Mironov also said both sides should step up exchanges.",
         "Также, по его словам, стороны должны расширять обмены."),
    )
    assert terms(glossary, rel) == []


def test_chinese_names_put_the_surname_first_in_every_language(glossary: Glossary) -> None:
    rel = release(
        ("国家主席习近平会见了沃洛金。", "Chinese President Xi Jinping met with Vyacheslav Volodin.",
         "Председатель КНР Си Цзиньпин встретился с Вячеславом Володиным."),
        ("习主席指出，中俄关系稳定。", "Xi said China-Russia relations were stable.",
         "Си Цзиньпин отметил стабильность российско-китайских отношений."),
        ("沃洛金感谢习近平。", "Volodin thanked Xi.", "Володин поблагодарил Си."),
    )
    assert terms(glossary, rel) == []


def test_generic_back_references_stand_for_the_full_name(glossary: Glossary) -> None:
    rel = release(
        ("第十届中俄中小企业合作圆桌会议在金华开幕。",
         "The 10th China-Russia Roundtable Conference on SMEs Cooperation opened in Jinhua.",
         "В Цзиньхуа открылся X Российско-китайский круглый стол по сотрудничеству малых и средних предприятий."),
        ("中俄中小企业合作圆桌会议已连续举办九届。", "The roundtable has been held nine times.",
         "Круглый стол проводился уже девять раз."),
    )
    assert terms(glossary, rel) == []


def test_a_name_missing_from_one_version_throughout_is_one_omission_warning(glossary: Glossary) -> None:
    rel = release(
        ("会议在金华举行。", "The meeting was held in Jinhua.", "Встреча прошла в Цзиньхуа."),
        (MIRONOV[0], "The chairman of the party attended the meeting.", MIRONOV[2]),
        ("米罗诺夫发表讲话。", "The chairman delivered a speech.", "Миронов выступил с речью."),
    )
    found = terms(glossary, rel)
    assert [(f.segment_index, f.lang, f.severity, f.message_id) for f in found] == [
        (1, "en", Severity.WARNING, "term-omitted")]
    assert "Sergei Mironov" in found[0].message


def test_a_name_a_version_gives_only_in_a_later_paragraph_has_no_counterpart_here(glossary: Glossary) -> None:
    rel = release(
        (MIRONOV[0], "The party's chairman attended the meeting.", MIRONOV[2]),
        ("米罗诺夫发表讲话。", "Sergei Mironov delivered a speech.", "Миронов выступил с речью."),
    )
    found = terms(glossary, rel)
    assert [(f.segment_index, f.lang, f.severity, f.message_id) for f in found] == [
        (0, "en", Severity.WARNING, "term-no-counterpart")]


def test_a_name_only_one_of_three_versions_gives_is_reported_on_that_version(glossary: Glossary) -> None:
    rel = release(("刘忻出席会议。", "He attended the meeting.", "Он был на встрече."))
    found = terms(glossary, rel)
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("zh", Severity.WARNING, "term-only-here")]


def test_a_misspelt_name_is_an_error_even_though_the_surname_matches(glossary: Glossary) -> None:
    rel = release(("钱洪山出席会议。", "Qian Hongsan attended the meeting.", "На встрече присутствовал Цянь Хуншань."))
    found = terms(glossary, rel)
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("en", Severity.ERROR, "term-misspelt")]
    assert found[0].fix is not None
    assert found[0].fix.apply(rel.segments[0].text("en")) == "Qian Hongshan attended the meeting."


def test_a_different_body_that_shares_words_is_an_error(glossary: Glossary) -> None:
    """Federation Council (the upper house) where the others name the Federal Assembly (both houses)."""
    rel = release(("代表团访问了俄罗斯联邦会议。", "The delegation visited the Federation Council.",
                   "Делегация посетила Федеральное Собрание Российской Федерации."))
    found = terms(glossary, rel)
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("en", Severity.ERROR, "term-different-body")]
    assert "Federation Council" in found[0].message and found[0].fix is not None
    assert "Federal Assembly" in (found[0].fix.apply(rel.segments[0].text("en")) or "")


def test_short_names_of_countries_and_bodies_are_accepted(glossary: Glossary) -> None:
    rel = release(("中华人民共和国和俄罗斯联邦签署协议。国家杜马代表团出席。",
                   "China and Russia signed the agreement. A State Duma delegation attended.",
                   "Китай и Россия подписали соглашение. Присутствовала делегация Госдумы."))
    assert terms(glossary, rel) == []


def test_headlines_and_newswire_credits_ask_for_no_counterpart(glossary: Glossary) -> None:
    rel = release(
        ("习近平会见沃洛金", "Xi meets Russian State Duma chairman", "Си Цзиньпин принял Володина", Role.HEADLINE),
        ("新华社北京8月26日电 国家主席习近平26日在北京会见俄罗斯国家杜马主席沃洛金。",
         "BEIJING, Aug. 26 (Xinhua) -- Chinese President Xi Jinping met with Vyacheslav Volodin, Chairman of the "
         "State Duma, in Beijing on Tuesday.",
         "Председатель КНР Си Цзиньпин 26 августа принял в Пекине председателя Государственной думы Вячеслава "
         "Володина."),
        date="2025-08-26",
    )
    assert terms(glossary, rel) == []


def test_a_title_said_in_other_words_is_a_counterpart(glossary: Glossary) -> None:
    """普京总统 (President Putin) for «президента России», "chairman of … the State Duma" for the Speaker."""
    rel = release(
        ("沃洛金转达普京总统对习近平主席的问候。",
         "Volodin conveyed President Vladimir Putin's greetings to President Xi Jinping.",
         "Володин передал Председателю КНР Си Цзиньпину приветствие от президента России Владимира Путина."),
        ("习近平会见俄罗斯国家杜马主席沃洛金。",
         "Xi met with Vyacheslav Volodin, chairman of the Russian parliament's lower house, the State Duma.",
         "Си Цзиньпин принял председателя Государственной думы Вячеслава Володина."),
        date="2025-08-26",
    )
    assert terms(glossary, rel) == []


def test_a_surname_with_another_persons_given_name_is_an_error(glossary: Glossary) -> None:
    """弗拉基米尔·沃洛金 (Vladimir, Putin's given name) for Vyacheslav Volodin, in Chinese and in English."""
    rel = release(("会议由俄罗斯国家杜马主席弗拉基米尔·沃洛金主持。", "The meeting was chaired by Vladimir Volodin.",
                   "Заседание провёл председатель Госдумы Вячеслав Володин."), date="2025-08-27")
    found = [f for f in terms(glossary, rel) if f.message_id == "term-wrong-given-name"]
    assert [(f.lang, f.severity) for f in found] == [("zh", Severity.ERROR), ("en", Severity.ERROR)]
    zh = rel.segments[0].text("zh")
    assert found[0].fix is not None and found[0].fix.apply(zh) == "会议由俄罗斯国家杜马主席维亚切斯拉夫·沃洛金主持。"
    assert found[1].fix is not None
    assert found[1].fix.apply(rel.segments[0].text("en")) == "The meeting was chaired by Vyacheslav Volodin."
    right = release(("会议由维亚切斯拉夫·沃洛金主持。", "The meeting was chaired by Vyacheslav Volodin.",
                     "Заседание провёл Вячеслав Володин."), date="2025-08-27")
    assert terms(glossary, right) == []


def test_a_chinese_given_name_alone_is_an_error_even_in_a_headline(glossary: Glossary) -> None:
    rel = release(("栗战书将出席东方经济论坛", "", "Спикер парламента Китая Чжаньшу примет участие в форуме",
                   Role.HEADLINE), date="2022-09-04")
    found = terms(glossary, rel)
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("ru", Severity.ERROR, "term-given-name-alone")]
    assert found[0].fix is not None and "Ли Чжаньшу" in (found[0].fix.apply(rel.segments[0].text("ru")) or "")
    full = release(("", "", "Ли Чжаньшу примет участие в форуме"), date="2022-09-04")
    assert terms(glossary, full) == []


def test_a_title_held_on_the_date_refers_to_its_holder(glossary: Glossary) -> None:
    """"the Russian President" is Vladimir Putin in 2023; in 1999 it was not."""
    rows = (("普京会见了代表团。", "The Russian President met the delegation.",
             "Владимир Путин встретился с делегацией."),)
    assert terms(glossary, release(*rows, date="2023-07-20")) == []
    assert [f.message_id for f in terms(glossary, release(*rows, date="1999-01-20"))] == ["term-omitted"]


def test_another_spelling_of_the_persons_own_given_name_is_no_error(glossary: Glossary) -> None:
    rel = release(("", "Viacheslav Volodin and Sergey Mironov met Sergei Lavrov.",
                   "Вячеслав Володин и Сергей Миронов встретились с Сергеем Лавровым."), date="2024-07-13")
    assert [f for f in terms(glossary, rel) if f.message_id == "term-wrong-given-name"] == []


def test_bodies_that_share_only_their_country_are_not_one_for_the_other(glossary: Glossary) -> None:
    """The Government and the Foreign Ministry "of the Russian Federation" share the country's name, not a word of
    their own: a version naming one where another names the other is not "a different body" error."""
    rel = release(("俄罗斯联邦政府代表到机场迎接。",
                   "Representatives of the Government of the Russian Federation met him.",
                   "В аэропорту его встречали представители Министерства иностранных дел Российской Федерации."))
    assert [f for f in terms(glossary, rel) if f.message_id == "term-different-body"] == []



def test_the_same_ministry_of_the_other_country_is_a_source_not_a_different_body(glossary: Glossary) -> None:
    """Each side's defence ministry announces a joint exercise: a version citing the Russian ministry where the
    others cite the Chinese one names another source, not a confusable body ("a different body" is for the
    Federation Council in place of the Federal Assembly, bodies of one country)."""
    rel = release(("中国国防部宣布，两国海军当天举行联合演习。",
                   "The two navies held a joint exercise, the Chinese Defense Ministry said.",
                   "Флоты двух стран провели совместные учения, сообщили в Минобороны РФ."))
    assert [f for f in terms(glossary, rel) if f.message_id == "term-different-body"] == []

def test_a_bilateral_name_may_put_either_country_first(glossary: Glossary) -> None:
    """俄中文化年 in the Russian premier's words, "Russia-China Years of Culture", «Годы культуры Китая и России»."""
    rel = release(("米舒斯京表示，俄方愿办好俄中文化年。",
                   "Mishustin said Russia would ensure the success of the China-Russia Years of Culture.",
                   "Мишустин заявил, что российская сторона обеспечит успех Годов культуры Китая и России."),
                  date="2024-08-21")
    assert [f for f in terms(glossary, rel) if f.kind is Kind.TERM] == []
    other = release(("双方愿办好中俄文化年。", "Both sides will ensure the success of the Eurasian Economic Union.",
                     "Стороны обеспечат успех Годов культуры России и Китая."), date="2024-08-21")
    assert [(f.lang, f.message_id) for f in terms(glossary, other)] != []


def test_putin_as_taiwan_and_hong_kong_write_him_is_putin(glossary: Glossary) -> None:
    """普丁 (Taiwan) and 普亭 (Hong Kong papers) name Vladimir Putin: no omission in the Chinese."""
    for form in ("普丁", "普亭"):
        rel = release((f"{form}總統表示，俄方願加強合作。",
                       "President Vladimir Putin said Russia was ready to strengthen cooperation.", ""),
                      date="2025-11-04")
        assert terms(glossary, rel) == [], form


@pytest.mark.parametrize(("text", "names"), [
    ("中国驻俄罗斯大使张汉晖也到机场迎接。", ["张汉晖"]),
    ("国务委员兼国务院秘书长吴政隆等陪同人员同机抵达。", ["吴政隆"]),
    ("办公厅主任王小明表示，双方合作顺利。", ["王小明"]),
    ("駐俄羅斯大使張漢暉也到機場迎接。", ["張漢暉"]),
    ("法国总统马克龙表示，欢迎各方参与。", []),  # Macron: a foreign name in transliteration
    ("俄罗斯总理米舒斯京表示，俄方愿加强合作。", []),
    ("俄罗斯副总理罗戈津表示，俄方愿加强合作。", []),  # Rogozin: 戈 is a transliteration character
    ("国防部新闻发言人张晓刚大校发布消息。", ["张晓刚"]),  # a PLA rank after the name
    ("国防部新闻发言人吴谦上校表示，两军合作顺利。", ["吴谦"]),
    ("军区新闻发言人李克明上校介绍了演习情况。", ["李克明"]),  # 克, also a transliteration character, before a rank
    ("新华社北京5月16日电（记者王三）会议开幕。", []),  # a reporter's credit, not a post
    ("部长们一致同意加强合作。", []),
    ("外交部发言人毛宁29日宣布：会议将于下周举行。", ["毛宁"]),  # the day after the name
    ("外交部发言人汪文斌11月6日在例行记者会上表示，双方合作顺利。", ["汪文斌"]),
    ("商务部部长王文涛于5月8日会见俄方代表团。", ["王文涛"]),  # 于 "on" after the name
    ("驻哈巴罗夫斯克总领事李明将出席开幕式。", ["李明"]),  # not 李明将
])
def test_unlisted_chinese_names_are_read_only_where_unmistakable(text: str, names: list[str]) -> None:
    assert [name for _, _, name in chinese_names(text)] == names


def test_a_chinese_official_the_glossary_does_not_list_must_be_named_in_every_version(glossary: Glossary) -> None:
    """The consul general in Pinyin and Palladius: named in this paragraph or before is enough; named only later is
    no counterpart here; named nowhere is an omission."""
    zh = "中国驻喀山总领事王文丽也到机场迎接。"
    named = release(("中国驻喀山总领事王文丽表示欢迎。", "Consul General Wang Wenli welcomed the delegation.",
                     "Генеральный консул КНР в Казани Ван Вэньли приветствовала делегацию."),
                    (zh, "The consul general also greeted the delegation at the airport.",
                     "В аэропорту делегацию встречала и генеральный консул."))
    assert terms(glossary, named) == []
    later = release((zh, "The consul general also greeted the delegation at the airport.",
                     "В аэропорту делегацию встречала и генеральный консул Ван Вэньли."),
                    ("", "Wang Wenli said the visit would be fruitful.", "Визит будет плодотворным."))
    assert [(f.lang, f.message_id) for f in terms(glossary, later)] == [("en", "term-no-counterpart")]
    unnamed = release((zh, "The consul general also greeted the delegation at the airport.",
                       "В аэропорту делегацию встречала и генеральный консул."))
    found = terms(glossary, unnamed)
    assert [(f.lang, f.severity, f.message_id) for f in found] == [
        ("en", Severity.WARNING, "term-omitted"), ("ru", Severity.WARNING, "term-omitted")]
    assert "Wang Wenli" in found[0].message and "Ван Вэньли" in found[1].message


def test_the_chinese_name_of_a_russian_post_holder_is_answered_by_her_russian_name(glossary: Glossary) -> None:
    """Russians in China often bear a Chinese name that is no transliteration (吴丹娜 for Tatyana Urzhumtseva): a post
    of a Russian body held by such a name is answered by a person the other version names with the same post; a
    post of a Chinese body (中国驻俄罗斯大使) is a Chinese official, and a version naming no one still lacks her."""
    zh = "北京俄罗斯文化中心主任白丽娜表示，双方合作顺利。"
    paired = release((zh, "Olga Melnikova, director of the Russian Culture Centre in Beijing, said cooperation went "
                          "well.", "Директор Российского культурного центра в Пекине Ольга Мельникова отметила, что "
                                   "сотрудничество развивается успешно."))
    assert terms(glossary, paired) == []
    nobody = release((zh, "", "Директор центра отметила, что сотрудничество развивается успешно."))
    assert [(f.lang, f.message_id) for f in terms(glossary, nobody)] == [("ru", "term-omitted")]
    chinese = release(("中国驻俄罗斯大使白丽娜表示，双方合作顺利。", "",
                       "Посол России в Китае Ольга Мельникова отметила, что сотрудничество развивается успешно."))
    assert [(f.lang, f.message_id) for f in terms(glossary, chinese)] == [("ru", "term-omitted")]


@pytest.mark.parametrize(("word", "lang", "other", "other_lang"), [
    ("Голодца", "ru", "Golodets", "en"), ("Shoygu", "en", "Шойгу", "ru"), ("Лавровым", "ru", "Lavrov", "en"),
    ("Golikova", "en", "Голиковой", "ru"), ("Хуснуллин", "ru", "Khusnullin", "en"),
])
def test_a_russian_surname_is_the_same_in_any_case_and_transliteration(word: str, lang: str, other: str,
                                                                       other_lang: str) -> None:
    assert consonants(word, lang) == consonants(other, other_lang)


def test_a_russian_official_the_glossary_does_not_list_must_be_named_in_english_and_russian(glossary: Glossary) -> None:
    """Deputy Prime Minister Alexei Overchuk, named with his given name in one of English and Russian: the other names
    him in any case and spelling, or it leaves him out. «Виктория Уотерфилд» is no Russian given name's bearer."""
    named = release(("", "Deputy Prime Minister Alexei Overchuk met the delegation.",
                     "Делегацию принял вице-премьер Алексей Оверчук."),
                    ("", "Overchuk said trade would grow.", "По словам Оверчука, торговля вырастет."))
    assert terms(glossary, named) == []
    unnamed = release(("", "Deputy Prime Minister Alexei Overchuk met the delegation.",
                       "Делегацию принял вице-премьер правительства России."))
    found = terms(glossary, unnamed)
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("ru", Severity.WARNING, "person-omitted")]
    assert "Alexei Overchuk" in found[0].message
    from_russian = release(("", "The delegation was met at the airport.",
                            "В аэропорту делегацию встречал замминистра Михаил Галузин."))
    assert [(f.lang, f.message_id) for f in terms(glossary, from_russian)] == [("en", "person-omitted")]
    assert russian_names("когда Виктория Уотерфилд сомневается", "ru") == []


def test_a_russian_surname_set_in_capitals_names_the_official(glossary: Glossary) -> None:
    """Some newspapers set surnames in capitals («Михаилом ГАЛУЗИНЫМ», "Alexei OVERCHUK"): the same person, read and
    found in any case; a version that names him nowhere still lacks him."""
    caps_ru = release(("", "Deputy Foreign Minister Mikhail Galuzin received the delegation.",
                       "Делегацию принял замминистра иностранных дел Михаил ГАЛУЗИН."),
                      ("", "Galuzin said the talks were useful.", "По словам ГАЛУЗИНА, переговоры были полезны."))
    assert terms(glossary, caps_ru) == []
    caps_en = release(("", "Deputy Prime Minister Alexei OVERCHUK met the delegation.",
                       "Делегацию принял вице-премьер правительства России."))
    found = terms(glossary, caps_en)
    assert [(f.lang, f.message_id) for f in found] == [("ru", "person-omitted")]
    assert "Alexei OVERCHUK" in found[0].message


def test_an_event_name_heading_a_genitive_complement_is_another_event(glossary: Glossary) -> None:
    """«Китайско-российская ярмарка» is a variant of the China-Russia Expo, but «Китайско-российская ярмарка товаров
    народного потребления» is a consumer goods fair: the Chinese, which names that fair, lacks no Expo. The Expo's
    variant alone, or before a verb, is still the Expo."""
    fair = release(("第五届中俄商品交易会在黑河开幕。", "",
                    "В Хэйхэ открылась V Китайско-российская ярмарка товаров народного потребления."),
                   ("交易会为期五天。", "", "Ярмарка продлится пять дней."))
    assert terms(glossary, fair) == []
    expo = release(("哈尔滨举办了多项活动。", "", "Китайско-российская ярмарка открылась в Харбине."))
    assert [(f.lang, f.message_id) for f in terms(glossary, expo)] == [("zh", "term-omitted")]
    named = release(("中俄博览会在哈尔滨开幕。", "", "Китайско-российская ярмарка открылась в Харбине."))
    assert terms(glossary, named) == []


def test_a_name_glossed_in_latin_letters_after_its_chinese_form_is_one_mention(glossary: Glossary) -> None:
    """普京（Vladimir Putin）: the Latin gloss in brackets repeats the Chinese name; it is the surname's mention,
    not a full name of its own that the other versions' paragraph must match."""
    plain = release(("普京当天在克里姆林宫会见来访的代表团。", "The delegation was received in the Kremlin.", ""),
                    ("", "Vladimir Putin welcomed the delegation.", ""))
    glossed = release(("普京（Vladimir Putin）当天在克里姆林宫会见来访的代表团。",
                       "The delegation was received in the Kremlin.", ""),
                      ("", "Vladimir Putin welcomed the delegation.", ""))
    assert [f.message_id for f in terms(glossary, glossed)] == [f.message_id for f in terms(glossary, plain)]


def test_a_given_name_after_a_surname_of_one_syllable_is_anothers_full_name(glossary: Glossary) -> None:
    """"Zhuang Zheng" and «Чжуан Чжэн» are one person's surname and given name, as long as any Chinese surname of
    one syllable goes before, not Han Zheng's given name read as a surname."""
    rel = release(("", "Engineer Zhuang Zheng of the Beijing institute spoke first.",
                   "Первым выступил инженер пекинского института Чжуан Чжэн."), date="2024-05-10")
    assert [f for f in terms(glossary, rel) if f.message_id == "term-given-name-alone"] == []
    alone = release(("", "Later that day Zheng met the governor.", ""), date="2024-05-10")
    assert [f.message_id for f in terms(glossary, alone)] == ["term-given-name-alone"]


def test_the_two_heads_of_state_are_the_presidents_of_the_day(glossary: Glossary) -> None:
    """两国元首 (and "the two heads of state", «главы двух государств») are the two countries' presidents on the
    release date: a version that says so names Putin and Xi as the others do. Before Xi's presidency it does not."""
    rows = (("两国元首出席了开幕式。", "Vladimir Putin and Xi Jinping attended the opening ceremony.",
             "Владимир Путин и Си Цзиньпин приняли участие в церемонии открытия."),
            ("", "The two heads of state then toured the exhibition.",
             "Затем Владимир Путин и Си Цзиньпин осмотрели выставку."))
    assert [(f.segment_index, f.lang) for f in terms(glossary, release(*rows, date="2019-06-05"))
            if f.message_id in ("term-omitted", "term-no-counterpart")] == []
    found = terms(glossary, release(*rows, date="2011-06-05"))
    assert {(f.segment_index, f.lang) for f in found
            if f.message_id in ("term-omitted", "term-no-counterpart")} == {(0, "zh")}


def test_a_country_and_a_body_sharing_a_word_are_not_one_for_the_other(glossary: Glossary) -> None:
    """The Chinese names Russia (in 俄罗斯铁路公司), the Russian names the Federation Council where the company spoke:
    a country is no body a translator puts in place of a parliament, so this is no "a different body" error (the
    Russian Federation and the Federation Council share only "Federation"); two bodies that share a word still are."""
    rel = release(("俄罗斯铁路公司代表在会上发言。", "",
                   "Представитель компании выступил в Совете Федерации."))
    assert [f for f in terms(glossary, rel) if f.message_id == "term-different-body"] == []


def test_a_given_name_after_the_noun_of_an_institution_names_the_institution(glossary: Glossary) -> None:
    """«Университет Цинхуа» is Tsinghua University, as "Tsinghua University" is: no given name of Peng Qinghua's read
    as a surname, while «Цинхуа» alone as the subject still is."""
    for ru in ("Студенты Университета Цинхуа приехали в Казань.",
               "Делегация посетила кампус университета Цинхуа в Пекине."):
        rel = release(("", "", ru), date="2025-09-02")
        assert [f for f in terms(glossary, rel) if f.message_id == "term-given-name-alone"] == [], ru
    alone = release(("", "", "Вечером Цинхуа встретился с губернатором."), date="2025-09-02")
    assert [f.message_id for f in terms(glossary, alone)] == ["term-given-name-alone"]


def test_a_person_inside_a_title_form_that_nests_another_title_form_is_named(glossary: Glossary) -> None:
    """"Chinese President Xi Jinping" is a form of the title whose inner forms are titles again ("President Xi
    Jinping"): Xi is named there all the same, so a version that names him nowhere leaves him out."""
    rel = release(("", "Chinese President Xi Jinping will pay a state visit to Russia in July.",
                   "В июле состоится государственный визит в Россию."))
    assert [(f.lang, f.message_id) for f in terms(glossary, rel)] == [("ru", "term-omitted")]
    named = release(("", "Chinese President Xi Jinping will pay a state visit to Russia in July.",
                     "В июле Си Цзиньпин посетит Россию с государственным визитом."))
    assert terms(glossary, named) == []
