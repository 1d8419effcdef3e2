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

import json
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.mt.engine import DEFAULT_BEAM, Hypothesis, MtCancelled, MtError, TranslationEngine
from desktop_app.mt.routes import PIVOT

log = logging.getLogger(__name__)

ENGINE_NAME = "libretranslate"
TIMEOUT_S = 60.0
RETRY_AFTER_S = 30.0
BATCH_TEXTS = 64  # texts per request: a few requests per column, progress and cancellation between them
# LibreTranslate names Simplified Chinese "zh-Hans" (1.9) or "zh" (older servers).
_SERVER_CODES = {"zh-Hans": "zh", "zh": "zh", "en": "en", "ru": "ru"}


class ServerUnavailable(MtError):
    """The server did not answer usefully (unreachable, timed out, overloaded, failed): a local fallback may help."""


class LibreTranslateEngine:
    """Translate through a LibreTranslate server's `/languages` and `/translate` endpoints."""

    name = ENGINE_NAME

    def __init__(self, url: str, api_key: str = "", *, fallback: TranslationEngine | None = None,
                 on_fallback: Callable[[str], None] | None = None, timeout: float = TIMEOUT_S) -> None:
        try:
            parsed = urllib.parse.urlsplit(url.strip())
            _port = parsed.port  # read now: a port that is not a number fails here, not in the first request
            usable = parsed.scheme in ("http", "https") and bool(parsed.netloc)
        except ValueError:  # an unclosed [IPv6 address, a port that is not a number
            usable = False
        if not usable or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url.strip()):
            raise MtError(f"not a translation server address: {url!r} (expected http://host:port)")
        self.url = url.strip().rstrip("/")
        self.api_key = api_key
        self.fallback = fallback
        self.on_fallback = on_fallback
        self.timeout = timeout
        self.requests_made = 0
        self._server_codes: dict[str, str] | None = None  # our code -> the server's code
        self._pairs: set[tuple[str, str]] | None = None
        self._retry_after = 0.0  # while the server is down, the local pairs are offered without asking it again

    # -- HTTP ---------------------------------------------------------------------------------------------------

    def _call(self, path: str, payload: dict[str, Any] | None = None) -> Any:
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
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            detail = _server_message(exc)
            if exc.code == 429:
                raise ServerUnavailable(f"the translation server at {self.url} is busy (too many requests); "
                                        "try again in a minute") from exc
            if exc.code in (401, 403):
                raise MtError(f"the translation server at {self.url} refused the API key{detail}") from exc
            where = f"the translation server at {self.url}"
            if exc.code >= 500:
                raise ServerUnavailable(f"{where} failed (HTTP {exc.code}){detail}") from exc
            raise MtError(f"{where} refused the request (HTTP {exc.code}){detail}") from exc
        except TimeoutError as exc:
            raise ServerUnavailable(f"the translation server at {self.url} did not answer within "
                                    f"{self.timeout:.0f} s") from exc
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServerUnavailable(f"cannot reach the translation server at {self.url}: {reason}") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ServerUnavailable(f"{self.url} did not answer like a LibreTranslate server") from exc

    def _languages(self) -> tuple[dict[str, str], set[tuple[str, str]]]:
        if self._server_codes is None or self._pairs is None:
            listed = self._call("/languages")
            if not isinstance(listed, list):
                raise ServerUnavailable(f"{self.url} did not answer like a LibreTranslate server")
            codes: dict[str, str] = {}
            targets: dict[str, list[str]] = {}
            for language in listed:
                if not isinstance(language, dict) or language.get("code") not in _SERVER_CODES:
                    continue
                ours = _SERVER_CODES[language["code"]]
                codes[ours] = language["code"]
                targets[ours] = [_SERVER_CODES[t] for t in language.get("targets") or () if t in _SERVER_CODES]
            pairs = {(src, tgt) for src, tgts in targets.items() for tgt in tgts if tgt != src}
            self._server_codes = codes
            self._pairs = {(src, tgt) for src, tgt in pairs
                           if PIVOT in (src, tgt) or (src, PIVOT) not in pairs or (PIVOT, tgt) not in pairs}
        return self._server_codes, self._pairs

    def _translate(self, texts: list[str], src: str, tgt: str, alternatives: int = 0) -> list[list[str]]:
        """For each text its translations, best first (more than one only when alternatives are asked for)."""
        codes, _pairs = self._languages()
        guarded = [_guard_case(t) for t in texts]
        payload: dict[str, Any] = {"q": [g for g, _ in guarded], "source": codes.get(src, src),
                                   "target": codes.get(tgt, tgt), "format": "text"}
        if alternatives:
            payload["alternatives"] = alternatives
        answer = self._call("/translate", payload)
        best = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(best, list) or len(best) != len(texts):
            message = answer.get("error") if isinstance(answer, dict) else None
            raise MtError(f"the translation server could not translate {src}→{tgt}: {message or 'no text returned'}")
        others = answer.get("alternatives") or [[] for _ in texts]
        return [[_final_mark(_unguard(str(t), keep), tgt) for t in [first, *(more or ())] if t]
                for (_, keep), first, more in zip(guarded, best, others, strict=False)]

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
            (translations,) = self._translate([text], src, tgt, alternatives=max(0, n - 1))
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
                translated = [t[0] if t else "" for t in self._translate(chunk, src, tgt)]
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


def _server_message(exc: urllib.error.HTTPError) -> str:
    """LibreTranslate's own `{"error": …}` text, when it sent one."""
    try:
        message = json.loads(exc.read().decode("utf-8")).get("error")
    except (ValueError, AttributeError, OSError):
        return ""
    return f": {message}" if isinstance(message, str) and message else ""
