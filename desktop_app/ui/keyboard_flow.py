"""Keyboard-first editing, as translators know it from CAT tools, in Edit ▸ Go To and Edit ▸ Translation:

    Ctrl+Enter          confirm the cell (the status chosen in Preferences) and go to the next unconfirmed cell
    F8 / Shift+F8       next / previous quality-check problem (its text selected in the cell)
    Ctrl+G              go to segment N
    Ctrl+Shift+Insert   copy the source text into the cell
    Ctrl+Alt+1…9        insert the approved form of glossary term N of the source (numbered in the Glossary dock)

Moves select only the new cell (a move never extends the selection, whatever modifier is held).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from desktop_app import LANGS
from desktop_app.domain.release import Cell, Origin, Provenance, Status
from desktop_app.ui.grid_view import RowFilter
from desktop_app.ui.labels import status_label

log = logging.getLogger(__name__)

CONFIRM_STATUSES = (Status.REVIEWED, Status.APPROVED)
STATUS_ORDER = (Status.EMPTY, Status.MACHINE, Status.DRAFT, Status.REVIEWED, Status.APPROVED)
TERM_KEYS = 9


def confirm_status(value: str) -> Status:
    """The status Ctrl+Enter gives (a setting); reviewed unless the setting names another confirm status."""
    return next((s for s in CONFIRM_STATUSES if s.value == value), Status.REVIEWED)


class KeyboardFlow(QObject):
    """The actions and their behaviour; `window` is the MainWindow (grid, document, docks, context)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.document = self.window.document
        self.grid = self.window.grid

        def action(slot: Any, *keys: str) -> QAction:
            made = QAction(window)
            made.setShortcuts([QKeySequence(k) for k in keys])
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            window.addAction(made)
            return made

        self.confirm_action = action(self.confirm_and_next, "Ctrl+Return", "Ctrl+Enter")
        self.next_unconfirmed_action = action(self.next_unconfirmed, "Alt+Down")
        self.next_empty_action = action(self.next_empty, "Ctrl+Alt+Down")
        self.next_problem_action = action(lambda: self.go_to_problem(1), "F8")
        self.previous_problem_action = action(lambda: self.go_to_problem(-1), "Shift+F8")
        self.go_to_segment_action = action(self.ask_segment, "Ctrl+G")
        self.copy_source_action = action(self.copy_source, "Ctrl+Shift+Insert")
        self.term_actions = [action(partial(self.insert_term, n), f"Ctrl+Alt+{n}") for n in range(1, TERM_KEYS + 1)]
        self.go_menu = QMenu(window)
        self.go_menu.addActions([self.next_unconfirmed_action, self.next_empty_action, self.next_problem_action,
                                 self.previous_problem_action, self.go_to_segment_action])
        self.term_menu = QMenu(window)
        self.term_menu.addActions(self.term_actions)
        edit = self.window.edit_menu
        first = edit.actions()[0] if edit.actions() else None
        edit.insertAction(first, self.confirm_action)
        edit.insertAction(first, self.copy_source_action)
        edit.insertMenu(first, self.term_menu)
        edit.insertMenu(first, self.go_menu)
        edit.insertSeparator(first)
        self.grid.cell_delegate.confirmRequested.connect(self.confirm_and_next)
        qa = getattr(self.window, "quality_checks", None)
        if qa is not None:
            qa.panel.findingActivated.connect(self.show_finding)
        window.installEventFilter(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        status = status_label(confirm_status(self.window.context.settings.confirm_status))
        self.confirm_action.setText(self.tr("&Confirm (%1) and Go to Next").replace("%1", status))
        self.next_unconfirmed_action.setText(self.tr("Next &Unconfirmed Cell"))
        self.next_empty_action.setText(self.tr("Next &Empty Cell"))
        self.next_problem_action.setText(self.tr("Next Quality &Problem"))
        self.previous_problem_action.setText(self.tr("Previous Quality P&roblem"))
        self.go_to_segment_action.setText(self.tr("&Go to Segment…"))
        self.copy_source_action.setText(self.tr("Cop&y Source to Target"))
        for n, term in enumerate(self.term_actions, start=1):
            term.setText(self.tr("Insert Term %1").replace("%1", str(n)))
        self.go_menu.setTitle(self.tr("&Go To"))
        self.term_menu.setTitle(self.tr("Insert Glossary &Term"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)

    # -- moving ----------------------------------------------------------------------------------------------
    def move_to(self, segment_id: str, lang: str, edit: bool = True) -> None:
        """Make (segment, lang) the only selected cell, scroll to it and open its editor."""
        index = self.grid.release_model.index_for(segment_id, lang)
        if not index.isValid():
            return
        if self.grid.isRowHidden(index.row()):
            self.window.set_filter(RowFilter.ALL, self.grid.filter_lang)
        self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.document.set_current_cell(segment_id, lang)
        self.grid.scrollTo(index)
        self.grid.setFocus()
        if edit and not self.window.document.read_only:
            self.grid.edit(index)
            editor = self.grid.cell_delegate.active_editor
            if editor is not None:
                editor.setFocus()

    def _next_where(self, wanted: Any) -> bool:
        """Go to the next cell of the current column (after the current row, wrapping) for which wanted(cell)."""
        current = self.document.current_cell()
        if current is None:
            return False
        segments = self.document.release.segments
        start = self.document.row_of(current[0])
        for step in range(1, len(segments) + 1):
            segment = segments[(start + step) % len(segments)]
            if wanted(segment.cells[current[1]]):
                self.move_to(segment.id, current[1])
                return True
        self.window.status_message(self.tr("No more cells to go to in this column."))
        return False

    def next_unconfirmed(self) -> bool:
        return self._next_where(lambda cell: cell.status not in CONFIRM_STATUSES)

    def next_empty(self) -> bool:
        return self._next_where(lambda cell: cell.is_empty)

    def confirm_and_next(self) -> None:
        """Ctrl+Enter: the cell gets the confirm status (one undo step), then the next unconfirmed cell opens."""
        current = self.document.current_cell()
        if current is None or self.document.read_only:
            return
        self.window._finish_editing()
        cell = self.document.cell(*current)
        status = confirm_status(self.window.context.settings.confirm_status)
        if not cell.is_empty and STATUS_ORDER.index(cell.status) < STATUS_ORDER.index(status):  # never lowered
            self.document.set_status([current], status)
        self.next_unconfirmed()

    def ask_segment(self) -> None:
        total = len(self.document.release.segments)
        if not total:
            return
        current = self.document.current_cell()
        row = self.document.row_of(current[0]) + 1 if current else 1
        number, ok = QInputDialog.getInt(self.window, self.tr("Go to Segment"),
                                         self.tr("Segment (1–%1):").replace("%1", str(total)), row, 1, total)
        if ok:
            self.go_to_segment(number)

    def go_to_segment(self, number: int) -> bool:
        """Segment `number` (1-based), in the current column."""
        segments = self.document.release.segments
        if not 1 <= number <= len(segments):
            return False
        current = self.document.current_cell()
        self.move_to(segments[number - 1].id, current[1] if current else self.grid.column_order()[0], edit=False)
        return True

    def go_to_problem(self, step: int) -> bool:
        """The next (step 1) or previous (-1) quality-check finding after the current cell, its text selected."""
        qa = getattr(self.window, "quality_checks", None)
        if qa is None:
            return False
        findings = qa.panel.visible_findings()
        if not findings:
            self.window.status_message(self.tr("No quality problems to go to."))
            return False
        order = {seg.id: i for i, seg in enumerate(self.document.release.segments)}
        findings = sorted((f for f in findings if f.segment_id in order),
                          key=lambda f: (order[f.segment_id], LANGS.index(f.lang), f.span or (0, 0)))
        current = self.document.current_cell()
        here = (order.get(current[0], -1), LANGS.index(current[1])) if current else (-1, -1)
        after = [f for f in findings if (order[f.segment_id], LANGS.index(f.lang)) > here]
        before = [f for f in findings if (order[f.segment_id], LANGS.index(f.lang)) < here]
        target = (after or findings)[0] if step > 0 else (before or findings)[-1]
        qa.panel.select_finding(target)
        self.show_finding(target)
        return True

    def show_finding(self, finding: Any) -> None:
        """Move to the finding's cell with the editor open and the offending text selected."""
        self.move_to(finding.segment_id, finding.lang)
        editor = self.grid.cell_delegate.active_editor
        if editor is not None and finding.span is not None:
            start, end = finding.span
            length = len(editor.toPlainText())
            editor.select_text(min(start, length), min(end, length))

    # -- filling ---------------------------------------------------------------------------------------------
    def source_lang(self, segment_id: str, lang: str) -> str | None:
        """Where the cell's text comes from: its recorded source, else the first filled column to its left."""
        segment = self.document.segment(segment_id)
        recorded = segment.cells[lang].provenance.source_lang
        if recorded and recorded != lang and not segment.cells[recorded].is_empty:
            return recorded
        order = [c for c in self.grid.column_order() if c != lang]
        return next((c for c in order if not segment.cells[c].is_empty), None)

    def copy_source(self) -> bool:
        current = self.document.current_cell()
        if current is None or self.document.read_only:
            return False
        self.window._finish_editing()
        src = self.source_lang(*current)
        if src is None:
            self.window.status_message(self.tr("The other cells of this row are empty: nothing to copy."))
            return False
        text = self.document.segment(current[0]).text(src)
        cell = Cell(text, Status.DRAFT, Provenance(Origin.TYPED, src, text))
        self.document.set_cell(current[0], current[1], cell, self.tr("Copy source to target"))
        self.move_to(*current)
        return True

    def term_entries(self) -> list[Any]:
        """Glossary entries named in the source text of the current cell, in the order they appear there."""
        glossary = getattr(self.window, "glossary", None)
        current = self.document.current_cell()
        if glossary is None or current is None or not glossary.source.ready:
            return []
        src = self.source_lang(*current)
        if src is None:
            return []
        hits = sorted(glossary.source.hits(self.document.segment(current[0]).text(src), src),
                      key=lambda hit: hit.start)
        entries: dict[int, Any] = {}
        for hit in hits:
            if hit.entry.forms.get(current[1]):
                entries.setdefault(hit.entry.id, hit.entry)
        return list(entries.values())

    def insert_term(self, n: int) -> bool:
        """Ctrl+Alt+N: the approved form of the source's Nth term goes in at the cursor."""
        entries = self.term_entries()
        if not 1 <= n <= len(entries):
            self.window.status_message(self.tr("The source has no term %1.").replace("%1", str(n)))
            return False
        if self.grid.cell_delegate.active_editor is None:
            current = self.document.current_cell()
            if current is None:
                return False
            self.move_to(*current)
            editor = self.grid.cell_delegate.active_editor
            if editor is None:
                return False
            editor.moveCursor(QTextCursor.MoveOperation.End)
        self.window.glossary.insert_entry(entries[n - 1])
        return True


def install_keyboard_flow(window: QMainWindow) -> KeyboardFlow:
    return KeyboardFlow(window)
