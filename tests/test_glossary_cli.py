"""`pressdesk glossary …` and `pressdesk name`: JSON shapes, exit codes, --glossary and --data-dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import seed_entry_count
from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_match_json_shape_and_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Встреча с Сергеем Мироновым и КПК"
    code, out, _ = run(capsys, "glossary", "match", "--lang", "ru", "--json", text)
    assert code == 0
    hits = json.loads(out)
    assert [set(h) for h in hits] == [{"entry", "start", "end", "text", "kind"}] * 2
    assert set(hits[0]["entry"]) == {"id", "category", "zh", "en", "ru"}
    assert [(h["entry"]["en"], h["kind"], text[h["start"]:h["end"]]) for h in hits] == [
        ("Sergei Mironov", "approved", "Сергеем Мироновым"), ("Communist Party of China", "variant", "КПК")]


def test_add_search_list_with_a_separate_glossary_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = str(tmp_path / "other.sqlite")
    code, out, _ = run(capsys, "glossary", "--glossary", other, "add", "--category", "person", "--zh", "钱明远",
                       "--en", "Qian Mingyuan", "--ru", "Цянь Минъюань", "--en-variants", "Mingyuan Qian")
    assert code == 0 and f"#{seed_entry_count() + 1}" in out
    code, out, _ = run(capsys, "glossary", "search", "--glossary", other, "钱明远", "--json")
    assert [e["en"] for e in json.loads(out)] == ["Qian Mingyuan"]
    assert json.loads(out)[0]["variants"]["en"] == ["Mingyuan Qian"]
    code, out, _ = run(capsys, "glossary", "list", "--json")  # the data-folder glossary is untouched
    assert len(json.loads(out)) == seed_entry_count()


def test_add_refusal_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "glossary", "add", "--category", "place", "--en", "Jinhua")
    assert code == 2 and "already the approved form" in err and len(err.strip().splitlines()) == 1


def test_import_export_and_undo(capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path) -> None:
    src = tmp_path / "terms.txt"
    src.write_text("Государственная Дума\tState Duma\nкитайская мечта\tChinese Dream\tslogan\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "glossary", "import", "--dry-run", str(src))
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "glossary", "import", str(src))
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "glossary", "match", "--lang", "en", "--json", "the Chinese Dream")
    assert json.loads(out)[0]["entry"]["ru"] == "китайская мечта"
    out_file = tmp_path / "all.tbx"
    code, out, _ = run(capsys, "glossary", "export", str(out_file))
    assert code == 0 and out_file.read_text(encoding="utf-8").count("<conceptEntry") == seed_entry_count() + 1
    code, out, _ = run(capsys, "glossary", "undo-import")
    assert code == 0
    code, out, _ = run(capsys, "glossary", "list", "--json")
    assert len(json.loads(out)) == seed_entry_count()


def test_import_of_a_broken_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif><text><body><termEntry>", encoding="utf-8")
    code, _, err = run(capsys, "glossary", "import", str(bad))
    assert code == 2 and "bad.tbx" in err and "not well-formed" in err


def test_name_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "name", "钱洪山", "--json")
    data = json.loads(out)
    assert code == 0 and (data["pinyin"], data["palladius"]) == ("Qian Hongshan", "Цянь Хуншань")
    code, out, _ = run(capsys, "name", "朱重烈", "--json")
    data = json.loads(out)
    assert data["choices"] == [{"char": "重", "position": 1, "readings": ["chong", "zhong", "tong"]}]
    code, _, err = run(capsys, "name", "Sergei")
    assert code == 2 and "not a Chinese personal name" in err
