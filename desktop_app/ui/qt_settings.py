"""Window geometry, dock layout and grid columns: a small typed wrapper over QSettings with defaults.

The file lives in the data folder (`ui.ini`), so tests and `--data-dir` get their own. User preferences that
the command line also needs (UI language, author, fonts) stay in `desktop_app.settings.Settings`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app import LANGS

UI_SETTINGS_FILE = "ui.ini"
AUTOSAVE_SECONDS = 60
MAX_AUTOSAVE_SECONDS = 3600


class QtSettings:
    """Typed accessors; every value has a default, and wrong types stored by hand fall back to it."""

    def __init__(self, data_dir: Path) -> None:
        self._qs = QSettings(str(data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _langs(self, key: str, default: list[str]) -> list[str]:
        value = self._qs.value(key)
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return default
        return [v for v in value if v in LANGS]

    # -- window --------------------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Dock and toolbar layout (QMainWindow.saveState)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    # -- grid ----------------------------------------------------------------------------------------------
    @property
    def column_order(self) -> list[str]:
        """The document languages left to right; always a permutation of LANGS."""
        order = self._langs("grid/column_order", list(LANGS))
        return order if sorted(order) == sorted(LANGS) else list(LANGS)

    @column_order.setter
    def column_order(self, value: list[str]) -> None:
        self._qs.setValue("grid/column_order", list(value))

    @property
    def hidden_columns(self) -> list[str]:
        hidden = self._langs("grid/hidden_columns", [])
        return hidden if len(set(hidden)) < len(LANGS) else []

    @hidden_columns.setter
    def hidden_columns(self, value: list[str]) -> None:
        self._qs.setValue("grid/hidden_columns", list(value))

    # -- autosave ------------------------------------------------------------------------------------------
    @property
    def autosave_seconds(self) -> int:
        value = self._qs.value("editor/autosave_seconds", AUTOSAVE_SECONDS)
        try:
            # Preferences' range: beyond it a hand-edited value overflows Qt's timer and no window could be made
            return min(max(5, int(value)), MAX_AUTOSAVE_SECONDS)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return AUTOSAVE_SECONDS

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._qs.setValue("editor/autosave_seconds", int(value))

    def sync(self) -> None:
        self._qs.sync()
