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
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import mt_support
import pytest

from desktop_app.cli import main
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.engine import MtError
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures

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


