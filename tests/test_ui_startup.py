"""Start-up through the real entry points: the first run shows the sample release saved as a project, nothing
heavy is imported, and `pressdesk --screenshot` renders the window offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QImage

HEAVY = ("argostranslate", "torch", "stanza", "ctranslate2", "lxml", "docx", "numpy")  # lxml: 3 MB of libraries
# argostranslate's settings module (standard library only) is imported at start-up on purpose, before any thread.
STARTUP_SETTINGS = ("argostranslate", "argostranslate.settings")

CHILD = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.app import run_gui
    from desktop_app.ui.main_window import MainWindow

    app = QApplication([])
    report = {}

    def inspect():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or not windows[0].panels_ready:  # the panels are installed after the first paint
            QTimer.singleShot(20, inspect)
            return
        win = windows[0]
        report["panels"] = win.glossary_dock.widget().objectName()
        report["rows"] = win.grid.release_model.rowCount()
        report["path"] = str(win.document.path)
        report["title"] = win.windowTitle()
        report["heavy"] = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY_MODULES
                                 and m not in STARTUP_SETTINGS)
        win.close()

    QTimer.singleShot(0, inspect)
    code = run_gui(None, sys.argv[1], None, None)
    print(json.dumps(report))
    sys.exit(code)
""").replace("HEAVY_MODULES", repr(HEAVY)).replace("STARTUP_SETTINGS", repr(STARTUP_SETTINGS))


def run_child(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_first_run_shows_the_sample_saved_as_a_project_and_nothing_heavy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = run_child(data)
    assert report["heavy"] == []
    assert report["rows"] == 8
    assert Path(report["path"]) == data / "sample-release.pressdesk"
    assert report["title"].startswith("sample-release")
    assert json.loads((data / "settings.json").read_text(encoding="utf-8"))["first_run_done"] is True
    assert json.loads((data / "settings.json").read_text(encoding="utf-8"))["recent_files"] == [report["path"]]
    # The next start opens the last project again.
    assert run_child(data)["path"] == report["path"]


def test_screenshot_renders_the_window_offscreen(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)  # --screenshot must choose the offscreen platform itself
    subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(out)], env=env, check=True,
                   timeout=120, capture_output=True)
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600
