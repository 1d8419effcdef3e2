"""Keep what the application holds for good out of the garbage collector's full passes.

A full collection walks every container object in the process while holding the GIL, whichever thread starts it. A
worker that allocates a lot (the quality checks of a long release, a file read) starts one now and then, and the
window froze for its whole length: 40–90 ms with the modules, the Russian dictionary's tags and a 10,000-entry
glossary loaded. Those live as long as the process, so once start-up has settled (the panels installed, the
glossary's first snapshot built, every worker idle) they are collected one last time and frozen (`gc.freeze()`);
later full passes walk only what was made since. Frozen once: freezing again later would also freeze whatever
garbage cycles were waiting for the next pass, and keep them for good.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, Slot

from desktop_app.ui.context import AppContext

log = logging.getLogger(__name__)


class StartupHeapFreezer(QObject):
    """Freezes the heap the first time the workers go idle with the glossary's current snapshot built."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context.tasks)
        self.context = context
        self.frozen = False
        context.tasks.busyChanged.connect(self._on_busy_changed)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if busy or self.frozen or not self._settled():
            return
        self.frozen = True
        self.context.tasks.busyChanged.disconnect(self._on_busy_changed)
        gc.collect()
        gc.freeze()
        log.debug("start-up heap frozen: %d objects", gc.get_freeze_count())

    def _settled(self) -> bool:
        glossary = self.context.glossary_if_made()
        return glossary is not None and glossary.current() is not None


def freeze_heap_after_startup(context: AppContext) -> StartupHeapFreezer:
    """For the application's own process only: tests build many windows in one process and must not keep them."""
    return StartupHeapFreezer(context)
