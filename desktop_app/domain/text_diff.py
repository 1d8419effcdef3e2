"""Word-level differences between two texts (Chinese by character, as it has no spaces), for fuzzy matches.

    diff_words("The delegation visited the park.", "The delegation visited the industrial park.")
    -> [("same", "The delegation visited the "), ("added", "industrial "), ("same", "park.")]

"removed" parts are in the first text only, "added" parts in the second only.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["same", "added", "removed"]
# A word with the spaces after it, one Han character, or one other character.
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_]+(?:[-'’][^\W_]+)*\s*|\s+|.", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_words(old: str, new: str) -> list[tuple[Op, str]]:
    """The parts of `new` and `old` in reading order, adjacent parts of the same kind joined."""
    a, b = tokens(old), tokens(new)
    parts: list[tuple[Op, str]] = []

    def add(op: Op, text: str) -> None:
        if not text:
            return
        if parts and parts[-1][0] == op:
            parts[-1] = (op, parts[-1][1] + text)
        else:
            parts.append((op, text))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("same", "".join(a[i1:i2]))
        else:
            add("removed", "".join(a[i1:i2]))
            add("added", "".join(b[j1:j2]))
    return parts
