"""Preferences ▸ Team: the shared glossary, memory and MT server are kept in the settings (bad URLs refused), and
a window whose MT server is set translates through it without asking the server anything on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import argos_packs
import mt_support
import pytest
import ui_support
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.mt.libretranslate_engine import LibreTranslateEngine
from desktop_app.settings import Settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.mt_session import MtSession
from desktop_app.ui.preferences import PreferencesDialog

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
memorising_server = mt_support.memorising_server  # fixture


def test_team_settings_are_saved_and_bad_urls_refused(qtbot, window: MainWindow, data_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a, **_k: warned.append(text)))
    dialog = PreferencesDialog(window.context, window.grid.column_order(), window.grid.hidden_columns(), window)
    qtbot.addWidget(dialog)
    team = dialog.team_group
    team.glossary_url.setText("office-server/pressdesk")
    dialog.accept()
    assert warned and "postgresql://" in warned[0] and dialog.result() != QDialog.DialogCode.Accepted
    assert Settings.load(data_dir).glossary_url == ""
    team.glossary_url.setText("postgresql://anna@office/pressdesk")
    team.memory_url.setText("postgresql://anna@office/pressdesk")
    team.mt_url.setText("http://office:5000")
    team.mt_api_key.setText("k-123")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = Settings.load(data_dir)
    assert (saved.glossary_url, saved.memory_url, saved.mt_url, saved.mt_api_key) == (
        "postgresql://anna@office/pressdesk", "postgresql://anna@office/pressdesk", "http://office:5000", "k-123")


def test_the_window_lists_the_server_languages_off_the_gui_thread(qtbot, memorising_server: str, data_dir: Path,
                                                                  sample_project: Path,
                                                                  answers: ui_support.Answers) -> None:
    Settings(mt_url=memorising_server).save(data_dir)
    context = ui_support.make_context(data_dir)
    session = MtSession(context)
    engine = session.service.engine
    assert isinstance(engine, LibreTranslateEngine) and engine.url == memorising_server
    asked_on: list[int] = []
    real_languages = engine._languages

    def recording_languages():  # the real HTTP call, noting the thread that makes it
        asked_on.append(threading.get_ident())
        return real_languages()

    engine._languages = recording_languages  # type: ignore[method-assign]
    try:
        assert session.installed_pairs() == set()  # not known yet: the GUI thread did not wait for the server
        with qtbot.waitSignal(session.packsChanged, timeout=30_000):
            pass
        assert set(argos_packs.MEMORISING_PAIRS) <= session.installed_pairs()
        assert asked_on and threading.get_ident() not in asked_on
    finally:
        context.close()
