"""JSON read from files anyone may have written (settings, lock notes, releases, pack metadata, database columns).

`json.loads` refuses bad input in three ways, and only one of them is a JSONDecodeError: a number longer than
Python converts (thousands of digits) is a plain ValueError, and brackets nested thousands deep are a
RecursionError. Callers that caught only the first ended in a traceback; `parse_json` makes all three a ValueError.

It also refuses what readers disagree on: a key given twice in one object (Python keeps the last, other readers the
first, so the text reviewed in one tool is not the text imported) and NaN/Infinity, which are not JSON at all.
"""

from __future__ import annotations

import json


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    obj: dict[str, object] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"the key {key[:40]!r} is given twice in one object")
        obj[key] = value
    return obj


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(data: str | bytes) -> object:
    """The value `data` holds; ValueError (with the reason) for anything that is not JSON Python can hold or that
    readers would read differently."""
    try:
        return json.loads(data, object_pairs_hook=_object, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply to read") from None
