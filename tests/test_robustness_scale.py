"""Large inputs stay correct: a 5 MB cell, a 5,000-segment release, a 100,000-entry glossary.

These tests check results, not speed (timings are in benchmarks/bench_robustness.py); each runs under a hard
time limit so a quadratic slip shows up as a failure instead of a hung test run.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, TermEntry
from desktop_app.domain.release import Cell, Release, Role, Segment, edited_cell
from desktop_app.storage.project_store import ProjectStore

FIVE_MB = 5 * 1024 * 1024


def big_text(size: int) -> str:
    """Paragraphs of mixed Chinese, Russian and English, about `size` characters."""
    para = "第十届中俄中小企业合作圆桌会议在金华举行。Круглый стол прошёл в Цзиньхуа. The round table met.\n\n"
    return (para * (size // len(para) + 1))[:size]


def test_five_megabyte_cell_is_saved_reloaded_and_versioned(tmp_path: Path) -> None:
    text = big_text(FIVE_MB)
    release = Release("Big", "2024-01-01", [Segment(Role.HEADLINE), Segment()])
    path = tmp_path / "big.pressdesk"
    store = ProjectStore.create(path, release)
    seg = release.segments[1]
    seg.cells["en"] = edited_cell(seg.cells["en"], text)
    assert store.save(release) == 1
    store.write_recovery(release)  # autosave of the same state
    store.close()
    with ProjectStore.open(path) as reopened:
        loaded = reopened.load()
        assert loaded.segment(seg.id).text("en") == text
        assert reopened.history(seg.id, "en")[-1].new_text == text
        _, recovered = reopened.read_recovery()  # type: ignore[misc]
        assert recovered.segment(seg.id).text("en") == text
    assert len(text) == FIVE_MB


def test_release_of_five_thousand_segments_round_trips(tmp_path: Path) -> None:
    rnd = random.Random(5000)
    segments = [Segment(Role.BODY, {lang: Cell() for lang in ("zh", "en", "ru")}) for _ in range(5000)]
    for i, seg in enumerate(segments):
        for lang in ("zh", "en", "ru"):
            seg.cells[lang] = edited_cell(seg.cells[lang], f"{lang} paragraph {i} {rnd.random():.6f}")
    release = Release("Five thousand", "2024-05-01", segments)
    path = tmp_path / "long.pressdesk"
    ProjectStore.create(path, release).close()
    with ProjectStore.open(path) as store:
        loaded = store.load()
        assert [s.id for s in loaded.segments] == [s.id for s in segments]
        assert all(loaded.segments[i].text(lang) == segments[i].text(lang)
                   for i in range(0, 5000, 97) for lang in ("zh", "en", "ru"))
        # One edit in the middle of a long release writes one revision, and the order survives a move.
        loaded.segments[2500].cells["ru"] = edited_cell(loaded.segments[2500].cells["ru"], "изменено")
        moved = loaded.segments.pop(4999)
        loaded.segments.insert(0, moved)
        assert store.save(loaded) == 1
    with ProjectStore.open(path) as store:
        again = store.load()
    assert again.segments[0].id == segments[4999].id
    assert again.segment(segments[2500].id).text("ru") == "изменено"
    assert len(again.segments) == 5000


@pytest.fixture(scope="module")
def hundred_thousand_entries() -> list[TermEntry]:
    rnd = random.Random(100_000)
    syllables_en = ["ka", "lo", "mi", "tar", "ven", "dor", "sel", "pra", "gun", "zhi"]
    syllables_ru = ["ка", "ло", "ми", "тар", "вен", "дор", "сел", "пра", "гун", "чжи"]
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    entries = []
    for i in range(100_000):
        word = [rnd.randrange(10) for _ in range(3)]
        entries.append(TermEntry(
            i + 1, "organization",
            {"zh": "".join(rnd.choice(han) for _ in range(4)) + f"{i}号",
             "en": "".join(syllables_en[k] for k in word).capitalize() + f" Bureau {i}",
             "ru": "".join(syllables_ru[k] for k in word).capitalize() + f" управление {i}"},
            forbidden={"en": (f"Old Bureau {i}",)} if i % 1000 == 0 else {},
        ))
    return entries


def test_hundred_thousand_entry_glossary_finds_planted_terms(hundred_thousand_entries: list[TermEntry]) -> None:
    entries = hundred_thousand_entries
    matcher = GlossaryMatcher(entries)
    picked = [entries[7], entries[50_000], entries[99_999]]
    en = f"Officials of {picked[0].forms['en']} met {picked[1].forms['en']} and the Old Bureau 3000 today."
    hits = matcher.find(en, "en")
    assert [(h.entry.id, h.kind) for h in hits] == [
        (picked[0].id, HitKind.APPROVED), (picked[1].id, HitKind.APPROVED), (entries[3000].id, HitKind.FORBIDDEN)]
    zh = f"会议由{picked[2].forms['zh']}主办，{picked[0].forms['zh']}参加。"
    assert [h.entry.id for h in matcher.find(zh, "zh")] == [picked[2].id, picked[0].id]
    assert [h.text for h in matcher.find(zh, "zh")] == [picked[2].forms["zh"], picked[0].forms["zh"]]
