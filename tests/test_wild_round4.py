"""Files from the wild, fourth round: official releases as Word files arrive at a press office — a 公文 with its
red 版头, a Russian бланк with реквизиты and signature tables, a release saved from a web CMS with its headline in
bold Normal text, and releases converted from PDF by Acrobat (a paragraph per printed line, hyphenated line ends,
page numbers and running heads in the text). Each test writes the WordprocessingML the tool writes and reads it
back through the import, as the CLI and the import dialog do."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import ui_support
from docx_packages import package, save
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.release import Release, Role
from desktop_app.services.importing import import_source, read_document
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.import_dialog import ImportDialog

answers = ui_support.answers  # fixture

CENTER = '<w:pPr><w:jc w:val="center"/></w:pPr>'
SECTION = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>'


def run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(text: str, props: str = "", ppr: str = "") -> str:
    return f"<w:p>{ppr}{run(text, props)}</w:p>"


def roles(path: Path) -> list[tuple[str, str]]:
    return [(p.role.value, p.text) for p in read_document(path).paragraphs]


def test_a_gongwen_title_in_large_type_is_the_headline_not_its_red_letterhead(tmp_path: Path) -> None:
    """A 公文 has no heading styles: the red 版头 in 方正小标宋 names the issuing body, the 文号 follows, then the
    title in 二号 (22 pt). The title is the headline; the 抄送/印发 table is read after the body."""
    big = '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>'
    body = (para("中华人民共和国外交部文件", big + '<w:color w:val="FF0000"/>', CENTER)
            + para("外发〔2024〕12号", '<w:sz w:val="32"/>', CENTER)
            + '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:color="FF0000"/></w:pBdr></w:pPr></w:p>'
            + para("关于中俄外长会晤有关情况的通报", big, CENTER) + para("各驻外使馆：", '<w:sz w:val="32"/>')
            + para("　　2024年3月23日，中俄外长在桂林举行会晤。", '<w:sz w:val="32"/>')
            + '<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>' + para("抄送：国务院办公厅。")
            + "</w:tc></w:tr></w:tbl>")
    path = save(tmp_path / "gongwen.docx", package(body))
    assert roles(path) == [("body", "中华人民共和国外交部文件"), ("body", "外发〔2024〕12号"),
                           ("headline", "关于中俄外长会晤有关情况的通报"), ("body", "各驻外使馆："),
                           ("body", "2024年3月23日，中俄外长在桂林举行会晤。"), ("body", "抄送：国务院办公厅。")]


def test_a_blank_letter_title_after_the_requisites_table_is_the_headline(tmp_path: Path) -> None:
    """A бланк opens with the coat of arms and the реквизиты in a table set in bold: the bold «О …» title after
    it is the headline, the table and the signature table are read as text in order."""
    bold = "<w:b/>"
    requisites = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>"
                  + para("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ", bold) + "</w:tc><w:tc>"
                  + para("Руководителям СМИ") + "</w:tc></w:tr></w:tbl>")
    signature = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>" + para("Министр")
                 + "</w:tc><w:tc>" + para("С.В. Лавров") + "</w:tc></w:tr></w:tbl>")
    body = (requisites + para("О визите Министра в Китай", bold, CENTER)
            + para("1. 23 марта состоялись переговоры.") + para("Notes", bold) + signature)
    path = save(tmp_path / "blank.docx", package(body))
    assert roles(path) == [("body", "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ"), ("body", "Руководителям СМИ"),
                           ("headline", "О визите Министра в Китай"), ("body", "1. 23 марта состоялись переговоры."),
                           ("body", "Notes"), ("body", "Министр"), ("body", "С.В. Лавров")]


def test_bold_text_after_running_text_is_no_headline(tmp_path: Path) -> None:
    """A document that opens with running text has no title: a bold line further down ("Notes to editors") and
    a bold sentence are not made the headline."""
    body = (para("GUILIN, 23 March – The foreign ministers met today.") + para("Notes to editors", "<w:b/>"))
    path = save(tmp_path / "cms.docx", package(para("The ministers met.", "<w:b/>") + body))
    assert [r for r, _ in roles(path)] == ["body", "body", "body"]
    path = save(tmp_path / "cms2.docx", package(body))
    assert [r for r, _ in roles(path)] == ["body", "body"]


def test_a_cms_headline_in_bold_normal_text_is_the_headline(tmp_path: Path) -> None:
    """A release from a web CMS or Google Docs: its headline is bold 18 pt Normal text under a bold release label
    and a date line, which are no headline."""
    body = (para("FOR IMMEDIATE RELEASE", "<w:b/>") + para("23 March 2024")
            + para("Foreign ministers meet in Guilin", '<w:b/><w:sz w:val="36"/>')
            + para("GUILIN, 23 March – The foreign ministers met today.") + para("###", ppr=CENTER))
    path = save(tmp_path / "cms.docx", package(body))
    assert roles(path) == [("body", "FOR IMMEDIATE RELEASE"), ("body", "23 March 2024"),
                           ("headline", "Foreign ministers meet in Guilin"),
                           ("body", "GUILIN, 23 March – The foreign ministers met today."), ("body", "###")]


RU_LINES = [["Министры иностранных дел России и Китая встретились в Гуйлине и провели",
             "переговоры, в ходе которых обсудили вопросы торгово-экономического сотруд-",
             "ничества и гуманитарных связей."],
            ["По итогам встречи министры подписали совместное заявление о стратегическом", "партнёрстве."]]


def _acrobat(lines: list[list[str]], header: str) -> bytes:
    """Acrobat's Export PDF to Word: a paragraph per line, a section break and the page number and running head
    as text at each page turn, here after the second line."""
    flat = [line for paragraph in lines for line in paragraph]
    body = para(header) + "".join(para(line) for line in flat[:2])
    body += para("— 1 —", ppr=CENTER) + SECTION + para(header)
    body += "".join(para(line) for line in flat[2:]) + para("— 2 —", ppr=CENTER)
    return package(body)


def test_acrobat_lines_are_joined_into_paragraphs_and_page_furniture_left_out(tmp_path: Path) -> None:
    path = save(tmp_path / "acrobat.docx", _acrobat(RU_LINES, "Пресс-релиз МИД России"))
    source = read_document(path)
    assert [p.text for p in source.paragraphs] == [
        "Министры иностранных дел России и Китая встретились в Гуйлине и провели переговоры, в ходе которых "
        "обсудили вопросы торгово-экономического сотрудничества и гуманитарных связей.",
        "По итогам встречи министры подписали совместное заявление о стратегическом партнёрстве."]
    release = Release()
    report = import_source(release, source, "ru")[0]
    assert [s.text("ru") for s in release.segments] == [p.text for p in source.paragraphs]
    assert report.notes == ["4 page number(s) and running head(s) in the text not imported",
                            "3 line(s) broken as on a printed page joined to the paragraph they continue"]


def test_chinese_lines_broken_on_a_comma_are_joined(tmp_path: Path) -> None:
    lines = [["2024年3月23日，中俄外长在桂林举行会晤，", "双方签署了联合声明。"], ["会晤后，两国外长共同会见了记者。"]]
    path = save(tmp_path / "zh.docx", _acrobat(lines, "外交部新闻稿"))
    assert [p.text for p in read_document(path).paragraphs] == [
        "2024年3月23日，中俄外长在桂林举行会晤，双方签署了联合声明。", "会晤后，两国外长共同会见了记者。"]


def test_separate_paragraphs_are_not_joined(tmp_path: Path) -> None:
    """Paragraphs that only look broken stay apart: a short label above an address, a list whose items start in
    lower case after a colon, a line that is not full, lines that do not end the sentence, a centred line, and a
    short line repeated in a document that has no page numbers."""
    body = (para("Media contact") + para("press@example.org")
            + para("The sides agreed on the following measures for the coming year:") + para("trade;")
            + para("Bold italic underline superscript subscript strikethrough") + para("italic")
            + para("A title set in the middle of the page without a full stop", ppr=CENTER)
            + para("and then a lowercase sentence that ends here.")
            + para("Conclusion") + para("Some text of the release in between.") + para("Conclusion"))
    path = save(tmp_path / "apart.docx", package(body))
    assert len(read_document(path).paragraphs) == 11


def test_cli_import_says_what_was_joined_and_left_out(tmp_path: Path) -> None:
    doc = save(tmp_path / "acrobat.docx", _acrobat(RU_LINES, "Пресс-релиз МИД России"))
    project = tmp_path / "r.pressdesk"
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1]), "PATH": "/usr/bin:/bin"}
    cli = [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data")]
    subprocess.run([*cli, "new", str(project)], check=True, env=env, capture_output=True)
    done = subprocess.run([*cli, "import", str(project), "--lang", "ru", str(doc)], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert "4 page number(s) and running head(s) in the text not imported" in done.stdout + done.stderr
    shown = json.loads(subprocess.run([*cli, "show", str(project), "--json"], check=True, env=env,
                                      capture_output=True, text=True).stdout)
    assert [s["ru"]["text"] for s in shown["segments"]][1:] == [
        "По итогам встречи министры подписали совместное заявление о стратегическом партнёрстве."]


ZH = ["中俄外长在桂林举行会晤", "外交部发言人介绍了会晤情况。", "双方签署了联合声明。"]
RU = ["Министры встретились в Гуйлине", "Представитель рассказала о переговорах.", "Стороны подписали заявление."]


def test_paragraphs_taking_turns_between_languages_import_as_aligned_columns(tmp_path: Path) -> None:
    """A bilingual release written as a Chinese paragraph followed by its Russian translation: each language goes
    into its own column, row by row, and the headline's translation shares the headline's row and role."""
    body = "".join(wp_styled(z, "Title" if i == 0 else "") + para(u) for i, (z, u) in enumerate(zip(ZH, RU,
                                                                                                   strict=True)))
    path = save(tmp_path / "zh-ru.docx", package(body))
    source = read_document(path)
    assert source.kind == "alternating" and source.languages == ("zh", "ru")
    release = Release()
    reports = import_source(release, source, "all")
    assert [(s.role, s.text("zh"), s.text("ru")) for s in release.segments] == [
        (Role.HEADLINE, ZH[0], RU[0]), (Role.BODY, ZH[1], RU[1]), (Role.BODY, ZH[2], RU[2])]
    assert reports[0].notes[0] == "paragraphs taking turns between languages (Chinese, Russian): 3 rows"
    assert [r.warnings for r in reports] == [[], []]
    only_ru = Release()
    report = import_source(only_ru, source, "ru")[0]
    assert [s.text("ru") for s in only_ru.segments] == RU and [s.text("zh") for s in only_ru.segments] == ["", "", ""]
    assert "the document's Chinese paragraphs not imported" in report.notes


def test_three_languages_in_turn_and_broken_turns(tmp_path: Path) -> None:
    """zh, en, ru over and over is read per language; a paragraph out of turn (or a date no script tells) keeps
    the document one column, as does a single pair."""
    en = ["Ministers meet in Guilin", "A spokesperson described the talks.", "The sides signed a statement."]
    turns = "".join(para(z) + para(e) + para(u) for z, e, u in zip(ZH, en, RU, strict=True))
    source = read_document(save(tmp_path / "three.docx", package(turns)))
    assert {lang: [p.text for p in source.column(lang)] for lang in source.languages} == {"zh": ZH, "en": en,
                                                                                          "ru": RU}
    broken = para(ZH[0]) + para(RU[0]) + para(ZH[1]) + para("2024-03-23") + para(ZH[2]) + para(RU[2])
    assert read_document(save(tmp_path / "date.docx", package(broken))).kind == "document"
    pair = para(ZH[0]) + para(RU[0])
    assert read_document(save(tmp_path / "pair.docx", package(pair))).kind == "document"
    out_of_turn = para(ZH[0]) + para(RU[0]) + para(RU[1]) + para(ZH[1])
    assert read_document(save(tmp_path / "turn.docx", package(out_of_turn))).kind == "document"


def wp_styled(text: str, style: str) -> str:
    return para(text, ppr=f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")


def test_justified_chinese_lines_are_joined_but_short_chinese_paragraphs_are_not(tmp_path: Path) -> None:
    """Chinese has no lower case to tell a continued line: a line is continued when it is as wide as the page's
    other full lines (a digit half as wide as a character, the first line missing its two-character indent).
    Chinese paragraphs of unequal width without closing punctuation — list items, 文号 and title — stay apart."""
    lines = [["　　2024年3月23日，中俄两国外长在桂林举行会晤，双方就双边",
              "关系和共同关心的国际与地区问题深入交换了意见，一致同",
              "意进一步深化各领域务实合作，推动两国关系持续向前发展", "并共同签署了联合声明。"],
             ["　　会晤后，两国外长共同会见了记者并回答了提问。"]]
    path = save(tmp_path / "justified.docx", _acrobat(lines, "外交部新闻稿"))
    assert [p.text for p in read_document(path).paragraphs] == [
        "2024年3月23日，中俄两国外长在桂林举行会晤，双方就双边关系和共同关心的国际与地区问题深入交换了意见，"
        "一致同意进一步深化各领域务实合作，推动两国关系持续向前发展并共同签署了联合声明。",
        "会晤后，两国外长共同会见了记者并回答了提问。"]
    items = ["外发〔2024〕12号", "关于中俄外长会晤有关情况的通报",
             "取締役・執行役員として必須の法的知識・財務分析の習得", "取締役・執行役員としての行動指針の明確化",
             "Asdgkflasdjgklaosdjgklweriotakldmngioasjdg阿萨德交付给拉丝机的考虑过", "爱斯达克老嘎结算的考虑根据"]
    path = save(tmp_path / "items.docx", package("".join(para(t) for t in items)))
    assert [p.text for p in read_document(path).paragraphs] == items


def test_export_on_a_template_with_a_letterhead_in_its_body_says_it_is_not_carried(tmp_path: Path) -> None:
    """A 公文 or бланк house template often has its 版头 / реквизиты typed at the top of the body. The export
    uses the template's styles, header and footer, not its body, and says so in its result."""
    import docx

    from desktop_app.domain.release import Cell, Segment, Status
    from desktop_app.services.exporting import export_release
    from desktop_app.settings import Settings

    template = docx.Document()
    template.add_paragraph("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ")
    template.add_table(rows=1, cols=2).cell(0, 1).text = "Руководителям СМИ"
    template.save(str(tmp_path / "blank.docx"))
    release = Release(title="t")
    release.segments.append(Segment(Role.BODY))
    release.segments[0].cells["ru"] = Cell(RU[2], Status.DRAFT)
    result = export_release(release, tmp_path / "out.docx", "ru", template=tmp_path / "blank.docx",
                            settings=Settings(end_mark="###"))
    assert [p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs] == [RU[2], "###"]
    assert result.template_body == 2
    assert result.notes == ["the template's own body text (2 paragraph(s)) is not exported, only its styles, "
                            "header, footer and page set-up; a letterhead for every release belongs in the "
                            "template's header (Different First Page for the first page only)"]
    plain = export_release(release, tmp_path / "plain.docx", "ru", settings=Settings(end_mark="###"))
    assert plain.template_body == 0 and plain.notes == []


def test_bare_page_numbers_where_pages_turn_are_left_out(tmp_path: Path) -> None:
    """Word's PDF Reflow and Acrobat leave the page number as a bare "1", "2" before each page's section break:
    counting up page after page where pages turn, they are page numbers. A lone number, or numbers that do not
    count up, are text."""
    reflow = (para("The foreign ministers met on 23 March.") + para("1", ppr=CENTER) + SECTION
              + para("They signed a joint statement in 2 copies.") + para("2", ppr=CENTER))
    path = save(tmp_path / "reflow.docx", package(reflow))
    assert [p.text for p in read_document(path).paragraphs] == [
        "The foreign ministers met on 23 March.", "They signed a joint statement in 2 copies."]
    votes = (para("Votes in favour:") + para("12") + SECTION + para("Votes against:") + para("3"))
    assert [p.text for p in read_document(save(tmp_path / "votes.docx", package(votes))).paragraphs] == [
        "Votes in favour:", "12", "Votes against:", "3"]
    lone = para("Articles adopted:") + para("7")
    assert [p.text for p in read_document(save(tmp_path / "lone.docx", package(lone))).paragraphs] == [
        "Articles adopted:", "7"]


def test_a_hyphen_at_a_line_end_is_kept_where_the_document_writes_that_compound(tmp_path: Path) -> None:
    """Acrobat keeps the hyphen that broke a word at the line end as a plain hyphen: it goes ("сотруд-ничество"
    is one word), unless the document writes a word beginning so with a hyphen elsewhere ("торгово-…")."""
    lines = [["Министры иностранных дел России и Китая встретились в Гуйлине и провели",
              "переговоры, в ходе которых обсудили вопросы торгово-экономического сотруд-",
              "ничества и гуманитарных связей."],
             ["По итогам встречи министры подписали совместное заявление о развитии торгово-",
              "экономического партнёрства."]]
    path = save(tmp_path / "compound.docx", _acrobat(lines, "Пресс-релиз МИД России"))
    assert [p.text for p in read_document(path).paragraphs] == [
        "Министры иностранных дел России и Китая встретились в Гуйлине и провели переговоры, в ходе которых "
        "обсудили вопросы торгово-экономического сотрудничества и гуманитарных связей.",
        "По итогам встречи министры подписали совместное заявление о развитии торгово-экономического партнёрства."]


def test_the_import_dialog_offers_every_language_of_paragraphs_in_turn_and_tells_of_pdf_lines(
        qtbot, data_dir: Path, tmp_path: Path, monkeypatch, answers: ui_support.Answers) -> None:
    """From the window: a zh/ru document in turn is offered whole (both languages, row by row) and imported as
    such; an Acrobat conversion is described by what was joined and left out."""
    seen: list[dict] = []

    def exec_(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.prepared is not None or dialog.error is not None, timeout=20_000)
        seen.append({"told": dialog.table_label.text() if dialog.table_label.isVisibleTo(dialog) else "",
                     "offered": dialog.all_check.isVisibleTo(dialog), "choice": dialog.choice})
        return int(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    project = tmp_path / "r.pressdesk"
    ProjectStore.create(project, Release()).close()
    turns = save(tmp_path / "zh-ru.docx", package("".join(para(z) + para(u) for z, u in zip(ZH, RU, strict=True))))
    acrobat = save(tmp_path / "acrobat.docx", _acrobat(RU_LINES, "Пресс-релиз МИД России"))
    for window in ui_support.window_on(qtbot, data_dir, project):
        window.import_document("zh", str(turns))
        assert [(s.text("zh"), s.text("ru")) for s in window.document.release.segments] == list(zip(ZH, RU,
                                                                                                    strict=True))
        window.import_document("ru", str(acrobat))
    assert seen[0]["offered"] and seen[0]["choice"] == "all"
    assert seen[0]["told"].startswith("The paragraphs of this document take turns between languages: Chinese, "
                                      "Russian.")
    assert not seen[1]["offered"]
    # The English catalogue words the counts ("4 page numbers"); the bare source says "page number(s)".
    assert re.fullmatch(r"Not imported: 4 page numbers? and running heads? of the printed pages\.\n"
                        r"3 lines? broken as on a printed page joined to the paragraph (?:it|they) continues?\.",
                        seen[1]["told"].replace("(s)", ""))
