"""`pressdesk cache [--prune | --clear]`: how much the per-user cache of built glossary automata holds, and tidying
it by hand (PressDesk prunes it by itself once per start; see storage/automaton_cache.py)."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import print_json
from desktop_app.domain.invisible import escape_unseen
from desktop_app.paths import cache_dir
from desktop_app.storage import automaton_cache


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def cmd_cache(args: argparse.Namespace) -> int:
    root = cache_dir()
    where = automaton_cache.automata_root(root)
    if args.prune or args.clear:
        report = automaton_cache.clear(root) if args.clear else automaton_cache.prune(root)
        if args.json:
            print_json({"folder": str(where), "removed": report.removed, "removed_bytes": report.removed_bytes,
                        "kept": report.kept, "kept_bytes": report.kept_bytes})
        else:
            print(f"removed {report.removed} glossary folders ({_mb(report.removed_bytes)}); {report.kept} kept "
                  f"({_mb(report.kept_bytes)}) in {escape_unseen(str(where))}")
        return 0
    folders = automaton_cache.cache_folders(root)
    size = sum(f.size for f in folders)
    orphaned = [f for f in folders if f.orphaned()]
    orphaned_size = sum(f.size for f in orphaned)
    if args.json:
        print_json({"folder": str(where), "folders": len(folders), "bytes": size, "orphaned": len(orphaned),
                    "orphaned_bytes": orphaned_size, "max_bytes": automaton_cache.MAX_BYTES,
                    "max_idle_days": automaton_cache.MAX_IDLE_S // 86400})
        return 0
    print(f"glossary automata: {len(folders)} glossary folders, {_mb(size)} in {escape_unseen(str(where))}")
    print(f"  of glossaries that are gone: {len(orphaned)} ({_mb(orphaned_size)})")
    print(f"  kept within {_mb(automaton_cache.MAX_BYTES)}, none unused for over "
          f"{automaton_cache.MAX_IDLE_S // 86400} days; `pressdesk cache --prune` tidies now, --clear empties it")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cache", help="show the size of the cache of built glossary automata; prune or clear it",
                       description="The cache holds what PressDesk rebuilds when it is missing (a large glossary's "
                                   "search automata take seconds to build). PressDesk prunes it at each start.")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--prune", action="store_true",
                        help="remove the automata of glossaries that are gone, unused for long, or over the budget")
    action.add_argument("--clear", action="store_true", help="remove every glossary's automata")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_cache)
