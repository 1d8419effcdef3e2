"""Whatever SQLite reports, a store raises its own StorageError naming the file, so the GUI and the CLI handle one
kind of error (and `ui/` never names sqlite3: an import contract keeps it so)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.services.importing import sample_release
from desktop_app.storage.errors import StorageError
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore
from desktop_app.storage.project_store import ProjectError, ProjectStore
from desktop_app.storage.tm_store import TmStore, TmStoreError


def drop_table(path: Path, table: str) -> None:
    """Another program damages the file while the store has it open."""
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


def test_a_project_that_cannot_be_written_raises_project_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "release.pressdesk"
    store = ProjectStore.create(path, sample_release())
    release = store.load()
    release.title = "changed"
    store.db.execute("PRAGMA query_only = ON")  # as a read-only file or folder would (root ignores permissions)
    refused = r"^release\.pressdesk: cannot save: the file is read-only .*nothing was changed$"
    with pytest.raises(ProjectError, match=refused) as caught:
        store.save(release)
    assert isinstance(caught.value, StorageError) and isinstance(caught.value.__cause__, sqlite3.OperationalError)
    store.close()
    with ProjectStore.open(path) as again:
        assert again.load().title == sample_release().title  # nothing was half-written
        again.db.execute("PRAGMA query_only = ON")
        with pytest.raises(ProjectError, match=r"cannot save: the file is read-only"):
            again.ignore_finding("number:1:en")


def test_a_store_method_calling_another_sees_sqlite_errors_itself(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the outermost call translates: a disk error while creating a project is reported as the creation of
    that file (the store's own wording), not as the save of a temporary file it does inside."""

    def failing(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite_utils.db.Table, "upsert_all", failing)  # what save() writes the release with
    with pytest.raises(ProjectError, match=r"^release\.pressdesk: cannot create the project: the disk refused"):
        ProjectStore.create(tmp_path / "release.pressdesk", sample_release())
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_glossary_raises_glossary_error(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite"
    store = GlossaryStore.open(path)
    drop_table(path, "tenures")
    with pytest.raises(GlossaryError, match=r"^glossary\.sqlite: no such table: tenures"):
        store.tenures()
    store.close()


def test_a_damaged_memory_raises_tm_store_error(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite"
    store = TmStore.open(path)
    table = next(name for (name,) in store.db.execute("select name from sqlite_master where type='table'")
                 if name.startswith("unit"))
    drop_table(path, table)
    with pytest.raises(TmStoreError, match=r"^memory\.sqlite: no such table"):
        store.count()
    store.close()
