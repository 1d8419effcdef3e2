"""Cross-language QA: the checks that compare a release's zh, en and ru versions before it goes out."""

from desktop_app.domain.qa.findings import Edit, Finding, Fix, Kind, Severity
from desktop_app.domain.qa.runner import check_release, check_segment

__all__ = ["Edit", "Finding", "Fix", "Kind", "Severity", "check_release", "check_segment"]
