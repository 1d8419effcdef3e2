"""TranslationMemory: lookups (exact first, fuzzy with a percentage), approved cells, TMX import and refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from tm_helpers import db_fingerprint, write_tmx

from desktop_app.domain.release import Cell, Release, Segment, Status
from desktop_app.formats.errors import FormatError
from desktop_app.services.memory import MEMORY_FILE, TranslationMemory


@pytest.fixture
def memory(data_dir: Path) -> TranslationMemory:
    tm = TranslationMemory.open()
    yield tm
    tm.close()


def test_memory_lives_in_the_data_folder(memory: TranslationMemory, data_dir: Path) -> None:
    assert memory.path == data_dir / MEMORY_FILE
    assert memory.path.is_file()


def test_exact_match_comes_first_with_100(memory: TranslationMemory) -> None:
    memory.add_pair("en", "ru", "The conference opened in Jinhua.", "Конференция открылась в Цзиньхуа.")
    memory.add_pair("en", "ru", "The conference opened in Moscow.", "Конференция открылась в Москве.")
    matches = memory.lookup("The conference opened in Jinhua.", "en", "ru")
    assert matches[0].target == "Конференция открылась в Цзиньхуа."
    assert matches[0].score == 100.0 and matches[0].exact
    assert matches[1].target == "Конференция открылась в Москве."
    assert 60 <= matches[1].score < 99


def test_case_and_spacing_differences_score_99(memory: TranslationMemory) -> None:
    memory.add_pair("en", "zh", "Foreign Ministry", "外交部")
    (match,) = memory.lookup("  foreign   ministry ", "en", "zh")
    assert (match.target, match.score) == ("外交部", 99.0)


def test_fuzzy_scores_are_percentages_ordered_best_first(memory: TranslationMemory) -> None:
    sources = ["第十届中俄中小企业合作圆桌会议在金华举行", "第九届中俄中小企业合作圆桌会议在莫斯科举行", "今天天气很好"]
    for i, source in enumerate(sources):
        memory.add_pair("zh", "en", source, f"target {i}")
    matches = memory.lookup("第十届中俄中小企业合作圆桌会议在杭州举行", "zh", "en", limit=5)
    assert [m.target for m in matches] == ["target 0", "target 1"]
    assert all(0 < m.score < 99 for m in matches)
    assert matches[0].score > matches[1].score


def test_lookup_respects_direction_limit_and_threshold(memory: TranslationMemory) -> None:
    memory.add_pair("zh", "ru", "外交部", "Министерство иностранных дел", both_directions=False)
    assert memory.lookup("外交部", "zh", "en") == []
    assert memory.lookup("Министерство иностранных дел", "ru", "zh") == []
    assert len(memory.lookup("外交部", "zh", "ru", limit=1)) == 1
    assert memory.lookup("外交部", "zh", "ru", limit=0) == []
    assert memory.lookup("", "zh", "ru") == []
    memory.add_pair("en", "ru", "State Duma committee", "комитет Государственной думы")
    assert memory.lookup("State Duma committees", "en", "ru", min_score=99) == []
    with pytest.raises(ValueError, match="unknown language"):
        memory.lookup("x", "de", "en")


def test_same_target_is_offered_once(memory: TranslationMemory) -> None:
    memory.add_pair("en", "ru", "Press release", "Пресс-релиз", origin="a")
    memory.add_pair("en", "ru", "Press release.", "Пресс-релиз", origin="b")
    assert [m.target for m in memory.lookup("Press release", "en", "ru")] == ["Пресс-релиз"]


def test_supplementary_plane_text_round_trips(memory: TranslationMemory) -> None:
    memory.add_pair("zh", "en", "𠀀𠀁𠀂 会议 😀", "Meeting 😀")
    assert memory.lookup("𠀀𠀁𠀂 会议 😀", "zh", "en")[0].score == 100.0
    assert memory.lookup("𠀀𠀁𠀂 会议", "zh", "en")[0].target == "Meeting 😀"


def test_add_pair_reports_duplicates_and_refuses_empty(memory: TranslationMemory) -> None:
    assert memory.add_pair("en", "ru", "Hello", "Привет") is True
    assert memory.add_pair("en", "ru", "Hello", "Привет") is False
    assert memory.count() == 2
    with pytest.raises(ValueError):
        memory.add_pair("en", "ru", "Hello", "  ")
    with pytest.raises(ValueError):
        memory.add_pair("en", "en", "Hello", "Hello")


def _cell(text: str, status: Status) -> Cell:
    return Cell(text, status)


def test_record_release_stores_approved_pairs_in_every_direction(memory: TranslationMemory) -> None:
    approved, draft = Status.APPROVED, Status.DRAFT
    release = Release("t", "2023-07-20", [
        Segment(cells={"zh": _cell("金华", approved), "en": _cell("Jinhua", approved),
                       "ru": _cell("Цзиньхуа", approved)}),
        Segment(cells={"zh": _cell("钱洪山", approved), "en": _cell("Qian Hongshan", approved),
                       "ru": _cell("Цянь Хуншань", draft)}),
        Segment(cells={"zh": _cell("会议", approved), "en": Cell(), "ru": _cell("конференция", Status.REVIEWED)}),
    ])
    assert memory.record_release(release, origin="project:x.pressdesk") == 6 + 2
    assert memory.record_release(release, origin="project:x.pressdesk") == 0
    for src, tgt, text, expected in [("zh", "ru", "金华", "Цзиньхуа"), ("ru", "en", "Цзиньхуа", "Jinhua"),
                                     ("en", "zh", "Qian Hongshan", "钱洪山"), ("zh", "en", "钱洪山", "Qian Hongshan")]:
        (match,) = memory.lookup(text, src, tgt)
        assert (match.target, match.score, match.origin) == (expected, 100.0, "project:x.pressdesk")
    assert memory.lookup("钱洪山", "zh", "ru") == []
    assert memory.lookup("会议", "zh", "ru") == []


def test_tmx_import_adds_pairs_in_both_directions(memory: TranslationMemory, tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "mem.tmx", [
        [("zh-CN", "外交部"), ("en-US", "Ministry of Foreign Affairs"), ("ru-RU", "МИД")],
        [("en-GB", "State Duma"), ("ru_RU", "Государственная дума")],
        [("en-US", "Hello"), ("fr-FR", "Bonjour")],
        [("zh-TW", "外交部"), ("en", "MOFA")],
        [("en", "Only codes"), ("ru", "")],
    ])
    report = memory.import_tmx(path)
    assert (report.units, report.added, report.duplicates, report.skipped) == (5, 8, 0, 3)
    assert report.skip_reasons["no zh/en/ru pair (languages: en-us, fr-fr)"] == 1
    assert any("Traditional Chinese" in reason for reason in report.skip_reasons)
    assert "8 translation pairs added" in report.summary() and "3 units skipped" in report.summary()
    assert memory.lookup("МИД", "ru", "zh")[0].target == "外交部"
    assert memory.lookup("Государственная дума", "ru", "en")[0].origin == "tmx:mem.tmx"

    again = memory.import_tmx(path)
    assert (again.added, again.duplicates) == (0, 8)
    assert memory.count() == 8


def test_refused_tmx_changes_nothing(memory: TranslationMemory, tmp_path: Path) -> None:
    memory.add_pair("en", "ru", "Hello", "Привет")
    before = db_fingerprint(memory.path)
    good_units = [[("en", f"Sentence number {i}"), ("ru", f"Предложение номер {i}")] for i in range(3000)]
    truncated = tmp_path / "truncated.tmx"
    data = (tmp_path / "whole.tmx")
    write_tmx(data, good_units)
    truncated.write_bytes(data.read_bytes()[:-500])  # broken after thousands of good units
    no_pairs = write_tmx(tmp_path / "fr.tmx", [[("en", "Hello"), ("fr", "Bonjour")]])
    for path, message in [(truncated, "not a well-formed"), (no_pairs, "languages in the file: en, fr")]:
        with pytest.raises(FormatError, match=message):
            memory.import_tmx(path)
        assert db_fingerprint(memory.path) == before
    assert [m.target for m in memory.lookup("Hello", "en", "ru")] == ["Привет"]


def test_cancelling_through_progress_rolls_back(memory: TranslationMemory, tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "many.tmx", [[("en", f"Item {i}"), ("zh", f"项目 {i}")] for i in range(1500)])
    before = db_fingerprint(memory.path)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        memory.import_tmx(path, on_progress=cancel)
    assert db_fingerprint(memory.path) == before
    assert memory.count() == 0


def test_lookups_work_while_an_import_holds_its_transaction(memory: TranslationMemory, tmp_path: Path) -> None:
    memory.add_pair("en", "ru", "Hello", "Привет")
    path = write_tmx(tmp_path / "many.tmx", [[("en", f"Item {i}"), ("ru", f"Пункт {i}")] for i in range(1200)])
    seen: list[list[str]] = []

    def look(done: int, total: int) -> None:
        seen.append([m.target for m in memory.lookup("Hello", "en", "ru")])

    memory.import_tmx(path, on_progress=look)
    assert seen and all(targets == ["Привет"] for targets in seen)
    assert memory.count() == 2 + 2400
