"""Translation through a real LibreTranslate server on 127.0.0.1 serving the tests' own packs.

The glossary protection, the JSON shape and the provenance must be what the local engine gives; failures of the
server must fall back to local packs or say what went wrong.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import argos_packs
import libretranslate_server
import mt_support
import pytest

from desktop_app.cli import main
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status
from desktop_app.mt.engine import MtError
from desktop_app.mt.libretranslate_engine import BATCH_TEXTS, LibreTranslateEngine
from desktop_app.services.translation import TranslationService
from desktop_app.storage.project_store import ProjectStore

pytestmark = pytest.mark.skipif(libretranslate_server.executable() is None,
                                reason="LibreTranslate is not installed (.ci/run puts it in .venv-libretranslate/)")

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures
memorising_packs, memorising_server = mt_support.memorising_packs, mt_support.memorising_server  # fixtures
PLAIN = [row for row in argos_packs.CORPUS if "ZX" not in row[0]]


@pytest.fixture(scope="module")
def junk_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Random-weight packs: the server's output is junk, as with a poor real model."""
    model = argos_packs.build_random_model(tmp_path_factory.mktemp("lt-random-model"))
    packs = argos_packs.random_packs(tmp_path_factory.mktemp("lt-random-packs"), model=model)
    with libretranslate_server.running_server(tmp_path_factory.mktemp("lt-junk"), list(packs.values())) as url:
        yield url


def _json_out(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return json.loads(capsys.readouterr().out)


def test_translate_text_through_the_server_has_the_local_json_shape(memorising_server: str, data_dir: Path,
                                                                    memorising_packs, capsys) -> None:
    zh, en, ru = PLAIN[0]
    assert main(["translate-text", "--mt-url", memorising_server, "--from", "zh", "--to", "ru", "-n", "3",
                 "--json", zh]) == 0
    remote = _json_out(capsys)
    mt_support.install(data_dir, memorising_packs)
    assert main(["translate-text", "--from", "zh", "--to", "ru", "-n", "3", "--json", zh]) == 0
    local = _json_out(capsys)
    assert remote[0]["text"] == local[0]["text"] == ru
    assert {tuple(sorted(item)) for item in remote} == {tuple(sorted(item)) for item in local}
    assert all(set(item["terms"]) == {"honoured", "total"} and isinstance(item["score"], float) for item in remote)
    assert remote[0]["route"] == local[0]["route"] == ["zh", "en", "ru"]
    assert main(["translate-text", "--mt-url", memorising_server, "--from", "zh", "--to", "en", "--json", zh]) == 0
    assert _json_out(capsys)[0]["text"] == en


def test_glossary_names_survive_a_junk_server(junk_server: str) -> None:
    service = TranslationService(LibreTranslateEngine(junk_server), mt_support.glossary())
    for src, tgt, text, expected in (("zh", "en", "钱洪山会见了代表团。", "Qian Hongshan"),
                                     ("en", "ru", "Qian Hong Shan met the Governor.", "Цянь Хуншань")):
        result = service.translate_text(text, src, tgt, 3)
        assert result.alternatives
        for alt in result.alternatives:
            assert expected in alt.text and alt.honoured == alt.total >= 1
            assert "Хун Шань" not in alt.text and "Hong Shan" not in alt.text


def test_translate_all_is_batched(memorising_server: str) -> None:
    engine = LibreTranslateEngine(memorising_server)
    service = TranslationService(engine, mt_support.glossary())
    sources = [zh for zh, _, _ in PLAIN] * 7 + ["钱洪山会见了代表团。"]  # 204 paragraphs
    progress: list[tuple[int, int]] = []
    results = service.translate_all(sources, "zh", "en", progress=lambda d, t: progress.append((d, t)))
    expected = {zh: en for zh, en, _ in PLAIN}
    assert [r.text for r in results[:-1]] == [expected[s] for s in sources[:-1]]
    assert results[-1].text == "Qian Hongshan met the delegation."
    assert progress[-1] == (len(sources), len(sources))
    languages_calls = 1
    assert engine.requests_made == languages_calls + -(-len(sources) // BATCH_TEXTS)


def test_cli_translate_project_records_the_server_engine(memorising_server: str, tmp_path: Path) -> None:
    release = Release("t", "2024-01-01", [Segment(cells={"zh": Cell(zh, Status.DRAFT, Provenance(Origin.TYPED)),
                                                          "en": Cell(), "ru": Cell()}) for zh, _, _ in PLAIN[:3]])
    path = tmp_path / "p.pressdesk"
    ProjectStore.create(path, release).close()
    assert main(["translate", str(path), "--mt-url", memorising_server, "--to", "ru", "--all"]) == 0
    with ProjectStore.open(path) as store:
        saved = store.load()
    assert [s.text("ru") for s in saved.segments] == [ru for _, _, ru in PLAIN[:3]]
    assert {s.cells["ru"].provenance.engine for s in saved.segments} == {"libretranslate"}


def _closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_an_unreachable_server_falls_back_to_local_packs(data_dir: Path, memorising_packs, capsys) -> None:
    zh, en, _ = PLAIN[1]
    assert main(["translate-text", "--mt-url", _closed_port_url(), "--from", "zh", "--to", "en", "--json", zh]) == 2
    assert "cannot reach the translation server" in capsys.readouterr().err
    mt_support.install(data_dir, memorising_packs)
    assert main(["translate-text", "--mt-url", _closed_port_url(), "--from", "zh", "--to", "en", "--json", zh]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["text"] == en
    assert "used the local language packs" in captured.err


class _BusyHandler(http.server.BaseHTTPRequestHandler):
    """Answers every request as an overloaded server does: HTTP 429 with LibreTranslate's error body."""

    def _busy(self) -> None:
        body = json.dumps({"error": "Too many request limits violations"}).encode()
        self.send_response(429)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _busy

    def log_message(self, *args: object) -> None:
        pass


def test_an_overloaded_server_says_so() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BusyHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        engine = LibreTranslateEngine(f"http://127.0.0.1:{server.server_address[1]}")
        with pytest.raises(MtError, match="busy"):
            engine.hypotheses("谢谢大家。", "zh", "en")
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("url", ["127.0.0.1:5000", "ftp://host/", "http://"])
def test_a_malformed_server_address_is_refused(url: str, capsys) -> None:
    assert main(["translate-text", "--mt-url", url, "--from", "zh", "--to", "en", "谢谢大家。"]) == 2
    assert "not a translation server address" in capsys.readouterr().err
