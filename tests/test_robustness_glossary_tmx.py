"""Property tests of the glossary imports (CSV, TBX, OmegaT) and the TMX import: any bytes are imported or
refused with FormatError, in bounded time, and a refused file leaves the glossary or memory database as it was."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robustness_helpers import Seed, mutated_bytes, small_files

from conftest import realdata_files
from desktop_app.formats.errors import FormatError
from desktop_app.services.glossary import import_glossary
from desktop_app.services.memory import TranslationMemory
from desktop_app.storage.glossary_store import GlossaryStore

EXAMPLES = int(os.environ.get("PRESSDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

GLOSSARY_SEEDS = {
    ".csv": [Seed("zh,en,ru\n国务院,State Council,Госсовет\n\"金华市\",\"Jinhua\",\"Цзиньхуа\"\n".encode(), "seed.csv"),
             *small_files(realdata_files("glossary", "*.csv"), limit=20_000, count=4)],
    ".tbx": [Seed(b'<?xml version="1.0"?><tbx type="TBX-Basic" xml:lang="en"><text><body><conceptEntry id="1">'
                  b'<langSec xml:lang="en"><termSec><term>State Council</term></termSec></langSec>'
                  b'<langSec xml:lang="zh"><termSec><term>\xe5\x9b\xbd\xe5\x8a\xa1\xe9\x99\xa2</term></termSec>'
                  b'</langSec></conceptEntry></body></text></tbx>', "seed.tbx"),
             *small_files(realdata_files("tbx", "*.tbx"), limit=30_000, count=5)],
    ".txt": [Seed("# omegat\nState Council\t国务院\tnote\nJinhua\t金华\n".encode(), "seed.txt"),
             *small_files(realdata_files("glossary", "*.txt", "*.tab"), limit=30_000, count=4)],
}
TMX_SEEDS = [
    Seed(b'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
         b'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="x"/><body>'
         b'<tu><tuv xml:lang="en"><seg>Round table</seg></tuv><tuv xml:lang="ru"><seg>\xd0\x9a\xd1\x80\xd1\x83'
         b'\xd0\xb3\xd0\xbb\xd1\x8b\xd0\xb9 \xd1\x81\xd1\x82\xd0\xbe\xd0\xbb</seg></tuv></tu></body></tmx>',
         "seed.tmx"),
    *small_files(realdata_files("tmx", "*.tmx"), limit=30_000, count=6),
]


@pytest.fixture(scope="module")
def glossary_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("glossary") / "glossary.sqlite"
    GlossaryStore.open(path).close()  # seeded: there is existing data to protect
    return path


@pytest.fixture(scope="module")
def memory_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("memory")
    with TranslationMemory.open(folder) as memory:
        memory.add_pair("en", "ru", "round table", "круглый стол")
        return memory.path


def check_glossary(template: Path, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / template.name
        shutil.copy(template, db)
        before = db.read_bytes()
        source = Path(tmp) / f"input{suffix}"
        source.write_bytes(data)
        with GlossaryStore.open(db) as store:
            try:
                import_glossary(store, source)
            except FormatError as exc:
                assert str(exc)
                refused = True
            else:
                refused = False
        if refused:
            assert db.read_bytes() == before, "a refused glossary import changed the glossary"
        assert source.read_bytes() == data


def check_tmx(template: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(template, folder / template.name)
        before = (folder / template.name).read_bytes()
        source = folder / "input.tmx"
        source.write_bytes(data)
        with TranslationMemory.open(folder) as memory:
            count = memory.count()
            try:
                memory.import_tmx(source)
            except FormatError as exc:
                assert str(exc)
                assert memory.count() == count
                refused = True
            else:
                refused = False
        if refused:
            assert (folder / template.name).read_bytes() == before, "a refused TMX import changed the memory"
        assert source.read_bytes() == data


@FUZZ
@given(data=st.binary(max_size=2048), suffix=st.sampled_from((".csv", ".tsv", ".tbx", ".txt", ".tab", ".utf8")))
def test_arbitrary_bytes_as_a_glossary_are_imported_or_refused(glossary_template: Path, data: bytes,
                                                                suffix: str) -> None:
    check_glossary(glossary_template, data, suffix)


@FUZZ
@given(suffix_and_data=st.sampled_from(sorted(GLOSSARY_SEEDS)).flatmap(
    lambda suffix: st.tuples(st.just(suffix), mutated_bytes(GLOSSARY_SEEDS[suffix]))))
def test_damaged_glossary_files_are_imported_or_refused(glossary_template: Path,
                                                        suffix_and_data: tuple[str, bytes]) -> None:
    suffix, data = suffix_and_data
    check_glossary(glossary_template, data, suffix)


@FUZZ
@given(data=st.binary(max_size=2048) | mutated_bytes(TMX_SEEDS))
def test_arbitrary_and_damaged_tmx_files_are_imported_or_refused(memory_template: Path, data: bytes) -> None:
    check_tmx(memory_template, data)
