"""The Glossary dock with a large glossary of long official titles: how long the GUI thread is busy filling the
list with a search's 500 wrapped rows, painting it, scrolling to its end and following the dock as it is resized
(target: every step < 50 ms).

A glossary of N generated titles (three to nine words each, in Chinese, English and Russian) is imported into a
fresh data folder; the real window opens at 1024x700 and the dock's search box is given a word every title has.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_glossary_dock.py [--entries 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.domain.glossary.model import TermEntry
from desktop_app.storage.glossary_store import GlossaryStore, default_glossary_path
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow

rng = random.Random(7)
EN_TEXT = ("Deputy Chairman Standing Committee Provincial People's Congress International Department Municipal "
            "Federal Assembly Cooperation Development Administration Regional Economic Commission Affairs "
            "Interparliamentary Representative Plenipotentiary Extraordinary")
RU_TEXT = ("заместитель председателя Постоянного комитета провинциального Собрания народных представителей "
            "Международного отдела муниципального Федерального Собрания сотрудничества развития администрации "
            "межпарламентской Чрезвычайный Полномочный экономической комиссии")
EN_WORDS, RU_WORDS = EN_TEXT.split(), RU_TEXT.split()
HAN = "中华人民共和国全国人大常委会国际事务委员会副主任省市对外联络部合作发展经济区域特命全权大使馆"
QUERY = ("committee", "комитет", "委员会")  # every generated title has them


def generated(count: int) -> list[TermEntry]:
    entries = []
    for i in range(count):
        en = " ".join(rng.choice(EN_WORDS) for _ in range(rng.randint(2, 8)))
        ru = " ".join(rng.choice(RU_WORDS) for _ in range(rng.randint(2, 8)))
        zh = "".join(rng.choice(HAN) for _ in range(rng.randint(4, 14)))
        entries.append(TermEntry(0, "title", {"zh": f"{zh}委员会{i}", "en": f"{en} Committee {i}",
                                              "ru": f"{ru} комитет {i}"}))
    return entries


def timed_ms(step: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, worst) of `runs` calls in ms."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        with GlossaryStore.open(default_glossary_path(data)) as store:
            store.apply_import(generated(args.entries), [], "generated titles")
            total = store.count()
        context = AppContext.create(data)
        window = MainWindow(context)
        window.resize(1024, 700)
        window.show()
        panel = window.glossary.panel
        while not panel.ready:
            app.processEvents()
        results = panel.results
        print(f"{total} entries; dock {window.glossary_dock.width()} px wide, list {results.viewport().width()} px")

        def fill(query: str) -> None:
            panel.search.setText(query)
            panel._search_timer.stop()
            panel.refresh()  # the search (on the GUI thread for the desk's own file) and the list filled

        def paint() -> None:
            app.processEvents()  # the delayed layout and scroll range
            results.viewport().repaint()

        queries = iter(QUERY * args.runs)
        step_fill = timed_ms(lambda: fill(next(queries)), args.runs)
        rows = results.topLevelItemCount()
        step_paint = timed_ms(lambda: (fill(QUERY[0]), results.scrollToTop(), results.doItemsLayout(), paint()),
                              args.runs)
        found = [(e, None) for e in panel.store().search(QUERY[1])]
        step_search = timed_ms(lambda: panel.store().search(QUERY[1]), args.runs)
        step_list = timed_ms(lambda: panel._list(found), args.runs)

        def to_end() -> None:
            results.scrollToBottom()
            paint()

        step_end = timed_ms(to_end, 1)
        widths = iter([240, 420, 300, 360, 280, 460, 320] * args.runs)

        def resize() -> None:
            results.resize(next(widths), results.height())
            paint()

        step_resize = timed_ms(resize, args.runs)
        print(f"{rows} rows listed for a search; ms, median / worst of {args.runs}:")
        for name, (median, worst) in (
                ("search + fill the list", step_fill), ("search + fill + layout + paint", step_paint),
                ("the search alone (the store)", step_search), ("fill alone (entries given)", step_list),
                ("scroll to the last row", step_end),
                ("dock resized, rows rewrapped + paint", step_resize)):
            print(f"  {name:<38} {median:7.1f} / {worst:7.1f}{'  OVER 50 ms' if worst > 50 else ''}")
        window.close()
        context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
