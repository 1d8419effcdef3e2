"""Hostile parts inside otherwise valid files, timed through the real `pressdesk` command: how long the import,
export or opening takes (or its refusal), the child's peak memory, the exit code and how much it printed.

    .venv/bin/python benchmarks/bench_hostile_parts.py

The cases: a Word document whose numbering part declares a billion-laughs DTD, one whose text references an
internal entity; an export through a house template whose font table declares a DTD naming an address, and one
carrying macros; an import into a project one of whose index pages is damaged, and into one whose history
carries an index of 100 MB for every revision written; a TBX file naming 30,000
languages; and opening a sound project at the 20,000-segment limit (what checking every page costs). Round
eight added a memory file whose header holds 3 million properties (69 MB), one of a unit of 3 million notes
(45 MB), a TBX glossary of one entry of 2.4 million notes (34 MB) and a Word document one paragraph of
which holds 2.5 million empty runs. Before the round-eight limits and after (seconds / peak MB / exit): TMX header
10.9 / 1457 / 0 -> 10.3 / 37 / 0 (its one unit imported); TMX unit 11.5 / 770 / 0 -> 0.5 / 38 / 2; TBX entry 19.0 /
722 / 0 (went in as an entry) -> 4.2 / 673 / 2; paragraph of runs 14.2 / 968 / 0 (imported) -> 6.1 / 968 / 2 (the
part is still parsed whole, within the 64 MB a part may unpack to).
Each runs in its own child process (Linux) reporting its own peak RSS, as in bench_hostile_packages.py.

Measured on two shared cores (load average 5-6), before the round-seven checks and after (seconds / peak MB /
exit): laughs in numbering.xml 0.6 / 36 / 0 (imported) -> 0.3 / 36 / 2; an entity in the text 0.5 / 36 / 0 (imported
as "Hello", the rest of the paragraph lost) -> 0.4 / 33 / 2; a template with a DTD 0.3 / 45 / 0 (the DTD in the
export) -> 0.4 / 37 / 2; a template with macros 0.3 / 45 / 0 (vbaProject.bin in the export) -> 0.3 / 37 / 2; a
damaged index page 0.3 / 28 / 0 (saved on top of the damage) -> 0.2 / 28 / 2; an index of 100 MB a revision
0.4 / 220 / 0 (the project grew from 0.1 to 100.2 MB with one edited cell) -> 0.1 / 27 / 2; 30,000 languages
0.9 / 83 / 0 with 228,916 bytes of stderr -> 1.1 / 83 / 0 with 82. Opening 20,000 segments (113 MB), median of
5: 0.27 -> 0.65 s in this run; alone, back to back, 0.21-0.24 -> 0.28-0.30 s, of which `PRAGMA quick_check` is
0.07 s.
"""

from __future__ import annotations

import dataclasses
import io
import random
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from bench_hostile_packages import CHILD, word

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

# Opening a project (its checks included) five times in one child: the median, in seconds, on stdout.
OPEN_CHILD = """
import statistics, sys, time
from desktop_app.storage.project_store import ProjectStore
times = []
for _ in range(5):
    start = time.perf_counter()
    ProjectStore.open(sys.argv[1]).close()
    times.append(time.perf_counter() - start)
print(f"{statistics.median(times):.3f}")
"""
LAUGHS = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TMX_UNIT = ('<tu><tuv xml:lang="en"><seg>The talks went well.</seg></tuv><tuv xml:lang="ru"><seg>Переговоры прошли '
            "хорошо.</seg></tuv></tu>")


def run(*argv: str) -> tuple[float, int, int, int, str]:
    """Seconds, peak kB, exit code, bytes of stderr (the peak's own line left out) and its first line."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    said = "\n".join(lines[:-1])
    return seconds, int(lines[-1]), result.returncode, len(said.encode()), (lines[0] if len(lines) > 1 else "")[:90]


def laughs_in_numbering(path: Path) -> Path:
    numbering = (f'<?xml version="1.0"?>{LAUGHS}<w:numbering {W}><w:abstractNum w:abstractNumId="1"/>'
                 "</w:numbering>").encode()
    return word(path, "<w:p><w:r><w:t>Headline</w:t></w:r></w:p>", {"word/numbering.xml": numbering})


def entity_in_text(path: Path) -> Path:
    body = "<w:p><w:r><w:t>Hello &i; world, and the rest of the paragraph.</w:t></w:r></w:p>"
    word(path, body, {})
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY i "INSIDE">]>' + data
            dst.writestr(item.filename, data)
    path.write_bytes(out.getvalue())
    return path


def template(path: Path, change: Callable[[str, bytes], bytes], extra: dict[str, bytes]) -> Path:
    base = io.BytesIO()
    docx.Document().save(base)
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, change(item.filename, src.read(item)))
        for name, data in extra.items():
            dst.writestr(name, data)
    return path


def dtd_template(path: Path) -> Path:
    dtd = b'<!DOCTYPE x [<!ENTITY r SYSTEM "http://127.0.0.1:9/beacon">]>'
    return template(path, lambda name, data: data.replace(b"?>", b"?>" + dtd, 1)
                    if name == "word/fontTable.xml" else data, {})


def macro_template(path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rVba" Type="http://schemas.microsoft.com/'
                                b'office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.'
                                b'vbaProject"/></Types>')
        return data
    return template(path, change, {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macros"})


def damaged_index(path: Path) -> Path:
    ProjectStore.create(path, sample_release()).close()
    with sqlite3.connect(path) as conn:
        page = conn.execute("select rootpage from sqlite_master where name = 'sqlite_autoindex_meta_1'"
                            ).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (page - 1) * struct.unpack(">H", data[16:18])[0]
    data[start + 8:start + 300] = random.Random(0).randbytes(292)
    path.write_bytes(bytes(data))
    return path


def computing_index(path: Path) -> Path:
    """A project whose history carries an index of 100 MB for every revision written from now on."""
    ProjectStore.create(path, sample_release()).close()
    with sqlite3.connect(path) as conn:
        last = conn.execute("select max(id) from revisions").fetchone()[0]
        conn.execute(f"create index planted on revisions (zeroblob(100000000)) where id > {last}")
    conn.close()
    return path


def full_project(path: Path) -> Path:
    sample = sample_release()
    segments = [dataclasses.replace(sample.segments[2], id=f"s{i:05d}") for i in range(20_000)]
    ProjectStore.create(path, dataclasses.replace(sample, segments=segments)).close()
    return path


def languages_tbx(path: Path) -> Path:
    others = "".join(f'<langSet xml:lang="q{i}"><tig><term>t{i}</term></tig></langSet>' for i in range(30_000))
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><martif type="TBX"><text><body><termEntry id="1">'
                    '<langSet xml:lang="en"><tig><term>Flood Commission</term></tig></langSet>'
                    f'<langSet xml:lang="ru"><tig><term>Комиссия</term></tig></langSet>{others}'
                    "</termEntry></body></text></martif>", encoding="utf-8")
    return path


def tmx_header(path: Path) -> Path:
    """A memory file whose header holds three million properties, then one unit."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?><tmx version="1.4"><header srclang="en">')
        fh.write('<prop type="x">y</prop>' * 3_000_000)
        fh.write(f"</header><body>{TMX_UNIT}</body></tmx>")
    return path


def tmx_wide_unit(path: Path) -> Path:
    """A memory file of one unit holding three million notes."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu>')
        fh.write("<note>n</note>" * 3_000_000)
        fh.write(f"{TMX_UNIT[4:]}</body></tmx>")
    return path


def tbx_wide_entry(path: Path) -> Path:
    """A TBX glossary of one entry holding 2.4 million notes."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?><martif type="TBX"><text><body><termEntry id="1"><langSet xml:lang="en"><tig>'
                 "<term>Flood Commission</term></tig></langSet>")
        fh.write("<note>n</note>" * 2_400_000)
        fh.write("</termEntry></body></text></martif>")
    return path


def paragraph_of_runs(path: Path) -> Path:
    """A Word document one paragraph of which holds 2.5 million empty runs (each with its own revision id, so the
    part does not compress like a bomb)."""
    runs = "".join(f'<w:r w:rsidR="{random.Random(i).getrandbits(32):08X}"/>' for i in range(2_500_000))
    return word(path, f"<w:p><w:r><w:t>Headline</w:t></w:r></w:p><w:p>{runs}</w:p>", {})


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        data = ["--data-dir", str(base / "data")]
        project = base / "release.pressdesk"
        text = base / "text.txt"
        text.write_text("A new headline.\n", encoding="utf-8")

        def imported(build: Callable[[Path], Path], name: str) -> list[str]:
            ProjectStore.create(project, sample_release()).close()
            return [*data, "import", "--lang", "en", str(project), str(build(base / name))]

        def exported(build: Callable[[Path], Path], name: str) -> list[str]:
            ProjectStore.create(project, sample_release()).close()
            (base / "out.docx").unlink(missing_ok=True)
            return [*data, "export", str(project), "--lang", "en", "--template", str(build(base / name)),
                    "-o", str(base / "out.docx")]

        cases: list[tuple[str, Callable[[], list[str]]]] = [
            ("laughs in numbering.xml", lambda: imported(laughs_in_numbering, "laughs.docx")),
            ("entity in the text", lambda: imported(entity_in_text, "entity.docx")),
            ("template with a DTD", lambda: exported(dtd_template, "dtd.docx")),
            ("template with macros", lambda: exported(macro_template, "macros.docx")),
            ("damaged index page", lambda: [*data, "import", "--lang", "en",
                                            str(damaged_index(base / "damaged.pressdesk")), str(text)]),
            ("index of 100 MB a revision", lambda: [*data, "import", "--lang", "en",
                                                    str(computing_index(base / "index.pressdesk")), str(text)]),
            ("TBX naming 30,000 languages", lambda: [*data, "glossary", "--glossary", str(base / "g.sqlite"),
                                                     "import", str(languages_tbx(base / "langs.tbx"))]),
            ("TMX header, 3 M properties", lambda: [*data, "tm", "import", str(tmx_header(base / "props.tmx"))]),
            ("TMX unit of 3 M notes", lambda: [*data, "tm", "import", str(tmx_wide_unit(base / "notes.tmx"))]),
            ("TBX entry of 2.4 M notes", lambda: [*data, "glossary", "--glossary", str(base / "g2.sqlite"),
                                                  "import", str(tbx_wide_entry(base / "notes.tbx"))]),
            ("paragraph of 2.5 M runs", lambda: imported(paragraph_of_runs, "runs.docx")),
        ]
        print(f"{'case':<30} {'seconds':>8} {'peak MB':>8}  exit {'stderr':>9}  first line of stderr")
        for label, argv in cases:
            seconds, peak_kb, code, said, message = run(*argv())
            print(f"{label:<30} {seconds:>8.1f} {peak_kb / 1024:>8.0f}  {code:>4} {said:>8,}B  {message}")
            if label.startswith("index"):
                print(f"{'':<30} the project is now {(base / 'index.pressdesk').stat().st_size / 1e6:,.1f} MB")
        full = full_project(base / "full.pressdesk")
        opened = subprocess.run([sys.executable, "-c", OPEN_CHILD, str(full)], capture_output=True, text=True,
                                check=True)
        print(f"opening a project of 20,000 segments ({full.stat().st_size / 1e6:.0f} MB): median of 5 "
              f"{float(opened.stdout):.2f} s")


if __name__ == "__main__":
    main()
