"""The interface speaks English, Chinese and Russian: catalogues compile, load, are complete, and switch live."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import ui_support
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator

from desktop_app.paths import translations_dir
from desktop_app.ui.i18n import UI_LANGS, app_qm_name, qt_qm_name
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import PreferencesDialog

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures

REPO = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.parametrize("lang", UI_LANGS)
def test_every_catalogue_loads(qapp, lang: str) -> None:
    translator = QTranslator()
    assert translator.load(app_qm_name(lang), str(translations_dir())), f"{app_qm_name(lang)}.qm does not load"
    assert not translator.isEmpty()
    if lang != "en":
        qt = QTranslator()
        assert qt.load(qt_qm_name(lang), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def unfinished(ts: Path) -> list[str]:
    """Messages of a .ts that still need a translator: unfinished, or with an empty (numerus) translation."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if kind == "unfinished" or not all(f.strip() for f in forms):
                problems.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return problems


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed beside this Python")
@pytest.mark.parametrize("name", ["pressdesk_zh_CN.ts", "pressdesk_ru.ts"])
def test_catalogues_translate_every_string_in_the_code(tmp_path: Path, name: str) -> None:
    """lupdate over today's code into a copy of the catalogue: nothing may be left to translate."""
    copy = tmp_path / "translations" / name
    copy.parent.mkdir()
    shutil.copy(REPO / "translations" / name, copy)
    sources = sorted(str(p) for p in (REPO / "desktop_app" / "ui").glob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(copy)], check=True, capture_output=True)
    assert unfinished(copy) == []
    messages = list(ET.parse(copy).getroot().iter("message"))
    assert len(messages) > 150


def test_switching_language_retranslates_the_window_at_once(window: MainWindow) -> None:
    language = window.context.ui_language
    assert language is not None
    assert window.file_menu.title() == "&File"
    assert window.qa_dock.windowTitle() == "Quality Checks"
    assert language.switch("zh")
    assert window.file_menu.title() == "文件(&F)"
    assert window.qa_dock.windowTitle() == "质量检查"
    assert window.grid.release_model.headerData(0, Qt.Orientation.Horizontal) == "中文"
    assert language.switch("ru")
    assert window.file_menu.title() == "&Файл"
    assert window._qa_placeholder.text().startswith("Здесь появятся ошибки")
    assert window.status_bar.totals_label.text().startswith("Утверждено")
    assert language.switch("en")
    assert window.file_menu.title() == "&File"
    assert window.status_bar.totals_label.text().startswith("Approved")
    assert QCoreApplication.translate("Labels", "approved") == "approved"


def test_preferences_switch_the_language_and_cancel_switches_back(qtbot, window: MainWindow) -> None:
    dialog = PreferencesDialog(window.context, window.grid.column_order(), window.grid.hidden_columns(), window)
    qtbot.addWidget(dialog)
    dialog.ui_lang_combo.setCurrentIndex(dialog.ui_lang_combo.findData("ru"))
    assert window.edit_menu.title() == "&Правка"
    assert dialog.windowTitle() == "Настройки"
    dialog.reject()
    assert window.edit_menu.title() == "&Edit"
    dialog = PreferencesDialog(window.context, window.grid.column_order(), window.grid.hidden_columns(), window)
    qtbot.addWidget(dialog)
    dialog.ui_lang_combo.setCurrentIndex(dialog.ui_lang_combo.findData("zh"))
    dialog.accept()
    assert window.edit_menu.title() == "编辑(&E)"
    assert window.context.settings.ui_lang == "zh"
    window.context.ui_language.switch("en")
