"""Property tests of the TMX reader and import.

- arbitrary bytes, and real TMX files damaged byte by byte or cut at any point, are read or refused with
  FormatError only, in bounded time, and a refused import leaves an existing memory exactly as it was;
- generated well-formed TMX (random language codes in their many spellings, several tuvs per tu, inline codes
  nested in segments, SMP characters, UTF-8/UTF-16 with and without BOM) imports exactly the pairs an
  independent model of the file predicts, or is refused because the model predicts none.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from itertools import permutations
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robustness_helpers import Seed, mutated_bytes, small_files
from tm_helpers import db_fingerprint

from conftest import realdata_files
from desktop_app.formats.errors import FormatError
from desktop_app.formats.tmx import iter_tmx
from desktop_app.services.memory import MEMORY_FILE, TranslationMemory

EXAMPLES = int(os.environ.get("PRESSDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

TMX_SEEDS = [
    Seed('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" creationtool="t"/>'
         '<body><tu><tuv xml:lang="zh-CN"><seg>外交部<ph x="1">&lt;br/&gt;</ph>发言人</seg></tuv>'
         '<tuv xml:lang="ru-RU"><seg>официальный представитель МИД</seg></tuv>'
         '<tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>Foreign Ministry<ept i="1">&lt;/b&gt;</ept> '
         'spokesperson</seg></tuv></tu></body></tmx>'.encode(), "seed.tmx"),
    *small_files(realdata_files("tmx", "*.tmx"), limit=250_000, count=8),
]

# Language codes as TMX files spell them, with the column each one belongs to (None: not imported).
LANG_CODES = {
    "zh-CN": "zh", "zh_CN": "zh", "ZH-CN": "zh", "zh-Hans": "zh", "zh": "zh", "zh-TW": None, "zh-Hant": None,
    "en-US": "en", "en-GB": "en", "EN": "en", "en_us": "en", "ru-RU": "ru", "RU": "ru", "ru": "ru",
    "ja-JP": None, "fr": None, "be": None,
}
IMPORTED = sorted(code for code, lang in LANG_CODES.items() if lang)
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")) | st.sampled_from(
    "外交部会议𠀀𝐀😀 Дума State\t\n"), max_size=30)


@st.composite
def segment(draw: st.DrawFn) -> tuple[str, str]:
    """(seg markup, the plain text a reader should see): text, inline codes (dropped) and `hi` (kept)."""
    markup, plain = [], []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(("text", "text", "text", "code", "hi")))
        text = draw(TEXT)
        if kind == "text":
            markup.append(escape(text))
            plain.append(text)
        elif kind == "hi":
            markup.append(f"<hi>{escape(text)}</hi>")
            plain.append(text)
        else:
            tag = draw(st.sampled_from(("bpt i=\"1\"", "ept i=\"1\"", "ph", "it pos=\"begin\"", "ut")))
            sub = f"<sub>{escape(draw(TEXT))}</sub>" if draw(st.booleans()) else ""
            markup.append(f"<{tag}>{escape(text)}{sub}</{tag.split()[0]}>")
            # Codes mark formatting ("<b>W</b>ord" is "Word"): they add no text, not even a space.
    return "".join(markup), " ".join("".join(plain).split())


@st.composite
def tmx_document(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, str, str, str]]]:
    """A well-formed TMX file and the directed zh/en/ru pairs an import of it must add."""
    expected: dict[tuple[str, str, str, str], None] = {}
    units = []
    lang_attr = draw(st.sampled_from(("xml:lang", "lang")))
    for _ in range(draw(st.integers(0, 6))):
        tuvs, first = [], {}
        for _ in range(draw(st.integers(0, 5))):
            code = draw(st.sampled_from(IMPORTED) if draw(st.integers(0, 4)) else st.sampled_from(sorted(LANG_CODES)))
            markup, plain = draw(segment())
            tuvs.append(f"<tuv {lang_attr}={quoteattr(code)}><seg>{markup}</seg></tuv>")
            lang = LANG_CODES[code]
            if lang is not None and lang not in first:
                first[lang] = plain
        units.append(f"<tu>{''.join(tuvs)}</tu>")
        filled = {lang: text for lang, text in first.items() if text}
        if len(first) >= 2 and len(filled) >= 2:
            for a, b in permutations(filled, 2):
                expected[a, b, filled[a], filled[b]] = None
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be")))
    declared = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
    text = (f'<?xml version="1.0" encoding="{declared}"?>\n<tmx version="1.4"><header srclang="en" '
            f'creationtool="fuzz"/><body>{"".join(units)}</body></tmx>')
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = "\ufeff".encode(encoding) + data
    return data, list(expected)


@pytest.fixture(scope="module")
def memory_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A memory with existing content to protect, copied for every example."""
    folder = tmp_path_factory.mktemp("memory")
    with TranslationMemory.open(folder) as memory:
        memory.add_pair("en", "ru", "round table", "круглый стол")
        memory.add_pair("zh", "en", "外交部", "Ministry of Foreign Affairs")
    return folder / MEMORY_FILE


def import_into_copy(template: Path, data: bytes) -> tuple[object, int, int, bool]:
    """Import `data` into a copy of the memory: (report or the FormatError, pairs before, after, unchanged)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(template, folder / MEMORY_FILE)
        source = folder / "input.tmx"
        source.write_bytes(data)
        before = db_fingerprint(folder / MEMORY_FILE)
        with TranslationMemory.open(folder) as memory:
            count = memory.count()
            try:
                outcome: object = memory.import_tmx(source)
            except FormatError as exc:
                outcome = exc
            after = memory.count()
        unchanged = db_fingerprint(folder / MEMORY_FILE) == before
        assert source.read_bytes() == data
    return outcome, count, after, unchanged


def check_import_or_refusal(template: Path, data: bytes) -> None:
    outcome, count, after, unchanged = import_into_copy(template, data)
    if isinstance(outcome, FormatError):
        assert str(outcome).startswith("input.tmx")
        assert after == count and unchanged, "a refused TMX import changed the memory"
    else:
        assert after == count + outcome.added  # type: ignore[attr-defined]


@FUZZ
@given(data=st.binary(max_size=4096))
def test_reader_reads_or_refuses_arbitrary_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.tmx"
        path.write_bytes(data)
        try:
            units = list(iter_tmx(path))
        except FormatError as exc:
            assert str(exc).startswith("input.tmx")
        else:
            assert all(isinstance(v.text, str) and "\n" not in v.text for u in units for v in u.variants)


@FUZZ
@given(data=st.binary(max_size=4096) | mutated_bytes(TMX_SEEDS))
def test_arbitrary_and_damaged_files_never_change_a_memory_when_refused(memory_template: Path, data: bytes) -> None:
    check_import_or_refusal(memory_template, data)


@FUZZ
@given(seed=st.sampled_from(TMX_SEEDS), cut=st.floats(0.0, 1.0, exclude_max=True))
def test_files_cut_anywhere_are_refused_without_change(memory_template: Path, seed: bytes, cut: float) -> None:
    data = bytes(seed)[:int(len(seed) * cut)]
    outcome, count, after, unchanged = import_into_copy(memory_template, data)
    assert isinstance(outcome, FormatError), "a TMX file cut short was imported"
    assert after == count and unchanged


@FUZZ
@given(document=tmx_document())
def test_generated_tmx_imports_exactly_the_modelled_pairs(memory_template: Path,
                                                          document: tuple[bytes, list[tuple[str, ...]]]) -> None:
    data, expected = document
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "input.tmx"
        source.write_bytes(data)
        before = db_fingerprint(memory_template)
        with TranslationMemory.open(folder / "fresh") as memory:
            if not expected:
                with pytest.raises(FormatError):
                    memory.import_tmx(source)
                assert memory.count() == 0
                return
            report = memory.import_tmx(source)
            assert report.added == len(expected) == memory.count()
            for src, tgt, source_text, target in expected:
                targets = [m.target for m in memory.lookup(source_text, src, tgt, limit=50, fuzzy=False)]
                assert target in targets
        assert db_fingerprint(memory_template) == before
