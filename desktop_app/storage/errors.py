"""The one kind of error the stores raise: a file that cannot be read or written, in words for the user.

SQLite reports trouble as `sqlite3.Error` (a locked, read-only, full or damaged database) from any call. Each
store class is wrapped by `sqlite_errors_as(ItsError)`: a call from outside the store that fails in SQLite raises
`ItsError.from_sqlite(...)`, a `StorageError` naming the file, so `ui/` and `cli/` never need to know that the
stores use SQLite. Inside the store (one of its methods calling another) SQLite's own errors pass through, so the
store's own handling of them keeps working.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.domain import refusals as why
from desktop_app.domain.refusals import Refusal


class StorageError(Refusal):
    """A project, glossary or translation-memory file that cannot be read or written; the message is for the user."""

    locked = False  # another program kept the file's write lock past the wait: the same change may work later

    @classmethod
    def from_sqlite(cls, path: Path | None, exc: sqlite3.Error, operation: str) -> StorageError:
        """The error for SQLite's `exc` in the store method `operation` on the file at `path`. A file another
        process kept locked past the wait is told in words (two desks importing large files at once)."""
        message = str(exc)
        locked = isinstance(exc, sqlite3.OperationalError) and ("locked" in message or "busy" in message)
        if locked:
            message = ("locked: another PressDesk (or another program) is writing to it; try again when it has "
                       "finished; nothing was changed")
        error = cls(f"{path.name}: {message}" if path is not None else message,
                    message_id=why.FILE_LOCKED if locked else None,
                    file_name=path.name if locked and path is not None else None)
        error.locked = locked
        return error


C = TypeVar("C", bound=type)
_depth = threading.local()  # how many store calls deep this thread is: only the outermost call translates


def _wrapped(function: Callable[..., Any], error: type[StorageError], *, bound: bool) -> Callable[..., Any]:
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        depth = getattr(_depth, "value", 0)
        _depth.value = depth + 1
        try:
            return function(*args, **kwargs)
        except sqlite3.Error as exc:
            if depth:
                raise
            path = getattr(args[0], "path", None) if bound and args else None
            raise error.from_sqlite(Path(path) if isinstance(path, str | Path) else None, exc,
                                    function.__name__) from exc
        finally:
            _depth.value = depth

    return call


def _wrapped_context(function: Callable[..., Any], error: type[StorageError]) -> Callable[..., Any]:
    """A context-manager method (a transaction): SQLite fails in its entering or leaving (BEGIN, COMMIT), after
    the call itself has returned, so those are translated here."""
    @functools.wraps(function)
    @contextlib.contextmanager
    def call(*args: Any, **kwargs: Any) -> Iterator[Any]:
        try:
            with function(*args, **kwargs) as value:
                yield value
        except sqlite3.Error as exc:
            if getattr(_depth, "value", 0):
                raise
            path = getattr(args[0], "path", None) if args else None
            raise error.from_sqlite(Path(path) if isinstance(path, str | Path) else None, exc,
                                    function.__name__) from exc

    return call


def sqlite_errors_as(error: type[StorageError]) -> Callable[[C], C]:
    """Class decorator: every public method (class and static ones too) of the store turns `sqlite3.Error` into
    `error.from_sqlite(...)` for its callers."""

    def decorate(cls: C) -> C:
        for name, member in list(vars(cls).items()):
            if name.startswith("_"):
                continue
            if isinstance(member, classmethod):
                setattr(cls, name, classmethod(_wrapped(member.__func__, error, bound=False)))
            elif isinstance(member, staticmethod):
                setattr(cls, name, staticmethod(_wrapped(member.__func__, error, bound=False)))
            elif inspect.isgeneratorfunction(getattr(member, "__wrapped__", None)):  # @contextlib.contextmanager
                setattr(cls, name, _wrapped_context(member, error))
            elif inspect.isfunction(member) and not inspect.isgeneratorfunction(member):
                setattr(cls, name, _wrapped(member, error, bound=True))
        return cls

    return decorate
