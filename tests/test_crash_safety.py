"""A writer killed with SIGKILL in the middle of a stream of edits loses nothing it had committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.domain.release import Cell, Status
    from desktop_app.storage.project_store import ProjectStore

    store = ProjectStore.open(sys.argv[1])
    segments = store.load().segments
    i = 0
    while True:
        seg = segments[i % len(segments)]
        store.set_cell(seg.id, "en", Cell(f"edit {i}", Status.DRAFT))
        print(i, seg.id, flush=True)  # printed only after the commit returned
        i += 1
    """
)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
def test_sigkill_during_edits_keeps_every_committed_edit_and_history(tmp_path: Path) -> None:
    path = tmp_path / "r.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    committed: dict[str, int] = {}
    count = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        i, seg_id = line.split()
        committed[seg_id] = int(i)
        count += 1
        if count == 120:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with ProjectStore.open(path) as store:
        release = store.load()
        assert len(release.segments) == 8
        for seg_id, last in committed.items():
            text = release.segment(seg_id).text("en")
            # The writer may have committed one more edit after its last line was read: never fewer.
            assert int(text.split()[1]) >= last
            history = store.history(seg_id, "en")
            assert [r.new_text for r in history if r.new_text.startswith("edit")][-1] == text
            numbers = [int(r.new_text.split()[1]) for r in history if r.new_text.startswith("edit")]
            assert numbers == sorted(numbers) and len(numbers) >= count // 8
