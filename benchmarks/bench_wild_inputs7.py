"""Files from the wild, seventh round: what honest programs other than Word and Excel on Windows write. Excel and
Word for Mac's text in Mac OS Cyrillic, pdftotext's page feeds, InDesign's line separators, Excel's `_x000D_`
escapes and names merged down over their variants' rows, CSV cells quoted as Excel text formulas (="G20"), .NET
exports that declare UTF-16 and store UTF-8 (TMX, TBX, Word parts), packages zipped by .NET with backslashes in
their entry names, Word's legacy drop-down form fields and its emoji (w16se:symEx) in AlternateContent.

Each case is counted as read right, refused cleanly, refused with a message that does not say it, read wrong
(silently), refused although readable, or a crash; totals are printed. Then the readings that cost time on large
files are timed (median of 5): a 20,000-row glossary in Mac Cyrillic against the same in Windows-1251 (both code
pages are tried), a workbook of 20,000 names each merged down over three rows, and 5 MB of pdftotext output.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs7.py

Rounds 1–6 are in bench_wild_inputs.py … bench_wild_inputs6.py. The expected result of each file is written by hand
beside it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench_wild_inputs import package, workbook
from bench_wild_inputs3 import wp, wr
from bench_wild_inputs5 import Refused, rewrite, verdict

GLOSSARY_RU = [("State Duma", "Государственная Дума Федерального Собрания"),
               ("Foreign Ministry", "Министерство иностранных дел"), ("Federation Council", "Совет Федерации"),
               ("Christmas tree", "Ёлка на Соборной площади")]
BODY_ZH = ["国家杜马主席沃洛金会见中国客人", "双方讨论了合作。"]
TMX = ('<?xml version="1.0" encoding="{enc}"?>\n<tmx version="1.4"><header creationtool="Exporter" srclang="en-US" '
       'segtype="sentence" o-tmf="tm" adminlang="en-US" datatype="plaintext"/><body><tu><tuv xml:lang="en-US"><seg>'
       'The State Duma met.</seg></tuv><tuv xml:lang="ru-RU"><seg>Госдума собралась.</seg></tuv></tu></body></tmx>')
TBX = ('<?xml version="1.0" encoding="utf-16"?>\n<martif type="TBX" xml:lang="en"><text><body><termEntry id="1">'
       '<langSet xml:lang="zh-CN"><tig><term>国家杜马</term></tig></langSet><langSet xml:lang="en"><tig><term>State '
       'Duma</term></tig></langSet></termEntry></body></text></martif>')
SYMEX = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"><mc:Choice Requires="w16se">'
         '<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="260E"/></mc:Choice><mc:Fallback><w:t>☎</w:t>'
         '</mc:Fallback></mc:AlternateContent></w:r>')
DROP_DOWN = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:result w:val="1"/><w:listEntry '
             'w:val="Пресс-релиз"/><w:listEntry w:val="Заявление"/></w:ddList></w:ffData></w:fldChar></w:r><w:r>'
             '<w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar '
             'w:fldCharType="end"/></w:r>')


def _csv(rows: list[tuple[str, str]], line_end: str = "\r") -> str:
    return "en;ru" + line_end + "".join(f"{en};{ru}{line_end}" for en, ru in rows)


def documents() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected paragraphs)."""
    plain = package("".join(wp(wr(t)) for t in BODY_ZH))
    mac_text = ["Председатель Государственной Думы провёл встречу.", "Ёлка установлена."]
    return {
        "Word package zipped by .NET with backslash entry names": (".docx", rewrite(
            plain, lambda name, data: (name.replace("/", "\\"), data)), BODY_ZH),
        "Word part declaring UTF-16, stored as UTF-8": (".docx", rewrite(plain, lambda name, data: (name, data.replace(
            b"<w:document", b'<?xml version="1.0" encoding="utf-16"?><w:document', 1) if name == "word/document.xml"
            else data)), BODY_ZH),
        "Word emoji as w16se:symEx with its fallback": (".docx", package(wp(wr("Телефон: "), SYMEX, wr(" +7 495")))
                                                        , ["Телефон: ☎ +7 495"]),
        "legacy drop-down form field": (".docx", package(wp(wr("Вид: "), DROP_DOWN)), ["Вид: Заявление"]),
        "document zipped with its folder (Word refuses it too)": (".docx", rewrite(
            plain, lambda name, data: (f"release/{name}", data)), Refused("not a Word document")),
        "plain text in Mac OS Cyrillic": (".txt", "\r\r".join(mac_text).encode("mac_cyrillic"), mac_text),
        "pdftotext output with page feeds": (".txt", "Заголовок\n\nПервый абзац.\fВторой абзац.\n".encode(),
                                             ["Заголовок", "Первый абзац.", "Второй абзац."]),
        "InDesign text with a line separator and a vertical tab": (".txt", "Пресс-релиз\u2028строка\nАбзац\x0bдва"
                                                                  .encode(), ["Пресс-релиз\nстрока", "Абзац\nдва"]),
    }


def glossaries() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected (zh, en, ru) of the entries added)."""
    header = ["中文", "English", "Русский"]
    return {
        "CSV (Macintosh) in Mac OS Cyrillic": (".csv", _csv(GLOSSARY_RU).encode("mac_cyrillic"),
                                               [("", en, ru) for en, ru in GLOSSARY_RU]),
        "CSV with cells quoted as Excel text formulas": (".csv", 'en,ru\n"=""G20""",Группа двадцати\n'.encode(),
                                                         [("", "G20", "Группа двадцати")]),
        "workbook with _x000D_ escapes": (".xlsx", workbook([("T", [header, [
            "国家杜马", "State_x000D_\nDuma", "Государственная_x000D_\nдума"]])]),
            [("国家杜马", "State Duma", "Государственная дума")]),
        "workbook with a name merged down over its variants": (".xlsx", workbook([("T", [
            header, ["国家杜马", "State Duma", "Государственная дума"], ["", "the Duma", "Госдума"]])],
            merged="A2:A3"), [("国家杜马", "State Duma", "Государственная дума")]),
        "workbook zipped with backslash entry names": (".xlsx", rewrite(workbook([("T", [header, [
            "国家杜马", "State Duma", "Государственная дума"]])]), lambda name, data: (name.replace("/", "\\"), data)),
            [("国家杜马", "State Duma", "Государственная дума")]),
        "TBX declaring UTF-16, stored as UTF-8": (".tbx", TBX.encode(), [("国家杜马", "State Duma", "")]),
    }


def median_seconds(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    from desktop_app.formats.glossary_csv import read_glossary_csv
    from desktop_app.formats.text_reader import read_text
    from desktop_app.formats.tmx import iter_tmx
    from desktop_app.formats.xlsx_glossary import read_xlsx_glossary
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.importing import read_document
    from desktop_app.storage.glossary_store import GlossaryStore

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild7-"))
    store = GlossaryStore.open(folder / "glossary.sqlite", seed=False)
    totals: Counter[str] = Counter()
    cases: list[tuple[str, str, Callable[[], object], object]] = []
    for number, (name, (suffix, data, expected)) in enumerate(documents().items()):
        path = folder / f"document-{number}{suffix}"
        path.write_bytes(data)
        cases.append(("document", name, lambda path=path: [q.text for q in read_document(path).paragraphs], expected))
    for number, (name, (suffix, data, expected)) in enumerate(glossaries().items()):
        path = folder / f"glossary-{number}{suffix}"
        path.write_bytes(data)
        cases.append(("glossary", name, lambda path=path: [
            tuple(e.forms.get(lang, "") for lang in ("zh", "en", "ru")) for e in plan_import(store, path).added],
            expected))
    memory = folder / "memory.tmx"
    memory.write_bytes(TMX.format(enc="utf-16").encode())
    cases.append(("TMX", "TMX declaring UTF-16, stored as UTF-8", lambda: [
        [v.text for v in unit.variants] for unit in iter_tmx(memory)], [["The State Duma met.", "Госдума собралась."]]))
    for kind, name, read, expected in cases:
        result = verdict(read, expected)
        totals[result] += 1
        print(f"{kind:8} {name:60} {result}")
    print("all: " + ", ".join(f"{n} {what}" for what, n in totals.most_common()))

    rows = [(f"Term {n}", f"{GLOSSARY_RU[n % 4][1]} {n}") for n in range(20_000)]
    for encoding in ("cp1251", "mac_cyrillic"):
        path = folder / f"large-{encoding}.csv"
        path.write_bytes(_csv(rows, "\r\n").encode(encoding))
        print(f"20,000-row CSV glossary in {encoding}: {median_seconds(lambda p=path: read_glossary_csv(p)):.2f} s")
    merged = folder / "merged.xlsx"
    sheet = [["中文", "English", "Русский"]]
    for n in range(20_000):
        sheet += [[f"名称{n}", f"Name {n}", f"Имя {n}"], ["", f"Name {n} (short)", f"Имя {n} (кратко)"],
                  ["", f"N{n}", f"И{n}"]]
    merged.write_bytes(workbook([("T", sheet)]))
    merges = "".join(f'<mergeCell ref="A{2 + 3 * n}:A{4 + 3 * n}"/>' for n in range(20_000))
    merged.write_bytes(rewrite(merged.read_bytes(), lambda name, data: (name, data.replace(
        b"</sheetData>", f'</sheetData><mergeCells count="20000">{merges}</mergeCells>'.encode()))
        if name.endswith("sheet1.xml") else (name, data)))
    entries = len(read_xlsx_glossary(merged).entries)
    print(f"workbook of 20,000 names merged down over 3 rows each ({entries:,} entries read): "
          f"{median_seconds(lambda: read_xlsx_glossary(merged)):.2f} s")
    text = folder / "pdftotext.txt"
    page = "\n\n".join(f"Абзац {n} текста, перенесённого из PDF постранично." for n in range(40))
    text.write_bytes(("\f".join([page] * 1_300)).encode())
    print(f"{text.stat().st_size / 1e6:.1f} MB of pdftotext output with page feeds: "
          f"{median_seconds(lambda: read_text(text)):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
