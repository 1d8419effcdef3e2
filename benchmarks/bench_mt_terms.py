"""Glossary names through machine translation, as a press officer meets them: a blind round of new cases.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_mt_terms.py

New glossary entries (people with patronymics, posts, bodies with long Russian genitive chains, places, an
initiative in quotes, a term whose forbidden form a model writes by itself) in real sentence shapes, translated by
the real engine with the real tiny packs of the tests: the memorising pack (which knows its sentences with
placeholders, so the names must come back in place and in the case the Russian needs) and the random-weight pack
(junk around the names: they must all survive, in source order, approved). Each case is judged right, term lost,
wrong form, wrong case, garbled text or crash; the table and the counts are printed, then the time translate-all
takes over the memorising pack's Chinese cases (×10) and the part of it spent protecting and restoring names.
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import argos_packs  # noqa: E402  (the test-pack builders)

from desktop_app.domain.glossary.matcher import GlossaryMatcher  # noqa: E402
from desktop_app.domain.glossary.model import HitKind, TermEntry  # noqa: E402
from desktop_app.mt.argos_engine import ArgosEngine  # noqa: E402
from desktop_app.mt.packs import install_pack  # noqa: E402
from desktop_app.services.term_protection import protect, restore  # noqa: E402
from desktop_app.services.translation import TranslationService  # noqa: E402

ENTRIES = (
    TermEntry(101, "person", {"zh": "王毅", "en": "Wang Yi", "ru": "Ван И"}),
    TermEntry(102, "person", {"zh": "谢尔盖·拉夫罗夫", "en": "Sergey Lavrov", "ru": "Сергей Викторович Лавров"}),
    TermEntry(103, "person", {"zh": "瓦莲京娜·马特维延科", "en": "Valentina Matviyenko",
                              "ru": "Валентина Ивановна Матвиенко"}, forbidden={"en": ("Valentina Matvienko",)}),
    TermEntry(104, "title", {"zh": "俄罗斯联邦外交部长", "en": "Minister of Foreign Affairs of the Russian Federation",
                             "ru": "министр иностранных дел Российской Федерации"}),
    TermEntry(105, "organization", {"zh": "全国人民代表大会常务委员会",
                                    "en": "Standing Committee of the National People's Congress",
                                    "ru": "Постоянный комитет Всекитайского собрания народных представителей"}),
    TermEntry(106, "organization", {"zh": "俄罗斯联邦委员会", "en": "Federation Council", "ru": "Совет Федерации"}),
    TermEntry(107, "place", {"zh": "黑龙江省", "en": "Heilongjiang Province", "ru": "провинция Хэйлунцзян"}),
    TermEntry(108, "place", {"zh": "符拉迪沃斯托克", "en": "Vladivostok", "ru": "Владивосток"}),
    TermEntry(109, "initiative", {"zh": "“一带一路”倡议", "en": "Belt and Road Initiative",
                                  "ru": "инициатива «Пояс и путь»"},
              forbidden={"en": ("One Belt One Road",), "ru": ("Один пояс, один путь",)}),
    TermEntry(110, "title", {"zh": "黑龙江省人民政府省长", "en": "Governor of Heilongjiang Province",
                             "ru": "губернатор провинции Хэйлунцзян"}),
    TermEntry(111, "organization", {"zh": "外交部", "en": "Ministry of Foreign Affairs",
                                    "ru": "Министерство иностранных дел"}),
    TermEntry(112, "event", {"zh": "东方经济论坛", "en": "Eastern Economic Forum",
                             "ru": "Восточный экономический форум"}),
    TermEntry(113, "term", {"en": "industrial zone", "ru": "индустриальная зона"},
              forbidden={"en": ("industrial park",), "ru": ("индустриальный парк",)}),
)


@dataclass(frozen=True)
class Case:
    """`expected`: the exact best suggestion (memorising pack); `must`: target texts that must appear in this order
    in every alternative judged (the junk pack), each one a recognised term in its right form."""

    name: str
    pack: str  # "memo" or "junk"
    src: str
    tgt: str
    text: str
    expected: str = ""
    must: tuple[str, ...] = ()
    n: int = 1
    all_alternatives: bool = False
    batch: bool = False  # through translate-all instead of a suggestion


def long_sentence() -> str:
    filler = "，双方就经济、贸易、能源、农业、旅游、教育和人文领域的合作交换了意见" * 40
    return "王毅在符拉迪沃斯托克会见了谢尔盖·拉夫罗夫" + filler + "，并出席了东方经济论坛。"


CASES = (
    # zh → en, memorising pack: the names in place, English articles where a body needs one.
    Case("en: body after a verb takes 'the'", "memo", "zh", "en", "代表团会见了外交部。",
         "The delegation met the Ministry of Foreign Affairs."),
    Case("en: body as subject at the start", "memo", "zh", "en", "全国人民代表大会常务委员会会见了代表团。",
         "The Standing Committee of the National People's Congress met the delegation."),
    Case("en: two people", "memo", "zh", "en", "王毅和谢尔盖·拉夫罗夫举行了会谈。",
         "Wang Yi and Sergey Lavrov held talks."),
    Case("en: person to person", "memo", "zh", "en", "瓦莲京娜·马特维延科向王毅介绍了项目。",
         "Valentina Matviyenko told Wang Yi about the project."),
    Case("en: event thanked", "memo", "zh", "en", "我们感谢东方经济论坛的支持。",
         "We thank the Eastern Economic Forum for the support."),
    Case("en: person at the very end", "memo", "zh", "en", "记者采访了谢尔盖·拉夫罗夫。",
         "Journalists interviewed Sergey Lavrov."),
    Case("en: forbidden form the model writes", "memo", "zh", "en", "代表团参观了工业园区。",
         "The delegation visited the industrial zone."),
    Case("en: two bodies", "memo", "zh", "en", "外交部和俄罗斯联邦委员会举行了会谈。",
         "The Ministry of Foreign Affairs and the Federation Council held talks."),
    # zh → en → ru through the pivot, memorising packs: cases, verb agreement, capitals.
    Case("ru: woman as subject (verb agrees)", "memo", "zh", "ru", "瓦莲京娜·马特维延科会见了代表团。",
         "Валентина Ивановна Матвиенко встретилась с делегацией."),
    Case("ru: post after «с» (instrumental)", "memo", "zh", "ru", "代表团会见了俄罗斯联邦外交部长。",
         "Делегация встретилась с министром иностранных дел Российской Федерации."),
    Case("ru: genitive chain after «с»", "memo", "zh", "ru", "代表团会见了全国人民代表大会常务委员会。",
         "Делегация встретилась с Постоянным комитетом Всекитайского собрания народных представителей."),
    Case("ru: woman after the verb as subject", "memo", "zh", "ru", "会议由瓦莲京娜·马特维延科主持。",
         "Встречу провела Валентина Ивановна Матвиенко."),
    Case("ru: indeclinable name after «рассказал»", "memo", "zh", "ru", "谢尔盖·拉夫罗夫向王毅介绍了项目。",
         "Сергей Викторович Лавров рассказал Ван И о проекте."),
    Case("ru: patronymic in the dative", "memo", "zh", "ru", "瓦莲京娜·马特维延科向谢尔盖·拉夫罗夫介绍了项目。",
         "Валентина Ивановна Матвиенко рассказала Сергею Викторовичу Лаврову о проекте."),
    Case("ru: post starting the sentence", "memo", "zh", "ru", "黑龙江省人民政府省长会见了代表团。",
         "Губернатор провинции Хэйлунцзян встретился с делегацией."),
    Case("ru: post as subject, other verb", "memo", "zh", "ru", "俄罗斯联邦外交部长出席了开幕式。",
         "Министр иностранных дел Российской Федерации присутствовал на церемонии открытия."),
    Case("ru: body in the accusative", "memo", "zh", "ru", "我们感谢俄罗斯联邦委员会的支持。",
         "Мы благодарим Совет Федерации за поддержку."),
    Case("ru: patronymic after «у» (genitive)", "memo", "zh", "ru", "记者采访了谢尔盖·拉夫罗夫。",
         "Журналисты взяли интервью у Сергея Викторовича Лаврова."),
    Case("ru: two bodies, plural verb", "memo", "zh", "ru", "外交部和俄罗斯联邦委员会举行了会谈。",
         "Министерство иностранных дел и Совет Федерации провели переговоры."),
    Case("ru: neuter body as subject (verb agrees)", "memo", "zh", "ru", "外交部出席了开幕式。",
         "Министерство иностранных дел присутствовало на церемонии открытия."),
    Case("ru: initiative in quotes, accusative", "memo", "zh", "ru", "我们感谢“一带一路”倡议的支持。",
         "Мы благодарим инициативу «Пояс и путь» за поддержку."),
    Case("ru: forbidden form after a verb (accusative)", "memo", "zh", "ru", "代表团参观了工业园区。",
         "Делегация посетила индустриальную зону."),
    Case("ru: event in the accusative (inanimate)", "memo", "zh", "ru", "我们感谢东方经济论坛的支持。",
         "Мы благодарим Восточный экономический форум за поддержку."),
    Case("ru: capitalised body after «с» (found after the blind run)", "memo", "zh", "ru",
         "代表团会见了俄罗斯联邦委员会。",
         "Делегация встретилась с Советом Федерации."),
    # en → ru, memorising pack: English sources carry articles and forbidden forms.
    Case("en→ru: 'the' before a body", "memo", "en", "ru", "The delegation met the Ministry of Foreign Affairs.",
         "Делегация встретилась с Министерством иностранных дел."),
    Case("en→ru: 'The' before a body at the start", "memo", "en", "ru",
         "The Standing Committee of the National People's Congress met the delegation.",
         "Постоянный комитет Всекитайского собрания народных представителей встретился с делегацией."),
    Case("en→ru: forbidden source form, woman", "memo", "en", "ru",
         "Valentina Matvienko attended the opening ceremony.",
         "Валентина Ивановна Матвиенко присутствовала на церемонии открытия."),
    Case("en→ru: indeclinable name, accusative", "memo", "en", "ru", "We thank Wang Yi for the support.",
         "Мы благодарим Ван И за поддержку."),
    Case("en→ru: 'the' before a post at the end", "memo", "en", "ru",
         "The meeting was chaired by the Governor of Heilongjiang Province.",
         "Встречу провёл губернатор провинции Хэйлунцзян."),
    Case("batch zh→ru: woman as subject", "memo", "zh", "ru", "瓦莲京娜·马特维延科出席了开幕式。",
         "Валентина Ивановна Матвиенко присутствовала на церемонии открытия.", batch=True),
    # n-best: every alternative honours every term.
    Case("n-best zh→ru: two people, 3 alternatives", "memo", "zh", "ru", "王毅和谢尔盖·拉夫罗夫举行了会谈。",
         must=("Ван И", "Сергей Викторович Лавров"), n=3, all_alternatives=True),
    Case("n-best zh→en: body, 3 alternatives", "memo", "zh", "en", "代表团会见了外交部。",
         must=("Ministry of Foreign Affairs",), n=3, all_alternatives=True),
    Case("n-best zh→ru: post, 3 alternatives", "memo", "zh", "ru", "俄罗斯联邦外交部长出席了开幕式。",
         must=("иностранных дел Российской Федерации",), n=3, all_alternatives=True),
    # The junk pack: the words around are junk; the names must all come back approved, in source order.
    Case("junk en→zh: four names, brackets", "junk", "en", "zh",
         "Wang Yi met Sergey Lavrov in Vladivostok (Heilongjiang Province).",
         must=("王毅", "谢尔盖·拉夫罗夫", "符拉迪沃斯托克", "黑龙江省"), n=3, all_alternatives=True),
    Case("junk zh→ru: four names, pivot", "junk", "zh", "ru",
         "王毅在东方经济论坛上会见了谢尔盖·拉夫罗夫和瓦莲京娜·马特维延科。",
         must=("Ван И", "Восточн", "Сергей Викторович Лавров", "Валентин"), n=3, all_alternatives=True),
    Case("junk zh→en: place in brackets at the end", "junk", "zh", "en", "代表团抵达了符拉迪沃斯托克（黑龙江省）",
         must=("Vladivostok", "(Heilongjiang Province)")),
    Case("junk zh→en: initiative in quotes", "junk", "zh", "en", "王毅谈到了“一带一路”倡议。",
         must=("Wang Yi", "Belt and Road Initiative")),
    Case("junk ru→en: patronymic and place", "junk", "ru", "en", "Сергей Викторович Лавров прибыл во Владивосток.",
         must=("Sergey Lavrov", "Vladivostok")),
    Case("junk en→ru: forbidden source form", "junk", "en", "ru", "One Belt One Road was discussed by Wang Yi.",
         must=("Пояс и путь", "Ван И")),
    Case("junk zh→en: nested post, body and place", "junk", "zh", "en", "黑龙江省人民政府省长在黑龙江省会见了王毅。",
         must=("Governor of Heilongjiang Province", "Heilongjiang Province", "Wang Yi")),
    Case("junk zh→en: repeated name", "junk", "zh", "en", "王毅说，王毅将访问符拉迪沃斯托克。",
         must=("Wang Yi", "Vladivostok")),
    Case("junk en→ru: six terms (past the vocabulary's placeholders)", "junk", "en", "ru",
         "Wang Yi, Sergey Lavrov and Valentina Matviyenko met the Federation Council and the Ministry of Foreign "
         "Affairs at the Eastern Economic Forum.",
         must=("Ван И", "Сергей Викторович Лавров", "Валентин", "Совет", "Министерств", "Восточн")),
    Case("junk zh→ru: sentence past the length cap", "junk", "zh", "ru", long_sentence(),
         must=("Ван И", "Владивосток", "Сергей Викторович Лавров", "Восточн")),
    Case("junk zh→en batch: sentence past the length cap", "junk", "zh", "en", long_sentence(),
         must=("Wang Yi", "Vladivostok", "Sergey Lavrov", "Eastern Economic Forum"), batch=True),
)


def in_order(text: str, parts: tuple[str, ...]) -> bool:
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def judge(case: Case, texts: list[tuple[str, int, int]], matcher: GlossaryMatcher) -> str:
    """right / term lost / wrong form / wrong case / garbled text, for the alternatives judged."""
    verdicts = []
    for text, honoured, total in texts:
        hits = matcher.find(text, case.tgt)
        if re.search(r"Z\s?X\s?\d", text, re.IGNORECASE):
            verdicts.append("garbled text")
        elif honoured < total:
            verdicts.append("term lost")
        elif any(h.kind is HitKind.FORBIDDEN for h in hits):
            verdicts.append("wrong form")
        elif case.expected:
            if text == case.expected:
                verdicts.append("right")
            elif {h.entry.id for h in hits} < {h.entry.id for h in matcher.find(case.expected, case.tgt)}:
                verdicts.append("term lost")
            elif case.tgt == "ru" and text.lower().split() != case.expected.lower().split() \
                    and len(text.split()) == len(case.expected.split()) and text[:1].isupper() and _case_only(
                        text, case.expected):
                verdicts.append("wrong case")
            else:
                verdicts.append("wrong form")
        elif not all(part in text for part in case.must):
            verdicts.append("term lost")
        elif not in_order(text, case.must) or (case.tgt == "zh" and _spaced_chinese(text)):
            verdicts.append("garbled text")
        else:
            verdicts.append("right")
    wrong = [v for v in verdicts if v != "right"]
    return wrong[0] if wrong else "right"


def _spaced_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff] | [\u4e00-\u9fff]", text) is not None


def _case_only(text: str, expected: str) -> bool:
    """The words differ only in endings (the same stems): a case the context needs was not given."""
    return all(a[:4].lower() == b[:4].lower() for a, b in zip(text.split(), expected.split(), strict=True))


def services(work: Path, matcher: GlossaryMatcher) -> dict[str, TranslationService]:
    memo_dir, junk_dir = work / "memo-data", work / "junk-data"
    for pair in argos_packs.MEMORISING_PAIRS:
        install_pack(argos_packs.memorising_pack(work / "memo", *pair), memo_dir)
    for pack in argos_packs.random_packs(work / "junk").values():
        install_pack(pack, junk_dir)
    return {"memo": TranslationService(ArgosEngine(memo_dir), matcher),
            "junk": TranslationService(ArgosEngine(junk_dir), matcher)}


def run(case: Case, service: TranslationService, matcher: GlossaryMatcher) -> tuple[str, str]:
    try:
        if case.batch:
            alt = service.translate_all([case.text], case.src, case.tgt)[0]
            texts = [(alt.text, alt.honoured, alt.total)]
        else:
            alts = service.translate_text(case.text, case.src, case.tgt, case.n).alternatives
            chosen = alts if case.all_alternatives else alts[:1]
            texts = [(a.text, a.honoured, a.total) for a in chosen]
    except Exception as exc:  # a crash is a verdict of its own
        return "crash", f"{type(exc).__name__}: {exc}"
    if not texts:
        return "term lost", "(no suggestion)"
    return judge(case, texts, matcher), " | ".join(t for t, _, _ in texts)


def main() -> None:
    matcher = GlossaryMatcher(ENTRIES)
    with tempfile.TemporaryDirectory() as tmp:
        engines = services(Path(tmp), matcher)
        counts: Counter[str] = Counter()
        width = max(len(c.name) for c in CASES)
        for number, case in enumerate(CASES, 1):
            verdict, shown = run(case, engines[case.pack], matcher)
            counts[verdict] += 1
            shown = shown if len(shown) <= 150 else shown[:147] + "…"
            print(f"{number:2} {case.name:<{width}}  {verdict:<12} {shown}")
        print(f"\n{len(CASES)} cases: " + ", ".join(f"{kind} {counts[kind]}" for kind in (
            "right", "term lost", "wrong form", "wrong case", "garbled text", "crash")))
        timing(engines["memo"], matcher)


def timing(service: TranslationService, matcher: GlossaryMatcher, repeat: int = 10, runs: int = 5) -> None:
    """translate-all of the memorising cases' Chinese sources (zh→ru, through English), and protect + restore alone."""
    sources = [c.text for c in CASES if c.pack == "memo" and c.src == "zh"] * repeat
    service.translate_all(sources[:2], "zh", "ru")  # load the models
    whole, names = [], []
    for _ in range(runs):
        started = time.perf_counter()
        service.translate_all(sources, "zh", "ru")
        whole.append(time.perf_counter() - started)
        started = time.perf_counter()
        for text in sources:
            item = protect(text, "zh", "ru", matcher)
            restore(item.text, item, "ru", matcher)
        names.append(time.perf_counter() - started)
    print(f"translate-all zh→en→ru of {len(sources)} sentences: median {statistics.median(whole):.2f} s "
          f"({len(sources) / statistics.median(whole):.0f} sentences/s); protect + restore alone: median "
          f"{statistics.median(names) * 1000 / len(sources):.2f} ms a sentence")


if __name__ == "__main__":
    main()
