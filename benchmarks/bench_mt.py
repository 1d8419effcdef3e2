"""Offline MT on a pack of real Argos size: throughput, decoding choice, memory, first-use import cost, GUI RSS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_mt.py [--sentences 200] [--runs 3] [--gui-latency]
                                                                      [--splitter stanza|minisbd]

The pack is a random-weight transformer-base (6+6 layers, d_model 512, 8 heads, FFN 2048, 32k vocabulary, int8;
~93M parameters like the Argos zh→en pack), built once and cached in `$XDG_CACHE_HOME/pressdesk-bench` (outside
the repository). Random weights know no sentence end (the end token is never chosen), so every output runs to
`--length-cap` tokens in every measured path: the same decoding work for greedy and beam search, per sentence,
batched and raw (a random model's early ends would favour beam search, which prefers short outputs). Timings
are medians of `--runs` interleaved runs; peak RSS (VmHWM) is measured in a fresh process per path. Output
identity of greedy and beam decoding is checked on the committed memorising pack. The pack carries a stanza
splitter folder as the Argos index packs do (`--splitter minisbd`: a MiniSBD model, which adds onnxruntime and
numpy). The GUI's RSS is read with a Chinese-only release and with one as press officers have it: Chinese and
Russian written, English on every other row, Translate Column filling the rest; the Chinese one at the first start
of a new desk and again at a later start.
Prints one line per measure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argos_packs  # noqa: E402  (the test-pack builders)

LAYERS, DEPTH, HEADS, FFN, VOCAB = (6, 6), 512, 8, 2048, 32_000
EOS_BIAS = -30.0  # never ends a sentence: outputs are exactly the length cap
PATHS = ("raw", "batched", "translate-all", "per-sentence")
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pressdesk-bench"


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def argos_size_pack(splitter: str) -> Path:
    """The cached zh→en pack of Argos size (built in ~1 min the first time), with the given sentence splitter."""
    name = f"argos-size-{LAYERS[0]}x{LAYERS[1]}-d{DEPTH}-v{VOCAB}-eos{EOS_BIAS}"
    pack = CACHE / f"{name}-{splitter}.argosmodel"
    if pack.exists():
        return pack
    legacy = CACHE / f"{name}.argosmodel"  # packs cached before the splitter was a choice carry MiniSBD
    if splitter == "minisbd" and legacy.exists():
        return legacy
    print(f"building {pack} (once)…", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sp_model = argos_packs.train_sentencepiece(work / "spm")
        pieces = argos_packs.vocabulary(sp_model)
        vocab = pieces + [f"▁w{i}" for i in range(VOCAB - len(pieces))]
        weights = argos_packs.random_weights(len(vocab), DEPTH, FFN, LAYERS)
        bias = weights["decoder.projection.bias"]
        bias[len(pieces):] = -1.0  # junk made mostly of real pieces, so it decodes to text
        bias[[i for i, piece in enumerate(pieces) if piece.startswith("<")]] = -30.0
        bias[pieces.index("</s>")] = EOS_BIAS
        spec = argos_packs.transformer_spec(weights, LAYERS, HEADS, vocab)
        spec.optimize(quantization="int8")
        model_dir = work / "model"
        model_dir.mkdir()
        spec.save(str(model_dir))
        del weights, spec
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = pack.with_suffix(".part")
        argos_packs.write_pack(partial, "zh", "en", model_dir, sp_model, splitter=splitter)
        partial.replace(pack)
    return pack


def sentences(count: int) -> list[str]:
    plain = [zh for zh, _, _ in argos_packs.CORPUS if "ZX" not in zh]
    return [plain[i % len(plain)] for i in range(count)]


def install(pack: Path, data: Path) -> None:
    from desktop_app.mt.packs import install_pack

    if not any((data / "machine-translation" / "packs").glob("translate-zh_en*")):
        install_pack(pack, data)


# -- one measured path per child process (peak RSS is per process) ---------------------------------------------


def child(path: str, data: Path, count: int, beam: int, cap: int, chunk: int, batch_tokens: int) -> dict[str, float]:
    """Run one path in this process and report its time, peak RSS and output length."""
    import desktop_app.mt.argos_engine as argos_engine
    from desktop_app.mt.argos_engine import ArgosEngine
    from desktop_app.services.translation import TranslationService

    argos_engine.MAX_DECODING_LENGTH = cap
    argos_engine.CHUNK_SENTENCES = chunk
    argos_engine.BATCH_TOKENS = batch_tokens
    texts = sentences(count)
    engine = ArgosEngine(data, idle_release_seconds=None)
    engine.warm_up("zh", "en")
    loaded = engine._loaded[("zh", "en")]
    base = rss_mb()
    started = time.perf_counter()
    if path == "per-sentence":
        out = [engine.hypotheses(t, "zh", "en", 1, beam_size=beam)[0].text for t in texts]
    elif path == "batched":
        out = engine.translate_batch(texts, "zh", "en", beam_size=beam)
    elif path == "translate-all":
        out = [a.text for a in TranslationService(engine, beam_size=beam).translate_all(texts, "zh", "en")]
    else:  # raw CTranslate2: the same tokens, chunks, batch and beam settings, no PressDesk around it
        tokens = [loaded.tokenizer.encode(t) for t in texts]
        out = []
        for start in range(0, len(tokens), argos_engine.CHUNK_SENTENCES):
            chunk = tokens[start:start + argos_engine.CHUNK_SENTENCES]
            for r in loaded.translator.translate_batch(
                    chunk, max_batch_size=argos_engine.BATCH_TOKENS, batch_type="tokens", beam_size=beam,
                    num_hypotheses=1, length_penalty=0.2, replace_unknowns=True, max_decoding_length=cap):
                out.append(loaded.tokenizer.decode(r.hypotheses[0]))
    elapsed = time.perf_counter() - started
    out_tokens = sum(len(loaded.tokenizer.encode(o)) for o in out)
    in_tokens = sum(len(loaded.tokenizer.encode(t)) for t in texts)
    return {"seconds": elapsed, "peak_mb": rss_mb("VmHWM"), "loaded_mb": base, "out_tokens": out_tokens,
            "in_tokens": in_tokens}


def run_child(path: str, data: Path, count: int, beam: int, args: argparse.Namespace) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", path, "--data", str(data), "--sentences", str(count),
                          "--beam", str(beam), "--length-cap", str(args.length_cap), "--chunk", str(args.chunk),
                          "--batch-tokens", str(args.batch_tokens)], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def first_use_imports(data: Path, runs: int, splitter: str) -> tuple[list[float], list[str]]:
    """Seconds of imports the first translation adds (argostranslate's tokenizers, CTranslate2, and its package
    reader with MiniSBD, onnxruntime and numpy for a pack that carries it), and the top-level modules it brings."""
    minisbd = "e._argos_module('package'); e._argos_module('sbd'); " if splitter == "minisbd" else ""
    code = ("import sys, time; from pathlib import Path; import desktop_app.mt.argos_engine as e; "
            f"e.configure(Path({str(data)!r})); before = {{m.split('.')[0] for m in sys.modules}}; "
            f"t = time.perf_counter(); e._argos_module('tokenizer'); {minisbd}import ctranslate2; "
            "print(time.perf_counter() - t, ','.join(sorted({m.split('.')[0] for m in sys.modules} - before)))")
    times, added = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)}).stdout.split()
        added = out[1].split(",")
        assert not {"torch", "stanza", "spacy"} & set(added), f"torch, stanza or spaCy imported: {added}"
        times.append(float(out[0]))
    return times, added


GUI_CHILD = """
import json, sys, time
from pathlib import Path
from desktop_app.process_memory import limit_malloc_arenas
from desktop_app.ui.pyside_fixes import stop_caching_module_sources
limit_malloc_arenas()  # as the app does at start
stop_caching_module_sources()
from PySide6.QtWidgets import QApplication
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.heap import freeze_heap_after_startup
from desktop_app.ui.main_window import MainWindow
import desktop_app.mt.argos_engine as argos_engine

app = QApplication([])
data = Path(sys.argv[1])
rows = json.loads(sys.argv[2])
argos_engine.MAX_DECODING_LENGTH = int(sys.argv[3])
typed = Provenance(Origin.TYPED)
# "trilingual": a release as press officers have it, Chinese and Russian written, English on every other row
# and the rest to translate (spelling and Russian morphology load as in real use); "zh": Chinese only.
trilingual = sys.argv[4] == "trilingual"
release = Release("bench", "2024-01-01", [Segment(cells={
    "zh": Cell(zh, Status.DRAFT, typed), "en": Cell(en, Status.DRAFT, typed) if trilingual and i % 2 else Cell(),
    "ru": Cell(ru, Status.DRAFT, typed) if trilingual else Cell()}) for i, (zh, en, ru) in enumerate(rows)])
project = data.parent / f"bench-gui-{sys.argv[4]}.pressdesk"
ProjectStore.create(project, release).close()
context = AppContext.create(data)
freeze_heap_after_startup(context)  # as the app does
window = MainWindow(context)
window.open_path(project, ask_save=False)
window.show()
deadline = time.monotonic() + 30
while not window.panels_ready and time.monotonic() < deadline:
    app.processEvents()
context.tasks.wait_idle()
for _ in range(50):
    app.processEvents()
    time.sleep(0.01)
context.tasks.wait_idle()
before = int([l for l in open("/proc/self/status") if l.startswith("VmRSS:")][0].split()[1]) / 1024
done = []
window.machine_translation.translate_all.finished.connect(done.append)
window.machine_translation.translate_all.start("en")
while not done:
    app.processEvents()
    time.sleep(0.002)
context.tasks.wait_idle()
for _ in range(20):
    app.processEvents()
after = int([l for l in open("/proc/self/status") if l.startswith("VmRSS:")][0].split()[1]) / 1024
loaded = sorted(window.machine_translation.session.service.engine.loaded_pairs())
window.document.save()
window.close()
context.close()
print(json.dumps({"before": before, "after": after, "cells": done[0], "loaded": loaded}))
"""


def gui_rss(data: Path, count: int, cap: int, release: str) -> dict[str, float]:
    """RSS of the real window before and after Translate Column loaded the pack (model kept loaded)."""
    plain = [row for row in argos_packs.CORPUS if "ZX" not in row[0]]
    rows = [plain[i % len(plain)] for i in range(count)]
    out = subprocess.run([sys.executable, "-c", GUI_CHILD, str(data), json.dumps(rows), str(cap), release],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def memorising_identity() -> tuple[int, int, float, float]:
    """Sentences the memorising pack gives identically at beam 1 and beam 4, and both times (all 40)."""
    from desktop_app.mt.argos_engine import ArgosEngine
    from desktop_app.mt.packs import install_pack

    tmp = Path(tempfile.mkdtemp(prefix="bench-memo-"))
    for pair in argos_packs.MEMORISING_PAIRS:
        install_pack(argos_packs.memorising_pack(tmp, *pair), tmp / "data")
    engine = ArgosEngine(tmp / "data", idle_release_seconds=None)
    same = total = 0
    times = {1: 0.0, 4: 0.0}
    for src, tgt in argos_packs.MEMORISING_PAIRS:
        texts = [a for a, _ in argos_packs.pairs_of(src, tgt)]
        engine.translate_batch(texts[:2], src, tgt)  # load the model outside the timings
        outs = {}
        for beam in (1, 4):
            started = time.perf_counter()
            outs[beam] = engine.translate_batch(texts, src, tgt, beam_size=beam)
            times[beam] += time.perf_counter() - started
        same += sum(a == b for a, b in zip(outs[1], outs[4], strict=True))
        total += len(texts)
    return same, total, times[1], times[4]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--length-cap", type=int, default=32, help="output tokens per sentence, every path")
    parser.add_argument("--beam", type=int, default=1)
    parser.add_argument("--chunk", type=int, help="sentences per translate_batch call (default: the engine's)")
    parser.add_argument("--batch-tokens", type=int, help="CTranslate2 max_batch_size in tokens (default: the engine's)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--paths", default="raw,batched,translate-all,per-sentence",
                        help="which paths to time (comma-separated; raw is the reference)")
    parser.add_argument("--quick", action="store_true", help="only the timed paths: no GUI or memorising checks")
    parser.add_argument("--splitter", choices=("stanza", "minisbd"), default="stanza",
                        help="the pack's sentence splitter: a stanza folder as the Argos index packs carry, or MiniSBD")
    parser.add_argument("--gui-latency", action="store_true", help="also time a 5 ms timer during Translate Column")
    args = parser.parse_args()
    from desktop_app.mt import argos_engine

    args.chunk = args.chunk or argos_engine.CHUNK_SENTENCES
    args.batch_tokens = args.batch_tokens or argos_engine.BATCH_TOKENS
    if args.child:
        print(json.dumps(child(args.child, args.data, args.sentences, args.beam, args.length_cap, args.chunk,
                               args.batch_tokens)))
        return 0

    pack = argos_size_pack(args.splitter)
    tmp = Path(tempfile.mkdtemp(prefix="bench-mt-"))
    data = tmp / "data"
    install(pack, data)
    print(f"pack: {pack.name}, {pack.stat().st_size / 1024**2:.0f} MB; {args.sentences} zh→en sentences, "
          f"length cap {args.length_cap} tokens, chunks of {args.chunk} sentences, batches of {args.batch_tokens} "
          f"tokens, medians of {args.runs} interleaved runs")

    imports, added = first_use_imports(data, max(args.runs, 5), args.splitter)
    print(f"first MT use imports: median {statistics.median(imports):.3f} s (max {max(imports):.3f}) for "
          f"{', '.join(m for m in added if not m.startswith('_'))}")

    paths = ["raw", *(p for p in args.paths.split(",") if p in PATHS and p != "raw")]
    results: dict[tuple[str, int], list[dict[str, float]]] = {}
    for _ in range(args.runs):
        for beam in (1, 4):
            for path in paths:
                if path == "per-sentence" and beam == 4:
                    continue
                results.setdefault((path, beam), []).append(run_child(path, data, args.sentences, beam, args))

    def med(path: str, beam: int, key: str) -> float:
        return statistics.median(r[key] for r in results[(path, beam)])

    sample = results[("raw", 1)][0]
    print(f"output length: {sample['out_tokens'] / args.sentences:.1f} tokens per sentence "
          f"(source {sample['in_tokens'] / args.sentences:.1f})")
    for beam in (1, 4):
        raw = med("raw", beam, "seconds")
        for path in paths:
            if (path, beam) not in results:
                continue
            seconds = med(path, beam, "seconds")
            print(f"beam {beam} {path:13}: {seconds:6.2f} s, {args.sentences / seconds:6.1f} sentences/s, "
                  f"throughput {raw / seconds:.2f}x raw; peak RSS {med(path, beam, 'peak_mb'):.0f} MB "
                  f"({med(path, beam, 'peak_mb') / med('raw', beam, 'peak_mb'):.2f}x raw; model loaded "
                  f"{med(path, beam, 'loaded_mb'):.0f} MB)")
    if "batched" in paths:
        print(f"greedy vs beam 4 (batched): {med('batched', 1, 'seconds') / med('batched', 4, 'seconds'):.2f}x "
              "the time")
    if {"batched", "per-sentence"} <= set(paths):
        gain = med("per-sentence", 1, "seconds") / med("batched", 1, "seconds")
        print(f"per-sentence vs batched greedy: {gain:.1f}x the time")
    if args.quick:
        return 0
    same, total, greedy_s, beam_s = memorising_identity()
    print(f"memorising pack, greedy vs beam 4: {same}/{total} sentences identical; {greedy_s:.2f} s vs "
          f"{beam_s:.2f} s")
    # The first start of a new desk also fills the glossary from the seed (its Russian lemmas load the Russian
    # dictionary); later starts read what it saved, as on every other day.
    for release, start in (("zh", "first start"), ("zh", "later start"), ("trilingual", "later start")):
        gui = gui_rss(data, min(args.sentences, 60), args.length_cap, release)
        print(f"GUI RSS, {release} release, {start}: {gui['before']:.0f} MB with the window open, "
              f"{gui['after']:.0f} MB after Translate Column ({gui['cells']} cells) with the pack loaded "
              f"{gui['loaded']}")
    if args.gui_latency:
        gui_latency(data, sentences(args.sentences))
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

    def on_tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    tick.timeout.connect(on_tick)
    for label in ("first run, loads the model", "second run"):
        for seg in window.document.release.segments:  # empty the column again (one undo step per run)
            window.document.set_cell(seg.id, "en", Cell())
        done: list[int] = []
        controller.finished.connect(done.append)
        gaps.clear()
        started = time.perf_counter()
        clock.start()
        last[0] = 0
        tick.start()
        controller.start("en")
        while not done:
            app.processEvents()
            time.sleep(0.001)
        tick.stop()
        controller.finished.disconnect(done.append)
        late = sorted(g - 5 for g in gaps)
        print(f"GUI during Translate Column ({label}: {done[0]} cells in {time.perf_counter() - started:.2f} s): "
              f"5 ms timer late by median {statistics.median(late):.1f} ms, p99 {late[int(len(late) * 0.99)]:.1f} "
              f"ms, max {late[-1]:.1f} ms")
    context.tasks.wait_idle()
    window.document.save()
    window.close()
    context.close()


if __name__ == "__main__":
    sys.exit(main())
