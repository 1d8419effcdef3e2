"""Helpers for the GUI tests: a real main window on a real project file, with dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.services.importing import sample_release
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.cell_delegate import CellEditor
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import UiLanguage
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.release_model import LANG_COLUMN


class Answers:
    """What the patched QMessageBox.question returns, and the questions it was asked."""

    def __init__(self) -> None:
        self.reply = QMessageBox.StandardButton.Discard
        self.asked: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorded = Answers()

    def question(_parent, title, _text, *_args, **_kwargs):
        recorded.asked.append(title)
        return recorded.reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    return recorded


def make_context(data_dir: Path) -> AppContext:
    app = QApplication.instance()
    assert app is not None
    return AppContext.create(data_dir, UiLanguage(app))


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    path = tmp_path / "sample.pressdesk"
    ProjectStore.create(path, sample_release()).close()
    return path


@pytest.fixture
def window(qtbot, data_dir: Path, sample_project: Path, answers: Answers) -> MainWindow:
    """The real main window showing the sample project (closing it discards unsaved changes)."""
    context = make_context(data_dir)
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.open_path(sample_project, ask_save=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    context.tasks.wait_idle()
    win.close()
    context.close()


def window_on(qtbot, data_dir: Path, project: Path) -> Iterator[MainWindow]:
    """A fixture body: the window on `project`, closed by the fixture, not by qtbot, once the panels' debounced work
    (suggestions, row re-checks) has fired and finished while the window still exists."""
    context = make_context(data_dir)
    win = MainWindow(context)
    assert win.open_path(project, ask_save=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not any(t.isActive() for t in win.findChildren(QTimer) if t.isSingleShot()),
                    timeout=10_000)
    context.tasks.wait_idle()
    win.close()
    context.close()
    win.deleteLater()


def open_editor(win: MainWindow, row: int, lang: str) -> CellEditor:
    """Open the cell editor of (row, lang) the way a click does, focused for typing."""
    index = win.grid.release_model.index(row, LANG_COLUMN[lang])
    win.grid.setCurrentIndex(index)
    win.grid.edit(index)
    editor = win.grid.cell_delegate.active_editor
    assert editor is not None
    editor.setFocus()
    return editor


@contextmanager
def interface_in(window: MainWindow, lang: str) -> Iterator[None]:
    """The interface in `lang`, then back in English with the locale the test started with (sorting and number
    formats of later tests must not depend on this one)."""
    language = window.context.ui_language
    locale = QLocale()
    assert language is not None and language.switch(lang)
    try:
        yield
    finally:
        language.switch("en")
        QLocale.setDefault(locale)


def has_cyrillic(text: str) -> bool:
    return any("а" <= ch.casefold() <= "я" for ch in text)


class Messages:
    """Every message box shown: (kind, title, text); questions get `reply`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.reply = QMessageBox.StandardButton.Yes

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    recorded = Messages()
    for kind in ("question", "information", "warning", "critical"):
        def show(_parent, title, text, *_args, _kind=kind, **_kwargs):
            recorded.shown.append((_kind, title, text))
            return recorded.reply if _kind == "question" else QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return recorded


@pytest.fixture
def russian(window: MainWindow) -> Iterator[MainWindow]:
    """The window with the interface in Russian."""
    with interface_in(window, "ru"):
        yield window


@pytest.fixture
def large_font(qapp) -> Iterator[QFont]:
    """The desktop's text at 200 %, as a user with poor sight sets it."""
    font = qapp.font()
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        yield large
    finally:
        qapp.setFont(font)


def inside(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
