"""Find and Replace on a long cell with a long search text, ignoring case (the default): the time `find_all`
and `replace_all_cells` take on the window's thread, against the plain case-insensitive regex they replaced.

The cell is "a" repeated, the search text "a…ab": the regex engine, ignoring case, tries the whole search text at
every position of the cell.

    PYTHONPATH=. python benchmarks/bench_find_hostile.py [--cell 1000000] [--needles 10 100 1000]
"""

from __future__ import annotations

import argparse
import re
import time

from desktop_app.domain.release import Cell
from desktop_app.services.importing import sample_release
from desktop_app.ui.find_replace import SearchOptions, find_all, replace_all_cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cell", type=int, default=1_000_000, help="characters in the long cell")
    parser.add_argument("--needles", type=int, nargs="+", default=[10, 100, 1000], help="search text lengths")
    args = parser.parse_args()
    release = sample_release()
    release.segments[1].cells["en"] = Cell(text="a" * args.cell)
    text = release.segments[1].cells["en"].text
    print(f"cell of {args.cell:,} characters")
    for length in args.needles:
        needle = "a" * length + "b"
        options = SearchOptions(needle, ("en",))
        start = time.perf_counter()
        found = find_all(release, options)
        find_s = time.perf_counter() - start
        start = time.perf_counter()
        replace_all_cells(release, options, "x")
        replace_s = time.perf_counter() - start
        start = time.perf_counter()
        re.compile(re.escape(needle), re.IGNORECASE).search(text)
        regex_s = time.perf_counter() - start
        print(f"search text {length + 1:>5}: find_all {find_s * 1000:8.1f} ms ({len(found)} found), replace_all "
              f"{replace_s * 1000:8.1f} ms; the case-insensitive regex alone {regex_s * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
