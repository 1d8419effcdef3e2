"""Undoable edits of a release: each command stores segment ids and languages, never a QModelIndex.

Commands change the release only through the document's primitives (`EditableDocument`: `_replace_cells`,
`_insert`, `_remove`, `_move`, `_set_role`, `_set_info`, `_reset`), which emit the signals the model and the docks
listen to. `ui/document.py`'s `DocumentController` provides them; this module does not import it, so the two
modules do not import each other.
Consecutive typing in one cell within one editing session merges into one step (`id()` + `mergeWith`);
a merged step that ends where it started is made obsolete, so the stack drops it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.domain.release import Cell, Release, Role, Segment

TYPING_COMMAND_ID = 1001
CellKey = tuple[str, str]  # (segment id, language)


class EditableDocument(Protocol):
    """What a command needs of the document it edits."""

    @property
    def release(self) -> Release: ...

    def current_lang(self) -> str: ...

    def set_current_cell(self, segment_id: str, lang: str) -> None: ...

    def _replace_cells(self, cells: dict[CellKey, Cell]) -> None: ...

    def _insert(self, index: int, segments: list[Segment]) -> None: ...

    def _remove(self, segment_ids: list[str]) -> None: ...

    def _move(self, segment_id: str, to_index: int) -> None: ...

    def _set_role(self, segment_id: str, role: Role) -> None: ...

    def _set_info(self, title: str, date: str) -> None: ...

    def _reset(self, release: Release) -> None: ...


def copy_segment(segment: Segment) -> Segment:
    return Segment(segment.role, dict(segment.cells), segment.id)


class SetCellsCommand(QUndoCommand):
    """Replace one or more cells; with a typing session it merges with the next keystroke in the same cell."""

    def __init__(self, doc: EditableDocument, before: dict[CellKey, Cell], after: dict[CellKey, Cell],
                 text: str, typing_session: int | None = None) -> None:
        super().__init__(text)
        self._doc = doc
        self.before = before
        self.after = after
        self.typing_session = typing_session

    def id(self) -> int:
        return TYPING_COMMAND_ID if self.typing_session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCellsCommand) or other.typing_session != self.typing_session:
            return False
        if set(other.after) != set(self.after):
            return False
        self.after = dict(other.after)
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self._doc._replace_cells(self.after)

    def undo(self) -> None:
        self._doc._replace_cells(self.before)


class InsertSegmentsCommand(QUndoCommand):
    def __init__(self, doc: EditableDocument, index: int, segments: list[Segment], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._index = index
        self._segments = [copy_segment(s) for s in segments]

    def redo(self) -> None:
        self._doc._insert(self._index, [copy_segment(s) for s in self._segments])
        self._doc.set_current_cell(self._segments[0].id, self._doc.current_lang())

    def undo(self) -> None:
        self._doc._remove([s.id for s in self._segments])


class DeleteSegmentsCommand(QUndoCommand):
    def __init__(self, doc: EditableDocument, segment_ids: list[str], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        release = doc.release
        # Remember (index, segment) in ascending order so undo re-inserts each at its old place.
        self._removed = sorted((release.index_of(i), copy_segment(release.segment(i))) for i in segment_ids)

    def redo(self) -> None:
        self._doc._remove([seg.id for _, seg in self._removed])

    def undo(self) -> None:
        for index, seg in self._removed:
            self._doc._insert(index, [copy_segment(seg)])
        self._doc.set_current_cell(self._removed[0][1].id, self._doc.current_lang())


class MoveSegmentCommand(QUndoCommand):
    def __init__(self, doc: EditableDocument, segment_id: str, to_index: int, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._id = segment_id
        self._from = doc.release.index_of(segment_id)
        self._to = to_index

    def redo(self) -> None:
        self._doc._move(self._id, self._to)

    def undo(self) -> None:
        self._doc._move(self._id, self._from)


class SplitSegmentCommand(QUndoCommand):
    """Split one segment at a cursor position in one language; the rest goes into a new segment below."""

    def __init__(self, doc: EditableDocument, segment_id: str, head: dict[str, Cell], tail: Segment,
                 text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._id = segment_id
        self._before = dict(doc.release.segment(segment_id).cells)
        self._head = head
        self._tail = copy_segment(tail)

    def redo(self) -> None:
        self._doc._replace_cells({(self._id, lang): cell for lang, cell in self._head.items()})
        self._doc._insert(self._doc.release.index_of(self._id) + 1, [copy_segment(self._tail)])
        self._doc.set_current_cell(self._tail.id, self._doc.current_lang())

    def undo(self) -> None:
        self._doc._remove([self._tail.id])
        self._doc._replace_cells({(self._id, lang): cell for lang, cell in self._before.items()})
        self._doc.set_current_cell(self._id, self._doc.current_lang())


class MergeSegmentsCommand(QUndoCommand):
    """Merge a segment with the one below it (texts joined per language)."""

    def __init__(self, doc: EditableDocument, segment_id: str, merged: dict[str, Cell], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._id = segment_id
        index = doc.release.index_of(segment_id)
        self._before = dict(doc.release.segments[index].cells)
        self._next = copy_segment(doc.release.segments[index + 1])
        self._merged = merged

    def redo(self) -> None:
        self._doc._remove([self._next.id])
        self._doc._replace_cells({(self._id, lang): cell for lang, cell in self._merged.items()})
        self._doc.set_current_cell(self._id, self._doc.current_lang())

    def undo(self) -> None:
        self._doc._replace_cells({(self._id, lang): cell for lang, cell in self._before.items()})
        self._doc._insert(self._doc.release.index_of(self._id) + 1, [copy_segment(self._next)])


class SetRoleCommand(QUndoCommand):
    def __init__(self, doc: EditableDocument, segment_id: str, role: Role, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._id = segment_id
        self._old = doc.release.segment(segment_id).role
        self._new = role

    def redo(self) -> None:
        self._doc._set_role(self._id, self._new)

    def undo(self) -> None:
        self._doc._set_role(self._id, self._old)


class SetReleaseInfoCommand(QUndoCommand):
    """Change the release's title and date."""

    def __init__(self, doc: EditableDocument, title: str, date: str, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._old = (doc.release.title, doc.release.date)
        self._new = (title, date)

    def redo(self) -> None:
        self._doc._set_info(*self._new)

    def undo(self) -> None:
        self._doc._set_info(*self._old)


class ReplaceReleaseCommand(QUndoCommand):
    """Swap the whole release (import, restoring autosaved work): one step, whatever it changed."""

    def __init__(self, doc: EditableDocument, new: Release, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._old = doc.release.copy()
        self._new = new.copy()

    def redo(self) -> None:
        self._doc._reset(self._new.copy())

    def undo(self) -> None:
        self._doc._reset(self._old.copy())
