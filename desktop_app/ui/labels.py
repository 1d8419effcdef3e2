"""Translated names for the core's enums and the document languages (context "Labels" in the .ts files), and file names
and messages as the window shows them (escaped so they cannot reorder or hide text)."""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from desktop_app.domain.invisible import escape_unseen, escape_unseen_but_lines
from desktop_app.domain.release import Origin, Provenance, Role, Status


def lang_label(lang: str) -> str:
    """The document language's name in the UI language."""
    names = {
        "zh": QCoreApplication.translate("Labels", "Chinese"),
        "en": QCoreApplication.translate("Labels", "English"),
        "ru": QCoreApplication.translate("Labels", "Russian"),
    }
    return names.get(lang, lang)


def data_size(size: int) -> str:
    """A file size in the interface's language ("1,8 МБ", not the core's "1.8 MB"), in units of 1024 as the core
    counts them."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def capitalised(name: str) -> str:
    """A name standing on its own (a column header, a menu, list or combo-box item) with a capital letter: the names
    above are lower-case where a sentence needs it (Russian «в столбце «русский»», English "approved")."""
    return f"{name[:1].upper()}{name[1:]}"


def local_time(iso: str, seconds: bool = True) -> str:
    """A stored timestamp (ISO 8601, saved in UTC) as the user's wall-clock time: "2026-12-05 21:47:07"."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso[:19 if seconds else 16].replace("T", " ")
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")


def shown_name(path: str | PathLike[str]) -> str:
    """A file's name as a window shows it: a bidi override in "report\u202excod.docx" would make it read
    "reportdocx.doc", a line feed or an escape would add lines or garbage of its own; they are shown escaped."""
    return escape_unseen(Path(path).name)


def shown_path(path: str | PathLike[str]) -> str:
    """A whole path as a window shows it (tooltips, folders), escaped like `shown_name`."""
    return escape_unseen(str(path))


def shown_text(text: str) -> str:
    """A message that may quote names (an error's text names the file it concerns) with its own lines kept and
    everything else that hides or reorders text escaped."""
    return escape_unseen_but_lines(text)


def menu_text(text: str) -> str:
    """`text` as a menu item's label: "&" written as itself, not as the keyboard accelerator of the next letter."""
    return text.replace("&", "&&")


def pair_label(src: str, tgt: str) -> str:
    """A translation direction by language names ("Chinese → English"), never by codes."""
    return f"{lang_label(src)} → {lang_label(tgt)}"


def status_label(status: Status) -> str:
    names = {
        Status.EMPTY: QCoreApplication.translate("Labels", "empty"),
        Status.MACHINE: QCoreApplication.translate("Labels", "machine"),
        Status.DRAFT: QCoreApplication.translate("Labels", "draft"),
        Status.REVIEWED: QCoreApplication.translate("Labels", "reviewed"),
        Status.APPROVED: QCoreApplication.translate("Labels", "approved"),
    }
    return names[status]


def role_lines(role: Role) -> list[str]:
    """The role's name a word a line, as the row header shows it, a short joining word kept with the word after it
    («дата» / «и место», not a line for «и» alone)."""
    lines: list[str] = []
    for word in role_label(role).split():
        if lines and len(lines[-1]) <= 2:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def role_label(role: Role) -> str:
    names = {
        Role.HEADLINE: QCoreApplication.translate("Labels", "headline"),
        Role.SUBHEADLINE: QCoreApplication.translate("Labels", "subheadline"),
        Role.DATELINE: QCoreApplication.translate("Labels", "dateline"),
        Role.LEAD: QCoreApplication.translate("Labels", "lead"),
        Role.BODY: QCoreApplication.translate("Labels", "body"),
        Role.QUOTE: QCoreApplication.translate("Labels", "quote"),
        Role.SOURCE: QCoreApplication.translate("Labels", "source"),
        Role.CONTACT: QCoreApplication.translate("Labels", "contact"),
        Role.NOTE: QCoreApplication.translate("Labels", "note"),
    }
    return names[role]


def provenance_label(prov: Provenance) -> str:
    """Where a cell's text came from, in the UI language."""
    source = lang_label(prov.source_lang) if prov.source_lang else ""
    if prov.origin is Origin.MACHINE:
        text = QCoreApplication.translate("Labels", "machine translation from %1").replace("%1", source)
        return f"{text} ({prov.engine})" if prov.engine else text
    if prov.origin is Origin.MEMORY:
        return QCoreApplication.translate("Labels", "translation memory from %1").replace("%1", source)
    if prov.origin is Origin.IMPORTED:
        text = QCoreApplication.translate("Labels", "imported")
        return f"{text} ({prov.engine})" if prov.engine else text
    if prov.origin is Origin.TYPED:
        if prov.derived:
            return QCoreApplication.translate("Labels", "typed, based on %1").replace("%1", source)
        return QCoreApplication.translate("Labels", "typed")
    return QCoreApplication.translate("Labels", "no text yet")
