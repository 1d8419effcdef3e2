"""Automata saved beside the glossary: a restart loads them instead of building, any change to the entries (by
any connection) makes them stale, and a damaged or foreign cache file only costs a rebuild."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app import LANGS
from desktop_app.domain.glossary import matcher as matcher_module
from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.storage.glossary_store import GlossaryStore, automaton_folder

TEXTS = {"zh": "中国共产党和全国人民代表大会。", "en": "The Communist Party of China and the CCP.",
         "ru": "Делегация Коммунистической партии Китая прибыла."}


def spans(store: GlossaryStore) -> dict[str, list[tuple[int, int, int, str, str]]]:
    found = {}
    for lang in LANGS:
        found[lang] = [(h.start, h.end, h.entry.id, h.kind.value, h.form) for h in store.matcher().find(TEXTS[lang],
                                                                                                           lang)]
    return found


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "g.sqlite"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The languages whose automaton was built rather than loaded."""
    built: list[str] = []
    original = matcher_module.GlossaryMatcher._build

    def counting(self, lang: str):  # type: ignore[no-untyped-def]
        built.append(lang)
        return original(self, lang)

    monkeypatch.setattr(matcher_module.GlossaryMatcher, "_build", counting)
    return built


def test_a_restart_loads_the_saved_automata_and_finds_the_same_terms(path: Path, builds: list[str]) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
    assert sorted(builds) == sorted(LANGS)
    assert all(first[lang] for lang in LANGS), "the seed glossary has terms in every sample text"
    assert sorted(p.name for p in automaton_folder(path).iterdir()) == [f"{lang}.automaton" for lang in sorted(LANGS)]
    builds.clear()
    with GlossaryStore.open(path) as store:
        assert spans(store) == first
    assert builds == []


def test_a_change_by_another_connection_makes_the_saved_automata_stale(path: Path, builds: list[str]) -> None:
    with GlossaryStore.open(path) as store:
        spans(store)
    conn = sqlite3.connect(path)  # not through GlossaryStore: the triggers count it all the same
    with conn:
        conn.execute("update entries set en = 'Party of Tea' where en = 'Communist Party of China'")
    conn.close()
    builds.clear()
    with GlossaryStore.open(path) as store:
        found = store.matcher().find("The Party of Tea met.", "en")
    assert "en" in builds
    assert [h.text for h in found] == ["Party of Tea"]


def test_an_added_entry_is_found_after_a_restart(path: Path, builds: list[str]) -> None:
    with GlossaryStore.open(path) as store:
        spans(store)
        entry = empty_entry("term")
        store.add(TermEntry(0, "term", {**entry.forms, "en": "Quantum Teapot Office"}, entry.variants,
                            entry.forbidden))
    with GlossaryStore.open(path) as store:
        assert [h.text for h in store.matcher().find("The Quantum Teapot Office opened.", "en")] == [
            "Quantum Teapot Office"]


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_damaged_cache_file_is_rebuilt(path: Path, builds: list[str], damage: bytes | None) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
    cached = automaton_folder(path) / "en.automaton"
    data = cached.read_bytes()
    header = data[:data.index(b"\n") + 1]
    cached.write_bytes(header + data[len(header):len(header) + 100] if damage is None else header + damage)
    builds.clear()
    with GlossaryStore.open(path) as store:
        assert spans(store) == first
    assert builds == ["en"]
