"""One owner of the glossary: one matcher per glossary revision, shared by highlighting, MT, QA and export checks,
whichever thread asks first; a glossary that cannot be opened is one GlossaryError."""

from __future__ import annotations

import gc
import threading
import weakref
from dataclasses import replace
from pathlib import Path

import pytest
import ui_support

from desktop_app.domain.glossary import matcher as matcher_module
from desktop_app.domain.glossary.model import empty_entry
from desktop_app.services.glossary_service import GlossaryService
from desktop_app.storage.glossary_store import GlossaryError, default_glossary_path
from desktop_app.ui.export_dialog import ExportRequest, run_checks
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures


class Built:
    """Counts the GlossaryMatcher objects made in this process while the test runs, and keeps track of them."""

    def __init__(self) -> None:
        self.count = 0
        self.made: list[weakref.ref[matcher_module.GlossaryMatcher]] = []

    def alive(self) -> int:
        """How many of them are still alive: another test's window may still hold its own, closed or not."""
        gc.collect()
        return sum(ref() is not None for ref in self.made)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Built:
    counter = Built()
    original = matcher_module.GlossaryMatcher.__init__

    def counting_init(self, *args, **kwargs) -> None:
        counter.count += 1
        counter.made.append(weakref.ref(self))
        original(self, *args, **kwargs)

    monkeypatch.setattr(matcher_module.GlossaryMatcher, "__init__", counting_init)
    return counter


def test_threads_asking_at_once_share_one_build_per_revision(tmp_path: Path, built: Built) -> None:
    service = GlossaryService(tmp_path / "glossary.sqlite")
    results = []
    threads = [threading.Thread(target=lambda: results.append(service.snapshot())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert built.count == 1
    assert len({id(r) for r in results}) == 1 and results[0].revision == 0
    assert results[0].matcher is not None and results[0].matcher.find("金华", "zh")
    assert service.current() is results[0]
    service.store().add(replace(empty_entry("place"), forms={"zh": "青田", "en": "Qingtian", "ru": "Цинтянь"}))
    service.changed(elsewhere=False)
    assert service.current() is None  # a new revision: nothing published for it until someone asks
    again = service.snapshot()
    assert built.count == 2 and again.revision == 1
    assert [h.entry.forms["en"] for h in again.matcher.find("青田县", "zh")] == ["Qingtian"]
    assert results[0].matcher.find("青田县", "zh") == []  # a published snapshot never changes
    service.close()


def test_a_glossary_that_cannot_be_opened_is_one_glossary_error(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite"
    path.write_bytes(b"not a database at all" * 10)
    with pytest.raises(GlossaryError, match="not a PressDesk glossary"):
        GlossaryService(path).snapshot()
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    with pytest.raises(GlossaryError, match="cannot be opened"):
        GlossaryService(folder).snapshot()


def test_the_gui_process_holds_one_matcher_per_revision(qtbot, built: Built, window: MainWindow) -> None:
    context = window.context
    ui = window.glossary
    qtbot.waitUntil(lambda: ui.source.ready, timeout=30_000)
    qa = window.quality_checks.panel
    with qtbot.waitSignal(qa.checked, timeout=60_000):
        window.quality_checks.run()
    session = window.machine_translation.session
    session.refresh_glossary()
    reports = []
    request = ExportRequest("single", "en", None, None, Path("unused.docx"))
    context.tasks.submit(run_checks, window.document.release.copy(), context.glossary, set(), request,
                         on_done=reports.append)
    qtbot.waitUntil(lambda: bool(reports) and context.tasks.wait_idle(0), timeout=30_000)

    published = context.glossary.current()
    assert published is not None and published.matcher is not None
    assert built.count == 1
    assert ui.source._matcher is published.matcher
    assert qa.glossary is published and session.service.matcher is published.matcher
    assert reports[0].errors == 1  # only the sample's deliberate forbidden form
    assert built.alive() == 1
    del published

    entry = replace(empty_entry("place"), forms={"zh": "青田", "en": "Qingtian", "ru": "Цинтянь"})
    with qtbot.waitSignal(ui.source.changed, timeout=30_000), qtbot.waitSignal(qa.checked, timeout=60_000):
        ui.panel._write(lambda store: store.add(entry))
    session.refresh_glossary()
    qtbot.waitUntil(lambda: context.tasks.wait_idle(0), timeout=30_000)
    assert context.glossary.revision == 1 and built.count == 2
    assert session.service.matcher is qa.glossary.matcher is ui.source._matcher is context.glossary.current().matcher
    assert built.alive() == 1
    assert default_glossary_path(context.data_dir) == context.glossary.path


def test_the_checks_keep_no_glossary_alive_after_its_last_user(tmp_path: Path) -> None:
    """The checks' per-revision context lives on its matcher, not in a module cache holding the newest one."""
    from desktop_app.domain.qa.runner import check_release
    from desktop_app.services.importing import sample_release

    service = GlossaryService(tmp_path / "glossary.sqlite")
    try:
        snapshot = service.snapshot()
        findings = check_release(sample_release(), snapshot.matcher, snapshot.tenures)
        assert any(f.kind.value == "forbidden" for f in findings)  # the checks really used this glossary
        matcher = weakref.ref(snapshot.matcher)
    finally:
        service.close()
    del snapshot, service
    gc.collect()
    assert matcher() is None
