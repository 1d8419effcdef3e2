"""Any text at all: the extractors and checks never fail, spans stay inside the text, every fix applies."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.qa import check_segment
from desktop_app.domain.qa.numbers import quantities
from desktop_app.domain.qa.punctuation import punctuation_issues
from desktop_app.domain.release import Release, Role, Segment, imported_cell

PIECES = st.sampled_from([
    "0", "7", "19", "2023", "2.5", "25,000", "25 000", "1,5", "-", ".", ",", " ", "  ", "\u00a0", ":", "%", "(", ")",
    "«", "»", "“", "”", "\"", "„", "，", "。", "（", "）", "第", "十", "九", "一", "两", "百", "千", "万", "亿", "余",
    "年", "月", "日", "届", "世纪", "年代", "上世纪", "百分之", "千克", "X", "IV", "MCM", "I", "C", "°C",
    "July", "May", "nine", "twenty", "-three", "hundred", "million", "more than", "about", "the 10th", "G20",
    "девять", "двадцати", "июля", "мае", "более", "тыс.", "млн", "процентов", "в", "году",
    "+86", "@", "www.", "http://", "中俄", "金华", "Liu Xin", "Лю Синь",
])
TEXTS = st.lists(PIECES, max_size=25).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["zh", "en", "ru"]))
def test_extractors_never_fail_and_fixes_apply(text: str, lang: str) -> None:
    for q in quantities(text, lang):
        assert 0 <= q.start <= q.end <= len(text)
    for issue in punctuation_issues(text, lang):
        if issue.fix is not None:
            assert issue.fix.apply(text) is not None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, TEXTS, TEXTS)
def test_a_row_of_any_texts_is_checked(zh: str, en: str, ru: str) -> None:
    segment = Segment(Role.BODY, {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell(ru)}, "r")
    for finding in check_segment(Release("t", "2023-07-20", [segment]), 0):
        assert finding.message and finding.key
        if finding.fix is not None:
            assert finding.fix.apply(segment.text(finding.lang)) is not None
