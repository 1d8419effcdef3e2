"""Sentence splitting by rule, for packs without a splitter of their own: names and titles are never cut."""

from __future__ import annotations

import pytest

from desktop_app.domain.sentences import split_sentences


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "今天开幕。双方签署了协议！谁来了？", ["今天开幕。", "双方签署了协议！", "谁来了？"]),
    ("zh", "他说：“欢迎大家！”会议开始。", ["他说：“欢迎大家！”", "会议开始。"]),
    ("zh", "没有句号的标题", ["没有句号的标题"]),
    ("zt", "代表團參觀了工業園區。Mr. Qian 說：“歡迎！”", ["代表團參觀了工業園區。", "Mr. Qian 說：“歡迎！”"]),
    ("zh", "A.B. Smith 来了。", ["A.B. Smith 来了。"]),
    ("en", "The forum opened. Delegates arrived!", ["The forum opened.", "Delegates arrived!"]),
    ("en", "Mr. Qian met Dr. Volodin in St. Petersburg.", ["Mr. Qian met Dr. Volodin in St. Petersburg."]),
    ("en", "V. V. Volodin spoke. Then Qian Hongshan replied.", ["V. V. Volodin spoke.", "Then Qian Hongshan replied."]),
    ("en", "The U.S. President and the U.N. envoy, i.e. two guests, came.",
     ["The U.S. President and the U.N. envoy, i.e. two guests, came."]),
    ("en", "Trade grew by 5.5 percent. Exports rose.", ["Trade grew by 5.5 percent.", "Exports rose."]),
    ("en", "\u201cWhy?\u201d he asked. \u201cBecause.\u201d", ["\u201cWhy?\u201d he asked.", "\u201cBecause.\u201d"]),
    ("en", "It ends in 2024. 2025 begins.", ["It ends in 2024.", "2025 begins."]),
    ("en", "Joined the EU. The talks went on.", ["Joined the EU.", "The talks went on."]),
    ("en", "J.R.R. Tolkien and the U.S.A. Team met.", ["J.R.R. Tolkien and the U.S.A. Team met."]),
    ("ru", "В.В. Володин выступил. Затем слово взял Цянь Хуншань.",
     ["В.В. Володин выступил.", "Затем слово взял Цянь Хуншань."]),
    ("ru", "Форум открылся. Делегаты прибыли.", ["Форум открылся.", "Делегаты прибыли."]),
    ("ru", "В. В. Володин встретился с Цянь Хуншанем. Стороны обсудили сотрудничество.",
     ["В. В. Володин встретился с Цянь Хуншанем.", "Стороны обсудили сотрудничество."]),
    ("ru", "Встреча прошла 16 мая 2024 г. В Москве стороны т. е. делегации договорились.",
     ["Встреча прошла 16 мая 2024 г. В Москве стороны т. е. делегации договорились."]),
    ("ru", "Он сказал: «Добро пожаловать!» Затем начался форум.",
     ["Он сказал: «Добро пожаловать!»", "Затем начался форум."]),
    ("ru", "Объём торговли вырос на 5 млрд. Это рекорд.", ["Объём торговли вырос на 5 млрд. Это рекорд."]),
    ("en", "", []),
    ("en", "   ", []),
])
def test_sentences_end_where_a_sentence_plainly_ends(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_every_character_but_white_space_between_sentences_is_kept() -> None:
    text = "Mr. Qian spoke.  «Да!» сказал он. 会议开始。It ended…  Then lunch."
    assert "".join(split_sentences(text, "en")).replace(" ", "") == text.replace(" ", "")
