"""First-run guide, Help menu (user guide, shortcuts from the real actions, About with versions and packs)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import ui_support
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop_app.logging_setup import log_path
from desktop_app.mt.packs import packs_dir
from desktop_app.settings import Settings
from desktop_app.ui.help_dialogs import MENU_PATH_SEPARATOR, AboutDialog, ShortcutsDialog, UserGuideDialog
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
REPO = Path(__file__).resolve().parent.parent


FIRST_START = textwrap.dedent("""
    import json, sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.app import run_gui
    from desktop_app.ui.first_run import FirstRunGuide
    from desktop_app.ui.main_window import MainWindow

    app = QApplication([])
    hooks_before = (sys.excepthook, threading.excepthook)
    seen = {}

    def inspect_and_quit():
        guides = [w for w in app.topLevelWidgets() if isinstance(w, FirstRunGuide) and w.isVisible()]
        main = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        seen.update(guides=len(guides), text=guides[0].text.text() if guides else "",
                    rows=len(main.document.release.segments), hooked=sys.excepthook.__qualname__)
        for guide in guides:
            guide.accept()
        main.close()
        app.quit()

    QTimer.singleShot(300, inspect_and_quit)
    seen["code"] = run_gui(data_dir=sys.argv[1])
    seen["restored"] = (sys.excepthook, threading.excepthook) == hooks_before
    print(json.dumps(seen))
""")


def first_start(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", FIRST_START, str(data_dir)], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=180, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_first_start_shows_the_guide_over_the_sample_once(tmp_path: Path) -> None:
    """run_gui on an empty data folder: sample release, guide, log file, error hook; the second start: no guide."""
    data_dir = tmp_path / "data"
    seen = first_start(data_dir)
    assert seen["code"] == 0 and seen["guides"] == 1 and seen["rows"] > 0
    text = seen["text"]
    assert "Chinese" in text and "English" in text and "Russian" in text
    assert "Glossary" in text and "language packs" in text and "None are needed" in text
    assert seen["hooked"] == "ErrorReporter.excepthook"
    assert seen["restored"], "the hooks are removed when the app ends"
    assert Settings.load(data_dir).first_run_done
    assert "PressDesk" in log_path(data_dir).read_text(encoding="utf-8")
    assert first_start(data_dir)["guides"] == 0


def test_guide_dismissed_from_help_is_remembered(qtbot, window: MainWindow, data_dir: Path) -> None:
    window.context.settings.first_run_done = False
    guide = window.help.show_getting_started()
    qtbot.waitExposed(guide)
    guide.reject()
    assert Settings.load(data_dir).first_run_done


def test_help_menu_has_its_entries_before_about_qt(window: MainWindow) -> None:
    actions = [a for a in window.help_menu.actions() if not a.isSeparator()]
    help_actions = window.help
    assert actions[:3] == [help_actions.user_guide_action, help_actions.shortcuts_action,
                           help_actions.getting_started_action]
    assert actions[-1] is window.about_qt_action
    assert help_actions.about_action in actions
    assert help_actions.user_guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_user_guide_opens_and_covers_the_workflow(qtbot, window: MainWindow) -> None:
    dialog = window.help.show_user_guide()
    assert isinstance(dialog, UserGuideDialog)
    text = dialog.browser.toPlainText()
    for topic in ("Importing", "glossary", "language packs", "autosaved", "read-only"):
        assert topic in text
    dialog.close()


def test_shortcuts_list_is_built_from_the_windows_actions(qtbot, window: MainWindow) -> None:
    dialog = window.help.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    listed = dict(dialog.rows)
    with_keys = {a for a in window.findChildren(QAction) if a.shortcuts() and a.text()}
    assert len(dialog.rows) == len(with_keys) == dialog.table.rowCount()
    save = window.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert listed[f"File{MENU_PATH_SEPARATOR}Save"] == save
    assert any(path.endswith(f"Segment{MENU_PATH_SEPARATOR}Split at Cursor") for path in listed)
    assert listed[f"Help{MENU_PATH_SEPARATOR}User Guide"]

    dialog.filter.setText("split")
    shown = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert shown and all("split" in s.lower() for s in shown)
    dialog.close()


def test_about_shows_versions_and_installed_packs(qtbot, window: MainWindow, data_dir: Path) -> None:
    pack = packs_dir(data_dir) / "translate-en_ru-1_9"
    pack.mkdir(parents=True)
    (pack / "metadata.json").write_text(json.dumps({
        "package_version": "1.9", "argos_version": "1.0", "from_code": "en", "from_name": "English",
        "to_code": "ru", "to_name": "Russian", "type": "translate"}), encoding="utf-8")
    dialog = window.help.show_about()
    assert isinstance(dialog, AboutDialog)
    rows = dict(dialog.rows())
    assert rows["PressDesk"] and rows["Qt"] == qVersion()
    assert rows["argostranslate"] == importlib.metadata.version("argostranslate")
    assert rows["Language pack English → Russian"].startswith("1.9")
    assert rows["Log file"] == str(log_path(data_dir))
    dialog.copy_to_clipboard()
    assert "Language pack English → Russian: 1.9" in QApplication.clipboard().text()
    dialog.close()


def test_about_does_not_import_argostranslate(tmp_path: Path) -> None:
    """Reading versions must not pay argostranslate's import (seconds, hundreds of MB)."""
    child = textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from desktop_app.ui.help_dialogs import AboutDialog
        app = QApplication([])
        rows = dict(AboutDialog(Path(sys.argv[1])).rows())
        heavy = [m for m in ("argostranslate", "ctranslate2", "stanza", "torch") if m in sys.modules]
        print(rows["argostranslate"], heavy)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", child, str(tmp_path)], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    assert out.stdout.split() == [importlib.metadata.version("argostranslate"), "[]"]
