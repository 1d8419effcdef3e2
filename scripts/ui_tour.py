"""Walk the real window through its screens, save one PNG per screen and list the problems seen on each.

    python scripts/ui_tour.py OUTDIR [--ui-lang en|zh|ru] [--size WxH] [--font-scale 2]

The tour opens the sample release in a throw-away data folder with two tiny real language packs installed (built
by tests/argos_packs.py), shows the main window, each dock with content and every dialog, and writes
OUTDIR/<screen>.png and OUTDIR/tour.json = {"screens": [{"name", "png", "problems": [...]}]}. A problem is what the
tour can see for itself: a label, button, tab, header or combo box whose text does not fit its widget, a form row
without a label, an English string in a Chinese or Russian tour (user data excluded), a language code ("zh", "en",
"ru") where a language name belongs. `--font-scale 2` tours with the desktop's text at 200 %.
Exit status: 0 no problem, 1 problems listed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(1, str(REPO / "tests"))  # argos_packs builds the tiny real language packs
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QAbstractItemModel,
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QEventLoop,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument, QTextLayout, QTextOption  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from desktop_app import APP_NAME, LANGS  # noqa: E402

UI_LANGS = ("en", "zh", "ru")
WAIT_S = 180.0  # the first suggestion imports argostranslate and loads the pack
# Words that stay as they are in every interface language: product and format names, keys.
KEEP = {
    APP_NAME.casefold(), "pressdesk", "qt", "pyside6", "python", "argostranslate", "ctranslate2", "docx", "docm",
    "dotx", "txt", "json", "csv", "tbx", "tmx", "omegat", "argosmodel", "word", "hunspell", "pinyin", "hanyu",
    "palladius", "ctrl", "shift", "alt", "enter", "return", "tab", "esc", "del", "ins", "insert", "delete", "backspace",
    "pgup", "pgdown", "home", "end", "space", "meta", "up", "down", "left", "right", "yyyy", "sqlite", "utf",
    "english", "argos", "pdf", "libreoffice", "dotm", "http", "https", "www", "mb", "kb", "gb", "qa",
}
LANG_CODE = re.compile(r"(?<![\w.\-/])(zh|en|ru)(?![\w\-])")
MIN_SHOWN = 12
TRANSLATED_LISTS = {"qaFindings"}  # lists whose lines are interface text (QA messages), not the user's data
QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass
class Screen:
    name: str
    png: str
    problems: list[str] = field(default_factory=list)


def wait_until(condition: Callable[[], bool], seconds: float = WAIT_S) -> bool:
    """Run the event loop until `condition()` holds or the time is up."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    app = QCoreApplication.instance()
    while not condition():
        if deadline.hasExpired():
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def plain(text: str) -> str:
    """What the user reads: rich text without tags, menu text without mnemonics."""
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0 and (
        widget is root or widget.isVisible())


def describe(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


# -- what does not fit -------------------------------------------------------------------------------------------

def _label_cut(label: QLabel) -> str | None:
    text = plain(label.text()).strip()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            return f"label {text[:60]!r} needs {needed} px of height, has {label.height()}"
        return None
    if "\n" not in text and label.minimumSizeHint().width() > label.width() + 1:
        return f"label {text[:60]!r} needs {label.minimumSizeHint().width()} px, has {label.width()}"
    return None


def _button_cut(button: QAbstractButton) -> str | None:
    text = plain(button.text()).strip()
    if not text:
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + 1:
        return f"button {text!r} needs {needed} px, has {button.width()}"
    return None


def _combo_cut(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field_rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > field_rect.width() + 1:
        return f"combo box {text!r} needs {needed} px, shows {field_rect.width()}"
    return None


def _tabs_cut(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        text = plain(bar.tabText(i))
        needed = bar.fontMetrics().horizontalAdvance(text) + 8
        if text and bar.tabRect(i).width() < needed:
            found.append(f"tab {text!r} needs {needed} px, has {bar.tabRect(i).width()}")
    return found


def _header_cut(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return []
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if text and header.sectionSize(section) < needed:
            found.append(f"column header {text!r} needs {needed} px, has {header.sectionSize(section)}")
    return found


def _items_cut(view: QAbstractItemView) -> list[str]:
    """Cells of an interface list elided to a stub (fewer than MIN_SHOWN characters of a longer text shown)."""
    model = view.model()
    if model is None or (isinstance(view, QTableView) and view.objectName() == "releaseGrid"):
        return []
    found = []
    metrics = view.fontMetrics()
    for index in _indexes(model, QModelIndex()):
        text = str(model.data(index) or "")
        rect = view.visualRect(index)
        if not text or "\n" in text or rect.width() <= 0 or rect.height() <= 0:
            continue
        if view.wordWrap():
            shown = _shown_wrapped(text, view.font(), rect.width() - 6, rect.height())
        else:
            shown = len(metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 6).rstrip("…"))
        if shown < min(MIN_SHOWN, len(text)):
            found.append(f"list cell {text[:40]!r} shows {shown} characters in {rect.width()} px")
    return found


def _shown_wrapped(text: str, font: QFont, width: int, height: int) -> int:
    """The characters a word-wrapping cell shows: those of the lines within its height, a line wider than the cell
    (one long word) counted as elided."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    shown, top = 0, 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        if top + line.height() > height + 1:
            break
        part = text[line.textStart():line.textStart() + line.textLength()]
        shown += (len(metrics.elidedText(part, Qt.TextElideMode.ElideRight, width).rstrip("…"))
                  if line.naturalTextWidth() > width else len(part))
        top += line.height()
    layout.endLayout()
    return shown


def _indexes(model: QAbstractItemModel, parent: QModelIndex, limit: int = 60) -> Iterator[QModelIndex]:
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(model.columnCount(parent)):
            yield model.index(row, column, parent)
        yield from _indexes(model, model.index(row, 0, parent), limit)


def _dock_title_cut(dock: QDockWidget) -> str | None:
    if dock.titleBarWidget() is not None or dock.isFloating():
        return None
    text = dock.windowTitle()
    needed = dock.fontMetrics().horizontalAdvance(text) + 48  # close and float buttons
    if text and dock.width() < needed and not _tabified(dock):
        return f"dock title {text!r} needs {needed} px, has {dock.width()}"
    return None


def _tabified(dock: QDockWidget) -> bool:
    window = dock.parentWidget()
    return isinstance(window, QMainWindow) and bool(window.tabifiedDockWidgets(dock))


def cut_texts(root: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not visible(widget, root) or isinstance(widget.window(), QMenu):
            continue
        if isinstance(widget, QLabel):
            problem = _label_cut(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_cut(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_cut(widget)
        elif isinstance(widget, QDockWidget):
            problem = _dock_title_cut(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(plain(widget.title())) + 16
            problem = f"group title {widget.title()!r} needs {needed} px" if needed > widget.width() else None
        elif isinstance(widget, QTabBar):
            found.extend(_tabs_cut(widget))
            continue
        elif isinstance(widget, QHeaderView):
            found.extend(_header_cut(widget))
            continue
        elif isinstance(widget, (QTreeView, QTableView)):
            found.extend(_items_cut(widget))
            continue
        else:
            continue
        if problem:
            found.append(problem)
    return found


# -- form rows ---------------------------------------------------------------------------------------------------

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def _widgets_in(item_layout: QLayout | None, widget: QWidget | None) -> Iterator[QWidget]:
    if widget is not None:
        yield widget
    if item_layout is not None:
        for i in range(item_layout.count()):
            child = item_layout.itemAt(i)
            yield from _widgets_in(child.layout(), child.widget())


def unlabelled_rows(root: QWidget) -> list[str]:
    found = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field_item is None:
                continue
            inputs = [w for w in _widgets_in(field_item.layout(), field_item.widget())
                      if isinstance(w, INPUTS) and visible(w, root)]
            if not inputs:
                continue
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or not plain(label.text()).strip():
                found.append(f"form row without a label: {describe(inputs[0])}")
    return found


# -- words on screen ---------------------------------------------------------------------------------------------

def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
        elif action.text():
            yield action.text()


def interface_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every interface string visible in `root`: not cell text, list items or typed input."""
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    yield "menu", text
    for widget in [root, *root.findChildren(QWidget)]:
        if not visible(widget, root):
            continue
        if widget.isWindow() and not isinstance(widget, QMainWindow):
            yield "window title", widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield describe(widget), widget.text()
        elif isinstance(widget, QGroupBox):
            yield describe(widget), widget.title()
        elif isinstance(widget, QDockWidget):
            yield describe(widget), widget.windowTitle()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                yield describe(widget), widget.itemText(i)
        elif isinstance(widget, QHeaderView) and widget.model() is not None and widget.isVisible():
            orientation = widget.orientation()
            if orientation == Qt.Orientation.Horizontal:
                for section in range(widget.count()):
                    yield "column header", str(widget.model().headerData(section, orientation) or "")
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield describe(widget), widget.placeholderText()
        elif isinstance(widget, QTreeWidget) and widget.objectName() in TRANSLATED_LISTS:
            for index in _indexes(widget.model(), QModelIndex()):
                quoted = QUOTED.sub(" ", str(widget.model().data(index) or ""))  # quotations are the user's text
                yield describe(widget), quoted


def _without(text: str, user_strings: Iterable[str]) -> str:
    text = re.sub(r"\bpressdesk(?: [a-z\-]+)+(?: [A-Z]+)?", " ", text)  # a command to type stays as it is
    for value in user_strings:
        if value and value in text:
            text = text.replace(value, " ")
    return text


def word_problems(texts: Iterable[tuple[str, str]], ui_lang: str, user_strings: list[str]) -> list[str]:
    found: set[str] = set()
    for where, raw in texts:
        text = _without(plain(raw), user_strings)
        text = re.sub(r"\S+\.(pressdesk|docx|txt|json|tmx|tbx|csv|argosmodel|log|qm)\b", " ", text)
        text = re.sub(r"\b[a-z][a-z0-9+.\-]*://\S*", " ", text)  # addresses: http://server:5000, postgresql://…
        text = re.sub(r"(?:[A-Za-z]:)?[/\\][^\s]*", " ", text)  # paths
        code = LANG_CODE.search(text)
        if code:
            found.add(f"language code {code.group(1)!r} shown in {where}: {plain(raw)[:80]!r}")
        if ui_lang != "en":
            words = [w for w in ENGLISH_WORD.findall(text) if w.casefold() not in KEEP]
            if words:
                found.add(f"English {' '.join(words[:4])!r} in the {ui_lang} interface ({where}): {plain(raw)[:80]!r}")
    return sorted(found)


# -- the tour ----------------------------------------------------------------------------------------------------

class Tour:
    """One window, one interface language, one size: every screen inspected and saved."""

    def __init__(self, out: Path, ui_lang: str, size: tuple[int, int], data_dir: Path, packs: Iterable[Path]) -> None:
        from desktop_app.mt.packs import install_pack
        from desktop_app.services.importing import sample_release
        from desktop_app.storage.project_store import ProjectStore
        from desktop_app.ui.context import AppContext
        from desktop_app.ui.i18n import UiLanguage

        self.out = out
        self.ui_lang = ui_lang
        self.size = size
        out.mkdir(parents=True, exist_ok=True)
        for pack in packs:
            install_pack(pack, data_dir)
        app = QApplication.instance()
        self.ui_language = UiLanguage(app)
        self.context = AppContext.create(data_dir, self.ui_language)
        self.context.settings.first_run_done = True
        self.ui_language.switch(ui_lang)
        self.project = data_dir / "sample.pressdesk"
        ProjectStore.create(self.project, sample_release()).close()
        self.screens: list[Screen] = []
        self.user_strings: list[str] = []

    def _collect_user_strings(self) -> None:
        """Text that belongs to the user (cells, glossary entries, paths): never counted as interface text."""
        release = self.window.document.release
        strings = {release.title, str(self.context.data_dir), str(self.project), self.project.name}
        for segment in release.segments:
            for lang in LANGS:
                strings.add(segment.cells[lang].text)
        for entry in self.context.glossary.store().entries():
            strings.update(entry.forms.values())
            for values in (*entry.variants.values(), *entry.forbidden.values()):
                strings.update(values)
            strings.add(entry.note)
        self.user_strings = sorted((s for s in strings if s and len(s) > 1), key=len, reverse=True)

    def check(self, name: str, widget: QWidget, *, texts_of: QWidget | None = None) -> Screen:
        settle()
        png = f"{name}.png"
        widget.grab().save(str(self.out / png))
        problems = cut_texts(widget) + unlabelled_rows(widget)
        problems += word_problems(interface_texts(texts_of or widget), self.ui_lang, self.user_strings)
        screen = Screen(name, png, problems)
        self.screens.append(screen)
        return screen

    def dialog(self, name: str, dialog: QDialog, prepare: Callable[[QDialog], None] | None = None) -> Screen:
        dialog.show()
        wait_until(dialog.isVisible, 5)
        if prepare is not None:
            prepare(dialog)
        screen = self.check(name, dialog)
        dialog.done(0)
        dialog.close()
        dialog.deleteLater()
        settle()
        return screen

    def run(self) -> list[Screen]:
        from desktop_app.ui.main_window import MainWindow

        self.window = window = MainWindow(self.context)
        window.interactive = False
        window.resize(*self.size)
        assert window.open_path(self.project, ask_save=False)
        window.show()
        self._collect_user_strings()
        try:
            self._main_and_docks()
            self._dialogs()
        finally:
            self.context.tasks.wait_idle(WAIT_S)
            window.document.close()
            window.close()
            window.deleteLater()
            self.context.close()
            self.ui_language.switch("en")  # the tour's translators leave the application as they came
            settle()
            # deleteLater needs the event loop's deferred deletes: without them every tour leaves a window alive.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return self.screens

    def _segment_with_terms(self) -> int:
        """The first row whose English names a glossary entry (the glossary and suggestions docks show most)."""
        segments = self.window.document.release.segments
        for row, segment in enumerate(segments):
            if "Qian" in segment.cells["en"].text:
                return row
        return min(4, len(segments) - 1)

    def _main_and_docks(self) -> None:
        window = self.window
        qa = window.quality_checks.panel
        qa.check_all()
        wait_until(lambda: not qa.running)
        row = self._segment_with_terms()
        panel = window.machine_translation.panel
        segment = window.document.release.segments[row]
        window.suggestions_dock.raise_()  # a narrow window keeps it in a tab behind the glossary
        window.document.set_current_cell(segment.id, "ru")
        wait_until(lambda: panel._key == (segment.id, "ru") and not panel._mt_pending and bool(panel.items))
        window.grid.fit_rows()
        wait_until(window.grid.rows_fitted, 30)
        screen = self.check("main-window", window)
        if window.width() > self.size[0] or window.height() > self.size[1]:
            screen.problems.append(f"the window cannot shrink to {self.size[0]}x{self.size[1]}: it is "
                                   f"{window.width()}x{window.height()}")
        for name, dock in (("glossary-dock", window.glossary_dock), ("suggestions-dock", window.suggestions_dock),
                           ("qa-dock", window.qa_dock)):
            dock.show()
            dock.raise_()
            self.check(name, dock)

    def _dialogs(self) -> None:
        from desktop_app.ui.concordance import ConcordanceDialog
        from desktop_app.ui.export_dialog import ExportDialog
        from desktop_app.ui.find_replace import FindReplaceDialog
        from desktop_app.ui.first_run import FirstRunGuide
        from desktop_app.ui.glossary_dock import EntryDialog
        from desktop_app.ui.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog
        from desktop_app.ui.packs_dialog import PacksDialog
        from desktop_app.ui.preferences import PreferencesDialog
        from desktop_app.ui.release_properties import ReleasePropertiesDialog
        from desktop_app.ui.translate_all import TranslateColumnDialog

        window = self.window

        def search(dialog: QDialog) -> None:
            dialog.find_edit.setText("Qian")  # type: ignore[attr-defined]
            dialog.find_next()  # type: ignore[attr-defined]

        self.dialog("find-replace", FindReplaceDialog(window.document, window.grid, window._finish_editing, window),
                    search)
        self.dialog("preferences", PreferencesDialog(self.context, window.grid.column_order(),
                                                     window.grid.hidden_columns(), window))
        self.dialog("release-title-date", ReleasePropertiesDialog(window.document, window))
        self.dialog("export", ExportDialog(self.context, window.document, window))
        packs = PacksDialog(window.machine_translation.session, window)
        self.dialog("language-packs", packs, lambda d: wait_until(lambda: d.table.rowCount() > 0, 10))
        entry = next(e for e in self.context.glossary.store().entries() if e.category == "person")
        self.dialog("glossary-entry", EntryDialog(self.context.glossary.store(), entry, window, entry.category))
        self.dialog("shortcuts", ShortcutsDialog(window))
        self.dialog("about", AboutDialog(self.context.data_dir, window))
        self.dialog("first-run-guide", FirstRunGuide(on_user_guide=lambda: None, parent=window))
        self.dialog("user-guide", UserGuideDialog(window))
        self.dialog("colour-legend", window.legend.show_dialog())
        self.dialog("translate-column", TranslateColumnDialog("ru", 0, window))

        def concordance(dialog: QDialog) -> None:
            dialog.start("Roundtable Conference", "en")  # type: ignore[attr-defined]
            wait_until(lambda: dialog._token is None, 30)  # type: ignore[attr-defined]

        self.dialog("concordance", ConcordanceDialog(window), concordance)


def build_packs(work: Path) -> list[Path]:
    """The two tiny real language packs the tests use (zh→en and en→ru)."""
    import argos_packs

    return [argos_packs.memorising_pack(work, *pair) for pair in argos_packs.MEMORISING_PAIRS]


def run_tour(out: Path, ui_lang: str, size: tuple[int, int], packs: list[Path] | None = None) -> list[Screen]:
    """Run the tour (a QApplication must exist) and write the PNGs and tour.json into `out`."""
    with tempfile.TemporaryDirectory(prefix="pressdesk-tour-") as tmp:
        data_dir = Path(tmp) / "data"
        previous = os.environ.get("PRESSDESK_DATA_DIR")
        os.environ["PRESSDESK_DATA_DIR"] = str(data_dir)
        try:
            screens = Tour(out, ui_lang, size, data_dir, packs or build_packs(Path(tmp))).run()
        finally:
            if previous is None:
                os.environ.pop("PRESSDESK_DATA_DIR", None)
            else:
                os.environ["PRESSDESK_DATA_DIR"] = previous
    report = {"ui_lang": ui_lang, "size": f"{size[0]}x{size[1]}",
              "screens": [{"name": s.name, "png": s.png, "problems": s.problems} for s in screens]}
    (out / "tour.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return screens


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1024x700, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--ui-lang", choices=UI_LANGS, default="en")
    parser.add_argument("--size", type=parse_size, default=(1440, 900))
    parser.add_argument("--font-scale", type=float, default=1.0, help="the desktop's text size, 2 = 200 %%")
    args = parser.parse_args(argv)
    if not 0.5 <= args.font_scale <= 4:
        parser.error("--font-scale must be between 0.5 and 4")
    app = QApplication.instance() or QApplication([APP_NAME])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    screens = run_tour(args.outdir, args.ui_lang, args.size)
    del app
    problems = [f"{s.name}: {p}" for s in screens for p in s.problems]
    for line in problems:
        print(line)
    print(f"{len(screens)} screens, {len(problems)} problems; wrote {args.outdir / 'tour.json'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
