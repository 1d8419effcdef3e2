"""What trying a language pack before installing it costs: `pressdesk packs install` with the trial (load the
model, tokenizer and splitter, translate a sentence) against the plain unpack-and-move, on a random-weight pack.

Each install runs in a fresh process, as a user's `pressdesk packs install` does, so imports are counted.
Run: .venv/bin/python benchmarks/bench_pack_install.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import argos_packs  # noqa: E402  (the test-pack builders)

INSTALL = """
import sys
from pathlib import Path
from desktop_app.mt.packs import install_pack
data, pack, trial = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "trial"
if trial:
    from desktop_app.mt.argos_engine import ArgosEngine
    install_pack(pack, data, trial=ArgosEngine(data, idle_release_seconds=None).try_pack)
else:
    install_pack(pack, data)
"""


def timed_install(pack: Path, trial: bool, work: Path) -> float:
    data = Path(tempfile.mkdtemp(dir=work))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", INSTALL, str(data), str(pack), "trial" if trial else "plain"],
                   check=True, env={"PYTHONPATH": str(REPO), "HOME": str(data)})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        model = argos_packs.build_random_model(work / "model")
        pack = argos_packs.random_packs(work / "packs", pairs=(("zh", "en"),), model=model)[("zh", "en")]
        print(f"pack: {pack.stat().st_size / 1024**2:.1f} MB")
        for trial in (False, True):
            times = [timed_install(pack, trial, work) for _ in range(args.runs)]
            print(f"install {'with trial' if trial else 'plain     '}: median {statistics.median(times) * 1000:.0f} ms "
                  f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; {args.runs} runs)")


if __name__ == "__main__":
    main()
