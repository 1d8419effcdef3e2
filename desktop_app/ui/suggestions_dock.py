"""The suggestions dock: translation-memory matches and machine translations for the current cell.

Requests are debounced (300 ms after the current cell or a sibling's text changes) and carry a request id, so a
result that arrives after the user moved on is dropped. Memory matches come from a quick task on the default
lane and show first; machine translations run on the single "mt" lane. Ctrl+1…9 (or a double-click) inserts
the numbered suggestion as one undo step; the cell becomes "machine" (or a memory draft) with provenance.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app import LANGS
from desktop_app.domain.release import Origin, Segment, derived_cell
from desktop_app.domain.text_diff import diff_words
from desktop_app.mt.routes import plan
from desktop_app.services.translation import Alternative, Suggestion
from desktop_app.ui.document import DocumentController
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.labels import lang_label, pair_label
from desktop_app.ui.mt_session import MT_LANE, MtSession
from desktop_app.ui.workers import CancelToken

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
MAX_SHORTCUTS = 9
REMOVED_COLOUR = "#b3261e"  # in the remembered source, not in the current one
ADDED_COLOUR = "#1b7f3b"  # in the current source, not in the remembered one
# Average log-probability per word (per two Chinese characters) above which the model is sure / unsure.
CONFIDENT = -0.35
UNSURE = -1.2


@dataclass(frozen=True, slots=True)
class Insertable:
    """One numbered line of the dock that can go into the cell."""

    text: str
    source_lang: str
    source_text: str
    origin: Origin
    engine: str | None


def _lookup_memory(token: CancelToken, open_memory: Callable[[], Any], segment: Segment,
                   tgt: str) -> list[tuple[str, Any]]:
    """Memory matches for the target cell from every filled sibling (default lane: a quick SQLite lookup)."""
    memory = open_memory()
    if memory is None:
        return []
    found = []
    for src in LANGS:
        if src != tgt and not segment.cells[src].is_empty and not token.cancelled:
            found.extend((src, m) for m in memory.lookup(segment.text(src), src, tgt, 3))
    return sorted(found, key=lambda pair: -pair[1].score)


def _suggest(token: CancelToken, session_service: Any, segment: Segment, tgt: str) -> list[Suggestion]:
    return session_service.suggest(segment, tgt, 3, cancelled=lambda: token.cancelled)


def confidence_label(alternative: Alternative) -> str:
    """The model's score (a log-probability summed over the output) as a word a translator can read."""
    units = max(1, len(alternative.text.split()) if " " in alternative.text else len(alternative.text) // 2)
    per_unit = alternative.score / units
    if per_unit > CONFIDENT:
        return QCoreApplication.translate("SuggestionsPanel", "high")
    if per_unit > UNSURE:
        return QCoreApplication.translate("SuggestionsPanel", "medium")
    return QCoreApplication.translate("SuggestionsPanel", "low")


def difference_html(remembered: str, current: str) -> str:
    """The remembered source with what the current source lacks struck through in red and what it adds in green."""
    html = []
    for op, text in diff_words(remembered, current):
        escaped = escape(text)
        if op == "removed":
            html.append(f"<s style='color:{REMOVED_COLOUR}'>{escaped}</s>")
        elif op == "added":
            html.append(f"<u style='color:{ADDED_COLOUR}'>{escaped}</u>")
        else:
            html.append(escaped)
    return "".join(html)


class SuggestionCard(QFrame):
    """One numbered suggestion: its whole text wrapped, and a dim line of details below."""

    activated = Signal(int)

    def __init__(self, number: int, text: str, detail: str, parent: QWidget | None = None,
                 difference: str = "") -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text_label = QLabel(f"{number}. {text}" if number <= MAX_SHORTCUTS else text, self)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.detail_label = QLabel(detail, self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.detail_label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.detail_label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.text_label)
        layout.addWidget(self.detail_label)
        self.difference_label: QLabel | None = None
        if difference:  # a fuzzy match: how its source differs from the text being translated
            self.difference_label = QLabel(difference, self)
            self.difference_label.setTextFormat(Qt.TextFormat.RichText)
            self.difference_label.setWordWrap(True)
            self.difference_label.setFont(font)
            layout.addWidget(self.difference_label)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.number)
        super().mouseDoubleClickEvent(event)


class SuggestionsPanel(QWidget):
    """The dock's contents; `suggestionsShown` fires when machine suggestions for the current cell are shown."""

    suggestionsShown = Signal()
    installRequested = Signal()  # "Install a language pack…" was clicked

    def __init__(self, document: DocumentController, session: MtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.document = document
        self.session = session
        self.tasks = session.context.tasks
        # The text scrolls as one: in a short dock (a small screen, large text) wrapped labels squeezed below
        # their height cut their text off. The install button stays below it, whole, however short the dock.
        content = QWidget()
        content.setObjectName("suggestionsContent")
        self.header = QLabel(content)
        self.header.setWordWrap(True)
        self.status = QLabel(content)
        self.status.setWordWrap(True)
        self.install_button = QPushButton(self)
        self.install_button.setObjectName("installPacksButton")
        self.install_button.clicked.connect(self.installRequested)
        self.install_button.hide()
        self.list_widget = QWidget(content)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.status)
        content_layout.addWidget(self.list_widget, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("suggestionsList")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.scroll)
        layout.addWidget(self.install_button)
        self.groups: list[QLabel] = []
        self.cards: list[SuggestionCard] = []

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._request)
        self._request_id = 0
        self._key: tuple[str, str] | None = None
        self._tokens: list[CancelToken] = []
        self._memory: list[tuple[str, Any]] = []
        self._suggestions: list[Suggestion] = []
        self._mt_pending = False
        self._deferred = False
        self.items: list[Insertable] = []

        self.insert_actions: list[QAction] = []
        for n in range(1, MAX_SHORTCUTS + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(partial(self.insert, n))
            self.addAction(action)
            self.insert_actions.append(action)

        tokens = self._tokens  # the same list for the panel's lifetime: results never reach a deleted panel
        self.destroyed.connect(lambda: [token.cancel() for token in tokens])
        document.currentCellChanged.connect(self.schedule)
        document.cellChanged.connect(self._on_cell_changed)
        document.cellsChanged.connect(self._on_cells_changed)
        document.documentChanged.connect(self.schedule)
        session.packsChanged.connect(self.schedule)
        self.retranslateUi()

    # -- requests -------------------------------------------------------------------------------------------------

    def schedule(self, *_args: object) -> None:
        """(Re)start the debounce timer; the request goes out when the user pauses."""
        self._timer.start()

    def _on_cell_changed(self, segment_id: str, lang: str) -> None:
        current = self.document.current_cell()
        if current is not None and current[0] == segment_id and lang != current[1]:
            self.schedule()

    def _on_cells_changed(self, keys: list[tuple[str, str]]) -> None:
        current = self.document.current_cell()
        if current is not None and any(key[0] == current[0] and key[1] != current[1] for key in keys):
            self.schedule()

    def _request(self) -> None:
        if not self.isVisible():  # a hidden dock costs nothing; it asks again when shown
            self._deferred = True
            return
        self._deferred = False
        self.shutdown_tasks()
        self._request_id += 1
        self._memory, self._suggestions, self.items = [], [], []
        key = self.document.current_cell()
        self._key = key
        if key is None or not self.document.release.segments:
            self._mt_pending = False
            self._render()
            return
        try:
            seg = self.document.release.segment(key[0])
        except KeyError:
            self._render()
            return
        segment = Segment(seg.role, dict(seg.cells), seg.id)  # cells are immutable: a safe snapshot for workers
        tgt = key[1]
        rid = self._request_id
        has_source = any(not segment.cells[src].is_empty for src in LANGS if src != tgt)
        self._mt_pending = has_source
        if has_source:
            self.session.refresh_glossary()
            self._tokens.append(self.tasks.submit(_lookup_memory, self.session.memory, segment, tgt,
                                                  on_done=partial(self._memory_done, rid)))
            self._tokens.append(self.tasks.submit(_suggest, self.session.service, segment, tgt, lane=MT_LANE,
                                                  on_done=partial(self._mt_done, rid),
                                                  on_error=partial(self._mt_failed, rid)))
        self._render()

    def _stale(self, rid: int) -> bool:
        """A result for a request the user has moved on from (its task was cancelled; this is the backstop)."""
        return rid != self._request_id

    def _memory_done(self, rid: int, matches: list[tuple[str, Any]]) -> None:
        if not self._stale(rid):
            self._memory = matches
            self._render()

    def _mt_done(self, rid: int, suggestions: list[Suggestion]) -> None:
        if self._stale(rid):
            return
        self._suggestions = suggestions
        self._mt_pending = False
        self._render()
        self.suggestionsShown.emit()

    def _mt_failed(self, rid: int, exc: BaseException) -> None:
        if self._stale(rid):
            return
        log.warning("suggestions failed: %s", exc)
        self._mt_pending = False
        self._render(error=refusal_text(exc))
        self.suggestionsShown.emit()

    # -- showing ------------------------------------------------------------------------------------------------

    def _route_text(self, suggestion: Suggestion) -> str:
        parts = [self.tr("%1 (person's text)").replace("%1", lang_label(lang)) if suggestion.human_pivot
                 and lang == "en" and lang not in (suggestion.source_lang, suggestion.target_lang)
                 else lang_label(lang) for lang in suggestion.route]
        return " → ".join(parts)

    def _clear(self) -> None:
        for widget in (*self.groups, *self.cards):
            widget.hide()
            widget.deleteLater()
        self.groups, self.cards = [], []
        while self.list_layout.count():
            self.list_layout.takeAt(0)

    def _add_group(self, title: str) -> QLabel:
        group = QLabel(title, self.list_widget)
        group.setWordWrap(True)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        self.list_layout.addWidget(group)
        self.groups.append(group)
        return group

    def _add_note(self, text: str) -> None:
        note = QLabel(text, self.list_widget)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list_layout.addWidget(note)
        self.groups.append(note)

    def _add_item(self, insertable: Insertable, detail: str, difference: str = "") -> None:
        self.items.append(insertable)
        n = len(self.items)
        card = SuggestionCard(n, insertable.text, detail, self.list_widget, difference)
        if n <= MAX_SHORTCUTS:
            card.setToolTip(self.tr("Ctrl+%1 or a double-click inserts this suggestion").replace("%1", str(n)))
        card.activated.connect(self.insert)
        self.list_layout.addWidget(card)
        self.cards.append(card)

    def _machine_detail(self, suggestion: Suggestion, alt: Alternative) -> str:
        parts = [self.tr("confidence: %1").replace("%1", confidence_label(alt))]
        if alt.total:
            parts.append(self.tr("names and titles kept: %1 of %2").replace("%1", str(alt.honoured))
                         .replace("%2", str(alt.total)))
        if alt.appended:
            parts.append(self.tr("re-inserted: %1").replace("%1", ", ".join(alt.appended)))
        return " · ".join(parts)

    def _render(self, error: str = "") -> None:
        self._clear()
        self.items = []
        key = self._key
        no_packs = not self.session.installed_pairs()
        self.install_button.setVisible(no_packs)
        if key is None:
            self.header.setText(self.tr("Select a cell to see suggestions."))
            self.status.setText(self._packs_hint() if no_packs else "")
            return
        self.header.setText(self.tr("Suggestions for the %1 text").replace("%1", lang_label(key[1])))
        if self._memory:
            self._add_group(self.tr("Translation memory"))
            segment = self._segment_now(key[0])
            for src, match in self._memory:
                detail = self.tr("%1% match with the %2 text of a translated paragraph").replace(
                    "%1", f"{match.score:.0f}").replace("%2", lang_label(src))
                difference = ""
                if not match.exact and segment is not None:
                    difference = self.tr("Its source: %1").replace(
                        "%1", difference_html(match.source, segment.text(src)))
                self._add_item(Insertable(match.target, src, match.source, Origin.MEMORY, None), detail, difference)
        for suggestion in self._suggestions:
            if suggestion.error and no_packs:
                continue  # one hint below says what to do, instead of one failure per source
            self._add_group(self.tr("Machine translation from %1 (%2)").replace(
                "%1", lang_label(suggestion.source_lang)).replace("%2", self._route_text(suggestion)))
            if suggestion.error:
                self._add_note(self._error_text(suggestion))
                continue
            for alt in suggestion.alternatives:
                self._add_item(Insertable(alt.text, suggestion.source_lang, suggestion.source_text,
                                          Origin.MACHINE, self.session.service.engine.name),
                               self._machine_detail(suggestion, alt))
        self.list_layout.addStretch(1)
        if error:
            self.status.setText(self.tr("Machine translation failed: %1").replace("%1", error))
        elif self._mt_pending:
            self.status.setText(self.tr("Translating… (the first request loads the translation engine)"))
        elif no_packs and not self._memory:
            self.status.setText(self._packs_hint())
        elif not self._suggestions and not self._memory:
            self.status.setText(self.tr("Nothing to translate from: the other cells of this row are empty."))
        else:
            self.status.setText(self.tr("Ctrl+1…9 or a double-click inserts a suggestion."))

    def _error_text(self, suggestion: Suggestion) -> str:
        """A missing pack named by language names (the engine's own message is English, with codes)."""
        installed = self.session.installed_pairs()
        route = plan(suggestion.source_lang, suggestion.target_lang, installed)
        missing = route.missing_pairs(installed)
        if not route.available:
            return self.tr("No language pack for %1: install %2.").replace(
                "%1", pair_label(suggestion.source_lang, suggestion.target_lang)).replace(
                "%2", ", ".join(pair_label(a, b) for a, b in missing))
        return self.tr("Machine translation failed: %1").replace("%1", suggestion.error)

    def _segment_now(self, segment_id: str) -> Segment | None:
        try:
            return self.document.release.segment(segment_id)
        except KeyError:
            return None

    def _packs_hint(self) -> str:
        return self.tr("No language pack is installed, so there are no machine translations. Editing, the "
                       "glossary, checks and export work without one.")

    def group_titles(self) -> list[str]:
        return [label.text() for label in self.groups]

    # -- inserting -----------------------------------------------------------------------------------------------

    def insert(self, n: int) -> bool:
        """Put suggestion `n` (1-based) into the cell it was made for: one undo step."""
        if not 1 <= n <= len(self.items) or self._key is None or self.document.current_cell() != self._key:
            return False
        item = self.items[n - 1]
        segment_id, lang = self._key
        try:
            segment = self.document.release.segment(segment_id)
        except KeyError:
            return False
        if segment.text(item.source_lang) != item.source_text and item.origin is Origin.MACHINE:
            return False  # the source changed since: a fresh request is on its way
        cell = derived_cell(item.text, source_lang=item.source_lang, source_text=segment.text(item.source_lang),
                            origin=item.origin, engine=item.engine)
        self.document.set_cell(segment_id, lang, cell, self.tr("Insert suggestion %1").replace("%1", str(n)))
        return True

    def retranslateUi(self) -> None:
        self.install_button.setText(self.tr("Install a &Language Pack…"))
        for n, action in enumerate(self.insert_actions, start=1):  # named, so Keyboard Shortcuts lists them
            action.setText(self.tr("Insert Suggestion %1").replace("%1", str(n)))
        self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._deferred:
            self.schedule()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def shutdown_tasks(self) -> None:
        """Cancel the requests in flight: their results are never delivered."""
        for token in self._tokens:
            token.cancel()
        self._tokens.clear()
