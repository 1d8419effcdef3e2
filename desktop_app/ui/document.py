"""The open document: a release, its project file, an undo stack and autosave (the window's controller).

API other panels build on (keep stable):
    doc.release, doc.path (None while untitled), doc.store (ProjectStore or None), doc.undo_stack
    signals: currentCellChanged(segment_id, lang), cellChanged(segment_id, lang) (an edit of one cell),
             cellsChanged([(segment_id, lang), ...]) (once for an edit of several cells: listen to both),
             structureChanged(), modifiedChanged(bool), documentChanged() (new/open/save-as: path or whole
             release replaced)
    doc.current_cell() -> (segment_id, lang) | None; doc.set_current_cell(segment_id, lang)
    doc.cell(segment_id, lang), doc.segment(segment_id), doc.row_of(segment_id), doc.rows_of(ids)  # cached, cheap
    doc.set_cell(segment_id, lang, cell, text=...), doc.set_cells({(id, lang): cell}, text)  # one undo step each
    doc.begin_macro(name) ... doc.end_macro()        # bulk operations: one undo step
    doc.new(release=None), doc.open(path), doc.save(), doc.save_as(path), doc.autosave(), doc.flush_autosave()
    doc.lock (ProjectLock held while a project is open for writing), doc.read_only (opened without the lock)

Every edit goes through an undo command (ui/undo_commands.py); the commands call the private primitives below,
which emit the fine-grained signals the table model needs (`segmentsAboutToBeInserted` ...).
A never-saved document is kept as an untitled project under `<data>/recovery/`, so autosave has somewhere to go.
Autosave takes a cheap snapshot on the GUI thread and writes it on the one-thread "autosave" lane through its own
connection (one transaction: a kill leaves the previous autosave or the new one); everything that writes, reads or
drops the recovery table first waits for a write still under way, so an old snapshot never lands after it.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from desktop_app import LANGS
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.release import Cell, Release, Role, Segment, Status, edited_cell
from desktop_app.domain.segment_edits import merged_cells, split_at
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.undo_commands import (
    CellKey,
    DeleteSegmentsCommand,
    InsertSegmentsCommand,
    MergeSegmentsCommand,
    MoveSegmentCommand,
    ReplaceReleaseCommand,
    SetCellsCommand,
    SetCommentCommand,
    SetReleaseInfoCommand,
    SetRoleCommand,
    SplitSegmentCommand,
)

if TYPE_CHECKING:
    from desktop_app.services.importing import ImportReport
    from desktop_app.storage.project_lock import ProjectLock
    from desktop_app.storage.project_store import ProjectStore
    from desktop_app.ui.workers import CancelToken, TaskRunner

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".pressdesk"
UNTITLED_PREFIX = "untitled-"


def _project_store() -> type[ProjectStore]:
    """Import the storage layer on first use (sqlite_utils is slow to import; keep it off the start-up path)."""
    from desktop_app.storage.project_store import ProjectStore

    return ProjectStore


AUTOSAVE_LANE = "autosave"


def _write_recovery(_token: CancelToken, path: Path, release: Release) -> None:
    """On the autosave lane: the snapshot into the project's recovery table through the lane's own connection."""
    _project_store().write_recovery_to(path, release)


class DocumentController(QObject):
    """One open release with undo, save and autosave. Widgets observe it through signals."""

    currentCellChanged = Signal(str, str)
    cellChanged = Signal(str, str)
    # One signal for an edit of several cells (Replace All, approving a column): a signal per cell through the
    # model, the grid, the QA panel and the status bar held the GUI thread for 2,500 cells far over 50 ms.
    cellsChanged = Signal(list)
    structureChanged = Signal()
    modifiedChanged = Signal(bool)
    documentChanged = Signal()
    autosaved = Signal()  # an autosave reached the project file
    autosaveFailed = Signal(str)  # an autosave could not be written (the message is for the user)
    saved = Signal()  # the release was written to its project file (save or save as)
    segmentsAboutToBeInserted = Signal(int, int)
    segmentsInserted = Signal()
    segmentsAboutToBeRemoved = Signal(int, int)
    segmentsRemoved = Signal()
    segmentAboutToBeMoved = Signal(int, int)  # source row, destination row in beginMoveRows' sense
    segmentMoved = Signal()
    roleChanged = Signal(str)
    releaseInfoChanged = Signal()  # title or date
    releaseAboutToBeReset = Signal()
    releaseReset = Signal()

    def __init__(self, recovery_dir: Path, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recovery_dir = recovery_dir
        self.tasks = tasks
        self.release = Release()
        self.path: Path | None = None
        self.store: ProjectStore | None = None
        self.lock: ProjectLock | None = None  # one writer per project: other windows and processes are refused
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._current: CellKey | None = None
        self._typing_sessions = 0
        self._rows: dict[str, int] = {}  # segment id -> row, checked on use and rebuilt when stale
        self._generation = 0  # bumped by every change of the release (merged keystrokes keep the stack index)
        self._autosaved_generation = 0
        self._autosave_writes = 0  # autosave writes submitted and not yet delivered

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state -----------------------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def untitled(self) -> bool:
        return self.path is None

    def display_name(self) -> str:
        return escape_unseen(self.path.stem) if self.path else self.tr("Untitled")

    def announce(self) -> None:
        """Re-send what opening a document sends, for panels installed after the document was opened."""
        self.structureChanged.emit()
        self.documentChanged.emit()
        if self._current is not None:
            self.currentCellChanged.emit(*self._current)

    def current_cell(self) -> CellKey | None:
        return self._current

    def current_lang(self) -> str:
        return self._current[1] if self._current else LANGS[0]

    def set_current_cell(self, segment_id: str, lang: str) -> None:
        if (segment_id, lang) != self._current:
            self._current = (segment_id, lang)
            self.currentCellChanged.emit(segment_id, lang)

    def row_of(self, segment_id: str) -> int:
        """The segment's row, without scanning the release on every keystroke; KeyError if it is not there."""
        segments = self.release.segments
        row = self._rows.get(segment_id)
        if row is None or row >= len(segments) or segments[row].id != segment_id:
            self._rows = {seg.id: i for i, seg in enumerate(segments)}
            row = self._rows[segment_id]
        return row

    def rows_of(self, segment_ids: Iterable[str]) -> set[int]:
        """The rows of the segments that are there (a bulk edit's thousands of cells, without a model index each)."""
        rows = set()
        for segment_id in set(segment_ids):
            with contextlib.suppress(KeyError):
                rows.add(self.row_of(segment_id))
        return rows

    def segment(self, segment_id: str) -> Segment:
        return self.release.segments[self.row_of(segment_id)]

    def cell(self, segment_id: str, lang: str) -> Cell:
        return self.segment(segment_id).cells[lang]

    # -- files -----------------------------------------------------------------------------------------------
    def new(self, release: Release | None = None) -> None:
        """Start an untitled document (its untitled project file appears with the first autosave)."""
        self._close_store()
        self._load(release or Release(segments=[Segment()]), None, None)

    def open(self, path: str | Path, read_only: bool = False) -> None:
        """Open a project file; raises ProjectError (with a message for the user) and keeps the current one.

        The project's lock is taken first: ProjectLockedError when another window or process edits it. A
        `read_only` document takes no lock and never writes to the file (save_as writes a copy).
        """
        lock = None if read_only else self._lock_for(Path(path))
        try:
            store = _project_store().open(path)
            try:
                release = store.load()
            except Exception:
                store.close()
                raise
        except BaseException:
            if lock is not None and lock is not self.lock:
                lock.release()
            raise
        if self.lock is lock:
            self.lock = None  # re-opening our own project: the lock carries over
        self._close_store()
        self.lock, self.read_only = lock, read_only
        untitled = Path(path).resolve().parent == self.recovery_dir.resolve()
        self._load(release, None if untitled else Path(path), store)

    def _lock_for(self, path: Path) -> ProjectLock:
        """The write lock of `path`: ours already if it is the open project, else freshly taken."""
        from desktop_app.storage.project_lock import ProjectLock

        if self.lock is not None and self.lock.project.resolve() == path.resolve():
            return self.lock
        lock = ProjectLock(path)
        lock.acquire()
        return lock

    def save(self) -> None:
        """Write the release into its project file (one transaction); untitled documents need save_as."""
        if self.path is None or self.store is None or self.read_only:
            raise ValueError("untitled or read-only document: use save_as")
        self.flush_autosave()
        self.store.save(self.release)
        self.undo_stack.setClean()
        self._autosaved_generation = self._generation
        self.saved.emit()

    def save_as(self, path: str | Path) -> None:
        """Save under a new name, keeping the revision history of the current file."""
        path = Path(path)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        new_lock = self._lock_for(path)
        was_read_only, self.read_only = self.read_only, False
        try:
            self._write_as(path)
        except BaseException:
            self.read_only = was_read_only
            if new_lock is not self.lock:
                new_lock.release()
            raise
        if self.lock is not None and self.lock is not new_lock:
            self.lock.release()
        self.lock = new_lock

    def _write_as(self, path: Path) -> None:
        self.flush_autosave()
        old_store, old_untitled = self.store, self.store.path if self.store and self.untitled else None
        if old_store is not None and path.resolve() != Path(old_store.path).resolve():
            old_store.copy_to(path)
            new_store = _project_store().open(path)
        elif old_store is not None:
            new_store = old_store
        else:
            new_store = _project_store().create(path, Release())
        new_store.save(self.release)
        if new_store is not old_store and old_store is not None:
            old_store.close()
        self.store = new_store
        self.path = path
        if old_untitled is not None:
            with contextlib.suppress(OSError):
                Path(old_untitled).unlink()
        self.undo_stack.setClean()
        self._autosaved_generation = self._generation
        self.documentChanged.emit()
        self.saved.emit()

    def autosave(self, wait: bool = False) -> bool:
        """Keep unsaved work inside the project file (recovery table); True when a write was started.

        The GUI thread only copies the release (3 ms for 5,000 rows); serialising and writing it happen on the
        "autosave" lane, and `autosaved` (or `autosaveFailed`) follows. `wait` returns only once it is written
        (before an error report: the next step may fail too)."""
        if self._generation == self._autosaved_generation or self.read_only:
            return False
        if not self.modified:
            self.discard_recovery()
            self._autosaved_generation = self._generation
            return False
        if self.store is None:
            name = f"{UNTITLED_PREFIX}{datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}{PROJECT_SUFFIX}"
            self.store = _project_store().create(self.recovery_dir / name, Release())
            self.lock = self._lock_for(Path(self.store.path))  # so another PressDesk never reopens it
        generation, path = self._generation, Path(self.store.path)
        self._autosaved_generation = generation
        self._autosave_writes += 1
        self.tasks.submit(_write_recovery, path, self.release.copy(), lane=AUTOSAVE_LANE, durable=True,
                          on_done=lambda _result: self._autosave_written(path),
                          on_error=lambda exc: self._autosave_refused(path, generation, exc))
        if wait:
            self.flush_autosave()
        return True

    def flush_autosave(self) -> None:
        """Wait until a write of autosave under way is in the file (it takes one transaction's time)."""
        if self._autosave_writes:
            self.tasks.wait_lane(AUTOSAVE_LANE)

    def _autosave_written(self, path: Path) -> None:
        self._autosave_writes -= 1
        if isValid(self) and self.store is not None and Path(self.store.path) == path:
            self.autosaved.emit()

    def _autosave_refused(self, path: Path, generation: int, exc: BaseException) -> None:
        self._autosave_writes -= 1
        log.warning("autosave failed: %s", exc)
        if not isValid(self) or self.store is None or Path(self.store.path) != path:
            return  # a document deleted meanwhile (the window opened another project) has nobody to tell
        if self._autosaved_generation == generation:
            self._autosaved_generation = -1  # not kept: the next autosave tries again
        self.autosaveFailed.emit(refusal_text(exc))

    def pending_recovery(self) -> tuple[str, Release] | None:
        """Autosaved work a previous session left unsaved in this file: (time, release), or None."""
        self.flush_autosave()
        return self.store.read_recovery() if self.store is not None else None

    def restore_recovery(self, release: Release) -> None:
        """Bring back autosaved work as one undoable step (the document is then modified)."""
        self.undo_stack.push(ReplaceReleaseCommand(self, release, self.tr("Restore unsaved work")))

    def discard_recovery(self) -> None:
        self.flush_autosave()
        if self.store is not None:
            self.store.discard_recovery()

    def close(self, keep_recovery: bool = False) -> None:
        """Close the project file after the user saved or discarded: autosaved work and untitled files go.

        `keep_recovery` leaves autosaved work where it is (a screenshot run must not decide about it).
        """
        self._close_store(keep_recovery)

    def _close_store(self, keep_recovery: bool = False) -> None:
        if self.store is None:
            return
        self.flush_autosave()
        store_path = Path(self.store.path)
        if not keep_recovery and not self.read_only:
            self.store.discard_recovery()
        self.store.close()
        self.store = None
        if self.untitled and not keep_recovery and not self.read_only:
            with contextlib.suppress(OSError):
                store_path.unlink()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.read_only = False

    def _load(self, release: Release, path: Path | None, store: ProjectStore | None) -> None:
        self.releaseAboutToBeReset.emit()
        self.release = release
        self.path = path
        self.store = store
        self._current = None
        self.undo_stack.clear()
        self._generation = self._autosaved_generation = 0
        self.releaseReset.emit()
        self.structureChanged.emit()
        self.documentChanged.emit()
        self.modifiedChanged.emit(False)
        if release.segments:
            self.set_current_cell(release.segments[0].id, LANGS[0])

    # -- editing (each call is one undo step) -----------------------------------------------------------------
    def begin_macro(self, name: str) -> None:
        self.undo_stack.beginMacro(name)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    def set_cell(self, segment_id: str, lang: str, cell: Cell, text: str | None = None) -> None:
        self.set_cells({(segment_id, lang): cell}, text or self.tr("Edit cell"))

    def set_cells(self, cells: dict[CellKey, Cell], text: str) -> None:
        """Replace several cells as one undo step (unchanged cells are left out)."""
        before = {key: self.cell(*key) for key in cells}
        after = {key: cell for key, cell in cells.items() if before[key] != cell}
        if after:
            self.undo_stack.push(SetCellsCommand(self, {k: before[k] for k in after}, after, text))

    def set_text(self, segment_id: str, lang: str, text: str) -> None:
        """A person edits a cell's text: it becomes a draft (or empty)."""
        old = self.cell(segment_id, lang)
        if old.text != text:
            self.set_cell(segment_id, lang, edited_cell(old, text), self.tr("Edit text"))

    def begin_typing(self) -> int:
        """A new editing session: keystrokes with the same session id merge into one undo step."""
        self._typing_sessions += 1
        return self._typing_sessions

    def type_text(self, segment_id: str, lang: str, text: str, session: int) -> None:
        old = self.cell(segment_id, lang)
        if old.text == text:
            return
        key = (segment_id, lang)
        self.undo_stack.push(
            SetCellsCommand(self, {key: old}, {key: edited_cell(old, text)}, self.tr("Typing"), session)
        )

    def revert_typing(self, key: CellKey, original: Cell, session: int) -> None:
        """Esc in the editor: back to the cell as it was; merged with the session, it leaves no undo step."""
        current = self.cell(*key)
        if current != original:
            self.undo_stack.push(SetCellsCommand(self, {key: current}, {key: original}, self.tr("Typing"), session))

    def set_status(self, keys: list[CellKey], status: Status) -> None:
        """Set the workflow status of cells (empty cells stay empty)."""
        from dataclasses import replace

        changes = {k: replace(self.cell(*k), status=status) for k in keys if not self.cell(*k).is_empty}
        names = {Status.APPROVED: self.tr("Approve"), Status.REVIEWED: self.tr("Mark reviewed"),
                 Status.DRAFT: self.tr("Mark draft"), Status.MACHINE: self.tr("Mark machine-made")}
        self.set_cells(changes, names.get(status, self.tr("Set status")))

    def insert_segment(self, index: int, segment: Segment | None = None) -> str:
        segment = segment or Segment()
        self.undo_stack.push(InsertSegmentsCommand(self, index, [segment], self.tr("Insert segment")))
        return segment.id

    def delete_segments(self, segment_ids: list[str]) -> None:
        if segment_ids:
            self.undo_stack.push(DeleteSegmentsCommand(self, segment_ids, self.tr("Delete segments")))

    def move_segment(self, segment_id: str, to_index: int) -> bool:
        index = self.release.index_of(segment_id)
        if to_index == index or not 0 <= to_index < len(self.release.segments):
            return False
        self.undo_stack.push(MoveSegmentCommand(self, segment_id, to_index, self.tr("Move segment")))
        return True

    def split_segment(self, segment_id: str, lang: str, offset: int) -> str | None:
        """Split at `offset` in `lang`: the text after it moves into a new segment below; its id, or None."""
        split = split_at(self.release.segment(segment_id), lang, offset)
        if split is None:
            return None
        self.undo_stack.push(SplitSegmentCommand(self, segment_id, split.head, split.tail, self.tr("Split segment")))
        return split.tail.id

    def merge_with_next(self, segment_id: str) -> bool:
        index = self.release.index_of(segment_id)
        if index + 1 >= len(self.release.segments):
            return False
        merged = merged_cells(self.release.segments[index], self.release.segments[index + 1])
        self.undo_stack.push(MergeSegmentsCommand(self, segment_id, merged, self.tr("Merge segments")))
        return True

    def set_role(self, segment_id: str, role: Role) -> None:
        if self.release.segment(segment_id).role != role:
            self.undo_stack.push(SetRoleCommand(self, segment_id, role, self.tr("Change role")))

    def set_comment(self, segment_id: str, comment: str) -> None:
        comment = comment.strip()
        if self.release.segment(segment_id).comment != comment:
            self.undo_stack.push(SetCommentCommand(self, segment_id, comment, self.tr("Edit comment")))

    def set_release_info(self, title: str, date: str) -> None:
        if (title, date) != (self.release.title, self.release.date):
            self.undo_stack.push(SetReleaseInfoCommand(self, title, date, self.tr("Change title and date")))

    def paste_paragraphs(self, segment_id: str, lang: str, paragraphs: list[str]) -> None:
        """Pasted paragraphs into column `lang` from the row of `segment_id` down, one row each, as one undo step."""
        from desktop_app.domain.segment_edits import fill_down

        release = fill_down(self.release, self.row_of(segment_id), lang, paragraphs)
        self.undo_stack.push(ReplaceReleaseCommand(self, release, self.tr("Paste %n paragraph(s)", "",
                                                                          len(paragraphs))))

    def import_paragraphs(self, lang: str, paragraphs: list, source: str) -> ImportReport:
        """Import paragraphs into column `lang` (aligned by order) as one undo step."""
        from desktop_app.services.importing import import_paragraphs

        release = self.release.copy()
        report = import_paragraphs(release, lang, paragraphs, source=source)
        self.undo_stack.push(ReplaceReleaseCommand(self, release, self.tr("Import into %1").replace("%1", lang)))
        return report

    def apply_import(self, based_on: Release, imported: Release, text: str) -> bool:
        """Put in place a release an import built (off the GUI thread) from `based_on`, as one undo step; False,
        and nothing done, when the release has changed since, so no edit made meanwhile is lost."""
        if self.release != based_on:
            return False
        self.undo_stack.push(ReplaceReleaseCommand(self, imported, text))
        return True

    # -- primitives used by the undo commands -------------------------------------------------------------------
    def _replace_cells(self, cells: dict[CellKey, Cell]) -> None:
        """Put the cells in place, then tell: `cellChanged` for one cell, one `cellsChanged` for several."""
        self._generation += 1
        for (segment_id, lang), cell in cells.items():
            self.segment(segment_id).cells[lang] = cell
        if len(cells) == 1:
            self.cellChanged.emit(*next(iter(cells)))
        elif cells:
            self.cellsChanged.emit(list(cells))

    def _insert(self, index: int, segments: list[Segment]) -> None:
        self._generation += 1
        self.segmentsAboutToBeInserted.emit(index, index + len(segments) - 1)
        self.release.segments[index:index] = segments
        self.segmentsInserted.emit()
        self.structureChanged.emit()

    def _remove(self, segment_ids: list[str]) -> None:
        self._generation += 1
        current = self._current
        first_row = min(self.release.index_of(i) for i in segment_ids)
        for segment_id in segment_ids:
            index = self.release.index_of(segment_id)
            self.segmentsAboutToBeRemoved.emit(index, index)
            del self.release.segments[index]
            self.segmentsRemoved.emit()
        self.structureChanged.emit()
        if current and current[0] in segment_ids:
            self._current = None
            if self.release.segments:
                row = min(first_row, len(self.release.segments) - 1)
                self.set_current_cell(self.release.segments[row].id, current[1])

    def _move(self, segment_id: str, to_index: int) -> None:
        self._generation += 1
        index = self.release.index_of(segment_id)
        if index == to_index:
            return
        self.segmentAboutToBeMoved.emit(index, to_index + 1 if to_index > index else to_index)
        seg = self.release.segments.pop(index)
        self.release.segments.insert(to_index, seg)
        self.segmentMoved.emit()
        self.structureChanged.emit()
        self.set_current_cell(segment_id, self.current_lang())

    def _set_role(self, segment_id: str, role: Role) -> None:
        self._generation += 1
        self.release.segment(segment_id).role = role
        self.roleChanged.emit(segment_id)

    def _set_comment(self, segment_id: str, comment: str) -> None:
        self._generation += 1
        self.release.segment(segment_id).comment = comment
        self.roleChanged.emit(segment_id)  # the row header shows the comment mark

    def _set_info(self, title: str, date: str) -> None:
        self._generation += 1
        self.release.title, self.release.date = title, date
        self.releaseInfoChanged.emit()

    def _reset(self, release: Release) -> None:
        self._generation += 1
        current = self._current
        self.releaseAboutToBeReset.emit()
        self.release = release
        self.releaseReset.emit()
        self.structureChanged.emit()
        ids = {s.id for s in release.segments}
        self._current = None
        if current and current[0] in ids:
            self.set_current_cell(*current)
        elif release.segments:
            self.set_current_cell(release.segments[0].id, current[1] if current else LANGS[0])

