"""The glossary wired into the window: the dock, term marks in cells and editors, tooltips, and the key that
inserts the approved form.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop_app import LANGS
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.ui.glossary_dock.panel import INSERT_SHORTCUT, GlossaryPanel
from desktop_app.ui.labels import lang_label
from desktop_app.ui.term_highlighter import (
    TermHighlighter,
    TermSource,
    entry_tooltip,
    paint_term_marks,
    position_at,
)

if TYPE_CHECKING:
    from desktop_app.ui.context import AppContext

log = logging.getLogger(__name__)


class GlossaryUi(QObject):
    """Wires the glossary into the window: the dock, term marks in cells and editors, tooltips, the insert key."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context: AppContext = window.context  # type: ignore[attr-defined]
        self.grid = window.grid  # type: ignore[attr-defined]
        self.document = window.document  # type: ignore[attr-defined]
        self.source = TermSource(self.context, self)
        self.panel = GlossaryPanel(self.context, self.source, window.glossary_dock)  # type: ignore[attr-defined]
        window.glossary_dock.setWidget(self.panel)  # type: ignore[attr-defined]
        self.highlighters: list[TermHighlighter] = []
        delegate = self.grid.cell_delegate
        delegate.term_marks = self.paint_marks
        delegate.editorOpened.connect(self._editor_opened)
        self.grid.viewport().installEventFilter(self)
        self.insert_action = QAction(window)
        self.insert_action.setShortcut(QKeySequence(INSERT_SHORTCUT))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.insert_action.triggered.connect(self.insert_approved)
        window.edit_menu.addAction(self.insert_action)  # type: ignore[attr-defined]
        window.addAction(self.insert_action)
        self.panel.entryActivated.connect(self.insert_entry)
        self.panel.findRequested.connect(self.find_entry)
        self.panel.statusMessage.connect(window.status_message)  # type: ignore[attr-defined]
        self.source.changed.connect(self.grid.viewport().update)
        self.document.currentCellChanged.connect(self._current_changed)
        self.document.cellChanged.connect(self._cell_changed)
        self.document.cellsChanged.connect(self._cells_changed)
        window.installEventFilter(self)
        self.retranslateUi()
        self.source.reload()
        self.team = TeamGlossaryLink(self) if self.context.glossary.team else None
        self._file_seen = self._file_state()
        self.panel.glossaryChanged.connect(self._remember_file_state)

    def _file_state(self) -> tuple[tuple[int, int], ...] | None:
        """When and how big the desk's glossary file (and its write-ahead log) last were; None for a shared
        glossary, whose changes are announced by the server."""
        location = self.context.glossary.location
        if self.context.glossary.team or not isinstance(location, (str, Path)):
            return None
        state = []
        for path in (Path(location), Path(f"{location}-wal")):
            try:
                stat = path.stat()
            except OSError:
                continue
            state.append((stat.st_mtime_ns, stat.st_size))
        return tuple(state)

    def _remember_file_state(self) -> None:
        self._file_seen = self._file_state()

    def _check_file(self) -> None:
        """Back in the window: a glossary another program changed meanwhile (the command line, another PressDesk
        on the same data folder) is read again, so deleted names stop being highlighted and checked against."""
        state = self._file_state()
        if state is not None and state != self._file_seen:
            self._file_seen = state
            log.info("the glossary file was changed by another program; reading it again")
            self.panel._changed(external=True)

    def apply_settings(self) -> None:
        """Preferences ▸ Team was applied: another shared glossary (or the desk's own again) is used at once, read
        on workers like the first one (the window never waits for a server)."""
        if not self.context.apply_glossary_settings():
            return
        if self.context.glossary.team and self.team is None:
            self.team = TeamGlossaryLink(self)
        elif not self.context.glossary.team and self.team is not None:
            self.team.remove()
            self.team = None
        elif self.team is not None:
            self.team.restart()
        self.panel._changed(external=True)

    def retranslateUi(self) -> None:
        self.insert_action.setText(self.tr("Insert Appro&ved Term"))
        self.insert_action.setStatusTip(self.tr("Replace the term under the cursor with its approved form, or "
                                                "insert the approved form of the entry selected in the Glossary"))

    # -- cells -------------------------------------------------------------------------------------------------
    def paint_marks(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Called by the cell delegate after it painted a cell, with the option it painted it with."""
        from desktop_app.ui.release_model import LangRole

        if not self.source.ready:
            return
        text = option.text  # type: ignore[attr-defined]  # what fits in the cell: a huge cell is matched in part
        hits = self.source.hits(text, index.data(LangRole))
        if hits:
            paint_term_marks(painter, option, hits, text, self.grid)

    def hit_in_cell(self, index: QModelIndex, point: QPointF) -> Any:
        from desktop_app.ui.release_model import LangRole

        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return None
        option = QStyleOptionViewItem()
        option.initFrom(self.grid)
        option.rect = self.grid.visualRect(index)
        option.font = self.grid.font()
        self.grid.cell_delegate.initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]  # the part painted, as in paint_marks
        position = position_at(option, text, point, self.grid)
        if position is None:
            return None
        return next((h for h in self.source.hits(text, index.data(LangRole)) if h.start <= position < h.end), None)

    def _current_changed(self, segment_id: str, _lang: str) -> None:
        if not segment_id:
            return
        try:
            texts = {lang: self.document.cell(segment_id, lang).text for lang in LANGS}
        except (KeyError, LookupError):
            return
        self.panel.set_segment(texts)

    def _cell_changed(self, segment_id: str, _lang: str) -> None:
        current = self.document.current_cell()
        if current is not None and current[0] == segment_id:
            self._current_changed(segment_id, _lang)

    def _cells_changed(self, keys: list[tuple[str, str]]) -> None:
        """A bulk edit: the current segment's terms are listed again once if it is among the changed cells."""
        current = self.document.current_cell()
        if current is not None and any(segment_id == current[0] for segment_id, _lang in keys):
            self._current_changed(*current)

    # -- editors -----------------------------------------------------------------------------------------------
    def _editor_opened(self, editor: Any) -> None:
        highlighter = TermHighlighter(editor.document(), self.source, editor.lang)
        self.highlighters = [h for h in self.highlighters if _alive(h)] + [highlighter]
        editor.viewport().installEventFilter(self)
        editor.viewport().setProperty("glossaryEditor", True)

    def _active_editor(self) -> Any:
        return self.grid.cell_delegate.active_editor

    def insert_approved(self) -> None:
        """Replace the term under the cursor by its approved form, or insert the selected entry's approved form."""
        editor = self._active_editor()
        if editor is None:
            self.window.status_message(self.tr("Start editing a cell to insert a term"))  # type: ignore[attr-defined]
            return
        cursor = editor.textCursor()
        block = cursor.block()
        hit = self.source.hit_at(block.text(), editor.lang, cursor.positionInBlock())
        if hit is not None and hit.entry.forms.get(editor.lang):
            cursor.setPosition(block.position() + hit.start)
            cursor.setPosition(block.position() + hit.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(hit.entry.forms[editor.lang])
            editor.setTextCursor(cursor)
            return
        entry = self.panel.selected_entry()
        if entry is not None:
            self.insert_entry(entry)

    def find_entry(self, entry: TermEntry) -> None:
        """The entry's approved form searched for in the current column (or its first language that has one), as
        Find does: the next paragraph using it is shown, F3 goes on."""
        lang = self.document.current_lang()
        if not entry.forms.get(lang):
            lang = next((code for code in LANGS if entry.forms.get(code)), lang)
        if entry.forms.get(lang):
            self.window.find_text(entry.forms[lang], lang)  # type: ignore[attr-defined]

    def insert_entry(self, entry: TermEntry) -> None:
        editor = self._active_editor()
        if editor is None:
            self.window.status_message(self.tr("Start editing a cell to insert a term"))  # type: ignore[attr-defined]
            return
        form = entry.forms.get(editor.lang, "")
        if not form:
            self.window.status_message(  # type: ignore[attr-defined]
                self.tr("“%1” has no approved form in %2").replace("%1", entry.label())
                .replace("%2", lang_label(editor.lang)))
            return
        editor.insertPlainText(form)
        editor.setFocus()

    # -- tooltips and language changes -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.source.ready:
            assert isinstance(event, QHelpEvent)
            hit = self._hit_under(watched, event)
            if hit is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(hit.entry, hit), watched)  # type: ignore[arg-type]
                return True
        elif watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif watched is self.window and event.type() == QEvent.Type.ActivationChange and self.window.isActiveWindow():
            self._check_file()
        return super().eventFilter(watched, event)

    def _hit_under(self, watched: QObject, event: QHelpEvent) -> Any:
        if watched is self.grid.viewport():
            index = self.grid.indexAt(event.pos())
            return self.hit_in_cell(index, QPointF(event.pos())) if index.isValid() else None
        editor = self._active_editor()
        if editor is not None and watched is editor.viewport():
            cursor = editor.cursorForPosition(event.pos())
            block = cursor.block()
            return self.source.hit_at(block.text(), editor.lang, cursor.positionInBlock())
        return None


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


class _PostedTeamEvent(QEvent):
    """A TeamEvent of the service's listening thread, posted to the GUI thread."""

    TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(self.TYPE)
        self.kind = kind
        self.message = message


class TeamGlossaryLink(QObject):
    """A desk on the shared glossary: the other desks' changes reload highlighting, the list and QA; a permanent
    status-bar label says whether the desk is connecting, connected or working from its local copy.

    The listening thread posts its events (`QCoreApplication.postEvent`, thread-safe) rather than emitting a
    signal: PySide 6 keeps a reference to the receiver of every signal a non-Qt thread emits across threads, and
    that reference kept a closed window alive with its glossary snapshots and matchers."""

    def __init__(self, ui: GlossaryUi) -> None:
        super().__init__(ui)
        self.ui = ui
        self.service = ui.context.glossary
        self.label = QLabel(ui.window)
        self.label.setObjectName("teamGlossaryLabel")
        ui.window.statusBar().addPermanentWidget(self.label)
        self._why = ""
        self._elsewhere: list[tuple[str, int]] = []  # edits queued for shared glossaries the desk has left

        def listener(event: Any) -> None:  # on the listening thread
            try:
                QCoreApplication.postEvent(self, _PostedTeamEvent(event.kind, event.message))
            except RuntimeError:  # the window is closing: nobody is left to tell
                log.debug("team glossary event %s after the window closed", event.kind)

        self.service.subscribe(listener)
        self.destroyed.connect(lambda: self.service.unsubscribe(listener))
        ui.panel.glossaryChanged.connect(self.show_state)
        ui.source.changed.connect(self.show_state)
        ui.source.failed.connect(self.show_state)
        self.restart()

    def restart(self) -> None:
        """Say "connecting…" and listen to the glossary the service now uses (at start, and after Preferences);
        edits typed offline for another shared glossary are named: they wait until the desk is back on it."""
        self._why = ""
        self._elsewhere = self.service.queued_elsewhere()
        for where, count in self._elsewhere:
            log.info("%d edits typed offline wait for the shared glossary %s", count, where)
        self.show_state()
        self.service.start_live()

    def remove(self) -> None:
        """The desk went back to its own glossary: the label goes, and nothing more is heard."""
        self.ui.window.statusBar().removeWidget(self.label)
        self.label.deleteLater()
        self.deleteLater()

    def customEvent(self, event: QEvent) -> None:
        if isinstance(event, _PostedTeamEvent):
            self._on_event(event.kind, event.message)

    def _on_event(self, kind: str, message: str) -> None:
        if kind in ("changed", "online"):
            self.ui.panel._changed(external=True)
        if kind in ("connected", "online", "offline"):
            self._why = message
            self.show_state()
            self.ui.panel._update_buttons()
            if message:
                self.ui.panel.statusMessage.emit(message)

    def show_state(self) -> None:
        """The label from what the service knows now (no server is asked: the GUI thread never waits for one)."""
        online = self.service.online
        if online is None:
            self.label.setText(self.tr("Shared glossary: connecting…"))
        elif online:
            self.label.setText(self.tr("Shared glossary"))
        elif not self.service.path.is_file():
            self.label.setText(self.tr("Shared glossary offline: not reached yet, and this desk has no copy of it"))
        else:
            queued = self.service.pending_edits()
            self.label.setText(self.tr("Shared glossary offline: working from the last copy; %n edit(s) queued", "",
                                       queued))
        tip = self._why or str(self.service.location).split("@")[-1]
        if self._elsewhere:
            waiting = sum(count for _where, count in self._elsewhere)
            self.label.setText(self.label.text() + " · " + self.tr(
                "%n edit(s) wait for another shared glossary", "", waiting))
            tip += "".join("\n" + self.tr("%n edit(s) typed offline wait for %1 (sent when this desk uses it again)",
                                           "", count).replace("%1", where) for where, count in self._elsewhere)
        self.label.setToolTip(tip)


def install_glossary(window: QMainWindow) -> GlossaryUi:
    """Wire the glossary dock and term highlighting into the window (called from `MainWindow._install_panels`)."""
    return GlossaryUi(window)
