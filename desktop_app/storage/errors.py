"""The one kind of error the stores raise: a file that cannot be read or written, in words for the user.

SQLite reports trouble as `sqlite3.Error` (a locked, read-only, full or damaged database) from any call. Each
store class is wrapped by `sqlite_errors_as(ItsError)`, so what reaches the CLI and the GUI is always a
`StorageError` subclass naming the file: `ui/` and `cli/` never need to know that the stores use SQLite.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar


class StorageError(Exception):
    """A project, glossary or translation-memory file that cannot be read or written; the message is for the user."""


C = TypeVar("C", bound=type)


def _described(error: type[StorageError], owner: object, exc: sqlite3.Error) -> StorageError:
    path = getattr(owner, "path", None)
    name = Path(path).name if isinstance(path, str | Path) else ""
    return error(f"{name}: {exc}" if name else str(exc))


def _wrapped(function: Callable[..., Any], error: type[StorageError], *, bound: bool = True) -> Callable[..., Any]:
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except sqlite3.Error as exc:
            raise _described(error, args[0] if bound and args else None, exc) from exc

    return call


def sqlite_errors_as(error: type[StorageError]) -> Callable[[C], C]:
    """Class decorator: every public method (class and static ones too) of the store turns `sqlite3.Error` into
    `error`, naming the store's file when the store has a `path`."""

    def decorate(cls: C) -> C:
        for name, member in list(vars(cls).items()):
            if name.startswith("_"):
                continue
            if isinstance(member, classmethod):
                setattr(cls, name, classmethod(_wrapped(member.__func__, error, bound=False)))
            elif isinstance(member, staticmethod):
                setattr(cls, name, staticmethod(_wrapped(member.__func__, error, bound=False)))
            elif inspect.isfunction(member) and not inspect.isgeneratorfunction(member):
                setattr(cls, name, _wrapped(member, error))
        return cls

    return decorate
