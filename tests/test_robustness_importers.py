"""Property tests of the release importers (DOCX, TXT, JSON): whatever bytes arrive, they refuse cleanly.

For arbitrary bytes, damaged real files and damaged Word packages: the importer returns or raises FormatError
(never another exception), finishes in bounded time, leaves the file it read untouched, and through the
`pressdesk import` command a refused file leaves the project file byte-for-byte as it was.
"""

from __future__ import annotations

import io
import json
import os
import struct
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robustness_helpers import Seed, mutated_bytes, mutated_package, small_files

from conftest import realdata_files
from desktop_app.cli import main as cli_main
from desktop_app.domain.release import Release
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import import_file, sample_release
from desktop_app.storage.project_store import ProjectStore

EXAMPLES = int(os.environ.get("PRESSDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])
SAMPLE_JSON = Path(__file__).resolve().parent.parent / "resources" / "sample-release.json"


def _built_docx() -> bytes:
    """A Word document with a heading, body text in three languages and a table (seed when realdata is absent)."""
    doc = docx.Document()
    doc.add_heading("第十届中俄中小企业合作圆桌会议在金华举行", level=0)
    doc.add_paragraph("The tenth round table was held in Jinhua on 19 July.")
    doc.add_paragraph("Заседание прошло в Цзиньхуа 19 июля.")
    table = doc.add_table(rows=2, cols=2)
    for r in range(2):
        for c in range(2):
            table.cell(r, c).text = f"cell {r}{c}"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seed.docx"
        doc.save(path)
        return Seed(path.read_bytes(), "built.docx")


DOCX_SEEDS = [_built_docx(), *small_files(realdata_files("docx", "*.docx", "*.docm", "*.dotx"), limit=120_000)]
TEXT_SEEDS = [
    Seed("标题\n\n第一段。\r\n\r\n第二段。".encode(), "zh.txt"),
    Seed("\ufeffЗаголовок\n\nТекст.".encode(), "ru-bom.txt"),
    Seed("Headline\n\nBody.".encode("utf-16"), "en-utf16.txt"),
    *small_files(realdata_files("parallel", "*.txt"), limit=20_000),
]
JSON_SEEDS = [Seed(SAMPLE_JSON.read_bytes(), SAMPLE_JSON.name), Seed(b'{"title": "", "segments": []}', "empty.json")]


def check_import(data: bytes, suffix: str) -> None:
    """Import `data` as a file with `suffix` into a fresh and into a filled release; only FormatError may escape."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        for release in (Release(), sample_release()):
            try:
                report = import_file(release, "en", path)
            except FormatError as exc:
                assert str(exc), "a refusal must say why"
            else:
                assert report.filled == report.paragraphs
                assert all(isinstance(s.text("en"), str) for s in release.segments)
        assert path.read_bytes() == data, "the importer changed the file it read"


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from((".docx", ".docm", ".dotx", ".txt", ".json")))
def test_arbitrary_bytes_are_imported_or_refused(data: bytes, suffix: str) -> None:
    check_import(data, suffix)


@FUZZ
@given(data=mutated_bytes(DOCX_SEEDS))
def test_damaged_word_files_are_imported_or_refused(data: bytes) -> None:
    check_import(data, ".docx")


@FUZZ
@given(data=mutated_package(DOCX_SEEDS))
def test_word_packages_with_damaged_parts_are_imported_or_refused(data: bytes) -> None:
    check_import(data, ".docx")


@FUZZ
@given(data=mutated_bytes(TEXT_SEEDS))
def test_damaged_text_files_are_imported_or_refused(data: bytes) -> None:
    check_import(data, ".txt")


@FUZZ
@given(data=mutated_bytes(JSON_SEEDS))
def test_damaged_json_releases_are_imported_or_refused(data: bytes) -> None:
    check_import(data, ".json")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
SEGMENT = st.fixed_dictionaries({}, optional={
    "role": st.sampled_from(("headline", "body", "quote", "")) | JSON_VALUES,
    "zh": st.text(max_size=30) | JSON_VALUES, "en": st.text(max_size=30) | JSON_VALUES,
    "ru": st.text(max_size=30) | JSON_VALUES,
})
RELEASE_SHAPED = st.fixed_dictionaries({"segments": st.lists(SEGMENT | JSON_VALUES, max_size=5)}, optional={
    "title": st.text(max_size=20) | JSON_VALUES,
    "date": st.sampled_from(("2023-07-20", "20.07.2023", "")) | JSON_VALUES,
})


@FUZZ
@given(value=RELEASE_SHAPED | JSON_VALUES)
def test_json_of_the_wrong_shape_is_refused_with_a_message(value: object) -> None:
    check_import(json.dumps(value, ensure_ascii=False).encode(), ".json")


def test_corrupt_compressed_part_is_refused(tmp_path: Path) -> None:
    """A deflate stream that zlib rejects (seen by fuzzing) is a damaged document, not a crash."""
    data = bytearray(_built_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    data[info.header_offset + 30 + name_len + extra_len] = 0xFF  # block type 3 does not exist
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError):
        import_file(Release(), "en", path)


@pytest.fixture(scope="module")
def project_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "release.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    return path


@FUZZ
@given(data=mutated_bytes(DOCX_SEEDS) | mutated_package(DOCX_SEEDS), lang=st.sampled_from(("zh", "en", "ru")))
def test_refused_import_leaves_the_project_file_byte_for_byte(project_template: Path, data: bytes,
                                                              lang: str) -> None:
    template = project_template.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "release.pressdesk"
        project.write_bytes(template)
        source = Path(tmp) / "input.docx"
        source.write_bytes(data)
        code = cli_main(["import", str(project), "--lang", lang, str(source)])
        assert code in (0, 2)
        if code == 2:
            assert project.read_bytes() == template
        else:
            with ProjectStore.open(project) as store:
                assert len(store.load().segments) >= len(sample_release().segments)
        assert sorted(p.name for p in Path(tmp).iterdir()) == ["input.docx", "release.pressdesk"], \
            "no lock, journal or temporary file is left behind"
        assert source.read_bytes() == data
