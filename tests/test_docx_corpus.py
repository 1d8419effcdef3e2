"""Every real DOCX of ../shared/realdata imports or is refused cleanly, leaving the project byte-for-byte intact."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import REALDATA, needs_realdata, realdata_files
from desktop_app.formats.docx_reader import read_docx
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import import_file, sample_release
from desktop_app.storage.project_store import ProjectStore

CORPUS = realdata_files("docx", "*.docx", "*.docm", "*.dotx")


@pytest.fixture(scope="module")
def project_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "template.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    return path


@needs_realdata
@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_real_docx_imports_or_is_refused_cleanly(path: Path, project_template: Path, tmp_path: Path) -> None:
    project = tmp_path / "p.pressdesk"
    shutil.copy(project_template, project)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    with ProjectStore.open(project) as store:
        release = store.load()
        try:
            report = import_file(release, "en", path)
        except FormatError as exc:
            assert str(exc).startswith(path.name + ": ") and len(str(exc)) > len(path.name) + 10
            assert path.parent.name == "bad" or "BAD" in path.name, f"a readable document was refused: {exc}"
        else:
            expected = [p.text for p in read_docx(path)]
            assert report.paragraphs == len(expected)
            assert [s.text("en") for s in release.segments[: len(expected)]] == expected
            store.save(release)
            assert [s.text("en") for s in store.load().segments[: len(expected)]] == expected
            return
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


@needs_realdata
def test_every_body_of_a_multi_body_document_is_read() -> None:
    paragraphs = read_docx(REALDATA / "docx" / "bad" / "MALFORMED_poi_MultipleBodyBug.docx")
    assert [p.text.split()[:3] for p in paragraphs] == [["START", "BODY", "1"], ["START", "BODY", "2"],
                                                        ["START", "BODY", "3"]]


@needs_realdata
def test_external_entity_is_not_resolved() -> None:
    paragraphs = read_docx(REALDATA / "docx" / "bad" / "SECURITY_poi_XXE_ExternalEntityInText.docx")
    text = " ".join(p.text for p in paragraphs)
    assert "root:" not in text and "<!ENTITY" not in text


@needs_realdata
@pytest.mark.parametrize("name", ["poi_ru_wikipedia_45690.docm", "gongwen_zh_GB9704-template.dotx",
                                  "mammoth_strict-format.docx"])
def test_other_content_types_and_strict_namespaces_are_read(name: str) -> None:
    paragraphs = read_docx(REALDATA / "docx" / name)
    assert paragraphs and all(p.text.strip() for p in paragraphs)


@needs_realdata
@pytest.mark.parametrize("name", ["BAD_okapi_encrypted.docx", "BAD_poi_encrypted_password-is-pass.docx"])
def test_encrypted_documents_are_named_as_such(name: str) -> None:
    with pytest.raises(FormatError, match="password-protected"):
        read_docx(REALDATA / "docx" / "bad" / name)
