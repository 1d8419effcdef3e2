"""The shipped seed of a new glossary: official names and titles, and who held which post when.

A new glossary is filled from it, on this desk (SQLite) or on a team server (PostgreSQL); both stores read it
here so that a seed the app cannot read is treated the same way by each: logged, and the glossary starts empty.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.domain.glossary.model import TermEntry
from desktop_app.formats.errors import FormatError

log = logging.getLogger(__name__)

SEED_FILE = "glossary-seed.csv"
TENURES_FILE = "glossary-tenures.csv"


@dataclass(frozen=True, slots=True)
class Seed:
    """The seed's entries (their `source` set to "seed" where the file names none) and tenure rows, which name
    the person and the post by their English forms."""

    entries: list[TermEntry]
    tenure_rows: list[dict[str, str]] = field(default_factory=list)

    def tenures(self, ids_by_en: dict[str, int]) -> list[dict[str, Any]]:
        """Tenure rows with the ids the entries got in the store; a row naming an unknown entry is left out."""
        rows = []
        for t in self.tenure_rows:
            person, title = ids_by_en.get(t["person_en"]), ids_by_en.get(t["title_en"])
            if person is None or title is None:
                log.warning("seed tenure %s → %s names an unknown entry", t["person_en"], t["title_en"])
                continue
            rows.append({"person_id": person, "title_id": title, "valid_from": t["valid_from"] or None,
                         "valid_to": t["valid_to"] or None, "note": t["note"]})
        return rows


def read_seed() -> Seed | None:
    """The seed shipped in resources, or None (logged) when it is missing or unreadable."""
    from desktop_app.formats.glossary_csv import read_glossary_csv, read_tenures_csv
    from desktop_app.paths import resources_dir

    seed, tenures = resources_dir() / SEED_FILE, resources_dir() / TENURES_FILE
    if not seed.is_file():
        log.warning("no glossary seed at %s; starting empty", seed)
        return None
    try:
        entries = read_glossary_csv(seed).entries
        tenure_rows = read_tenures_csv(tenures) if tenures.is_file() else []
    except FormatError as exc:
        log.error("glossary seed unreadable: %s", exc)
        return None
    return Seed([replace(e, source=e.source or "seed") for e in entries], tenure_rows)
