"""Severities that mean something, and messages the interface can render from an id and its arguments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qa_helpers import findings_of, row

from desktop_app.cli import main
from desktop_app.domain.qa.findings import MESSAGES, Kind, Severity, render
from desktop_app.domain.release import Release, Role, Segment, imported_cell
from desktop_app.storage.project_store import ProjectStore


def release_with(rows: list[tuple[str, str, str]], date: str = "2023-07-20") -> Release:
    return Release("t", date, [Segment(Role.BODY, {lang: imported_cell(text) for lang, text in
                                                   zip(("zh", "en", "ru"), r, strict=True)}) for r in rows])


def test_style_is_info_an_omission_a_warning_a_contradiction_an_error() -> None:
    style = findings_of(row("会议在金华举行,各方  出席。", "The meeting was held in Jinhua.",
                            "Встреча прошла в Цзиньхуа."))
    assert {(f.kind, f.severity) for f in style} == {(Kind.PUNCTUATION, Severity.INFO), (Kind.SPACING, Severity.INFO)}
    omitted = findings_of(row("7月19日，会议在金华举行。", "The meeting was held in Jinhua.",
                              "19 июля в Цзиньхуа прошла встреча."))
    assert [(f.lang, f.severity, f.message_id) for f in omitted] == [("en", Severity.WARNING, "date-missing")]
    contradiction = findings_of(row("7月19日，会议在金华举行。", "On July 18, the meeting was held in Jinhua.",
                                    "19 июля в Цзиньхуа прошла встреча."))
    assert [(f.lang, f.severity, f.message_id) for f in contradiction] == [("en", Severity.ERROR, "date-differs")]


def test_every_message_is_its_template_filled_with_its_arguments() -> None:
    findings = findings_of(row("7月19日，会议在金华举行,100余家企业参加。", "On July 18, 200 companies met  in Jinhua.",
                               '19 июля в Цзиньхуа встретились более 100 компаний "малого бизнеса".'))
    assert len({f.message_id for f in findings}) >= 4
    for finding in findings:
        assert finding.message_id in MESSAGES
        assert finding.message == render(finding.message_id, finding.args)
        assert all(isinstance(value, str) for value in finding.args.values())


def test_qa_exits_1_on_errors_only_and_its_json_carries_severity_and_message_ids(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warned = tmp_path / "warned.pressdesk"
    ProjectStore.create(warned, release_with([("7月19日，会议在金华举行,各方出席。", "The meeting was held in Jinhua.",
                                               "19 июля в Цзиньхуа прошла встреча.")])).close()
    assert main(["qa", str(warned), "--json", "--no-glossary"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["severity"], r["message_id"]) for r in rows} == {("warning", "date-missing"),
                                                                 ("info", "half-width-punctuation")}
    assert all(r["message"] == render(r["message_id"], r["args"]) for r in rows)
    wrong = tmp_path / "wrong.pressdesk"
    ProjectStore.create(wrong, release_with([("7月19日，会议在金华举行。",
                                              "On July 18, the meeting was held in Jinhua.",
                                              "19 июля в Цзиньхуа прошла встреча.")])).close()
    assert main(["qa", str(wrong), "--json", "--no-glossary"]) == 1
    assert [(r["lang"], r["severity"]) for r in json.loads(capsys.readouterr().out)] == [("en", "error")]
