"""Glossary import (preview, then one undoable transaction) and export, shared by the CLI and the GUI.

`plan_import` reads a file and works out, without touching the database, which entries would be added, which
existing ones updated (missing languages filled, new variants and forbidden forms added) and which rows skipped
and why. `apply_import` writes the plan in one transaction and logs it so `undo_import` can revert it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.domain.invisible import escape_unseen
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import Reason, TermFile, place
from desktop_app.formats.glossary_suffixes import EXPORT_SUFFIXES, IMPORT_SUFFIXES
from desktop_app.formats.input_files import name_as_text
from desktop_app.storage.glossary_store import GlossaryStore, ImportRecord, fold_for_search, validate_entry

log = logging.getLogger(__name__)



def read_glossary_file(path: str | Path) -> TermFile:
    """Read any supported glossary file, the format chosen by extension; FormatError when it cannot be used."""
    p = Path(path)
    kind = IMPORT_SUFFIXES.get(p.suffix.lower())
    if kind in ("csv", "omegat"):
        kind = _text_or_workbook(p, kind)
    if kind == "csv":
        from desktop_app.formats.glossary_csv import read_glossary_csv

        return read_glossary_csv(p)
    if kind == "tbx":
        from desktop_app.formats.tbx import read_tbx

        return read_tbx(p)
    if kind == "omegat":
        from desktop_app.formats.omegat_glossary import read_omegat_glossary

        return read_omegat_glossary(p)
    if kind == "xml":
        from desktop_app.formats.multiterm import read_xml_glossary

        return read_xml_glossary(p)
    if kind == "xlsx":
        from desktop_app.formats.xlsx_glossary import read_xlsx_glossary

        return read_xlsx_glossary(p)
    raise FormatError(f"{p.name}: unknown glossary format (expected {', '.join(sorted(IMPORT_SUFFIXES))})",
                      message_id=why.UNKNOWN_KIND, message_args=(", ".join(sorted(IMPORT_SUFFIXES)),),
                      file_name=p.name)


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _text_or_workbook(path: Path, kind: str) -> str:
    """What a file named as text really is: an Excel workbook saved under a .csv or .txt name (a "Save as" that
    kept the name, a mail gateway renaming attachments) is read as the workbook it is; an old binary .xls is
    refused saying so, rather than as text that is not UTF-8."""
    try:
        if not path.is_file():  # a named pipe would block this read: the text reader refuses it in words
            return kind
        with open(path, "rb") as fh:
            head = fh.read(len(_OLE_MAGIC))
    except OSError:
        return kind  # the text reader says why the file cannot be read
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if head == _OLE_MAGIC:
        raise FormatError(f"{name_as_text(path)}: an old Excel .xls workbook (or a password-protected file) with a "
                          f"{path.suffix} name; in Excel save it as Excel Workbook (.xlsx) and import that",
                          message_id=why.XLS_OLD, file_name=name_as_text(path))
    return kind


@dataclass(slots=True)
class ImportPlan:
    """What importing a file would do; nothing is written until `apply_import`."""

    path: Path
    added: list[TermEntry] = field(default_factory=list)
    updated: list[tuple[TermEntry, TermEntry]] = field(default_factory=list)  # (before, after)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason): `Reason`s, English as text
    languages: tuple[str, ...] = ()
    ignored_languages: tuple[str, ...] = ()  # the first MAX_IGNORED_SHOWN, each cut to MAX_CODE_SHOWN characters
    more_ignored_languages: int = 0

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.updated)} updated, {len(self.skipped)} skipped"


@dataclass(frozen=True, slots=True)
class ImportReport:
    import_id: int
    added: int
    updated: int
    skipped: tuple[tuple[str, str], ...]


def _key(form: str) -> str:
    return " ".join(fold_for_search(form).split())


def merge_entries(base: TermEntry, incoming: TermEntry) -> TermEntry:
    """`base` completed by `incoming`: missing approved forms filled, other forms added as variants, short forms
    and forbidden forms, a missing source filled."""
    forms = dict(base.forms)
    variants = {lang: list(base.variants.get(lang, ())) for lang in LANGS}
    forbidden = {lang: list(base.forbidden.get(lang, ())) for lang in LANGS}
    short = {lang: list(base.short_forms.get(lang, ())) for lang in LANGS}
    for lang in LANGS:
        known = {_key(f) for f, _ in base.surface_forms(lang)}
        new = incoming.forms.get(lang, "")
        if new and not forms.get(lang):
            forms[lang] = new
            known.add(_key(new))
        for text in (new, *incoming.variants.get(lang, ())):
            if text and _key(text) not in known:
                variants[lang].append(text)
                known.add(_key(text))
        for kept, texts in ((short, incoming.short_forms.get(lang, ())), (forbidden, incoming.forbidden.get(lang, ()))):
            for text in texts:
                if text and _key(text) not in known:
                    kept[lang].append(text)
                    known.add(_key(text))
    return replace(base, forms=forms, variants={k: tuple(v) for k, v in variants.items()},
                   forbidden={k: tuple(v) for k, v in forbidden.items()},
                   short_forms={k: tuple(v) for k, v in short.items()}, note=base.note or incoming.note,
                   source=base.source or incoming.source)


# A file may name any number of languages of any length (30,000 `xml:lang` values made a 400 KB line of stderr and a
# label as long in the import preview); a real one names a handful.
MAX_IGNORED_SHOWN = 10
MAX_CODE_SHOWN = 35


def _shown_codes(codes: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    shown = tuple(c if len(c) <= MAX_CODE_SHOWN else c[:MAX_CODE_SHOWN - 1] + "…" for c in codes[:MAX_IGNORED_SHOWN])
    return shown, max(0, len(codes) - MAX_IGNORED_SHOWN)


def plan_import(store: GlossaryStore, path: str | Path) -> ImportPlan:
    """Read `path` and decide, entry by entry, what importing it would change (FormatError if unreadable)."""
    p = Path(path)
    read = read_glossary_file(p)
    ignored, more = _shown_codes(read.ignored_languages)
    plan = ImportPlan(p, skipped=list(read.skipped), languages=read.languages, ignored_languages=ignored,
                      more_ignored_languages=more)
    existing: dict[tuple[str, str], TermEntry] = {}
    for entry in store.entries():
        for lang in LANGS:
            if entry.forms.get(lang):
                existing.setdefault((lang, _key(entry.forms[lang])), entry)
    pending: dict[tuple[str, str], int] = {}  # approved form → index in plan.added
    updated_at: dict[int, int] = {}  # entry id → index in plan.updated
    for number, entry in enumerate(read.entries, start=1):
        keys = [(lang, _key(entry.forms[lang])) for lang in LANGS if entry.forms.get(lang)]
        match = next((existing[k] for k in keys if k in existing), None)
        if match is not None:
            current = plan.updated[updated_at[match.id]][1] if match.id in updated_at else match
            merged = merge_entries(current, entry)
            problems = store.validate(merged) if merged != current else []
            if merged == current:
                label = escape_unseen(match.label())
                plan.skipped.append((place("entry", number), Reason(
                    f"already in the glossary as #{match.id} ({label})", "already-in-glossary", match.id, label)))
            elif problems:
                plan.skipped.append((place("entry", number), Reason(
                    f"not merged into #{match.id}: {'; '.join(problems)}", "not-merged", match.id, *problems)))
            elif match.id in updated_at:
                plan.updated[updated_at[match.id]] = (match, merged)
            else:
                updated_at[match.id] = len(plan.updated)
                plan.updated.append((match, merged))
            continue
        twin = next((pending[k] for k in keys if k in pending), None)
        if twin is not None:
            merged = merge_entries(plan.added[twin], entry)
            problems = validate_entry(merged)
            if problems:
                plan.skipped.append((place("entry", number), Reason(
                    f"same term as an earlier entry, not merged into it: {'; '.join(problems)}", "twin-not-merged",
                    *problems)))
                continue
            plan.added[twin] = merged
            label = escape_unseen(entry.label())
            plan.skipped.append((place("entry", number), Reason(
                f"same term as an earlier entry ({label}); merged into it", "twin-merged", label)))
            continue
        problems = validate_entry(entry)
        if problems:
            plan.skipped.append((place("entry", number), Reason("; ".join(problems), "refused", *problems)))
            continue
        for k in keys:
            pending[k] = len(plan.added)
        plan.added.append(entry)
    return plan


def apply_import(store: GlossaryStore, plan: ImportPlan) -> ImportReport:
    """Write a plan in one transaction; the import is logged and can be undone."""
    import_id = store.apply_import(plan.added, [after for _, after in plan.updated], label=name_as_text(plan.path))
    log.info("imported %s: %s", plan.path, plan.summary())
    return ImportReport(import_id, len(plan.added), len(plan.updated), tuple(plan.skipped))


def import_glossary(store: GlossaryStore, path: str | Path) -> ImportReport:
    return apply_import(store, plan_import(store, path))


def undo_import(store: GlossaryStore, import_id: int | None = None) -> ImportRecord:
    return store.undo_import(import_id)


def export_glossary(store: GlossaryStore, path: str | Path, *, source_lang: str = "en",
                    target_lang: str = "ru") -> int:
    """Write the whole glossary to `path`, the format chosen by extension; returns the number written. An existing
    file is replaced only when it is empty or reads as a glossary (an earlier export): never the user's notes."""
    p = Path(path)
    kind = EXPORT_SUFFIXES.get(p.suffix.lower())
    if kind is not None and p.is_file() and p.stat().st_size > 0:
        try:
            read_glossary_file(p)
        except FormatError:
            raise FormatError(f"{p.name} exists and is not a glossary file; PressDesk will not overwrite it",
                              message_id=why.GLOSSARY_EXPORT_ONTO_OTHER, file_name=p.name) from None
    entries = store.entries()
    if kind == "csv":
        from desktop_app.formats.glossary_csv import write_glossary_csv

        return write_glossary_csv(p, entries)
    if kind == "tbx":
        from desktop_app.formats.tbx import write_tbx

        return write_tbx(p, entries)
    if kind == "omegat":
        from desktop_app.formats.omegat_glossary import write_omegat_glossary

        return write_omegat_glossary(p, entries, source_lang, target_lang)
    raise FormatError(f"{p.name}: cannot export to this format (expected {', '.join(sorted(EXPORT_SUFFIXES))})",
                      message_id=why.GLOSSARY_EXPORT_KIND, message_args=(", ".join(sorted(EXPORT_SUFFIXES)),),
                      file_name=p.name)
