"""Exports that must not destroy anything: the project itself, foreign files, half of an 'all' export.

Also the documents' own edge cases: control characters in the text, templates without a final section.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest
from export_helpers import open_docx

from desktop_app.cli import main
from desktop_app.domain.release import Cell, Release, Role, Segment, Status
from desktop_app.formats.docx_reader import read_docx
from desktop_app.services import exporting
from desktop_app.services.exporting import ExportError, export_release
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def project_named(path: Path) -> Path:
    ProjectStore.create(path, sample_release()).close()
    return path


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2, argv
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


# -- the project itself ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "args"), [
    ("proj.docx", ["--lang", "en"]),
    ("proj.docx", ["--layout", "table"]),
    ("proj.docx", ["--layout", "review", "--pair", "ru-zh"]),
    ("proj.zip", ["--lang", "all"]),
    ("Proj.DOCX", ["--lang", "zh"]),
])
def test_export_onto_the_project_itself_is_refused(name: str, args: list[str], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    project = project_named(tmp_path / name)
    before = digest(project)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    for out in (str(project), name, f"./{name}", f"sub/../{name}"):
        refused(["export", str(project), *args, "-o", out], capsys)
    assert digest(project) == before
    with ProjectStore.open(project) as store:
        assert len(store.load().segments) == len(sample_release().segments)


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_export_onto_a_link_to_the_project_is_refused(link: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    project = project_named(tmp_path / "release.pressdesk")
    before = digest(project)
    make = os.symlink if link == "symlink" else os.link
    make(project, tmp_path / "alias.docx")
    make(project, tmp_path / "alias.zip")
    (tmp_path / "folder").mkdir()
    make(project, tmp_path / "folder" / "folder-ru.docx")
    err = refused(["export", str(project), "--lang", "en", "-o", str(tmp_path / "alias.docx")], capsys)
    assert "project" in err
    refused(["export", str(project), "--lang", "all", "-o", str(tmp_path / "alias.zip")], capsys)
    refused(["export", str(project), "--lang", "all", "-o", str(tmp_path / "folder")], capsys)
    refused(["export", str(tmp_path / "alias.docx"), "--lang", "en", "-o", str(project)], capsys)
    assert digest(project) == before
    assert not (tmp_path / "folder" / "folder-zh.docx").exists()
    assert not (tmp_path / "folder" / "folder-en.docx").exists()


# -- files that are not ours -------------------------------------------------------------------------------------


def _zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(("name", "make", "lang"), [
    ("notes.docx", lambda p: p.write_text("my notes, not a Word file", encoding="utf-8"), "en"),
    ("empty.docx", lambda p: p.write_bytes(b""), "ru"),
    ("book.docx", lambda p: _zip_of(p, {"mimetype": b"application/epub+zip", "content.opf": b"<x/>"}), "zh"),
    ("photos.zip", lambda p: _zip_of(p, {"holiday.jpg": b"\xff\xd8\xff"}), "all"),
    ("mixed.zip", lambda p: _zip_of(p, {"a-en.docx": b"x", "budget.xlsx": b"y"}), "all"),
    ("text.zip", lambda p: p.write_text("not a zip", encoding="utf-8"), "all"),
    ("pipe.docx", os.mkfifo, "en"),
    ("dangling.docx", lambda p: p.symlink_to(p.with_name("nowhere.docx")), "en"),
])
def test_an_existing_file_that_is_not_our_kind_is_not_overwritten(name: str, make, lang: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    project = project_named(tmp_path / "release.pressdesk")
    out = tmp_path / name
    make(out)
    before = digest(out) if out.is_file() else os.lstat(out)
    err = refused(["export", str(project), "--lang", lang, "-o", str(out)], capsys)
    assert "will not overwrite" in err
    assert (digest(out) if out.is_file() else os.lstat(out)) == before


def test_earlier_exports_are_replaced(tmp_path: Path) -> None:
    short = sample_release()
    short.segments = short.segments[4:]
    for out, lang in ((tmp_path / "en.docx", "en"), (tmp_path / "all.zip", "all"), (tmp_path / "folder", "all")):
        export_release(short, out, lang)
        export_release(sample_release(), out, lang)
    assert read_docx(tmp_path / "en.docx")[0].text == sample_release().segments[0].text("en")
    with zipfile.ZipFile(tmp_path / "all.zip") as zf:
        assert sorted(zf.namelist()) == ["all-en.docx", "all-ru.docx", "all-zh.docx"]
        zh = open_docx_bytes(zf.read("all-zh.docx"))
    assert zh.paragraphs[0].text == sample_release().segments[0].text("zh")
    assert read_docx(tmp_path / "folder" / "folder-ru.docx")[0].text == sample_release().segments[0].text("ru")


def open_docx_bytes(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


# -- 'all' is all or nothing ------------------------------------------------------------------------------------


def test_a_blocked_third_document_stops_the_export_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "release"
    out.mkdir()
    (out / "release-ru.docx").mkdir()  # a folder where the Russian document would go
    with pytest.raises(ExportError, match="folder"):
        export_release(sample_release(), out, "all")
    (out / "release-ru.docx").rmdir()
    (out / "release-ru.docx").write_text("someone's notes", encoding="utf-8")
    with pytest.raises(ExportError, match="will not overwrite"):
        export_release(sample_release(), out, "all")
    assert sorted(p.name for p in out.iterdir()) == ["release-ru.docx"]
    assert (out / "release-ru.docx").read_text(encoding="utf-8") == "someone's notes"


@pytest.mark.parametrize("failing", ["zh", "en", "ru"])
def test_a_failure_while_moving_the_documents_in_puts_every_earlier_export_back(
        failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "release"
    earlier = sample_release()
    earlier.segments = earlier.segments[5:]
    export_release(earlier, out, "all")
    before = {p.name: digest(p) for p in out.iterdir()}
    real_replace = os.replace
    failed: list[object] = []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == f"release-{failing}.docx" and Path(src).name.endswith(".tmp") and not failed:
            failed.append(dst)  # the new document cannot be moved in; putting the earlier one back works
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ExportError, match="No space left"):
        export_release(sample_release(), out, "all")
    monkeypatch.undo()
    assert {p.name: digest(p) for p in out.iterdir()} == before


def test_a_failure_in_a_fresh_folder_leaves_no_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "fresh"
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == "fresh-ru.docx":
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ExportError):
        export_release(sample_release(), out, "all")
    assert list(out.iterdir()) == []


# -- control characters -----------------------------------------------------------------------------------------

CONTROL = ["\x01", "\x1b]0;x\x07", "\x08", "\x00", "\ufffe", "\x1f\x1f", "\x0e"]


@pytest.mark.parametrize("bad", CONTROL, ids=[repr(c) for c in CONTROL])
def test_control_characters_are_left_out_with_a_note(bad: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    release = sample_release()
    release.title = f"Title{bad} of the day"
    head = release.segments[0]
    for lang in ("zh", "en", "ru"):
        head.cells[lang] = Cell(f"{head.text(lang)[:10]}{bad}{head.text(lang)[10:]}", Status.DRAFT)
    project = tmp_path / "ctl.pressdesk"
    ProjectStore.create(project, release).close()
    for lang, out in (("en", "en.docx"), ("all", "all.zip"), ("zh", "zh.docx")):
        assert main(["export", str(project), "--lang", lang, "-o", str(tmp_path / out)]) == 0
        err = capsys.readouterr().err
        assert "note:" in err and "control character" in err and "#1" in err, err
    for layout in (["--layout", "table"], ["--layout", "review", "--pair", "en-ru"]):
        assert main(["export", str(project), *layout, "-o", str(tmp_path / "t.docx")]) == 0
        assert "control character" in capsys.readouterr().err
    doc = open_docx(tmp_path / "en.docx")
    kept = "".join(c for c in bad if c.isprintable())  # what is left of an escape sequence is plain text
    original = sample_release().segments[0].text("en")
    clean = f"{original[:10]}{kept}{original[10:]}"
    assert doc.paragraphs[0].text == clean
    assert doc.core_properties.title == clean


def test_lone_surrogates_are_left_out_of_a_document_and_refused_by_a_project(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = sample_release()
    release.segments[1].cells["ru"] = Cell("Москва\ud800 и \udfffКремль", Status.DRAFT)
    result = export_release(release, tmp_path / "ru.docx", "ru")
    assert "2 control character(s)" in result.notes[0] and "#2" in result.notes[0]
    assert read_docx(tmp_path / "ru.docx")[1].text == "Москва и Кремль"
    source = tmp_path / "release.json"
    source.write_text('{"title": "t", "date": "", "segments": [{"role": "body", "en": "a\\ud800b"}]}',
                      encoding="utf-8")
    refused(["new", str(tmp_path / "x.pressdesk"), "--from-json", str(source)], capsys)
    assert not (tmp_path / "x.pressdesk").exists()


def test_control_characters_in_the_settings_do_not_break_the_export(tmp_path: Path) -> None:
    settings = Settings(author="Desk\x1b[31m", end_mark="#\x01##")
    settings.fonts["en"] = "Arial\x00"
    out = tmp_path / "en.docx"
    export_release(sample_release(), out, "en", settings=settings)
    doc = open_docx(out)
    assert doc.core_properties.author == "Desk[31m"
    assert any(p.text == "###" for p in doc.paragraphs)


def test_a_clean_release_gets_no_note(tmp_path: Path) -> None:
    assert export_release(sample_release(), tmp_path / "a.docx", "en").notes == []


# -- templates without a final section ------------------------------------------------------------------------


def _rewrite_body(src: Path, dst: Path, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)
    return dst


def _strip_section(xml: str) -> str:
    start = xml.index("<w:sectPr")
    return xml[:start] + xml[xml.index("</w:sectPr>") + len("</w:sectPr>"):]


def _section_in_a_paragraph(xml: str) -> str:
    start = xml.index("<w:sectPr")
    end = xml.index("</w:sectPr>") + len("</w:sectPr>")
    section = xml[start:end].replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"')  # US Letter
    body = xml[:start] + xml[end:]
    return body.replace("</w:body>", f"<w:p><w:pPr>{section}</w:pPr></w:p></w:body>")


def _section_without_page(xml: str) -> str:
    start = xml.index("<w:pgSz")
    xml = xml[:start] + xml[xml.index("/>", start) + 2:]
    start = xml.index("<w:pgMar")
    return xml[:start] + xml[xml.index("/>", start) + 2:]


@pytest.mark.parametrize(("edit", "width"), [(_strip_section, 11906), (_section_in_a_paragraph, 12240),
                                             (_section_without_page, 11906)],
                         ids=["no-section", "section-in-a-paragraph", "section-without-page-set-up"])
def test_templates_without_a_usable_final_section_still_export(edit, width: int, tmp_path: Path) -> None:
    template = _rewrite_body(REPO / "resources" / "template.docx", tmp_path / "house.docx", edit)
    release = sample_release()
    single = export_release(release, tmp_path / "single.docx", "ru", template=template)
    table = export_release(release, tmp_path / "table.docx", None, "table", template=template)
    review = export_release(release, tmp_path / "review.docx", None, "review", "zh-ru", template=template)
    assert [p.name for p in (*single.paths, *table.paths, *review.paths)] == ["single.docx", "table.docx",
                                                                           "review.docx"]
    section = open_docx(tmp_path / "single.docx").sections[-1]
    assert section.page_width.twips == width and section.left_margin is not None
    landscape = open_docx(tmp_path / "table.docx").sections[-1]
    assert landscape.page_height.twips == width


def _page_set_up(page: str, margins: str = ""):
    def edit(xml: str) -> str:
        start = xml.index("<w:pgSz")
        xml = xml[:start] + page + xml[xml.index("/>", start) + 2:]
        if margins:
            start = xml.index("<w:pgMar")
            xml = xml[:start] + margins + xml[xml.index("/>", start) + 2:]
        return xml
    return edit


DAMAGED_PAGES = {
    "text-sizes": ('<w:pgSz w:w="abc" w:h="-5"/>', '<w:pgMar w:top="x" w:right="1" w:bottom="1" w:left="1"/>'),
    "huge-size": ('<w:pgSz w:w="99999999999999999999" w:h="1"/>', ""),
    "no-room-for-text": ('<w:pgSz w:w="100" w:h="100"/>', ""),
    "unknown-orientation": ('<w:pgSz w:w="11906" w:h="16838" w:orient="sideways"/>', ""),
    "negative-side-margins": ('<w:pgSz w:w="11906" w:h="16838"/>',
                              '<w:pgMar w:top="1134" w:right="-4000" w:bottom="1134" w:left="-4000"/>'),
}


@pytest.mark.parametrize("damage", sorted(DAMAGED_PAGES))
def test_templates_with_a_damaged_page_set_up_export_on_the_built_in_page(damage: str, tmp_path: Path) -> None:
    template = _rewrite_body(REPO / "resources" / "template.docx", tmp_path / "house.docx",
                             _page_set_up(*DAMAGED_PAGES[damage]))
    release = sample_release()
    for layout, lang, pair in (("single", "en", None), ("table", None, None), ("review", None, "zh-en")):
        export_release(release, tmp_path / f"{layout}.docx", lang, layout, pair, template=template)
    section = open_docx(tmp_path / "single.docx").sections[-1]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert open_docx(tmp_path / "table.docx").sections[-1].page_height.twips == 11906
    assert read_docx(tmp_path / "single.docx")[0].text == release.segments[0].text("en")


@pytest.mark.parametrize("document", ['<?xml version="1.0"?><foo/>',
                                      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                                      'wordprocessingml/2006/main"/>'], ids=["foreign-root", "no-body"])
def test_a_template_without_a_document_body_is_refused(document: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    template = _rewrite_body(REPO / "resources" / "template.docx", tmp_path / "house.docx", lambda _xml: document)
    project = project_named(tmp_path / "release.pressdesk")
    err = refused(["export", str(project), "--lang", "en", "--template", str(template), "-o",
                   str(tmp_path / "out.docx")], capsys)
    assert "not a usable Word document" in err
    assert not (tmp_path / "out.docx").exists()


def test_an_export_release_of_one_segment_with_only_control_characters(tmp_path: Path) -> None:
    release = Release("t", segments=[Segment(Role.HEADLINE, {"zh": Cell(), "en": Cell("\x01\x02", Status.DRAFT),
                                                             "ru": Cell()})])
    result = export_release(release, tmp_path / "x.docx", "en")
    assert "2 control character(s)" in result.notes[0]
    assert exporting.all_targets(tmp_path / "x") == [tmp_path / "x" / f"x-{code}.docx" for code in ("zh", "en", "ru")]
