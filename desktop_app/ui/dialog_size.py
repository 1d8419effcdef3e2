"""Dialog sizes in lines and characters of their own font, so that large desktop text does not cut them short."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9  # a dialog leaves a margin of the screen around it


def size_in_text(widget: QWidget, columns: float, lines: float) -> QSize:
    """`columns` average characters by `lines` lines of `widget`'s font, within the screen it is on: a size in
    pixels fits the default font only, and at 200 % text it cut every explanation after a line."""
    metrics = widget.fontMetrics()
    wanted = QSize(round(metrics.averageCharWidth() * columns), round(metrics.lineSpacing() * lines))
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    available = screen.availableGeometry().size()
    return wanted.boundedTo(QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE)))
