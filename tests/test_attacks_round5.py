"""Attacks with classes of hostile input the earlier rounds did not try: names with controls and bidi overrides
shown anywhere in the window (its title, the recent-projects menu, the import dialogs, the language packs and the
translation memory), not only in the messages of the main window.

A name such as "report\\u202excod.docx" reads "reportdocx.doc" when shown raw: the override turns the rest of the
text around, so what the user reads is not the file that is opened. Every place that shows a name shows it with
such characters escaped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_support import make_context

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore

SPOOFED = "report\u202excod"  # shown raw: "report" then "docx.doc" read right to left


def _unseen_in(text: str) -> list[str]:
    """Characters of `text` that hide, reorder or drive what is shown: C0/C1 controls other than the line feeds
    of a message, and the bidi embedding, override and isolate controls."""
    bidi = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
    return [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c in bidi]


@pytest.fixture
def spoofed_window(qtbot, data_dir: Path, tmp_path: Path):
    from desktop_app.ui.main_window import MainWindow

    project = tmp_path / f"{SPOOFED}\x1b]0;x\x07.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    context = make_context(data_dir)
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.open_path(project, ask_save=False)
    yield win
    context.tasks.wait_idle()
    win.close()
    context.close()


def test_the_window_title_and_the_close_question_show_a_spoofed_project_name_escaped(spoofed_window) -> None:
    """The title read "reportdocx.doc" with the terminal title sequence inside it; the document's name is what
    the close question, the restore question and the title quote."""
    title = spoofed_window.windowTitle()
    assert _unseen_in(title) == [], title
    assert "report\\u202excod" in title
    assert _unseen_in(spoofed_window.document.display_name()) == []


def test_the_recent_projects_menu_shows_spoofed_names_escaped_and_ampersands_as_written(
        spoofed_window, tmp_path: Path) -> None:
    """A recent entry is a menu action: a bidi override reordered it and "&" became a keyboard accelerator
    ("R&D.pressdesk" read "RD.pressdesk")."""
    other = tmp_path / "R&D.pressdesk"
    ProjectStore.create(other, sample_release()).close()
    spoofed_window.context.settings.remember_file(str(other))
    spoofed_window._fill_recent_menu()
    texts = [a.text() for a in spoofed_window.recent_menu.actions()] + [
        a.toolTip() for a in spoofed_window.recent_menu.actions()]
    assert all(_unseen_in(t) == [] for t in texts), texts
    assert any(t.endswith(" R&&D.pressdesk") for t in texts)  # after its number, "&1 "
    assert any("report\\u202excod" in t for t in texts)


def test_the_import_dialog_names_a_spoofed_document_escaped(qtbot, spoofed_window, tmp_path: Path) -> None:
    from desktop_app.ui.import_dialog import ImportDialog

    doc = tmp_path / f"{SPOOFED}.txt"
    doc.write_text("Hello.\n", encoding="utf-8")
    dialog = ImportDialog(spoofed_window.context, spoofed_window.document, doc, "en", spoofed_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.paragraphs is not None or dialog.error is not None, timeout=10_000)
    shown = [dialog.file_label.text(), dialog.summary_label.text(), dialog.windowTitle()]
    assert all(_unseen_in(t) == [] for t in shown), shown
    assert "report\\u202excod" in dialog.file_label.text()


def test_the_glossary_import_preview_names_a_spoofed_file_escaped(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop_app.services.glossary import ImportPlan
    from desktop_app.ui.glossary_dock.import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(ImportPlan(tmp_path / f"{SPOOFED}\n.csv", skipped=[(f"{SPOOFED}\x1b[2J", "bad")]))
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert texts and all(_unseen_in(t) == [] for t in texts), texts
    assert any("report\\u202excod\\x0a.csv" in t for t in texts)


def test_the_window_messages_and_status_bar_show_names_inside_errors_escaped(qtbot, spoofed_window,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors quote the file they concern (str(exc) of an import or export): the window's one place for
    messages and its status bar escape what they show, whatever panel sends it."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, title, text, *_a: shown.append(text)))
    spoofed_window.show_error("Export", f"“{SPOOFED}.docx” could not be read:\nbad\x1b[31m")
    spoofed_window.status_message(f"Saved {SPOOFED}\r.docx")
    shown.append(spoofed_window.statusBar().currentMessage())
    assert all(_unseen_in(t) == [] for t in shown), shown
    assert "\n" in shown[0]  # a message keeps its own lines


def test_the_translation_memory_import_names_a_spoofed_file_escaped(qtbot, spoofed_window, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *_a: failures.append(text)))
    tmx = tmp_path / f"{SPOOFED}.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
                   'segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
                   '<tu><tuv xml:lang="en"><seg>Good morning.</seg></tuv><tuv xml:lang="ru"><seg>Доброе утро.</seg>'
                   '</tuv></tu></body></tmx>', encoding="utf-8")
    spoofed_window.interactive = False  # the report goes to the status bar instead of a message box
    actions = spoofed_window.translation_memory
    assert actions.start_import(tmx)
    label = actions.progress.labelText()
    qtbot.waitUntil(lambda: not actions.running, timeout=20_000)
    assert failures == []
    report = spoofed_window.statusBar().currentMessage()
    assert _unseen_in(label) == [] and "report\\u202excod" in label, label
    assert _unseen_in(report) == [] and "report\\u202excod" in report, report


# -- a file name made from a hostile title ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "expected"), [
    ("CON", "release CON.pressdesk"),  # a device on Windows: saving would write to the console
    ("aux", "release aux.pressdesk"),
    ("nul.txt", "release nul.txt.pressdesk"),  # a device whatever follows the first dot
    ("LPT9 ", "release LPT9.pressdesk"),
    ("COM²", "release COM².pressdesk"),
    ("Console news", "Console news.pressdesk"),
    ("report\u202excod", "reportxcod.pressdesk"),  # would read "reportdocx.doc" in every file dialog
    ("Press\u200b release\u2066", "Press release.pressdesk"),
    ("\u200b\u202e", "release.pressdesk"),
    ("\ud800Budget", "Budget.pressdesk"),  # a lone surrogate cannot be written as a file name at all
    (".bashrc", "bashrc.pressdesk"),  # a hidden file
    ("a\x85b\x1b[2Jc", "a b [2Jc.pressdesk"),
])
def test_the_file_name_offered_for_a_new_project_is_no_device_hidden_file_or_spoof(title: str, expected: str) -> None:
    """Save As offers a file name made from the headline; the headline is text from anywhere (a pasted web page,
    an imported document)."""
    from desktop_app.ui.main_window import project_file_name

    assert project_file_name(title) == expected


def test_a_quality_finding_quoting_a_cell_with_a_bidi_override_shows_it_escaped(spoofed_window) -> None:
    """Findings quote the words of a cell: an override inside them turned the rest of the panel's line around."""
    from desktop_app.domain.qa.findings import Finding, Kind, Severity

    finding = Finding(0, "s1", "en", Kind.TERM, Severity.ERROR,
                      "“Chinese Communist\u202e Party” is a forbidden form\x1b[2J", message_id="")
    item = spoofed_window.quality_checks.panel._item(finding, 0)
    shown = [item.text(0), item.toolTip(0)]
    assert all(_unseen_in(t) == [] for t in shown), shown
    assert "Communist\\u202e Party" in item.text(0)


# -- Find and Replace on a long cell --------------------------------------------------------------------------------

def _find_spans(options, lang: str, text: str) -> list[tuple[int, int]]:
    from desktop_app.ui.find_replace import find_spans

    return list(find_spans(options, lang, text))


def test_a_search_ignoring_case_is_a_plain_literal_search_whatever_the_letters() -> None:
    """Ignoring case, Python's regex engine tries the whole search text at every position of the cell: "aaa…b"
    (1,000 letters) over a megabyte of "a" took 2 s of the window's thread, 8 MB and a longer search text minutes
    (`python benchmarks/bench_find_hostile.py`). The search is a literal `str.find` over lower-cased text instead,
    at the same offsets, and finds what the regex finds (also case-sensitive, with whole words, and in a cell
    holding a letter whose lower case is longer, where the regex is kept)."""
    import re

    from desktop_app.ui.find_replace import SearchOptions, folded_search

    plain = "The STATE Council met; state-owned States and Straße. ПРЕЗИДЕНТ и президент Ǆ ǅ ǆ STATES_ state_ ststaaa a"
    needles = ("state", "STATE", "президент", "ǆ", "straße", "s", "Council met", "İstanbul", "i̇stanbul", "S_", "st",
               "a", "aa")
    combos = [(cell, needle, whole, case) for cell in (plain, plain + " İstanbul") for needle in needles
              for whole in (False, True) for case in (False, True)]
    for cell, needle, whole, case in combos:
        options = SearchOptions(needle, whole_word=whole, case_sensitive=case)
        pattern = rf"(?<!\w){re.escape(needle)}(?!\w)" if whole else re.escape(needle)
        expected = [m.span() for m in re.finditer(pattern, cell, 0 if case else re.IGNORECASE)]
        assert _find_spans(options, "en", cell) == expected, (cell, needle, whole, case)
    hostile = SearchOptions("a" * 1000 + "b")
    assert folded_search(hostile) is not None  # the literal path, not the regex that backtracks
    assert folded_search(SearchOptions("İstanbul")) is None  # lower case is longer: the regex keeps offsets right
    assert _find_spans(hostile, "en", "A" * 1000 + "B") == [(0, 1001)]


def test_replace_all_ignoring_case_replaces_at_the_same_places_as_find(tmp_path: Path) -> None:
    from desktop_app.domain.release import Cell
    from desktop_app.ui.find_replace import SearchOptions, replace_all_cells

    release = sample_release()
    segment = release.segments[1]
    segment.cells["en"] = Cell(text="State council, STATE Council and state councillor.")
    changes, total = replace_all_cells(release, SearchOptions("state council", ("en",), whole_word=True), "X")
    assert total == 2
    assert changes[(segment.id, "en")].text == "X, X and state councillor."
