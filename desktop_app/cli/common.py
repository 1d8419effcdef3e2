"""Shared pieces of the command line: the error type, the parser class and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, NoReturn

from desktop_app.domain.invisible import escape_unseen_json


class CliError(Exception):
    """Bad input or usage: printed as one line on stderr, exit code 2."""


class CommandParser(argparse.ArgumentParser):
    """argparse that reports usage errors as a single line through `CliError`."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message}")


def print_json(data: Any) -> None:
    """JSON with readable non-ASCII text, but every character a terminal would obey or hide (C1 controls, bidi
    and other invisible characters, lone surrogates) written as a \\u escape: still the same JSON value."""
    sys.stdout.write(escape_unseen_json(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")
