"""The `pressdesk` command line: the GUI when run without a command, batch work over the same core otherwise.

Exit codes: 0 success; 1 checks found problems; 2 bad input or usage (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from desktop_app import __version__
from desktop_app.cli.common import CliError, CommandParser
from desktop_app.paths import DataDirError

# Which module registers each sub-command (through `register(subparsers)`). Only the module of the command
# being run is imported, so `pressdesk --version`, the GUI and each command start without the others' imports.
COMMANDS: dict[str, str] = {
    "new": "desktop_app.cli.project_commands",
    "import": "desktop_app.cli.project_commands",
    "show": "desktop_app.cli.project_commands",
    "glossary": "desktop_app.cli.glossary_commands",
    "name": "desktop_app.cli.glossary_commands",
    "packs": "desktop_app.cli.mt_commands",
    "translate": "desktop_app.cli.mt_commands",
    "translate-text": "desktop_app.cli.mt_commands",
    "tm": "desktop_app.cli.tm_commands",
    "export": "desktop_app.cli.export_commands",
    "qa": "desktop_app.cli.qa_commands",
    "cache": "desktop_app.cli.cache_commands",
}
_GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--screenshot", "--lang", "--glossary", "--memory")
# What a shell reports for a program ended by SIGPIPE; 1 already means "checks found problems".
EXIT_BROKEN_PIPE = 128 + 13

log = logging.getLogger(__name__)


def build_parser(modules: Iterable[str] | None = None) -> CommandParser:
    """The parser with the sub-commands of `modules` (all of them when None, e.g. for --help)."""
    parser = CommandParser(prog="pressdesk", description="Trilingual press-release desk (zh, en, ru).")
    parser.add_argument("--version", action="version", version=f"PressDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for settings, glossary and language packs (default: $PRESSDESK_DATA_DIR "
                             "or the platform's application-data folder)")
    parser.add_argument("--glossary", dest="glossary_url", metavar="URL",
                        help="the office's shared glossary, postgresql://… (default: $PRESSDESK_GLOSSARY_URL, then "
                             "Preferences; else the glossary in the data folder)")
    parser.add_argument("--memory", dest="memory_url", metavar="URL",
                        help="the office's shared translation memory, postgresql://… (default: "
                             "$PRESSDESK_MEMORY_URL, then Preferences; else the memory in the data folder)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the main window offscreen to OUT.png and exit")
    parser.add_argument("--lang", dest="ui_lang", choices=("en", "zh", "ru"), help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for name in dict.fromkeys(COMMANDS.values() if modules is None else modules):
        importlib.import_module(name).register(sub)
    return parser


def _first_positional(argv: list[str]) -> int | None:
    for i, arg in enumerate(argv):
        if not arg.startswith("-") and not (i > 0 and argv[i - 1] in _GLOBAL_OPTIONS_WITH_VALUE):
            return i
    return None


def _parser_for(argv: list[str]) -> tuple[CommandParser, list[str], str | None]:
    """Pick the sub-command module to load; `pressdesk [options] [PROJECT]` (the GUI) loads none."""
    i = _first_positional(argv)
    if i is not None and argv[i] in COMMANDS:
        return build_parser([COMMANDS[argv[i]]]), argv, None
    if i is not None and (argv[i].endswith(".pressdesk") or Path(argv[i]).is_file()):
        return build_parser([]), argv[:i] + argv[i + 1:], argv[i]
    wants_help = i is not None or any(a in ("-h", "--help") for a in argv)
    return build_parser(None if wants_help else []), argv, None


def _run(argv: list[str]) -> int:
    if argv[:1] == ["--try-language-pack"]:  # argos_engine.TRIAL_ARGUMENT: the child in which a pack is tried
        from desktop_app.mt.argos_engine import trial_main

        return trial_main(argv[1:])
    parser, argv, gui_project = _parser_for(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        if args.screenshot:
            _check_screenshot_target(Path(args.screenshot))
        from desktop_app.ui.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(project=gui_project, data_dir=args.data_dir, screenshot=args.screenshot,
                       ui_lang=args.ui_lang)
    code = int(args.handler(args) or 0)
    sys.stdout.flush()  # a reader that went away shows up here, not in the interpreter's final flush
    return code


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _check_screenshot_target(out: Path) -> None:
    """Refuse, before the window starts, a screenshot name that would overwrite something other than an earlier
    screenshot: the project itself given twice (`--screenshot release.pressdesk release.pressdesk`), notes, a
    folder, a device."""
    if out.suffix.lower() != ".png":
        raise CliError(f"{out.name}: the screenshot is a PNG image; give a .png file name")
    if out.is_dir():
        raise CliError(f"{out}: is a folder; give a file name")
    if not (out.exists() or out.is_symlink()):
        return
    if not out.is_file():
        raise CliError(f"{out}: exists and is not a regular file; PressDesk will not overwrite it")
    with open(out, "rb") as fh:
        head = fh.read(len(PNG_MAGIC))
    if head and head != PNG_MAGIC:
        raise CliError(f"{out}: exists and is not a PNG image; PressDesk will not overwrite it")


def _os_error_line(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's last flush cannot raise again.

    This is the handling Python's documentation gives for SIGPIPE (`pressdesk show … | head -1`).
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


class _EscapingStream:
    """A standard stream that writes every terminal control escaped (tab and line breaks kept): a safety net under
    each command's own escaping, so no value printed from a file or an argument can drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from desktop_app.domain.invisible import escape_terminal_controls

        return self._stream.write(escape_terminal_controls(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _escaped_output() -> Iterator[None]:
    """Both output streams escaped for the command. One the caller closed (`>&-`, a service started without
    it) is None in Python: what is written to it goes nowhere, as Python's own `print` has it, rather than ending
    the command in an AttributeError after its work was done."""
    stdout, stderr = sys.stdout, sys.stderr
    with contextlib.ExitStack() as closing:
        def usable(stream: TextIO | None) -> TextIO:
            return stream if stream is not None else closing.enter_context(open(os.devnull, "w", encoding="utf-8"))

        sys.stdout = _EscapingStream(usable(stdout))  # type: ignore[assignment]
        sys.stderr = _EscapingStream(usable(stderr))  # type: ignore[assignment]
        try:
            yield
        finally:
            sys.stdout, sys.stderr = stdout, stderr


def main(argv: Sequence[str] | None = None) -> int:
    with _escaped_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    from desktop_app.logging_setup import escape_console_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    escape_console_logging()
    try:
        return _run(argv)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (CliError, DataDirError) as exc:
        message = str(exc)
    except KeyboardInterrupt:
        print("pressdesk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # the disk or the folder refused a write no command expected to fail
        message = _os_error_line(exc)
    except Exception as exc:
        from desktop_app.storage.errors import StorageError  # on this path only: storage is slow to import

        if not isinstance(exc, StorageError):
            raise
        message = str(exc)  # a store could not read or write its file; it names the file and why
    from desktop_app.domain.invisible import escape_unseen

    # Messages quote file names and values from the files: escaped, they cannot drive the terminal.
    print(f"pressdesk: {_shortened(escape_unseen(message))}", file=sys.stderr)
    return 2


MAX_MESSAGE_CHARS = 400


def _shortened(message: str) -> str:
    """A message quoting a value of any length (an argument of 100,000 characters was repeated whole) cut in the
    middle, keeping its start, which names the file or option, and its end, which usually gives the reason."""
    if len(message) <= MAX_MESSAGE_CHARS:
        return message
    head = MAX_MESSAGE_CHARS * 2 // 3
    return f"{message[:head]} … {message[-(MAX_MESSAGE_CHARS - head):]}"


def gui_main() -> int:
    """The `pressdesk-gui` entry point: the same options as `pressdesk`, warnings logged to the console."""
    from desktop_app.logging_setup import EscapingFormatter

    console = logging.StreamHandler()
    console.setFormatter(EscapingFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[console])
    return main()
