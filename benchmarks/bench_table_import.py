"""Time importing a release laid out as a table with one language per column (default 500 rows; median of runs).

The release repeats the sample's rows (real zh/en/ru text) until it has the size asked for; it is exported by
PressDesk in the table layout and the review layout (zh-en), and each file is read back: reading and recognising
the columns, importing every column (or one) into an empty release and into the release it came from, and the
work the import dialog's worker does before the preview (the import for each of its four choices). Then, in a
real main window (offscreen), what the GUI thread does: fill the dialog's preview for each choice, and put the
imported release in place.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_table_import.py [--rows 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_export import generated_release

from desktop_app import LANGS
from desktop_app.domain.release import Release
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import ALL_LANGS, import_source, read_document, read_paragraphs

CHOICES = [*LANGS, ALL_LANGS]  # what the import dialog offers for a table


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def gui_thread(release: Release, path: Path, tmp: Path, runs: int) -> None:
    """Time the import dialog's preview per choice and the import itself, on a real window over `release`."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.storage.project_store import ProjectStore
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import UiLanguage
    from desktop_app.ui.import_dialog import ImportDialog
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    project = tmp / "bench.pressdesk"
    ProjectStore.create(project, release).close()
    context = AppContext.create(tmp / "data", UiLanguage(app))
    window = MainWindow(context)
    window.open_path(project, ask_save=False)
    window.show()
    try:
        dialog = ImportDialog(context, window.document, path, "zh", window)
        deadline = time.monotonic() + 300
        while dialog.prepared is None and dialog.error is None and time.monotonic() < deadline:
            app.processEvents()
        assert dialog.prepared is not None, dialog.error
        for choice in ("zh", ALL_LANGS):
            dialog.all_check.setChecked(choice == ALL_LANGS)
            median, best = median_time(dialog._preview, runs)
            print(f"{'GUI':<8} {'preview of ' + choice:<44} {median:>9.3f} {best:>7.3f}")
        outcome = dialog.outcome
        assert outcome is not None and outcome.release is not None
        start = time.perf_counter()
        assert window.document.apply_import(dialog.snapshot, outcome.release, "bench")
        print(f"{'GUI':<8} {'put the imported release in place':<44} {time.perf_counter() - start:>9.3f}")
        dialog.deleteLater()
    finally:
        context.tasks.wait_idle()
        window.close()
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-gui", action="store_true", help="leave out the window's part")
    args = parser.parse_args()
    release = generated_release(args.rows)
    print(f"Import of a {args.rows}-row table, median of {args.runs} runs ({os.cpu_count()} CPUs)")
    print(f"{'file':<8} {'step':<44} {'median s':>9} {'min s':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for layout, pair in (("table", None), ("review", "zh-en")):
            path = Path(tmp) / f"{layout}.docx"
            export_release(release, path, None, layout, pair)
            source = read_document(path)
            assert source.kind == "table" and source.columns is not None
            assert len(next(iter(source.columns.values()))) == args.rows
            steps: list[tuple[str, Callable[[], object]]] = [
                ("read row by row (one column, as before)", lambda p=path: read_paragraphs(p)),
                ("read and recognise the language columns", lambda p=path: read_document(p)),
                ("import all columns into an empty release",
                 lambda s=source: import_source(Release(), s, ALL_LANGS)),
                ("import all columns into the release", lambda s=source: import_source(release.copy(), s, ALL_LANGS)),
                ("import the Chinese column into the release",
                 lambda s=source: import_source(release.copy(), s, "zh")),
                ("dialog worker: read + every choice", lambda p=path: [
                    import_source(release.copy(), src, choice) for src in [read_document(p)]
                    for choice in CHOICES if choice == ALL_LANGS or choice in src.languages]),
            ]
            for name, step in steps:
                median, best = median_time(step, args.runs)
                print(f"{layout:<8} {name:<44} {median:>9.3f} {best:>7.3f}")
        if not args.no_gui:
            gui_thread(release, Path(tmp) / "table.docx", Path(tmp), args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
