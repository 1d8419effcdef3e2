"""PressDesk: edit one press release in Chinese, English and Russian side by side."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "PressDesk"
APP_ID = "org.pressdesk.PressDesk"
LANGS: tuple[str, ...] = ("zh", "en", "ru")
