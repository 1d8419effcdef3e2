"""Attacks with classes of hostile or careless input the earlier rounds did not try: file names in another system's
encoding, standard streams the caller closed, packages whose many small parts (or many entries) add up to far
more than any one part may, workbook cells longer than Excel holds, and list numbers of thousands of digits.

Each case runs the real `pressdesk` command (or the real reader) on real files: the input is read correctly or
refused with one line on stderr (exit 2, no traceback), and a refused input leaves the project, glossary and
memory byte for byte as they were.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_attacks_fresh import REPO, digests, refused_in_one_line, run_cli, sample_project, succeeded

# A name as a Windows zip or an old share leaves it on Linux: bytes of Windows-1251 ("Пресс") and a stray 0xFF,
# which Python receives as lone surrogates.
LEGACY_NAME = os.fsdecode(b"\xcf\xf0\xe5\xf1\xf1-\xff")


def _legacy_names_allowed(folder: Path) -> bool:
    try:
        (folder / LEGACY_NAME).touch()
    except (OSError, UnicodeError):
        return False
    (folder / LEGACY_NAME).unlink()
    return True


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    """A folder for files named in another system's encoding; skipped where the file system refuses such names."""
    if not _legacy_names_allowed(tmp_path):
        pytest.skip("this file system takes only names in its own encoding")
    return tmp_path


# -- file names that are not UTF-8 -------------------------------------------------------------------------------

def test_a_document_named_in_another_encoding_imports_into_a_project(legacy: Path) -> None:
    """The document's name is kept as the import source of every cell it fills; with its bytes as lone surrogates
    the save refused "text that is not valid Unicode", so no such document could be imported at all."""
    project = sample_project(legacy / f"{LEGACY_NAME}.pressdesk")
    document = legacy / f"{LEGACY_NAME}.txt"
    document.write_text("Morning briefing on the new bridge.\n\nTraffic opens on Monday.\n", encoding="utf-8")
    succeeded(run_cli("import", "--lang", "en", str(project), str(document)))
    shown = run_cli("show", "--json", str(project))
    succeeded(shown)
    texts = [segment["en"]["text"] for segment in json.loads(shown.stdout)["segments"]]
    assert texts[:2] == ["Morning briefing on the new bridge.", "Traffic opens on Monday."]


@pytest.mark.parametrize("suffix, content", [
    (".csv", "en,ru\nWidget Council,Совет виджетов\n"),
    (".txt", "Widget Council\tСовет виджетов\n"),
], ids=["csv", "omegat"])
def test_a_glossary_named_in_another_encoding_imports_and_can_be_undone(legacy: Path, data_dir: Path, suffix: str,
                                                                         content: str) -> None:
    """Every entry's source is the file's name when the file gives none: each entry was skipped as "not valid
    text", then recording the import under that name ended in a traceback."""
    glossary = legacy / f"{LEGACY_NAME}{suffix}"
    glossary.write_text(content, encoding="utf-8")
    succeeded(run_cli("glossary", "import", str(glossary)))
    found = run_cli("glossary", "search", "Widget Council")
    succeeded(found)
    assert "Совет виджетов" in found.stdout
    succeeded(run_cli("glossary", "undo-import"))
    assert "Совет виджетов" not in run_cli("glossary", "search", "Widget Council").stdout


def test_a_memory_file_named_in_another_encoding_imports(legacy: Path) -> None:
    """lxml takes an open file's name for the document's address: one that is not UTF-8 refused the whole TMX."""
    tmx = legacy / f"{LEGACY_NAME}.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" '
                   'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
                   'creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>The bridge opens on Monday.</seg>'
                   '</tuv><tuv xml:lang="ru"><seg>Мост откроется в понедельник.</seg></tuv></tu></body></tmx>',
                   encoding="utf-8")
    succeeded(run_cli("tm", "import", str(tmx)))
    found = run_cli("tm", "lookup", "--from", "en", "--to", "ru", "The bridge opens on Monday.")
    succeeded(found)
    assert "Мост откроется в понедельник." in found.stdout


# -- standard streams the caller closed ----------------------------------------------------------------------------

def _run_closed(args: list[str], closed: str) -> subprocess.CompletedProcess[str]:
    """The command started with one standard stream closed, as `>&-`, `2>&-` or `<&-` leave it."""
    fd = {"stdin": 0, "stdout": 1, "stderr": 2}[closed]
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300, preexec_fn=lambda: os.close(fd))


def test_a_command_whose_output_was_closed_does_its_work_and_succeeds(tmp_path: Path) -> None:
    """Python leaves a closed stream as None: the command did its work, then ended in an AttributeError traceback
    and exit 1, which means "checks found problems"."""
    project = sample_project(tmp_path / "release.pressdesk")
    document = tmp_path / "en.txt"
    document.write_text("A headline written at night.\n", encoding="utf-8")
    result = _run_closed(["import", "--lang", "en", str(project), str(document)], "stdout")
    succeeded(result)
    shown = run_cli("show", "--json", str(project))
    assert json.loads(shown.stdout)["segments"][0]["en"]["text"] == "A headline written at night."
    succeeded(_run_closed(["show", str(project)], "stdout"))


def test_a_refusal_with_its_error_stream_closed_still_exits_2(tmp_path: Path) -> None:
    result = _run_closed(["show", str(tmp_path / "absent.pressdesk")], "stderr")
    assert result.returncode == 2


def test_reading_a_text_from_a_closed_standard_input_is_one_line(tmp_path: Path) -> None:
    result = _run_closed(["translate-text", "--from", "en", "--to", "ru", "-"], "stdin")
    refused_in_one_line(result)
    assert "standard input is closed" in result.stderr
    assert digests(tmp_path) == {}
