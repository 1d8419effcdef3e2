"""The per-user cache of built glossary automata stays bounded: folders of glossaries that are gone, unused for
long or beyond the size budget are removed (least recently used first), never the folder of a glossary open in
this process, never anything PressDesk did not write there, and never anything a link points to."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_app import LANGS
from desktop_app.cli import main
from desktop_app.paths import cache_dir
from desktop_app.services import glossary_service
from desktop_app.services.glossary_service import GlossaryService
from desktop_app.storage.automaton_cache import FORMAT, GRACE_S, MAX_IDLE_S, automata_root, clear, prune
from desktop_app.storage.glossary_store import GlossaryStore, automaton_folder

REPO = Path(__file__).resolve().parent.parent
HOUR = 3600.0
DAY = 24 * HOUR
SAVED = sorted(f"{lang}.automaton" for lang in LANGS)


def cached_glossary(path: Path) -> Path:
    """Create the glossary at `path`, build and save its automata, close it; the folder they were saved in."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with GlossaryStore.open(path) as store:
        store.matcher().prepare(*LANGS)
    del store
    gc.collect()  # the closed store's matcher is no longer alive: its folder is no longer protected as open
    folder = automaton_folder(path)
    assert sorted(p.name for p in folder.iterdir()) == SAVED
    return folder


def age(folder: Path, seconds: float) -> None:
    """Make `folder` look last used `seconds` ago."""
    when = time.time() - seconds
    for item in [*folder.iterdir(), folder]:
        os.utime(item, (when, when), follow_symlinks=False)


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir())


def deleted_glossary(tmp_path: Path, name: str, seconds_ago: float = 2 * HOUR) -> Path:
    """The automata folder of a glossary whose project folder was deleted, last used `seconds_ago`."""
    glossary = tmp_path / name / "glossary.sqlite"
    folder = cached_glossary(glossary)
    shutil.rmtree(glossary.parent)
    age(folder, seconds_ago)
    return folder


def test_the_automata_of_a_deleted_glossary_are_removed_and_those_of_an_existing_one_kept(tmp_path: Path) -> None:
    gone = deleted_glossary(tmp_path, "deleted-project")
    kept = cached_glossary(tmp_path / "project" / "glossary.sqlite")
    age(kept, 30 * DAY)
    gone_size = size(gone)
    report = prune(cache_dir())
    assert not gone.exists()
    assert sorted(p.name for p in kept.iterdir()) == SAVED
    assert (report.removed, report.removed_bytes, report.kept, report.kept_bytes) == (1, gone_size, 1, size(kept))


def test_a_folder_used_within_the_last_hour_waits_even_if_its_glossary_is_gone(tmp_path: Path) -> None:
    """Another PressDesk may be working with it right now (a temporary glossary it is still using)."""
    recent = deleted_glossary(tmp_path, "temp-data", seconds_ago=GRACE_S / 2)
    assert prune(cache_dir()).removed == 0
    assert recent.exists()
    age(recent, GRACE_S + 60)
    assert prune(cache_dir()).removed == 1
    assert not recent.exists()


def test_automata_unused_beyond_the_age_limit_are_removed(tmp_path: Path) -> None:
    old = cached_glossary(tmp_path / "old.sqlite")
    age(old, MAX_IDLE_S + DAY)
    recent = cached_glossary(tmp_path / "recent.sqlite")
    age(recent, MAX_IDLE_S - DAY)
    assert prune(cache_dir()).removed == 1
    assert not old.exists() and recent.exists()


def test_loading_the_automata_marks_them_used(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    folder = cached_glossary(path)
    age(folder, MAX_IDLE_S + DAY)
    with GlossaryStore.open(path) as store:
        assert [h.text for h in store.matcher().find("The Communist Party of China met.", "en")] == [
            "Communist Party of China"]
    del store
    gc.collect()
    assert sorted(p.name for p in folder.iterdir()) == SAVED  # loaded, not rebuilt
    assert prune(cache_dir()).removed == 0
    assert folder.exists()


def test_over_the_budget_the_least_recently_used_go_first_and_the_open_glossary_stays(tmp_path: Path) -> None:
    open_path = tmp_path / "open.sqlite"
    folders = {name: cached_glossary(tmp_path / f"{name}.sqlite") for name in ("open", "older", "newer")}
    for name, days in (("open", 20), ("older", 10), ("newer", 5)):
        age(folders[name], days * DAY)
    with GlossaryStore.open(open_path) as store:
        matcher = store.matcher()  # open in this process, though the least recently used of all
        report = prune(cache_dir(), max_bytes=size(folders["open"]) + size(folders["newer"]))
        assert matcher.entries
    assert not folders["older"].exists()
    assert folders["open"].exists() and folders["newer"].exists()
    assert report.removed == 1
    assert report.kept_bytes == size(folders["open"]) + size(folders["newer"])


def test_clear_keeps_the_glossary_open_in_this_process(tmp_path: Path) -> None:
    other = cached_glossary(tmp_path / "other.sqlite")
    path = tmp_path / "g.sqlite"
    mine = cached_glossary(path)
    with GlossaryStore.open(path) as store:
        store.matcher()
        assert clear(cache_dir()).removed == 1
    assert not other.exists() and mine.exists()


def test_automata_removed_by_another_pressdesk_meanwhile_are_rebuilt_and_saved_again(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    folder = cached_glossary(path)
    with GlossaryStore.open(path) as store:
        matcher = store.matcher()  # nothing loaded yet: the automata are read on first use
        done = subprocess.run([sys.executable, "-m", "desktop_app", "cache", "--clear"], cwd=REPO,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "removed 1 glossary folders" in done.stdout
        assert not folder.exists()
        assert [h.text for h in matcher.find("The Communist Party of China met.", "en")] == [
            "Communist Party of China"]
    assert (folder / "en.automaton").is_file()


def test_the_first_glossary_ready_in_a_process_prunes_on_a_thread_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glossary_service, "_prune_thread", None)
    gone = deleted_glossary(tmp_path, "deleted-project")
    path = tmp_path / "g.sqlite"
    own = cached_glossary(path)
    age(own, MAX_IDLE_S + DAY)  # stale by age, but it is the glossary being opened
    service = GlossaryService(path)
    try:
        snapshot = service.snapshot()
        thread = glossary_service._prune_thread
        assert thread is not None and thread is not threading.current_thread()
        thread.join()
        assert not gone.exists()
        assert sorted(p.name for p in own.iterdir()) == SAVED
        assert snapshot.matcher is not None and snapshot.matcher.find("CCP", "en")
        service.changed()
        service.snapshot()
        assert glossary_service._prune_thread is thread  # once per process
    finally:
        service.close()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links by any user are POSIX")
def test_links_in_the_cache_are_never_followed(tmp_path: Path) -> None:
    folder = deleted_glossary(tmp_path, "deleted-project")
    outside = tmp_path / "outside"
    shutil.copytree(folder, outside / "automata")
    precious = outside / "precious.txt"
    precious.write_text("keep me")
    linked_folder = automata_root(cache_dir()) / ("f" * 32)  # named like a glossary's folder
    linked_folder.symlink_to(outside / "automata", target_is_directory=True)
    (folder / "xx.automaton").symlink_to(precious)  # named like a saved file, in a folder of a gone glossary
    age(outside / "automata", 30 * DAY)
    age(folder, 30 * DAY)
    for tidy in (prune, clear):
        assert tidy(cache_dir()).removed == 0
        assert precious.read_text() == "keep me"
        assert sorted(p.name for p in (outside / "automata").iterdir()) == SAVED
        assert linked_folder.is_symlink() and (folder / "xx.automaton").is_symlink()
        assert sorted(p.name for p in folder.iterdir()) == sorted([*SAVED, "xx.automaton"])


@pytest.mark.skipif(os.name != "posix", reason="symbolic links by any user are POSIX")
def test_an_automata_folder_that_is_a_link_is_left_alone(tmp_path: Path) -> None:
    folder = deleted_glossary(tmp_path, "deleted-project")
    elsewhere = tmp_path / "elsewhere"
    automata_root(cache_dir()).rename(elsewhere)
    automata_root(cache_dir()).symlink_to(elsewhere, target_is_directory=True)
    for tidy in (prune, clear):
        assert tidy(cache_dir()).removed == 0
        assert sorted(p.name for p in (elsewhere / folder.name).iterdir()) == SAVED


def test_things_of_another_shape_in_the_cache_are_left_alone(tmp_path: Path) -> None:
    root = automata_root(cache_dir())
    mixed = deleted_glossary(tmp_path, "mixed")
    (mixed / "notes.txt").write_text("mine")
    nested = deleted_glossary(tmp_path, "nested")
    (nested / "sub").mkdir()
    plain_file = root / ("a" * 32)
    plain_file.write_text("a file named like a folder")
    other_name = root / "my-backups"
    shutil.copytree(mixed, other_name)
    for item in (mixed, nested, other_name):
        age(item, 90 * DAY)
    ordinary = deleted_glossary(tmp_path, "ordinary")
    assert prune(cache_dir(), max_bytes=0).removed == 1
    assert not ordinary.exists()
    assert (mixed / "notes.txt").read_text() == "mine" and sorted(p.name for p in mixed.iterdir()) == sorted(
        [*SAVED, "notes.txt"])
    assert sorted(p.name for p in nested.iterdir()) == sorted([*SAVED, "sub"])
    assert plain_file.read_text() == "a file named like a folder"
    assert sorted(p.name for p in other_name.iterdir()) == sorted([*SAVED, "notes.txt"])


@pytest.mark.parametrize("header", [b"", b"not json", b"[" * 8000, b"\xff\xfe{",
                                    json.dumps({"format": FORMAT, "glossary": 5}).encode(),
                                    json.dumps({"format": FORMAT, "glossary": "relative.sqlite"}).encode()])
def test_a_folder_of_an_existing_glossary_whose_headers_are_all_damaged_is_removed(tmp_path: Path,
                                                                                   header: bytes) -> None:
    """Nothing in it can be used (each file would be rebuilt), and nothing tells whose it is."""
    damaged = cached_glossary(tmp_path / "g.sqlite")
    for file in damaged.iterdir():
        data = file.read_bytes()
        file.write_bytes(header + data[data.index(b"\n"):])
    intact = cached_glossary(tmp_path / "other.sqlite")
    age(damaged, 2 * HOUR)
    age(intact, 2 * HOUR)
    assert prune(cache_dir()).removed == 1
    assert not damaged.exists() and intact.exists()


def test_one_damaged_header_does_not_cost_an_existing_glossary_its_folder(tmp_path: Path) -> None:
    folder = cached_glossary(tmp_path / "g.sqlite")
    (folder / SAVED[0]).write_bytes(b"garbage\n")
    age(folder, 2 * HOUR)
    assert prune(cache_dir()).removed == 0
    assert sorted(p.name for p in folder.iterdir()) == SAVED


def test_a_header_naming_another_glossary_is_not_trusted(tmp_path: Path) -> None:
    """Files copied from an existing glossary's folder into a gone glossary's: the headers name a glossary that
    exists, but not the one the folder belongs to, so they do not keep it."""
    existing = cached_glossary(tmp_path / "existing.sqlite")
    gone = deleted_glossary(tmp_path, "deleted-project")
    for file in existing.iterdir():
        shutil.copy2(file, gone / file.name)
    age(gone, 2 * HOUR)
    age(existing, 2 * HOUR)
    assert prune(cache_dir()).removed == 1
    assert not gone.exists() and existing.exists()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cache_command_shows_prunes_and_clears(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gone = deleted_glossary(tmp_path, "deleted-project")
    kept = cached_glossary(tmp_path / "g.sqlite")
    age(kept, 2 * HOUR)
    code, out, _ = run(capsys, "cache", "--json")
    shown = json.loads(out)
    assert code == 0
    assert (shown["folders"], shown["bytes"], shown["orphaned"], shown["orphaned_bytes"]) == (
        2, size(gone) + size(kept), 1, size(gone))
    assert run(capsys, "cache")[1].startswith("glossary automata: 2 glossary folders")
    code, out, _ = run(capsys, "cache", "--prune")
    assert code == 0 and out.startswith("removed 1 glossary folders")
    assert not gone.exists() and kept.exists()
    code, out, _ = run(capsys, "cache", "--clear", "--json")
    assert code == 0 and json.loads(out)["removed"] == 1
    assert not kept.exists()
    assert json.loads(run(capsys, "cache", "--json")[1])["folders"] == 0


def test_the_cache_command_refuses_prune_and_clear_together(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cache", "--prune", "--clear")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "not allowed with" in err
