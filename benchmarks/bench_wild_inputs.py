"""How PressDesk reads files shaped like those press offices receive from other programs: per kind (DOCX for a
release column, glossary, TMX for the translation memory), how many are read right (every paragraph, term or
segment where it belongs), refused cleanly (FormatError, for files that are not what their name says), read wrong
(silently) or refused although readable, or crash. Round 1 and round 2 are the two batches of shapes, each
measured before its fixes; totals are printed per kind and per round.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs.py

The files are built here, byte for byte as Word, LibreOffice, WPS, Google Docs, Excel (Chinese and Russian
locales, Mac), Google Sheets, Notepad, memoQ, TBX tools, MultiTerm, Trados and Okapi write them; the expected
result of each is written by hand beside it. A glossary counts as read right when importing it into an empty
glossary would add exactly the expected entries. Run it on an older checkout to see what that one made of them.
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
     'xmlns:v="urn:schemas-microsoft-com:vml" '
     'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"')
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


def package(body: str, rename: dict[str, str] | None = None, parts: dict[str, str] | None = None) -> bytes:
    parts = dict(parts or {})
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = f'<w:document {W}><w:body>{body}</w:body></w:document>'.encode()
            if item.filename in parts:
                data = parts.pop(item.filename).encode()
            dst.writestr((rename or {}).get(item.filename, item.filename), data)
        for name, text in parts.items():
            dst.writestr(name, text)
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


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


def _tracked(text: str, kind: str, number: int) -> str:
    tag = "delText" if kind in ("del", "moveFrom") else "t"
    return (f'<w:{kind} w:id="{number}" w:author="Редактор" w:date="2026-03-23T10:00:00Z"><w:r>'
            f'<w:{tag} xml:space="preserve">{text}</w:{tag}></w:r></w:{kind}>')


def _mark(kind: str, number: int) -> str:
    change = f'<w:{kind} w:id="{number}" w:author="Редактор" w:date="2026-03-23T10:00:00Z"/>'
    return f"<w:pPr><w:rPr>{change}</w:rPr></w:pPr>"


WPS_STYLES = (f'<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/>'
              '<w:next w:val="1"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="13"><w:name w:val="Title"/><w:basedOn w:val="1"/></w:style>'
              '</w:styles>')


def _wps_p(text: str, style: str = "") -> str:
    """A paragraph as WPS writes it: indentation in characters, East Asian font hints, text split in runs."""
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = (f'<w:pPr>{pstyle}<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/><w:suppressLineNumbers'
           ' w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/>'
           '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/></w:rPr></w:pPr>')
    half = len(text) // 2
    runs = "".join(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
                   f'<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>{chunk}</w:t></w:r>'
                   for chunk in (text[:half], text[half:]) if chunk)
    return f"<w:p>{ppr}{runs}</w:p>"


def _google_p(text: str, style: str, bookmark: int) -> str:
    """A paragraph as Google Docs exports it: bookmarks named _heading=h.…, rtl switched off on every run."""
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:spacing '
            'w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:rPr/></w:pPr>'
            f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.{bookmark:x}gjdgxs" w:id="{bookmark}"/>'
            f'<w:bookmarkEnd w:id="{bookmark}"/><w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000">'
            f'<w:rPr><w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


RESTART, CONTINUE = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"


def _cell(text: str, merge: str = "") -> str:
    props = f"<w:tcPr><w:tcW w:w='2000' w:type='dxa'/>{merge}</w:tcPr>" if merge else ""
    return f"<w:tc>{props}{p(r(text)) if text else '<w:p/>'}</w:tc>"


def documents_round2() -> dict[str, tuple[bytes, object]]:
    """Shapes met in the second round: tracked changes left unaccepted, notes, boxes, date pickers, fields, breaks,
    WPS and Google Docs exports, equations, layout tables and merged cells."""
    columns = {"zh": ZH, "en": EN, "ru": RU}
    tracked = (p(r("Министры "), _tracked("иностранных дел ", "del", 1), _tracked("встретились в Гуйлине", "ins", 2))
               + '<w:moveFromRangeStart w:id="3" w:name="move1" w:author="Редактор"/>'
               + f"<w:p>{_mark('moveFrom', 4)}{_tracked(RU[2], 'moveFrom', 5)}</w:p>"
               + '<w:moveFromRangeEnd w:id="3"/>' + p(r(RU[1]))
               + '<w:moveToRangeStart w:id="6" w:name="move1" w:author="Редактор"/>'
               + f"<w:p>{_mark('moveTo', 7)}{_tracked(RU[2], 'moveTo', 8)}</w:p>"
               + '<w:moveToRangeEnd w:id="6"/>'
               + f"<w:p>{_mark('ins', 9)}{_tracked('Новый абзац.', 'ins', 10)}</w:p>")
    deleted_row = ("<w:tr><w:trPr><w:del w:id='11' w:author='Ed' w:date='2026-03-23T10:00:00Z'/></w:trPr>"
                   + "".join(f"<w:tc><w:p>{_mark('del', 12 + i)}{_tracked(t, 'del', 20 + i)}</w:p></w:tc>"
                             for i, t in enumerate(("旧的一段。", "Old paragraph.", "Старый абзац.")))
                   + "</w:tr>")
    rows = [f"<w:tr>{tc(z)}{tc(e)}{tc(u)}</w:tr>" for z, e, u in zip(ZH, EN, RU, strict=True)]
    header = f"<w:tr>{tc('中文')}{tc('English')}{tc('Русский')}</w:tr>"
    comment = (p('<w:commentRangeStart w:id="0"/>', r(EN[0])) + p(r("A spokes"), '<w:r><w:rPr><w:rStyle w:val="'
               'CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>', r("person described the talks."))
               + p(r(EN[2]), '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'))
    notes = p(r(EN[1]), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/>'
              '</w:r>') + p(r(EN[2]), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            '<w:endnoteReference w:id="2"/></w:r>')
    vml_box = p(r(ZH[1]), '<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                'xmlns:o="urn:schemas-microsoft-com:office:office"/><v:shape id="文本框 2" type="#_x0000_t202" '
                'style="width:200pt;height:60pt"><v:textbox><w:txbxContent>' + p(r("记者会定于明天上午举行。"))
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    date_picker = ('<w:sdt><w:sdtPr><w:alias w:val="发布日期"/><w:tag w:val="date"/><w:id w:val="-1923247126"/>'
                   '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder>'
                   '<w:date w:fullDate="2026-03-23T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
                   '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                   "</w:date></w:sdtPr><w:sdtEndPr/><w:sdtContent>" + p(r("2026年3月23日")) + "</w:sdtContent></w:sdt>")
    inline_date = p(r("北京，"), '<w:sdt><w:sdtPr><w:date w:fullDate="2026-03-23T00:00:00Z"><w:dateFormat w:val='
                    '"M月d日"/><w:lid w:val="zh-CN"/></w:date></w:sdtPr><w:sdtContent>' + r("3月23日")
                    + "</w:sdtContent></w:sdt>", r("电"))
    fields = (p(r("Moscow, "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                'DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                r("23 March 2026"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
              + p(r("See "), '<w:hyperlink r:id="rIdLink" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                  '</w:rPr><w:t>mid.ru</w:t></w:r></w:hyperlink>', r(" and section "),
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\r \\h </w:instrText>'
                  '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("2"),
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r(".")))
    breaks = (p('<w:r><w:br w:type="page"/></w:r>', r(EN[0]))
              + p(r("Contact:"), "<w:r><w:br/></w:r>", r("Press office"), "<w:r><w:cr/></w:r>",
                  r("Tel.:\t+7 495 244-41-19"), '<w:r><w:lastRenderedPageBreak/></w:r>'))
    google = (_google_p(EN[0], "Title", 1) + _google_p("", "Normal", 2) + _google_p(EN[1], "Normal", 3)
              + _google_p(EN[2], "Normal", 4))
    wps = (_wps_p(ZH[0], "13") + _wps_p(ZH[1]) + _wps_p(ZH[2])
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:cols w:space="425" w:num="1"/>'
             '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    equation = p(r("Growth: "), "<m:oMath><m:r><m:t>2+3=5</m:t></m:r></m:oMath>", r(" per cent."))
    label_rows = [f"<w:tr>{_cell('标题' if i == 0 else '', merge)}{tc(z)}{tc(e)}{tc(u)}</w:tr>"
                  for i, (z, e, u, merge) in enumerate(zip(ZH, EN, RU, [RESTART, CONTINUE, CONTINUE], strict=True))]
    label_header = f"<w:tr>{tc('')}{tc('中文')}{tc('English')}{tc('Русский')}</w:tr>"
    grid4 = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    embassy = ["中华人民共和国驻俄罗斯联邦大使馆",
               "Embassy of the People’s Republic of China in the Russian Federation"]
    letterhead = (f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>{tc(embassy[0])}{tc(embassy[1])}"
                  "</w:tr></w:tbl>")
    layout = ("<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" + "".join(p(r(t)) for t in EN)
              + "</w:tc></w:tr></w:tbl><w:p/>")
    return {
        "tracked changes left unaccepted (Word)": (package(tracked), [
            "Министры встретились в Гуйлине", RU[1], RU[2], "Новый абзац."]),
        "trilingual table with a tracked deleted row": (package(table([header, rows[0], deleted_row, *rows[1:]])),
                                                       columns),
        "comments across paragraphs": (package(comment), EN),
        "footnote and endnote marks": (package(notes), EN[1:]),
        "VML text box (WPS, Word 2003 layout)": (package(vml_box), [ZH[1], "记者会定于明天上午举行。"]),
        "date picker content controls": (package(date_picker + inline_date), ["2026年3月23日", "北京，3月23日电"]),
        "DATE and REF fields, hyperlink": (package(fields), ["Moscow, 23 March 2026", "See mid.ru and section 2."]),
        "page, line and carriage-return breaks": (package(breaks), [
            EN[0], "Contact:\nPress office\nTel.:\t+7 495 244-41-19"]),
        "Google Docs export": (package(google), EN),
        "WPS 文档网格, indents in characters": (package(wps, parts={"word/styles.xml": WPS_STYLES}), ZH),
        "Word equation in a sentence": (package(equation), ["Growth: 2+3=5 per cent."]),
        "label column merged down (vMerge)": (package(f"<w:tbl>{grid4}{label_header}{''.join(label_rows)}</w:tbl>"
                                                      "<w:p/>"), columns),
        "bilingual letterhead over a Russian release": (package(letterhead + "".join(p(r(t)) for t in RU)), (
            "ru", [*embassy, *RU])),
        "release inside a one-cell layout table": (package(layout), EN),
        "Pages document named .docx": (_zip({"Index/Document.iwa": b"\x00\x12", "Metadata/Properties.plist":
                                             b"<plist/>", "preview.jpg": b"\xff\xd8"}), None),
    }


SHEET = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
Cell = str | float | tuple[str, str]  # text, a number, or (formula, cached text)


def workbook(sheets: list[tuple[str, list[list[Cell]]]], *, merged: str = "", hidden_rows: tuple[int, ...] = (),
             states: tuple[str, ...] = ()) -> bytes:
    """A workbook as Excel saves one: shared strings, numbers with a style, formulas with their cached value."""
    shared: list[str] = []
    parts: dict[str, str] = {}
    for number, (_, rows) in enumerate(sheets, start=1):
        xml_rows = []
        for y, row in enumerate(rows, start=1):
            cells = []
            for x, value in enumerate(row):
                ref = f"{chr(65 + x)}{y}"
                if isinstance(value, tuple):
                    cells.append(f'<c r="{ref}" s="2" t="str"><f>{value[0]}</f><v>{value[1]}</v></c>')
                elif isinstance(value, float):
                    cells.append(f'<c r="{ref}" s="1"><v>{value:g}</v></c>')
                elif value:
                    if value not in shared:
                        shared.append(value)
                    cells.append(f'<c r="{ref}" t="s"><v>{shared.index(value)}</v></c>')
            hide = ' hidden="1"' if y in hidden_rows else ""
            xml_rows.append(f'<row r="{y}" spans="1:{max(1, len(row))}"{hide}>{"".join(cells)}</row>')
        merge = f'<mergeCells count="1"><mergeCell ref="{merged}"/></mergeCells>' if merged and number == 1 else ""
        parts[f"xl/worksheets/sheet{number}.xml"] = (f'<worksheet {SHEET} xmlns:r="{OFFICE_RELS}"><sheetData>'
                                                     f'{"".join(xml_rows)}</sheetData>{merge}</worksheet>')
    states = states + ("",) * len(sheets)
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{i}"' + (f' state="{states[i - 1]}"' if states[i - 1] else "")
                         + f' r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, start=1))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
                   'types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                   'sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{OFFICE_RELS}/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook {SHEET} xmlns:r="{OFFICE_RELS}"><bookViews><workbookView '
                   f'activeTab="0"/></bookViews><sheets>{sheet_list}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{RELS}">' + "".join(
            f'<Relationship Id="rId{i}" Type="{OFFICE_RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)) + "</Relationships>")
        z.writestr("xl/sharedStrings.xml", f'<sst {SHEET} count="{len(shared)}" uniqueCount="{len(shared)}">'
                   + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>")
        for name, xml in parts.items():
            z.writestr(name, xml)
    return out.getvalue()


def _tbx_v2(columns: list[tuple[str, tuple[str, ...]]], deprecated: bool = False) -> bytes:
    """A TBX-Basic v2 file (martif) as TBX tools of the 2010s write it: ntig, termNote and descrip types; `columns`
    gives each language's code and its term per entry."""
    entries = []
    for number in range(len(TERMS)):
        lang_sets = []
        for code, forms in columns:
            old = ('<tig><term>Russian Parliament</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts'
                   '</termNote></tig>') if deprecated and code.lower().startswith("en") and number == 0 else ""
            lang_sets.append(f'<langSet xml:lang="{code}">{old}<ntig><termGrp><term>{forms[number]}</term><termNote '
                             'type="partOfSpeech">noun</termNote><termNote type="termType">fullForm</termNote>'
                             '</termGrp><descrip type="context">…</descrip></ntig></langSet>')
        entries.append(f'<termEntry id="t{number}"><descrip type="subjectField">diplomacy</descrip><descripGrp>'
                       f'<descrip type="definition">entry {number}</descrip></descripGrp>{"".join(lang_sets)}'
                       "</termEntry>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
            '<martif type="TBX-Basic" xml:lang="en-US"><martifHeader><fileDesc><sourceDesc><p>exported</p>'
            '</sourceDesc></fileDesc><encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>'
            f'</martifHeader><text><body>{"".join(entries)}</body></text></martif>').encode()


def _columns(*codes: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(code, tuple(t[i] for t in TERMS)) for i, code in enumerate(codes)]


def glossaries_round2() -> dict[str, tuple[str, bytes, object]]:
    """Second-round glossaries: Excel and Google exports, workbooks of several sheets, TBX-Basic v2 variants."""
    header = ("Chinese", "English", "Russian")
    quoted = '"外交部","Ministry of Foreign\r\nAffairs","Министерство иностранных дел"'
    unicode_text = "\ufeff" + "".join("\t".join(row) + "\r\n" for row in [("zh", "en", "ru", "note"),
                                                                          *[(*t, "") for t in TERMS]])
    pair_sheets = [("中英", [["中文", "英文"], *[[z, e] for z, e, _ in TERMS]]),
                   ("中俄", [["中文", "俄文"], *[[z, u] for z, _, u in TERMS]])]
    return {
        "CSV: BOM, CRLF, a quoted line break": (".csv", ("\ufeffzh,en,ru\r\n国家杜马,State Duma,Государственная дума"
                                                         f"\r\n{quoted}\r\n").encode(), TERMS),
        "Excel Unicode text, empty note column": (".txt", unicode_text.encode("utf-16-le"), TERMS),
        "CSV with CR line ends (Excel for Mac)": (".csv", "\r".join(",".join(row) for row in [header, *TERMS])
                                                  .encode(), TERMS),
        "Google Sheets CSV with empty columns": (".csv", "".join(",".join(row) + ",,\n" for row in [header, *TERMS])
                                                 .encode(), TERMS),
        "XLSX: one sheet per language pair": (".xlsx", workbook(pair_sheets), TERMS),
        "XLSX: instructions on the first sheet": (".xlsx", workbook([
            ("说明", [["本表为外交部译名表。"], ["每行一个名称，请勿修改表头。"]]),
            ("术语", [list(header), *[list(t) for t in TERMS]])]), TERMS),
        "XLSX: hidden first sheet of lists": (".xlsx", workbook([
            ("Lists", [["person"], ["organization"], ["title"]]),
            ("Glossary", [list(header), *[list(t) for t in TERMS]])], states=("hidden", "")), TERMS),
        "XLSX: merged title row above the header": (".xlsx", workbook([("Sheet1", [
            ["外交部译名表 Glossary Глоссарий"], [], list(header), *[list(t) for t in TERMS]])], merged="A1:C1"),
            TERMS),
        "XLSX: hidden row, formula, date serial": (".xlsx", workbook([("Sheet1", [
            [*header, "Added"], [*TERMS[0], 45736.0],
            [TERMS[1][0], ("PROPER(LOWER(\"MINISTRY OF FOREIGN AFFAIRS\"))", TERMS[1][1]), TERMS[1][2], 45737.0]])],
            hidden_rows=(3,)), TERMS),
        "TBX-Basic v2, ntig, deprecated term first": (".tbx", _tbx_v2(_columns("zh-CN", "en-US", "ru-RU"),
                                                                      deprecated=True), TERMS),
        "TBX v2 with zh-Hant before zh-Hans": (".tbx", _tbx_v2([("zh-Hant", ("國家杜馬", "外交部")),
                                                                *_columns("zh-Hans", "en-GB", "ru-RU")]), TERMS),
        "TBX v2 with upper-case codes (ZH-CN, RU-RU)": (".tbx", _tbx_v2(_columns("ZH-CN", "EN-US", "RU-RU")), TERMS),
        "memoQ CSV export (Entry_ID, English_United_States)": (".csv", _lines([
            ("Entry_ID", "Entry_Note", "Chinese_PRC", "Chinese_PRC_Def", "English_United_States",
             "English_United_States_Def", "Russian", "Russian_Def"),
            *[(str(n), "", z, "", e, "", u, "") for n, (z, e, u) in enumerate(TERMS)]], ",").encode("utf-8-sig"),
                                                               TERMS),
        "TBX v2 with three-letter codes (zho-CN, rus-RU)": (".tbx", _tbx_v2(_columns("zho-CN", "eng-US", "rus-RU")),
                                                            TERMS),
        "OpenDocument spreadsheet named .xlsx": (".xlsx", _zip({
            "mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office:document-content/>"
        }), None),
    }


def _tmx(units: str, header: str = 'srclang="en-US"', encoding: str = "UTF-8") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<tmx version="1.4"><header creationtool="SDL Language '
            f'Platform" creationtoolversion="8.0" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" '
            f'{header} datatype="xml"/><body>{units}</body></tmx>')


def _tu(*variants: tuple[str, str]) -> str:
    return "<tu>" + "".join(f'<tuv xml:lang="{lang}"><seg>{seg}</seg></tuv>' for lang, seg in variants) + "</tu>"


def memories() -> dict[str, tuple[bytes, object]]:
    """TMX files as CAT tools write them → the zh/en/ru texts of each unit, or None to refuse."""
    tagged = _tu(("en-US", 'The <bpt i="1" x="1">&lt;b&gt;</bpt>State Duma<ept i="1">&lt;/b&gt;</ept> met'
                           '<ph x="2" type="fn">&lt;fn/&gt;</ph>.'),
                 ("ru-RU", 'Собралась <bpt i="1" x="1">&lt;b&gt;</bpt>Государственная дума<ept i="1">&lt;/b&gt;</ept>'
                           '<ph x="2" type="fn">&lt;fn/&gt;</ph>.'))
    broken = _tu(("en-US", 'Moscow<ph x="1" type="lb">&lt;br/&gt;</ph>23 March'),
                 ("ru-RU", 'Москва<ph x="1" type="lb">&lt;br/&gt;</ph>23 марта'))
    props = ('<tu tuid="7" creationdate="20260323T100000Z"><prop type="x-Domain">Politics</prop><note>checked</note>'
             '<tuv xml:lang="zh-Hans"><prop type="x-Origin">TM</prop><seg>外交部</seg></tuv><tuv xml:lang="ru">'
             '<seg>Министерство иностранных дел</seg></tuv></tu>')
    return {
        "TMX 1.4 with bpt/ept/ph codes": (_tmx(tagged).encode(), [
            {"en": "The State Duma met.", "ru": "Собралась Государственная дума."}]),
        "TMX with srclang=*all*": (_tmx(_tu(("zh-CN", ZH[2]), ("en-GB", EN[2]), ("ru-RU", RU[2])),
                                        'srclang="*all*"').encode(), [{"zh": ZH[2], "en": EN[2], "ru": RU[2]}]),
        "TMX with a line-break code between words": (_tmx(broken).encode(), [
            {"en": "Moscow 23 March", "ru": "Москва 23 марта"}]),
        "TMX line break as an untyped <ph>&lt;br/&gt; (Okapi)": (_tmx(_tu(
            ("en-US", 'Moscow<ph x="1">&lt;w:br/&gt;</ph>23 March'), ("ru-RU", "Москва<ph x='1'>&lt;br /&gt;</ph>23 "
                                                                                 "марта"))).encode(), [
            {"en": "Moscow 23 March", "ru": "Москва 23 марта"}]),
        "TMX in UTF-16 with props and notes (Trados)": (_tmx(props, encoding="UTF-16").encode("utf-16"), [
            {"zh": "外交部", "ru": "Министерство иностранных дел"}]),
        "TMX 1.1 with lang= (no xml:)": (_tmx(_tu(("EN", EN[1]), ("RU", RU[1]))).replace(
            "xml:lang", "lang").encode(), [{"en": EN[1], "ru": RU[1]}]),
        "XLIFF named .tmx": (b'<?xml version="1.0"?><xliff version="1.2"><file source-language="en"><body/></file>'
                             b"</xliff>", None),
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
    from desktop_app.domain.release import Release
    from desktop_app.formats.tmx import iter_tmx, normalise_lang
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.importing import ALL_LANGS, import_file, read_document
    from desktop_app.storage.glossary_store import GlossaryStore

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild-"))
    store = GlossaryStore.open(folder / "glossary.sqlite", seed=False)
    totals: dict[str, Counter[str]] = {}

    def record(kind: str, round_: int, name: str, result: str) -> None:
        for key in (kind, f"{kind} (round {round_})"):
            totals.setdefault(key, Counter())[result] += 1
        print(f"{kind:9} {round_} {name:46} {result}")

    def read_doc(path: Path, expected: object) -> object:
        if isinstance(expected, tuple):  # imported into one language column of a new release
            lang, _ = expected
            release = Release()
            import_file(release, lang, path)
            return lang, [s.text(lang) for s in release.segments]
        source = read_document(path)
        if isinstance(expected, dict):
            return {lang: [q.text for q in source.column(lang)] for lang in source.langs_for(ALL_LANGS)}
        return [q.text for q in source.paragraphs]

    def read_terms(path: Path) -> object:
        """What importing the file into an empty glossary would add (entries of one term merged, as the import
        does)."""
        return [(e.forms["zh"], e.forms["en"], e.forms["ru"]) for e in plan_import(store, path).added]

    def read_memory(path: Path) -> object:
        return [{lang: v.text for v in unit.variants if (lang := normalise_lang(v.lang))} for unit in iter_tmx(path)]

    number = 0
    for round_, docs, terms, tms in ((1, documents(), glossaries(), {}),
                                     (2, documents_round2(), glossaries_round2(), memories())):
        for name, (data, expected) in docs.items():
            number += 1
            path = folder / f"document-{number}.docx"
            path.write_bytes(data)
            record("DOCX", round_, name, verdict(lambda path=path, expected=expected: read_doc(path, expected),
                                                 expected))
        for name, (suffix, data, expected) in terms.items():
            number += 1
            path = folder / f"glossary-{number}{suffix}"
            path.write_bytes(data)
            record("glossary", round_, name, verdict(lambda path=path: read_terms(path), expected))
        for name, (data, expected) in tms.items():
            number += 1
            path = folder / f"memory-{number}.tmx"
            path.write_bytes(data)
            record("TMX", round_, name, verdict(lambda path=path: read_memory(path), expected))
    for kind, counts in totals.items():
        print(f"{kind}: " + ", ".join(f"{n} {what}" for what, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
