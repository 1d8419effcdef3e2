"""The window's machine-translation session: one translation service, the glossary it protects, the memory.

Created on the GUI thread without importing argostranslate (that happens on the first translation, on the
single "mt" lane of the task runner). The suggestions dock, "translate all" and the packs dialog share it.
The engine is the local packs, or the office's LibreTranslate server set in Preferences ▸ Team (or
$PRESSDESK_MT_URL); the server's language list is an HTTP call, so it is fetched on the MT lane and cached.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.engine import MtError
from desktop_app.services.translation import TranslationService, beam_for
from desktop_app.ui.context import AppContext
from desktop_app.ui.workers import CancelToken

if TYPE_CHECKING:
    from desktop_app.services.glossary_service import GlossaryService

log = logging.getLogger(__name__)

MT_LANE = "mt"


class MtSession(QObject):
    """Shared MT state of one window; `packsChanged` tells views to refresh after an install or removal."""

    packsChanged = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        from desktop_app.mt.factory import make_engine

        settings = context.settings
        try:
            engine = make_engine(context.data_dir, settings.mt_url or None, settings.mt_api_key or None)
        except MtError as exc:  # an address no request can use (settings edited by hand): the window still opens
            log.warning("%s; translating with the installed language packs", exc)
            engine = make_engine(context.data_dir, "")
        self.service = TranslationService(engine, beam_size=beam_for(settings.mt_quality))
        self._pairs: set[tuple[str, str]] | None = None
        self._glossary_revision: int | None = None
        self._memory: Any = None
        self._memory_failed = False
        self._memory_lock = threading.Lock()  # opened by whichever worker asks first

    def installed_pairs(self) -> set[tuple[str, str]]:
        """The pairs the engine translates. The local packs are listed at once (a folder scan); a server's list
        is fetched on the MT lane (empty until it arrives; `packsChanged` fires when it does)."""
        if self._pairs is None:
            if isinstance(self.service.engine, ArgosEngine):
                self._pairs = self.service.engine.installed_pairs()
            else:
                self._pairs = set()
                self.context.tasks.submit(_list_pairs, self.service, lane=MT_LANE, on_done=self._listed)
        return set(self._pairs)

    @property
    def local_packs(self) -> bool:
        """Translations come from packs installed on this computer (not from a team server)."""
        return isinstance(self.service.engine, ArgosEngine)

    def _listed(self, pairs: set[tuple[str, str]]) -> None:
        if pairs != self._pairs:
            self._pairs = pairs
            self.packsChanged.emit()

    def refresh_glossary(self) -> None:
        """Before MT work (GUI thread): the decoding quality chosen, and after a glossary change the glossary's new
        snapshot, given to the service on the MT lane ahead of the work that needs it (it may have to be built)."""
        self.service.set_beam(beam_for(self.context.settings.mt_quality))
        glossary = self.context.glossary
        if glossary.revision != self._glossary_revision:
            self._glossary_revision = glossary.revision
            self.context.tasks.submit(_use_glossary, self.service, glossary, lane=MT_LANE)

    def memory(self) -> Any:
        """The translation memory (thread-safe), opened on first use; None when it cannot be opened.

        Call it from a worker: the first call imports and opens the memory (a few hundred ms).
        """
        with self._memory_lock:
            if self._memory is None and not self._memory_failed:
                from desktop_app.services.memory import TranslationMemory
                from desktop_app.storage.tm_store import TmStoreError

                try:
                    self._memory = TranslationMemory.open(self.context.data_dir, dialler=self.context.dialler)
                except (TmStoreError, OSError) as exc:
                    log.warning("translation memory unavailable: %s", exc)
                    self._memory_failed = True
            return self._memory

    def reset_memory(self) -> None:
        """Preferences ▸ Team was applied: the next lookup opens the memory the settings name now. Done on a worker,
        as a worker may be holding the memory's lock while it dials an unreachable server."""
        self.context.tasks.submit(_forget_memory, self)

    def _forget(self) -> None:
        with self._memory_lock:
            memory, self._memory, self._memory_failed = self._memory, None, False
        if memory is not None:
            memory.close()

    def notify_packs_changed(self) -> None:
        """After an install or removal: drop loaded models on the MT lane (after any running translation)."""
        self._pairs = None
        self.context.tasks.submit(_reload, self.service, lane=MT_LANE, on_done=lambda _r: self.packsChanged.emit())

    def close(self) -> None:
        if self._memory is not None:
            self._memory.close()
            self._memory = None


def _use_glossary(_token: CancelToken, service: TranslationService, glossary: GlossaryService) -> None:
    from desktop_app.storage.glossary_store import GlossaryError

    try:
        service.set_glossary(glossary.snapshot().matcher)
    except GlossaryError as exc:  # translation still works without it; the names are then not protected
        log.warning("glossary unavailable for MT protection: %s", exc)
        service.set_glossary(None)


def _forget_memory(_token: CancelToken, session: MtSession) -> None:
    session._forget()


def _list_pairs(_token: CancelToken, service: TranslationService) -> set[tuple[str, str]]:
    return service.engine.installed_pairs()


def _reload(_token: CancelToken, service: TranslationService) -> None:
    service.packs_changed()
