"""The process's one Russian morphological analyser (pymorphy3 with its OpenCorpora dictionary).

Glossary matching, name inflection, term protection in MT output and the Russian number words all parse Russian;
each analyser holds its own copy of the dictionary (~27 MB), so they share this one. Loading takes ~0.15 s, so
it happens on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def russian_analyzer() -> Any:
    """The shared `pymorphy3.MorphAnalyzer` for Russian. Its dictionary is named by path: found by language,
    pymorphy3 would scan every installed distribution's entry points (importlib.metadata and the email parser,
    2 MB, and a walk over site-packages)."""
    import pymorphy3
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(pymorphy3_dicts_ru.get_path(), lang="ru")


def russian_analyzer_loaded() -> bool:
    """Whether the analyser is in memory already (asking must not load it: that is 0.15 s of work)."""
    return russian_analyzer.cache_info().currsize > 0


def russian_word_is_known(word: str) -> bool:
    """Whether the dictionary has `word` (any case; е for ё). A hyphenated word it lacks as a whole (интернет-
    конференция) is known when each part is."""
    analyzer = russian_analyzer()
    if analyzer.word_is_known(word):
        return True
    parts = [part for part in word.split("-") if part]
    return len(parts) > 1 and all(analyzer.word_is_known(part) for part in parts)
