"""Recognition of the seed glossary's entries in zh, en and ru text: spans, kinds, near misses, overlaps."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, TermEntry
from desktop_app.storage.glossary_store import GlossaryStore


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> GlossaryMatcher:
    path: Path = tmp_path_factory.mktemp("glossary") / "g.sqlite"
    with GlossaryStore.open(path) as store:
        return store.matcher()


def spans(matcher: GlossaryMatcher, text: str, lang: str) -> list[tuple[str, str, str]]:
    """(matched text, kind, English approved form) of every hit, checking offsets on the way."""
    hits = matcher.find(text, lang)
    for h in hits:
        assert text[h.start:h.end] == h.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))
    return [(h.text, h.kind.value, h.entry.forms["en"]) for h in hits]


@pytest.mark.parametrize(("text", "expected"), [
    ("депутаты Государственной думы", "State Duma"),
    ("встреча с Сергеем Мироновым", "Sergei Mironov"),
    ("визит Сергея Миронова", "Sergei Mironov"),
    ("страны Евразийского экономического союза", "Eurasian Economic Union"),
    ("поддержка малых и средних предприятий", "small and medium-sized enterprises"),
    ("с Алексеем Чепой", "Alexey Chepa"),
    ("в Комитете Государственной думы по международным делам", "State Duma Committee on International Affairs"),
    ("встреча с Цянь Хуншанем", "Qian Hongshan"),
    ("у Ван Цзяня", "Wang Jian"),
    ("Председателю КНР Си Цзиньпину", "President Xi Jinping"),
    ("был вице-губернатором провинции Чжэцзян", "Vice Governor of Zhejiang Province"),
    ("с секретарём горкома КПК города Цзиньхуа", "Secretary of the CPC Jinhua Municipal Committee"),
    ("в Российской Федерации", "Russian Federation"),
])
def test_inflected_russian_matches_the_nominative_entry(matcher: GlossaryMatcher, text: str, expected: str) -> None:
    found = spans(matcher, text, "ru")
    assert [en for _, _, en in found] == [expected]
    assert found[0][1] == "approved"


def test_russian_hit_covers_exactly_the_inflected_words(matcher: GlossaryMatcher) -> None:
    text = "Депутаты Государственной думы выступили."
    (hit,) = matcher.find(text, "ru")
    assert (hit.start, hit.end, hit.text) == (9, 29, "Государственной думы")


def test_chinese_without_spaces_longest_match_wins(matcher: GlossaryMatcher) -> None:
    text = "金华市委书记朱重烈会见了国家杜马国际事务委员会第一副主席阿列克谢·切帕。"
    found = spans(matcher, text, "zh")
    assert [t for t, _, _ in found] == ["金华市委书记", "朱重烈", "国家杜马国际事务委员会第一副主席", "阿列克谢·切帕"]


def test_traditional_chinese_matches_simplified_entries_with_aligned_offsets(matcher: GlossaryMatcher) -> None:
    text = "今天，國家杜馬代表團訪問義烏。"
    hits = matcher.find(text, "zh")
    assert [(h.text, h.entry.forms["zh"]) for h in hits] == [("國家杜馬", "国家杜马"), ("義烏", "义乌")]
    assert hits[0].start == 3


def test_chinese_quotes_of_any_shape_are_part_of_the_hit(matcher: GlossaryMatcher) -> None:
    for text in ("共建“一带一路”倡议", '共建"一带一路"倡议', "共建「一帶一路」倡議"):
        (hit,) = matcher.find(text, "zh")
        assert hit.entry.forms["en"] == "Belt and Road Initiative"
        assert hit.text == text[2:]


@pytest.mark.parametrize(("text", "hit_text", "kind"), [
    ("The SMEs met.", "SMEs", "variant"),
    ("support for small and medium-sized enterprises", "small and medium-sized enterprises", "approved"),
    ("the Eurasian Economic Union's members", "Eurasian Economic Union's", "approved"),
    ("the EURASIAN ECONOMIC UNION", "EURASIAN ECONOMIC UNION", "approved"),
    ("China–Russia Roundtable Conference on SMEs Cooperation", None, "approved"),
    ("China — Russia Roundtable Conference on SME Cooperation", None, "approved"),
    ("A Just Russia-Patriots-For Truth", None, "approved"),
    ("«A Just Russia — Patriots — For Truth»", "A Just Russia — Patriots — For Truth", "approved"),
    ("“A Just Russia — Patriots — For Truth”", "A Just Russia — Patriots — For Truth", "approved"),
])
def test_english_case_possessive_plural_dash_and_quote_variants(matcher: GlossaryMatcher, text: str,
                                                                 hit_text: str | None, kind: str) -> None:
    (hit,) = matcher.find(text, "en")
    assert hit.text == (hit_text or text)
    assert hit.kind.value == kind


def test_russian_quoted_names_take_their_quotes_along(matcher: GlossaryMatcher) -> None:
    for text in ("партия «Справедливая Россия» заявила", 'партия "Справедливая Россия" заявила',
                 "партия Справедливая Россия заявила"):
        (hit,) = matcher.find(text, "ru")
        assert hit.kind is HitKind.VARIANT and hit.entry.forms["en"] == "A Just Russia — Patriots — For Truth"
        assert hit.text.strip("«»\"") == "Справедливая Россия"
        assert hit.text == ("Справедливая Россия" if "Россия " in text else text[7:28])


def test_forbidden_forms_are_reported_as_such(matcher: GlossaryMatcher) -> None:
    found = spans(matcher, "The CCP and the One Belt One Road initiative; the Chinese Communist Party.", "en")
    assert found == [("CCP", "forbidden", "Communist Party of China"),
                     # with the head word the approved "… Initiative" has: replaced whole, no "initiative" is left over
                     ("One Belt One Road initiative", "forbidden", "Belt and Road Initiative"),
                     ("Chinese Communist Party", "forbidden", "Communist Party of China")]
    (hit,) = matcher.find("встреча с президентом Си Цзиньпином", "ru")
    assert hit.kind is HitKind.FORBIDDEN


@pytest.mark.parametrize(("text", "lang"), [
    ("Чепуха какая-то", "ru"),
    ("Jinhuan is not a city", "en"),
    ("the Dumaist novels", "en"),
    ("Miron went home", "en"),
    ("Chepanov arrived", "en"),
    ("Иуда", "ru"),
])
def test_near_misses_inside_other_words_do_not_match(matcher: GlossaryMatcher, text: str, lang: str) -> None:
    assert matcher.find(text, lang) == []


def test_overlapping_entries_resolve_to_the_longest(matcher: GlossaryMatcher) -> None:
    found = spans(matcher, "the State Duma Committee on International Affairs", "en")
    assert found == [("State Duma Committee on International Affairs", "approved",
                      "State Duma Committee on International Affairs")]


def test_variant_hits_name_the_glossary_form_they_matched(matcher: GlossaryMatcher) -> None:
    (hit,) = matcher.find("the Госдума decided", "ru")
    assert hit.kind is HitKind.VARIANT and hit.form == "Госдума"


def test_an_empty_glossary_or_text_finds_nothing() -> None:
    assert GlossaryMatcher([]).find("State Duma", "en") == []
    entry = TermEntry(1, "term", {"en": "State Duma"}, {}, {})
    assert GlossaryMatcher([entry]).find("", "en") == []
    assert GlossaryMatcher([entry]).find("State Duma", "zh") == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("国家杜马金华市 ,-—«»\"'SsMmEeDdUuAaоСДума")), max_size=40),
       st.sampled_from(["zh", "en", "ru"]))
def test_hits_are_always_valid_spans_of_the_text(matcher: GlossaryMatcher, text: str, lang: str) -> None:
    hits = matcher.find(text, lang)
    for h in hits:
        assert 0 <= h.start < h.end <= len(text) and text[h.start:h.end] == h.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))


def test_opencc_traditional_to_simplified_is_one_character_for_one() -> None:
    """The offset alignment of Chinese matching rests on this: OpenCC's t2s character table is 1:1."""
    from pathlib import Path

    import opencc

    from desktop_app.domain.glossary.normalize import normalize_chinese

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    pairs = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()]
    assert len(pairs) > 4000
    assert all(len(trad) == 1 and len(simp.split(" ")[0]) == 1 for trad, simp in pairs)
    traditional = "".join(trad for trad, _ in pairs)
    folded, offsets = normalize_chinese(traditional)
    assert len(folded) == len(traditional) and list(offsets) == list(range(len(traditional)))
    assert folded == "".join(simp.split(" ")[0] for _, simp in pairs)
