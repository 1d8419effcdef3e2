"""`pressdesk glossary import|export|list|search|add|edit|delete|history|match|undo-import` and `pressdesk name`.

Every glossary command works on the glossary the desk uses (the file in the data folder, or the shared glossary
named by `pressdesk --glossary URL`, $PRESSDESK_GLOSSARY_URL or Preferences), or on `glossary --glossary FILE|URL`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop_app import LANGS
from desktop_app.cli.common import CliError, print_json
from desktop_app.domain.glossary.model import CATEGORIES, TermEntry, TermHit
from desktop_app.domain.invisible import escape_unseen
from desktop_app.domain.transliteration import TransliterationError, suggest_name
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import make_entry, split_forms
from desktop_app.paths import data_dir as resolve_data_dir
from desktop_app.services.glossary_service import GlossaryService, is_server_url
from desktop_app.storage.glossary_store import GlossaryError, GlossaryValidationError

if TYPE_CHECKING:
    from desktop_app.services.glossary_service import AnyGlossaryStore

MAX_SKIPPED_SHOWN = 30


def glossary_service(args: argparse.Namespace) -> GlossaryService:
    """The glossary named by `glossary --glossary`, else the one this desk uses."""
    explicit = getattr(args, "glossary", None)
    if explicit and not is_server_url(explicit):
        return GlossaryService(explicit)  # as typed: a file name, or an address of a server of another kind
    service = GlossaryService.for_data_dir(resolve_data_dir(args.data_dir), explicit or getattr(args, "glossary_url",
                                                                                                 None))
    for where, count in service.queued_elsewhere():  # never sent here: said, so they are not forgotten
        edits = "1 edit typed offline waits" if count == 1 else f"{count} edits typed offline wait"
        print(f"{edits} for the shared glossary {escape_unseen(where)}: sent when this desk uses it again",
              file=sys.stderr)
    if service.team:  # read it through once, so the local copy is current should the server go away later
        try:
            service.snapshot()
        except GlossaryError as exc:
            service.close()
            raise CliError(str(exc)) from exc
    return service


@contextmanager
def open_glossary(args: argparse.Namespace) -> Iterator[AnyGlossaryStore]:
    """The store of `glossary_service(args)`; refusals (and a glossary that fails mid-command) are usage errors."""
    service = glossary_service(args)
    try:
        yield service.store()
    except GlossaryError as exc:
        raise CliError(str(exc)) from exc
    finally:
        service.close()


def _write(args: argparse.Namespace, change: Any) -> tuple[Any, bool]:
    """Make an edit through the service (queued when the shared glossary's server is unreachable); returns the
    result and whether it was queued."""
    service = glossary_service(args)
    try:
        result = service.write(change)
        return result, bool(getattr(service.store(), "offline", False))
    except GlossaryValidationError as exc:
        raise CliError("entry refused: " + "; ".join(exc.problems)) from exc
    except GlossaryError as exc:
        raise CliError(str(exc)) from exc
    finally:
        service.close()


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
            more = f" and {plan.more_ignored_languages:,} more" if plan.more_ignored_languages else ""
            print(f"ignored (not zh, en or ru): {escape_unseen(', '.join(plan.ignored_languages))}{more}",
                  file=sys.stderr)
        if args.dry_run:
            print(f"would import {escape_unseen(args.file)}: {plan.summary()}")
            return 0
        report = apply_import(store, plan)
    print(f"imported {escape_unseen(args.file)}: {report.added} added, {report.updated} updated, "
          f"{len(report.skipped)} skipped (undo with `pressdesk glossary undo-import`)")
    return 0


def _stored_number(text: str, what: str) -> int:
    """A number as PressDesk shows it: ASCII digits (`int()` would also read "٣" or "３" as 3, and `delete`
    acts on what it reads), from 1 to the largest SQLite stores (2**63 - 1)."""
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not {what}")
    return int(text)


def import_id(text: str) -> int:
    """An import number as `glossary import` reports it."""
    return _stored_number(text, "an import number")


def entry_id(text: str) -> int:
    """An entry number as `glossary list` shows it (#12)."""
    return _stored_number(text, "an entry number")


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
        valid_to=args.valid_to, short_forms={lang: split_forms(getattr(args, f"{lang}_short") or "") for lang in LANGS},
        from_file=False)
    stored, queued = _write(args, lambda store: store.add(entry))
    if queued:
        print(f"queued {escape_unseen(stored.label())}: the glossary server cannot be reached; "
              "it is sent when the server is back")
    else:
        print(f"added #{stored.id} {escape_unseen(stored.label())}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    """Change the given fields of an entry; with --expect-version, only if it is still that version."""
    def change(store: AnyGlossaryStore) -> TermEntry:
        entry = store.entry(args.id)
        if entry is None:
            raise GlossaryError(f"entry #{args.id} does not exist")
        forms = {lang: getattr(args, lang) if getattr(args, lang) is not None else entry.forms.get(lang, "")
                 for lang in LANGS}
        variants = {lang: split_forms(getattr(args, f"{lang}_variants")) if getattr(args, f"{lang}_variants")
                    is not None else entry.variants.get(lang, ()) for lang in LANGS}
        forbidden = {lang: split_forms(getattr(args, f"{lang}_forbidden")) if getattr(args, f"{lang}_forbidden")
                     is not None else entry.forbidden.get(lang, ()) for lang in LANGS}
        edited = replace(entry, forms=forms, variants=variants, forbidden=forbidden,
                         category=args.category or entry.category,
                         note=args.note if args.note is not None else entry.note)
        if args.expect_version is None:
            return store.update(edited)
        if not hasattr(store, "version"):
            raise GlossaryError("--expect-version needs the shared glossary (the desk's own file keeps no versions)")
        return store.update(edited, base_version=args.expect_version)  # type: ignore[call-arg]

    stored, queued = _write(args, change)
    print(("queued the edit of " if queued else "saved ") + f"#{stored.id} {escape_unseen(stored.label())}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    def change(store: AnyGlossaryStore) -> None:
        if store.entry(args.id) is None:
            raise GlossaryError(f"entry #{args.id} does not exist")
        if args.expect_version is None:
            store.delete(args.id)
        elif not hasattr(store, "version"):
            raise GlossaryError("--expect-version needs the shared glossary (the desk's own file keeps no versions)")
        else:
            store.delete(args.id, base_version=args.expect_version)  # type: ignore[call-arg]

    _result, queued = _write(args, change)
    print(("queued the deletion of " if queued else "deleted ") + f"#{args.id}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_glossary(args) as store:
        if not hasattr(store, "history"):
            raise CliError("history is kept by the shared glossary (pressdesk --glossary postgresql://…)")
        versions = store.history(args.id)
    if not versions:
        raise CliError(f"entry #{args.id} has no recorded changes")
    if args.json:
        print_json([{"version": v.version, "action": v.action, "author": v.author, "at": v.at,
                     "entry": full_entry_json(v.entry) if v.entry else None} for v in versions])
        return 0
    for v in versions:
        forms = (" | ".join(escape_unseen(v.entry.forms.get(lang, "")) or "—" for lang in LANGS)
                 if v.entry else "(deleted)")
        print(f"v{v.version}\t{v.at}\t{escape_unseen(v.author)}\t{v.action}\t{forms}")
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
    glossary_opt.add_argument("--glossary", metavar="FILE|URL", default=argparse.SUPPRESS,
                              help="glossary database (or shared glossary URL) instead of the desk's")
    g = sub.add_parser("glossary", help="the glossary of official names and titles")
    g.add_argument("--glossary", metavar="FILE|URL", help="glossary database (or shared glossary URL) instead of the "
                   "desk's")
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

    p = gsub.add_parser("edit", parents=[glossary_opt], help="change fields of entry ID")
    p.add_argument("id", type=entry_id)
    p.add_argument("--category", choices=CATEGORIES)
    for lang in LANGS:
        p.add_argument(f"--{lang}", help=f"approved {lang} form")
        p.add_argument(f"--{lang}-variants", metavar="A|B", help=f"accepted {lang} variants, |-separated")
        p.add_argument(f"--{lang}-forbidden", metavar="A|B", help=f"forbidden {lang} forms, |-separated")
    p.add_argument("--note")
    p.add_argument("--expect-version", type=int, metavar="N",
                   help="shared glossary: refuse the edit if the entry is no longer version N")
    p.set_defaults(handler=cmd_edit)

    p = gsub.add_parser("delete", parents=[glossary_opt], help="delete entry ID")
    p.add_argument("id", type=entry_id)
    p.add_argument("--expect-version", type=int, metavar="N",
                   help="shared glossary: refuse if the entry is no longer version N")
    p.set_defaults(handler=cmd_delete)

    p = gsub.add_parser("history", parents=[glossary_opt], help="who changed entry ID, when, and how (shared glossary)")
    p.add_argument("id", type=entry_id)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_history)

    p = gsub.add_parser("match", parents=[glossary_opt], help="recognise glossary terms in TEXT")
    p.add_argument("--lang", required=True, choices=LANGS)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("text")
    p.set_defaults(handler=cmd_match)

    p = sub.add_parser("name", help="propose Pinyin and Palladius forms of a Chinese personal name")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_name)
