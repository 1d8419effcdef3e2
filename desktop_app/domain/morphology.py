"""The process's one Russian morphological analyser (pymorphy3 with its OpenCorpora dictionary).

Glossary matching, name inflection, term protection in MT output, the Russian number words and spelling all use
it;
each analyser holds its own copy of the dictionary (~27 MB), so they share this one. Loading takes ~0.15 s, so
it happens on first use.
"""

from __future__ import annotations

from functools import lru_cache
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

    return pymorphy3.MorphAnalyzer(pymorphy3_dicts_ru.get_path(), lang="ru")


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
