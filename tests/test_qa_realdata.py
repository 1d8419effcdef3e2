"""The checks on 240 professionally translated en/zh/ru paragraphs (XQuAD): few false alarms, seeded errors found."""

from __future__ import annotations

import json
import re

import pytest

from conftest import REALDATA, needs_realdata
from desktop_app.domain.qa import check_segment
from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.qa.numbers import quantities
from desktop_app.domain.release import Release, Role, Segment, imported_cell

XQUAD = REALDATA / "parallel" / "xquad_contexts_en-zh-ru.jsonl"
pytestmark = needs_realdata


@pytest.fixture(scope="module")
def xquad() -> Release:
    if not XQUAD.is_file():
        pytest.skip("XQuAD paragraphs are not in ../shared/realdata")
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Release("XQuAD", "", [Segment(Role.BODY, {lang: imported_cell(r[lang]) for lang in ("zh", "en", "ru")})
                                 for r in rows])


def test_no_false_missing_untranslated_or_length_findings(xquad: Release) -> None:
    kinds = {Kind.MISSING, Kind.UNTRANSLATED, Kind.LENGTH, Kind.STALE}
    found = [f for i in range(len(xquad.segments)) for f in check_segment(xquad, i) if f.kind in kinds]
    assert found == []


def test_a_changed_number_in_a_real_paragraph_is_found(xquad: Release) -> None:
    """Take paragraphs whose numbers agree, change one English figure, and expect a number finding in English."""
    tried = 0
    for index, segment in enumerate(xquad.segments):
        if any(f.kind is Kind.NUMBER for f in check_segment(xquad, index)):
            continue
        en = segment.text("en")
        values = [q.value for lang in ("zh", "en", "ru") for q in quantities(segment.text(lang), lang)]
        # Quantities are compared as sets: pick a figure that occurs once and whose successor occurs nowhere.
        figure = next((q for q in quantities(en, "en") if q.strict and re.fullmatch(r"\d{2,4}", q.text)
                       and values.count(q.value) <= 3 and q.value + 1 not in values), None)
        if figure is None:
            continue
        changed = en[:figure.start] + str(int(figure.text) + 1) + en[figure.end:]
        copy = Release("t", "", [Segment(Role.BODY, {**segment.cells, "en": imported_cell(changed)}, segment.id)])
        numbers = [f for f in check_segment(copy, 0) if f.kind is Kind.NUMBER]
        assert numbers and {f.lang for f in numbers} == {"en"}, (index, figure.text)
        tried += 1
    assert tried >= 40
