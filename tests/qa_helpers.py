"""Small builders shared by the QA tests."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa import Finding, check_segment
from desktop_app.domain.release import Release, Role, Segment, imported_cell


def row(zh: str = "", en: str = "", ru: str = "", role: Role = Role.BODY, seg_id: str = "row1") -> Segment:
    return Segment(role, {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell(ru)}, seg_id)


def findings_of(segment: Segment, date: str = "2023-07-20", matcher: GlossaryMatcher | None = None,
                tenures: Iterable[Tenure] = ()) -> list[Finding]:
    return check_segment(Release("t", date, [segment]), 0, matcher, tenures)


def kinds(findings: list[Finding], kind: str) -> list[tuple[str, str]]:
    """(lang, message) of the findings of one kind."""
    return [(f.lang, f.message) for f in findings if f.kind.value == kind]
