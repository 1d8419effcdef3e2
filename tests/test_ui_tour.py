"""The UI tour in every interface language at a small and a large screen: every screen shown, no problem found."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import mt_support
import pytest

memorising_packs = mt_support.memorising_packs  # fixture: the tiny real zh→en and en→ru packs

REPO = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("ui_tour", REPO / "scripts" / "ui_tour.py")
ui_tour = importlib.util.module_from_spec(SPEC)
sys.modules["ui_tour"] = ui_tour  # dataclasses look their module up
SPEC.loader.exec_module(ui_tour)

SCREENS = {"main-window", "glossary-dock", "suggestions-dock", "qa-dock", "find-replace", "preferences",
           "release-title-date", "export", "language-packs", "glossary-entry", "shortcuts", "about",
           "first-run-guide", "user-guide", "colour-legend"}


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)], ids=["1024x700", "1440x900"])
@pytest.mark.parametrize("ui_lang", ["en", "zh", "ru"])
def test_tour_finds_no_problem(qapp, tmp_path: Path, memorising_packs: dict, ui_lang: str,
                               size: tuple[int, int]) -> None:
    screens = ui_tour.run_tour(tmp_path, ui_lang, size, list(memorising_packs.values()))
    report = json.loads((tmp_path / "tour.json").read_text(encoding="utf-8"))
    assert {s["name"] for s in report["screens"]} == SCREENS
    for screen in report["screens"]:
        assert (tmp_path / screen["png"]).stat().st_size > 1000
    assert [f"{s.name}: {p}" for s in screens for p in s.problems] == []


def test_tour_sees_a_cut_label_an_unlabelled_row_english_and_a_code(qapp) -> None:
    """The detectors themselves: each problem the tour claims to see, on a widget built to have it."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

    root = QWidget()
    form = QFormLayout(root)
    cut = QLabel("Ошибки и предупреждения в столбце", root)
    cut.setFixedWidth(60)
    form.addRow(cut)
    form.addRow("", QLineEdit(root))
    form.addRow(QLabel("Suggestions for the ru cell", root))
    root.show()
    problems = ui_tour.cut_texts(root) + ui_tour.unlabelled_rows(root)
    problems += ui_tour.word_problems(ui_tour.interface_texts(root), "ru", [])
    assert any(p.startswith("label 'Ошибки") for p in problems)
    assert any(p.startswith("form row without a label") for p in problems)
    assert any(p.startswith("language code 'ru'") for p in problems)
    assert any(p.startswith("English 'Suggestions") for p in problems)
    root.close()
