"""One application context handed explicitly to every widget (git-cola's ApplicationContext).

    context = AppContext.create(data_dir)     # tests: AppContext.create(tmp_path)
    context.settings      # desktop_app.settings.Settings (JSON, shared with the CLI); context.save_settings()
    context.qt_settings   # ui.qt_settings.QtSettings (geometry, dock layout, grid columns)
    context.tasks         # ui.workers.TaskRunner: submit(fn, *args, lane="mt"|"default", on_done=..., ...)
    context.ui_language   # ui.i18n.UiLanguage (None until the QApplication installs one)
    context.glossary      # services.glossary_service.GlossaryService: the one owner of the glossary (snapshots
                          # per revision for highlighting, MT, QA and export; the GUI thread's store for edits)
    context.dialler       # storage.pg_dial.Dialler: every worker's connection attempt to a team server, given up
                          # at once when the app quits (a server that never answers does not hold the quit)

No module-level singletons: a test builds its own context with a temporary data folder.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.settings import Settings
from desktop_app.storage.pg_dial import Dialler
from desktop_app.ui.i18n import UiLanguage
from desktop_app.ui.qt_settings import QtSettings
from desktop_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from desktop_app.services.glossary_service import GlossaryService
    from desktop_app.services.spelling import SpellChecker

log = logging.getLogger(__name__)


class AppContext:
    """Everything a widget needs from the application, in one object."""

    def __init__(self, data_dir: Path, settings: Settings, tasks: TaskRunner, qt_settings: QtSettings,
                 ui_language: UiLanguage | None = None) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.tasks = tasks
        self.qt_settings = qt_settings
        self.ui_language = ui_language
        self._glossary: GlossaryService | None = None
        self._spelling: SpellChecker | None = None
        self.dialler = Dialler()

    @classmethod
    def create(cls, data_dir: Path, ui_language: UiLanguage | None = None) -> AppContext:
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        from desktop_app.mt.argos_engine import configure

        configure(data_dir)  # argostranslate's process-wide settings, before the worker pool starts
        return cls(data_dir, Settings.load(data_dir), TaskRunner(), QtSettings(data_dir), ui_language)

    @property
    def recovery_dir(self) -> Path:
        """Where never-saved documents are kept as untitled projects so a crash loses nothing."""
        path = self.data_dir / "recovery"
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def glossary(self) -> GlossaryService:
        """The glossary service, made on first use (nothing is opened, and the import stays off the start-up path)."""
        if self._glossary is None:
            from desktop_app.services.glossary_service import GlossaryService

            # The GUI thread never dials a glossary server: workers do, and hand their connection over.
            self._glossary = GlossaryService.for_data_dir(self.data_dir, dial_in_store=False, dialler=self.dialler)
        return self._glossary

    def glossary_if_made(self) -> GlossaryService | None:
        """The glossary service if something has used it already (asking never makes one)."""
        return self._glossary

    def apply_glossary_settings(self) -> bool:
        """Point the glossary at the one the settings now name (Preferences ▸ Team; the author a shared glossary
        records), without waiting for any server; True if it changed. $PRESSDESK_GLOSSARY_URL, when set, wins."""
        from desktop_app.services.glossary_service import desk_author, glossary_location

        if self._glossary is None:
            return False
        location = glossary_location(self.data_dir)
        return self._glossary.relocate(location, desk_author(self.data_dir, location))

    @property
    def spelling(self) -> SpellChecker:
        """The spell checker, made on first use (nothing is loaded: dictionaries load on the worker that needs them)."""
        if self._spelling is None:
            from desktop_app.services.spelling import SpellChecker, dictionary_dirs

            self._spelling = SpellChecker(dictionary_dirs(self.data_dir))
        return self._spelling

    def save_settings(self) -> None:
        self.settings.save(self.data_dir)

    def close(self) -> None:
        """Stop background work and close what was opened (the app is quitting). Connection attempts still waiting
        for a team server are given up first, so the workers end at once instead of at the connect timeout; an
        edit one of them carried is queued on the desk's local copy (see GlossaryService.on_worker)."""
        self.dialler.abandon()
        self.tasks.shutdown()
        self.qt_settings.sync()
        if self._glossary is not None:
            self._glossary.close()
            self._glossary = None
