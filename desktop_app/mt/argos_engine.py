"""The argostranslate adapter: the only module that imports argostranslate or CTranslate2, lazily, in a worker.

Before the import every folder argostranslate, stanza and MiniSBD would use is pointed into PressDesk's data
folder (argostranslate reads them at import and creates folders there), with names free of the words its
splitter choice looks for. The environment is restored afterwards, so nothing else in the process sees it.

Offline by construction: each pack's sentence splitter is chosen here from the pack's own files — its MiniSBD
model, its stanza model loaded with `download_method=None`, or a punctuation splitter — never one that
downloads. The package index is never read through `get_available_packages()` (it recurses for ~50 s when the
index file is missing); an empty local index is written so that nothing else can fall into it either.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.mt.engine import Hypothesis, MtError
from desktop_app.mt.packs import list_installed, mt_dir, packs_dir

log = logging.getLogger(__name__)

ENGINE_NAME = "argos"
BATCH_TOKENS = 4096  # argostranslate's default of 32 tokens per batch is ~5x slower on 200 sentences
CHUNK_SENTENCES = 64  # progress and cancellation are checked between chunks of a batch
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？…])")
# One lock for argostranslate's module-level state (settings, caches): the MT lane is one thread, tests are not.
_ARGOS_LOCK = threading.RLock()
_modules: dict[str, ModuleType] = {}


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


def _argos(data_dir: Path) -> tuple[ModuleType, ModuleType, ModuleType]:
    """Import argostranslate once per process with every folder inside `data_dir` (takes seconds: a worker only)."""
    if "translate" not in _modules:
        dirs = _engine_dirs(data_dir)
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True)
        env = {"ARGOS_PACKAGES_DIR": str(dirs["packages"]), "XDG_DATA_HOME": str(dirs["data"]),
               "XDG_CACHE_HOME": str(dirs["cache"]), "XDG_CONFIG_HOME": str(dirs["config"]),
               "STANZA_RESOURCES_DIR": str(dirs["splitters"]), "ARGOS_CHUNK_TYPE": "MINISBD",
               "ARGOS_MODEL_PROVIDER": "OPENNMT", "ARGOS_DEVICE_TYPE": "cpu", "ARGOS_DEBUG": "0"}
        started = time.perf_counter()
        # spaCy is only used with ARGOS_CHUNK_TYPE=SPACY (which downloads a model); keeping it out saves ~2 s.
        sys.modules.setdefault("spacy", None)  # type: ignore[arg-type]
        with _environment(env):
            import argostranslate.package as package
            import argostranslate.sbd as sbd
            import argostranslate.settings as settings
            import argostranslate.translate as translate
        _modules.update(package=package, translate=translate, settings=settings, sbd=sbd)
        logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)  # it logs every batch at INFO
        log.info("argostranslate imported in %.2f s", time.perf_counter() - started)
    return _modules["package"], _modules["translate"], _modules["settings"]


def package_index_url() -> str:
    """The Argos package index argostranslate would use (its settings module only: a light import)."""
    import argostranslate.settings as settings

    return str(settings.remote_package_index)


class _PunctuationSplitter:
    """Sentence ends at . ! ? and their CJK forms: for packs that carry no splitter of their own."""

    def split_sentences(self, text: str) -> list[str]:
        return [s for s in _SENTENCE_END_RE.split(text) if s.strip()] or [text]


class _OfflineStanzaSplitter:
    """A pack's own stanza tokenizer, loaded without any download; punctuation splitting if it cannot load."""

    def __init__(self, stanza_dir: Path, lang: str) -> None:
        self._dir = stanza_dir
        self._lang = {"zt": "zh-hant"}.get(lang, lang)
        self._pipeline: Any = None
        self._fallback: _PunctuationSplitter | None = None

    def split_sentences(self, text: str) -> list[str]:
        if self._fallback is None and self._pipeline is None:
            try:
                stanza = _modules["sbd"].stanza
                self._pipeline = stanza.Pipeline(lang=self._lang, dir=str(self._dir), processors="tokenize",
                                                 download_method=None, use_gpu=False, logging_level="WARNING")
            except Exception as exc:  # any failure to load a pack's splitter must not stop translation
                log.warning("stanza splitter in %s unusable (%s); splitting at punctuation", self._dir, exc)
                self._fallback = _PunctuationSplitter()
        if self._fallback is not None:
            return self._fallback.split_sentences(text)
        return [sentence.text for sentence in self._pipeline(text).sentences]


class ArgosEngine:
    """Installed argostranslate packs of one data folder; thread-safe, meant for the single MT lane."""

    name = ENGINE_NAME

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._dirs = _engine_dirs(self.data_dir)
        self._prepared: set[str] = set()

    # -- argostranslate state ---------------------------------------------------------------------------------

    def _activate(self) -> tuple[ModuleType, ModuleType]:
        """Import argostranslate and point its settings at this data folder (another may have been active)."""
        package, translate, settings = _argos(self.data_dir)
        packages = self._dirs["packages"]
        packages.mkdir(parents=True, exist_ok=True)
        if list(settings.package_dirs) != [packages]:
            settings.package_data_dir = packages
            settings.package_dirs = [packages]
            settings.data_dir = self._dirs["data"] / "argos-translate"
            settings.local_package_index = settings.data_dir / "index.json"
            settings.cache_dir = self._dirs["cache"] / "argos-translate"
            settings.downloads_dir = settings.cache_dir / "downloads"
            self._clear_caches(translate)
        _modules["sbd"].minisbd_models.cache_dir = str(self._dirs["splitters"])
        index = Path(settings.local_package_index)
        if not index.exists():  # get_available_packages() would recurse for ~50 s offline without it
            index.parent.mkdir(parents=True, exist_ok=True)
            index.write_text("[]", encoding="utf-8")
        return package, translate

    def _clear_caches(self, translate: ModuleType) -> None:
        translate.installed_translates.clear()
        translate.get_installed_languages.cache_clear()
        self._prepared.clear()

    def reload(self) -> None:
        with _ARGOS_LOCK:
            if "translate" in _modules:
                self._clear_caches(_modules["translate"])

    def installed_pairs(self) -> set[tuple[str, str]]:
        """Direct pairs from the packs' metadata (no import: the pack list is plain files)."""
        return {(p.src, p.tgt) for p in list_installed(self.data_dir)}

    def _translation(self, src: str, tgt: str) -> Any:
        """The cached argostranslate translation of a direct pair, its model and splitter loaded (under the lock)."""
        _, translate = self._activate()
        key = f"{src}-{tgt}"
        try:
            translate.get_installed_languages()
        except (OSError, ValueError, KeyError) as exc:
            raise MtError(f"the language packs could not be read: {exc}") from exc
        found = next((t.cached_translation for t in translate.installed_translates if t.package_key == key), None)
        if found is None:
            raise MtError(f"no language pack for {src}→{tgt} is installed")
        if key not in self._prepared:
            self._prepare(found.underlying)
            self._prepared.add(key)
        return found

    def _prepare(self, translation: Any) -> None:
        """Load the CTranslate2 model and pick an offline sentence splitter from the pack's own files."""
        import ctranslate2

        pkg = translation.pkg
        settings = _modules["settings"]
        root = Path(pkg.package_path)
        if not (root / "sentencepiece.model").is_file() and not (root / "bpe.model").is_file():
            raise MtError(f"the language pack {root.name} has no tokenizer")
        if list((root / "minisbd").glob("*.onnx")):
            translation.sentencizer = _modules["sbd"].MiniSBDSentencizer(pkg)
        elif (root / "stanza").is_dir():
            translation.sentencizer = _OfflineStanzaSplitter(root / "stanza", pkg.from_code)
        else:
            translation.sentencizer = _PunctuationSplitter()
        started = time.perf_counter()
        try:
            translation.translator = ctranslate2.Translator(
                str(root / "model"), device="cpu", inter_threads=settings.inter_threads,
                intra_threads=settings.intra_threads, compute_type=settings.compute_type)
        except (RuntimeError, ValueError) as exc:
            raise MtError(f"the language pack {root.name} could not be loaded: {exc}") from exc
        log.info("loaded %s in %.2f s", root.name, time.perf_counter() - started)

    # -- translating ------------------------------------------------------------------------------------------

    def warm_up(self, src: str, tgt: str) -> None:
        with _ARGOS_LOCK:
            self._translation(src, tgt).underlying.hypotheses(".", 1)

    def hypotheses(self, text: str, src: str, tgt: str, n: int = 3) -> list[Hypothesis]:
        if not text.strip():
            return []
        with _ARGOS_LOCK:
            raw = self._translation(src, tgt).hypotheses(text, n)
        best: dict[str, float] = {}
        for hyp in raw:
            value = hyp.value.strip()
            if value and (value not in best or hyp.score > best[value]):
                best[value] = float(hyp.score)
        return [Hypothesis(t, s) for t, s in sorted(best.items(), key=lambda item: -item[1])][:n]

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str,
                        cancelled: Callable[[], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Every sentence of every text through the pack's CTranslate2 `translate_batch`, in large token batches."""
        with _ARGOS_LOCK:
            translation = self._translation(src, tgt).underlying
            pkg = translation.pkg
            # (text index, paragraph index, tokens) per sentence; empty paragraphs keep their place.
            units: list[tuple[int, int, list[str]]] = []
            shapes: list[list[int]] = []  # sentences per paragraph, per text
            for t, text in enumerate(texts):
                counts = []
                for p, paragraph in enumerate(text.split("\n")):
                    sentences = translation.sentencizer.split_sentences(paragraph) if paragraph.strip() else []
                    counts.append(len(sentences))
                    units.extend((t, p, pkg.tokenizer.encode(s)) for s in sentences)
                shapes.append(counts)
            outputs: list[list[str]] = []
            for start in range(0, len(units), CHUNK_SENTENCES):
                if cancelled is not None and cancelled():
                    raise MtError("translation cancelled")
                chunk = [tokens for _, _, tokens in units[start:start + CHUNK_SENTENCES]]
                prefix = [[pkg.target_prefix]] * len(chunk) if pkg.target_prefix else None
                results = translation.translator.translate_batch(
                    chunk, target_prefix=prefix, replace_unknowns=True, max_batch_size=BATCH_TOKENS,
                    batch_type="tokens", beam_size=_modules["settings"].beam_size, num_hypotheses=1,
                    length_penalty=0.2)
                outputs.extend(r.hypotheses[0] for r in results)
                if progress is not None:
                    progress(min(start + CHUNK_SENTENCES, len(units)), len(units))
            return self._assemble(pkg, texts, shapes, outputs)

    @staticmethod
    def _assemble(pkg: Any, texts: Sequence[str], shapes: list[list[int]], outputs: list[list[str]]) -> list[str]:
        """Decode the sentences of each paragraph together (as argostranslate does) and rebuild the texts."""
        results: list[str] = []
        it = iter(outputs)
        for counts in shapes:
            paragraphs = []
            for count in counts:
                tokens = [tok for _ in range(count) for tok in next(it)]
                value = pkg.tokenizer.decode(tokens) if tokens else ""
                if pkg.target_prefix and value.startswith(pkg.target_prefix):
                    value = value[len(pkg.target_prefix):]
                paragraphs.append(value.strip())
            results.append("\n".join(paragraphs))
        return results

