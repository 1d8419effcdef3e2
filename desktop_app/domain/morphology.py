"""The process's one Russian morphological analyser (pymorphy3 with its OpenCorpora dictionary).

Glossary matching, name inflection, term protection in MT output, the Russian number words and spelling all use
it;
each analyser holds its own copy of the dictionary (~27 MB), so they share this one. Loading takes ~0.15 s, so
it happens on first use.

The dictionary's DAWG tables (14 MB of its files) are mapped from their files instead of copied: a lookup reads
the few pages it follows, pages stay shared with every other PressDesk process and the system can drop them
under pressure. The window with a release in Russian holds ~5 MB less (benchmarks/bench_mt.py, GUI RSS).
"""

from __future__ import annotations

import array
import mmap
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

# pymorphy3's tags of names: of people, patronymics, surnames, places, organisations, trademarks.
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=1)
def russian_analyzer() -> Any:
    """The shared `pymorphy3.MorphAnalyzer` for Russian. Its dictionary is named by path: found by language,
    pymorphy3 would scan every installed distribution's entry points (importlib.metadata and the email parser,
    2 MB, and a walk over site-packages)."""
    import pymorphy3
    import pymorphy3_dicts_ru

    folder = Path(pymorphy3_dicts_ru.get_path())
    analyzer = pymorphy3.MorphAnalyzer(str(folder), lang="ru")
    dictionary = analyzer.dictionary
    suffixes = getattr(dictionary, "prediction_suffixes_dawgs", None) or []
    for name, dawg in (("words.dawg", getattr(dictionary, "words", None)),
                       *((f"prediction-suffixes-{i}.dawg", d) for i, d in enumerate(suffixes)),
                       ("p_t_given_w.intdawg", getattr(analyzer.prob_estimator, "p_t_given_w", None))):
        map_dawg_tables(dawg, folder / name)
    return analyzer


def map_dawg_tables(dawg: Any, path: Path) -> bool:
    """Swap a loaded dawg_python DAWG's tables for read-only views of its file, where the file is laid out as
    dawg_python reads it: each table a 32-bit count then its units (the guide's count is of unit pairs). The
    loaded copy stays when the file is not exactly that, or cannot be mapped, or the object is not laid out as
    DAWG2-Python 0.9 lays it out (another version keeps its own way); True when swapped."""
    tables = [t for t in (getattr(dawg, "dct", None), getattr(dawg, "guide", None)) if t is not None]
    if not tables or not all(isinstance(getattr(t, "_units", None), array.array) for t in tables):
        return False
    try:
        with path.open("rb") as file:
            if os.fstat(file.fileno()).st_size != sum(4 + len(t._units) * t._units.itemsize for t in tables):
                return False
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return False
    views, offset = [], 0
    for table in tables:
        units = table._units
        size = len(units) * units.itemsize
        view = memoryview(mapped)[offset + 4:offset + 4 + size].cast(units.typecode)
        if len(view) and (view[0] != units[0] or view[-1] != units[-1]):
            return False
        views.append(view)
        offset += 4 + size
    for table, view in zip(tables, views, strict=True):
        table._units = view
    return True


def russian_analyzer_loaded() -> bool:
    """Whether the analyser is in memory already (asking must not load it: that is 0.15 s of work)."""
    return russian_analyzer.cache_info().currsize > 0


def russian_word_is_known(word: str) -> bool:
    """Whether the dictionary has `word` as written (е for ё). A hyphenated word it lacks as a whole (интернет-
    конференция) is known when each part is. A name written in lower case ("москву", "володиным": every reading
    of it a name of a person, place or organisation) is not: the dictionary itself ignores case."""
    analyzer = russian_analyzer()
    if word[:1].islower():
        tags = dictionary_tags(word)
        if tags:
            return not all(_NAME_GRAMMEMES & tag.grammemes for tag in tags)
    elif analyzer.word_is_known(word):
        return True
    parts = [part for part in word.split("-") if part]
    return len(parts) > 1 and all(russian_word_is_known(part) for part in parts)


def dictionary_tags(word: str) -> list[Any]:
    """The tags of every dictionary reading of `word` (е for ё), as pymorphy3's DictionaryAnalyzer reads them
    but without building parses: 24 µs a word instead of 73 (spelling asks for every word typed)."""
    analyzer = russian_analyzer()
    dictionary = analyzer.dictionary
    return [dictionary.build_tag_info(paradigm, index)
            for _, readings in dictionary.words.similar_items(word.lower(), analyzer.char_substitutes)
            for paradigm, index in readings]
