"""`pressdesk qa`: check a project's three versions against each other and the glossary; exit 1 on errors."""

from __future__ import annotations

import argparse
import re
import sys

from desktop_app import LANGS
from desktop_app.cli.common import CliError, print_json
from desktop_app.cli.project_commands import lock_project, open_project
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.qa.findings import Finding
from desktop_app.paths import data_dir
from desktop_app.services.glossary_service import NO_GLOSSARY, GlossaryService, GlossarySnapshot
from desktop_app.services.qa import run_qa
from desktop_app.services.spelling import SpellChecker, dictionary_dirs
from desktop_app.storage.glossary_store import GlossaryError
from desktop_app.storage.project_store import ProjectError


def load_glossary(args: argparse.Namespace, command: str) -> GlossarySnapshot:
    """The glossary the checks use (none with --no-glossary); one that cannot be read is bad input (exit 2)."""
    if args.no_glossary:
        return NO_GLOSSARY
    try:
        return GlossaryService.for_data_dir(data_dir(args.data_dir), args.glossary_url).snapshot()
    except GlossaryError as exc:
        raise CliError(f"{command}: the glossary cannot be read: {exc}") from exc


def _print_text(findings: list[Finding], title: str) -> None:
    for f in findings:
        message = escape_unseen(f.message)
        print(f"#{f.segment_index + 1} {f.lang} {f.severity.value} {f.kind.value}: {message}  [{f.key}]")
    if title:
        print(title)


_FINDING_KEY = re.compile(r"[0-9a-f]{20}")


def finding_key(text: str) -> str:
    """A finding key as `pressdesk qa` prints it in brackets; anything else would be stored in the project."""
    if not _FINDING_KEY.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a finding key (the 20 letters and digits that "
                                         "`pressdesk qa` shows in brackets)")
    return text


def _change_ignored(args: argparse.Namespace) -> int:
    with open_project(args.project) as store, lock_project(args.project):
        try:
            for key in args.ignore or ():
                store.ignore_finding(key)
            for key in args.unignore or ():
                store.unignore_finding(key)
        except ProjectError as exc:  # a read-only or locked project, worded for the user
            raise CliError(str(exc)) from exc
    changed = len(args.ignore or ()) + len(args.unignore or ())
    print(f"{changed} finding key{'s' * (changed != 1)} updated")
    return 0


def cmd_qa(args: argparse.Namespace) -> int:
    if args.ignore or args.unignore:
        return _change_ignored(args)
    with open_project(args.project) as store:
        release = store.load()
        ignored = store.ignored_findings()
    glossary = load_glossary(args, "qa")  # after the project: a refused one leaves the data folder as it was
    langs = [args.lang] if args.lang else None
    # Without the glossary every name would read as a misspelling: spelling needs it.
    spelling = None if args.no_spelling or args.no_glossary else SpellChecker(dictionary_dirs(data_dir(args.data_dir)))
    report = run_qa(release, ignored=ignored, langs=langs, glossary=glossary, spelling=spelling)
    shown = report.findings + (report.ignored if args.include_ignored else [])
    if args.json:
        print_json([f.to_json() for f in shown])
    else:
        _print_text(shown, report.summary())
    if report.errors:
        print(f"qa: {report.errors} error{'s' * (report.errors != 1)} to fix before release", file=sys.stderr)
        return 1
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("qa", help="check numbers, dates, names, titles and punctuation across zh, en and ru",
                       description="Exit code 1 when any error remains (warnings and style notes do not count). "
                                   "JSON: a list of {segment (0-based index), segment_id, lang, kind, severity "
                                   "(error|warning|info), message, message_id, args}.")
    p.add_argument("project")
    p.add_argument("--lang", choices=LANGS, help="report the findings of this language only")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--include-ignored", action="store_true", help="also list the findings ignored in this project")
    p.add_argument("--no-glossary", action="store_true",
                   help="skip the glossary checks (term, forbidden, title) and spelling, which needs its names")
    p.add_argument("--no-spelling", action="store_true", help="skip spell-checking the English and Russian text")
    p.add_argument("--ignore", action="append", metavar="KEY", type=finding_key,
                   help="ignore the finding with this key (repeatable)")
    p.add_argument("--unignore", action="append", metavar="KEY", type=finding_key,
                   help="stop ignoring the finding with this key")
    p.set_defaults(handler=cmd_qa)
