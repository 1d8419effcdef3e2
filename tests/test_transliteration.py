"""The name assistant: Hanyu Pinyin (surname first) and Palladius forms of Chinese personal names."""

from __future__ import annotations

import pytest

from desktop_app.domain.transliteration import (
    TransliterationError,
    is_palladius_word,
    palladius_syllable,
    suggest_name,
)


@pytest.mark.parametrize(("name", "pinyin", "palladius"), [
    ("钱洪山", "Qian Hongshan", "Цянь Хуншань"),
    ("朱重烈", "Zhu Chonglie", "Чжу Чунле"),
    ("刘忻", "Liu Xin", "Лю Синь"),
    ("王健", "Wang Jian", "Ван Цзянь"),
    ("叶帮锐", "Ye Bangrui", "Е Банжуй"),
    ("习近平", "Xi Jinping", "Си Цзиньпин"),
    ("李克强", "Li Keqiang", "Ли Кэцян"),
    ("胡锦涛", "Hu Jintao", "Ху Цзиньтао"),
    ("毛泽东", "Mao Zedong", "Мао Цзэдун"),
    ("周恩来", "Zhou Enlai", "Чжоу Эньлай"),
    ("邓小平", "Deng Xiaoping", "Дэн Сяопин"),
    ("王毅", "Wang Yi", "Ван И"),
    ("温家宝", "Wen Jiabao", "Вэнь Цзябао"),
    ("江泽民", "Jiang Zemin", "Цзян Цзэминь"),
    ("韩正", "Han Zheng", "Хань Чжэн"),
    ("吕布", "Lü Bu", "Люй Бу"),
    ("曾国藩", "Zeng Guofan", "Цзэн Гофань"),
    ("欧阳修", "Ouyang Xiu", "Оуян Сю"),
    ("诸葛亮", "Zhuge Liang", "Чжугэ Лян"),
])
def test_names_in_pinyin_and_palladius(name: str, pinyin: str, palladius: str) -> None:
    suggestion = suggest_name(name)
    assert (suggestion.pinyin, suggestion.palladius) == (pinyin, palladius)


@pytest.mark.parametrize(("syllable", "cyrillic"), [
    ("zhi", "чжи"), ("chi", "чи"), ("shi", "ши"), ("ri", "жи"), ("zi", "цзы"), ("ci", "цы"), ("si", "сы"),
    ("jian", "цзянь"), ("qian", "цянь"), ("xian", "сянь"), ("hui", "хуэй"), ("gui", "гуй"), ("rui", "жуй"),
    ("xue", "сюэ"), ("jun", "цзюнь"), ("quan", "цюань"), ("yu", "юй"), ("lü", "люй"), ("lv", "люй"),
    ("wei", "вэй"), ("ye", "е"), ("you", "ю"), ("er", "эр"), ("guo", "го"), ("xiong", "сюн"), ("lie", "ле"),
])
def test_palladius_syllable_table(syllable: str, cyrillic: str) -> None:
    assert palladius_syllable(syllable) == cyrillic


def test_polyphonic_characters_are_offered_as_choices() -> None:
    suggestion = suggest_name("朱重烈")
    (choice,) = suggestion.choices
    assert choice.char == "重" and choice.readings[:2] == ("chong", "zhong")
    assert ("Zhu Zhonglie", "Чжу Чжунле") in suggestion.alternatives
    chosen = suggest_name("朱重烈", readings={1: "zhong"})
    assert (chosen.pinyin, chosen.palladius) == ("Zhu Zhonglie", "Чжу Чжунле")


def test_surname_reads_as_a_surname() -> None:
    assert suggest_name("单雄信").pinyin.startswith("Shan ")
    assert suggest_name("解缙").palladius == "Се Цзинь"


def test_hard_sign_between_n_and_a_vowel() -> None:
    assert suggest_name("王长安", readings={1: "chang"}).palladius == "Ван Чанъань"
    assert suggest_name("王长安", readings={1: "chang"}).pinyin == "Wang Chang'an"


@pytest.mark.parametrize("bad", ["", "Qian Hongshan", "谢尔盖·米罗诺夫", "钱洪山钱洪山钱"])
def test_non_names_are_refused(bad: str) -> None:
    with pytest.raises(TransliterationError):
        suggest_name(bad)


def test_choices_know_their_position_when_a_character_repeats() -> None:
    suggestion = suggest_name("李乐乐")
    assert [c.position for c in suggestion.choices] == [1, 2]
    assert suggest_name("李乐乐", readings={2: "yue"}).pinyin == "Li Leyue"


@pytest.mark.parametrize(("word", "palladius"), [
    ("Цзиньпин", True), ("Хунин", True), ("Цзянь", True), ("Чанъань", True), ("Лэцзи", True), ("Ван", True),
    ("Миронов", False), ("Кожемяко", False), ("Чен", False), ("Сергей", False),
])
def test_a_word_is_told_as_palladius_syllables(word: str, palladius: bool) -> None:
    assert is_palladius_word(word) is palladius
