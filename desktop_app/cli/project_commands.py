"""`pressdesk new`, `import` and `show`: create a project, fill a language column, print a release."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop_app import LANGS
from desktop_app.cli.common import CliError, print_json
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.release import Release
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import ALL_LANGS, import_source, load_release_json, read_document, sample_release
from desktop_app.storage.project_lock import ProjectLock, ProjectLockedError
from desktop_app.storage.project_store import ProjectError, ProjectStore, replaceable_by_a_project, write_failure


def open_project(path: str) -> ProjectStore:
    """Open a project for the command line, turning refusals into one-line usage errors."""
    try:
        return ProjectStore.open(path)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc


def save_project(store: ProjectStore, release: Release) -> None:
    """Save for the command line: a refused or failed write (read-only, disk full) is one line; SQLite has
    rolled it back, so the file is as it was."""
    try:
        store.save(release)
    except ProjectError as exc:  # SQLite's refusals come as ProjectError, worded by write_failure
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(write_failure(store.path, exc)) from exc


def lock_project(path: str | Path) -> ProjectLock:
    """Take the project's write lock, so a command never writes under an open editor window."""
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except ProjectLockedError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{path}: cannot lock the project for writing ({exc.strerror or exc})") from exc
    return lock


def release_json(release: Release) -> dict[str, object]:
    """The stable JSON shape of `pressdesk show --json`."""
    return {
        "title": release.title,
        "date": release.date,
        "segments": [
            {"id": s.id, "role": s.role.value,
             **{lang: {"text": s.cells[lang].text, "status": s.cells[lang].status.value} for lang in LANGS}}
            for s in release.segments
        ],
    }


def _check_replaceable(path: Path, source: str | None) -> None:
    """`--force` replaces an earlier project (a damaged one too), never the JSON the new one starts from, nor a
    document, a text or anything else that is no project: given by mistake, it would be lost."""
    if source and path.exists() and Path(source).exists() and os.path.samefile(path, source):
        raise CliError(f"{path}: that is the JSON the project starts from; give the project another name")
    if path.is_file() and not replaceable_by_a_project(path):
        raise CliError(f"{path}: exists and is not a PressDesk project; PressDesk will not replace it, even with "
                       "--force")


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if path.is_dir():
        raise CliError(f"{path}: is a folder; give a project file name")
    if path.exists() and not args.force:
        raise CliError(f"{path} already exists (use --force to replace it)")
    _check_replaceable(path, args.from_json)
    try:
        if args.sample:
            release = sample_release()
        elif args.from_json:
            release = load_release_json(args.from_json)
        else:
            release = Release(title=args.title or "")
    except FormatError as exc:
        raise CliError(str(exc)) from exc
    try:
        if path.exists():
            with lock_project(path):
                ProjectStore.create(path, release).close()
        else:
            ProjectStore.create(path, release).close()
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    print(f"created {escape_unseen(str(path))} ({len(release.segments)} segments)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_project(args.project) as store, lock_project(args.project):
        release = store.load()
        try:
            source = read_document(args.file)
            reports = import_source(release, source, args.lang)
        except FormatError as exc:
            raise CliError(str(exc)) from exc
        save_project(store, release)
    for report in reports:
        for note in report.notes:
            print(f"note: {escape_unseen(note)}", file=sys.stderr)
        for warning in report.warnings:
            print(f"warning: {escape_unseen(warning)} ({report.lang})" if len(reports) > 1
                  else f"warning: {escape_unseen(warning)}", file=sys.stderr)
    if args.lang != ALL_LANGS and len(source.languages) > 1 and source.by_language:
        print(f"note: --lang all imports every language of the {'table' if source.kind == 'table' else 'document'} "
              "at once", file=sys.stderr)
    for report in reports:
        # into an empty release every paragraph makes a row (the report counts only rows added to existing ones)
        new_rows = report.paragraphs if report.rows_before == 0 else report.added_rows
        print(f"imported {report.paragraphs} paragraphs into {report.lang} "
              f"({report.overwritten} replaced, {new_rows} new rows)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_project(args.project) as store:
        release = store.load()
    if args.json:
        print_json(release_json(release))
        return 0
    print(f"{escape_unseen(release.title)}  ({escape_unseen(release.date)})")
    for i, seg in enumerate(release.segments, start=1):
        print(f"\n#{i} {seg.role.value} [{escape_unseen(seg.id)}]")
        for lang in LANGS:
            cell = seg.cells[lang]
            stale = " STALE" if seg.is_stale(lang) else ""
            print(f"  {lang} [{cell.status.value}{stale}] {escape_unseen(cell.text)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create a project file")
    p.add_argument("project")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--sample", action="store_true", help="start from the bundled sample release")
    src.add_argument("--from-json", metavar="FILE", help="start from a release in JSON")
    p.add_argument("--title", help="title of an empty release")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("import", help="import a .docx, .txt or .json file into one language column, or a table "
                                      "with one language per column (or a .json release) into all of them")
    p.add_argument("project")
    p.add_argument("--lang", required=True, choices=[*LANGS, ALL_LANGS],
                   help="the column to fill; 'all': every language column of a table or release file, row by row")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("show", help="print a release")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_show)
