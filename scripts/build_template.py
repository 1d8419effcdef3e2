"""Build `resources/template.docx`, PressDesk's clean built-in template for DOCX export.

The package is written part by part (no python-docx boilerplate, thumbnail or hundreds of unused styles) so
every style in it is one PressDesk uses: Title, Subtitle, Heading 1, Body Text, Lead, Quote, Dateline, Source,
Contact, Note, End Mark, the table styles, Header and Footer. The styles carry the fonts for the ASCII,
high-ANSI and East Asian slots and the default language tags; the footer carries a PAGE field. The settings turn on
Word's automatic hyphenation (by each run's language tag): justified Russian body text in a narrow table column
otherwise opens wide gaps between words; titles, headings and datelines are never hyphenated.

Run it again after changing a style: `.venv/bin/python scripts/build_template.py`.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.settings import Settings  # noqa: E402

OUT = REPO / "resources" / "template.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_DATE = (2024, 1, 1, 0, 0, 0)  # a fixed zip timestamp keeps the generated file byte-identical across runs

CONTENT_TYPES = """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/footer1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml"
 ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

PACKAGE_RELS = """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
<Relationship Id="rId2" Target="docProps/core.xml"
 Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"/>
<Relationship Id="rId3" Target="docProps/app.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"/>
</Relationships>"""

DOCUMENT_RELS = """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="styles.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
<Relationship Id="rId2" Target="settings.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"/>
<Relationship Id="rId3" Target="fontTable.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"/>
<Relationship Id="rId4" Target="footer1.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"/>
</Relationships>"""

CORE = """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title></dc:title><dc:creator></dc:creator><cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>
</cp:coreProperties>"""

APP = """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Template>PressDesk</Template><Application>PressDesk</Application><DocSecurity>0</DocSecurity>
</Properties>"""

# A4 portrait, 2.5 cm margins; the default footer holds the page number.
DOCUMENT = f"""<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>
<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>
<w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" w:footer="709" w:gutter="0"/>
<w:cols w:space="425"/><w:docGrid w:linePitch="360"/></w:sectPr>
</w:body></w:document>"""

FIELD_RPR = "<w:rPr><w:rStyle w:val=\"PageNumber\"/></w:rPr>"
FOOTER = f"""<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>
<w:r>{FIELD_RPR}<w:fldChar w:fldCharType="begin"/></w:r>
<w:r>{FIELD_RPR}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
<w:r>{FIELD_RPR}<w:fldChar w:fldCharType="separate"/></w:r>
<w:r>{FIELD_RPR}<w:t>1</w:t></w:r>
<w:r>{FIELD_RPR}<w:fldChar w:fldCharType="end"/></w:r>
</w:p></w:ftr>"""

SETTINGS = f"""<w:settings xmlns:w="{W_NS}">
<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>
<w:autoHyphenation/><w:consecutiveHyphenLimit w:val="2"/><w:doNotHyphenateCaps/>
<w:characterSpacingControl w:val="compressPunctuation"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
</w:compat>
<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>
<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>
</w:settings>"""


def font_table(western: str, cjk: str) -> str:
    """Font entries; the CJK serif names SimSun as its stand-in, so Word on Windows without it stays Chinese."""
    alt = "" if cjk == "SimSun" else '<w:altName w:val="SimSun"/>'
    return f"""<w:fonts xmlns:w="{W_NS}">
<w:font w:name="{western}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="{cjk}">{alt}<w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="auto"/>
<w:pitch w:val="variable"/></w:font>
</w:fonts>"""


def paragraph_style(style_id: str, name: str, *, based_on: str | None = "Normal", next_id: str | None = None,
                    ppr: str = "", rpr: str = "", primary: bool = True, custom: bool = False) -> str:
    """One paragraph style; `ppr`/`rpr` are the inner XML of its paragraph and run properties."""
    custom_attr = ' w:customStyle="1"' if custom else ""
    parts = [f'<w:style w:type="paragraph" w:styleId="{style_id}"{custom_attr}>', f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_id:
        parts.append(f'<w:next w:val="{next_id}"/>')
    if primary:
        parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def styles(western: str, cjk: str) -> str:
    """The style sheet: docDefaults with fonts and languages, then every style the exporter uses."""
    fonts = f'<w:rFonts w:ascii="{western}" w:hAnsi="{western}" w:eastAsia="{cjk}" w:cs="{western}"/>'
    keep = "<w:keepNext/><w:keepLines/>"
    unhyphenated = "<w:suppressAutoHyphens/>"  # titles, headings and datelines are never hyphenated
    defs = [
        paragraph_style("Normal", "Normal", based_on=None, ppr="<w:widowControl/>", rpr=fonts),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'
        "</w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        paragraph_style("Title", "Title", next_id="Subtitle",
                        ppr=f'{keep}{unhyphenated}<w:spacing w:before="240" w:after="240" w:line="240" '
                            'w:lineRule="auto"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
                        rpr='<w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="40"/><w:szCs w:val="40"/>'),
        paragraph_style("Subtitle", "Subtitle", next_id="Dateline",
                        ppr=f'{keep}{unhyphenated}<w:spacing w:after="240"/><w:jc w:val="center"/>',
                        rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>'),
        paragraph_style("Heading1", "heading 1", next_id="BodyText",
                        ppr=f'{keep}{unhyphenated}<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
                        rpr='<w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
        paragraph_style("BodyText", "Body Text",
                        ppr='<w:spacing w:after="160" w:line="300" w:lineRule="auto"/><w:jc w:val="both"/>'),
        paragraph_style("Lead", "Lead", based_on="BodyText", next_id="BodyText", custom=True,
                        rpr="<w:b/><w:bCs/>"),
        paragraph_style("Quote", "Quote", based_on="BodyText", next_id="BodyText",
                        ppr='<w:ind w:left="567" w:right="567"/>'),
        paragraph_style("Dateline", "Dateline", next_id="Lead", custom=True,
                        ppr=f'{keep}{unhyphenated}<w:spacing w:after="160"/>',
                        rpr='<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
        paragraph_style("Source", "Source", next_id="Contact", custom=True,
                        ppr='<w:spacing w:before="240" w:after="120"/>',
                        rpr='<w:sz w:val="22"/><w:szCs w:val="22"/>'),
        paragraph_style("Contact", "Contact", next_id="Contact", custom=True,
                        ppr='<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'
                            '<w:spacing w:before="240" w:after="0"/>',
                        rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        paragraph_style("Note", "Note", next_id="Note", custom=True,
                        ppr='<w:spacing w:after="120"/>', rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        paragraph_style("EndMark", "End Mark", next_id="Contact", custom=True,
                        ppr='<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>'),
        paragraph_style("TableText", "Table Text", custom=True,
                        ppr='<w:spacing w:before="40" w:after="40"/>',
                        rpr='<w:sz w:val="21"/><w:szCs w:val="21"/>'),
        paragraph_style("TableHeadline", "Table Headline", based_on="TableText", next_id="TableText", custom=True,
                        rpr="<w:b/><w:bCs/>"),
        paragraph_style("TableHeader", "Table Header", based_on="TableText", next_id="TableText", custom=True,
                        ppr="<w:keepNext/>", rpr="<w:b/><w:bCs/>"),
        paragraph_style("Header", "header", primary=False,
                        ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/>'
                            "</w:tabs>"),
        paragraph_style("Footer", "footer", primary=False, ppr='<w:jc w:val="center"/>',
                        rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        '<w:style w:type="character" w:styleId="PageNumber"><w:name w:val="page number"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders></w:tblPr></w:style>",
    ]
    return f"""<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="24"/><w:szCs w:val="24"/>
<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
{"".join(defs)}
</w:styles>"""


def build(out: Path = OUT) -> Path:
    """Write the template package with the default fonts of `Settings`."""
    fonts = Settings().fonts
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": DOCUMENT,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles(fonts["en"], fonts["zh"]),
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": font_table(fonts["en"], fonts["zh"]),
        "word/footer1.xml": FOOTER,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts.items():
            zf.writestr(zipfile.ZipInfo(name, FIXED_DATE), XML_DECL + xml, zipfile.ZIP_DEFLATED)
    return out


if __name__ == "__main__":
    print(build())
