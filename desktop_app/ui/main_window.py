"""The main window: the trilingual grid in the middle, docks around it, menus, status bar, autosave.

Integration points for other panels (keep these names stable):
    window.context            AppContext (settings, tasks, data_dir, glossary)
    window.document           DocumentController (release, store, undo_stack, signals, set_cell, macros)
    window.grid               ReleaseGrid (a QTableView; window.grid.release_model is the table model)
    window.glossary_dock      QDockWidget, right
    window.suggestions_dock   QDockWidget, right, below the glossary
    window.qa_dock            QDockWidget, bottom
        each shows placeholder text until its owner calls `dock.setWidget(panel)`
    window.file_menu, edit_menu, view_menu, tools_menu, help_menu   QMenus to add actions to
    window.show_error(title, message), window.status_message(text)
Wire panels in `_install_panels()`. Tests build the window with the panels installed at once; the application
(`run_gui`) passes `defer_panels=True`, so the grid is painted with the release first and the panels are installed
right after (then `panels_ready` is True and `panelsInstalled` is emitted, and the document re-announces itself).
Every visible string is set in `retranslateUi()`, which runs again on QEvent.Type.LanguageChange.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from desktop_app import APP_NAME, LANGS
from desktop_app.domain.invisible import escape_unseen, strip_unseen
from desktop_app.domain.release import Role, Status
from desktop_app.formats.glossary_suffixes import IMPORT_SUFFIXES as GLOSSARY_SUFFIXES
from desktop_app.ui.context import AppContext
from desktop_app.ui.document import PROJECT_SUFFIX, DocumentController
from desktop_app.ui.error_dialog import UNWRITABLE_ERRNOS
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.find_replace import FindReplaceDialog
from desktop_app.ui.grid_view import ReleaseGrid, RowFilter
from desktop_app.ui.labels import (
    lang_label,
    local_time,
    menu_text,
    shown_name,
    shown_path,
    shown_text,
)
from desktop_app.ui.status_bar import EditorStatusBar

if TYPE_CHECKING:
    from desktop_app.storage.project_lock import ProjectLockedError
    from desktop_app.ui.import_dialog import ImportDialog

log = logging.getLogger(__name__)

SAMPLE_PROJECT_NAME = "sample-release.pressdesk"
IMPORTABLE_SUFFIXES = (".docx", ".docm", ".dotx", ".txt", ".json")  # File ▸ Import Document's, never a project
MEMORY_SUFFIX = ".tmx"
RECENT_KEYS = 9  # the latest projects in File ▸ Open Recent are chosen with 1…9
STATUS_MESSAGE_MS = 5000
PROJECT_NAME_CHARS = 60  # of a title, as the name a new project is offered to be saved under
IDLE_AUTOSAVE_MS = 2000  # unsaved work is kept this long after the user's last change
COMPACT_WIDTH = 1200  # narrower windows keep the grid wide: the right-hand docks share one tabbed place


# Names Windows keeps for devices, whatever follows the first dot ("CON.pressdesk", "aux.txt.pressdesk").
WINDOWS_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"])


def project_file_name(title: str) -> str:
    """A file name for a release from its title: a headline often holds "/" or ":" (which would make folders, or
    are refused on Windows), and is longer than a file name should be. Characters nobody sees (a bidi override
    would make the name read otherwise, a lone surrogate cannot be written), a leading dot (a hidden file) and
    Windows device names ("CON", "aux") are not kept either."""
    name = strip_unseen(re.sub(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*]+', " ", title))
    name = " ".join(name.split())[:PROJECT_NAME_CHARS].strip(" .")
    if name.split(".")[0].rstrip(" ").upper() in WINDOWS_DEVICE_NAMES:
        name = f"release {name}"
    return (name or "release") + PROJECT_SUFFIX


def _placeholder(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    label.setMargin(12)
    return label


def _own_file(path: Path) -> bool:
    """Whether the user owns `path` (always, where files have no owner id)."""
    return not hasattr(os, "geteuid") or path.stat().st_uid == os.geteuid()


class MainWindow(QMainWindow):
    """One window, one document."""

    panelsInstalled = Signal()

    def __init__(self, context: AppContext, defer_panels: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.document = DocumentController(context.recovery_dir, context.tasks, self)
        self.grid = ReleaseGrid(self.document, self)
        self.setCentralWidget(self.grid)
        self.status_bar = EditorStatusBar(self.document, self)
        self.setStatusBar(self.status_bar)
        self.setDockNestingEnabled(True)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_docks()
        self.panels_ready = False
        if defer_panels:
            self.grid.firstPainted.connect(lambda: QTimer.singleShot(0, self._install_deferred_panels))
        else:
            self._install_panels()
            self.panels_ready = True
        self._find_dialog: FindReplaceDialog | None = None
        self.interactive = True  # False for headless runs (screenshots): never ask the user anything

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(context.qt_settings.autosave_seconds * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        # A crash between two periodic autosaves would lose everything typed since the last one: changes are also
        # kept as soon as the user pauses (the GUI thread only copies the release: benchmarks/bench_autosave.py).
        self.idle_autosave_timer = QTimer(self)
        self.idle_autosave_timer.setSingleShot(True)
        self.idle_autosave_timer.setInterval(IDLE_AUTOSAVE_MS)
        self.idle_autosave_timer.timeout.connect(lambda: self.autosave(quiet=True))
        for changed in (self.document.cellChanged, self.document.cellsChanged, self.document.structureChanged,
                        self.document.roleChanged, self.document.releaseInfoChanged):
            changed.connect(lambda *_: self.idle_autosave_timer.start())

        self.document.modifiedChanged.connect(self.setWindowModified)
        self.document.autosaveFailed.connect(self._autosave_failed)
        self.document.documentChanged.connect(self._update_title)
        self.document.undo_stack.canUndoChanged.connect(self._update_actions)
        self.document.currentCellChanged.connect(lambda *_: self._update_actions())
        self.document.structureChanged.connect(self._update_actions)
        self.grid.filesDropped.connect(self.import_document)
        # Files dragged from the desktop or a mail onto the window: a project opens, a document is imported, a
        # glossary or memory goes to its import; a floating Glossary panel is a window of its own, so it is told.
        self.setAcceptDrops(True)
        self.glossary_dock.setAcceptDrops(True)
        self.glossary_dock.installEventFilter(self)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._show_cell_menu)
        row_header = self.grid.verticalHeader()
        row_header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        row_header.customContextMenuRequested.connect(self._show_row_menu)
        self.retranslateUi()
        self.restore_layout()
        self._update_actions()

    # -- construction ------------------------------------------------------------------------------------
    def _action(self, slot: Callable[[], object] | None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.new_document, keys.New)
        self.open_action = self._action(self.open_document, keys.Open)
        self.save_action = self._action(self.save_document, keys.Save)
        self.save_as_action = self._action(self.save_document_as, keys.SaveAs)
        self.import_action = self._action(lambda: self.import_document(None, None), "Ctrl+I")
        self.properties_action = self._action(self.show_release_properties)
        self.quit_action = self._action(self.close, keys.Quit)
        self.undo_action = self.document.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.document.undo_stack.createRedoAction(self)
        redo_keys = [QKeySequence(keys.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))
        self.find_action = self._action(self.show_find_replace, keys.Find)
        self.replace_action = self._action(lambda: self.show_find_replace(replace=True), keys.Replace)
        # F3 as in every editor (the platform's FindNext may also be Ctrl+G, which goes to a segment here).
        self.find_next_action = self._action(lambda: self.find_again(backwards=False), "F3")
        self.find_previous_action = self._action(lambda: self.find_again(backwards=True), "Shift+F3")
        self.insert_above_action = self._action(lambda: self.insert_segment(below=False), "Ctrl+Shift+Up")
        self.insert_below_action = self._action(lambda: self.insert_segment(below=True), "Ctrl+Shift+Return")
        self.delete_segment_action = self._action(self.delete_segments, "Ctrl+Shift+Delete")
        self.move_up_action = self._action(lambda: self.move_segment(-1), "Alt+Shift+Up")
        self.move_down_action = self._action(lambda: self.move_segment(1), "Alt+Shift+Down")
        self.split_action = self._action(self.split_segment, "Ctrl+Shift+K")
        self.merge_action = self._action(self.merge_segment, "Ctrl+Shift+M")
        self.approve_action = self._action(lambda: self.set_cell_status(Status.APPROVED), "Ctrl+Shift+A")
        self.approve_row_action = self._action(lambda: self.set_row_status(Status.APPROVED), "Ctrl+Alt+A")
        self.status_actions = {
            status: self._action(partial(self.set_cell_status, status))
            for status in (Status.MACHINE, Status.DRAFT, Status.REVIEWED, Status.APPROVED)
        }
        self.role_actions = {role: self._action(partial(self.set_role, role)) for role in Role}
        self.history_action = self._action(self.show_history, "Ctrl+Shift+H")
        self.preferences_action = self._action(self.show_preferences, keys.Preferences)
        self.filter_group = QActionGroup(self)
        self.filter_actions = {}
        for row_filter in RowFilter:
            action = self._action(partial(self._set_filter_kind, row_filter), checkable=True)
            self.filter_group.addAction(action)
            self.filter_actions[row_filter] = action
        self.filter_actions[RowFilter.ALL].setChecked(True)
        self.column_actions = {lang: self._action(None, checkable=True) for lang in LANGS}
        for lang, action in self.column_actions.items():
            action.toggled.connect(partial(self._toggle_column, lang))
        self.next_panel_action = self._action(lambda: self.focus_panel(1), "F6")
        self.previous_panel_action = self._action(lambda: self.focus_panel(-1), "Shift+F6")
        self.about_qt_action = self._action(QApplication.aboutQt)
        self.recent_menu = QMenu(self)
        self.recent_menu.setToolTipsVisible(True)  # the folder of each project: two may share a name
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.properties_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action,
                                   self.replace_action])
        self.edit_menu.addSeparator()
        self.segment_menu = self.edit_menu.addMenu("")
        self.segment_menu.addActions([self.insert_above_action, self.insert_below_action, self.delete_segment_action])
        self.segment_menu.addSeparator()
        self.segment_menu.addActions([self.move_up_action, self.move_down_action])
        self.segment_menu.addSeparator()
        self.segment_menu.addActions([self.split_action, self.merge_action])
        self.role_menu = self.edit_menu.addMenu("")
        self.role_menu.addActions(list(self.role_actions.values()))
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.approve_action, self.approve_row_action])
        self.status_menu = self.edit_menu.addMenu("")
        self.status_menu.addActions(list(self.status_actions.values()))
        self.edit_menu.addAction(self.history_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.view_menu = bar.addMenu("")
        self.filter_menu = self.view_menu.addMenu("")
        self.filter_menu.addActions(list(self.filter_actions.values()))
        self.columns_menu = self.view_menu.addMenu("")
        self.columns_menu.addActions(list(self.column_actions.values()))
        self.view_menu.addSeparator()

        self.tools_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_qt_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.addActions([self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.approve_action, self.find_action])
        self.toolbar.addSeparator()
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filterCombo")
        self.filter_lang_combo = QComboBox(self)
        self.filter_lang_combo.setObjectName("filterLangCombo")
        for combo in (self.filter_combo, self.filter_lang_combo):  # the words change with the interface language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for row_filter in RowFilter:
            self.filter_combo.addItem("", row_filter.value)
        for lang in LANGS:
            self.filter_lang_combo.addItem("", lang)
        self.filter_lang_combo.setCurrentIndex(LANGS.index(self.grid.filter_lang))
        self.filter_combo.currentIndexChanged.connect(self._apply_filter_from_combos)
        self.filter_lang_combo.currentIndexChanged.connect(self._apply_filter_from_combos)
        self.toolbar.addWidget(self.filter_label)
        self.toolbar.addWidget(self.filter_combo)
        self.toolbar.addWidget(self.filter_lang_combo)

    def _dock(self, name: str, area: Qt.DockWidgetArea) -> tuple[QDockWidget, QLabel]:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        placeholder = _placeholder(dock)
        dock.setWidget(placeholder)
        self.addDockWidget(area, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock, placeholder

    def _build_docks(self) -> None:
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.glossary_dock, self._glossary_placeholder = self._dock("glossaryDock", right)
        self.suggestions_dock, self._suggestions_placeholder = self._dock("suggestionsDock", right)
        self.splitDockWidget(self.glossary_dock, self.suggestions_dock, Qt.Orientation.Vertical)
        self.qa_dock, self._qa_placeholder = self._dock("qaDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.view_menu.addAction(self.toolbar.toggleViewAction())
        self.view_menu.addActions([self.next_panel_action, self.previous_panel_action])
        self.resizeDocks([self.glossary_dock], [320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.qa_dock], [180], Qt.Orientation.Vertical)  # filters, three findings, totals
        # Half each: left to their size hints the glossary took all but ~90 px, so no suggestion showed at 768 px.
        self.resizeDocks([self.glossary_dock, self.suggestions_dock], [1, 1], Qt.Orientation.Vertical)
        self._docks_compacted = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_docks_to_width()

    def fit_docks_to_width(self) -> None:
        """Below COMPACT_WIDTH the glossary and suggestions docks become tabs of one place, so the three columns
        keep their width; wider again, docks this window tabbed go back to one above the other."""
        right = Qt.DockWidgetArea.RightDockWidgetArea
        glossary, suggestions = self.glossary_dock, self.suggestions_dock
        if any(d.isFloating() or self.dockWidgetArea(d) != right for d in (glossary, suggestions)):
            return
        tabbed = suggestions in self.tabifiedDockWidgets(glossary)
        if self.width() < COMPACT_WIDTH and not tabbed and glossary.isVisibleTo(self) and suggestions.isVisibleTo(self):
            self.tabifyDockWidget(glossary, suggestions)
            glossary.raise_()
            self._docks_compacted = True
        elif self.width() >= COMPACT_WIDTH and tabbed and self._docks_compacted:
            self.removeDockWidget(suggestions)
            self.addDockWidget(right, suggestions)
            self.splitDockWidget(glossary, suggestions, Qt.Orientation.Vertical)
            suggestions.show()
            self._docks_compacted = False

    def _install_panels(self) -> None:
        """Other panels (glossary, suggestions, QA, export, ...) are wired in here."""
        from desktop_app.ui.comments import install_comments
        from desktop_app.ui.concordance import install_concordance
        from desktop_app.ui.export_dialog import install_export_action
        from desktop_app.ui.glossary_dock import install_glossary
        from desktop_app.ui.help_dialogs import install_help_menu
        from desktop_app.ui.keyboard_flow import install_keyboard_flow
        from desktop_app.ui.legend import install_legend
        from desktop_app.ui.mt_menu import install_machine_translation
        from desktop_app.ui.qa_dock import install_quality_checks
        from desktop_app.ui.spell_underline import install_spell_underline
        from desktop_app.ui.term_from_selection import install_term_from_selection
        from desktop_app.ui.tm_actions import install_translation_memory

        self.export_panel = install_export_action(self)
        self.glossary = install_glossary(self)
        self.help = install_help_menu(self)
        self.machine_translation = install_machine_translation(self)
        self.quality_checks = install_quality_checks(self)
        self.translation_memory = install_translation_memory(self)
        self.glossary.panel.glossaryChanged.connect(self.quality_checks.panel.schedule_full_check)
        self.keyboard_flow = install_keyboard_flow(self)
        self.legend = install_legend(self)
        self.concordance = install_concordance(self)
        self.term_from_selection = install_term_from_selection(self)
        self.comments = install_comments(self)
        self.spell_underline = install_spell_underline(self)

    def _install_deferred_panels(self) -> None:
        """After the first paint: install the panels, give their docks the saved places, replay the document."""
        if self.panels_ready:
            return
        self._install_panels()
        state = self.context.qt_settings.window_state
        if state is not None:
            self.restoreState(state)
        self.panels_ready = True
        self.document.announce()
        self.panelsInstalled.emit()

    def restore_layout(self) -> None:
        """Window geometry, dock layout and grid columns as the user left them."""
        qs = self.context.qt_settings
        if qs.geometry is not None:
            self.restoreGeometry(qs.geometry)
        else:
            self.resize(1280, 800)
        if qs.window_state is not None:
            self.restoreState(qs.window_state)
        self.grid.set_columns(qs.column_order, qs.hidden_columns)
        self._sync_column_actions()

    def save_layout(self) -> None:
        qs = self.context.qt_settings
        qs.geometry = self.saveGeometry()
        qs.window_state = self.saveState()
        qs.column_order = self.grid.column_order()
        qs.hidden_columns = self.grid.hidden_columns()
        qs.sync()

    # -- words on screen ---------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.segment_menu.setTitle(self.tr("&Segment"))
        self.role_menu.setTitle(self.tr("R&ole"))
        self.status_menu.setTitle(self.tr("C&ell Status"))
        self.filter_menu.setTitle(self.tr("&Filter Rows"))
        self.columns_menu.setTitle(self.tr("&Columns"))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open…"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.import_action.setText(self.tr("&Import Document…"))
        self.properties_action.setText(self.tr("Release &Title and Date…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        # The undo stack renames these after every edit ("Undo Edit text"): the menu and tooltip say which step,
        # the toolbar keeps one short word, or its row filter would be pushed out of a narrow window.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.find_action.setText(self.tr("&Find…"))
        self.replace_action.setText(self.tr("Find and Rep&lace…"))
        self.find_next_action.setText(self.tr("Find Ne&xt"))
        self.find_previous_action.setText(self.tr("Fin&d Previous"))
        self.insert_above_action.setText(self.tr("Insert Segment Abo&ve"))
        self.insert_below_action.setText(self.tr("Insert Segment &Below"))
        self.delete_segment_action.setText(self.tr("&Delete Segment"))
        self.move_up_action.setText(self.tr("Move &Up"))
        self.move_down_action.setText(self.tr("Move Dow&n"))
        self.split_action.setText(self.tr("S&plit at Cursor"))
        self.merge_action.setText(self.tr("&Merge with Next"))
        self.approve_action.setText(self.tr("&Approve Cell"))
        self.approve_row_action.setText(self.tr("Approve Ro&w"))
        # Menu entries carry their own '&' letter, so they are separate strings from the grid's labels.
        status_entries = {
            Status.MACHINE: self.tr("&Machine"),
            Status.DRAFT: self.tr("&Draft"),
            Status.REVIEWED: self.tr("&Reviewed"),
            Status.APPROVED: self.tr("&Approved"),
        }
        for status, action in self.status_actions.items():
            action.setText(status_entries[status])
        role_entries = {
            Role.HEADLINE: self.tr("&Headline"),
            Role.SUBHEADLINE: self.tr("&Subheadline"),
            Role.DATELINE: self.tr("&Dateline"),
            Role.LEAD: self.tr("&Lead"),
            Role.BODY: self.tr("&Body"),
            Role.QUOTE: self.tr("&Quote"),
            Role.SOURCE: self.tr("So&urce"),
            Role.CONTACT: self.tr("&Contact"),
            Role.NOTE: self.tr("&Note"),
        }
        for role, action in self.role_actions.items():
            action.setText(role_entries[role])
        self.history_action.setText(self.tr("Revision &History…"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        filter_names = {
            RowFilter.ALL: self.tr("All rows"),
            RowFilter.EMPTY: self.tr("Only empty"),
            RowFilter.STALE: self.tr("Only stale"),
            RowFilter.NOT_APPROVED: self.tr("Only not approved"),
        }
        filter_entries = {
            RowFilter.ALL: self.tr("&All rows"),
            RowFilter.EMPTY: self.tr("Only &empty"),
            RowFilter.STALE: self.tr("Only &stale"),
            RowFilter.NOT_APPROVED: self.tr("Only &not approved"),
        }
        for row_filter, action in self.filter_actions.items():
            action.setText(filter_entries[row_filter])
            self.filter_combo.setItemText(list(RowFilter).index(row_filter), filter_names[row_filter])
        column_entries = {"zh": self.tr("&Chinese"), "en": self.tr("&English"), "ru": self.tr("&Russian")}
        for i, lang in enumerate(LANGS):
            self.filter_lang_combo.setItemText(i, self.tr("in %1").replace("%1", lang_label(lang)))
            self.column_actions[lang].setText(column_entries[lang])
        self.filter_label.setText(self.tr("Show:") + " ")
        self.filter_combo.setAccessibleName(self.tr("Rows shown"))
        self.filter_lang_combo.setAccessibleName(self.tr("Column the row filter looks at"))
        self.grid.setAccessibleName(self.tr("Release: one row per paragraph, one column per language"))
        self.next_panel_action.setText(self.tr("Next &Panel"))
        self.previous_panel_action.setText(self.tr("Pre&vious Panel"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.glossary_dock.setWindowTitle(self.tr("Glossary"))
        self.suggestions_dock.setWindowTitle(self.tr("Suggestions"))
        self.qa_dock.setWindowTitle(self.tr("Quality Checks"))
        # A dock copies its title into its View-menu toggle; the toggle gets its '&' letter afterwards.
        self.glossary_dock.toggleViewAction().setText(self.tr("&Glossary"))
        self.suggestions_dock.toggleViewAction().setText(self.tr("&Suggestions"))
        self.qa_dock.toggleViewAction().setText(self.tr("&Quality Checks"))
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))
        self._glossary_placeholder.setText(self.tr("Official names and titles for the current segment appear here."))
        self._suggestions_placeholder.setText(self.tr("Machine-translation suggestions appear here."))
        self._qa_placeholder.setText(self.tr("Problems found by the quality checks appear here."))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave()  # the window lost focus: keep what was typed
        super().changeEvent(event)

    def _update_title(self) -> None:
        read_only = " " + self.tr("(read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.display_name()}[*]{read_only} — {APP_NAME}")
        self.setWindowModified(self.document.modified)

    # -- messages ----------------------------------------------------------------------------------------
    def show_error(self, title: str, message: str) -> None:
        if not self.isVisible():
            self.show()  # at start-up (the project given cannot be opened): over the window, not on its own
        QMessageBox.critical(self, shown_text(title), shown_text(message))

    def status_message(self, text: str) -> None:
        self.status_bar.showMessage(shown_text(text), STATUS_MESSAGE_MS)

    # -- files -------------------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask before unsaved changes would be lost; False when the user cancels."""
        if not self.document.modified or not self.interactive:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” before closing it?").replace("%1", self.document.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_document()
        return answer == QMessageBox.StandardButton.Discard

    def new_document(self) -> None:
        if self.maybe_save():
            self.document.new()
            self.grid.setFocus()

    def open_document(self) -> None:
        if not self.maybe_save():
            return
        start = str(Path(self.context.settings.recent_files[0]).parent) if self.context.settings.recent_files else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Project"), start, self.tr("PressDesk projects (*.pressdesk)"))
        if path:
            self.open_path(path, ask_save=False)

    def open_path(self, path: str | Path, ask_save: bool = True) -> bool:
        """Open a project file, offer to restore autosaved work, and remember it in the recent files."""
        from desktop_app.storage.errors import StorageError
        from desktop_app.storage.project_lock import ProjectLockedError

        if Path(path).suffix.lower() in IMPORTABLE_SUFFIXES:
            return self.offer_new_release_from(Path(path))
        if ask_save and not self.maybe_save():
            return False
        try:
            try:
                self.document.open(path)
            except ProjectLockedError as exc:
                if not self.confirm_read_only(self.lock_reason(exc)):
                    return False
                self.document.open(path, read_only=True)
            except OSError as exc:  # the lock beside it cannot be written: a write-protected stick, CD or share
                if exc.errno not in UNWRITABLE_ERRNOS:
                    raise
                reason = self.tr("“%1” is in a folder that cannot be written to (a write-protected USB stick, a CD "
                                 "or a read-only network folder).").replace("%1", escape_unseen(Path(path).name))
                if not self.confirm_read_only(reason, self.tr("Read-only folder")):
                    return False
                self.document.open(path, read_only=True)
        except (StorageError, OSError) as exc:
            self.show_error(self.tr("Cannot open project"), self.tr(
                "“%1” was not opened and has not been changed.").replace("%1", escape_unseen(Path(path).name)) + "\n\n"
                + escape_unseen(refusal_text(exc)))
            return False
        self._remember(Path(path))
        if not self.document.read_only:
            self.offer_recovery()
        return True

    def offer_new_release_from(self, path: Path) -> bool:
        """A Word or text document chosen in Open (or given at start-up) is not a project: rather than refuse it as
        a damaged one, offer what the user wants, a new release with its text (the import dialog picks the column)."""
        if not self.interactive:
            return False
        if not self.isVisible():
            self.show()  # at start-up: the question comes over the window it concerns
        answer = QMessageBox.question(
            self, self.tr("Open Project"),
            self.tr("“%1” is a document, not a PressDesk project. Start a new release with its text?\n\n"
                    "To add it to the release you have open as one of its languages, use File ▸ Import Document.")
            .replace("%1", shown_name(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes or not self.maybe_save():
            return False
        self.document.new()
        self.import_document(None, str(path))
        return True

    def lock_reason(self, exc: ProjectLockedError) -> str:
        """Who holds the project, in the interface language and the user's wall-clock time (the lock file keeps
        UTC); a refusal without a holder (hard links, a lock being taken) is worded by its message id."""
        holder = exc.holder
        if holder is None:
            return refusal_text(exc)
        user, host = escape_unseen(holder.user), escape_unseen(holder.host)  # as another computer's note says
        who = self.tr("%1 on %2").replace("%1", user).replace("%2", host) if user else host
        if holder.is_here and holder.pid == os.getpid():
            text = self.tr("“%1” is already open in another PressDesk window since %2.")
        elif holder.is_here:
            text = self.tr("“%1” is already open in another PressDesk (process %3, %4) since %2.")
        else:
            text = self.tr("“%1” is already open in PressDesk on another computer (%4) since %2.")
        since = local_time(holder.time, seconds=False) if holder.time else "?"
        name = escape_unseen(exc.project.name)
        text = text.replace("%1", name).replace("%2", since).replace("%3", str(holder.pid))
        return text.replace("%4", who) + " " + self.tr(
            "Only one window can edit a project at a time: close it there, or open this one read-only.")

    def confirm_read_only(self, reason: str, title: str | None = None) -> bool:
        """The project is being edited elsewhere, or cannot be written where it is: offer a read-only copy (a
        screenshot run just takes it)."""
        if not self.interactive:
            return True
        if not self.isVisible():
            self.show()  # at start-up (the last project is open in another PressDesk): not a question on its own
        answer = QMessageBox.question(
            self, title or self.tr("Project in use"),
            reason + "\n\n" + self.tr("Open it read-only? You can still save your changes under another name."),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def offer_recovery(self) -> bool:
        """After a crash the project holds autosaved work: offer to bring it back."""
        pending = self.document.pending_recovery() if self.interactive else None
        if pending is None:
            return False
        saved_at, release = pending
        if not self.isVisible():
            self.show()  # at start-up the question comes before the window: show which project it is about
        answer = QMessageBox.question(
            self, self.tr("Restore unsaved work?"),
            self.tr("PressDesk was closed without saving “%1”. Changes autosaved at %2 can be restored. "
                    "Restore them?").replace("%1", self.document.display_name())
            .replace("%2", local_time(saved_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.document.restore_recovery(release)
            return True
        self.document.discard_recovery()
        return False

    def recovered_untitled(self) -> list[Path]:
        """Untitled projects a crashed session left in the recovery folder, newest first."""
        from desktop_app.storage.project_lock import is_locked

        # Only the user's own files of the folder itself: a link or another user's file planted there (a shared
        # data folder) would open a project the user never chose.
        found = [p for p in self.context.recovery_dir.glob(f"*{PROJECT_SUFFIX}")
                 if not p.is_symlink() and p.is_file() and _own_file(p) and not is_locked(p)]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)  # another PressDesk's are in use

    def open_startup_document(self, project: str | None) -> None:
        """What the window shows first: the given project, unsaved untitled work, the last project or the sample."""
        if project and self.open_path(project, ask_save=False):
            return
        for path in self.recovered_untitled() if self.interactive else []:
            if self.open_path(path, ask_save=False) and self.document.modified:
                return
            self.document.close()
        settings = self.context.settings
        if not project and not settings.first_run_done:
            self.open_sample()
            return
        for recent in settings.recent_files:
            if Path(recent).is_file() and self.open_path(recent, ask_save=False):
                return
        self.document.new()

    def open_sample(self) -> None:
        """First run: the sample release, saved as a project in the data folder, so there is something to see."""
        from desktop_app.services.importing import sample_release
        from desktop_app.storage.project_store import ProjectStore

        path = self.context.data_dir / SAMPLE_PROJECT_NAME
        if not path.exists():
            ProjectStore.create(path, sample_release()).close()
        self.context.settings.first_run_done = True
        self.context.save_settings()
        self.open_path(path, ask_save=False)

    def save_document(self) -> bool:
        from desktop_app.storage.errors import StorageError

        if self.document.untitled or self.document.read_only:
            return self.save_document_as()
        try:
            self.document.save()
        except (OSError, StorageError) as exc:
            self._save_failed(self.document.path, exc)  # type: ignore[arg-type]
            return False
        self.status_message(self.tr("Saved %1").replace("%1", str(self.document.path)))
        return True

    def save_document_as(self) -> bool:
        start = str(self.document.path or self._project_folder() / project_file_name(self.document.release.title))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Project As"), start, self.tr("PressDesk projects (*.pressdesk)"))
        if not path:
            return False
        from desktop_app.storage.errors import StorageError
        from desktop_app.storage.project_lock import ProjectLockedError

        try:
            self.document.save_as(path)
        except ProjectLockedError as exc:
            self.show_error(self.tr("Cannot save"), self.lock_reason(exc))
            return False
        except (OSError, StorageError) as exc:
            self._save_failed(Path(path), exc)
            return False
        self._remember(self.document.path)  # type: ignore[arg-type]
        self.status_message(self.tr("Saved %1").replace("%1", str(self.document.path)))
        return True

    def _save_failed(self, path: Path, exc: Exception) -> None:
        """What failed and that nothing is lost, in the interface language; the system's reason below it."""
        self.show_error(self.tr("Cannot save"), self.tr(
            "“%1” was not saved. Your changes are still here and kept by autosave: free some space or choose "
            "another place with File ▸ Save As.").replace("%1", escape_unseen(path.name)) + "\n\n"
            + escape_unseen(refusal_text(exc)))

    def _project_folder(self) -> Path:
        """Where a new project is first offered to be saved: beside the last project, else the home folder (never
        the hidden data folder the sample release lives in)."""
        recent = self.context.settings.recent_files
        folder = Path(recent[0]).parent if recent else Path.home()
        if not folder.is_dir() or folder.resolve() == self.context.data_dir.resolve():
            return Path.home()
        return folder

    def _remember(self, path: Path) -> None:
        if path.resolve().parent == self.context.recovery_dir.resolve():
            return
        self.context.settings.remember_file(str(path.resolve()))
        self.context.save_settings()

    def _fill_recent_menu(self) -> None:
        """A project moved or deleted since stays listed (a greyed entry would not say why, nor ever go away):
        choosing it explains and forgets it."""
        self.recent_menu.clear()
        recent_files = self.context.settings.recent_files
        for number, recent in enumerate(recent_files, start=1):
            name = menu_text(shown_name(recent))
            action = self.recent_menu.addAction(f"&{number} {name}" if number <= RECENT_KEYS else name)
            action.setToolTip(shown_path(recent))
            action.triggered.connect(partial(self._open_recent, recent))
        if not recent_files:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear List"), self._clear_recent)

    def _open_recent(self, path: str) -> None:
        if Path(path).is_file():
            self.open_path(path)
            return
        self.context.settings.forget_file(path)
        self.context.save_settings()
        text = self.tr("“%1” is no longer in %2: it was moved, renamed or deleted. It is taken off the recent list; "
                       "open it from its new place with File ▸ Open.")
        name, folder = escape_unseen(Path(path).name), escape_unseen(str(Path(path).parent))
        QMessageBox.warning(self, self.tr("Project not found"), text.replace("%1", name).replace("%2", folder))

    def _clear_recent(self) -> None:
        self.context.settings.recent_files = []
        self.context.save_settings()

    def autosave(self, quiet: bool = False, wait: bool = False) -> None:
        """Keep unsaved work in the project; `quiet` (the autosave after a pause) leaves the status bar alone, so
        what the last command reported stays readable; `wait` returns once it is written."""
        from desktop_app.storage.errors import StorageError

        try:
            if self.document.autosave(wait) and not quiet:
                self.status_message(self.tr("Autosaved"))
        except (OSError, StorageError) as exc:
            self._autosave_failed(refusal_text(exc))

    def secure_unsaved_work(self) -> None:
        """Autosave and wait for the write: called before an error is reported, when the next step may fail too."""
        self.autosave(wait=True)

    def _autosave_failed(self, message: str) -> None:
        log.warning("autosave failed: %s", message)
        self.status_message(self.tr("Autosave failed: %1").replace("%1", message))

    def import_document(self, lang: str | None, path: str | None) -> None:
        """Import a .docx/.txt/.json into one language column, after a preview of the alignment."""
        from desktop_app.ui.import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Document"), "",
                self.tr("Documents (*.docx *.docm *.dotx *.txt *.json)"))
            if not path:
                return
        dialog = ImportDialog(self.context, self.document, Path(path), lang or self.document.current_lang(), self)
        try:
            self._apply_import_dialog(dialog)
        finally:  # gone once answered: a dialog left behind refills its preview at every switch of language
            dialog.deleteLater()

    def _apply_import_dialog(self, dialog: ImportDialog) -> None:
        if not dialog.exec() or dialog.outcome is None or dialog.outcome.release is None:
            return
        reports = dialog.outcome.reports
        langs = [report.lang for report in reports]
        text = self.tr("Import into %1").replace("%1", ", ".join(lang_label(code) for code in langs))
        if not self.document.apply_import(dialog.snapshot, dialog.outcome.release, text):
            self.status_message(self.tr("The release changed while the document was read; import it again"))
            return
        if len(reports) == 1:
            self.status_message(self.tr("Imported %n paragraph(s)", "", reports[0].paragraphs))
        else:
            self.status_message(self.tr("Imported %n row(s) into %1", "", reports[0].paragraphs)
                                .replace("%1", ", ".join(lang_label(code) for code in langs)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.autosave_timer.stop()
        self.idle_autosave_timer.stop()
        self.save_layout()
        self.document.close()
        event.accept()

    # -- files dropped onto the window --------------------------------------------------------------------
    def dropped_file(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent,
                     on_glossary: bool = False) -> tuple[str, Path] | None:
        """What the first usable file dragged in would be opened as ("project", "document", "glossary" or
        "memory"), with its path; None when nothing dragged is of use here. A .txt is a glossary only when it is
        dropped on the Glossary panel (OmegaT glossaries are text files too)."""
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else []:
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            suffix = path.suffix.lower()
            if suffix == PROJECT_SUFFIX:
                return "project", path
            if not self.panels_ready and suffix not in IMPORTABLE_SUFFIXES:
                continue  # the glossary and memory panels come right after the first paint
            if suffix == MEMORY_SUFFIX:
                return "memory", path
            if suffix in GLOSSARY_SUFFIXES and (on_glossary or suffix not in IMPORTABLE_SUFFIXES):
                return "glossary", path
            if suffix in IMPORTABLE_SUFFIXES:
                return "document", path
        return None

    def _welcome_drag(self, event: QDragEnterEvent | QDragMoveEvent, on_glossary: bool = False) -> None:
        if self.dropped_file(event, on_glossary) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def _take_drop(self, event: QDropEvent, on_glossary: bool = False) -> None:
        dropped = self.dropped_file(event, on_glossary)
        if dropped is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: a question or preview shown inside it would hold the file manager's drag too.
        QTimer.singleShot(0, partial(self.open_dropped, *dropped))

    def open_dropped(self, kind: str, path: Path) -> None:
        if kind == "project":
            self.open_path(path)
        elif kind == "document":
            self.import_document(None, str(path))
        elif kind == "glossary":
            self.glossary_dock.show()
            self.glossary_dock.raise_()
            self.glossary.panel.import_file(str(path))
        elif not self.translation_memory.start_import(path):
            self.status_message(self.tr("A translation memory is being imported; drop %1 again when it has finished")
                                .replace("%1", shown_name(path)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._welcome_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        # Over the Glossary panel a .txt is an OmegaT glossary, anywhere else a document.
        self._welcome_drag(event, self.glossary_dock.geometry().contains(event.position().toPoint()))

    def dropEvent(self, event: QDropEvent) -> None:
        self._take_drop(event, self.glossary_dock.geometry().contains(event.position().toPoint()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.glossary_dock:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                self._welcome_drag(event, on_glossary=True)  # type: ignore[arg-type]
                return True
            if event.type() == QEvent.Type.Drop:
                self._take_drop(event, on_glossary=True)  # type: ignore[arg-type]
                return True
        return super().eventFilter(watched, event)

    # -- editing -----------------------------------------------------------------------------------------
    def _current_key(self) -> tuple[str, str] | None:
        return self.document.current_cell()

    def _selected_keys(self) -> list[tuple[str, str]]:
        keys = [self.grid.release_model.key_for(i) for i in self.grid.selectionModel().selectedIndexes()]
        keys = [k for k in keys if k is not None]
        current = self._current_key()
        return keys or ([current] if current else [])

    def _selected_segment_ids(self) -> list[str]:
        return list(dict.fromkeys(k[0] for k in self._selected_keys()))

    def _finish_editing(self) -> None:
        editor = self.grid.cell_delegate.active_editor
        if editor is not None:
            self.grid.cell_delegate.commitData.emit(editor)
            self.grid.cell_delegate.closeEditor.emit(editor)

    def set_cell_status(self, status: Status) -> None:
        self._finish_editing()
        keys = self._selected_keys()
        if keys and all(self.document.cell(*key).is_empty for key in keys):  # else Ctrl+Shift+A does nothing, unsaid
            self.status_message(self.tr("An empty cell has no status to give: type, paste or translate its text "
                                        "first."))
            return
        self.document.set_status(keys, status)

    def set_row_status(self, status: Status) -> None:
        self._finish_editing()
        self.document.set_status([(sid, lang) for sid in self._selected_segment_ids() for lang in LANGS], status)

    def set_role(self, role: Role) -> None:
        ids = self._selected_segment_ids()
        if len(ids) > 1:
            self.document.begin_macro(self.tr("Change role"))
        for segment_id in ids:
            self.document.set_role(segment_id, role)
        if len(ids) > 1:
            self.document.end_macro()

    def insert_segment(self, below: bool) -> None:
        self._finish_editing()
        current = self._current_key()
        index = self.document.release.index_of(current[0]) + (1 if below else 0) if current else 0
        self.document.insert_segment(index)

    def delete_segments(self) -> None:
        self._finish_editing()
        self.document.delete_segments(self._selected_segment_ids())

    def move_segment(self, step: int) -> None:
        self._finish_editing()
        current = self._current_key()
        if current:
            self.document.move_segment(current[0], self.document.release.index_of(current[0]) + step)

    def split_segment(self) -> None:
        editor = self.grid.cell_delegate.active_editor
        if editor is None:
            self.status_message(self.tr("Place the cursor in a cell's text where it should be split."))
            if self.grid.currentIndex().isValid():
                self.grid.edit(self.grid.currentIndex())
            return
        segment_id, lang, offset = editor.segment_id, editor.lang, editor.offset_of(editor.textCursor().position())
        self._finish_editing()
        if self.document.split_segment(segment_id, lang, offset) is None:
            self.status_message(self.tr("Nothing to split: the cursor is at the start or end of the text."))

    def merge_segment(self) -> None:
        self._finish_editing()
        current = self._current_key()
        if current and not self.document.merge_with_next(current[0]):
            self.status_message(self.tr("The last segment has nothing below it to merge with."))

    def show_history(self) -> None:
        from desktop_app.ui.history_dialog import HistoryDialog

        current = self._current_key()
        if current:
            self._finish_editing()
            HistoryDialog(self.document, current[0], current[1], self).exec()

    def show_release_properties(self) -> None:
        from desktop_app.ui.release_properties import ReleasePropertiesDialog

        ReleasePropertiesDialog(self.document, self).exec()

    def show_find_replace(self, replace: bool = False) -> None:
        """Ctrl+F starts in the search field, Ctrl+H in the replacement; its last text selected, to type over. Text
        selected in the cell being edited (one line of it) becomes what is searched for."""
        editor = self.grid.cell_delegate.active_editor
        selected = editor.textCursor().selectedText() if editor is not None else ""
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.document, self.grid, self._finish_editing, self)
        if selected.strip() and "\u2029" not in selected:  # a paragraph separator: more than one line selected
            self._find_dialog.find_edit.setText(selected)
            self._find_dialog.last_match = None
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.activateWindow()
        field = self._find_dialog.replace_edit if replace else self._find_dialog.find_edit
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def find_text(self, text: str, lang: str) -> None:
        """Search `text` in the `lang` column from the current cell, the dialog open with the result (the glossary's
        Find in Release)."""
        self.show_find_replace()
        dialog = self._find_dialog
        assert dialog is not None
        dialog.find_edit.setText(text)
        dialog.lang_combo.setCurrentIndex(max(0, dialog.lang_combo.findData(lang)))
        dialog.last_match = None
        dialog.find_next()

    def find_again(self, backwards: bool) -> None:
        """F3 / Shift+F3: the next or previous match of the last search, the dialog left as it is (closed or
        open); with nothing searched yet, the dialog opens."""
        dialog = self._find_dialog
        if dialog is None or not dialog.find_edit.text():
            self.show_find_replace()
            return
        dialog.find_previous() if backwards else dialog.find_next()
        self.status_message(self.tr("“%1”: %2").replace("%2", dialog.result_label.text())
                            .replace("%1", dialog.find_edit.text()))

    def show_preferences(self) -> None:
        from desktop_app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context, self.grid.column_order(), self.grid.hidden_columns(), self)
        dialog.finished.connect(dialog.deleteLater)  # gone once answered, not retranslated with the window
        if dialog.exec():
            if self.panels_ready:  # a shared glossary or memory set in Team is used at once, reached on workers
                self.glossary.apply_settings()
                self.machine_translation.session.reset_memory()
            self.grid.set_columns(dialog.column_order(), dialog.hidden_columns())
            self._sync_column_actions()
            self.autosave_timer.setInterval(self.context.qt_settings.autosave_seconds * 1000)
            self.save_layout()
            self.keyboard_flow.retranslateUi()  # the confirm command names the status it gives

    def _show_cell_menu(self, pos: QPoint) -> None:
        menu = self.cell_menu(pos)
        if menu is not None:
            menu.exec(self.grid.viewport().mapToGlobal(pos))

    def cell_menu(self, pos: QPoint) -> QMenu | None:
        """Right-click on a cell (viewport position): what can be done to it and its row."""
        index = self.grid.indexAt(pos)
        if not index.isValid():
            return None
        if not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addActions([self.approve_action, self.approve_row_action])
        menu.addMenu(self.status_menu)
        menu.addAction(self.history_action)
        if self.panels_ready:
            menu.addActions([self.comments.action, self.concordance.action, self.term_from_selection.action])
        menu.addSeparator()
        menu.addActions([self.insert_above_action, self.insert_below_action, self.delete_segment_action])
        menu.addActions([self.split_action, self.merge_action])
        menu.addMenu(self.role_menu)
        return menu

    def _show_row_menu(self, pos: QPoint) -> None:
        menu = self.row_menu(pos)
        if menu is not None:
            menu.exec(self.grid.verticalHeader().mapToGlobal(pos))

    def row_menu(self, pos: QPoint) -> QMenu | None:
        """Right-click on a row header: the segment's role and the row operations."""
        row = self.grid.verticalHeader().logicalIndexAt(pos)
        if not 0 <= row < len(self.document.release.segments):
            return None
        self.grid.selectRow(row)
        menu = QMenu(self)
        menu.addMenu(self.role_menu)
        menu.addSeparator()
        menu.addActions([self.approve_row_action, self.insert_above_action, self.insert_below_action,
                         self.delete_segment_action, self.move_up_action, self.move_down_action, self.merge_action])
        return menu

    # -- view --------------------------------------------------------------------------------------------
    def _set_filter_kind(self, row_filter: RowFilter) -> None:
        self.filter_combo.setCurrentIndex(list(RowFilter).index(row_filter))

    def _apply_filter_from_combos(self) -> None:
        row_filter = RowFilter(self.filter_combo.currentData())
        self.filter_actions[row_filter].setChecked(True)
        self.grid.set_filter(row_filter, self.filter_lang_combo.currentData())

    def set_filter(self, row_filter: RowFilter, lang: str) -> None:
        self.filter_lang_combo.setCurrentIndex(LANGS.index(lang))
        self.filter_combo.setCurrentIndex(list(RowFilter).index(row_filter))
        self.grid.set_filter(row_filter, lang)

    def focus_panel(self, step: int) -> None:
        """F6 / Shift+F6: the keyboard goes from the grid to each open dock in turn, then the toolbar's row filter,
        and back, so the panels (glossary search, suggestions, a finding's Fix button) and the filter's language
        need no mouse; a dock behind a tab is raised."""
        docks = [dock for dock in (self.glossary_dock, self.suggestions_dock, self.qa_dock)
                 if dock.toggleViewAction().isChecked()]
        panes: list[QWidget] = [self.grid, *docks, *([self.toolbar] if self.toolbar.isVisible() else [])]
        focus = QApplication.focusWidget()
        here = next((i for i, pane in enumerate(panes) if focus is pane or pane.isAncestorOf(focus)), 0)
        target = panes[(here + step) % len(panes)]
        self._finish_editing()
        if target is self.grid:
            self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if target is self.toolbar:
            self.filter_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        target.raise_()
        content = target.widget()
        first = content.nextInFocusChain()
        while first is not content and not (content.isAncestorOf(first) and first.isVisible() and first.isEnabled()
                                             and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
            first = first.nextInFocusChain()
        (first if first is not content else content).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_column(self, lang: str, visible: bool) -> None:
        hidden = set(self.grid.hidden_columns())
        hidden.discard(lang) if visible else hidden.add(lang)
        if len(hidden) == len(LANGS):
            self._sync_column_actions()
            return
        self.grid.set_columns(self.grid.column_order(), sorted(hidden))

    def _sync_column_actions(self) -> None:
        hidden = self.grid.hidden_columns()
        for lang, action in self.column_actions.items():
            action.blockSignals(True)
            action.setChecked(lang not in hidden)
            action.blockSignals(False)

    def _update_actions(self) -> None:
        has_cell = self._current_key() is not None
        for action in (self.approve_action, self.approve_row_action, self.history_action, self.split_action,
                       self.merge_action, self.delete_segment_action, self.move_up_action, self.move_down_action,
                       *self.status_actions.values(), *self.role_actions.values()):
            action.setEnabled(has_cell)
