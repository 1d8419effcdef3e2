"""Attacks of kinds the earlier rounds did not try: a translation-memory file whose header holds millions of
properties (every parsed element stayed in memory: 1.5 GB for 69 MB), a translation unit of millions of elements,
and a settings file whose author, closing mark or font names are megabytes long (carried into every export).

Each case runs the real code on real files built here: the input is read in little memory or refused with one
line (exit 2, no traceback), and a refused input changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx_packages import package, save, texts, wp, wr
from test_attacks_fresh import REPO, digests, refused_in_one_line, run_cli, sample_project, succeeded

from desktop_app.formats.docx_reader import MAX_PARAGRAPH_ELEMENTS
from desktop_app.formats.glossary_common import MAX_ENTRY_ELEMENTS
from desktop_app.formats.tmx import MAX_UNIT_ELEMENTS, iter_tmx
from desktop_app.settings import MAX_CHARS, Settings

UNIT = '<tu><tuv xml:lang="en"><seg>The talks went well.</seg></tuv><tuv xml:lang="ru"><seg>Переговоры прошли ' \
       'хорошо.</seg></tuv></tu>'

# Reads a TMX file in a child process and prints its units and the child's peak resident memory in MB.
PEAK_CHILD = """
import sys
from desktop_app.formats.tmx import iter_tmx
units = sum(1 for _ in iter_tmx(sys.argv[1]))
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) // 1024
print(units, peak)
"""


def _tmx(path: Path, header: str = "", body: str = UNIT) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f'<?xml version="1.0"?><tmx version="1.4"><header srclang="en" creationtool="t">{header}</header>'
                 f"<body>{body}</body></tmx>")
    return path


def _peak(path: Path) -> tuple[int, int]:
    result = subprocess.run([sys.executable, "-c", PEAK_CHILD, str(path)], capture_output=True, text=True, cwd=REPO,
                            check=True)
    units, peak = result.stdout.split()
    return int(units), int(peak)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_a_memory_file_whose_header_holds_a_million_properties_is_read_in_little_memory(tmp_path: Path) -> None:
    """The header's properties stayed parsed until the end of the file: 1.5 GB for 69 MB of them."""
    tmx = _tmx(tmp_path / "props.tmx", header='<prop type="x-a">b</prop>' * 1_500_000)
    units, peak = _peak(tmx)
    assert units == 1
    assert peak < 200, f"{peak} MB for a {tmx.stat().st_size / 1e6:.0f} MB file"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_notes_between_units_are_not_kept_in_memory(tmp_path: Path) -> None:
    tmx = _tmx(tmp_path / "notes.tmx", body=UNIT + "<note>n</note>" * 1_500_000 + UNIT)
    units, peak = _peak(tmx)
    assert units == 2
    assert peak < 200, f"{peak} MB for a {tmx.stat().st_size / 1e6:.0f} MB file"


def test_a_translation_unit_of_a_million_elements_is_refused_and_the_memory_stays(data_dir: Path,
                                                                                   tmp_path: Path) -> None:
    succeeded(run_cli("tm", "import", str(_tmx(tmp_path / "good.tmx"))))
    before = digests(data_dir / "memory.sqlite")
    unit = '<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv>' + "<note>n</note>" * 1_000_000 + "</tu>"
    message = refused_in_one_line(run_cli("tm", "import", str(_tmx(tmp_path / "wide.tmx", body=unit))))
    assert "wide.tmx" in message and f"{MAX_UNIT_ELEMENTS:,} elements" in message
    assert digests(data_dir / "memory.sqlite") == before


def test_a_unit_whose_segment_is_full_of_inline_codes_still_reads(tmp_path: Path) -> None:
    """A real segment carries tens of codes; a few thousand (a table pasted as one segment) are still a unit."""
    seg = "".join(f'word {i} <ph x="{i}">&lt;b/&gt;</ph>' for i in range(3_000))
    body = f'<tu><prop type="x">p</prop><note>n</note><tuv xml:lang="en"><seg>{seg}</seg></tuv>' \
           '<tuv xml:lang="ru"><seg>Слово.</seg></tuv></tu>' + UNIT
    units = list(iter_tmx(_tmx(tmp_path / "codes.tmx", header='<prop type="x">y</prop>' * 10, body=body)))
    assert [len(u.variants) for u in units] == [2, 2]
    assert units[0].variants[0].text.startswith("word 0 word 1 ")
    assert units[1].variants[1].text == "Переговоры прошли хорошо."


def test_an_omegat_header_is_still_recognised_before_its_properties(tmp_path: Path) -> None:
    """OmegaT's tag shortcuts are removed only in its files: the header is read when it opens."""
    tmx = tmp_path / "omegat.tmx"
    tmx.write_text('<tmx version="1.4"><header creationtool="OmegaT" srclang="en"><prop type="x">y</prop></header>'
                   '<body><tu><tuv xml:lang="en"><seg>&lt;b0&gt;Bold&lt;/b0&gt; text.</seg></tuv>'
                   '<tuv xml:lang="ru"><seg>Текст.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    assert [v.text for v in next(iter_tmx(tmx)).variants] == ["Bold text.", "Текст."]


# -- settings that every export would carry --------------------------------------------------------------------

def _export_with(settings: dict, data_dir: Path, tmp_path: Path) -> docx.document.Document:
    (data_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    project = sample_project(tmp_path / "release.pressdesk")
    out = tmp_path / "out.docx"
    succeeded(run_cli("export", str(project), "--lang", "en", "-o", str(out)))
    return docx.Document(str(out))


def test_settings_longer_than_word_keeps_give_their_defaults_and_stay_out_of_exports(data_dir: Path,
                                                                                    tmp_path: Path) -> None:
    hostile = {"author": "A" * 100_000, "end_mark": "#" * 500_000, "fonts": {"en": "F" * 200_000}}
    (data_dir / "settings.json").write_text(json.dumps(hostile), encoding="utf-8")
    settings = Settings.load(data_dir)
    assert (settings.author, settings.end_mark, settings.fonts["en"]) == ("", "###", "Times New Roman")
    document = _export_with(hostile, data_dir, tmp_path)
    assert document.core_properties.author == ""
    assert document.paragraphs[-1].text == "###"
    assert not any(len(text) > 1_000 for p in document.paragraphs for text in (p.text, *(r.font.name or ""
                                                                                        for r in p.runs)))


def test_settings_at_word_limits_are_kept(data_dir: Path, tmp_path: Path) -> None:
    font = "F" * MAX_CHARS["fonts"]
    kept = {"author": "Ж" * MAX_CHARS["author"], "end_mark": "-30-", "fonts": {"en": font}}
    document = _export_with(kept, data_dir, tmp_path)
    assert document.core_properties.author == "Ж" * 255
    assert document.paragraphs[-1].text == "-30-"
    assert font in {r.font.name for p in document.paragraphs for r in p.runs} | {document.styles["Normal"].font.name}


# -- glossary entries of millions of elements ------------------------------------------------------------------

def _tbx_entry(extra: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><martif type="TBX"><text><body><termEntry id="flood">'
            '<langSet xml:lang="en"><tig><term>Flood Control Commission</term></tig></langSet>'
            f'<langSet xml:lang="ru"><tig><term>Комиссия по борьбе с наводнениями</term></tig></langSet>{extra}'
            "</termEntry></body></text></martif>")


def _mtf_entry(extra: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><mtf><conceptGrp><concept>1</concept><languageGrp>'
            '<language type="English" lang="EN"/><termGrp><term>Flood Control Commission</term></termGrp>'
            '</languageGrp><languageGrp><language type="Russian" lang="RU"/><termGrp><term>Комиссия по борьбе с '
            f"наводнениями</term></termGrp></languageGrp>{extra}</conceptGrp></mtf>")


@pytest.mark.parametrize(("suffix", "build"), [(".tbx", _tbx_entry), (".xml", _mtf_entry)])
def test_a_glossary_entry_of_hundreds_of_thousands_of_elements_is_refused_and_the_glossary_stays(
        suffix: str, build, data_dir: Path, tmp_path: Path) -> None:
    """Every entry is read in several passes over its elements: one of 2.4 million notes took 25 s and went in."""
    path = tmp_path / f"names{suffix}"
    path.write_text(build("<note>n</note>" * 300_000), encoding="utf-8")
    succeeded(run_cli("glossary", "search", "Mironov"))  # the glossary exists before the import
    before = digests(data_dir)
    message = refused_in_one_line(run_cli("glossary", "import", str(path)))
    assert path.name in message and f"{MAX_ENTRY_ELEMENTS:,} XML elements" in message
    assert ("entry flood" if suffix == ".tbx" else "entry 1") in message  # as the file names it
    assert digests(data_dir) == before


@pytest.mark.parametrize(("suffix", "build"), [(".tbx", _tbx_entry), (".xml", _mtf_entry)])
def test_a_glossary_entry_with_hundreds_of_notes_still_imports(suffix: str, build, data_dir: Path,
                                                               tmp_path: Path) -> None:
    path = tmp_path / f"names{suffix}"
    path.write_text(build("<note>n</note>" * 500), encoding="utf-8")
    succeeded(run_cli("glossary", "import", str(path)))
    found = run_cli("glossary", "search", "Flood Control Commission")
    assert "Комиссия по борьбе с наводнениями" in found.stdout


# -- autosaves another program wrote -----------------------------------------------------------------------------

@pytest.mark.parametrize("payload", ["[" * 200_000, 5, b"\x00" * 10, '{"title": "x"}', "null"],
                         ids=["nested-200000-deep", "a-number", "bytes", "no-segments", "null"])
def test_an_autosave_another_program_wrote_is_not_offered_and_the_project_opens(payload: object,
                                                                                 tmp_path: Path) -> None:
    from desktop_app.storage.project_store import ProjectStore

    project = sample_project(tmp_path / "release.pressdesk")
    with sqlite3.connect(project) as conn:
        conn.execute("insert into recovery (id, saved_at, payload) values (1, '2026-01-01T00:00:00', ?)", (payload,))
    conn.close()
    store = ProjectStore.open(project)
    try:
        assert store.read_recovery() is None
        assert store.load().segments  # the saved release itself is there
    finally:
        store.close()


# -- a Word paragraph of millions of runs ------------------------------------------------------------------------

def test_a_paragraph_of_more_elements_than_any_release_has_is_refused_and_the_project_stays(data_dir: Path,
                                                                                          tmp_path: Path) -> None:
    """One paragraph of 2.5 million empty runs (a 60 MB part) took 50 s and 970 MB, and was imported."""
    runs = "".join(f'<w:r w:rsidR="{i:08X}"/>' for i in range(MAX_PARAGRAPH_ELEMENTS))
    document = save(tmp_path / "runs.docx", package(wp(wr("Headline.")) + wp(runs, wr("The end."))))
    project = sample_project(tmp_path / "release.pressdesk")
    before = digests(project)
    message = refused_in_one_line(run_cli("import", "--lang", "en", str(project), str(document)))
    assert "runs.docx" in message and f"paragraph 2 holds more than {MAX_PARAGRAPH_ELEMENTS:,} elements" in message
    assert digests(project) == before


def test_a_paragraph_of_thousands_of_runs_still_reads(tmp_path: Path) -> None:
    """Tracked changes and spell-check marks split a long paragraph into thousands of runs."""
    runs = [wr(f"word{i} ") for i in range(5_000)]
    document = save(tmp_path / "long.docx", package(wp(wr("Headline.")) + wp(*runs)))
    assert texts(document) == ["Headline.", "".join(f"word{i} " for i in range(5_000)).strip()]


# -- a data folder that is a link to nowhere ---------------------------------------------------------------------

@pytest.mark.parametrize("target", ["itself", "missing"])
def test_a_data_folder_that_is_a_link_to_nowhere_is_told_as_such(target: str, tmp_path: Path) -> None:
    """A link in a loop (or to a removed folder) was reported as "cannot be created (File exists)"."""
    link = tmp_path / "data"
    link.symlink_to(link if target == "itself" else tmp_path / "removed")
    message = refused_in_one_line(run_cli("--data-dir", str(link), "glossary", "list"))
    assert "a link that leads to no folder" in message
    assert not (tmp_path / "removed").exists()
