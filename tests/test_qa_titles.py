"""Titles read from real sentences: apposition chains, shared organisations, and the version that is wrong blamed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from qa_helpers import findings_of, row

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa import check_release
from desktop_app.domain.qa.findings import Finding, Kind, Severity
from desktop_app.domain.qa.terms import GlossaryContext
from desktop_app.domain.qa.titles import link_titles
from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.storage.glossary_store import GlossaryStore

Glossary = tuple[GlossaryMatcher, list[Tenure]]
VICE_CHAIRMAN_EN = "Vice Chairman of the Standing Committee of the Zhejiang Provincial People's Congress"


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    with GlossaryStore.open(tmp_path_factory.mktemp("glossary") / "glossary.sqlite") as store:
        yield store.matcher(), store.tenures()


def links(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str]]:
    matcher, tenures = glossary
    context = GlossaryContext(matcher, tenures)
    return [(link.person.entry.form("en"), link.title.entry.form("en"))
            for link in link_titles(text, context.hits(text, lang), lang, lambda t: context.hits(t, "zh"))]


def test_chinese_posts_of_a_chain_share_the_organisation_of_the_first(glossary: Glossary) -> None:
    assert links(glossary, "省人大常委会党组成员、副主任刘忻出席会议。", "zh") == [("Liu Xin", VICE_CHAIRMAN_EN)]
    assert ("Zhu Chonglie", "Secretary of the CPC Jinhua Municipal Committee") in links(
        glossary, "会见了浙江省人大常委会副主任刘忻和金华市委书记朱重烈。", "zh")
    assert ("Zhu Chonglie", VICE_CHAIRMAN_EN) not in links(
        glossary, "会见了浙江省人大常委会副主任刘忻和金华市委书记朱重烈。", "zh")


def test_english_apposition_chains_and_titles_before_the_name(glossary: Glossary) -> None:
    text = ("Liu Xin, member of the Party Group of the Standing Committee of the Provincial People's Congress and "
            "Deputy Governor of Zhejiang, addressed the conference.")
    assert links(glossary, text, "en") == [("Liu Xin", "Vice Governor of Zhejiang Province")]
    listed = ("Qian Hongshan, Vice Minister of the International Department of the CPC Central Committee, Liu Xin, "
              "Deputy Governor of Zhejiang, and Zhu Chonglie attended.")
    assert ("Qian Hongshan", "Vice Governor of Zhejiang Province") not in links(glossary, listed, "en")
    assert ("Liu Xin", "Vice Governor of Zhejiang Province") in links(glossary, listed, "en")
    assert links(glossary, "Vice Governor of Zhejiang Province Liu Xin spoke.", "en") == [
        ("Liu Xin", "Vice Governor of Zhejiang Province")]


def test_russian_apposition_before_and_after_the_name_in_any_case(glossary: Glossary) -> None:
    assert links(glossary, "Встреча с Лю Синем, вице-губернатором провинции Чжэцзян, прошла в Ханчжоу.", "ru") == [
        ("Liu Xin", "Vice Governor of Zhejiang Province")]
    assert links(glossary, "Выступил вице-губернатор провинции Чжэцзян Лю Синь.", "ru") == [
        ("Liu Xin", "Vice Governor of Zhejiang Province")]


def test_the_sample_events_real_english_is_blamed_not_the_chinese(glossary: Glossary) -> None:
    """The real reports of 20 July 2023: the English still calls Liu Xin Deputy Governor (he left in January)."""
    matcher, tenures = glossary
    zh = ("昨日上午，第十届中俄中小企业合作圆桌会议在义乌举行。浙江省人大常委会党组成员、副主任刘忻，金华市委书记朱重烈"
          "分别致辞。")
    en = ("On the morning of July 19, the 10th China-Russia roundtable conference on cooperation between small- and "
          "medium-sized enterprises (SMEs) was held in Jinhua. Liu Xin, member of the Party Group of the Standing "
          "Committee of the Provincial People's Congress and Deputy Governor of Zhejiang; and Zhu Chonglie, "
          "Secretary of the CPC Jinhua Municipal Committee, delivered speeches.")
    segment = Segment(Role.LEAD, {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell("")}, "lead")
    found = [f for f in check_release(Release("t", "2023-07-20", [segment]), matcher, tenures, ["zh", "en"])
             if f.kind is not Kind.MISSING]
    assert [(f.lang, f.kind, f.severity) for f in found] == [("en", Kind.TITLE, Severity.ERROR)]
    title: Finding = found[0]
    assert VICE_CHAIRMAN_EN in title.message and "Deputy Governor of Zhejiang" in title.message
    assert title.args["current"] == VICE_CHAIRMAN_EN
    fixed = title.fix.apply(en) if title.fix else None
    assert fixed is not None and f"Congress and {VICE_CHAIRMAN_EN}; and Zhu" in fixed


def test_a_title_valid_on_the_date_is_never_replaced(glossary: Glossary) -> None:
    matcher, tenures = glossary
    zh, en = "浙江省副省长刘忻出席会议。", "Liu Xin, Deputy Governor of Zhejiang, attended."
    ru = "На встрече присутствовал вице-губернатор провинции Чжэцзян Лю Синь."
    assert [f for f in findings_of(row(zh, en, ru), "2022-06-01", matcher, tenures)
            if f.kind in (Kind.TITLE, Kind.TERM)] == []
    now = [f for f in findings_of(row("浙江省人大常委会副主任刘忻出席会议。", en, ru), "2023-07-20", matcher, tenures)
           if f.kind in (Kind.TITLE, Kind.TERM)]
    assert sorted((f.lang, f.kind) for f in now) == [("en", Kind.TITLE), ("ru", Kind.TITLE)]
    assert all(f.fix is not None and "Liu Xin" not in f.fix.edits[0].old for f in now)


def test_a_russian_fix_keeps_the_case_of_the_apposition(glossary: Glossary) -> None:
    matcher, tenures = glossary
    ru = "Встреча с Лю Синем, вице-губернатором провинции Чжэцзян, прошла в Ханчжоу."
    found = [f for f in findings_of(row("", "", ru), "2023-07-20", matcher, tenures) if f.kind is Kind.TITLE]
    assert len(found) == 1 and found[0].fix is not None
    assert found[0].fix.apply(ru) == ("Встреча с Лю Синем, заместителем председателя Постоянного комитета Собрания "
                                      "народных представителей провинции Чжэцзян, прошла в Ханчжоу.")


def test_a_title_another_person_held_on_the_date_is_an_error_naming_his_own(glossary: Glossary) -> None:
    """Zhao Leji called Председатель КНР in July 2023: Xi Jinping held that; Zhao chaired the NPC Standing Committee."""
    matcher, tenures = glossary
    ru = "10 июля Председатель КНР Чжао Лэцзи провёл переговоры."
    found = [f for f in findings_of(row("", "", ru), "2023-07-10", matcher, tenures) if f.kind is Kind.TITLE]
    assert [(f.lang, f.severity, f.message_id) for f in found] == [("ru", Severity.ERROR, "title-of-another")]
    assert "Xi Jinping" in found[0].message
    assert "Председатель Постоянного комитета Всекитайского собрания народных представителей" in found[0].message


def test_a_former_title_is_no_error(glossary: Glossary) -> None:
    matcher, tenures = glossary
    for text, lang in (("Liu Xin, former Deputy Governor of Zhejiang, attended.", "en"),
                       ("На встрече был бывший вице-губернатор провинции Чжэцзян Лю Синь.", "ru"),
                       ("原浙江省副省长刘忻出席会议。", "zh")):
        cells = {"zh": "", "en": "", "ru": "", lang: text}
        found = findings_of(row(**cells), "2023-07-20", matcher, tenures)
        assert [f for f in found if f.kind is Kind.TITLE] == [], text


def test_a_listed_surname_opening_another_persons_name_is_not_that_person(glossary: Glossary) -> None:
    """"Zhang" is Zhang Dejiang's short form, but "Vice Premier Zhang Shengmin" is someone else: no title of Zhang
    Dejiang's to check. Zhang Dejiang's own name, and his surname alone, still are him."""
    assert links(glossary, "Vice Premier Zhang Shengmin attended the forum.", "en") == []
    assert links(glossary, "Вице-премьер Чжан Шэнминь посетил форум.", "ru") == []
    matcher, tenures = glossary
    context = GlossaryContext(matcher, tenures)
    named = [h.entry.form("en") for h in context.hits("Zhang Dejiang met the delegation. Zhang said so.", "en")]
    assert named.count("Zhang Dejiang") == 2


def test_a_surname_alone_after_another_person_named_in_full_is_that_person(glossary: Glossary) -> None:
    """"Li Ganjie … Li, also a member of the Political Bureau": that Li is Li Ganjie, whom the glossary does not
    list, not Li Qiang (a member of its Standing Committee). Named in full, Li Qiang's wrong title still is one."""
    matcher, tenures = glossary
    second = "Li, also a member of the Political Bureau of the Communist Party of China Central Committee, spoke."

    def titles(first: str) -> list[tuple[int, str]]:
        release = Release("t", "2024-05-20", [Segment(Role.BODY, {"zh": imported_cell(""), "en": imported_cell(text),
                                                                  "ru": imported_cell("")}, f"s{i}")
                                              for i, text in enumerate((first, second))])
        return [(f.segment_index, f.lang) for f in check_release(release, matcher, tenures) if f.kind is Kind.TITLE]

    assert titles("Li Ganjie met the delegation in Beijing.") == []
    assert titles("Premier Li Qiang met the delegation in Beijing.") == [(1, "en")]


def test_a_deputys_post_is_not_the_post_it_contains(glossary: Glossary) -> None:
    """"Deputy Premier Ding Xuexiang", «заместитель Премьера Госсовета Дин Сюэсян»: words the glossary does not list
    for his post, Vice Premier; a deputy is not the Premier. Called the Premier outright, he still gets the finding."""
    matcher, tenures = glossary

    def titles(en: str, ru: str) -> list[str]:
        found = findings_of(row("", en, ru), "2024-05-20", matcher, tenures)
        return [f.lang for f in found if f.kind is Kind.TITLE]

    assert titles("Deputy Premier of the State Council Ding Xuexiang attended the forum.",
                  "В форуме участвовал заместитель Премьера Государственного совета КНР Дин Сюэсян.") == []
    assert titles("Premier of the State Council Ding Xuexiang attended the forum.",
                  "В форуме участвовал Премьер Государственного совета КНР Дин Сюэсян.") == ["en", "ru"]


def test_a_bare_post_is_the_persons_own_post_without_its_country(glossary: Glossary) -> None:
    """«министр иностранных дел Сергей Лавров» in 2023: the short form of China's post (Qin Gang's then) is also the
    start of Lavrov's own, Russia's Foreign Minister. A bare post its bearer did not hold still gets the finding."""
    matcher, tenures = glossary

    def titles(ru: str) -> list[str]:
        found = findings_of(row("", "", ru), "2023-06-01", matcher, tenures)
        return [f.message_id for f in found if f.kind is Kind.TITLE]

    assert titles("Переговоры с министром иностранных дел Сергеем Лавровым прошли в Москве.") == []
    assert titles("Переговоры с министром иностранных дел Чжао Лэцзи прошли в Пекине.") == ["title-of-another"]


def test_a_title_dated_by_a_year_of_the_sentence_is_the_one_held_then(glossary: Glossary) -> None:
    """«В 2010 году, когда президент России Дмитрий Медведев…» in a 2024 release tells of his time as President;
    時任 (then-, in Traditional characters) marks a past post as 时任 does. A year he did not hold it, or none, is
    still an error."""
    matcher, tenures = glossary
    for text, lang in (("В 2010 году, когда президент России Дмитрий Медведев посетил Шанхай, открылась выставка.",
                        "ru"),
                       ("2015年，時任國務院總理李克強訪問了莫斯科。", "zh"),
                       ("In 2011, President of Russia Dmitry Medvedev visited the fair.", "en")):
        cells = {"zh": "", "en": "", "ru": "", lang: text}
        found = findings_of(row(**cells), "2024-05-20", matcher, tenures)
        assert [f for f in found if f.kind is Kind.TITLE] == [], text
    for text in ("В 2021 году президент России Дмитрий Медведев посетил Шанхай.",
                 "Президент России Дмитрий Медведев посетил Шанхай."):
        found = findings_of(row("", "", text), "2024-05-20", matcher, tenures)
        assert [f.lang for f in found if f.kind is Kind.TITLE] == ["ru"], text


def test_a_post_in_apposition_after_a_name_is_not_the_next_name_s(glossary: Glossary) -> None:
    """"At the invitation of Li Qiang, Premier of the State Council of China, Russian Prime Minister Mikhail
    Mishustin …": the post after the comma is Li Qiang's, not the start of a chain of posts before Mishustin."""
    text = ("At the invitation of Li Qiang, Premier of the State Council of China, Russian Prime Minister Mikhail "
            "Mishustin arrived in Beijing.")
    linked = links(glossary, text, "en")
    assert ("Li Qiang", "Premier of the State Council") in linked
    assert ("Mikhail Mishustin", "Premier of the State Council") not in linked
    found = findings_of(row("", text, ""), "2024-05-20", *glossary)
    assert [f for f in found if f.kind is Kind.TITLE] == []


def test_a_bare_chinese_post_is_the_persons_own_post_without_its_country(glossary: Glossary) -> None:
    """外交部长拉夫罗夫 in a list of the Russian side is Russia's Foreign Minister (俄罗斯联邦外交部长 without its
    country), in Simplified or Traditional characters, and 国防部长别洛乌索夫 Russia's defence minister; 外交部长赵乐际
    still gets the finding."""
    matcher, tenures = glossary

    def titles(zh: str, date: str = "2023-06-01") -> list[str]:
        found = findings_of(row(zh, "", ""), date, matcher, tenures)
        return [f.message_id for f in found if f.kind is Kind.TITLE]

    assert titles("俄方出席会谈的有外交部长拉夫罗夫。") == []
    assert titles("俄方出席會談的有外交部長拉夫羅夫。") == []
    assert titles("俄方出席会谈的有国防部长别洛乌索夫。", "2025-08-29") == []
    assert titles("出席会谈的有外交部长赵乐际。") == ["title-of-another"]


def test_a_post_that_owns_another_post_is_not_chained_to_the_next_name(glossary: Glossary) -> None:
    """俄总统助理乌沙科夫、外交部长拉夫罗夫: 俄总统 opens 'assistant to the Russian President', Ushakov's post, and is
    no title of Lavrov's, though the 、 chains the two; a chain of posts of one holder still shares its organisation."""
    assert ("Sergey Lavrov", "President of the Russian Federation") not in links(
        glossary, "俄方将派出俄总统助理乌沙科夫、外交部长拉夫罗夫参加。", "zh")
    assert ("Sergey Lavrov", "President of the Russian Federation") not in links(
        glossary, "俄方將派出俄總統助理烏沙科夫、外交部長拉夫羅夫參加。", "zh")
    assert links(glossary, "省人大常委会党组成员、副主任刘忻出席会议。", "zh") == [("Liu Xin", VICE_CHAIRMAN_EN)]
