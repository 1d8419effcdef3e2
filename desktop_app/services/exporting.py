"""Export a release as Word documents for distribution and review, written atomically.

`export_release` is what the CLI and the GUI call: it checks the request, builds the documents in memory with
`formats.docx_writer` and writes them through temporary files renamed into place, so a failed or cancelled
export never leaves a half-written file where the user expects one, and the three documents of an 'all' export
appear together or not at all. It never writes over the project being exported, nor over an existing file that
is not a document it would itself write (a .docx, or a .zip of .docx files).
"""

from __future__ import annotations

import io
import logging
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document

from desktop_app import LANGS
from desktop_app.atomic import atomic_write_all, atomic_write_bytes
from desktop_app.domain import refusals as why
from desktop_app.domain.refusals import Refusal
from desktop_app.domain.release import Release
from desktop_app.formats.docx_reader import read_docx_content
from desktop_app.formats.docx_writer import DocxOptions, unwritable_characters, write_review, write_single, write_table
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import open_package
from desktop_app.paths import resolve_path
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

LAYOUTS: tuple[str, ...] = ("single", "table", "review")
ALL = "all"
LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}

Progress = Callable[[int, int], None]
"""Called with (done, total) as the export advances; it may raise (e.g. ExportCancelled) to stop the export."""


class ExportError(Refusal):
    """An export that cannot be done as asked; the message says why in words a user can act on."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left at the target."""


@dataclass(slots=True)
class ExportResult:
    """What an export wrote, and which segments a single-language document had to leave out (no text)."""

    paths: list[Path] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the documents hold differently from the release, and why
    template_body: int = 0  # paragraphs in the house template's own body, which no export carries


def _template_body(template: Path | None) -> int:
    """Paragraphs of text in a house template's body. An export keeps the template's styles, header, footer and
    page set-up, not its body: a letterhead typed at the top of the body (as 公文 and бланк templates often keep
    their 版头 or реквизиты) does not appear, and the export says so instead of leaving it out silently."""
    if template is None:
        return 0
    try:
        return len(read_docx_content(template).paragraphs)
    except FormatError:
        return 0  # opening the template for the export refuses it with its own message


def _with_template_note(result: ExportResult, template: Path | None) -> ExportResult:
    result.template_body = _template_body(template)
    if result.template_body:
        result.notes.append(f"the template's own body text ({result.template_body} paragraph(s)) is not exported, "
                            "only its styles, header, footer and page set-up; a letterhead for every release belongs "
                            "in the template's header (Different First Page for the first page only)")
    return result


def parse_pair(text: str) -> tuple[str, str]:
    """'zh-en' → ('zh', 'en'); two different document languages."""
    parts = re.split(r"[-_>→ ]+", text.strip().lower())
    if len(parts) != 2 or not all(p in LANGS for p in parts) or parts[0] == parts[1]:
        raise ExportError(f"language pair {text!r}: give two different languages of {', '.join(LANGS)}, "
                          "e.g. zh-en", message_id=why.EXPORT_BAD_PAIR, message_args=(repr(text), ", ".join(LANGS)))
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


def _docx_bytes(doc: Document) -> bytes:
    """The document as bytes, built in memory: a disk that fails later cannot leave a half-closed ZIP behind."""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _same_file(a: Path, b: Path) -> bool:
    """Whether two names lead to one file (through symlinks or hard links too)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        try:
            return resolve_path(a) == resolve_path(b)
        except OSError:  # a link that leads back to itself is no file at all
            return False


def _is_docx(path: Path) -> bool:
    try:
        with open_package(path) as zf:
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, FormatError):
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names


def _is_docx_zip(path: Path) -> bool:
    try:
        with open_package(path) as zf:
            names = zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, FormatError):
        return False
    return all(name.lower().endswith(".docx") for name in names)


def _check_target(target: Path, project: Path | None, template: Path | None = None) -> None:
    """Refuse a target that is the project itself or the house template being read, a folder, or an existing
    file we did not make."""
    if project is not None and _same_file(target, project):
        raise ExportError(f"{target.name}: that is the project being exported; choose another file name",
                          message_id=why.EXPORT_ONTO_PROJECT, file_name=target.name)
    if template is not None and _same_file(target, template):
        raise ExportError(f"{target.name}: that is the house template of this export; choose another file name",
                          message_id=why.EXPORT_ONTO_TEMPLATE, file_name=target.name)
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name", message_id=why.EXPORT_ONTO_FOLDER,
                          file_name=target.name)
    if not (target.exists() or target.is_symlink()):
        return
    if not target.is_file():  # a device, a pipe (which would block the check), a dangling link
        raise ExportError(f"{target}: exists and is not a regular file; PressDesk will not overwrite it",
                          message_id=why.EXPORT_ONTO_OTHER_FILE, file_name=target.name)
    zipped = target.suffix.lower() == ".zip"
    if not (_is_docx_zip(target) if zipped else _is_docx(target)):
        kind = "a ZIP of Word documents" if zipped else "a Word document"
        raise ExportError(f"{target}: exists and is not {kind}; PressDesk will not overwrite it",
                          message_id=why.EXPORT_ONTO_OTHER_ZIP if zipped else why.EXPORT_ONTO_OTHER_DOCUMENT,
                          file_name=target.name)


def _docx_target(out: Path, project: Path | None, template: Path | None = None) -> Path:
    if out.suffix.lower() != ".docx":
        raise ExportError(f"{out.name}: the output must be a .docx file", message_id=why.EXPORT_NOT_DOCX,
                          file_name=out.name)
    _check_target(out, project, template)
    return out


def _require_text(release: Release, langs: tuple[str, ...]) -> None:
    empty = tuple(lang for lang in langs if all(s.cells[lang].is_empty for s in release.segments))
    if empty:
        raise ExportError(f"there is no {' or '.join(LANG_NAMES[lang] for lang in empty)} text to export",
                          message_id=why.EXPORT_NO_TEXT, message_args=(empty,))


def options_from(settings: Settings, template: str | Path | None) -> DocxOptions:
    return DocxOptions(template=Path(template) if template else None, fonts=dict(settings.fonts),
                       end_mark=settings.end_mark, author=settings.author, ui_lang=settings.ui_lang)


def _character_notes(release: Release, langs: tuple[str, ...]) -> list[str]:
    """Say where characters a Word document cannot hold (control characters) were left out of the export."""
    where = [f"#{i}" for i, seg in enumerate(release.segments, start=1)
             if any(unwritable_characters(seg.text(lang)) for lang in langs)]
    count = sum(unwritable_characters(seg.text(lang)) for seg in release.segments for lang in langs)
    count += unwritable_characters(release.title)
    if not count:
        return []
    shown = ", ".join(where[:10]) + (" …" if len(where) > 10 else "")
    place = f"segments {shown}" if where else "the title"
    return [f"{count} control character(s) that Word documents cannot hold were left out ({place})"]


def export_release(release: Release, out: str | Path, lang: str | None, layout: str = "single",
                   pair: str | tuple[str, str] | None = None, template: str | Path | None = None,
                   settings: Settings | None = None, progress: Progress | None = None, *,
                   project: str | Path | None = None) -> ExportResult:
    """Write `release` to `out` in `layout`.

    single: `lang` is zh/en/ru (a .docx) or 'all' (a folder, or a .zip when `out` ends in .zip, holding
    <name>-zh/en/ru.docx); table: the three languages side by side (`lang` is ignored); review: `pair` such as
    'zh-en' (default zh-en). `project` is the file the release comes from, never written over. Raises
    ExportError for a request that cannot be done, ExportCancelled when the progress callback cancels; the
    targets are then left as they were.
    """
    out = Path(out)
    project = Path(project) if project is not None else None
    settings = settings or Settings()
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r} (known: {', '.join(LAYOUTS)})",
                          message_id=why.EXPORT_UNKNOWN_LAYOUT, message_args=(repr(layout), ", ".join(LAYOUTS)))
    if not release.segments:
        raise ExportError("the release has no segments to export", message_id=why.EXPORT_NO_SEGMENTS)
    try:
        options = options_from(settings, template)
        if layout == "table":
            target = _docx_target(out, project, options.template)
            ticker = _Ticker(len(release.segments), progress)
            atomic_write_bytes(target, _docx_bytes(write_table(release, options, ticker)))
            result = ExportResult([out], notes=_character_notes(release, LANGS))
            return _with_template_note(result, options.template)
        if layout == "review":
            source, target_lang = parse_pair(pair) if isinstance(pair, str) else (pair or ("zh", "en"))
            if source not in LANGS or target_lang not in LANGS or source == target_lang:
                raise ExportError(f"language pair {source}-{target_lang}: give two different languages",
                                  message_id=why.EXPORT_SAME_LANGUAGES, message_args=(f"{source}-{target_lang}",))
            _require_text(release, (source,))
            target = _docx_target(out, project, options.template)
            ticker = _Ticker(len(release.segments), progress)
            doc = write_review(release, source, target_lang, options, ticker)
            atomic_write_bytes(target, _docx_bytes(doc))
            return _with_template_note(ExportResult([out], notes=_character_notes(release, (source, target_lang))),
                                       options.template)
        return _with_template_note(_export_single(release, out, lang, options, progress, project), options.template)
    except FormatError as exc:
        raise ExportError(str(exc), message_id=exc.message_id, message_args=exc.message_args,
                          file_name=exc.file_name) from exc
    except OSError as exc:
        raise ExportError.from_os_error(f"cannot write {out}: {exc.strerror or exc}", exc, out.name,
                                        why.CANNOT_WRITE) from exc


def _export_single(release: Release, out: Path, lang: str | None, options: DocxOptions,
                   progress: Progress | None, project: Path | None) -> ExportResult:
    if lang not in (*LANGS, ALL):
        raise ExportError(f"the single layout needs a language: one of {', '.join(LANGS)} or {ALL}",
                          message_id=why.EXPORT_NEEDS_LANGUAGE, message_args=(", ".join(LANGS), ALL))
    langs = LANGS if lang == ALL else (lang,)
    if lang == ALL and out.suffix.lower() == ".docx":
        raise ExportError(f"{out.name}: all three languages make three documents; give a folder or a .zip file",
                          message_id=why.EXPORT_ALL_INTO_ONE, file_name=out.name)
    if lang == ALL and out.suffix.lower() != ".zip" and (out.exists() or out.is_symlink()) and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder; give a folder or a .zip file name",
                          message_id=why.EXPORT_NOT_FOLDER, file_name=out.name)
    targets = all_targets(out) if lang == ALL else [_docx_target(out, project, options.template)]
    for target in targets:
        _check_target(target, project, options.template)
    _require_text(release, langs)
    ticker = _Ticker(len(release.segments) * len(langs), progress)
    result = ExportResult(notes=_character_notes(release, langs))
    docs: dict[str, bytes] = {}
    for code in langs:
        docs[code] = _docx_bytes(write_single(release, code, options, ticker))
        result.left_out[code] = sum(1 for s in release.segments if s.cells[code].is_empty)
    if lang != ALL:
        atomic_write_bytes(out, docs[lang])
    elif out.suffix.lower() == ".zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for code, data in docs.items():
                zf.writestr(f"{out.stem}-{code}.docx", data)
        atomic_write_bytes(out, buf.getvalue())
    else:
        atomic_write_all(dict(zip(targets, docs.values(), strict=True)))
    result.paths.extend(targets)
    log.info("exported %s (%s) to %s", lang, ", ".join(map(str, result.paths)), out)
    return result


def all_targets(out: str | Path) -> list[Path]:
    """The files an 'all' export to `out` writes (for asking before overwriting)."""
    out = Path(out)
    if out.suffix.lower() == ".zip":
        return [out]
    return [out / f"{out.name}-{code}.docx" for code in LANGS]
