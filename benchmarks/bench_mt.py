"""Offline MT timings: request → suggestion (cold, warm), translate-all batched vs per sentence, GUI latency, RSS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_mt.py [--sentences 200]

Uses the committed memorising pack (tests/fixtures/memorising; realistic sentence lengths, deterministic
output) installed through the product's installer into a temporary data folder. Prints one line per measure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argos_packs  # noqa: E402  (the test-pack builders)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def sentences(count: int) -> list[str]:
    plain = [zh for zh, _, _ in argos_packs.CORPUS if "ZX" not in zh]
    return [plain[i % len(plain)] for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--prime-dialog", action="store_true",
                        help="show a progress dialog once before measuring (separates Qt's first-show cost)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-mt-"))
    data = tmp / "data"
    os.environ["PRESSDESK_DATA_DIR"] = str(data)

    from desktop_app.mt.argos_engine import ArgosEngine
    from desktop_app.mt.packs import install_pack
    from desktop_app.services.glossary_service import GlossaryService
    from desktop_app.services.translation import TranslationService

    for pair in argos_packs.MEMORISING_PAIRS:
        install_pack(argos_packs.memorising_pack(tmp, *pair), data)
    base_rss = rss_mb()
    engine = ArgosEngine(data)
    service = TranslationService(engine, GlossaryService.for_data_dir(data).snapshot().matcher)
    texts = sentences(args.sentences)

    started = time.perf_counter()
    service.translate_text(texts[0], "zh", "en", 3)
    cold = time.perf_counter() - started
    print(f"request→suggestion cold (import argostranslate + load pack + 3-best zh→en): {cold * 1000:.0f} ms")
    warm = []
    for text in texts[1:21]:
        started = time.perf_counter()
        service.translate_text(text + " ", "zh", "en", 3)  # a trailing space defeats the suggestion cache
        warm.append(time.perf_counter() - started)
    print(f"request→suggestion warm zh→en 3-best: median {statistics.median(warm) * 1000:.1f} ms, "
          f"max {max(warm) * 1000:.1f} ms")
    pivot = []
    for text in texts[1:11]:
        started = time.perf_counter()
        service.translate_text(text + "  ", "zh", "ru", 3)
        pivot.append(time.perf_counter() - started)
    print(f"request→suggestion warm zh→en→ru 3-best (1+3 model calls): median {statistics.median(pivot) * 1000:.1f} ms")
    print(f"RSS with one pack loaded: {rss_mb():.0f} MB (before importing argostranslate: {base_rss:.0f} MB)")

    engine.warm_up("en", "ru")
    started = time.perf_counter()
    for text in texts:
        engine.hypotheses(text + " ", "zh", "en", 1)
    single = time.perf_counter() - started
    started = time.perf_counter()
    engine.translate_batch(texts, "zh", "en")
    batched = time.perf_counter() - started
    print(f"translate-all {len(texts)} sentences zh→en: per-sentence {single:.2f} s, batched {batched:.2f} s, "
          f"ratio {single / batched:.1f}x")
    started = time.perf_counter()
    service.translate_all(texts, "zh", "ru")
    print(f"translate-all {len(texts)} sentences zh→en→ru with glossary protection: "
          f"{time.perf_counter() - started:.2f} s")
    gui_latency(data, texts)
    return 0


def gui_latency(data: Path, texts: list[str]) -> None:
    """Run Translate Column in the real window and measure how late a 5 ms timer fires meanwhile."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status
    from desktop_app.storage.project_store import ProjectStore
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import UiLanguage
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    release = Release("bench", "2024-01-01", [Segment(cells={"zh": Cell(t, Status.DRAFT, Provenance(Origin.TYPED)),
                                                             "en": Cell(), "ru": Cell()}) for t in texts])
    project = data.parent / "bench.pressdesk"
    ProjectStore.create(project, release).close()
    context = AppContext.create(data, UiLanguage(app))
    window = MainWindow(context)
    window.open_path(project, ask_save=False)
    window.show()
    controller = window.machine_translation.translate_all
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(5)
    last = [0]

    when: list[int] = []

    def on_tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        when.append(now)
        last[0] = now

    tick.timeout.connect(on_tick)
    if "--prime-dialog" in sys.argv:  # diagnostic: pay the first-dialog cost of Qt before measuring
        from PySide6.QtWidgets import QProgressDialog

        primer = QProgressDialog("x", "y", 0, 1, window)
        primer.show()
        app.processEvents()
        primer.close()
    for label in ("first run, loads the model", "second run"):
        for seg in window.document.release.segments:  # empty the column again (one undo step per run)
            window.document.set_cell(seg.id, "ru", Cell())
        settle = time.perf_counter() + 1.0  # let the grid finish repainting the emptied column first
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.005)
        done: list[int] = []
        controller.finished.connect(done.append)
        gaps.clear()
        when.clear()
        started = time.perf_counter()
        clock.start()
        last[0] = 0
        tick.start()
        controller.start("ru")
        while not done:
            app.processEvents()
            time.sleep(0.001)
        applied = clock.elapsed()
        tick.stop()
        controller.finished.disconnect(done.append)
        elapsed = time.perf_counter() - started
        late = sorted(g - 5 for g in gaps)
        worst = max(range(len(gaps)), key=gaps.__getitem__)
        print(f"GUI during Translate Column ({label}: {done[0]} cells zh→en→ru in {elapsed:.2f} s): 5 ms timer "
              f"late by median {statistics.median(late):.1f} ms, p99 {late[int(len(late) * 0.99)]:.1f} ms, max "
              f"{late[-1]:.1f} ms at {when[worst]} ms (results applied at {applied} ms) over {len(late)} ticks")
    context.tasks.wait_idle()
    window.document.save()  # nothing left to ask about when the window closes
    window.close()
    context.close()


if __name__ == "__main__":
    sys.exit(main())
