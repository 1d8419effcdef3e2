"""Every way into the glossary (add, edit, import, merge into an existing entry or an earlier row) validates alike:
oversized forms, too many forms and control, bidi or zero-width characters are refused with a clear reason and
the glossary is left as it was; nothing that got in anyway makes matching crash or the terminal obey."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.glossary.model import Tenure
from desktop_app.formats.glossary_common import make_entry
from desktop_app.services.glossary import import_glossary, plan_import
from desktop_app.storage.glossary_store import (
    GlossaryStore,
    GlossaryValidationError,
    default_glossary_path,
)

REPO = Path(__file__).resolve().parent.parent
CONTROLS = ["\x1b[2J\x1b[H", "\x1b]0;owned\x07", "\x07", "\x00", "\x7f", "\x9b31m", "\x08\x08", "\r"]
BIDI_AND_ZERO_WIDTH = ["\u202e", "\u2066", "\u200f", "\u200b", "\u2060", "\ufeff", "\u00ad"]


def snapshot(path: Path) -> list[tuple]:  # type: ignore[type-arg]
    """Every entry row of the glossary at `path` as stored (the update time left out)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select id, category, zh, en, ru, variants, forbidden, note, source, valid_from, "
                            "valid_to from entries order by id").fetchall()
    finally:
        conn.close()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def cli(*argv: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process, so a crash (SIGSEGV) shows as a return code."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PRESSDESK_DATA_DIR": str(env_dir)}
    return subprocess.run([sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True, env=env,
                          check=False)


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    with GlossaryStore.open(default_glossary_path(data_dir)) as opened:
        yield opened


# -- merges are validated like new entries --------------------------------------------------------------------


def test_a_csv_row_merging_a_huge_variant_into_an_entry_is_skipped_and_matching_still_works(
        store: GlossaryStore, data_dir: Path, tmp_path: Path) -> None:
    before = snapshot(store.path)
    huge = " ".join(f"delegate{i}" for i in range(60_000))
    source = write_csv(tmp_path / "merge.csv", [["category", "en", "en_variants", "ru_forbidden"],
                                                ["organization", "Communist Party of China", huge, ""]])
    plan = plan_import(store, source)
    assert plan.added == [] and plan.updated == []
    assert len(plan.skipped) == 1 and "not merged into #" in plan.skipped[0][1] and "at most 500" in plan.skipped[0][1]
    import_glossary(store, source)
    assert snapshot(store.path) == before
    done = cli("glossary", "match", "--lang", "en", "--json", "The Communist Party of China met.", env_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert [h["text"] for h in json.loads(done.stdout)] == ["Communist Party of China"]


def test_a_tbx_merging_a_megabyte_forbidden_form_is_skipped(store: GlossaryStore, tmp_path: Path) -> None:
    before = snapshot(store.path)
    source = tmp_path / "merge.tbx"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>'
        '<conceptEntry id="x"><langSec xml:lang="ru"><termSec><term>Российская Федерация</term></termSec>'
        '<termSec><term>' + "Россия " * 150_000 + '</term><termNote type="administrativeStatus">'
        'deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry></body></text></tbx>', encoding="utf-8")
    report = import_glossary(store, source)
    assert (report.added, report.updated) == (0, 0)
    assert "a form of 1,049,999 characters" in report.skipped[0][1]
    assert snapshot(store.path) == before


def test_a_merge_into_an_earlier_row_of_the_same_file_is_validated(store: GlossaryStore, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "twins.csv", [
        ["category", "en", "ru", "ru_variants", "note"],
        ["term", "Quantum Teapot Office", "Бюро квантовых чайников", "", "first"],
        ["term", "Quantum Teapot Office", "", "Бюро " + "очень " * 200 + "квантовых чайников", ""],
        ["term", "Quantum Teapot Office", "", "Бюро\x1b[8mквантовых чайников", ""],
    ])
    report = import_glossary(store, source)
    assert report.added == 1
    assert [reason.split(":")[0] for _, reason in report.skipped] == [
        "same term as an earlier entry, not merged into it"] * 2
    added = store.search("Quantum Teapot Office")[0]
    assert added.variants["ru"] == () and added.note == "first"


def test_merges_cannot_pile_up_more_than_a_hundred_forms(store: GlossaryStore, tmp_path: Path) -> None:
    entry = store.search("Jinhua", category="place")[0]
    room = 100 - len(list(entry.surface_forms("en")))
    rows = [["category", "en", "en_variants"]] + [["place", "Jinhua", f"Jinhua City No. {i}"] for i in range(120)]
    report = import_glossary(store, write_csv(tmp_path / "many.csv", rows))
    merged = store.search("Jinhua", category="place")[0]
    assert report.updated == 1
    assert len(list(merged.surface_forms("en"))) == 100
    assert merged.variants["en"][-1] == f"Jinhua City No. {room - 1}"
    assert sum("at most 100" in reason for _, reason in report.skipped) == 120 - room


def test_the_store_refuses_an_invalid_entry_in_an_import_and_writes_nothing(store: GlossaryStore) -> None:
    before = snapshot(store.path)
    entry = store.search("Jinhua", category="place")[0]
    bloated = replace(entry, variants={**entry.variants, "en": ("x" * 5_000,)})
    fine = make_entry({"en": "Ministry of Silly Walks"})
    with pytest.raises(GlossaryValidationError, match="at most 500"):
        store.apply_import([fine], [bloated], "direct")
    assert snapshot(store.path) == before
    assert store.imports() == []


def test_a_database_that_already_holds_a_huge_form_still_matches(data_dir: Path) -> None:
    path = default_glossary_path(data_dir)
    GlossaryStore.open(path).close()
    conn = sqlite3.connect(path)
    with conn:  # written by an older PressDesk or another tool: no validation on the way
        conn.execute("update entries set variants = ? where en = 'Jinhua'",
                     [json.dumps({"en": [" ".join(["Jinhua"] * 250_000)]})])
    conn.close()
    for lang, text in (("en", "Jinhua welcomed the guests."), ("zh", "金华欢迎客人。")):
        done = cli("glossary", "match", "--lang", lang, "--json", text, env_dir=data_dir)
        assert done.returncode == 0, done.stderr
        assert len(json.loads(done.stdout)) == 1


# -- control, bidi and zero-width characters ------------------------------------------------------------------


@pytest.mark.parametrize("bad", CONTROLS + BIDI_AND_ZERO_WIDTH, ids=lambda c: f"U+{ord(c[0]):04X}")
@pytest.mark.parametrize("option", ["--en", "--ru-variants", "--zh-forbidden"])
def test_glossary_add_refuses_control_and_invisible_characters(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                               bad: str, option: str) -> None:
    main(["glossary", "list"])
    capsys.readouterr()
    before = snapshot(default_glossary_path(data_dir))
    code = main(["glossary", "add", "--category", "term", "--en", "Office of Tea", option, f"Office{bad}of Tea"])
    out, err = capsys.readouterr()
    if option == "--en" and bad.isspace():  # approved forms have their white space folded: nothing left to refuse
        assert code == 0 and snapshot(default_glossary_path(data_dir))[-1][3] == "Office of Tea"
        return
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "control character" in err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert snapshot(default_glossary_path(data_dir)) == before


@pytest.mark.parametrize("bad", ["\x1b]2;x\x07", "\x00", "\u202e", "\x85"], ids=repr)
def test_a_note_or_source_with_a_control_character_is_refused_but_line_breaks_and_tabs_are_kept(
        store: GlossaryStore, bad: str) -> None:
    for field in ("note", "source"):
        with pytest.raises(GlossaryValidationError, match=f"the {field} contains"):
            store.add(replace(make_entry({"en": "Bureau of Kettles"}), **{field: f"see{bad}here"}))
    stored = store.add(make_entry({"en": "Bureau of Kettles"}, note="line one\nline\ttwo"))
    assert store.entry(stored.id).note == "line one\nline\ttwo"


def test_editing_an_entry_into_a_control_character_is_refused_and_it_stays_as_it_was(store: GlossaryStore) -> None:
    entry = store.search("Jinhua", category="place")[0]
    before = snapshot(store.path)
    for form in ("Jin\x1bhua", "Jinhua\u202e", "Jin\u200bhua"):
        with pytest.raises(GlossaryValidationError, match="control character"):
            store.update(replace(entry, forms={**entry.forms, "en": form}))
    assert snapshot(store.path) == before


@pytest.mark.parametrize("kind", ["csv", "tbx", "omegat"])
def test_imports_skip_rows_with_control_characters_new_or_merged(store: GlossaryStore, tmp_path: Path,
                                                                kind: str) -> None:
    before = snapshot(store.path)
    if kind == "csv":
        source = write_csv(tmp_path / "bad.csv", [["category", "en", "ru", "en_variants"],
                                                   ["term", "Tea\x1b[31m Board", "Чайный совет", ""],
                                                   ["place", "Jinhua", "", "Jin\x07hua"]])
    elif kind == "tbx":  # XML 1.0 cannot hold C0 controls, but C1 controls and bidi characters are well-formed
        source = tmp_path / "bad.tbx"
        source.write_text('<?xml version="1.0" encoding="UTF-8"?><martif type="TBX"><text><body>'
                          '<termEntry><langSet xml:lang="en"><tig><term>Tea\u009b31m Board</term></tig></langSet>'
                          '</termEntry><termEntry><langSet xml:lang="en"><tig><term>Jinhua</term></tig>'
                          '<tig><term>Jin\u202ehua</term></tig></langSet></termEntry></body></text></martif>',
                          encoding="utf-8")
    else:
        source = tmp_path / "bad.txt"
        source.write_text("Tea\x1b]0;x\x07 Board\tЧайный совет\nJinhua\tЦзинь\u2066хуа\n", encoding="utf-8")
    report = import_glossary(store, source)
    assert (report.added, report.updated) == (0, 0)
    assert len(report.skipped) == 2 and all("control character" in reason for _, reason in report.skipped)
    assert snapshot(store.path) == before


def test_glossary_list_search_and_match_never_print_raw_escapes(capsys: pytest.CaptureFixture[str],
                                                                data_dir: Path) -> None:
    path = default_glossary_path(data_dir)
    GlossaryStore.open(path).close()
    conn = sqlite3.connect(path)
    with conn:  # planted by another tool: validation never saw it
        conn.execute("update entries set en = ?, category = ? where en = 'Jinhua'",
                     ["Jin\x1b]0;owned\x07hua\u202e", "place\x1b[2J"])
    conn.close()
    for argv in (["glossary", "list"], ["glossary", "search", "Jin"], ["glossary", "match", "--lang", "zh", "金华"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "Jin\\x1b]0;owned\\x07hua\\u202e" in out
        assert not any(c in out for c in "\x1b\x07\u202e")
    plant_c1 = sqlite3.connect(path)
    with plant_c1:
        plant_c1.execute("update entries set note = ? where en like 'Jin%'", ["\x9b2J\u2067\U000e0041"])
    plant_c1.close()
    for argv in (["glossary", "list", "--json"], ["glossary", "match", "--lang", "zh", "--json", "金华"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\x1b\x07\x9b\u202e\u2067\U000e0041")
        if argv[1] == "list":
            listed = next(e for e in json.loads(out) if e["category"] == "place\x1b[2J")
            assert (listed["en"], listed["note"]) == ("Jin\x1b]0;owned\x07hua\u202e", "\x9b2J\u2067\U000e0041")


def test_a_tenure_note_with_a_control_character_is_refused(store: GlossaryStore) -> None:
    person = store.search("Qian Hongshan")[0]
    title = next(e for e in store.entries() if e.category == "title")
    before = store.tenures()
    with pytest.raises(GlossaryValidationError, match="control character U\\+001B ESCAPE"):
        store.add_tenure(Tenure(person.id, title.id, "2023", None, "acting\x1b[8m"))
    assert store.tenures() == before


def test_a_hostile_file_name_is_printed_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = write_csv(tmp_path / "terms\x1b]0;owned\x07.csv", [["en", "ru"], ["Tea Board", "Чайный совет"]])
    assert main(["glossary", "import", str(source)]) == 0
    assert main(["glossary", "undo-import"]) == 0
    assert main(["glossary", "export", str(tmp_path / "out\u202ecsv.tbx")]) == 0
    out = capsys.readouterr().out
    assert "terms\\x1b]0;owned\\x07.csv" in out and "out\\u202ecsv.tbx" in out
    assert not any(c in out for c in "\x1b\x07\u202e")


@pytest.mark.parametrize("bad", ["\uffff", "\ufffe", "\ufdd0"], ids=lambda c: f"U+{ord(c):04X}")
def test_noncharacters_are_refused_on_add_and_import_so_every_export_stays_valid_xml(
        store: GlossaryStore, tmp_path: Path, bad: str) -> None:
    before = snapshot(store.path)
    with pytest.raises(GlossaryValidationError, match=f"U\\+{ord(bad):04X}, a code point that is not a character"):
        store.add(make_entry({"en": f"Office{bad}of Tea"}))
    with pytest.raises(GlossaryValidationError, match="not a character"):
        store.add(make_entry({"en": "Office of Tea"}, note=f"see{bad}"))
    source = write_csv(tmp_path / "bad.csv", [["category", "en", "en_variants"], ["term", f"Tea{bad} Board", ""],
                                               ["place", "Jinhua", f"Jin{bad}hua"]])
    report = import_glossary(store, source)
    assert (report.added, report.updated, len(report.skipped)) == (0, 0, 2)
    assert snapshot(store.path) == before


DAMAGED_ROWS = {
    "variants-not-json": "update entries set variants = 'not json' where en = 'Jinhua'",
    "variants-a-list": "update entries set variants = '[1, 2]' where en = 'Jinhua'",
    "variants-a-number": "update entries set variants = '{\"en\": 5}' where en = 'Jinhua'",
    "forbidden-not-text": "update entries set forbidden = '{\"en\": [5, null]}' where en = 'Jinhua'",
    "form-a-blob": "update entries set ru = x'ff00' where en = 'Jinhua'",
    "note-a-blob": "update entries set note = x'00' where en = 'Jinhua'",
    "category-a-number": "update entries set category = 5 where en = 'Jinhua'",
}


@pytest.mark.parametrize("damage", sorted(DAMAGED_ROWS))
def test_a_row_damaged_by_another_tool_does_not_stop_the_glossary(damage: str, data_dir: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = default_glossary_path(data_dir)
    GlossaryStore.open(path).close()
    conn = sqlite3.connect(path)
    with conn:  # a shared glossary edited with another tool
        conn.execute(DAMAGED_ROWS[damage])
    conn.close()
    project = tmp_path / "release.pressdesk"
    assert main(["new", "--sample", str(project)]) == 0
    for argv in (["glossary", "list"], ["glossary", "list", "--json"], ["glossary", "search", "Jinhua"],
                 ["glossary", "match", "--lang", "en", "Sergei Mironov met in Jinhua."],
                 ["glossary", "export", str(tmp_path / "out.tbx")], ["qa", str(project)]):
        assert main(argv) in (0, 1), argv
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "Sergei Mironov" in captured.out  # the other entries still work
