"""Project files under attack: damaged values, hot journals in refused files, huge releases, failing writes.

Every refusal must leave the project (and its journal) byte for byte as it was; a failed write must lose nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.release import MAX_SEGMENTS, Cell, Release, Role, Segment, Status
from desktop_app.storage.project_store import SCHEMA_VERSION, ProjectError, ProjectStore

REPO = Path(__file__).resolve().parent.parent
LANGS = ("zh", "en", "ru")


def digest(*paths: Path) -> tuple[str | None, ...]:
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths)


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def release_of(rows: int, text: str = "Paragraph {} of the release.") -> Release:
    return Release("Title", "2024-05-01",
                   [Segment(Role.BODY, {lang: Cell(text.format(i), Status.DRAFT) for lang in LANGS})
                    for i in range(rows)])


def make_project(path: Path, rows: int = 3) -> Path:
    ProjectStore.create(path, release_of(rows)).close()
    return path


def tamper(path: Path, *sql: str) -> None:
    """Edit the file with plain SQLite, as a hostile or broken tool would."""
    conn = sqlite3.connect(path)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def assert_refused_everywhere(path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The store, `show` and `import` all refuse the file, in one line, and change nothing."""
    before = digest(path, journal_of(path))
    with pytest.raises(ProjectError):
        ProjectStore.open(path)
    text = tmp_path / "en.txt"
    text.write_text("Headline\n\nBody.", encoding="utf-8")
    for argv in (["show", str(path)], ["show", str(path), "--json"], ["import", str(path), "--lang", "en", str(text)],
                 ["qa", str(path), "--no-glossary"], ["export", str(path), "--lang", "en", "-o",
                                                      str(tmp_path / "out.docx")]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert digest(path, journal_of(path)) == before
    assert not (tmp_path / "out.docx").exists()
    assert not list(path.parent.glob("*.lock"))


# -- damaged values (item: validate before use) ---------------------------------------------------------------

DAMAGE = {
    "negative-version": ["update meta set value = '-5' where key = 'schema_version'"],
    "zero-version": ["update meta set value = '0' where key = 'schema_version'"],
    "fraction-version": ["update meta set value = '1.5' where key = 'schema_version'"],
    "null-version": ["update meta set value = null where key = 'schema_version'"],
    "integer-negative-version": ["update meta set value = -3 where key = 'schema_version'"],
    "huge-version": ["update meta set value = '99999999999999999999999' where key = 'schema_version'"],
    "superscript-version": ["update meta set value = '²' where key = 'schema_version'"],
    "arabic-indic-version": ["update meta set value = '١' where key = 'schema_version'"],
    "blob-version": ["update meta set value = x'32' where key = 'schema_version'"],
    "no-version": ["delete from meta where key = 'schema_version'"],
    "unknown-role": ["update segments set role = 'villain' where position = 1"],
    "null-role": ["update segments set role = null where position = 0"],
    "numeric-role": ["update segments set role = 7 where position = 2"],
    "unknown-status": ["update cells set status = 'finished' where lang = 'ru'"],
    "null-status": ["update cells set status = null where lang = 'zh'"],
    "unknown-origin": ["update cells set origin = 'telepathy' where lang = 'en'"],
    "unknown-language": ["update cells set lang = 'de' where lang = 'en'"],
    "unknown-source-language": ["update cells set source_lang = 'xx', source_text = 'a' where lang = 'ru'"],
    "blob-text": ["update cells set text = x'00ff' where lang = 'en'"],
    "blob-segment-id": ["update segments set id = x'01' where position = 0"],
    "revision-status": ["update revisions set status = 'gone' where id = 1"],
    "revision-origin": ["update revisions set origin = 'ghost' where id = 1"],
    "cells-dropped": ["drop table cells"],
    "segments-dropped": ["drop table segments"],
    "revisions-dropped": ["drop table revisions"],
    "recovery-dropped": ["drop table recovery"],
    "ignored-findings-dropped": ["drop table ignored_findings"],
    "cells-status-column-dropped": ["alter table cells drop column status"],
    "cells-replaced-by-a-view": ["alter table cells rename to cells_old",
                                 "create view cells as select * from cells_old"],
    "meta-dropped": ["drop table meta"],
    "foreign-app": ["update meta set value = 'other' where key = 'app'"],
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_projects_are_refused_with_the_file_untouched(damage: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = make_project(tmp_path / "damaged.pressdesk")
    tamper(path, *DAMAGE[damage])
    assert_refused_everywhere(path, capsys, tmp_path)


@pytest.mark.parametrize("key", ["title", "date"])
def test_a_null_title_or_date_reads_as_empty_everywhere(key: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = make_project(tmp_path / "x.pressdesk")
    tamper(path, f"update meta set value = null where key = '{key}'")
    assert main(["show", str(path)]) == 0
    assert main(["qa", str(path), "--no-glossary"]) in (0, 1)
    assert main(["export", str(path), "--lang", "en", "-o", str(tmp_path / "out.docx")]) == 0
    assert "Traceback" not in capsys.readouterr().err
    with ProjectStore.open(path) as store:
        release = store.load()
    assert (release.title if key == "title" else release.date) == ""
    assert len(release.segments) == 3


def test_a_damaged_autosave_is_not_offered_and_the_document_still_opens(tmp_path: Path) -> None:
    path = make_project(tmp_path / "x.pressdesk")
    tamper(path, "insert into recovery (id, saved_at, payload) values (1, 'now', '{\"segments\": [{\"role\": 5}]}')")
    with ProjectStore.open(path) as store:
        assert store.read_recovery() is None
        assert len(store.load().segments) == 3


def test_an_older_sound_project_still_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = make_project(tmp_path / "old.pressdesk")
    tamper(path, "drop table ignored_findings", "alter table segments drop column comment",
           "update meta set value = '1' where key = 'schema_version'")
    with ProjectStore.open(path) as store:
        assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert store.ignored_findings() == set()


# -- hot journals in files that are refused (item: inspect read-only, change nothing) ------------------------

CRASH_MID_TRANSACTION = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma cache_size = 2")  # a tiny cache spills changed pages into the file before the commit
conn.execute("begin immediate")
for statement in sys.argv[2:]:
    conn.execute(statement)
conn.executemany("insert into filler (x) values (?)", [(os.urandom(700),) for _ in range(1500)])
os._exit(0)  # die with the transaction open: the journal stays hot
"""


def crash_mid_transaction(path: Path, *sql: str) -> None:
    """Leave `path` as a writer killed mid-transaction leaves it: changed pages in the file, a hot journal."""
    tamper(path, "create table if not exists filler (x blob)")
    subprocess.run([sys.executable, "-c", CRASH_MID_TRANSACTION, str(path), *sql], check=True, timeout=120)
    assert journal_of(path).stat().st_size > 0


@pytest.mark.parametrize("committed", [
    ["update meta set value = '99' where key = 'schema_version'"],
    ["update meta set value = 'other-app' where key = 'app'"],
    ["update segments set role = 'villain'"],
    ["drop table cells"],
], ids=["future-schema", "foreign-app", "damaged-value", "dropped-table"])
def test_a_refused_file_with_a_hot_journal_keeps_file_and_journal(committed: list[str], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = make_project(tmp_path / "refused.pressdesk", rows=50)
    tamper(path, *committed)
    # The dying transaction even makes the file look sound; its rollback restores the committed, refused state.
    crash_mid_transaction(path, f"update meta set value = '{SCHEMA_VERSION}' where key = 'schema_version'",
                          "update meta set value = 'pressdesk' where key = 'app'")
    assert_refused_everywhere(path, capsys, tmp_path)


def test_a_foreign_database_with_a_hot_journal_is_left_alone(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "someone-else.pressdesk"
    tamper(path, "create table notes (body text)", "insert into notes values ('theirs')")
    crash_mid_transaction(path, "delete from notes")
    size_before = path.stat().st_size
    assert_refused_everywhere(path, capsys, tmp_path)
    assert path.stat().st_size == size_before


def test_a_sound_project_with_a_hot_journal_is_recovered_to_its_last_save(tmp_path: Path) -> None:
    path = make_project(tmp_path / "sound.pressdesk", rows=20)
    crash_mid_transaction(path, "update cells set text = 'half-written'",
                          "update meta set value = '99' where key = 'schema_version'")
    with ProjectStore.open(path) as store:
        release = store.load()
    assert [s.text("en") for s in release.segments] == [f"Paragraph {i} of the release." for i in range(20)]
    assert not journal_of(path).exists() or journal_of(path).stat().st_size == 0


def test_a_project_name_with_uri_characters_is_inspected_as_itself(tmp_path: Path) -> None:
    decoy = make_project(tmp_path / "a", rows=1)
    tamper(decoy, "update meta set value = '99' where key = 'schema_version'")
    path = make_project(tmp_path / "a#b?mode=rw&c%20d.pressdesk", rows=4)
    with ProjectStore.open(path) as store:
        assert len(store.load().segments) == 4


# -- huge releases (item: chunked statements and a documented limit) -------------------------------------------


def test_saves_stay_within_a_strict_sqlite_variable_limit(tmp_path: Path) -> None:
    path = make_project(tmp_path / "many.pressdesk", rows=0)
    with ProjectStore.open(path) as store:
        store.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # the limit of many SQLite builds
        release = release_of(2500)
        store.save(release)
        kept = [release.segments[i] for i in range(0, 2500, 25)]
        store.save(Release(release.title, release.date, kept))
        loaded = store.load()
    assert [s.id for s in loaded.segments] == [s.id for s in kept]
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from cells").fetchone()[0] == len(kept) * 3


def test_a_release_over_the_limit_is_refused_before_writing(tmp_path: Path) -> None:
    path = make_project(tmp_path / "limit.pressdesk")
    before = digest(path)
    too_many = Release("big", segments=[Segment() for _ in range(MAX_SEGMENTS + 1)])
    with ProjectStore.open(path) as store, pytest.raises(ProjectError, match=f"{MAX_SEGMENTS:,}"):
        store.save(too_many)
    assert digest(path) == before


@pytest.mark.parametrize("extra", [1, 5_000])
def test_importing_too_many_paragraphs_is_one_line_and_changes_nothing(extra: int, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = make_project(tmp_path / "x.pressdesk")
    before = digest(path)
    text = tmp_path / "huge.txt"
    text.write_text("\n\n".join(f"p{i}" for i in range(MAX_SEGMENTS + extra)), encoding="utf-8")
    assert main(["import", str(path), "--lang", "en", str(text)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and f"{MAX_SEGMENTS:,}" in err
    assert digest(path) == before
    assert main(["new", str(tmp_path / "new.pressdesk"), "--from-json", str(_release_json(tmp_path, extra))]) == 2
    assert not (tmp_path / "new.pressdesk").exists()


def _release_json(tmp_path: Path, extra: int) -> Path:
    path = tmp_path / "huge.json"
    segments = [{"role": "body", "zh": "", "en": f"p{i}", "ru": ""} for i in range(MAX_SEGMENTS + extra)]
    path.write_text(json.dumps({"title": "t", "date": "", "segments": segments}), encoding="utf-8")
    return path


# -- write errors (item: one line, exit 2, nothing lost) --------------------------------------------------------


def _read_only_wrapper(paths: tuple[Path, ...]) -> list[str]:
    """Make `paths` read-only for the command: by permissions, or, for root (whom permissions do not stop), by
    read-only bind mounts in a private mount namespace."""
    if not paths:
        return []
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return []
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-m", "true"], check=False).returncode:
        pytest.skip("running as root without mount namespaces: nothing can be made read-only for root")
    mounts = " && ".join(f"mount --bind {shlex.quote(str(p))} {shlex.quote(str(p))} && "
                         f"mount -o remount,ro,bind {shlex.quote(str(p))}" for p in paths)
    return ["unshare", "-m", "sh", "-c", f'{mounts} && exec "$@"', "sh"]


def run_limited(*args: str, read_only: tuple[Path, ...] = (), limit_bytes: int | None = None
                ) -> subprocess.CompletedProcess[str]:
    """Run the CLI with `read_only` paths unwritable and, optionally, no file allowed to grow past `limit_bytes`."""
    def cap_file_size() -> None:
        if limit_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the cap fails (EFBIG) instead of killing
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    command = [*_read_only_wrapper(read_only), sys.executable, "-m", "desktop_app", *args]
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env, timeout=300,
                          preexec_fn=cap_file_size)


def _prepare(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "project"
    folder.mkdir()
    path = make_project(folder / "release.pressdesk", rows=5)
    text = tmp_path / "en.txt"
    text.write_text("\n\n".join(f"A new English paragraph number {i}." for i in range(3000)), encoding="utf-8")
    return folder, path, text


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def test_importing_into_a_read_only_project_is_one_line(tmp_path: Path) -> None:
    folder, path, text = _prepare(tmp_path)
    before = digest(path)
    err = _one_line(run_limited("import", str(path), "--lang", "en", str(text), read_only=(path,)))
    assert "read-only" in err
    assert digest(path) == before
    path.chmod(0o644)
    assert sorted(p.name for p in folder.iterdir()) == ["release.pressdesk"]


def test_importing_into_a_project_in_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder, path, text = _prepare(tmp_path)
    before = digest(path)
    _one_line(run_limited("import", str(path), "--lang", "en", str(text), read_only=(folder,)))
    _one_line(run_limited("new", str(folder / "other.pressdesk"), "--sample", read_only=(folder,)))
    _one_line(run_limited("export", str(path), "--lang", "en", "-o", str(folder / "out.docx"), read_only=(folder,)))
    folder.chmod(0o755)
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["release.pressdesk"]


def test_a_full_disk_during_a_save_is_one_line_and_loses_nothing(tmp_path: Path) -> None:
    folder, path, text = _prepare(tmp_path)
    before = digest(path)
    cap = path.stat().st_size + 8192  # room for the lock note and a little growth, not for 3,000 paragraphs
    err = _one_line(run_limited("import", str(path), "--lang", "en", str(text), limit_bytes=cap))
    assert "cannot save" in err
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["release.pressdesk"]
    with ProjectStore.open(path) as store:
        assert [s.text("en") for s in store.load().segments] == [f"Paragraph {i} of the release." for i in range(5)]


def test_a_full_disk_during_an_export_is_one_line_and_leaves_no_file(tmp_path: Path) -> None:
    folder, path, _text = _prepare(tmp_path)
    for out, lang in (("out.docx", "en"), ("out.zip", "all"), ("outdir", "all")):
        _one_line(run_limited("export", str(path), "--lang", lang, "-o", str(folder / out), limit_bytes=2048))
        assert not list(folder.rglob("*.docx")) and not list(folder.rglob("*.zip"))
        assert not list(folder.rglob(".*.tmp")), list(folder.rglob("*"))


def test_memory_lookups_of_a_huge_text_stay_within_a_strict_variable_limit(data_dir: Path) -> None:
    from desktop_app.services.memory import TranslationMemory

    words = [f"word{i:05d}x" for i in range(3000)]  # 3,000 distinct index terms in one lookup
    with TranslationMemory.open(data_dir) as memory:
        memory._store.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        memory.add_pair("en", "ru", " ".join(words[:40]), "перевод")
        matches = memory.lookup(" ".join(words[:40]) + " " + " ".join(words), "en", "ru", min_score=0)
    assert [m.target for m in matches] == ["перевод"]


@pytest.mark.parametrize("store", ["glossary", "memory"])
def test_a_refused_glossary_or_memory_with_a_hot_journal_keeps_file_and_journal(
        store: str, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if store == "glossary":
        path = tmp_path / "terms.sqlite"
        tamper(path, "create table meta (key text primary key, value text)",
               "insert into meta values ('app', 'pressdesk-glossary'), ('schema_version', '999')")
        argv = ["glossary", "list", "--glossary", str(path)]
    else:
        from desktop_app.services.memory import MEMORY_FILE

        path = data_dir / MEMORY_FILE
        tamper(path, "create table meta (key text primary key, value text)",
               "insert into meta values ('app', 'pressdesk-tm'), ('schema_version', '999')")
        argv = ["tm", "lookup", "--from", "en", "--to", "ru", "hello"]
    crash_mid_transaction(path, "update meta set value = '1' where key = 'schema_version'")
    before = digest(path, journal_of(path))
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "newer PressDesk" in err and len(err.strip().splitlines()) == 1, err
    assert digest(path, journal_of(path)) == before


@pytest.mark.parametrize("version", ["abc", None, "-5", "0", "3.5", "٣", b"\x00", "99999999999999999999"],
                         ids=["text", "null", "negative", "zero", "fraction", "arabic-indic-digit", "blob", "huge"])
@pytest.mark.parametrize("store", ["glossary", "memory"])
def test_a_glossary_or_memory_with_a_damaged_format_version_is_refused_untouched(
        store: str, version: object, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if store == "glossary":
        path = tmp_path / "terms.sqlite"
        assert main(["glossary", "list", "--glossary", str(path)]) == 0
        argv = ["glossary", "list", "--glossary", str(path)]
    else:
        from desktop_app.services.memory import MEMORY_FILE

        assert main(["tm", "lookup", "--from", "en", "--to", "ru", "hello"]) in (0, 1)
        path = data_dir / MEMORY_FILE
        argv = ["tm", "lookup", "--from", "en", "--to", "ru", "hello"]
    capsys.readouterr()
    conn = sqlite3.connect(path)
    conn.execute("update meta set value = ? where key = 'schema_version'", [version])
    conn.commit()
    conn.close()
    before = digest(path, journal_of(path))
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert digest(path, journal_of(path)) == before


CRASH_IN_WAL_MODE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma journal_mode = wal")
conn.execute("create table meta (key text primary key, value text)")
conn.execute("insert into meta values ('app', 'pressdesk'), ('schema_version', '77')")
os._exit(0)  # no checkpoint: the committed rows live only in the -wal file
"""


def test_a_future_project_in_wal_mode_keeps_its_wal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wal.pressdesk"
    subprocess.run([sys.executable, "-c", CRASH_IN_WAL_MODE, str(path)], check=True, timeout=120)
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    before = digest(path, wal)
    with pytest.raises(ProjectError, match="newer PressDesk"):
        ProjectStore.open(path)
    assert main(["show", str(path)]) == 2
    assert "newer PressDesk" in capsys.readouterr().err
    assert digest(path, wal) == before
