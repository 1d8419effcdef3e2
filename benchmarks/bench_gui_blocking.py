"""The longest single block of the GUI thread during each main action of the real window (target: < 50 ms).

A 5 ms precise timer runs all the time; each action is started from the event loop and the loop runs until the
action is finished (its worker answered, its list filled, every row fitted) and a little longer for the work it
leaves queued. The worst block of an action is the longest gap between two ticks, less the 5 ms interval. Data:
the sample release, a 500-segment release (the sample's rows again and again) and a 10,000-entry glossary of
generated official titles; the DOCX import and the table import read a 500-row document exported by PressDesk.
Every action is run `--runs` times, each time in a fresh window; the table gives the median of the worst blocks.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_blocking.py [--runs 3] [--only W] [--profile W]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_export import generated_release
from bench_glossary_dock import generated
from PySide6.QtCore import QElapsedTimer, QEventLoop, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.domain.release import Release
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import sample_release
from desktop_app.storage.glossary_store import GlossaryStore, default_glossary_path
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.grid_view import RowFilter
from desktop_app.ui.heap import freeze_heap_after_startup
from desktop_app.ui.i18n import UiLanguage
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN

TARGET_MS = 50.0
PASTE = "Председатель КНР Си Цзиньпин встретился с делегацией в Пекине. 会议在金华举行。The talks went well.\n\n" * 700


class Watchdog:
    """The longest gap between two ticks of a 5 ms timer since `reset()`, less the interval."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.worst = 0.0
        self.timer = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last - 5)
        self.last = now

    def reset(self) -> None:
        self.last = self.clock.elapsed()
        self.worst = 0.0


def run_loop(done: Callable[[], bool], settle_ms: int = 300, timeout_s: float = 120) -> None:
    """Run the event loop until `done()`, then `settle_ms` longer (for what the action left queued)."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    state = {"settling": False}

    def poll() -> None:
        if state["settling"]:
            return
        if done() or time.monotonic() > deadline:
            state["settling"] = True
            QTimer.singleShot(settle_ms, loop.quit)

    poller = QTimer(interval=5)
    poller.timeout.connect(poll)
    poller.start()
    loop.exec()
    poller.stop()
    if time.monotonic() > deadline:
        raise TimeoutError("the action did not finish")


def measure(dog: Watchdog, action: Callable[[], object], done: Callable[[], bool] = lambda: True) -> float:
    """The worst block while `action` (started from the event loop) runs until `done()`."""
    run_loop(lambda: True, settle_ms=50)  # the previous step's leftovers, not counted
    dog.reset()
    QTimer.singleShot(0, action)
    started = time.monotonic()
    run_loop(lambda: time.monotonic() - started > 0.01 and done())
    return dog.worst


class Bench:
    """A fresh window on a copy of the project, with the 10k glossary, for one run."""

    def __init__(self, app: QApplication, tmp: Path, dog: Watchdog, glossary: Path, run: int) -> None:
        self.app, self.tmp, self.dog, self.run = app, tmp, dog, run
        data = tmp / f"data-{run}"
        data.mkdir()
        default_glossary_path(data).write_bytes(glossary.read_bytes())
        self.context = AppContext.create(data, UiLanguage(app))
        freeze_heap_after_startup(self.context)  # as the application does
        self.window = MainWindow(self.context)
        self.window.interactive = False
        self.window.resize(1440, 900)
        self.window.show()
        run_loop(lambda: self.window.glossary.panel.ready)

    def idle(self) -> bool:
        """No worker busy, every row fitted, and no quality check waiting to start."""
        qa = self.window.quality_checks.panel
        pending = qa._full_timer.isActive() or qa._recheck_timer.isActive() or qa.running
        return not self.context.tasks.busy and self.window.grid.rows_fitted() and not pending

    def close(self) -> None:
        self.context.tasks.wait_idle()
        self.window.document.undo_stack.setClean()
        self.window.close()
        self.context.close()
        self.window.deleteLater()
        run_loop(lambda: True, settle_ms=50)


def project_of(tmp: Path, name: str, release: Release) -> Path:
    path = tmp / f"{name}.pressdesk"
    if not path.exists():
        ProjectStore.create(path, release).close()
    return path


def one_run(app: QApplication, tmp: Path, dog: Watchdog, glossary: Path, run: int, only: str,
            profile: str) -> dict[str, float]:
    """Every action once, in the order a user might do them; returns action → worst block in ms."""
    results: dict[str, float] = {}
    sample = project_of(tmp, "sample", sample_release())
    big_release = generated_release(500)
    big = project_of(tmp, "big", big_release)
    docx = tmp / "import-500.docx"
    table = tmp / "table-500.docx"
    if not docx.exists():
        export_release(big_release, docx, "en", "single", None)
        export_release(big_release, table, None, "table", None)
    bench = Bench(app, tmp, dog, glossary, run)
    window, document = bench.window, bench.window.document

    def step(name: str, action: Callable[[], object], done: Callable[[], bool] = bench.idle) -> None:
        if only and only not in name:
            action()
            run_loop(done, settle_ms=50)
            return
        if profile and profile in name:
            profiler = cProfile.Profile()
            profiler.enable()
            results[name] = measure(dog, action, done)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        else:
            results[name] = measure(dog, action, done)

    try:
        step("open the sample release", lambda: window.open_path(sample, ask_save=False))
        step("open a 500-segment release", lambda: window.open_path(big, ask_save=False))
        segment = document.release.segments[250]
        step("move to another language column", lambda: document.set_current_cell(segment.id, "ru"))
        step("filter the rows (second filter, Russian)", lambda: window.set_filter(list(RowFilter)[1], "ru"))
        step("filter the rows: all again", lambda: window.set_filter(next(iter(RowFilter)), "zh"))

        index = window.grid.release_model.index(250, LANG_COLUMN["en"])
        window.grid.scrollTo(index)
        window.grid.setCurrentIndex(index)
        window.grid.edit(index)
        editor = window.grid.cell_delegate.active_editor
        assert editor is not None

        def type_words() -> None:
            for key in "typing stays smooth":
                QTest.keyClick(editor, key)
                app.processEvents()

        step("type in a cell (20 keys)", type_words)

        def paste() -> None:
            mime = QMimeData()
            mime.setText(PASTE)
            editor.insertFromMimeData(mime)

        step("paste 90,000 characters into a cell", paste)
        window.grid.setFocus()
        step("commit the big paste", window.grid.setFocus)
        step("undo the big paste", document.undo_stack.undo)
        step("redo the big paste", document.undo_stack.redo)
        document.undo_stack.undo()

        window.show_find_replace()
        find = window._find_dialog
        assert find is not None
        find.find_edit.setText("the")
        step("Find (next of every match)", find.find_next)
        find.replace_edit.setText("THE")
        step("Find/Replace All", find.replace_all)
        step("undo Replace All", document.undo_stack.undo)
        find.close()

        qa = window.quality_checks
        panel = qa.panel
        step("run QA and show the results", qa.run, lambda: not panel.running and bench.idle())
        fixable = next((f for fs in panel.findings.values() for f in fs if f.fix is not None), None)
        if fixable is not None:
            panel.select_finding(fixable)
            step("apply a QA fix", panel.fix_selected)

        gpanel = window.glossary.panel
        step("glossary dock search (10k entries)", lambda: gpanel.search.setText("committee"),
             lambda: bench.idle() and gpanel.results.topLevelItemCount() > 0)
        step("glossary dock: clear the search", lambda: gpanel.search.setText(""))

        from desktop_app.ui.import_dialog import ImportDialog
        holder: list[ImportDialog] = []

        def open_import(path: Path) -> None:
            dialog = ImportDialog(window.context, document, path, "en", window)
            dialog.finished.connect(dialog.deleteLater)  # as the window does
            dialog.show()
            holder.append(dialog)

        def previewed() -> bool:
            return bool(holder) and (holder[-1].prepared is not None or holder[-1].error is not None) and bench.idle()

        step("import dialog on a 500-paragraph DOCX", lambda: open_import(docx), previewed)
        holder[-1].reject()
        step("table import dialog on a 500-row table", lambda: open_import(table), previewed)
        step("table import: preview one column", lambda: holder[-1].all_check.setChecked(False))
        step("table import: preview every column", lambda: holder[-1].all_check.setChecked(True))
        holder[-1].reject()

        from desktop_app.ui.export_dialog import ExportDialog
        dialogs: list[ExportDialog] = []

        def start_export() -> None:
            dialog = ExportDialog(window.context, document, window)
            dialog.show()
            dialog._ask_to_go_on = lambda *_: True  # no question box in a measurement
            dialog.output_edit.setText(str(tmp / f"out-{run}.docx"))
            dialogs.append(dialog)
            dialog.start_export()

        step("export: open, check, write", start_export,
             lambda: bool(dialogs) and dialogs[-1]._token is None and bench.idle())

        from desktop_app.ui.preferences import PreferencesDialog
        prefs: list[PreferencesDialog] = []

        def open_preferences() -> None:
            dialog = PreferencesDialog(window.context, window.grid.column_order(), window.grid.hidden_columns(),
                                       window)
            dialog.finished.connect(dialog.deleteLater)  # as the window does
            dialog.show()
            prefs.append(dialog)

        step("open Preferences", open_preferences)
        prefs[-1].reject()
        packs: list = []
        step("open Language Packs", lambda: packs.append(window.machine_translation.show_packs()))
        packs[-1].reject()
        help_dialogs: list = []
        step("open Keyboard Shortcuts", lambda: help_dialogs.append(window.help.show_shortcuts()))
        step("open the Colour Legend", lambda: help_dialogs.append(window.legend.show_dialog()))
        step("open About", lambda: help_dialogs.append(window.help.show_about()))
        for dialog in help_dialogs:
            dialog.close()
        broken = tmp / "damaged.docx"
        broken.write_bytes(b"PK\x03\x04 not a Word document")
        step("import dialog on a damaged DOCX", lambda: open_import(broken), previewed)
        holder[-1].reject()
        ui_language = window.context.ui_language
        assert ui_language is not None
        step("switch the UI language to Chinese", lambda: ui_language.switch("zh"))
        step("switch the UI language to Russian", lambda: ui_language.switch("ru"))
        step("switch the UI language back to English", lambda: ui_language.switch("en"))

        dropped = project_of(tmp, f"dropped-{run}", big_release)  # one no window has open

        def drop_project() -> None:
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(dropped))])
            buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
            # The drag comes in first (Qt gives the drop to the widget that welcomed it), then the file is let go.
            QApplication.sendEvent(window.toolbar, QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                                                   buttons, keys))
            QApplication.sendEvent(window.toolbar, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons,
                                                              keys))

        step("drop a 500-segment project onto the window", drop_project,
             lambda: document.path == dropped and bench.idle())
    finally:
        bench.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="measure only the actions whose name contains this")
    parser.add_argument("--profile", default="", help="cProfile the actions whose name contains this")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    dog = Watchdog()
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        glossary = tmp / "glossary.sqlite"
        with GlossaryStore.open(glossary) as store:
            store.apply_import(generated(10_000), [], "generated titles")
        for run in range(args.runs):
            runs.append(one_run(app, tmp, dog, glossary, run, args.only, args.profile))
    print(f"Longest GUI-thread block per action, ms (median of {args.runs} runs; target < {TARGET_MS:.0f} ms)")
    print(f"{'action':<44} {'median':>7} {'worst':>7}")
    for action in runs[0]:
        values = [r[action] for r in runs if action in r]
        median = statistics.median(values)
        flag = "  OVER" if median > TARGET_MS else ""
        print(f"{action:<44} {median:>7.0f} {max(values):>7.0f}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
