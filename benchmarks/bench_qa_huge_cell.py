"""QA on one huge cell (the editor lets a cell reach 8 MB): the checks must grow about linearly with its size.

    python benchmarks/bench_qa_huge_cell.py [WORDS ...]

The cell is made of names, titles, numbers and joiners from the seed glossary in random order, so every check
(names, titles through apposition chains, numbers, dates) has thousands of things to look at.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.services.glossary_service import GlossarySnapshot
from desktop_app.services.qa import run_qa
from desktop_app.storage.glossary_store import GlossaryStore

EN_WORDS = ("Sergei", "Mironov", "Jinhua", "2024", "Chairman", "of", "the", "State", "Duma", "Liu", "Xin", ",", "and",
            "Deputy", "Governor", "of", "Zhejiang", "Qian", "Hongshan", "the")
ZH_WORDS = ("米罗诺夫", "金华", "2024年", "国家杜马主席", "刘忻", "、", "浙江省副省长", "钱洪山", "，", "会议")


def huge_release(words: int, lang: str) -> Release:
    rng = random.Random(1)
    text = ("".join(rng.choice(ZH_WORDS) for _ in range(words)) if lang == "zh"
            else " ".join(rng.choice(EN_WORDS) for _ in range(words)))
    cells = {"zh": "会议。", "en": "The meeting.", "ru": "Встреча."}
    cells[lang] = text
    return Release("t", "2024-05-01", [Segment(Role.BODY, {k: imported_cell(v) for k, v in cells.items()})])


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [20_000, 80_000, 320_000]
    with tempfile.TemporaryDirectory() as folder:
        store = GlossaryStore.open(Path(folder) / "glossary.sqlite")
        glossary = GlossarySnapshot.from_store(store)
        for lang in ("en", "zh"):
            for words in sizes:
                release = huge_release(words, lang)
                size = len(release.segments[0].text(lang))
                started = time.perf_counter()
                report = run_qa(release, glossary=glossary)
                print(f"{lang} {words:>8,} words ({size / 2**20:5.2f} MB): {time.perf_counter() - started:6.2f} s, "
                      f"{len(report.findings):,} findings")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
