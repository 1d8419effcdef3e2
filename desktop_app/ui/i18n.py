"""The interface language: loads PressDesk's and Qt's own translations with QTranslator, switchable at runtime.

Installing a new translator makes Qt send `QEvent.Type.LanguageChange` to every widget; each window of ours
handles it in `changeEvent` by calling its `retranslateUi()`. The UI language is independent of the document's
three content languages.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import translations_dir

log = logging.getLogger(__name__)

UI_LANGS: tuple[str, ...] = ("en", "zh", "ru")
# Each language names itself in its own script, so a user lost in a foreign UI can still find theirs.
UI_LANG_NAMES = {"en": "English", "zh": "简体中文", "ru": "Русский"}
_QT_LOCALES = {"en": "en", "zh": "zh_CN", "ru": "ru"}


def app_qm_name(lang: str) -> str:
    return f"pressdesk_{_QT_LOCALES[lang]}"


def qt_qm_name(lang: str) -> str:
    return f"qtbase_{_QT_LOCALES[lang]}"


def system_ui_lang(ui_languages: list[str] | None = None) -> str:
    """The interface language the user's system asks for ("zh" for any Chinese, "ru", else "en"), from its list of
    preferred languages (QLocale.system().uiLanguages() when not given): what a first start should speak."""
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("_", "-").split("-")[0].casefold()
        if code in UI_LANGS:
            return code
    return "en"


class UiLanguage:
    """Owns the installed translators; `switch(lang)` replaces them (the UI retranslates itself)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"

    def switch(self, lang: str) -> bool:
        """Install the translations for `lang`; False (and English) when its catalogue cannot be loaded."""
        if lang not in UI_LANGS:
            log.warning("unknown UI language %r, using English", lang)
            lang = "en"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        ok = True
        app_tr = QTranslator(self._app)
        if app_tr.load(app_qm_name(lang), str(translations_dir())):
            self._app.installTranslator(app_tr)
            self._translators.append(app_tr)
        elif lang != "en":
            log.warning("no PressDesk translation for %s in %s", lang, translations_dir())
            ok = False
        if lang != "en":
            qt_tr = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_tr.load(qt_qm_name(lang), qt_dir):
                self._app.installTranslator(qt_tr)
                self._translators.append(qt_tr)
            else:
                log.info("no Qt translation %s in %s", qt_qm_name(lang), qt_dir)
        QLocale.setDefault(QLocale(_QT_LOCALES[lang]))
        self.current = lang
        # Qt posts LanguageChange to the widgets; deliver it now so the switch is visible "at once".
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok
