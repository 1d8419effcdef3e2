"""`pressdesk tm import|lookup|add-project` through the real entry point, against real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tm_helpers import write_tmx

from desktop_app.cli import main
from desktop_app.domain.release import Cell, Release, Segment, Status
from desktop_app.storage.project_store import ProjectStore


def test_import_then_lookup_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tmx(tmp_path / "m.tmx", [[("zh-CN", "外交部"), ("en-US", "Ministry of Foreign Affairs")],
                                          [("en", "Ministry of Foreign Trade"), ("zh", "外贸部")]])
    assert main(["tm", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "4 translation pairs added" in out and "holds 4 translation pairs" in out

    assert main(["tm", "lookup", "--from", "en", "--to", "zh", "--json", "Ministry of Foreign Affairs"]) == 0
    matches = json.loads(capsys.readouterr().out)
    assert (matches[0]["target"], matches[0]["score"], matches[0]["origin"]) == ("外交部", 100.0, "tmx:m.tmx")
    assert matches[1]["target"] == "外贸部" and 60 <= matches[1]["score"] < 99

    assert main(["tm", "lookup", "--from", "zh", "--to", "en", "外交部"]) == 0
    assert "100.0%  Ministry of Foreign Affairs" in capsys.readouterr().out


def test_refused_import_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.tmx"
    empty.write_bytes(b"")
    assert main(["tm", "import", str(empty)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressdesk: empty.tmx is empty") and err.count("\n") == 1


def test_lookup_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tm", "lookup", "--from", "en", "--to", "en", "x"]) == 2
    assert main(["tm", "lookup", "--from", "de", "--to", "en", "x"]) == 2
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", "--json", "nothing stored"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_add_project_records_approved_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = Release("t", "2023-07-20", [
        Segment(cells={"zh": Cell("金华", Status.APPROVED), "en": Cell("Jinhua", Status.APPROVED),
                       "ru": Cell("Цзиньхуа", Status.DRAFT)}),
    ])
    project = tmp_path / "r.pressdesk"
    ProjectStore.create(project, release).close()
    assert main(["tm", "add-project", str(project)]) == 0
    assert "recorded 2 new translation pairs" in capsys.readouterr().out
    assert main(["tm", "lookup", "--from", "en", "--to", "zh", "--json", "Jinhua"]) == 0
    (match,) = json.loads(capsys.readouterr().out)
    assert (match["target"], match["origin"]) == ("金华", "project:r.pressdesk")
    assert main(["tm", "add-project", str(tmp_path / "missing.pressdesk")]) == 2


def test_data_dir_option_chooses_the_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tmx(tmp_path / "m.tmx", [[("ru", "Привет"), ("en", "Hello")]])
    other = tmp_path / "other-data"
    assert main(["--data-dir", str(other), "tm", "import", str(path)]) == 0
    assert (other / "memory.sqlite").is_file()
    capsys.readouterr()
    assert main(["tm", "lookup", "--from", "ru", "--to", "en", "--json", "Привет"]) == 0
    assert json.loads(capsys.readouterr().out) == []
