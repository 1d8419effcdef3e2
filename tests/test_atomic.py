"""Atomic writes: the target is replaced whole or not at all, and keeps ordinary permissions."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from desktop_app.atomic import atomic_create, atomic_path, atomic_write_text


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions")
def test_new_files_follow_the_umask_and_replacements_keep_their_mode(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        target = tmp_path / "new.docx"
        atomic_write_text(target, "x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)
        atomic_write_text(target, "y")
        assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text() == "y"
    finally:
        os.umask(old_umask)


def test_a_created_file_appears_whole_and_a_failed_build_publishes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "glossary.sqlite"
    with pytest.raises(RuntimeError), atomic_create(target) as tmp:
        tmp.write_text("half")
        assert not target.exists()  # nothing under the name while the file is being built
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []
    with atomic_create(target) as tmp:
        tmp.write_text("first")
    assert target.read_text() == "first" and [p.name for p in tmp_path.iterdir()] == ["glossary.sqlite"]


def test_the_first_published_file_stands_and_an_empty_leftover_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "glossary.sqlite"
    with atomic_create(target) as tmp:
        tmp.write_text("ours")
        target.write_text("published by another process meanwhile")
    assert target.read_text() == "published by another process meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["glossary.sqlite"]

    target.write_bytes(b"")  # what a crash between creating the file and writing it leaves
    with atomic_create(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"


def test_without_hard_links_a_created_file_is_still_published_once(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what FAT or some network shares answer

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "memory.sqlite"
    with atomic_create(target) as tmp:
        tmp.write_text("first")
    with atomic_create(target) as tmp:
        tmp.write_text("second")
    assert target.read_text() == "first" and [p.name for p in tmp_path.iterdir()] == ["memory.sqlite"]
