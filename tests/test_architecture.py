"""The layer contracts of pyproject.toml hold, and they would catch the violations they exist for.

Running import-linter from pytest means `pytest` alone enforces them, not only `make lint`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
LAYERS = "Layers: interfaces, use cases, adapters, domain"
CYCLES = "No import cycles between sibling modules"

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed in this venv")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")], cwd=root,
                          capture_output=True, text=True, timeout=120)


def test_import_contracts_hold() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def tree_copy(tmp_path: Path) -> Path:
    """A copy of the package and its contracts, to plant violations in."""
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(REPO / "desktop_app", tmp_path / "desktop_app", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


@pytest.mark.parametrize(
    ("module", "code", "contract"),
    [
        ("desktop_app/domain/planted.py", "import PySide6.QtCore\n", "Only the UI package imports Qt"),
        ("desktop_app/settings_planted.py", "from PySide6.QtCore import QSettings\n", "Only the UI package imports Qt"),
        ("desktop_app/cli/planted.py", "import shiboken6\n", "Only the UI package imports Qt"),
        ("desktop_app/storage/planted.py", "import desktop_app.ui\n", "The core does not reach into the UI"),
        ("desktop_app/ui/planted.py", "import argostranslate.translate\n",
         "Only the engine adapter imports argostranslate"),
        ("desktop_app/services/planted.py", "import ctranslate2\n", "Only the engine adapter imports argostranslate"),
        ("desktop_app/formats/planted.py", "import stanza\n", "Only the engine adapter imports argostranslate"),
        ("desktop_app/domain/planted.py", "import desktop_app.storage.project_store\n", LAYERS),
        ("desktop_app/formats/planted.py", "from desktop_app.services import qa\n", LAYERS),
        ("desktop_app/storage/planted.py", "import desktop_app.mt.packs\n", LAYERS),  # independent siblings
        ("desktop_app/services/planted.py", "import desktop_app.cli.common\n", LAYERS),
        ("desktop_app/ui/planted.py", "from desktop_app.cli import main\n", LAYERS),  # only cli starts the GUI
        ("desktop_app/domain/planted.py", "import sqlite3\n", "The domain is pure Python"),
        ("desktop_app/domain/planted.py", "from desktop_app.paths import data_dir\n", "The domain is pure Python"),
        # the three import circles that were broken up, planted back
        ("desktop_app/ui/undo_commands.py", "from desktop_app.ui.document import DocumentController\n", CYCLES),
        ("desktop_app/ui/find_replace.py", "from desktop_app.ui.main_window import MainWindow\n", CYCLES),
        ("desktop_app/ui/app.py", "from desktop_app.cli import main\n", LAYERS),
        ("desktop_app/ui/planted.py", "import sqlite3\n", "Only storage knows the stores are SQLite"),
        ("desktop_app/cli/planted.py", "import sqlite_utils\n", "Only storage knows the stores are SQLite"),
    ],
)
def test_contracts_catch_a_planted_violation(tree_copy: Path, module: str, code: str, contract: str) -> None:
    with (tree_copy / module).open("a") as fh:  # a new module, or an import added to an existing one
        fh.write(code)
    result = lint_imports(tree_copy)
    assert result.returncode != 0
    assert f"{contract} BROKEN" in result.stdout


def test_ui_may_import_qt(tree_copy: Path) -> None:
    (tree_copy / "desktop_app/ui/planted.py").write_text("from PySide6.QtWidgets import QWidget\n")
    result = lint_imports(tree_copy)
    assert result.returncode == 0, result.stdout + result.stderr
