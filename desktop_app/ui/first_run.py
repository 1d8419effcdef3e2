"""The short guide shown over the sample release on first start: what the window is, and what is optional.

It explains the three columns, where the glossary is, and that language packs (offline machine translation)
are optional — editing, importing, checking and exporting need none. Dismissing it records
`Settings.first_run_done`, so it appears once; Help ▸ Getting Started shows it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app import APP_NAME
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

GUIDE_WIDTH = 540


class FirstRunGuide(QDialog):
    """A non-blocking welcome sheet; closing it in any way counts as "seen"."""

    def __init__(self, on_seen: Callable[[], None] | None = None, on_user_guide: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunGuide")
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self._on_seen = on_seen
        self._on_user_guide = on_user_guide

        self.text = QLabel(self)
        self.text.setObjectName("firstRunText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setText(self.guide_html())
        # A wrapped label does not grow its dialog to its height-for-width; fix the height for the width used.
        self.text.setFixedWidth(GUIDE_WIDTH)
        self.text.setMinimumHeight(self.text.heightForWidth(GUIDE_WIDTH))

        buttons = QDialogButtonBox(self)
        start = buttons.addButton(self.tr("&Start Working"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        if on_user_guide is not None:
            guide = buttons.addButton(self.tr("Read the User &Guide"), QDialogButtonBox.ButtonRole.HelpRole)
            guide.clicked.connect(self._open_user_guide)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.finished.connect(self._seen)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def guide_html(self) -> str:
        return "".join([
            "<h3>", self.tr("One press release, three languages"), "</h3>",
            "<p>", self.tr("This is a sample release. Each row is one paragraph; the three columns are its "
                           "<b>Chinese</b>, <b>English</b> and <b>Russian</b> versions. Any column can be the "
                           "source. Every cell has a status (draft, reviewed, approved…); a cell whose source "
                           "changed after it was written is marked stale."), "</p>",
            "<h3>", self.tr("Official names and titles"), "</h3>",
            "<p>", self.tr("The <b>Glossary</b> panel on the right lists the names and titles found in the "
                           "current paragraph with their approved forms in all three languages. The quality "
                           "checks at the bottom flag forbidden or outdated forms before you export."), "</p>",
            "<h3>", self.tr("Machine translation is optional"), "</h3>",
            "<p>", self.tr("Suggestions come from offline language packs (<i>.argosmodel</i> files, e.g. "
                           "Chinese–English and English–Russian), installed once with Tools ▸ Language Packs or with "
                           "<code>pressdesk packs install FILE</code>. <b>None are needed</b> to edit, import, "
                           "check the glossary or export Word documents."), "</p>",
            "<p>", self.tr("Start your own release with File ▸ New, then File ▸ Import Document for each "
                           "language. Work is autosaved; Help ▸ User Guide explains the rest."), "</p>",
        ])

    @Slot()
    def _open_user_guide(self) -> None:
        self.accept()
        if self._on_user_guide is not None:
            self._on_user_guide()

    @Slot()
    def _seen(self) -> None:
        if self._on_seen is not None:
            self._on_seen()
            self._on_seen = None


def mark_first_run_done(settings: Settings, save: Callable[[], None]) -> None:
    """Remember that the guide was seen (a failing settings write is logged, never raised at the user)."""
    if settings.first_run_done:
        return
    settings.first_run_done = True
    try:
        save()
    except OSError as exc:
        log.warning("cannot record that the first-run guide was seen: %s", exc)


def show_first_run_guide(parent: QWidget, settings: Settings, save: Callable[[], None],
                         on_user_guide: Callable[[], None] | None = None) -> FirstRunGuide:
    """Show the guide without blocking the window behind it; it marks the first run done when dismissed."""
    guide = FirstRunGuide(lambda: mark_first_run_done(settings, save), on_user_guide, parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()
    return guide
