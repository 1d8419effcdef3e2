"""The trilingual release as JSON: {"title", "date", "segments": [{"role", "zh", "en", "ru", "status"?}]}.

This is the shape of the project's sample release; it fills all three columns at once. The optional "status"
({"zh": "approved", ...}) lets the sample show each status a cell can have; a cell without one is a draft.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.json_text import parse_json
from desktop_app.domain.release import MAX_SEGMENTS, Release, Role, Segment, Status, imported_cell
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import name_as_text, read_limited
from desktop_app.formats.text_reader import decode_text

MAX_JSON_BYTES = 50 * 1024 * 1024


def release_from_json_data(data: object, engine: str = "json") -> Release:
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise FormatError('not a PressDesk release: expected an object with a "segments" list',
                          message_id=why.JSON_NOT_RELEASE)
    if len(data["segments"]) > MAX_SEGMENTS:  # before a cell is built: a million segments took 19 s and a gigabyte
        raise FormatError(f"it has {len(data['segments']):,} segments; a release holds at most {MAX_SEGMENTS:,}",
                          message_id=why.JSON_TOO_MANY_SEGMENTS, message_args=(len(data['segments']), MAX_SEGMENTS))
    title, date = data.get("title", ""), data.get("date", "")
    if not isinstance(title, str) or not isinstance(date, str):
        raise FormatError('"title" and "date" must be strings', message_id=why.JSON_TITLE_NOT_TEXT)
    if date:
        try:
            datetime.date.fromisoformat(date)
        except ValueError as exc:
            raise FormatError(f'"date" must be an ISO date like 2023-07-20, not {date!r}', message_id=why.JSON_BAD_DATE,
                              message_args=(repr(date),)) from exc
    segments = []
    for i, raw in enumerate(data["segments"], start=1):
        if not isinstance(raw, dict):
            raise FormatError(f"segment {i} is not an object", message_id=why.JSON_SEGMENT_NOT_OBJECT,
                              message_args=(i,))
        try:
            role = Role(raw.get("role", "body"))
        except ValueError as exc:
            roles = ", ".join(r.value for r in Role)
            raise FormatError(f"segment {i} has an unknown role {raw.get('role')!r} (known: {roles})",
                              message_id=why.JSON_UNKNOWN_ROLE, message_args=(i, repr(raw.get("role")), roles)) from exc
        statuses = raw.get("status", {})
        if not isinstance(statuses, dict):
            raise FormatError(f'segment {i}: "status" must be an object like {{"zh": "approved"}}',
                              message_id=why.JSON_STATUS_NOT_OBJECT, message_args=(i,))
        cells = {}
        for lang in LANGS:
            text = raw.get(lang, "")
            if not isinstance(text, str):
                raise FormatError(f"segment {i}: {lang!r} must be a string", message_id=why.JSON_CELL_NOT_TEXT,
                                  message_args=(i, repr(lang)))
            cells[lang] = imported_cell(text, engine)
            if lang in statuses and not cells[lang].is_empty:
                try:
                    cells[lang] = replace(cells[lang], status=Status(statuses[lang]))
                except ValueError as exc:
                    known = ", ".join(s.value for s in Status if s is not Status.EMPTY)
                    raise FormatError(f"segment {i}: unknown status {statuses[lang]!r} (known: {known})",
                                      message_id=why.JSON_UNKNOWN_STATUS,
                                      message_args=(i, repr(statuses[lang]), known)) from exc
        segments.append(Segment(role, cells))
    return Release(title, date, segments)


def read_release_json(path: str | Path) -> Release:
    path = Path(path)
    try:
        data = parse_json(decode_text(read_limited(path, MAX_JSON_BYTES)))
    except ValueError as exc:
        raise FormatError(f"not valid JSON ({exc})", message_id=why.JSON_INVALID) from exc
    return release_from_json_data(data, engine=name_as_text(path))
