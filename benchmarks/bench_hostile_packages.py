"""Small files that read as a great deal, timed through the real `pressdesk` command: how long the import takes
(or its refusal) and how much memory the child process peaks at.

    .venv/bin/python benchmarks/bench_hostile_packages.py [--entries 1000000] [--blank-lines 12800000]

The cases: a Word document whose list starts at a 4,000-digit number (5,000 items); one with 20 altChunk parts
of 8 MB text each; one listing `--entries` empty entries; a workbook whose 7 MB shared string 100 cells name;
a workbook whose 20 sheets name one 50,000-row part; a CSV glossary of `--blank-lines` blank lines, and one of a
million entries; and the Word comments (read for the import dialog) of a document whose picture unpacks to 500 MB.
Each runs in its own child process (Linux); its peak RSS is read from its own /proc/self/status.

Measured on two shared cores (seconds / peak MB), before the limits and after:
list numbers 17.2 s / 233 → 0.6 s / 54; altChunk parts 104 s / 501 → refused 0.4 s / 171; a million entries
22.7 s / 751 → refused 0.2 s / 33; shared string 33 s / 746 → refused 0.5 s / 77; 20 sheets 191 s / 2,266 →
4.8 s / 189; 12.8 million blank lines 15.4 s / 1,862 → 4.3 s / 128; a million glossary entries 257 s / 2,302 →
refused 1.2 s / 327; comments beside the picture 1.0 s / 1,027 → 0.1 s / 26.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

# Runs the CLI in this child and reports its own peak memory, whatever the exit code: VmHWM (kB) belongs to the
# program after exec, where ru_maxrss would still count the forked copy of this parent.
CHILD = """
import sys
from desktop_app.cli import main
try:
    code = main(sys.argv[1:])
finally:
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(int(status.split()[0]), file=sys.stderr)
sys.exit(code)
"""
# The import dialog reads a document's Word comments with python-docx after its text: the same report for that.
COMMENTS_CHILD = """
import sys
from desktop_app.formats.word_comments import read_word_comments
try:
    print(len(read_word_comments(sys.argv[1])), "comments")
finally:
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(int(status.split()[0]), file=sys.stderr)
"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def run(*argv: str, child: str = CHILD) -> tuple[float, int, int, str]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", child, *argv], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    return seconds, int(lines[-1]), result.returncode, (lines[0] if len(lines) > 1 else "")[:100]


def word(path: Path, body: str, parts: dict[str, bytes], rels: str = "", types: str = "") -> Path:
    """A Word package from python-docx's default parts with this body, extra parts, relationships and types."""
    base = io.BytesIO()
    docx.Document().save(base)
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = f'<w:document {W} {R}><w:body>{body}</w:body></w:document>'.encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", types.encode() + b"</Types>")
            dst.writestr(item.filename, parts.pop(item.filename, data))
        for name, data in parts.items():
            dst.writestr(name, data)
    return path


def list_numbers(path: Path) -> Path:
    huge = "9" * 4000
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{huge}"/><w:lvlText w:val="%1%2%3%4%5%6%7%8%9"/>'
                     "</w:lvl>" for i in range(9))
    numbering = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>').encode()
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>'
    return word(path, item * 5000, {"word/numbering.xml": numbering})


def chunk_parts(path: Path) -> Path:
    count = 20
    body = "".join(f'<w:altChunk r:id="c{i}"/>' for i in range(count))
    rels = "".join(f'<Relationship Id="c{i}" Type="{REL}aFChunk" Target="c{i}.txt"/>' for i in range(count))
    return word(path, body, {f"word/c{i}.txt": b"a" * 8_000_000 for i in range(count)}, rels,
                '<Default Extension="txt" ContentType="text/plain"/>')


def many_entries(count: int) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        word(path, "<w:p><w:r><w:t>Headline</w:t></w:r></w:p>", {})
        with zipfile.ZipFile(path, "a") as z:
            for i in range(count):
                z.writestr(f"x/{i:x}", b"")
        return path
    return build


def workbook(path: Path, sheets: int, shared: str, rows: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   f'{R}><sheets>' + "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId1"/>'
                                             for i in range(sheets)) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/>'
                   "</Relationships>")
        if shared:
            z.writestr("xl/sharedStrings.xml", f'<sst><si><t xml:space="preserve">{shared}</t></si></sst>')
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet><sheetData>{rows}</sheetData></worksheet>")
    return path


def picture_bomb(path: Path) -> Path:
    word(path, "<w:p><w:r><w:t>Headline</w:t></w:r></w:p>", {},
         f'<Relationship Id="rIdImg" Type="{REL}image" Target="media/image1.png"/>',
         '<Default Extension="png" ContentType="image/png"/>')
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, \
            z.open("word/media/image1.png", "w", force_zip64=True) as member:
        for _ in range(500):
            member.write(bytes(1024 * 1024))
    return path


def shared_string(path: Path) -> Path:
    return workbook(path, 1, " " + "x" * 7_000_000 + " ", '<row><c t="s"><v>0</v></c></row>' * 100)


def repeated_sheets(path: Path) -> Path:
    cell = '<c t="inlineStr"><is><t>{}</t></is></c>'
    rows = "".join(f"<row>{cell.format(f'Name {i}')}{cell.format(f'名字{i}')}</row>" for i in range(50_000))
    return workbook(path, 20, "", rows)


def blank_lines(count: int) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        path.write_bytes(b"en,ru\nCouncil,\xd0\xa1\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x82\n" + b"\n" * count)
        return path
    return build


def entries(count: int) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        with open(path, "w", encoding="utf-8") as out:
            out.write("en,ru\n")
            out.writelines(f"Council{i},Совет{i}\n" for i in range(count))
        return path
    return build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000, help="empty entries of the Word package")
    parser.add_argument("--blank-lines", type=int, default=12_800_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        data = base / "data"
        project = base / "release.pressdesk"
        documents: list[tuple[str, Callable[[Path], Path], str]] = [
            ("list numbers of 4,000 digits", list_numbers, "numbers.docx"),
            ("20 altChunk parts of 8 MB", chunk_parts, "chunks.docx"),
            (f"{args.entries:,} empty entries", many_entries(args.entries), "entries.docx"),
        ]
        glossaries: list[tuple[str, Callable[[Path], Path], str]] = [
            ("7 MB shared string in 100 cells", shared_string, "shared.xlsx"),
            ("20 sheets naming one part", repeated_sheets, "sheets.xlsx"),
            (f"{args.blank_lines:,} blank lines", blank_lines(args.blank_lines), "blank.csv"),
            ("1,000,000 entries", entries(1_000_000), "entries.csv"),
        ]
        print(f"{'case':<36} {'file':>10} {'seconds':>8} {'peak MB':>8}  exit  first line of stderr")
        for label, build, name in documents + glossaries:
            path = build(base / name)
            if name.endswith(".docx"):
                ProjectStore.create(project, sample_release()).close()
                argv = ["--data-dir", str(data), "import", "--lang", "en", str(project), str(path)]
            else:
                argv = ["--data-dir", str(data), "glossary", "--glossary", str(base / f"{name}.sqlite"),
                        "import", str(path)]
            seconds, peak_kb, code, message = run(*argv)
            print(f"{label:<36} {path.stat().st_size / 1e6:>8.2f}MB {seconds:>8.1f} {peak_kb / 1024:>8.0f}  "
                  f"{code:>4}  {message}")
            path.unlink()
            project.unlink(missing_ok=True)
        path = picture_bomb(base / "picture.docx")
        seconds, peak_kb, code, message = run(str(path), child=COMMENTS_CHILD)
        print(f"{'comments beside a 500 MB picture':<36} {path.stat().st_size / 1e6:>8.2f}MB {seconds:>8.1f} "
              f"{peak_kb / 1024:>8.0f}  {code:>4}  {message}")


if __name__ == "__main__":
    main()
