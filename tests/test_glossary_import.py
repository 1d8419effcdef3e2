"""Glossary import and export: every real file imports or is refused cleanly; hostile TBX reads nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import needs_realdata, realdata_files, seed_entry_count
from desktop_app.formats.errors import FormatError
from desktop_app.formats.tbx import read_tbx
from desktop_app.services.glossary import (
    export_glossary,
    import_glossary,
    plan_import,
    read_glossary_file,
    undo_import,
)
from desktop_app.storage.glossary_store import GlossaryStore

REAL_FILES = realdata_files("tbx", "*.tbx") + realdata_files("glossary", "*.*")


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with GlossaryStore.open(tmp_path / "g.sqlite") as s:
        yield s


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@needs_realdata
@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_every_real_glossary_file_imports_or_is_refused_cleanly(store: GlossaryStore, path: Path) -> None:
    before = fingerprint(store.path)
    count = store.count()
    try:
        plan = plan_import(store, path)
    except FormatError as exc:
        assert path.name.split(".")[0] in str(exc) or path.name in str(exc)
        assert fingerprint(store.path) == before and store.count() == count
        return
    report = import_glossary(store, path)
    assert store.count() == count + report.added
    assert report.added == len(plan.added) and report.updated == len(plan.updated)
    for entry in store.entries()[count:]:
        assert any(entry.forms.values())
    undo_import(store)
    assert store.count() == count


@needs_realdata
@pytest.mark.parametrize(("name", "langs", "minimum"), [
    ("weblate_glossary_en-ru.tbx", ("en", "ru"), 300),
    ("weblate_glossary_en-zh_Hant.tbx", ("zh", "en"), 380),
    ("ltac_basic_good.tbx", ("en",), 39),
    ("microsoft_termcollection_en-US_ug-CN_3MB.tbx", ("en",), 5000),
    ("loginom_omegat_glossary_ru-en.txt", ("en", "ru"), 400),
    ("kaiyuanshe_glossary_zh-en_RECONSTRUCTED.csv", ("zh", "en"), 200),
    ("glossarybot_en-ru_windtunnel.csv", ("en", "ru"), 150),
])
def test_real_files_bring_their_terms(name: str, langs: tuple[str, ...], minimum: int) -> None:
    (path,) = [p for p in REAL_FILES if p.name == name]
    read = read_glossary_file(path)
    assert read.languages == langs and len(read.entries) >= minimum


@needs_realdata
def test_traditional_tbx_is_stored_in_simplified_with_the_original_as_variant() -> None:
    (path,) = [p for p in REAL_FILES if p.name == "weblate_glossary_en-zh_Hant.tbx"]
    entry = next(e for e in read_tbx(path).entries if e.forms["en"] == "source string")
    assert entry.forms["zh"] == "来源字串" and "來源字串" in entry.variants["zh"]


@needs_realdata
@pytest.mark.parametrize("name", ["BAD_heartsome_ImportTBXTest0_empty.tbx", "ltac_poorly_formed_xml.tbx",
                                  "MALFORMED_lokalize_terms_en-US_zh-CN_coreutils.tbx", "omegat_empty.txt",
                                  "okapi_press-release_multiline.csv", "omegat_glossary_zh-ja_SPACES.txt"])
def test_broken_files_are_refused_with_a_reason(store: GlossaryStore, name: str) -> None:
    (path,) = [p for p in REAL_FILES if p.name == name]
    before = fingerprint(store.path)
    with pytest.raises(FormatError) as info:
        import_glossary(store, path)
    assert name in str(info.value) and len(str(info.value)) > len(name) + 10
    assert fingerprint(store.path) == before


def test_xxe_tbx_reads_no_file(tmp_path: Path, store: GlossaryStore) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    evil = tmp_path / "xxe.tbx"
    evil.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
<martif type="TBX"><text><body>
<termEntry><langSet xml:lang="en"><tig><term>leak &xxe; &remote;</term></tig></langSet>
<langSet xml:lang="ru"><tig><term>утечка</term></tig></langSet></termEntry>
</body></text></martif>""")
    try:
        read = read_tbx(evil)
    except FormatError:
        return  # refusing the file is as good as ignoring the entity
    texts = [f for e in read.entries for f in e.forms.values()]
    assert not any("TOP-SECRET" in t for t in texts)
    import_glossary(store, evil)
    assert store.search("TOP-SECRET") == []


def test_billion_laughs_tbx_does_not_expand(tmp_path: Path) -> None:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE martif [{''.join(levels)}]>
<martif type="TBX"><text><body>
<termEntry><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="en"><tig><term>safe</term></tig></langSet></termEntry>
</body></text></martif>""")
    try:
        read = read_tbx(bomb)
    except FormatError:
        return
    assert all(len(f) < 1000 for e in read.entries for f in e.forms.values())
    assert [e.forms["en"] for e in read.entries] == ["safe"]


def test_tbx_v3_statuses_become_approved_variant_and_forbidden(tmp_path: Path) -> None:
    path = tmp_path / "v3.tbx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><descrip type="subjectField">organization</descrip>
 <langSec xml:lang="en">
  <termSec><term>CCP</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
  <termSec><term>CPC</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
  <termSec><term>Communist Party of China</term>
   <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
 </langSec>
 <langSec xml:lang="zh-CN"><termSec><term>中国共产党</term></termSec></langSec>
</conceptEntry></body></text></tbx>""", encoding="utf-8")
    (entry,) = read_tbx(path).entries
    assert entry.category == "organization"
    assert entry.forms["en"] == "Communist Party of China" and entry.forms["zh"] == "中国共产党"
    assert entry.variants["en"] == ("CPC",) and entry.forbidden["en"] == ("CCP",)


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_export_then_import_into_an_empty_glossary_round_trips(store: GlossaryStore, tmp_path: Path,
                                                               suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    assert export_glossary(store, out) == seed_entry_count()
    with GlossaryStore.open(tmp_path / "empty.sqlite", seed=False) as empty:
        report = import_glossary(empty, out)
        assert report.added == seed_entry_count() and report.skipped == ()
        strip = [(e.category, e.forms, e.variants, e.short_forms, e.forbidden, e.note, e.source)
                 for e in empty.entries()]
    assert strip == [(e.category, e.forms, e.variants, e.short_forms, e.forbidden, e.note, e.source)
                     for e in store.entries()]


def test_omegat_export_and_reimport_merges_into_existing_entries(store: GlossaryStore, tmp_path: Path) -> None:
    out = tmp_path / "glossary.txt"
    export_glossary(store, out, source_lang="en", target_lang="ru")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("State Duma\tГосударственная дума\t") for line in lines)
    plan = plan_import(store, out)
    assert plan.added == [] and plan.updated == []


def test_import_preview_reports_added_updated_and_skipped_then_undo_restores(store: GlossaryStore,
                                                                             tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text("category,zh,en,ru,zh_variants,en_variants,ru_variants,zh_forbidden,en_forbidden,ru_forbidden,"
                    "note\n"
                    "person,钱明远,Qian Mingyuan,Цянь Минъюань,,,,,,,\n"
                    "place,金华,Jinhua,Цзиньхуа,,Jinhua Prefecture,,,,,\n"
                    "country,中华人民共和国,People's Republic of China,Китайская Народная Республика,,,,,,,\n"
                    "animal,熊猫,Panda,Панда,,,,,,,\n"
                    "term,,,,,,,,,,\n", encoding="utf-8")
    before = {e.id: e for e in store.entries()}
    plan = plan_import(store, path)
    assert store.count() == seed_entry_count()  # a preview writes nothing
    assert [e.forms["en"] for e in plan.added] == ["Qian Mingyuan"]
    assert [(b.forms["en"], a.variants["en"]) for b, a in plan.updated] == [("Jinhua", ("Jinhua City",
                                                                                      "Jinhua Prefecture"))]
    reasons = " ".join(r for _, r in plan.skipped)
    assert "already in the glossary" in reasons and "unknown category" in reasons and "no approved form" in reasons
    report = import_glossary(store, path)
    assert (report.added, report.updated) == (1, 1)
    undo_import(store, report.import_id)
    assert {e.id: e for e in store.entries()} == before
