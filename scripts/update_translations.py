"""Refresh the UI translations: `pyside6-lupdate` over desktop_app/ui/*.py, then `pyside6-lrelease` to .qm.

lupdate merges: existing translations are kept, new strings appear as unfinished, strings no longer in the code
are marked obsolete (and dropped with --no-obsolete). Run after changing visible strings:

    .venv/bin/python scripts/update_translations.py [--no-obsolete]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI_DIR = REPO / "desktop_app" / "ui"
TRANSLATIONS = REPO / "translations"
CATALOGUES = ("pressdesk_en.ts", "pressdesk_zh_CN.ts", "pressdesk_ru.ts")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's bin folder), else from PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in UI_DIR.rglob("*.py"))  # packages too (ui/glossary_dock/)


def update(no_obsolete: bool = False) -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    for name in CATALOGUES:
        ts = TRANSLATIONS / name
        lang = name.removeprefix("pressdesk_").removesuffix(".ts")
        args = [tool("pyside6-lupdate"), *sources(), "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
                "-ts", str(ts.relative_to(REPO))]
        if no_obsolete:
            args.insert(1, "-no-obsolete")
        subprocess.run(args, cwd=REPO, check=True)
    release()


def release() -> None:
    for name in CATALOGUES:
        ts = TRANSLATIONS / name
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=REPO,
                       check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-obsolete", action="store_true", help="drop strings that are no longer in the code")
    parser.add_argument("--release-only", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args(argv)
    if args.release_only:
        release()
    else:
        update(args.no_obsolete)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
