"""`pressdesk packs`, `translate` and `translate-text`: language packs and offline machine translation."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import LANGS
from desktop_app.cli.common import CliError, print_json
from desktop_app.cli.project_commands import lock_project, open_project, save_project
from desktop_app.domain.invisible import escape_unseen
from desktop_app.mt.engine import MAX_BEAM, MtError
from desktop_app.mt.packs import (
    PackError,
    human_size,
    install_pack,
    list_broken,
    list_installed,
    parse_pair,
    remove_broken,
    remove_pack,
)
from desktop_app.mt.routes import RouteKind, all_routes, describe
from desktop_app.paths import data_dir as resolve_data_dir
from desktop_app.services.column_translation import rows_to_fill, translate_column
from desktop_app.services.glossary_service import GlossaryService
from desktop_app.services.translation import MAX_TEXT_CHARS, TranslationService, beam_for, check_length
from desktop_app.settings import Settings
from desktop_app.storage.glossary_store import GlossaryError


def _service(args: argparse.Namespace) -> TranslationService:
    """The engine (a LibreTranslate server or the local packs), the glossary, and the Preferences' decoding
    quality, or `--beam` when given."""
    from desktop_app.mt.factory import make_engine

    data = resolve_data_dir(args.data_dir)
    try:
        engine = make_engine(data, args.mt_url, args.mt_api_key, idle_release_seconds=None,
                             on_fallback=lambda why: print(f"pressdesk: {why}", file=sys.stderr))
    except MtError as exc:
        raise CliError(str(exc)) from exc
    try:
        matcher = GlossaryService.for_data_dir(data, args.glossary_url).snapshot().matcher
    except GlossaryError as exc:  # translation still works without it; the names are then not protected
        print(f"warning: glossary terms are not protected: {escape_unseen(str(exc))}", file=sys.stderr)
        matcher = None
    beam = args.beam if args.beam is not None else beam_for(Settings.load(data).mt_quality)
    return TranslationService(engine, matcher, beam)


def _server_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mt-url", metavar="URL",
                   help="translate on a LibreTranslate server (default: $PRESSDESK_MT_URL; local packs if unset), "
                        "falling back to the local packs when it fails")
    p.add_argument("--mt-api-key", metavar="KEY", help="the server's API key (default: $PRESSDESK_MT_API_KEY)")


def _beam(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_BEAM:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_BEAM}")
    return value


def _splitter_notices(packs: list) -> list[str]:
    from desktop_app.mt.argos_engine import splitter_notice  # no argostranslate import: plain files

    return [notice for p in packs if (notice := splitter_notice(p))]


# -- packs --------------------------------------------------------------------------------------------------------


def cmd_packs_list(args: argparse.Namespace) -> int:
    data = resolve_data_dir(args.data_dir)
    packs = list_installed(data)
    routes = all_routes({(p.src, p.tgt) for p in packs})
    if args.json:
        print_json({
            "packs": [{"pair": p.pair, "from": p.src, "to": p.tgt, "version": p.version, "size": p.size,
                       "folder": p.folder} for p in packs],
            "routes": [{"from": r.src, "to": r.tgt, "kind": r.kind.value, "route": list(r.langs)} for r in routes],
            "broken": [{"folder": b.folder, "reason": b.reason} for b in list_broken(data)],
        })
        return 0
    if not packs:
        print("no language packs installed (install one with: pressdesk packs install FILE.argosmodel)")
    for p in packs:
        print(f"{p.pair:8} {escape_unseen(p.from_name)} → {escape_unseen(p.to_name)}  "
              f"version {escape_unseen(str(p.version or '?'))}  {human_size(p.size)}")
    for notice in _splitter_notices(packs):
        print(f"note: {escape_unseen(notice)}")
    for broken in list_broken(data):
        print(f"broken: {escape_unseen(repr(broken.folder))} ({escape_unseen(broken.reason)}); remove it with: "
              f"pressdesk packs remove {escape_unseen(repr(broken.folder))}")
    print("\nzh/en/ru directions:")
    installed = {(p.src, p.tgt) for p in packs}
    for r in routes:
        if r.kind is RouteKind.MISSING:
            need = ", ".join(f"{a}-{b}" for a, b in r.missing_pairs(installed))
            print(f"  {r.src} → {r.tgt}: missing (install {need})")
        else:
            print(f"  {r.src} → {r.tgt}: {r.kind.value} ({describe(r)})")
    return 0


def cmd_packs_install(args: argparse.Namespace) -> int:
    from desktop_app.mt.argos_engine import ArgosEngine  # argostranslate loads only for the trial translation

    data = resolve_data_dir(args.data_dir)
    try:
        info = install_pack(args.file, data, trial=ArgosEngine(data, idle_release_seconds=None).try_pack)
    except PackError as exc:
        raise CliError(f"{exc} (installed packs are unchanged)") from exc
    print(f"installed {info.pair} ({escape_unseen(info.from_name)} → {escape_unseen(info.to_name)}) "
          f"version {escape_unseen(str(info.version))}, {human_size(info.size)}")
    for notice in _splitter_notices([info]):
        print(f"note: {escape_unseen(notice)}")
    return 0


def cmd_packs_remove(args: argparse.Namespace) -> int:
    """Remove the pack of exactly this pair, or a broken folder named exactly as `packs list` shows it."""
    data = resolve_data_dir(args.data_dir)
    try:
        try:
            pair: tuple[str, str] | None = parse_pair(args.pair)
        except PackError:
            pair = None
        installed = {(p.src, p.tgt) for p in list_installed(data)}
        if (pair is None or pair not in installed) and args.pair in {b.folder for b in list_broken(data)}:
            broken = remove_broken(data, args.pair)
            print(f"removed the broken pack folder {broken.folder!r}")
            return 0
        src, tgt = pair if pair is not None else parse_pair(args.pair)
        info = remove_pack(data, src, tgt)
    except PackError as exc:
        raise CliError(str(exc)) from exc
    print(f"removed {info.pair} version {escape_unseen(str(info.version))}")
    return 0


# -- translate ------------------------------------------------------------------------------------------------------


def _segment_numbers(spec: str, count: int) -> list[int]:
    """'1,3,5-7' (1-based, as `pressdesk show` numbers them) → 0-based indexes."""
    indexes: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        try:
            first, _, last = part.partition("-")
            lo, hi = int(first), int(last or first)
        except ValueError as exc:
            raise CliError(f"--segments: {part!r} is not a segment number or range") from exc
        if lo < 1 or hi > count or lo > hi:
            raise CliError(f"--segments: {part} is outside 1..{count}")
        indexes.extend(range(lo - 1, hi))
    return sorted(set(indexes))


def _progress_printer(label: str) -> Callable[[float], None]:
    def show(fraction: float) -> None:
        print(f"\r{label}: {fraction * 100:.0f}%", end="", file=sys.stderr)

    return show


def cmd_translate(args: argparse.Namespace) -> int:
    if args.source == args.to:
        raise CliError("--from and --to must differ")
    with open_project(args.project) as store, lock_project(args.project):
        release = store.load()
        count = len(release.segments)
        name = Path(args.project).name
        if not count:
            raise CliError(f"nothing to translate: {name} has no segments")
        # --all: every cell of the column that is empty or machine-made (a person's text is never replaced)
        indexes = _segment_numbers(args.segments, count) if args.segments else rows_to_fill(release.segments, args.to)
        service = _service(args)  # only now: it sets up the glossary and MT in the data folder
        try:
            results = translate_column(service, release.segments, indexes, args.to, args.source,
                                       progress=_progress_printer(f"→{args.to}"))
        except MtError as exc:
            raise CliError(str(exc)) from exc
        print(file=sys.stderr)
        if indexes and not results:
            given = f"no {args.source} text" if args.source else "no source text that an installed pack can translate"
            raise CliError(f"nothing translated: {name} has {given} for the {len(indexes)} cell(s) to fill in "
                           f"{args.to} (see `pressdesk packs list`)")
        for result in results:
            release.segment(result.segment_id).cells[args.to] = result.cell(service.engine.name)
        done, skipped = len(results), len(indexes) - len(results)
        save_project(store, release)
    print(f"translated {done} cell(s) into {args.to}" + (f"; {skipped} without a usable source" if skipped else ""))
    return 0


def cmd_translate_text(args: argparse.Namespace) -> int:
    if args.source == args.to:
        raise CliError("--from and --to must differ")
    text = " ".join(args.text)
    if text == "-":
        if sys.stdin is None:  # closed by the caller (`<&-`)
            raise CliError("standard input is closed: nothing to translate")
        text = sys.stdin.read(MAX_TEXT_CHARS + 1)
    if not text.strip():
        raise CliError("nothing to translate")
    progress = None
    if sys.stderr.isatty():
        show = _progress_printer("sentences")

        def progress(done: int, total: int) -> None:
            show(done / max(total, 1))
    try:
        check_length(text)
        suggestion = _service(args).translate_text(text, args.source, args.to, args.n, progress=progress)
    except MtError as exc:
        raise CliError(str(exc)) from exc
    finally:
        if progress is not None:
            print(file=sys.stderr)
    if args.json:
        print_json(suggestion.to_json())
        return 0
    print(f"route: {suggestion.route_label()}")
    for i, alt in enumerate(suggestion.alternatives, start=1):
        extra = f", re-inserted: {', '.join(alt.appended)}" if alt.appended else ""
        print(f"{i}. {escape_unseen(alt.text)}\n   score {alt.score:.3f}, terms honoured: {alt.terms_label()}{extra}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("packs", help="list, install or remove offline language packs (.argosmodel)")
    packs = p.add_subparsers(dest="packs_command", metavar="ACTION", required=True, parser_class=type(p))
    q = packs.add_parser("list", help="installed packs and the zh/en/ru routes they give")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_packs_list)
    q = packs.add_parser("install", help="validate and install a .argosmodel file")
    q.add_argument("file", type=Path)
    q.set_defaults(handler=cmd_packs_install)
    q = packs.add_parser("remove", help="remove the pack of a pair, e.g. zh-en (or a broken folder `list` shows)")
    q.add_argument("pair", metavar="FROM-TO")
    q.set_defaults(handler=cmd_packs_remove)

    p = sub.add_parser("translate", help="machine-translate cells of a project into one language")
    p.add_argument("project")
    p.add_argument("--to", required=True, choices=LANGS)
    p.add_argument("--from", dest="source", choices=LANGS,
                   help="source column (default: per segment, a filled column with a direct pack first)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every empty or machine-made cell of the column")
    which.add_argument("--segments", metavar="1,3,5-7", help="these segments (numbers as `pressdesk show` prints)")
    _server_options(p)
    _add_beam(p)
    p.set_defaults(handler=cmd_translate)

    p = sub.add_parser("translate-text", help="translate a text with the installed packs and the glossary")
    p.add_argument("--from", dest="source", required=True, choices=LANGS)
    p.add_argument("--to", required=True, choices=LANGS)
    p.add_argument("-n", type=int, default=3, choices=(1, 2, 3), help="alternatives (default 3)")
    p.add_argument("--json", action="store_true",
                   help='JSON list of {"text", "score", "route", "terms": {"honoured", "total"}}')
    _add_beam(p)
    p.add_argument("text", nargs="+", help=f"the text (at most {MAX_TEXT_CHARS:,} characters), or - to read it "
                                           "from standard input")
    _server_options(p)
    p.set_defaults(handler=cmd_translate_text)


def _add_beam(p: argparse.ArgumentParser) -> None:
    p.add_argument("--beam", type=_beam, metavar="N",
                   help="decoding beam size: 1 is the fast draft (greedy), 4 the best quality (default: the "
                        "Preferences' choice, draft unless changed)")
