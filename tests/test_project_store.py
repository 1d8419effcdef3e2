"""The `.pressdesk` file: round trip, revisions, recovery, migrations and refusal of foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.domain.release import Cell, Release, Role, Segment, Status, edited_cell, imported_cell
from desktop_app.services.importing import sample_release
from desktop_app.storage import project_store
from desktop_app.storage.project_store import ProjectError, ProjectStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_every_cell(tmp_path: Path) -> None:
    release = sample_release()
    with ProjectStore.create(tmp_path / "r.pressdesk", release) as store:
        loaded = store.load()
    assert loaded.title == release.title and loaded.date == release.date
    assert [s.id for s in loaded.segments] == [s.id for s in release.segments]
    assert [s.cells for s in loaded.segments] == [s.cells for s in release.segments]
    assert [s.role for s in loaded.segments] == [s.role for s in release.segments]


def test_every_change_is_a_revision_and_deleted_segments_keep_history(tmp_path: Path) -> None:
    release = Release("t", "2023-07-20", [Segment(Role.BODY, {"zh": Cell(), "en": imported_cell("One"),
                                                              "ru": Cell()})])
    seg_id = release.segments[0].id
    with ProjectStore.create(tmp_path / "r.pressdesk", release) as store:
        for text in ("One.", "One!", "One?"):
            release.segments[0].cells["en"] = edited_cell(release.segments[0].cells["en"], text)
            assert store.save(release) == 1
        assert store.save(release) == 0, "saving an unchanged release writes no revision"
        history = store.history(seg_id, "en")
        assert [(r.old_text, r.new_text) for r in history] == [
            ("", "One"), ("One", "One."), ("One.", "One!"), ("One!", "One?")]
        release.segments.clear()
        store.save(release)
        assert store.load().segments == []
        assert len(store.history(seg_id, "en")) == 4


def test_reorder_and_role_changes_are_saved(tmp_path: Path) -> None:
    release = sample_release()
    with ProjectStore.create(tmp_path / "r.pressdesk", release) as store:
        release.segments.reverse()
        release.segments[0].role = Role.NOTE
        store.save(release)
        loaded = store.load()
    assert [s.id for s in loaded.segments] == [s.id for s in release.segments]
    assert loaded.segments[0].role is Role.NOTE


def test_recovery_snapshot_survives_reopen_and_is_cleared_by_save(tmp_path: Path) -> None:
    path = tmp_path / "r.pressdesk"
    release = sample_release()
    ProjectStore.create(path, release).close()
    unsaved = release.copy()
    unsaved.segments[0].cells["en"] = Cell("Unsaved headline", Status.DRAFT)
    with ProjectStore.open(path) as store:
        store.write_recovery(unsaved)
    with ProjectStore.open(path) as store:
        assert store.load().segments[0].text("en") == release.segments[0].text("en"), "saved text untouched"
        saved_at, recovered = store.read_recovery()
        assert saved_at and recovered.segments[0].text("en") == "Unsaved headline"
        store.save(recovered)
        assert store.read_recovery() is None


def test_set_cell_commits_one_edit(tmp_path: Path) -> None:
    release = sample_release()
    seg = release.segments[1]
    with ProjectStore.create(tmp_path / "r.pressdesk", release) as store:
        assert store.set_cell(seg.id, "ru", Cell("20 июля", Status.APPROVED))
        with pytest.raises(KeyError):
            store.set_cell("nope", "ru", Cell("x"))
    with ProjectStore.open(tmp_path / "r.pressdesk") as store:
        assert store.load().segment(seg.id).cells["ru"].status is Status.APPROVED


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a PressDesk project"),
        (b"PK\x03\x04 this is a zip, not a project", "not a PressDesk project"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "damaged"),
    ],
)
def test_refuses_non_sqlite_and_corrupt_files_without_touching_them(tmp_path: Path, content: bytes,
                                                                    message: str) -> None:
    path = tmp_path / "bad.pressdesk"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message):
        ProjectStore.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.pressdesk"]


def test_refuses_foreign_sqlite_database_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite_utils.Database(path)
    db["meta"].insert({"key": "app", "value": "somebody-else"}, pk="key")
    db.close()
    before = _digest(path)
    with pytest.raises(ProjectError, match="not a PressDesk project"):
        ProjectStore.open(path)
    assert _digest(path) == before


def test_refuses_project_from_newer_version_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update meta set value = ? where key = 'schema_version'", (str(project_store.SCHEMA_VERSION + 5),))
    conn.close()
    before = _digest(path)
    with pytest.raises(ProjectError, match="newer PressDesk"):
        ProjectStore.open(path)
    assert _digest(path) == before


def test_old_schema_is_migrated_on_open(tmp_path: Path) -> None:
    """A file written at schema 1 opens at the current schema with its content intact."""
    path = tmp_path / "old.pressdesk"
    db = sqlite_utils.Database(path)
    with db.atomic():
        project_store.MIGRATIONS[1](db)
        db["meta"].insert_all([{"key": "app", "value": "pressdesk"}, {"key": "schema_version", "value": "1"},
                               {"key": "title", "value": "Old"}, {"key": "date", "value": "2020-01-01"}])
        db["segments"].insert({"id": "s1", "position": 0, "role": "headline"})
        db["cells"].insert({"segment_id": "s1", "lang": "en", "text": "Old headline", "status": "draft",
                            "origin": "typed", "source_lang": None, "source_text": None, "engine": None,
                            "updated_at": "2020-01-01T00:00:00"})
    db.close()
    with ProjectStore.open(path) as store:
        assert store.meta()["schema_version"] == str(project_store.SCHEMA_VERSION)
        release = store.load()
    assert release.title == "Old" and release.segments[0].text("en") == "Old headline"
    assert release.segments[0].text("zh") == ""
