"""`pressdesk export`: write a project's release as Word documents (one language, all three, side by side, review)."""

from __future__ import annotations

import argparse
import sys

from desktop_app import LANGS
from desktop_app.cli.common import CliError
from desktop_app.cli.project_commands import open_project
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.qa.findings import Severity
from desktop_app.domain.release import Release
from desktop_app.paths import data_dir
from desktop_app.services.exporting import ALL, LANG_NAMES, LAYOUTS, ExportError, export_release, parse_pair
from desktop_app.settings import Settings


def _check_request(args: argparse.Namespace) -> str | None:
    """Reject combinations that make no sense before the project is opened; returns the pair for review."""
    if args.layout == "single":
        if args.lang is None:
            raise CliError(f"export: the single layout needs --lang ({', '.join((*LANGS, ALL))})")
        if args.pair:
            raise CliError("export: --pair belongs to the review layout")
        return None
    if args.lang not in (None, ALL):
        holds = "all three languages" if args.layout == "table" else "the languages of --pair"
        raise CliError(f"export: the {args.layout} layout holds {holds}; --lang {args.lang} does not apply")
    if args.layout == "table":
        if args.pair:
            raise CliError("export: --pair belongs to the review layout")
        return None
    try:
        return "-".join(parse_pair(args.pair or "zh-en"))
    except ExportError as exc:
        raise CliError(f"export: {exc}") from exc


def _errors_before_export(args: argparse.Namespace, release: Release, ignored: set[str], pair: str | None) -> int:
    """`--check`: the checks the GUI runs before an export; the errors are listed on stderr."""
    from desktop_app.cli.qa_commands import load_glossary
    from desktop_app.services.qa import check_before_export

    glossary = load_glossary(args, "export")
    report = check_before_export(release, glossary, ignored, args.layout, args.lang,
                                 parse_pair(pair) if pair else None)
    for f in report.findings:
        if f.severity is Severity.ERROR:
            print(f"#{f.segment_index + 1} {f.lang} {f.kind.value}: {escape_unseen(f.message)}  [{f.key}]",
                  file=sys.stderr)
    return report.errors


def cmd_export(args: argparse.Namespace) -> int:
    pair = _check_request(args)
    settings = Settings.load(data_dir(args.data_dir))
    with open_project(args.project) as store:
        release = store.load()
        ignored = store.ignored_findings()
    if args.check:
        errors = _errors_before_export(args, release, ignored, pair)
        if errors:
            print(f"export: {errors} error{'s' * (errors != 1)} to fix first (see `pressdesk qa`); nothing written",
                  file=sys.stderr)
            return 1
    try:
        result = export_release(release, args.output, args.lang, args.layout, pair, args.template, settings,
                                project=args.project)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    for note in result.notes:
        print(f"note: {escape_unseen(note)}", file=sys.stderr)
    for lang, count in result.left_out.items():
        if count:
            print(f"warning: {count} segments have no {LANG_NAMES[lang]} text and were left out of the "
                  f"{LANG_NAMES[lang]} document", file=sys.stderr)
    for path in result.paths:
        print(f"wrote {escape_unseen(str(path))}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write Word documents: one language, all three, side by side, or for review")
    p.add_argument("project")
    p.add_argument("--lang", choices=(*LANGS, ALL),
                   help="language of a single-layout export; 'all' writes three documents into a folder or .zip")
    p.add_argument("--layout", choices=LAYOUTS, default="single",
                   help="single: a press release per language (default); table: zh | en | ru side by side; "
                        "review: a bilingual table for --pair")
    p.add_argument("--pair", metavar="SRC-TGT", help="language pair of the review layout (default zh-en)")
    p.add_argument("--template", metavar="FILE", help="house template (.docx or .dotx) whose styles, letterhead, "
                                                      "header and footer are used")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the .docx to write; for --lang all a folder, or a .zip")
    p.add_argument("--check", action="store_true",
                   help="run the quality checks first and write nothing (exit 1) while errors remain")
    p.add_argument("--no-glossary", action="store_true", help="with --check: skip the glossary checks")
    p.set_defaults(handler=cmd_export)
