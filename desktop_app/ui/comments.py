"""Edit ▸ Segment ▸ Comment (Ctrl+Alt+M): a note about the current paragraph for the team.

The comment is part of the release (kept in the project file, one undo step per change, shown as ✎ and a tooltip
on the row header) and fills the comment column of the review layout when exported.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow


class SegmentComments(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.edit_comment)
        self.window.segment_menu.addSeparator()
        self.window.segment_menu.addAction(self.action)
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslateUi()

    def edit_comment(self) -> None:
        current = self.window.document.current_cell()
        if current is None or self.window.document.read_only:
            return
        segment = self.window.document.segment(current[0])
        row = self.window.document.row_of(current[0]) + 1
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Comment on Paragraph %1").replace("%1", str(row)),
            self.tr("A note for the team (exported in the review layout):"), segment.comment)
        if ok:
            self.window.document.set_comment(current[0], text)

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("&Comment…"))
        self.action.setStatusTip(self.tr("A note about this paragraph for the team, exported in the review layout"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)


def install_comments(window: QMainWindow) -> SegmentComments:
    return SegmentComments(window)
