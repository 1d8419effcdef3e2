"""Shared pieces of the command line: the error type, the parser class and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, NoReturn


class CliError(Exception):
    """Bad input or usage: printed as one line on stderr, exit code 2."""


class CommandParser(argparse.ArgumentParser):
    """argparse that reports usage errors as a single line through `CliError`."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
