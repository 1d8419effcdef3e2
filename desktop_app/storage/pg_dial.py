"""Connection attempts to a team server that a quitting desk can give up at once.

`psycopg.connect` cannot be interrupted: against a server behind a dead link it holds its thread for the whole
connect timeout, and a window that waits for its workers when it closes would wait for that. A `Dialler` runs
each attempt on a daemon thread of its own while the asking thread waits for it; `abandon()` (the application is
quitting) wakes every waiting thread with `DialAbandoned` and refuses later attempts. An attempt that ends after
it was given up closes the connection it got; it touches nothing else (no store, file or Qt object), so it may
still be running when the interpreter exits.

A read-only query waits for the server's answer too, which a slow link makes long. A store runs its reads inside
`dialler.reading(conn)`, and `abandon()` cancels those still running (psycopg's `cancel_safe`, one thread each):
the query ends at once with QueryCanceled, and nothing was written. Writes are never cancelled: until the cancel
request has been sent, the connection cannot leave `reading()` to start one.

    dialler = Dialler()
    conn = dialler.dial(url, connect_timeout=3, autocommit=True)   # on a worker; psycopg.Error as usual
    with dialler.reading(conn):                                     # a read-only query; DialAbandoned when quitting
        conn.execute("SELECT ...")
    dialler.abandon()                                               # on quit, before waiting for the workers
"""

from __future__ import annotations

import contextlib
import logging
import threading
import urllib.parse
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)
CANCEL_TIMEOUT_S = 3.0


class DialAbandoned(Exception):
    """The desk is quitting: a connection attempt was given up without waiting for the server."""

    def __init__(self) -> None:
        super().__init__("the connection attempt was given up: PressDesk is quitting")


class _Attempt:
    """One `psycopg.connect` on a daemon thread, and what it ended with."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.settled = threading.Event()
        self._conn: psycopg.Connection[Any] | None = None
        self._error: Exception | None = None
        self._abandoned = False

    def run(self, url: str, kwargs: dict[str, Any]) -> None:
        import psycopg

        conn, error = None, None
        try:
            conn = psycopg.connect(url, **kwargs)
        except Exception as exc:  # handed to the waiting thread, which raises it
            error = exc
        with self._lock:
            if not self._abandoned:
                self._conn, self._error = conn, error
                self.settled.set()
                return
        if conn is not None:  # given up meanwhile: the late connection is nobody's
            conn.close()

    def abandon(self) -> None:
        with self._lock:
            if not self.settled.is_set():
                self._abandoned = True
                self.settled.set()

    def result(self) -> psycopg.Connection[Any]:
        with self._lock:
            if self._abandoned:
                raise DialAbandoned
            if self._error is not None:
                raise self._error
            assert self._conn is not None
            return self._conn


class Dialler:
    """Dials servers for one desk (thread-safe); `abandon()` gives up every attempt, running or to come."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempts: set[_Attempt] = set()
        self._abandoned = False
        self._reading_lock = threading.Lock()  # held while a cancel is sent: no read ends meanwhile
        self._reading: list[psycopg.Connection[Any]] = []

    def dial(self, url: str, **kwargs: Any) -> psycopg.Connection[Any]:
        """`psycopg.connect(url, **kwargs)`, raising DialAbandoned instead once `abandon()` is called."""
        attempt = _Attempt()
        with self._lock:
            if self._abandoned:
                raise DialAbandoned
            self._attempts.add(attempt)
        try:
            threading.Thread(target=attempt.run, args=(url, kwargs), name="pg-dial", daemon=True).start()
            attempt.settled.wait()
        finally:
            with self._lock:
                self._attempts.discard(attempt)
        return attempt.result()

    @contextlib.contextmanager
    def reading(self, conn: psycopg.Connection[Any]) -> Iterator[None]:
        """Around a read-only query on `conn`: quitting cancels it instead of waiting for the server's answer.
        Raises DialAbandoned once the desk is quitting (no new query is started)."""
        with self._reading_lock:
            if self._abandoned:
                raise DialAbandoned
            self._reading.append(conn)
        try:
            yield
        finally:
            with self._reading_lock:
                self._reading.remove(conn)

    def abandon(self) -> None:
        """Give up every attempt now waiting (their threads raise DialAbandoned at once) and every later one, and
        cancel the read-only queries running."""
        with self._lock:
            self._abandoned = True
            attempts = list(self._attempts)
        for attempt in attempts:
            attempt.abandon()
        with self._reading_lock:
            reading = list(self._reading)
        for conn in reading:
            threading.Thread(target=self._cancel, args=(conn,), name="pg-cancel", daemon=True).start()

    def _cancel(self, conn: psycopg.Connection[Any]) -> None:
        with self._reading_lock:
            if conn not in self._reading:  # its read ended meanwhile: what runs now may be a write
                return
            try:
                conn.cancel_safe(timeout=CANCEL_TIMEOUT_S)
            except Exception as exc:  # the query then ends when the server answers, as it would have anyway
                log.debug("a read-only query could not be cancelled: %s", exc)


def connect(url: str, dialler: Dialler | None, **kwargs: Any) -> psycopg.Connection[Any]:
    """`psycopg.connect` through `dialler` when there is one (a window's desk), else on this thread (the CLI).

    libpq quotes the part of a URL it cannot read ('invalid percent-encoded token: "s3cret%ZZ"'), which may be
    the password: a failure is raised again with the password masked, and without the original as its cause.
    A host name no resolver takes (a control character, an empty label) is a psycopg error like the others."""
    import psycopg

    try:
        if dialler is not None:
            return dialler.dial(url, **kwargs)
        return psycopg.connect(url, **kwargs)
    except psycopg.Error as exc:
        masked = mask_password(str(exc), url)
        if masked == str(exc):
            raise
        error = type(exc)(masked)
    except (UnicodeError, ValueError) as exc:
        error = psycopg.ProgrammingError(f"not a server address: {mask_password(url, url)} ({exc})")
    raise error from None


# What a server says while it cannot take connections for now: the desk then works offline and tries again.
_TRANSIENT = ("starting up", "shutting down", "recovery mode", "too many clients", "connection slots",
              "not yet accepting", "terminating connection")


def login_refusal(exc: BaseException) -> str | None:
    """The server's reason when it answered a connection attempt and refused it for good (wrong password, no such
    login or database, no entry in pg_hba.conf), else None: a refused login is no outage, so a desk must say so
    rather than queue its edits for a server that will refuse them again."""
    text = str(exc)
    for marker in ("FATAL:", "fe_sendauth:"):
        if marker in text:
            reason = " ".join(text.split(marker, 1)[1].split())
            return None if any(t in reason for t in _TRANSIENT) else reason
    return None


def mask_password(text: str, url: str) -> str:
    """`text` with the password `url` holds (in its user part or a `password=` parameter) replaced by ***."""
    secrets: set[str] = set()
    userinfo = url.partition("://")[2].split("/", 1)[0].split("?", 1)[0].rpartition("@")[0]
    if ":" in userinfo:
        secrets.add(userinfo.partition(":")[2])
    query = url.partition("?")[2]
    secrets.update(part.partition("=")[2] for part in query.split("&") if part.startswith("password="))
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        for form in {secret, urllib.parse.unquote(secret)}:
            if form:
                text = text.replace(form, "***")
    return text
