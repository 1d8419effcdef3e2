"""The common numerals read without cn2an give exactly what cn2an gives, checked form by form against cn2an."""

from __future__ import annotations

import itertools
import warnings

import cn2an
import pytest

from desktop_app.domain.qa.chinese_numerals import DIGITS, UNITS, simple_value

NONZERO = [c for c in DIGITS if DIGITS[c]]


def reference(run: str) -> float | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return float(cn2an.cn2an(run, "smart"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None


def common_forms() -> list[str]:
    forms = list(DIGITS)
    forms += ["".join(p) for n in (2, 3, 4) for p in itertools.product("〇零一二三四五六七八九两", repeat=n)]
    forms += [a + "十" + b for a in ["", *NONZERO] for b in ["", *NONZERO]]
    forms += [d + u for d in NONZERO for u in UNITS if u != "十"]
    forms += ["0", "7", "19", "2023", "007", "1.5", "12.25", "3千", "1.5万", "10万", "2.75亿", "100百", "0.5十"]
    return forms


@pytest.mark.parametrize("chunk", range(8))
def test_every_common_form_reads_as_cn2an_reads_it(chunk: int) -> None:
    read = [(run, simple_value(run)) for run in common_forms()[chunk::8]]
    mismatches = [(run, value, reference(run)) for run, value in read if value is not None and value != reference(run)]
    assert mismatches == []
    assert sum(value is not None for _run, value in read) > 0.9 * len(read)


@pytest.mark.parametrize("run", ["一", "两", "九", "十", "二十三", "三千", "两万", "二〇二三", "19", "7", "1.5万"])
def test_the_numerals_of_a_release_are_read_without_cn2an(run: str) -> None:
    assert simple_value(run) == reference(run) is not None


@pytest.mark.parametrize("run", ["一百二十三", "三万五千", "十万", "一千零一", "1,000", "百", "万", "二十一万",
                                 "两千三", "4千5百", "三点五", ""])
def test_other_forms_are_left_to_cn2an(run: str) -> None:
    assert simple_value(run) is None
