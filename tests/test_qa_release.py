"""QA over whole releases: the sample is clean, seeded errors in a copy are all found, ignoring persists, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from qa_helpers import SAMPLE_FORBIDDEN, clean_sample

from desktop_app.cli import main
from desktop_app.domain.qa.findings import Kind
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Status, imported_cell
from desktop_app.services.glossary_service import GlossarySnapshot
from desktop_app.services.importing import sample_release
from desktop_app.services.qa import run_qa
from desktop_app.storage.glossary_store import GlossaryStore
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent
PRECISION_KINDS = {Kind.NUMBER, Kind.TERM, Kind.FORBIDDEN, Kind.TITLE}


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GlossarySnapshot]:
    with GlossaryStore.open(tmp_path_factory.mktemp("glossary") / "glossary.sqlite") as store:
        yield GlossarySnapshot.from_store(store)


def test_the_samples_one_finding_is_its_forbidden_form(glossary: GlossarySnapshot) -> None:
    report = run_qa(sample_release(), glossary=glossary)
    found = [(f.segment_index, f.lang, f.kind, f.args.get("text")) for f in report.findings
             if f.kind in PRECISION_KINDS]
    assert found == [(3, "en", Kind.FORBIDDEN, SAMPLE_FORBIDDEN[0])]
    assert report.errors == 1, [f.message for f in report.findings]
    assert run_qa(clean_sample(), glossary=glossary).errors == 0


def _replace(release: Release, index: int, lang: str, old: str, new: str) -> None:
    text = release.segments[index].text(lang)
    assert old in text, (index, lang, old)
    release.segments[index].cells[lang] = imported_cell(text.replace(old, new, 1))


SEEDED: list[tuple[int, str, str, str, Kind]] = [
    (0, "ru", "X Российско", "IX Российско", Kind.NUMBER),  # Roman ordinal
    (1, "ru", "20 июля", "21 июля", Kind.NUMBER),  # date
    (2, "zh", "第十届", "第九届", Kind.NUMBER),  # Chinese ordinal
    (2, "en", "Qian Hongshan", "Qian Hongsan", Kind.TERM),  # misspelt name
    (2, "zh", "浙江省人大常委会副主任刘忻", "浙江省副省长刘忻", Kind.TITLE),  # title he no longer held
    (2, "zh", "上午，", "上午,", Kind.PUNCTUATION),  # half-width comma
    (3, "en", "nine times", "eight times", Kind.NUMBER),  # number word
    (3, "zh", "2007年", "2008年", Kind.NUMBER),  # year
    (3, "ru", "«Справедливая Россия»", '"Справедливая Россия"', Kind.PUNCTUATION),  # Russian quotes
    (4, "en", "would make full use", "would make  full use", Kind.SPACING),  # doubled space
    (5, "en", "the Belt and Road Initiative", "One Belt One Road", Kind.FORBIDDEN),  # forbidden form
    (6, "en", "More than 100", "More than 1,000", Kind.NUMBER),  # approximate quantity
]


def seeded_release() -> tuple[Release, list[tuple[int, str, Kind]]]:
    release = sample_release()
    expected = []
    for index, lang, old, new, kind in SEEDED:
        _replace(release, index, lang, old, new)
        expected.append((index, lang, kind))
    # A missing Russian source line, an untranslated Russian paragraph, a truncated English one, a stale cell.
    release.segments[7].cells["ru"] = Cell()
    expected.append((7, "ru", Kind.MISSING))
    release.segments[4].cells["ru"] = release.segments[4].cells["en"]
    expected.append((4, "ru", Kind.UNTRANSLATED))
    ru = release.segments[6].text("ru")
    release.segments[6].cells["ru"] = imported_cell(ru.split(",")[0] + ".")
    expected.append((6, "ru", Kind.LENGTH))
    zh = release.segments[5].text("zh")
    release.segments[5].cells["ru"] = Cell(release.segments[5].text("ru"), Status.MACHINE,
                                           Provenance(Origin.MACHINE, "zh", zh.replace("十周年", "九周年"), "argos"))
    expected.append((5, "ru", Kind.STALE))
    return release, expected


def test_seeded_errors_are_all_found(glossary: GlossarySnapshot) -> None:
    release, expected = seeded_release()
    found = {(f.segment_index, f.lang, f.kind) for f in run_qa(release, glossary=glossary).findings}
    missed = [e for e in expected if e not in found]
    assert missed == []


def test_seeded_errors_fail_the_release_and_fixes_repair_them(glossary: GlossarySnapshot) -> None:
    release, _ = seeded_release()
    report = run_qa(release, glossary=glossary)
    assert report.errors > 0
    fixable = [f for f in report.findings if f.fix and f.kind in (Kind.TERM, Kind.FORBIDDEN, Kind.PUNCTUATION,
                                                                   Kind.SPACING)]
    assert {f.kind for f in fixable} == {Kind.TERM, Kind.FORBIDDEN, Kind.PUNCTUATION, Kind.SPACING}
    for f in fixable:
        seg = release.segments[f.segment_index]
        new = f.fix.apply(seg.text(f.lang))  # type: ignore[union-attr]
        assert new is not None
        seg.cells[f.lang] = imported_cell(new)
    after = {(f.segment_index, f.lang, f.kind, f.detail) for f in run_qa(release, glossary=glossary).findings}
    assert not any((f.segment_index, f.lang, f.kind, f.detail) in after for f in fixable)


def test_ignored_findings_persist_in_the_project(tmp_path: Path, glossary: GlossarySnapshot) -> None:
    release, _ = seeded_release()
    path = tmp_path / "seeded.pressdesk"
    ProjectStore.create(path, release).close()
    report = run_qa(release, glossary=glossary)
    victim = report.findings[0]
    with ProjectStore.open(path) as store:
        store.ignore_finding(victim.key)
    with ProjectStore.open(path) as store:
        assert store.ignored_findings() == {victim.key}
        again = run_qa(store.load(), ignored=store.ignored_findings(), glossary=glossary)
    assert victim.key not in {f.key for f in again.findings}
    assert [f.key for f in again.ignored] == [victim.key]
    assert len(again.findings) == len(report.findings) - 1
    with ProjectStore.open(path) as store:
        store.unignore_finding(victim.key)
        assert store.ignored_findings() == set()


def test_cli_qa_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.pressdesk"
    ProjectStore.create(clean, clean_sample()).close()
    assert main(["qa", str(clean), "--json"]) == 0
    assert [f for f in json.loads(capsys.readouterr().out) if f["severity"] == "error"] == []
    sample = tmp_path / "sample.pressdesk"
    assert main(["new", str(sample), "--sample"]) == 0
    capsys.readouterr()
    assert main(["qa", str(sample), "--json"]) == 1  # the sample shows newcomers one forbidden form
    assert [f["kind"] for f in json.loads(capsys.readouterr().out) if f["severity"] == "error"] == ["forbidden"]

    release, _ = seeded_release()
    bad = tmp_path / "bad.pressdesk"
    ProjectStore.create(bad, release).close()
    assert main(["qa", str(bad), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    fields = {"segment", "segment_id", "lang", "kind", "severity", "message", "message_id", "args"}
    assert rows and all(set(r) == fields for r in rows)
    assert {r["kind"] for r in rows} <= {k.value for k in Kind}
    ids = [s.id for s in release.segments]
    assert all(ids[r["segment"]] == r["segment_id"] for r in rows)
    assert {"number", "term", "forbidden", "title", "missing"} <= {r["kind"] for r in rows}

    assert main(["qa", str(bad), "--json", "--lang", "ru"]) == 1
    assert {r["lang"] for r in json.loads(capsys.readouterr().out)} == {"ru"}


def test_cli_ignore_by_key_then_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = clean_sample()
    release.segments[3].cells["en"] = imported_cell(release.segments[3].text("en").replace("nine", "eight"))
    project = tmp_path / "one.pressdesk"
    ProjectStore.create(project, release).close()
    assert main(["qa", str(project)]) == 1
    errors = [line for line in capsys.readouterr().out.splitlines() if " error " in line]
    keys = [line.rsplit("[", 1)[1].rstrip("]") for line in errors]
    assert len(keys) == 2
    assert main(["qa", str(project), "--ignore", keys[0], "--ignore", keys[1]]) == 0
    capsys.readouterr()
    assert main(["qa", str(project)]) == 0
    assert "(2 ignored)" in capsys.readouterr().out


def test_cli_in_a_subprocess_reports_usage_errors_on_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop_app", "qa", str(tmp_path / "none.pressdesk")],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
