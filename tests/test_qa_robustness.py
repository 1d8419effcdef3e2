"""Any text at all: the extractors and checks never fail, spans stay inside the text, every fix applies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.qa import check_segment
from desktop_app.domain.qa.numbers import quantities
from desktop_app.domain.qa.punctuation import punctuation_issues
from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.services.glossary_service import GlossarySnapshot
from desktop_app.storage.glossary_store import GlossaryStore

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


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GlossarySnapshot]:
    with GlossaryStore.open(tmp_path_factory.mktemp("glossary") / "glossary.sqlite") as store:
        yield GlossarySnapshot.from_store(store)


DATE_PIECES = st.sampled_from([
    "新华社北京十十月三三日电 ", "本月十十日", "周一（", "25日）", "上周日", "今天", "昨日", "MOSCOW, 9 июл — ",
    "Monday, March 32, 2023", "14 мая. /ТАСС/.", "BEIJING, Aug. 99 (Xinhua) --", "2月30日", "31日", "7-17 сентября",
    "September 7-17", "from July 9 to 13", "в понедельник, 21 марта", "2023年3月21日（星期一）", "yesterday's",
    "Сегодня, 17 сентября", "习近平", "普京总统", "弗拉基米尔·沃洛金", "·", "、", "省人大常委会党组成员、", "副主任",
    "刘忻", "Чжаньшу", "Liu Xin, ", "former ", "Deputy Governor of Zhejiang", "，", "。", " ", "九屆", "近百家",
])
DATE_TEXTS = st.lists(DATE_PIECES, max_size=12).map("".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(DATE_TEXTS, DATE_TEXTS, DATE_TEXTS), min_size=1, max_size=3),
       st.sampled_from(["", "2023-07-20", "2024-02-29", "2023", "2023-13-45"]))
def test_a_release_of_any_dates_and_names_is_checked(glossary: GlossarySnapshot, rows: list[tuple[str, str, str]],
                                                    date: str) -> None:
    """Impossible dates, broken datelines and half names in any release date: findings, never a failure."""
    release = Release("t", date, [Segment(Role.BODY, {"zh": imported_cell(zh), "en": imported_cell(en),
                                                      "ru": imported_cell(ru)}) for zh, en, ru in rows])
    for index, segment in enumerate(release.segments):
        for finding in check_segment(release, index, glossary.matcher, glossary.tenures):
            if finding.fix is not None:
                assert finding.fix.apply(segment.text(finding.lang)) is not None
