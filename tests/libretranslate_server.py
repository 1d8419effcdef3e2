"""A real LibreTranslate server on 127.0.0.1 serving the tests' own packs (no download, no network).

LibreTranslate pins versions that clash with PressDesk's, so it lives in its own virtual environment:
`$PRESSDESK_LIBRETRANSLATE` (the `libretranslate` executable) or `.venv-libretranslate/` in the checkout, which
`.ci/run` creates. Tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STARTUP_DEADLINE_S = 300  # a safeguard against a server that never comes up, not a measurement


def executable() -> Path | None:
    """The `libretranslate` command of its own venv, or None when it is not installed."""
    configured = os.environ.get("PRESSDESK_LIBRETRANSLATE")
    candidate = Path(configured) if configured else REPO / ".venv-libretranslate" / "bin" / "libretranslate"
    return candidate if candidate.is_file() and os.access(candidate, os.X_OK) else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/languages", timeout=2) as response:
            return isinstance(json.loads(response.read()), list)
    except (OSError, ValueError):
        return False


@contextmanager
def running_server(home: Path, packs: Sequence[Path], *extra: str) -> Iterator[str]:
    """Install `packs` into a fresh server home, start LibreTranslate there and yield its base URL."""
    command = executable()
    if command is None:
        raise RuntimeError("LibreTranslate is not installed")
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}
    for var in ("ARGOS_PACKAGES_DIR", "PYTHONPATH", "ARGOS_CHUNK_TYPE"):
        env.pop(var, None)
    python = command.parent / "python"
    install = "import sys, argostranslate.package as p\nfor f in sys.argv[1:]: p.install_from_path(f)"
    subprocess.run([str(python), "-c", install, *map(str, packs)], env=env, check=True, capture_output=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (home / "server.log").open("wb")
    process = subprocess.Popen([str(command), "--host", "127.0.0.1", "--port", str(port), "--load-only",
                                "zh,en,ru", "--disable-web-ui", "--threads", "2", *extra],
                               env=env, stdout=log, stderr=subprocess.STDOUT,
                               cwd=home)  # its API key database goes to ./db
    try:
        deadline = time.monotonic() + STARTUP_DEADLINE_S
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError("LibreTranslate did not start:\n" + (home / "server.log").read_text()[-2000:])
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(home / "data", ignore_errors=True)
