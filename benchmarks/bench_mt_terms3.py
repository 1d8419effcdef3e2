"""Glossary names through machine translation, third blind round: kinds of entries the first two rounds lacked.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_mt_terms3.py [--no-server]

New entries: places plural or taking «на» (Курильские острова, Дальний Восток России), an indeclinable place and
body (Сочи, Российско-Китайское ЭКСПО), a compound Russian post (заместитель Председателя Правительства …), women
with a surname that does not decline (Кая Каллас), Chinese names after their 书记/省长 post, abbreviations (ЕАЭС,
APEC), bodies and plans with numerals (XX съезд, 14-й пятилетний план), initiatives and treaties the source quotes
with “” or 《》, terms next to dates, one sentence with eight terms, a term twice in different cases, and forbidden
forms the memorising pack writes by itself. Routes: zh→en, en→ru, zh→en→ru (memorising pack), ru→en, en→zh,
ru→en→zh, zh→en→ru (random-weight pack), as suggestions with n-best, through translate-all, and through a real
LibreTranslate server on 127.0.0.1 serving the memorising packs when one is installed (`$PRESSDESK_LIBRETRANSLATE`
or `.venv-libretranslate/`). Verdicts as in `bench_mt_terms.py` (right / term lost / wrong form / wrong case /
garbled text / crash); a case's `never` texts (a declined form of an indeclinable name) count as a wrong case.
Then the time translate-all takes over the memorising cases' sources (×10, through the pivot for Chinese) and the
part of it spent protecting and restoring names.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

import argos_packs  # noqa: E402  (the test-pack builders)
import bench_mt_terms  # noqa: E402  (the verdicts and the engines of the earlier round)
import libretranslate_server  # noqa: E402

from desktop_app.domain.glossary.matcher import GlossaryMatcher  # noqa: E402
from desktop_app.domain.glossary.model import TermEntry  # noqa: E402
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine  # noqa: E402
from desktop_app.services.term_protection import protect, restore  # noqa: E402
from desktop_app.services.translation import TranslationService  # noqa: E402

ENTRIES = (
    TermEntry(301, "place", {"zh": "哈尔滨", "en": "Harbin", "ru": "Харбин"}),
    TermEntry(302, "place", {"zh": "千岛群岛", "en": "Kuril Islands", "ru": "Курильские острова"}),
    TermEntry(303, "place", {"zh": "俄罗斯远东", "en": "Russian Far East", "ru": "Дальний Восток России"}),
    TermEntry(304, "title", {"zh": "俄罗斯联邦政府副总理", "en": "Deputy Prime Minister of the Russian Federation",
                             "ru": "заместитель Председателя Правительства Российской Федерации"}),
    TermEntry(305, "person", {"zh": "塔季扬娜·戈利科娃", "en": "Tatyana Golikova",
                              "ru": "Татьяна Алексеевна Голикова"}),
    TermEntry(306, "person", {"zh": "卡娅·卡拉斯", "en": "Kaja Kallas", "ru": "Кая Каллас"}),
    TermEntry(307, "title", {"zh": "黑龙江省委书记", "en": "Secretary of the Heilongjiang Provincial Party Committee",
                             "ru": "секретарь парткома провинции Хэйлунцзян"}),
    TermEntry(308, "person", {"zh": "许勤", "en": "Xu Qin", "ru": "Сюй Цинь"}),
    TermEntry(309, "title", {"zh": "吉林省省长", "en": "Governor of Jilin Province",
                             "ru": "губернатор провинции Цзилинь"}),
    TermEntry(310, "person", {"zh": "胡玉亭", "en": "Hu Yuting", "ru": "Ху Юйтин"}),
    TermEntry(311, "organization", {"zh": "中国共产党第二十次全国代表大会",
                                    "en": "20th National Congress of the Communist Party of China",
                                    "ru": "XX съезд Коммунистической партии Китая"}, variants={"zh": ("中共二十大",)}),
    TermEntry(312, "term", {"zh": "第十四个五年规划", "en": "14th Five-Year Plan", "ru": "14-й пятилетний план"},
              variants={"zh": ("“十四五”规划",)}),
    TermEntry(313, "organization", {"zh": "欧亚经济联盟", "en": "EAEU", "ru": "ЕАЭС"},
              variants={"en": ("Eurasian Economic Union",), "ru": ("Евразийский экономический союз",)}),
    TermEntry(314, "organization", {"zh": "亚太经合组织", "en": "APEC", "ru": "АТЭС"}),
    TermEntry(315, "initiative", {"zh": "全球发展倡议", "en": "Global Development Initiative",
                                  "ru": "Глобальная инициатива развития"}),
    TermEntry(316, "term", {"zh": "中俄睦邻友好合作条约",
                            "en": "Treaty of Good-Neighbourliness and Friendly Cooperation",
                            "ru": "Договор о добрососедстве, дружбе и сотрудничестве"}),
    TermEntry(317, "event", {"zh": "中俄博览会", "en": "Russia-China Expo", "ru": "Российско-Китайское ЭКСПО"}),
    TermEntry(318, "place", {"zh": "索契", "en": "Sochi", "ru": "Сочи"}),
    # The source says 省外事办公室, which is not the glossary's Chinese: the model writes the forbidden forms.
    TermEntry(319, "organization", {"zh": "黑龙江省人民政府外事办公室",
                                    "en": "Foreign Affairs Office of the Provincial Government",
                                    "ru": "управление иностранных дел провинции"},
              forbidden={"en": ("provincial foreign affairs office",),
                         "ru": ("провинциальная канцелярия по иностранным делам",)}),
    TermEntry(320, "term", {"en": "border checkpoint", "ru": "пункт пропуска через государственную границу"},
              forbidden={"en": ("border crossing",), "ru": ("пограничный пункт пропуска",)}),
    TermEntry(321, "organization", {"zh": "俄罗斯联邦总统办公厅",
                                    "en": "Executive Office of the President of the Russian Federation",
                                    "ru": "Администрация Президента Российской Федерации"}),
)


@dataclass(frozen=True)
class Case(bench_mt_terms.Case):
    """`never`: texts no judged alternative may hold (a declined indeclinable name, a wrong preposition)."""

    never: tuple[str, ...] = ()


GOLIKOVA_POST = "заместитель Председателя Правительства Российской Федерации Татьяна Алексеевна Голикова"
EIGHT = ("Татьяна Алексеевна Голикова, Кая Каллас, Сюй Цинь, Ху Юйтин, ЕАЭС и АТЭС обсудили в Сочи "
         "14-й пятилетний план и Глобальную инициативу развития.")

CASES = (
    # zh → en → ru, memorising packs.
    Case("ru: compound post after «с»", "memo", "zh", "ru", "代表团会见了俄罗斯联邦政府副总理。",
         "Делегация встретилась с заместителем Председателя Правительства Российской Федерации."),
    Case("ru: post + woman next to each other, subject", "memo", "zh", "ru",
         "俄罗斯联邦政府副总理塔季扬娜·戈利科娃出席了开幕式。",
         "З" + GOLIKOVA_POST[1:] + " присутствовала на церемонии открытия."),
    Case("ru: woman after «у» (genitive)", "memo", "zh", "ru", "记者采访了塔季扬娜·戈利科娃。",
         "Журналисты взяли интервью у Татьяны Алексеевны Голиковой."),
    Case("ru: woman, surname in a consonant, after «с»", "memo", "zh", "ru", "代表团会见了卡娅·卡拉斯。",
         "Делегация встретилась с Каей Каллас.", never=("Калласом",)),
    Case("ru: woman, surname in a consonant, subject", "memo", "zh", "ru", "卡娅·卡拉斯出席了开幕式。",
         "Кая Каллас присутствовала на церемонии открытия."),
    Case("ru: Chinese name tells a woman (dative)", "memo", "zh", "ru", "许勤向卡娅·卡拉斯介绍了项目。",
         "Сюй Цинь рассказал Кае Каллас о проекте.", never=("Калласу",)),
    Case("ru: 书记 + Chinese name next to each other", "memo", "zh", "ru", "黑龙江省委书记许勤会见了代表团。",
         "Секретарь парткома провинции Хэйлунцзян Сюй Цинь встретился с делегацией."),
    Case("ru: 省长 + Chinese name, subject after the verb", "memo", "zh", "ru", "会议由吉林省省长胡玉亭主持。",
         "Встречу провёл губернатор провинции Цзилинь Ху Юйтин."),
    Case("ru: abbreviation, accusative", "memo", "zh", "ru", "我们感谢欧亚经济联盟的支持。",
         "Мы благодарим ЕАЭС за поддержку."),
    Case("ru: abbreviation after «с»", "memo", "zh", "ru", "代表团会见了欧亚经济联盟。",
         "Делегация встретилась с ЕАЭС.", never=("ЕАЭСОМ", "ЕАЭСом")),
    Case("ru: city in the locative", "memo", "zh", "ru", "青年论坛将在哈尔滨举行。",
         "Молодёжный форум пройдёт в Харбине."),
    Case("ru: region taking «на»", "memo", "zh", "ru", "青年论坛将在俄罗斯远东举行。",
         "Молодёжный форум пройдёт на Дальнем Востоке России."),
    Case("ru: initiative in “”, accusative", "memo", "zh", "ru", "我们感谢“全球发展倡议”的支持。",
         "Мы благодарим Глобальную инициативу развития за поддержку."),
    Case("ru: treaty in 《》, accusative", "memo", "zh", "ru", "我们感谢《中俄睦邻友好合作条约》的支持。",
         "Мы благодарим Договор о добрососедстве, дружбе и сотрудничестве за поддержку."),
    Case("ru: congress with a numeral (short Chinese form)", "memo", "zh", "ru", "我们感谢中共二十大的支持。",
         "Мы благодарим XX съезд Коммунистической партии Китая за поддержку."),
    Case("ru: congress with a numeral after «с»", "memo", "zh", "ru", "代表团会见了中国共产党第二十次全国代表大会。",
         "Делегация встретилась с XX съездом Коммунистической партии Китая."),
    Case("ru: indeclinable event, accusative", "memo", "zh", "ru", "我们感谢中俄博览会的支持。",
         "Мы благодарим Российско-Китайское ЭКСПО за поддержку."),
    Case("ru: forbidden form the model writes (instrumental)", "memo", "zh", "ru", "活动由省外事办公室主办。",
         "Мероприятие организовано управлением иностранных дел провинции."),
    Case("ru: forbidden form the model writes (subject)", "memo", "zh", "ru", "边境口岸运行平稳。",
         "Пункт пропуска через государственную границу работает в штатном режиме."),
    Case("ru: body and abbreviation, plural verb", "memo", "zh", "ru", "俄罗斯联邦总统办公厅和欧亚经济联盟举行了会谈。",
         "Администрация Президента Российской Федерации и ЕАЭС провели переговоры."),
    Case("ru: abbreviation as subject (found after the blind run)", "memo", "zh", "ru", "欧亚经济联盟出席了开幕式。",
         "ЕАЭС присутствовал на церемонии открытия."),
    # zh → en, memorising pack.
    Case("en: abbreviation spelt letter by letter takes 'the'", "memo", "zh", "en", "代表团会见了欧亚经济联盟。",
         "The delegation met the EAEU."),
    Case("en: acronym read as a word takes none", "memo", "zh", "en", "我们感谢亚太经合组织的支持。",
         "We thank APEC for the support."),
    Case("en: initiative in “”", "memo", "zh", "en", "我们感谢“全球发展倡议”的支持。",
         "We thank the Global Development Initiative for the support."),
    Case("en: congress with a numeral", "memo", "zh", "en", "代表团会见了中国共产党第二十次全国代表大会。",
         "The delegation met the 20th National Congress of the Communist Party of China."),
    Case("en: post + Chinese name", "memo", "zh", "en", "黑龙江省委书记许勤会见了代表团。",
         "Secretary of the Heilongjiang Provincial Party Committee Xu Qin met the delegation."),
    Case("en: forbidden form the model writes (after 'by the')", "memo", "zh", "en", "活动由省外事办公室主办。",
         "The event was organised by the Foreign Affairs Office of the Provincial Government."),
    Case("en: forbidden form the model writes (subject)", "memo", "zh", "en", "边境口岸运行平稳。",
         "The border checkpoint is operating smoothly."),
    # en → ru, memorising pack.
    Case("en→ru: woman, surname in a consonant, after «с»", "memo", "en", "ru", "The delegation met Kaja Kallas.",
         "Делегация встретилась с Каей Каллас.", never=("Калласом",)),
    Case("en→ru: post + woman, subject after the verb", "memo", "en", "ru",
         "The meeting was chaired by Deputy Prime Minister of the Russian Federation Tatyana Golikova.",
         "Встречу провела " + GOLIKOVA_POST + "."),
    Case("en→ru: compound post after «у»", "memo", "en", "ru",
         "Journalists interviewed the Deputy Prime Minister of the Russian Federation.",
         "Журналисты взяли интервью у заместителя Председателя Правительства Российской Федерации."),
    Case("en→ru: two women, dative", "memo", "en", "ru", "Kaja Kallas told Tatyana Golikova about the project.",
         "Кая Каллас рассказала Татьяне Алексеевне Голиковой о проекте."),
    Case("en→ru: two abbreviations", "memo", "en", "ru", "The EAEU and APEC held talks.",
         "ЕАЭС и АТЭС провели переговоры."),
    Case("en→ru: indeclinable place after «в»", "memo", "en", "ru", "The youth forum will be held in Sochi.",
         "Молодёжный форум пройдёт в Сочи."),
    Case("en→ru: plural islands taking «на»", "memo", "en", "ru", "The youth forum will be held in the Kuril Islands.",
         "Молодёжный форум пройдёт на Курильских островах."),
    Case("batch zh→ru: 书记 + Chinese name", "memo", "zh", "ru", "黑龙江省委书记许勤会见了代表团。",
         "Секретарь парткома провинции Хэйлунцзян Сюй Цинь встретился с делегацией.", batch=True),
    Case("batch en→ru: woman chairs", "memo", "en", "ru", "The meeting was chaired by Kaja Kallas.",
         "Встречу провела Кая Каллас.", batch=True),
    # n-best: every alternative.
    Case("n-best zh→ru: post + woman, 3 alternatives", "memo", "zh", "ru",
         "俄罗斯联邦政府副总理塔季扬娜·戈利科娃出席了开幕式。",
         must=("Председателя Правительства Российской Федерации Татьян",), n=3, all_alternatives=True),
    Case("n-best en→ru: woman, 3 alternatives", "memo", "en", "ru", "The delegation met Kaja Kallas.",
         must=("Каллас",), never=("Калласом", "Калласа ", "Калласу"), n=3, all_alternatives=True),
    Case("n-best zh→en: abbreviation, 3 alternatives", "memo", "zh", "en", "代表团会见了欧亚经济联盟。",
         must=("the EAEU",), n=3, all_alternatives=True),
    # The random-weight pack: every name back approved, in source order.
    Case("junk ru→en: a term twice in two cases", "junk", "ru", "en",
         "Делегация Курильских островов прибыла на Курильские острова.", must=("Kuril Islands",)),
    Case("junk ru→en: post + woman + indeclinable place", "junk", "ru", "en",
         "Заместитель Председателя Правительства Российской Федерации Татьяна Алексеевна Голикова посетила Сочи.",
         must=("Deputy Prime Minister of the Russian Federation", "Tatyana Golikova", "Sochi")),
    Case("junk en→zh: names, a date and a numbered congress", "junk", "en", "zh",
         "Kaja Kallas met Xu Qin in Harbin on 5 March 2025 during the 20th National Congress of the Communist "
         "Party of China.", must=("卡娅·卡拉斯", "许勤", "哈尔滨", "中国共产党第二十次全国代表大会"),
         n=3, all_alternatives=True),
    Case("junk ru→en→zh: two Chinese names and a city", "junk", "ru", "zh", "Ху Юйтин и Сюй Цинь прибыли в Харбин.",
         must=("胡玉亭", "许勤", "哈尔滨")),
    Case("junk ru→en→zh: eight terms", "junk", "ru", "zh", EIGHT,
         must=("塔季扬娜·戈利科娃", "卡娅·卡拉斯", "许勤", "胡玉亭", "欧亚经济联盟", "亚太经合组织", "索契",
               "第十四个五年规划", "全球发展倡议")),
    Case("junk zh→en→ru: initiative in “” and treaty in 《》", "junk", "zh", "ru",
         "许勤谈到了“全球发展倡议”和《中俄睦邻友好合作条约》。",
         must=("Сюй Цинь", "Глобальн", "Договор о добрососедстве, дружбе и сотрудничестве")),
    Case("junk zh→en: terms glued to dates and numbers", "junk", "zh", "en",
         "2025年3月5日，欧亚经济联盟在“十四五”规划框架下与亚太经合组织2025年会议开展合作。",
         must=("EAEU", "14th Five-Year Plan", "APEC")),
    Case("junk en→ru: abbreviations, indeclinable event and place", "junk", "en", "ru",
         "APEC and the EAEU met at the Russia-China Expo in Sochi.",
         must=("АТЭС", "ЕАЭС", "Российско-Китайск", "Сочи"), never=("ЭКСПОм", "Сочей")),
    Case("junk ru→en: forbidden source form", "junk", "ru", "en",
         "Провинциальная канцелярия по иностранным делам провела встречу в Харбине.",
         must=("Foreign Affairs Office of the Provincial Government", "Harbin")),
    Case("junk ru→en batch: numbered plan in the genitive", "junk", "ru", "en",
         "В рамках 14-го пятилетнего плана ЕАЭС построит пункт пропуска через государственную границу.",
         must=("14th Five-Year Plan", "EAEU", "border checkpoint"), batch=True),
    Case("junk zh→en→ru batch: eight terms", "junk", "zh", "ru",
         "塔季扬娜·戈利科娃、卡娅·卡拉斯、许勤、胡玉亭、欧亚经济联盟和亚太经合组织在索契讨论了第十四个五年规划。",
         must=("Татьяна Алексеевна Голикова", "Кая Каллас", "Сюй Цинь", "Ху Юйтин", "ЕАЭС", "АТЭС", "Сочи",
               "14-й пятилетний план"), batch=True),
)

SERVER_CASES = (
    Case("server zh→ru: woman after «с»", "server", "zh", "ru", "代表团会见了卡娅·卡拉斯。",
         "Делегация встретилась с Каей Каллас.", never=("Калласом",)),
    Case("server en→ru: post + woman", "server", "en", "ru",
         "The meeting was chaired by Deputy Prime Minister of the Russian Federation Tatyana Golikova.",
         "Встречу провела " + GOLIKOVA_POST + "."),
    Case("server zh→en: event takes 'the'", "server", "zh", "en", "我们感谢中俄博览会的支持。",
         "We thank the Russia-China Expo for the support."),
    Case("server batch zh→ru: city in the locative", "server", "zh", "ru", "青年论坛将在哈尔滨举行。",
         "Молодёжный форум пройдёт в Харбине.", batch=True),
    Case("server n-best en→ru: abbreviations", "server", "en", "ru", "The EAEU and APEC held talks.",
         must=("ЕАЭС", "АТЭС"), n=3, all_alternatives=True),
)


def run(case: Case, service: TranslationService, matcher: GlossaryMatcher) -> tuple[str, str]:
    verdict, shown = bench_mt_terms.run(case, service, matcher)
    if verdict == "right" and any(bad in shown for bad in case.never):
        verdict = "wrong case"
    return verdict, shown


def timing(service: TranslationService, matcher: GlossaryMatcher, repeat: int = 10, runs: int = 5) -> None:
    """translate-all of the memorising cases' sources into Russian, and protect + restore alone."""
    for src in ("zh", "en"):
        sources = [c.text for c in CASES if c.pack == "memo" and c.src == src] * repeat
        service.translate_all(sources[:2], src, "ru")  # load the models
        whole, names = [], []
        for _ in range(runs):
            started = time.perf_counter()
            service.translate_all(sources, src, "ru")
            whole.append(time.perf_counter() - started)
            started = time.perf_counter()
            for text in sources:
                item = protect(text, src, "ru", matcher)
                restore(item.text, item, "ru", matcher)
            names.append(time.perf_counter() - started)
        print(f"translate-all {src}→ru of {len(sources)} sentences: median {statistics.median(whole):.2f} s "
              f"({len(sources) / statistics.median(whole):.0f} sentences/s); protect + restore alone: median "
              f"{statistics.median(names) * 1000 / len(sources):.3f} ms a sentence")


def measure(cases: tuple[Case, ...], server_cases: tuple[Case, ...], entries: tuple[TermEntry, ...],
            run_case: Callable[[Case, TranslationService | None, GlossaryMatcher], tuple[str, str]]) -> None:
    """Every case through its engine (the LibreTranslate ones through a real server when one is installed), one
    verdict a line, the counts, and the time protection adds to translate-all. Shared by the later rounds."""
    parser = argparse.ArgumentParser(description=(sys.modules["__main__"].__doc__ or "").split("\n")[0])
    parser.add_argument("--no-server", action="store_true", help="leave out the LibreTranslate cases")
    args = parser.parse_args()
    matcher = GlossaryMatcher(entries)
    counts: Counter[str] = Counter()
    width = max(len(c.name) for c in cases + server_cases)

    def table(rows: tuple[Case, ...], engines: dict[str, TranslationService], first: int) -> None:
        for number, case in enumerate(rows, first):
            verdict, shown = run_case(case, engines.get(case.pack), matcher)
            counts[verdict] += 1
            shown = shown.replace("\n", "⏎")
            shown = shown if len(shown) <= 150 else shown[:147] + "…"
            print(f"{number:2} {case.name:<{width}}  {verdict:<12} {shown}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        engines = bench_mt_terms.services(work, matcher)
        table(cases, engines, 1)
        total = len(cases)
        if args.no_server or libretranslate_server.executable() is None:
            print("LibreTranslate cases left out (no server installed, or --no-server)")
        else:
            packs = [argos_packs.memorising_pack(work / "lt-packs", *pair) for pair in argos_packs.MEMORISING_PAIRS]
            with libretranslate_server.running_server(work / "lt-home", packs) as url:
                engines["server"] = TranslationService(LibreTranslateEngine(url), matcher)
                table(server_cases, engines, total + 1)
            total += len(server_cases)
        print(f"\n{total} cases: " + ", ".join(f"{kind} {counts[kind]}" for kind in (
            "right", "term lost", "wrong form", "wrong case", "garbled text", "crash")))
        timing(engines["memo"], matcher)


def main() -> None:
    measure(CASES, SERVER_CASES, ENTRIES, run)


if __name__ == "__main__":
    main()
