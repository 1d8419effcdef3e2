"""Export a release as Word documents for distribution and review, written atomically.

`export_release` is what the CLI and the GUI call: it checks the request, builds the documents with
`formats.docx_writer` and writes each through a temporary file that is renamed into place, so a failed or
cancelled export never leaves a half-written file where the user expects one.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document

from desktop_app import LANGS
from desktop_app.atomic import atomic_path
from desktop_app.domain.release import Release
from desktop_app.formats.docx_writer import DocxOptions, write_review, write_single, write_table
from desktop_app.formats.errors import FormatError
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

LAYOUTS: tuple[str, ...] = ("single", "table", "review")
ALL = "all"
LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}

Progress = Callable[[int, int], None]
"""Called with (done, total) as the export advances; it may raise (e.g. ExportCancelled) to stop the export."""


class ExportError(Exception):
    """An export that cannot be done as asked; the message says why in words a user can act on."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left at the target."""


@dataclass(slots=True)
class ExportResult:
    """What an export wrote, and which segments a single-language document had to leave out (no text)."""

    paths: list[Path] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)


def parse_pair(text: str) -> tuple[str, str]:
    """'zh-en' → ('zh', 'en'); two different document languages."""
    parts = re.split(r"[-_>→ ]+", text.strip().lower())
    if len(parts) != 2 or not all(p in LANGS for p in parts) or parts[0] == parts[1]:
        raise ExportError(f"language pair {text!r}: give two different languages of {', '.join(LANGS)}, "
                          "e.g. zh-en")
    return parts[0], parts[1]


class _Ticker:
    """Turns per-segment ticks into (done, total) calls, at most once per percent."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress, self._shown = max(total, 1), 0, progress, -1

    def __call__(self) -> None:
        self.done += 1
        percent = self.done * 100 // self.total
        if self.progress and percent != self._shown:
            self._shown = percent
            self.progress(self.done, self.total)


def _save(doc: Document, target: Path) -> None:
    with atomic_path(target) as tmp:
        doc.save(str(tmp))


def _docx_target(out: Path) -> Path:
    if out.suffix.lower() != ".docx":
        raise ExportError(f"{out.name}: the output must be a .docx file")
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give a .docx file name")
    return out


def _require_text(release: Release, langs: tuple[str, ...]) -> None:
    empty = [LANG_NAMES[lang] for lang in langs if all(s.cells[lang].is_empty for s in release.segments)]
    if empty:
        raise ExportError(f"there is no {' or '.join(empty)} text to export")


def options_from(settings: Settings, template: str | Path | None) -> DocxOptions:
    return DocxOptions(template=Path(template) if template else None, fonts=dict(settings.fonts),
                       end_mark=settings.end_mark, author=settings.author, ui_lang=settings.ui_lang)


def export_release(release: Release, out: str | Path, lang: str | None, layout: str = "single",
                   pair: str | tuple[str, str] | None = None, template: str | Path | None = None,
                   settings: Settings | None = None, progress: Progress | None = None) -> ExportResult:
    """Write `release` to `out` in `layout`.

    single: `lang` is zh/en/ru (a .docx) or 'all' (a folder, or a .zip when `out` ends in .zip, holding
    <name>-zh/en/ru.docx); table: the three languages side by side (`lang` is ignored); review: `pair` such as
    'zh-en' (default zh-en). Raises ExportError for a request that cannot be done, ExportCancelled when the
    progress callback cancels; the target is then left as it was.
    """
    out = Path(out)
    settings = settings or Settings()
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r} (known: {', '.join(LAYOUTS)})")
    if not release.segments:
        raise ExportError("the release has no segments to export")
    try:
        options = options_from(settings, template)
        if layout == "table":
            ticker = _Ticker(len(release.segments), progress)
            doc = write_table(release, options, ticker)
            _save(doc, _docx_target(out))
            return ExportResult([out])
        if layout == "review":
            source, target = parse_pair(pair) if isinstance(pair, str) else (pair or ("zh", "en"))
            if source not in LANGS or target not in LANGS or source == target:
                raise ExportError(f"language pair {source}-{target}: give two different languages")
            _require_text(release, (source,))
            ticker = _Ticker(len(release.segments), progress)
            doc = write_review(release, source, target, options, ticker)
            _save(doc, _docx_target(out))
            return ExportResult([out])
        return _export_single(release, out, lang, options, progress)
    except FormatError as exc:
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _export_single(release: Release, out: Path, lang: str | None, options: DocxOptions,
                   progress: Progress | None) -> ExportResult:
    if lang not in (*LANGS, ALL):
        raise ExportError(f"the single layout needs a language: one of {', '.join(LANGS)} or {ALL}")
    langs = LANGS if lang == ALL else (lang,)
    if lang == ALL and out.suffix.lower() == ".docx":
        raise ExportError(f"{out.name}: all three languages make three documents; give a folder or a .zip file")
    _require_text(release, langs)
    ticker = _Ticker(len(release.segments) * len(langs), progress)
    result = ExportResult()
    docs: dict[str, Document] = {}
    for code in langs:
        docs[code] = write_single(release, code, options, ticker)
        result.left_out[code] = sum(1 for s in release.segments if s.cells[code].is_empty)
    if lang != ALL:
        _save(docs[lang], _docx_target(out))
        result.paths.append(out)
    elif out.suffix.lower() == ".zip":
        if out.is_dir():
            raise ExportError(f"{out}: is a folder; give a .zip file name")
        with atomic_path(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for code, doc in docs.items():
                buf = io.BytesIO()
                doc.save(buf)
                zf.writestr(f"{out.stem}-{code}.docx", buf.getvalue())
        result.paths.append(out)
    else:
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out}: exists and is not a folder; give a folder or a .zip file name")
        for code, doc in docs.items():
            path = out / f"{out.name}-{code}.docx"
            _save(doc, path)
            result.paths.append(path)
    log.info("exported %s (%s) to %s", lang, ", ".join(map(str, result.paths)), out)
    return result


def all_targets(out: str | Path) -> list[Path]:
    """The files an 'all' export to `out` writes (for asking before overwriting)."""
    out = Path(out)
    if out.suffix.lower() == ".zip":
        return [out]
    return [out / f"{out.name}-{code}.docx" for code in LANGS]
