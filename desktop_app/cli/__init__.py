"""The `pressdesk` command line: the GUI when run without a command, batch work over the same core otherwise.

Exit codes: 0 success; 1 checks found problems; 2 bad input or usage (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli.common import CliError, CommandParser

# Each module registers its sub-commands through `register(subparsers)`.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop_app.cli.project_commands",
    "desktop_app.cli.tm_commands",
    "desktop_app.cli.export_commands",
    "desktop_app.cli.glossary_commands",
    "desktop_app.cli.qa_commands",
    "desktop_app.cli.mt_commands",
)

log = logging.getLogger(__name__)


def build_parser() -> CommandParser:
    parser = CommandParser(prog="pressdesk", description="Trilingual press-release desk (zh, en, ru).")
    parser.add_argument("--version", action="version", version=f"PressDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for settings, glossary and language packs (default: $PRESSDESK_DATA_DIR "
                             "or the platform's application-data folder)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the main window offscreen to OUT.png and exit")
    parser.add_argument("--lang", dest="ui_lang", choices=("en", "zh", "ru"), help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _split_gui_project(argv: list[str], commands: set[str]) -> tuple[list[str], str | None]:
    """`pressdesk [options] [PROJECT]` opens the GUI; pull the project path out before argparse sees it."""
    positional = [i for i, a in enumerate(argv) if not a.startswith("-")
                  and not (i > 0 and argv[i - 1] in ("--data-dir", "--screenshot", "--lang"))]
    if positional and argv[positional[0]] not in commands:
        i = positional[0]
        if argv[i].endswith(".pressdesk") or Path(argv[i]).is_file():
            return argv[:i] + argv[i + 1:], argv[i]
    return argv, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    argv, gui_project = _split_gui_project(argv, commands)
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from desktop_app.ui.app import run_gui  # Qt is imported only when the GUI is wanted

            return run_gui(project=gui_project, data_dir=args.data_dir, screenshot=args.screenshot,
                           ui_lang=args.ui_lang)
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(f"pressdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pressdesk: interrupted", file=sys.stderr)
        return 130
