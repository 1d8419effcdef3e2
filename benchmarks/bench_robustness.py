"""Large inputs, timed: pasting a long text into a cell of the real window, a 5,000-segment release saved and
reloaded, a 100,000-entry glossary built and matched, a 5 MB cell saved, and (with ../shared beside the checkout)
every real file read or refused by its reader.

The paste is measured at growing sizes up to 5 MB (each step: paste into the cell editor, let the event loop
settle, commit, fit the rows, save), then one character over the cell limit, which the editor refuses with a
message. (benchmarks/bench_big_cell.py times the big pastes and typing in the big cell more closely.)

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_robustness.py
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from big_paste import PARAGRAPH, edit_cell, sample_window, text_of
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.domain.release import Release, Role, Segment, edited_cell
from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.cell_delegate import MAX_CELL_CHARS


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_paste(app: QApplication, size: int, tmp: Path) -> dict[str, float]:
    window = sample_window(tmp, f"paste-{size}")
    app.processEvents()
    editor = edit_cell(window, 1, "ru")
    QApplication.clipboard().setText(text_of(size))
    result = {
        "paste": timed(lambda: (editor.selectAll(), editor.paste())),
        "settle": timed(app.processEvents),
        "commit": timed(lambda: (window.grid.setFocus(), app.processEvents())),
        "fit rows": timed(lambda: (window.grid.fit_rows(), app.processEvents())),
        "save": timed(window.document.save),
    }
    expected = size if size <= MAX_CELL_CHARS else len(sample_release().segments[1].text("ru"))  # refused
    assert len(window.document.release.segments[1].text("ru")) == expected
    window.document.close()
    window.context.close()
    window.deleteLater()
    app.processEvents()
    return result


def bench_core(tmp: Path) -> list[tuple[str, float]]:
    rows = []
    segments = []
    for i in range(5000):
        seg = Segment(Role.BODY)
        for lang in ("zh", "en", "ru"):
            seg.cells[lang] = edited_cell(seg.cells[lang], f"{lang} paragraph {i} " + PARAGRAPH[:120])
        segments.append(seg)
    release = Release("Five thousand", "2024-05-01", segments)
    path = tmp / "long.pressdesk"
    rows.append(("5,000 segments: create project", timed(lambda: ProjectStore.create(path, release).close())))
    with ProjectStore.open(path) as store:
        loaded: list[Release] = []
        rows.append(("5,000 segments: load", timed(lambda: loaded.append(store.load()))))
        loaded[0].segments[2500].cells["en"] = edited_cell(loaded[0].segments[2500].cells["en"], "changed")
        rows.append(("5,000 segments: save one change", timed(lambda: store.save(loaded[0]))))

    big = Release("Big", "", [Segment()])
    big.segments[0].cells["en"] = edited_cell(big.segments[0].cells["en"], text_of(5 * 1024 * 1024))
    rows.append(("5 MB cell: create + reload", timed(
        lambda: (ProjectStore.create(tmp / "big.pressdesk", big).close(),
                 ProjectStore.open(tmp / "big.pressdesk").load()))))

    rnd = random.Random(1)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    entries = [TermEntry(i + 1, "organization", {"zh": "".join(rnd.choice(han) for _ in range(4)) + f"{i}号",
                                                 "en": f"Bureau number {i}", "ru": f"Управление номер {i}"})
               for i in range(100_000)]
    matcher = GlossaryMatcher(entries)
    for lang in ("zh", "en", "ru"):
        rows.append((f"100,000 entries: build {lang} automaton", timed(lambda lang=lang: matcher.prepare(lang))))
    sentence = f"Delegates of Bureau number 17 and Bureau number 99999 met. {PARAGRAPH * 5}"
    rows.append(("100,000 entries: match one paragraph (en)", timed(lambda: matcher.find(sentence, "en"))))
    rows.append(("100,000 entries: match in Russian, inflected", timed(
        lambda: matcher.find("Делегаты управления номер 17 встретились в Пекине.", "ru"))))
    return rows


REALDATA = Path(__file__).resolve().parent.parent.parent / "shared" / "realdata"


def bench_realdata() -> list[tuple[str, float]]:
    """Every real file read by the reader a user would reach it with, damaged ones included (the tests check what
    happens to each file; how long it takes is measured here): (file, seconds), slowest first."""
    from desktop_app.formats.errors import FormatError
    from desktop_app.formats.tmx import iter_tmx
    from desktop_app.services.glossary import read_glossary_file
    from desktop_app.services.importing import read_paragraphs

    def reader(path: Path) -> Callable[[], object]:
        kind = path.relative_to(REALDATA).parts[0]  # realdata/<docx|tbx|glossary|tmx|parallel>/...
        if kind == "tmx":
            return lambda: sum(1 for _ in iter_tmx(path))
        if kind in ("tbx", "glossary"):
            return lambda: read_glossary_file(path)
        return lambda: read_paragraphs(path)

    def attempt(read: Callable[[], object]) -> None:
        with contextlib.suppress(FormatError):  # a clean refusal is a result too
            read()

    files = sorted(p for p in REALDATA.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")
    rows = [(str(p.relative_to(REALDATA)), timed(lambda p=p: attempt(reader(p)))) for p in files]
    return sorted(rows, key=lambda row: row[1], reverse=True)


def main() -> int:
    argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0]).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.information = staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok)  # the refusal
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print(f"paste into one cell of the real window (seconds; limit {MAX_CELL_CHARS:,} characters):")
        for size in (2_000, 10_000, 100_000, 5 * 1024 * 1024, MAX_CELL_CHARS + 1):
            steps = bench_paste(app, size, tmp)
            refused = " (refused)" if size > MAX_CELL_CHARS else ""
            print(f"  {size:>9,} chars{refused}: " + ", ".join(f"{k} {v:.2f}" for k, v in steps.items()))
        print("core (seconds):")
        for name, seconds in bench_core(tmp):
            print(f"  {name:48} {seconds:.3f}")
    if REALDATA.is_dir():
        rows = bench_realdata()
        times = [seconds for _name, seconds in rows]
        print(f"real files of ../shared/realdata read or refused: {len(rows)}, "
              f"median {statistics.median(times):.3f} s, total {sum(times):.1f} s; slowest:")
        for name, seconds in rows[:5]:
            print(f"  {name:70} {seconds:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
