"""DOCX files written by LibreOffice, the way a press office using it sends them: each language of a small release
is typed as an OpenDocument text (numbered heading, footnote, tracked insertion and deletion, comment, manual line
break, text frame, a section, a dated header and a page-number footer), saved as .docx by LibreOffice itself,
then imported through the core importer into one release.

Slow (LibreOffice starts once per document): run with `make slow` or `pytest -m slow`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from desktop_app import LANGS
from desktop_app.domain.release import Release, Role
from desktop_app.services.importing import import_file

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (libreoffice-writer)"),
]

# (headline, lead with footnote, paragraph with a tracked change, two lines broken by hand, framed text)
RELEASE = {
    "zh": ("哈尔滨举办中俄博览会", "第九届中俄博览会5日在哈尔滨开幕。", ("展会为期五天。", "参展企业超过一千家。"),
           ("联系人：王丽", "电话：0451-1234"), "门票免费。"),
    "en": ("Harbin hosts China-Russia Expo", "The 9th China-Russia Expo opened in Harbin on the 5th.",
           ("The expo runs for five days.", " More than a thousand companies take part."),
           ("Contact: Wang Li", "Phone: +86 451 1234"), "Admission is free."),
    "ru": ("В Харбине проходит Российско-Китайское ЭКСПО", "IX Российско-Китайское ЭКСПО открылось в Харбине 5-го.",
           ("ЭКСПО продлится пять дней.", " В нём участвуют более тысячи компаний."),
           ("Контакт: Ван Ли", "Тел.: +86 451 1234"), "Вход свободный."),
}
REMOVED = {"zh": "此句已删除。", "en": "This sentence was removed.", "ru": "Это предложение удалено."}

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:default-outline-level="1"/>
 <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1"
  style:num-suffix="."/></text:outline-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect1" style:family="section"><style:section-properties><style:columns
  fo:column-count="2"/></style:section-properties></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>
  <style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>PRESS <text:date text:date-value="2025-06-05">5 June 2025</text:date></text:p></style:header>
 <style:footer><text:p><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ins1"><text:insertion><office:change-info><dc:creator>Editor</dc:creator>
  <dc:date>2025-06-05T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
 <text:changed-region text:id="del1"><text:deletion><office:change-info><dc:creator>Editor</dc:creator>
  <dc:date>2025-06-05T10:00:00</dc:date></office:change-info><text:p>{removed}</text:p></text:deletion>
 </text:changed-region>
</text:tracked-changes>
<text:h text:style-name="Heading_20_1" text:outline-level="1">{headline}</text:h>
<text:p>{lead}<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>
 <text:note-body><text:p>Footnote text</text:p></text:note-body></text:note></text:p>
<text:p>{kept}<text:change text:change-id="del1"/><text:change-start text:change-id="ins1"/>{inserted}<text:change-end
 text:change-id="ins1"/></text:p>
<text:p><office:annotation><dc:creator>Editor</dc:creator><text:p>Comment text</text:p></office:annotation
 >{line1}<text:line-break/>{line2}</text:p>
<text:section text:style-name="Sect1" text:name="S1"><text:p><draw:frame draw:name="F1" text:anchor-type="paragraph"
 svg:width="8cm"><draw:text-box><text:p>{framed}</text:p></draw:text-box></draw:frame></text:p></text:section>
</office:text></office:body></office:document>
"""


def _libreoffice_docx(tmp_path: Path, lang: str) -> Path:
    headline, lead, (kept, inserted), (line1, line2), framed = RELEASE[lang]
    source = tmp_path / f"release-{lang}.fodt"
    source.write_text(FODT.format(removed=escape(REMOVED[lang]), headline=escape(headline), lead=escape(lead),
                                  kept=escape(kept), inserted=escape(inserted), line1=escape(line1),
                                  line2=escape(line2), framed=escape(framed)), encoding="utf-8")
    subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path),
                    str(source)], check=True, capture_output=True, timeout=300)
    return source.with_suffix(".docx")


def test_a_release_saved_by_libreoffice_imports_as_it_shows_in_three_aligned_languages(tmp_path: Path) -> None:
    release = Release()
    for lang in LANGS:
        report = import_file(release, lang, _libreoffice_docx(tmp_path, lang))
        assert report.paragraphs == 5 and report.added_rows == 0, report
    for lang in LANGS:
        headline, lead, (kept, inserted), (line1, line2), framed = RELEASE[lang]
        # The heading's outline number is drawn as "1." with nothing after it (LibreOffice writes suff="nothing").
        assert [s.text(lang) for s in release.segments] == [
            f"1.{headline}", lead, kept + inserted, f"{line1}\n{line2}", framed]
    text = "\n".join(s.text(lang) for s in release.segments for lang in LANGS)
    for noise in ("Footnote text", "Comment text", "PRESS", "removed", "удалено", "已删除"):
        assert noise not in text
    assert release.segments[0].role is Role.HEADLINE
