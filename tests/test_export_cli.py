"""`pressdesk export` as a user runs it: every layout from a real project file, and one-line usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from export_helpers import cell_rows, open_docx
from qa_helpers import clean_sample

from desktop_app import LANGS
from desktop_app.cli import main
from desktop_app.domain.release import Cell
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "release.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    return path


def test_export_one_language_in_a_real_process(project: Path, tmp_path: Path, data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"author": "Press Office", "end_mark": "native"}))
    out = tmp_path / "zh.docx"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "export", str(project), "--lang", "zh", "-o", str(out)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {out}"
    doc = open_docx(out)
    assert [p.text for p in doc.paragraphs][-1] == "（完）"  # the settings of the data folder are honoured
    assert doc.core_properties.author == "Press Office"


def test_export_all_table_and_review(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(project), "--lang", "all", "-o", str(tmp_path / "pack.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "pack.zip") as zf:
        assert zf.namelist() == [f"pack-{lang}.docx" for lang in LANGS]

    assert main(["export", str(project), "--layout", "table", "-o", str(tmp_path / "t.docx")]) == 0
    assert cell_rows(open_docx(tmp_path / "t.docx").tables[0])[0] == ["中文", "English", "Русский"]

    assert main(["export", str(project), "--layout", "review", "--pair", "en-ru", "-o", str(tmp_path / "r.docx")]) == 0
    rows = cell_rows(open_docx(tmp_path / "r.docx").tables[0])
    assert rows[1][1:3] == [sample_release().segments[0].text("en"), sample_release().segments[0].text("ru")]

    assert main(["export", str(project), "--layout", "review", "-o", str(tmp_path / "r2.docx")]) == 0
    assert cell_rows(open_docx(tmp_path / "r2.docx").tables[0])[0][1] == "Source (中文)"  # zh-en by default
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"wrote {tmp_path / 'r2.docx'}"


def test_left_out_segments_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = sample_release()
    release.segments[3].cells["ru"] = Cell()
    path = tmp_path / "p.pressdesk"
    ProjectStore.create(path, release).close()
    assert main(["export", str(path), "--lang", "ru", "-o", str(tmp_path / "ru.docx")]) == 0
    assert "1 segments have no Russian text" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "zh", "--layout", "table"], "--lang zh does not apply"),
    (["--layout", "single"], "needs --lang"),
    (["--lang", "zh", "--pair", "zh-en"], "--pair belongs to the review layout"),
    (["--layout", "review", "--pair", "zh-zh"], "two different languages"),
    (["--lang", "en", "--template", "nothing-here.docx"], "nothing-here.docx"),
    (["--lang", "en", "-o", "out.pdf"], "must be a .docx"),
])
def test_usage_errors_are_one_line_and_exit_2(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              args: list[str], message: str) -> None:
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "out.docx")]
    else:
        args = [str(tmp_path / a) if a == "out.pdf" else a for a in args]
    assert main(["export", str(project), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.docx").exists()


def test_missing_project_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "none.pressdesk"), "--lang", "en", "-o", str(tmp_path / "x.docx")]) == 2
    assert capsys.readouterr().err.startswith("pressdesk: ")


def test_export_check_refuses_while_errors_remain_in_the_exported_language(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    release = clean_sample()
    ru = release.segments[1].text("ru")
    assert "20 июля" in ru
    release.segments[1].cells["ru"] = Cell(ru.replace("20 июля", "21 июля"))  # a date that disagrees with zh/en
    project = tmp_path / "dated.pressdesk"
    ProjectStore.create(project, release).close()
    out = tmp_path / "ru.docx"
    assert main(["export", str(project), "--lang", "ru", "-o", str(out), "--check"]) == 1
    err = capsys.readouterr().err
    assert "#2 ru number" in err and "nothing written" in err
    assert not out.exists()
    en = tmp_path / "en.docx"  # the English version has no error: it is written
    assert main(["export", str(project), "--lang", "en", "-o", str(en), "--check"]) == 0
    assert open_docx(en).paragraphs
    assert main(["export", str(project), "--lang", "ru", "-o", str(out)]) == 0  # without --check: as asked
    assert out.exists()
