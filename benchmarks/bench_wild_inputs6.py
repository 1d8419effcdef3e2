"""Files from the wild, sixth round: Word documents typed on a Mac (Russian in decomposed Unicode: и + ◌̆ for й,
е + ◌̈ for ё), paragraphs parted by a page or column break inside one paragraph, a landscape section among portrait
ones, vertical Chinese (tbRl), a phonetic guide (ruby) over a name, emphasis marks and two-lines-in-one (双行合一)
for joint issuers, a middle name hidden or deleted inside a name; glossaries as Trados, Phrase and Smartcat export
them (language names with regions, lower-case codes with underscores, zh-Hans), from a Mac (decomposed), as an Excel
table (ListObject) with a drop-down status column; a memoQ TMX with context; exports of a release with a very long
unbreakable address, of 1,000 segments side by side (timed), and of Chinese text quoting a Russian name.

Four shapes were added after the first fixes and measured before their own: text hidden by a character or
paragraph style (template instructions, an editor's note), text hidden on the web only, and a contact block whose
lines and tabs are inside one segment.

Each case is counted as read right, refused cleanly, refused with a message that does not say it, read wrong
(silently), refused although readable, or a crash; totals are printed.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs6.py

Rounds 1–5 are in bench_wild_inputs.py … bench_wild_inputs5.py. The expected result of each file is written by hand
beside it.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx
from bench_wild_inputs import EN, RU, TERMS, ZH, _tmx, package, workbook
from bench_wild_inputs3 import cell, grid, wp, wr
from bench_wild_inputs5 import rewrite, verdict
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAC_RU = ["Её визит в Йошкар-Олу", "Сергей Лавров встретился с коллегой.", "Стороны подписали заявление."]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _section(orient: str) -> str:
    size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if orient == "landscape" else (
        '<w:pgSz w:w="11906" w:h="16838"/>')
    return f'<w:sectPr>{size}<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'


def _styles(*styles: str) -> str:
    return f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name ' \
           f'w:val="Normal"/></w:style>{"".join(styles)}</w:styles>'


HIDDEN_STYLES = _styles(
    '<w:style w:type="character" w:styleId="Instructions"><w:name w:val="Template instructions"/><w:rPr><w:vanish/>'
    '<w:color w:val="FF0000"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="InstructionsBold"><w:name w:val="Template instructions bold"/>'
    '<w:basedOn w:val="Instructions"/><w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="EditorNote"><w:name w:val="Editor note"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:vanish/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Shown"><w:name w:val="Shown note"/><w:basedOn w:val="EditorNote"/>'
    '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style>')


def documents() -> dict[str, tuple[bytes, object]]:
    """name → (file, expected paragraphs)."""
    breaks = wp(wr(EN[1]), '<w:r><w:br w:type="page"/></w:r>', wr(EN[2]))
    columns = (wp(wr(RU[1]), '<w:r><w:br w:type="column"/></w:r>', wr(RU[2]))
               + '<w:sectPr><w:cols w:num="2" w:space="425"/></w:sectPr>')
    sections = (wp(wr(EN[0])) + wp(wr(EN[1]), ppr=f"<w:pPr>{_section('portrait')}</w:pPr>")
                + wp(wr(EN[2]), ppr=f"<w:pPr>{_section('landscape')}</w:pPr>") + _section("portrait"))
    vertical = (grid(1, ["<w:tr>" + cell(wp(wr(ZH[0])), props='<w:textDirection w:val="tbRl"/>') + "</w:tr>"])
                + wp(wr(ZH[1]), ppr='<w:pPr><w:textDirection w:val="tbRl"/></w:pPr>')
                + '<w:sectPr><w:textDirection w:val="tbRl"/></w:sectPr>')
    ruby = wp(wr("外交部长"), '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/>'
              '<w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r>'
              '<w:t>wáng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>王</w:t></w:r></w:rubyBase></w:ruby></w:r>',
              '<w:r><w:ruby><w:rubyPr><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>yì</w:t></w:r></w:rt>'
              '<w:rubyBase><w:r><w:t>毅</w:t></w:r></w:rubyBase></w:ruby></w:r>', wr("会见记者。"))
    emphasis = (wp(wr("外交部", '<w:eastAsianLayout w:id="1" w:combine="1"/>'),
                   wr("商务部", '<w:eastAsianLayout w:id="1" w:combine="1"/>'), wr("文件"))
                + wp(wr("双方"), wr("一致", '<w:em w:val="dot"/>'), wr("同意。")))
    hidden = wp(wr("Сергей "), wr("Викторович ", "<w:vanish/>"), wr("Лавров и "),
                '<w:del w:id="1" w:author="Ред." w:date="2026-03-23T09:00:00Z"><w:r><w:delText>Мария </w:delText>'
                "</w:r></w:del>", wr("Захарова"))
    char_hidden = wp(wr("[Type the headline, then delete this] ", '<w:rStyle w:val="Instructions"/>'), wr(EN[0])) + wp(
        wr(EN[1]), wr(" [Approved by: name]", '<w:rStyle w:val="InstructionsBold"/>'))
    para_hidden = (wp(wr("Editor: check the minister's title with the protocol department"),
                      ppr='<w:pPr><w:pStyle w:val="EditorNote"/></w:pPr>') + wp(wr(EN[1]))
                   + wp(wr(EN[2]), ppr='<w:pPr><w:pStyle w:val="Shown"/></w:pPr>'))
    web_hidden = wp(wr(EN[1]), wr(" (page 2)", "<w:webHidden/>"))
    return {
        "template instructions hidden by a character style": (package(char_hidden, parts={
            "word/styles.xml": HIDDEN_STYLES}), [EN[0], EN[1]]),
        "editor's note hidden by its paragraph style": (package(para_hidden, parts={
            "word/styles.xml": HIDDEN_STYLES}), [EN[1], EN[2]]),
        "text hidden on the web only (webHidden) is printed": (package(web_hidden), [EN[1] + " (page 2)"]),
        "Russian typed on a Mac (decomposed й, ё: NFD)": (package("".join(wp(wr(nfd(t))) for t in MAC_RU)), MAC_RU),
        "page break inside a paragraph between two texts": (package(breaks), [EN[1], EN[2]]),
        "column break inside a paragraph (two-column page)": (package(columns), [RU[1], RU[2]]),
        "landscape section between portrait ones": (package(sections), EN),
        "vertical Chinese (textDirection tbRl)": (package(vertical), ZH[:2]),
        "phonetic guide (ruby) over a name": (package(ruby), ["外交部长王毅会见记者。"]),
        "two-lines-in-one joint issuers and emphasis marks": (package(emphasis), [
            "外交部商务部文件", "双方一致同意。"]),
        "hidden middle name and a deleted name inside a line": (package(hidden), ["Сергей Лавров и Захарова"]),
    }


def _csv(rows: list[tuple[str, ...]], sep: str = ",") -> str:
    return "".join(sep.join(f'"{c}"' if sep in c else c for c in row) + "\r\n" for row in rows)


def _as_table(name: str, data: bytes) -> tuple[str, bytes]:
    """The sheet formatted as an Excel table (ListObject) with a drop-down status column (data validation)."""
    if name == "xl/worksheets/sheet1.xml":
        data = data.replace(b"</sheetData>", b'</sheetData><dataValidations count="1"><dataValidation type="list" '
                            b'allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D2:D3"><formula1>'
                            b"Lists!$A$1:$A$3</formula1></dataValidation></dataValidations>")
        data = data.replace(b"</worksheet>", b'<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>')
    elif name == "[Content_Types].xml":
        data = data.replace(b"</Types>", b'<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.'
                            b'openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>')
    return name, data


def _table_workbook() -> bytes:
    header = ["Chinese", "English", "Russian", "Status"]
    data = rewrite(workbook([("Names", [header, *[[*t, "approved"] for t in TERMS]]),
                             ("Lists", [["approved"], ["draft"], ["forbidden"]])], states=("", "hidden")), _as_table)
    table = ('<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Names" '
             'displayName="Names" ref="A1:D3" totalsRowShown="0"><autoFilter ref="A1:D3"/><tableColumns count="4">'
             + "".join(f'<tableColumn id="{i}" name="{h}"/>' for i, h in enumerate(header, start=1))
             + '</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" '
            'Target="../tables/table1.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z, zipfile.ZipFile(io.BytesIO(data)) as src:
        for item in src.infolist():
            z.writestr(item, src.read(item))
        z.writestr("xl/tables/table1.xml", table)
        z.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)
    return out.getvalue()


def glossaries() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected (zh, en, ru) forms)."""
    mac = [(z, e, nfd(u)) for z, e, u in [("叶利钦", "Yeltsin", "Ельцин"), ("约什卡尔奥拉", "Yoshkar-Ola",
                                                                             "Йошкар-Ола")]]
    mac_expected = [("叶利钦", "Yeltsin", "Ельцин"), ("约什卡尔奥拉", "Yoshkar-Ola", "Йошкар-Ола")]
    return {
        "Trados Term Base Excel (Chinese (PRC) | English (United Kingdom))": (".xlsx", workbook([("Sheet1", [
            ["Chinese (PRC)", "English (United Kingdom)", "Russian (Russia)"], *[list(t) for t in TERMS]])]), TERMS),
        "Phrase CSV (zh_cn, en_us, ru_ru with _Term_Note)": (".csv", _csv([
            ("Entry_ID", "Entry_Note", "zh_cn", "zh_cn_Term_Note", "en_us", "en_us_Term_Note", "ru_ru",
             "ru_ru_Term_Note"), *[(str(n), "", z, "", e, "", u, "") for n, (z, e, u) in enumerate(TERMS, 1)]])
            .encode("utf-8-sig"), TERMS),
        "Smartcat CSV (zh-Hans, en-GB, ru-RU with Comment)": (".csv", _csv([
            ("zh-Hans", "zh-Hans Comment", "en-GB", "en-GB Comment", "ru-RU", "ru-RU Comment"),
            *[(z, "", e, "", u, "официально") for z, e, u in TERMS]], ";").encode("utf-8"), TERMS),
        "CSV saved on a Mac (decomposed Russian: NFD)": (".csv", _csv([("Chinese", "English", "Russian"), *mac])
                                                         .encode("utf-8"), mac_expected),
        "XLSX as an Excel table with a drop-down status column": (".xlsx", _table_workbook(), TERMS),
    }


def memories() -> dict[str, tuple[bytes, object]]:
    """TMX files → the zh/en/ru texts of each unit."""
    unit = ('<tu creationdate="20260323T100000Z" creationid="Иванова"><prop type="x-context-pre">'
            "<seg>Министры встретились.</seg></prop><prop type=\"x-context-post\">Стороны подписали заявление.</prop>"
            f'<tuv xml:lang="zh-cn"><seg>{ZH[1]}</seg></tuv><tuv xml:lang="ru-ru"><seg>{nfd(MAC_RU[1])}</seg></tuv>'
            "</tu>")
    return {"memoQ TMX with context props, lower-case codes, NFD": (
        _tmx(unit, 'srclang="zh-cn"').encode(), [{"zh": ZH[1], "ru": MAC_RU[1]}])}


def _runs_by_lang(path: Path) -> list[tuple[str, str]]:
    """(text, w:lang w:val) of every run of the body that holds text."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for run in root.iter(f"{{{W_NS}}}r"):
        text = "".join(t.text or "" for t in run.iter(f"{{{W_NS}}}t"))
        lang = run.find(f"{{{W_NS}}}rPr/{{{W_NS}}}lang")
        if text.strip():
            out.append((text, lang.get(f"{{{W_NS}}}val") if lang is not None else ""))
    return out


def _footer_fields(path: Path) -> list[str]:
    """The field instructions of the footers (complex or simple fields)."""
    found = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if n.startswith("word/footer")):
            root = etree.fromstring(z.read(name))
            found += [(t.text or "").split()[0] for t in root.iter(f"{{{W_NS}}}instrText") if (t.text or "").strip()]
            found += [s.get(f"{{{W_NS}}}instr", "").split()[0] for s in root.iter(f"{{{W_NS}}}fldSimple")]
    return found


def main() -> int:
    from desktop_app.domain.release import Cell, Release, Role, Segment, Status
    from desktop_app.formats.tmx import iter_tmx, normalise_lang
    from desktop_app.services.exporting import export_release
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.importing import read_document
    from desktop_app.settings import Settings
    from desktop_app.storage.glossary_store import GlossaryStore

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild6-"))
    store = GlossaryStore.open(folder / "glossary.sqlite", seed=False)
    totals: Counter[str] = Counter()
    cases: list[tuple[str, str, Callable[[], object], object]] = []

    def export(layout: str, cells: list[dict[str, str]], read: Callable[[Path], object]) -> object:
        release = Release(title="t")
        for texts in cells:
            segment = Segment(Role.BODY)
            for lang, text in texts.items():
                segment.cells[lang] = Cell(text, Status.DRAFT)
            release.segments.append(segment)
        out = folder / "export.docx"
        started = time.perf_counter()
        export_release(release, out, next(iter(cells[0])) if layout == "single" else None, layout=layout,
                       settings=Settings(end_mark="###"))
        print(f"  export {layout} of {len(cells)} segments: {time.perf_counter() - started:.2f} s")
        return read(out)

    def body(path: Path) -> list[str]:
        return [p.text for p in docx.Document(str(path)).paragraphs if p.text]

    def table(path: Path) -> tuple[int, list[str]]:
        rows = docx.Document(str(path)).tables[0].rows
        return len(rows), [c.text for c in rows[-1].cells]

    for number, (name, (data, expected)) in enumerate(documents().items()):
        path = folder / f"document-{number}.docx"
        path.write_bytes(data)
        cases.append(("DOCX", name, lambda path=path: [q.text for q in read_document(path).paragraphs], expected))
    for number, (name, (suffix, data, expected)) in enumerate(glossaries().items()):
        path = folder / f"glossary-{number}{suffix}"
        path.write_bytes(data)
        cases.append(("glossary", name, lambda path=path: [
            tuple(e.forms.get(lang, "") for lang in ("zh", "en", "ru")) for e in plan_import(store, path).added],
            expected))
    for number, (name, (data, expected)) in enumerate(memories().items()):
        path = folder / f"memory-{number}.tmx"
        path.write_bytes(data)
        cases.append(("TMX", name, lambda path=path: [
            {lang: v.text for v in unit.variants if (lang := normalise_lang(v.lang))} for unit in iter_tmx(path)],
            expected))
    url = "https://www.mid.ru/ru/foreign_policy/news/" + "x7Kq2" * 80
    long_url = f"Текст заявления: {url}"
    cases.append(("export", "a 400-character unbreakable address", lambda: export("single", [{"ru": long_url}], body),
                  [long_url, "###"]))
    many = [{"zh": f"{ZH[1]}{n}", "en": f"{EN[1]} {n}", "ru": f"{RU[1]} {n}"} for n in range(1000)]
    cases.append(("export", "1,000 segments side by side", lambda: export("table", many, table),
                  (1001, [f"{ZH[1]}999", f"{EN[1]} 999", f"{RU[1]} 999"])))
    cases.append(("export", "Chinese quoting a Russian name (language of each run)", lambda: export(
        "single", [{"zh": "拉夫罗夫（Сергей Лавров）说"}], _runs_by_lang)[:3],
        [("拉夫罗夫（", "zh-CN"), ("Сергей Лавров", "ru-RU"), ("）说", "zh-CN")]))
    cases.append(("export", "page number field in the footer", lambda: export(
        "single", [{"en": EN[1]}], _footer_fields), ["PAGE"]))
    cases.append(("export", "a contact block with line breaks and tabs in one segment", lambda: export(
        "single", [{"en": "Contact:\nPress office\tTel. +7 495 244-41-19"}], body),
        ["Contact:\nPress office\tTel. +7 495 244-41-19", "###"]))
    for kind, name, read, expected in cases:
        result = verdict(read, expected)
        totals[result] += 1
        print(f"{kind:8} {name:66} {result}")
    print("all: " + ", ".join(f"{n} {what}" for what, n in totals.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
