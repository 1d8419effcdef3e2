"""Cross-language QA: the checks that compare a release's zh, en and ru versions before it goes out.

The runner (and with it the glossary matcher) is imported on first use, so importing
`desktop_app.domain.qa.findings` — as the editor does at start-up — stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from desktop_app.domain.qa.findings import Edit, Finding, Fix, Kind, Severity

__all__ = ["Edit", "Finding", "Fix", "Kind", "Severity", "check_release", "check_segment"]


def __getattr__(name: str) -> Any:
    if name in ("check_release", "check_segment"):
        return getattr(importlib.import_module("desktop_app.domain.qa.runner"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
