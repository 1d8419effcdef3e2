"""Forbidden forms of the term-recall corpus's new entries are still flagged — inflected, and next to the other word
orders and names that recognition now accepts — and the quality checks report them as errors with the approved form
as the fix."""

from __future__ import annotations

import pytest
from qa_helpers import findings_of, row
from term_recall_corpus import corpus_matcher

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.qa.findings import Kind, Severity

RU = "Губернатор Приморской области Олег Кожемяко встретился с Чен Вэньцином в Харбине."
EN = "Oleg Kojemyako, the Primorye Territory Governor, met Chen Wenqing in Harbin."
ZH = "滨海边疆区行政长官科热米亚科在哈尔滨会见了陈文清。"


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return corpus_matcher()


def test_forbidden_forms_are_found_inflected_and_accepted_orders_are_not(matcher: GlossaryMatcher) -> None:
    ru = [(h.text, h.kind.value) for h in matcher.find(RU, "ru")]
    assert ("Губернатор Приморской области", "forbidden") in ru and ("Чен Вэньцином", "forbidden") in ru
    assert ("Олег Кожемяко", "approved") in ru
    en = [(h.text, h.kind.value) for h in matcher.find(EN, "en")]
    assert ("Oleg Kojemyako", "forbidden") in en
    assert ("Primorye Territory Governor", "variant") in en and ("Chen Wenqing", "approved") in en


def test_the_checks_report_each_forbidden_form_with_its_approved_replacement(matcher: GlossaryMatcher) -> None:
    found = [f for f in findings_of(row(ZH, EN, RU), "2025-09-04", matcher) if f.kind is Kind.FORBIDDEN]
    assert sorted((f.lang, f.severity) for f in found) == [("en", Severity.ERROR), ("ru", Severity.ERROR),
                                                          ("ru", Severity.ERROR)]
    fixed = {f.lang: f.fix.apply(EN if f.lang == "en" else RU) for f in found if f.fix is not None}
    assert "Oleg Kozhemyako" in fixed["en"]
    ru_fixes = [f.fix.apply(RU) for f in found if f.lang == "ru" and f.fix is not None]
    assert any("Чэнь Вэньцином" in text for text in ru_fixes)
    assert any(text.casefold().startswith("губернатор приморского края олег") for text in ru_fixes)


def test_the_fifth_batchs_forbidden_forms_are_flagged_beside_the_names_now_accepted(matcher: GlossaryMatcher) -> None:
    """Roskosmos and 利哈切夫 stay forbidden while CNSA in Russian text and 俄国家原子能集团 in Chinese are found."""
    en = [(h.text, h.kind.value) for h in matcher.find("Roskosmos and the CNSA signed the ILRS roadmap.", "en")]
    assert en == [("Roskosmos", "forbidden"), ("CNSA", "variant"), ("ILRS", "variant")]
    zh = [(h.text, h.kind.value) for h in matcher.find("利哈切夫说,俄国家原子能集团将确保安全。", "zh")]
    assert zh == [("利哈切夫", "forbidden"), ("俄国家原子能集团", "variant")]
    ru = [(h.text, h.entry.forms["en"]) for h in matcher.find("Роскосмос и CNSA подписали меморандум.", "ru")]
    assert ru == [("Роскосмос", "Roscosmos"), ("CNSA", "China National Space Administration")]
    found = [f for f in findings_of(row("利哈切夫表示,", "Roskosmos said.", "Лихачёв заявил."), "2025-09-04", matcher)
             if f.kind is Kind.FORBIDDEN]
    assert sorted(f.lang for f in found) == ["en", "zh"]
