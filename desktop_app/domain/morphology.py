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
    """The shared `pymorphy3.MorphAnalyzer` for Russian."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
