"""How PressDesk reads files shaped like those press offices receive from other programs: per kind, how many are
read right (every paragraph or term where it belongs), refused cleanly (FormatError, for files that are not what
their name says), read wrong (silently) or refused although readable, or crash.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs.py

The files are built here, byte for byte as Word, LibreOffice, WPS, Excel (Chinese and Russian locales),
Notepad, TBX 2019 tools and MultiTerm write them; the expected result of each is written by hand beside it.
Run it on an older checkout to see what that one made of them.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx

from desktop_app.formats.errors import FormatError

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
     'xmlns:v="urn:schemas-microsoft-com:vml"')
ZH = ["中俄外长在桂林举行会晤", "外交部发言人介绍了会晤情况。", "双方签署了联合声明。"]
EN = ["Foreign ministers meet in Guilin", "A spokesperson described the talks.", "The sides signed a statement."]
RU = ["Министры встретились в Гуйлине", "Представитель рассказала о переговорах.", "Стороны подписали заявление."]
TERMS = [("国家杜马", "State Duma", "Государственная дума"), ("外交部", "Ministry of Foreign Affairs",
                                                             "Министерство иностранных дел")]


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def tc(text: str) -> str:
    return f"<w:tc>{p(r(text))}</w:tc>"


def package(body: str, rename: dict[str, str] | None = None) -> bytes:
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = f'<w:document {W}><w:body>{body}</w:body></w:document>'.encode()
            dst.writestr((rename or {}).get(item.filename, item.filename), data)
    return out.getvalue()


def table(rows: list[str], wrap: Callable[[str], str] = lambda row: row) -> str:
    grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    return f"<w:tbl>{grid}{''.join(wrap(row) for row in rows)}</w:tbl><w:p/>"


def documents() -> dict[str, tuple[bytes, object]]:
    """name → (file, expected): a list of paragraphs, {lang: paragraphs} for a side-by-side table, None to refuse."""
    rows = [f"<w:tr>{tc(z)}{tc(e)}{tc(u)}</w:tr>" for z, e, u in zip(ZH, EN, RU, strict=True)]
    header = f"<w:tr>{tc('中文')}{tc('English')}{tc('Русский')}</w:tr>"
    title = ("<w:tr><w:tc><w:tcPr><w:gridSpan w:val='3'/></w:tcPr>" + p(r("新闻稿 Press release Пресс-релиз"))
             + "</w:tc></w:tr>")
    box = f"<w:txbxContent>{p(r('Fact box'))}</w:txbxContent>"
    alt = (f"<w:r><mc:AlternateContent><mc:Choice Requires='wps'><wps:txbx>{box}</wps:txbx></mc:Choice>"
           f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    columns = {"zh": ZH, "en": EN, "ru": RU}
    return {
        "sdt-wrapped table rows": (package(table([header, *rows], lambda row: f"<w:sdt><w:sdtContent>{row}"
                                                                             "</w:sdtContent></w:sdt>")), columns),
        "customXml rows under a trilingual title": (package(table([title, header, *rows], lambda row: (
            f"<w:customXml w:element='row'>{row}</w:customXml>"))), columns),
        "fldSimple and smartTag": (package(
            p(r("On "), "<w:fldSimple w:instr='DATE'>" + r("23 March") + "</w:fldSimple>")
            + p("<w:smartTag w:element='place'>" + r("Guilin") + "</w:smartTag>")), ["On 23 March", "Guilin"]),
        "text box in AlternateContent": (package(p(alt, r(EN[1]))), [EN[1], "Fact box"]),
        "Insert-Symbol characters": (package(p(r("5"), "<w:r><w:sym w:font='Symbol' w:char='F025'/></w:r>", r(" "),
                                               "<w:r><w:sym w:font='Arial' w:char='2014'/></w:r>", r(" up"))),
                                     ["5% — up"]),
        "drop cap": (package(p(r("T"), ppr="<w:pPr><w:framePr w:dropCap='drop'/></w:pPr>") + p(r("he talks ended."))),
                     ["The talks ended."]),
        "part name in another case": (package(p(r(EN[0])), {"word/document.xml": "word/Document.xml"}), [EN[0]]),
        "RTF named .docx": (b"{\\rtf1\\ansi Press release}", None),
        "Word 97 named .docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, None),
    }


def _lines(rows: list[tuple[str, ...]], sep: str) -> str:
    return "\r\n".join(sep.join(row) for row in rows) + "\r\n"


def glossaries() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected (zh, en, ru) forms, or None to refuse)."""
    quoted = io.StringIO()
    csv.writer(quoted, delimiter="\t", lineterminator="\r\n").writerows(
        [("zh", "en", "ru"), ("国家杜马", "State\nDuma", "Государственная дума"), TERMS[1]])
    dct = ('<tbx style="dct" type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:min="http://www.tbxinfo.net/ns/'
           'min"><text><body>' + "".join(
               "<conceptEntry>" + "".join(f'<langSec xml:lang="{lang}"><termSec><term>{form}</term><min:'
                                          'administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>'
                                          "</termSec></langSec>" for lang, form in zip(("zh-Hans", "en-GB", "ru-RU"),
                                                                                       t, strict=True))
               + "</conceptEntry>" for t in TERMS) + "</body></text></tbx>")
    mtf = "<mtf>" + "".join("<conceptGrp>" + "".join(
        f'<languageGrp><language lang="{code}"/><termGrp><term>{form}</term></termGrp></languageGrp>'
        for code, form in zip(("ZH-CN", "EN-GB", "RU"), t, strict=True)) + "</conceptGrp>" for t in TERMS) + "</mtf>"
    return {
        "Excel CSV, Chinese locale (GB18030)": (
            ".csv", _lines([("中文", "英文", "俄文"), *TERMS], ",").encode("gb18030"), TERMS),
        "Excel CSV, Russian locale (;)": (".csv", ("\ufeff" + _lines([("zh", "en", "ru"), *TERMS], ";")).encode(),
                                          TERMS),
        "Excel CSV with sep= line": (".csv", ("sep=;\r\n" + _lines([("zh", "en", "ru"), *TERMS], ";")).encode(), TERMS),
        "Excel Unicode text (UTF-16)": (".txt", ("\ufeff" + _lines([("Chinese", "English", "Russian"), *TERMS], "\t"))
                                        .encode("utf-16-le"), TERMS),
        "tab-separated with a quoted cell": (".tsv", quoted.getvalue().encode(), TERMS),
        "header naming languages in words": (
            ".csv", _lines([("中文名称", "英文名称", "俄文名称"), *TERMS], ",").encode(), TERMS),
        "TBX 2019 DCT": (".tbx", dct.encode(), TERMS),
        "TBX with bare lang=": (".tbx", ('<martif xml:lang="en"><text><body>' + "".join(
            "<termEntry>" + "".join(f'<langSet lang="{lang}"><tig><term>{form}</term></tig></langSet>'
                                    for lang, form in zip(("zh", "en", "ru"), t, strict=True)) + "</termEntry>"
            for t in TERMS) + "</body></text></martif>").encode(), TERMS),
        "MultiTerm XML (UTF-16)": (".xml", ('<?xml version="1.0" encoding="UTF-16"?>' + mtf).encode("utf-16"), TERMS),
        "web page named .xml": (".xml", b"<html><body>State Duma</body></html>", None),
    }


def verdict(read: Callable[[], object], expected: object) -> str:
    try:
        got = read()
    except FormatError:
        return "refused cleanly" if expected is None else "refused although readable"
    except Exception as exc:
        return f"crash ({type(exc).__name__})"
    if expected is None:
        return "read although not that kind"
    return "right" if got == expected else "wrong"


def main() -> int:
    from desktop_app.services.glossary import read_glossary_file
    from desktop_app.services.importing import ALL_LANGS, read_document

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild-"))
    totals: dict[str, Counter[str]] = {"DOCX": Counter(), "glossary": Counter()}
    for name, (data, expected) in documents().items():
        path = folder / f"{len(totals['DOCX'])}-{sum(totals['DOCX'].values())}.docx"
        path.write_bytes(data)

        def read_doc(path: Path = path, expected: object = expected) -> object:
            source = read_document(path)
            if isinstance(expected, dict):
                return {lang: [q.text for q in source.column(lang)] for lang in source.langs_for(ALL_LANGS)}
            return [q.text for q in source.paragraphs]

        result = verdict(read_doc, expected)
        totals["DOCX"][result] += 1
        print(f"DOCX      {name:42} {result}")
    for number, (name, (suffix, data, expected)) in enumerate(glossaries().items()):
        path = folder / f"glossary-{number}{suffix}"
        path.write_bytes(data)

        def read_terms(path: Path = path) -> object:
            return [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in read_glossary_file(path).entries]

        result = verdict(read_terms, expected)
        totals["glossary"][result] += 1
        print(f"glossary  {name:42} {result}")
    for kind, counts in totals.items():
        print(f"{kind}: " + ", ".join(f"{n} {what}" for what, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
