"""Invisible characters cannot hide a term or a forbidden form: the matcher reads through them and reports the
span in the original text, and QA reports every invisible or bidi-control character with a fix removing it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from qa_helpers import findings_of, row

from desktop_app.cli import main
from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, TermEntry
from desktop_app.domain.invisible import escape_unseen, strip_invisible
from desktop_app.domain.qa.findings import Kind, Severity
from desktop_app.domain.qa.invisible import invisible_issues
from desktop_app.domain.release import Release
from desktop_app.storage.glossary_store import GlossaryStore
from desktop_app.storage.project_store import ProjectStore

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069",
             "\u200f", "\u061c", "\u180e", "\u034f", "\U000e0041", "\u2063"]


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GlossaryMatcher]:
    """The seeded glossary in a real SQLite file."""
    with GlossaryStore.open(tmp_path_factory.mktemp("glossary") / "glossary.sqlite") as store:
        yield store.matcher()


def spans(matcher: GlossaryMatcher, text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(h.text, h.kind.value, h.form) for h in matcher.find(text, lang)]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize(("lang", "text", "term", "cut"), [
    ("en", "Delegates of the Chinese Communist Party arrived.", "Chinese Communist Party", 5),
    ("en", "A Communist Party of China delegation.", "Communist Party of China", 11),
    ("zh", "中国共产党代表团抵达。", "中国共产党", 2),
    ("ru", "Прибыла делегация Коммунистической партии Китая.", "Коммунистической партии Китая", 7),
])
def test_a_term_split_by_an_invisible_character_is_still_found_at_its_real_offsets(
        matcher: GlossaryMatcher, char: str, lang: str, text: str, term: str, cut: int) -> None:
    expected = spans(matcher, text, lang)
    assert [t for t, _k, _f in expected] == [term]
    start = text.index(term)
    planted = text[:start + cut] + char + text[start + cut:]
    hits = matcher.find(planted, lang)
    assert [(h.text, h.kind.value, h.form) for h in hits] == [(term[:cut] + char + term[cut:], *expected[0][1:])]
    assert planted[hits[0].start:hits[0].end] == hits[0].text


def test_several_invisible_characters_and_one_before_the_term(matcher: GlossaryMatcher) -> None:
    text = "\u202eThe\u200b \ufeffCh\u00adinese Commu\u200d\u2060nist Party\u200b met."
    hits = matcher.find(text, "en")
    assert [(h.kind, text[h.start:h.end]) for h in hits] == [
        (HitKind.FORBIDDEN, "Ch\u00adinese Commu\u200d\u2060nist Party")]


def test_a_glossary_form_with_an_invisible_character_still_matches_plain_text() -> None:
    entry = TermEntry(1, "organization", {"zh": "", "en": "Sil\u200bk Road Fund", "ru": ""})
    hits = GlossaryMatcher([entry]).find("The Silk Road Fund invested.", "en")
    assert [h.text for h in hits] == ["Silk Road Fund"]


def test_strip_invisible_maps_every_kept_character_back() -> None:
    text = "a\u200bb\u202e\u2066c\U000e0041"
    stripped, positions = strip_invisible(text)
    assert stripped == "abc"
    assert positions is not None and [text[p] for p in positions[:-1]] == ["a", "b", "c"]
    assert positions[-1] == len(text)
    assert strip_invisible("plain") == ("plain", None)


def test_a_forbidden_form_behind_a_zero_width_space_is_a_qa_error_and_the_fix_restores_the_approved_form(
        matcher: GlossaryMatcher) -> None:
    en = "Delegates of the Chinese Commu\u200bnist Party arrived."
    findings = findings_of(row("中国共产党代表团抵达。", en, "Прибыла делегация Коммунистической партии Китая."),
                           matcher=matcher)
    forbidden = [f for f in findings if f.kind is Kind.FORBIDDEN]
    assert [(f.lang, f.severity) for f in forbidden] == [("en", Severity.ERROR)]
    assert forbidden[0].fix is not None
    assert forbidden[0].fix.apply(en) == "Delegates of the Communist Party of China arrived."
    invisible = [f for f in findings if f.kind is Kind.INVISIBLE]
    assert [(f.lang, f.severity) for f in invisible] == [("en", Severity.WARNING)]
    assert "U+200B ZERO WIDTH SPACE" in invisible[0].message


@pytest.mark.parametrize(("text", "severity", "name"), [
    ("Price: \u202e01$ USD", Severity.ERROR, "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("Isolate \u2067abc\u2069 here", Severity.ERROR, "U+2067 RIGHT-TO-LEFT ISOLATE"),
    ("Bell\x07 and escape \x1b[31m", Severity.ERROR, "U+0007 BELL"),
    ("soft\u00adhyphen", Severity.WARNING, "U+00AD SOFT HYPHEN"),
    ("word\u2060joiner", Severity.WARNING, "U+2060 WORD JOINER"),
    ("tag\U000e0069\U000e0067 smuggling", Severity.WARNING, "U+E0069 TAG LATIN SMALL LETTER I"),
    ("\ufeffbyte order mark", Severity.WARNING, "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
])
def test_invisible_and_control_characters_in_a_cell_are_reported_with_a_fix(text: str, severity: Severity,
                                                                           name: str) -> None:
    issues = invisible_issues(text)
    assert [(i.kind, i.severity) for i in issues] == [(Kind.INVISIBLE, severity)]
    assert name in issues[0].message
    assert issues[0].fix is not None
    cleaned = issues[0].fix.apply(text)
    assert cleaned is not None and escape_unseen(cleaned) == cleaned


def test_bidi_and_zero_width_characters_in_one_cell_give_an_error_and_a_warning() -> None:
    text = "A\u200bB\u202eC\u200dD"
    issues = invisible_issues(text)
    assert sorted((i.severity, i.fix.apply(text)) for i in issues if i.fix) == [
        (Severity.ERROR, "A\u200bBC\u200dD"), (Severity.WARNING, "AB\u202eCD")]


@pytest.mark.parametrize("text", ["Plain text.", "Line one\nline two\twith a tab", "葛\U000e0100 with a variation "
                                  "selector", "emoji ❤\ufe0f", "中文，标点。"])
def test_ordinary_text_gives_no_invisible_finding(text: str) -> None:
    assert invisible_issues(text) == []


def test_the_qa_of_a_release_reports_invisible_characters_in_any_cell() -> None:
    findings = findings_of(row("中国\u200b代表团", "A dele\u202egation", "Делегация"))
    assert sorted((f.lang, f.severity) for f in findings if f.kind is Kind.INVISIBLE) == [
        ("en", Severity.ERROR), ("zh", Severity.WARNING)]


def test_escape_unseen_shows_what_would_drive_a_terminal() -> None:
    assert escape_unseen("a\x1b]0;x\x07b\u202ec\ud800") == "a\\x1b]0;x\\x07b\\u202ec\\ud800"


def test_a_search_pasted_with_an_invisible_character_finds_the_entry(tmp_path: Path) -> None:
    with GlossaryStore.open(tmp_path / "g.sqlite") as store:
        assert [e.forms["en"] for e in store.search("Jin\u200bhua", category="place")] == ["Jinhua"]


def test_pressdesk_qa_reports_a_forbidden_form_behind_a_word_joiner_and_the_invisible_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en = "Talks with the Chinese Commu\u2060nist Party and \u2067the CCP\u2069 delegation."
    release = Release("Talks", "2023-07-20", [row("中国共产党代表团会谈。", en, "Переговоры с делегацией КПК.")])
    path = tmp_path / "hidden.pressdesk"
    ProjectStore.create(path, release).close()
    assert main(["qa", str(path), "--json", "--lang", "en"]) == 1
    found = {(f["kind"], f["severity"]) for f in json.loads(capsys.readouterr().out)}
    assert {("forbidden", "error"), ("invisible", "error"), ("invisible", "warning")} <= found
