"""The export service: all three languages at once, atomic writes, progress, cancellation and refusals."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from export_helpers import open_docx

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Release
from desktop_app.formats.docx_reader import read_docx
from desktop_app.services.exporting import (
    ExportCancelled,
    ExportError,
    all_targets,
    export_release,
    parse_pair,
)
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings


def test_all_into_a_folder_writes_one_document_per_language(tmp_path: Path) -> None:
    release = sample_release()
    out = tmp_path / "jinhua"
    result = export_release(release, out, "all", "single", settings=Settings(end_mark=""))
    assert result.paths == [out / f"jinhua-{lang}.docx" for lang in LANGS] == all_targets(out)
    for lang, path in zip(LANGS, result.paths, strict=True):
        assert [p.text for p in open_docx(path).paragraphs] == [s.text(lang) for s in release.segments]
        assert open_docx(path).core_properties.language == {"zh": "zh-CN", "en": "en-US", "ru": "ru-RU"}[lang]


def test_all_into_a_zip(tmp_path: Path) -> None:
    release = sample_release()
    out = tmp_path / "jinhua.zip"
    result = export_release(release, out, "all", "single", settings=Settings(end_mark=""))
    assert result.paths == [out] == all_targets(out)
    with zipfile.ZipFile(out) as zf:
        assert zf.namelist() == [f"jinhua-{lang}.docx" for lang in LANGS]
        zf.extractall(tmp_path / "unzipped")
    for lang in LANGS:
        paragraphs = read_docx(tmp_path / "unzipped" / f"jinhua-{lang}.docx")
        assert [p.text for p in paragraphs] == [s.text(lang) for s in release.segments]


def test_progress_rises_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_release(sample_release(), tmp_path / "a", "all", "single", progress=lambda d, t: seen.append((d, t)))
    total = 3 * len(sample_release().segments)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert {t for _, t in seen} == {total}


@pytest.mark.parametrize(("lang", "layout", "name"), [("en", "single", "x.docx"), (None, "table", "x.docx"),
                                                      (None, "review", "x.docx"), ("all", "single", "x.zip")])
def test_cancelled_export_leaves_the_old_file_untouched(tmp_path: Path, lang: str | None, layout: str,
                                                        name: str) -> None:
    out = tmp_path / name
    previous = sample_release()
    previous.segments = previous.segments[:2]
    export_release(previous, out, lang, layout)
    before = out.read_bytes()

    def cancel(done: int, total: int) -> None:
        if done * 2 >= total:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_release(sample_release(), out, lang, layout, progress=cancel)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left behind


def test_an_existing_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "en.docx"
    old = sample_release()
    old.segments = old.segments[3:]
    export_release(old, out, "en", "single")
    assert read_docx(out)[0].text != sample_release().segments[0].text("en")
    export_release(sample_release(), out, "en", "single")
    assert read_docx(out)[0].text == sample_release().segments[0].text("en")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"lang": "en", "layout": "poster"}, "unknown layout"),
    ({"lang": None, "layout": "single"}, "needs a language"),
    ({"lang": "de", "layout": "single"}, "needs a language"),
    ({"lang": "en", "layout": "single", "out": "x.pdf"}, "must be a .docx"),
    ({"lang": None, "layout": "table", "out": "x.doc"}, "must be a .docx"),
    ({"lang": "all", "layout": "single", "out": "x.docx"}, "give a folder or a .zip"),
    ({"lang": None, "layout": "review", "pair": "zh-zh"}, "two different languages"),
    ({"lang": None, "layout": "review", "pair": "zh-de"}, "two different languages"),
])
def test_impossible_requests_are_refused(tmp_path: Path, kwargs: dict, message: str) -> None:
    out = tmp_path / kwargs.pop("out", "x.docx")
    with pytest.raises(ExportError, match=message):
        export_release(sample_release(), out, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_a_language_without_any_text_is_refused(tmp_path: Path) -> None:
    release = sample_release()
    for seg in release.segments:
        seg.cells["ru"] = Cell()
    with pytest.raises(ExportError, match="no Russian text"):
        export_release(release, tmp_path / "ru.docx", "ru", "single")
    with pytest.raises(ExportError, match="no Russian text"):
        export_release(release, tmp_path / "all", "all", "single")
    with pytest.raises(ExportError, match="no segments"):
        export_release(Release(), tmp_path / "e.docx", "en", "single")
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_folder_should_go_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file")
    with pytest.raises(ExportError, match="not a folder"):
        export_release(sample_release(), tmp_path / "out", "all", "single")


def test_unwritable_target_is_an_export_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ExportError, match="cannot write"):
        export_release(sample_release(), blocker / "en.docx", "en", "single")


@pytest.mark.parametrize(("text", "pair"), [("zh-en", ("zh", "en")), ("RU_ZH", ("ru", "zh")), ("en→ru", ("en", "ru"))])
def test_parse_pair(text: str, pair: tuple[str, str]) -> None:
    assert parse_pair(text) == pair
