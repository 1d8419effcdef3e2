"""Files from the wild, fourth round: official releases as they arrive in Word — Chinese 公文 (GB/T 9704: red
版头, 文号, separator line, 附件, 抄送/印发 table, "— 1 —" page numbers) and 新闻稿, Russian бланки (ГОСТ Р 7.0.97:
coat of arms, реквизиты and signature tables, numbered points, «Исп.»), English releases from web CMSs and Google
Docs (headings as bold Normal text, ###, Notes to editors, contacts), files converted from PDF (a paragraph per
line, hyphenated line ends, page numbers and running headers in the text, section breaks on every page),
multilingual files, and exports on 公文 and бланк house templates. Each case is counted as read right, refused
cleanly (FormatError), read wrong (silently), refused although readable, or a crash; totals are printed.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs4.py

Rounds 1–3 are in bench_wild_inputs.py and bench_wild_inputs3.py. The expected result of each file is written by
hand beside it: the paragraphs a press officer expects in the column and, where the file shows one, the headline.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx
from bench_wild_inputs import package, verdict
from bench_wild_inputs3 import cell, grid, wp, wr

RED = '<w:color w:val="FF0000"/>'
FANGSONG = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/>'
XIAOBIAOSONG = '<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>'
TIMES = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>'
CENTER = "<w:pPr><w:jc w:val=\"center\"/></w:pPr>"
SECTION = ('<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
           'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:pPr></w:p>')
PICTURE = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.'
           'openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="571500" cy="685800"/>'
           '<wp:docPr id="1" name="Герб"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
           '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline>'
           "</w:drawing></w:r></w:p>")


def fs(text: str, extra: str = "") -> str:
    """A 公文 body paragraph: 仿宋_GB2312 三号, first line indented by two full-width spaces typed as text."""
    return wp(wr(text, FANGSONG + extra))


def bold(text: str, size: int = 0, ppr: str = "") -> str:
    return wp(wr(text, "<w:b/>" + (f'<w:sz w:val="{size}"/>' if size else "")), ppr=ppr)


def gongwen() -> tuple[bytes, tuple[list[str], str | None]]:
    """A 公文 as Word keeps it: red 版头, 文号, red line as a bottom border, title, 主送, body, 附件, signature,
    抄送/印发 in a one-column table; page numbers only in the footer part."""
    line = ('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr>'
            "</w:p>")
    body = (wp(wr("中华人民共和国外交部文件", XIAOBIAOSONG + RED), ppr=CENTER)
            + wp(wr("外发〔2024〕12号", FANGSONG), ppr=CENTER) + line
            + wp(wr("关于中俄外长会晤有关情况的通报", XIAOBIAOSONG), ppr=CENTER)
            + fs("各驻外使馆：")
            + fs("　　2024年3月23日，中俄外长在桂林举行会晤。现将有关情况通报如下。")
            + fs("　　一、双方签署了联合声明。")
            + fs("　　附件：1.联合声明文本") + fs("　　　　　2.会晤日程")
            + wp(wr("外交部", FANGSONG), ppr='<w:pPr><w:jc w:val="right"/></w:pPr>')
            + wp(wr("2024年3月23日", FANGSONG), ppr='<w:pPr><w:jc w:val="right"/></w:pPr>')
            + grid(1, ["<w:tr>" + cell(fs("抄送：国务院办公厅，中央外办。")) + "</w:tr>",
                       "<w:tr>" + cell(fs("外交部办公厅　　　　　　2024年3月23日印发")) + "</w:tr>"]))
    footer = ('<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc '
              'w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType='
              '"begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
              '</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space='
              '"preserve"> —</w:t></w:r></w:p></w:ftr>')
    expected = ["中华人民共和国外交部文件", "外发〔2024〕12号", "关于中俄外长会晤有关情况的通报", "各驻外使馆：",
                "2024年3月23日，中俄外长在桂林举行会晤。现将有关情况通报如下。", "一、双方签署了联合声明。",
                "附件：1.联合声明文本", "2.会晤日程", "外交部", "2024年3月23日", "抄送：国务院办公厅，中央外办。",
                "外交部办公厅　　　　　　2024年3月23日印发"]
    return package(body, parts={"word/footer1.xml": footer}), (expected, "关于中俄外长会晤有关情况的通报")


def xinwengao() -> tuple[bytes, tuple[list[str], str | None]]:
    """A 新闻稿 from a ministry web page pasted into Word: title in bold 二号, 来源 / 责任编辑 lines."""
    body = (bold("王毅同拉夫罗夫举行会谈", 44, CENTER) + wp(wr("来源：外交部网站　　2024-03-23 18:00"), ppr=CENTER)
            + wp(wr("　　2024年3月23日，中俄外长在桂林举行会晤。")) + wp(wr("　　双方签署了联合声明。"))
            + wp(wr("【责任编辑：张三】"), ppr='<w:pPr><w:jc w:val="right"/></w:pPr>'))
    return package(body), (["王毅同拉夫罗夫举行会谈", "来源：外交部网站　　2024-03-23 18:00",
                            "2024年3月23日，中俄外长在桂林举行会晤。", "双方签署了联合声明。", "【责任编辑：张三】"],
                           "王毅同拉夫罗夫举行会谈")


def blank_letter() -> tuple[bytes, tuple[list[str], str | None]]:
    """A Russian бланк (ГОСТ Р 7.0.97): coat of arms, реквизиты in a two-column table, «О …» title in bold,
    numbered points, «–» list, signature table, «Исп.» block."""
    left = cell(*(wp(wr(t, TIMES + "<w:b/>"), ppr=CENTER) for t in (
        "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ", "РОССИЙСКОЙ ФЕДЕРАЦИИ", "(МИД России)")),
        wp(wr("Смоленская-Сенная пл., 32/34, Москва, 119200", TIMES), ppr=CENTER),
        wp(wr("23.03.2024 № 1234/дип", TIMES), ppr=CENTER))
    right = cell(wp(wr("Руководителям средств массовой информации", TIMES)))
    signature = grid(2, ["<w:tr>" + cell(wp(wr("Министр", TIMES))) + cell(wp(wr("С.В. Лавров", TIMES),
                                                                              ppr='<w:pPr><w:jc w:val="right"/>'
                                                                                  "</w:pPr>")) + "</w:tr>"])
    body = (PICTURE + grid(2, ["<w:tr>" + left + right + "</w:tr>"])
            + wp(wr("О визите Министра иностранных дел Российской Федерации в Китайскую Народную Республику",
                    TIMES + "<w:b/>"), ppr=CENTER)
            + wp(wr("1. 23 марта 2024 г. в Гуйлине состоялись переговоры министров.", TIMES))
            + wp(wr("1.1. Стороны подписали совместное заявление.", TIMES))
            + wp(wr("– о торгово-экономическом сотрудничестве;", TIMES))
            + wp(wr("– о гуманитарных связях.", TIMES))
            + signature
            + wp(wr("Исп. Иванова И.И.", TIMES + '<w:sz w:val="20"/>'))
            + wp(wr("+7 (499) 244-00-00", TIMES + '<w:sz w:val="20"/>')))
    return package(body), (["МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ", "РОССИЙСКОЙ ФЕДЕРАЦИИ", "(МИД России)",
                            "Смоленская-Сенная пл., 32/34, Москва, 119200", "23.03.2024 № 1234/дип",
                            "Руководителям средств массовой информации",
                            "О визите Министра иностранных дел Российской Федерации в Китайскую Народную Республику",
                            "1. 23 марта 2024 г. в Гуйлине состоялись переговоры министров.",
                            "1.1. Стороны подписали совместное заявление.",
                            "– о торгово-экономическом сотрудничестве;", "– о гуманитарных связях.", "Министр",
                            "С.В. Лавров", "Исп. Иванова И.И.", "+7 (499) 244-00-00"],
                           "О визите Министра иностранных дел Российской Федерации в Китайскую Народную Республику")


def cms_release() -> tuple[bytes, tuple[list[str], str | None]]:
    """An English release saved from a web CMS / Google Docs: a bold FOR IMMEDIATE RELEASE label and the date
    above the headline in bold 18 pt Normal text, a link, ###, Notes to editors, About, media contact."""
    link = ('<w:hyperlink r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + wr("www.example.org", '<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>")
    body = (bold("FOR IMMEDIATE RELEASE") + wp(wr("23 March 2024"))
            + wp(wr("Foreign ministers meet in Guilin", '<w:b/><w:sz w:val="36"/>'),
               ppr='<w:pPr><w:pStyle w:val="Normal"/><w:spacing w:after="200"/></w:pPr>')
            + wp(wr("GUILIN, 23 March 2024 – The foreign ministers met today."))
            + wp(wr("Full text: "), link) + wp(wr("###"), ppr=CENTER)
            + bold("Notes to editors") + wp(wr("1. The statement is attached."))
            + bold("About the Ministry") + wp(wr("The Ministry conducts foreign policy."))
            + bold("Media contact") + wp(wr("Press office\ttel. +86 10 6596 1114\tpress@example.org")))
    return package(body), (["FOR IMMEDIATE RELEASE", "23 March 2024", "Foreign ministers meet in Guilin",
                            "GUILIN, 23 March 2024 – The foreign ministers met "
                            "today.", "Full text: www.example.org", "###", "Notes to editors",
                            "1. The statement is attached.", "About the Ministry",
                            "The Ministry conducts foreign policy.", "Media contact",
                            "Press office\ttel. +86 10 6596 1114\tpress@example.org"],
                           "Foreign ministers meet in Guilin")


def acrobat_lines(lang: str) -> tuple[bytes, tuple[list[str], str | None]]:
    """Adobe Acrobat's "Export PDF to Word" (flowing text off): a paragraph per printed line, a hard hyphen at a
    broken word, a section break at every page end, the running header and "— N —" page number as text."""
    if lang == "ru":
        header = "Пресс-релиз МИД России"
        lines = [["Министры иностранных дел России и Китая встретились в Гуйлине и провели",
                  "переговоры, в ходе которых обсудили вопросы торгово-экономического сотруд-",
                  "ничества и гуманитарных связей."],
                 ["По итогам встречи министры подписали совместное заявление о развитии торгово-",
                  "экономического партнёрства."]]
        joined = ["Министры иностранных дел России и Китая встретились в Гуйлине и провели переговоры, в ходе "
                  "которых обсудили вопросы торгово-экономического сотрудничества и гуманитарных связей.",
                  "По итогам встречи министры подписали совместное заявление о развитии торгово-экономического "
                  "партнёрства."]
    elif lang == "en":
        header = "Press release"
        lines = [["The foreign ministers of China and Russia met in Guilin on 23 March and held",
                  "talks on trade, energy and cultural exchanges, and on the results of the negoti-",
                  "ations of last year on long-term contracts."],
                 ["After the talks the ministers signed a joint statement on their long-",
                  "term partnership."]]
        joined = ["The foreign ministers of China and Russia met in Guilin on 23 March and held talks on trade, "
                  "energy and cultural exchanges, and on the results of the negotiations of last year on long-term "
                  "contracts.", "After the talks the ministers signed a joint statement on their long-term "
                  "partnership."]
    elif lang == "zh-justified":
        header = "外交部新闻稿"  # justified: every full line as wide as the others
        lines = [["　　2024年3月23日，中俄两国外长在桂林举行会晤，双方就双边",
                  "关系和共同关心的国际与地区问题深入交换了意见，一致同",
                  "意进一步深化各领域务实合作，推动两国关系持续向前发展", "并共同签署了联合声明。"],
                 ["　　会晤后，两国外长共同会见了记者并回答了提问。"]]
    else:
        header = "外交部新闻稿"
        lines = [["2024年3月23日，中俄外长在桂林举行会晤，双方就", "双边关系和共同关心的国际问题深入交换意见，",
                  "并签署了联合声明。"], ["会晤后，两国外长共同会见了记者并回答了提问。"]]
    if lang.startswith("zh"):
        joined = ["".join(lines[0]).lstrip("　"), lines[1][0].lstrip("　")]
    body = wp(wr(header))
    body += "".join(wp(wr(line)) for line in lines[0][:2])
    body += wp(wr("— 1 —"), ppr=CENTER) + SECTION + wp(wr(header))
    body += "".join(wp(wr(line)) for line in lines[0][2:]) + "".join(wp(wr(line)) for line in lines[1])
    body += wp(wr("— 2 —"), ppr=CENTER)
    return package(body), (joined, None)


def reflow_bare_numbers() -> tuple[bytes, tuple[list[str], str | None]]:
    """Word opening a PDF (PDF Reflow): paragraphs kept whole, a next-page section break at each page end, the
    page number a bare "1", "2" left in the text before it; the headline a centred bold line."""
    body = (bold("Ministers meet in Guilin", 32, CENTER) + wp(wr("The foreign ministers met on 23 March."))
            + wp(wr("1"), ppr=CENTER) + SECTION + wp(wr("They signed a joint statement in 2 copies."))
            + wp(wr("2"), ppr=CENTER))
    return package(body), (["Ministers meet in Guilin", "The foreign ministers met on 23 March.",
                            "They signed a joint statement in 2 copies."], "Ministers meet in Guilin")


def finereader_frames() -> tuple[bytes, tuple[list[str], str | None]]:
    """ABBYY FineReader's "exact copy": every block of text in an absolutely positioned text box (VML
    fallback), anchored in empty paragraphs, lines ended with line breaks inside a paragraph."""
    def frame(*paragraphs: str) -> str:
        content = "".join(paragraphs)
        return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://'
                'schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" simplePos="0" relativeHeight="1" '
                'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="page"><wp:posOffset>700000</wp:posOffset></wp:positionV>'
                '<wp:extent cx="5000000" cy="400000"/><wp:docPr id="2" name="Text Box 2"/><a:graphic xmlns:a="http://'
                'schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/'
                f'office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent>'
                "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>"
                "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    body = (frame(bold("Foreign ministers meet in Guilin", 32))
            + frame(wp(wr("The foreign ministers of China and Russia met"), "<w:r><w:br/></w:r>",
                       wr("in Guilin on 23 March."))))
    return package(body), (["Foreign ministers meet in Guilin",
                            "The foreign ministers of China and Russia met\nin Guilin on 23 March."],
                           "Foreign ministers meet in Guilin")


def alternating() -> tuple[bytes, object]:
    """A release with each Chinese paragraph followed by its Russian translation."""
    zh = ["中俄外长在桂林举行会晤", "外交部发言人介绍了会晤情况。", "双方签署了联合声明。"]
    ru = ["Министры встретились в Гуйлине", "Представитель рассказала о переговорах.",
          "Стороны подписали заявление."]
    return package("".join(wp(wr(z)) + wp(wr(u)) for z, u in zip(zh, ru, strict=True))), {"zh": zh, "ru": ru}


def three_columns_merged() -> tuple[bytes, object]:
    """zh | en | ru with a title row merged across the three columns and a merged date row."""
    zh = ["外交部发言人介绍了会晤情况。", "双方签署了联合声明。"]
    en = ["A spokesperson described the talks.", "The sides signed a statement."]
    ru = ["Представитель рассказала о переговорах.", "Стороны подписали заявление."]
    wide = '<w:tcW w:w="9000" w:type="dxa"/><w:gridSpan w:val="3"/>'
    title = "联合新闻稿 / Joint press release / Совместный пресс-релиз"
    rows = ["<w:tr>" + cell(wp(wr(title)), props=wide) + "</w:tr>",
            "<w:tr>" + cell(wp(wr("2024-03-23")), props=wide) + "</w:tr>",
            "<w:tr>" + cell(wp(wr("中文"))) + cell(wp(wr("English"))) + cell(wp(wr("Русский"))) + "</w:tr>",
            *["<w:tr>" + cell(wp(wr(z))) + cell(wp(wr(e))) + cell(wp(wr(u))) + "</w:tr>"
              for z, e, u in zip(zh, en, ru, strict=True)]]
    return package(grid(3, rows)), {"zh": zh, "en": en, "ru": ru}


def documents() -> dict[str, tuple[bytes, object]]:
    return {
        "公文: 版头, 文号, red line, 附件, 抄送/印发 table": gongwen(),
        "新闻稿 with 来源 / 责任编辑 lines": xinwengao(),
        "Russian бланк: герб, реквизиты, «О …», signature": blank_letter(),
        "CMS / Google Docs: bold Normal headline, ###, About": cms_release(),
        "Acrobat PDF→Word, Russian: line paragraphs, hyphen": acrobat_lines("ru"),
        "Acrobat PDF→Word, English: line paragraphs, hyphen": acrobat_lines("en"),
        "Acrobat PDF→Word, Chinese: a line ending mid-word": acrobat_lines("zh"),
        "Acrobat PDF→Word, Chinese: justified lines": acrobat_lines("zh-justified"),
        "Word PDF Reflow: bare page numbers before section breaks": reflow_bare_numbers(),
        "FineReader exact copy: text boxes, line breaks": finereader_frames(),
        "zh paragraph then its ru translation, alternating": alternating(),
        "zh | en | ru table with merged title and date rows": three_columns_merged(),
    }


def _template(body: str, footer_xml: str | None = None) -> bytes:
    """A house template: its own body (a letterhead typed at its top, as 公文 and бланк templates often have
    it) and, optionally, a footer part of its own."""
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                text = data.decode()
                start = text.index("<w:body>") + len("<w:body>")
                text = text[:start] + body + text[start:]
                if footer_xml is not None:
                    text = text.replace("<w:pgSz", '<w:footerReference w:type="default" r:id="rId90"/><w:pgSz')
                data = text.encode()
            elif item.filename == "word/_rels/document.xml.rels" and footer_xml is not None:
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId90" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footer" '
                                    b'Target="footer1.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml" and footer_xml is not None:
                data = data.replace(b"</Types>", b'<Override PartName="/word/footer1.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
            dst.writestr(item, data)
        if footer_xml is not None:
            dst.writestr("word/footer1.xml", footer_xml)
    return out.getvalue()


def exports() -> dict[str, tuple[str, bytes, object]]:
    """name → (language, house template, what comes back: the body paragraphs python-docx reads back, whether
    the footers hold a page number, and how many of the template's own body paragraphs the export says it left
    out — a letterhead typed in the body is not carried, and that must be said, not done silently)."""
    page_field = ('<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc '
                  'w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar '
                  'w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar '
                  'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                  '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')
    banner = (wp(wr("中华人民共和国外交部文件", RED + '<w:sz w:val="44"/>'), ppr=CENTER)
              + '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:color="FF0000"/></w:pBdr></w:pPr></w:p>')
    return {
        "公文 template: footer '— PAGE —' field already there": (
            "zh", _template("", footer_xml=page_field), (["双方签署了联合声明。", "（完）"], 1, 0)),
        "公文 template: red 版头 typed at the top of the body": (
            "zh", _template(banner), (["双方签署了联合声明。", "（完）"], 1, 1)),
        "бланк template: letterhead table in the body": ("ru", _template(grid(1, ["<w:tr>" + cell(wp(wr(
            "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ"))) + "</w:tr>"])), (["Стороны подписали заявление.", "***"], 1, 1)),
    }


def main() -> int:
    from desktop_app.domain.release import Cell, Release, Role, Segment, Status
    from desktop_app.services.exporting import export_release
    from desktop_app.services.importing import ALL_LANGS, read_document
    from desktop_app.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild4-"))
    totals: Counter[str] = Counter()

    def read_doc(path: Path, expected: object) -> object:
        source = read_document(path)
        if isinstance(expected, dict):
            if source.columns is None:
                return "one column"
            return {lang: [q.text for q in source.column(lang)] for lang in source.langs_for(ALL_LANGS)}
        headline = next((q.text for q in source.paragraphs if q.role is Role.HEADLINE), None)
        return [q.text for q in source.paragraphs], headline

    def export(lang: str, template: bytes) -> object:
        release = Release(title="t")
        segment = Segment(Role.BODY)
        segment.cells[lang] = Cell({"zh": "双方签署了联合声明。", "ru": "Стороны подписали заявление."}[lang],
                                   Status.DRAFT)
        release.segments.append(segment)
        template_path = folder / "template.docx"
        template_path.write_bytes(template)
        out = folder / "export.docx"
        result = export_release(release, out, lang, template=template_path, settings=Settings(end_mark="native"))
        document = docx.Document(str(out))
        pages = [section.footer._element.xml.count("PAGE") for section in document.sections]
        return ([p.text for p in document.paragraphs if p.text], max(pages, default=0),
                int(bool(getattr(result, "template_body", 0))))  # older checkouts say nothing of it

    cases: list[tuple[str, str, Callable[[], object], object]] = []
    for number, (name, (data, expected)) in enumerate(documents().items()):
        path = folder / f"document-{number}.docx"
        path.write_bytes(data)
        cases.append(("DOCX", name, lambda path=path, expected=expected: read_doc(path, expected), expected))
    for name, (lang, template, expected) in exports().items():
        cases.append(("export", name, lambda lang=lang, template=template: export(lang, template), expected))
    for kind, name, read, expected in cases:
        result = verdict(read, expected)
        totals[result] += 1
        print(f"{kind:7} {name:58} {result}")
    print("all: " + ", ".join(f"{n} {what}" for what, n in totals.most_common()))
    # What looking for PDF lines, page furniture and title looks costs on a long document (best of 5 reads).
    for lang, line in (("en", "Paragraph {} of the release, on what the ministers agreed in Guilin this week."),
                       ("zh", "第{}段：中俄外长在桂林举行会晤，双方就双边关系和共同关心的国际问题交换意见")):
        path = folder / f"long-{lang}.docx"
        long = docx.Document()
        for number in range(3000):
            long.add_paragraph(line.format(number))
        long.save(str(path))
        best = min(_seconds(lambda path=path: read_document(path)) for _ in range(5))
        print(f"read a 3,000-paragraph {lang} document: {best * 1000:.0f} ms")
    return 0


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
