"""Glossary names through machine translation, fourth blind round: contexts and entries the first three lacked.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_mt_terms4.py [--no-server]

New entries: a foreign woman whose given name ends in a consonant or «и» (Марин Ле Пен, Мари Дюпон), a Chinese
woman (Сунь Чуньлань), a post and a region (губернатор Амурской области, Амурская область, провинция Хэйлунцзян), a
city (Благовещенск), an approved form with a hyphen and a number (Восток-2024), an English name with "the" inside
(State Council of the People's Republic of China), a name a post follows in Chinese (普京总统), a company (Ростех),
a plain term counted by numerals (свободный порт). Contexts: Chinese 的 and English 's possessives, a name after a
post in an oblique case, a pair sharing one case, an apposition after a comma, after numerals, after a negated
verb, in parentheses, across a line break, glued to punctuation at a sentence's start or end.
Routes: the memorising packs (zh→en, zh→en→ru, en→ru) as suggestions, n-best and translate-all; the random-weight
packs (every route, names back approved and in source order); a real LibreTranslate server serving the memorising
packs (`$PRESSDESK_LIBRETRANSLATE` or `.venv-libretranslate/`); and "output" cases, where a Russian or English
sentence a model writes (with the placeholders the source's protection gives) is restored — the grammar of
contexts no tiny pack can write. Verdicts as in `bench_mt_terms.py`; a case's `never` texts count as a wrong case.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

import bench_mt_terms  # noqa: E402  (the verdicts and the engines of the first round)
import bench_mt_terms3  # noqa: E402  (the timing of translate-all)

from desktop_app.domain.glossary.matcher import GlossaryMatcher  # noqa: E402
from desktop_app.domain.glossary.model import TermEntry  # noqa: E402
from desktop_app.services.term_protection import protect, restore  # noqa: E402
from desktop_app.services.translation import TranslationService  # noqa: E402

ENTRIES = (
    TermEntry(401, "person", {"zh": "玛丽娜·勒庞", "en": "Marine Le Pen", "ru": "Марин Ле Пен"}),
    TermEntry(402, "person", {"zh": "玛丽·迪蓬", "en": "Marie Dupont", "ru": "Мари Дюпон"}),
    TermEntry(403, "person", {"zh": "孙春兰", "en": "Sun Chunlan", "ru": "Сунь Чуньлань"}),
    TermEntry(404, "title", {"zh": "阿穆尔州州长", "en": "Governor of Amur Oblast",
                             "ru": "губернатор Амурской области"}),
    TermEntry(405, "place", {"zh": "阿穆尔州", "en": "Amur Oblast", "ru": "Амурская область"}),
    TermEntry(406, "place", {"zh": "黑龙江省", "en": "Heilongjiang Province", "ru": "провинция Хэйлунцзян"}),
    TermEntry(407, "place", {"zh": "布拉戈维申斯克", "en": "Blagoveshchensk", "ru": "Благовещенск"}),
    TermEntry(408, "event", {"zh": "东方-2024", "en": "Vostok-2024", "ru": "Восток-2024"}),
    TermEntry(409, "organization", {"zh": "中华人民共和国国务院",
                                    "en": "State Council of the People's Republic of China",
                                    "ru": "Государственный совет КНР"}),
    TermEntry(410, "person", {"zh": "普京", "en": "Vladimir Putin", "ru": "Владимир Владимирович Путин"}),
    TermEntry(411, "organization", {"zh": "俄罗斯国家技术集团", "en": "Rostec", "ru": "Ростех"}),
    TermEntry(412, "term", {"zh": "自由港", "en": "free port", "ru": "свободный порт"}),
)


@dataclass(frozen=True)
class Case(bench_mt_terms3.Case):
    """`output`: for the "output" route, the sentence a model writes with the source's placeholders."""

    output: str = ""


LE_PEN_NEVER = ("Марина Ле", "Марину", "Марином", "Марине Ле", "Ле Пена", "Ле Пену", "Ле Пеном", "Ле Пене")
DUPONT_NEVER = ("Дюпона", "Дюпону", "Дюпоном", "Дюпоне")
SUN_NEVER = ("Чуньланя", "Чуньланю", "Чуньланем", "Чуньлане")

CASES = (
    # zh → en → ru and en → ru, memorising packs.
    Case("ru: woman, given name in a consonant, after «с»", "memo", "zh", "ru", "代表团会见了玛丽娜·勒庞。",
         "Делегация встретилась с Марин Ле Пен.", never=LE_PEN_NEVER),
    Case("ru: woman, given name in a consonant, subject", "memo", "zh", "ru", "玛丽娜·勒庞出席了开幕式。",
         "Марин Ле Пен присутствовала на церемонии открытия."),
    Case("ru: woman, given name in «и», dative", "memo", "zh", "ru", "普京向玛丽·迪蓬介绍了项目。",
         "Владимир Владимирович Путин рассказал Мари Дюпон о проекте.", never=DUPONT_NEVER),
    Case("ru: Chinese woman, subject", "memo", "zh", "ru", "孙春兰会见了代表团。",
         "Сунь Чуньлань встретилась с делегацией."),
    Case("ru: Chinese woman after «у»", "memo", "zh", "ru", "记者采访了孙春兰。",
         "Журналисты взяли интервью у Сунь Чуньлань.", never=SUN_NEVER),
    Case("ru: name with a hyphen and a number, accusative", "memo", "zh", "ru", "我们感谢东方-2024的支持。",
         "Мы благодарим Восток-2024 за поддержку."),
    Case("ru: body with 'the' inside its English, after «с»", "memo", "zh", "ru", "代表团会见了中华人民共和国国务院。",
         "Делегация встретилась с Государственным советом КНР."),
    Case("ru: two regions sharing the subject's case", "memo", "zh", "ru", "阿穆尔州和黑龙江省举行了会谈。",
         "Амурская область и провинция Хэйлунцзян провели переговоры."),
    Case("ru: post tells a woman (dative)", "memo", "zh", "ru", "阿穆尔州州长向玛丽娜·勒庞介绍了项目。",
         "Губернатор Амурской области рассказал Марин Ле Пен о проекте.", never=LE_PEN_NEVER),
    Case("en→ru: woman, given name in a consonant, chairs", "memo", "en", "ru",
         "The meeting was chaired by Marine Le Pen.",
         "Встречу провела Марин Ле Пен.", never=LE_PEN_NEVER),
    Case("en→ru: 'the' inside the English name", "memo", "en", "ru",
         "The delegation met the State Council of the People's Republic of China.",
         "Делегация встретилась с Государственным советом КНР."),
    Case("en→ru: hyphen and number, thanked", "memo", "en", "ru", "We thank Vostok-2024 for the support.",
         "Мы благодарим Восток-2024 за поддержку."),
    Case("en: 'the' inside the name, object", "memo", "zh", "en", "代表团会见了中华人民共和国国务院。",
         "The delegation met the State Council of the People's Republic of China."),
    Case("en: 'the' inside the name, subject at the start", "memo", "zh", "en", "中华人民共和国国务院出席了开幕式。",
         "The State Council of the People's Republic of China attended the opening ceremony."),
    Case("en: hyphen and number, thanked", "memo", "zh", "en", "我们感谢东方-2024的支持。",
         "We thank Vostok-2024 for the support."),
    Case("batch zh→ru: woman after «у»", "memo", "zh", "ru", "记者采访了玛丽娜·勒庞。",
         "Журналисты взяли интервью у Марин Ле Пен.", never=LE_PEN_NEVER, batch=True),
    Case("batch en→ru: woman, subject", "memo", "en", "ru", "Marine Le Pen attended the opening ceremony.",
         "Марин Ле Пен присутствовала на церемонии открытия.", batch=True),
    Case("n-best en→ru: woman, 3 alternatives", "memo", "en", "ru", "The delegation met Marine Le Pen.",
         must=("Марин Ле Пен",), never=LE_PEN_NEVER, n=3, all_alternatives=True),
    Case("n-best zh→en: 'the' inside, 3 alternatives", "memo", "zh", "en", "代表团会见了中华人民共和国国务院。",
         must=("the State Council of the People's Republic of China",), never=("the the", "The the"), n=3,
         all_alternatives=True),
    # What a model writes, restored: contexts no tiny pack can write.
    Case("out ru: name after a post in the genitive (的)", "output", "zh", "ru", "普京总统的讲话受到欢迎。",
         "Речь президента Владимира Владимировича Путина встретили аплодисментами.",
         output="Речь президента ZX1 встретили аплодисментами."),
    Case("out ru: name after a post in the instrumental", "output", "zh", "ru", "代表团会见了普京总统。",
         "Делегация встретилась с президентом Владимиром Владимировичем Путиным.",
         output="Делегация встретилась с президентом ZX1."),
    Case("out ru: a pair after a plural noun shares the genitive", "output", "zh", "ru",
         "代表团会见了阿穆尔州和黑龙江省的领导。",
         "Делегация встретилась с руководителями Амурской области и провинции Хэйлунцзян.",
         output="Делегация встретилась с руководителями ZX1 и ZX2."),
    Case("out ru: apposition after a comma (instrumental)", "output", "zh", "ru",
         "代表团会见了地区领导人阿穆尔州州长。",
         "Делегация встретилась с главой региона, губернатором Амурской области.",
         output="Делегация встретилась с главой региона, ZX1."),
    Case("out ru: apposition after a comma (dative)", "output", "zh", "ru", "普京向孙春兰介绍了项目。",
         "Владимир Владимирович Путин рассказал гостье, Сунь Чуньлань, о проекте.", never=SUN_NEVER,
         output="ZX1 рассказал гостье, ZX2, о проекте."),
    Case("out ru: after «пять» (genitive plural)", "output", "zh", "ru", "黑龙江省有五个自由港。",
         "В провинции Хэйлунцзян работают пять свободных портов.",
         output="В ZX1 работают пять ZX2."),
    Case("out ru: after «двух» (genitive plural)", "output", "zh", "ru", "两个自由港的代表出席了会议。",
         "На встрече присутствовали представители двух свободных портов.",
         output="На встрече присутствовали представители двух ZX1."),
    Case("out ru: after «три» (genitive singular)", "output", "zh", "ru", "阿穆尔州将建设三个自由港。",
         "В Амурской области построят три свободных порта.",
         output="В ZX1 построят три ZX2."),
    Case("out ru: object of a negated verb", "output", "zh", "ru", "代表团没有访问俄罗斯国家技术集团。",
         "Делегация не посетила Ростех.", output="Делегация не посетила ZX1."),
    Case("out ru: in parentheses after a place", "output", "zh", "ru", "代表团抵达阿穆尔州（布拉戈维申斯克）。",
         "Делегация прибыла в Амурскую область (Благовещенск).", output="Делегация прибыла в ZX1 (ZX2)."),
    Case("out ru: at the start, glued to a colon", "output", "zh", "ru", "普京：合作正在发展。",
         "Владимир Владимирович Путин: сотрудничество развивается.", output="ZX1: сотрудничество развивается."),
    Case("out ru: at the end, glued to a quote and a full stop", "output", "zh", "ru", "演习名为“东方-2024”。",
         "Учения получили название «Восток-2024».", output="Учения получили название «ZX1»."),
    Case("out ru: hyphen and number after a noun", "output", "zh", "ru", "东方-2024期间进行了演练。",
         "В ходе учений Восток-2024 отработано взаимодействие.",
         output="В ходе учений ZX1 отработано взаимодействие."),
    Case("out en: possessive 's of a city", "output", "zh", "en", "布拉戈维申斯克市长会见了代表团。",
         "Blagoveshchensk's mayor met the delegation.", output="ZX1's mayor met the delegation."),
    Case("out en: 'of' before a name with 'the' inside", "output", "zh", "en", "中华人民共和国国务院总理出席了开幕式。",
         "The Premier of the State Council of the People's Republic of China attended the opening ceremony.",
         output="The Premier of ZX1 attended the opening ceremony."),
    Case("out en→ru: English possessive 's", "output", "en", "ru", "Blagoveshchensk's mayor met the delegation.",
         "Мэр Благовещенска встретился с делегацией.", output="Мэр ZX1 встретился с делегацией."),
    # The random-weight pack: every name back approved, in source order.
    Case("junk zh→en→ru: 的 possessive of a name before its post", "junk", "zh", "ru", "普京总统的讲话受到欢迎。",
         must=("Владимир Владимирович Путин",)),
    Case("junk en→ru: possessive 's and a woman", "junk", "en", "ru", "Blagoveshchensk's mayor met Marine Le Pen.",
         must=("Благовещенск", "Марин Ле Пен"), never=LE_PEN_NEVER),
    Case("junk ru→en: a name across a line break and one in parentheses", "junk", "ru", "en",
         "Делегация встретилась с Марин\nЛе Пен (Благовещенск).", must=("Marine Le Pen", "Blagoveshchensk")),
    Case("junk en→zh: 'the' inside a name, n-best", "junk", "en", "zh",
         "The State Council of the People's Republic of China and Rostec signed it.",
         must=("中华人民共和国国务院", "俄罗斯国家技术集团"), n=3, all_alternatives=True),
    Case("junk ru→en→zh: hyphen and number, declined region", "junk", "ru", "zh",
         "Учения Восток-2024 прошли в Амурской области.", must=("东方-2024", "阿穆尔州")),
    Case("junk zh→en batch: hyphen and number in quotes", "junk", "zh", "en", "“东方-2024”演习在阿穆尔州举行。",
         must=("Vostok-2024", "Amur Oblast"), batch=True),
    Case("junk ru→en: post in the genitive of negation", "junk", "ru", "en",
         "Губернатора Амурской области не было на встрече.", must=("Governor of Amur Oblast",)),
    Case("junk ru→en: after numerals", "junk", "ru", "en", "В провинции Хэйлунцзян работают пять свободных портов.",
         must=("Heilongjiang Province", "free port")),
)

SERVER_CASES = (
    Case("server zh→ru: woman after «с»", "server", "zh", "ru", "代表团会见了玛丽娜·勒庞。",
         "Делегация встретилась с Марин Ле Пен.", never=LE_PEN_NEVER),
    Case("server zh→en: 'the' inside the name", "server", "zh", "en", "代表团会见了中华人民共和国国务院。",
         "The delegation met the State Council of the People's Republic of China."),
    Case("server batch en→ru: woman chairs", "server", "en", "ru", "The meeting was chaired by Marine Le Pen.",
         "Встречу провела Марин Ле Пен.", never=LE_PEN_NEVER, batch=True),
    Case("server n-best zh→ru: Chinese woman", "server", "zh", "ru", "记者采访了孙春兰。",
         must=("Сунь Чуньлань",), never=SUN_NEVER, n=3, all_alternatives=True),
)


def run(case: Case, service: TranslationService | None, matcher: GlossaryMatcher) -> tuple[str, str]:
    if case.pack == "output":
        try:
            restored = restore(case.output, protect(case.text, case.src, case.tgt, matcher), case.tgt, matcher)
        except Exception as exc:  # a crash is a verdict of its own
            return "crash", f"{type(exc).__name__}: {exc}"
        verdict = bench_mt_terms.judge(case, [(restored.text, restored.honoured, restored.total)], matcher)
        shown = restored.text
    else:
        verdict, shown = bench_mt_terms.run(case, service, matcher)
    if verdict == "right" and any(bad in shown for bad in case.never):
        verdict = "wrong case"
    return verdict, shown


def main() -> None:
    bench_mt_terms3.measure(CASES, SERVER_CASES, ENTRIES, run)


if __name__ == "__main__":
    main()
