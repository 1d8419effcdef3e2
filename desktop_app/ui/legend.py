"""View ▸ Colour Legend: what each cell colour, status icon, stale corner and term mark in the grid means.

Built from the same tables the grid paints with (STATUS_COLOURS, status_icon, STALE_COLOUR, TERM_COLOURS), so the
legend cannot disagree with the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPen, QPixmap, QPolygon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QMainWindow, QVBoxLayout

from desktop_app.domain.glossary.model import HitKind
from desktop_app.domain.release import Status
from desktop_app.ui.dialog_size import size_in_text
from desktop_app.ui.labels import status_label
from desktop_app.ui.release_model import STALE_COLOUR, STATUS_COLOURS, status_icon
from desktop_app.ui.term_highlighter import FORBIDDEN_LINE, TERM_COLOURS

SWATCH = (44, 18)


def _swatch(background: str, mark: str | None = None, underline: bool = False, corner: bool = False) -> QPixmap:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(QColor(background))
    painter = QPainter(pixmap)
    if mark is not None:
        painter.fillRect(6, 3, SWATCH[0] - 12, SWATCH[1] - 6, QColor(mark))
        painter.setPen(QPen(QColor(mark).darker(135), 1))
        painter.drawLine(6, 3, 6, SWATCH[1] - 4)
        painter.drawLine(SWATCH[0] - 7, 3, SWATCH[0] - 7, SWATCH[1] - 4)
    if underline:
        painter.setPen(QPen(QColor(FORBIDDEN_LINE), 1.5))
        painter.drawLine(6, SWATCH[1] - 3, SWATCH[0] - 7, SWATCH[1] - 3)
    if corner:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STALE_COLOUR))
        corner_at = pixmap.rect().topRight()
        painter.drawPolygon(QPolygon([corner_at, corner_at - QPoint(10, 0), corner_at + QPoint(0, 10)]))
    painter.end()
    return pixmap


class LegendDialog(QDialog):
    """Swatches with their meaning, in two groups: cells and glossary terms."""

    def __init__(self, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.status_box = QGroupBox(self)
        self.terms_box = QGroupBox(self)
        self.status_labels: dict[Status, QLabel] = {}
        self.term_labels: dict[HitKind, QLabel] = {}
        status_grid = QGridLayout(self.status_box)
        for row, status in enumerate(Status):
            icon = QLabel(self.status_box)
            icon.setPixmap(status_icon(status).pixmap(14, 14))
            swatch = QLabel(self.status_box)
            swatch.setPixmap(_swatch(STATUS_COLOURS[status][0]))
            self.status_labels[status] = QLabel(self.status_box)
            self.status_labels[status].setWordWrap(True)
            status_grid.addWidget(icon, row, 0)
            status_grid.addWidget(swatch, row, 1)
            status_grid.addWidget(self.status_labels[status], row, 2)
        stale = QLabel(self.status_box)
        stale.setPixmap(_swatch(STATUS_COLOURS[Status.DRAFT][0], corner=True))
        self.stale_label = QLabel(self.status_box)
        self.stale_label.setWordWrap(True)
        status_grid.addWidget(stale, len(Status), 1)
        status_grid.addWidget(self.stale_label, len(Status), 2)
        status_grid.setColumnStretch(2, 1)
        terms_grid = QGridLayout(self.terms_box)
        for row, kind in enumerate(HitKind):
            swatch = QLabel(self.terms_box)
            swatch.setPixmap(_swatch("#ffffff", TERM_COLOURS[kind], underline=kind is HitKind.FORBIDDEN))
            self.term_labels[kind] = QLabel(self.terms_box)
            self.term_labels[kind].setWordWrap(True)
            terms_grid.addWidget(swatch, row, 0)
            terms_grid.addWidget(self.term_labels[kind], row, 1)
        terms_grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addWidget(self.terms_box)
        layout.addWidget(buttons)
        self.retranslateUi()
        self.fit_height()

    def fit_height(self) -> None:
        """As wide as 87 characters allow on the screen, and as high as its wrapped explanations need at that width
        (the size hint is worked out at another width, and cut them off at 200 % text)."""
        width = size_in_text(self, 87, 1).width()
        layout = self.layout()
        self.resize(width, max(self.minimumSizeHint().height(), layout.totalHeightForWidth(width)))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Colour Legend"))
        self.status_box.setTitle(self.tr("Cells"))
        self.terms_box.setTitle(self.tr("Glossary terms in the text"))
        meanings = {
            Status.EMPTY: self.tr("nothing written yet"),
            Status.MACHINE: self.tr("machine translation, not yet checked by a person"),
            Status.DRAFT: self.tr("typed or imported, not yet reviewed"),
            Status.REVIEWED: self.tr("reviewed by a translator"),
            Status.APPROVED: self.tr("approved for publication"),
        }
        for status, label in self.status_labels.items():
            label.setText(f"<b>{status_label(status)}</b> — {meanings[status]}")
        self.stale_label.setText(self.tr("<b>stale</b> — the text it was translated from has changed since"))
        terms = {
            HitKind.APPROVED: self.tr("the approved form of an official name or title"),
            HitKind.VARIANT: self.tr("an accepted variant: the approved form is preferred"),
            HitKind.SHORT: self.tr("a short second reference (a surname alone, “the conference”)"),
            HitKind.FORBIDDEN: self.tr("a forbidden form: replace it with the approved one"),
        }
        for kind, label in self.term_labels.items():
            label.setText(terms[kind])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class LegendAction(QObject):
    """The View menu entry that opens the legend (one dialog, raised again when already open)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: LegendDialog | None = None
        self.action = QAction(window)
        self.action.triggered.connect(self.show_dialog)
        window.view_menu.addAction(self.action)  # type: ignore[attr-defined]
        window.installEventFilter(self)
        self.retranslateUi()

    def show_dialog(self) -> LegendDialog:
        if self.dialog is None:
            self.dialog = LegendDialog(self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("Colour &Legend"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)


def install_legend(window: QMainWindow) -> LegendAction:
    return LegendAction(window)
