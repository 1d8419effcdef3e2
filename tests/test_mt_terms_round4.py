"""Glossary names through real tiny packs, fourth round: women's names Russian does not decline, a name in
apposition to a person in an oblique case, things counted by numerals, a place name after a thing, an inanimate
object of a verb, and an English name with a number in it.

The memorising pack knows its sentences with placeholders, so each name must come back in place and in the form
the sentence needs; contexts no tiny pack writes are checked on the sentence a model writes, restored.
"""

from __future__ import annotations

from pathlib import Path

import mt_support
import pytest

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.domain.glossary.russian import inflect_phrase
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine
from desktop_app.services.term_protection import protect, restore
from desktop_app.services.translation import TranslationService

memorising_packs, memorising_server = mt_support.memorising_packs, mt_support.memorising_server  # fixtures

LE_PEN = TermEntry(401, "person", {"zh": "玛丽娜·勒庞", "en": "Marine Le Pen", "ru": "Марин Ле Пен"})
DUPONT = TermEntry(402, "person", {"zh": "玛丽·迪蓬", "en": "Marie Dupont", "ru": "Мари Дюпон"})
SUN = TermEntry(403, "person", {"zh": "孙春兰", "en": "Sun Chunlan", "ru": "Сунь Чуньлань"})
GOVERNOR = TermEntry(404, "title", {"zh": "阿穆尔州州长", "en": "Governor of Amur Oblast",
                                    "ru": "губернатор Амурской области"})
AMUR = TermEntry(405, "place", {"zh": "阿穆尔州", "en": "Amur Oblast", "ru": "Амурская область"})
HEILONGJIANG = TermEntry(406, "place", {"zh": "黑龙江省", "en": "Heilongjiang Province", "ru": "провинция Хэйлунцзян"})
VOSTOK = TermEntry(408, "event", {"zh": "东方-2024", "en": "Vostok-2024", "ru": "Восток-2024"})
PUTIN = TermEntry(410, "person", {"zh": "普京", "en": "Vladimir Putin", "ru": "Владимир Владимирович Путин"})
ROSTEC = TermEntry(411, "organization", {"zh": "俄罗斯国家技术集团", "en": "Rostec", "ru": "Ростех"})
FREE_PORT = TermEntry(412, "term", {"zh": "自由港", "en": "free port", "ru": "свободный порт"})
FREE_ZONE = TermEntry(413, "term", {"zh": "自由贸易区", "en": "free trade zone", "ru": "свободная торговая зона"})
XU_QIN = TermEntry(414, "person", {"zh": "许勤", "en": "Xu Qin", "ru": "Сюй Цинь"})
ENTRIES = (LE_PEN, DUPONT, SUN, GOVERNOR, AMUR, HEILONGJIANG, VOSTOK, PUTIN, ROSTEC, FREE_PORT, FREE_ZONE, XU_QIN)


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return GlossaryMatcher(ENTRIES)


service, best = mt_support.term_service, mt_support.best_honoured


def restored(matcher: GlossaryMatcher, source: str, output: str, tgt: str = "ru") -> str:
    return restore(output, protect(source, "zh", tgt, matcher), tgt, matcher).text


# -- women's names Russian does not decline -----------------------------------------------------------------------


def test_the_chinese_form_tells_a_womans_name_and_nothing_else_is_taken_for_one() -> None:
    from desktop_app.domain.glossary.gender import person_gender

    assert [person_gender(e) for e in (LE_PEN, DUPONT, SUN, XU_QIN, PUTIN, GOVERNOR)] == [
        "femn", "femn", "femn", None, None, None]
    assert person_gender(TermEntry(9, "person", {"zh": "谢尔盖·拉夫罗夫", "ru": "Сергей Лавров"})) is None
    assert person_gender(TermEntry(9, "person", {"en": "Marine Le Pen", "ru": "Марин Ле Пен"})) is None


def test_a_womans_name_keeps_its_ending_and_her_verb_agrees(data_dir: Path, memorising_packs,
                                                            matcher: GlossaryMatcher) -> None:
    """«Марин» reads to the dictionary as the genitive plural of Марина and «Ле Пен» as a man's surname; «Сунь
    Чуньлань» as a man's Chinese name: the Chinese form says a woman, whose names here do not decline."""
    assert [inflect_phrase("Марин Ле Пен", case, "femn") for case in ("gent", "datv", "ablt")] == [
        "Марин Ле Пен"] * 3
    assert inflect_phrase("Мари Дюпон", "datv") == "Мари Дюпон"
    assert inflect_phrase("Сунь Чуньлань", "gent", "femn") == "Сунь Чуньлань"
    assert inflect_phrase("Сюй Цинь", "gent") == "Сюй Циня"
    svc = service(data_dir, memorising_packs, matcher)
    assert best(svc, "代表团会见了玛丽娜·勒庞。", "zh", "ru") == "Делегация встретилась с Марин Ле Пен."
    assert best(svc, "玛丽娜·勒庞出席了开幕式。", "zh", "ru") == "Марин Ле Пен присутствовала на церемонии открытия."
    assert best(svc, "普京向玛丽·迪蓬介绍了项目。", "zh", "ru") == (
        "Владимир Владимирович Путин рассказал Мари Дюпон о проекте.")
    assert best(svc, "孙春兰会见了代表团。", "zh", "ru") == "Сунь Чуньлань встретилась с делегацией."
    assert best(svc, "记者采访了孙春兰。", "zh", "ru") == "Журналисты взяли интервью у Сунь Чуньлань."
    assert [a.text for a in svc.translate_all(["The meeting was chaired by Marine Le Pen."], "en", "ru")] == [
        "Встречу провела Марин Ле Пен."]
    for alternative in svc.translate_text("The delegation met Marine Le Pen.", "en", "ru", 3).alternatives:
        assert "Марин Ле Пен" in alternative.text and "Пеном" not in alternative.text, alternative.text


# -- apposition ---------------------------------------------------------------------------------------------------


def test_a_posts_holder_and_an_apposition_after_a_comma_take_the_case_of_the_person_before_them(
        matcher: GlossaryMatcher) -> None:
    assert restored(matcher, "普京总统的讲话受到欢迎。", "Речь президента ZX1 встретили аплодисментами.") == (
        "Речь президента Владимира Владимировича Путина встретили аплодисментами.")
    assert restored(matcher, "代表团会见了普京总统。", "Делегация встретилась с президентом ZX1.") == (
        "Делегация встретилась с президентом Владимиром Владимировичем Путиным.")
    assert restored(matcher, "代表团会见了地区领导人阿穆尔州州长。",
                    "Делегация встретилась с главой региона, ZX1.") == (
        "Делегация встретилась с главой региона, губернатором Амурской области.")
    # A name after a post in the nominative, or the subject of the verb after it, stays in the nominative.
    assert restored(matcher, "普京", "Президент ZX1 выступил.") == "Президент Владимир Владимирович Путин выступил."
    assert restored(matcher, "阿穆尔州州长", "Поговорив с гостями, ZX1 уехал.") == (
        "Поговорив с гостями, губернатор Амурской области уехал.")
    assert restored(matcher, "阿穆尔州州长。许勤", "Поговорив с гостями, ZX1 и ZX2 уехали.") == (
        "Поговорив с гостями, губернатор Амурской области и Сюй Цинь уехали.")


# -- numerals -----------------------------------------------------------------------------------------------------


def test_a_thing_after_a_numeral_takes_its_case_and_number(matcher: GlossaryMatcher) -> None:
    assert restored(matcher, "黑龙江省有五个自由港。", "В ZX1 работают пять ZX2.") == (
        "В провинции Хэйлунцзян работают пять свободных портов.")
    assert restored(matcher, "两个自由港的代表出席了会议。", "На встрече присутствовали представители двух ZX1.") == (
        "На встрече присутствовали представители двух свободных портов.")
    assert restored(matcher, "阿穆尔州将建设三个自由港。", "В ZX1 построят три ZX2.") == (
        "В Амурской области построят три свободных порта.")
    assert restored(matcher, "两个自由贸易区", "Созданы две ZX1.") == "Созданы две свободные торговые зоны."
    assert restored(matcher, "五个自由港", "Соглашение с пятью ZX1.") == "Соглашение с пятью свободными портами."


# -- places and things --------------------------------------------------------------------------------------------


def test_a_place_name_after_a_thing_stays_and_a_things_accusative_is_no_genitive(matcher: GlossaryMatcher) -> None:
    assert inflect_phrase("провинция Хэйлунцзян", "loct") == "провинции Хэйлунцзян"
    assert inflect_phrase("Председатель КНР Си Цзиньпин", "ablt") == "Председателем КНР Си Цзиньпином"
    assert restored(matcher, "代表团会见了阿穆尔州和黑龙江省的领导。",
                    "Делегация встретилась с руководителями ZX1 и ZX2.") == (
        "Делегация встретилась с руководителями Амурской области и провинции Хэйлунцзян.")
    assert restored(matcher, "代表团没有访问俄罗斯国家技术集团。", "Делегация не посетила ZX1.") == (
        "Делегация не посетила Ростех.")


def test_a_one_word_english_name_with_a_number_takes_no_article(data_dir: Path, memorising_packs,
                                                                matcher: GlossaryMatcher) -> None:
    svc = service(data_dir, memorising_packs, matcher)
    assert best(svc, "我们感谢东方-2024的支持。", "zh", "en") == "We thank Vostok-2024 for the support."
    expo = TermEntry(415, "event", {"zh": "中俄博览会", "en": "Russia-China Expo", "ru": "Российско-Китайское ЭКСПО"})
    assert restored(GlossaryMatcher([expo]), "中俄博览会", "We thank ZX1 for the support.", "en") == (
        "We thank the Russia-China Expo for the support.")


# -- the same through a LibreTranslate server ---------------------------------------------------------------------


def test_womens_names_come_back_the_same_through_a_libretranslate_server(memorising_server: str,
                                                                         matcher: GlossaryMatcher) -> None:
    svc = TranslationService(LibreTranslateEngine(memorising_server), matcher)
    assert best(svc, "代表团会见了玛丽娜·勒庞。", "zh", "ru") == "Делегация встретилась с Марин Ле Пен."
    assert [a.text for a in svc.translate_all(["The meeting was chaired by Marine Le Pen."], "en", "ru")] == [
        "Встречу провела Марин Ле Пен."]
    for alternative in svc.translate_text("记者采访了孙春兰。", "zh", "ru", 3).alternatives:
        assert "Сунь Чуньлань" in alternative.text and "Чуньланя" not in alternative.text, alternative.text
