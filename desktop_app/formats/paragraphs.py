"""What readers of release documents return: paragraphs in reading order, each with a suggested role."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.release import Role


@dataclass(frozen=True, slots=True)
class ImportedParagraph:
    text: str
    role: Role = Role.BODY
