"""Files from the wild, fifth round: Word documents with footnotes numbered by a mark of their own, a 版头 made
with WordArt, a table of contents, house heading styles (based on Title, or an outline level), Word's Date and
Author styles, a trilingual table inside a layout table, a language column left empty, Word XML saved under a
.docx name, a part encoded in UTF-16 or named other than document.xml; glossaries from Taiwan and Hong Kong
(Big5), headed by what the columns hold (Термин / Перевод, 术语 / 译名) rather than their languages, workbooks
saved under a .csv name or by the Open XML SDK and EPPlus (prefixes, absolute targets, cells without references,
rich text), an Excel binary workbook, TBX with inline markup or in UTF-16; exports on house templates with a mail
merge or in Strict Open XML, with a very long title, and tables with an empty language column.

Two shapes were added after the first fixes and measured before their own: paragraphs parted by a blank line
of two line breaks, and a workbook with a second header row. Each case is counted as read right, refused cleanly
(with a message that says what the file is), refused with a message that does not say it, read wrong (silently),
refused although readable, or a crash; totals are printed.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wild_inputs5.py

Rounds 1–4 are in bench_wild_inputs.py, bench_wild_inputs3.py and bench_wild_inputs4.py. The expected result of
each file is written by hand beside it.
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from bench_wild_inputs import EN, RU, TERMS, ZH, package, workbook
from bench_wild_inputs3 import cell, grid, wp, wr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TRADITIONAL = [("國家杜馬", "State Duma"), ("外交部", "Ministry of Foreign Affairs"), ("立法會", "Legislative Council")]


@dataclass(frozen=True)
class Refused:
    """The file is to be refused with a message holding `says` (what the file is, or what to do)."""

    says: str


def style(name: str) -> str:
    return f'<w:pPr><w:pStyle w:val="{name}"/></w:pPr>'


def rewrite(data: bytes, change: Callable[[str, bytes], tuple[str, bytes]]) -> bytes:
    """A package with each entry passed through `change` (name, data) → (name, data)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            name, content = change(item.filename, src.read(item))
            dst.writestr(name, content)
    return out.getvalue()


def _field(code: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _toc_entries() -> str:
    """The paragraphs Word writes for References ▸ Table of Contents: a TOC field whose result runs over the
    entries (a hyperlink each, with a PAGEREF field for its page), in the TOC 1 style."""
    entries = [("1. Talks", "_Toc1", "1"), ("2. Documents signed", "_Toc2", "2")]
    paragraphs = []
    for number, (text, anchor, page) in enumerate(entries):
        page_field = _field(f"PAGEREF {anchor} " + "\\h", wr(page))
        link = f'<w:hyperlink w:anchor="{anchor}" w:history="1">{wr(text)}<w:r><w:tab/></w:r>{page_field}</w:hyperlink>'
        opening = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                   '"1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                   if number == 0 else "")
        paragraphs.append(wp(opening + link, ppr=style("TOC1")))
    return "".join(paragraphs) + wp('<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _statement(contents: str) -> str:
    return (wp(wr("Joint statement"), ppr=style("Title")) + contents
            + wp(wr("1. Talks"), ppr=style("Heading1")) + wp(wr("The ministers met in Guilin."))
            + wp(wr("2. Documents signed"), ppr=style("Heading1")) + wp(wr("They signed a joint statement.")))


STATEMENT = ["Joint statement", "1. Talks", "The ministers met in Guilin.", "2. Documents signed",
             "They signed a joint statement."]

HOUSE_STYLES = (
    f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="PRHeadline"><w:name w:val="PR Headline"/><w:basedOn w:val="Title"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Заголовок релиза"/><w:basedOn '
    'w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" '
    'w:styleId="Author"><w:name w:val="Author"/></w:style><w:style w:type="paragraph" w:styleId="Date">'
    '<w:name w:val="Date"/></w:style><w:style w:type="paragraph" w:styleId="FirstParagraph"><w:name '
    'w:val="First Paragraph"/></w:style></w:styles>')


def _flat_opc() -> bytes:
    """Word's "Word XML Document" (Flat OPC): the whole package as one XML file, renamed to .docx."""
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package '
            'xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/_rels/.rels" '
            'pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"'
            '/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" pkg:contentType='
            '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>'
            f'<w:document xmlns:w="{W_NS}"><w:body>{wp(wr(EN[0]))}</w:body></w:document></pkg:xmlData></pkg:part>'
            "</pkg:package>").encode()


def _utf16_part(name: str, data: bytes) -> tuple[str, bytes]:
    """document.xml as some .NET generators write it: UTF-16 with its byte-order mark."""
    if name != "word/document.xml":
        return name, data
    text = data.decode()
    text = text.split("?>", 1)[1] if text.startswith("<?xml") else text
    return name, ('<?xml version="1.0" encoding="utf-16" standalone="yes"?>' + text).encode("utf-16")


def _renamed_main(name: str, data: bytes) -> tuple[str, bytes]:
    """The main part named word/document2.xml, as docx4j and Aspose may name it."""
    if name == "word/document.xml":
        return "word/document2.xml", data
    return name, data.replace(b"/word/document.xml", b"/word/document2.xml").replace(
        b'Target="word/document.xml"', b'Target="word/document2.xml"')


def documents() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected): paragraphs, [(role, text)] where the roles matter, {lang: paragraphs} for
    a table of languages, or Refused."""
    custom_marks = (wp(wr(EN[1]), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference '
                       'w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>')
                    + wp(wr(EN[2]), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference '
                         'w:customMarkFollows="1" w:id="2"/><w:t>†</w:t></w:r>'))
    wordart = (wp('<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" xmlns:o="urn:'
                  'schemas-microsoft-com:office:office"><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape '
                  'id="WordArt 2" type="#_x0000_t136" style="width:425pt;height:45pt" fillcolor="red" stroked="f">'
                  '<v:textpath style="font-family:&quot;方正小标宋简体&quot;;font-size:40pt" trim="t" '
                  'string="中华人民共和国外交部文件"/></v:shape></w:pict></w:r>', ppr='<w:pPr><w:jc w:val="center"/>'
                  "</w:pPr>") + wp(wr(ZH[1])) + wp(wr(ZH[2])))
    toc_control = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
                   '</w:docPartObj></w:sdtPr><w:sdtContent>' + wp(wr("Contents"), ppr=style("TOCHeading"))
                   + _toc_entries() + "</w:sdtContent></w:sdt>")
    roles = (wp(wr(EN[0]), ppr=style("Title")) + wp(wr("Press office of the Ministry"), ppr=style("Author"))
             + wp(wr("23 March 2026"), ppr=style("Date")) + wp(wr(EN[1]), ppr=style("FirstParagraph")))
    inner = grid(3, ["<w:tr>" + cell(wp(wr(z))) + cell(wp(wr(e))) + cell(wp(wr(u))) + "</w:tr>"
                     for z, e, u in zip(ZH, EN, RU, strict=True)])
    return {
        "footnote and endnote with a mark of their own (*, †)": (".docx", package(custom_marks), EN[1:]),
        "公文 版头 made with WordArt (VML textpath)": (".docx", package(wordart), [
            "中华人民共和国外交部文件", ZH[1], ZH[2]]),
        "table of contents in its content control": (".docx", package(_statement(toc_control)), STATEMENT),
        "table of contents as a bare TOC field": (".docx", package(_statement(_toc_entries())), STATEMENT),
        "house headline style based on Title": (".docx", package(
            wp(wr(EN[0]), ppr=style("PRHeadline")) + wp(wr(EN[1])), parts={"word/styles.xml": HOUSE_STYLES}),
            [("headline", EN[0]), ("body", EN[1])]),
        "house style with outline level 1 (Заголовок релиза)": (".docx", package(
            wp(wr(RU[0]), ppr=style("a5")) + wp(wr(RU[1])), parts={"word/styles.xml": HOUSE_STYLES}),
            [("headline", RU[0]), ("body", RU[1])]),
        "Word's Author and Date styles (pandoc title block)": (".docx", package(
            roles, parts={"word/styles.xml": HOUSE_STYLES}), [
            ("headline", EN[0]), ("source", "Press office of the Ministry"), ("dateline", "23 March 2026"),
            ("body", EN[1])]),
        "zh | en | ru table inside a one-cell layout table": (".docx", package(grid(1, [
            "<w:tr>" + cell(inner) + "</w:tr>"])), {"zh": ZH, "en": EN, "ru": RU}),
        "Word XML Document (Flat OPC) named .docx": (".docx", _flat_opc(), Refused("Word XML")),
        "document.xml in UTF-16 (.NET generator)": (".docx", rewrite(package(wp(wr(ZH[1]))), _utf16_part), [ZH[1]]),
        "main part named word/document2.xml": (".docx", rewrite(package(wp(wr(EN[0]))), _renamed_main), [EN[0]]),
        "paragraphs parted by a blank line of two line breaks (web CMS)": (".docx", package(
            wp(wr(EN[1]), "<w:r><w:br/><w:br/></w:r>", wr(EN[2])) + wp(wr("Contact:"), "<w:r><w:br/></w:r>",
                                                                      wr("Press office"))),
            [EN[1], EN[2], "Contact:\nPress office"]),
        "release saved by Notepad in Big5 (Taiwan, Hong Kong)": (".txt", (
            "中俄外長在桂林舉行會晤\r\n\r\n外交部發言人介紹了會晤情況。\r\n\r\n雙方簽署了聯合聲明。\r\n").encode("big5"),
            ["中俄外長在桂林舉行會晤", "外交部發言人介紹了會晤情況。", "雙方簽署了聯合聲明。"]),
    }


def _csv(rows: list[tuple[str, ...]], sep: str) -> str:
    return "".join(sep.join(row) + "\r\n" for row in rows)


def _sdk_prefixes(name: str, data: bytes) -> tuple[str, bytes]:
    """SpreadsheetML written with an x: prefix, as the Open XML SDK writes it."""
    if not (name.startswith("xl/") and name.endswith(".xml") and b"spreadsheetml/2006/main" in data):
        return name, data
    text = re.sub(r"<(/?)(?!\?)([A-Za-z]+)", r"<\1x:\2", data.decode())
    return name, text.replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                              'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"').encode()


def _absolute_targets(name: str, data: bytes) -> tuple[str, bytes]:
    """Relationship targets written from the package root ("/xl/worksheets/sheet1.xml"), as EPPlus writes them."""
    return name, data.replace(b'Target="worksheets/', b'Target="/xl/worksheets/').replace(
        b'Target="xl/workbook.xml"', b'Target="/xl/workbook.xml"')


def _no_references(name: str, data: bytes) -> tuple[str, bytes]:
    """Cells and rows without their r="B2" references (optional in the standard; streaming writers leave them)."""
    return name, re.sub(rb' r="[A-Z]*\d+"', b"", data) if "worksheets/" in name else data


def _rich_text(name: str, data: bytes) -> tuple[str, bytes]:
    """A shared string in runs of rich text (a word set in bold inside the cell)."""
    if name != "xl/sharedStrings.xml":
        return name, data
    return name, data.replace("<si><t>国家杜马</t></si>".encode(),
                              "<si><r><t>国家</t></r><r><rPr><b/></rPr><t>杜马</t></r></si>".encode())


def _binary_workbook(name: str, data: bytes) -> tuple[str, bytes]:
    """Excel's binary workbook (.xlsb): the same package with .bin parts."""
    if name.startswith("xl/") and name.endswith(".xml"):
        return name[:-4] + ".bin", b"\x83\x01\x00\x80\x01"
    return name, data.replace(b".xml", b".bin") if name.endswith(".rels") else data


def _tbx(term: Callable[[str], str], encoding: str = "UTF-8", doctype: str = "") -> str:
    entries = "".join("<termEntry>" + "".join(
        f'<langSet xml:lang="{code}"><tig><term>{term(form)}</term></tig></langSet>'
        for code, form in zip(("zh-CN", "en-US", "ru-RU"), t, strict=True)) + "</termEntry>" for t in TERMS)
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n{doctype}<martif type="TBX" xml:lang="en"><martifHeader>'
            "<fileDesc><sourceDesc><p>MultiTerm</p></sourceDesc></fileDesc></martifHeader><text><body>"
            f"{entries}</body></text></martif>")


def _italic_second_word(form: str) -> str:
    head, _, tail = form.partition(" ")
    return f'{head} <hi type="italics">{tail}</hi>' if tail else form


def glossaries() -> dict[str, tuple[str, bytes, object]]:
    """name → (suffix, file, expected (zh, en, ru) forms, or Refused)."""
    header = ("Chinese", "English", "Russian")
    plain = workbook([("Sheet1", [list(header), *[list(t) for t in TERMS]])])
    return {
        "Taiwan Excel CSV in Big5 (Traditional Chinese)": (".csv", _csv([("中文", "英文"), *TRADITIONAL], ",")
                                                           .encode("big5"), [(z, e, "") for z, e in TRADITIONAL]),
        "CSV headed Термин;Перевод (ru;zh)": (".csv", _csv([("Термин", "Перевод"), *[(u, z) for z, _, u in TERMS]],
                                                           ";").encode("utf-8-sig"), [(z, "", u) for z, _, u in TERMS]),
        "CSV headed 术语,译名 (zh,ru)": (".csv", _csv([("术语", "译名"), *[(z, u) for z, _, u in TERMS]], ",")
                                         .encode("utf-8-sig"), [(z, "", u) for z, _, u in TERMS]),
        "Excel workbook saved under a .csv name": (".csv", plain, TERMS),
        "XLSX with a second header row (Term | Note under each language)": (".xlsx", workbook([("Sheet1", [
            ["Chinese", "", "English", "", "Russian", ""], ["Term", "Note", "Term", "Note", "Term", "Note"],
            *[[z, "官方", e, "official", u, "офиц."] for z, e, u in TERMS]])], merged="A1:B1"), TERMS),
        "XLSX with x: prefixes (Open XML SDK)": (".xlsx", rewrite(plain, _sdk_prefixes), TERMS),
        "XLSX with absolute relationship targets (EPPlus)": (".xlsx", rewrite(plain, _absolute_targets), TERMS),
        "XLSX cells without references (streaming writer)": (".xlsx", rewrite(plain, _no_references), TERMS),
        "XLSX shared string in rich-text runs": (".xlsx", rewrite(plain, _rich_text), TERMS),
        "Excel binary workbook (.xlsb) named .xlsx": (".xlsx", rewrite(plain, _binary_workbook), Refused("binary")),
        "TBX with <hi> markup inside a term": (".tbx", _tbx(_italic_second_word).encode(), TERMS),
        "TBX in UTF-16 with a DOCTYPE (MultiTerm)": (".tbx", _tbx(
            str, "UTF-16", '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n').encode("utf-16"), TERMS),
    }


def _mail_merge_template() -> bytes:
    """A house letter template still tied to a mail merge: Word runs its query on opening every document."""
    base = io.BytesIO()
    docx.Document().save(base)
    merge = (b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/>'
             b'<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\press\\contacts.xlsx"/>'
             b'<w:query w:val="SELECT * FROM `Sheet1$`"/></w:mailMerge>')
    return rewrite(base.getvalue(), lambda name, data: (name, data.replace(b"</w:settings>", merge + b"</w:settings>")
                                                        if name == "word/settings.xml" else data))


def _strict_template() -> bytes:
    """A house template saved as "Strict Open XML Document": the ISO namespaces throughout."""
    base = io.BytesIO()
    docx.Document().save(base)
    return rewrite(base.getvalue(), lambda name, data: (name, data.replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main").replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships")))


def exports() -> dict[str, tuple[str, str, list[dict[str, str]], bytes | None, object]]:
    """name → (layout, title, cells per segment, house template or None, what comes back: the body paragraphs,
    or the table's rows, and whether the package still holds a mail merge; or Refused)."""
    long_title = "Совместное заявление " * 150
    return {
        "house template tied to a mail merge": ("single", "t", [{"en": EN[2]}], _mail_merge_template(),
                                                ([EN[2], "###"], False)),
        "house template in Strict Open XML": ("single", "t", [{"en": EN[2]}], _strict_template(), Refused("Strict")),
        "a 3,000-character title": ("single", long_title, [{"ru": RU[2]}], None, ([RU[2], "###"], False)),
        "table with the English column still empty": ("table", "t", [{"zh": z, "ru": u} for z, u in zip(
            ZH, RU, strict=True)], None, ([["中文", "English", "Русский"], *[[z, "", u] for z, u in zip(
                ZH, RU, strict=True)]], False)),
    }


def verdict(read: Callable[[], object], expected: object) -> str:
    from desktop_app.formats.errors import FormatError
    from desktop_app.services.exporting import ExportError

    try:
        got = read()
    except (FormatError, ExportError) as exc:
        if not isinstance(expected, Refused):
            return "refused although readable"
        return "refused cleanly" if expected.says.lower() in str(exc).lower() else "refused, message unclear"
    except Exception as exc:
        return f"crash ({type(exc).__name__})"
    if isinstance(expected, Refused):
        return "read although not readable"
    return "right" if got == expected else "wrong"


def main() -> int:
    from desktop_app.domain.release import Cell, Release, Role, Segment, Status
    from desktop_app.services.exporting import export_release
    from desktop_app.services.glossary import plan_import
    from desktop_app.services.importing import ALL_LANGS, import_source, read_document
    from desktop_app.settings import Settings
    from desktop_app.storage.glossary_store import GlossaryStore

    folder = Path(tempfile.mkdtemp(prefix="pressdesk-wild5-"))
    store = GlossaryStore.open(folder / "glossary.sqlite", seed=False)
    totals: Counter[str] = Counter()

    def read_doc(path: Path, expected: object) -> object:
        source = read_document(path)
        if isinstance(expected, dict):
            if source.columns is None:
                return "one column"
            return {lang: [q.text for q in source.column(lang)] for lang in source.langs_for(ALL_LANGS)}
        if isinstance(expected, list) and expected and isinstance(expected[0], tuple):
            return [(q.role.value, q.text) for q in source.paragraphs]
        return [q.text for q in source.paragraphs]

    def into_approved_english(path: Path) -> object:
        """A zh | en | ru table whose English column is empty, imported whole into a release whose English is
        approved: what each row holds afterwards."""
        release = Release()
        for text in EN:
            segment = Segment(Role.BODY)
            segment.cells["en"] = Cell(text, Status.APPROVED)
            release.segments.append(segment)
        import_source(release, read_document(path), ALL_LANGS)
        return [(s.text("zh"), s.text("en"), s.text("ru")) for s in release.segments]

    def read_terms(path: Path) -> object:
        return [tuple(e.forms.get(lang, "") for lang in ("zh", "en", "ru")) for e in plan_import(store, path).added]

    def export(layout: str, title: str, cells: list[dict[str, str]], template: bytes | None) -> object:
        release = Release(title=title)
        for texts in cells:
            segment = Segment(Role.BODY)
            for lang, text in texts.items():
                segment.cells[lang] = Cell(text, Status.DRAFT)
            release.segments.append(segment)
        template_path = None
        if template is not None:
            template_path = folder / "template.docx"
            template_path.write_bytes(template)
        out = folder / "export.docx"
        lang = next(iter(cells[0])) if layout == "single" else None
        export_release(release, out, lang, layout=layout, template=template_path, settings=Settings(end_mark="###"))
        document = docx.Document(str(out))
        with zipfile.ZipFile(out) as z:
            merge = b"mailMerge" in z.read("word/settings.xml") if "word/settings.xml" in z.namelist() else False
        if layout == "table":
            return [[c.text for c in row.cells] for row in document.tables[0].rows], merge
        return [p.text for p in document.paragraphs if p.text], merge

    cases: list[tuple[str, str, Callable[[], object], object]] = []
    for number, (name, (suffix, data, expected)) in enumerate(documents().items()):
        path = folder / f"document-{number}{suffix}"
        path.write_bytes(data)
        cases.append(("DOCX", name, lambda path=path, expected=expected: read_doc(path, expected), expected))
    empty_en = folder / "empty-english.docx"
    empty_en.write_bytes(package(grid(3, [
        "<w:tr>" + cell(wp(wr("中文"))) + cell(wp(wr("English"))) + cell(wp(wr("Русский"))) + "</w:tr>",
        *["<w:tr>" + cell(wp(wr(z))) + cell() + cell(wp(wr(u))) + "</w:tr>" for z, u in zip(ZH, RU, strict=True)]])))
    cases.append(("DOCX", "zh | en | ru table, English empty, into approved English",
                  lambda: into_approved_english(empty_en), [(z, e, u) for z, e, u in zip(ZH, EN, RU, strict=True)]))
    for number, (name, (suffix, data, expected)) in enumerate(glossaries().items()):
        path = folder / f"glossary-{number}{suffix}"
        path.write_bytes(data)
        cases.append(("glossary", name, lambda path=path: read_terms(path), expected))
    for name, (layout, title, cells, template, expected) in exports().items():
        cases.append(("export", name, lambda args=(layout, title, cells, template): export(*args), expected))
    for kind, name, read, expected in cases:
        result = verdict(read, expected)
        totals[result] += 1
        print(f"{kind:8} {name:58} {result}")
    print("all: " + ", ".join(f"{n} {what}" for what, n in totals.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
