"""The local copy of a shared glossary and the queue of edits typed offline belong to one server: a desk moved to
another glossary (Preferences ▸ Team, $PRESSDESK_GLOSSARY_URL, --glossary) neither sends the first glossary's
queued edits into the second nor shows the first glossary's copy as the second's; the edits wait, in their own
queue, until the desk is back on their glossary. Two glossaries are two databases of the real test PostgreSQL."""

from __future__ import annotations

import urllib.parse
from dataclasses import replace
from pathlib import Path

import pg_support
import pytest
from pg_support import PgServer

from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.services.glossary_service import GlossaryService
from desktop_app.storage.pg_glossary_store import GlossaryOfflineError, PgGlossaryStore

psycopg = pytest.importorskip("psycopg", reason="psycopg (the team extra) is not installed")
pg_server = pg_support.pg_server  # fixture


def term(en: str, zh: str) -> TermEntry:
    return replace(empty_entry("place"), forms={"zh": zh, "en": en, "ru": ""})


def database(url: str) -> str:
    return urllib.parse.urlsplit(url).path.lstrip("/")


def english(url: str) -> set[str]:
    with PgGlossaryStore.open(url, seed=False) as store:
        return {e.forms["en"] for e in store.entries()}


@pytest.fixture
def offices(pg_server: PgServer) -> tuple[str, str]:
    """Two offices' glossaries: A knows the Khanka Lake commission, B the Valdai club."""
    urls = pg_server.new_database(), pg_server.new_database()
    for url, en, zh in zip(urls, ("Khanka Lake Fisheries Commission", "Valdai Discussion Club"),
                           ("兴凯湖渔业委员会", "瓦尔代国际辩论俱乐部"), strict=True):
        with PgGlossaryStore.open(url, author="owner", seed=False) as store:
            store.add(term(en, zh))
    return urls


def seen_then_offline(pg_server: PgServer, desk: GlossaryService) -> None:
    """The desk reads its glossary (its local copy is written), then the server goes away."""
    desk.snapshot()
    desk.wait_for_replica()
    pg_server.stop()
    desk.online = False


def test_edits_queued_for_one_glossary_are_sent_to_it_and_never_to_another(
        pg_server: PgServer, offices: tuple[str, str], tmp_path: Path) -> None:
    office_a, office_b = offices
    desk = GlossaryService(office_a, data_dir=tmp_path / "desk", author="boris")
    try:
        seen_then_offline(pg_server, desk)
        desk.write(lambda s: s.add(term("Khanka Ferry Pier", "兴凯湖渡口")))
        assert desk.pending_edits() == 1
        pg_server.start()
        desk.relocate(office_b, "boris")  # Preferences ▸ Team: another office's glossary, no restart
        built = desk.snapshot()
        assert desk.online is True
        assert [h.text for h in built.matcher.find("兴凯湖渡口 瓦尔代国际辩论俱乐部", "zh")] == [  # type: ignore[union-attr]
            "瓦尔代国际辩论俱乐部"]
        assert desk.pending_edits() == 0  # B has no queue of its own...
        (label, waiting), = desk.queued_elsewhere()  # ...and A's edit waits in A's
        assert waiting == 1 and label.startswith("postgres@/") and label.endswith(f":5432/{database(office_a)}")
        desk.relocate(office_a, "boris")  # back on A: its edit is sent there
        desk.snapshot()
        assert desk.pending_edits() == 0 and desk.queued_elsewhere() == []
    finally:
        desk.close()
        if not pg_server.running():
            pg_server.start()
    assert english(office_b) == {"Valdai Discussion Club"}
    assert english(office_a) == {"Khanka Lake Fisheries Commission", "Khanka Ferry Pier"}


def test_a_desk_that_cannot_reach_its_new_glossary_never_shows_the_old_one(
        pg_server: PgServer, offices: tuple[str, str], tmp_path: Path) -> None:
    office_a, office_b = offices
    data_dir = tmp_path / "desk"
    first = GlossaryService(office_a, data_dir=data_dir, author="boris")
    try:
        seen_then_offline(pg_server, first)
    finally:
        first.close()
    try:
        desk = GlossaryService(office_b, data_dir=data_dir, author="boris", dial_in_store=False)  # a window's
        try:
            with pytest.raises(GlossaryOfflineError, match="no copy of the shared glossary"):
                desk.snapshot()
            assert not desk.store_ready()
        finally:
            desk.close()
        back = GlossaryService(office_a, data_dir=data_dir, author="boris")  # A's own copy is still there for A
        try:
            offline = back.snapshot()
            assert back.online is False
            assert [h.text for h in offline.matcher.find("出席兴凯湖渔业委员会", "zh")] == [  # type: ignore[union-attr]
                "兴凯湖渔业委员会"]
        finally:
            back.close()
    finally:
        pg_server.start()
