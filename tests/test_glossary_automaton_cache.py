"""Automata saved in the per-user cache folder: a restart loads them instead of building, any change to the entries
(by any connection) makes them stale, and a planted, damaged or foreign cache file never runs anything: it is
ignored with the reason logged and rebuilt."""

from __future__ import annotations

import gc
import json
import logging
import os
import pickle
import sqlite3
import tracemalloc
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app import LANGS
from desktop_app.domain.glossary import matcher as matcher_module
from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.paths import cache_dir
from desktop_app.services.glossary_service import GlossaryService
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


@pytest.mark.parametrize("change", ["add", "delete"])
def test_a_diverged_copy_that_replaces_the_glossary_does_not_reuse_its_automata(
        path: Path, tmp_path: Path, builds: list[str], change: str) -> None:
    """A synced or shared glossary: two copies changed as often as each other, then one replaces the other."""
    GlossaryStore.open(path).close()
    other = tmp_path / "other.sqlite"
    other.write_bytes(path.read_bytes())
    for target, (form, forbidden, gone) in ((path, ("Kettle Bureau", "Bureau of Kettles", "Jinhua")),
                                            (other, ("Teapot Office", "Office of Teapots", "Yiwu"))):
        with GlossaryStore.open(target) as store:
            if change == "add":
                entry = empty_entry("term")
                store.add(TermEntry(0, "term", {**entry.forms, "en": form}, entry.variants,
                                    {**entry.forbidden, "en": (forbidden,)}))
            else:
                conn = sqlite3.connect(target)
                with conn:
                    conn.execute("delete from entries where en = ?", [gone])
                conn.close()
    text = "The Bureau of Kettles, the Office of Teapots, Jinhua and Yiwu."
    with GlossaryStore.open(path) as store:
        before = [h.text for h in store.matcher().find(text, "en")]
    path.write_bytes(other.read_bytes())  # copied over in place, as a sync client or `cp` does
    builds.clear()
    with GlossaryStore.open(path) as store:
        after = [h.text for h in store.matcher().find(text, "en")]
    assert "en" in builds
    if change == "add":
        assert "Bureau of Kettles" in before and "Office of Teapots" not in before
        assert "Office of Teapots" in after and "Bureau of Kettles" not in after
    else:
        assert "Yiwu" in before and "Jinhua" not in before
        assert "Jinhua" in after and "Yiwu" not in after


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


def test_the_automata_are_kept_in_the_per_user_cache_folder_not_beside_the_glossary(path: Path) -> None:
    with GlossaryStore.open(path) as store:
        spans(store)
    assert sorted(p.name for p in path.parent.iterdir()) == ["g.sqlite"]
    assert automaton_folder(path).is_relative_to(cache_dir())
    for lang in LANGS:
        assert (automaton_folder(path) / f"{lang}.automaton").stat().st_mode & 0o077 == 0


class Planted:
    """A pickle that creates a file when unpickled: what a planted cache file would do to `pickle.loads`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.marker,))


def plant(cached: Path, state_of: Path, payload: bytes) -> None:
    """Write `payload` as a cache file whose header is right in every respect (glossary, state, checksum)."""
    header = json.loads(state_of.read_bytes().split(b"\n", 1)[0])
    header["crc32"] = zlib.crc32(payload)
    cached.write_bytes(json.dumps(header).encode() + b"\n" + payload)
    cached.chmod(0o600)


@pytest.mark.parametrize("wrapping", ["bare", "index-header"])
def test_a_planted_pickle_with_a_valid_header_and_checksum_runs_nothing(
        path: Path, tmp_path: Path, builds: list[str], caplog: pytest.LogCaptureFixture, wrapping: str) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
        entries_before = store.entries()
    marker = tmp_path / "pwned"
    evil = pickle.dumps(Planted(marker))
    cached = automaton_folder(path) / "ru.automaton"
    if wrapping == "index-header":  # a well-formed index header whose automaton part is a pickle
        header = {"format": matcher_module.INDEX_FORMAT, "engine": matcher_module._engine_version(),
                  "byteorder": __import__("sys").byteorder, "size": 1, "sections": [4, 4, 1, 1, 4, 1, 2, 2],
                  "chunks": [len(evil)], "automaton": [2, 10, 100, 1, 1]}
        evil = json.dumps(header).encode() + b"\n" + bytes(4) * 2 + bytes(2) + (1).to_bytes(4, "little") + b"x{}[]" \
            + evil
    plant(cached, cached, evil)
    builds.clear()
    with caplog.at_level(logging.WARNING), GlossaryStore.open(path) as store:
        assert spans(store) == first
        assert store.entries() == entries_before
    assert not marker.exists()
    assert builds == ["ru"]
    assert "saved glossary automaton for ru not used" in caplog.text
    assert pickle.dumps(Planted(marker)) not in (automaton_folder(path) / "ru.automaton").read_bytes()


def test_a_pickle_planted_beside_the_glossary_where_caches_used_to_be_is_never_read(path: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    with GlossaryStore.open(path) as store:
        first = spans(store)
    old_folder = path.with_name(path.name + ".automata")
    old_folder.mkdir()
    for lang in LANGS:
        (old_folder / f"{lang}.automaton").write_bytes(b"pressdesk-automaton x\n" + pickle.dumps(Planted(marker)))
    with GlossaryStore.open(path) as store:
        assert spans(store) == first
    assert not marker.exists()


def test_a_garbled_cache_file_is_ignored_as_damaged_and_rebuilt(path: Path, builds: list[str],
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
    cached = automaton_folder(path) / "zh.automaton"
    data = bytearray(cached.read_bytes())
    data[len(data) * 2 // 3] ^= 0x5A
    cached.write_bytes(bytes(data))
    builds.clear()
    with caplog.at_level(logging.WARNING), GlossaryStore.open(path) as store:
        assert spans(store) == first
    assert builds == ["zh"]
    assert "damaged (checksum mismatch)" in caplog.text


def test_a_cache_file_of_another_glossary_is_ignored(path: Path, tmp_path: Path, builds: list[str],
                                                     caplog: pytest.LogCaptureFixture) -> None:
    other = tmp_path / "other.sqlite"
    with GlossaryStore.open(other) as store:
        entry = empty_entry("term")
        store.add(TermEntry(0, "term", {**entry.forms, "en": "Ministry of Silly Walks"}, entry.variants,
                            entry.forbidden))
        store.matcher().prepare(*LANGS)
    with GlossaryStore.open(path) as store:
        first = spans(store)
    for lang in LANGS:
        (automaton_folder(path) / f"{lang}.automaton").write_bytes(
            (automaton_folder(other) / f"{lang}.automaton").read_bytes())
    builds.clear()
    with caplog.at_level(logging.WARNING), GlossaryStore.open(path) as store:
        assert spans(store) == first
        assert store.matcher().find("The Ministry of Silly Walks", "en") == []
    assert sorted(builds) == sorted(LANGS)
    assert "built for another glossary" in caplog.text


@pytest.mark.skipif(os.name != "posix", reason="file ownership and modes are POSIX")
def test_a_cache_file_others_can_write_or_a_link_is_not_read(path: Path, tmp_path: Path, builds: list[str],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
    (automaton_folder(path) / "en.automaton").chmod(0o666)
    elsewhere = tmp_path / "elsewhere.automaton"
    (automaton_folder(path) / "ru.automaton").rename(elsewhere)
    (automaton_folder(path) / "ru.automaton").symlink_to(elsewhere)
    builds.clear()
    with caplog.at_level(logging.WARNING), GlossaryStore.open(path) as store:
        assert spans(store) == first
    assert sorted(builds) == ["en", "ru"]
    assert "writable by other users" in caplog.text and "not a regular file" in caplog.text


def test_an_index_that_does_not_fit_the_entries_is_refused() -> None:
    entries = [TermEntry(i + 1, "term", {"zh": "", "en": f"Office {word}", "ru": ""}, {}, {})
               for i, word in enumerate(("Alpha", "Beta", "Gamma"))]
    saved = matcher_module.GlossaryMatcher(entries)._build("en").dump()
    assert matcher_module._Index.loads(saved, len(entries)).size == 3
    with pytest.raises(ValueError, match="does not fit"):
        matcher_module._Index.loads(saved, 2)
    with pytest.raises(ValueError, match="truncated"):
        matcher_module._Index.loads(saved[:-7], len(entries))
    empty = matcher_module.GlossaryMatcher(entries)._build("zh")
    assert matcher_module._Index.loads(empty.dump(), len(entries)).size == 0


def test_saving_an_index_again_and_again_keeps_no_copy_of_it_in_memory(path: Path) -> None:
    """Every change of the glossary saves its indexes anew: a copy kept per save would grow the window by the whole
    serialised automaton at each edit."""
    with GlossaryStore.open(path) as store:
        entries = store.entries()
    index = matcher_module.GlossaryMatcher(entries)._build("ru")
    size = len(index.dump())
    tracemalloc.start()
    try:
        for _ in range(5):
            saved = index.dump()
        del saved
        gc.collect()
        kept, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size > 100_000  # the seed glossary's Russian index: a leak of it would show
    assert kept < size / 4
    assert matcher_module._Index.loads(index.dump(), len(entries)).size == index.size


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every automaton counts as too big to save in one piece (a glossary of some 60,000 entries and more)."""
    monkeypatch.setattr(matcher_module, "ONE_PIECE_BYTES", 0)


def saved_langs(path: Path) -> list[str]:
    folder = automaton_folder(path)
    return sorted(p.stem for p in folder.glob("*.automaton")) if folder.is_dir() else []


def test_a_big_glossary_s_automata_are_saved_once_when_it_is_closed_not_at_each_edit(
        path: Path, builds: list[str], big: None) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
        assert saved_langs(path) == []  # built, not saved yet
        for n in range(3):  # a session of edits: each revision is built, none is saved
            forms = {"zh": "", "en": f"Bureau Number {n}", "ru": ""}
            entry = store.add(replace(empty_entry("organization"), forms=forms))
            assert store.matcher().find(f"the Bureau Number {n} met", "en")
            assert saved_langs(path) == []
        assert spans(store)["zh"] == first["zh"]  # the last revision's three automata
    assert saved_langs(path) == sorted(LANGS)  # the last revision, saved when the glossary closed
    builds.clear()
    with GlossaryStore.open(path) as store:
        assert store.matcher().find("the Bureau Number 2 met", "en")[0].entry.id == entry.id
        assert spans(store)["zh"] == first["zh"]
    assert builds == []


def test_the_glossary_service_saves_the_big_automata_of_its_current_revision_when_it_closes(
        path: Path, builds: list[str], big: None) -> None:
    GlossaryStore.open(path).close()
    service = GlossaryService(path)
    snapshot = service.snapshot()
    assert snapshot.matcher is not None
    snapshot.matcher.prepare(*LANGS)
    assert saved_langs(path) == []
    service.close()
    assert saved_langs(path) == sorted(LANGS)
    builds.clear()
    again = GlossaryService(path)
    again.snapshot().matcher.prepare(*LANGS)  # type: ignore[union-attr]
    again.close()
    assert builds == []


@pytest.mark.parametrize("header", [b"[" * 8000, b"\xff\xfe{"])
def test_a_header_that_is_not_json_is_rebuilt_not_a_crash(path: Path, builds: list[str], header: bytes,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    with GlossaryStore.open(path) as store:
        first = spans(store)
    cached = automaton_folder(path) / "ru.automaton"
    data = cached.read_bytes()
    cached.write_bytes(header + data[data.index(b"\n"):])
    builds.clear()
    with caplog.at_level(logging.WARNING), GlossaryStore.open(path) as store:
        assert spans(store) == first
    assert builds == ["ru"]
    assert "not a PressDesk automaton file" in caplog.text
