"""Missing, untranslated, stale and length findings, each found where it should be and nowhere else."""

from __future__ import annotations

from qa_helpers import findings_of, kinds, row

from desktop_app.domain.qa import check_segment
from desktop_app.domain.qa.findings import Finding, Kind, Severity
from desktop_app.domain.release import Origin, Release, Role, derived_cell, edited_cell

ZH = ("中俄中小企业合作圆桌会议由中国共产党和公正俄罗斯党于2007年共同创办，已连续举办九届，"
      "成为两国企业家交流合作的重要平台。")
EN = ("Launched jointly by the Communist Party of China and the A Just Russia party in 2007, the roundtable has been "
      "held nine times and has become an important platform for exchanges and cooperation between entrepreneurs "
      "of the two countries.")
RU = ("Круглый стол, учреждённый Коммунистической партией Китая и партией «Справедливая Россия» в 2007 году, "
      "проводился уже девять раз и стал важной площадкой для обмена и сотрудничества предпринимателей двух стран.")


def test_a_complete_row_has_no_findings() -> None:
    assert findings_of(row(ZH, EN, RU)) == []


def test_missing_translation() -> None:
    found = findings_of(row(ZH, EN, ""))
    assert [(f.lang, f.kind, f.severity) for f in found] == [("ru", Kind.MISSING, Severity.ERROR)]
    assert findings_of(row("", "", "")) == []


def test_untranslated_copy_of_a_sibling() -> None:
    found = kinds(findings_of(row(ZH, EN, EN)), "untranslated")
    assert [lang for lang, _ in found] == ["ru"]


def test_text_in_the_wrong_language_is_untranslated() -> None:
    found = kinds(findings_of(row(ZH, EN, EN.replace("2007", "2007 year"))), "untranslated")
    assert [lang for lang, _ in found] == ["ru"]


def test_identical_numbers_dates_and_names_are_legitimate() -> None:
    for text in ("2023", "2023-07-20", "Huawei", "info@example.org", "PressDesk 2.0", "+86 579 8246 1234"):
        assert kinds(findings_of(row(text, text, text)), "untranslated") == [], text


def test_stale_translation() -> None:
    segment = row(ZH, "", RU)
    segment.cells["en"] = derived_cell(EN, source_lang="zh", source_text=ZH.replace("九", "八"),
                                       origin=Origin.MACHINE, engine="argos")
    found = findings_of(segment)
    assert [(f.lang, f.kind) for f in found if f.kind is Kind.STALE] == [("en", Kind.STALE)]
    segment.cells["en"] = derived_cell(EN, source_lang="zh", source_text=ZH, origin=Origin.MACHINE, engine="argos")
    assert [f for f in findings_of(segment) if f.kind is Kind.STALE] == []


def test_dropped_text_is_a_length_warning() -> None:
    first_sentence = RU.split(",")[0] + "."
    found = [f for f in findings_of(row(ZH, EN, first_sentence)) if f.kind is Kind.LENGTH]
    assert [(f.lang, f.severity, f.detail) for f in found] == [("ru", Severity.WARNING, "short")]


def test_duplicated_text_is_a_length_warning() -> None:
    found = [f for f in findings_of(row(ZH, EN + " " + EN, RU)) if f.kind is Kind.LENGTH]
    assert [(f.lang, f.detail) for f in found] == [("en", "long")]


def test_short_rows_are_not_length_checked() -> None:
    assert kinds(findings_of(row("2023年7月20日", "July 20, 2023", "20 июля 2023 года")), "length") == []


def test_finding_keys_survive_unrelated_edits() -> None:
    """Ignoring works by key: the same problem keeps its key when the text around it changes."""
    def number_finding(en: str) -> Finding:
        return next(f for f in findings_of(row(ZH, en, RU)) if f.kind is Kind.NUMBER)

    before = number_finding(EN.replace("nine", "eight"))
    after = number_finding(EN.replace("nine", "eight").replace("important", "key"))
    assert before.key == after.key
    assert number_finding(EN.replace("2007", "2008")).key != before.key


def test_edited_cell_is_rechecked() -> None:
    segment = row(ZH, EN, RU)
    segment.cells["en"] = edited_cell(segment.cells["en"], EN.replace("nine", "eight"))
    assert [f.lang for f in findings_of(segment) if f.kind is Kind.NUMBER] == ["en", "en"]


def test_a_quotation_that_repeats_the_report_leaves_nothing_missing_elsewhere() -> None:
    """«Лавров передал привет… — «Хочу передать вам привет…»»: the words said twice are one piece of content, so the
    version that says it once is not short; a quotation that says something new still counts."""
    en = "Lavrov conveyed President Putin's greetings to the Chinese Foreign Minister."
    repeated = ("Сергей Лавров передал министру иностранных дел Китая приветствие от президента России Владимира "
                "Путина. «Хочу передать вам самые теплые приветствия и добрые пожелания от президента России "
                "Владимира Путина», — сказал министр иностранных дел России в ходе переговоров.")
    assert kinds(findings_of(row(en=en, ru=repeated)), "length") == []
    new = ("Сергей Лавров передал министру иностранных дел Китая приветствие от президента России Владимира "
           "Путина. «Мы обсудили подготовку саммита, энергетические проекты, расчёты в национальных валютах и "
           "безопасность в Азиатско-Тихоокеанском регионе», — сообщил министр журналистам после переговоров.")
    assert [f.detail for f in findings_of(row(en=en, ru=new)) if f.kind is Kind.LENGTH] == ["short"]


def test_a_sentence_repeating_an_earlier_row_is_no_text_left_out() -> None:
    """A Chinese paragraph that opens by saying again what its lead said (据统计，…口岸旅客吞吐量突破500万人次…)
    leaves the English, which says it once in its lead, no shorter than it should be; a new sentence still counts."""
    lead = row("新华社哈尔滨1月5日电 今年以来，黑河口岸旅客吞吐量突破500万人次，创口岸开通以来新高。",
               "Passenger traffic through the Heihe port passed 5 million this year, a record since it opened.",
               role=Role.LEAD, seg_id="lead")
    body_zh = ("据口岸部门统计，黑河口岸旅客吞吐量突破500万人次，创口岸开通以来新高。"
               "其中，俄罗斯旅客占六成以上。")
    body_en = "More than 60 percent of them were Russians."

    def length(zh: str) -> list[str]:
        release = Release("t", "2024-01-05", [lead, row(zh, body_en, seg_id="body")])
        return [f.detail for f in check_segment(release, 1) if f.kind is Kind.LENGTH]

    assert length(body_zh) == []
    assert length(body_zh.replace("其中，俄罗斯旅客占六成以上。",
                                  "其中，俄罗斯旅客占六成以上，中方旅客同比增长两倍，口岸新增三条客运航线，"
                                  "夜间通关时间延长至二十二时。")) == ["short"]
