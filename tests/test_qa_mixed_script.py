"""Words that mix alphabets: "Вoлодин" with a Latin o, "Stаte" with a Cyrillic а, found in the English and Russian
text with a fix to the word's own alphabet; legitimate mixes (hyphen and apostrophe joins, Roman numerals, model
codes, units) left alone; no finding on the real releases, and exactly the real slips of real translations."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from qa_corpus import load_corpus
from qa_helpers import clean_sample, findings_of, row

from conftest import REALDATA, needs_realdata
from desktop_app.cli import main
from desktop_app.domain.homoglyphs import mixed_words
from desktop_app.domain.qa import check_release
from desktop_app.domain.qa.findings import Kind, Severity
from desktop_app.domain.qa.mixed_script import mixed_script_issues
from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.storage.project_store import ProjectStore

# The look-alikes, named so that the test says which character it plants.
LAT_O, LAT_C, LAT_A, LAT_M, LAT_E = "o", "c", "a", "M", "e"
CYR_A, CYR_O, CYR_KHA, CYR_ES = "\N{CYRILLIC SMALL LETTER A}", "\N{CYRILLIC SMALL LETTER O}", \
    "\N{CYRILLIC CAPITAL LETTER HA}", "\N{CYRILLIC SMALL LETTER ES}"
GREEK_OMICRON = "\N{GREEK CAPITAL LETTER OMICRON}"


def alphabets(word: str) -> set[str]:
    """The alphabets of a word's letters by their Unicode names: what the hand-written expectations are made of."""
    return {unicodedata.name(ch).split()[0] for ch in word if ch.isalpha()}


@pytest.mark.parametrize(("lang", "text", "word", "fixed", "letters"), [
    ("ru", f"Председатель Госдумы Вячеслав В{LAT_O}лодин", f"В{LAT_O}лодин", "Володин", "o (LATIN SMALL LETTER O)"),
    ("ru", f"{LAT_M}осква и Пекин", f"{LAT_M}осква", "Москва", "M (LATIN CAPITAL LETTER M)"),
    ("ru", f"ср{LAT_E}дние и {LAT_C}тарые", f"ср{LAT_E}дние", "средние", "e (LATIN SMALL LETTER E)"),
    ("en", f"the St{CYR_A}te Duma", f"St{CYR_A}te", "State", "а (CYRILLIC SMALL LETTER A)"),
    ("en", f"talks in M{CYR_O}scow", f"M{CYR_O}scow", "Moscow", "о (CYRILLIC SMALL LETTER O)"),
    ("ru", f"в XI{CYR_KHA} веке", f"XI{CYR_KHA}", "XIX", "Х (CYRILLIC CAPITAL LETTER HA)"),
    ("en", f"President {GREEK_OMICRON}bama", f"{GREEK_OMICRON}bama", "Obama", "Ο (GREEK CAPITAL LETTER OMICRON)"),
])
def test_a_mixed_word_is_a_warning_at_its_place_with_a_fix_to_its_own_alphabet(
        lang: str, text: str, word: str, fixed: str, letters: str) -> None:
    majority = "LATIN" if word in (f"St{CYR_A}te", f"M{CYR_O}scow", f"XI{CYR_KHA}", f"{GREEK_OMICRON}bama") \
        else "CYRILLIC"
    assert len(alphabets(word)) == 2 and alphabets(fixed) == {majority}
    (issue,) = [i for i in mixed_script_issues(text, lang) if i.args.get("word") == word]
    assert (issue.kind, issue.severity) == (Kind.MIXED_SCRIPT, Severity.WARNING)
    assert issue.span is not None and text[issue.span[0]:issue.span[1]] == word
    assert issue.args["letters"] == letters
    assert issue.fix is not None and issue.fix.label == f"Use “{fixed}”"
    assert issue.fix.apply(text) == text.replace(word, fixed)


def test_the_message_names_the_words_alphabet() -> None:
    (ru,) = mixed_script_issues(f"В{LAT_O}лодин", "ru")
    assert ru.message == f"“В{LAT_O}лодин” mixes alphabets: o (LATIN SMALL LETTER O) in a Cyrillic word"
    (en,) = mixed_script_issues(f"St{CYR_A}te", "en")
    assert en.message == f"“St{CYR_A}te” mixes alphabets: а (CYRILLIC SMALL LETTER A) in a Latin-alphabet word"


def test_a_tie_goes_to_the_alphabet_of_the_cells_language() -> None:
    word = f"O{CYR_ES}"  # Latin O, Cyrillic с
    (ru,) = mixed_script_issues(f"и {word} тоже", "ru")
    (en,) = mixed_script_issues(f"and {word} too", "en")
    assert ru.fix is not None and ru.fix.apply(f"и {word} тоже") == "и Ос тоже" and alphabets("Ос") == {"CYRILLIC"}
    assert en.fix is not None and en.fix.apply(f"and {word} too") == "and Oc too" and alphabets("Oc") == {"LATIN"}


def test_a_foreign_letter_without_a_look_alike_is_reported_without_a_fix() -> None:
    text = "транслируется с использованием стандартаDVB-S2."  # a space lost: real text (XQuAD)
    (issue,) = mixed_script_issues(text, "ru")
    assert issue.args["word"] == "стандартаDVB" and issue.fix is None
    assert issue.args["letters"] == ("D (LATIN CAPITAL LETTER D), V (LATIN CAPITAL LETTER V), "
                                     "B (LATIN CAPITAL LETTER B)")
    word = f"{LAT_M}{CYR_O}{CYR_ES}k{CYR_A}"  # Latin M and k among Cyrillic о, с, а
    (issue,) = mixed_script_issues(f"в Пек{LAT_A}не и {word}", "ru")[1:]
    assert issue.args["word"] == word and issue.fix is None  # a Latin k has no Cyrillic twin


def test_a_name_blended_from_a_capitalised_cyrillic_and_latin_half_is_left_alone() -> None:
    """Outlets and brands that write their name half in each alphabet, both halves capitalised, are spelt so on
    purpose; a lost space after a lower-case word and a look-alike slip in a capitalised word are still slips."""
    assert mixed_script_issues("сообщает корреспондент ГазетаDaily со ссылкой на ведомство", "ru") == []
    assert mixed_script_issues("the portal NewsЛента reported", "en") == []
    shown = [issue.args["word"] for issue in mixed_script_issues(
        f"по данным ГазетаDaily и агентстваReuters, в {LAT_M}{LAT_O}скве", "ru")]
    assert shown == ["агентстваReuters", f"{LAT_M}{LAT_O}скве"]


def test_a_word_typed_twice_is_one_finding_whose_fix_corrects_both() -> None:
    slip = f"В{LAT_O}лодин"
    text = f"{slip} заявил, что {slip} и Чжао Лэцзи обсудили"
    (issue,) = mixed_script_issues(text, "ru")
    assert issue.fix is not None and issue.fix.apply(text) == "Володин заявил, что Володин и Чжао Лэцзи обсудили"


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "iPhone-совместимый смартфон"),
    ("ru", "IT-компании и PR-служба, Wi-Fi-сеть"),
    ("ru", "пост в Twitter’е и видео на YouTube’е"),
    ("ru", "XX съезд КПСС, XIX век, Х век"),
    ("ru", "самолёты Ту-154, Boeing-737 и МиГ-29"),
    ("ru", "выбросы CO₂ и NO₂ снизились"),
    ("ru", "соотношение a × b = c, на входе x, число n делится"),
    ("ru", "витамин C и класс A"),
    ("ru", "β-адреноблокаторы и γ-излучение"),
    ("ru", "Д’Артаньян и О’Нил"),
    ("en", "5 μg of it, a 10 kΩ resistor, Δt and the α-helix"),
    ("en", "Roman numerals: Part XIX; Tu-154 and CO₂"),
    ("en", "He said “да” (yes) and left for Москва."),
    ("en", "the Lyon-based Élysée team's café"),
])
def test_legitimate_mixes_are_left_alone(lang: str, text: str) -> None:
    assert mixed_script_issues(text, lang) == []


def test_a_lone_letter_of_the_other_alphabet_between_words_is_flagged_with_a_fix() -> None:
    text = "Она была переделана заново в 1970 году, a громадная мраморная статуя"  # real text (XQuAD), Latin a
    (issue,) = mixed_script_issues(text, "ru")
    assert issue.message_id == "mixed-script-letter" and issue.severity is Severity.WARNING
    assert issue.args == {"text": "году, a громадная", "letter": "a", "name": "LATIN SMALL LETTER A"}
    assert issue.fix is not None and issue.fix.apply(text) == text.replace(" a ", f" {CYR_A} ")
    en = f"He met with {CYR_A} delegation."
    (issue,) = mixed_script_issues(en, "en")
    assert issue.fix is not None and issue.fix.apply(en) == "He met with a delegation."


def test_a_mixed_word_in_chinese_text_is_reported_in_its_majority_alphabet() -> None:
    """A Latin or Russian name quoted in Chinese text («沃洛金（Вoлодин）», "（Nоrnickel）" with a Cyrillic о) is the
    same slip: the fix writes the word in the alphabet most of its letters use. Clean quoted names pass."""
    (issue,) = mixed_script_issues(f"沃洛金（В{LAT_O}лодин）会见", "zh")
    assert issue.fix is not None and issue.fix.apply(f"沃洛金（В{LAT_O}лодин）会见") == "沃洛金（Володин）会见"
    text = f"该项目由诺里尔斯克镍业公司（N{CYR_O}rnickel）承建。"
    (issue,) = mixed_script_issues(text, "zh")
    assert issue.span == (text.index("N"), text.index("）")) and issue.fix is not None
    assert issue.fix.apply(text) == "该项目由诺里尔斯克镍业公司（Nornickel）承建。"
    assert mixed_script_issues("农产品出口发展中心（Agroexport）与协会（Асконд）发布消息，a股上涨。", "zh") == []
    assert mixed_script_issues("名称为abcdмаем的公司", "zh") == []  # as Latin as Cyrillic: no alphabet to hold it to


def test_the_release_check_reports_it_in_the_right_cell() -> None:
    findings = findings_of(row("沃洛金会见代表团。", f"Volodin met the delegati{CYR_O}n.",
                               f"В{LAT_O}лодин встретился с делегацией."))
    mixed = sorted((f.lang, f.args["word"]) for f in findings if f.kind is Kind.MIXED_SCRIPT)
    assert mixed == [("en", f"delegati{CYR_O}n"), ("ru", f"В{LAT_O}лодин")]


def test_the_real_releases_and_the_sample_give_no_finding() -> None:
    """The judged corpus of real releases and the sample release: real text, no false alarm (a slip a release
    really has, judged in its file, as Prime's «Cиньхуа» with a Latin C, is the one finding there)."""
    corpus = load_corpus()
    releases = [(item.release, item.judged) for item in corpus] + [(clean_sample(), ())]
    assert len(releases) >= 20
    words = 0
    for release, judged in releases:
        assert [f for f in check_release(release) if f.kind is Kind.MIXED_SCRIPT
                and not any(j.matched_by(f) for j in judged)] == []
        words += sum(len(s.text(lang).split()) for s in release.segments for lang in ("en", "ru"))
    assert words > 3000
    assert any(j.kind is Kind.MIXED_SCRIPT for item in corpus for j in item.judged)


@needs_realdata
def test_in_240_professional_translations_exactly_the_real_slips_are_found() -> None:
    """XQuAD's Russian has a Latin c in "cредние" and a Latin o in "бoльшую"/"бoльшим", a Latin a for the
    conjunction, a lost space and a mojibake name; its English and the rest of its Russian have none."""
    rows = [json.loads(line) for line in (REALDATA / "parallel" / "xquad_contexts_en-zh-ru.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    release = Release("XQuAD", "", [Segment(Role.BODY, {lang: imported_cell(r[lang]) for lang in ("zh", "en", "ru")})
                                    for r in rows])
    found = [f for f in check_release(release) if f.kind is Kind.MIXED_SCRIPT]
    shown = sorted((f.segment_index, f.lang, f.args.get("word") or f.args["text"]) for f in found)
    assert shown == [(40, "ru", "стандартаDVB"), (127, "ru", "году, a громадная"), (150, "ru", f"{LAT_C}редние"),
                     (160, "ru", f"б{LAT_O}льшую"), (165, "ru", f"б{LAT_O}льшую"), (168, "ru", f"б{LAT_O}льшим"),
                     (182, "ru", "KГјlГјg")]
    fixed = {}
    for f in found:
        if f.fix is not None:
            text = f.fix.apply(release.segments[f.segment_index].text("ru"))
            assert text is not None and not mixed_words(text[f.span[0] - 1:f.span[1] + 1], "ru")
            fixed[f.segment_index] = text[f.span[0]:f.span[1]]
    assert fixed == {127: CYR_A, 150: "средние", 160: "большую", 165: "большую", 168: "большим"}


def _project_with(tmp_path: Path, replacements: list[tuple[int, str, str]]) -> Path:
    release = clean_sample()
    for index, old, new in replacements:
        segment = release.segments[index]
        assert old in segment.text("ru")
        segment.cells["ru"] = imported_cell(segment.text("ru").replace(old, new))
    path = tmp_path / "release.pressdesk"
    ProjectStore.create(path, release).close()
    return path


def test_pressdesk_qa_lists_the_homoglyph_name_and_exits_1_for_the_official_name_it_hides(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The full name with a Latin M is no longer the glossary's "Сергей Миронов": an error (exit 1), explained by
    the mixed-alphabet warning on the same cell."""
    slip = f"{LAT_M}иронов"
    path = _project_with(tmp_path, [(2, "Сергей Миронов", f"Сергей {slip}")])
    assert main(["qa", str(path), "--json", "--no-spelling", "--lang", "ru"]) == 1
    found = json.loads(capsys.readouterr().out)
    mixed = [f for f in found if f["kind"] == "mixed-script"]
    assert [(f["segment"], f["severity"], f["message_id"], f["args"]["word"]) for f in mixed] == [
        (2, "warning", "mixed-script-cyrillic", slip)]
    assert [(f["segment"], f["kind"], f["severity"]) for f in found if f["kind"] == "term"] == [(2, "term", "error")]


def test_pressdesk_qa_exits_0_when_the_mixed_word_is_the_only_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings never fail a release (`qa` exits 1 on errors only): a later mention with a Latin M is listed."""
    path = _project_with(tmp_path, [(4, "Сергей Миронов", f"Сергей {LAT_M}иронов")])
    assert main(["qa", str(path), "--no-spelling"]) == 0
    out = capsys.readouterr().out
    assert f"#5 ru warning mixed-script: “{LAT_M}иронов” mixes alphabets: M (LATIN CAPITAL LETTER M) in a " \
           "Cyrillic word" in out
    assert out.rstrip().endswith("0 errors, 1 warning")
