"""Spell-checking of the English and Russian text with Hunspell dictionaries (through Spylls, pure Python).

    checker = SpellChecker(dictionary_dirs(data_dir))
    checker.check("The conferance opened.", "en")        # [Misspelling(4, 14, "conferance")]
    spelling_findings(release, index, matcher, checker)  # QA findings of kind `spelling` (info)

Dictionaries (en_US, ru_RU .aff/.dic) are looked for in the data folder's `dictionaries`, then in the bundled
resources, then where Debian's hunspell-en-us and hunspell-ru put them. Loading one takes seconds (Russian ~9 s)
and a Russian lookup about a millisecond, so `check` belongs on a worker; every answer is remembered, and
`check(..., cached_only=True)` judges only words already looked up (never loading or looking up: safe anywhere).
Names and titles the glossary recognises are never flagged, nor words with digits or capitals inside (CPC, SMEs).
Chinese is not spell-checked.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.qa.findings import Finding, Kind, Severity, render
from desktop_app.domain.release import Release
from desktop_app.paths import resources_dir

log = logging.getLogger(__name__)

DICTIONARIES = {"en": "en_US", "ru": "ru_RU"}
CANCEL_EVERY = 256  # words between looks at the cancel flag: a closing window does not wait for a whole cell
SYSTEM_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
WORDS = {
    "en": re.compile(r"(?<!\w)[A-Za-z]+(?:['’][A-Za-z]+)*(?!\w)"),  # not "th" of "10th"
    "ru": re.compile(r"(?<!\w)[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*(?!\w)"),
}
_INNER_CAPITAL = re.compile(r".+[A-ZА-ЯЁ]")


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int
    end: int
    word: str


def dictionary_dirs(data_dir: Path) -> list[Path]:
    """Where dictionaries are looked for, first found wins: the user's, the bundled, the system's."""
    return [Path(data_dir) / "dictionaries", resources_dir() / "dictionaries", *SYSTEM_DIRS]


class SpellChecker:
    """Loads each language's dictionary on first use and remembers every word it judged (thread-safe)."""

    def __init__(self, dirs: Sequence[Path]) -> None:
        self._dirs = list(dirs)
        self._dictionaries: dict[str, Any] = {}
        self._known: dict[tuple[str, str], bool] = {}
        self._lock = threading.Lock()

    def dictionary_path(self, lang: str) -> Path | None:
        """The .aff/.dic pair's common path without suffix, or None when no folder has it."""
        name = DICTIONARIES.get(lang)
        if name is None:
            return None
        for folder in self._dirs:
            if (folder / f"{name}.aff").is_file() and (folder / f"{name}.dic").is_file():
                return folder / name
        return None

    def available(self, lang: str) -> bool:
        return self.dictionary_path(lang) is not None

    def _dictionary(self, lang: str) -> Any:
        with self._lock:
            if lang not in self._dictionaries:
                path = self.dictionary_path(lang)
                self._dictionaries[lang] = None if path is None else load_dictionary(str(path))
            return self._dictionaries[lang]

    def check(self, text: str, lang: str, skip: Iterable[tuple[int, int]] = (), *,
              cached_only: bool = False, cancelled: Callable[[], bool] | None = None) -> list[Misspelling]:
        """Words of `text` the dictionary does not know, outside the `skip` spans (glossary terms)."""
        pattern = WORDS.get(lang)
        if pattern is None or not text:
            return []
        dictionary = None if cached_only else self._dictionary(lang)
        if dictionary is None and not cached_only:
            return []
        inside = _Spans(skip)
        found = []
        for n, match in enumerate(pattern.finditer(text)):
            if cancelled is not None and n % CANCEL_EVERY == 0 and cancelled():
                break
            word = match.group()
            if len(word) < 2 or _INNER_CAPITAL.match(word) or inside.covers(match.start(), match.end()):
                continue
            known = self._known.get((lang, word))
            if known is None:
                if dictionary is None:
                    continue
                known = bool(dictionary.lookup(word))
                self._known[(lang, word)] = known
            if not known:
                found.append(Misspelling(match.start(), match.end(), word))
        return found


@functools.lru_cache(maxsize=len(DICTIONARIES))
def load_dictionary(path: str) -> Any:
    """A parsed dictionary, shared by every checker of the process: it never changes and takes seconds to read."""
    from spylls.hunspell import Dictionary

    log.info("loading the spelling dictionary %s", path)
    return Dictionary.from_files(path)


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
