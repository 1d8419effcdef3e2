"""`pressdesk glossary import|export|list|search|add|match|undo-import` and `pressdesk name`.

Every glossary command works on the glossary in the data folder (`--data-dir`), or on `--glossary FILE`.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app import LANGS
from desktop_app.cli.common import CliError, print_json
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry, TermHit
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.transliteration import TransliterationError, suggest_name
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import make_entry, split_forms
from desktop_app.storage.glossary_store import (
    GlossaryError,
    GlossaryStore,
    GlossaryValidationError,
    open_default_glossary,
)

MAX_SKIPPED_SHOWN = 30


def open_glossary(args: argparse.Namespace) -> GlossaryStore:
    """The glossary named by --glossary, else the one in the data folder; refusals become usage errors."""
    try:
        if getattr(args, "glossary", None):
            return GlossaryStore.open(args.glossary)
        return open_default_glossary(args.data_dir)
    except GlossaryError as exc:
        raise CliError(str(exc)) from exc


def entry_json(entry: TermEntry) -> dict[str, object]:
    """The short entry shape used by `match --json`."""
    return {"id": entry.id, "category": entry.category, **{lang: entry.forms.get(lang, "") for lang in LANGS}}


def full_entry_json(entry: TermEntry) -> dict[str, object]:
    return {**entry_json(entry),
            "variants": {lang: list(entry.variants.get(lang, ())) for lang in LANGS},
            "forbidden": {lang: list(entry.forbidden.get(lang, ())) for lang in LANGS},
            "short_forms": {lang: list(entry.short_forms.get(lang, ())) for lang in LANGS},
            "note": entry.note, "source": entry.source, "valid_from": entry.valid_from, "valid_to": entry.valid_to}


def hit_json(hit: TermHit) -> dict[str, object]:
    return {"entry": entry_json(hit.entry), "start": hit.start, "end": hit.end, "text": hit.text,
            "kind": hit.kind.value}


def _print_entries(entries: list[TermEntry], as_json: bool) -> None:
    if as_json:
        print_json([full_entry_json(e) for e in entries])
        return
    for e in entries:  # escaped: a glossary from elsewhere must not drive the terminal or reorder the line
        forms = " | ".join(escape_unseen(e.forms.get(lang, "")) or "—" for lang in LANGS)
        print(f"#{e.id} [{escape_unseen(e.category)}] {forms}")


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.glossary import apply_import, plan_import

    with open_glossary(args) as store:
        try:
            plan = plan_import(store, args.file)
        except FormatError as exc:
            raise CliError(str(exc)) from exc
        for where, reason in plan.skipped[:MAX_SKIPPED_SHOWN]:
            print(f"skipped {escape_unseen(where)}: {escape_unseen(reason)}", file=sys.stderr)
        if len(plan.skipped) > MAX_SKIPPED_SHOWN:
            print(f"… and {len(plan.skipped) - MAX_SKIPPED_SHOWN} more skipped", file=sys.stderr)
        if plan.ignored_languages:
            print(f"ignored (not zh, en or ru): {escape_unseen(', '.join(plan.ignored_languages))}", file=sys.stderr)
        if args.dry_run:
            print(f"would import {escape_unseen(args.file)}: {plan.summary()}")
            return 0
        report = apply_import(store, plan)
    print(f"imported {escape_unseen(args.file)}: {report.added} added, {report.updated} updated, "
          f"{len(report.skipped)} skipped (undo with `pressdesk glossary undo-import`)")
    return 0


def import_id(text: str) -> int:
    """An import number as `glossary import` reports it (SQLite stores at most 2**63 - 1)."""
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not an import number")
    return int(text)


def cmd_undo_import(args: argparse.Namespace) -> int:
    from desktop_app.services.glossary import undo_import

    with open_glossary(args) as store:
        try:
            record = undo_import(store, args.id)
        except GlossaryError as exc:
            raise CliError(str(exc)) from exc
    print(f"undid import #{record.id} of {escape_unseen(record.label)}: {record.added} removed, "
          f"{record.updated} restored")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.glossary import export_glossary

    with open_glossary(args) as store:
        try:
            count = export_glossary(store, args.file, source_lang=args.source_lang, target_lang=args.target_lang)
        except (FormatError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise CliError(f"{escape_unseen(args.file)}: cannot be written ({exc.strerror or exc})") from exc
    print(f"exported {count} entries to {escape_unseen(args.file)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_glossary(args) as store:
        entries = [e for e in store.entries() if not args.category or e.category == args.category]
    _print_entries(entries, args.json)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_glossary(args) as store:
        entries = store.search(args.text, category=args.category)
    _print_entries(entries, args.json)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    entry = make_entry(
        {lang: getattr(args, lang) or "" for lang in LANGS},
        {lang: split_forms(getattr(args, f"{lang}_variants") or "") for lang in LANGS},
        {lang: split_forms(getattr(args, f"{lang}_forbidden") or "") for lang in LANGS},
        category=args.category, note=args.note or "", source=args.source or "cli", valid_from=args.valid_from,
        valid_to=args.valid_to, short_forms={lang: split_forms(getattr(args, f"{lang}_short") or "") for lang in LANGS})
    with open_glossary(args) as store:
        try:
            stored = store.add(entry)
        except GlossaryValidationError as exc:
            raise CliError("entry refused: " + "; ".join(exc.problems)) from exc
    print(f"added #{stored.id} {escape_unseen(stored.label())}")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    with open_glossary(args) as store:
        hits = store.matcher().find(args.text, args.lang)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    for h in hits:
        print(f"{h.start}-{h.end}\t{h.kind.value}\t{escape_unseen(h.text)}\t#{h.entry.id} "
              f"{escape_unseen(h.entry.label())}")
    return 0


def cmd_name(args: argparse.Namespace) -> int:
    try:
        s = suggest_name(args.name)
    except TransliterationError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json({
            "name": s.name, "surname": s.surname, "given": s.given, "pinyin": s.pinyin, "palladius": s.palladius,
            "choices": [{"char": c.char, "position": c.position, "readings": list(c.readings)}
                        for c in s.choices],
            "alternatives": [{"pinyin": p, "palladius": r} for p, r in s.alternatives],
        })
        return 0
    print(f"{s.name}\t{s.pinyin}\t{s.palladius}")
    for c in s.choices:
        print(f"  {c.char}: {' / '.join(c.readings)}")
    for p, r in s.alternatives:
        print(f"  or\t{p}\t{r}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    glossary_opt = argparse.ArgumentParser(add_help=False)
    glossary_opt.add_argument("--glossary", metavar="FILE", default=argparse.SUPPRESS,
                              help="glossary database to use instead of the one in the data folder")
    g = sub.add_parser("glossary", help="the glossary of official names and titles")
    g.add_argument("--glossary", metavar="FILE", help="glossary database to use instead of the one in the data folder")
    gsub = g.add_subparsers(dest="glossary_command", metavar="ACTION", required=True, parser_class=type(g))

    p = gsub.add_parser("import", parents=[glossary_opt], help="import a .csv, .tbx or OmegaT .txt glossary")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")
    p.set_defaults(handler=cmd_import)

    p = gsub.add_parser("undo-import", parents=[glossary_opt], help="revert the last import (or --id N)")
    p.add_argument("--id", type=import_id, help="the import to revert")
    p.set_defaults(handler=cmd_undo_import)

    p = gsub.add_parser("export", parents=[glossary_opt], help="export to .csv, .tbx or OmegaT .txt")
    p.add_argument("file")
    p.add_argument("--source-lang", choices=LANGS, default="en", help="OmegaT export: source column (default en)")
    p.add_argument("--target-lang", choices=LANGS, default="ru", help="OmegaT export: target column (default ru)")
    p.set_defaults(handler=cmd_export)

    p = gsub.add_parser("list", parents=[glossary_opt], help="list entries")
    p.add_argument("--category", choices=CATEGORIES)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_list)

    p = gsub.add_parser("search", parents=[glossary_opt], help="find entries containing TEXT in any language")
    p.add_argument("text")
    p.add_argument("--category", choices=CATEGORIES)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_search)

    p = gsub.add_parser("add", parents=[glossary_opt], help="add an entry")
    p.add_argument("--category", required=True, choices=CATEGORIES)
    for lang in LANGS:
        p.add_argument(f"--{lang}", help=f"approved {lang} form")
        p.add_argument(f"--{lang}-variants", metavar="A|B", help=f"accepted {lang} variants, |-separated")
        p.add_argument(f"--{lang}-forbidden", metavar="A|B", help=f"forbidden {lang} forms, |-separated")
        p.add_argument(f"--{lang}-short", metavar="A|B",
                       help=f"{lang} short forms (second references: a surname alone, 'the conference'), |-separated")
    p.add_argument("--note")
    p.add_argument("--source", metavar="URL", help="where the entry's facts come from (the official site)")
    p.add_argument("--valid-from", metavar="DATE")
    p.add_argument("--valid-to", metavar="DATE")
    p.set_defaults(handler=cmd_add)

    p = gsub.add_parser("match", parents=[glossary_opt], help="recognise glossary terms in TEXT")
    p.add_argument("--lang", required=True, choices=LANGS)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("text")
    p.set_defaults(handler=cmd_match)

    p = sub.add_parser("name", help="propose Pinyin and Palladius forms of a Chinese personal name")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_name)
