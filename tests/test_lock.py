"""One writer per project: a second process or window is refused; a killed holder's lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_lock import (
    UNREADABLE_GRACE_SECONDS,
    LockHolder,
    ProjectLock,
    ProjectLockedError,
    lock_path,
    read_holder,
)
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent

HOLDER_SCRIPT = """
import sys, time
from desktop_app.storage.project_lock import ProjectLock
lock = ProjectLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "release.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    return path


def start_holder(project: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER_SCRIPT, str(project)], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_process_is_refused_and_a_killed_holders_lock_is_taken_over(project: Path) -> None:
    holder = start_holder(project)
    try:
        with pytest.raises(ProjectLockedError) as refused:
            ProjectLock(project).acquire()
        assert refused.value.holder is not None and refused.value.holder.pid == holder.pid
        assert "another PressDesk" in str(refused.value) and "read-only" in str(refused.value)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(project).exists(), "SIGKILL leaves the lock file behind"
    with ProjectLock(project) as lock:
        assert read_holder(lock.path).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock_path(project).exists()


def test_killed_holder_that_is_not_yet_reaped_is_dead(project: Path) -> None:
    """A zombie (killed, parent has not waited yet) holds nothing."""
    holder = start_holder(project)
    holder.send_signal(signal.SIGKILL)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{holder.pid}").exists() and time.monotonic() < deadline:
        state = Path(f"/proc/{holder.pid}/stat").read_text().rpartition(")")[2].split()[0]
        if state == "Z":
            break
        time.sleep(0.01)
    try:
        with ProjectLock(project):
            pass
    finally:
        holder.wait()


def test_second_window_of_the_same_process_is_refused(project: Path) -> None:
    with ProjectLock(project), pytest.raises(ProjectLockedError, match="another PressDesk window"):
        ProjectLock(project).acquire()
    with ProjectLock(project):  # released on exit, so it can be taken again
        pass


def test_lock_from_another_computer_is_respected(project: Path) -> None:
    other = LockHolder(pid=1, host="press-office-laptop", user="anna", time="2024-05-01T09:30:00+00:00", token="x")
    lock_path(project).write_text(json.dumps(asdict(other)))
    with pytest.raises(ProjectLockedError, match="another computer") as refused:
        ProjectLock(project).acquire()
    assert "anna on press-office-laptop" in str(refused.value)
    assert read_holder(lock_path(project)) == other, "a refused attempt leaves the holder's lock alone"


def test_lock_with_a_reused_pid_is_stale(project: Path) -> None:
    """A lock naming this very process, which does not hold it, was left by an earlier process with this pid."""
    me = LockHolder.of_this_process()
    lock_path(project).write_text(json.dumps(asdict(me)))
    with ProjectLock(project) as lock:
        assert lock.holder is not None and lock.holder.token != me.token


def test_lock_of_a_live_process_started_later_than_recorded_is_stale(project: Path) -> None:
    """The pid is alive, but it is a different process than the one that wrote the lock."""
    holder = start_holder(project)
    try:
        recorded = json.loads(lock_path(project).read_text())
        recorded["started"] = "1"
        lock_path(project).write_text(json.dumps(recorded))
        with ProjectLock(project):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_unreadable_lock_file_waits_then_is_taken_over(project: Path) -> None:
    path = lock_path(project)
    path.write_bytes(b"")
    with pytest.raises(ProjectLockedError, match="at this moment"):
        ProjectLock(project).acquire()
    old = time.time() - UNREADABLE_GRACE_SECONDS - 5
    os.utime(path, (old, old))
    with ProjectLock(project):
        assert read_holder(path) is not None


def test_release_does_not_remove_someone_elses_lock(project: Path) -> None:
    lock = ProjectLock(project)
    lock.acquire()
    foreign = {**json.loads(lock.path.read_text()), "token": "someone-else"}
    lock.path.write_text(json.dumps(foreign))
    lock.release()
    assert read_holder(lock.path).token == "someone-else"  # type: ignore[union-attr]


def test_cli_import_into_a_locked_project_is_refused_and_changes_nothing(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "ru.txt"
    text.write_text("Заголовок\n\nТекст.", encoding="utf-8")
    before = project.read_bytes()
    holder = start_holder(project)
    try:
        assert cli_main(["import", str(project), "--lang", "ru", str(text)]) == 2
        assert "already open" in capsys.readouterr().err
        assert project.read_bytes() == before
        assert cli_main(["new", str(project), "--sample", "--force"]) == 2
        assert project.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert cli_main(["import", str(project), "--lang", "ru", str(text)]) == 0
    assert not lock_path(project).exists()
