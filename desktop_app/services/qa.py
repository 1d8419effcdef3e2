"""QA over a release for the CLI, the editor's QA dock and the export dialog: checks, glossary and ignored keys."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from desktop_app import LANGS
from desktop_app.domain.qa.findings import Finding, Kind, Severity
from desktop_app.domain.qa.runner import ReleaseCheck, check_release
from desktop_app.domain.release import Release
from desktop_app.services.glossary_service import NO_GLOSSARY, GlossarySnapshot
from desktop_app.services.spelling import SpellChecker, spelling_findings

log = logging.getLogger(__name__)


@dataclass(slots=True)
class QaReport:
    """The findings still open and those the user ignored in this project."""

    findings: list[Finding] = field(default_factory=list)
    ignored: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)

    @property
    def notes(self) -> int:
        """Style findings (severity info): shown, never counted against the release."""
        return sum(f.severity is Severity.INFO for f in self.findings)

    def by_kind(self) -> Counter[Kind]:
        return Counter(f.kind for f in self.findings)

    def summary(self) -> str:
        """One line, e.g. '2 errors, 5 warnings, 1 style note (3 ignored)'."""
        text = f"{self.errors} error{'s' * (self.errors != 1)}, {self.warnings} warning{'s' * (self.warnings != 1)}"
        if self.notes:
            text += f", {self.notes} style note{'s' * (self.notes != 1)}"
        return text + (f" ({len(self.ignored)} ignored)" if self.ignored else "")


def split_ignored(findings: Iterable[Finding], ignored: Iterable[str]) -> QaReport:
    keys = set(ignored)
    report = QaReport()
    for finding in findings:
        (report.ignored if finding.key in keys else report.findings).append(finding)
    return report


def run_qa(release: Release, glossary: GlossarySnapshot = NO_GLOSSARY, ignored: Iterable[str] = (),
           langs: Sequence[str] | None = None, spelling: SpellChecker | None = None) -> QaReport:
    """Check every row of `release`; without a glossary the term, forbidden and title checks find nothing.

    With a `spelling` checker, unknown English and Russian words are added as notes (severity info), glossary
    names excepted; the editor runs that pass separately, after the other findings are on screen.
    """
    findings = check_release(release, glossary.matcher, glossary.tenures, langs)
    if spelling is not None:
        wanted = set(langs or LANGS)
        findings += [f for index in range(len(release.segments))
                     for f in spelling_findings(release, index, glossary.matcher, spelling) if f.lang in wanted]
    report = split_ignored(findings, ignored)
    log.info("QA of %d segments: %s", len(release.segments), report.summary())
    return report


def row_checker(release: Release, glossary: GlossarySnapshot) -> Callable[[int], list[Finding]]:
    """Check rows of `release` one at a time (as the user types, or all of them with progress): what the checks read
    across the release (names, dates) is worked out once, not again for every row (a 5,000-row release kept the
    worker busy for many minutes that way). The caller filters ignored keys."""
    return ReleaseCheck(release, glossary.matcher, glossary.tenures).segment


def export_qa_langs(layout: str, lang: str | None, pair: tuple[str, str] | None) -> list[str]:
    """The languages whose errors matter for an export: the one language of a single document, the target of a
    review table, all three otherwise."""
    if layout == "review" and pair:
        return [pair[1]]
    if layout == "single" and lang in LANGS:
        return [lang]
    return list(LANGS)


def check_before_export(release: Release, glossary: GlossarySnapshot, ignored: Iterable[str], layout: str,
                        lang: str | None, pair: tuple[str, str] | None) -> QaReport:
    """The checks an export runs first (the GUI asks before exporting with errors; `export --check` refuses)."""
    return run_qa(release, glossary, ignored, export_qa_langs(layout, lang, pair))
