"""Render docs/screenshot.png (shown in the README): the sample release part-way through review.

Builds a project from the sample with the statuses a press office would have mid-way (Chinese approved, English
partly reviewed, a machine-translated Russian paragraph gone stale, one Russian cell still empty) and renders it
with `pressdesk --screenshot`, in a throw-away data folder.

    .venv/bin/python scripts/render_screenshot.py [OUT.png]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from desktop_app.domain.release import Cell, Origin, Provenance, Status
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent


def review_in_progress() -> object:
    release = sample_release()
    segs = release.segments
    for seg in segs:
        seg.cells["zh"] = replace(seg.cells["zh"], status=Status.APPROVED)
    for seg in segs[:4]:
        seg.cells["en"] = replace(seg.cells["en"], status=Status.APPROVED)
    segs[4].cells["en"] = replace(segs[4].cells["en"], status=Status.REVIEWED)
    segs[0].cells["ru"] = replace(segs[0].cells["ru"], status=Status.APPROVED)
    segs[1].cells["ru"] = replace(segs[1].cells["ru"], status=Status.REVIEWED)
    # A machine translation made from an earlier English text: the English changed since, so it is stale.
    earlier_en = segs[5].cells["en"].text.replace("this year", "in 2023")
    segs[5].cells["ru"] = Cell(segs[5].cells["ru"].text, Status.MACHINE,
                               Provenance(Origin.MACHINE, "en", earlier_en, "argos"))
    segs[6].cells["ru"] = Cell()
    return release


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else REPO / "docs" / "screenshot.png"
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "Jinhua roundtable.pressdesk"
        ProjectStore.create(project, review_in_progress()).close()  # type: ignore[arg-type]
        env = {**os.environ, "PRESSDESK_DATA_DIR": str(Path(tmp) / "data"), "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(out), str(project)], env=env,
                       check=True)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
