"""The ways real releases write a glossary name that a form does not spell out, each on entries of its own: a body
named with another name of its country, a Russian name in quotes, a surname the dictionary does not know, initials
and patronymics, line breaks and no-break spaces, the shapes of the Chinese middle dot, ё for е and dash variants."""

from __future__ import annotations

import pytest
from term_recall_corpus import SEED as SEED_CSV

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.domain.glossary.russian import inflect_phrase
from desktop_app.formats.glossary_csv import read_glossary_csv

KAZAKHSTAN = TermEntry(1, "country", {"zh": "哈萨克斯坦共和国", "en": "Republic of Kazakhstan",
                                      "ru": "Республика Казахстан"},
                       variants={"en": ("Kazakhstan",), "ru": ("Казахстан", "РК")})
MINISTRY = TermEntry(2, "organization", {"en": "Ministry of Trade and Integration of the Republic of Kazakhstan",
                                         "ru": "Министерство торговли и интеграции Республики Казахстан"},
                     forbidden={"en": ("Trade Ministry of the Republic of Kazakhstan",)})
RESIDENCE = TermEntry(3, "place", {"en": "Bocharov Ruchei", "ru": "Бочаров Ручей"})
PUCHKOV = TermEntry(4, "person", {"ru": "Владимир Пучков"}, short_forms={"ru": ("Пучков",)})
PATRUSHEV = TermEntry(5, "person", {"zh": "尼古拉·帕特鲁舍夫", "en": "Nikolai Patrushev", "ru": "Николай Патрушев"})
COMMISSION = TermEntry(6, "organization", {"zh": "欧亚经济委员会", "en": "Eurasian Economic Commission",
                                           "ru": "Евразийская экономическая комиссия"})
PIPELINE = TermEntry(7, "initiative", {"zh": "“西伯利亚力量-2”", "ru": "«Сила Сибири — 2»"})
LIKHACHEV = TermEntry(8, "person", {"ru": "Алексей Лихачёв"})
SUMMIT = TermEntry(9, "event", {"zh": "G20峰会"})


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return GlossaryMatcher([KAZAKHSTAN, MINISTRY, RESIDENCE, PUCHKOV, PATRUSHEV, COMMISSION, PIPELINE, LIKHACHEV,
                            SUMMIT])


def found(matcher: GlossaryMatcher, text: str, lang: str) -> list[tuple[str, int, str]]:
    return [(h.text, h.entry.id, h.kind.value) for h in matcher.find(text, lang)]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Делегацию министерства торговли и интеграции РК возглавил вице-министр.", "ru",
     "министерства торговли и интеграции РК"),
    ("Соглашение подписано с Министерством торговли и интеграции Казахстана.", "ru",
     "Министерством торговли и интеграции Казахстана"),
    ("the Ministry of Trade and Integration of Kazakhstan said on Monday", "en",
     "Ministry of Trade and Integration of Kazakhstan"),
])
def test_a_body_is_found_under_another_name_of_its_country(matcher: GlossaryMatcher, text: str, lang: str,
                                                           span: str) -> None:
    assert found(matcher, text, lang) == [(span, MINISTRY.id, "variant")]


def test_the_approved_name_still_reports_approved_and_the_country_alone_stays_the_country(
        matcher: GlossaryMatcher) -> None:
    assert found(matcher, "Министерство торговли и интеграции Республики Казахстан и РК", "ru") == [
        ("Министерство торговли и интеграции Республики Казахстан", MINISTRY.id, "approved"),
        ("РК", KAZAKHSTAN.id, "variant")]


def test_a_forbidden_form_is_not_widened_to_the_country_s_other_names(matcher: GlossaryMatcher) -> None:
    assert found(matcher, "the Trade Ministry of the Republic of Kazakhstan", "en")[0][2] == "forbidden"
    assert [hit[1] for hit in found(matcher, "the Trade Ministry of Kazakhstan", "en")] == [KAZAKHSTAN.id]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("переговоры в резиденции «Бочаров Ручей» в Сочи", "ru", "«Бочаров Ручей»"),
    ('переговоры в резиденции "Бочаров Ручей" в Сочи', "ru", '"Бочаров Ручей"'),
    ("переговоры в резиденции Бочаров Ручей в Сочи", "ru", "Бочаров Ручей"),
    ("переговоры в «Бочаров Ручей, а затем в Кремле", "ru", "Бочаров Ручей"),  # no closing quote
    ("talks at the “Bocharov Ruchei” residence", "en", "Bocharov Ruchei"),  # the writer's quotes, not the name's
])
def test_a_russian_name_in_quotes_is_highlighted_with_them(matcher: GlossaryMatcher, text: str, lang: str,
                                                           span: str) -> None:
    assert found(matcher, text, lang) == [(span, RESIDENCE.id, "approved")]


def test_a_surname_the_dictionary_reads_as_another_word_is_found_in_every_case(matcher: GlossaryMatcher) -> None:
    """«Пучковым» is the adjective пучковый to the dictionary; as a surname it is the instrumental of Пучков."""
    for case in ("gent", "datv", "accs", "ablt", "loct"):
        text = f"Встреча с {inflect_phrase('Владимир Пучков', case)} прошла в Москве."
        assert [(hit[1], hit[2]) for hit in found(matcher, text, "ru")] == [(PUCHKOV.id, "approved")], text
    assert found(matcher, "по словам Пучковым", "ru") == [("Пучковым", PUCHKOV.id, "short")]


def test_unknown_surnames_in_ov_decline_as_russian_surnames_and_chinese_names_as_foreign_names() -> None:
    assert inflect_phrase("Владимир Пучков", "ablt") == "Владимиром Пучковым"
    assert inflect_phrase("Председатель КНР Си Цзиньпин", "ablt") == "Председателем КНР Си Цзиньпином"


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Секретарь Совбеза Н.П.Патрушев провёл совещание.", "ru", "Н.П.Патрушев"),
    ("Совещание провёл Патрушев Н.П. в Москве.", "ru", "Патрушев Н.П."),
    ("Совещание провёл Н. П. Патрушев в Москве.", "ru", "Н. П. Патрушев"),
    ("Встреча с Н.Патрушевым прошла в Москве.", "ru", "Н.Патрушевым"),
    ("Николай Платонович Патрушев провёл совещание.", "ru", "Николай Платонович Патрушев"),
    ("Встреча с Николаем Платоновичем Патрушевым прошла в Москве.", "ru", "Николаем Платоновичем Патрушевым"),
    ("N. Patrushev met the delegation.", "en", "N. Patrushev"),
    ("The delegation met Patrushev N. in Moscow.", "en", "Patrushev N."),
])
def test_a_person_is_found_by_initials_and_with_a_patronymic(matcher: GlossaryMatcher, text: str, lang: str,
                                                            span: str) -> None:
    (hit,) = matcher.find(text, lang)
    assert (hit.text, hit.entry.id) == (span, PATRUSHEV.id)
    assert hit.form == PATRUSHEV.forms[lang]


@pytest.mark.parametrize(("text", "lang"), [
    ("Совещание провёл А.Патрушев в Москве.", "ru"),  # another given name's initial
    ("Подпись: Н.П. и дата.", "ru"),
    ("A. Patrushev met the delegation.", "en"),
])
def test_initials_of_another_name_or_alone_are_no_hit(matcher: GlossaryMatcher, text: str, lang: str) -> None:
    assert matcher.find(text, lang) == []


def test_initials_in_a_real_embassy_interview_find_the_seed_entry() -> None:
    """ru.china-embassy.gov.cn, 2021-10-08: the Kremlin's and the embassy's style of naming the President."""
    seed = GlossaryMatcher(read_glossary_csv(SEED_CSV).entries)
    text = ("Председателя Си Цзиньпина и Президента В.В.Путина связывают искренняя дружба и близкие отношения.")
    assert ("В.В.Путина", "Vladimir Putin") in [(h.text, h.entry.forms["en"]) for h in seed.find(text, "ru")]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("решение Евразийской\u00a0экономической\nкомиссии", "ru", "Евразийской\u00a0экономической\nкомиссии"),
    ("a decision of the Eurasian\u00a0Economic\nCommission’s board", "en", "Eurasian\u00a0Economic\nCommission’s"),
    ("the EURASIAN ECONOMIC COMMISSION", "en", "EURASIAN ECONOMIC COMMISSION"),
    ("欧亚经济\n委员会决定", "zh", "欧亚经济\n委员会"),
    ("歐亞經濟委員會決定", "zh", "歐亞經濟委員會"),
])
def test_line_breaks_no_break_spaces_case_possessives_and_traditional_characters(
        matcher: GlossaryMatcher, text: str, lang: str, span: str) -> None:
    assert found(matcher, text, lang) == [(span, COMMISSION.id, "approved")]


@pytest.mark.parametrize("dot", ["·", "・", "‧", "•", "∙", "･"])
def test_every_shape_of_the_chinese_middle_dot(matcher: GlossaryMatcher, dot: str) -> None:
    text = f"会见尼古拉{dot}帕特鲁舍夫。"
    assert found(matcher, text, "zh") == [(f"尼古拉{dot}帕特鲁舍夫", PATRUSHEV.id, "approved")]


@pytest.mark.parametrize(("text", "lang", "span", "entry"), [
    ("строительство «Силы Сибири-2» начнётся", "ru", "«Силы Сибири-2»", PIPELINE),
    ("по «Силе Сибири – 2» пойдёт газ", "ru", "«Силе Сибири – 2»", PIPELINE),
    ("по «Силе Сибири\u20112» пойдёт газ", "ru", "«Силе Сибири\u20112»", PIPELINE),
    ("“西伯利亚力量—2”管道", "zh", "“西伯利亚力量—2”", PIPELINE),
    ("встреча с Алексеем Лихачевым", "ru", "Алексеем Лихачевым", LIKHACHEV),
    ("出席Ｇ２０峰会", "zh", "Ｇ２０峰会", SUMMIT),
])
def test_dash_e_and_full_width_variants(matcher: GlossaryMatcher, text: str, lang: str, span: str,
                                        entry: TermEntry) -> None:
    assert found(matcher, text, lang) == [(span, entry.id, "approved")]


def test_other_names_stop_at_a_budget_in_a_glossary_of_many_bodies(monkeypatch: pytest.MonkeyPatch,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    """Hundreds of bodies whose names all have a second name, each inside hundreds of longer forms: the keys made by
    swapping names stop at the budget (with a warning) instead of multiplying."""
    import desktop_app.domain.glossary.matcher as matcher_module

    monkeypatch.setattr(matcher_module, "NESTED_BUDGET_FLOOR", 50)
    bodies = [TermEntry(i, "organization", {"en": f"Agency{i}"}, variants={"en": (f"AG{i}",)}) for i in range(40)]
    pairs = [(a, b) for a in range(40) for b in range(a + 1, 40)]
    posts = [TermEntry(100 + i, "title", {"en": f"Head of Agency{a} and Agency{b}"}) for i, (a, b) in enumerate(pairs)]
    glossary = GlossaryMatcher([*bodies, *posts])
    glossary.prepare("en")
    assert "stop at" in caplog.text
    assert found(glossary, "the Head of Agency3 and Agency4 said", "en") == [
        ("Head of Agency3 and Agency4", 100 + pairs.index((3, 4)), "approved")]
    swapped = sum(any(h.entry.category == "title" for h in glossary.find(f"Head of AG{a} and AG{b}", "en"))
                  for a, b in pairs)
    assert 0 < swapped < len(pairs)


@pytest.mark.parametrize("phrase", [
    "Евразийская экономическая комиссия", "Евразийской экономической комиссии", "Евразийскую экономическую комиссию",
    "Евразийской экономической комиссией", "Евразийские экономические комиссии", "Евразийских экономических комиссий",
    "Евразийским экономическим комиссиям", "евразийскими экономическими комиссиями",
])
def test_every_case_and_the_plural_of_a_multiword_name_with_agreeing_adjectives(matcher: GlossaryMatcher,
                                                                                phrase: str) -> None:
    text = f"Решение: {phrase}, 2024 год."
    assert found(matcher, text, "ru") == [(phrase, COMMISSION.id, "approved")]


def test_romanised_spellings_of_a_russian_name_match_and_report_how_they_are_spelt() -> None:
    """TASS writes Andrey, the Kremlin Andrei; Slutsky, Slutskiy; Matviyenko, Matvienko — one glossary entry each."""
    glossary = GlossaryMatcher([
        TermEntry(1, "person", {"en": "Andrei Belousov"}, variants={"en": ("Andrey Belousov",)}),
        TermEntry(2, "person", {"en": "Leonid Slutsky"}),
        TermEntry(3, "person", {"en": "Yevgeny Primakov"}),
        TermEntry(4, "person", {"en": "Alexei Miller"})])
    assert [(h.text, h.kind.value, h.form) for h in glossary.find(
        "Andrei Belousov, Andrey Belousov, Leonid Slutskiy, Evgeny Primakov and Aleksey Miller's team", "en")] == [
        ("Andrei Belousov", "approved", "Andrei Belousov"), ("Andrey Belousov", "variant", "Andrey Belousov"),
        ("Leonid Slutskiy", "variant", "Leonid Slutsky"), ("Evgeny Primakov", "variant", "Yevgeny Primakov"),
        ("Aleksey Miller's", "variant", "Alexei Miller")]
    assert glossary.find("Andrew Belousov and Alexander Miller", "en") == []


@pytest.mark.parametrize(("text", "span"), [
    ("газ пойдёт по «Северному потоку» в Европу", "«Северному потоку»"),
    ("«Проекты, включая Северный поток» — подчеркнул министр.", "Северный поток"),  # the quotation's own »
    ("«Северный поток — это проект», — сказал он.", "Северный поток"),  # the quotation's own «
])
def test_a_name_quoted_at_both_ends_takes_its_quotes_only_as_a_pair(text: str, span: str) -> None:
    glossary = GlossaryMatcher([TermEntry(1, "initiative", {"ru": "«Северный поток»"})])
    assert [h.text for h in glossary.find(text, "ru")] == [span]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("the Sakhalin 2 project", "en", "Sakhalin 2"),
    ("the Sakhalin-2 project", "en", "Sakhalin-2"),
    ("the Sakhalin — 2 project", "en", "Sakhalin — 2"),
    ("проект «Сахалин 2»", "ru", "«Сахалин 2»"),
    ("проекта «Сахалин‑2»", "ru", "«Сахалин‑2»"),
])
def test_words_match_with_or_without_a_dash_between_them(text: str, lang: str, span: str) -> None:
    glossary = GlossaryMatcher([TermEntry(1, "initiative", {"en": "Sakhalin-2", "ru": "Сахалин-2"})])
    assert [h.text for h in glossary.find(text, lang)] == [span]
    assert glossary.find(text.replace(span, span.replace("2", ", 2").replace("-", "").replace("‑", "")), lang) == []


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("a visit to Saint Petersburg", "en", "approved"),
    ("a visit to Saint-Petersburg", "en", "forbidden"),
    ("визит в Санкт-Петербург", "ru", "approved"),
    ("визит в Санкт Петербург", "ru", "forbidden"),
    ("форум в Санкт Петербурге", "ru", "forbidden"),
])
def test_forms_that_differ_only_in_a_dash_keep_their_own_kinds(text: str, lang: str, kind: str) -> None:
    glossary = GlossaryMatcher([TermEntry(1, "place", {"en": "Saint Petersburg", "ru": "Санкт-Петербург"},
                                          forbidden={"en": ("Saint-Petersburg",), "ru": ("Санкт Петербург",)})])
    (hit,) = glossary.find(text, lang)
    assert hit.kind.value == kind


@pytest.mark.parametrize(("text", "span"), [
    ("Форум прошёл в Сямэне в сентябре.", "Сямэне"),
    ("Делегация прибыла из Хуньчуня.", "Хуньчуня"),
    ("Переговоры в Сиане завершились подписанием соглашений.", "Сиане"),
    ("Между Хуньчунем и Владивостоком открыт маршрут.", "Хуньчунем"),
])
def test_a_foreign_place_ending_in_a_soft_sign_is_found_in_its_case_forms(text: str, span: str) -> None:
    places = [TermEntry(21, "place", {"zh": "厦门", "ru": "Сямэнь"}),
              TermEntry(22, "place", {"zh": "珲春", "ru": "Хуньчунь"}),
              TermEntry(23, "place", {"zh": "西安", "ru": "Сиань"})]
    hits = [(h.text, h.kind.value) for h in GlossaryMatcher(places).find(text, "ru")]
    assert hits == [(span, "approved")]


def test_a_hard_stem_word_is_not_taken_for_a_soft_sign_name() -> None:
    """The soft reading is only added, never replaces: a word the dictionary knows keeps its own lemma only."""
    matcher = GlossaryMatcher([TermEntry(24, "place", {"ru": "Сямэнь"}), TermEntry(25, "place", {"ru": "Казань"})])
    assert [h.text for h in matcher.find("В сумме это немало, а в казне пусто.", "ru")] == []


VIETNAM_PARTY = TermEntry(31, "organization", {"en": "Communist Party of Vietnam",
                                               "ru": "Коммунистическая партия Вьетнама"},
                          variants={"en": ("CPV",), "ru": ("КПВ",)})
VIETNAM_CC = TermEntry(32, "organization", {"en": "CPV Central Committee", "ru": "ЦК КПВ"},
                       variants={"en": ("Central Committee of the CPV",), "ru": ("Центральный комитет КПВ",)})
SECRETARIAT_MEMBER = TermEntry(33, "title", {"en": "Member of the Secretariat of the CPV Central Committee",
                                             "ru": "член Секретариата ЦК КПВ"})


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Делегацию принял член Секретариата ЦК КПВ.", "ru", "член Секретариата ЦК КПВ"),
    ("Премьер встретился с членом Секретариата ЦК Коммунистической партии Вьетнама.", "ru",
     "членом Секретариата ЦК Коммунистической партии Вьетнама"),
    ("Речь шла о визите члена Секретариата Центрального комитета Коммунистической партии Вьетнама.", "ru",
     "члена Секретариата Центрального комитета Коммунистической партии Вьетнама"),
    ("He met a member of the Secretariat of the Central Committee of the Communist Party of Vietnam.", "en",
     "member of the Secretariat of the Central Committee of the Communist Party of Vietnam"),
    ("He met a member of the Secretariat of the Communist Party of Vietnam Central Committee.", "en",
     "member of the Secretariat of the Communist Party of Vietnam Central Committee"),
])
def test_a_name_within_a_name_within_a_post_is_found_under_each_of_its_names(text: str, lang: str,
                                                                          span: str) -> None:
    """A post holds a body's name, and the body's name holds the party's: the party spelt out inside the body's
    abbreviation (ЦК Коммунистической партии Вьетнама) is still the post, two levels down."""
    glossary = GlossaryMatcher([VIETNAM_PARTY, VIETNAM_CC, SECRETARIAT_MEMBER])
    hits = [(h.text, h.entry.id) for h in glossary.find(text, lang)]
    assert hits == [(span, SECRETARIAT_MEMBER.id)]
    assert [h.kind.value for h in glossary.find(text, lang)] == (
        ["approved"] if span == "член Секретариата ЦК КПВ" else ["variant"])


def test_a_body_named_through_another_body_is_found_with_the_country_spelt_any_way() -> None:
    """A commission of two parliaments: the Federal Assembly's own names hold the country's (РФ, России)."""
    russia = TermEntry(41, "country", {"ru": "Российская Федерация"}, variants={"ru": ("РФ", "Россия")})
    assembly = TermEntry(42, "organization", {"ru": "Федеральное Собрание Российской Федерации"},
                         variants={"ru": ("Федеральное Собрание РФ",)})
    commission = TermEntry(43, "organization", {
        "ru": "Комиссия по сотрудничеству между Федеральным Собранием Российской Федерации и Меджлисом Туркменистана"})
    glossary = GlossaryMatcher([russia, assembly, commission])
    text = "заседание Комиссии по сотрудничеству между Федеральным Собранием России и Меджлисом Туркменистана"
    assert [(h.text, h.entry.id) for h in glossary.find(text, "ru")] == [(text.removeprefix("заседание "), 43)]


AMUR = TermEntry(51, "place", {"en": "Amur Oblast", "ru": "Амурская область"}, variants={"en": ("Amur Region",)})
JILIN = TermEntry(52, "place", {"en": "Jilin Province", "ru": "провинция Цзилинь"}, variants={"en": ("Jilin",)})
AMUR_GOVERNOR = TermEntry(53, "title", {"en": "Governor of Amur Oblast", "ru": "губернатор Амурской области"})
COMMERCE = TermEntry(54, "organization", {"en": "Ministry of Commerce"},
                     forbidden={"en": ("Ministry of Trade",)})


@pytest.mark.parametrize(("text", "span", "entry", "kind"), [
    ("He met the Amur Oblast Governor in Blagoveshchensk.", "Amur Oblast Governor", 53, "variant"),
    ("He met the Amur Region Governor in Blagoveshchensk.", "Amur Region Governor", 53, "variant"),
    ("He met the Governor of the Amur Region in Blagoveshchensk.", "Governor of the Amur Region", 53, "variant"),
    ("He met the Governor of Amur Oblast in Blagoveshchensk.", "Governor of Amur Oblast", 53, "approved"),
    ("Delegates from the province of Jilin arrived.", "province of Jilin", 52, "variant"),
    ("Delegates from Jilin Province arrived.", "Jilin Province", 52, "approved"),
    ("China's Commerce Ministry said on Tuesday.", "Commerce Ministry", 54, "variant"),
    ("Exports from the Amur Territory grew.", "Amur Territory", 51, "variant"),
])
def test_english_writes_a_post_a_body_or_a_place_in_its_other_word_order(text: str, span: str, entry: int,
                                                                         kind: str) -> None:
    """"Governor of X" is also "X Governor", "X Province" also "province of X", and the type of a Russian region is
    Krai, Territory, Region or Oblast as the writer pleases (Primorsky Krai, the Primorye Territory)."""
    glossary = GlossaryMatcher([AMUR, JILIN, AMUR_GOVERNOR, COMMERCE])
    assert [(h.text, h.entry.id, h.kind.value) for h in glossary.find(text, "en")] == [(span, entry, kind)]


def test_a_reordered_form_is_no_hit_for_a_description_or_a_forbidden_form() -> None:
    glossary = GlossaryMatcher([AMUR, JILIN, AMUR_GOVERNOR, COMMERCE])
    assert glossary.find("the Trade Ministry of Vietnam", "en") == []  # the forbidden form keeps its one order
    assert [h.kind.value for h in glossary.find("the Ministry of Trade", "en")] == ["forbidden"]
    assert [h.text for h in glossary.find("Governor Jilin met Oblast officials", "en")] == ["Jilin"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Грузы пойдут по коридору «Приморье-2» через Зарубино.", "ru"),
    ("Ports served by the Primorye-2 corridor", "en"),
    ("Ports served by the «Primorye — 2» corridor", "en"),
])
def test_a_place_with_a_number_after_a_dash_is_another_name(text: str, lang: str) -> None:
    """Primorye-2 is a corridor, not the region; «Сила Сибири — 2» is a sequel of «Сила Сибири», and still names
    it (the checks and MT keep the pipeline's name); a date after a dash is no number of a name."""
    glossary = GlossaryMatcher([TermEntry(61, "place", {"en": "Primorsky Krai", "ru": "Приморский край"},
                                          variants={"en": ("Primorye",), "ru": ("Приморье",)}),
                                TermEntry(62, "initiative", {"ru": "газопровод «Сила Сибири»"},
                                          variants={"ru": ("«Сила Сибири»",)})])
    assert glossary.find(text, lang) == []
    assert [h.text for h in glossary.find("переговоры о проекте «Сила Сибири — 2» продолжаются", "ru")] == [
        "Сила Сибири"]
    assert [h.text for h in glossary.find("Приморье, 2 сентября. «Сила Сибири» - 2023 год.", "ru")] == [
        "Приморье", "«Сила Сибири»"]
    assert [h.text for h in glossary.find("ВЭФ проходит в Приморье – 5 сентября", "ru")] == ["Приморье"]


@pytest.mark.parametrize(("name", "gent", "ablt"), [
    ("Ван Хунин", "Ван Хунина", "Ван Хунином"),  # not Хуниным: the dictionary's Russian surname Хунин
    ("Юй Цзянь", "Юй Цзяня", "Юй Цзянем"),
    ("Чен Вэньцин", "Чен Вэньцина", "Чен Вэньцином"),  # the family name is no place called Чен
    ("Ма Чжаосюй", "Ма Чжаосюя", "Ма Чжаосюем"),
    ("Чжао Лэцзи", "Чжао Лэцзи", "Чжао Лэцзи"),
    ("Иван Ван", "Ивана Вана", "Иваном Ваном"),  # a Russian given name: the name is Russian
    ("Анна Ли", "Анны Ли", "Анной Ли"),
])
def test_a_chinese_name_declines_its_given_name_only(name: str, gent: str, ablt: str) -> None:
    """Russian declines only the given name of a Chinese name, and as a foreign word (с Ван Хунином), whatever
    Russian word or surname the dictionary reads in its parts; MT output and fixes put names in case this way."""
    assert (inflect_phrase(name, "gent"), inflect_phrase(name, "ablt")) == (gent, ablt)


TOKAYEV = TermEntry(71, "person", {"en": "Kassym-Jomart Tokayev", "ru": "Касым-Жомарт Токаев"},
                    short_forms={"en": ("Tokayev",), "ru": ("Токаев",)})
PRESIDENT_TOKAYEV = TermEntry(72, "title", {"en": "President Kassym-Jomart Tokayev",
                                            "ru": "Президент Казахстана Касым-Жомарт Токаев"})
LI_A = TermEntry(73, "person", {"en": "Li Qiang"}, short_forms={"en": ("Li",)})
LI_B = TermEntry(74, "person", {"en": "Li Keqiang"}, short_forms={"en": ("Li",)})
PREMIER_LI = TermEntry(75, "title", {"en": "Premier Li Qiang"})


@pytest.mark.parametrize(("text", "lang", "span", "entry"), [
    ("President Tokayev arrived in Beijing.", "en", "President Tokayev", 72),
    ("President Tokayev's visit ended.", "en", "President Tokayev's", 72),
    ("Переговоры с Президентом Казахстана Токаевым прошли в Пекине.", "ru", "Президентом Казахстана Токаевым", 72),
    ("President Kassym-Jomart Tokayev arrived.", "en", "President Kassym-Jomart Tokayev", 72),
    ("Tokayev arrived.", "en", "Tokayev", 71),
    ("Premier Li arrived.", "en", "Li", 73),  # "Li" is two people's: no post of either
])
def test_a_post_is_found_with_its_holders_own_surname(text: str, lang: str, span: str, entry: int) -> None:
    """"President Xi" for "President Xi Jinping": a post written with the surname of the person it names, when
    that surname is the short form of this person alone."""
    glossary = GlossaryMatcher([TOKAYEV, PRESIDENT_TOKAYEV, LI_A, LI_B, PREMIER_LI])
    assert [(h.text, h.entry.id) for h in glossary.find(text, lang)] == [(span, entry)]


@pytest.mark.parametrize("text", ["the Belt & Road Initiative", "the Belt and Road Initiative",
                                  "the Belt＆Road Initiative"])
def test_an_ampersand_is_and(text: str) -> None:
    glossary = GlossaryMatcher([TermEntry(81, "initiative", {"en": "Belt and Road Initiative"})])
    assert [h.text for h in glossary.find(text, "en")] == [text.removeprefix("the ")]


def test_a_shared_surname_names_the_person_the_text_named_in_full() -> None:
    """"Chen" is the short form of two people: after "Chen Wenqing" in the same paragraph it is him, before any full
    mention the first entry with the other in `also`, as the checks expect."""
    jining = TermEntry(91, "person", {"en": "Chen Jining", "ru": "Чэнь Цзинин"}, short_forms={"en": ("Chen",)})
    wenqing = TermEntry(92, "person", {"en": "Chen Wenqing", "ru": "Чэнь Вэньцин"}, short_forms={"en": ("Chen",)})
    glossary = GlossaryMatcher([jining, wenqing])
    text = "Chen said the talks went well. Chen Wenqing met Igor Krasnov, and Chen said they agreed. Chen Jining too."
    hits = [(h.text, h.entry.id, tuple(e.id for e in h.also)) for h in glossary.find(text, "en")]
    assert hits == [("Chen", 91, (92,)), ("Chen Wenqing", 92, ()), ("Chen", 92, (91,)), ("Chen Jining", 91, ())]


@pytest.mark.parametrize(("text", "span"), [
    ("Список: Кожемяко Олег Николаевич – губернатор края.", "Кожемяко Олег Николаевич"),
    ("Награду вручили Кожемяко Олегу Николаевичу.", "Кожемяко Олегу Николаевичу"),
    ("Список: Кожемяко Олег – губернатор края.", "Кожемяко Олег"),
])
def test_a_russian_name_is_found_surname_first_as_lists_write_it(text: str, span: str) -> None:
    glossary = GlossaryMatcher([TermEntry(101, "person", {"ru": "Олег Кожемяко"}, short_forms={"ru": ("Кожемяко",)}),
                                TermEntry(102, "person", {"ru": "Ли Цян"})])
    assert [(h.text, h.kind.value) for h in glossary.find(text, "ru")] == [(span, "variant")]
    assert glossary.find("Цян Ли", "ru") == []  # a Chinese name has its family name first already


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("участников экономического коридора «Китай — Монголия — Россия» в регионе", "ru",
     "экономического коридора «Китай — Монголия — Россия»"),
    ('the "China-Mongolia-Russia" corridor', "en", "China-Mongolia-Russia"),
    ("the People's Republic' stand", "en", "People's Republic"),
])
def test_a_hit_that_opens_a_quotation_takes_its_closing_quote(text: str, lang: str, span: str) -> None:
    """A name ending where a quotation it opened closes takes the closing quote, never a quote it did not open."""
    glossary = GlossaryMatcher([
        TermEntry(111, "initiative", {"ru": "экономический коридор Китай — Монголия — Россия",
                                      "en": "China-Mongolia-Russia"}),
        TermEntry(112, "country", {"en": "People's Republic"})])
    assert [h.text for h in glossary.find(text, lang)] == [span]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("代表团会见了哈萨克斯坦贸易和一体化部官员。", "哈萨克斯坦贸易和一体化部", 2),
    ("代表團會見了哈薩克斯坦貿易和一體化部官員。", "哈薩克斯坦貿易和一體化部", 2),
    ("哈萨克斯坦政府副总理出席。", "哈萨克斯坦政府副总理", 123),  # through the government's own name
    ("哈国政府副总理出席。", "哈国政府副总理", 123),
    ("哈萨克斯坦共和国政府副总理出席。", "哈萨克斯坦共和国政府副总理", 123),
])
def test_a_chinese_body_or_post_is_found_under_another_name_of_its_country(text: str, span: str,
                                                                          entry: int) -> None:
    government = TermEntry(122, "organization", {"zh": "哈萨克斯坦共和国政府"}, variants={"zh": ("哈国政府",)})
    deputy = TermEntry(123, "title", {"zh": "哈萨克斯坦共和国政府副总理"},
                       forbidden={"zh": ("哈萨克斯坦共和国政府副首相",)})
    ministry = TermEntry(2, "organization", {"zh": "哈萨克斯坦共和国贸易和一体化部"})
    country = TermEntry(121, "country", {"zh": "哈萨克斯坦共和国"}, variants={"zh": ("哈萨克斯坦",)})
    glossary = GlossaryMatcher([country, ministry, government, deputy])
    assert [(h.text, h.entry.id) for h in glossary.find(text, "zh")] == [(span, entry)]
    assert [h.kind.value for h in glossary.find("哈萨克斯坦政府副首相", "zh")] == ["variant"]  # the government only


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("He met the Minister of Natural Resources and Ecology.", "en", "Minister of Natural Resources and Ecology"),
    ("He met the Minister for Natural Resources and Ecology.", "en", "Minister for Natural Resources and Ecology"),
    ("Встреча с министром природных ресурсов и экологии прошла в Москве.", "ru",
     "министром природных ресурсов и экологии"),
    ("Встреча с министром по природным ресурсам и экологии прошла в Москве.", "ru",
     "министром по природным ресурсам и экологии"),
])
def test_a_post_is_found_with_for_or_of_and_with_or_without_po(text: str, lang: str, span: str) -> None:
    """English writes a post "Minister for …" or "Minister of …", Russian «министр по природным ресурсам» or
    «министр природных ресурсов»: the same post either way."""
    glossary = GlossaryMatcher([TermEntry(131, "title", {"en": "Minister for Natural Resources and Ecology",
                                                         "ru": "министр по природным ресурсам и экологии"})])
    assert [h.text for h in glossary.find(text, lang)] == [span]
    assert glossary.find("по природным ресурсам", "ru") == []  # «по» is only skipped inside a form


@pytest.mark.parametrize(("text", "span"), [
    ("Rossotrudnichestvo opened a centre in Harbin.", "Rossotrudnichestvo"),
    ("the Minvostokrazvitiya press service", "Minvostokrazvitiya"),
    ("Rosneft's chief executive", "Rosneft's"),
])
def test_a_one_word_russian_name_is_found_in_latin_letters(text: str, span: str) -> None:
    """English press writes a ministry's or company's one-word Russian name in Latin letters; it is that body."""
    glossary = GlossaryMatcher([
        TermEntry(141, "organization", {"en": "Federal Agency for the Commonwealth of Independent States Affairs",
                                        "ru": "Федеральное агентство по делам СНГ"},
                  variants={"ru": ("Россотрудничество",)}),
        TermEntry(142, "organization", {"en": "Ministry for the Development of the Russian Far East and Arctic",
                                        "ru": "Министерство по развитию Дальнего Востока и Арктики"},
                  variants={"ru": ("Минвостокразвития",)}),
        TermEntry(143, "organization", {"en": "Rosneft Oil Company", "ru": "«Роснефть»"}),
        TermEntry(144, "title", {"en": "Chairman", "ru": "Председатель"}),
    ])
    hits = glossary.find(text, "en")
    assert [(h.text, h.kind.value) for h in hits] == [(span, "variant")]
    assert glossary.find("Predsedatel", "en") == []  # a post's word is no name: only bodies and places


def test_alexander_and_aleksandr_are_one_name() -> None:
    glossary = GlossaryMatcher([TermEntry(151, "person", {"en": "Alexander Babakov"})])
    assert [h.text for h in glossary.find("Aleksandr Babakov and Alexandr Babakov", "en")] == [
        "Aleksandr Babakov", "Alexandr Babakov"]


def test_a_chinese_post_named_inside_a_post_takes_the_posts_other_names() -> None:
    """中國國家主席習近平: the post 国家主席习近平 holds the post 国家主席, which the glossary also writes
    中国国家主席."""
    president = TermEntry(161, "title", {"zh": "哈萨克斯坦共和国总统"}, variants={"zh": ("总统", "哈萨克斯坦总统")})
    tokayev = TermEntry(162, "title", {"zh": "总统托卡耶夫"})
    glossary = GlossaryMatcher([president, tokayev])
    for text in ("哈萨克斯坦总统托卡耶夫出席。", "哈薩克斯坦總統托卡耶夫出席。", "总统托卡耶夫出席。"):
        assert [(h.text, h.entry.id) for h in glossary.find(text, "zh")] == [(text.removesuffix("出席。"), 162)]


EDB = TermEntry(171, "organization", {"zh": "欧亚开发银行", "en": "Eurasian Development Bank",
                                      "ru": "Евразийский банк развития"},
                variants={"en": ("EDB",), "ru": ("ЕАБР",)})


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("欧亚开发银行(Eurasian Development Bank,简称EDB)发布报告。", "zh",
     ["欧亚开发银行", "Eurasian Development Bank", "EDB"]),
    ("该行(EDB)称,EDBX不是它。", "zh", ["EDB"]),
    ("Доклад ЕАБР (EDB) опубликован в Алма-Ате.", "ru", ["ЕАБР", "EDB"]),
])
def test_a_bodys_latin_name_and_abbreviation_are_found_in_chinese_and_russian_text(text: str, lang: str,
                                                                                  spans: list[str]) -> None:
    """Chinese and Russian news keep a body's English abbreviation, Chinese also its English name, in Latin
    letters; a Latin word that only begins with the abbreviation is not it."""
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([EDB]).find(text, lang)] == [(s, EDB.id) for s in spans]


def test_a_latin_name_is_not_taken_for_an_abbreviation_in_russian_text() -> None:
    """In Russian text only abbreviations in Latin capitals count: a full English name there is a quotation."""
    assert GlossaryMatcher([EDB]).find("Eurasian Development Bank", "ru") == []


COSCO = TermEntry(181, "organization", {"zh": "中国远洋海运集团有限公司", "en": "China COSCO Shipping Corporation"},
                  variants={"zh": ("中远海运",)})
COSCO_HEAD = TermEntry(182, "title", {"zh": "中国远洋海运集团有限公司董事长", "en": "Chairman of COSCO Shipping"})


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("中国远洋海运集团公司宣布新航线。", "中国远洋海运集团公司", COSCO.id),
    ("中國遠洋海運集團宣布新航線。", "中國遠洋海運集團", COSCO.id),
    ("中远海运集团宣布新航线。", "中远海运集团", COSCO.id),
    ("中国远洋海运集团董事长出席。", "中国远洋海运集团董事长", COSCO_HEAD.id),
])
def test_a_chinese_company_is_found_with_any_legal_ending(text: str, span: str, entry: int) -> None:
    """Writers give a company's name with 集团有限公司, 集团公司, 集团 or 公司, and its short name with one too; a post
    holding the name follows."""
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([COSCO, COSCO_HEAD]).find(text, "zh")] == [(span, entry)]


def test_a_body_that_is_no_company_keeps_its_ending() -> None:
    ministry = TermEntry(183, "organization", {"zh": "中华人民共和国交通运输部"}, variants={"zh": ("交通运输部",)})
    assert GlossaryMatcher([ministry]).find("交通运输公司", "zh") == []


RUSSIA = TermEntry(191, "country", {"zh": "俄罗斯联邦", "en": "Russian Federation"}, variants={"zh": ("俄罗斯",)})
CHINA = TermEntry(192, "country", {"zh": "中华人民共和国", "en": "People's Republic of China"},
                  variants={"zh": ("中国",)})
AMBASSADOR = TermEntry(193, "title", {"zh": "俄罗斯驻华大使", "en": "Ambassador of Russia to China"})
SPACE = TermEntry(194, "organization", {"zh": "国家航天局", "en": "China National Space Administration"},
                  variants={"zh": ("中国国家航天局",)})


def test_a_name_starting_with_russia_is_found_with_its_abbreviation() -> None:
    """俄驻华大使 is 俄罗斯驻华大使; 中 is no abbreviation of 中国 (a common word, and 其中国家… would read as one)."""
    glossary = GlossaryMatcher([RUSSIA, CHINA, AMBASSADOR, SPACE])
    found = [(h.text, h.entry.id) for h in glossary.find("俄驻华大使会见记者。", "zh")]
    assert found == [("俄驻华大使", AMBASSADOR.id)]
    assert [(h.text, h.entry.id) for h in glossary.find("其中国家航天局表示", "zh")] == [("国家航天局", SPACE.id)]


EXPO = TermEntry(201, "event", {"zh": "中俄博览会", "en": "China-Russia Expo", "ru": "Российско-Китайское ЭКСПО"})


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("第八届俄中博览会在叶卡捷琳堡开幕。", "zh", "俄中博览会"),
    ("the 8th Russia-China Expo opened in Yekaterinburg", "en", "Russia-China Expo"),
    ("на Китайско-Российском ЭКСПО в Харбине", "ru", "Китайско-Российском ЭКСПО"),
])
def test_a_joint_name_is_found_with_either_country_first(text: str, lang: str, span: str) -> None:
    """Russian sources write 俄中 and Russia-China, Chinese ones 中俄 and китайско-российский: one name."""
    assert [h.text for h in GlossaryMatcher([EXPO]).find(text, lang)] == [span]


PREMIER = TermEntry(211, "title", {"zh": "国务院总理", "en": "Premier of the State Council",
                                   "ru": "Премьер Госсовета КНР"},
                    variants={"zh": ("总理",), "en": ("Premier",), "ru": ("премьер Госсовета",)})
STATE_COUNCIL = TermEntry(212, "organization", {"zh": "国务院", "en": "State Council", "ru": "Госсовет КНР"})


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("国务院副总理张国清出席。", "zh", [("国务院", STATE_COUNCIL.id)]),
    ("Vice Premier Zhang Guoqing attended.", "en", []),
    ("вице-премьер Госсовета КНР Чжан Гоцин", "ru", [("Госсовета КНР", STATE_COUNCIL.id)]),
    ("заместитель премьера Госсовета КНР", "ru", [("Госсовета КНР", STATE_COUNCIL.id)]),
    ("Premier Li Qiang attended.", "en", [("Premier", PREMIER.id)]),
])
def test_a_post_after_deputy_or_vice_is_not_that_post(text: str, lang: str, found: list[tuple[str, int]]) -> None:
    """"Vice Premier" is not the Premier, nor «заместитель премьера» him: the body named inside stays a hit."""
    glossary = GlossaryMatcher([PREMIER, STATE_COUNCIL])
    assert [(h.text, h.entry.id) for h in glossary.find(text, lang)] == found


def test_a_surname_is_not_found_in_the_given_name_it_comes_from() -> None:
    """Иванов and Петров are also genitive plurals of Иван and Пётр; a glossary surname means the surname."""
    glossary = GlossaryMatcher([TermEntry(221, "person", {"ru": "Сергей Иванов"}, short_forms={"ru": ("Иванов",)}),
                                TermEntry(222, "person", {"ru": "Николай Петров"}, short_forms={"ru": ("Петров",)})])
    assert glossary.find("Иван Кузнецов и Пётр Смирнов", "ru") == []
    assert [h.text for h in glossary.find("с Ивановым и Петрова", "ru")] == ["Ивановым", "Петрова"]


def test_the_yo_of_a_surname_is_o_or_e_in_english() -> None:
    glossary = GlossaryMatcher([TermEntry(231, "person", {"en": "Mikhail Gorbachev"}),
                                TermEntry(232, "person", {"en": "Sergei Korolev"})])
    assert [h.text for h in glossary.find("Mikhail Gorbachov met Sergei Korolyov's heirs", "en")] == [
        "Mikhail Gorbachov", "Sergei Korolyov's"]


@pytest.mark.parametrize(("text", "span"), [
    ("в Госкомитете по стандартизации КНР", "Госкомитете по стандартизации КНР"),
    ("Государственного комитета по стандартизации Китая", "Государственного комитета по стандартизации Китая"),
    ("с Государственной корпорацией «Ростех»", "Государственной корпорацией «Ростех»"),
    ("госкорпорации «Ростех»", "госкорпорации «Ростех»"),
])
def test_a_state_body_is_found_with_gos_joined_or_spelt_out(text: str, span: str) -> None:
    """Russian joins «государственный» with its noun (Госкомитет, Госкорпорация) or spells it out, either way."""
    glossary = GlossaryMatcher([
        TermEntry(241, "country", {"ru": "Китайская Народная Республика"}, variants={"ru": ("КНР", "Китай")}),
        TermEntry(242, "organization", {"ru": "Государственный комитет по стандартизации КНР"}),
        TermEntry(243, "organization", {"ru": "Госкорпорация «Ростех»"}),
    ])
    assert [h.text for h in glossary.find(text, "ru")] == [span]


def test_an_abbreviation_is_found_with_dots_and_initials_do_not_merge_other_abbreviations() -> None:
    """"E.A.E.U." and «Е.А.Э.С.» are the EAEU; "U.S." is not "U.N." though both begin with U. and end with a dot;
    a person's initials still fold (С.В. Лавров)."""
    glossary = GlossaryMatcher([
        TermEntry(251, "organization", {"en": "Eurasian Economic Union", "ru": "Евразийский экономический союз"},
                  variants={"en": ("EAEU",), "ru": ("ЕАЭС",)}),
        TermEntry(252, "organization", {"en": "United Nations"}, variants={"en": ("UN", "U.N.")}),
        TermEntry(253, "person", {"ru": "Сергей Лавров"}),
    ])
    assert [h.text for h in glossary.find("the E.A.E.U. and the U.S. at the U.N.", "en")] == ["E.A.E.U.", "U.N."]
    assert [h.text for h in glossary.find("страны Е.А.Э.С. и С.В. Лавров", "ru")] == ["Е.А.Э.С.", "С.В. Лавров"]


def test_a_body_of_a_country_is_found_with_the_country_first() -> None:
    """"Kazakhstan's Ministry of Trade and Integration" is the ministry "… of the Republic of Kazakhstan"; a ministry
    of another country is not."""
    glossary = GlossaryMatcher([KAZAKHSTAN, MINISTRY])
    found = [(h.text, h.entry.id) for h in glossary.find(
        "Kazakhstan's Ministry of Trade and Integration and Uzbekistan's Ministry of Trade and Integration", "en")]
    assert found == [("Kazakhstan's Ministry of Trade and Integration", MINISTRY.id)]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("поставки для самолёта МС21 и", "ru", "МС21"),
    ("the MC-21 and", "en", "MC-21"),
    ("C-919大型客机", "zh", "C-919"),
    ("a C919 order", "en", "C919"),
])
def test_a_models_letters_and_number_match_joined_or_hyphenated(text: str, lang: str, span: str) -> None:
    """Writers join a model's letters and number or put a hyphen between them: one name either way."""
    glossary = GlossaryMatcher([
        TermEntry(261, "initiative", {"en": "MC21", "ru": "МС-21"}),
        TermEntry(262, "initiative", {"zh": "C919", "en": "C919"}),
    ])
    assert [h.text for h in glossary.find(text, lang)] == [span]


def test_a_full_stop_between_the_parts_of_a_chinese_name_is_its_middle_dot() -> None:
    # Some copies write the middle dot of a transcribed name as a full stop, ASCII or full-width; a full stop between
    # other characters, or after a Latin word, stays a full stop.
    matcher = GlossaryMatcher([PATRUSHEV])
    assert found(matcher, "俄罗斯联邦安全会议秘书尼古拉.帕特鲁舍夫当天抵达北京。", "zh") == [
        ("尼古拉.帕特鲁舍夫", PATRUSHEV.id, "approved")]
    assert found(matcher, "会见了尼古拉．帕特鲁舍夫", "zh") == [("尼古拉．帕特鲁舍夫", PATRUSHEV.id, "approved")]
    assert found(matcher, "尼古拉.2帕特鲁舍夫", "zh") == []


def test_a_chinese_ministers_post_is_found_with_bu_written_once() -> None:
    # …部部长 is also written …部长, the ministry's 部 and the minister's 部 merged (商务部长, 财政部长).
    minister = TermEntry(1, "title", {"zh": "中华人民共和国商务部部长", "en": "Minister of Commerce"},
                         variants={"zh": ("商务部部长",)})
    ministry = TermEntry(2, "organization", {"zh": "中华人民共和国商务部", "en": "Ministry of Commerce"},
                         variants={"zh": ("商务部",)})
    matcher = GlossaryMatcher([minister, ministry])
    assert found(matcher, "商務部長王文濤會見了俄羅斯客人", "zh") == [("商務部長", 1, "variant")]
    assert found(matcher, "中华人民共和国商务部长表示", "zh") == [("中华人民共和国商务部长", 1, "variant")]
    assert found(matcher, "商务部部长表示", "zh") == [("商务部部长", 1, "variant")]


def test_a_womans_post_is_found_in_its_feminine_word() -> None:
    # The feminine of a post's -тель word (председательница, руководительница) names the same post.
    speaker = TermEntry(1, "title", {"ru": "председатель Законодательного собрания", "en": "Speaker"})
    head = TermEntry(2, "title", {"ru": "руководитель Федерального агентства", "en": "Head of the Agency"})
    matcher = GlossaryMatcher([speaker, head])
    assert found(matcher, "Её избрали председательницей Законодательного собрания.", "ru") == [
        ("председательницей Законодательного собрания", 1, "approved")]
    assert found(matcher, "Руководительница Федерального агентства выступила первой.", "ru") == [
        ("Руководительница Федерального агентства", 2, "approved")]


def test_a_persons_english_name_is_found_in_chinese_text() -> None:
    # Chinese news gives a foreign person's name in Latin letters in brackets after the Chinese one; the surname
    # alone is not looked for there (a common Latin word as often).
    matcher = GlossaryMatcher([PATRUSHEV, TermEntry(2, "person", {"zh": "李强", "en": "Li Qiang"},
                                                    short_forms={"en": ("Li",)})])
    assert found(matcher, "俄罗斯联邦安全会议秘书帕特鲁舍夫(Nikolai Patrushev)表示", "zh") == [
        ("Nikolai Patrushev", PATRUSHEV.id, "variant")]
    assert found(matcher, "报道援引Li的说法", "zh") == []
    assert found(matcher, "见NikolaiPatrushevX", "zh") == []


def test_two_societies_named_with_the_countries_in_either_order_keep_their_order() -> None:
    # When the glossary has two bodies whose names differ only in which country comes first (the Russian society
    # 俄中友好协会 and the Chinese 中俄友好协会), the order tells them apart: neither is found in the other's name.
    russian = TermEntry(1, "organization", {"zh": "俄中友好协会", "en": "Russian-Chinese Friendship Society",
                                            "ru": "Общество российско-китайской дружбы"})
    chinese = TermEntry(2, "organization", {"zh": "中俄友好协会", "en": "China-Russia Friendship Association",
                                            "ru": "Общество китайско-российской дружбы"})
    fund = TermEntry(3, "organization", {"zh": "中俄投资基金", "en": "Russia-China Investment Fund"})
    matcher = GlossaryMatcher([russian, chinese, fund])
    assert found(matcher, "the Russia-China Friendship Association said", "en") == []
    assert found(matcher, "中俄友好协会和俄中友好协会", "zh") == [("中俄友好协会", 2, "approved"),
                                                             ("俄中友好协会", 1, "approved")]
    assert found(matcher, "китайско-российской дружбы", "ru") == []
    assert found(matcher, "俄中投资基金", "zh") == [("俄中投资基金", 3, "variant")]


MONGOLIA = TermEntry(1, "country", {"zh": "蒙古国", "en": "Mongolia", "ru": "Монголия"})
CHINA = TermEntry(2, "country", {"zh": "中国", "en": "China", "ru": "Китай"})
MONGOLIAN_PRESIDENT = TermEntry(3, "title", {"zh": "蒙古国总统", "en": "President of Mongolia",
                                             "ru": "Президент Монголии"}, variants={"en": ("Mongolian President",)})
CHINESE_PRESIDENT = TermEntry(4, "title", {"zh": "中国国家主席", "en": "President of China"},
                              variants={"en": ("Chinese President",)})
KHURAL = TermEntry(5, "organization", {"zh": "国家大呼拉尔", "en": "State Great Khural",
                                       "ru": "Великий государственный хурал"},
                   variants={"zh": ("蒙古国国家大呼拉尔",), "en": ("State Great Khural of Mongolia",)})
AGENCY = TermEntry(7, "organization", {"zh": "国家紧急情况总局",
                                       "en": "National Emergency Management Agency of Mongolia"})
KHURAL_CHAIRMAN = TermEntry(6, "title", {"zh": "国家大呼拉尔主席", "en": "Chairman of the State Great Khural",
                                         "ru": "председатель Великого государственного хурала"},
                            variants={"en": ("State Great Khural Chairman",)})


@pytest.mark.parametrize(("text", "lang", "span", "entry"), [
    # the country's adjective, as the glossary's own pairs (Mongolian President, President of Mongolia) give it
    ("the Mongolian State Great Khural Chairman said on Monday", "en", "Mongolian State Great Khural Chairman", 6),
    ("Mongolia's State Great Khural passed the law", "en", "Mongolia's State Great Khural", 5),
    # a post tied to its country through the body its name holds (国家大呼拉尔 of 蒙古国国家大呼拉尔)
    ("蒙古國國家大呼拉爾主席贊丹沙塔爾表示", "zh", "蒙古國國家大呼拉爾主席", 6),
    ("蒙古国国家紧急情况总局通报", "zh", "蒙古国国家紧急情况总局", 7),
    ("заявил председатель Великого государственного хурала Монголии", "ru",
     "председатель Великого государственного хурала Монголии", 6),
])
def test_a_post_or_body_is_found_with_its_countrys_name_beside_it(text: str, lang: str, span: str,
                                                                   entry: int) -> None:
    matcher = GlossaryMatcher([MONGOLIA, CHINA, MONGOLIAN_PRESIDENT, CHINESE_PRESIDENT, KHURAL, KHURAL_CHAIRMAN,
                               AGENCY])
    assert [(h.text, h.entry.id) for h in matcher.find(text, lang) if h.entry.category != "country"] == [(span, entry)]


def test_another_countrys_name_beside_a_post_stays_out_of_it() -> None:
    matcher = GlossaryMatcher([MONGOLIA, CHINA, MONGOLIAN_PRESIDENT, CHINESE_PRESIDENT, KHURAL, KHURAL_CHAIRMAN])
    assert found(matcher, "the Chinese State Great Khural Chairman", "en") == [
        ("State Great Khural Chairman", 6, "variant")]
    assert found(matcher, "中国国家大呼拉尔主席", "zh") == [("中国", 2, "approved"),
                                                       ("国家大呼拉尔主席", 6, "approved")]


def test_a_name_with_an_abbreviation_or_explanation_in_brackets_inside_is_one_mention() -> None:
    # "the National People's Congress (NPC) Standing Committee", 国家杜马(议会下院)主席: the brackets are inside the
    # post's name, which is found whole; brackets after a whole name are a mention of their own.
    assembly = TermEntry(1, "organization", {"zh": "国民议会", "en": "National Assembly",
                                             "ru": "Национальное собрание"}, variants={"en": ("NA",), "ru": ("НС",)})
    chairman = TermEntry(2, "title", {"zh": "国民议会主席",
                                      "en": "Chairman of the National Assembly Standing Committee",
                                      "ru": "председатель Национального собрания Республики"})
    matcher = GlossaryMatcher([assembly, chairman])
    assert found(matcher, "Chairman of the National Assembly (NA) Standing Committee Li met", "en") == [
        ("Chairman of the National Assembly (NA) Standing Committee", 2, "approved")]
    assert found(matcher, "the National Assembly (NA) said", "en") == [("National Assembly", 1, "approved"),
                                                                      ("NA", 1, "variant")]
    assert found(matcher, "国民议会（议会下院）主席会见", "zh") == [("国民议会（议会下院）主席", 2, "approved")]
    assert found(matcher, "председателя Национального собрания (НС) Республики", "ru") == [
        ("председателя Национального собрания (НС) Республики", 2, "approved")]
    # A Latin name in brackets in Chinese text is the name's English beside it: a mention of its own.
    company = TermEntry(3, "organization", {"zh": "诺瓦泰克公司", "en": "Novatek"}, short_forms={"zh": ("诺瓦泰克",)})
    assert found(GlossaryMatcher([company]), "诺瓦泰克(Novatek)公司表示", "zh") == [
        ("诺瓦泰克", 3, "short"), ("Novatek", 3, "variant")]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("中日友协会长出席", "中日友协", 3),  # 友好协会 written 友协, as Chinese shortens a body's name
    ("江苏省人大常委会副主任", "江苏省人大常委会", 4),  # 人民代表大会 as 人大, 常务委员会 as 常委会
    ("中国日本友好协会成立", "中国日本友好协会", 3),  # the two countries of 中日 written out
    ("中国-日本友好协会成立", "中国-日本友好协会", 3),
])
def test_a_chinese_bodys_name_is_found_shortened_or_with_its_countries_written_out(text: str, span: str,
                                                                                   entry: int) -> None:
    china = TermEntry(1, "country", {"zh": "中华人民共和国", "en": "People's Republic of China"},
                      variants={"zh": ("中国",)})
    japan = TermEntry(2, "country", {"zh": "日本国", "en": "Japan"}, variants={"zh": ("日本",)})
    society = TermEntry(3, "organization", {"zh": "中日友好协会", "en": "China-Japan Friendship Association"})
    congress = TermEntry(4, "organization", {"zh": "江苏省人民代表大会常务委员会",
                                             "en": "Standing Committee of the Jiangsu Provincial People's Congress"})
    matcher = GlossaryMatcher([china, japan, society, congress])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "zh")] == [(span, entry)]


@pytest.mark.parametrize(("text", "span"), [
    ("the Chairman of Mongolia's State Great Khural said", "Chairman of Mongolia's State Great Khural"),
    ("the Chairman of the Mongolian State Great Khural said", "Chairman of the Mongolian State Great Khural"),
    ("Chairman of Mongolian State Great Khural Zandanshatar", "Chairman of Mongolian State Great Khural"),
])
def test_a_posts_country_is_found_before_the_body_inside_it(text: str, span: str) -> None:
    # Xinhua's "chairman of China's National People's Congress Standing Committee", "Chairwoman of Russian
    # Federation Council": the country goes before the body the post is of.
    matcher = GlossaryMatcher([MONGOLIA, CHINA, MONGOLIAN_PRESIDENT, CHINESE_PRESIDENT, KHURAL, KHURAL_CHAIRMAN])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "en")] == [(span, KHURAL_CHAIRMAN.id)]


def test_a_posts_short_form_in_the_plural_names_no_one_post() -> None:
    # «Совет министров обороны», "the defence ministers": holders of the post in several countries, not the entry's.
    minister = TermEntry(1, "title", {"ru": "Министр обороны Монголии", "en": "Minister of Defence of Mongolia"},
                         short_forms={"ru": ("министр обороны",), "en": ("the Defence Minister",)})
    matcher = GlossaryMatcher([minister])
    assert found(matcher, "на заседании Совета министров обороны стран СНГ", "ru") == []
    assert found(matcher, "a meeting of the Defence Ministers of the region", "en") == []
    assert found(matcher, "заявил министр обороны", "ru") == [("министр обороны", 1, "short")]
    assert found(matcher, "встреча с министром обороны", "ru") == [("министром обороны", 1, "short")]
    assert found(matcher, "the Defence Minister said", "en") == [("the Defence Minister", 1, "short")]
    assert found(matcher, "Министр обороны Монголии и министры обороны", "ru") == [
        ("Министр обороны Монголии", 1, "approved")]


def test_an_events_short_form_in_the_plural_names_no_one_event() -> None:
    # «в рамках форумов»: several forums, none of them the seed's Eastern Economic Forum its short form «форум» names.
    forum = TermEntry(1, "event", {"ru": "Северный инвестиционный форум", "en": "Northern Investment Forum"},
                      short_forms={"ru": ("форум",), "en": ("the forum",)})
    matcher = GlossaryMatcher([forum])
    assert found(matcher, "В рамках форумов пройдут встречи", "ru") == []
    assert found(matcher, "the forums of the region", "en") == []
    assert found(matcher, "На форуме пройдут встречи", "ru") == [("форуме", 1, "short")]
    assert found(matcher, "the forum opened", "en") == [("the forum", 1, "short")]


def test_a_chinese_posts_short_form_after_guo_is_some_countrys_holder() -> None:
    # 成员国外长理事会, 两国外长, 美国外长: the foreign ministers of member states, of two countries, of another
    # country.
    minister = TermEntry(1, "title", {"zh": "蒙古国外交部长", "en": "Minister of Foreign Affairs of Mongolia"},
                         short_forms={"zh": ("外长",)})
    matcher = GlossaryMatcher([minister])
    assert found(matcher, "出席上合组织成员国外长理事会会议", "zh") == []
    assert found(matcher, "两国外长举行会谈", "zh") == []
    assert found(matcher, "蒙古国外交部长会见两国外长", "zh") == [("蒙古国外交部长", 1, "approved")]
    assert found(matcher, "巴特策策格外长表示", "zh") == [("外长", 1, "short")]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("делегация прибыла в город Улан-Батор", "ru", "город Улан-Батор"),
    ("потенциал города Эрдэнэта как центра торговли", "ru", "города Эрдэнэта"),
    ("乌兰巴托市与额尔登特市仅数百公里", "zh", "额尔登特市"),
    ("investors from Erdenet City said", "en", "Erdenet City"),
])
def test_a_city_is_found_with_its_word_for_city(text: str, lang: str, span: str) -> None:
    # The seed writes cities so (город Харбин, 哈尔滨市, Harbin City); a user's city entry may not list it.
    erdenet = TermEntry(1, "place", {"zh": "额尔登特", "en": "Erdenet", "ru": "Эрдэнэт"})
    capital = TermEntry(2, "place", {"zh": "乌兰巴托", "en": "Ulaanbaatar", "ru": "Улан-Батор"})
    region = TermEntry(3, "place", {"zh": "色楞格省", "en": "Selenge Province", "ru": "аймак Сэлэнгэ"})
    matcher = GlossaryMatcher([erdenet, capital, region])
    hits = [(h.text, h.kind.value) for h in matcher.find(text, lang)]
    assert (span, "variant") in hits
    # A region or province is no city: its name takes no word for city.
    assert found(matcher, "город аймак Сэлэнгэ", "ru") == [("аймак Сэлэнгэ", 3, "approved")]


def test_a_names_head_word_goes_with_its_other_names_too() -> None:
    # "Belt and Road Initiative" beside "Belt and Road": the forbidden "One Belt One Road" also takes "initiative",
    # and «инициатива «Пояс и путь»» beside «Пояс и путь» gives «инициативой «Один пояс, один путь»».
    road = TermEntry(1, "initiative",
                     {"en": "Digital Silk Road Initiative", "ru": "инициатива «Цифровой шёлковый путь»"},
                     variants={"en": ("Digital Silk Road",), "ru": ("«Цифровой шёлковый путь»", "«Цифровой путь»")},
                     forbidden={"en": ("Cyber Silk Road",)})
    matcher = GlossaryMatcher([road])
    assert found(matcher, "the Cyber Silk Road initiative was launched", "en") == [
        ("Cyber Silk Road initiative", 1, "forbidden")]
    assert found(matcher, "в рамках китайской инициативы «Цифровой путь»", "ru") == [
        ("инициативы «Цифровой путь»", 1, "variant")]
    assert found(matcher, "the Digital Silk Road Initiative", "en") == [("Digital Silk Road Initiative", 1, "approved")]
    assert found(matcher, "the Cyber Silk Road", "en") == [("Cyber Silk Road", 1, "forbidden")]


@pytest.mark.parametrize(("text", "span"), [
    ("外交部长尼古拉·帕特鲁舍夫抵达", "尼古拉·帕特鲁舍夫"),
    ("秘书尼古拉·普拉托诺维奇·帕特鲁舍夫抵达北京", "尼古拉·普拉托诺维奇·帕特鲁舍夫"),
    ("秘書尼古拉•普拉託諾維奇•帕特魯舍夫抵達", "尼古拉•普拉託諾維奇•帕特魯舍夫"),
])
def test_a_russian_name_is_found_in_chinese_with_its_patronymic(text: str, span: str) -> None:
    # 谢尔盖·维克托罗维奇·拉夫罗夫: Chinese gives a Russian's patronymic between the given name and the surname.
    matcher = GlossaryMatcher([PATRUSHEV])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "zh")] == [(span, PATRUSHEV.id)]


@pytest.mark.parametrize(("text", "span"), [
    ("討論「北方之星3號」天然氣田項目的前景", "「北方之星3號」天然氣田"),
    ("北方之星三号天然气田投产", "北方之星三号天然气田"),
    ("“北方之星-3”天然气田投产", "“北方之星-3”天然气田"),
])
def test_a_chinese_names_number_is_found_with_hao(text: str, span: str) -> None:
    # “西伯利亚力量-2” as 「西伯利亞力量2號」, 北极液化天然气-2 as 北极液化天然气二号: Chinese numbers a project
    # with 号.
    field = TermEntry(1, "initiative", {"zh": "“北方之星-3”天然气田", "en": "North Star 3 gas field"})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([field]).find(text, "zh")] == [(span, 1)]


@pytest.mark.parametrize("text", [
    "talks between President of Mongolia Ukhnaagiin Khurelsukh and others",
    "talks between Mongolian President Ukhnaagiin Khurelsukh and others",
])
def test_a_post_with_its_holders_name_is_found_with_the_posts_other_names(text: str) -> None:
    # "President of China Xi Jinping" for the seed's "President Xi Jinping" / "Chinese President Xi Jinping".
    president = TermEntry(1, "title", {"en": "President of Mongolia"}, variants={"en": ("Mongolian President",)})
    holder = TermEntry(2, "person", {"en": "Ukhnaagiin Khurelsukh"})
    with_name = TermEntry(3, "title", {"en": "President Ukhnaagiin Khurelsukh"},
                          variants={"en": ("Mongolian President Ukhnaagiin Khurelsukh",)})
    matcher = GlossaryMatcher([president, holder, with_name])
    span = text.removeprefix("talks between ").removesuffix(" and others")
    assert [(h.text, h.entry.id) for h in matcher.find(text, "en")] == [(span, 3)]


def test_an_abbreviation_a_text_defines_in_brackets_names_the_entry_through_the_text() -> None:
    # "the Greater Eurasian Partnership (GEP) … the GEP": an abbreviation the entry does not list, defined by the text.
    corridor = TermEntry(1, "initiative", {"en": "Northern Trade Corridor", "ru": "Северный торговый коридор"})
    person = TermEntry(2, "person", {"en": "Vladimir Petrov"})
    matcher = GlossaryMatcher([corridor, person])
    assert found(matcher, "The Northern Trade Corridor (NTC) opened, and the NTC carries grain.", "en") == [
        ("Northern Trade Corridor", 1, "approved"), ("NTC", 1, "variant"), ("NTC", 1, "variant")]
    assert found(matcher, "Северного торгового коридора (СТК) и СТК", "ru") == [
        ("Северного торгового коридора", 1, "approved"), ("СТК", 1, "variant"), ("СТК", 1, "variant")]
    # Brackets that are no abbreviation of the name, and a person's initials, name nothing.
    assert found(matcher, "The Northern Trade Corridor (TASS) and TASS", "en") == [
        ("Northern Trade Corridor", 1, "approved")]
    assert found(matcher, "Vladimir Petrov (VP) met VP staff", "en") == [("Vladimir Petrov", 2, "approved")]
    assert found(matcher, "the NTC carries grain", "en") == []


@pytest.mark.parametrize(("text", "span"), [
    ("сообщил замглавы аппарата правительства Монголии", "замглавы аппарата правительства Монголии"),
    ("встреча с заместителем главы аппарата правительства Монголии",
     "заместителем главы аппарата правительства Монголии"),
    ("с замруководителя аппарата правительства Монголии", "замруководителя аппарата правительства Монголии"),
])
def test_a_deputys_post_is_found_with_zam_joined(text: str, span: str) -> None:
    # «замглавы администрации президента», «замруководителя …»: Russian joins «заместитель» to the next word.
    deputy = TermEntry(1, "title", {"ru": "заместитель руководителя аппарата правительства Монголии"},
                       variants={"ru": ("заместитель главы аппарата правительства Монголии",)})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([deputy]).find(text, "ru")] == [(span, 1)]


def test_an_events_short_form_after_an_adjective_names_another_event() -> None:
    # «на пленарном заседании Международного экономического форума государств СНГ»: not the seed's «форум».
    forum = TermEntry(1, "event", {"ru": "Северный инвестиционный форум"}, short_forms={"ru": ("форум",)})
    matcher = GlossaryMatcher([forum])
    assert found(matcher, "на заседании Международного экономического форума государств СНГ", "ru") == []
    assert found(matcher, "в работе нового молодёжного форума", "ru") == []
    assert found(matcher, "Северный инвестиционный форум открылся. Этот форум продлится два дня", "ru") == [
        ("Северный инвестиционный форум", 1, "approved"), ("форум", 1, "short")]
    assert found(matcher, "участники форума обсудили", "ru") == [("форума", 1, "short")]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("said Deputy Chairman of the Cabinet of Mongolia Amarsaikhan", "Deputy Chairman of the Cabinet of Mongolia", 2),
    ("met the head of the Mongolian Foreign Ministry on Monday", "head of the Mongolian Foreign Ministry", 4),
    ("the Head of the Ministry of Foreign Affairs of Mongolia said",
     "Head of the Ministry of Foreign Affairs of Mongolia", 4),
])
def test_a_deputys_or_heads_post_is_found_in_the_english_its_russian_wording_gives(text: str, span: str,
                                                                                    entry: int) -> None:
    # «заместитель Председателя Правительства» is "Deputy Chairman of the Government of …" in English as the
    # chairman's post is; «глава МИД КНР» is "head of the Chinese Foreign Ministry" as the ministry is.
    premier = TermEntry(1, "title", {"en": "Chairman of the Cabinet of Mongolia",
                                     "ru": "Председатель Кабинета Монголии"})
    deputy = TermEntry(2, "title", {"en": "Deputy Prime Minister of Mongolia",
                                    "ru": "заместитель Председателя Кабинета Монголии"})
    ministry = TermEntry(3, "organization", {"en": "Ministry of Foreign Affairs of Mongolia", "ru": "МИД Монголии"},
                         variants={"en": ("Mongolian Foreign Ministry",)})
    minister = TermEntry(4, "title", {"en": "Minister of Foreign Affairs of Mongolia",
                                      "ru": "Министр иностранных дел Монголии"},
                         variants={"ru": ("глава МИД Монголии",)})
    matcher = GlossaryMatcher([premier, deputy, ministry, minister])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "en")] == [(span, entry)]


def test_a_body_named_after_the_body_it_belongs_to_is_found_with_of_the() -> None:
    # "CPC Central Committee Foreign Affairs Commission" as "Foreign Affairs Commission of the CPC Central
    # Committee", also inside a post ("director of the Office of the Foreign Affairs Commission of the CPC Central
    # Committee").
    party = TermEntry(1, "organization", {"en": "Mongolian People's Party"}, variants={"en": ("MPP",)})
    commission = TermEntry(2, "organization", {"en": "Central Ethics Commission"},
                           variants={"en": ("MPP Ethics Commission",)})
    head = TermEntry(3, "title", {"en": "Chairman of the Central Ethics Commission"})
    matcher = GlossaryMatcher([party, commission, head])
    assert found(matcher, "the Ethics Commission of the MPP said", "en") == [
        ("Ethics Commission of the MPP", 2, "variant")]
    assert [(h.text, h.entry.id) for h in matcher.find(
        "chairman of the Ethics Commission of the Mongolian People's Party spoke", "en")] == [
        ("chairman of the Ethics Commission of the Mongolian People's Party", 3)]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("делегация провинции Хенань прибыла", "провинции Хенань", 1),
    ("встреча с Вень Цзябао", "Вень Цзябао", 2),
    ("в Хенани", "Хенани", 1),
])
def test_a_chinese_name_in_russian_is_found_with_e_for_its_e(text: str, span: str, entry: int) -> None:
    # Writers put е for Palladius's э in Chinese names (Хейлунцзян, Вень Цзябао); a Russian word keeps its э.
    province = TermEntry(1, "place", {"ru": "провинция Хэнань"}, variants={"ru": ("Хэнань",)})
    premier = TermEntry(2, "person", {"ru": "Вэнь Цзябао"})
    mayor = TermEntry(3, "title", {"ru": "мэр Улан-Батора"})
    matcher = GlossaryMatcher([province, premier, mayor])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "ru")] == [(span, entry)]
    assert matcher.find("принятых мер Улан-Батора", "ru") == []  # мер (of measures) is no мэр


GREAT_KHURAL = TermEntry(2, "organization", {"zh": "蒙古国国家大呼拉尔", "en": "State Great Khural of Mongolia",
                                             "ru": "Великий государственный хурал"}, variants={"ru": ("ВГХ",)})
GREAT_KHURAL_CHAIR = TermEntry(3, "title", {"zh": "蒙古国国家大呼拉尔主席",
                                            "en": "Chairman of the State Great Khural of Mongolia",
                                            "ru": "Председатель Великого государственного хурала"})


@pytest.mark.parametrize(("text", "span"), [
    ("Председатель ВГХ Монголии прибыл в Москву", "Председатель ВГХ Монголии"),
    ("встреча с председателем ВГХ Монголии", "председателем ВГХ Монголии"),
    ("Председатель Великого государственного хурала Монголии прибыл", "Председатель Великого государственного "
                                                                       "хурала Монголии"),
])
def test_a_posts_country_after_it_is_found_with_the_body_under_its_other_name(text: str, span: str) -> None:
    # «Председатель ГД РФ»: the country after a post whose body is written by another of its names.
    matcher = GlossaryMatcher([MONGOLIA, GREAT_KHURAL, GREAT_KHURAL_CHAIR])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "ru")] == [(span, GREAT_KHURAL_CHAIR.id)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("the late premier Li Peng was remembered", "en", []),
    ("Li Peng and Li met", "en", [("Li", 1)]),
    ("памяти премьера Ли Пэна", "ru", []),
    ("Ли сказал", "ru", [("Ли", 1)]),
])
def test_a_chinese_surname_before_another_given_name_is_another_person(text: str, lang: str,
                                                                        expected: list[tuple[str, int]]) -> None:
    # "Li" is Li Qiang's short form, but "Li Peng" is someone else of the surname (the surname comes first).
    premier = TermEntry(1, "person", {"en": "Li Qiang", "ru": "Ли Цян"}, short_forms={"en": ("Li",), "ru": ("Ли",)})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([premier]).find(text, lang)] == expected


@pytest.mark.parametrize(("text", "span"), [
    ("the Sino-Mongolian Trade Fair opened", "Sino-Mongolian Trade Fair"),
    ("the China-Mongolia Trade Fair opened", "China-Mongolia Trade Fair"),
])
def test_a_joint_name_with_china_is_found_with_sino(text: str, span: str) -> None:
    # "Sino-Russian Expo" for the China-Russia Expo: Sino- is China's combining form before the other country's
    # adjective, which the glossary's own pairs give (Mongolian President beside President of Mongolia).
    president = TermEntry(4, "title", {"en": "President of Mongolia"}, variants={"en": ("Mongolian President",)})
    fair = TermEntry(5, "event", {"en": "China-Mongolia Trade Fair"})
    matcher = GlossaryMatcher([MONGOLIA, president, fair])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "en")] == [(span, 5)]


@pytest.mark.parametrize("text", ["拉夫洛夫表示", "拉夫羅夫表示", "谢尔盖·拉夫洛夫表示"])
def test_a_russian_names_luo_is_found_with_either_character(text: str) -> None:
    # 沃羅金 for 沃洛金, 拉夫洛夫 for 拉夫罗夫: Chinese writes a Russian name's "lo" with 罗 or 洛.
    lavrov = TermEntry(1, "person", {"zh": "谢尔盖·拉夫罗夫"}, short_forms={"zh": ("拉夫罗夫",)})
    luoyang = TermEntry(2, "place", {"zh": "洛阳"})
    matcher = GlossaryMatcher([lavrov, luoyang])
    assert [h.entry.id for h in matcher.find(text, "zh")] == [1]
    assert [h.entry.id for h in matcher.find("罗阳镇", "zh")] == []  # a place's 洛 stays itself


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("письмо губернатору Ганьсу передано", "губернатору Ганьсу", 2),
    ("встреча с губернатором Ганьсу", "губернатором Ганьсу", 2),
    ("делегация Народного правительства Ганьсу", "Народного правительства Ганьсу", 3),
    ("делегация провинции Ганьсу", "провинции Ганьсу", 1),
])
def test_a_place_named_with_its_type_word_stands_in_with_its_other_names(text: str, span: str, entry: int) -> None:
    # «губернатору Хэйлунцзяна» for «губернатор провинции Хэйлунцзян»: the province's name without «провинция»,
    # which the place's own variant gives, inside the names of its posts and bodies too.
    province = TermEntry(1, "place", {"ru": "провинция Ганьсу"}, variants={"ru": ("Ганьсу",)})
    governor = TermEntry(2, "title", {"ru": "губернатор провинции Ганьсу"})
    government = TermEntry(3, "organization", {"ru": "Народное правительство провинции Ганьсу"})
    matcher = GlossaryMatcher([province, governor, government])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "ru")] == [(span, entry)]


@pytest.mark.parametrize(("text", "span"), [
    ("заявил глава монгольского МИД", "глава монгольского МИД"),
    ("монгольский министр иностранных дел прибыл", "монгольский министр иностранных дел"),
    ("заявил глава МИД Монголии", "глава МИД Монголии"),
])
def test_a_posts_country_is_found_as_its_adjective_before_the_body(text: str, span: str) -> None:
    # «Глава российского МИД» for «глава МИД России»: the country's adjective, which its own name gives (Монгольская
    # Народная Республика), before the body or the post instead of the country after them.
    mongolia = TermEntry(1, "country", {"zh": "蒙古国", "en": "Mongolia", "ru": "Монгольская Народная Республика"},
                         variants={"ru": ("Монголия",)})
    minister = TermEntry(2, "title", {"zh": "蒙古国外交部长", "en": "Minister of Foreign Affairs of Mongolia",
                                      "ru": "Министр иностранных дел Монголии"},
                         variants={"ru": ("глава МИД Монголии",)})
    matcher = GlossaryMatcher([mongolia, minister])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "ru")] == [(span, 2)]
    assert matcher.find("монгольский посол и глава делегации", "ru") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("пишет газета «Ганьсу Жибао»", "ru", []),
    ("сообщает телеканал «Вести: Ганьсу»", "ru", []),
    ("据《甘肃青年报》报道", "zh", []),
    ("the “Gansu Daily” reported", "en", []),
    ("компания «Ганьсу» и провинция Ганьсу", "ru", ["«Ганьсу»", "провинция Ганьсу"]),
    ("«Делегация провинции Ганьсу прибудет завтра», — сказал он", "ru", ["провинции Ганьсу"]),
    ("据甘肃日报报道,甘肃", "zh", ["甘肃日报", "甘肃"]),
])
def test_a_place_inside_a_short_quoted_title_is_not_the_place(text: str, lang: str, expected: list[str]) -> None:
    # «Хэйлунцзян Жибао», 《黑龙江日报》: a newspaper's or channel's name in quotes holds the place's name; a quotation
    # of what someone said is no title, and a quoted name that is the place alone stays the place.
    province = TermEntry(1, "place", {"zh": "甘肃省", "en": "Gansu Province", "ru": "провинция Ганьсу"},
                         variants={"zh": ("甘肃",), "en": ("Gansu",), "ru": ("Ганьсу",)})
    daily = TermEntry(2, "organization", {"zh": "甘肃日报"})
    assert [h.text for h in GlossaryMatcher([province, daily]).find(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Academician Mikhail V. Kovalchuk, President of the Institute, said", "en", "Mikhail V. Kovalchuk"),
    ("Mikhail V Kovalchuk said", "en", "Kovalchuk"),
    ("Михаил В. Ковальчук выступил", "ru", "Михаил В. Ковальчук"),
])
def test_a_persons_name_is_found_with_a_middle_initial(text: str, lang: str, span: str) -> None:
    # "Victor A. Sadovnichiy": an initial with its dot between the given name and the surname, as English lists
    # write a middle name; without the dot the letter is no initial and only the surname is found.
    person = TermEntry(1, "person", {"en": "Mikhail Kovalchuk", "ru": "Михаил Ковальчук"},
                       short_forms={"en": ("Kovalchuk",), "ru": ("Ковальчук",)})
    assert [h.text for h in GlossaryMatcher([person]).find(text, lang)] == [span]


def test_a_middle_initial_joins_only_a_persons_name() -> None:
    # The letter and dot that close a sentence or a label ("Group A.") do not join the name that follows them.
    person = TermEntry(1, "person", {"en": "Mikhail Kovalchuk"}, short_forms={"en": ("Kovalchuk",)})
    place = TermEntry(2, "place", {"en": "Terminal Kovalchuk"})
    matcher = GlossaryMatcher([person, place])
    assert [h.text for h in matcher.find("They met at Terminal A. Mikhail Kovalchuk said", "en")] == [
        "Mikhail Kovalchuk"]
    assert [h.text for h in matcher.find("the Terminal A. Kovalchuk", "en")] == ["Kovalchuk"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("a bridge across the Ussuri River near Khabarovsk", "en", []),
    ("along the ussuri river", "en", []),
    ("Ussuri Krai and the Ussuri", "en", ["Ussuri Krai", "Ussuri"]),
    ("乌苏里界河大桥", "zh", []),
    ("跨乌苏里(阿穆尔河)公路桥", "zh", []),
    ("乌苏里（边疆区）", "zh", ["乌苏里"]),
])
def test_a_place_followed_by_the_word_for_river_is_the_river(text: str, lang: str, expected: list[str]) -> None:
    # "the Heilongjiang River", 跨黑龙江(阿穆尔河), 黑龙江界河: a region named after its river, with the word for river
    # after it, names the river; the region's own forms and a bracket that names no river leave it the region.
    region = TermEntry(1, "place", {"zh": "乌苏里", "en": "Ussuri Krai"}, variants={"en": ("Ussuri",)})
    assert [h.text for h in GlossaryMatcher([region]).find(text, lang)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("同江—下列宁斯阔耶界河铁路大桥建成通车", ["同江", "下列宁斯阔耶"]),
    ("抚远至哈巴罗夫斯克界河口岸将于明年开放", ["抚远", "哈巴罗夫斯克"]),
    ("抚远界河航道", []),
])
def test_a_border_river_after_a_pair_of_places_leaves_them_their_names(text: str, expected: list[str]) -> None:
    # 界河 after two places joined by a dash or 至 is the border river between them, which names neither (a bridge
    # or a port across it): the cities stay cities; after one place it is that place's river, as in 黑龙江界河.
    cities = [TermEntry(1, "place", {"zh": "同江", "en": "Tongjiang"}),
              TermEntry(2, "place", {"zh": "下列宁斯阔耶", "en": "Nizhneleninskoye"}),
              TermEntry(3, "place", {"zh": "抚远", "en": "Fuyuan"}),
              TermEntry(4, "place", {"zh": "哈巴罗夫斯克", "en": "Khabarovsk"})]
    assert [h.text for h in GlossaryMatcher(cities).find(text, "zh")] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("in the Khabarovsk district of the region", "en", []),
    ("Khabarovsk County officials", "en", []),
    ("the city of Khabarovsk and its district", "en", ["Khabarovsk"]),
    ("в Хабаровском районе края", "ru", []),
    ("в Хабаровске и Хабаровском районе", "ru", ["Хабаровске"]),
])
def test_a_city_followed_by_a_district_word_is_the_district(text: str, lang: str, expected: list[str]) -> None:
    # "the Blagoveshchensk district", «Благовещенском районе»: a district named after its city is another place.
    city = TermEntry(1, "place", {"en": "Khabarovsk", "ru": "Хабаровск"})
    assert [h.text for h in GlossaryMatcher([city]).find(text, lang)] == expected


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("驻哈萨克斯坦大使会见了该国外长", "驻哈萨克斯坦大使", 1),
    ("中国驻哈萨克斯坦大使会见了该国外长", "中国驻哈萨克斯坦大使", 1),
    ("中華人民共和國駐哈薩克斯坦大使館舉行招待會", "中華人民共和國駐哈薩克斯坦大使館", 2),
    ("駐哈薩克斯坦大使館舉行招待會", "駐哈薩克斯坦大使館", 2),
])
def test_a_chinese_mission_abroad_is_found_without_china(text: str, span: str, entry: int) -> None:
    # 駐俄羅斯大使 for 中国驻俄罗斯大使: Chinese writes its own country's embassies and ambassadors abroad without the
    # country; another country's mission keeps its country (哈萨克斯坦驻华大使 is no 驻华大使 of China).
    ambassador = TermEntry(1, "title", {"zh": "中国驻哈萨克斯坦大使"})
    embassy = TermEntry(2, "organization", {"zh": "中华人民共和国驻哈萨克斯坦大使馆"})
    other = TermEntry(3, "title", {"zh": "哈萨克斯坦驻华大使"})
    matcher = GlossaryMatcher([ambassador, embassy, other])
    assert [(h.text, h.entry.id) for h in matcher.find(text, "zh")] == [(span, entry)]
    assert matcher.find("驻华大使表示", "zh") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("according to the China Railway Khabarovsk Group Co., Ltd.", []),
    ("shares of Khabarovsk Company rose", []),
    ("the Khabarovsk Co. said", []),
    ("a group from Khabarovsk arrived", ["Khabarovsk"]),
    ("Khabarovsk group leaders met", ["Khabarovsk"]),
])
def test_a_place_followed_by_a_companys_word_is_in_the_companys_name(text: str, expected: list[str]) -> None:
    # "China Railway Harbin Group Co., Ltd.": a place inside a company's English name is no mention of the place;
    # the capitalised word for a company after it says so, the lower-case word does not.
    city = TermEntry(1, "place", {"en": "Khabarovsk"})
    assert [h.text for h in GlossaryMatcher([city]).find(text, "en")] == expected


@pytest.mark.parametrize(("text", "span"), [
    ("открылись Годы сотрудничества России и Китая по науке", "Годы сотрудничества России и Китая по науке"),
    ("в рамках Годов сотрудничества Китая и России по науке", "Годов сотрудничества Китая и России по науке"),
    ("заседание комиссии по гуманитарному сотрудничеству России и Китая", (
        "комиссии по гуманитарному сотрудничеству России и Китая")),
])
def test_a_joint_adjective_is_found_as_the_two_countries_after_the_name(text: str, span: str) -> None:
    # «Годов сотрудничества России и Китая …» for «Годы российско-китайского сотрудничества …», «комиссии по …
    # сотрудничеству России и Китая» for «Российско-китайская комиссия по …»: the two countries in the genitive
    # after the word the adjective went with, or after the whole name.
    years = TermEntry(1, "event", {"ru": "Годы российско-китайского сотрудничества по науке"})
    commission = TermEntry(2, "organization", {"ru": "Российско-китайская комиссия по гуманитарному сотрудничеству"})
    matcher = GlossaryMatcher([years, commission])
    assert [h.text for h in matcher.find(text, "ru")] == [span]
    assert matcher.find("сотрудничество по науке России", "ru") == []


@pytest.mark.parametrize("text", ["国家反恐工作领导小组召开会议", "國家反恐工作領導小組召開會議",
                                  "国家反恐怖工作领导小组召开会议"])
def test_a_chinese_name_is_found_with_fankong_for_fankongbu(text: str) -> None:
    # 上合組織地區反恐機構 for 上海合作组织地区反恐怖机构: Chinese shortens 反恐怖 to 反恐 in names, as it does
    # 友好协会 to 友协.
    group = TermEntry(1, "organization", {"zh": "国家反恐怖工作领导小组"})
    assert [h.entry.id for h in GlossaryMatcher([group]).find(text, "zh")] == [1]


def test_a_names_own_short_name_inside_it_is_not_spelt_with_its_other_names() -> None:
    # «Региональная антитеррористическая структура ШОС» lists «Региональная антитеррористическая структура» as a
    # variant: inside the entry's own longer forms that short name stays as written, so a body named right after it
    # («… структура Шанхайской организации сотрудничества Шанхайская организация сотрудничества») is a hit of its own.
    council = TermEntry(1, "organization", {"ru": "Деловой совет Евразийского союза"},
                        variants={"ru": ("Деловой совет",)})
    union = TermEntry(2, "organization", {"ru": "Евразийский союз"}, variants={"ru": ("ЕАС",)})
    matcher = GlossaryMatcher([council, union])
    text = "выступили Деловой совет Евразийского союза Евразийский союз и ЕАС"
    assert [(h.text, h.entry.id) for h in matcher.find(text, "ru")] == [
        ("Деловой совет Евразийского союза", 1), ("Евразийский союз", 2), ("ЕАС", 2)]
    assert [h.text for h in matcher.find("Деловой совет ЕАС", "ru")] == ["Деловой совет ЕАС"]


def test_a_head_word_is_not_added_to_a_name_that_has_one() -> None:
    # «РАТС ШОС» and «Региональная антитеррористическая структура ШОС» beside «… структура»: the words one name adds
    # to another («ШОС», «Шанхайской организации сотрудничества») go on the names without any, not on a name that
    # already has its own («… структура Шанхайской организации сотрудничества ШОС» is no name of the entry).
    council = TermEntry(1, "organization", {"ru": "Деловой совет Евразийского союза"},
                        variants={"ru": ("Деловой совет ЕАС", "Деловой совет", "ДС")})
    union = TermEntry(2, "organization", {"ru": "Евразийский союз"}, variants={"ru": ("ЕАС",)})
    matcher = GlossaryMatcher([council, union])
    assert [(h.text, h.entry.id) for h in matcher.find("Деловой совет Евразийского союза ЕАС", "ru")] == [
        ("Деловой совет Евразийского союза", 1), ("ЕАС", 2)]
    assert [(h.text, h.entry.id) for h in matcher.find("ДС Евразийского союза и ДС ЕАС", "ru")] == [
        ("ДС Евразийского союза", 1), ("ДС ЕАС", 1)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The talks took a bit longer than planned.", "en", []),
    ("Bit by bit, the BIT campus grew.", "en", ["BIT"]),
    ("подробности на сайте www.bit.edu.cn и у BIT", "ru", ["BIT"]),
    ("the SMEs of both countries", "en", ["SMEs"]),
])
def test_an_abbreviation_is_found_in_capitals_only(text: str, lang: str, expected: list[str]) -> None:
    # "a bit more" is no Beijing Institute of Technology, nor «ru.nia.gov.cn» the National Immigration
    # Administration: an abbreviation names an entry written in capitals (a plural "SMEs" as well), not as a word.
    institute = TermEntry(1, "organization", {"zh": "北京理工大学", "en": "Beijing Institute of Technology"},
                          variants={"en": ("BIT",)})
    smes = TermEntry(2, "term", {"en": "small and medium-sized enterprises"}, variants={"en": ("SME",)})
    assert [h.text for h in GlossaryMatcher([institute, smes]).find(text, lang)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("白俄罗斯外交部长马克伊会见中方代表", []),
    ("白俄罗斯与俄罗斯外交部长会谈", ["俄罗斯外交部长"]),
    ("俄罗斯外交部长拉夫罗夫", ["俄罗斯外交部长"]),
])
def test_belarus_in_chinese_holds_no_russian_name(text: str, expected: list[str]) -> None:
    # 白俄罗斯 (Belarus) holds 俄罗斯 (Russia), and Chinese writes no space before it: a Russian name starting with
    # 俄 right after 白 is Belarus's.
    minister = TermEntry(1, "title", {"zh": "俄罗斯联邦外交部长", "en": "Minister of Foreign Affairs of the Russian "
                                      "Federation"}, variants={"zh": ("俄罗斯外交部长",)})
    assert [h.text for h in GlossaryMatcher([minister]).find(text, "zh")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("自贸试验区设有满洲里片区和二连浩特片区", []),
    ("满洲里与二连浩特均设片区", ["满洲里", "二连浩特"]),
])
def test_a_place_followed_by_pianqu_is_the_area_of_a_zone(text: str, expected: list[str]) -> None:
    # 黑河片区 and 哈尔滨片区 of a free trade zone: the city's name with 片区 after it names the zone's area, not the
    # city, as a city followed by the word for district names the district.
    cities = [TermEntry(1, "place", {"zh": "满洲里", "ru": "Маньчжурия"}),
              TermEntry(2, "place", {"zh": "二连浩特", "ru": "Эрэн-Хото"})]
    assert [h.text for h in GlossaryMatcher(cities).find(text, "zh")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("депутаты приморского парламента встретились с коллегами", []),
    ("делегация Законодательной Думы Хабаровского края", []),
    ("спикер парламента заявил", ["парламента"]),
    ("решение Думы опубликовано", ["Думы"]),
])
def test_a_bodys_short_form_after_a_describing_adjective_names_another_body(text: str, expected: list[str]) -> None:
    # «приморского парламента», «Законодательной Думы Хабаровского края»: a region's parliament, described by its
    # adjective, not a second mention of the country's, as «Международного экономического форума» is another forum.
    assembly = TermEntry(1, "organization", {"ru": "Федеральное Собрание Российской Федерации"},
                         short_forms={"ru": ("парламент",)})
    duma = TermEntry(2, "organization", {"ru": "Государственная дума"}, short_forms={"ru": ("Дума",)})
    assert [h.text for h in GlossaryMatcher([assembly, duma]).find(text, "ru")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("吉林省省委书记会见俄方客人", ["吉林省"]),
    ("吉林省省会长春", ["吉林省", "长春"]),
    ("吉林与吉林省", ["吉林", "吉林省"]),
])
def test_a_chinese_names_own_short_name_is_not_spelt_with_its_other_names(text: str, expected: list[str]) -> None:
    # 吉林 (a short name of 吉林省) inside 吉林省 is the entry's own: spelt with its other names it made 吉林省省, a
    # hit that took the 省 of 省委 and 省会.
    province = TermEntry(1, "place", {"zh": "吉林省", "en": "Jilin Province"}, variants={"zh": ("吉林",)})
    city = TermEntry(2, "place", {"zh": "长春", "en": "Changchun"})
    assert [h.text for h in GlossaryMatcher([province, city]).find(text, "zh")] == expected


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Саммит Cовещания по взаимодействию\nи мерам доверия в Азии открылся", "ru",
     "Cовещания по взаимодействию\nи мерам доверия в Азии"),  # a Latin C, and the name broken over two lines
    ("переговоры с Сергеем Лaвровым", "ru", "Сергеем Лaвровым"),  # a Latin a
    ("President Vlаdimir Putin said", "en", "Vlаdimir Putin"),  # a Cyrillic а
])
def test_a_name_typed_with_look_alike_letters_of_the_other_alphabet_is_found(text: str, lang: str,
                                                                             span: str) -> None:
    # A switched keyboard or a PDF leaves a Latin C in «Cовещания», a Cyrillic а in "Vlаdimir": the word is read in
    # the alphabet of the language it is matched in, so the name is still recognised.
    conference = TermEntry(1, "organization", {"en": "Conference on Interaction and Confidence-Building Measures "
                                               "in Asia", "ru": "Совещание по взаимодействию и мерам доверия в Азии"})
    lavrov = TermEntry(2, "person", {"en": "Sergey Lavrov", "ru": "Сергей Лавров"})
    putin = TermEntry(3, "person", {"en": "Vladimir Putin", "ru": "Владимир Путин"})
    assert [h.text for h in GlossaryMatcher([conference, lavrov, putin]).find(text, lang)] == [span]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("заявил губернатор пров. Ляонин Ли Лэчэн", "губернатор пров. Ляонин", 1),
    ("делегация пров. Ляонин прибыла", "пров. Ляонин", 2),
    ("в Читинской обл. прошли учения", "Читинской обл.", 3),
    ("делегацию Читинской области", "Читинской области", 3),
])
def test_a_place_is_found_with_prov_or_obl_abbreviated(text: str, span: str, entry: int) -> None:
    # Xinhua's Russian writes «губернатор пров. Хэйлунцзян», «Комитета КПК пров. Хэйлунцзян»; regional news «Амурской
    # обл.»: the abbreviation with its full stop stands for the word.
    governor = TermEntry(1, "title", {"ru": "губернатор провинции Ляонин"})
    province = TermEntry(2, "place", {"ru": "провинция Ляонин"})
    oblast = TermEntry(3, "place", {"ru": "Читинская область"})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([governor, province, oblast]).find(text, "ru")] == [
        (span, entry)]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("中國(福建)自由貿易試驗區廈門片區", "zh", "中國(福建)自由貿易試驗區"),
    ("中国福建自由贸易试验区厦门片区", "zh", "中国福建自由贸易试验区"),
    ("the China Fujian Pilot Free Trade Zone opened", "en", "China Fujian Pilot Free Trade Zone"),
    ("the China (Fujian) Pilot Free Trade Zone opened", "en", "China (Fujian) Pilot Free Trade Zone"),
])
def test_a_name_with_a_part_in_brackets_is_found_without_the_brackets(text: str, lang: str, span: str) -> None:
    # 中国（黑龙江）自由贸易试验区 written 中國黑龍江自由貿易試驗區, "China (Heilongjiang) Pilot Free Trade Zone" as
    # "China Heilongjiang Pilot Free Trade Zone": the bracketed part inside a name is kept without its brackets.
    zone = TermEntry(1, "place", {"zh": "中国（福建）自由贸易试验区", "en": "China (Fujian) Pilot Free Trade Zone"})
    assert [h.text for h in GlossaryMatcher([zone]).find(text, lang)] == [span]


@pytest.mark.parametrize(("text", "span"), [
    ("中俄科技合作分委会第二十次会议在京举行", "中俄科技合作分委会"),
    ("两国科技合作分委会机制运行良好", "科技合作分委会"),
    ("中俄科技分委会第二十次会议", "中俄科技分委会"),
    ("會議由中俄科技分委會主持", "中俄科技分委會"),
])
def test_a_chinese_sub_commission_is_found_with_or_without_china_russia_and_hezuo(text: str, span: str) -> None:
    # 中俄农业合作分委会 for an entry listing 农业合作分委会, 人文合作委员会 in 两国人文合作委员会, 中俄人文合作委員會
    # 旅遊分委會 for …旅游合作分委会: a joint body's Chinese name is written with or without 中俄, and a
    # sub-commission's 合作分委会 as 分委会.
    subcommission = TermEntry(1, "organization", {"zh": "中俄总理定期会晤委员会科技合作分委会"},
                              variants={"zh": ("科技合作分委会",)})
    assert [h.text for h in GlossaryMatcher([subcommission]).find(text, "zh")] == [span]


def test_a_joint_name_keeps_enough_of_itself_without_china_russia() -> None:
    # 中俄博览会 without 中俄 is 博览会, any expo: a joint name drops 中俄 only when five characters or more remain.
    expo = TermEntry(1, "event", {"zh": "中俄博览会"})
    matcher = GlossaryMatcher([expo])
    assert matcher.find("进口博览会开幕", "zh") == []
    assert [h.text for h in matcher.find("第八届中俄博览会开幕", "zh")] == ["中俄博览会"]


@pytest.mark.parametrize(("text", "expected"), [
    ("俄方代表德·尼·帕特鲁舍夫出席", [("德·尼·帕特鲁舍夫", 2)]),
    ("俄方代表尼·帕特鲁舍夫出席", [("尼·帕特鲁舍夫", 1)]),
    ("俄方代表德·帕特魯舍夫出席", [("德·帕特魯舍夫", 2)]),
    ("帕特鲁舍夫出席", [("帕特鲁舍夫", 1)]),
    ("谢尔盖·帕特鲁舍夫出席", [("帕特鲁舍夫", 1)]),
])
def test_a_russian_name_in_chinese_with_initials_names_the_person_they_begin(text: str,
                                                                            expected: list[tuple[str, int]]) -> None:
    # 德·尼·帕特鲁舍夫 is Dmitry Nikolayevich Patrushev, not Nikolai, whose surname short form 帕特鲁舍夫 is: the
    # initials (given name, patronymic) tell the person; a full given name that is neither's tells no one.
    nikolai = TermEntry(1, "person", {"zh": "尼古拉·帕特鲁舍夫", "en": "Nikolai Patrushev"},
                        short_forms={"zh": ("帕特鲁舍夫",)})
    dmitry = TermEntry(2, "person", {"zh": "德米特里·帕特鲁舍夫", "en": "Dmitry Patrushev"})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([nikolai, dmitry]).find(text, "zh")] == expected


@pytest.mark.parametrize("text", ["Foreign Ministry Spokesman Wang said", "Foreign Ministry Spokeswoman Mao said",
                                  "Foreign Ministry Spokesperson Lin said"])
def test_a_posts_word_for_a_man_or_a_woman_is_the_post(text: str) -> None:
    # "Foreign Ministry Spokesman Guo Jiakun" for a post the glossary writes "Spokesperson"; "Chairwoman" likewise.
    spokesperson = TermEntry(1, "title", {"en": "Spokesperson of the Ministry of Foreign Affairs"},
                             variants={"en": ("Foreign Ministry Spokesperson",)})
    speaker = TermEntry(2, "title", {"en": "Chairman of the Federation Council"})
    matcher = GlossaryMatcher([spokesperson, speaker])
    assert [h.entry.id for h in matcher.find(text, "en")] == [1]
    assert [h.text for h in matcher.find("Chairwoman of the Federation Council Matviyenko", "en")] == [
        "Chairwoman of the Federation Council"]


@pytest.mark.parametrize(("text", "expected"), [
    ("на сессии Форума мозговых центров в Пекине", []),
    ("передали эстафету форума региональных парламентов", []),
    ("участники форума прошлого года", ["форума"]),
    ("на полях форума Путин заявил", ["форума"]),
])
def test_an_events_short_form_followed_by_a_plural_genitive_names_another_event(text: str,
                                                                               expected: list[str]) -> None:
    # «Форума мозговых центров СВМДА», «форума региональных парламентов»: the words after the short form say which
    # forum it is, another than the glossary's; «форума прошлого года» is still the forum.
    forum = TermEntry(1, "event", {"ru": "Восточный экономический форум"}, short_forms={"ru": ("форум",)})
    assert [h.text for h in GlossaryMatcher([forum]).find(text, "ru")] == expected


@pytest.mark.parametrize(("text", "span"), [
    ("a Russian Agriculture Ministry delegation arrived", "Russian Agriculture Ministry"),
    ("the Russian Ministry of Agriculture said", "Russian Ministry of Agriculture"),
    ("the Agriculture Ministry said", "Agriculture Ministry"),
])
def test_a_ministry_with_its_countrys_adjective_is_found_in_the_other_order(text: str, span: str) -> None:
    # "Russian Emergency Situations Ministry" for a variant "Russian Ministry of Emergency Situations": in the other
    # order the country's adjective stays first.
    ministry = TermEntry(1, "organization", {"en": "Ministry of Agriculture of the Russian Federation"},
                         variants={"en": ("Russian Ministry of Agriculture", "Ministry of Agriculture")})
    assert [h.text for h in GlossaryMatcher([ministry]).find(text, "en")] == [span]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("俄罗斯克拉斯诺亚尔斯克边区州长乌斯在会上致辞。", "克拉斯诺亚尔斯克边区州长", 2),
    ("代表团访问了克拉斯诺亚尔斯克边区。", "克拉斯诺亚尔斯克边区", 1),
])
def test_a_russian_krai_is_found_with_bianqu_for_bianjiangqu(text: str, span: str, entry: int) -> None:
    # Chinese news shortens a krai's 边疆区 to 边区 (哈巴罗夫斯克边区州长), in the place's name and in its posts.
    krai = TermEntry(1, "place", {"zh": "克拉斯诺亚尔斯克边疆区", "en": "Krasnoyarsk Krai"})
    governor = TermEntry(2, "title", {"zh": "克拉斯诺亚尔斯克边疆区州长", "en": "Governor of Krasnoyarsk Krai"})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([krai, governor]).find(text, "zh")] == [(span, entry)]


@pytest.mark.parametrize(("text", "span", "entry"), [
    ("a delegation of Krasnoyarskiy Kray arrived", "Krasnoyarskiy Kray", 1),
    ("the Krasnoyarsky Territory government said", "Krasnoyarsky Territory", 1),
    ("Governor of Krasnoyarskiy Kray Mikhail Kotyukov", "Governor of Krasnoyarskiy Kray", 2),
])
def test_a_krai_is_found_by_its_transliterated_adjective(text: str, span: str, entry: int) -> None:
    # Russian names a krai by an adjective (Красноярский край): English writes the city (Krasnoyarsk Krai) or the
    # adjective (Krasnoyarsky, Krasnoyarskiy Kray), also inside a post.
    krai = TermEntry(1, "place", {"en": "Krasnoyarsk Krai"})
    governor = TermEntry(2, "title", {"en": "Governor of Krasnoyarsk Krai"})
    assert [(h.text, h.entry.id) for h in GlossaryMatcher([krai, governor]).find(text, "en")] == [(span, entry)]


def test_a_city_that_is_no_krai_takes_no_adjective() -> None:
    city = TermEntry(1, "place", {"en": "Krasnoyarsk"})
    assert [h.text for h in GlossaryMatcher([city]).find("Krasnoyarsky Krai and Krasnoyarsk", "en")] == [
        "Krasnoyarsk"]


def test_a_companys_corporation_is_found_as_corp() -> None:
    # Newswires shorten a company's Corporation: "China National Nuclear Corp." for the entry's name.
    company = TermEntry(1, "organization", {"en": "China National Nuclear Corporation"})
    assert [h.text for h in GlossaryMatcher([company]).find("China National Nuclear Corp. said", "en")] == [
        "China National Nuclear Corp"]


def test_a_chinese_joint_stock_companys_name_is_found_without_gufen() -> None:
    # 俄罗斯铝业股份公司 as 俄罗斯铝业公司: 股份公司 is one more legal ending.
    company = TermEntry(1, "organization", {"zh": "俄罗斯铝业股份公司", "en": "Rusal"})
    assert [h.text for h in GlossaryMatcher([company]).find("俄罗斯铝业公司宣布", "zh")] == ["俄罗斯铝业公司"]


@pytest.mark.parametrize(("text", "expected"), [
    ("делегации посетят три провинции — Ляонин, Цзилинь и Гуандун", ["Ляонин"]),
    ("в провинции Ляонин", ["провинции Ляонин"]),
    ("мост Хасан — Туманган открыт", ["мост Хасан — Туманган"]),
    ("Форум Россия – Африка открылся", ["Форум Россия – Африка"]),
])
def test_a_dash_set_off_by_spaces_joins_only_a_forms_dashed_words(text: str, expected: list[str]) -> None:
    # «четыре провинции — Хэйлунцзян, Цзилинь»: a spaced dash is the sentence's punctuation, not the space inside
    # «провинция Хэйлунцзян»; a form with a dash at that place still takes it.
    liaoning = TermEntry(1, "place", {"ru": "провинция Ляонин"}, variants={"ru": ("Ляонин",)})
    bridge = TermEntry(2, "place", {"ru": "мост Хасан — Туманган"})
    summit = TermEntry(3, "event", {"ru": "Форум Россия Африка"})  # between capitalised words a dash joins a name
    assert [h.text for h in GlossaryMatcher([liaoning, bridge, summit]).find(text, "ru")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("经绥芬河口岸出境的中欧班列", []),
    ("中俄首座跨乌苏里江大桥", []),
    ("绥芬河市与俄方签署协议", ["绥芬河市"]),
])
def test_a_chinese_place_before_kouan_or_after_kua_is_no_mention_of_it(text: str, expected: list[str]) -> None:
    # 同江口岸 is the border port named after the city, 跨黑龙江铁路大桥 a bridge across the river the province is
    # named after: neither is the place, as 黑龙江界河 is not.
    suifenhe = TermEntry(1, "place", {"zh": "绥芬河", "en": "Suifenhe"}, variants={"zh": ("绥芬河市",)})
    ussuri = TermEntry(2, "place", {"zh": "乌苏里江", "en": "Ussuri"})
    assert [h.text for h in GlossaryMatcher([suifenhe, ussuri]).find(text, "zh")] == expected


@pytest.mark.parametrize(("text", "span"), [
    ("捷列先科会见了代表团。", "捷列先科"),
    ("尤里·捷列先科会见了代表团。", "尤里·捷列先科"),
    ("叶夫根尼·加夫里洛夫表示", "叶夫根尼·加夫里洛夫"),
])
def test_a_russian_name_is_found_with_other_characters_of_the_same_sound(text: str, span: str) -> None:
    # 杰格佳廖夫 and 捷格加廖夫 are one name heard by two writers: 杰 and 捷, 佳 and 加 (as 罗 and 洛) alike.
    tereshchenko = TermEntry(1, "person", {"zh": "尤里·杰列先科"}, short_forms={"zh": ("杰列先科",)})
    gavrilov = TermEntry(2, "person", {"zh": "叶夫根尼·佳夫里罗夫"})
    assert [h.text for h in GlossaryMatcher([tereshchenko, gavrilov]).find(text, "zh")] == [span]


ENERGY_WEEK = TermEntry(1, "event", {"en": "Russian Energy Week", "ru": "Российская энергетическая неделя"},
                        variants={"en": ("REW",), "ru": ("РЭН",)})


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("На РЭН-2023 было подписано соглашение о поставках.", "ru", "РЭН-2023"),
    ("Ministers met at Russian Energy Week 2022, the organisers said.", "en", "Russian Energy Week 2022"),
    ("В рамках РЭН 2021 года прошли переговоры.", "ru", "РЭН"),  # the year said apart: of the forum, not its name
])
def test_an_events_edition_by_its_year_is_a_mention_of_the_event(text: str, lang: str, span: str) -> None:
    assert [h.text for h in GlossaryMatcher([ENERGY_WEEK]).find(text, lang)] == [span]


def test_a_place_before_a_year_is_no_edition() -> None:
    assert [h.text for h in GlossaryMatcher([KAZAKHSTAN]).find("the Kazakhstan 2050 strategy", "en")] == [
        "Kazakhstan"]


SCHOLARS = TermEntry(1, "initiative", {"zh": "长江学者奖励计划", "en": "Changjiang Scholars Program"})


@pytest.mark.parametrize(("text", "span"), [
    ("教育部公布了新一批“长江学者”奖励计划入选名单。", "“长江学者”奖励计划"),
    ("他说“长江学者奖励计划很重要”。", "长江学者奖励计划"),  # the sentence's quotation, not the name's
])
def test_quotes_round_a_word_inside_a_name_go_with_it_as_a_pair(text: str, span: str) -> None:
    assert [h.text for h in GlossaryMatcher([SCHOLARS]).find(text, "zh")] == [span]


ROSCOSMOS = TermEntry(1, "organization", {"en": "Roscosmos", "ru": "Роскосмос"})


@pytest.mark.parametrize(("text", "span"), [
    ("Roscosmos’ new launch pad is ready.", "Roscosmos’"),
    ("Roscosmos' budget grew.", "Roscosmos'"),
    ("He called it ‘a matter for Roscosmos’ and left.", "Roscosmos"),  # the quotation's closing quote
])
def test_a_name_ending_in_s_takes_its_bare_possessive_apostrophe(text: str, span: str) -> None:
    assert [h.text for h in GlossaryMatcher([ROSCOSMOS]).find(text, "en")] == [span]


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("Details are at roscosmos.ru and www.roscosmos.com today.", "en", []),
    ("Write to press@roscosmos or see https://roscosmos.", "en", []),
    ("Об этом сообщил /Роскосмос/ в пятницу.", "ru", ["Роскосмос"]),  # set off by slashes as agencies do
])
def test_a_name_inside_a_web_or_mail_address_is_no_mention(text: str, lang: str, spans: list[str]) -> None:
    assert [h.text for h in GlossaryMatcher([ROSCOSMOS]).find(text, lang)] == spans


URAL_ENVOY = TermEntry(1, "title", {"ru": "полномочный представитель Президента Российской Федерации в Уральском "
                                          "федеральном округе"},
                       variants={"ru": ("полпред Президента в Уральском федеральном округе",)})


@pytest.mark.parametrize("text", [
    "Его назначили полпредом Президента Российской Федерации в Уральском федеральном округе.",
    "Встреча полномочного представителя президента в Уральском федеральном округе с губернатором.",
])
def test_polpred_and_polnomochny_predstavitel_name_the_same_post(text: str) -> None:
    hits = GlossaryMatcher([URAL_ENVOY]).find(text, "ru")
    assert [(h.entry.id, h.kind.value) for h in hits] == [(1, "variant")]
    assert text[hits[0].start:hits[0].end].endswith("Уральском федеральном округе")


AUDIT_CHIEF = TermEntry(1, "title", {"ru": "Председатель Счётной палаты Российской Федерации"},
                        variants={"ru": ("глава Счётной палаты",)})


@pytest.mark.parametrize(("text", "spans"), [
    ("Руководитель Счётной палаты выступил в Государственной думе.", ["Руководитель Счётной палаты"]),
    ("Об этом заявил председатель Счётной палаты.", ["председатель Счётной палаты"]),
    ("Доклад главы Счётной палаты Российской Федерации.", ["главы Счётной палаты Российской Федерации"]),
    ("Встреча руководителей счётных палат стран СНГ прошла в Минске.", []),  # the heads of several bodies
    ("Парламент будет управлять Счётной палатой.", []),  # the verb, no post
])
def test_a_russian_body_s_head_is_its_glava_predsedatel_or_rukovoditel(text: str, spans: list[str]) -> None:
    assert [h.text for h in GlossaryMatcher([AUDIT_CHIEF]).find(text, "ru")] == spans


def test_on_and_for_are_one_in_an_english_post_s_name() -> None:
    envoy = TermEntry(1, "title", {"en": "Special Envoy for Climate Change"})
    text = "The Special Envoy on Climate Change arrived; the envoy on trade did not."
    assert [h.text for h in GlossaryMatcher([envoy]).find(text, "en")] == ["Special Envoy on Climate Change"]


@pytest.mark.parametrize(("text", "spans"), [
    ("普希金剧院今晚上演新剧。", []),
    ("游客在普希金广场合影。", []),
    ("普希金诞辰纪念活动在莫斯科举行。", ["普希金"]),
])
def test_a_chinese_surname_before_a_theatre_or_square_names_the_place_not_the_person(text: str,
                                                                                     spans: list[str]) -> None:
    pushkin = TermEntry(1, "person", {"zh": "亚历山大·普希金", "en": "Alexander Pushkin"},
                        short_forms={"zh": ("普希金",)})
    assert [h.text for h in GlossaryMatcher([pushkin]).find(text, "zh")] == spans


def test_a_country_before_a_name_that_ends_with_the_country_is_not_part_of_it() -> None:
    # "Russia's Central Bank" is the bank; "Russia Central Bank of the Russian Federation" names the country twice,
    # so the word before the name belongs to the name before it.
    bank = TermEntry(1, "organization", {"en": "Central Bank of the Russian Federation"})
    governor = TermEntry(2, "title", {"en": "Governor of the Bank of Russia"})
    russia = TermEntry(3, "country", {"en": "Russian Federation"}, variants={"en": ("Russia",)})
    matcher = GlossaryMatcher([bank, governor, russia])
    text = "the Governor of the Bank of Russia Central Bank of the Russian Federation spoke"
    assert [(h.text, h.entry.id) for h in matcher.find(text, "en")] == [
        ("Governor of the Bank of Russia", 2), ("Central Bank of the Russian Federation", 1)]
    assert [h.text for h in matcher.find("Russia's Central Bank raised the rate.", "en")] == ["Russia's Central Bank"]


@pytest.mark.parametrize(("text", "spans"), [
    ("俄罗斯交通部表示,新航线将于明年开通。", ["俄罗斯交通部"]),
    ("俄罗斯交通部长萨维利耶夫表示,新航线将于明年开通。", []),  # the minister, not the ministry
    ("俄羅斯交通部長表示,新航線將於明年開通。", []),
    ("国家移民管理局长表示,口岸通关将更加便利。", []),
    ("国家移民管理局表示,口岸通关将更加便利。", ["国家移民管理局"]),
])
def test_a_chinese_ministry_followed_by_zhang_is_its_ministers_post(text: str, spans: list[str]) -> None:
    transport = TermEntry(1, "organization", {"zh": "俄罗斯联邦交通部", "en": "Ministry of Transport"},
                          variants={"zh": ("俄罗斯交通部",)})
    immigration = TermEntry(2, "organization", {"zh": "国家移民管理局", "en": "National Immigration Administration"})
    assert [h.text for h in GlossaryMatcher([transport, immigration]).find(text, "zh")] == spans


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("The State Duma Committee on Foreign Affairs met on Tuesday.", "en", "State Duma Committee on Foreign Affairs"),
    ("the Chairman of the State Duma Foreign Affairs Committee said", "en",
     "Chairman of the State Duma Foreign Affairs Committee"),
])
def test_international_and_foreign_affairs_name_one_committee(text: str, lang: str, span: str) -> None:
    committee = TermEntry(1, "organization", {"en": "State Duma Committee on International Affairs"},
                          variants={"en": ("State Duma International Affairs Committee",)})
    chairman = TermEntry(2, "title", {"en": "Chairman of the State Duma International Affairs Committee"})
    assert [h.text for h in GlossaryMatcher([committee, chairman]).find(text, lang)] == [span]


def test_foreign_affairs_stays_apart_from_international_outside_a_committee() -> None:
    ministry = TermEntry(1, "organization", {"en": "Ministry of Foreign Affairs of Kazakhstan"})
    text = "the Ministry of International Affairs of Kazakhstan, a body no one has"
    assert GlossaryMatcher([ministry]).find(text, "en") == []


@pytest.mark.parametrize(("text", "spans"), [
    ("The ferry to Big Diomede Island leaves twice a week.", ["Big Diomede Island"]),
    ("Russia keeps Big Diomede, while Little Diomede is American.", ["Big Diomede"]),
    ("Tourists flock to Yinlong, a city district.", []),  # one word left: any place may have it
    ("Yinlong Island was handed over in 2008.", ["Yinlong Island"]),
])
def test_an_island_of_two_words_or_more_is_found_without_island(text: str, spans: list[str]) -> None:
    big_diomede = TermEntry(1, "place", {"en": "Big Diomede Island", "ru": "остров Ратманова"})
    yinlong = TermEntry(2, "place", {"en": "Yinlong Island"})
    assert [h.text for h in GlossaryMatcher([big_diomede, yinlong]).find(text, "en")] == spans


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("Форум «Армия-2024» открылся в Кубинке.", "ru", []),  # the forum named right after it
    ("На форуме \"Россия зовет!\" выступил министр.", "ru", []),
    ("The forum “Russia Calling!” opened in Moscow.", "en", []),
    ("Форум открылся во Владивостоке.", "ru", ["Форум"]),
    ("The forum opened in Vladivostok.", "en", ["forum"]),
])
def test_an_events_short_form_followed_by_a_quoted_name_is_that_event(text: str, lang: str,
                                                                      spans: list[str]) -> None:
    forum = TermEntry(1, "event", {"en": "Eastern Economic Forum", "ru": "Восточный экономический форум"},
                      short_forms={"en": ("the forum",), "ru": ("форум",)})
    hits = GlossaryMatcher([forum]).find(text, lang)
    assert [h.text.removeprefix("The ").removeprefix("the ") for h in hits] == spans


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("the Jilin Provincial Department of Commerce signed it", "en", ["Jilin"]),
    ("吉林省商务厅签署了协议", "zh", ["吉林省"]),
    ("the Harbin Municipal Bureau of Culture said", "en", ["Harbin"]),
    ("哈尔滨市文化局表示", "zh", ["哈尔滨市"]),
    ("Jilin Province borders Russia.", "en", ["Jilin Province"]),
    ("trade between Jilin and Primorye grew", "en", ["Jilin"]),
])
def test_a_body_of_a_province_or_city_names_the_place_in_english_as_in_chinese(text: str, lang: str,
                                                                              spans: list[str]) -> None:
    jilin = TermEntry(1, "place", {"en": "Jilin Province", "zh": "吉林省"}, variants={"en": ("Jilin",)})
    harbin = TermEntry(2, "place", {"en": "Harbin", "zh": "哈尔滨"}, variants={"zh": ("哈尔滨市",)})
    assert [h.text for h in GlossaryMatcher([jilin, harbin]).find(text, lang)] == spans


@pytest.mark.parametrize(("text", "span"), [
    ("对外贸易大学与莫斯科国立国际关系学院签署协议。", "对外贸易大学"),
    ("外贸大学与莫斯科国立国际关系学院签署协议。", "外贸大学"),
])
def test_a_chinese_name_is_found_with_waimao_or_duiwai_maoyi(text: str, span: str) -> None:
    university = TermEntry(1, "organization", {"zh": "外贸大学", "en": "University of Foreign Trade"})
    assert [h.text for h in GlossaryMatcher([university]).find(text, "zh")] == [span]


def test_a_russian_names_tin_is_jing_or_jin_in_chinese() -> None:
    churkin = TermEntry(1, "person", {"zh": "维塔利·丘尔金", "en": "Vitaly Churkin"}, short_forms={"zh": ("丘尔金",)})
    matcher = GlossaryMatcher([churkin])
    assert [h.text for h in matcher.find("维塔利·丘尔京在安理会发言,丘尔京说。", "zh")] == ["维塔利·丘尔京", "丘尔京"]
    assert [h.text for h in matcher.find("北京和南京的代表出席。", "zh")] == []


@pytest.mark.parametrize(("text", "spans"), [
    ("Соглашение о побратимстве подписано с Новосибирском.", ["Новосибирском"]),
    ("Делегация побывала в Новосибирской области.", ["Новосибирской области"]),
    ("Учения прошли в Новосибирском районе.", []),  # the district named after the city
    ("Он учился в Новосибирском университете.", []),  # the prepositional: an adjective of the university's name
])
def test_a_citys_instrumental_read_as_its_regions_adjective_is_the_city(text: str, spans: list[str]) -> None:
    city = TermEntry(1, "place", {"ru": "Новосибирск", "en": "Novosibirsk"})
    region = TermEntry(2, "place", {"ru": "Новосибирская область", "en": "Novosibirsk Oblast"})
    assert [h.text for h in GlossaryMatcher([city, region]).find(text, "ru")] == spans


@pytest.mark.parametrize(("text", "spans"), [
    ("Акции российского банка ПСБ выросли.", []),  # the bank named right after its description
    ("Клиенты российской авиакомпании «Победа» недовольны.", []),
    ("Глава российского банка заявил о ставке.", ["российского банка"]),
])
def test_a_countrys_adjective_and_a_common_noun_before_a_name_describe_that_name(text: str,
                                                                                 spans: list[str]) -> None:
    russia = TermEntry(1, "country", {"ru": "Российская Федерация", "en": "Russian Federation"},
                       variants={"ru": ("Россия",), "en": ("Russia",)})
    bank = TermEntry(2, "organization", {"ru": "Банк России", "en": "Bank of Russia"})
    airline = TermEntry(3, "organization", {"ru": "Авиакомпания России", "en": "Airline of Russia"})
    assert [h.text for h in GlossaryMatcher([russia, bank, airline]).find(text, "ru")] == spans


def test_chair_is_the_chairmans_post() -> None:
    chairman = TermEntry(1, "title", {"en": "Chairman of the Accounts Chamber of Russia"})
    text = "Chair of the Accounts Chamber of Russia Boris Kovalchuk will chair the Accounts Chamber's board."
    assert [h.text for h in GlossaryMatcher([chairman]).find(text, "en")] == ["Chair of the Accounts Chamber of Russia"]


@pytest.mark.parametrize(("text", "spans"), [
    ("沿黑龙江、松花江两岸的城市受灾严重。", []),  # the rivers, listed
    ("黑龙江、吉林两省的企业参加了博览会。", ["黑龙江", "吉林"]),
])
def test_a_chinese_place_listed_with_another_river_is_the_river(text: str, spans: list[str]) -> None:
    heilongjiang = TermEntry(1, "place", {"zh": "黑龙江省", "en": "Heilongjiang Province"},
                             variants={"zh": ("黑龙江",)})
    jilin = TermEntry(2, "place", {"zh": "吉林省", "en": "Jilin Province"}, variants={"zh": ("吉林",)})
    assert [h.text for h in GlossaryMatcher([heilongjiang, jilin]).find(text, "zh")] == spans


def test_a_chinese_names_two_kinds_of_same_sound_characters_vary_apart() -> None:
    volodin = TermEntry(1, "person", {"zh": "维亚切斯拉夫·沃洛金", "en": "Vyacheslav Volodin"},
                        short_forms={"zh": ("沃洛金",)})
    assert [h.text for h in GlossaryMatcher([volodin]).find("國家杜馬主席沃羅金表示", "zh")] == ["沃羅金"]


@pytest.mark.parametrize(("text", "spans"), [
    ("两国教育部签署了合作备忘录。", []),  # both countries' ministries
    ("韩国教育部发布了新规定。", []),
    ("教育部发布了新规定。", ["教育部"]),
    ("中国教育部发布了新规定。", ["中国教育部"]),
])
def test_a_chinese_body_without_its_country_after_guo_is_another_countrys(text: str, spans: list[str]) -> None:
    education = TermEntry(1, "organization", {"zh": "中华人民共和国教育部", "en": "Ministry of Education of China"},
                          variants={"zh": ("中国教育部", "教育部")})
    assert [h.text for h in GlossaryMatcher([education]).find(text, "zh")] == spans


def test_a_joint_bodys_name_after_liangguo_stays_the_joint_body() -> None:
    joint = TermEntry(1, "organization", {"zh": "中俄投资合作委员会",
                                          "en": "Intergovernmental Commission on Investment Cooperation"})
    hits = GlossaryMatcher([joint]).find("两国投资合作委员会第十次会议召开。", "zh")
    assert [h.text for h in hits] == ["投资合作委员会"]


@pytest.mark.parametrize(("text", "spans"), [
    ("吉林省第十四届人民代表大会第三次会议在长春开幕。", ["吉林省第十四届人民代表大会"]),
    ("政协辽宁省第十三届委员会第二次会议闭幕。", ["政协辽宁省第十三届委员会"]),
    ("中國人民政治協商會議遼寧省第十二屆委員會常務委員會", ["中國人民政治協商會議遼寧省第十二屆委員會"]),
])
def test_a_chinese_congress_or_cppcc_committee_is_found_with_its_term(text: str, spans: list[str]) -> None:
    congress = TermEntry(1, "organization", {"zh": "吉林省人民代表大会", "en": "Jilin Provincial People's Congress"})
    cppcc = TermEntry(2, "organization", {"zh": "政协辽宁省委员会", "en": "Liaoning Provincial Committee of the CPPCC"},
                      variants={"zh": ("中国人民政治协商会议辽宁省委员会",)})
    assert [h.text for h in GlossaryMatcher([congress, cppcc]).find(text, "zh")] == spans


@pytest.mark.parametrize(("text", "spans"), [
    ("蒙古国外交部长巴特策策格抵达北京。", []),  # Mongolia's minister
    ("外交部长王毅会见了来访的客人。", ["外交部长"]),
])
def test_a_chinese_ministers_post_without_its_country_after_guo_is_another_countrys(text: str,
                                                                                   spans: list[str]) -> None:
    minister = TermEntry(1, "title", {"zh": "中华人民共和国外交部部长", "en": "Minister of Foreign Affairs of China"},
                         variants={"zh": ("外交部长",)})
    assert [h.text for h in GlossaryMatcher([minister]).find(text, "zh")] == spans


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("俄罗斯能源周国际论坛开幕,该论坛为期三天。", "zh", ["俄罗斯能源周国际论坛"]),  # that forum is the energy week
    ("东方经济论坛开幕,论坛为期三天。", "zh", ["东方经济论坛", "论坛"]),
    ("Russian Energy Week opened; the forum lasts three days.", "en", ["Russian Energy Week"]),
    ("The forum opened in Vladivostok.", "en", ["The forum"]),  # no event named before it: as before
])
def test_an_events_short_form_after_another_event_named_in_full_is_that_one(text: str, lang: str,
                                                                           spans: list[str]) -> None:
    forum = TermEntry(1, "event", {"zh": "东方经济论坛", "en": "Eastern Economic Forum"},
                      short_forms={"zh": ("论坛",), "en": ("the forum",)})
    week = TermEntry(2, "event", {"zh": "俄罗斯能源周", "en": "Russian Energy Week"},
                     variants={"zh": ("俄罗斯能源周国际论坛",)})
    assert [h.text for h in GlossaryMatcher([forum, week]).find(text, lang)] == spans


@pytest.mark.parametrize(("text", "spans"), [
    ("日本驻中国大使馆发表声明。", ["日本驻中国大使馆"]),
    ("日本駐中國大使館發表聲明。", ["日本駐中國大使館"]),
    ("日本驻华大使馆发表声明。", ["日本驻华大使馆"]),
])
def test_zhu_zhongguo_and_zhu_hua_name_the_same_mission(text: str, spans: list[str]) -> None:
    embassy = TermEntry(1, "organization", {"zh": "日本驻华大使馆", "en": "Embassy of Japan in China"})
    assert [h.text for h in GlossaryMatcher([embassy]).find(text, "zh")] == spans


@pytest.mark.parametrize(("text", "spans"), [
    ("Residents of the Far East Federal District got land.", ["Far East Federal District"]),
    ("the Far Eastern Federal District", ["Far Eastern Federal District"]),
    ("Investors in the Russian Far East and Siberia", []),  # the region, no name's word after it
])
def test_far_east_and_far_eastern_name_alike(text: str, spans: list[str]) -> None:
    district = TermEntry(1, "place", {"en": "Far Eastern Federal District"})
    assert [h.text for h in GlossaryMatcher([district]).find(text, "en")] == spans


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("Visas are issued by the consulate general in Niigata.", "en", ["consulate general in Niigata"]),
    ("The Japanese Consulate General in Niigata reopened.", "en", ["Japanese Consulate General in Niigata"]),
    ("Визы выдаёт генеральное консульство в Ниигате.", "ru", ["генеральное консульство в Ниигате"]),
    ("驻新潟总领事馆发布通知。", "zh", ["驻新潟总领事馆"]),
    ("The consulate general in Osaka reopened.", "en", []),  # another city's
])
def test_a_consulate_is_found_by_its_city_without_its_country(text: str, lang: str, spans: list[str]) -> None:
    consulate = TermEntry(1, "organization", {"zh": "俄罗斯驻新潟总领事馆",
                                              "en": "Consulate General of Russia in Niigata",
                                              "ru": "Генеральное консульство России в Ниигате"},
                          variants={"en": ("Japanese Consulate General in Niigata",)})
    assert [h.text for h in GlossaryMatcher([consulate]).find(text, lang)] == spans


def test_a_chinese_funds_name_is_found_as_a_foundation() -> None:
    fund = TermEntry(1, "organization", {"zh": "中俄投资基金", "en": "Russia-China Investment Fund"})
    hits = GlossaryMatcher([fund]).find("中俄投资基金会总裁表示", "zh")
    assert [(h.text, h.kind.value) for h in hits] == [("中俄投资基金会", "variant")]


@pytest.mark.parametrize("text", [
    "Работу торгового представительства России в г. Новосибирске продлили.",
    "Работу торгового представительства России в городе Новосибирске продлили.",
])
def test_a_russian_bodys_city_takes_gorod_or_g_before_it(text: str) -> None:
    mission = TermEntry(1, "organization", {"ru": "Торговое представительство России в Новосибирске",
                                            "en": "Trade Representation of Russia in Novosibirsk"})
    assert [h.text for h in GlossaryMatcher([mission]).find(text, "ru")] == [text[7:text.index(" продлили")]]


@pytest.mark.parametrize(("text", "span"), [
    ("Встречу провёл полпред в Сибирском федеральном округе.", "полпред в Сибирском федеральном округе"),
    ("по словам полномочного представителя в Сибирском федеральном округе",
     "полномочного представителя в Сибирском федеральном округе"),
])
def test_an_envoys_post_is_found_without_the_presidents_words(text: str, span: str) -> None:
    envoy = TermEntry(1, "title", {"ru": "полномочный представитель Президента Российской Федерации в Сибирском "
                                         "федеральном округе",
                                   "en": "Presidential Envoy to the Siberian Federal District"})
    assert [h.text for h in GlossaryMatcher([envoy]).find(text, "ru")] == [span]


@pytest.mark.parametrize(("text", "spans"), [
    ("according to the Sinopec Shanghai Group, output grew", []),  # a branch's own name
    ("the Sinopec Opera Company", ["Sinopec"]),  # a body's own arm
    ("Sinopec Shanghai Co., Ltd. reported", []),
    ("Sinopec said output grew", ["Sinopec"]),
    ("Sinopec and Rosneft signed", ["Sinopec"]),
])
def test_a_companys_name_before_a_place_and_a_companys_word_is_its_branchs(text: str, spans: list[str]) -> None:
    sinopec = TermEntry(1, "organization", {"en": "Sinopec", "zh": "中国石化"})
    assert [h.text for h in GlossaryMatcher([sinopec]).find(text, "en")] == spans


@pytest.mark.parametrize(("text", "span"), [
    ("Визу выдали в генконсульстве Японии в Новосибирске.", "генконсульстве Японии в Новосибирске"),
    ("Встреча с торговым представительством Японии в России.", "торговым представительством Японии в России"),
    ("Письмо генконсулу Японии в Новосибирске.", "генконсулу Японии в Новосибирске"),
])
def test_russian_clipped_words_name_as_the_spelt_out_ones(text: str, span: str) -> None:
    consulate = TermEntry(1, "organization", {"ru": "Генеральное консульство Японии в Новосибирске",
                                              "en": "Consulate General of Japan in Novosibirsk"})
    mission = TermEntry(2, "organization", {"ru": "Торгпредство Японии в России", "en": "Trade Mission of Japan"})
    consul = TermEntry(3, "title", {"ru": "генеральный консул Японии в Новосибирске",
                                    "en": "Consul General of Japan in Novosibirsk"})
    assert [h.text for h in GlossaryMatcher([consulate, mission, consul]).find(text, "ru")] == [span]


def test_zongling_guan_is_the_consulate_generals_short_name() -> None:
    consulate = TermEntry(1, "organization", {"zh": "日本驻新潟总领事馆",
                                              "en": "Consulate General of Japan in Niigata"})
    hits = GlossaryMatcher([consulate]).find("日本驻新潟总领馆发布通知。", "zh")
    assert [h.text for h in hits] == ["日本驻新潟总领馆"]


@pytest.mark.parametrize(("text", "spans"), [
    ("他当选为浙江省人民政府省长。", []),  # Zhejiang's governor
    ("浙江十三届人大常委会第五次会议闭幕。", []),  # Zhejiang's people's congress
    ("省长梁惠玲会见了代表团。", ["省长"]),
    ("十四届全国人大二次会议开幕。", ["全国人大"]),  # the country's own, named so
    ("该省省长会见了代表团。", ["省长"]),
    ("黑龙江省人民政府省长会见了代表团。", ["省长"]),  # the entry's own province
])
def test_a_chinese_short_name_after_another_places_name_is_that_places(text: str, spans: list[str]) -> None:
    governor = TermEntry(1, "title", {"zh": "黑龙江省省长", "en": "Governor of Heilongjiang Province"},
                         short_forms={"zh": ("省长",)})
    congress = TermEntry(2, "organization", {"zh": "全国人民代表大会", "en": "National People's Congress"},
                         variants={"zh": ("全国人大", "人大")})
    assert [h.text for h in GlossaryMatcher([governor, congress]).find(text, "zh")] == spans
