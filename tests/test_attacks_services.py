"""Attacks on the services a desk talks to or keeps: a translation server that misbehaves, language packs that are
not what they claim, a shared glossary another desk has tampered with, and the translation memory.

The translation servers here are real HTTP servers on 127.0.0.1 written for each attack (a LibreTranslate that
answers wrongly cannot be had otherwise); the packs are real `.argosmodel` files built by `argos_packs`, installed
and run through argostranslate and CTranslate2; nothing is mocked.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import argos_packs
import mt_support
import pg_support
import pytest
import ui_support
from pg_support import PgServer
from tm_helpers import write_tmx

from desktop_app.cli import main
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.domain.release import Cell, Release, Segment, Status
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.engine import MtError
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine
from desktop_app.mt.packs import (
    STAGING,
    PackError,
    install_pack,
    list_broken,
    list_installed,
    mt_dir,
    packs_dir,
)
from desktop_app.services.memory import MAX_SEGMENT_CHARS, TranslationMemory

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures
pg_server, pg_url = pg_support.pg_server, pg_support.pg_url
answers = ui_support.answers  # fixture
rezip = mt_support.rezip
REPO = Path(__file__).resolve().parent.parent

LANGUAGES = [{"code": "zh-Hans", "name": "Chinese", "targets": ["en", "ru"]},
             {"code": "en", "name": "English", "targets": ["zh-Hans", "ru"]},
             {"code": "ru", "name": "Russian", "targets": ["en", "zh-Hans"]}]
SOURCE = "谢谢大家。"


# -- a translation server that answers as the attack needs ----------------------------------------------------------

Behaviour = Callable[[http.server.BaseHTTPRequestHandler], None]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.server.bodies.append(self.rfile.read(length) if length else b"")  # type: ignore[attr-defined]
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the desk hung up, as it should
            self.server.behaviour(self)  # type: ignore[attr-defined]

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(behaviour: Behaviour) -> Iterator[http.server.ThreadingHTTPServer]:
    """A server on 127.0.0.1 answering every request with `behaviour`; `.url` is its address."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.behaviour = behaviour  # type: ignore[attr-defined]
    server.paths = []  # type: ignore[attr-defined]
    server.bodies = []  # type: ignore[attr-defined]
    server.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def raw(data: bytes) -> Behaviour:
    """Write `data` as it is (status line and headers included)."""
    return lambda handler: handler.wfile.write(data)


def reply(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Behaviour:
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)
    return answer


def like_libretranslate(translate: Callable[[dict], object]) -> Behaviour:
    """`/languages` as LibreTranslate lists them; `/translate` answered with `translate(request)` as JSON."""
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        if handler.path.endswith("/languages"):
            reply(200, json.dumps(LANGUAGES).encode())(handler)
        else:
            request = json.loads(handler.server.bodies[-1] or b"{}")  # type: ignore[attr-defined]
            reply(200, json.dumps(translate(request), ensure_ascii=False).encode())(handler)
    return answer


def languages_then(translate_answer: Behaviour) -> Behaviour:
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        if handler.path.endswith("/languages"):
            reply(200, json.dumps(LANGUAGES).encode())(handler)
        else:
            translate_answer(handler)
    return answer


def one_line(text: str) -> bool:
    return "\n" not in text.strip() and "Traceback" not in text


# Answers no LibreTranslate gives. Each must end in MtError (the CLI's one line), never in another exception.
WRONG_ANSWERS: dict[str, Behaviour] = {
    "an HTML page": reply(200, b"<html><body>Welcome to nginx!</body></html>", "text/html"),
    "invalid UTF-8": reply(200, b'{"translatedText": ["\xff\xfe\xfa"]}'),
    "JSON nested 100,000 deep": reply(200, b"[" * 100_000 + b"]" * 100_000),
    "a number of 5,000 digits": reply(200, b"1" * 5000),
    "languages whose targets are a number": reply(200, json.dumps([{"code": "zh-Hans", "targets": 7}]).encode()),
    "languages whose code is a list": reply(200, json.dumps([{"code": ["zh"], "targets": ["en"]}]).encode()),
    "languages whose targets are objects": reply(200, json.dumps([{"code": "zh-Hans",
                                                                   "targets": [{"code": "en"}]}]).encode()),
    "translations that are objects": like_libretranslate(lambda r: {"translatedText": [{"text": "Thanks"}]}),
    "translations that are numbers": like_libretranslate(lambda r: {"translatedText": [42]}),
    "an error that is an object": like_libretranslate(lambda r: {"error": {"nested": ["x"] * 5}}),
    "a status line that is none": raw(b"HTTP/1.1 abc OK\r\n\r\n{}"),
    "a header line of 100 KB": raw(b"HTTP/1.0 200 OK\r\nX-Junk: " + b"x" * 100_000 + b"\r\n\r\n[]"),
    "a body shorter than its length": raw(b"HTTP/1.0 200 OK\r\nContent-Length: 1000\r\n\r\n[{\"code\""),
    "ten thousand headers": raw(b"HTTP/1.0 200 OK\r\n" + b"X-A: b\r\n" * 10_000 + b"\r\n[]"),
}


@pytest.mark.parametrize("case", sorted(WRONG_ANSWERS))
def test_a_server_answering_what_no_libretranslate_sends_is_an_error_in_words(case: str) -> None:
    with serving(WRONG_ANSWERS[case]) as server:
        engine = LibreTranslateEngine(server.url, timeout=10)
        with pytest.raises(MtError) as caught:
            engine.hypotheses(SOURCE, "zh", "en", 1)
    assert one_line(str(caught.value)) and len(str(caught.value)) < 400, str(caught.value)


@pytest.mark.parametrize("case", ["an HTML page", "JSON nested 100,000 deep", "a header line of 100 KB",
                                  "translations that are numbers"])
def test_a_junk_server_leaves_the_cli_on_the_local_packs_with_one_line(case: str, data_dir: Path, random_packs,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    with serving(WRONG_ANSWERS[case]) as server:
        assert main(["translate-text", "--mt-url", server.url, "--from", "zh", "--to", "en", "--json", SOURCE]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["text"]  # the local pack's translation
    assert "used the local language packs" in captured.err and one_line(captured.err)


@pytest.mark.parametrize("alternatives", [["Thanks all."], 3, {"a": 1}, [[7]], [None, None]],
                         ids=["a-string", "a-number", "an-object", "numbers", "two-for-one-text"])
def test_alternatives_of_the_wrong_shape_are_not_taken_letter_by_letter(alternatives: object) -> None:
    answer = like_libretranslate(lambda r: {"translatedText": ["Thank you all."], "alternatives": alternatives})
    with serving(answer) as server:
        texts = [h.text for h in LibreTranslateEngine(server.url).hypotheses(SOURCE, "zh", "en", 3)]
    assert texts == ["Thank you all."]


def test_a_redirect_to_another_host_is_never_followed_with_the_text_or_the_key() -> None:
    """A server (or something posing as it) sends the desk elsewhere: neither the text nor the key may go there,
    and what comes back from there must not become a translation."""
    with serving(like_libretranslate(lambda r: {"translatedText": ["INJECTED"] * len(r["q"])})) as other:
        def redirect(handler: http.server.BaseHTTPRequestHandler) -> None:
            handler.send_response(302 if handler.command == "POST" else 301)
            handler.send_header("Location", other.url + handler.path)  # type: ignore[attr-defined]
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        with serving(redirect) as server:
            engine = LibreTranslateEngine(server.url, api_key="office-key-5521")
            with pytest.raises(MtError, match="redirects elsewhere") as caught:
                engine.hypotheses(SOURCE, "zh", "en", 1)
        assert one_line(str(caught.value)) and other.paths == []  # type: ignore[attr-defined]


def test_a_server_that_trickles_its_answer_is_given_up_at_the_deadline() -> None:
    """Each byte comes well within the read timeout, so only a deadline for the whole answer ends it."""
    stop = threading.Event()

    def trickle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n")
        handler.wfile.flush()
        for _ in range(2000):  # at most 2000 spaces (JSON allows them), a few a second, then a valid list
            if stop.wait(0.05):
                return
            handler.wfile.write(b" ")
            handler.wfile.flush()
        handler.wfile.write(json.dumps(LANGUAGES).encode())

    with serving(trickle) as server:
        engine = LibreTranslateEngine(server.url, timeout=5, total_timeout=2)
        try:
            with pytest.raises(MtError, match="did not answer within 2 s"):
                engine.installed_pairs()
        finally:
            stop.set()


@pytest.mark.parametrize("declared", [True, False], ids=["declared-length", "no-length"])
def test_an_answer_larger_than_any_translation_is_refused_unread(declared: bool) -> None:
    stop = threading.Event()

    def flood(handler: http.server.BaseHTTPRequestHandler) -> None:
        length = b"Content-Length: 1099511627776\r\n" if declared else b""
        handler.wfile.write(b"HTTP/1.0 200 OK\r\n" + length + b"\r\n")
        block = b" " * (1024 * 1024)
        for _ in range(100):  # at most 100 MB, or until the desk hangs up
            if stop.is_set():
                return
            handler.wfile.write(block)
        handler.wfile.write(b"[]")

    with serving(flood) as server:
        try:
            with pytest.raises(MtError, match="larger than any translation"):
                LibreTranslateEngine(server.url).installed_pairs()
        finally:
            stop.set()


def test_control_and_bidirectional_characters_the_source_lacks_are_taken_out_of_a_translation() -> None:
    answer = like_libretranslate(lambda r: {"translatedText": ["Thank\u202e you\x1b all\x07.\u2066\x00"]})
    with serving(answer) as server:
        [best] = LibreTranslateEngine(server.url).hypotheses(SOURCE, "zh", "en", 1)
    assert best.text == "Thank you all."


def test_a_megabyte_answer_to_a_short_text_is_no_translation_and_the_local_pack_stands_in(
        data_dir: Path, random_packs) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    told: list[str] = []
    answer = like_libretranslate(lambda r: {"translatedText": ["Thanks " * 150_000]})
    with serving(answer) as server:
        engine = LibreTranslateEngine(server.url, fallback=ArgosEngine(data_dir), on_fallback=told.append)
        [best] = engine.hypotheses(SOURCE, "zh", "en", 1)
    assert "Thanks Thanks" not in best.text and len(best.text) < 10_000
    assert len(told) == 1 and "far longer than its source" in told[0]


def test_an_error_page_of_many_lines_and_escapes_is_one_short_line() -> None:
    body = json.dumps({"error": "line one\nline two\x1b[31m red\u202e " + "x" * 50_000}).encode()
    with serving(languages_then(reply(500, body))) as server, pytest.raises(MtError, match=r"failed \(HTTP 500\)") \
            as caught:
            LibreTranslateEngine(server.url).hypotheses(SOURCE, "zh", "en", 1)
    message = str(caught.value)
    assert one_line(message) and "\x1b" not in message and "\u202e" not in message and len(message) < 400


def test_a_busy_server_with_a_retry_after_lets_the_local_pack_translate(data_dir: Path, random_packs) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    told: list[str] = []
    busy = reply(429, json.dumps({"error": "Too many requests"}).encode(), Retry_After="99999999999999999999")
    with serving(languages_then(busy)) as server:
        engine = LibreTranslateEngine(server.url, fallback=ArgosEngine(data_dir), on_fallback=told.append)
        assert engine.translate_batch([SOURCE, SOURCE], "zh", "en")[0]
    assert len(told) == 1 and "busy" in told[0]


@pytest.mark.parametrize("url", ["http://anna:Secret-Pass-77@127.0.0.1:{port}",
                                 "http://anna:Secret-Pass-77@[::1]:{port}/",
                                 "http://:Secret-Pass-77@127.0.0.1:{port}",
                                 "http://anna:Secret-Pass-77@127.0.0.1:{port}/#x y"])
def test_a_server_address_with_a_password_is_refused_without_repeating_it(
        url: str, data_dir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    with serving(like_libretranslate(lambda r: {"translatedText": ["Thanks."]})) as server:
        port = server.server_address[1]
        address = url.format(port=port)
        with pytest.raises(MtError) as caught:
            LibreTranslateEngine(address)
        assert main(["translate-text", "--mt-url", address, "--from", "zh", "--to", "en", SOURCE]) == 2
        assert server.paths == []  # type: ignore[attr-defined]
    err = capsys.readouterr().err
    assert one_line(err) and "Secret-Pass-77" not in err + str(caught.value) + caplog.text


@pytest.mark.parametrize("url", ["http://a..b:5000", "http://" + "a" * 300 + ":5000", "http://\u202e1.0.0.127:5000",
                                 "http://127.0.0.1:5000/?next=http://elsewhere", "http://127.0.0.1:5000#frag",
                                 "gopher://127.0.0.1:5000", "file:///etc/passwd", "http:///languages"])
def test_a_server_address_no_request_could_use_is_refused_in_one_line(url: str, capsys) -> None:
    assert main(["translate-text", "--mt-url", url, "--from", "zh", "--to", "en", SOURCE]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "not a translation server address" in err


def test_an_international_host_name_is_used_in_its_ascii_form() -> None:
    engine = LibreTranslateEngine("http://пресс-служба.рф:5000/")
    assert engine.url == "http://xn----8sbcog3azikabz.xn--p1ai:5000"




# -- language packs that are not what they claim ----------------------------------------------------------------------


def snapshot(data_dir: Path) -> list[tuple[str, int]]:
    root = packs_dir(data_dir)
    return sorted((p.relative_to(root).as_posix(), p.stat().st_size if p.is_file() else -1) for p in root.rglob("*")
                  if p.relative_to(root).parts[0] != STAGING)


def top_of(pack: Path) -> str:
    return zipfile.ZipFile(pack).namelist()[0].split("/")[0]


def with_member(good: Path, out: Path, name: str, data: bytes) -> Path:
    member = f"{top_of(good)}/{name}"
    return rezip(good, out, drop=lambda n: n == member or (name.startswith("minisbd/") and "/minisbd/" in n),
                 extra={member: data})


def broken_inside(good: Path, case: str, tmp_path: Path) -> Path:
    """A pack every file of which is where it belongs, one of them not what its name says."""
    model = zipfile.ZipFile(good).read(f"{top_of(good)}/model/model.bin")
    members = {
        "an empty model": ("model/model.bin", b""),
        "a model cut short": ("model/model.bin", model[: len(model) // 3]),
        "a model of another architecture": ("model/config.json",
                                            json.dumps({"architecture": "llama", "layer_norm_epsilon": 1}).encode()),
        "a tokenizer that is none": ("sentencepiece.model", b"\x08\x01" + b"not a sentencepiece model" * 40),
        "a splitter that is no graph": ("minisbd/zh.onnx", b"\x08\x07" + os.urandom(2000)),
    }
    name, data = members[case]
    return with_member(good, tmp_path / "inside.argosmodel", name, data)


@pytest.mark.parametrize("case", ["an empty model", "a model cut short", "a model of another architecture",
                                  "a tokenizer that is none", "a splitter that is no graph"])
def test_a_pack_that_cannot_translate_is_refused_at_install_and_the_others_keep_working(
        case: str, data_dir: Path, random_packs, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mt_support.install(data_dir, random_packs, ("en", "ru"))
    before = snapshot(data_dir)
    bad = broken_inside(random_packs[("zh", "en")], case, tmp_path)
    assert main(["packs", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "it was not installed" in err and "staging" not in err, err
    assert snapshot(data_dir) == before and list_broken(data_dir) == []
    assert not (packs_dir(data_dir) / STAGING).exists()
    assert ArgosEngine(data_dir).translate_batch(["The delegation visited the park."], "en", "ru")[0]


@pytest.mark.parametrize("name", ["C:evil.txt", "model/model.bin:hidden", "model/c:config.json"])
def test_a_member_name_windows_reads_as_a_drive_or_a_stream_is_refused(name: str, data_dir: Path, random_packs,
                                                                       tmp_path: Path) -> None:
    good = random_packs[("zh", "en")]
    bad = rezip(good, tmp_path / "colon.argosmodel", extra={f"{top_of(good)}/{name}": b"x"})
    with pytest.raises(PackError, match="outside its folder"):
        install_pack(bad, data_dir)
    assert snapshot(data_dir) == []


def test_an_older_version_never_replaces_a_newer_one_and_the_same_version_again_does(
        data_dir: Path, random_model, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model_dir, sp_model = random_model
    newer = argos_packs.write_pack(tmp_path / "newer.argosmodel", "en", "ru", model_dir, sp_model, version="1.10")
    older = argos_packs.write_pack(tmp_path / "older.argosmodel", "en", "ru", model_dir, sp_model, version="1.9")
    assert main(["packs", "install", str(newer)]) == 0
    before = snapshot(data_dir)
    assert main(["packs", "install", str(older)]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "older than the installed 1.10" in err and "packs remove en-ru" in err
    assert snapshot(data_dir) == before
    assert main(["packs", "install", str(newer)]) == 0  # the same version again: replaced, still one pack
    assert [(p.pair, p.version) for p in list_installed(data_dir)] == [("en-ru", "1.10")]
    assert ArgosEngine(data_dir).translate_batch(["The delegation visited the park."], "en", "ru")[0]


def test_two_folders_of_one_pair_left_by_a_cut_replacement_use_the_newer_and_the_next_install_keeps_one(
        data_dir: Path, random_model, tmp_path: Path) -> None:
    model_dir, sp_model = random_model
    packs = {v: argos_packs.write_pack(tmp_path / f"{v}.argosmodel", "en", "ru", model_dir, sp_model, version=v)
             for v in ("1.2", "1.3")}
    install_pack(packs["1.2"], data_dir)
    beside = packs_dir(data_dir) / "translate-en_ru-1_3"  # a replacement killed after the new pack moved in
    with zipfile.ZipFile(packs["1.3"]) as zf:
        zf.extractall(tmp_path / "x")
    (tmp_path / "x" / top_of(packs["1.3"])).rename(beside)
    engine = ArgosEngine(data_dir)
    engine.warm_up("en", "ru")
    assert engine._loaded[("en", "ru")].pack.version == "1.3"
    install_pack(packs["1.3"], data_dir)
    assert [(p.pair, p.version) for p in list_installed(data_dir)] == [("en-ru", "1.3")]


BIG_INSTALL = r"""
import sys
from pathlib import Path
from desktop_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "packs", "install", sys.argv[2]]))
"""


def test_an_install_killed_mid_way_leaves_the_installed_pack_working_and_its_debris_goes_next_time(
        data_dir: Path, random_model, random_packs, tmp_path: Path) -> None:
    model_dir, sp_model = random_model
    old = argos_packs.write_pack(tmp_path / "old.argosmodel", "en", "ru", model_dir, sp_model, version="1.0")
    big = argos_packs.write_pack(tmp_path / "big.argosmodel", "en", "ru", model_dir, sp_model, version="2.0")
    with zipfile.ZipFile(big, "a", zipfile.ZIP_STORED) as zf, zf.open(f"{top_of(big)}/model/padding.bin", "w",
                                                                     force_zip64=True) as member:
        for _ in range(300):  # 300 MB that do not compress: unpacking takes a while
            member.write(os.urandom(1024 * 1024))
    install_pack(old, data_dir)
    before = snapshot(data_dir)
    staging = packs_dir(data_dir) / STAGING
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", BIG_INSTALL, str(data_dir), str(big)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while child.poll() is None and not any(f.stat().st_size > 0 for f in staging.glob("*/new/model/padding.bin")):
            pass  # until the unpacking is under way
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL, "the install ended before it could be interrupted"
    assert any(staging.iterdir())  # the debris of the killed install
    assert snapshot(data_dir) == before and list_broken(data_dir) == []
    assert ArgosEngine(data_dir).translate_batch(["The delegation visited the park."], "en", "ru")[0]
    install_pack(random_packs[("zh", "en")], data_dir)
    assert not staging.exists()
    assert [p.pair for p in list_installed(data_dir)] == ["en-ru", "zh-en"]


DISK_FULL = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), int(sys.argv[3])))
from desktop_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "packs", "install", sys.argv[2]]))
"""


def test_a_disk_that_fills_during_an_install_is_one_line_and_leaves_nothing(data_dir: Path, random_packs,
                                                                            tmp_path: Path) -> None:
    mt_support.install(data_dir, random_packs, ("en", "ru"))
    before = snapshot(data_dir)
    pack = random_packs[("zh", "en")]
    largest = max(i.file_size for i in zipfile.ZipFile(pack).infolist())
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", DISK_FULL, str(data_dir), str(pack), str(largest // 2)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and one_line(done.stderr) and "File too large" in done.stderr, done.stderr
    assert snapshot(data_dir) == before and not packs_dir(data_dir).joinpath(STAGING).exists()


READ_ONLY = r"""
set -e
$PY -m desktop_app --data-dir "$DATA" translate-text --from en --to ru "The park." > /dev/null  # translated before
mount --bind "$1" "$1"
mount -o remount,bind,ro "$1"
shift
for argv in "packs install $1" "packs remove en-ru"; do
  if $PY -m desktop_app --data-dir "$DATA" $argv 2>>"$DATA.err"; then echo "changed: $argv"; fi
done
$PY -m desktop_app --data-dir "$DATA" translate-text --from en --to ru --json "The delegation visited the park."
"""


def test_a_read_only_packs_folder_refuses_installs_and_removals_in_one_line_and_still_translates(
        data_dir: Path, random_packs, tmp_path: Path) -> None:
    """The folder mounted read-only in a namespace of its own (root only: as any user a folder without write
    permission is the same refusal, but root writes through permissions)."""
    import shutil

    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a folder read-only")
    mt_support.install(data_dir, random_packs, ("en", "ru"))
    before = snapshot(data_dir)
    env = {**os.environ, "PYTHONPATH": str(REPO), "PY": sys.executable, "DATA": str(data_dir)}
    done = subprocess.run(["unshare", "-m", "sh", "-c", READ_ONLY, "sh", str(mt_dir(data_dir)),
                           str(random_packs[("zh", "en")])], env=env, capture_output=True, text=True, timeout=300)
    if "mount:" in done.stderr:
        pytest.skip(f"this machine does not let a test mount a folder: {done.stderr.strip()}")
    assert done.returncode == 0 and "changed" not in done.stdout, done.stdout + done.stderr
    errors = Path(f"{data_dir}.err").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 2 and all("Read-only file system" in line for line in errors), errors
    assert json.loads(done.stdout)[0]["text"]
    assert snapshot(data_dir) == before


STANZA_PATH = r"""
import json, sys
attempts = []
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        attempts.append(event)
        raise OSError("no network")
sys.addaudithook(hook)
from desktop_app.cli import main
codes = [main(["--data-dir", sys.argv[1], "packs", "install", sys.argv[2]]),
         main(["--data-dir", sys.argv[1], "translate-text", "--from", "zh", "--to", "en", "--json",
               "代表团参观了工业园区。今天天气很好。"])]
print(json.dumps({"attempts": attempts, "codes": codes}))
"""


@pytest.mark.parametrize("folder", ["stanza", "minisbd-stanza-spacy", "http-data"])
def test_a_data_folder_named_like_a_splitter_or_a_url_still_translates_offline(folder: str, random_packs,
                                                                              tmp_path: Path) -> None:
    """argostranslate picks a splitter by words in a pack's path, and MiniSBD downloads a model named "http…"."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", STANZA_PATH, folder, str(random_packs[("zh", "en")])],
                          env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    assert report == {"attempts": [], "codes": [0, 0]}, done.stderr
    assert json.loads("\n".join(lines[1:-1]))[0]["text"]


# -- a shared glossary another desk or program has tampered with -----------------------------------------------------

SERVER_KIT = REPO / "packaging" / "server"


def pg_execute(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def shared_glossary(url: str) -> None:
    from desktop_app.storage.pg_glossary_store import PgGlossaryStore

    with PgGlossaryStore.open(url, author="anna", seed=False) as store:
        store.add(TermEntry(0, "organization", {"zh": "国家杜马", "en": "State Duma", "ru": "Государственная дума"}))


# Rows of `entries.data` no PressDesk writes; each is planted beside a sound entry.
PLANTED_ROWS = {
    "a list": "[1, 2]",
    "a string": '"State Duma"',
    "null": "null",
    "forms a string": '{"forms": "Duma"}',
    "forms of numbers and lists": '{"forms": {"zh": 5, "en": ["Duma"]}}',
    "variants a string": '{"forms": {"en": "Harbin Fair"}, "variants": {"en": "Fair"}}',
    "dates that are numbers": '{"forms": {"en": "Harbin Fair"}, "valid_from": 2016, "valid_to": [1]}',
    "a category that is a number": '{"category": 5, "forms": {"en": "Harbin Fair"}}',
    "a note of a megabyte": '{"forms": {"en": "Harbin Fair"}, "note": "' + "n" * 1_000_000 + '"}',
}


@pytest.mark.parametrize("case", sorted(PLANTED_ROWS))
def test_a_shared_glossary_row_no_pressdesk_wrote_is_passed_over_and_every_command_works(
        case: str, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared_glossary(pg_url)
    pg_execute(pg_url, "INSERT INTO entries (category, data, updated_by) VALUES ('term', %s, 'other-tool')"
               .replace("%s", "'" + PLANTED_ROWS[case].replace("'", "''") + "'"))
    project = tmp_path / "r.pressdesk"
    assert main(["new", str(project), "--sample"]) == 0
    for argv in (["glossary", "list"], ["glossary", "search", "Duma"], ["glossary", "history", "1"],
                 ["glossary", "match", "--lang", "en", "The State Duma met."], ["qa", str(project)],
                 ["glossary", "export", str(tmp_path / "out.csv")]):
        capsys.readouterr()
        assert main(["--glossary", pg_url, *argv]) in (0, 1), argv
        assert "Traceback" not in capsys.readouterr().err
    assert main(["--glossary", pg_url, "glossary", "match", "--lang", "en", "--json", "The State Duma met."]) == 0
    assert [hit["text"] for hit in json.loads(capsys.readouterr().out)] == ["State Duma"]


@pytest.mark.parametrize("form", ["Comm\u200bunist Party", "Вoлодин", "Duma\u202e", "x" * 600],
                         ids=["zero-width-space", "latin-o-in-cyrillic", "bidi-override", "600-characters"])
def test_a_form_the_desk_glossary_refuses_is_never_matched_from_a_shared_glossary(
        form: str, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Planted by another program, it would be matched (invisible characters are ignored in matching) and its
    approved form put into translations and insertions as it is."""
    shared_glossary(pg_url)
    lang = "ru" if form == "Вoлодин" else "en"
    data = json.dumps({"category": "person", "forms": {lang: form}, "variants": {lang: [form]}}, ensure_ascii=False)
    pg_execute(pg_url, "INSERT INTO entries (category, data, updated_by) VALUES ('person', '"
               + data.replace("'", "''") + "', 'other-tool')")
    text = form.replace("\u200b", "").replace("\u202e", "")
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "match", "--lang", lang, "--json", f"Today {text} spoke."]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_tenures_that_link_nothing_or_hold_no_dates_are_passed_over(pg_url: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    shared_glossary(pg_url)
    pg_execute(pg_url, "ALTER TABLE tenures ALTER COLUMN person_id DROP NOT NULL",
               "INSERT INTO tenures (person_id, title_id, valid_from, valid_to) VALUES (NULL, 1, '2020', NULL), "
               "(1, 1, '2020-13-45', 'yesterday')")
    from desktop_app.storage.pg_glossary_store import PgGlossaryStore

    with PgGlossaryStore.open(pg_url, seed=False) as store:
        tenures = store.tenures()
    assert [(t.person_id, t.valid_from, t.valid_to) for t in tenures] == [(1, None, None)]


@pytest.mark.parametrize("url", ["postgresql://anna:Pw%ZZ-Secret-77@127.0.0.1:1/office",
                                 "postgresql://anna:Pw-Secret-77@[::1/office",
                                 "postgresql://anna:Pw-Secret-77@office\u202e/db",
                                 "postgresql://anna@127.0.0.1:1/office?password=Pw%ZZ-Secret-77",
                                 "postgresql://anna:Pw-Secret-77@127.0.0.1:1/d%00b"])
@pytest.mark.parametrize("option", ["--glossary", "--memory"])
def test_no_message_or_file_repeats_a_server_password(url: str, option: str, data_dir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    command = ["glossary", "list"] if option == "--glossary" else ["tm", "lookup", "--from", "en", "--to", "ru", "hi"]
    assert main([option, url, *command]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "Secret-77" not in err, err
    assert [f for f in data_dir.rglob("*") if f.is_file() and b"Secret-77" in f.read_bytes()] == []


@pytest.mark.parametrize("option", ["--glossary", "--memory"])
def test_an_address_of_another_kind_of_server_is_refused_and_creates_nothing(
        option: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`mysql://…` was taken for a file name: a new glossary in folders named after the login and password."""
    monkeypatch.chdir(tmp_path)
    command = ["glossary", "list"] if option == "--glossary" else ["tm", "lookup", "--from", "en", "--to", "ru", "hi"]
    assert main([option, "mysql://anna:Pw-Secret-77@office/db", *command]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "not a" in err and "Secret-77" not in err, err
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_login_is_told_so_by_the_shared_memory_and_nothing_is_added(
        pg_server: PgServer, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    as_user = pg_server.office(SERVER_KIT)
    TranslationMemory.open(url=as_user["pressdesk_owner"]).close()
    tmx = write_tmx(tmp_path / "m.tmx", [[("en", "Hello there."), ("ru", "Привет.")]])
    project = tmp_path / "r.pressdesk"
    assert main(["new", str(project), "--sample"]) == 0
    for argv in (["tm", "import", str(tmx)], ["tm", "add-project", str(project)]):
        capsys.readouterr()
        assert main(["--memory", as_user["ivan"], *argv]) == 2
        err = capsys.readouterr().err
        assert one_line(err) and "read-only for this login" in err, err
    with TranslationMemory.open(url=as_user["pressdesk_owner"]) as memory:
        assert memory.count() == 0


def test_a_connection_killed_mid_import_changes_nothing_and_a_later_edit_waits_in_the_queue(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared_glossary(pg_url)
    pg_execute(pg_url, "CREATE FUNCTION cut() RETURNS trigger AS $$ BEGIN PERFORM pg_terminate_backend("
               "pg_backend_pid()); RETURN NEW; END $$ LANGUAGE plpgsql",
               "CREATE TRIGGER cut BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION cut()")
    terms = tmp_path / "terms.csv"
    terms.write_text("category,zh,en,ru\nterm,新机构,New Body,Новый орган\n", encoding="utf-8")
    assert main(["--glossary", pg_url, "glossary", "import", str(terms)]) == 2
    assert one_line(capsys.readouterr().err)
    assert main(["--glossary", pg_url, "glossary", "add", "--category", "term", "--en", "Third Body", "--zh",
                 "三机构", "--ru", "Третий орган"]) == 0
    assert "queued" in capsys.readouterr().out
    pg_execute(pg_url, "DROP TRIGGER cut ON entries")
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    assert [line.split("] ", 1)[1] for line in capsys.readouterr().out.splitlines()] == [
        "国家杜马 | State Duma | Государственная дума", "三机构 | Third Body | Третий орган"]


def test_a_connection_killed_mid_memory_import_adds_nothing(pg_url: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    TranslationMemory.open(url=pg_url).close()
    pg_execute(pg_url, "CREATE FUNCTION cut() RETURNS trigger AS $$ BEGIN PERFORM pg_terminate_backend("
               "pg_backend_pid()); RETURN NEW; END $$ LANGUAGE plpgsql",
               "CREATE TRIGGER cut BEFORE INSERT ON tm_units FOR EACH ROW EXECUTE FUNCTION cut()")
    tmx = write_tmx(tmp_path / "m.tmx", [[("en", "Hello there."), ("ru", "Привет.")],
                                         [("en", "Good day."), ("ru", "Добрый день.")]])
    assert main(["--memory", pg_url, "tm", "import", str(tmx)]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "cannot be reached" in err, err
    with TranslationMemory.open(url=pg_url) as memory:
        assert memory.count() == 0


# -- the translation memory ---------------------------------------------------------------------------------------

UNREMEMBERED = {
    "a lone surrogate": ("The talks\ud800 went well.", "Переговоры прошли хорошо."),
    "a surrogate from a command line": ("The talks went well.", "Переговоры\udcff прошли хорошо."),
    "invisible characters only": ("The talks went well.", "\u200b\u2060\ufeff"),
    "control characters only": ("\x1b\x07", "Переговоры прошли хорошо."),
    "a side longer than a segment": ("The talks went well.", "Переговоры " * (MAX_SEGMENT_CHARS // 5)),
}


@pytest.fixture(params=["desk", "shared"])
def memory(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[TranslationMemory]:
    url = request.getfixturevalue("pg_url") if request.param == "shared" else None
    with TranslationMemory.open(data_dir, url) as opened:
        yield opened


@pytest.mark.parametrize("case", sorted(UNREMEMBERED))
def test_a_pair_whose_side_is_no_text_is_not_remembered_and_the_memory_keeps_working(
        case: str, memory: TranslationMemory) -> None:
    source, target = UNREMEMBERED[case]
    with pytest.raises(ValueError, match="not remembered"):
        memory.add_pair("en", "ru", source, target)
    release = Release("t", "2024-01-01", [Segment(cells={"zh": Cell(), "en": Cell(source, Status.APPROVED),
                                                         "ru": Cell(target, Status.APPROVED)})])
    assert memory.record_release(release) == 0 and memory.count() == 0
    assert memory.lookup(source, "en", "ru") == [] and memory.concordance(source, "en") == []
    assert memory.add_pair("en", "ru", "The talks went well.", "Переговоры прошли хорошо.")
    assert [m.target for m in memory.lookup("The talks went well.", "en", "ru")] == ["Переговоры прошли хорошо."]


def test_a_lookup_typed_with_bytes_that_are_not_utf8_is_no_match(data_dir: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A shell passes invalid UTF-8 to Python as lone surrogates ("\\udcff")."""
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", "The talks\udcff went well."]) == 0
    captured = capsys.readouterr()
    assert "no match" in captured.err and "Traceback" not in captured.err



@pytest.mark.parametrize("where", ["desk", "shared"])
def test_a_glossary_search_typed_with_bytes_that_are_not_utf8_finds_nothing(
        where: str, data_dir: Path, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> None:
    """No glossary form holds half a character, so such a query finds nothing (it gave a traceback)."""
    glossary = ["--glossary", request.getfixturevalue("pg_url")] if where == "shared" else []
    if where == "shared":
        shared_glossary(glossary[1])
    assert main([*glossary, "glossary", "search", "Duma"]) == 0
    assert "State Duma" in capsys.readouterr().out
    assert main([*glossary, "glossary", "search", "Duma\udced\udca0"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "Error" not in captured.err
    assert main([*glossary, "glossary", "match", "--lang", "en", "State Duma\udcff"]) == 0  # whole words match
    assert "State Duma" in capsys.readouterr().out


def test_a_memory_file_replaced_while_open_is_neither_damaged_nor_given_the_old_files_changes(
        data_dir: Path, tmp_path: Path) -> None:
    """SQLite keeps changes in a journal beside the file; replaced underneath it (a backup restored, a synced
    copy), the next opening applied the old file's journal to the new one."""
    import sqlite3

    with TranslationMemory.open(tmp_path / "elsewhere") as other:
        other.add_pair("en", "ru", "From the backup.", "Из резервной копии.")
        backup = Path(other.path)
    memory = TranslationMemory.open(data_dir)
    live = Path(memory.path)
    memory.add_pair("en", "ru", "Before the swap.", "До замены.")
    live.rename(tmp_path / "moved-away.sqlite")
    os.replace(backup, live)
    assert memory.add_pair("en", "ru", "After the swap.", "После замены.")
    assert [m.target for m in memory.lookup("From the backup.", "en", "ru", fuzzy=False)] == ["Из резервной копии."]
    memory.close()
    for path, expected in ((live, {"From the backup.", "After the swap."}),
                           (tmp_path / "moved-away.sqlite", {"Before the swap."})):
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            sources = {row[0] for row in db.execute("SELECT source FROM units WHERE src_lang = 'en'")}
        assert sources == expected, path


def test_concordance_searches_a_shared_memory_as_it_does_the_desks(memory: TranslationMemory) -> None:
    """Ctrl+K on a desk with a shared memory asked a store that had no concordance at all."""
    memory.add_pair("en", "ru", "Growth of 5% in the first_quarter.", "Рост на 5% в первом квартале.")
    memory.add_pair("en", "ru", "Growth of 55 in the first quarter.", "Рост на 55 в первом квартале.")
    hits = memory.concordance("5% in the FIRST_quarter", "en")
    assert [(h.target_lang, h.target) for h in hits] == [("ru", "Рост на 5% в первом квартале.")]


# -- the window with a translation server address no request can use -----------------------------------------------

BAD_MT_URLS = ["http://anna:Pw-Secret-77@127.0.0.1:5000", "http://[::1", "http://127.0.0.1:5000/#fragment"]


@pytest.mark.parametrize("url", BAD_MT_URLS, ids=["with-a-password", "unclosed-ipv6", "with-a-fragment"])
def test_a_window_whose_settings_name_an_unusable_translation_server_opens_on_the_local_packs(
        url: str, qtbot, data_dir: Path, random_packs, caplog: pytest.LogCaptureFixture) -> None:
    """Settings edited by hand (or by an older PressDesk) stopped the window from opening at all."""
    from desktop_app.settings import Settings
    from desktop_app.ui.main_window import MainWindow

    mt_support.install(data_dir, random_packs, ("zh", "en"))
    settings = Settings.load(data_dir)
    settings.mt_url = url
    settings.save(data_dir)
    context = ui_support.make_context(data_dir)
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        engine = window.machine_translation.session.service.engine
        assert isinstance(engine, ArgosEngine) and engine.installed_pairs() == {("zh", "en")}
        assert "Secret-77" not in caplog.text
    finally:
        context.tasks.wait_idle()
        window.close()
        context.close()


@pytest.mark.parametrize("url", BAD_MT_URLS, ids=["with-a-password", "unclosed-ipv6", "with-a-fragment"])
def test_preferences_refuse_a_translation_server_address_no_request_can_use(
        url: str, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop_app.settings import Settings
    from desktop_app.ui.preferences import PreferencesDialog

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a, **_k: warned.append(text)))
    context = ui_support.make_context(data_dir)
    try:
        dialog = PreferencesDialog(context, ["zh", "en", "ru"], [], None)
        qtbot.addWidget(dialog)
        dialog.team_group.mt_url.setText(url)
        dialog.accept()
        assert warned and "LibreTranslate URL" in warned[0] and dialog.result() != QDialog.DialogCode.Accepted
        assert Settings.load(data_dir).mt_url == ""
    finally:
        context.close()


@pytest.mark.parametrize("case", ["a model cut short", "a tokenizer that is none"])
def test_the_pack_manager_refuses_a_pack_that_cannot_translate_and_keeps_the_installed_one(
        case: str, qtbot, data_dir: Path, random_packs, tmp_path: Path, answers) -> None:
    from desktop_app.ui.main_window import MainWindow

    context = ui_support.make_context(data_dir)
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        dialog = window.machine_translation.show_packs()
        with qtbot.waitSignal(window.machine_translation.session.packsChanged, timeout=120_000):
            dialog.install_file(random_packs[("en", "ru")])
        dialog.install_file(broken_inside(random_packs[("zh", "en")], case, tmp_path))
        qtbot.waitUntil(lambda: dialog._busy is None, timeout=120_000)
        message = dialog.message.text()
        assert message.startswith("Not installed") and "it was not installed" in message and "staging" not in message
        assert dialog.table.rowCount() == 1 and [p.pair for p in list_installed(data_dir)] == ["en-ru"]
        dialog.close()
    finally:
        context.tasks.wait_idle()
        window.close()
        context.close()


def test_a_queued_edit_of_an_action_pressdesk_never_queues_deletes_nothing_on_the_server(
        pg_url: str, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Anything but add or edit was sent as a delete."""
    import sqlite3

    from desktop_app.storage.glossary_offline import TeamFiles

    shared_glossary(pg_url)
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0  # the desk's copy and queue of this server
    queue = TeamFiles.of(data_dir, pg_url).queue
    entry = json.dumps({"category": "organization", "forms": {"zh": "国家杜马", "en": "State Duma",
                                                               "ru": "Государственная дума"}}, ensure_ascii=False)
    with sqlite3.connect(queue) as db:
        db.execute("create table if not exists queue (id integer primary key, action text not null, entry_id "
                   "integer not null, base_version integer, data text not null, author text not null, at text not "
                   "null, problem text not null default '')")
        db.execute("insert into queue (action, entry_id, base_version, data, author, at) values "
                   "('purge', 1, 1, ?, 'x', '2024-01-01')", [entry])
    db.close()
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    assert "State Duma" in capsys.readouterr().out
    from desktop_app.storage.pg_glossary_store import PgGlossaryStore

    with PgGlossaryStore.open(pg_url, seed=False) as store:
        assert [e.forms["en"] for e in store.entries()] == ["State Duma"]


def test_a_local_copy_whose_change_counter_is_no_number_is_read_again_from_the_server(
        pg_url: str, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from desktop_app.storage.glossary_offline import TeamFiles

    shared_glossary(pg_url)
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    replica = TeamFiles.of(data_dir, pg_url).replica
    with sqlite3.connect(replica) as db:
        db.execute("update meta set value = 'lots' where key = 'team_changes'")
    db.close()
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "list"]) == 0
    captured = capsys.readouterr()
    assert "State Duma" in captured.out and "Traceback" not in captured.err


def test_shared_memory_rows_without_text_are_passed_over(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A NULL where a translation goes (another program's row) stopped every lookup with a TypeError."""
    with TranslationMemory.open(url=pg_url) as memory:
        memory.add_pair("en", "ru", "The talks went well.", "Переговоры прошли хорошо.")
        memory.add_pair("en", "ru", "The talks went badly.", "Переговоры прошли плохо.")
    pg_execute(pg_url, "ALTER TABLE tm_units ALTER COLUMN target DROP NOT NULL",
               "UPDATE tm_units SET target = NULL WHERE source = 'The talks went badly.'",
               "ALTER TABLE tm_sources ALTER COLUMN source_key DROP NOT NULL",
               "INSERT INTO tm_sources (lang, source_key, key_len) VALUES ('en', NULL, 20)")
    for text in ("The talks went badly.", "The talks went well."):
        capsys.readouterr()
        assert main(["--memory", pg_url, "tm", "lookup", "--from", "en", "--to", "ru", text]) == 0
        assert capsys.readouterr().out.split("\n")[0].endswith("Переговоры прошли хорошо.")
    with TranslationMemory.open(url=pg_url) as memory:
        assert [h.target for h in memory.concordance("talks", "en")] == ["Переговоры прошли хорошо."]
    pg_execute(pg_url, "UPDATE tm_meta SET value = 'x' WHERE key = 'schema_version'")
    assert main(["--memory", pg_url, "tm", "lookup", "--from", "en", "--to", "ru", "The talks went well."]) == 2
    assert "format record is damaged" in capsys.readouterr().err


def test_a_lemma_row_without_lemmas_does_not_close_the_shared_glossary(pg_url: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    shared_glossary(pg_url)
    pg_execute(pg_url, "ALTER TABLE lemmas ALTER COLUMN lemmas DROP NOT NULL",
               "INSERT INTO lemmas VALUES ('думы', NULL), ('думой', 'дума')")
    capsys.readouterr()
    assert main(["--glossary", pg_url, "glossary", "match", "--lang", "ru", "--json", "Депутаты Государственной думы."
                 ]) == 0
    assert [hit["text"] for hit in json.loads(capsys.readouterr().out)] == ["Государственной думы"]


def test_a_text_to_translate_with_half_a_character_is_one_line(data_dir: Path, random_packs,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates; the glossary and the tokenizer cannot read them."""
    from desktop_app.services.translation import TranslationService

    mt_support.install(data_dir, random_packs, ("zh", "en"))
    assert main(["translate-text", "--from", "zh", "--to", "en", "代表团\udcff参观了工业园区。"]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "half a character at position 4" in err, err
    service = TranslationService(ArgosEngine(data_dir), mt_support.glossary())
    with pytest.raises(MtError, match="half a character"):
        service.translate_all(["代表团参观了工业园区。", "钱洪山\ud800出席。"], "zh", "en")
    assert service.translate_all(["钱洪山出席。"], "zh", "en")[0].text


def with_link(good: Path, out: Path, name: str, target: str) -> Path:
    """A copy of a pack with a symbolic-link member (as `zip --symlinks` stores one)."""
    import stat

    rezip(good, out, drop=lambda n: n == name)
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr(info, target)
    return out


@pytest.mark.parametrize("member", ["..\\..\\evil.txt", "\\\\server\\share\\evil.txt", "C:/evil.txt", "/tmp/evil.txt",
                                    "{top}/model/../../../evil.txt", "{top}/a\\..\\..\\..\\evil.txt"],
                         ids=["backslash-parents", "unc", "drive-absolute", "absolute", "parents-inside",
                              "backslash-parents-inside"])
def test_every_way_out_of_the_pack_folder_is_refused(member: str, data_dir: Path, random_packs,
                                                     tmp_path: Path) -> None:
    good = random_packs[("zh", "en")]
    bad = rezip(good, tmp_path / "slip.argosmodel", extra={member.format(top=top_of(good)): b"x"})
    with pytest.raises(PackError, match="outside its folder"):
        install_pack(bad, data_dir)
    assert snapshot(data_dir) == [] and not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("name", ["model/config.json", "sentencepiece.model", "notes"],
                         ids=["model-config", "tokenizer", "extra-member"])
def test_a_link_member_is_refused_wherever_it_points(name: str, data_dir: Path, random_packs,
                                                     tmp_path: Path) -> None:
    good = random_packs[("zh", "en")]
    bad = with_link(good, tmp_path / "link.argosmodel", f"{top_of(good)}/{name}", "/etc/passwd")
    with pytest.raises(PackError, match="contains a link"):
        install_pack(bad, data_dir)
    assert snapshot(data_dir) == []


def test_a_memory_file_replaced_by_something_else_is_one_line_until_a_memory_is_back(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.storage.tm_store import TmStoreError

    memory = TranslationMemory.open(data_dir)
    live = Path(memory.path)
    memory.add_pair("en", "ru", "Before the swap.", "До замены.")
    live.rename(tmp_path / "kept.sqlite")
    live.write_text("not a memory", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(TmStoreError) as caught:
            memory.lookup("Before the swap.", "en", "ru")
        assert one_line(str(caught.value))
    live.unlink()
    os.replace(tmp_path / "kept.sqlite", live)
    assert [m.target for m in memory.lookup("Before the swap.", "en", "ru")] == ["До замены."]
    memory.close()


@pytest.mark.parametrize("answer", [{"translatedText": []}, {"translatedText": ["a", "b", "c"]}, {},
                                    {"translatedText": None}],
                         ids=["none-for-two", "three-for-two", "no-field", "null"])
def test_a_server_answering_for_other_texts_than_it_was_sent_lets_the_local_pack_stand_in(
        answer: dict, data_dir: Path, random_packs) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    told: list[str] = []
    with serving(like_libretranslate(lambda r: answer)) as server:
        engine = LibreTranslateEngine(server.url, fallback=ArgosEngine(data_dir), on_fallback=told.append)
        out = engine.translate_batch([SOURCE, "代表团参观了工业园区。"], "zh", "en")
    assert len(out) == 2 and all(out)
    assert len(told) == 1 and "did not answer like a LibreTranslate server" in told[0]


def test_a_server_refusing_in_its_own_words_is_told_as_it_said() -> None:
    refusal = like_libretranslate(lambda r: {"error": "zh is not supported"})
    with serving(refusal) as server, pytest.raises(MtError, match="could not translate zh→en: zh is not supported"):
        LibreTranslateEngine(server.url).hypotheses(SOURCE, "zh", "en", 1)


def test_a_server_answering_one_text_with_a_string_is_understood() -> None:
    with serving(like_libretranslate(lambda r: {"translatedText": "Thank you all."})) as server:
        [best] = LibreTranslateEngine(server.url).hypotheses(SOURCE, "zh", "en", 1)
    assert best.text == "Thank you all."


def with_codes(random_model: tuple[Path, Path], tmp_path: Path, src: str, tgt: str) -> Path:
    """A working pack whose metadata names the languages `src` and `tgt`."""
    model_dir, sp_model = random_model
    good = argos_packs.write_pack(tmp_path / "good.argosmodel", "zh", "en", model_dir, sp_model)
    name = f"{top_of(good)}/metadata.json"
    meta = {**json.loads(zipfile.ZipFile(good).read(name)), "from_code": src, "to_code": tgt, "from_name": src,
            "to_name": tgt}
    return rezip(good, tmp_path / f"codes-{len(list(tmp_path.iterdir()))}.argosmodel", drop=lambda n: n == name,
                 extra={name: json.dumps(meta).encode()})


@pytest.mark.parametrize("codes", [("zh-Hans", "en"), ("zh_CN", "en"), ("Zh", "en"), ("zh", "ru/../en"),
                                   ("zh", "zh"), ("zh", "")],
                         ids=["script-tag", "region-underscore", "title-case", "path", "into-itself", "empty"])
def test_metadata_codes_that_are_no_plain_language_code_are_refused_in_one_line(
        codes: tuple[str, str], data_dir: Path, random_model, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = with_codes(random_model, tmp_path, *codes)
    assert main(["packs", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and ("metadata.json" in err or "into itself" in err) and "unchanged" in err, err
    assert snapshot(data_dir) == []


def test_a_pack_of_languages_pressdesk_does_not_edit_installs_and_changes_no_route(
        data_dir: Path, random_model, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid Argos pack (Korean → German) is taken, listed, and used for nothing in zh/en/ru."""
    assert main(["packs", "install", str(with_codes(random_model, tmp_path, "ko", "de"))]) == 0
    capsys.readouterr()
    assert main(["packs", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [p["pair"] for p in listing["packs"]] == ["ko-de"]
    assert {r["kind"] for r in listing["routes"]} == {"missing"}
