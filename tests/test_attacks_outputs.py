"""Attacks on where PressDesk writes and on several PressDesks writing at once, with inputs the earlier attack
tests never used: an output that is one of the command's own inputs (the project given as the screenshot, the
house template as the export, the JSON a new project starts from) or no file of ours (`new --force notes`),
desks adding to one glossary at the same moment, a glossary opened while another desk finishes a write, and XML
bombs in the MultiTerm reader.

Each refused case answers with one line on stderr and exit 2, and leaves every file as it was (byte for byte).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import make_entry
from desktop_app.services.glossary import read_glossary_file
from desktop_app.services.importing import sample_release
from desktop_app.storage import sqlite_files
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300, env=env)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_refusal(code: int, err: str) -> str:
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


def sample_project(path: Path) -> Path:
    ProjectStore.create(path, sample_release()).close()
    return path


# -- an output that is one of the command's inputs ----------------------------------------------------------

@pytest.mark.parametrize("target", ["project", "notes.txt", "notes.png", "folder.png"])
def test_a_screenshot_never_writes_over_the_project_or_other_files(target: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """`pressdesk --screenshot release.pressdesk release.pressdesk` emptied the project (Qt opened the file for
    writing, then found no image format for the name), and so it did to any existing file."""
    project = sample_project(tmp_path / "release.pressdesk")
    out = {"project": project, "notes.txt": tmp_path / "notes.txt", "notes.png": tmp_path / "notes.png",
           "folder.png": tmp_path / "folder.png"}[target]
    if target == "folder.png":
        out.mkdir()
    elif out != project:
        out.write_text("Call the embassy on Monday\n", encoding="utf-8")
    before = {p.name: sha(p) for p in tmp_path.iterdir() if p.is_file()}
    err = one_line_refusal(main(["--screenshot", str(out), str(project)]), capsys.readouterr().err)
    assert out.name in err
    assert {p.name: sha(p) for p in tmp_path.iterdir() if p.is_file()} == before
    assert out.is_dir() == (target == "folder.png")


def test_a_screenshot_replaces_an_earlier_screenshot(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    out = tmp_path / "shot.png"
    out.write_bytes(b"\x89PNG\r\n\x1a\n" + b"an earlier screenshot")
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(tmp_path / "data")}
    result = run_cli("--screenshot", str(out), str(project), env=env)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and len(out.read_bytes()) > 10_000
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left


@pytest.mark.parametrize("layout", ["single", "table", "review", "all-into-folder"])
def test_an_export_never_writes_over_the_house_template_it_reads(layout: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The template was one of PressDesk's own exports (so the "not ours" check let it be replaced): exporting
    with `--template house.docx -o house.docx` wrote the release over the letterhead it was laid out on."""
    project = sample_project(tmp_path / "release.pressdesk")
    assert main(["export", str(project), "--lang", "en", "-o", str(tmp_path / "earlier.docx")]) == 0
    folder = tmp_path / "out"
    folder.mkdir()
    template = folder / "release-en.docx" if layout == "all-into-folder" else tmp_path / "house.docx"
    shutil.copyfile(tmp_path / "earlier.docx", template)
    capsys.readouterr()
    before = sha(template)
    argv = {"single": ["--lang", "en", "-o", str(template)], "table": ["--layout", "table", "-o", str(template)],
            "review": ["--layout", "review", "--pair", "zh-en", "-o", str(template)],
            "all-into-folder": ["--lang", "all", "-o", str(folder)]}[layout]
    if layout == "all-into-folder":  # the folder's documents are named after the folder's own name
        template = template.rename(folder / f"{folder.name}-en.docx")
    err = one_line_refusal(main(["export", str(project), *argv, "--template", str(template)]),
                           capsys.readouterr().err)
    assert "house template" in err
    assert sha(template) == before
    assert sorted(p.name for p in folder.iterdir()) == ([template.name] if layout == "all-into-folder" else [])


# -- several desks at once ----------------------------------------------------------------------------------

def _adding(glossary: Path, env: dict[str, str], en: str, ru: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "glossary", "add", "--glossary", str(glossary),
                             "--category", "term", "--en", en, "--ru", ru], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)


def _finished(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    errors = [p.communicate(timeout=300)[1] for p in processes]
    return [(p.returncode, err) for p, err in zip(processes, errors, strict=True)]


def _listed(glossary: Path, env: dict[str, str]) -> list[dict[str, object]]:
    result = run_cli("glossary", "list", "--glossary", str(glossary), "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_desks_adding_to_one_glossary_at_the_same_moment_all_get_their_entry_in(tmp_path: Path) -> None:
    """Each `glossary add` read (for the duplicate check), then wrote: a write waiting behind another desk's
    cannot upgrade its read lock, and SQLite answered "database is locked" at once: four of six desks failed."""
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(tmp_path / "data")}
    glossary = tmp_path / "office.sqlite"
    GlossaryStore.open(glossary).close()
    processes = [_adding(glossary, env, f"Office of Tea number {i}", f"Чайное управление {i}") for i in range(6)]
    outcomes = _finished(processes)
    assert [code for code, _ in outcomes] == [0] * 6, outcomes
    english = {entry["en"] for entry in _listed(glossary, env)}
    assert {f"Office of Tea number {i}" for i in range(6)} <= english


def test_desks_adding_one_name_at_the_same_moment_get_it_in_once(tmp_path: Path) -> None:
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(tmp_path / "data")}
    glossary = tmp_path / "office.sqlite"
    GlossaryStore.open(glossary).close()
    outcomes = _finished([_adding(glossary, env, "Office of Tea", "Чайное управление") for _ in range(4)])
    assert sorted(code for code, _ in outcomes) == [0, 2, 2, 2], outcomes
    for code, err in outcomes:
        if code == 2:
            assert "already the approved form" in err and len(err.strip().splitlines()) == 1
    assert [entry["en"] for entry in _listed(glossary, env)].count("Office of Tea") == 1


def test_a_glossary_opened_while_another_desk_finishes_its_write_opens(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening looks at the file as it will be once recovered: with a journal beside it, it copies both. When the
    other desk's write ended between the look and the copy, the journal was gone and the open failed with
    "No such file or directory: 'glossary.sqlite-journal'"."""
    glossary = tmp_path / "glossary.sqlite"
    GlossaryStore.open(glossary).close()
    journal = Path(f"{glossary}-journal")
    journal.write_bytes(b"\0" * 512)  # a write in progress
    copy = shutil.copyfile

    def copy_after_the_write_ended(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> object:
        if Path(source) == journal:
            journal.unlink()  # the other desk commits: SQLite deletes its journal
        return copy(source, target)

    monkeypatch.setattr(sqlite_files.shutil, "copyfile", copy_after_the_write_ended)
    store = GlossaryStore.open(glossary)
    try:
        assert any(e.forms["en"] == "State Duma" for e in store.entries())
    finally:
        store.close()


# -- XML bombs in the MultiTerm reader ------------------------------------------------------------------------

LAUGHS = ('<?xml version="1.0"?><!DOCTYPE mtf [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
          + "]>")


@pytest.mark.parametrize("bomb", ["laughs", "external", "xinclude"])
def test_a_multiterm_file_expands_and_fetches_nothing(bomb: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    group = ('<conceptGrp><languageGrp><language lang="EN"/><termGrp><term>State Duma{}</term></termGrp>'
             '</languageGrp><languageGrp><language lang="RU"/><termGrp><term>Государственная дума</term></termGrp>'
             '</languageGrp></conceptGrp>')
    text = {"laughs": LAUGHS + f"<mtf>{group.format('&j;')}</mtf>",
            "external": f'<?xml version="1.0"?><!DOCTYPE mtf [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
                        f"<mtf>{group.format('&s;')}</mtf>",
            "xinclude": f'<mtf xmlns:xi="http://www.w3.org/2001/XInclude">{group.format("")}'
                        f'<xi:include href="{secret.as_uri()}" parse="text"/></mtf>'}[bomb]
    path = tmp_path / "termbase.xml"
    path.write_text(text, encoding="utf-8")
    try:
        read = read_glossary_file(path)
    except FormatError as exc:
        assert "TOP-SECRET" not in str(exc)
        return
    forms = [e.forms["en"] for e in read.entries]
    assert forms == ["State Duma"]  # nothing expanded, nothing fetched


@pytest.mark.parametrize("case", ["from-its-own-json", "document", "notes"])
def test_new_with_force_never_replaces_its_own_source_or_a_file_that_is_no_project(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`new release.json --from-json release.json --force` replaced the release it was asked to start from, and
    `new notes.docx --force` the document: --force is for an earlier project."""
    target = tmp_path / {"from-its-own-json": "release.json", "document": "statement.docx", "notes": "notes"}[case]
    if case == "from-its-own-json":
        shutil.copyfile(REPO / "resources" / "sample-release.json", target)
    elif case == "document":
        assert main(["export", str(sample_project(tmp_path / "r.pressdesk")), "--lang", "en", "-o", str(target)]) == 0
    else:
        target.write_text("Call the embassy on Monday\n", encoding="utf-8")
    capsys.readouterr()
    before = sha(target)
    argv = ["new", str(target), "--force", *(["--from-json", str(target)] if case == "from-its-own-json" else [])]
    one_line_refusal(main(argv), capsys.readouterr().err)
    assert sha(target) == before


@pytest.mark.parametrize("earlier", ["project", "damaged", "empty"])
def test_new_with_force_still_replaces_an_earlier_project(earlier: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "release.pressdesk"
    if earlier == "project":
        sample_project(target)
    elif earlier == "damaged":
        target.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    else:
        target.write_bytes(b"")
    assert main(["new", str(target), "--force", "--title", "Fresh"]) == 0
    with ProjectStore.open(target) as store:
        assert store.load().title == "Fresh"


def test_a_glossary_write_kept_waiting_too_long_is_refused_in_words_and_changes_nothing(tmp_path: Path) -> None:
    """After the wait, SQLite's bare "database is locked" was all a desk adding while another imported got."""
    glossary = tmp_path / "office.sqlite"
    store = GlossaryStore.open(glossary)
    try:
        store.db.conn.execute("PRAGMA busy_timeout = 100")  # the same refusal, without five seconds of waiting
        count = len(store.entries())
        other = sqlite3.connect(glossary, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another desk in the middle of a long import
        try:
            with pytest.raises(GlossaryError) as refused:
                store.add(make_entry({"en": "Office of Tea", "ru": "Чайное управление"}, category="organization"))
        finally:
            other.execute("ROLLBACK")
            other.close()
        message = str(refused.value)
        assert "office.sqlite" in message and "another PressDesk" in message and "nothing was changed" in message
        store.refresh()
        assert len(store.entries()) == count
    finally:
        store.close()
