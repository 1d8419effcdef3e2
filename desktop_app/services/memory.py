"""Translation memory: approved translations remembered and offered again, exact matches first.

Units are directed (zh→en and en→zh are two units), so a lookup is one index seek for exact matches and one
trigram-prefiltered candidate query, scored with rapidfuzz, for fuzzy ones. Approved cells of a release are
recorded in every direction between the three languages; TMX files are imported in one transaction, so a file
refused half-way leaves the memory exactly as it was.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.invisible import half_character, strip_invisible
from desktop_app.domain.release import Release, Status
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import name_as_text
from desktop_app.formats.tmx import (
    MAX_TMX_BYTES,
    ProgressCallback,
    TmxUnit,
    is_traditional_chinese,
    iter_tmx,
    normalise_lang,
)
from desktop_app.paths import data_dir as resolve_data_dir
from desktop_app.storage.closing import ClosedOnExit
from desktop_app.storage.tm_store import TmStore, TmStoreError, normalise_key

if TYPE_CHECKING:
    from desktop_app.storage.pg_dial import Dialler
    from desktop_app.storage.pg_tm_store import PgTmStore

log = logging.getLogger(__name__)

MEMORY_FILE = "memory.sqlite"
MEMORY_URL_ENV = "PRESSDESK_MEMORY_URL"
MIN_FUZZY_SCORE = 60.0
MAX_SEGMENT_CHARS = 5000
INSERT_BATCH = 2000
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

Pair = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class ConcordanceHit:
    """A translated text containing the searched phrase: where it was found and its translation."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str


def release_concordance(release: Release, text: str, lang: str) -> list[tuple[int, ConcordanceHit]]:
    """(row, hit) for each approved `lang` cell of the release containing `text`, with its approved siblings."""
    key = normalise_key(text)
    found: list[tuple[int, ConcordanceHit]] = []
    if not key:
        return found
    for row, segment in enumerate(release.segments):
        cell = segment.cells[lang]
        if cell.status is not Status.APPROVED or key not in normalise_key(cell.text):
            continue
        for other, sibling in segment.cells.items():
            if other != lang and sibling.status is Status.APPROVED:
                found.append((row, ConcordanceHit(lang, other, cell.text, sibling.text, "project")))
    return found


@dataclass(frozen=True, slots=True)
class TmMatch:
    """A remembered translation of text like the one looked up; `score` is 100 for an exact match."""

    source: str
    target: str
    score: float
    origin: str

    @property
    def exact(self) -> bool:
        return self.score >= 100.0


@dataclass(slots=True)
class ImportReport:
    """What a TMX import did: units read, translation pairs added or already known, units skipped and why."""

    file: str
    units: int = 0
    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    skip_reasons: Counter[str] = field(default_factory=Counter)
    languages: set[str] = field(default_factory=set)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.skip_reasons[reason] += 1

    def summary(self) -> str:
        """One paragraph for the user: counts first, then the reasons for skipped units, most frequent first."""
        text = (f"{self.file}: {self.units} translation units read; {self.added} translation pairs added, "
                f"{self.duplicates} already in the memory")
        if self.skipped:
            reasons = "; ".join(f"{n} × {reason}" for reason, n in self.skip_reasons.most_common())
            text += f"; {self.skipped} units skipped ({reasons})"
        return text + "."


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (expected one of {', '.join(LANGS)})")


def unit_pairs(unit: TmxUnit) -> tuple[list[Pair], str | None]:
    """The directed zh/en/ru pairs of one TMX unit, or none and the reason it is skipped.

    The first variant of each language wins (en-US and en-GB in one unit give one English text).
    """
    texts: dict[str, str] = {}
    for variant in unit.variants:
        lang = normalise_lang(variant.lang)
        if lang is not None and lang not in texts:
            texts[lang] = variant.text
    if len(texts) < 2:
        codes = sorted({v.lang.lower() for v in unit.variants if v.lang}) or ["none"]
        reason = f"no zh/en/ru pair (languages: {', '.join(codes)})"
        if any(is_traditional_chinese(v.lang) for v in unit.variants):
            reason += "; Traditional Chinese is not imported"
        return [], reason
    filled = {lang: text for lang, text in texts.items() if text}
    if len(filled) < 2:
        return [], "empty text (only inline codes or nothing)"
    if any(len(text) > MAX_SEGMENT_CHARS for text in filled.values()):
        return [], f"text longer than {MAX_SEGMENT_CHARS} characters"
    problems = {lang: problem for lang, text in filled.items() if (problem := text_problem(text))}
    filled = {lang: text for lang, text in filled.items() if lang not in problems}
    if len(filled) < 2:
        return [], next(iter(problems.values()))
    return [(a, b, filled[a], filled[b]) for a, b in permutations(filled, 2)], None


def text_problem(text: str) -> str | None:
    """Why `text` cannot be one side of a remembered translation, or None: a side a reader sees as empty (only
    spaces, invisible or control characters) would be offered as a translation of nothing; a lone surrogate (half
    a character, from a broken paste or file) cannot be stored; a side longer than a segment is no segment."""
    if not text.strip():
        return "empty text"
    if len(text) > MAX_SEGMENT_CHARS:
        return f"text longer than {MAX_SEGMENT_CHARS} characters"
    if half_character(text) is not None:
        return "text holding half a character (a lone surrogate)"
    if not _CONTROL.sub("", strip_invisible(text)[0]).strip():
        return "text of invisible characters only"
    return None


def release_pairs(release: Release) -> Iterator[Pair]:
    """Every directed pair of approved cells in the same segment whose texts can be remembered (`text_problem`)."""
    for seg in release.segments:
        approved = {lang: cell.text.strip() for lang, cell in seg.cells.items()
                    if cell.status is Status.APPROVED and text_problem(cell.text) is None}
        for a, b in permutations(approved, 2):
            yield a, b, approved[a], approved[b]


def _settings_memory_url(data_dir: Path) -> str:
    from desktop_app.settings import Settings

    return Settings.load(data_dir).memory_url if (data_dir / "settings.json").is_file() else ""


class TranslationMemory(ClosedOnExit):
    """The user's translation memory (one SQLite file in the data folder); safe to share between threads."""

    def __init__(self, store: TmStore | PgTmStore) -> None:
        self._opened = store
        self._lock = threading.Lock()
        self._file = _file_identity(store)

    @property
    def _store(self) -> TmStore | PgTmStore:
        """The open store. If its file was replaced while open (a backup restored, a synced copy), SQLite's
        journal beside it still holds changes of the old file, and whoever opens the new one gets them applied
        to it: the journal is first folded into the old file (which keeps them, wherever it went) and emptied,
        then the file now at the path is opened."""
        with self._lock:
            old = self._opened
            if isinstance(old, TmStore) and _file_identity(old) != self._file:
                log.warning("%s was replaced while open; opening the file now there", old.path)
                try:
                    with old._lock:
                        old.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except Exception as exc:  # closed already: an earlier swap found no memory there
                    log.debug("no journal to fold into the replaced memory: %s", exc)
                old.close()
                self._file = _CLOSED  # opened again at every call until a memory is there
                self._opened = TmStore.open(Path(old.path))  # TmStoreError if what is there is no memory
                self._file = _file_identity(self._opened)
            return self._opened

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, url: str | None = None, *,
             dialler: Dialler | None = None) -> TranslationMemory:
        """Open (creating when missing) the memory this desk uses: the shared one at `url` (the --memory option),
        $PRESSDESK_MEMORY_URL or the URL in Preferences ▸ Team, else the file in `data_dir` (by default
        PressDesk's data folder). A window dials the shared one through its `dialler` (given up when it quits).

        Raises `TmStoreError` for a file that is not a memory or comes from a newer PressDesk, or a server that
        cannot be reached.
        """
        folder = resolve_data_dir(data_dir)
        chosen = url or os.environ.get(MEMORY_URL_ENV) or _settings_memory_url(folder)
        if chosen and chosen.strip().startswith(("postgresql://", "postgres://")):
            from desktop_app.storage.pg_tm_store import PgTmStore

            return cls(PgTmStore.open(chosen.strip(), dialler=dialler))
        if chosen and chosen.strip():  # used silently, the desk's own memory would take what was meant elsewhere
            from desktop_app.storage.pg_dial import mask_password

            raise TmStoreError(f"not a memory address: {mask_password(chosen, chosen)!r} (a shared memory is "
                               "postgresql://login@host/database)", message_id=why.MEMORY_NOT_AN_ADDRESS,
                               message_args=(repr(mask_password(chosen, chosen)),))
        return cls(TmStore.open(folder / MEMORY_FILE))

    @property
    def path(self) -> Path | str:
        """The memory file, or the shared memory's URL."""
        return self._store.path

    def close(self) -> None:
        self._opened.close()

    def count(self, src: str | None = None, tgt: str | None = None) -> int:
        """Stored translation pairs, all or for one direction."""
        return self._store.count(src, tgt)

    # -- lookup ------------------------------------------------------------------------------------------
    def lookup(self, text: str, src: str, tgt: str, limit: int = 3, *, min_score: float = MIN_FUZZY_SCORE,
               fuzzy: bool = True) -> list[TmMatch]:
        """Up to `limit` matches for `text` from `src` into `tgt`: exact ones first (score 100), then fuzzy.

        A stored source that differs only in case, full/half-width forms or spacing scores 99. Fuzzy scores
        are rapidfuzz's similarity of the normalised texts; matches with the same target are shown once.
        """
        _check_lang(src)
        _check_lang(tgt)
        key = normalise_key(text)
        if not key or limit <= 0 or src == tgt or half_character(text) is not None:  # half a character is never stored
            return []
        wanted = " ".join(text.split())
        exact = sorted(
            (TmMatch(r.source, r.target, 100.0 if " ".join(r.source.split()) == wanted else 99.0, r.origin)
             for r in self._store.exact(src, tgt, key, limit * 4)),
            key=lambda m: -m.score,
        )
        matches = _unique_targets(exact, limit)
        if fuzzy and len(matches) < limit:
            matches = _unique_targets(matches + self._fuzzy(key, src, tgt, min_score, limit), limit)
        return matches

    def _fuzzy(self, key: str, src: str, tgt: str, min_score: float, limit: int) -> list[TmMatch]:
        # ratio = 2·common / (len_a + len_b), so only sources of a bounded length can reach min_score.
        ratio = max(min(min_score, 99.0), 1.0) / 100.0
        min_len = int(len(key) * ratio / (2 - ratio))
        max_len = int(len(key) * (2 - ratio) / ratio) + 1
        candidates = {source_id: source_key for source_id, source_key
                      in self._store.candidate_sources(src, tgt, key, min_len=min_len, max_len=max_len)
                      if source_key != key}
        best = process.extract(key, candidates, scorer=fuzz.ratio, score_cutoff=min_score, limit=limit * 4)
        scores = {source_id: min(round(score, 1), 98.9) for _, score, source_id in best}
        rows = self._store.units_for_sources(list(scores), tgt)  # newest first, kept among equal scores
        rows.sort(key=lambda row: scores[row.source_id], reverse=True)
        return [TmMatch(r.source, r.target, scores[r.source_id], r.origin) for r in rows]

    def concordance(self, text: str, lang: str, limit: int = 50) -> list[ConcordanceHit]:
        """Remembered pairs whose `lang` side contains `text` (case, width and spacing ignored), shortest first."""
        _check_lang(lang)
        key = normalise_key(text)
        if not key or half_character(text) is not None:
            return []
        return [ConcordanceHit(lang, tgt, source, target, origin)
                for source, target, tgt, origin in self._store.concordance(lang, key, limit)]

    # -- adding ------------------------------------------------------------------------------------------
    def add_pair(self, src: str, tgt: str, source: str, target: str, origin: str = "manual", *,
                 both_directions: bool = True) -> bool:
        """Remember one translation (by default in both directions); False when it was already known."""
        _check_lang(src)
        _check_lang(tgt)
        if src == tgt:
            raise ValueError("source and target language are the same")
        source, target = source.strip(), target.strip()
        problem = text_problem(source) or text_problem(target)
        if problem:
            raise ValueError(f"not remembered: {problem}")
        pairs = [(src, tgt, source, target)]
        if both_directions:
            pairs.append((tgt, src, target, source))
        added, _ = self._store.insert_units(pairs, origin)
        return added > 0

    def record_release(self, release: Release, origin: str = "project") -> int:
        """Remember every pair of approved cells of the release, in every direction; return how many are new."""
        added, _ = self._store.insert_units(release_pairs(release), origin)
        log.info("recorded %d new translation pairs from %s", added, origin)
        return added

    def import_tmx(self, path: str | os.PathLike[str], *, on_progress: ProgressCallback | None = None,
                   max_bytes: int = MAX_TMX_BYTES) -> ImportReport:
        """Import the zh/en/ru pairs of a TMX file in one transaction; FormatError (nothing changed) if refused.

        A file with no unit holding two of zh, en and ru is refused too, with the languages it does hold.
        `on_progress(bytes_read, total)` may raise to cancel; the memory is then left unchanged.
        """
        path = Path(path)
        report = ImportReport(name_as_text(path))
        origin = f"tmx:{report.file}"
        # A connection of its own, so lookups on the shared one are not blocked while a large file is read.
        with type(self._store).open(self._store.path) as store, store.transaction():  # type: ignore[arg-type]
            batch: list[Pair] = []
            for unit in iter_tmx(path, on_progress=on_progress, max_bytes=max_bytes):
                report.units += 1
                report.languages.update(v.lang.lower() for v in unit.variants if v.lang)
                pairs, reason = unit_pairs(unit)
                if reason:
                    report.skip(reason)
                batch.extend(pairs)
                if len(batch) >= INSERT_BATCH:
                    _insert(store, batch, origin, report)
            _insert(store, batch, origin, report)
            if report.units == 0:
                raise FormatError(f"{path.name} contains no translation units", message_id=why.TMX_NO_UNITS,
                                  file_name=path.name)
            if report.added + report.duplicates == 0:
                langs = ", ".join(sorted(report.languages)) or "none given"
                raise FormatError(f"{path.name} has no translation pairs between Chinese, English and Russian "
                                  f"(languages in the file: {langs})", message_id=why.TMX_NO_PAIRS,
                                  message_args=(", ".join(sorted(report.languages)) or "—",), file_name=path.name)
        log.info("%s", report.summary())
        return report


_CLOSED = (-2, -2)  # the identity of no file: the store was closed after its file was replaced


def _file_identity(store: TmStore | PgTmStore) -> tuple[int, int] | None:
    """(device, inode) of a memory file, (-1, -1) when nothing is at its path; None for a shared memory."""
    if not isinstance(store, TmStore):
        return None
    try:
        found = os.stat(store.path)
    except OSError:
        return (-1, -1)
    return (found.st_dev, found.st_ino)


def _insert(store: TmStore | PgTmStore, batch: list[Pair], origin: str, report: ImportReport) -> None:
    added, duplicates = store.insert_units(batch, origin)
    report.added += added
    report.duplicates += duplicates
    batch.clear()


def _unique_targets(matches: list[TmMatch], limit: int) -> list[TmMatch]:
    """Keep the first (best) match of each target text, up to `limit`."""
    seen: set[str] = set()
    kept = []
    for match in matches:
        if match.target not in seen:
            seen.add(match.target)
            kept.append(match)
        if len(kept) == limit:
            break
    return kept
