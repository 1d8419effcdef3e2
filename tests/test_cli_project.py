"""`pressdesk new|import|show|--version` as a user runs them, in a real subprocess where it matters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main

REPO = Path(__file__).resolve().parent.parent
SAMPLE = json.loads((REPO / "resources" / "sample-release.json").read_text(encoding="utf-8"))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def test_new_sample_then_show_json_prints_the_eight_segments(tmp_path: Path) -> None:
    project = tmp_path / "x.pressdesk"
    assert run_cli("new", str(project), "--sample").returncode == 0
    shown = run_cli("show", str(project), "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["title"] == SAMPLE["title"] and data["date"] == SAMPLE["date"]
    assert len(data["segments"]) == 8
    for got, want in zip(data["segments"], SAMPLE["segments"], strict=True):
        assert got["role"] == want["role"] and len(got["id"]) == 12
        for lang in ("zh", "en", "ru"):
            assert got[lang] == {"text": want[lang], "status": want.get("status", {}).get(lang, "draft")}


def test_version_and_usage_errors() -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"PressDesk {__version__}"
    bad = run_cli("import", "nowhere.pressdesk")
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr


def test_import_into_a_column_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "x.pressdesk"
    assert main(["new", str(project), "--title", "Empty"]) == 0
    assert main(["new", str(project)]) == 2, "an existing project is not overwritten without --force"
    (tmp_path / "ru.txt").write_text("Заголовок\n\nТекст.", encoding="utf-8")
    assert main(["import", str(project), "--lang", "ru", str(tmp_path / "ru.txt")]) == 0
    capsys.readouterr()
    assert main(["show", str(project), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["ru"]["text"] for s in data["segments"]] == ["Заголовок", "Текст."]
    assert [s["role"] for s in data["segments"]] == ["headline", "body"]

    before = project.read_bytes()
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    assert main(["import", str(project), "--lang", "en", str(tmp_path / "broken.docx")]) == 2
    assert "broken.docx: not a Word document" in capsys.readouterr().err
    assert project.read_bytes() == before

    (tmp_path / "junk.pressdesk").write_bytes(b"hello")
    assert main(["show", str(tmp_path / "junk.pressdesk")]) == 2
    assert "not a PressDesk project" in capsys.readouterr().err


def test_new_from_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "r.json"
    source.write_text(json.dumps({"title": "T", "date": "2024-01-02",
                                  "segments": [{"role": "headline", "zh": "标题", "en": "Title", "ru": ""}]}),
                      encoding="utf-8")
    assert main(["new", str(tmp_path / "j.pressdesk"), "--from-json", str(source)]) == 0
    capsys.readouterr()
    main(["show", str(tmp_path / "j.pressdesk"), "--json"])
    seg = json.loads(capsys.readouterr().out)["segments"][0]
    assert seg["zh"]["text"] == "标题" and seg["ru"] == {"text": "", "status": "empty"}
