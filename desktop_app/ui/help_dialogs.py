"""Help ▸ User Guide, Keyboard Shortcuts, Getting Started and About, installed into the window's Help menu.

The shortcuts list is built from the window's actual QActions, so it can never disagree with the menus.
About reads versions without importing the heavy packages: argostranslate and CTranslate2 through
`importlib.metadata`, language packs through their `metadata.json` files.
"""

from __future__ import annotations

import logging
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.logging_setup import log_path
from desktop_app.paths import resources_dir
from desktop_app.ui.dialog_size import size_in_text
from desktop_app.ui.labels import data_size, pair_label

if TYPE_CHECKING:
    from desktop_app.ui.context import AppContext

log = logging.getLogger(__name__)

MENU_PATH_SEPARATOR = " ▸ "


def _plain(text: str) -> str:
    """Menu text without its mnemonic ampersands and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def distribution_version(name: str) -> str | None:
    """The installed version of a distribution, read from its metadata (the package is not imported).
    importlib.metadata is imported here, when About opens: with the email parser it brings, it is 2 MB."""
    import importlib.metadata

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def installed_packs(data_dir: Path) -> list[tuple[str, str, str]]:
    """(pair, version, size) of each installed language pack, from the packs' metadata.json files."""
    from desktop_app.mt.packs import list_installed

    try:
        return [(pair_label(p.src, p.tgt), p.version, data_size(p.size)) for p in list_installed(data_dir)]
    except OSError as exc:
        log.warning("cannot list the language packs: %s", exc)
        return []


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(where the action is, its shortcuts) for every action of the window that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def visit(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, [*path, _plain(action.text())])
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append((MENU_PATH_SEPARATOR.join([*path, _plain(action.text())]), _keys(action)))

    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            visit(action.menu(), [_plain(action.text())])  # type: ignore[arg-type]
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen and action.text():
            seen.add(id(action))
            rows.append((_plain(action.text()), _keys(action)))
    return rows


def _keys(action: QAction) -> str:
    """The action's keys in the interface's words, each once (Ctrl+Enter and Ctrl+Return are both "Ctrl+回车")."""
    shown = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty())
    return ", ".join(dict.fromkeys(shown))


def native_keys(*keys: str) -> str:
    """Keys written as Qt reads them, shown as the menus show them (回车 and Ввод, not "Return")."""
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


def wrap_rows(table: QTableWidget) -> None:
    """Long cells wrap onto more lines instead of ending in "…", at any text size."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class UserGuideDialog(QDialog):
    """The user guide: how the window works, from importing to export, on one scrollable page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("%1 User Guide").replace("%1", APP_NAME))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def guide_html(self) -> str:
        sections = [
            (self.tr("The window"),
             self.tr("Each row of the grid is one paragraph of the release; the columns are its Chinese, English "
                     "and Russian versions. The Glossary and Suggestions panels on the right follow the cell you "
                     "are in; Quality Checks at the bottom list problems in the whole release. Panels can be "
                     "moved, closed and reopened from the View menu.")),
            (self.tr("Editing"),
             self.tr("Double-click a cell or press F2 to edit it; Enter inserts a line break and Tab moves to the "
                     "next language. Every change can be undone. A cell is a draft when typed, reviewed or "
                     "approved when you mark it so (Edit ▸ Approve Cell), and stale when its source text "
                     "changed afterwards. Edit ▸ Segment inserts, deletes, moves, splits and merges rows. Text of "
                     "several paragraphs pasted into an empty cell can go into a row each, from that row down.")),
            (self.tr("Importing"),
             self.tr("File ▸ Import Document reads a Word (.docx), plain-text or JSON file into one language "
                     "column, paragraph by paragraph. A preview shows how the paragraphs line up with the "
                     "existing rows before anything changes; nothing is ever dropped.") + " "
             + self.tr("Files can also be dragged onto the window: a document onto a language column, a project "
                       "to open it, a glossary onto the Glossary panel.")),
            (self.tr("The glossary"),
             self.tr("The glossary holds the approved form of each official name and title in all three "
                     "languages, accepted variants and forbidden forms. Russian names are recognised in any "
                     "case ending. Glossaries can be imported from CSV, TBX and OmegaT files. Ctrl+Z in the "
                     "Glossary panel takes back the last entry added, edited or deleted there.")),
            (self.tr("Machine translation"),
             self.tr("Suggestions are computed on this computer from offline language packs (.argosmodel). "
                     "Install packs once with Tools ▸ Language Packs or with “pressdesk packs install FILE”; "
                     "Chinese–Russian goes through English when there is no direct pack. Glossary terms are "
                     "kept in their approved form. Packs are optional: everything else works without them.")),
            (self.tr("Checking and exporting"),
             self.tr("Quality checks compare numbers, dates, punctuation and glossary terms across the three "
                     "versions. File ▸ Export writes Word documents per language or side by side, with the "
                     "right fonts and language tags.")),
            (self.tr("Saving and recovery"),
             self.tr("A project (.pressdesk) keeps the release and the history of every cell. Unsaved work is "
                     "autosaved into the project a moment after you stop typing; after a crash PressDesk offers "
                     "to restore it. A project open "
                     "in one window cannot be edited in another at the same time: the second one offers a "
                     "read-only copy.")),
            (self.tr("Without a mouse"),
             self.tr("Alt and an underlined letter open a menu and choose in it. F6 and Shift+F6 move between the "
                     "grid, the panels (glossary, suggestions, quality checks) and the row filter in the toolbar; in "
                     "each, Tab goes from field to field. Help ▸ Keyboard Shortcuts lists every key.")),
            (self.tr("Command line"),
             self.tr("“pressdesk --help” lists the commands for batch work (import, glossary, translation, "
                     "export) over the same projects.")),
        ]
        return "".join(f"<h3>{title}</h3><p>{body}</p>" for title, body in sections)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, where its command lives, with a filter."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = shortcut_rows(window) + self.editor_rows()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        wrap_rows(self.table)
        for row, (command, keys) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(size_in_text(self, 90, 40))

    def editor_rows(self) -> list[tuple[str, str]]:
        """Keys of the cell editor itself (handled by the editor, so no action carries them)."""
        where = self.tr("Cell editor")
        keys = [(self.tr("Start editing the cell"), native_keys("F2", "Return")),
                (self.tr("Line break"), native_keys("Return")),
                (self.tr("Next / previous language"), native_keys("Tab", "Shift+Tab")),
                (self.tr("Undo the editing of this cell"), native_keys("Esc"))]
        return [(f"{where}{MENU_PATH_SEPARATOR}{name}", key) for name, key in keys]

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row, (command, keys) in enumerate(self.rows):
            self.table.setRowHidden(row, bool(needle) and needle not in f"{command} {keys}".casefold())


class AboutDialog(QDialog):
    """Versions of PressDesk and what it runs on, the installed language packs, and where data and log are."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.data_dir = data_dir
        not_installed = self.tr("not installed")
        self.versions = [
            (APP_NAME, __version__),
            ("Qt", qVersion()),
            ("PySide6", pyside_version),
            ("Python", platform.python_version()),
            ("argostranslate", distribution_version("argos-translate-lt") or distribution_version("argostranslate")
             or not_installed),
            ("CTranslate2", distribution_version("ctranslate2") or not_installed),
        ]
        self.packs = installed_packs(data_dir)

        icon = QLabel(self)
        icon_file = resources_dir() / "icons" / "pressdesk-128.png"
        if icon_file.is_file():
            from PySide6.QtGui import QPixmap

            icon.setPixmap(QPixmap(str(icon_file)).scaled(
                96, 96, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2><p>"
                       + self.tr("Edit one press release in Chinese, English and Russian side by side, with "
                                 "an official-names glossary and offline machine translation.") + "</p>", self)
        title.setWordWrap(True)

        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("aboutVersions")
        self.table.horizontalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        wrap_rows(self.table)
        for name, value in self.rows():
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(value))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_to_clipboard)
        folder = buttons.addButton(self.tr("Open &Data Folder"), QDialogButtonBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(size_in_text(self, 87, 33))

    def rows(self) -> list[tuple[str, str]]:
        """Everything the dialog lists, in order: versions, packs, folders."""
        rows = list(self.versions)
        if self.packs:
            for pair, version, size in self.packs:
                rows.append((self.tr("Language pack %1").replace("%1", pair), f"{version} ({size})"))
        else:
            rows.append((self.tr("Language packs"), self.tr("none installed (not needed for editing)")))
        rows.append((self.tr("Data folder"), str(self.data_dir)))
        rows.append((self.tr("Log file"), str(log_path(self.data_dir))))
        return rows

    @Slot()
    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(f"{name}: {value}" for name, value in self.rows()))


class HelpMenu(QObject):
    """The Help menu's own entries (before "About Qt"), re-labelled when the interface language changes."""

    def __init__(self, window: QMainWindow, help_menu: QMenu, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.data_dir = context.data_dir
        self.user_guide_action = QAction(window)
        self.user_guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.user_guide_action.triggered.connect(self.show_user_guide)
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.getting_started_action = QAction(window)
        self.getting_started_action.triggered.connect(self.show_getting_started)
        self.log_folder_action = QAction(window)
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.user_guide_action, self.shortcuts_action):
            window.addAction(action)  # shortcuts work even while the menu bar is hidden
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertActions(first, [self.user_guide_action, self.shortcuts_action,
                                        self.getting_started_action])
        help_menu.insertSeparator(first)
        help_menu.insertAction(first, self.log_folder_action)
        help_menu.insertSeparator(first)
        help_menu.insertAction(first, self.about_action)
        self.dialogs: dict[str, QDialog] = {}
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.user_guide_action.setText(self.tr("User &Guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.getting_started_action.setText(self.tr("Getting &Started"))
        self.log_folder_action.setText(self.tr("Open &Log Folder"))
        self.about_action.setText(self.tr("&About %1").replace("%1", APP_NAME))

    def _show(self, name: str, dialog: QDialog) -> QDialog:
        old = self.dialogs.get(name)
        if old is not None:
            old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(name, d))
        self.dialogs[name] = dialog
        dialog.show()
        return dialog

    def _forget(self, name: str, dialog: QDialog) -> None:
        if self.dialogs.get(name) is dialog:
            del self.dialogs[name]

    @Slot()
    def show_user_guide(self) -> QDialog:
        return self._show("guide", UserGuideDialog(self.window))

    @Slot()
    def show_shortcuts(self) -> QDialog:
        return self._show("shortcuts", ShortcutsDialog(self.window))

    @Slot()
    def show_about(self) -> QDialog:
        return self._show("about", AboutDialog(self.data_dir, self.window))

    @Slot()
    def show_getting_started(self) -> QDialog:
        from desktop_app.ui.first_run import show_first_run_guide

        return show_first_run_guide(self.window, self.context.settings, self.context.save_settings,
                                    on_user_guide=self.show_user_guide)

    @Slot()
    def open_log_folder(self) -> None:
        folder = log_path(self.data_dir).parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))



def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add the Help entries to a MainWindow (which has `help_menu` and `context`)."""
    return HelpMenu(window, window.help_menu, window.context)  # type: ignore[attr-defined]
