"""Choose the translation engine: the local argostranslate packs, or a LibreTranslate server backed by them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop_app.mt.engine import TranslationEngine

MT_URL_ENV = "PRESSDESK_MT_URL"
MT_KEY_ENV = "PRESSDESK_MT_API_KEY"


def make_engine(data_dir: Path, mt_url: str | None = None, api_key: str | None = None,
                on_fallback: Callable[[str], None] | None = None) -> TranslationEngine:
    """A server engine when a URL is given (argument, then $PRESSDESK_MT_URL), with the local packs as fallback."""
    from desktop_app.mt.argos_engine import ArgosEngine  # argostranslate itself is imported on first use

    local = ArgosEngine(data_dir)
    url = (mt_url if mt_url is not None else os.environ.get(MT_URL_ENV, "")).strip()
    if not url:
        return local
    from desktop_app.mt.libretranslate_engine import LibreTranslateEngine

    key = api_key if api_key is not None else os.environ.get(MT_KEY_ENV, "")
    return LibreTranslateEngine(url, key, fallback=local, on_fallback=on_fallback)
