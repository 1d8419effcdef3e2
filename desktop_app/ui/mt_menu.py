"""Machine translation in the main window: the suggestions dock, Tools ▸ Translate Column and Language Packs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desktop_app.ui.mt_session import MtSession
from desktop_app.ui.packs_dialog import PacksDialog
from desktop_app.ui.suggestions_dock import SuggestionsPanel
from desktop_app.ui.translate_all import TranslateAllController


class MachineTranslationUi(QObject):
    """Owns the MT session of a window and the widgets and actions built on it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = MtSession(window.context, self)  # type: ignore[attr-defined]
        document = window.document  # type: ignore[attr-defined]
        self.panel = SuggestionsPanel(document, self.session, window.suggestions_dock)  # type: ignore[attr-defined]
        window.suggestions_dock.setWidget(self.panel)  # type: ignore[attr-defined]
        self.panel.installRequested.connect(self.show_packs)
        self.translate_all = TranslateAllController(window, document, self.session, self._grid_selection)
        self.translate_all.packsRequested.connect(self.show_packs)
        self.packs_action = QAction(window)
        self.packs_action.triggered.connect(self.show_packs)
        tools = window.tools_menu  # type: ignore[attr-defined]
        tools.addAction(self.translate_all.action)
        tools.addAction(self.packs_action)
        window.addAction(self.translate_all.action)
        window.installEventFilter(self)
        window.destroyed.connect(self.session.close)
        self.retranslateUi()

    def _grid_selection(self) -> list[tuple[str, str]]:
        grid = self.window.grid  # type: ignore[attr-defined]
        keys = (grid.release_model.key_for(i) for i in grid.selectionModel().selectedIndexes())
        return [k for k in keys if k is not None]

    def show_packs(self) -> PacksDialog:
        dialog = PacksDialog(self.session, self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def retranslateUi(self) -> None:
        self.packs_action.setText(self.tr("&Language Packs…"))
        self.packs_action.setStatusTip(self.tr("Install, remove or download offline translation packs"))
        self.translate_all.retranslateUi()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)


def install_machine_translation(window: QMainWindow) -> MachineTranslationUi:
    """Wire MT into the window (called from `MainWindow._install_panels`)."""
    return MachineTranslationUi(window)
