"""JSON read from files anyone may have written (settings, lock notes, releases, pack metadata, database columns).

`json.loads` refuses bad input in three ways, and only one of them is a JSONDecodeError: a number longer than
Python converts (thousands of digits) is a plain ValueError, and brackets nested thousands deep are a
RecursionError. Callers that caught only the first ended in a traceback; `parse_json` makes all three a ValueError.
"""

from __future__ import annotations

import json


def parse_json(data: str | bytes) -> object:
    """The value `data` holds; ValueError (with the reason) for anything that is not JSON Python can hold."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply to read") from None
