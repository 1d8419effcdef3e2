"""Attacks on the ways data gets in, with inputs the earlier robustness tests never used.

Each case runs the real `pressdesk` command on real files: it either reads the input correctly or refuses it with
one line on stderr (exit 2, no traceback), and a refused input leaves the project, glossary and data folder as
they were (compared byte for byte).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from argos_packs import memorising_pack

from desktop_app.domain.glossary.model import Tenure
from desktop_app.formats.glossary_csv import read_glossary_csv, read_tenures_csv
from desktop_app.services.importing import sample_release
from desktop_app.storage.glossary_store import entry_problems, tenure_problems
from desktop_app.storage.project_lock import UNREADABLE_GRACE_SECONDS
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent
SAMPLE_JSON = REPO / "resources" / "sample-release.json"
# Python's JSON decoder gives up on these with RecursionError or a plain ValueError, not a JSONDecodeError.
DEEP_JSON = "[" * 50_000 + "]" * 50_000
HUGE_NUMBER_JSON = '{"n": ' + "9" * 5_000 + "}"
JSON_BOMBS = {"deep": DEEP_JSON, "huge-number": HUGE_NUMBER_JSON}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300)


def digests(*paths: Path) -> dict[str, str | None]:
    """Every file under `paths` (folders walked) with its SHA-256, None for a path that does not exist."""
    out: dict[str, str | None] = {}
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            out[str(file)] = hashlib.sha256(file.read_bytes()).hexdigest() if file.exists() else None
    return out


def refused_in_one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def succeeded(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


def sample_project(path: Path) -> Path:
    ProjectStore.create(path, sample_release()).close()
    return path


def tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()


# -- project files: schema objects and values PressDesk never writes ------------------------------------------

PLANTED_OBJECTS = {
    # Every later save reports success while SQLite silently drops the cells: the work is lost without a word.
    "trigger-dropping-cells": "create trigger t before insert on cells begin select raise(ignore); end;",
    "trigger-dropping-history": "create trigger t after insert on revisions begin delete from revisions; end;",
    "view": "create view v as select * from cells;",
}


@pytest.mark.parametrize("planted", PLANTED_OBJECTS)
def test_a_project_carrying_triggers_or_views_is_refused_untouched(planted: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, PLANTED_OBJECTS[planted])
    before = digests(project)
    for argv in (["import", "--lang", "zh", str(project), str(SAMPLE_JSON)], ["show", str(project)]):
        message = refused_in_one_line(run_cli(*argv))
        assert "release.pressdesk" in message and "PressDesk never" in message
    assert digests(project) == before


@pytest.mark.parametrize("store", ["glossary", "memory"])
def test_a_glossary_or_memory_carrying_a_trigger_of_its_own_is_refused_untouched(store: str, data_dir: Path,
                                                                                  tmp_path: Path) -> None:
    """The stores' own triggers (search index, change counter) are fine; one planted beside them is not."""
    succeeded(run_cli("glossary", "search", "Mironov"))
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))
    database, table = {"glossary": ("glossary.sqlite", "entries"), "memory": ("memory.sqlite", "units")}[store]
    tamper(data_dir / database, f"create trigger planted before insert on {table} begin select raise(ignore); end;")
    before = digests(data_dir)
    tmx = tmp_path / "pairs.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
                   'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>'
                   '<tuv xml:lang="en"><seg>The talks went well.</seg></tuv><tuv xml:lang="ru"><seg>Переговоры прошли '
                   'хорошо.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    argv = (["glossary", "add", "--category", "person", "--en", "Ivan Petrov"] if store == "glossary"
            else ["tm", "import", str(tmx)])
    message = refused_in_one_line(run_cli(*argv))
    assert database in message and "'planted'" in message
    assert digests(data_dir) == before


WRONG_TYPES = {
    "comment-blob": "update segments set comment = x'00ff' where rowid = 1",
    "engine-blob": "update cells set engine = x'ff' where rowid = 1",
    "revision-text-blob": "update revisions set new_text = x'ff' where rowid = 1",
}


@pytest.mark.parametrize("damage", WRONG_TYPES)
def test_project_values_of_a_type_pressdesk_never_writes_are_refused_untouched(damage: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, WRONG_TYPES[damage])
    before = digests(project)
    for argv in (["export", str(project), "--layout", "review", "--pair", "zh-en", "-o", str(tmp_path / "r.docx")],
                 ["import", "--lang", "zh", str(project), str(SAMPLE_JSON)]):
        assert "is damaged" in refused_in_one_line(run_cli(*argv))
    assert digests(project) == before
    assert not (tmp_path / "r.docx").exists()


def test_a_project_of_an_older_format_with_sound_values_still_opens(tmp_path: Path) -> None:
    """The type checks follow the file's format: a version 2 file has no comment column to check."""
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, "alter table segments drop column comment; update meta set value = '2' "
                    "where key = 'schema_version';")
    succeeded(run_cli("show", str(project)))


def _autosave_with(cell: dict[str, object], **release: object) -> str:
    segment = {"id": "s1", "role": "body", "comment": "", "cells": {
        lang: {"text": "", "status": "empty", "origin": "none", "source_lang": None, "source_text": None,
               "engine": None} for lang in ("zh", "en", "ru")}}
    segment["cells"]["en"] = {**segment["cells"]["en"], **cell}  # type: ignore[index]
    return json.dumps({"title": "T", "date": "", "segments": [segment], **release})


DAMAGED_AUTOSAVES = {
    "deep": DEEP_JSON,
    "text-a-number": _autosave_with({"text": 5, "status": "draft"}),
    "text-a-list": _autosave_with({"text": ["a"], "status": "draft"}),
    "engine-an-object": _autosave_with({"text": "a", "status": "machine", "origin": "machine", "engine": {"x": 1}}),
    "title-a-number": _autosave_with({"text": "a", "status": "draft"}, title=7),
    "segment-id-a-number": _autosave_with({"text": "a", "status": "draft"}).replace('"id": "s1"', '"id": 1'),
}


@pytest.mark.parametrize("payload", DAMAGED_AUTOSAVES)
def test_an_autosave_of_the_wrong_shape_is_not_offered_and_the_document_opens(payload: str, tmp_path: Path) -> None:
    """The window offers an autosave back when the project opens; one that would put a number in a cell must not be
    offered (saving or checking it would fail), and the saved document must still open."""
    project = sample_project(tmp_path / "release.pressdesk")
    conn = sqlite3.connect(project)
    with conn:
        conn.execute("insert into recovery (id, saved_at, payload) values (1, 'now', ?)", [DAMAGED_AUTOSAVES[payload]])
    conn.close()
    with ProjectStore.open(project) as store:
        assert store.read_recovery() is None
        assert store.load().segments[0].text("en") == sample_release().segments[0].text("en")


def test_a_sound_autosave_is_still_offered(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    conn = sqlite3.connect(project)
    with conn:
        conn.execute("insert into recovery (id, saved_at, payload) values (1, 'now', ?)",
                     [_autosave_with({"text": "Typed, not saved", "status": "draft", "origin": "typed"})])
    conn.close()
    with ProjectStore.open(project) as store:
        offered = store.read_recovery()
    assert offered is not None and offered[1].segments[0].text("en") == "Typed, not saved"


def test_importing_into_a_memory_another_program_is_writing_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    """The memory's write transaction is a context manager: SQLite's "database is locked" from it escaped the
    store's translation into a one-line message."""
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))  # creates the memory
    memory = data_dir / "memory.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('begin exclusive'); print('locked', flush=True); sys.stdin.read()", str(memory)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        tmx = tmp_path / "pairs.tmx"
        tmx.write_text('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>The talks went '
                       'well.</seg></tuv><tuv xml:lang="ru"><seg>Переговоры прошли хорошо.</seg></tuv></tu></body>'
                       '</tmx>', encoding="utf-8")
        message = refused_in_one_line(run_cli("tm", "import", str(tmx)))
        assert "memory.sqlite" in message and "locked" in message
    finally:
        holder.communicate(timeout=60)
    assert "no match" in run_cli("tm", "lookup", "--from", "en", "--to", "ru", "The talks went well.").stderr


def test_importing_into_a_project_already_over_the_segment_limit_blames_the_project(tmp_path: Path) -> None:
    """Another tool can write more segments than a release holds; the refusal blamed the 8-paragraph document."""
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, "with recursive n(i) as (select 1 union all select i + 1 from n where i < 20000) "
                    "insert into segments (id, position, role, comment) "
                    "select 'extra' || i, 100 + i, 'body', '' from n")
    before = digests(project)
    message = refused_in_one_line(run_cli("import", "--lang", "zh", str(project), str(SAMPLE_JSON)))
    assert "project already holds 20,008 segments" in message and "sample-release.json has" not in message
    assert digests(project) == before


# -- JSON that Python's decoder refuses without a JSONDecodeError ---------------------------------------------

@pytest.mark.parametrize("bomb", JSON_BOMBS)
def test_a_damaged_settings_file_gives_the_defaults(bomb: str, data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "settings.json").write_text(JSON_BOMBS[bomb], encoding="utf-8")
    project = sample_project(tmp_path / "release.pressdesk")
    succeeded(run_cli("export", str(project), "--lang", "en", "-o", str(tmp_path / "out.docx")))
    succeeded(run_cli("glossary", "search", "Mironov"))


@pytest.mark.parametrize("bomb", JSON_BOMBS)
def test_a_junk_lock_note_beside_a_project_is_one_line_then_taken_over(bomb: str, tmp_path: Path) -> None:
    """A note no one can read may be one being written from another computer: refused in one line while recent,
    taken over once older than the grace period."""
    project = sample_project(tmp_path / "release.pressdesk")
    note = tmp_path / "release.pressdesk.lock"
    note.write_text(JSON_BOMBS[bomb], encoding="utf-8")
    before = digests(project)
    assert "another PressDesk" in refused_in_one_line(run_cli("import", "--lang", "zh", str(project), str(SAMPLE_JSON)))
    assert digests(project) == before
    old = note.stat().st_mtime - UNREADABLE_GRACE_SECONDS - 60
    os.utime(note, (old, old))
    succeeded(run_cli("import", "--lang", "zh", str(project), str(SAMPLE_JSON)))


def test_a_release_json_with_a_number_python_will_not_read_is_one_line(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    release = tmp_path / "release.json"
    release.write_text('{"segments": [], "count": ' + "9" * 5_000 + "}", encoding="utf-8")
    before = digests(project)
    assert "release.json" in refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(release)))
    assert digests(project) == before


@pytest.mark.parametrize("bomb", JSON_BOMBS)
def test_glossary_forms_no_decoder_reads_are_left_out_and_the_rest_works(bomb: str, data_dir: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))  # creates the seeded glossary
    bad = json.dumps({"en": ["x"]}).replace('["x"]', DEEP_JSON) if bomb == "deep" else HUGE_NUMBER_JSON
    tamper(data_dir / "glossary.sqlite", f"update entries set variants = '{bad}' where id = 1")
    listed = run_cli("glossary", "list")
    succeeded(listed)
    assert "Sergei Mironov" in listed.stdout
    succeeded(run_cli("glossary", "match", "--lang", "en", "Sergei Mironov spoke."))


@pytest.fixture(scope="module")
def en_ru_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return memorising_pack(tmp_path_factory.mktemp("packs"), "en", "ru")


def _repacked(pack: Path, out: Path, metadata: str) -> Path:
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = metadata.encode() if info.filename.endswith("/metadata.json") else src.read(info)
            dst.writestr(info.filename, data)
    return out


@pytest.mark.parametrize("bomb", JSON_BOMBS)
def test_a_pack_whose_metadata_no_decoder_reads_is_refused(bomb: str, en_ru_pack: Path, data_dir: Path,
                                                           tmp_path: Path) -> None:
    succeeded(run_cli("packs", "install", str(en_ru_pack)))
    before = digests(data_dir)
    bad = _repacked(en_ru_pack, tmp_path / "bad.argosmodel", JSON_BOMBS[bomb])
    assert "bad.argosmodel" in refused_in_one_line(run_cli("packs", "install", str(bad)))
    assert digests(data_dir) == before


@pytest.mark.parametrize("bomb", JSON_BOMBS)
def test_an_installed_pack_folder_whose_metadata_no_decoder_reads_is_listed_as_broken(
        bomb: str, en_ru_pack: Path, data_dir: Path, tmp_path: Path) -> None:
    succeeded(run_cli("packs", "install", str(en_ru_pack)))
    other = _repacked(en_ru_pack, tmp_path / "en-zh.argosmodel",
                      (json.dumps({"package_version": "1.0", "from_code": "en", "to_code": "zh",
                                   "type": "translate", "links": []})))
    succeeded(run_cli("packs", "install", str(other)))
    folder = next(p for p in (data_dir / "machine-translation" / "packs").iterdir() if "en_zh" in p.name)
    (folder / "metadata.json").write_text(JSON_BOMBS[bomb], encoding="utf-8")
    listed = run_cli("packs", "list")
    succeeded(listed)
    assert folder.name in listed.stdout  # listed as broken, so `packs remove` can take it away
    translated = run_cli("translate-text", "--from", "en", "--to", "ru", "-n", "1",
                         "The delegation visited the industrial park.")
    succeeded(translated)
    assert "Делегация" in translated.stdout
    succeeded(run_cli("packs", "remove", folder.name))
    assert not folder.exists()


DAMAGED_IMPORT_LOGS = {
    "added-not-json": "added = '[[['",
    "added-nested-too-deeply": "added = '" + DEEP_JSON + "'",
    "added-an-object": """added = '{"a": 1}'""",
    "added-not-ids": """added = '["x"]'""",
    "added-a-blob": "added = x'ff'",
    "added-null": "added = NULL",
    "previous-not-entries": "previous = '[1, 2]'",
    "previous-unknown-column": """previous = '[{"id": 1, "category": "person", "en": "X", "evil": 1}]'""",
    # Undoing would write this entry back without the checks every other way in makes.
    "previous-with-a-bidi-control": """previous = '[{"id": 1, "category": "person", "en": "Sergei \u202eMironov"}]'""",
}


@pytest.mark.parametrize("damage", DAMAGED_IMPORT_LOGS)
def test_undoing_an_import_whose_record_is_damaged_is_one_line_and_changes_nothing(damage: str, data_dir: Path,
                                                                                  tmp_path: Path) -> None:
    csv = tmp_path / "terms.csv"
    csv.write_text("category,zh,en,ru\norganization,,Undo Test Org,\n", encoding="utf-8")
    succeeded(run_cli("glossary", "import", str(csv)))
    tamper(data_dir / "glossary.sqlite", f"update imports set {DAMAGED_IMPORT_LOGS[damage]}")
    before = digests(data_dir)
    assert "damaged" in refused_in_one_line(run_cli("glossary", "undo-import"))
    assert digests(data_dir) == before


# -- house templates whose package cannot be read ----------------------------------------------------------

TEMPLATE = REPO / "resources" / "template.docx"


def _local_headers(data: bytearray) -> list[int]:
    offsets, at = [], data.find(b"PK\x03\x04")
    while at >= 0:
        offsets.append(at)
        at = data.find(b"PK\x03\x04", at + 4)
    return offsets


def _central_headers(data: bytearray) -> list[int]:
    offsets, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        offsets.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return offsets


STYLES_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
CONTENT_TYPE_DAMAGE = {
    "types-root-renamed": (b"<Types ", b"<Typez "),
    "override-without-part-name": (b'<Override PartName="/word/settings.xml"', b"<Override"),
    "styles-of-another-type": (STYLES_TYPE, b"application/xml"),
}


def _damaged_template(kind: str, out: Path) -> Path:
    data = bytearray(TEMPLATE.read_bytes())
    if kind in CONTENT_TYPE_DAMAGE:  # a well-formed package whose content types python-docx cannot model
        with zipfile.ZipFile(TEMPLATE) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                part = src.read(info)
                if info.filename == "[Content_Types].xml":
                    old, new = CONTENT_TYPE_DAMAGE[kind]
                    part = part.replace(old, new)
                dst.writestr(info, part)
        return out
    if kind == "damaged-data":  # a flipped bit inside document.xml's compressed data: zlib, not the zip, fails
        with zipfile.ZipFile(TEMPLATE) as zf:
            info = zf.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        data[start + 5] ^= 0xFF
    elif kind == "encrypted":  # every member flagged as encrypted (a password-protected zip)
        for at in _local_headers(data):
            data[at + 6] |= 1
        for at in _central_headers(data):
            data[at + 8] |= 1
    elif kind == "unknown-compression":  # method 99: AES, which Python's zipfile cannot read
        for at in _local_headers(data):
            data[at + 8:at + 10] = struct.pack("<H", 99)
        for at in _central_headers(data):
            data[at + 10:at + 12] = struct.pack("<H", 99)
    else:  # a zip bomb: 250 MB of zeros that compress to a quarter of a megabyte, beside the real parts
        shutil.copyfile(TEMPLATE, out)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("word/media/padding.bin", "w") as part:
            block = bytes(1024 * 1024)
            for _ in range(250):
                part.write(block)
        return out
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("kind", ["damaged-data", "encrypted", "unknown-compression", "zip-bomb",
                                  *CONTENT_TYPE_DAMAGE])
def test_a_house_template_whose_package_cannot_be_read_is_one_line(kind: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    template = _damaged_template(kind, tmp_path / "house.docx")
    before = digests(project)
    out = tmp_path / "out.docx"
    message = refused_in_one_line(run_cli("export", str(project), "--lang", "en", "--template", str(template),
                                          "-o", str(out)))
    assert "house.docx" in message
    assert not out.exists()
    assert digests(project) == before


# -- outputs that are not files -----------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", ["glossary-file", "new-force", "export", "glossary-export", "copy-link"])
def test_a_named_pipe_where_a_file_would_be_written_is_refused_and_stays(command: str, tmp_path: Path) -> None:
    """Writes replace their target atomically (rename): one that is a named pipe or a device (as `--glossary
    /dev/null` showed, when run with the rights to) was replaced by the written file. Only regular files are."""
    project = sample_project(tmp_path / "release.pressdesk")
    suffix = {"glossary-file": ".sqlite", "new-force": ".pressdesk", "export": ".docx", "glossary-export": ".csv",
              "copy-link": ".docx"}[command]
    pipe = tmp_path / f"pipe{suffix}"
    os.mkfifo(pipe)
    target = pipe
    if command == "copy-link":  # a link to the pipe: the pipe, not the link, is what the name stands for
        target = tmp_path / "link.docx"
        target.symlink_to(pipe)
    argv = {"glossary-file": ["glossary", "--glossary", str(target), "list"],
            "new-force": ["new", "--force", str(target)],
            "export": ["export", str(project), "--lang", "en", "-o", str(target)],
            "glossary-export": ["glossary", "export", str(target)],
            "copy-link": ["export", str(project), "--lang", "en", "-o", str(target)]}[command]
    before = digests(project)
    message = refused_in_one_line(run_cli(*argv))
    assert "not a regular file" in message
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert target == pipe or target.is_symlink()
    assert digests(project) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


NOT_GLOSSARIES = {
    "notes.txt": "Notes from the meeting with the delegation\nCall the embassy on Monday\n",
    "contacts.csv": "name,email\nIvan Petrov,ivan@example.org\n",
    "page.tbx": "<html><body><p>Not a termbase</p></body></html>\n",
}


@pytest.mark.parametrize("name", NOT_GLOSSARIES)
def test_a_glossary_export_never_overwrites_a_file_that_is_not_a_glossary(name: str, data_dir: Path,
                                                                          tmp_path: Path) -> None:
    """`glossary export notes.txt` replaced the user's notes with an OmegaT glossary, without a word."""
    target = tmp_path / name
    target.write_text(NOT_GLOSSARIES[name], encoding="utf-8")
    message = refused_in_one_line(run_cli("glossary", "export", str(target)))
    assert name in message and "not a glossary" in message
    assert target.read_text(encoding="utf-8") == NOT_GLOSSARIES[name]


@pytest.mark.parametrize("suffix", [".csv", ".tbx", ".txt"])
def test_a_glossary_export_still_replaces_an_earlier_export_or_an_empty_file(suffix: str, data_dir: Path,
                                                                             tmp_path: Path) -> None:
    target = tmp_path / f"terms{suffix}"
    succeeded(run_cli("glossary", "export", str(target)))
    first = target.read_bytes()
    succeeded(run_cli("glossary", "add", "--category", "person", "--en", "Ivan Petrov", "--ru", "Иван Петров"))
    succeeded(run_cli("glossary", "export", str(target)))
    assert target.read_bytes() != first and "Ivan Petrov" in target.read_text(encoding="utf-8")
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    succeeded(run_cli("glossary", "export", str(empty)))
    assert "Ivan Petrov" in empty.read_text(encoding="utf-8")


# -- server addresses and entry numbers that are none -------------------------------------------------------

@pytest.mark.parametrize("url", ["http://[::1", "http://mt.example:port/", "http://mt.example\n/"],
                         ids=["unclosed-ipv6", "port-not-a-number", "line-break"])
def test_a_translation_server_address_that_is_none_is_one_line(url: str, data_dir: Path) -> None:
    result = run_cli("translate-text", "--from", "en", "--to", "ru", "--mt-url", url, "The talks went well.")
    assert "not a translation server address" in refused_in_one_line(result)


@pytest.mark.parametrize("option", ["--glossary", "--memory"])
def test_a_shared_glossary_or_memory_address_that_is_none_is_one_line(option: str, data_dir: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))
    before = digests(data_dir)
    command = ["glossary", "list"] if option == "--glossary" else ["tm", "lookup", "--from", "en", "--to", "ru", "hi"]
    message = refused_in_one_line(run_cli(option, "postgresql://desk@[::1/office", *command))
    assert "postgresql://desk@[::1/office" in message
    assert digests(data_dir) == before


@pytest.mark.parametrize("number", ["99999999999999999999999", "\u0663", "\uff13", "-1", "0"],
                         ids=["beyond-sqlite", "arabic-indic-three", "fullwidth-three", "negative", "zero"])
@pytest.mark.parametrize("action", ["edit", "delete"])
def test_an_entry_number_that_is_none_is_refused_and_deletes_nothing(action: str, number: str,
                                                                       data_dir: Path) -> None:
    """`int()` reads "٣" and "３" as 3: `glossary delete ٣` deleted entry #3."""
    succeeded(run_cli("glossary", "search", "Mironov"))
    before = digests(data_dir)
    argv = ["glossary", action, number, *(["--note", "x"] if action == "edit" else [])]
    assert "entry number" in refused_in_one_line(run_cli(*argv))
    assert digests(data_dir) == before


@pytest.mark.parametrize(("command", "case"), [("translate", "segment-out-of-range"),
                                               *((c, k) for c in ("translate", "qa")
                                                 for k in ("no-such-project", "not-a-project"))])
def test_a_refused_translate_or_qa_leaves_the_data_folder_as_it_was(command: str, case: str, data_dir: Path,
                                                                      tmp_path: Path) -> None:
    """The glossary and the MT set-up were made in the data folder before the command looked at its input."""
    project = sample_project(tmp_path / "release.pressdesk")
    if case == "not-a-project":
        project = tmp_path / "notes.pressdesk"
        project.write_text("not a project", encoding="utf-8")
    elif case == "no-such-project":
        project = tmp_path / "missing.pressdesk"
    segments = "99" if case == "segment-out-of-range" else "1"
    before = digests(data_dir)
    argv = ["translate", str(project), "--to", "ru", "--segments", segments] if command == "translate" else \
        ["qa", "--no-spelling", str(project)]
    refused_in_one_line(run_cli(*argv))
    assert digests(data_dir) == before


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
@pytest.mark.parametrize("where", ["export-docx", "export-zip", "data-folder-glossary"])
def test_a_link_that_leads_back_to_itself_is_one_line(where: str, data_dir: Path, tmp_path: Path) -> None:
    """Python before 3.13 resolves such a link with a RuntimeError, which went past every file-error handler."""
    project = sample_project(tmp_path / "release.pressdesk")
    name = {"export-docx": "out.docx", "export-zip": "out.zip"}.get(where)
    loop = (tmp_path / name) if name else (data_dir / "glossary.sqlite")
    loop.symlink_to(loop)
    before = digests(project)
    argv = {"export-docx": ["export", str(project), "--lang", "en", "-o", str(loop)],
            "export-zip": ["export", str(project), "--lang", "all", "-o", str(loop)],
            "data-folder-glossary": ["glossary", "list"]}[where]
    refused_in_one_line(run_cli(*argv))
    assert loop.is_symlink() and digests(project) == before


# -- the window: links that lead nowhere ------------------------------------------------------------------

@pytest.fixture
def critical_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text, *_a, **_k: shown.append(text)
                                     or QMessageBox.StandardButton.Ok))
    return shown


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_the_window_starts_over_links_in_its_recovery_folder_that_lead_nowhere(qtbot, data_dir: Path,
                                                                               critical_messages: list[str]) -> None:
    """The recovery folder is searched for unsaved untitled work at every start: a dangling link or a link to
    itself there made every start fail."""
    from ui_support import make_context

    from desktop_app.ui.main_window import MainWindow

    context = make_context(data_dir)
    folder = context.recovery_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gone.pressdesk").symlink_to(folder / "nowhere.pressdesk")
    (folder / "loop.pressdesk").symlink_to(folder / "loop.pressdesk")
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        assert win.recovered_untitled() == []
        win.open_startup_document(None)
        assert win.document.path is not None and win.document.path.name != "loop.pressdesk"
    finally:
        context.tasks.wait_idle()
        win.close()
        context.close()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_opening_a_project_link_to_itself_is_a_message(qtbot, data_dir: Path, tmp_path: Path,
                                                       critical_messages: list[str]) -> None:
    from ui_support import make_context

    from desktop_app.ui.main_window import MainWindow

    loop = tmp_path / "release.pressdesk"
    loop.symlink_to(loop)
    context = make_context(data_dir)
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        assert not win.open_path(loop, ask_save=False)
        assert len(critical_messages) == 1 and "symbolic links" in critical_messages[0]
    finally:
        context.tasks.wait_idle()
        win.close()
        context.close()


@pytest.mark.parametrize("seconds", ["99999999999", "-5", "1e3", "nan", "@Variant(garbage)"])
def test_the_window_opens_whatever_autosave_interval_its_ui_file_holds(seconds: str, qtbot, data_dir: Path) -> None:
    """ui.ini is a plain text file: an interval beyond Qt's timer range kept the window from being made at all."""
    from ui_support import make_context

    from desktop_app.ui.main_window import MainWindow

    (data_dir / "ui.ini").write_text(f"[editor]\nautosave_seconds={seconds}\n", encoding="utf-8")
    context = make_context(data_dir)
    try:
        win = MainWindow(context)
        qtbot.addWidget(win)
        assert 5_000 <= win.autosave_timer.interval() <= 3_600_000
        win.close()
    finally:
        context.close()


# -- settings of the wrong type ----------------------------------------------------------------------------

WRONG_SETTINGS = {
    "author-number": {"author": 5},
    "author-list": {"author": ["a"]},
    "font-number": {"fonts": {"en": 5}},
    "fonts-list": {"fonts": ["Arial"]},
    "end-mark-list": {"end_mark": []},
    "recent-files-text": {"recent_files": "abc"},
    "glossary-url-number": {"glossary_url": 5},
    "memory-url-list": {"memory_url": [1]},
    "mt-url-number": {"mt_url": 7},
    "mt-quality-list": {"mt_quality": ["best"]},
    "first-run-text": {"first_run_done": "no"},
    "confirm-status-unknown": {"confirm_status": "empty"},
    "ui-lang-number": {"ui_lang": 3},
    "author-nan": "NaN",
}


@pytest.mark.parametrize("wrong", WRONG_SETTINGS)
def test_settings_of_the_wrong_type_fall_back_to_their_defaults(wrong: str, data_dir: Path, tmp_path: Path) -> None:
    value = WRONG_SETTINGS[wrong]
    text = '{"author": NaN}' if value == "NaN" else json.dumps(value)
    (data_dir / "settings.json").write_text(text, encoding="utf-8")
    project = sample_project(tmp_path / "release.pressdesk")
    out = tmp_path / "out.docx"
    succeeded(run_cli("export", str(project), "--lang", "en", "-o", str(out)))
    assert out.stat().st_size > 0
    succeeded(run_cli("glossary", "search", "Mironov"))
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))
    succeeded(run_cli("show", str(project)))


def _limit_memory() -> None:
    import resource  # POSIX only, like the tests that use it

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))  # reading /dev/zero fails, not swaps


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="devices and named pipes are POSIX")
@pytest.mark.parametrize("kind", ["device", "pipe", "folder", "huge"])
def test_a_settings_file_that_is_no_settings_file_is_passed_over_at_once(kind: str, data_dir: Path) -> None:
    settings = data_dir / "settings.json"
    if kind == "device":
        settings.symlink_to("/dev/zero")
    elif kind == "pipe":
        os.mkfifo(settings)  # nobody writes: opening it would block for ever
    elif kind == "folder":
        settings.mkdir()
    else:
        settings.write_text('{"author": "' + "x" * 3_000_000 + '"}', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "glossary", "search", "Mironov"],
                            capture_output=True, text=True, cwd=REPO, timeout=300, preexec_fn=_limit_memory)
    succeeded(result)
    assert "Mironov" in result.stdout


# -- glossary: invisible characters and impossible dates ---------------------------------------------------

INVISIBLE_IN_TERMS = {
    "tag-letter": "Theta\U000e0041Org",  # "ASCII smuggling": tag characters carry hidden text
    "hangul-filler": "Kappa\u3164Org",  # shows as a blank, matched as nothing
    "halfwidth-hangul-filler": "Kappa\uffa0Org",
    "combining-grapheme-joiner": "Ka\u034fppa",
    "khmer-inherent-vowel": "Ka\u17b4ppa",
    "deprecated-format": "Ka\u206bppa",
}


@pytest.mark.parametrize("form", INVISIBLE_IN_TERMS.values(), ids=INVISIBLE_IN_TERMS)
def test_the_glossary_refuses_every_invisible_character_in_a_term(form: str, data_dir: Path,
                                                                   tmp_path: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))
    before = digests(data_dir)
    message = refused_in_one_line(run_cli("glossary", "add", "--category", "organization", "--en", form))
    assert "invisible" in message
    assert digests(data_dir) == before
    csv = tmp_path / "terms.csv"
    csv.write_text("category,zh,en,ru\norganization,,Visible Org,\norganization,," + form + ",\n", encoding="utf-8")
    imported = run_cli("glossary", "import", str(csv))
    succeeded(imported)
    assert "1 added" in imported.stdout and "invisible" in imported.stderr


@pytest.mark.parametrize("dates", [("2024-13-01", ""), ("2023-02-30", ""), ("2024-00", ""), ("0000", ""),
                                   ("2025-01-01", "2020-12-31"), ("2025-06", "2025-05-31")],
                         ids=["month-13", "february-30", "month-0", "year-0", "ends-before-it-starts",
                              "month-ends-before"])
def test_the_glossary_refuses_dates_that_are_no_dates_or_periods_that_end_before_they_start(
        dates: tuple[str, str], data_dir: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))
    before = digests(data_dir)
    argv = ["glossary", "add", "--category", "person", "--en", "Ivan Petrov", "--valid-from", dates[0]]
    message = refused_in_one_line(run_cli(*argv, *(["--valid-to", dates[1]] if dates[1] else [])))
    assert dates[0] in message
    assert digests(data_dir) == before


def test_the_glossary_still_takes_partial_and_open_dates(data_dir: Path) -> None:
    for valid_from, valid_to in (("2024", "2024-12"), ("2024-02-29", ""), ("2020-05", "2020-05-31")):
        succeeded(run_cli("glossary", "add", "--category", "person", "--en", f"Person {valid_from}",
                          "--valid-from", valid_from, *(["--valid-to", valid_to] if valid_to else [])))


def test_every_shipped_entry_and_tenure_passes_the_checks() -> None:
    """The seed holds 80 dated tenures: the stricter date checks must not refuse any shipped fact."""
    entries = read_glossary_csv(REPO / "resources" / "glossary-seed.csv").entries
    assert [(e.label(), entry_problems(e)) for e in entries if entry_problems(e)] == []
    tenures = read_tenures_csv(REPO / "resources" / "glossary-tenures.csv")
    assert len(tenures) >= 80
    problems = [(t, tenure_problems(Tenure(1, 2, t["valid_from"] or None, t["valid_to"] or None, t["note"])))
                for t in tenures]
    assert [p for p in problems if p[1]] == []
