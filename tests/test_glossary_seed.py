"""The shipped glossary seed: big enough, complete in zh/en/ru, sourced, free of collisions, tenures that hold.

The CSV is read with the csv module, not through PressDesk, so these checks do not lean on the code they feed.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import REPO, SEED_CSV
from desktop_app.domain.transliteration import suggest_name
from desktop_app.storage.glossary_store import GlossaryStore

TENURES_CSV = REPO / "resources" / "glossary-tenures.csv"
LANGS = ("zh", "en", "ru")
CATEGORIES = {"person", "title", "organization", "place", "initiative", "event", "term", "country"}
SOURCE_RE = re.compile(r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/\S*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _key(form: str) -> str:
    return " ".join(form.casefold().replace("ё", "е").split())


ROWS = _rows(SEED_CSV)
TENURES = _rows(TENURES_CSV)


def test_the_seed_has_at_least_300_complete_and_sourced_entries() -> None:
    assert len(ROWS) >= 300
    for row in ROWS:
        label = row["en"] or row["zh"]
        assert row["category"] in CATEGORIES, label
        assert all(row[lang].strip() for lang in LANGS), f"{label}: a language is missing"
        assert SOURCE_RE.match(row["source"]), f"{label}: source {row['source']!r} is not a site address"
        assert HAN_RE.search(row["zh"]) and CYRILLIC_RE.search(row["ru"]), label
        assert not HAN_RE.search(row["en"]) and not CYRILLIC_RE.search(row["en"]), label


def test_no_two_entries_share_an_approved_form_or_a_variant() -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in ROWS:
        for lang in LANGS:
            for form in (row[lang], *_split(row[f"{lang}_variants"])):
                owners[(lang, _key(form))].add(row["en"])
    shared = {key: sorted(names) for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_short_and_forbidden_forms_never_pass_for_another_entry_s_full_form() -> None:
    full: dict[tuple[str, str], str] = {}
    for row in ROWS:
        for lang in LANGS:
            for form in (row[lang], *_split(row[f"{lang}_variants"])):
                full[(lang, _key(form))] = row["en"]
    clashes = []
    for row in ROWS:
        for lang in LANGS:
            for kind in ("short", "forbidden"):
                for form in _split(row.get(f"{lang}_{kind}", "")):
                    if (lang, _key(form)) in full:
                        clashes.append((row["en"], kind, form, full[(lang, _key(form))]))
    assert clashes == []


def test_the_abbreviations_people_write_are_accepted_variants() -> None:
    by_en = {row["en"]: row for row in ROWS}
    expected = {
        "State Duma": ("ru", {"ГД", "Госдума"}),
        "Federation Council": ("ru", {"СФ"}),
        "Federal Assembly of the Russian Federation": ("ru", {"ФС РФ"}),
        "People's Republic of China": ("ru", {"КНР"}),
        "National People's Congress": ("en", {"NPC"}),
        "Standing Committee of the National People's Congress": ("ru", {"ПК ВСНП"}),
        "Chinese People's Political Consultative Conference": ("en", {"CPPCC"}),
        "CPC Central Committee": ("en", {"Communist Party of China Central Committee"}),
    }
    for en, (lang, forms) in expected.items():
        row = by_en[en]
        assert forms <= {row[lang], *_split(row[f"{lang}_variants"])}, en
    assert "ВСНП" in _split(by_en["National People's Congress"]["ru_variants"])
    assert "China" in _split(by_en["People's Republic of China"]["en_variants"])
    assert by_en["CPC Central Committee"]["ru"] == "ЦК КПК"


def test_bodies_that_share_words_are_distinct_entries() -> None:
    by_en = {row["en"]: row for row in ROWS}
    bodies = ["Federal Assembly of the Russian Federation", "Federation Council", "State Duma", "Russian Federation"]
    assert len({by_en[en]["ru"] for en in bodies}) == len({by_en[en]["zh"] for en in bodies}) == len(bodies)


def test_chinese_names_follow_pinyin_and_palladius() -> None:
    for row in ROWS:
        if row["category"] != "person" or "·" in row["zh"]:
            continue
        name = suggest_name(row["zh"])
        assert (row["en"], row["ru"]) in [(name.pinyin, name.palladius), *name.alternatives], row["zh"]


def test_tenures_are_dated_and_link_a_person_to_a_title() -> None:
    category = {row["en"]: row["category"] for row in ROWS}
    assert len(TENURES) >= 50
    for t in TENURES:
        assert category.get(t["person_en"]) == "person", t
        assert category.get(t["title_en"]) == "title", t
        for date in (t["valid_from"], t["valid_to"]):
            assert not date or DATE_RE.match(date), t
        if t["valid_from"] and t["valid_to"]:
            assert t["valid_from"] <= t["valid_to"], t
    dated = [t for t in TENURES if t["valid_from"] or t["valid_to"]]
    assert len(dated) >= len(TENURES) - 5


@pytest.mark.parametrize(("person", "title", "date", "holds"), [
    ("Vladimir Putin", "President of the Russian Federation", "2010-06-01", False),
    ("Vladimir Putin", "Chairman of the Government of the Russian Federation", "2010-06-01", True),
    ("Wang Yi", "Minister of Foreign Affairs of the People's Republic of China", "2023-03-01", False),
    ("Wang Yi", "Minister of Foreign Affairs of the People's Republic of China", "2024-03-01", True),
    ("Zhao Leji", "Chairman of the Standing Committee of the National People's Congress", "2023-07-20", True),
    ("Li Zhanshu", "Chairman of the Standing Committee of the National People's Congress", "2023-07-20", False),
    ("Liu Xin", "Vice Governor of Zhejiang Province", "2023-07-20", False),
])
def test_a_new_glossary_holds_every_seed_entry_and_tenure(tmp_path: Path, person: str, title: str, date: str,
                                                          holds: bool) -> None:
    with GlossaryStore.open(tmp_path / "g.sqlite") as store:
        assert store.count() == len(ROWS)
        assert len(store.tenures()) == len(TENURES)
        ids = {e.forms["en"]: e.id for e in store.entries()}
        assert all(e.source.startswith("http") for e in store.entries())
        tenures = [t for t in store.tenures(ids[person]) if t.title_id == ids[title]]
    assert any(t.covers(date) for t in tenures) is holds


@pytest.fixture
def seeded(tmp_path: Path):  # type: ignore[no-untyped-def]
    with GlossaryStore.open(tmp_path / "g.sqlite") as store:
        yield store


def _named(store: GlossaryStore, text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(h.text, h.kind.value, h.entry.forms["en"]) for h in store.matcher().find(text, lang)]


def test_bodies_that_share_words_are_told_apart_in_running_text(seeded: GlossaryStore) -> None:
    assert _named(seeded, "Совет Федерации и Государственная дума составляют Федеральное Собрание России.", "ru") == [
        ("Совет Федерации", "variant", "Federation Council"), ("Государственная дума", "approved", "State Duma"),
        ("Федеральное Собрание России", "variant", "Federal Assembly of the Russian Federation")]
    assert _named(seeded, "The Federation Council, the upper house of the Federal Assembly of the Russian Federation",
                  "en") == [
        ("Federation Council", "approved", "Federation Council"), ("the upper house", "short", "Federation Council"),
        ("Federal Assembly of the Russian Federation", "approved", "Federal Assembly of the Russian Federation")]


def test_abbreviations_and_running_forms_are_recognised(seeded: GlossaryStore) -> None:
    assert _named(seeded, "Депутаты ГД и Госдумы встретились с делегацией ВСНП и ПК ВСНП в КНР.", "ru") == [
        ("ГД", "variant", "State Duma"), ("Госдумы", "variant", "State Duma"),
        ("ВСНП", "variant", "National People's Congress"),
        ("ПК ВСНП", "variant", "Standing Committee of the National People's Congress"),
        ("КНР", "variant", "People's Republic of China")]
    assert _named(seeded, "China and the Communist Party of China Central Committee", "en") == [
        ("China", "variant", "People's Republic of China"),
        ("Communist Party of China Central Committee", "variant", "CPC Central Committee")]
    assert [kind for _, kind, _ in _named(seeded, "普京会见了米舒斯京。普京表示", "zh")] == ["short"] * 3


def test_search_puts_the_entry_named_exactly_first(seeded: GlossaryStore) -> None:
    assert seeded.search("Duma")[0].forms["en"] == "State Duma"
    assert seeded.search("國家杜馬")[0].forms["en"] == "State Duma"
    assert seeded.search("СФ")[0].forms["en"] == "Federation Council"


def test_a_surname_several_persons_share_names_them_all(seeded: GlossaryStore) -> None:
    (hit,) = seeded.matcher().find("Wang said the talks were fruitful.", "en")
    named = {hit.entry.forms["en"], *(e.forms["en"] for e in hit.also)}
    assert hit.kind.value == "short" and {"Wang Yi", "Wang Huning", "Wang Wentao"} <= named
    (hit,) = seeded.matcher().find("По словам Лаврова, переговоры прошли успешно.", "ru")
    assert (hit.text, hit.kind.value, hit.entry.forms["en"], hit.also) == ("Лаврова", "short", "Sergey Lavrov", ())
