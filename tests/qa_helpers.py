"""Small builders shared by the QA tests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import Tenure
from desktop_app.domain.qa import Finding, check_segment
from desktop_app.domain.release import Release, Role, Segment, imported_cell

SAMPLE_FORBIDDEN = ("Chinese Communist Party", "Communist Party of China")  # segment 4, English


def clean_sample() -> Release:
    """The sample release with its one deliberate mistake (a forbidden form, shown to newcomers) corrected."""
    from desktop_app.services.importing import sample_release

    release = sample_release()
    segment = release.segments[3]
    segment.cells["en"] = replace(segment.cells["en"], text=segment.text("en").replace(*SAMPLE_FORBIDDEN))
    return release


def row(zh: str = "", en: str = "", ru: str = "", role: Role = Role.BODY, seg_id: str = "row1") -> Segment:
    return Segment(role, {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell(ru)}, seg_id)


def findings_of(segment: Segment, date: str = "2023-07-20", matcher: GlossaryMatcher | None = None,
                tenures: Iterable[Tenure] = ()) -> list[Finding]:
    return check_segment(Release("t", date, [segment]), 0, matcher, tenures)


def kinds(findings: list[Finding], kind: str) -> list[tuple[str, str]]:
    """(lang, message) of the findings of one kind."""
    return [(f.lang, f.message) for f in findings if f.kind.value == kind]
