"""Tools ▸ Language Packs: installed packs, install from a file, remove, download from the Argos index.

Also shows, for the six zh/en/ru directions, whether a pack serves it directly, through English, or which packs
are missing. Installing, removing and downloading run on workers; the index is fetched with a short timeout,
so without a network the dialog says "offline" at once instead of hanging.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import LANGS
from desktop_app.mt.packs import (
    AvailablePack,
    PackCancelled,
    PackError,
    PackInfo,
    PackOffline,
    download_pack,
    fetch_index,
    install_pack,
    list_installed,
    remove_pack,
)
from desktop_app.mt.routes import RouteKind, all_routes
from desktop_app.ui.dialog_size import size_in_text
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import data_size, lang_label, pair_label, shown_text
from desktop_app.ui.mt_session import MtSession
from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
INSTALLED_ROWS_SHOWN = 3  # the usual two packs and one more, whatever the route list below needs
INDEX_ROWS_SHOWN = 2


def _install(_token: CancelToken, path: Path, data_dir: Path) -> PackInfo:
    return install_pack(path, data_dir, trial=_trial(data_dir))


def _trial(data_dir: Path) -> Callable[[PackInfo], None]:
    """The engine's trial run of a pack before it is installed (argostranslate was set up at start-up)."""
    from desktop_app.mt.argos_engine import ArgosEngine

    return ArgosEngine(data_dir, idle_release_seconds=None).try_pack


def _remove(_token: CancelToken, data_dir: Path, src: str, tgt: str) -> PackInfo:
    return remove_pack(data_dir, src, tgt)


def _index(_token: CancelToken, data_dir: Path) -> list[AvailablePack]:
    from desktop_app.mt.argos_engine import package_index_url  # argostranslate's settings, set up at start-up

    return [p for p in fetch_index(package_index_url(data_dir)) if p.src in LANGS and p.tgt in LANGS]


def _download_and_install(token: CancelToken, pack: AvailablePack, data_dir: Path) -> PackInfo:
    with tempfile.TemporaryDirectory() as tmp:
        path = download_pack(pack, Path(tmp), progress=lambda done, total: token.report(
            done / total if total else 0.0, data_size(done)), cancelled=lambda: token.cancelled)
        token.raise_if_cancelled()
        return install_pack(path, data_dir, trial=_trial(data_dir))


class PacksDialog(QDialog):
    """Manage the offline language packs of this PressDesk installation."""

    def __init__(self, session: MtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.session = session
        self.data_dir = session.context.data_dir
        self.tasks = session.context.tasks
        self._busy: CancelToken | None = None
        self._available: list[AvailablePack] = []
        live: list[CancelToken] = []  # cancelled when the dialog goes away: no result reaches a deleted widget
        self._live = live
        self.destroyed.connect(lambda: [token.cancel() for token in live])

        self.installed_label = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # Rows as high as their text: a Chinese fallback font is taller than the row height the default font gives.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.install_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.install_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.routes_label = QLabel(self)
        self.routes = QLabel(self)
        self.routes.setTextFormat(Qt.TextFormat.PlainText)
        self.routes.setWordWrap(True)
        # Six routes run to a dozen lines at large text: they scroll rather than squeeze the tables or get cut.
        self.routes_scroll = QScrollArea(self)
        self.routes_scroll.setWidgetResizable(True)
        self.routes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.routes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routes_scroll.setWidget(self.routes)

        self.index_label = QLabel(self)
        self.index_button = QPushButton(self)
        self.index_button.clicked.connect(self.fetch_index)
        self.index_table = QTableWidget(0, 3, self)
        self.index_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.index_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.index_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Columns as wide as their header and items: at 100 px «Languages» was cut at 200 % text.
        self.index_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.index_table.horizontalHeader().setStretchLastSection(True)
        self.index_table.verticalHeader().hide()
        self.index_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.index_table.itemSelectionChanged.connect(self._update_buttons)
        self.download_button = QPushButton(self)
        self.download_button.clicked.connect(self.download_selected)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("packsMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        index_row = QHBoxLayout()
        index_row.addWidget(self.index_button)
        index_row.addWidget(self.download_button)
        index_row.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.installed_label)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.routes_label)
        layout.addWidget(self.routes_scroll, 2)
        layout.addWidget(self.index_label)
        layout.addLayout(index_row)
        layout.addWidget(self.index_table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fit_tables()
        self.resize(size_in_text(self, 90, 30).expandedTo(QSize(640, 560)))
        self.retranslateUi()
        self.refresh()

    # -- installed packs -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        packs = list_installed(self.data_dir)
        self.table.setRowCount(len(packs))
        for row, pack in enumerate(packs):
            values = (pair_label(pack.src, pack.tgt), pack.version, data_size(pack.size))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(PAIR_ROLE, (pack.src, pack.tgt))
                self.table.setItem(row, col, item)
        installed = {(p.src, p.tgt) for p in packs}
        lines = []
        for route in all_routes(installed):
            if route.kind is RouteKind.DIRECT:
                how = self.tr("direct")
            elif route.kind is RouteKind.PIVOT:
                how = self.tr("through English (%1)").replace("%1", " → ".join(map(lang_label, route.langs)))
            else:
                need = ", ".join(pair_label(a, b) for a, b in route.missing_pairs(installed))
                how = self.tr("missing: install %1").replace("%1", need)
            lines.append(f"{pair_label(route.src, route.tgt)}: {how}")
        self.routes.setText("\n".join(lines))
        self._update_buttons()

    def _selected_pair(self) -> tuple[str, str] | None:
        items = self.table.selectedItems()
        return items[0].data(PAIR_ROLE) if items else None

    def _update_buttons(self) -> None:
        idle = self._busy is None
        self.install_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and self._selected_pair() is not None)
        self.index_button.setEnabled(idle)
        self.download_button.setEnabled(idle and bool(self.index_table.selectedItems()))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install Language Pack"), "",
                                              self.tr("Argos language packs (*.argosmodel);;All files (*)"))
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path) -> None:
        """Validate and install a pack on a worker; a broken file is refused with the reason."""
        self._start(self.tr("Installing %1…").replace("%1", path.name))
        self._busy = self.tasks.submit(_install, path, self.data_dir, on_done=self._installed, on_error=self._failed)
        self._track()

    def _installed(self, info: PackInfo) -> None:
        self._finish(self.tr("Installed %1, version %2.").replace("%1", pair_label(info.src, info.tgt))
                     .replace("%2", info.version))
        self.session.notify_packs_changed()

    def remove_selected(self) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove Language Pack"),
                                      self.tr("Remove the %1 language pack?").replace("%1", pair_label(*pair)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(self.tr("Removing %1…").replace("%1", pair_label(*pair)))
        self._busy = self.tasks.submit(_remove, self.data_dir, *pair, on_done=self._removed, on_error=self._failed)
        self._track()

    def _removed(self, info: PackInfo) -> None:
        self._finish(self.tr("Removed %1.").replace("%1", pair_label(info.src, info.tgt)))
        self.session.notify_packs_changed()

    # -- the index ------------------------------------------------------------------------------------------

    def fetch_index(self) -> None:
        self._start(self.tr("Reading the package index…"))
        self._busy = self.tasks.submit(_index, self.data_dir, on_done=self._show_index, on_error=self._failed)
        self._track()

    def _show_index(self, packs: list[AvailablePack]) -> None:
        self._available = packs
        installed = {(p.src, p.tgt): p.version for p in list_installed(self.data_dir)}
        self.index_table.setRowCount(len(packs))
        for row, pack in enumerate(packs):
            state = self.tr("installed") if installed.get((pack.src, pack.tgt)) == pack.version else ""
            for col, value in enumerate((pair_label(pack.src, pack.tgt), pack.version, state)):
                item = QTableWidgetItem(value)
                item.setData(PAIR_ROLE, row)
                self.index_table.setItem(row, col, item)
        self._finish(self.tr("%1 packs for Chinese, English and Russian in the index.").replace("%1", str(len(packs))))

    def download_selected(self) -> None:
        items = self.index_table.selectedItems()
        if not items:
            return
        pack = self._available[items[0].data(PAIR_ROLE)]
        self._start(self.tr("Downloading %1…").replace("%1", pack.pair), cancellable=True)
        self._busy = self.tasks.submit(_download_and_install, pack, self.data_dir, on_done=self._installed,
                                       on_error=self._failed, on_progress=self._progressed)
        self._track()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.progress.setFormat(f"%p% ({message})")

    def cancel(self) -> None:
        if self._busy is not None:
            self._busy.cancel()
        self._finish(self.tr("Cancelled."))

    def _track(self) -> None:
        self._live[:] = [self._busy] if self._busy is not None else []
        self._update_buttons()

    # -- state -----------------------------------------------------------------------------------------------

    def _start(self, message: str, cancellable: bool = False) -> None:
        self.message.setText(shown_text(message))
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.progress.setVisible(cancellable)
        self.cancel_button.setVisible(cancellable)

    def _finish(self, message: str) -> None:
        self._busy = None
        self.progress.hide()
        self.cancel_button.hide()
        self.message.setText(shown_text(message))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PackOffline):
            text = self.tr("Offline: the package index cannot be reached. Install language packs from "
                           ".argosmodel files instead (Install from File…).")
        elif isinstance(exc, PackCancelled):
            text = self.tr("Cancelled.")
        elif isinstance(exc, PackError):
            text = self.tr("Not installed: %1. The installed packs are unchanged.").replace("%1", refusal_text(exc))
        else:
            log.error("language pack operation failed", exc_info=exc)
            text = self.tr("Failed: %1").replace("%1", refusal_text(exc))
        self._finish(text)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Language Packs"))
        self.installed_label.setText(self.tr("Installed language packs:"))
        self.table.setHorizontalHeaderLabels([self.tr("Languages"), self.tr("Version"), self.tr("Size")])
        self.install_button.setText(self.tr("Install from File…"))
        self.remove_button.setText(self.tr("Remove"))
        self.routes_label.setText(self.tr("Directions between Chinese, English and Russian:"))
        self.index_label.setText(self.tr("Argos package index (needs a network):"))
        self.index_button.setText(self.tr("Check the Index"))
        self.download_button.setText(self.tr("Download and Install"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.index_table.setHorizontalHeaderLabels([self.tr("Languages"), self.tr("Version"), self.tr("State")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.refresh()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_tables()
        super().changeEvent(event)

    def _fit_tables(self) -> None:
        """Each table at least a few rows of its own font high: the route list must not squeeze the packs."""
        for table, rows in ((self.table, INSTALLED_ROWS_SHOWN), (self.index_table, INDEX_ROWS_SHOWN)):
            row = max(table.verticalHeader().defaultSectionSize(), table.fontMetrics().lineSpacing() + 6)
            header = table.horizontalHeader().sizeHint().height()
            table.setMinimumHeight(header + rows * row + 2 * table.frameWidth())
