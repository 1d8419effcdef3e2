"""Recognition of a user's own glossary entries in real China–Russia news it was not written for.

tests/corpus/term_recall/ holds a user's entries of officials, posts, bodies, places and initiatives that the shipped
seed does not have, and real sentences from official and agency news in Russian, English and Chinese with every
mention of them (and from the third batch on, of the seed entries each batch names) judged by hand (see its README).
Every judged mention is a case of its own here, and the whole corpus is scored for recall and precision
(benchmarks/bench_term_recall.py prints the same numbers).
"""

from __future__ import annotations

import pytest
from term_recall_corpus import (
    BATCHES,
    SEED,
    SEED_JUDGED_FROM,
    Mention,
    corpus_matcher,
    judged_mentions,
    score,
    seed_judged,
    sentences,
    user_entries,
)

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.formats.glossary_csv import read_glossary_csv

# Mentions the recognition is known to miss, with why: mostly wordings the entry does not list and no other entry
# makes equivalent, where recognising them would take a variant the user has not written (or matching a part of a
# longer title). They stay misses in the numbers.
UNLISTED = "a wording the entry does not list"
EXPECTED_MISSES: dict[str | tuple[str, str], str] = {
    "Plenipotentiary Representative of the President of Russia in the Far Eastern Federal District": UNLISTED,
    "Deputy Prime Minister of the Russian Government": UNLISTED,
    "“北極液化天然氣-2”": UNLISTED, "“亞馬爾液化天然氣”": UNLISTED,  # without 项目
    # the country as an adjective (российского for России) inside a body's name
    "межпарламентской комиссии по сотрудничеству российского Федерального собрания и Всекитайского собрания "
    "народных представителей": UNLISTED,
    "Chen": "a surname shared with the seed's Chen Jining, and the sentence names neither in full",
    "«Приморье-1»": "taken with the description of two corridors before it (международных транспортных коридоров)",
    "Министерства по развитию Далекого Востока и Арктики": "the writer's Далекого for Дальнего",
    "阿列克谢·契昆科夫": "契 for the entry's 切: another transcription of the name",
    # abbreviations the entries do not list: 俄 with a word of the name left out, and 国家 inserted
    "俄航天集團": UNLISTED, "俄直投基金": UNLISTED, "俄石油": UNLISTED, "俄羅斯國家石油公司": UNLISTED,
    # batch 6: a country's name inside a post's name where the glossary's forms put it elsewhere or nowhere
    "chairman of China's National People's Congress (NPC) Standing Committee": (
        "the country's possessive inside the post, and an abbreviation in brackets"),
    "China’s Director of the Office of the Central Foreign Affairs Commission": (
        "a country before a post whose forms name no country"),
    # … names and abbreviations the entries do not list
    "China-Russia committee for parliamentary cooperation": UNLISTED,
    "Interparliamentary Commission on Cooperation between the Federal Assembly of the Russian Federation and the "
    "National People's Congress": UNLISTED,
    "Interparliamentary Commission for Cooperation between the Russian Federal Assembly and the National People’s "
    "Congress of China": UNLISTED,
    "Russia-China Friendship Association": UNLISTED, "Китайско-российское общество дружбы": UNLISTED,
    "统俄党": UNLISTED,
    "председателем Госсовета КНР": UNLISTED, "премьер РФ": UNLISTED,
    "замглавы МИДа": UNLISTED,
    "Foreign Minister": "a bare post word the Chinese minister's entry lists only as \"the Foreign Minister\"",
    "Wang": "a surname the seed's Wangs share, and the sentence names none of them in full",
    # batch 7: abbreviations no entry lists, defined in another sentence («BEP» from the Russian БЕП)
    ("GEP", "The GEP may"): "an abbreviation the entry does not list, defined in brackets in another sentence",
    "BEP": "an abbreviation of the Russian name (Большое Евразийское партнёрство) the entry does not list",
    # … wordings no entry lists
    "蒲亭": "a transcription of Putin's name no entry lists",
    "大欧亚合作伙伴关系": "合作 inserted into the partnership's name",
    # batch 8: wordings no entry lists
    "народного правительства китайской провинции Хэйлунцзян": "an adjective (китайской) inside the body's name",
    "председателю Госсовета КНР": UNLISTED, "vice-premier of Russia": UNLISTED, "China-Russia Exposition": UNLISTED,
    "inter-parliamentary commission on cooperation between Russia’s Federal Assembly and the National People's "
    "Congress (NPC) of China": UNLISTED,
    "伊万·梅尔尼科夫": "尔 for the entry's 利: another transcription of the name",
    # batch 9 (fresh entries), measured blind; wordings and abbreviations the entries do not list
    "Университета МГУ-ППУ в Шэньчжэне": "the writer's ППУ for ППИ", "Нового банка БРИКС": UNLISTED,
    "амурский губернатор": "the region as an adjective before the post",
    "Moscow State University-Beijing Polytechnic University": UNLISTED, "Beijing Polytechnic University": UNLISTED,
    "President of Moscow State University": "President for the entry's Rector",
    "president of the BRICS group New Development Bank": UNLISTED, "NBD": "the writer's letters for NDB",
    "Presidential Plenipotentiary Envoy to the Far East": UNLISTED,
    "Blagoveshchensk-Heihe cross-border bridge": UNLISTED,
    "Ministry for the Development of Russian Far East": "the ministry's name without its Arctic",
    "Executive Committee of Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization": (
        "the body inside it written without its article"),
    "Executive Committee of the Shanghai Cooperation Organization’s Regional Anti-Terrorism Structure": (
        "the SCO as a possessive before the body inside it, and Anti-Terrorism"),
    "莫斯科羅蒙諾索夫國立大學": "the words of the name in another order", "莫斯科羅蒙諾索夫國立大學校長": (
        "the words of the university's name in another order"),
    "国立莫斯科罗蒙诺索夫大学": "the words of the name in another order",
    "莫大校長": UNLISTED, "莫大": "an abbreviation the entry does not list (莫大 is also a common word)",
    "布拉戈维申斯克-黑河穿越阿穆尔河公路桥": UNLISTED,
    "Годов сотрудничества стран в области физической культуры и спорта": UNLISTED,
    "Годов российско-китайского сотрудничества в области физкультуры и спорта": "физкультуры for физической культуры",
    "погранперехода Забайкальск – Манчжурия": "the writer's Манчжурия for Маньчжурия",
    "Years of Russian-Chinese cooperation in the field of physical culture and sports": UNLISTED,
    "Years of Russian-Chinese Cooperation in Physical Fitness and Sports": UNLISTED,
    "Years of Russian-Chinese Cooperation in Physical Fitness and Sport": UNLISTED,
    "Year of Sports Exchange between China and Russia": UNLISTED, "China-Russia Sports Exchange Year": UNLISTED,
    "railway port of Manzhouli": "the English order of a listed variant (Manzhouli railway port)",
    ("中俄体育交流年", "2022-2023年 “中俄体育交流年”"): "the years outside the quoted name taken with it",
    ("满洲里市", "满洲里市口岸管理办公室"): "the city's port office read as the crossing (满洲里口岸 with 市)",
    # batch 10 (fresh entries), measured blind; wordings and abbreviations the entries do not list
    "Гендир Ростеха": "гендир, a newsroom's clipping of гендиректор", "Rostec chief executive": UNLISTED,
    "Харбинская международная ярмарка": "the fair's name without торгово-экономическая",
    "Китайская харбинская международная торгово-экономическая ярмарка": "Китайская before the Russian name",
    "哈尔滨洽谈会": UNLISTED,
    "Российско-китайской комиссии по сотрудничеству в области предупреждения и ликвидации ЧС": "ЧС for "
    "чрезвычайных ситуаций",
    ("МЧС", "МЧС"): "МЧС alone, which the entry lists only with its country (МЧС России, МЧС РФ): another country "
    "has one too",
    "Миграционное управление КНР": UNLISTED, "Государственного иммиграционного управления КНР": UNLISTED,
    "Государственное управление по делам миграции": "Китайское before the name for the entry's КНР after it",
    "Хэйлунцзянской пилотной зоны свободной торговли Китая": "a variant with the country after it, which only "
    "posts and bodies take",
    "State Councilor of the People's Republic of China": "the country after a post whose English forms name none",
    "Tourism Cooperation Branch Committee of China-Russia Humanities Committee": UNLISTED,
    "China-Russia Tourism Cooperation Branch Committee": UNLISTED,
    "Ministry for Emergency Situations of the People's Republic of China": UNLISTED,
    "Russian-Chinese commission for the preparation of regular meetings of the heads of government": (
        "an article inserted (the heads)"),
    "HLJFTZ": "letters that are not the name's initials, defined in another sentence",
    "Heilongjiang Free Trade Zone": "the name without its Pilot", "中国紧急情况部": UNLISTED,
    "会晤委员会": "an abbreviation the entry does not list (会晤委员会 is also any meeting's committee)",
    ("帕特鲁舍夫", "帕特鲁舍夫完全赞同"): "the surname alone, also Nikolai Patrushev's short form; the sentence before "
    "names Dmitry by initials",
    # batch 11 (fresh entries), measured blind; wordings and abbreviations the entries do not list
    "ЕАО": "the seed's Jewish Autonomous Oblast lists no abbreviation", "Asian Investment Infrastructure Bank": (
        "the writer's order of the words"),
    "Амурского газохимического комбината": "комбинат for комплекс", "阿穆尔天然气化工项目": UNLISTED,
    "阿穆爾天然氣化學廠": UNLISTED, "戈爾德施坦因": "坦 for the entry's 泰: another transcription of the name",
    "同江大桥": UNLISTED, "哈巴邊疆區": "an abbreviation the entry does not list (哈巴 for 哈巴罗夫斯克)",
    "俄远东发展部部长": "the ministry's short name (远东发展部) the entry does not list",
    "China’s Sinopec": "a country before a company whose short name names none",
    "chairwoman of North China's Inner Mongolia autonomous region": "the region's part of China inserted before it",
    # batch 12 (fresh entries), measured blind; wordings and abbreviations the entries do not list
    "полпреда президента России в Сибири": "в Сибири for the district's name",
    "полпредом главы государства в Сибирском федеральном округе": "главы государства for президента",
    "полпредом главы государства в СФО": "главы государства for президента",
    ("РКЭБФ", "РКЭБФ проводится"): "an abbreviation the entry does not list, defined in another sentence",
    "«Валдая»": "the club's bare name, which the entry lists only with клуб (Valdai is also a lake and a town)",
    "Valdai": "the club's bare name (Valdai is also a lake and a town)", "瓦尔代": "the club's bare name",
    "瓦尔代辩论俱乐部": UNLISTED, "俄罗斯会展基金会": UNLISTED, "俄罗斯工业企业家联盟": UNLISTED,
    "普丁总统": "普丁 with 总统, a combination the entry lists only with 普京",
    "邵欣": "邵 for the entry's 绍: another transcription of the name", "俄中友谊和平发展委员会": UNLISTED,
    # batch 13 (fresh entries), measured blind; wordings, abbreviations and transcriptions the entries do not list
    "представителя КНР по евразийским делам": UNLISTED, "Специальный представитель КНР по делам Евразии": UNLISTED,
    "спецпредставителя по делам Евразии": UNLISTED, "special representative for Eurasian affairs": UNLISTED,
    "欧亚事务特别代表": "the post without 中国政府", "歐亞事務特別代表": "the post without 中国政府",
    "ГАБТ": "an abbreviation the entry does not list", "управляющего НБК": "управляющий, which the entry lists only "
    "with the bank's full name (its lemma is the verb управлять)", "人行行長": "人行 for 人民银行: an abbreviation",
    ("Pan Gongsheng", "Пань Гуншэн (Pan"): "the English name in Russian text", "Пан Гуншен": (
        "Пан Гуншен for Пань Гуншэн: another transcription of the name"),
    "埃尔韦拉·纳比乌琳娜": "another transcription of the name (琳 for 林, 韦拉 for 薇拉)",
    "纳比乌琳娜": "琳 for the entry's 林: another transcription of the name",
    "瓦萊里·捷杰耶夫": "瓦萊里 for 瓦列里: another transcription of the given name",
    "China’s central bank governor": UNLISTED, "Russia’s Central Bank governor": UNLISTED,
    "head of the Central Bank": UNLISTED,
    # batch 14 (fresh entries), measured blind; wordings, abbreviations and transcriptions the entries do not list
    "замглавы МИД РФ": UNLISTED, "Минздрава": "Минздрав alone, which the entry lists only with its country "
    "(Минздрав России, Минздрав РФ): another country has one too",
    "Heixiazi": "the island's Chinese name alone, one word without Island (any place may be called so)",
    "secretary of the Communist Party of China (CPC) Committee of Inner Mongolia Autonomous Region": UNLISTED,
    "Communist Party of China chief of the Inner Mongolia Autonomous Region": UNLISTED,
    "Inner Mongolian Autonomous Region": "the region's adjective for its name", "Russia energy week": (
        "Russia for Russian, in small letters"),
    "俄白联盟国": "联盟国 for 联盟国家", "俄罗斯航空": "the company's name without 公司",
    "大乌苏里岛": "the island's Russian name transcribed", "内蒙古书记": UNLISTED,
}


# Batches of fresh entries, of kinds the matching was never tuned on (the owner's own glossary will be like them):
# every mention of theirs is a case above, and each is held to its own recall and precision (ru, en, zh) after its
# fixes; the whole-corpus thresholds hold for the batches the matching was fixed on over eight rounds.
FRESH_ENTRY_BATCHES: dict[int, dict[str, tuple[float, float]]] = {
    9: {"ru": (0.94, 0.97), "en": (0.87, 0.93), "zh": (0.93, 0.96)},
    10: {"ru": (0.90, 0.96), "en": (0.89, 0.94), "zh": (0.96, 0.94)},
    11: {"ru": (0.95, 0.98), "en": (0.97, 0.97), "zh": (0.91, 0.95)},
    12: {"ru": (0.93, 0.98), "en": (0.94, 0.94), "zh": (0.79, 0.91)},
    13: {"ru": (0.88, 0.98), "en": (0.91, 0.95), "zh": (0.82, 0.94)},
    14: {"ru": (0.97, 0.99), "en": (0.92, 0.96), "zh": (0.92, 0.91)},
    15: {"ru": (1.00, 1.00), "en": (1.00, 1.00), "zh": (1.00, 1.00)},
}


def _expected_miss(span: str, text: str) -> str | None:
    """Why a judged mention is a known miss: by its text, or by its text and words of its sentence."""
    if span in EXPECTED_MISSES:
        return EXPECTED_MISSES[span]
    return next((why for key, why in EXPECTED_MISSES.items() if isinstance(key, tuple) and key[0] == span
                 and key[1] in text), None)


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return corpus_matcher()


def _cases() -> list[pytest.param]:
    cases = []
    for number, sentence in enumerate(sentences()):
        for mention in judged_mentions(number, sentence):
            span = sentence["text"][mention.start:mention.end]
            why = _expected_miss(span, sentence["text"])
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            cases.append(pytest.param(mention, sentence["text"], id=f"{mention.lang}-{number}-{span}", marks=marks))
    return cases


def test_the_corpus_is_real_sourced_and_beyond_the_seed() -> None:
    entries = user_entries()
    seed_names = {form.casefold() for entry in read_glossary_csv(SEED).entries for lang in ("zh", "en", "ru")
                  for form, _ in entry.surface_forms(lang)}
    assert len(entries) >= 30
    assert not [e.forms["en"] for e in entries if e.forms["en"].casefold() in seed_names]
    assert {e.category for e in entries} >= {"person", "title", "organization", "place", "initiative"}
    named = {e.forms["en"] for e in entries}
    seed_named = {entry.forms["en"] for entry in read_glossary_csv(SEED).entries}
    assert seed_judged() and seed_judged() <= seed_named  # batch 3 judges seed entries too, by their approved name
    rows = sentences()
    assert {s["lang"] for s in rows} == {"zh", "en", "ru"}
    assert {s["batch"] for s in rows} == set(BATCHES)
    for number, sentence in enumerate(rows):
        assert sentence["source"]["url"].startswith("http") and sentence["source"]["publisher"]
        judged = named | seed_named if sentence["batch"] >= SEED_JUDGED_FROM else named
        assert {span["entry"] for span in sentence["spans"]} <= judged, number
        judged_mentions(number, sentence)  # every judged span is in its sentence


@pytest.mark.parametrize(("mention", "text"), _cases())
def test_every_judged_mention_is_recognised_with_its_exact_span(matcher: GlossaryMatcher, mention: Mention,
                                                                 text: str) -> None:
    hits = [(h.start, h.end, h.entry.forms.get("en")) for h in matcher.find(text, mention.lang)]
    assert (mention.start, mention.end, mention.entry) in hits, hits


def test_precision_and_recall_over_the_whole_corpus(matcher: GlossaryMatcher) -> None:
    scores = score(matcher, batches=[b for b in BATCHES if b not in FRESH_ENTRY_BATCHES])
    report = {lang: ([s[0].entry for s in sc.missed], [(t[m.start:m.end], m.entry) for m, t in sc.false])
              for lang, sc in scores.items()}
    assert all(sc.recall >= 0.93 for sc in scores.values()), report
    assert all(sc.precision >= 0.97 for sc in scores.values()), report
    expected = [text[m.start:m.end] for number, sentence in enumerate(sentences())
                if (text := sentence["text"]) and sentence["batch"] not in FRESH_ENTRY_BATCHES
                for m in judged_mentions(number, sentence) if _expected_miss(text[m.start:m.end], text)]
    assert sum(len(sc.missed) for sc in scores.values()) == len(expected), report


@pytest.mark.parametrize("batch", sorted(FRESH_ENTRY_BATCHES))
def test_a_batch_of_fresh_entries_keeps_its_recall_and_precision(matcher: GlossaryMatcher, batch: int) -> None:
    # On the entries there were when the batch was collected, as its bar was measured: a later batch's entries
    # named in its sentences are held to that batch's bar and the whole corpus's count of misses.
    scores = score(matcher, batches=(batch,), as_collected=True)
    report = {lang: ([s[0].entry for s in sc.missed], [(t[m.start:m.end], m.entry) for m, t in sc.false])
              for lang, sc in scores.items()}
    for lang, (recall, precision) in FRESH_ENTRY_BATCHES[batch].items():
        assert scores[lang].recall >= recall and scores[lang].precision >= precision, (lang, report[lang])
