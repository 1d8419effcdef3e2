"""`pressdesk tm import|lookup|add-project`: fill and query the translation memory from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import LANGS
from desktop_app.cli.common import CliError, print_json
from desktop_app.cli.project_commands import open_project
from desktop_app.domain.invisible import escape_unseen
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import name_as_text
from desktop_app.services.memory import TranslationMemory
from desktop_app.storage.tm_store import TmStoreError

MAX_MATCHES = 100


def _match_count(text: str) -> int:
    """`-n`: a whole number of matches from 1 to MAX_MATCHES."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_MATCHES:
        raise argparse.ArgumentTypeError(f"{value} is outside 1..{MAX_MATCHES}")
    return value


def _score(text: str) -> float:
    """`--min-score`: a percentage from 0 to 100 (NaN and infinities are refused by the range check)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 100.0:
        raise argparse.ArgumentTypeError(f"{text} is outside 0..100")
    return value


def open_memory(args: argparse.Namespace) -> TranslationMemory:
    """Open the memory this desk uses (see TranslationMemory.open), turning refusals into one-line usage errors."""
    try:
        return TranslationMemory.open(args.data_dir, getattr(args, "memory_url", None))
    except TmStoreError as exc:
        raise CliError(str(exc)) from exc


def cmd_import(args: argparse.Namespace) -> int:
    with open_memory(args) as memory:
        try:
            report = memory.import_tmx(args.file)
        except FormatError as exc:
            raise CliError(str(exc)) from exc
        total = memory.count()
    print(escape_unseen(report.summary()))
    print(f"the memory now holds {total} translation pairs")
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    if args.src == args.tgt:
        raise CliError("--from and --to must be different languages")
    with open_memory(args) as memory:
        matches = memory.lookup(args.text, args.src, args.tgt, limit=args.n, min_score=args.min_score)
    if args.json:
        print_json([{"source": m.source, "target": m.target, "score": m.score, "origin": m.origin}
                    for m in matches])
        return 0
    if not matches:
        print("no match", file=sys.stderr)
    for m in matches:
        print(f"{m.score:5.1f}%  {escape_unseen(m.target)}\n"
              f"        source: {escape_unseen(m.source)}  [{escape_unseen(m.origin)}]")
    return 0


def cmd_add_project(args: argparse.Namespace) -> int:
    with open_project(args.project) as store:
        release = store.load()
    with open_memory(args) as memory:
        added = memory.record_release(release, origin=f"project:{name_as_text(args.project)}")
        total = memory.count()
    print(f"recorded {added} new translation pairs from the approved cells of {escape_unseen(Path(args.project).name)} "
          f"(the memory now holds {total})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    tm = sub.add_parser("tm", help="translation memory: import TMX, look up, record approved cells")
    tm_sub = tm.add_subparsers(dest="tm_command", metavar="TM_COMMAND", required=True,
                               parser_class=type(tm))

    p = tm_sub.add_parser("import", help="import the zh/en/ru pairs of a TMX file")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import)

    p = tm_sub.add_parser("lookup", help="print remembered translations of TEXT, exact matches first")
    p.add_argument("--from", dest="src", required=True, choices=LANGS)
    p.add_argument("--to", dest="tgt", required=True, choices=LANGS)
    p.add_argument("-n", type=_match_count, default=3, help=f"how many matches at most, 1-{MAX_MATCHES} (default 3)")
    p.add_argument("--min-score", type=_score, default=60.0, help="lowest fuzzy score shown, 0-100 (default 60)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(handler=cmd_lookup)

    p = tm_sub.add_parser("add-project", help="record the approved cells of a project in the memory")
    p.add_argument("project", metavar="PROJECT")
    p.set_defaults(handler=cmd_add_project)
