"""Start the GUI: application names, translations, the context, the main window, the first document.

`run_gui(project, data_dir, screenshot, ui_lang)` is what `pressdesk` runs without a sub-command;
`pressdesk --screenshot OUT.png [PROJECT]` renders the window offscreen into OUT.png and exits.
Nothing heavy is imported here: the MT engine and the glossary load on first use, off the start-up path.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.atomic import atomic_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_WAIT_SECONDS = 20.0


def _configure_application_names() -> None:
    """Organisation, application and desktop-file names must be set before the first widget exists."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("pressdesk.org")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)


def run_gui(project: str | None = None, data_dir: str | None = None, screenshot: str | None = None,
            ui_lang: str | None = None) -> int:
    """Open the main window (on `project`, or what the user had last) and run the event loop."""
    if screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop_app.process_memory import limit_malloc_arenas
    from desktop_app.ui.pyside_fixes import stop_caching_module_sources

    limit_malloc_arenas()  # before any thread exists
    stop_caching_module_sources()
    _configure_application_names()
    from PySide6.QtWidgets import QApplication

    from desktop_app.logging_setup import setup_logging
    from desktop_app.paths import data_dir as resolve_data_dir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.error_dialog import install_error_reporting
    from desktop_app.ui.first_run import show_first_run_guide
    from desktop_app.ui.heap import freeze_heap_after_startup
    from desktop_app.ui.i18n import UiLanguage
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    resolved_data_dir = resolve_data_dir(data_dir)
    log_file = setup_logging(resolved_data_dir)
    log.info("%s %s starting (data folder %s)", APP_NAME, __version__, resolved_data_dir)
    ui_language = UiLanguage(app)
    context = AppContext.create(resolved_data_dir, ui_language)
    if not ui_lang and not screenshot:
        adopt_system_language(context)
    ui_language.switch(ui_lang or context.settings.ui_lang)
    window = MainWindow(context, defer_panels=True)  # the release is painted first, the panels right after
    if screenshot:
        return _screenshot(app, window, project, Path(screenshot))
    errors = install_error_reporting(window, log_file, before_report=window.secure_unsaved_work)
    freeze_heap_after_startup(context)
    first_run = not context.settings.first_run_done
    window.open_startup_document(project)
    window.show()
    if first_run:
        show_first_run_guide(window, context.settings, context.save_settings,
                             on_user_guide=lambda: window.help.show_user_guide())
    try:
        return app.exec()
    finally:
        errors.uninstall()
        context.close()


def adopt_system_language(context: AppContext) -> None:
    """On the very first start (no settings saved yet) speak the system's language: a press officer in Beijing or
    Moscow should not have to find Preferences in English first. Saved, so Preferences shows it."""
    from desktop_app.settings import SETTINGS_FILE
    from desktop_app.ui.i18n import system_ui_lang

    if (context.data_dir / SETTINGS_FILE).exists():
        return
    context.settings.ui_lang = system_ui_lang()
    context.save_settings()


def _screenshot(app: QApplication, window: MainWindow, project: str | None, out: Path) -> int:
    """Render the window offscreen (no questions asked, autosaved work left alone) and save it as a PNG."""
    window.interactive = False
    window.open_startup_document(project)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    deadline = time.monotonic() + SCREENSHOT_WAIT_SECONDS
    while not window.panels_ready and time.monotonic() < deadline:
        app.processEvents()
    window.context.tasks.wait_idle(SCREENSHOT_WAIT_SECONDS)  # panels that load in the background finish first
    qa = window.quality_checks.panel
    while not qa.has_checked and time.monotonic() < deadline:  # the release's findings, not "not checked yet"
        app.processEvents()
        time.sleep(0.01)
    window.grid.fit_rows()
    while not window.grid.rows_fitted():
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    try:
        with atomic_path(out) as tmp:  # the old screenshot stays whole until the new one is
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"cannot write {out}")
        ok = True
    except OSError:
        ok = False
    window.document.close(keep_recovery=True)
    window.context.close()
    if not ok:
        print(f"pressdesk: cannot write {out}", file=sys.stderr)
        return 2
    return 0

