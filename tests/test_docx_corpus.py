"""Every real DOCX of ../shared/realdata imports or is refused cleanly, leaving the project byte-for-byte intact;
a subset reads exactly as its golden text (tests/golden/docx_texts.json, taken from the XML independently of the
reader and checked by eye)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from conftest import REALDATA, needs_realdata, realdata_files
from desktop_app.formats.docx_reader import read_docx
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import import_file, sample_release
from desktop_app.storage.project_store import ProjectStore

CORPUS = realdata_files("docx", "*.docx", "*.docm", "*.dotx")
GOLDEN: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "golden" / "docx_texts.json").read_text(encoding="utf-8"))["files"]


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
            imported = [s.text("en") for s in release.segments[: report.paragraphs]]
            assert all(text.strip() and "<w:" not in text and "\x00" not in text for text in imported)
            if path.name in GOLDEN:
                assert imported == GOLDEN[path.name]
            store.save(release)
            assert [s.text("en") for s in store.load().segments[: report.paragraphs]] == imported
            return
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


@needs_realdata
@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_real_documents_read_as_their_golden_text(name: str) -> None:
    assert [p.text for p in read_docx(REALDATA / "docx" / name)] == GOLDEN[name]


@needs_realdata
def test_every_body_of_a_multi_body_document_is_read() -> None:
    paragraphs = read_docx(REALDATA / "docx" / "bad" / "MALFORMED_poi_MultipleBodyBug.docx")
    assert [p.text.split()[:3] for p in paragraphs] == [["START", "BODY", "1"], ["START", "BODY", "2"],
                                                        ["START", "BODY", "3"]]


@needs_realdata
def test_a_document_declaring_an_external_entity_is_refused_unread() -> None:
    """Word never writes a DTD; read with its entities unresolved, the text around a reference was cut short."""
    with pytest.raises(FormatError, match=r"word/document\.xml declares a DTD"):
        read_docx(REALDATA / "docx" / "bad" / "SECURITY_poi_XXE_ExternalEntityInText.docx")


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


@needs_realdata
def test_hidden_text_of_a_libreoffice_document_is_left_out() -> None:
    text = "\n".join(p.text for p in read_docx(REALDATA / "docx" / "tika_testWORD_features_LibreOffice24.docx"))
    assert "This is hidden text." not in text and "inceptos" not in text
    assert "Lorem ipsum dolor sit amet" in text and "himenaeos." in text
