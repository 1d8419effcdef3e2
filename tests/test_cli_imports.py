"""Each command imports only what it needs: a real `pressdesk` process lists its modules when it exits.

numpy (pulled in by sqlite-utils when installed), python-docx/lxml, cn2an, Qt and the MT engine cost a tenth of
a second or more each; `show` needs none of them, `qa` no documents or Qt, `export` no numbers or Qt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent
HEAVY = {"numpy", "pandas", "docx", "lxml", "cn2an", "PySide6", "argostranslate", "ctranslate2", "torch",
         "stanza", "ahocorasick", "pymorphy3", "rapidfuzz"}
CHILD = """
import atexit, json, sys
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(sorted({m.split(".")[0] for m in sys.modules}))))
from desktop_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "release.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    return path


def heavy_modules(tmp_path: Path, *args: str) -> set[str]:
    listing = tmp_path / "modules.json"
    done = subprocess.run([sys.executable, "-c", CHILD, str(listing), *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    return set(json.loads(listing.read_text())) & HEAVY


def test_show_imports_nothing_heavy(project: Path, tmp_path: Path) -> None:
    assert heavy_modules(tmp_path, "show", str(project)) == set()
    assert heavy_modules(tmp_path, "show", str(project), "--json") == set()


def test_qa_imports_the_checks_but_no_documents_qt_numpy_or_cn2an(project: Path, tmp_path: Path) -> None:
    loaded = heavy_modules(tmp_path, "qa", str(project))
    assert "ahocorasick" in loaded  # the glossary matcher: the checks did run
    # the release's Chinese numerals (十, 两, 2023 …) are common forms, read without cn2an
    assert loaded.isdisjoint({"numpy", "pandas", "docx", "lxml", "cn2an", "PySide6", "argostranslate", "torch"})


def test_export_imports_the_writer_but_no_checks_qt_or_numpy(project: Path, tmp_path: Path) -> None:
    loaded = heavy_modules(tmp_path, "export", str(project), "--lang", "en", "-o", str(tmp_path / "en.docx"))
    assert "docx" in loaded  # the document was written
    assert loaded.isdisjoint({"numpy", "pandas", "cn2an", "ahocorasick", "pymorphy3", "PySide6", "argostranslate"})


def test_cache_imports_nothing_heavy(tmp_path: Path) -> None:
    assert heavy_modules(tmp_path, "cache") == set()
    assert heavy_modules(tmp_path, "cache", "--prune", "--json") == set()


def test_sqlite_utils_date_recipes_load_dateutil_only_when_used() -> None:
    """The storage package binds dateutil's parser lazily: opening a project executes none of dateutil's parser or
    time zones, and sqlite-utils' date recipe still works when called."""
    child = ("import sys\n"
             "from desktop_app.storage.project_store import ProjectStore\n"
             "print(sorted(m for m in ('dateutil.tz', 'dateutil.parser._parser') if m in sys.modules))\n"
             "from sqlite_utils.recipes import parsedate\n"
             "print(parsedate('16 May 2024'), 'dateutil.tz' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, cwd=REPO, timeout=120,
                          check=True)
    assert done.stdout.splitlines() == ["[]", "2024-05-16 True"]
