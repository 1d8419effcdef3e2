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


def test_note_of_a_live_process_that_started_later_than_recorded_is_stale(project: Path) -> None:
    """The pid is alive, but it is another process than the one that wrote the note (and it holds no lock)."""
    reused = LockHolder(pid=os.getppid(), host=LockHolder.of_this_process().host, started="1", token="old")
    lock_path(project).write_text(json.dumps(asdict(reused)))
    with ProjectLock(project) as lock:
        assert read_holder(lock.path).token == lock.holder.token  # type: ignore[union-attr]


def test_a_live_holder_keeps_its_lock_whatever_its_note_says(project: Path) -> None:
    """The OS lock decides: rewriting or deleting the note does not hand the project to a second writer."""
    holder = start_holder(project)
    try:
        recorded = json.loads(lock_path(project).read_text())
        lock_path(project).write_text(json.dumps({**recorded, "started": "1", "pid": 2**22 + 7}))
        with pytest.raises(ProjectLockedError):
            ProjectLock(project).acquire()
        lock_path(project).write_bytes(b"")
        with pytest.raises(ProjectLockedError):
            ProjectLock(project).acquire()
    finally:
        holder.kill()
        holder.wait()
    old = time.time() - UNREADABLE_GRACE_SECONDS - 5
    os.utime(lock_path(project), (old, old))  # the unreadable note left behind is junk once it is old
    with ProjectLock(project):
        pass


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


# -- other names for the same project: symbolic links, hard links, a planted lock file ------------------------


def _import_through(name: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    text = tmp_path / "en.txt"
    text.write_text("Headline\n\nBody.", encoding="utf-8")
    assert cli_main(["import", str(name), "--lang", "en", str(text)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("kind", ["file-symlink", "relative-symlink", "folder-symlink", "symlink-chain"])
def test_a_symlink_to_a_locked_project_is_refused(kind: str, project: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    if kind == "file-symlink":
        alias = tmp_path / "link.pressdesk"
        alias.symlink_to(project)
    elif kind == "relative-symlink":
        (tmp_path / "sub").mkdir()
        alias = tmp_path / "sub" / "link.pressdesk"
        alias.symlink_to(Path("..") / project.name)
    elif kind == "folder-symlink":
        (tmp_path / "mirror").symlink_to(tmp_path, target_is_directory=True)
        alias = tmp_path / "mirror" / project.name
    else:
        (tmp_path / "one.pressdesk").symlink_to(project)
        alias = tmp_path / "two.pressdesk"
        alias.symlink_to(tmp_path / "one.pressdesk")
    before = project.read_bytes()
    holder = start_holder(project)
    try:
        with pytest.raises(ProjectLockedError) as refused:
            ProjectLock(alias).acquire()
        assert refused.value.holder is not None and refused.value.holder.pid == holder.pid
        assert "already open" in _import_through(alias, tmp_path, capsys)
        assert project.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    with ProjectLock(alias) as lock:  # and the other way round: holding it through the link locks the project
        assert lock.path == lock_path(project)
        with pytest.raises(ProjectLockedError):
            ProjectLock(project).acquire()


def test_a_hard_link_to_a_locked_project_is_refused(project: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    holder = start_holder(project)
    alias = tmp_path / "other-name.pressdesk"
    try:
        os.link(project, alias)
        before = project.read_bytes()
        with pytest.raises(ProjectLockedError, match="hard links"):
            ProjectLock(alias).acquire()
        assert "hard links" in _import_through(alias, tmp_path, capsys)
        assert project.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    with pytest.raises(ProjectLockedError, match="hard links"):  # neither name can be written while both exist
        ProjectLock(project).acquire()
    alias.unlink()
    with ProjectLock(project):
        pass


def test_a_lock_file_planted_as_a_symlink_is_never_written_through(project: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    lock_path(project).symlink_to(victim)
    before = project.read_bytes()
    with pytest.raises(OSError):
        ProjectLock(project).acquire()
    assert "cannot lock" in _import_through(project, tmp_path, capsys)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert project.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_lock_file_planted_as_a_named_pipe_is_refused_without_waiting(project: Path, tmp_path: Path) -> None:
    os.mkfifo(lock_path(project))  # reading it would wait for ever for a writer
    text = tmp_path / "en.txt"
    text.write_text("Headline\n\nBody.", encoding="utf-8")
    before = project.read_bytes()
    result = subprocess.run([sys.executable, "-m", "desktop_app", "import", "--lang", "en", str(project), str(text)],
                            cwd=REPO, capture_output=True, text=True, timeout=120)  # a hang fails, not blocks
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot lock" in result.stderr and "not a regular file" in result.stderr
    assert read_holder(lock_path(project)) is None
    assert project.read_bytes() == before


CONTENDER_SCRIPT = """
import sys
from desktop_app.storage.project_lock import ProjectLock, ProjectLockedError
lock = ProjectLock(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
try:
    lock.acquire()
    print("won", flush=True)
except ProjectLockedError:
    print("refused", flush=True)
sys.stdin.read()
lock.release()
"""


@pytest.mark.parametrize("left_behind", ["stale-note", "unreadable-old-note", "no-note"])
def test_of_many_processes_racing_for_a_project_exactly_one_wins(left_behind: str, project: Path) -> None:
    """Also when they all find a stale note to take over at the same moment (the old rename-and-link window)."""
    for _round in range(3):
        if left_behind == "stale-note":
            dead = LockHolder(pid=2**22 + 99, host=LockHolder.of_this_process().host, token="dead")
            lock_path(project).write_text(json.dumps(asdict(dead)))
        elif left_behind == "unreadable-old-note":
            lock_path(project).write_bytes(b"{")
            old = time.time() - UNREADABLE_GRACE_SECONDS - 5
            os.utime(lock_path(project), (old, old))
        contenders = [subprocess.Popen([sys.executable, "-c", CONTENDER_SCRIPT, str(project)], cwd=REPO,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(6)]
        try:
            for proc in contenders:
                assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            for proc in contenders:
                assert proc.stdin is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
            outcomes = [proc.stdout.readline().strip() for proc in contenders]  # type: ignore[union-attr]
            assert sorted(outcomes) == ["refused"] * 5 + ["won"], outcomes
            winner = contenders[outcomes.index("won")]
            assert read_holder(lock_path(project)).pid == winner.pid  # type: ignore[union-attr]
        finally:
            for proc in contenders:
                proc.stdin.close()  # type: ignore[union-attr]
                proc.wait(timeout=60)
        assert not lock_path(project).exists(), "the winner removes its lock file on exit"
