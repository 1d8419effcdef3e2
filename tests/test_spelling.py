"""Spell-checking with real dictionaries (English: native libhunspell through chunspell; Russian: the morphological
dictionary, or the user's own Hunspell ru_RU): misspelt English and Russian words found and underlined in the
editor, glossary names (inflected too) never, QA lists them as `spelling` notes. Damaged, oddly encoded or oddly
placed dictionaries never crash the app and never flag every word."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import ui_support
from PySide6.QtGui import QTextCharFormat

from desktop_app.domain.qa.findings import Kind, Severity
from desktop_app.domain.release import Cell, Status
from desktop_app.services.spelling import SpellChecker, dictionary_dirs, load_dictionary
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

needs_dictionaries = pytest.mark.skipif(
    not SpellChecker(dictionary_dirs(Path("/nonexistent"))).available("en"),
    reason="no en_US Hunspell dictionary (chunspell carries one; Debian: hunspell-en-us)")

WAIT = 120_000  # the first check loads the dictionaries
REPO = Path(__file__).resolve().parent.parent
# The en_US dictionary the chunspell wheel carries (ISO8859-1): always there, whatever the system has.
CHUNSPELL_EN = Path(importlib.util.find_spec("hunspell").submodule_search_locations[0]) / "dictionaries"


def copy_dictionary(source: Path, name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in (".aff", ".dic"):
        shutil.copyfile(source / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder


@needs_dictionaries
def test_the_checker_finds_misspellings_and_skips_numbers_acronyms_and_given_spans(tmp_path: Path) -> None:
    checker = SpellChecker(dictionary_dirs(tmp_path))
    text = "The 10th conferance of SMEs and the CPC opened in Zhejiang."
    found = [m.word for m in checker.check(text, "en", [(text.index("Zhejiang"), text.index("Zhejiang") + 8)])]
    assert found == ["conferance"]
    assert [m.word for m in checker.check("Делегация посетила индустриальнй парк.", "ru")] == ["индустриальнй"]
    assert checker.check("代表团参观了工业园区。", "zh") == []
    # A cached-only check never loads a dictionary: nothing before the first full check, full answers after it.
    fresh = SpellChecker(dictionary_dirs(tmp_path))
    assert fresh.check(text, "en", cached_only=True) == []
    fresh.check("word", "en")
    assert [m.word for m in fresh.check("A conferance in Zhejiang.", "en", [(16, 24)], cached_only=True)] == [
        "conferance"]


def test_english_is_checked_with_the_dictionary_chunspell_carries_when_no_folder_has_one(tmp_path: Path) -> None:
    assert dictionary_dirs(tmp_path)[-1] == CHUNSPELL_EN  # the last resort, after the user's, bundled and system's
    checker = SpellChecker([tmp_path / "dictionaries", CHUNSPELL_EN])
    assert checker.dictionary_path("en") == CHUNSPELL_EN / "en_US"
    # ISO8859-1 dictionary: the typographic apostrophe is looked up as the ASCII one the dictionary lists.
    assert [m.word for m in checker.check("We don’t know the conferance’s words.", "en")] == ["conferance’s"]
    # No ru_RU anywhere: Russian is still checked, with the morphological dictionary.
    assert checker.available("ru") and checker.dictionary_path("ru") is None
    assert [m.word for m in checker.check("Делегация посетила индустриальнй парк.", "ru")] == ["индустриальнй"]


def test_russian_is_checked_with_the_morphological_dictionary_that_knows_names_inflections_and_compounds() -> None:
    checker = SpellChecker([])
    text = ("Председатель Государственной Думы Вячеслав Володин встретился с председателем Постоянного комитета "
            "Всекитайского собрания народных представителей; Матвиенко и Мишустин обсудили российско-китайское "
            "и интернет-сотрудничество, по-русски и ещё раз еще. Делегацыя посетилла праздник в Пекине.")
    # Names, case endings, compounds (whole or by their parts) and е for ё pass; typos do not.
    assert [m.word for m in checker.check(text, "ru")] == ["Делегацыя", "посетилла"]
    # A name in lower case is misspelt, a word that is also a name is not ("путина", the fishing season).
    text = "Делегация прибыла в москву и Пекин, встретилась с володиным и Путиным; путина началась в санкт-петербурге."
    assert [m.word for m in checker.check(text, "ru")] == ["москву", "володиным", "санкт-петербурге"]


def test_a_russian_hunspell_dictionary_counts_only_in_the_users_own_folder(tmp_path: Path) -> None:
    aff = "SFX A Y 1\nSFX A о а о\n"
    mine = write_dictionary(tmp_path / "mine", "ru_RU", "UTF-8", aff, ["и", "слово/A", "превед", "медвед"])
    system = write_dictionary(tmp_path / "system", "ru_RU", "UTF-8", aff, ["и", "слово/A", "превед", "медвед"])
    text = "Превед, медвед: слова делегация."
    # The user's own dictionary (the first folder) replaces the morphological one...
    assert [m.word for m in SpellChecker([mine]).check(text, "ru")] == ["делегация"]
    # ...but one further down (bundled, system) does not: the morphological dictionary already in memory is used.
    later = SpellChecker([tmp_path / "empty", system])
    assert later.dictionary_path("ru") is None
    assert [m.word for m in later.check(text, "ru")] == ["Превед", "медвед"]


CACHED_ONLY_CHILD = """
import sys
from desktop_app.domain.morphology import russian_analyzer, russian_analyzer_loaded
from desktop_app.services.spelling import SpellChecker

checker = SpellChecker([])
text = "Делегация посетила индустриальнй парк."
print(checker.check(text, "ru", cached_only=True), russian_analyzer_loaded())
russian_analyzer()  # as the glossary loads it to match inflected terms
print([m.word for m in checker.check(text, "ru", cached_only=True)])
"""


def test_a_cached_only_russian_check_waits_for_the_morphological_dictionary_and_never_loads_it() -> None:
    child = subprocess.run([sys.executable, "-c", CACHED_ONLY_CHILD], capture_output=True, text=True, timeout=300,
                           cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert child.returncode == 0, child.stderr
    assert child.stdout.splitlines() == ["[] False", "['индустриальнй']"]


def test_a_dictionary_in_a_folder_the_locale_cannot_spell_still_loads(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # A Cyrillic user name under a Western locale (Windows, cp1252): chunspell would encode the path with the
    # locale's encoding; HUNSPELL_PATH_ENCODING is how chunspell lets one stand in for that locale here.
    monkeypatch.setenv("HUNSPELL_PATH_ENCODING", "ascii")
    folder = copy_dictionary(CHUNSPELL_EN, "en_US", tmp_path / "Пользователи" / "Иван" / "словари ü 字典")
    checker = SpellChecker([folder])
    assert [m.word for m in checker.check("The conferance opened.", "en")] == ["conferance"]


def write_dictionary(folder: Path, name: str, encoding: str, aff: str, words: list[str]) -> Path:
    """A small real Hunspell dictionary in `encoding` (the .aff names it with Hunspell's spelling)."""
    folder.mkdir(parents=True, exist_ok=True)
    codec = {"microsoft-cp1251": "cp1251"}.get(encoding, encoding)
    (folder / f"{name}.aff").write_bytes(f"SET {encoding}\n{aff}".encode(codec))
    (folder / f"{name}.dic").write_bytes("\n".join([str(len(words)), *words, ""]).encode(codec))
    return folder


@pytest.mark.parametrize("encoding", ["KOI8-R", "microsoft-cp1251", "UTF-8"])
def test_russian_dictionaries_in_single_byte_encodings_check_russian(tmp_path: Path, encoding: str) -> None:
    aff = "SFX A Y 1\nSFX A о а о\n"  # слово → слова
    folder = write_dictionary(tmp_path / encoding, "ru_RU", encoding, aff,
                              ["и", "слово/A", "делегация", "посетила", "парк", "ёлка"])
    checker = SpellChecker([folder])
    assert [m.word for m in checker.check("Делегация посетила промышленный парк и ёлка, слова и словы.", "ru")] == [
        "промышленный", "словы"]
    # A word in letters the dictionary's encoding has no code for cannot be judged: it is not flagged, no error.
    assert load_dictionary(str(folder / "ru_RU"), "ru").knows("naïve") is (None if encoding != "UTF-8" else False)


DAMAGED_CHILD = """
import json, logging, sys
from pathlib import Path
from desktop_app.services.spelling import SpellChecker

logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
good, cases = Path(sys.argv[1]), sys.argv[2:]
found = {}
for case in cases:
    alone = SpellChecker([Path(case)])
    then_good = SpellChecker([Path(case), good])
    found[Path(case).name] = {
        "available": alone.available("en"),
        "alone": [m.word for m in alone.check("The conferance opened its words.", "en")],
        "then_good": [m.word for m in then_good.check("The conferance opened its words.", "en")],
    }
print(json.dumps(found))
"""


def test_damaged_dictionaries_are_skipped_with_a_log_line_never_a_crash(tmp_path: Path) -> None:
    aff, dic = (CHUNSPELL_EN / "en_US.aff").read_bytes(), (CHUNSPELL_EN / "en_US.dic").read_bytes()
    junk = random.Random(13)
    damaged = {
        "empty": (b"", b""),
        "truncated": (aff[:len(aff) // 3], dic[:len(dic) // 3 + 7]),  # cut mid-line, the affix rules half gone
        "binary-junk": (junk.randbytes(4096), junk.randbytes(65536)),
        "no-word-count": (aff, b"not a dictionary at all\n\x00\xff\xfe"),
        "declares-a-billion-words": (aff, b"999999999\nthe\n"),
    }
    for name, (aff_bytes, dic_bytes) in damaged.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "en_US.aff").write_bytes(aff_bytes)
        (tmp_path / name / "en_US.dic").write_bytes(dic_bytes)
    # In a child process: were libhunspell to crash in C on some input, this test fails instead of pytest dying.
    path = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    child = subprocess.run([sys.executable, "-c", DAMAGED_CHILD, str(CHUNSPELL_EN),
                            *(str(tmp_path / name) for name in damaged)],
                           capture_output=True, text=True, timeout=300, cwd=REPO,
                           env={**os.environ, "PYTHONPATH": path})
    assert child.returncode == 0, child.stderr
    found = json.loads(child.stdout)
    for name in damaged:
        # Found, so spelling is offered; but a dictionary that would flag "the" is never used: no false flags...
        assert found[name] == {"available": True, "alone": [], "then_good": ["conferance"]}, name
        # ...and the log says which file was skipped.
        assert f"{tmp_path / name / 'en_US'} does not know" in child.stderr, name


def test_concurrent_checks_from_two_threads_give_the_answers_of_one_thread(tmp_path: Path) -> None:
    entries = (CHUNSPELL_EN / "en_US.dic").read_text(encoding="iso8859-1").splitlines()[1:30_001]
    words = [entry.split("/")[0] for entry in entries]
    # Known words, each followed by a misspelt one (a doubled last letter is mostly not a word): more distinct
    # words than a dictionary remembers, so both threads really ask libhunspell.
    text = " ".join(f"{word} {word}{word[-1]}" for word in words if word.isalpha())
    alone = SpellChecker([copy_dictionary(CHUNSPELL_EN, "en_US", tmp_path / "alone")])
    expected = alone.check(text, "en")
    assert 1000 < len(expected) < len(words)  # real findings, not all and not none

    together = SpellChecker([copy_dictionary(CHUNSPELL_EN, "en_US", tmp_path / "together")])
    together.check("word", "en")  # loaded before the race
    results: dict[str, list] = {}
    backwards = " ".join(reversed(text.split(" ")))  # the threads meet in the middle: neither finds answers ready

    def run(name: str, sample: str) -> None:
        results[name] = together.check(sample, "en")

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # hand the GIL over as often as possible
    try:
        threads = [threading.Thread(target=run, args=("forwards", text)),
                   threading.Thread(target=run, args=("backwards", backwards))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switch)
    assert results["forwards"] == expected
    assert sorted(m.word for m in results["backwards"]) == sorted(m.word for m in expected)


def underlined(editor) -> list[str]:
    text = editor.toPlainText()
    return [text[s.cursor.selectionStart():s.cursor.selectionEnd()] for s in editor.extraSelections()
            if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


@needs_dictionaries
@pytest.mark.parametrize(("lang", "text", "wrong", "name"), [
    ("en", "Qian Hongshan visitted the park.", "visitted", "Hongshan"),
    ("ru", "Цянь Хуншань посетилл парк вместе с Цянь Хуншанем.", "посетилл", "Хуншанем"),
])
def test_the_editor_underlines_a_misspelt_word_but_not_a_glossary_name(qtbot, window: MainWindow, lang: str,
                                                                       text: str, wrong: str, name: str) -> None:
    qtbot.waitUntil(lambda: window.glossary.source.ready, timeout=30_000)
    segment = window.document.release.segments[7]
    window.document.set_cell(segment.id, lang, Cell(text, Status.DRAFT))
    editor = ui_support.open_editor(window, 7, lang)
    qtbot.waitUntil(lambda: underlined(editor) != [], timeout=WAIT)
    assert underlined(editor) == [wrong]
    assert name not in underlined(editor)


@needs_dictionaries
def test_qa_lists_spelling_notes_but_not_glossary_names(qtbot, window: MainWindow) -> None:
    segment = window.document.release.segments[7]
    window.document.set_cell(segment.id, "en", Cell("Source: Jinhua Municipal Peoples Goverment", Status.DRAFT))
    panel = window.quality_checks.panel
    with qtbot.waitSignal(panel.spellingChecked, timeout=WAIT):  # after the other findings are shown
        panel.check_all()
    spelling = [f for found in panel.findings.values() for f in found if f.kind is Kind.SPELLING]
    assert [(f.segment_id, f.lang, f.args["word"], f.severity) for f in spelling] == [
        (segment.id, "en", "Goverment", Severity.INFO)]


@needs_dictionaries
def test_the_cli_qa_lists_spelling_notes_without_failing_the_release(tmp_path: Path, capsys) -> None:
    import json

    from qa_helpers import clean_sample

    from desktop_app.cli import main
    from desktop_app.storage.project_store import ProjectStore

    release = clean_sample()
    row = release.segments[6]
    row.cells["en"] = Cell(row.text("en").replace("enterprises", "enterprizes"), Status.DRAFT)
    row.cells["ru"] = Cell(row.text("ru").replace("компаний", "компанй"), Status.DRAFT)
    project = tmp_path / "spelt.pressdesk"
    ProjectStore.create(project, release).close()
    assert main(["qa", str(project), "--json"]) == 0  # notes never fail a release
    notes = [(r["segment"], r["lang"], r["args"]["word"]) for r in json.loads(capsys.readouterr().out)
             if r["kind"] == "spelling"]
    assert sorted(notes) == [(6, "en", "enterprizes"), (6, "ru", "компанй")]
    assert main(["qa", str(project), "--json", "--lang", "ru"]) == 0
    assert [r["args"]["word"] for r in json.loads(capsys.readouterr().out) if r["kind"] == "spelling"] == ["компанй"]
    for option in ("--no-spelling", "--no-glossary"):
        assert main(["qa", str(project), "--json", option]) == 0
        assert not [r for r in json.loads(capsys.readouterr().out) if r["kind"] == "spelling"]
