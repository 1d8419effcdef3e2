"""The argostranslate adapter: the only module that imports argostranslate or CTranslate2.

argostranslate reads its settings from the environment once, when `argostranslate.settings` is imported, and
creates folders under `$XDG_*` (or `~`) there. `configure()` does that import once per process, at start-up and
before any thread exists, with every folder pointed into PressDesk's data folder under names free of the words
its splitter choice looks for; the environment is restored at once. Two variables stay set for the process, so
that the libraries imported later on the MT lane need not write the environment from a worker thread:
onnxruntime's telemetry off (it would otherwise create a device-id file under `~/.cache`) and numpy's
`OPENBLAS_MAIN_FREE` (numpy sets and unsets it while importing when absent).

The rest of argostranslate (its tokenizers, CTranslate2, and MiniSBD with onnxruntime and numpy only for a
pack that carries a MiniSBD model) is imported on the first translation, on the MT lane. Its package reader is
imported only for a MiniSBD pack (the splitter takes one): it brings urllib's download stack with ssl (~7 MB)
for nothing the editor does. Packs come from
PressDesk's validated listing (`mt.packs`), never from argostranslate's, so one damaged pack cannot break the
others. Decoding is ours: each pack's CTranslate2 translator decodes sentences in chunks (progress and
cancellation between chunks) with the beam size asked for.
A model is loaded once per pair, under a lock, and released after `idle_release_seconds` without use.

Offline by construction: each pack's sentence splitter comes from its own files — its MiniSBD model, its stanza
model (the optional `pressdesk[stanza]` extra) loaded with `download_method=None`, or rules
(`domain.sentences`) that know the abbreviations and initials of press text.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.domain import refusals as why
from desktop_app.domain.sentences import split_sentences
from desktop_app.mt.engine import DEFAULT_BEAM, Hypothesis, MtCancelled, MtError
from desktop_app.mt.packs import PackError, PackInfo, list_installed, mt_dir, packs_dir
from desktop_app.process_memory import return_freed_memory

log = logging.getLogger(__name__)

ENGINE_NAME = "argos"
# Sentences per translate_batch call and tokens per CTranslate2 batch (argostranslate's 32 tokens is ~5x slower).
# On an Argos-size pack 32/2048 peaks at 252 MB greedy and 422 MB at beam 4 against 326 and 623 MB for 64/4096,
# within 3-8% of its speed (benchmarks/bench_mt.py --chunk/--batch-tokens); progress and cancel between chunks.
CHUNK_SENTENCES = 32
BATCH_TOKENS = 2048
MAX_DECODING_LENGTH = 256  # output tokens per sentence (CTranslate2's default, fixed: a sentence's output must not
# depend on the other sentences of its chunk)
IDLE_RELEASE_SECONDS = 600.0  # a loaded model (~100 MB for an Argos pack) is released after this long unused
_TRIAL_TEXT = {"zh": "谢谢。", "en": "Thank you.", "ru": "Спасибо."}  # what a pack must translate to be installed
STANZA_HINT = "install the optional stanza splitter with: pip install 'pressdesk[stanza]'"
# One lock for argostranslate's module-level state and the loaded models: the MT lane is one thread, tests are not.
_ARGOS_LOCK = threading.RLock()
_modules: dict[str, ModuleType] = {}
_PROCESS_ENV = {"ORT_DISABLE_TELEMETRY": "1", "OPENBLAS_MAIN_FREE": "1"}
# The first argument of PressDesk's own command that makes it the child trying a pack (`try_pack`); the exit code
# with which that child refuses the pack, its reason on the last line of its output; how long the trial may take
# (loading a 200 MB model and translating a sentence takes seconds).
TRIAL_ARGUMENT = "--try-language-pack"
TRIAL_REFUSED = 3
TRIAL_TIMEOUT_S = 600


def _engine_dirs(data_dir: Path) -> dict[str, Path]:
    base = mt_dir(data_dir)
    return {"packages": packs_dir(data_dir), "data": base / "engine-data", "cache": base / "engine-cache",
            "config": base / "engine-config", "splitters": base / "sentence-splitters"}


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables for the duration of an import, then restore the previous values."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def configure(data_dir: Path) -> None:
    """Import argostranslate's settings with every folder inside `data_dir`; once per process, before threads.

    The GUI calls it before its worker pool starts and the CLI before translating. Later calls (another data
    folder in the same process) only point the already-imported settings elsewhere: no environment change.
    """
    with _ARGOS_LOCK:
        dirs = _engine_dirs(Path(data_dir).absolute())
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True)
        if "settings" not in _modules:
            for key, value in _PROCESS_ENV.items():
                os.environ.setdefault(key, value)
            env = {"ARGOS_PACKAGES_DIR": str(dirs["packages"]), "XDG_DATA_HOME": str(dirs["data"]),
                   "XDG_CACHE_HOME": str(dirs["cache"]), "XDG_CONFIG_HOME": str(dirs["config"]),
                   "ARGOS_CHUNK_TYPE": "MINISBD", "ARGOS_MODEL_PROVIDER": "OPENNMT", "ARGOS_DEVICE_TYPE": "cpu",
                   "ARGOS_DEBUG": "0"}
            with _environment(env):
                import argostranslate.settings as settings
            _modules["settings"] = settings
        _point_settings(dirs)


def _point_settings(dirs: dict[str, Path]) -> None:
    """Point argostranslate's folders at one data folder (its index reader and MiniSBD use them)."""
    settings = _modules["settings"]
    packages = dirs["packages"]
    settings.package_data_dir = packages
    settings.package_dirs = [packages]
    settings.data_dir = dirs["data"] / "argos-translate"
    settings.local_package_index = settings.data_dir / "index.json"
    settings.cache_dir = dirs["cache"] / "argos-translate"
    settings.downloads_dir = settings.cache_dir / "downloads"
    index = Path(settings.local_package_index)
    if not index.exists():  # get_available_packages() would recurse for ~50 s offline without it
        index.parent.mkdir(parents=True, exist_ok=True)
        index.write_text("[]", encoding="utf-8")
    if "sbd" in _modules:
        _modules["sbd"].minisbd_models.cache_dir = str(dirs["splitters"])


def package_index_url(data_dir: Path) -> str:
    """The Argos package index argostranslate would use (its settings only; set up for `data_dir` first)."""
    configure(data_dir)
    return str(_modules["settings"].remote_package_index)


def stanza_installed() -> bool:
    """Whether the optional stanza splitter can be used (looked up without importing it: it imports torch)."""
    return importlib.util.find_spec("stanza") is not None


def splitter_notice(pack: PackInfo) -> str:
    """What the user should know about a pack's sentence splitter ("" when all is well)."""
    if pack.splitter == "stanza" and not stanza_installed():
        return (f"the {pack.pair} pack splits sentences with stanza, which is not installed: splitting at "
                f"end marks and known abbreviations instead ({STANZA_HINT})")
    return ""


def _argos_module(name: str) -> ModuleType:
    """An argostranslate module: its tokenizers, or its package reader and MiniSBD splitter (which bring
    onnxruntime, numpy and urllib: ~37 MB and ~80 ms, so only for a pack that carries a MiniSBD model);
    imported once, on the MT lane."""
    if name not in _modules:
        started = time.perf_counter()
        module = importlib.import_module(f"argostranslate.{name}")
        _modules[name] = module
        logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)  # it logs every batch at INFO
        log.info("argostranslate.%s imported in %.2f s", name, time.perf_counter() - started)
    return _modules[name]


def _staged_words(exc: Exception, pack: PackInfo) -> str:
    """A library's error on one line, naming the pack instead of the staging folder it was tried in."""
    text = str(exc)
    if pack.path is not None:
        text = text.replace(str(pack.path.absolute()), pack.folder).replace(str(pack.path), pack.folder)
    return " ".join(text.split())


class _RuleSplitter:
    """Sentences by rule (`domain.sentences`): for packs that carry no usable splitter of their own."""

    def __init__(self, lang: str) -> None:
        self._lang = lang

    def split_sentences(self, text: str) -> list[str]:
        return split_sentences(text, self._lang) or [text]


class _OfflineStanzaSplitter:
    """A pack's own stanza tokenizer, loaded without any download; rules if it cannot load."""

    def __init__(self, stanza_dir: Path, lang: str) -> None:
        self._dir = stanza_dir
        self._lang = {"zt": "zh-hant"}.get(lang, lang)  # stanza's name for it
        self._pipeline: Any = None
        self._rules = _RuleSplitter(lang)
        self._unusable = False

    def split_sentences(self, text: str) -> list[str]:
        if not self._unusable and self._pipeline is None:
            try:
                import stanza

                self._pipeline = stanza.Pipeline(lang=self._lang, dir=str(self._dir), processors="tokenize",
                                                 download_method=None, use_gpu=False, logging_level="WARNING")
            except Exception as exc:  # any failure to load a pack's splitter must not stop translation
                log.warning("stanza splitter in %s unusable (%s); splitting by rule", self._dir, exc)
                self._unusable = True
        if self._unusable:
            return self._rules.split_sentences(text)
        return [sentence.text for sentence in self._pipeline(text).sentences]


@dataclass(slots=True)
class _Loaded:
    """One pair ready to decode: the pack's tokenizer (argostranslate's), splitter and CTranslate2 translator."""

    pack: PackInfo
    tokenizer: Any
    splitter: Any
    translator: Any
    last_used: float


class ArgosEngine:
    """Installed argostranslate packs of one data folder; thread-safe, meant for the single MT lane."""

    name = ENGINE_NAME

    def __init__(self, data_dir: Path, idle_release_seconds: float | None = IDLE_RELEASE_SECONDS) -> None:
        self.data_dir = Path(data_dir).absolute()  # MiniSBD takes a relative "http…" path for a URL
        self._dirs = _engine_dirs(self.data_dir)
        self.idle_release_seconds = idle_release_seconds
        self._loaded: dict[tuple[str, str], _Loaded] = {}
        self._timer: threading.Timer | None = None
        configure(self.data_dir)

    # -- loading and releasing models -------------------------------------------------------------------------

    def installed_pairs(self) -> set[tuple[str, str]]:
        """Direct pairs from the packs' metadata (no import: the pack list is plain files)."""
        return {(p.src, p.tgt) for p in list_installed(self.data_dir)}

    def loaded_pairs(self) -> set[tuple[str, str]]:
        """The pairs whose model is in memory now."""
        with _ARGOS_LOCK:
            return set(self._loaded)

    def reload(self) -> None:
        """Drop every loaded model (after packs were installed or removed); the next use loads afresh."""
        with _ARGOS_LOCK:
            self._loaded.clear()
        return_freed_memory()

    def release_idle(self, now: float | None = None) -> set[tuple[str, str]]:
        """Release the models unused for `idle_release_seconds`; returns the pairs released."""
        if self.idle_release_seconds is None:
            return set()
        now = time.monotonic() if now is None else now
        with _ARGOS_LOCK:
            idle = {pair for pair, item in self._loaded.items()
                    if now - item.last_used >= self.idle_release_seconds}
            for pair in idle:
                del self._loaded[pair]
        if idle:
            return_freed_memory()
            log.info("released idle models: %s", ", ".join(f"{a}-{b}" for a, b in sorted(idle)))
        return idle

    def _schedule_release(self) -> None:
        """(Re)arm the idle timer after a use; the timer thread only drops references under the lock."""
        if self.idle_release_seconds is None:
            return
        with _ARGOS_LOCK:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.idle_release_seconds + 1.0, self.release_idle)
            self._timer.daemon = True
            self._timer.start()

    def _load(self, src: str, tgt: str) -> _Loaded:
        """The pair's model, splitter and tokenizer, loaded once (call under the lock)."""
        key = (src, tgt)
        loaded = self._loaded.get(key)
        if loaded is not None and loaded.pack.path is not None and loaded.pack.path.is_dir():
            loaded.last_used = time.monotonic()
            return loaded
        pack = next((p for p in list_installed(self.data_dir) if (p.src, p.tgt) == key), None)
        if pack is None or pack.path is None:
            raise MtError(f"no language pack for {src}→{tgt} is installed", message_id=why.MT_NO_PACK,
                          message_args=(src, tgt))
        loaded = self._open(pack)
        self._loaded[key] = loaded
        return_freed_memory()  # the file buffers of loading
        return loaded

    def _open(self, pack: PackInfo) -> _Loaded:
        """A pack's tokenizer, splitter and translator (call under the lock)."""
        assert pack.path is not None
        configure(self.data_dir)
        root = pack.path.absolute()
        tokenizers = _argos_module("tokenizer")
        minisbd = any((root / "minisbd").glob("*.onnx"))
        if minisbd:
            _argos_module("package")
            _argos_module("sbd")
        _point_settings(self._dirs)
        import ctranslate2

        # As argostranslate's package reader chooses: SentencePiece first, else subword BPE with Moses.
        if (root / "sentencepiece.model").is_file():
            tokenizer: Any = tokenizers.SentencePieceTokenizer(root / "sentencepiece.model")
        elif (root / "bpe.model").is_file():
            tokenizer = tokenizers.BPETokenizer(root / "bpe.model", pack.src, pack.tgt)
        else:
            raise MtError(f"the language pack {pack.folder} has no tokenizer", message_id=why.MT_PACK_NO_TOKENIZER,
                          message_args=(pack.folder,))
        if minisbd:
            try:
                splitter: Any = _modules["sbd"].MiniSBDSentencizer(_modules["package"].Package(root))
            except (OSError, ValueError) as exc:
                raise MtError(f"the language pack {pack.folder} could not be read: {exc}",
                              message_id=why.MT_PACK_UNREADABLE, message_args=(pack.folder,)) from exc
        elif (root / "stanza").is_dir() and stanza_installed():
            splitter = _OfflineStanzaSplitter(root / "stanza", pack.src)
        else:
            notice = splitter_notice(pack)
            if notice:
                log.warning("%s", notice)
            splitter = _RuleSplitter(pack.src)
        started = time.perf_counter()
        try:
            translator = ctranslate2.Translator(str(root / "model"), device="cpu", inter_threads=1,
                                                intra_threads=0, compute_type="auto")
        except (RuntimeError, ValueError) as exc:
            raise MtError(f"the language pack {pack.folder} could not be loaded: {exc}",
                          message_id=why.MT_PACK_UNLOADABLE, message_args=(pack.folder,)) from exc
        log.info("loaded %s in %.2f s", pack.folder, time.perf_counter() - started)
        return _Loaded(pack, tokenizer, splitter, translator, time.monotonic())

    def try_pack(self, pack: PackInfo) -> None:
        """Load a pack not yet installed (`pack.path` its unpacked folder) and translate a sentence with it:
        a truncated model, a tokenizer or splitter that is no such thing, a model of another kind is refused
        at install time instead of failing at the first translation. `PackError` says what is wrong.

        The trial runs in a child process of PressDesk's own command: CTranslate2 and SentencePiece are native
        code, and a pack can make them crash (a vocabulary longer than the model's weights ended the process with
        SIGSEGV, the window with unsaved work included). Then only the child ends, and the pack is refused."""
        fields = dataclasses.asdict(pack) | {"path": str(pack.path)}
        try:
            result = subprocess.run([*_own_command(), TRIAL_ARGUMENT, str(self.data_dir), json.dumps(fields)],
                                    capture_output=True, text=True, encoding="utf-8", errors="replace",
                                    stdin=subprocess.DEVNULL, timeout=TRIAL_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise PackError(f"the language pack {pack.folder} did not translate a sentence within "
                            f"{TRIAL_TIMEOUT_S} s; it was not installed", message_id=why.PACK_TRIAL_TIMEOUT,
                            message_args=(pack.folder, TRIAL_TIMEOUT_S)) from exc
        except OSError as exc:
            raise PackError(f"the language pack {pack.folder} could not be tried ({exc.strerror or exc}); "
                            "it was not installed", message_id=why.PACK_NOT_TRIED, message_args=(pack.folder,)
                            ) from exc
        if result.returncode == 0:
            return
        said = (result.stdout.strip() or result.stderr.strip()).splitlines()[-1:] or [""]
        if result.returncode == TRIAL_REFUSED:  # the child's words: the library's, naming the pack
            raise PackError(said[0], message_id=why.PACK_DOES_NOT_TRANSLATE, message_args=(pack.folder,))
        if result.returncode < 0:
            try:
                name = signal.Signals(-result.returncode).name
            except ValueError:
                name = f"signal {-result.returncode}"
            raise PackError(f"the language pack {pack.folder} crashed the translation engine ({name}); it was "
                            "not installed", message_id=why.PACK_CRASHED, message_args=(pack.folder,))
        raise PackError(f"the language pack {pack.folder} could not be tried ({said[0]}); it was not installed",
                        message_id=why.PACK_NOT_TRIED, message_args=(pack.folder,))

    def try_pack_here(self, pack: PackInfo) -> None:
        """`try_pack` in this process: what the child process does."""
        sample = _TRIAL_TEXT.get(pack.src, "1. 2.")
        try:
            with _ARGOS_LOCK:
                loaded = self._open(pack)
                units, _shapes = self._units(loaded, [sample])
                self._decode(loaded, units, 1, 1, False, None, None)
        except MtError as exc:
            raise PackError(f"{_staged_words(exc, pack)}; it was not installed", message_id=why.PACK_DOES_NOT_TRANSLATE,
                            message_args=(pack.folder,)) from exc
        except Exception as exc:  # whatever CTranslate2 raises on a model it cannot run is the pack's fault
            raise PackError(f"the language pack {pack.folder} does not translate ({_staged_words(exc, pack)}); "
                            "it was not installed", message_id=why.PACK_DOES_NOT_TRANSLATE,
                            message_args=(pack.folder,)) from exc
        finally:
            return_freed_memory()

    # -- translating ------------------------------------------------------------------------------------------

    def warm_up(self, src: str, tgt: str) -> None:
        with _ARGOS_LOCK:
            self._load(src, tgt)
        self._schedule_release()

    def _units(self, loaded: _Loaded, texts: Sequence[str]) -> tuple[list[list[str]], list[list[int]]]:
        """Every sentence of every paragraph tokenized, and the sentence count per paragraph per text."""
        units: list[list[str]] = []
        shapes: list[list[int]] = []
        try:
            for text in texts:
                counts = []
                for paragraph in text.split("\n"):
                    sentences = loaded.splitter.split_sentences(paragraph) if paragraph.strip() else []
                    counts.append(len(sentences))
                    units.extend(loaded.tokenizer.encode(s) for s in sentences)
                shapes.append(counts)
        except Exception as exc:  # whatever a damaged splitter or tokenizer file raises is the pack's fault
            raise MtError(f"the language pack {loaded.pack.folder} cannot split or tokenize text: {exc}",
                          message_id=why.MT_PACK_CANNOT_SPLIT, message_args=(loaded.pack.folder,)) from exc
        return units, shapes

    def _decode(self, loaded: _Loaded, units: list[list[str]], beam_size: int, n: int, scores: bool,
                cancelled: Callable[[], bool] | None, progress: Callable[[int, int], None] | None) -> list[Any]:
        """CTranslate2 results for every sentence, a chunk at a time."""
        prefix = loaded.pack.target_prefix
        results: list[Any] = []
        for start in range(0, len(units), CHUNK_SENTENCES):
            if cancelled is not None and cancelled():
                raise MtCancelled("translation cancelled")
            chunk = units[start:start + CHUNK_SENTENCES]
            results.extend(loaded.translator.translate_batch(
                chunk, target_prefix=[[prefix]] * len(chunk) if prefix else None, replace_unknowns=True,
                max_batch_size=BATCH_TOKENS, batch_type="tokens", beam_size=max(beam_size, n), num_hypotheses=n,
                length_penalty=0.2, return_scores=scores, max_decoding_length=MAX_DECODING_LENGTH))
            loaded.last_used = time.monotonic()
            if progress is not None:
                progress(min(start + CHUNK_SENTENCES, len(units)), len(units))
        return results

    @staticmethod
    def _text(loaded: _Loaded, tokens: list[str]) -> str:
        value = loaded.tokenizer.decode(tokens) if tokens else ""
        prefix = loaded.pack.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix):]
        return value.strip()

    def hypotheses(self, text: str, src: str, tgt: str, n: int = 3, *, beam_size: int = DEFAULT_BEAM,
                   cancelled: Callable[[], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[Hypothesis]:
        """Up to `n` distinct translations, best first; the i-th joins every sentence's i-th hypothesis."""
        if not text.strip():
            return []
        with _ARGOS_LOCK:
            loaded = self._load(src, tgt)
            units, shapes = self._units(loaded, [text])
            results = self._decode(loaded, units, beam_size, n, True, cancelled, progress)
        self._schedule_release()
        best: dict[str, float] = {}
        for i in range(n):
            outputs = iter(results)
            paragraphs = []
            score = 0.0
            for count in shapes[0]:
                tokens: list[str] = []
                for _ in range(count):
                    result = next(outputs)
                    k = min(i, len(result.hypotheses) - 1)
                    tokens.extend(result.hypotheses[k])
                    score += float(result.scores[k]) if result.scores else 0.0
                paragraphs.append(self._text(loaded, tokens))
            value = "\n".join(paragraphs)
            if value.strip() and (value not in best or score > best[value]):
                best[value] = score
        return [Hypothesis(t, s) for t, s in sorted(best.items(), key=lambda item: -item[1])][:n]

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str, *, beam_size: int = DEFAULT_BEAM,
                        cancelled: Callable[[], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None) -> list[str]:
        """The best translation of every text: all sentences through the pack's batched translator."""
        with _ARGOS_LOCK:
            loaded = self._load(src, tgt)
            units, shapes = self._units(loaded, texts)
            try:
                results = self._decode(loaded, units, beam_size, 1, False, cancelled, progress)
            finally:
                return_freed_memory()
        self._schedule_release()
        outputs = iter(results)
        texts_out = []
        for counts in shapes:
            paragraphs = []
            for count in counts:
                tokens = [tok for _ in range(count) for tok in next(outputs).hypotheses[0]]
                paragraphs.append(self._text(loaded, tokens))
            texts_out.append("\n".join(paragraphs))
        return texts_out


def _own_command() -> list[str]:
    """The command that starts PressDesk: the app itself when frozen, else this Python with the package, found
    also where only this process's `sys.path` had it (a window started by a script); appended, it shadows
    nothing."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    root = str(Path(__file__).resolve().parent.parent.parent)
    return [sys.executable, "-c", f"import sys; sys.path.append({root!r}); from desktop_app.cli import main; "
            "sys.exit(main())"]


def trial_main(argv: Sequence[str]) -> int:
    """The child side of `try_pack`: `DATA_DIR PACK_JSON`; 0 when the pack translates, TRIAL_REFUSED with the
    reason printed when it does not."""
    data_dir, raw = argv
    fields = json.loads(raw)
    pack = PackInfo(**(fields | {"path": Path(fields["path"])}))
    try:
        ArgosEngine(Path(data_dir), idle_release_seconds=None).try_pack_here(pack)
    except PackError as exc:
        print(" ".join(str(exc).split()))
        return TRIAL_REFUSED
    return 0
