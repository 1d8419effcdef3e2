"""The office's shared translation memory on a real PostgreSQL: the same lookups as the desk's memory (exact
first, fuzzy through pg_trgm in Chinese and Russian), two desks sharing what they add, TMX in one transaction."""

from __future__ import annotations

from pathlib import Path

import pg_support
import pytest
from tm_helpers import write_tmx

from desktop_app.cli import main
from desktop_app.formats.errors import FormatError
from desktop_app.services.memory import MEMORY_URL_ENV, TranslationMemory
from desktop_app.storage.pg_tm_store import PgTmStore

pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
pg_server, pg_url = pg_support.pg_server, pg_support.pg_url  # fixtures


@pytest.fixture
def memory(pg_url: str):
    with TranslationMemory.open(url=pg_url) as opened:
        yield opened


def test_the_memory_is_on_the_server_and_exact_matches_come_first(memory: TranslationMemory, pg_url: str) -> None:
    assert isinstance(memory._store, PgTmStore) and memory.path == pg_url
    memory.add_pair("en", "ru", "The conference opened in Jinhua.", "Конференция открылась в Цзиньхуа.")
    memory.add_pair("en", "ru", "The conference opened in Moscow.", "Конференция открылась в Москве.")
    matches = memory.lookup("The conference opened in Jinhua.", "en", "ru")
    assert [m.target for m in matches] == ["Конференция открылась в Цзиньхуа.", "Конференция открылась в Москве."]
    assert matches[0].score == 100.0 and 60 <= matches[1].score < 99
    (case_only,) = memory.lookup("the CONFERENCE  opened in jinhua.", "en", "ru", limit=1)
    assert case_only.score == 99.0


def test_fuzzy_lookup_in_chinese_and_russian_through_trigrams(memory: TranslationMemory) -> None:
    sources = ["第十届中俄中小企业合作圆桌会议在金华举行", "第九届中俄中小企业合作圆桌会议在莫斯科举行", "今天天气很好"]
    for i, source in enumerate(sources):
        memory.add_pair("zh", "en", source, f"target {i}")
    matches = memory.lookup("第十届中俄中小企业合作圆桌会议在杭州举行", "zh", "en", limit=5)
    assert [m.target for m in matches] == ["target 0", "target 1"]
    assert matches[0].score > matches[1].score
    memory.add_pair("ru", "en", "Государственная дума приняла закон о торговле", "The State Duma passed the law")
    (match,) = memory.lookup("Государственная дума приняла закон о торговле с Китаем", "ru", "en")
    assert match.target == "The State Duma passed the law" and 60 <= match.score < 99
    assert memory.lookup("совсем другой текст без общих слов", "ru", "en") == []


def test_two_desks_share_one_memory_and_duplicates_are_kept_once(pg_url: str) -> None:
    with TranslationMemory.open(url=pg_url) as desk_a, TranslationMemory.open(url=pg_url) as desk_b:
        assert desk_a.add_pair("zh", "ru", "外交部", "МИД КНР")
        assert not desk_b.add_pair("zh", "ru", "外交部", "МИД КНР")
        assert [m.target for m in desk_b.lookup("外交部", "zh", "ru")] == ["МИД КНР"]
        assert desk_b.count("zh", "ru") == 1 and desk_b.count() == 2  # both directions


def test_a_refused_tmx_leaves_the_shared_memory_unchanged(memory: TranslationMemory, tmp_path: Path) -> None:
    memory.add_pair("en", "zh", "Foreign Ministry", "外交部")
    before = memory.count()
    good = write_tmx(tmp_path / "good.tmx", [[("en", "Belt and Road"), ("zh", "一带一路")]])
    report = memory.import_tmx(good)
    assert report.added == 2 and memory.count() == before + 2
    only_french = write_tmx(tmp_path / "fr.tmx", [[("en", "Hello"), ("fr", "Bonjour")]])
    with pytest.raises(FormatError):
        memory.import_tmx(only_french)
    assert memory.count() == before + 2


def test_the_cli_uses_the_shared_memory_from_the_option_or_the_environment(pg_url: str, monkeypatch,
                                                                          capsys: pytest.CaptureFixture[str]
                                                                          ) -> None:
    with TranslationMemory.open(url=pg_url) as memory:
        memory.add_pair("en", "ru", "Ministry of Foreign Affairs", "Министерство иностранных дел")
    assert main(["--memory", pg_url, "tm", "lookup", "--from", "en", "--to", "ru", "Ministry of Foreign Affairs"]) == 0
    assert "Министерство иностранных дел" in capsys.readouterr().out
    monkeypatch.setenv(MEMORY_URL_ENV, pg_url)
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", "Ministry of Foreign Affairs"]) == 0
    assert "Министерство иностранных дел" in capsys.readouterr().out
