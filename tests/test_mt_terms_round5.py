"""Glossary terms in machine-translation suggestions, fifth round: entries the glossary holds in several forms.

Heads of state with their posts before their names in each language's order (中国国家主席习近平, "Chinese President
Xi Jinping", «Председатель КНР Си Цзиньпин»), long Russian bodies and posts in every case and number, forbidden forms
a model writes and accepted variants it writes that stay, names in quotes, side by side or in the other order,
English articles and possessives ("the Duma's", "Russia's Federal Assembly"), Chinese names joined by 的 and 和,
n-best alternatives, and what must not be touched: a common word that is also an abbreviation (воз, ВОЗ), a name
inside a web or mail address.

Three kinds of case: through the real memorising packs (zh→en, en→ru and zh→en→ru, which know their sentences with
placeholders); on a sentence a model writes with the source's placeholders, restored (the grammar of contexts no
tiny pack can write); and the protected source itself, for what must be left alone. The sixty cases of the three
tables and the three tests after the first were written before the fixes and measured blind on the code before
them: 39 of the 60 passed; all pass now. The tests further down, on other entries, check each rule fixed since.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import argos_packs
import libretranslate_server
import mt_support
import pytest

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine
from desktop_app.services.term_protection import protect, restore
from desktop_app.services.translation import TranslationService

memorising_packs = mt_support.memorising_packs  # fixture

XI = TermEntry(501, "person", {"zh": "习近平", "en": "Xi Jinping", "ru": "Си Цзиньпин"})
PRC_PRESIDENT = TermEntry(502, "title", {"zh": "中国国家主席", "en": "Chinese President", "ru": "Председатель КНР"},
                          variants={"zh": ("国家主席",), "en": ("President of China",)},
                          forbidden={"en": ("Chairman of China",), "ru": ("президент Китая", "президент КНР")})
PUTIN = TermEntry(503, "person", {"zh": "普京", "en": "Vladimir Putin", "ru": "Владимир Путин"})
RU_PRESIDENT = TermEntry(504, "title", {"zh": "俄罗斯总统", "en": "Russian President", "ru": "Президент России"},
                         variants={"en": ("President of Russia",), "ru": ("Президент Российской Федерации",)})
DUMA = TermEntry(505, "organization", {"zh": "国家杜马", "en": "State Duma", "ru": "Государственная дума"},
                 variants={"en": ("Duma",), "ru": ("Госдума",)}, forbidden={"en": ("State Douma",)})
ASSEMBLY = TermEntry(506, "organization", {"zh": "俄罗斯联邦会议", "en": "Federal Assembly of the Russian Federation",
                                           "ru": "Федеральное Собрание Российской Федерации"},
                     variants={"en": ("Federal Assembly",), "ru": ("Федеральное Собрание",)})
MFA = TermEntry(507, "organization", {"zh": "中华人民共和国外交部",
                                      "en": "Ministry of Foreign Affairs of the People's Republic of China",
                                      "ru": "Министерство иностранных дел Китайской Народной Республики"},
                variants={"zh": ("中国外交部",), "en": ("Chinese Foreign Ministry",), "ru": ("МИД КНР",)},
                forbidden={"ru": ("Министерство иностранных дел Китая",)})
DEPUTY_FM = TermEntry(508, "title", {"zh": "外交部副部长", "en": "Deputy Foreign Minister",
                                     "ru": "заместитель министра иностранных дел"})
WHO = TermEntry(509, "organization", {"zh": "世界卫生组织", "en": "WHO", "ru": "ВОЗ"},
                variants={"en": ("World Health Organization",), "ru": ("Всемирная организация здравоохранения",)})
# Entries with no Chinese form: nothing is protected, and what the model writes is checked against them.
CHECKPOINT = TermEntry(510, "term", {"en": "border checkpoint", "ru": "пункт пропуска"},
                       variants={"ru": ("пограничный пункт пропуска",)}, forbidden={"en": ("border crossing",)})
PARK = TermEntry(511, "term", {"en": "industrial park", "ru": "промышленный парк"},
                 variants={"ru": ("индустриальный парк",)})
CARGO = TermEntry(512, "term", {"en": "cargo turnover", "ru": "грузооборот"}, forbidden={"en": ("cargo throughput",)})
EXCHANGES = TermEntry(513, "term", {"en": "student exchange programme", "ru": "программа студенческих обменов"},
                      forbidden={"ru": ("программа студенческого обмена",)})
FARMING = TermEntry(514, "term", {"en": "agricultural cooperation", "ru": "сельскохозяйственное сотрудничество"},
                    forbidden={"ru": ("сотрудничество в сельском хозяйстве",)})
ENTRIES = (XI, PRC_PRESIDENT, PUTIN, RU_PRESIDENT, DUMA, ASSEMBLY, MFA, DEPUTY_FM, WHO, CHECKPOINT, PARK, CARGO,
           EXCHANGES, FARMING)


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return GlossaryMatcher(ENTRIES)


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory, memorising_packs, matcher: GlossaryMatcher) -> Iterator[
        TranslationService]:
    """One service over the memorising packs for the module: the models load once."""
    data = tmp_path_factory.mktemp("round5-data")
    mt_support.install(data, memorising_packs)
    yield TranslationService(ArgosEngine(data), matcher)


XI_POST = "Председатель КНР Си Цзиньпин"

# (source, source language, target language, the suggestion expected first)
PACK_CASES = [
    pytest.param("中国国家主席习近平会见了代表团。", "zh", "en", "Chinese President Xi Jinping met the delegation.",
                 id="zh-en post before name, subject"),
    pytest.param("中国国家主席习近平会见了代表团。", "zh", "ru", f"{XI_POST} встретился с делегацией.",
                 id="zh-en-ru post before name, subject"),
    pytest.param("Chinese President Xi Jinping met the delegation.", "en", "ru", f"{XI_POST} встретился с делегацией.",
                 id="en-ru post before name, subject"),
    pytest.param("代表团会见了中国国家主席习近平。", "zh", "ru",
                 "Делегация встретилась с Председателем КНР Си Цзиньпином.", id="zh-en-ru post and name after «с»"),
    pytest.param("记者采访了中国国家主席习近平。", "zh", "ru",
                 "Журналисты взяли интервью у Председателя КНР Си Цзиньпина.", id="zh-en-ru post and name after «у»"),
    pytest.param("中国国家主席习近平向俄罗斯总统普京介绍了项目。", "zh", "ru",
                 f"{XI_POST} рассказал Президенту России Владимиру Путину о проекте.",
                 id="zh-en-ru two posts with names, dative"),
    pytest.param("俄罗斯总统普京和中国国家主席习近平举行了会谈。", "zh", "en",
                 "Russian President Vladimir Putin and Chinese President Xi Jinping held talks.",
                 id="zh-en two posts with names joined by 和"),
    pytest.param("俄罗斯总统普京和中国国家主席习近平举行了会谈。", "zh", "ru",
                 f"Президент России Владимир Путин и {XI_POST} провели переговоры.",
                 id="zh-en-ru two posts with names joined by 和"),
    pytest.param("国家主席习近平出席了开幕式。", "zh", "ru", f"{XI_POST} присутствовал на церемонии открытия.",
                 id="zh-en-ru a variant of the post before the name"),
    pytest.param("President of China Xi Jinping attended the opening ceremony.", "en", "ru",
                 f"{XI_POST} присутствовал на церемонии открытия.", id="en-ru a variant of the post before the name"),
    pytest.param("代表团会见了中华人民共和国外交部。", "zh", "ru",
                 "Делегация встретилась с Министерством иностранных дел Китайской Народной Республики.",
                 id="zh-en-ru long body, instrumental"),
    pytest.param("我们感谢俄罗斯联邦会议的支持。", "zh", "ru",
                 "Мы благодарим Федеральное Собрание Российской Федерации за поддержку.",
                 id="zh-en-ru body before 的, accusative"),
    pytest.param("We thank Russia's Federal Assembly for the support.", "en", "ru",
                 "Мы благодарим Федеральное Собрание Российской Федерации за поддержку.",
                 id="en-ru country's possessive before a body named for the country"),
    pytest.param("The delegation met the Duma.", "en", "ru", "Делегация встретилась с Государственной думой.",
                 id="en-ru a variant with its article"),
    pytest.param("会议由外交部副部长主持。", "zh", "ru", "Встречу провёл заместитель министра иностранных дел.",
                 id="zh-en-ru post as the subject after the verb"),
    pytest.param("边境口岸运行平稳。", "zh", "en", "The border checkpoint is operating smoothly.",
                 id="zh-en forbidden form the model writes"),
    pytest.param("边境口岸运行平稳。", "zh", "ru", "Пограничный пункт пропуска работает в штатном режиме.",
                 id="zh-en-ru accepted variant the model writes stays"),
    pytest.param("港口货物吞吐量创历史新高。", "zh", "en", "Cargo turnover at the port reached a record high.",
                 id="zh-en forbidden form opening the sentence"),
    pytest.param("学生交流项目继续扩大。", "zh", "ru", "Программы студенческих обменов продолжают расширяться.",
                 id="zh-en-ru forbidden form in the plural"),
    pytest.param("农业合作取得了显著成果。", "zh", "ru",
                 "Сельскохозяйственное сотрудничество принесло заметные результаты.",
                 id="zh-en-ru forbidden form with a preposition inside"),
    pytest.param("代表团参观了工业园区。", "zh", "ru", "Делегация посетила индустриальный парк.",
                 id="zh-en-ru accepted variant as an object stays"),
]


@pytest.mark.parametrize(("source", "src", "tgt", "expected"), PACK_CASES)
def test_through_the_memorising_packs(svc: TranslationService, source: str, src: str, tgt: str,
                                      expected: str) -> None:
    assert mt_support.best_honoured(svc, source, src, tgt) == expected


def test_every_alternative_keeps_the_post_and_name_and_none_has_the_forbidden_post(svc: TranslationService) -> None:
    alternatives = svc.translate_text("中国国家主席习近平会见了代表团。", "zh", "ru", 3).alternatives
    assert len(alternatives) >= 2
    for alternative in alternatives:
        assert alternative.text.startswith(XI_POST), alternative.text
        assert "резидент" not in alternative.text and alternative.honoured == alternative.total == 2, alternative


def test_no_alternative_keeps_a_forbidden_form_the_model_writes(svc: TranslationService) -> None:
    """The tiny model's second guess glues junk to the phrase ("border crossinging"): no form of it, left alone."""
    alternatives = svc.translate_text("边境口岸运行平稳。", "zh", "en", 3).alternatives
    assert len(alternatives) >= 2 and alternatives[0].text == "The border checkpoint is operating smoothly."
    for alternative in alternatives:
        assert not re.search(r"\bborder crossings?\b", alternative.text, re.IGNORECASE), alternative.text


def test_translate_all_gives_the_cases_and_numbers_the_suggestions_give(svc: TranslationService) -> None:
    sources = ["代表团会见了中国国家主席习近平。", "学生交流项目继续扩大。", "边境口岸运行平稳。"]
    assert [a.text for a in svc.translate_all(sources, "zh", "ru")] == [
        "Делегация встретилась с Председателем КНР Си Цзиньпином.",
        "Программы студенческих обменов продолжают расширяться.",
        "Пограничный пункт пропуска работает в штатном режиме."]


# (source, source language, target language, what a model writes with the placeholders, the restored text)
OUTPUT_CASES = [
    pytest.param("中国国家主席习近平", "zh", "ru", "Визит ZX1 в Россию завершился.",
                 "Визит Председателя КНР Си Цзиньпина в Россию завершился.", id="post and name, genitive"),
    pytest.param("中国国家主席习近平", "zh", "ru", "Журналисты рассказали о ZX1.",
                 "Журналисты рассказали о Председателе КНР Си Цзиньпине.", id="post and name, prepositional"),
    pytest.param("习近平", "zh", "ru", "Делегация встретилась с президентом Китая ZX1.",
                 "Делегация встретилась с Председателем КНР Си Цзиньпином.",
                 id="forbidden post before the name, instrumental"),
    pytest.param("习近平", "zh", "ru", "Визит президента КНР ZX1 завершился.",
                 "Визит Председателя КНР Си Цзиньпина завершился.", id="forbidden post before the name, genitive"),
    pytest.param("习近平", "zh", "en", "Chairman of China ZX1 spoke.", "Chinese President Xi Jinping spoke.",
                 id="en forbidden post before the name"),
    pytest.param("中华人民共和国外交部", "zh", "ru", "Представитель ZX1 выступил.",
                 "Представитель Министерства иностранных дел Китайской Народной Республики выступил.",
                 id="long body after a noun, genitive"),
    pytest.param("中华人民共和国外交部", "zh", "ru", "Письмо направлено в ZX1.",
                 "Письмо направлено в Министерство иностранных дел Китайской Народной Республики.",
                 id="long body where to, accusative"),
    pytest.param("外交部副部长", "zh", "ru", "Министр встретился с тремя ZX1.",
                 "Министр встретился с тремя заместителями министра иностранных дел.",
                 id="post counted, instrumental plural"),
    pytest.param("外交部副部长", "zh", "ru", "В переговорах участвовали два ZX1.",
                 "В переговорах участвовали два заместителя министра иностранных дел.", id="post counted, paucal"),
    pytest.param("外交部副部长", "zh", "ru", "Он говорил о двух ZX1.",
                 "Он говорил о двух заместителях министра иностранных дел.",
                 id="post counted after a preposition, prepositional plural"),
    pytest.param("The Duma's decision was welcomed.", "en", "ru", "Решение ZX1 было встречено одобрительно.",
                 "Решение Государственной думы было встречено одобрительно.",
                 id="body after a neuter subject, genitive, verb untouched"),
    pytest.param("俄罗斯联邦会议", "zh", "ru", "Послание ZX1 было опубликовано.",
                 "Послание Федеральному Собранию Российской Федерации было опубликовано.",
                 id="body after «послание», dative"),
    pytest.param("the State Duma of the Federal Assembly of the Russian Federation", "en", "ru",
                 "ZX1 ZX2 приняла закон.",
                 "Государственная дума Федерального Собрания Российской Федерации приняла закон.",
                 id="body right after a body, genitive"),
    pytest.param("俄罗斯总统普京和中国国家主席习近平", "zh", "ru", "Переговоры ZX2 и ZX1 прошли в Москве.",
                 "Переговоры Председателя КНР Си Цзиньпина и Президента России Владимира Путина прошли в Москве.",
                 id="names in the other order after a plural noun, genitive"),
    pytest.param("俄罗斯总统普京和中国国家主席习近平", "zh", "ru", "ZX2 и ZX1 провели переговоры.",
                 f"{XI_POST} и Президент России Владимир Путин провели переговоры.", id="names in the other order"),
    pytest.param("中华人民共和国外交部和国家杜马的代表出席了会议。", "zh", "ru",
                 "Представители ZX1 и ZX2 присутствовали на встрече.",
                 "Представители Министерства иностранных дел Китайской Народной Республики и Государственной думы "
                 "присутствовали на встрече.", id="two bodies joined by 和 before 的, genitive"),
    pytest.param("“国家杜马”", "zh", "ru", "Депутаты «ZX1» проголосовали.",
                 "Депутаты «Государственной думы» проголосовали.", id="body in quotes after a noun, genitive"),
    pytest.param("“国家杜马”", "zh", "ru", "Мы говорили о «ZX1».", "Мы говорили о «Государственной думе».",
                 id="body in quotes after «о»"),
    pytest.param("Chinese President Xi Jinping met the delegation.", "en", "zh", "ＺＸ１会见了代表团。",
                 "中国国家主席习近平会见了代表团。", id="zh placeholder in full-width letters"),
    pytest.param("中国国家主席习近平会见了代表团。", "zh", "en", "ZX-1 met the delegation.",
                 "Chinese President Xi Jinping met the delegation.", id="placeholder split by a hyphen"),
    pytest.param("国家杜马的决定受到欢迎。", "zh", "en", "ZX1's decision was welcomed.",
                 "The State Duma's decision was welcomed.", id="en possessive opening the sentence takes 'the'"),
    pytest.param("俄罗斯联邦会议国家杜马", "zh", "en", "The ZX2 of the ZX1 passed the law.",
                 "The State Duma of the Federal Assembly of the Russian Federation passed the law.",
                 id="en adjacent bodies, one article each"),
    pytest.param("俄罗斯联邦会议", "zh", "en", "Russia's ZX1 approved the law.",
                 "The Federal Assembly of the Russian Federation approved the law.",
                 id="en a country's possessive before a body named for the country goes"),
    pytest.param("外交部副部长", "zh", "ru", "Госдума приняла закон, ZX1 выступил.",
                 "Госдума приняла закон, заместитель министра иностранных дел выступил.",
                 id="accepted variant the model wrote stays"),
    pytest.param("中国国家主席习近平", "zh", "ru", "Делегация встретилась с ZX1, а затем с Президентом Российской "
                 "Федерации.", "Делегация встретилась с Председателем КНР Си Цзиньпином, а затем с Президентом "
                 "Российской Федерации.", id="accepted variant of another post stays"),
    pytest.param("世界卫生组织", "zh", "ru", "ZX1 помогла, но воз и ныне там.", "ВОЗ помогла, но воз и ныне там.",
                 id="a common word that is also an abbreviation stays"),
    pytest.param("国家杜马", "zh", "en", "Visit www.state-douma.org: ZX1 met.",
                 "Visit www.state-douma.org: the State Duma met.", id="a forbidden form inside a web address stays"),
]


@pytest.mark.parametrize(("source", "src", "tgt", "output", "expected"), OUTPUT_CASES)
def test_what_a_model_writes_is_restored(matcher: GlossaryMatcher, source: str, src: str, tgt: str, output: str,
                                         expected: str) -> None:
    protected = protect(source, src, tgt, matcher)
    restored = restore(output, protected, tgt, matcher)
    assert restored.text == expected
    assert restored.honoured == restored.total, restored


# (source, language, the text a model is given)
PROTECT_CASES = [
    pytest.param("Those who attended thanked the WHO.", "en", "Those who attended thanked ZX1.",
                 id="en 'who' is no WHO"),
    pytest.param("Воз с гуманитарной помощью прибыл.", "ru", "Воз с гуманитарной помощью прибыл.",
                 id="ru «Воз» opening a sentence is no ВОЗ"),
    pytest.param("ВОЗ помогла, но воз и ныне там.", "ru", "ZX1 помогла, но воз и ныне там.",
                 id="ru «воз» in small letters is no ВОЗ"),
    pytest.param("Write to press@duma.gov.ru or visit www.duma.gov.ru.", "en",
                 "Write to press@duma.gov.ru or visit www.duma.gov.ru.", id="en name inside mail and web addresses"),
    pytest.param("Visit https://en.kremlin.ru/events/president/Vladimir-Putin now.", "en",
                 "Visit https://en.kremlin.ru/events/president/Vladimir-Putin now.", id="en name inside a web path"),
    pytest.param("Write to putin-press@kremlin.ru.", "en", "Write to putin-press@kremlin.ru.",
                 id="en name inside a mail address"),
    pytest.param("The Duma's decision was welcomed.", "en", "ZX1's decision was welcomed.",
                 id="en the possessive stays outside the placeholder"),
    pytest.param("Russia's Federal Assembly approved the law.", "en", "ZX1 approved the law.",
                 id="en the country's possessive goes into the placeholder"),
    pytest.param("China's Ministry of Foreign Affairs of the People's Republic of China spoke.", "en",
                 "ZX1 spoke.", id="en the country's possessive before the full name goes too"),
]


@pytest.mark.parametrize(("source", "lang", "protected"), PROTECT_CASES)
def test_what_the_model_is_given(matcher: GlossaryMatcher, source: str, lang: str, protected: str) -> None:
    assert protect(source, lang, "zh" if lang != "zh" else "en", matcher).text == protected



# -- the same through a LibreTranslate server ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def memorising_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if libretranslate_server.executable() is None:
        pytest.skip("LibreTranslate is not installed (.ci/run puts it in .venv-libretranslate/)")
    out = tmp_path_factory.mktemp("lt-memo-packs-5")
    packs = [argos_packs.memorising_pack(out, *pair) for pair in argos_packs.MEMORISING_PAIRS]
    with libretranslate_server.running_server(tmp_path_factory.mktemp("lt-memo-5"), packs) as url:
        yield url


def test_posts_names_and_forbidden_forms_come_back_the_same_through_a_libretranslate_server(
        memorising_server: str, matcher: GlossaryMatcher) -> None:
    server = TranslationService(LibreTranslateEngine(memorising_server), matcher)
    assert mt_support.best_honoured(server, "中国国家主席习近平向俄罗斯总统普京介绍了项目。", "zh", "ru") == (
        f"{XI_POST} рассказал Президенту России Владимиру Путину о проекте.")
    assert mt_support.best_honoured(server, "We thank Russia's Federal Assembly for the support.", "en", "ru") == (
        "Мы благодарим Федеральное Собрание Российской Федерации за поддержку.")
    assert [a.text for a in server.translate_all(["学生交流项目继续扩大。", "边境口岸运行平稳。"], "zh", "ru")] == [
        "Программы студенческих обменов продолжают расширяться.",
        "Пограничный пункт пропуска работает в штатном режиме."]
    for alternative in server.translate_text("记者采访了中国国家主席习近平。", "zh", "ru", 3).alternatives:
        assert "Председателя КНР Си Цзиньпина" in alternative.text and "резидент" not in alternative.text, alternative

# -- the same rules on other entries (written after the sixty cases, while fixing them) ---------------------------

KISHIDA = TermEntry(521, "person", {"zh": "岸田文雄", "en": "Fumio Kishida", "ru": "Фумио Кисида"})
JAPAN_PM = TermEntry(522, "title", {"zh": "日本首相", "en": "Japanese Prime Minister", "ru": "Премьер-министр Японии"},
                     forbidden={"ru": ("премьер Японии",)})
LAVROV = TermEntry(523, "person", {"zh": "拉夫罗夫", "en": "Sergey Lavrov", "ru": "Сергей Лавров"})
PBOC = TermEntry(524, "organization", {"zh": "中国人民银行", "en": "People's Bank of China",
                                       "ru": "Народный банк Китая"})
ZONE = TermEntry(525, "term", {"en": "special economic zone", "ru": "особая экономическая зона"},
                 forbidden={"ru": ("специальная экономическая зона",)})
UN = TermEntry(526, "organization", {"zh": "联合国", "en": "United Nations", "ru": "Организация Объединённых Наций"},
               variants={"en": ("UN",), "ru": ("ООН",)})


@pytest.fixture(scope="module")
def others() -> GlossaryMatcher:
    return GlossaryMatcher([KISHIDA, JAPAN_PM, LAVROV, PBOC, ZONE, UN])


@pytest.mark.parametrize(("source", "src", "tgt", "output", "expected"), [
    # A post the dictionary reads as a thing first (премьера: a premiere), forbidden and replaced, with its country.
    ("岸田文雄", "zh", "ru", "Визит премьера Японии ZX1 в Китай завершился.",
     "Визит Премьер-министра Японии Фумио Кисиды в Китай завершился."),
    ("拉夫罗夫", "zh", "ru", "По словам министра иностранных дел России ZX1, переговоры прошли успешно.",
     "По словам министра иностранных дел России Сергея Лаврова, переговоры прошли успешно."),
    ("拉夫罗夫", "zh", "ru", "Министр иностранных дел России ZX1 заявил о прогрессе.",
     "Министр иностранных дел России Сергей Лавров заявил о прогрессе."),
    # Whose deputy: the genitive, where a post takes its holder in apposition.
    ("Sergey Lavrov's deputy", "en", "ru", "заместитель ZX1", "заместитель Сергея Лаврова"),
    ("Sergey Lavrov", "en", "ru", "министр ZX1", "министр Сергей Лавров"),
    # A forbidden form replaced after «о»: the preposition sounds as the approved form's first letter needs.
    ("", "ru", "ru", "Мы говорили о специальных экономических зонах.", "Мы говорили об особых экономических зонах."),
    ("", "ru", "ru", "Специальные экономические зоны открылись.", "Особые экономические зоны открылись."),
    ("联合国", "zh", "ru", "Доклад ZX1 был опубликован.", "Доклад Организации Объединённых Наций был опубликован."),
    ("联合国", "zh", "ru", "Жители «ZX1» довольны.", "Жители «Организации Объединённых Наций» довольны."),
    # The country's possessive before a post whose name says the country; the model's "the" with an adjective.
    ("日本首相岸田文雄", "zh", "en", "Japan's ZX1 arrived.", "Japanese Prime Minister Fumio Kishida arrived."),
    ("中国人民银行", "zh", "en", "China's ZX1 cut rates.", "The People's Bank of China cut rates."),
    ("中国人民银行", "zh", "en", "The Chinese ZX1 cut rates.", "The Chinese People's Bank of China cut rates."),
    ("联合国", "zh", "en", "Russia's ZX1 envoy spoke.", "Russia's United Nations envoy spoke."),
    # A post named alone takes "the" in English, and the plural after a numeral; the holder's name after it, neither.
    ("日本首相", "zh", "en", "The talks followed ZX1's visit.",
     "The talks followed the Japanese Prime Minister's visit."),
    ("日本首相", "zh", "en", "ZX1 arrived.", "Japanese Prime Minister arrived."),
    ("日本首相", "zh", "en", "The delegation met ZX1.", "The delegation met the Japanese Prime Minister."),
    ("日本首相岸田文雄", "zh", "en", "The delegation met ZX1.",
     "The delegation met Japanese Prime Minister Fumio Kishida."),
    ("", "en", "en", "Two special economic zones opened.", "Two special economic zones opened."),
    # A post whose verb is plural is several holders of it.
    ("日本首相", "zh", "ru", "ZX1 встретились в Токио.", "Премьер-министры Японии встретились в Токио."),
    ("日本首相", "zh", "ru", "ZX1 встретился в Токио.", "Премьер-министр Японии встретился в Токио."),
])
def test_the_rules_hold_for_other_entries(others: GlossaryMatcher, source: str, src: str, tgt: str, output: str,
                                          expected: str) -> None:
    assert restore(output, protect(source, src, tgt, others), tgt, others).text == expected


def test_names_listed_after_a_comma_share_a_case_unless_the_verb_after_makes_one_its_subject(
        matcher: GlossaryMatcher) -> None:
    protected = protect("中国国家主席习近平和俄罗斯总统普京", "zh", "ru", matcher)
    assert restore("Встреча ZX1, ZX2 прошла.", protected, "ru", matcher).text == (
        "Встреча Председателя КНР Си Цзиньпина, Президента России Владимира Путина прошла.")
    assert restore("Встретившись с ZX1, ZX2 заявил о прогрессе.", protected, "ru", matcher).text == (
        "Встретившись с Председателем КНР Си Цзиньпином, Президент России Владимир Путин заявил о прогрессе.")
    # A case ending the model glued on with a hyphen goes with the placeholder.
    protected = protect("中国国家主席习近平", "zh", "ru", matcher)
    assert restore("ZX1-м выступил.", protected, "ru", matcher).text == f"{XI_POST} выступил."


def test_an_english_post_or_term_after_a_numeral_is_plural(matcher: GlossaryMatcher) -> None:
    protected = protect("外交部副部长", "zh", "en", matcher)
    assert restore("The minister met two ZX1.", protected, "en", matcher).text == (
        "The minister met two Deputy Foreign Ministers.")
    assert restore("The minister met 12 ZX1.", protected, "en", matcher).text == (
        "The minister met 12 Deputy Foreign Ministers.")
    assert restore("The minister met one ZX1.", protected, "en", matcher).text == (
        "The minister met one Deputy Foreign Minister.")
    # A year or a day of a date is no count: the article stays.
    assert restore("In 2024 ZX1 visited Moscow.", protected, "en", matcher).text == (
        "In 2024 the Deputy Foreign Minister visited Moscow.")
    assert restore("On March 5 ZX1 visited Moscow.", protected, "en", matcher).text == (
        "On March 5 the Deputy Foreign Minister visited Moscow.")
    duma = protect("国家杜马", "zh", "en", matcher)
    assert restore("On 5 March ZX1 met.", duma, "en", matcher).text == "On 5 March the State Duma met."
    governor = TermEntry(529, "title", {"zh": "阿穆尔州州长", "en": "Governor of Amur Oblast"})
    assert restore("Both ZX1 spoke.", protect("阿穆尔州州长", "zh", "en", GlossaryMatcher([governor])), "en",
                   None).text == "Both Governors of Amur Oblast spoke."


def test_an_abbreviation_is_found_only_written_as_one(others: GlossaryMatcher) -> None:
    """ООН, and Нато (no Russian word), name the body; «мир» or «воз» in small letters or opening a sentence do not
    name a body spelt МИР or ВОЗ; a Latin one is found in capitals only."""
    bodies = GlossaryMatcher([WHO, TermEntry(527, "organization", {"en": "NATO", "ru": "НАТО"}),
                              TermEntry(528, "organization", {"en": "MIR", "ru": "МИР"})])
    assert [h.text for h in bodies.find("Мир и ВОЗ, Нато и воз, мир и НАТО.", "ru")] == ["ВОЗ", "Нато", "НАТО"]
    assert [h.text for h in bodies.find("Who said so? The WHO and NATO, not Nato.", "en")] == ["WHO", "NATO"]
    assert [h.text for h in others.find("ООН и МИДа", "ru")] == ["ООН"]
