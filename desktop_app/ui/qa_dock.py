"""The Quality Checks dock: findings grouped and filtered, jump to the cell, one-click fixes, ignore, live re-check.

The whole release is checked on a worker with the glossary service's snapshot of the current revision (the
matcher the highlighter uses, built once per revision);
after that, each edited row is re-checked on the GUI thread a moment after the last keystroke (a row takes
a few milliseconds). Ignored findings are kept in the project file by their stable keys.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app import LANGS
from desktop_app.domain.qa.findings import Edit, Finding, Fix, Kind, Severity
from desktop_app.domain.release import Release, edited_cell
from desktop_app.storage.errors import StorageError
from desktop_app.ui.context import AppContext
from desktop_app.ui.document import DocumentController
from desktop_app.ui.error_messages import refusal_text
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.labels import capitalised, lang_label, menu_text, shown_text
from desktop_app.ui.qa_messages import finding_message
from desktop_app.ui.status_bar import ElidedButton, shrinkable
from desktop_app.ui.workers import CancelToken

if TYPE_CHECKING:
    from desktop_app.services.glossary_service import GlossaryService, GlossarySnapshot
    from desktop_app.services.spelling import SpellChecker

log = logging.getLogger(__name__)

RECHECK_DELAY_MS = 150  # after the last keystroke
INCREMENTAL_ROWS = 20  # more rows re-checked at once: rebuild the whole list instead
FULL_CHECK_ROWS = 50  # more rows changed by one edit: check the whole release once instead of row by row
GUI_RECHECK_CHARS = 50_000  # a row longer than this (a huge pasted cell) is re-checked on the worker instead
LISTED_PER_SEGMENT = 200  # findings listed for one row (the totals count them all): a huge cell can have 100,000s
FULL_CHECK_DELAY_MS = 400  # after a structural change or opening a document
FINDING_ROLE = Qt.ItemDataRole.UserRole
GROUP_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
ALL = ""


def kind_label(kind: Kind) -> str:
    """A finding kind's name in the UI language."""
    names = {
        Kind.MISSING: QCoreApplication.translate("QaPanel", "Missing text"),
        Kind.UNTRANSLATED: QCoreApplication.translate("QaPanel", "Not translated"),
        Kind.STALE: QCoreApplication.translate("QaPanel", "Out of date"),
        Kind.NUMBER: QCoreApplication.translate("QaPanel", "Numbers and dates"),
        Kind.TERM: QCoreApplication.translate("QaPanel", "Glossary terms"),
        Kind.FORBIDDEN: QCoreApplication.translate("QaPanel", "Forbidden forms"),
        Kind.TITLE: QCoreApplication.translate("QaPanel", "Titles"),
        Kind.PUNCTUATION: QCoreApplication.translate("QaPanel", "Punctuation"),
        Kind.SPACING: QCoreApplication.translate("QaPanel", "Spacing"),
        Kind.LENGTH: QCoreApplication.translate("QaPanel", "Length"),
        Kind.INVISIBLE: QCoreApplication.translate("QaPanel", "Invisible characters"),
        Kind.MIXED_SCRIPT: QCoreApplication.translate("QaPanel", "Mixed alphabets"),
        Kind.SPELLING: QCoreApplication.translate("QaPanel", "Spelling"),
    }
    return names[kind]


def spelling_worker(token: CancelToken, release: Release, matcher: Any,
                    spelling: SpellChecker) -> dict[str, list[Finding]]:
    """Worker: spelling findings of every row, by segment id (the first run loads the dictionaries)."""
    from desktop_app.services.spelling import spelling_findings

    found: dict[str, list[Finding]] = {}
    for index, segment in enumerate(release.segments):
        token.raise_if_cancelled()
        found[segment.id] = spelling_findings(release, index, matcher, spelling, cancelled=lambda: token.cancelled)
    return found


def check_release_worker(token: CancelToken, release: Release, glossary: GlossaryService,
                         spelling: SpellChecker | None = None) -> tuple[GlossarySnapshot, str, list[Finding]]:
    """Worker: the glossary's current snapshot, then every row (cancellable between rows). A glossary that cannot
    be read leaves the checks without it, and says why."""
    from desktop_app.services.glossary_service import NO_GLOSSARY
    from desktop_app.services.qa import row_checker
    from desktop_app.services.spelling import spelling_findings
    from desktop_app.storage.glossary_store import GlossaryError

    problem = ""
    try:
        snapshot = glossary.snapshot()
    except GlossaryError as exc:
        log.warning("quality checks without the glossary: %s", exc)
        snapshot, problem = NO_GLOSSARY, refusal_text(exc)  # QCoreApplication.translate is thread-safe
    findings: list[Finding] = []
    total = max(1, len(release.segments))
    check_row = row_checker(release, snapshot)
    for index in range(len(release.segments)):
        token.raise_if_cancelled()
        findings.extend(check_row(index))
        if spelling is not None:  # with the dictionaries already loaded; the spelling pass loads them
            findings.extend(spelling_findings(release, index, snapshot.matcher, spelling, cached_only=True,
                                              cancelled=lambda: token.cancelled))
        token.report((index + 1) / total)
    return snapshot, problem, findings


def recheck_rows_worker(token: CancelToken, release: Release, indexes: dict[str, int], glossary: GlossarySnapshot,
                        spelling: SpellChecker) -> dict[str, list[Finding]]:
    """Worker: the findings of the rows edited, by segment id; spelling with the dictionaries already loaded (by the
    editor's checks or the last spelling pass)."""
    from desktop_app.services.qa import row_checker
    from desktop_app.services.spelling import spelling_findings

    found: dict[str, list[Finding]] = {}
    check_row = row_checker(release, glossary)
    for segment_id, index in indexes.items():
        token.raise_if_cancelled()
        found[segment_id] = check_row(index) + spelling_findings(
            release, index, glossary.matcher, spelling, cached_only=True)
    return found


class QaPanel(QWidget):
    """The list of findings and what can be done with them."""

    checked = Signal()  # the findings on show are up to date with the document
    spellingChecked = Signal()  # the spelling pass after a full check has added its findings
    findingActivated = Signal(object)  # a finding was clicked: the window shows its text in the cell
    totalsChanged = Signal(int, int)  # errors, warnings still open

    def __init__(self, context: AppContext, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaPanel")
        self.context = context
        self.document = document
        self.findings: dict[str, list[Finding]] = {}  # by segment id
        self.ignored: set[str] = set()
        self.glossary: GlossarySnapshot | None = None  # what the last full check used
        self.glossary_problem = ""  # why the last full check ran without the glossary
        # False from opening a document until its first full check is shown: "No problems found" before any check
        # ran told the officer a release with errors was clean.
        self.has_checked = False
        self._token: CancelToken | None = None
        self._checking = Release()  # the copy the running full check works on
        self._spelling_token: CancelToken | None = None
        self._spelling_request = 0
        self._check_again = False
        self._groups: dict[tuple[int, str], QTreeWidgetItem] = {}
        self._items: dict[str, list[QTreeWidgetItem]] = {}
        self._edited_during_check: set[str] = set()
        self._rows_to_recheck: set[str] = set()
        self._recheck_token: CancelToken | None = None
        live: list[CancelToken] = []  # the check in flight, cancelled with the panel: no result reaches it
        self._live = live
        self.destroyed.connect(lambda: [token.cancel() for token in live])
        self._build()
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self.edited_row: Callable[[], str | None] | None = None  # the segment whose cell editor is open
        self._huge_row_waits = False  # a row over GUI_RECHECK_CHARS is checked once its editor closes
        self._recheck_timer.timeout.connect(self.recheck_pending_rows)
        self._full_timer = QTimer(self, singleShot=True, interval=FULL_CHECK_DELAY_MS)
        self._full_timer.timeout.connect(self.check_all)
        document.cellChanged.connect(self._on_cell_changed)
        document.cellsChanged.connect(self._on_cells_changed)
        document.structureChanged.connect(self.schedule_full_check)
        document.releaseReset.connect(self._on_release_reset)
        document.documentChanged.connect(self._persist_ignored)
        document.autosaved.connect(self._persist_ignored)
        self.retranslateUi()
        self._on_release_reset()

    # -- widgets -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check_all)
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("qaLangFilter")
        self.severity_combo = QComboBox(self)
        self.severity_combo.setObjectName("qaSeverityFilter")
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("qaGroupBy")
        for data in (ALL, *LANGS):
            self.lang_combo.addItem("", data)
        for data in (ALL, Severity.ERROR.value, Severity.WARNING.value, Severity.INFO.value):
            self.severity_combo.addItem("", data)
        for data in ("kind", "segment"):
            self.group_combo.addItem("", data)
        self.show_ignored = QCheckBox(self)
        self.fix_button = QPushButton(self)
        self.fix_button.clicked.connect(self.fix_selected)
        self.ignore_button = QPushButton(self)
        self.ignore_button.clicked.connect(self.toggle_ignore_selected)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # a long reason (a damaged glossary) wraps instead of widening the window
        for widget in (self.lang_combo, self.severity_combo, self.group_combo):
            widget.currentIndexChanged.connect(self.render)
        self.show_ignored.toggled.connect(self.render)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("qaFindings")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self._fit_tree_height()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # "#12 английский", "Предупреждение": never cut
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemClicked.connect(lambda item, _col: self.jump_to(item))
        self.tree.itemActivated.connect(lambda item, _col: self.jump_to(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)

        filters = QWidget(self)
        bar = FlowLayout(filters)  # wraps in a narrow dock (a large font, Russian) rather than widening the window
        for widget in (self.check_button, self.lang_combo, self.severity_combo, self.group_combo, self.show_ignored):
            bar.addWidget(widget)
        # The totals and the buttons for the selected finding sit under the list: one row of filters, buttons
        # and totals would not fit a 1024 px window in Russian.
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.fix_button)
        actions.addWidget(self.ignore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(filters)
        layout.addWidget(self.tree)
        layout.addLayout(actions)
        # Tab as it reads: the filters, the list, then the buttons for the finding chosen in it.
        for before, after in pairwise((self.show_ignored, self.tree, self.fix_button, self.ignore_button)):
            QWidget.setTabOrder(before, after)
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.check_button.setText(self.tr("Check All"))
        self.check_button.setToolTip(self.tr("Run every quality check on the whole release (F7)"))
        self.lang_combo.setItemText(0, self.tr("All languages"))
        for i, lang in enumerate(LANGS, start=1):
            self.lang_combo.setItemText(i, capitalised(lang_label(lang)))
        self.severity_combo.setItemText(0, self.tr("All findings"))
        self.severity_combo.setItemText(1, self.tr("Errors only"))
        self.severity_combo.setItemText(2, self.tr("Warnings only"))
        self.severity_combo.setItemText(3, self.tr("Style notes only"))
        self.group_combo.setItemText(0, self.tr("By kind"))
        self.lang_combo.setAccessibleName(self.tr("Language of the findings"))
        self.severity_combo.setAccessibleName(self.tr("Findings shown"))
        self.group_combo.setAccessibleName(self.tr("Group findings"))
        self.tree.setAccessibleName(self.tr("Quality findings"))
        self.group_combo.setItemText(1, self.tr("By segment"))
        self.show_ignored.setText(self.tr("Show ignored"))
        self.fix_button.setText(self.tr("Fix"))
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Cell"), self.tr("Severity")])
        self.render()

    def _fit_tree_height(self) -> None:
        """The list at least its header and one finding high: a short window (700 px, large text) still fits the
        dock, and the window the screen (the dock can be dragged taller)."""
        self.tree.setMinimumHeight(self.fontMetrics().height() * 2 + 2 * self.tree.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_tree_height()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- checking ----------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._token is not None

    def schedule_full_check(self) -> None:
        self._full_timer.start()

    def check_all(self) -> None:
        """Check the whole release on a worker; asked again while one runs, it runs once more afterwards."""
        self._full_timer.stop()
        if self._token is not None:
            self._check_again = True
            return
        self._check_again = False
        self._edited_during_check.clear()
        if not self.document.release.segments:  # nothing to check: no worker, no glossary on start-up
            self.findings = {}
            self.has_checked = True
            self.render()
            self.checked.emit()
            return
        if self._spelling_token is not None:  # the spelling of an earlier check no longer reports its findings
            self._spelling_token.cancel()
            self._spelling_token = None
        self._spelling_request += 1
        snapshot = self.document.release.copy()
        self._checking = snapshot
        # A lane of its own: a long check never holds up file reading or glossary searches on "default".
        self._token = self.context.tasks.submit(check_release_worker, snapshot, self.context.glossary,
                                                self.context.spelling, lane="qa",
                                                on_done=self._on_checked, on_error=self._on_check_failed,
                                                on_progress=self._on_progress)
        self._live[:] = [self._token]
        self.summary.setText(self.tr("Checking…"))

    def _on_progress(self, fraction: float, _message: str) -> None:
        if isValid(self.summary):
            self.summary.setText(self.tr("Checking… %1%").replace("%1", str(round(fraction * 100))))

    def _on_checked(self, result: tuple[GlossarySnapshot, str, list[Finding]]) -> None:
        if not isValid(self.tree):
            return  # the window closed while the worker ran
        self._token = None
        self.glossary, self.glossary_problem, found = result
        checked_release = self._checking
        if self._check_again:  # the document changed shape meanwhile: these rows may be gone or moved
            self.check_all()
            return
        self.findings = {}
        for finding in found:
            self.findings.setdefault(finding.segment_id, []).append(finding)
        self.has_checked = True
        self._rows_to_recheck |= self._edited_during_check
        self._edited_during_check.clear()
        self.render()
        self.recheck_pending_rows()
        self.checked.emit()
        self._start_spelling_pass(checked_release)

    def _start_spelling_pass(self, release: Release) -> None:
        """Spelling on its own lane after the other checks are shown: the first pass loads the dictionaries."""
        if self._spelling_token is not None:
            self._spelling_token.cancel()
        self._spelling_request += 1
        matcher = self.glossary.matcher if self.glossary is not None else None
        self._spelling_token = self.context.tasks.submit(
            spelling_worker, release, matcher, self.context.spelling, lane="spelling",
            on_done=partial(self._on_spelled, self._spelling_request, release))
        self._live.append(self._spelling_token)

    def _on_spelled(self, request: int, release: Release, found: dict[str, list[Finding]]) -> None:
        if not isValid(self.tree) or request != self._spelling_request:
            return
        self._spelling_token = None
        for segment in release.segments:  # rows edited since were re-checked with what is known: keep those
            try:
                current = self.document.segment(segment.id)
            except KeyError:
                continue
            if any(current.text(lang) != segment.text(lang) for lang in LANGS):
                continue
            kept = [f for f in self.findings.get(segment.id, []) if f.kind is not Kind.SPELLING]
            self.findings[segment.id] = kept + found.get(segment.id, [])
        self.render()
        self.spellingChecked.emit()

    def _on_check_failed(self, exc: BaseException) -> None:
        if not isValid(self.tree):
            return
        self._token = None
        if self._check_again:
            self.check_all()
            return
        log.error("quality checks failed", exc_info=exc)
        self.summary.setText(self.tr("The checks could not run: %1").replace("%1", shown_text(refusal_text(exc))))

    def _on_cell_changed(self, segment_id: str, _lang: str) -> None:
        if self.running:
            self._edited_during_check.add(segment_id)
        else:
            self._rows_to_recheck.add(segment_id)
            self._recheck_timer.start()

    def _on_cells_changed(self, keys: list[tuple[str, str]]) -> None:
        """A bulk edit: its rows re-checked like typed ones, or past FULL_CHECK_ROWS one full check instead (each
        row's re-check reads the whole release, so thousands of them took minutes of the worker)."""
        rows = {segment_id for segment_id, _lang in keys}
        if self.running:
            self._edited_during_check |= rows
        elif len(rows | self._rows_to_recheck) > FULL_CHECK_ROWS:
            self._rows_to_recheck.clear()
            self._recheck_timer.stop()
            self.schedule_full_check()
        else:
            self._rows_to_recheck |= rows
            self._recheck_timer.start()

    def recheck_pending_rows(self) -> None:
        """Re-check the rows edited since the last check, on a worker: a row's checks read the whole release (its
        dates, its numbers), which on a long release takes far longer than the GUI thread may be busy."""
        if self.glossary is None:  # no full check yet: it loads the glossary and covers these rows too
            self.schedule_full_check()
            return
        if self._recheck_token is not None:  # one at a time: the rows edited meanwhile wait for the next
            self._recheck_timer.start()
            return
        release = self.document.release
        indexes: dict[str, int] = {}
        for segment_id in list(self._rows_to_recheck):
            try:
                index = release.index_of(segment_id)
            except KeyError:
                self.findings.pop(segment_id, None)
                continue
            if sum(len(cell.text) for cell in release.segments[index].cells.values()) > GUI_RECHECK_CHARS:
                self._rows_to_recheck.discard(segment_id)  # seconds of work: the full check runs it on the worker
                if self.edited_row is not None and self.edited_row() == segment_id:
                    # Not while its editor is open: the worker's long calls over a megabyte hold the GIL for tens
                    # of milliseconds each, and the keys typed meanwhile waited up to half a second.
                    self._huge_row_waits = True
                else:
                    self.schedule_full_check()
                continue
            indexes[segment_id] = index
        rows, self._rows_to_recheck = self._rows_to_recheck, set()
        if not indexes:
            self._show_rechecked(rows)
            return
        self._recheck_token = self.context.tasks.submit(
            recheck_rows_worker, release.copy(), indexes, self.glossary, self.context.spelling, lane="qa",
            on_done=lambda found: self._on_rechecked(release, rows, found), on_error=self._on_recheck_failed)
        self._live[:] = [token for token in (self._token, self._recheck_token) if token is not None]

    def editor_closed(self) -> None:
        """The cell editor closed: a huge row typed in meanwhile is checked now."""
        if self._huge_row_waits:
            self._huge_row_waits = False
            self.schedule_full_check()

    def _on_rechecked(self, release: Release, rows: set[str], found: dict[str, list[Finding]]) -> None:
        if not isValid(self.tree):
            return  # the window closed while the worker ran
        self._recheck_token = None
        if release is not self.document.release or self.running:
            return  # another document, or a full check under way that covers these rows
        for segment_id, findings in found.items():
            if self._segment_exists(segment_id):
                self.findings[segment_id] = findings
        self._show_rechecked(rows)
        if self._rows_to_recheck:
            self._recheck_timer.start()

    def _on_recheck_failed(self, exc: BaseException) -> None:
        self._recheck_token = None
        log.warning("re-checking the edited rows failed: %s", exc)

    def _show_rechecked(self, rows: set[str]) -> None:
        if len(rows) > INCREMENTAL_ROWS:
            self.render()
            return
        for segment_id in rows:
            self.render_segment(segment_id)

    def _on_release_reset(self) -> None:
        """Another document: its own ignored findings, and a fresh check."""
        self.findings = {}
        self.has_checked = False
        self.ignored = set()
        store = self.document.store
        if store is not None:
            try:
                self.ignored = store.ignored_findings()
            except StorageError as exc:
                log.warning("cannot read the ignored findings: %s", exc)
        self.render()
        self.schedule_full_check()

    # -- what the user does ------------------------------------------------------------------------------
    def selected_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def jump_to(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, FINDING_ROLE)
        if finding is not None and self._segment_exists(finding.segment_id):
            self.document.set_current_cell(finding.segment_id, finding.lang)
            self.findingActivated.emit(finding)

    def select_finding(self, finding: Finding) -> None:
        """Make the finding's line the current one (F8 walks the list with the user)."""
        for item in self._items.get(finding.segment_id, []):
            if item.data(0, FINDING_ROLE).key == finding.key:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def fix_selected(self) -> bool:
        """Apply the selected finding's fix as one undoable edit; False when it no longer fits the text."""
        finding = self.selected_finding()
        if finding is None or finding.fix is None or not self._segment_exists(finding.segment_id):
            return False
        old = self.document.cell(finding.segment_id, finding.lang)
        new_text = finding.fix.apply(old.text)
        if new_text is None:
            self.summary.setText(self.tr("The text has changed since the check: check again."))
            return False
        self.document.set_cell(finding.segment_id, finding.lang, edited_cell(old, new_text),
                               self.tr("Fix: %1").replace("%1", shown_text(finding.fix.label)))
        self.document.set_current_cell(finding.segment_id, finding.lang)
        return True

    def findings_like(self, finding: Finding) -> list[Finding]:
        """The open findings the filters show that the same correction fixes: the same kind of problem in the same
        language, with the same words to replace by the same words (a forbidden form in every paragraph)."""
        if finding.fix is None:
            return []

        def correction(f: Finding) -> tuple[object, ...]:
            edits = tuple((e.old, e.new) for e in f.fix.edits) if f.fix else ()
            return f.kind, f.lang, f.message_id, edits

        wanted = correction(finding)
        return [f for f in self.visible_findings()
                if f.fix is not None and f.key not in self.ignored and correction(f) == wanted]

    def fix_all_like_selected(self) -> int:
        """Apply the selected finding's correction wherever the same problem was found, as one undo step; the
        number of findings fixed (a cell changed since the check is left for the next check)."""
        finding = self.selected_finding()
        if finding is None:
            return 0
        edits: dict[tuple[str, str], list[Edit]] = {}
        counts: Counter[tuple[str, str]] = Counter()
        for like in self.findings_like(finding):
            if self._segment_exists(like.segment_id):
                key = (like.segment_id, like.lang)
                edits.setdefault(key, []).extend(like.fix.edits)  # type: ignore[union-attr]
                counts[key] += 1
        cells: dict[tuple[str, str], str] = {}
        for key, cell_edits in edits.items():
            ordered = sorted(set(cell_edits), key=lambda e: e.start)
            if any(a.end > b.start for a, b in pairwise(ordered)):
                continue  # overlapping corrections: left for one by one
            new_text = Fix("", tuple(ordered)).apply(self.document.cell(*key).text)
            if new_text is not None:  # else the cell changed since the check
                cells[key] = new_text
        fixed = sum(counts[key] for key in cells)
        if cells:
            label = finding.fix.label if finding.fix else ""
            self.document.set_cells({key: edited_cell(self.document.cell(*key), text) for key, text in cells.items()},
                                    self.tr("Fix all: %1").replace("%1", label))
        self.summary.setText(self.tr("Fixed %n finding(s).", "", fixed))
        return fixed

    def _show_menu(self, pos: QPoint) -> None:
        """Right-click on a finding: go to its cell, fix it, ignore it."""
        item = self.tree.itemAt(pos)
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if finding is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Go to Cell"), lambda: self.jump_to(item))
        fix_text = self.tr("Fix: %1").replace("%1", menu_text(shown_text(finding.fix.label))) if finding.fix else None
        fix = menu.addAction(fix_text or self.tr("Fix"), self.fix_selected)
        fix.setEnabled(finding.fix is not None)
        alike = len(self.findings_like(finding))
        if alike > 1:
            menu.addAction(self.tr("Fix All %n Like This", "", alike), self.fix_all_like_selected)
        menu.addAction(self.ignore_button.text(), self.toggle_ignore_selected)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def toggle_ignore_selected(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            return
        if finding.key in self.ignored:
            self.ignored.discard(finding.key)
            self._write_ignored(finding.key, ignore=False)
        else:
            self.ignored.add(finding.key)
            self._write_ignored(finding.key, ignore=True)
        self.render()

    def _write_ignored(self, key: str, ignore: bool) -> None:
        store = self.document.store
        if store is None or self.document.read_only:
            return  # kept in memory; written when the project file exists (see _persist_ignored)
        try:
            if ignore:
                store.ignore_finding(key)
            else:
                store.unignore_finding(key)
        except StorageError as exc:
            log.error("cannot record the ignored finding: %s", exc)
            self.summary.setText(self.tr("Could not save the ignored finding: %1").replace(
                "%1", shown_text(refusal_text(exc))))

    def _persist_ignored(self) -> None:
        """The project file appeared or moved (autosave, Save As): make sure it holds the ignored keys."""
        store = self.document.store
        if store is None or self.document.read_only or not self.ignored:
            return
        try:
            for key in self.ignored - store.ignored_findings():
                store.ignore_finding(key)
        except StorageError as exc:
            log.error("cannot record the ignored findings: %s", exc)

    def _segment_exists(self, segment_id: str) -> bool:
        try:
            self.document.release.index_of(segment_id)
        except KeyError:
            return False
        return True

    # -- showing -----------------------------------------------------------------------------------------
    def visible_findings(self) -> list[Finding]:
        """The findings the filters let through, in document order."""
        positions = {s.id: i for i, s in enumerate(self.document.release.segments)}
        shown = [f for seg_id, found in self.findings.items() if seg_id in positions for f in found if self._passes(f)]
        shown.sort(key=lambda f: (positions[f.segment_id], LANGS.index(f.lang)))
        return shown

    def totals(self) -> tuple[int, int]:
        """Open errors and warnings in the whole release, whatever the filters."""
        counts = Counter(f.severity for found in self.findings.values() for f in found if f.key not in self.ignored)
        return counts[Severity.ERROR], counts[Severity.WARNING]

    def _passes(self, finding: Finding) -> bool:
        lang = self.lang_combo.currentData() or ALL
        severity = self.severity_combo.currentData() or ALL
        return ((not lang or finding.lang == lang) and (not severity or finding.severity.value == severity)
                and (self.show_ignored.isChecked() or finding.key not in self.ignored))

    def _group_key(self, finding: Finding, positions: dict[str, int]) -> tuple[int, str]:
        """Where a finding's group sorts among the groups, and its identity."""
        if self.group_combo.currentData() == "segment":
            return positions[finding.segment_id], finding.segment_id
        return list(Kind).index(finding.kind), finding.kind.value

    def render(self) -> None:
        """Rebuild the tree from the findings, keeping the selected finding selected."""
        selected = self.selected_finding()
        positions = {s.id: i for i, s in enumerate(self.document.release.segments)}
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self._groups: dict[tuple[int, str], QTreeWidgetItem] = {}
        self._items: dict[str, list[QTreeWidgetItem]] = {}
        reselect = None
        listed: Counter[str] = Counter()
        for finding in self.visible_findings():
            listed[finding.segment_id] += 1
            if listed[finding.segment_id] > LISTED_PER_SEGMENT:
                continue
            group = self._group(finding, positions)
            item = self._item(finding, positions[finding.segment_id])
            group.addChild(item)
            self._items.setdefault(finding.segment_id, []).append(item)
            if selected is not None and finding.key == selected.key:
                reselect = item
        for group in self._groups.values():
            self._title_group(group)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self.tree.setUpdatesEnabled(True)
        self._update_summary()
        self._update_buttons()

    def render_segment(self, segment_id: str) -> None:
        """Replace one row's items in place (typing must not rebuild a tree of hundreds of findings)."""
        positions = {s.id: i for i, s in enumerate(self.document.release.segments)}
        touched: set[int] = set()
        for item in self._items.pop(segment_id, []):
            group = item.parent()
            group.removeChild(item)
            touched.add(id(group))
            if group.childCount() == 0:
                key = next(k for k, g in self._groups.items() if g is group)
                del self._groups[key]
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
        if segment_id in positions:
            order = {lang: i for i, lang in enumerate(LANGS)}
            shown = [f for f in self.findings.get(segment_id, []) if self._passes(f)]
            for finding in shown[:LISTED_PER_SEGMENT]:
                group = self._group(finding, positions)
                item = self._item(finding, positions[segment_id])
                mine = (positions[segment_id], order[finding.lang])
                low, high = 0, group.childCount()  # children are in document order: binary search
                while low < high:
                    mid = (low + high) // 2
                    other: Finding = group.child(mid).data(0, FINDING_ROLE)
                    if (positions.get(other.segment_id, -1), order[other.lang]) <= mine:
                        low = mid + 1
                    else:
                        high = mid
                group.insertChild(low, item)
                self._items.setdefault(segment_id, []).append(item)
        for group in self._groups.values():
            if id(group) in touched or group.data(0, GROUP_COUNT_ROLE) != group.childCount():
                self._title_group(group)
        self._update_summary()
        self._update_buttons()

    def _group(self, finding: Finding, positions: dict[str, int]) -> QTreeWidgetItem:
        key = self._group_key(finding, positions)
        group = self._groups.get(key)
        if group is None:
            title = kind_label(finding.kind) if self.group_combo.currentData() != "segment" else self.tr(
                "Segment %1").replace("%1", str(positions[finding.segment_id] + 1))
            group = QTreeWidgetItem([title])
            group.setData(0, GROUP_TITLE_ROLE, title)
            at = sum(1 for other in self._groups if other < key)
            self.tree.insertTopLevelItem(at, group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
            self._groups[key] = group
        return group

    def _title_group(self, group: QTreeWidgetItem) -> None:
        group.setData(0, GROUP_COUNT_ROLE, group.childCount())
        group.setText(0, f"{group.data(0, GROUP_TITLE_ROLE)} ({group.childCount()})")
        group.setExpanded(True)

    def _item(self, finding: Finding, position: int) -> QTreeWidgetItem:
        severity = {Severity.ERROR: self.tr("Error"), Severity.WARNING: self.tr("Warning"),
                    Severity.INFO: self.tr("Style")}[finding.severity]
        message = shown_text(finding_message(finding.message_id, finding.args, finding.message))
        item = QTreeWidgetItem([message, f"#{position + 1} {lang_label(finding.lang)}", severity])
        item.setData(0, FINDING_ROLE, finding)
        item.setToolTip(0, message)
        if finding.severity is Severity.ERROR:
            item.setForeground(2, QBrush(QColor("#b3261e")))
        if finding.key in self.ignored:
            for column in range(3):
                item.setForeground(column, QBrush(QColor("#888888")))
        return item

    def _update_summary(self) -> None:
        errors, warnings = self.totals()
        if not self.running:
            self.summary.setText(self.totals_text(errors, warnings))
        self.totalsChanged.emit(errors, warnings)

    def totals_text(self, errors: int, warnings: int) -> str:
        if not self.has_checked:
            return self.tr("Not checked yet.")
        if not any(self.findings.values()) and not self.glossary_problem:
            return self.tr("No problems found.")
        text = self.tr("Errors: %1, warnings: %2").replace("%1", str(errors)).replace("%2", str(warnings))
        ignored = sum(f.key in self.ignored for found in self.findings.values() for f in found)
        text += " " + self.tr("(%1 ignored)").replace("%1", str(ignored)) if ignored else ""
        if self.glossary_problem:
            text += " " + self.tr("(checked without the glossary: %1)").replace("%1", self.glossary_problem)
        return text

    def _update_buttons(self) -> None:
        finding = self.selected_finding()
        self.fix_button.setEnabled(finding is not None and finding.fix is not None)
        self.fix_button.setToolTip(shown_text(finding.fix.label) if finding is not None and finding.fix else "")
        self.ignore_button.setEnabled(finding is not None)
        unignore = finding is not None and finding.key in self.ignored
        self.ignore_button.setText(self.tr("Stop Ignoring") if unignore else self.tr("Ignore"))

    def shutdown(self) -> None:
        """Stop pending work (the window is going away)."""
        self._recheck_timer.stop()
        self._full_timer.stop()
        if self._token is not None:
            self._token.cancel()
            self._token = None
        if self._spelling_token is not None:
            self._spelling_token.cancel()
            self._spelling_token = None
        if self._recheck_token is not None:
            self._recheck_token.cancel()
            self._recheck_token = None


class QualityChecksUi(QObject):
    """Wires the QA panel into the main window: the dock, Tools ▸ Run Quality Checks (F7), status-bar totals."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = QaPanel(window.context, window.document, window.qa_dock)  # type: ignore[attr-defined]
        window.qa_dock.setWidget(self.panel)  # type: ignore[attr-defined]
        delegate = window.grid.cell_delegate  # type: ignore[attr-defined]
        self.panel.edited_row = lambda: delegate.active_editor.segment_id if delegate.active_editor else None
        delegate.closeEditor.connect(lambda *_: self.panel.editor_closed())
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("F7"))
        self.action.triggered.connect(self.run)
        window.tools_menu.addAction(self.action)  # type: ignore[attr-defined]
        window.addAction(self.action)
        self.totals_button = ElidedButton(window)
        self.totals_button.setObjectName("qaTotals")
        self.totals_button.setFlat(True)
        shrinkable(self.totals_button)
        self.totals_button.clicked.connect(self.show_dock)
        window.status_bar.addPermanentWidget(self.totals_button)  # type: ignore[attr-defined]
        self.panel.totalsChanged.connect(self._show_totals)
        window.installEventFilter(self)
        window.destroyed.connect(self.panel.shutdown)
        self.retranslateUi()

    def run(self) -> None:
        self.show_dock()
        self.panel.check_all()

    def show_dock(self) -> None:
        dock = self.window.qa_dock  # type: ignore[attr-defined]
        dock.show()
        dock.raise_()

    def _show_totals(self, errors: int, warnings: int) -> None:
        if self.panel.has_checked:
            self.totals_button.setText(self.tr("QA: errors %1, warnings %2").replace("%1", str(errors))
                                       .replace("%2", str(warnings)))
        else:
            self.totals_button.setText(self.tr("QA: not checked yet"))
        self.totals_button.setToolTip(self.totals_button.text() + "\n" + self.tr("Show the quality checks"))

    def retranslateUi(self) -> None:
        self.action.setText(self.tr("Run &Quality Checks"))
        self.action.setStatusTip(self.tr("Check numbers, dates, names, titles and punctuation in all three "
                                          "languages"))
        self._show_totals(*self.panel.totals())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)


def install_quality_checks(window: QMainWindow) -> QualityChecksUi:
    """Wire the QA dock into the window (called from `MainWindow._install_panels`)."""
    return QualityChecksUi(window)
