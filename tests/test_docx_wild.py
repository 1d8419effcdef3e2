"""Word documents as press offices send them: content controls, hidden text, tracked paragraph marks, ruby,
non-breaking hyphens and altChunk parts. Each test writes its own small package (python-docx's parts plus
hand-written WordprocessingML) and reads it back through the importer: only what Word shows is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_packages import AFCHUNK, NS, REL, package, save, texts, wp, wr

from desktop_app.domain.release import Release, Role
from desktop_app.formats.docx_reader import read_docx
from desktop_app.formats.errors import FormatError
from desktop_app.services.importing import import_file


def test_content_controls_still_showing_their_prompt_are_not_imported(tmp_path: Path) -> None:
    prompt_block = ('<w:sdt><w:sdtPr><w:alias w:val="Subheadline"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                    + wp(wr("Click or tap here to enter text.")) + "</w:sdtContent></w:sdt>")
    filled_block = ('<w:sdt><w:sdtPr><w:alias w:val="Headline"/></w:sdtPr><w:sdtContent>'
                    + wp(wr("Harbin fair opens its doors"), style="Title") + "</w:sdtContent></w:sdt>")
    inline = wp(wr("Contact: "),
                '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                + wr("Enter a name.") + "</w:sdtContent></w:sdt>",
                '<w:sdt><w:sdtPr><w:showingPlcHdr w:val="false"/></w:sdtPr><w:sdtContent>'
                + wr("press office") + "</w:sdtContent></w:sdt>")
    date_prompt = ('<w:sdt><w:sdtPr><w:date><w:dateFormat w:val="d MMMM yyyy"/></w:date><w:showingPlcHdr/></w:sdtPr>'
                   "<w:sdtContent>" + wp(wr("Click or tap to enter a date.")) + "</w:sdtContent></w:sdt>")
    path = save(tmp_path / "controls.docx", package(filled_block + prompt_block + inline + date_prompt))
    paragraphs = read_docx(path)
    assert [p.text for p in paragraphs] == ["Harbin fair opens its doors", "Contact: press office"]
    assert paragraphs[0].role is Role.HEADLINE


def test_hidden_text_is_not_imported_but_switched_off_hidden_is(tmp_path: Path) -> None:
    body = wp(wr("Exhibitors came from 12 regions."),
              '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [check figure]</w:t></w:r>',
              '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> Trade grew.</w:t></w:r>')
    body += wp('<w:r><w:rPr><w:vanish w:val="true"/></w:rPr><w:t>Internal note only</w:t></w:r>')
    path = save(tmp_path / "hidden.docx", package(body))
    assert texts(path) == ["Exhibitors came from 12 regions. Trade grew."]


def test_non_breaking_hyphens_read_as_hyphens_and_soft_hyphens_vanish(tmp_path: Path) -> None:
    body = wp(wr("Российско"), "<w:r><w:noBreakHyphen/></w:r>", wr("китайская выставка"),
              "<w:r><w:softHyphen/></w:r>", wr(" прошла 5"), "<w:r><w:noBreakHyphen/></w:r>", wr("7 июня."),
              '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>', wr("Харбин"))
    path = save(tmp_path / "hyphens.docx", package(body))
    assert texts(path) == ["Российско-китайская выставка прошла 5-7 июня.\tХарбин"]


def test_ruby_guide_text_is_not_imported(tmp_path: Path) -> None:
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:lid w:val="zh-CN"/></w:rubyPr>'
            '<w:rt><w:r><w:t>hā ěr bīn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>哈尔滨</w:t></w:r></w:rubyBase>'
            "</w:ruby></w:r>")
    path = save(tmp_path / "ruby.docx", package(wp(ruby, wr("博览会开幕。"))))
    assert texts(path) == ["哈尔滨博览会开幕。"]


def test_a_tracked_deletion_of_a_paragraph_mark_joins_the_paragraphs(tmp_path: Path) -> None:
    deleted_mark = '<w:pPr><w:rPr><w:del w:id="1" w:author="Ed" w:date="2025-06-05T09:00:00Z"/></w:rPr></w:pPr>'
    body = (wp(wr("Headline")) + f"<w:p>{deleted_mark}{wr('The fair runs ')}</w:p>" + wp(wr("until Sunday."))
            + f"<w:p>{deleted_mark}"
            + '<w:del w:id="2" w:author="Ed"><w:r><w:delText>A paragraph the editor removed.</w:delText></w:r></w:del>'
            + "</w:p>" + wp(wr("Admission is free."))
            + f"<w:p>{deleted_mark}{wr('Last words.')}</w:p>")
    path = save(tmp_path / "marks.docx", package(body))
    assert texts(path) == ["Headline", "The fair runs until Sunday.", "Admission is free.", "Last words."]


def test_an_html_altchunk_is_read_in_place(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>not content</title><style>p {color: red}</style></head><body>"
            "<h1>Сотрудничество в&nbsp;Харбине</h1><p>Первая строка<br>вторая   строка</p>"
            "<ul><li>Пункт один</li><li>Пункт <b>два</b></li></ul>"
            "<table><tr><td>Ячейка</td><td>Телефон</td></tr></table><script>alert(1)</script></body></html>")
    body = wp(wr("Перед вставкой")) + '<w:altChunk r:id="rIdChunk"/>' + wp(wr("После вставки"))
    data = package(body, {"word/chunk.html": page.encode("utf-8")}, [("rIdChunk", AFCHUNK, "chunk.html")],
                    '<Default Extension="html" ContentType="text/html"/>')
    paragraphs = read_docx(save(tmp_path / "chunk.docx", data))
    assert [p.text for p in paragraphs] == ["Перед вставкой", "Сотрудничество в\xa0Харбине",
                                            "Первая строка\nвторая строка", "Пункт один", "Пункт два", "Ячейка",
                                            "Телефон", "После вставки"]
    assert [p.role for p in paragraphs][:2] == [Role.BODY, Role.HEADLINE]


def test_a_web_archive_altchunk_is_read_with_its_own_charset(tmp_path: Path) -> None:
    html = "<html><body><p>Caf\xe9 owners met the delegation.</p><p>Second paragraph.</p></body></html>"
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"XYZ\"; type=\"text/html\"\r\n\r\n"
           "--XYZ\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           + html.replace("\xe9", "=E9") + "\r\n--XYZ--\r\n")
    data = package('<w:altChunk r:id="rIdM"/>', {"word/part.mht": mht.encode("ascii")},
                    [("rIdM", AFCHUNK, "/word/part.mht")], '<Default Extension="mht" ContentType="message/rfc822"/>')
    assert texts(save(tmp_path / "mht.docx", data)) == ["Café owners met the delegation.", "Second paragraph."]


def test_plain_text_and_word_altchunks_are_read(tmp_path: Path) -> None:
    inner = package(wp(wr("嵌入文档的第一段。")) + wp(wr("嵌入文档的第二段。")))
    text = "\ufeff纯文本第一行\r\n\r\n纯文本第二行\r\n".encode()
    body = '<w:altChunk r:id="rT"/>' + wp(wr("中间段落。")) + '<w:altChunk r:id="rD"/>'
    types = ('<Default Extension="txt" ContentType="text/plain"/>'
             '<Override PartName="/word/inner.docx" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>')
    data = package(body, {"word/a.txt": text, "word/inner.docx": inner},
                    [("rT", AFCHUNK, "a.txt"), ("rD", AFCHUNK, "inner.docx")], types)
    assert texts(save(tmp_path / "chunks.docx", data)) == ["纯文本第一行", "纯文本第二行", "中间段落。",
                                                              "嵌入文档的第一段。", "嵌入文档的第二段。"]


def test_an_altchunk_in_a_format_that_cannot_be_read_refuses_the_document(tmp_path: Path) -> None:
    data = package(wp(wr("Visible text")) + '<w:altChunk r:id="rR"/>', {"word/c.rtf": b"{\\rtf1 Lost text}"},
                    [("rR", AFCHUNK, "c.rtf")], '<Default Extension="rtf" ContentType="application/rtf"/>')
    path = save(tmp_path / "rtf.docx", data)
    with pytest.raises(FormatError, match=r"altChunk.*save it again"):
        read_docx(path)


def test_an_altchunk_without_its_part_adds_nothing(tmp_path: Path) -> None:
    data = package(wp(wr("Only paragraph")) + '<w:altChunk r:id="rMissing"/>',
                    rels=[("rMissing", AFCHUNK, "gone.html")])
    assert texts(save(tmp_path / "missing.docx", data)) == ["Only paragraph"]


def test_a_press_office_document_reads_as_its_visible_body(tmp_path: Path) -> None:
    """Tracked changes, comments, footnotes, fields, a smart tag, a text box with its VML fallback and header and
    footer parts in one release: each visible body paragraph exactly once, in order, and nothing else."""
    textbox = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
               '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               "<wps:txbx><w:txbxContent>" + wp(wr("Media accreditation closes on 1 June.")) + "</w:txbxContent>"
               "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
               '<w:pict><v:shape><v:textbox><w:txbxContent>' + wp(wr("Media accreditation closes on 1 June."))
               + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    body = (
        wp(wr("Expo week begins"), style="Heading1")
        + wp('<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">' + wr("2 June 2025") + "</w:fldSimple>")
        + wp('<w:commentRangeStart w:id="3"/>', wr("Organisers expect "),
             '<w:del w:id="4" w:author="Ed"><w:r><w:delText>2,000 </w:delText></w:r></w:del>',
             '<w:ins w:id="5" w:author="Ed">' + wr("3,000 ") + "</w:ins>", wr("visitors."),
             '<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>',
             '<w:r><w:footnoteReference w:id="1"/></w:r>')
        + wp(wr("Details: "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
             '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/expo" </w:instrText></w:r>',
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', wr("the expo site"),
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>', wr(", hosted in "),
             '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">'
             + wr("Harbin") + "</w:smartTag>", wr("."))
        + '<w:moveFrom w:id="6" w:author="Ed">' + wp(wr("Moved away")) + "</w:moveFrom>"
        + textbox
        + '<w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:footerReference w:type="default" r:id="rF"/>'
        + "</w:sectPr>")
    comments = f'<w:comments {NS}><w:comment w:id="3" w:author="Ed">{wp(wr("Confirm the number"))}</w:comment>' \
               "</w:comments>"
    notes = f'<w:footnotes {NS}><w:footnote w:id="1">{wp(wr("Figure from the organisers."))}</w:footnote></w:footnotes>'
    header = f"<w:hdr {NS}>{wp(wr('PRESS RELEASE 2 June 2025'))}</w:hdr>"
    footer = f"<w:ftr {NS}>{wp(wr('Page 1'))}</w:ftr>"
    data = package(body, {"word/comments.xml": comments, "word/footnotes.xml": notes, "word/header1.xml": header,
                           "word/footer1.xml": footer},
                    [("rC", REL + "comments", "comments.xml"), ("rN", REL + "footnotes", "footnotes.xml"),
                     ("rH", REL + "header", "header1.xml"), ("rF", REL + "footer", "footer1.xml")])
    paragraphs = read_docx(save(tmp_path / "release.docx", data))
    assert [p.text for p in paragraphs] == ["Expo week begins", "2 June 2025", "Organisers expect 3,000 visitors.",
                                            "Details: the expo site, hosted in Harbin.",
                                            "Media accreditation closes on 1 June."]
    assert paragraphs[0].role is Role.HEADLINE


def test_three_languages_built_three_ways_align_row_by_row(tmp_path: Path) -> None:
    """The same release in zh (prompt and text box), en (altChunk) and ru (hidden text, deleted paragraph)
    lands in one release with every row holding the same paragraph in each language."""
    zh = package(wp(wr("哈尔滨博览会开幕"), style="Title")
                  + '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + wp(wr("单击此处输入文字。"))
                  + "</w:sdtContent></w:sdt>"
                  + wp(wr("博览会为期五天。"))
                  + '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
                  + "<w:txbxContent>" + wp(wr("门票免费。")) + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                  + "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + wp(wr("门票免费。"))
                  + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    en = package(wp(wr("Harbin fair opens"), style="Title") + '<w:altChunk r:id="rE"/>',
                  {"word/e.html": b"<p>The fair runs for five days.</p><p>Admission is free.</p>"},
                  [("rE", AFCHUNK, "e.html")], '<Default Extension="html" ContentType="text/html"/>')
    ru = package(wp(wr("В Харбине открылась ярмарка"), style="Title")
                  + wp(wr("Ярмарка продлится пять дней."),
                       '<w:r><w:rPr><w:vanish/></w:rPr><w:t> (уточнить)</w:t></w:r>')
                  + '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="Ed"/></w:rPr></w:pPr><w:del w:id="2" w:author="Ed">'
                  + "<w:r><w:delText>Удалённый абзац.</w:delText></w:r></w:del></w:p>"
                  + wp(wr("Вход свободный.")))
    release = Release()
    for lang, data in (("zh", zh), ("en", en), ("ru", ru)):
        report = import_file(release, lang, save(tmp_path / f"{lang}.docx", data))
        assert report.paragraphs == 3 and report.added_rows == 0 and not report.warnings, report
    assert [[s.text(lang) for lang in ("zh", "en", "ru")] for s in release.segments] == [
        ["哈尔滨博览会开幕", "Harbin fair opens", "В Харбине открылась ярмарка"],
        ["博览会为期五天。", "The fair runs for five days.", "Ярмарка продлится пять дней."],
        ["门票免费。", "Admission is free.", "Вход свободный."],
    ]
    assert release.segments[0].role is Role.HEADLINE


def test_a_hidden_paragraph_mark_runs_the_paragraph_on_into_the_next(tmp_path: Path) -> None:
    """Word's style separator: a heading and its text on one line, joined by a hidden paragraph mark."""
    hidden_mark = '<w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>'
    shown_mark = '<w:pPr><w:rPr><w:vanish w:val="0"/></w:rPr></w:pPr>'
    body = (f"<w:p>{hidden_mark}{wr('Trade. ')}</w:p>" + wp(wr("Turnover rose by a fifth."))
            + f"<w:p>{shown_mark}{wr('Investment.')}</w:p>" + wp(wr("New projects were signed.")))
    assert texts(save(tmp_path / "separator.docx", package(body))) == [
        "Trade. Turnover rose by a fifth.", "Investment.", "New projects were signed."]


def test_an_html_altchunk_nested_too_deeply_is_refused_rather_than_cut(tmp_path: Path) -> None:
    page = "<div>" * 400 + "Text at the bottom" + "</div>" * 400
    data = package('<w:altChunk r:id="rDeep"/>', {"word/deep.html": page}, [("rDeep", AFCHUNK, "deep.html")],
                   '<Default Extension="html" ContentType="text/html"/>')
    with pytest.raises(FormatError, match="nests too deeply"):
        read_docx(save(tmp_path / "deep.docx", data))
