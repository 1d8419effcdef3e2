"""Files from the wild, third round: how PressDesk reads (and, for DOCX export, writes) files shaped as LibreOffice
Writer, Word (tracked changes, content controls, text boxes, fields, lists), WPS, Excel (merged, hidden, formula
and error cells, Strict OOXML, Russian and Chinese code pages, headers with number columns), TBX v2/v3/Min,
MultiTerm and CAT tools' TMX write them; exports on LibreOffice templates and of releases that bring their own
closing mark. Each case is counted as read right, refused cleanly (FormatError), read wrong (silently), refused
although readable, or a crash; totals are printed per kind.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs3.py

Rounds 1 and 2 are in bench_wild_inputs.py. The expected result of each file is written by hand beside it; run
the script on an older checkout to see what that one made of the same files.
"""

from __future__ import annotations

import io
import sys
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx
from bench_wild_inputs import EN, RU, TERMS, ZH, _tbx_v2, _tmx, _tu, package, verdict, workbook

COLUMNS = {"zh": ZH, "en": EN, "ru": RU}


def lo_p(text: str, style: str = "Normal", extra: str = "") -> str:
    """A paragraph as LibreOffice Writer saves it to .docx: explicit Normal style, bidi off, empty rPr."""
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra}<w:bidi w:val="0"/><w:jc w:val="start"/><w:rPr></w:rPr>'
            f'</w:pPr><w:r><w:rPr></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def wr(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def wp(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def cell(*paragraphs: str, props: str = '<w:tcW w:w="4818" w:type="dxa"/>') -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def grid(columns: int, rows: list[str]) -> str:
    cols = '<w:gridCol w:w="4818"/>' * columns
    return (f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr>'
            f"<w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl><w:p/>")


AUTHOR = 'w:author="Иванова" w:date="2026-03-23T09:12:00Z"'


def documents() -> dict[str, tuple[bytes, object]]:
    """name → (file, expected paragraphs, {lang: paragraphs} for a table of languages, or None to refuse)."""
    lo_release = (lo_p(ZH[0], "Heading1") + lo_p("　　" + ZH[1]) + lo_p("　　" + ZH[2])
                  + '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/>'
                    "</w:sectPr>")
    lo_header = ('<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr>'
                 '<w:pStyle w:val="Header"/></w:pPr><w:r><w:t>新华社北京3月23日电</w:t></w:r></w:p></w:hdr>')
    lo_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
               '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.'
               'openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>')
    soft = ("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:rPr></w:rPr><w:t>Пред</w:t><w:softHyphen/>"
            "<w:t>ставитель МИД рассказала о пере</w:t><w:softHyphen/><w:t>говорах 23\u00a0марта.</w:t></w:r></w:p>")
    pasted_soft = wp(wr("Пред\u00adставитель МИД рассказала о пере\u00adговорах."))
    lo_frame = ('<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t>Текст после рамки.</w:t></w:r><w:r>'
                '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" distT="0" '
                'distB="0" distL="0" distR="0" simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" '
                'relativeHeight="2" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
                '<wp:extent cx="1800225" cy="287020"/><wp:docPr id="1" name="Frame1"/><a:graphic xmlns:a="http://'
                'schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/'
                'office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:txbx><w:txbxContent>'
                '<w:p><w:pPr><w:pStyle w:val="FrameContents"/></w:pPr><w:r><w:t>Справка в рамке.</w:t></w:r></w:p>'
                '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
                '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:pPr>'
                '<w:pStyle w:val="FrameContents"/></w:pPr><w:r><w:t>Справка в рамке.</w:t></w:r></w:p>'
                '</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    group_boxes = wp(wr(EN[0]), '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/'
                     '2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
                     'main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
                     '<wpg:wgp xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
                     + "".join(f"<wps:wsp><wps:txbx><w:txbxContent>{wp(wr(t))}</w:txbxContent></wps:txbx></wps:wsp>"
                               for t in ("Box one.", "Box two."))
                     + "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
    ins_then_del = wp(wr("The sides "), f'<w:ins w:id="1" {AUTHOR}>{wr("quickly ")}</w:ins>',
                      f'<w:ins w:id="2" {AUTHOR}><w:del w:id="3" {AUTHOR}><w:r><w:delText xml:space="preserve">'
                      "finally </w:delText></w:r></w:del></w:ins>", wr("signed a statement."))
    cell_para_deleted = grid(3, [
        "<w:tr>" + cell(f'<w:p><w:pPr><w:rPr><w:del w:id="5" {AUTHOR}/></w:rPr></w:pPr>{wr("双方签署了")}</w:p>'
                        + wp(wr("联合声明。"))) + cell(wp(wr(EN[2]))) + cell(wp(wr(RU[2]))) + "</w:tr>"])
    para_change_numbering = (
        wp(wr("Talks"), ppr=f'<w:pPr><w:pPrChange w:id="7" {AUTHOR}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId '
                            'w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>'))
    numbering = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum '
                 'w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText '
                 'w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 "</w:numbering>")
    num_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    sdt_cells = grid(3, ["<w:tr>" + "".join(
        f'<w:sdt><w:sdtPr><w:alias w:val="{lang}"/><w:tag w:val="{lang}"/><w:id w:val="{900 + i}"/></w:sdtPr>'
        f"<w:sdtContent>{cell(wp(wr(text)))}</w:sdtContent></w:sdt>"
        for i, (lang, text) in enumerate(zip(("zh", "en", "ru"), row, strict=True))) + "</w:tr>"
        for row in zip(ZH, EN, RU, strict=True)])
    repeating = ('<w:sdt><w:sdtPr><w:id w:val="1"/><w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/'
                 'office/word/2012/wordml"/></w:sdtPr><w:sdtContent>' + "".join(
                     '<w:sdt><w:sdtPr><w:id w:val="2"/><w15:repeatingSectionItem xmlns:w15="http://schemas.microsoft.'
                     f'com/office/word/2012/wordml"/></w:sdtPr><w:sdtContent>{wp(wr(t))}</w:sdtContent></w:sdt>'
                     for t in EN) + "</w:sdtContent></w:sdt>")
    checkbox = wp('<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
                  '<w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
                  'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>☒</w:t></w:r>'
                  "</w:sdtContent></w:sdt>", wr(" Approved for release"))
    hyperlink_field = wp(wr("See "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                         'xml:space="preserve"> HYPERLINK "https://www.mid.ru/" \\o "MID" </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                         wr("mid.ru", '<w:rStyle w:val="Hyperlink"/>'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
                         wr(" for the text."))
    nested_field = wp(wr("Page "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText>'
                      '</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', wr("1"),
                      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> = 1 '
                      '"first" "other" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                      wr("first"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    zwsp = wp(wr(EN[0])) + wp(wr("\u200b")) + wp(wr(EN[1])) + wp(wr("\ufeff")) + wp(wr(EN[2]))
    bidi = wp(wr(RU[0], "<w:rtl w:val=\"0\"/>"), ppr="<w:pPr><w:bidi/><w:jc w:val=\"right\"/></w:pPr>")
    zh_ru_side = grid(2, ["<w:tr>" + cell(wp(wr(z))) + cell(wp(wr(u))) + "</w:tr>"
                          for z, u in zip(ZH, RU, strict=True)])
    zh_ru_header = grid(2, ["<w:tr>" + cell(wp(wr("中文稿"))) + cell(wp(wr("Русский текст"))) + "</w:tr>"] + [
        "<w:tr>" + cell(wp(wr(z))) + cell(wp(wr(u))) + "</w:tr>" for z, u in zip(ZH, RU, strict=True)])
    smart_custom = wp('<w:customXml w:uri="urn:press" w:element="headline"><w:smartTag w:uri="urn:schemas-microsoft-'
                      'com:office:smarttags" w:element="country-region">' + wr("Guilin") + "</w:smartTag>"
                      + "</w:customXml>", wr(" talks"))
    wps_indent = "".join(wp(wr("\u3000\u3000" + z, '<w:rFonts w:hint="eastAsia"/>'),
                            ppr='<w:pPr><w:ind w:firstLineChars="0"/></w:pPr>') for z in ZH[1:])
    word_numbering = (
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum '
        'w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0" w:tplc="0409000F"><w:start '
        'w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind '
        'w:left="420" w:hanging="420"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt '
        'w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>'
        '</w:abstractNum><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
        'w:val="russianLower"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num '
        'w:numId="1"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="4"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="4"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        "</w:lvlOverride></w:num></w:numbering>")

    def item(text: str, num: int, level: int = 0) -> str:
        return wp(wr(text), ppr=f'<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/><w:numId '
                                f'w:val="{num}"/></w:numPr><w:ind w:firstLineChars="0"/></w:pPr>')

    lists = (item("会谈内容", 1) + item("双边关系", 1, 1) + item("国际问题", 1, 1) + item("签署文件", 1)
             + item("переговоры", 2) + item("документы", 2) + item("визиты", 3))
    def font_run(text: str, font: str) -> str:
        return (f'<w:r><w:rPr><w:rFonts w:eastAsia="{font}" w:cs="{font}" w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
                f"<w:t>{text}</w:t></w:r>")

    lo_symbols = ('<w:p><w:pPr><w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr>'
                  "</w:pPr>" + "".join((wr("Growth 5"), font_run("\uf025", "Symbol"), wr(", "),
                                        font_run("\uf061", "Symbol"), wr(" and "), font_run("\uf0b3", "Symbol"),
                                        wr(" 2"), font_run("\uf0fc", "Wingdings"))) + "</w:p>")
    return {
        "LibreOffice: inserted symbols as private-use text in their font": (package(lo_symbols), [
            "Growth 5%, α and ≥ 2"]),
        "Word lists: chineseCounting 一、（一）, russianLower а), restart": (package(lists, parts={
            "word/numbering.xml": word_numbering, "word/_rels/document.xml.rels": num_rels}), [
            "一、会谈内容", "（一）双边关系", "（二）国际问题", "二、签署文件", "а) переговоры", "б) документы",
            "а) визиты"]),
        "LibreOffice: Heading 1, full-width indents, dateline in header": (package(
            lo_release, parts={"word/header1.xml": lo_header, "word/_rels/document.xml.rels": lo_rels}), ZH),
        "LibreOffice: soft hyphens as w:softHyphen, no-break space": (package(soft), [
            "Представитель МИД рассказала о переговорах 23\u00a0марта."]),
        "soft hyphens pasted from a web page (U+00AD)": (package(pasted_soft), [
            "Представитель МИД рассказала о переговорах."]),
        "LibreOffice frame (wps text box with VML fallback)": (package(lo_frame), [
            "Текст после рамки.", "Справка в рамке."]),
        "grouped text boxes (wpg)": (package(group_boxes), [EN[0], "Box one.", "Box two."]),
        "insertion deleted by a second reviewer": (package(ins_then_del), ["The sides quickly signed a statement."]),
        "deleted paragraph mark inside a table cell": (package(cell_para_deleted), {
            "zh": [ZH[2]], "en": [EN[2]], "ru": [RU[2]]}),
        "numbering removed with tracked formatting (pPrChange)": (package(para_change_numbering, parts={
            "word/numbering.xml": numbering, "word/_rels/document.xml.rels": num_rels}), ["Talks"]),
        "content controls around table cells": (package(sdt_cells), COLUMNS),
        "repeating-section content control": (package(repeating), EN),
        "checkbox content control": (package(checkbox), ["☒ Approved for release"]),
        "HYPERLINK complex field": (package(hyperlink_field), ["See mid.ru for the text."]),
        "IF field with a nested PAGE field": (package(nested_field), ["Page first"]),
        "zero-width space and BOM alone in paragraphs": (package(zwsp), EN),
        "bidi paragraph (Word, Russian text)": (package(bidi), [RU[0]]),
        "zh | ru table side by side, no header": (package(zh_ru_side), {"zh": ZH, "ru": RU}),
        "zh | ru table with a header row": (package(zh_ru_header), {"zh": ZH, "ru": RU}),
        "customXml around a smartTag": (package(smart_custom), ["Guilin talks"]),
        "WPS full-width indent after an emptied first-line indent": (package(wps_indent), ZH[1:]),
    }


def _csv(rows: list[tuple[str, ...]], sep: str) -> str:
    return "".join(sep.join(row) + "\r\n" for row in rows)


def _strict_workbook() -> bytes:
    """A workbook as Excel saves "Strict Open XML Spreadsheet": purl.oclc.org namespaces, inline strings."""
    ns = 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'
    rel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    rows = "".join(f'<row r="{y}">' + "".join(f'<c r="{chr(65 + x)}{y}" t="inlineStr"><is><t>{v}</t></is></c>'
                                              for x, v in enumerate(row)) + "</row>"
                   for y, row in enumerate([("Chinese", "English", "Russian"), *TERMS], start=1))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
                   'types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook {ns} xmlns:r="{rel}" conformance="strict"><sheets><sheet '
                   'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                   "</Relationships>")
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>")
    return out.getvalue()


def _with_sheet_extras(data: bytes, before: str = "", after: str = "", cells: dict[str, str] | None = None) -> bytes:
    """`data` (a workbook) with XML added around the first sheet's data, or cells replaced by reference."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = content.decode().replace("<sheetData>", before + "<sheetData>").replace(
                    "</sheetData>", "</sheetData>" + after)
                for ref, xml in (cells or {}).items():
                    start = text.index(f'<c r="{ref}"')
                    text = text[:start] + xml + text[text.index("</c>", start) + 4:]
                content = text.encode()
            dst.writestr(item, content)
    return out.getvalue()


def _tbx3(style: str, kind: str, admin: str) -> bytes:
    entries = []
    for number, forms in enumerate(TERMS):
        secs = []
        for code, form in zip(("zh-Hans-CN", "en-US", "ru-RU"), forms, strict=True):
            old = ""
            if code == "ru-RU" and number == 0:
                old = f"<termSec><term>Госдума</term>{admin.format('deprecatedTerm-admn-sts')}</termSec>"
            secs.append(f'<langSec xml:lang="{code}"><termSec><term>{form}</term>'
                        f"{admin.format('preferredTerm-admn-sts')}</termSec>{old}</langSec>")
        entries.append(f'<conceptEntry id="c{number}">{"".join(secs)}</conceptEntry>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/'
            'TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
            f'schematypens="http://relaxng.org/ns/structure/1.0"?>\n<tbx style="{style}" type="{kind}" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic"><tbxHeader><fileDesc>'
            '<sourceDesc><p>exported</p></sourceDesc></fileDesc></tbxHeader><text><body>'
            f'{"".join(entries)}</body></text></tbx>').encode()


def glossaries() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected (zh, en, ru) forms, "" where a language is absent, or None to refuse)."""
    header = ("Chinese", "English", "Russian")
    en_ru = [("", e, u) for _, e, u in TERMS]
    section = workbook([("Sheet1", [list(header), ["一、机构 Institutions Учреждения"], *[list(t) for t in TERMS]])],
                       merged="A2:C2")
    hidden_col = _with_sheet_extras(workbook([("Sheet1", [
        ["中文", "English", "Русский (старый)", "Русский"],
        *[[z, e, "Госдума" if i == 0 else "МИД", u] for i, (z, e, u) in enumerate(TERMS)]])]),
        before='<cols><col min="3" max="3" width="0" hidden="1" customWidth="1"/></cols>')
    errors = _with_sheet_extras(workbook([("Sheet1", [list(header), *[list(t) for t in TERMS],
                                                      ["新华社", "Xinhua", "x"]])]),
                                cells={"C4": '<c r="C4" t="e"><f>VLOOKUP(A4,Лист2!A:B,2,0)</f><v>#N/A</v></c>'})
    shared_formula = _with_sheet_extras(workbook([("Sheet1", [list(header), *[list(t) for t in TERMS]])]), cells={
        "B2": f'<c r="B2" t="str"><f t="shared" ref="B2:B3" si="0">TRIM(E2)</f><v>{TERMS[0][1]}</v></c>',
        "B3": f'<c r="B3" t="str"><f t="shared" si="0"/><v>{TERMS[1][1]}</v></c>'})
    question_marks = _csv([("zh", "en", "ru"), *[("?" * len(z), e, u) for z, e, u in TERMS]], ";").encode("cp1251")
    mtf = ('<?xml version="1.0" encoding="UTF-16"?><mtf>' + "".join(
        f"<conceptGrp><concept>{n + 1}</concept><system type=\"entryClass\">1</system>" + "".join(
            f'<languageGrp><language type="{name}" lang="{code}"/><termGrp><term>{form}</term><descripGrp><descrip '
            'type="Usage">preferred</descrip></descripGrp></termGrp>'
            + ('<termGrp><term>Госдума</term><descripGrp><descrip type="Usage">forbidden</descrip></descripGrp>'
               "</termGrp>" if code == "RU" and n == 0 else "") + "</languageGrp>"
            for name, code, form in zip(("Chinese", "English", "Russian"), ("ZH", "EN-US", "RU"), t, strict=True))
        + "</conceptGrp>" for n, t in enumerate(TERMS)) + "</mtf>")
    tbx_min = ('<?xml version="1.0" encoding="UTF-8"?>\n<TBX dialect="TBX-Min"><header><id>MFA names</id><languages '
               'source="zh" target="ru"/></header><body>' + "".join(
                   f'<entry id="C{n}"><subjectField>diplomacy</subjectField>' + "".join(
                       f'<langGroup xml:lang="{code}"><termGroup><term>{form}</term><termStatus>preferred</termStatus>'
                       "</termGroup></langGroup>" for code, form in zip(("zh", "en", "ru"), t, strict=True))
                   + "</entry>" for n, t in enumerate(TERMS)) + "</body></TBX>").encode()
    return {
        "Russian Excel CSV (Windows-1251, ;), en/ru": (".csv", _csv([("English", "Русский"), *[
            (e, u) for _, e, u in TERMS]], ";").encode("cp1251"), en_ru),
        "Russian Excel CSV, Chinese lost as ????": (".csv", question_marks, None),
        "Chinese Excel CSV (GBK), zh/ru only": (".csv", _csv([("中文", "俄文"), *[(z, u) for z, _, u in TERMS]], ",")
                                                .encode("gbk"), [(z, "", u) for z, _, u in TERMS]),
        "UTF-16LE CSV with BOM, comma-separated": (".csv", ("\ufeff" + _csv([header, *TERMS], ",")).encode("utf-16-le"),
                                                   TERMS),
        "UTF-16LE without BOM (tab-separated .txt)": (".txt", _csv([header, *TERMS], "\t").encode("utf-16-le"), TERMS),
        "XLSX: merged section row between terms": (".xlsx", section, TERMS),
        "XLSX: hidden column of old translations": (".xlsx", hidden_col, TERMS),
        "XLSX: #N/A formula error in a term cell": (".xlsx", errors, [*TERMS, ("新华社", "Xinhua", "")]),
        "XLSX: shared formulas with cached text": (".xlsx", shared_formula, TERMS),
        "XLSX: Strict Open XML, inline strings": (".xlsx", _strict_workbook(), TERMS),
        "TBX v3 TBX-Basic DCA (termNote admin status)": (".tbx", _tbx3(
            "dca", "TBX-Basic", '<termNote type="administrativeStatus">{}</termNote>'), TERMS),
        "TBX v3 TBX-Basic DCT (basic: namespace)": (".tbx", _tbx3(
            "dct", "TBX-Basic", "<basic:administrativeStatus>{}</basic:administrativeStatus>"), TERMS),
        "TBX v3 TBX-Core (no status)": (".tbx", _tbx3("dca", "TBX-Core", ""), TERMS),
        "MultiTerm XML: Usage picklist, forbidden synonym": (".xml", mtf.encode("utf-16"), TERMS),
        "TBX-Min (2014): entry / langGroup / termGroup": (".tbx", tbx_min, TERMS),
        "TBX v2 with zh-CHT before zh-CHS (Microsoft codes)": (".tbx", _tbx_v2([
            ("zh-CHT", ("國家杜馬", "外交部")), ("zh-CHS", (TERMS[0][0], TERMS[1][0])),
            ("en-US", (TERMS[0][1], TERMS[1][1])), ("ru-RU", (TERMS[0][2], TERMS[1][2]))]), TERMS),
        "CSV header of one character per language (中,英,俄)": (".csv", _csv([("中", "英", "俄"), *TERMS], ",")
                                                               .encode("utf-8-sig"), TERMS),
        "CSV header of Russian abbreviations (кит.;англ.;рус.)": (".csv", _csv([("кит.", "англ.", "рус."), *TERMS],
                                                                           ";").encode("utf-8-sig"), TERMS),
        "CSV (;) numbered: № | Китайский | Английский | Русский": (".csv", _csv([
            ("№", "Китайский", "Английский", "Русский"), *[(str(n), *t) for n, t in enumerate(TERMS, start=1)]], ";")
            .encode("utf-8-sig"), TERMS),
        "XLSX: 序号 | 中文名称 | 英文名称 | 俄文名称": (".xlsx", workbook([("译名表", [
            ["序号", "中文名称", "英文名称", "俄文名称"], *[[float(n), *t] for n, t in enumerate(TERMS, start=1)]])]),
            TERMS),
        "XLSX: ID | Chinese (PRC) | English (United States) | …": (".xlsx", workbook([("Sheet1", [
            ["ID", "Chinese (PRC)", "English (United States)", "Russian (Russia)"],
            *[[float(n), *t] for n, t in enumerate(TERMS, start=1)]])]), TERMS),
        "XLSX: 类别 | Chinese (Simplified) | English | Russian": (".xlsx", workbook([("Sheet1", [
            ["类别", "Chinese (Simplified)", "English", "Russian"], *[["机构", *t] for t in TERMS]])]), TERMS),
        "CSV header 原文 / 英文译名 / 俄文译名": (".csv", _csv([("原文", "英文译名", "俄文译名"), *TERMS], ",")
                                                 .encode("utf-8-sig"), TERMS),
    }


def memories() -> dict[str, tuple[bytes, object]]:
    """TMX files → the zh/en/ru texts of each unit, or None to refuse."""
    ut = ('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx11.dtd">\n<tmx version="1.1"><header creationtool="TRADOS '
          'Translator\'s Workbench" creationtoolversion="Edition 5" segtype="sentence" o-tmf="TW4Win 2.0 Format" '
          'adminlang="EN-US" srclang="EN-US" datatype="rtf"/><body><tu><tuv lang="EN-US"><seg>The <ut>{\\b </ut>'
          'State Duma<ut>}</ut> met.</seg></tuv><tuv lang="RU-RU"><seg>Собралась <ut>{\\b </ut>Государственная '
          "дума<ut>}</ut>.</seg></tuv></tu></body></tmx>")
    hi = _tu(("en-US", 'The <hi type="bold">State <ph x="1">&lt;br/&gt;</ph>Duma</hi> met.'),
             ("ru-RU", 'Собралась <hi type="bold">Государственная дума</hi><ph x="2">&lt;fn/&gt;</ph>.'))
    sub = _tu(("en-US", 'The talks<ph x="1" type="fn">&lt;fn&gt;<sub>Held in Guilin.</sub>&lt;/fn&gt;</ph> ended.'),
              ("ru-RU", 'Переговоры<ph x="1" type="fn">&lt;fn&gt;<sub>В Гуйлине.</sub>&lt;/fn&gt;</ph> завершились.'))
    codes = _tu(("zh-Hans-CN", ZH[1]), ("ru_RU", RU[1])) + _tu(("ZH-CN", ZH[2]), ("EN", EN[2]))
    return {
        "TMX 1.1 with <ut> codes (Trados 5, RTF)": (ut.encode(), [
            {"en": "The State Duma met.", "ru": "Собралась Государственная дума."}]),
        "TMX with <hi> around text and a line-break code": (_tmx(hi).encode(), [
            {"en": "The State Duma met.", "ru": "Собралась Государственная дума."}]),
        "TMX footnote text in <sub> inside <ph>": (_tmx(sub).encode(), [
            {"en": "The talks ended.", "ru": "Переговоры завершились."}]),
        "TMX with Microsoft's legacy codes zh-CHS, zh-CHT": (_tmx(
            _tu(("zh-CHS", ZH[1]), ("en-US", EN[1])) + _tu(("zh-CHT", "雙方簽署了聯合聲明。"), ("en-US", EN[2])),
            'srclang="en-US"').encode(), [{"zh": ZH[1], "en": EN[1]}, {"en": EN[2]}]),
        "TMX codes zh-Hans-CN, ru_RU, ZH-CN": (_tmx(codes, 'srclang="zh-Hans-CN"').encode(), [
            {"zh": ZH[1], "ru": RU[1]}, {"zh": ZH[2], "en": EN[2]}]),
    }


def _template(core_type: str) -> bytes:
    """A house template whose package relates its core properties with `core_type`, as LibreOffice writes it."""
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "_rels/.rels":
                data = data.replace(b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                    b"core-properties", core_type.encode())
            dst.writestr(item, data)
    return out.getvalue()


LIBREOFFICE_CORE = "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
WORD_VARIANT_CORE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties"


def exports() -> dict[str, tuple[str, list[str], bytes | None, str, list[str]]]:
    """name → (language, its cells as pasted or imported, house template or None, end-mark setting, the paragraphs
    python-docx reads back from the export)."""
    return {
        "line break from Word (U+000B) and tab": (
            "en", ["Contact:\u000bPress office\tTel. 1"], None, "###", ["Contact:\nPress office\tTel. 1", "###"]),
        "Unicode line and paragraph separators": (
            "en", ["First line\u2028second line"], None, "###", ["First line\nsecond line", "###"]),
        "control characters pasted from a PDF": ("en", ["The talks\u0007 ended\u0001."], None, "###",
                                                 ["The talks ended.", "###"]),
        "house template saved by LibreOffice Writer": ("en", [EN[2]], _template(LIBREOFFICE_CORE), "###",
                                                       [EN[2], "###"]),
        "house template relating core.xml as officeDocument": ("en", [EN[2]], _template(WORD_VARIANT_CORE), "###",
                                                               [EN[2], "###"]),
        "release imported from Word ending with its own ###": ("en", [*EN, "###"], None, "###", [*EN, "###"]),
        "Chinese release ending with （完）, native marks": ("zh", [*ZH, "（完）"], None, "native", [*ZH, "（完）"]),
        "Russian release ending with * * *, marks ###": ("ru", [*RU, "* * *"], None, "###", [*RU, "###"]),
    }


def main() -> int:
    from desktop_app.domain.release import Cell, Release, Role, Segment, Status
    from desktop_app.formats.tmx import iter_tmx, normalise_lang
    from desktop_app.services.exporting import export_release
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.importing import ALL_LANGS, read_document
    from desktop_app.settings import Settings
    from desktop_app.storage.glossary_store import GlossaryStore

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild3-"))
    store = GlossaryStore.open(folder / "glossary.sqlite", seed=False)
    totals: dict[str, Counter[str]] = {}

    def record(kind: str, name: str, result: str) -> None:
        totals.setdefault(kind, Counter())[result] += 1
        print(f"{kind:9} {name:58} {result}")

    def read_doc(path: Path, expected: object) -> object:
        source = read_document(path)
        if isinstance(expected, dict):
            return {lang: [q.text for q in source.column(lang)] for lang in source.langs_for(ALL_LANGS)}
        return [q.text for q in source.paragraphs]

    def read_terms(path: Path) -> object:
        return [tuple(e.forms.get(lang, "") for lang in ("zh", "en", "ru")) for e in plan_import(store, path).added]

    def read_memory(path: Path) -> object:
        return [{lang: v.text for v in unit.variants if (lang := normalise_lang(v.lang))} for unit in iter_tmx(path)]

    def export(lang: str, texts: list[str], template: bytes | None, end_mark: str) -> object:
        """What python-docx reads back from the export, once PressDesk has read it back as well."""
        release = Release(title="t")
        for text in texts:
            segment = Segment(Role.BODY)
            segment.cells[lang] = Cell(text, Status.DRAFT)
            release.segments.append(segment)
        template_path = None
        if template is not None:
            template_path = folder / "template.docx"
            template_path.write_bytes(template)
        out = folder / "export.docx"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile's warning of a duplicate name: the result says it
            export_release(release, out, lang, template=template_path, settings=Settings(end_mark=end_mark))
        names = zipfile.ZipFile(out).namelist()
        if len(names) != len(set(names)):
            return "a package with duplicate entries"
        read_document(out)
        return [p.text for p in docx.Document(str(out)).paragraphs if p.text]

    cases: list[tuple[str, str, Callable[[], object], object]] = []
    for number, (name, (data, expected)) in enumerate(documents().items()):
        path = folder / f"document-{number}.docx"
        path.write_bytes(data)
        cases.append(("DOCX", name, lambda path=path, expected=expected: read_doc(path, expected), expected))
    for number, (name, (suffix, data, expected)) in enumerate(glossaries().items()):
        path = folder / f"glossary-{number}{suffix}"
        path.write_bytes(data)
        cases.append(("glossary", name, lambda path=path: read_terms(path), expected))
    for number, (name, (data, expected)) in enumerate(memories().items()):
        path = folder / f"memory-{number}.tmx"
        path.write_bytes(data)
        cases.append(("TMX", name, lambda path=path: read_memory(path), expected))
    for name, (lang, texts, template, end_mark, expected) in exports().items():
        cases.append(("export", name, lambda args=(lang, texts, template, end_mark): export(*args), expected))
    for kind, name, read, expected in cases:
        record(kind, name, verdict(read, expected))
    everything: Counter[str] = Counter()
    for kind, counts in totals.items():
        everything.update(counts)
        print(f"{kind}: " + ", ".join(f"{n} {what}" for what, n in counts.most_common()))
    print("all: " + ", ".join(f"{n} {what}" for what, n in everything.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
