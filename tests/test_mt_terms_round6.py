"""Glossary terms in machine-translation suggestions, sixth round: what a placeholder leaves around it.

Quotes around a placeholder the model invented, two names a model writes side by side, a name in brackets after
another, and the addressee of nouns that govern the dative (благодарность Министерству, соболезнования народу).
Each case is a sentence a model writes with the source's placeholders, restored, on entries of this module only.
"""

from __future__ import annotations

import pytest

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.services.term_protection import protect, restore

ROSCOSMOS = TermEntry(601, "organization", {"zh": "俄罗斯国家航天集团", "en": "Roscosmos", "ru": "Роскосмос"})
CNSA = TermEntry(602, "organization", {"zh": "中国国家航天局", "en": "China National Space Administration",
                                       "ru": "Национальное космическое управление Китая"})
COUNCIL = TermEntry(603, "organization", {"zh": "联邦委员会", "en": "Federation Council", "ru": "Совет Федерации"})
ASSEMBLY = TermEntry(604, "organization", {"zh": "联邦会议", "en": "Federal Assembly", "ru": "Федеральное Собрание"})
CHAMBER = TermEntry(605, "organization", {"zh": "社会院", "en": "Civic Chamber", "ru": "Общественная палата"})
MINISTRY = TermEntry(606, "organization", {"zh": "紧急情况部", "en": "Ministry of Emergency Situations",
                                           "ru": "Министерство по чрезвычайным ситуациям"})
CHINA = TermEntry(607, "country", {"zh": "中国", "en": "China", "ru": "Китай"})
CORPORATION = TermEntry(608, "organization", {"zh": "国家航天集团", "en": "State Space Corporation",
                                              "ru": "Государственная корпорация по космической деятельности"})
ESA = TermEntry(609, "organization", {"zh": "欧洲航天局", "en": "European Space Agency",
                                      "ru": "Европейское космическое агентство"})
RU_PRESIDENT = TermEntry(611, "title", {"zh": "俄罗斯总统", "en": "Russian President", "ru": "Президент России"})
PUTIN = TermEntry(612, "person", {"zh": "普京", "en": "Vladimir Putin", "ru": "Владимир Путин"})
ESA_SHORT = TermEntry(610, "organization", {"zh": "欧空局", "en": "ESA", "ru": "ЕКА"})


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return GlossaryMatcher([ROSCOSMOS, CNSA, COUNCIL, ASSEMBLY, CHAMBER, MINISTRY, CHINA, CORPORATION, ESA,
                           ESA_SHORT, RU_PRESIDENT, PUTIN])


def restored(matcher: GlossaryMatcher, source: str, src: str, tgt: str, output: str) -> str:
    return restore(output, protect(source, src, tgt, matcher), tgt, matcher).text


@pytest.mark.parametrize(("source", "src", "tgt", "output", "expected"), [
    ("俄罗斯国家航天集团", "zh", "ru", "ZX1 назвал проект «ZX4» успешным.", "Роскосмос назвал проект успешным."),
    ("俄罗斯国家航天集团", "zh", "en", 'ZX1 called the "ZX3" project a success.',
     "Roscosmos called the project a success."),
    ("中国国家航天局", "zh", "en", "The mission “ZX2”, led by ZX1, landed.",
     "The mission, led by the China National Space Administration, landed."),
    ("联邦委员会", "zh", "ru", "«ZX5» ZX1 одобрил закон.", "Совет Федерации одобрил закон."),
    ("联邦委员会", "zh", "zh", "ZX1批准了「ZX2」法律。", "联邦委员会批准了法律。"),
])
def test_quotes_around_an_invented_placeholder_go_with_it(matcher: GlossaryMatcher, source: str, src: str, tgt: str,
                                                          output: str, expected: str) -> None:
    assert restored(matcher, source, src, tgt, output) == expected


@pytest.mark.parametrize(("source", "src", "tgt", "output", "expected"), [
    ("俄罗斯国家航天集团、中国国家航天局", "zh", "en", "ZX1ZX2 signed the agreement.",
     "Roscosmos, the China National Space Administration signed the agreement."),
    ("Roscosmos, Federation Council", "en", "ru", "ZX1ZX2 выступили.", "Роскосмос, Совет Федерации выступили."),
    ("俄罗斯国家航天集团；联邦委员会", "zh", "en", "ZX1 ZX2 spoke.", "Roscosmos; the Federation Council spoke."),
    ("Roscosmos Civic Chamber", "en", "en", "ZX1ZX2 met.", "Roscosmos the Civic Chamber met."),
])
def test_two_names_side_by_side_keep_the_separator_the_source_had(matcher: GlossaryMatcher, source: str, src: str,
                                                                  tgt: str, output: str, expected: str) -> None:
    assert restored(matcher, source, src, tgt, output) == expected


@pytest.mark.parametrize(("source", "output", "expected"), [
    ("联邦会议", "Президент выразил благодарность ZX1 за поддержку.",
     "Президент выразил благодарность Федеральному Собранию за поддержку."),
    ("中国", "Министр выразил соболезнования ZX1 в связи с наводнением.",
     "Министр выразил соболезнования Китаю в связи с наводнением."),
    ("紧急情况部", "Губернатор направил письмо ZX1.",
     "Губернатор направил письмо Министерству по чрезвычайным ситуациям."),
    ("社会院", "Фонд оказал помощь ZX1.", "Фонд оказал помощь Общественной палате."),
    ("社会院", "Председатель передал приветствие ZX1.", "Председатель передал приветствие Общественной палате."),
    # Without a verb that sends it, a letter or help of a body is the body's: the genitive stays.
    ("紧急情况部", "Письмо ZX1 опубликовано.", "Письмо Министерства по чрезвычайным ситуациям опубликовано."),
    ("社会院", "Помощь ZX1 была своевременной.", "Помощь Общественной палаты была своевременной."),
    ("联邦会议", "Благодарность ZX1 вручили волонтёрам.", "Благодарность Федерального Собрания вручили волонтёрам."),
])
def test_nouns_that_govern_the_dative_take_their_addressee_in_it(matcher: GlossaryMatcher, source: str, output: str,
                                                                 expected: str) -> None:
    assert restored(matcher, source, "zh", "ru", output) == expected


CORPORATION_RU = "Государственная корпорация по космической деятельности"


@pytest.mark.parametrize(("source", "output", "expected"), [
    ("俄罗斯国家航天集团（国家航天集团）", "Соглашение подписано с ZX1 (ZX2).",
     "Соглашение подписано с Роскосмосом (Государственной корпорацией по космической деятельности)."),
    ("俄罗斯国家航天集团（国家航天集团）", "Делегация посетила ZX1 (ZX2).",
     "Делегация посетила Роскосмос (Государственную корпорацию по космической деятельности)."),
    ("俄罗斯国家航天集团（国家航天集团）", "Представители ZX1 (ZX2) выступили.",
     "Представители Роскосмоса (Государственной корпорации по космической деятельности) выступили."),
    ("俄罗斯国家航天集团（国家航天集团）", "Мы говорили о ZX1 (ZX2).",
     "Мы говорили о Роскосмосе (Государственной корпорации по космической деятельности)."),
    ("俄罗斯国家航天集团（国家航天集团）", "ZX1 (ZX2) подписал соглашение.",
     f"Роскосмос ({CORPORATION_RU}) подписал соглашение."),
    # An abbreviation in brackets is a label, not a phrase: it stays as written.
    ("欧洲航天局（欧空局）", "Соглашение подписано с ZX1 (ZX2).",
     "Соглашение подписано с Европейским космическим агентством (ЕКА)."),
])
def test_a_name_in_brackets_after_another_agrees_with_the_name_it_explains(matcher: GlossaryMatcher, source: str,
                                                                           output: str, expected: str) -> None:
    """An explanatory apposition in brackets stands in the case of the word it explains (Rosenthal's rule for
    explanatory members: «с Роскосмосом (Государственной корпорацией …)»), as Russian press releases write it."""
    assert restored(matcher, source, "zh", "ru", output) == expected


@pytest.mark.parametrize(("source", "output", "expected"), [
    ("俄罗斯总统", "ZX1's address was published.", "The Russian President's address was published."),
    ("俄罗斯总统", "Moscow: ZX1's visit begins today.", "Moscow: the Russian President's visit begins today."),
    ("俄罗斯总统", "It rained. ZX1’s plane landed.", "It rained. The Russian President’s plane landed."),
    # The holder's name after the post makes it a name: no article.
    ("俄罗斯总统普京", "ZX1's address was published.", "Russian President Vladimir Putin's address was published."),
])
def test_a_post_whose_possessive_opens_a_sentence_takes_the(matcher: GlossaryMatcher, source: str, output: str,
                                                            expected: str) -> None:
    """A possessive is a determiner inside a longer noun phrase: "Russian President's address" opening a sentence
    reads as a headline, "The Russian President's address" as the sentence a release writes."""
    assert restored(matcher, source, "zh", "en", output) == expected
