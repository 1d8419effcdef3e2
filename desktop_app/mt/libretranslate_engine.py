"""A LibreTranslate server as a translation engine: one MT server for a whole office instead of packs on every desk.

LibreTranslate runs the same argostranslate packs, so routing, glossary protection and "terms honoured" stay in
`desktop_app.services.translation` exactly as for local packs: this adapter only moves text over HTTP. A zh↔ru pair
that the server could only serve through its own English pivot is left to the service's route, which can use a
person's English for the second hop (and does not carry the Chinese full stop into Russian as the server's pivot
does). The server gives alternatives but no scores; they are ranked 0, -1, -2… to keep the server's order.

When the server cannot be reached, is overloaded (429) or fails (5xx), a pair that the local packs also cover is
translated locally (the `fallback` engine) and `on_fallback` is told why; otherwise the caller gets an MtError that
says what went wrong in words.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from desktop_app.domain import refusals as why
from desktop_app.domain.invisible import BIDI_CONTROLS
from desktop_app.domain.json_text import parse_json
from desktop_app.mt.engine import DEFAULT_BEAM, Hypothesis, MtCancelled, MtError, TranslationEngine
from desktop_app.mt.routes import PIVOT

log = logging.getLogger(__name__)

ENGINE_NAME = "libretranslate"
TIMEOUT_S = 60.0  # the longest silence between two pieces of an answer
TOTAL_TIMEOUT_S = 300.0  # the longest one request may take, however the server trickles its answer
MAX_ANSWER_BYTES = 64 * 1024**2  # 64 texts of up to 100,000 characters each, translated, fit well within this
MAX_ERROR_BYTES = 64 * 1024  # an error page is read this far for its message
# A translation this much longer than its source is no translation (a page of junk, an echo of something else).
MAX_GROWTH, MAX_EXTRA_CHARS = 10, 1000
RETRY_AFTER_S = 30.0
BATCH_TEXTS = 64  # texts per request: a few requests per column, progress and cancellation between them
# LibreTranslate names Simplified Chinese "zh-Hans" (1.9) or "zh" (older servers).
_SERVER_CODES = {"zh-Hans": "zh", "zh": "zh", "en": "en", "ru": "ru"}
# What a translation never needs, unless its source had it: control characters (tab and line feed aside) that
# drive a terminal or break a document, and bidirectional controls that reorder what a reader sees.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")


class ServerUnavailable(MtError):
    """The server did not answer usefully (unreachable, timed out, overloaded, failed): a local fallback may help."""


def server_address(url: str) -> str:
    """The server's address as requests use it: http(s)://host[:port][/path], an international host name in its
    ASCII form. MtError for anything else, and the message never repeats a password the text may hold."""
    text = url.strip()
    try:
        parsed = urllib.parse.urlsplit(text)
        port = parsed.port  # read now: a port that is not a number fails here, not in the first request
        host = parsed.hostname or ""
        if parsed.username is not None or parsed.password is not None:
            raise MtError("a translation server address holds no login or password (expected http://host:port; "
                          "the API key has a field of its own)", message_id=why.MT_ADDRESS_WITH_LOGIN)
        ascii_host = host if ":" in host else host.encode("idna").decode("ascii")  # IPv6 as it is
    except (ValueError, UnicodeError):  # an unclosed [IPv6 address, a port that is not a number, a bad name
        ascii_host = ""
    shown = text if "@" not in text else "the address given"
    if (parsed.scheme.lower() not in ("http", "https") if ascii_host else True) or parsed.query or parsed.fragment \
            or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 or ch in BIDI_CONTROLS for ch in text):
        raise MtError(f"not a translation server address: {shown!r} (expected http://host:port)",
                      message_id=why.MT_NOT_AN_ADDRESS if "@" not in text else why.MT_NOT_AN_ADDRESS_HIDDEN,
                      message_args=(repr(text),) if "@" not in text else ())
    netloc = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    if port is not None:
        netloc += f":{port}"
    path = urllib.parse.quote(parsed.path.rstrip("/"), safe="/%")
    return f"{parsed.scheme.lower()}://{netloc}{path}"


CANCEL_POLL_S = 0.1  # how often a request in flight looks whether the user cancelled


class _Deadline:
    """Shuts a request's connections when its time is up, or as soon as the user cancels: a server that answers a
    byte at a time (each within the per-read timeout), or not at all, would otherwise hold the desk (and a
    cancelled translate-all) for as long as it likes."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool] | None = None) -> None:
        self.expired = False
        self.cancelled = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._done = threading.Event()
        self._asked = cancelled

    def __enter__(self) -> _Deadline:
        self._timer.start()
        if self._asked is not None:
            threading.Thread(target=self._watch_cancel, name="lt-cancel", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        self._done.set()

    def _watch_cancel(self) -> None:
        assert self._asked is not None
        while not self._done.wait(CANCEL_POLL_S):
            if self._asked():
                with self._lock:
                    self.cancelled = True
                    for sock in self._sockets:
                        self._shut(sock)
                return

    def watch(self, sock: socket.socket | None) -> None:
        with self._lock:
            if sock is not None:
                self._sockets.append(sock)
                if self.expired or self.cancelled:
                    self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _watched(connection_class: type[http.client.HTTPConnection], deadline: _Deadline) -> Callable[..., Any]:
    """A connection factory for urllib whose sockets the deadline can shut."""

    def make(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
        connection = connection_class(*args, **kwargs)
        connect = connection.connect

        def watched_connect() -> None:
            connect()
            deadline.watch(connection.sock)

        connection.connect = watched_connect  # type: ignore[method-assign]
        return connection

    return make


class _HttpHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self._deadline), req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPSConnection, self._deadline), req,
                            context=self._context)  # type: ignore[attr-defined]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A translation server answers where it is asked: a redirect (to another host, or a login page) is reported,
    never followed with the texts or the key."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> None:
        return None


class LibreTranslateEngine:
    """Translate through a LibreTranslate server's `/languages` and `/translate` endpoints."""

    name = ENGINE_NAME

    def __init__(self, url: str, api_key: str = "", *, fallback: TranslationEngine | None = None,
                 on_fallback: Callable[[str], None] | None = None, timeout: float = TIMEOUT_S,
                 total_timeout: float = TOTAL_TIMEOUT_S) -> None:
        self.url = server_address(url)
        self.api_key = api_key
        self.fallback = fallback
        self.on_fallback = on_fallback
        self.timeout = timeout
        self.total_timeout = total_timeout
        self.requests_made = 0
        self._server_codes: dict[str, str] | None = None  # our code -> the server's code
        self._pairs: set[tuple[str, str]] | None = None
        self._retry_after = 0.0  # while the server is down, the local pairs are offered without asking it again

    # -- HTTP ---------------------------------------------------------------------------------------------------

    def _call(self, path: str, payload: dict[str, Any] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Any:
        body = None
        headers = {"Accept": "application/json"}
        if payload is not None:
            if self.api_key:
                payload = {**payload, "api_key": self.api_key}
            body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.url + path, data=body, headers=headers,
                                         method="POST" if body is not None else "GET")
        self.requests_made += 1
        where = f"the translation server at {self.url}"
        with _Deadline(self.total_timeout, cancelled) as deadline:
            opener = urllib.request.build_opener(_HttpHandler(deadline), _HttpsHandler(deadline), _NoRedirect())
            try:
                with opener.open(request, timeout=self.timeout) as response:
                    raw = _read_capped(response, MAX_ANSWER_BYTES)
            except urllib.error.HTTPError as exc:
                if deadline.cancelled:
                    raise MtCancelled("translation cancelled") from exc
                self._refused(exc, where)
            except _TooLarge as exc:
                raise ServerUnavailable(f"{where} sent an answer larger than any translation",
                                        message_id=why.MT_SERVER_ANSWER_TOO_LARGE, message_args=(self.url,)) from exc
            except (OSError, http.client.HTTPException) as exc:  # timeouts and URLError are OSErrors too
                reason = getattr(exc, "reason", None) or exc
                if deadline.cancelled:
                    raise MtCancelled("translation cancelled") from exc
                if deadline.expired:
                    raise self._silent(where, self.total_timeout) from exc
                if isinstance(reason, TimeoutError):
                    raise self._silent(where, self.timeout) from exc
                if isinstance(exc, http.client.HTTPException) and not isinstance(exc, ConnectionError):
                    raise self._not_libretranslate() from exc
                said = _short(str(reason)) or type(reason).__name__
                raise ServerUnavailable(f"cannot reach {where}: {said}", message_id=why.MT_SERVER_UNREACHABLE,
                                        message_args=(self.url, said)) from exc
            if deadline.cancelled:
                raise MtCancelled("translation cancelled")
            if deadline.expired:  # shut while the answer was read: what came is cut short
                raise self._silent(where, self.total_timeout)
        try:
            return parse_json(raw.decode("utf-8"))
        except ValueError as exc:  # not UTF-8, not JSON, nested too deeply, a number Python will not read
            raise self._not_libretranslate() from exc

    def _silent(self, where: str, seconds: float) -> ServerUnavailable:
        return ServerUnavailable(f"{where} did not answer within {seconds:.0f} s", message_id=why.MT_SERVER_SILENT,
                                 message_args=(self.url, round(seconds)))

    def _not_libretranslate(self) -> ServerUnavailable:
        return ServerUnavailable(f"{self.url} did not answer like a LibreTranslate server",
                                 message_id=why.MT_SERVER_NOT_LIBRETRANSLATE, message_args=(self.url,))

    def _refused(self, exc: urllib.error.HTTPError, where: str) -> NoReturn:
        """Raise the error an HTTP error status means (the server's own words, if any, after the reason)."""
        if 300 <= exc.code < 400:
            raise MtError(f"{where} redirects elsewhere (HTTP {exc.code}); set the address of the server itself",
                          message_id=why.MT_SERVER_REDIRECTS, message_args=(self.url, exc.code)) from exc
        detail = self._masked(_server_message(exc))
        if exc.code == 429:
            raise ServerUnavailable(f"{where} is busy (too many requests); try again in a minute",
                                    message_id=why.MT_SERVER_BUSY, message_args=(self.url,)) from exc
        if exc.code in (401, 403):
            raise MtError(f"{where} refused the API key{detail}", message_id=why.MT_SERVER_REFUSED_KEY,
                          message_args=(self.url, detail)) from exc
        if exc.code >= 500:
            raise ServerUnavailable(f"{where} failed (HTTP {exc.code}){detail}", message_id=why.MT_SERVER_FAILED,
                                    message_args=(self.url, exc.code, detail)) from exc
        raise MtError(f"{where} refused the request (HTTP {exc.code}){detail}", message_id=why.MT_SERVER_REFUSED,
                      message_args=(self.url, exc.code, detail)) from exc

    def _masked(self, text: str) -> str:
        """A server's words without the API key, should it repeat the key it refused."""
        return text.replace(self.api_key, "***") if self.api_key else text

    def _languages(self) -> tuple[dict[str, str], set[tuple[str, str]]]:
        if self._server_codes is None or self._pairs is None:
            listed = self._call("/languages")
            if not isinstance(listed, list):
                raise self._not_libretranslate()
            codes: dict[str, str] = {}
            targets: dict[str, list[str]] = {}
            for language in listed:  # anything of another shape than LibreTranslate's is passed over
                code = language.get("code") if isinstance(language, dict) else None
                if not isinstance(code, str) or code not in _SERVER_CODES:
                    continue
                ours = _SERVER_CODES[code]
                codes[ours] = code
                listed_targets = language.get("targets")
                targets[ours] = [_SERVER_CODES[t] for t in listed_targets if isinstance(t, str) and t in _SERVER_CODES
                                 ] if isinstance(listed_targets, list) else []
            pairs = {(src, tgt) for src, tgts in targets.items() for tgt in tgts if tgt != src}
            self._server_codes = codes
            self._pairs = {(src, tgt) for src, tgt in pairs
                           if PIVOT in (src, tgt) or (src, PIVOT) not in pairs or (PIVOT, tgt) not in pairs}
        return self._server_codes, self._pairs

    def _translate(self, texts: list[str], src: str, tgt: str, alternatives: int = 0,
                   cancelled: Callable[[], bool] | None = None) -> list[list[str]]:
        """For each text its translations, best first (more than one only when alternatives are asked for). A
        text answered with nothing is no translation (a server worker that failed on it): the whole answer is
        then unusable, rather than the sentence left empty as if translated."""
        codes, _pairs = self._languages()
        guarded = [_guard_case(t) for t in texts]
        payload: dict[str, Any] = {"q": [g for g, _ in guarded], "source": codes.get(src, src),
                                   "target": codes.get(tgt, tgt), "format": "text"}
        if alternatives:
            payload["alternatives"] = alternatives
        answer = self._call("/translate", payload, cancelled)
        best = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(best, str) and len(texts) == 1:  # a server that answers one text with one string
            best = [best]
        if not isinstance(best, list) or len(best) != len(texts):
            message = answer.get("error") if isinstance(answer, dict) else None
            if isinstance(message, str) and message.strip():  # the server's own refusal ("not supported")
                said = self._masked(_short(message))
                raise MtError(f"the translation server could not translate {src}→{tgt}: {said}",
                              message_id=why.MT_SERVER_CANNOT_TRANSLATE, message_args=(src, tgt, said))
            raise ServerUnavailable(f"{self.url} did not answer like a LibreTranslate server (no translation "
                                    f"for each of the {len(texts)} texts sent)",
                                    message_id=why.MT_SERVER_NOT_LIBRETRANSLATE, message_args=(self.url,))
        others = answer.get("alternatives")
        if not isinstance(others, list) or len(others) != len(texts):
            others = [[] for _ in texts]
        empty = sum(1 for text, first in zip(texts, best, strict=True)
                    if isinstance(first, str) and text.strip() and not first.strip())
        if empty:
            raise ServerUnavailable(f"{self.url} answered nothing for {empty} of the {len(texts)} texts sent",
                                    message_id=why.MT_SERVER_EMPTY, message_args=(self.url, empty, len(texts)))
        results = []
        for text, (_, keep), first, more in zip(texts, guarded, best, others, strict=True):
            if not isinstance(first, str):
                raise self._not_libretranslate()
            candidates = [first, *(t for t in (more if isinstance(more, list) else ()) if isinstance(t, str))]
            if any(len(t) > MAX_GROWTH * len(text) + MAX_EXTRA_CHARS for t in candidates):
                raise ServerUnavailable(f"{self.url} answered with a text far longer than its source: not a "
                                        "translation", message_id=why.MT_SERVER_TOO_LONG, message_args=(self.url,))
            results.append([_final_mark(_clean(_unguard(t, keep), text), tgt) for t in candidates if t])
        return results

    # -- fallback -----------------------------------------------------------------------------------------------

    def _local(self, exc: ServerUnavailable, src: str, tgt: str) -> TranslationEngine:
        """The local engine when it covers the pair; otherwise the server's error goes to the caller."""
        if self.fallback is None or (src, tgt) not in self.fallback.installed_pairs():
            raise exc
        log.warning("%s; translating %s→%s with the local packs", exc, src, tgt)
        if self.on_fallback is not None:
            self.on_fallback(f"{exc}; used the local language packs")
        return self.fallback

    # -- TranslationEngine ----------------------------------------------------------------------------------------

    def installed_pairs(self) -> set[tuple[str, str]]:
        """The server's pairs; while it is unavailable, the local packs' pairs (or its error when there are none)."""
        if time.monotonic() < self._retry_after and self.fallback is not None:
            return self.fallback.installed_pairs()
        try:
            return set(self._languages()[1])
        except ServerUnavailable as exc:
            local = self.fallback.installed_pairs() if self.fallback is not None else set()
            if not local:
                raise
            log.warning("%s; offering the local packs' pairs", exc)
            self._retry_after = time.monotonic() + RETRY_AFTER_S
            return local

    def warm_up(self, src: str, tgt: str) -> None:
        """The server keeps its models loaded; asking for its languages checks that it answers."""
        self._languages()

    def hypotheses(self, text: str, src: str, tgt: str, n: int = 3, *, beam_size: int = DEFAULT_BEAM,
                   cancelled: Callable[[], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[Hypothesis]:
        """The server decodes with its own beam; `beam_size` applies when the local packs stand in."""
        if cancelled is not None and cancelled():
            raise MtCancelled("translation cancelled")
        try:
            (translations,) = self._translate([text], src, tgt, alternatives=max(0, n - 1), cancelled=cancelled)
        except ServerUnavailable as exc:
            return self._local(exc, src, tgt).hypotheses(text, src, tgt, n, beam_size=beam_size,
                                                         cancelled=cancelled, progress=progress)
        if progress is not None:
            progress(1, 1)
        unique = list(dict.fromkeys(translations))
        return [Hypothesis(t, -float(rank)) for rank, t in enumerate(unique[:n])]

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str, *, beam_size: int = DEFAULT_BEAM,
                        cancelled: Callable[[], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None) -> list[str]:
        out: list[str] = []
        for start in range(0, len(texts), BATCH_TEXTS):
            if cancelled is not None and cancelled():
                raise MtCancelled("translation cancelled")
            chunk = list(texts[start:start + BATCH_TEXTS])
            try:
                translated = [t[0] if t else "" for t in self._translate(chunk, src, tgt, cancelled=cancelled)]
            except ServerUnavailable as exc:
                local = self._local(exc, src, tgt)

                def shifted(count: int, _total: int, done: int = len(out)) -> None:
                    if progress is not None:
                        progress(done + count, len(texts))

                return out + local.translate_batch(list(texts[start:]), src, tgt, beam_size=beam_size,
                                                   cancelled=cancelled, progress=shifted)
            out.extend(translated)
            if progress is not None:
                progress(len(out), len(texts))
        return out

    def reload(self) -> None:
        self._retry_after = 0.0
        self._server_codes = None
        self._pairs = None
        if self.fallback is not None:
            self.fallback.reload()


# Name placeholders ("ZX1") are the only cased letters of a protected Chinese sentence, so LibreTranslate takes it
# for text in capitals and upper-cases the whole translation. A separate guard paragraph with both cases (the
# server translates paragraphs one by one) keeps it from doing so; its translation is cut off again.
_UPPER_TOKEN = re.compile(r"[A-Z]+\d+")
_CASE_GUARD = "Aa"


def _guard_case(text: str) -> tuple[str, int]:
    """The text to send and how many of its lines to keep from the answer (0: keep everything)."""
    rest = _UPPER_TOKEN.sub("", text)
    if text.isupper() and not any(c.isupper() or c.islower() for c in rest):
        return f"{text}\n{_CASE_GUARD}", text.count("\n") + 1
    return text, 0


def _clean(translation: str, source: str) -> str:
    """The translation without the control and bidirectional characters its source did not have."""
    return _UNWANTED.sub(lambda m: m.group() if m.group() in source else "", translation)


def _unguard(translation: str, keep_lines: int) -> str:
    return "\n".join(translation.split("\n")[:keep_lines]) if keep_lines else translation


_TO_CJK = str.maketrans(".!?", "。！？")
_FROM_CJK = str.maketrans("。！？", ".!?")


def _final_mark(text: str, tgt: str) -> str:
    """LibreTranslate copies the source's final punctuation mark into the translation ("today。" in English,
    "发布会." in Chinese); put the target script's own mark back."""
    stripped = text.rstrip()
    if not stripped:
        return text
    last = stripped[-1].translate(_TO_CJK if tgt == "zh" else _FROM_CJK)
    return stripped[:-1] + last + text[len(stripped):]


class _TooLarge(Exception):
    """An answer past its size limit."""


def _read_capped(response: Any, limit: int) -> bytes:
    """The answer's body, read a piece at a time; `_TooLarge` past `limit` bytes (a declared length past it is
    refused before reading)."""
    declared = response.headers.get("Content-Length") if response.headers is not None else None
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise _TooLarge
    pieces: list[bytes] = []
    size = 0
    while piece := response.read(256 * 1024):
        size += len(piece)
        if size > limit:
            raise _TooLarge
        pieces.append(piece)
    return b"".join(pieces)


def _short(text: str, limit: int = 200) -> str:
    """A server's words for a one-line message: one line, nothing unseen, not a page long."""
    flat = " ".join(_UNWANTED.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _server_message(exc: urllib.error.HTTPError) -> str:
    """LibreTranslate's own `{"error": …}` text, when it sent one."""
    try:
        message = parse_json(_read_capped(exc, MAX_ERROR_BYTES).decode("utf-8"))
        message = message.get("error") if isinstance(message, dict) else None
    except (ValueError, AttributeError, OSError, http.client.HTTPException, _TooLarge):
        return ""
    return f": {_short(message)}" if isinstance(message, str) and message.strip() else ""
