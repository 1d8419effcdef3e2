"""Tell Chinese, English and Russian text apart by script.

For the three document languages the writing system decides the language (Han, Latin, Cyrillic); counting
letters is exact for them, instant, and needs no statistical model in memory.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

_SCRIPT_LANG = {"CJK": "zh", "LATIN": "en", "CYRILLIC": "ru"}


def script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for script, lang in _SCRIPT_LANG.items():
            if name.startswith(script):
                counts[lang] += 1
                break
        else:
            counts["other"] += 1
    return counts


def detect_language(text: str, min_letters: int = 3) -> str | None:
    """'zh', 'en', 'ru', 'other', or None when the text has too few letters to tell.

    Chinese characters carry a word each, so they weigh three Latin or Cyrillic letters.
    """
    counts = script_counts(text)
    if "zh" in counts:
        counts["zh"] *= 3
    if sum(counts.values()) < min_letters:
        return None
    return counts.most_common(1)[0][0]
