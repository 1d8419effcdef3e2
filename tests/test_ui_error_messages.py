"""Why a file was refused reaches a Chinese or Russian user in their language, not in the reader's English.

The catalogues are filled by translators; these tests install a catalogue of their own, compiled with
pyside6-lrelease from a few messages written here, and check the dialogs show its words (and the CLI keeps the
English text)."""

from __future__ import annotations

import ast
import errno
import http.server
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import glossary_files
import pytest
import ui_support
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox
from ui_support import has_cyrillic, interface_in

from desktop_app.domain import refusals
from desktop_app.domain.glossary.model import Tenure, TermEntry
from desktop_app.domain.release import Cell, Release, Role, Segment
from desktop_app.formats.errors import FormatError
from desktop_app.mt.engine import MtError
from desktop_app.mt.libretranslate_engine import LibreTranslateEngine
from desktop_app.mt.packs import PackError, inspect_pack
from desktop_app.services.exporting import ExportError, export_release
from desktop_app.services.glossary_service import open_glossary_store
from desktop_app.services.importing import read_document
from desktop_app.storage.glossary_store import GlossaryError, GlossaryStore, GlossaryValidationError
from desktop_app.storage.project_store import ProjectError, ProjectStore
from desktop_app.storage.sqlite_files import SQLITE_MAGIC
from desktop_app.ui.error_messages import CONTEXT, TEMPLATES, fill, refusal_text
from desktop_app.ui.glossary_dock.entry_dialog import refused_text
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.labels import lang_label
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
messages = ui_support.messages  # fixture

REPO = Path(__file__).resolve().parent.parent
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
needs_lrelease = pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed beside Python")

# What a translator would write for a few refusals (source → Russian, Chinese).
TRANSLATED = {
    "%1: %2": ("%1: %2", "%1：%2"),
    "not a Word document or damaged": ("не документ Word или файл повреждён", "不是 Word 文档，或文件已损坏"),
    "the file is damaged and cannot be read; nothing was changed: open a backup or an earlier export": (
        "файл повреждён и не читается; ничего не изменено: откройте резервную копию",
        "文件已损坏，无法读取；未作任何更改：请打开备份"),
    "not a PressDesk project": ("не проект PressDesk", "不是 PressDesk 项目"),
    "has no translation model (model/model.bin)": ("нет модели перевода (model/model.bin)",
                                                   "没有翻译模型 (model/model.bin)"),
    "cannot be read (%1)": ("не читается (%1)", "无法读取（%1）"),
    "permission denied": ("нет прав доступа", "没有访问权限"),
    "the disk is full": ("диск заполнен", "磁盘已满"),
    "the file is too large (%1 bytes; at most %2)": ("файл слишком велик (%1 байт; не больше %2)",
                                                    "文件太大（%1 字节；最多 %2）"),
    "segment %1 has an unknown role %2 (known: %3)": ("у сегмента %1 неизвестная роль %2 (известные: %3)",
                                                     "第 %1 段的角色 %2 未知（已知：%3）"),
    "%1 declares a DTD, which Excel workbooks never hold (its entities could stand for text); refused": (
        "%1 объявляет DTD, которого в книгах Excel не бывает; отклонено",
        "%1 声明了 DTD，Excel 工作簿从不包含；已拒绝"),
    "declares its own XML entities, which TMX files do not use; refused for safety": (
        "объявляет собственные сущности XML, которых в TMX не бывает; отклонено",
        "声明了自己的 XML 实体，TMX 文件不用；已拒绝"),
    "metadata.json %1 must be a 2- or 3-letter lower-case language code, not %2": (
        "в metadata.json %1 должен быть код языка из 2–3 строчных букв, а не %2",
        "metadata.json 的 %1 必须是 2–3 个小写字母的语言代码，而不是 %2"),
    "the translation server at %1 is busy (too many requests); try again in a minute": (
        "сервер перевода %1 занят; повторите через минуту", "翻译服务器 %1 正忙；请一分钟后再试"),
    "cannot create the project: %1; nothing was changed": ("не удалось создать проект: %1; ничего не изменено",
                                                          "无法创建项目：%1；未作任何更改"),
    "its name is too long for SQLite to keep its journal beside it; give it a shorter name": (
        "имя слишком длинное для журнала SQLite; сократите его", "名称太长，SQLite 无法在旁边保存日志；请改短"),
    "not a glossary address: %1 (a shared glossary is postgresql://login@host/database)": (
        "не адрес глоссария: %1", "不是术语表地址：%1"),
    "there is no text to export in: %1": ("нет текста для экспорта: %1", "没有可导出的文本：%1"),
    "has %1 names on disk (hard links), so PressDesk cannot tell whether it is being edited under another name. "
    "Open it read-only, or save a copy under a new name.": (
        "имеет %1 имени на диске (жёсткие ссылки); откройте только для чтения",
        "在磁盘上有 %1 个名称（硬链接）；请以只读方式打开"),
}


def compiled_catalogue(folder: Path, lang: str) -> Path:
    """A .qm with the ErrorMessages translations above, built by lrelease from a .ts written here."""
    column = 0 if lang == "ru" else 1
    entries = "".join(f"<message><source>{escape(source)}</source><translation>{escape(words[column])}"
                      "</translation></message>" for source, words in TRANSLATED.items())
    ts = folder / f"errors_{lang}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{lang}">'
                  f"<context><name>{CONTEXT}</name>{entries}</context></TS>", encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@contextmanager
def catalogue(window: MainWindow, folder: Path, lang: str) -> Iterator[None]:
    """The interface in `lang` with the test's catalogue installed over the shipped one."""
    translator = QTranslator()
    assert translator.load(str(compiled_catalogue(folder, lang)))
    with interface_in(window, lang):
        QCoreApplication.installTranslator(translator)
        try:
            yield
        finally:
            QCoreApplication.removeTranslator(translator)


def damaged_docx(folder: Path) -> Path:
    path = folder / "statement.docx"
    path.write_bytes(b"PK\x03\x04 not a real zip, cut off in an e-mail")
    return path


def damaged_project(folder: Path) -> Path:
    path = folder / "release.pressdesk"
    path.write_bytes(SQLITE_MAGIC + b"\x00" * 84 + b"torn pages " * 400)
    return path


def pack_file(folder: Path, from_code: str, *, with_model: bool) -> Path:
    """An en→ru pack file whose metadata names `from_code` as its source, with or without its model."""
    pack = folder / "translate-en_ru.argosmodel"
    with zipfile.ZipFile(pack, "w") as zf:
        zf.writestr("translate-en_ru/metadata.json", f'{{"package_version": "1.0", "from_code": "{from_code}", '
                                                     '"to_code": "ru", "type": "translate"}')
        zf.writestr("translate-en_ru/sentencepiece.model", b"model")
        if with_model:
            zf.writestr("translate-en_ru/model/model.bin", b"weights")
    return pack


# -- the table --------------------------------------------------------------------------------------------------
def id_constants() -> dict[str, str]:
    return {name: value for name, value in vars(refusals).items() if name.isupper() and isinstance(value, str)}


def test_every_refusal_id_has_a_template_in_the_interface() -> None:
    ids = id_constants()
    assert len(ids) >= 30
    assert len(set(ids.values())) == len(ids), "two constants share an id"
    assert set(ids.values()) == set(TEMPLATES), "an id without an interface template, or a template for no id"


def test_every_id_the_code_raises_with_is_a_known_constant() -> None:
    """`why.NAME` anywhere in the core names a constant of domain.refusals (a typo would only fail when raised)."""
    used: set[str] = set()
    for source in (REPO / "desktop_app").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "why":
                used.add(node.attr)
    assert used - set(id_constants()) == set()
    assert len(used) >= 30


def test_placeholders_are_filled_once_and_in_order(qapp) -> None:
    assert fill("%2 before %1", ["a", "b"]) == "b before a"
    assert fill("%1 and %2", ["50%2", "x"]) == "50%2 and x"
    assert fill("%1 and %3", ["a"]) == "a and %3"


def test_an_error_without_an_id_keeps_its_english_words(qapp) -> None:
    assert refusal_text(FormatError("segment 4 is not an object")) == "segment 4 is not an object"
    assert refusal_text(ValueError("something else")) == "something else"


# -- the words reach the user in their language ---------------------------------------------------------------------
@needs_lrelease
@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_a_damaged_word_file_is_refused_in_the_interface_language(qtbot, window: MainWindow, tmp_path: Path,
                                                                  lang: str) -> None:
    broken = damaged_docx(tmp_path)
    with pytest.raises(FormatError) as refused:
        read_document(broken)
    assert str(refused.value) == "statement.docx: not a Word document or damaged (File is not a zip file)"  # CLI
    column = 0 if lang == "ru" else 1
    with catalogue(window, tmp_path, lang):
        dialog = ImportDialog(window.context, window.document, broken, "en", window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
        text = dialog.summary_label.text()
        reason = TRANSLATED["%1: %2"][column].replace("%1", "statement.docx").replace(
            "%2", TRANSLATED["not a Word document or damaged"][column])
        assert reason in text
        assert "not a Word document" not in text and "zip" not in text
        dialog.reject()


@needs_lrelease
@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_a_damaged_project_is_refused_in_the_interface_language(window: MainWindow, messages: ui_support.Messages,
                                                                tmp_path: Path, lang: str) -> None:
    path = damaged_project(tmp_path)
    with pytest.raises(ProjectError) as refused:
        ProjectStore.open(path)
    english = str(refused.value)
    assert english.startswith("release.pressdesk is damaged") and "not a database" in english  # the CLI's words
    column = 0 if lang == "ru" else 1
    with catalogue(window, tmp_path, lang):
        assert not window.open_path(path, ask_save=False)
    [text] = messages.texts("critical")
    assert TRANSLATED["the file is damaged and cannot be read; nothing was changed: open a backup or an earlier "
                      "export"][column] in text
    assert "not a database" not in text and "damaged and cannot be read" not in text


@needs_lrelease
def test_a_pack_without_a_model_and_system_reasons_are_in_the_interface_language(window: MainWindow,
                                                                                  tmp_path: Path) -> None:
    pack = pack_file(tmp_path, "en", with_model=False)
    with pytest.raises(PackError) as refused:
        inspect_pack(pack)
    assert "has no translation model" in str(refused.value)
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "release.pressdesk"))
    denied = FormatError.from_os_error("x", PermissionError(errno.EACCES, "Permission denied"), "terms.csv",
                                       refusals.CANNOT_READ)
    large = FormatError("y", message_id=refusals.TOO_LARGE, message_args=(60_000_000, 50_000_000))
    with catalogue(window, tmp_path, "ru"):
        assert refusal_text(refused.value) == "translate-en_ru.argosmodel: нет модели перевода (model/model.bin)"
        assert refusal_text(full) == "release.pressdesk: диск заполнен"
        assert refusal_text(denied) == "terms.csv: не читается (нет прав доступа)"
        # numbers grouped as the interface's language writes them (Russian: a no-break space)
        shown = refusal_text(large).replace("\u00a0", " ")
        assert shown == "файл слишком велик (60 000 000 байт; не больше 50 000 000)"


# -- every refusal a dialog can show carries an id ----------------------------------------------------------------
# Raise sites left in English on purpose, by (module, function): the CLI alone shows them (a broken pack folder's
# reason in `packs list`, `packs remove` of a folder, a pair typed on the command line), or the dialog words them
# itself (PackOffline), or they carry their own ids per problem (GlossaryValidationError's `Reason`s).
ENGLISH_ONLY = {("desktop_app/mt/packs.py", "_read_folder"), ("desktop_app/mt/packs.py", "remove_broken"),
                ("desktop_app/mt/packs.py", "parse_pair")}
WORDED_ELSEWHERE = {"PackOffline", "PackCancelled", "MtCancelled", "GlossaryValidationError"}


def refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """The exception classes of the core that are Refusals (the dialogs word them through `refusal_text`)."""
    bases = {node.name: {b.id for b in node.bases if isinstance(b, ast.Name)}
             for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found = {"Refusal"}
    while grown := {name for name, parents in bases.items() if parents & found} - found:
        found |= grown
    return found


def self_identified(trees: dict[Path, ast.Module]) -> set[str]:
    """Classes whose own constructor passes the message id on (chosen from the arguments it takes)."""
    return {node.name for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
            for init in node.body if isinstance(init, ast.FunctionDef) and init.name == "__init__"
            if any(isinstance(call, ast.Call) and any(k.arg == "message_id" for k in call.keywords)
                   for call in ast.walk(init))}


def test_every_refusal_a_dialog_can_show_carries_a_message_id() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in (REPO / "desktop_app").rglob("*.py")
             if "cli" not in path.relative_to(REPO).parts}
    classes = refusal_classes(trees) - self_identified(trees)
    assert {"FormatError", "PackError", "ProjectError", "GlossaryError", "TmStoreError", "ExportError", "MtError",
            "ServerUnavailable"} <= classes
    bare: list[str] = []
    for path, tree in trees.items():
        module = path.relative_to(REPO).as_posix()
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or (module, function.name) in \
                    ENGLISH_ONLY:
                continue
            for node in ast.walk(function):
                call = node.exc if isinstance(node, ast.Raise) else node if isinstance(node, ast.Return) else None
                call = call.value if isinstance(call, ast.Return) else call
                if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                    continue
                name = call.func.id
                if name in classes - WORDED_ELSEWHERE and "message_id" not in {k.arg for k in call.keywords}:
                    bare.append(f"{module}:{call.lineno} {name}")
    assert bare == []


# -- the new refusals reach the dialogs in the interface language ------------------------------------------------
def _words(source: str, lang: str) -> str:
    return TRANSLATED[source][0 if lang == "ru" else 1]


@needs_lrelease
@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_a_field_error_in_a_release_file_is_refused_in_the_interface_language(qtbot, window: MainWindow,
                                                                            tmp_path: Path, lang: str) -> None:
    path = tmp_path / "release.json"
    path.write_text('{"segments": [{"role": "body", "en": "One."}, {"role": "speech", "en": "Two."}]}',
                    encoding="utf-8")
    roles = "headline, subheadline, dateline, lead, body, quote, source, contact, note"
    with pytest.raises(FormatError) as refused:
        read_document(path)
    assert str(refused.value) == f"release.json: segment 2 has an unknown role 'speech' (known: {roles})"  # CLI
    with catalogue(window, tmp_path, lang):
        dialog = ImportDialog(window.context, window.document, path, "en", window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
        reason = fill(_words("segment %1 has an unknown role %2 (known: %3)", lang), ["2", "'speech'", roles])
        assert fill(_words("%1: %2", lang), ["release.json", reason]) in dialog.summary_label.text()
        dialog.reject()


@needs_lrelease
def test_a_workbook_declaring_a_dtd_is_refused_in_the_interface_language(qtbot, window: MainWindow,
                                                                       messages: ui_support.Messages,
                                                                       tmp_path: Path) -> None:
    plain = glossary_files.workbook(tmp_path / "plain.xlsx", [("Terms", [["zh", "en"], ["外交部", "MFA"]])])
    path = tmp_path / "terms.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, b'<!DOCTYPE workbook [<!ENTITY x "y">]>' + data if name == "xl/workbook.xml" else data)
    with catalogue(window, tmp_path, "ru"):
        window.glossary.panel.import_file(str(path))
        qtbot.waitUntil(lambda: bool(messages.texts("warning")), timeout=20_000)
    [text] = messages.texts("warning")
    reason = fill(_words("%1 declares a DTD, which Excel workbooks never hold (its entities could stand for text); "
                         "refused", "ru"), ["xl/workbook.xml"])
    assert f"terms.xlsx: {reason}" in text and "Excel workbooks" not in text


@needs_lrelease
def test_a_memory_file_declaring_entities_is_refused_in_the_interface_language(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY lol "lol">]><tmx version="1.4"><body><tu>'
                    '<tuv xml:lang="en"><seg>&lol;</seg></tuv></tu></body></tmx>', encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda _title, message: errors.append(message))
    with catalogue(window, tmp_path, "zh_CN"), qtbot.waitSignal(window.translation_memory.importFailed,
                                                              timeout=30_000):
        window.translation_memory.start_import(path)
    [message] = errors
    reason = _words("declares its own XML entities, which TMX files do not use; refused for safety", "zh_CN")
    assert f"memory.tmx：{reason}" in message and "refused" not in message


@needs_lrelease
def test_a_pack_with_a_bad_language_code_is_refused_in_the_interface_language(qtbot, window: MainWindow,
                                                                            tmp_path: Path) -> None:
    pack = pack_file(tmp_path, "EN", with_model=True)
    with pytest.raises(PackError) as refused:
        inspect_pack(pack)
    assert "from_code must be a 2- or 3-letter lower-case language code" in str(refused.value)  # CLI
    with catalogue(window, tmp_path, "ru"):
        dialog = window.machine_translation.show_packs()
        reason = fill(_words("metadata.json %1 must be a 2- or 3-letter lower-case language code, not %2", "ru"),
                      ["from_code", '"EN"'])
        dialog.install_file(pack)
        qtbot.waitUntil(lambda: reason in dialog.message.text(), timeout=30_000)
        text = dialog.message.text()
        dialog.close()
    assert f"{pack.name}: {reason}" in text and "lower-case" not in text


@needs_lrelease
def test_server_project_and_export_refusals_are_worded_in_the_interface_language(
        window: MainWindow, tmp_path: Path) -> None:
    """Real refusals: a LibreTranslate server that is busy (HTTP 429), a project name too long for SQLite's
    journal (the reason worded by its own id inside the action's sentence), a database address that is not
    PostgreSQL's, a release without Russian text exported (the language named in the interface's words)."""
    class Busy(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server's name
            self.send_response(429)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with pytest.raises(MtError) as busy:
            LibreTranslateEngine(url).installed_pairs()
    finally:
        server.shutdown()
        server.server_close()
    assert "is busy (too many requests)" in str(busy.value)
    release = Release("T", "", [Segment(Role.BODY, {"zh": Cell("中文"), "en": Cell("English"), "ru": Cell("")})])
    long_name = tmp_path / ("р" * 120 + ".pressdesk")  # 250 bytes: no room for "-journal" beside it
    with pytest.raises(ProjectError) as too_long:
        ProjectStore.create(long_name, release)
    assert "its name is too long for SQLite" in str(too_long.value) and not long_name.exists()
    with pytest.raises(GlossaryError) as not_postgres:
        open_glossary_store("mysql://anna:secret@server/terms")
    assert "secret" not in str(not_postgres.value)
    with pytest.raises(ExportError) as no_russian:
        export_release(release, tmp_path / "out.docx", "ru")
    assert str(no_russian.value) == "there is no Russian text to export"  # CLI
    with catalogue(window, tmp_path, "ru"):
        assert refusal_text(busy.value) == fill(_words(
            "the translation server at %1 is busy (too many requests); try again in a minute", "ru"), [url])
        assert refusal_text(too_long.value) == long_name.name + ": " + fill(_words(
            "cannot create the project: %1; nothing was changed", "ru"), [_words(
                "its name is too long for SQLite to keep its journal beside it; give it a shorter name", "ru")])
        assert refusal_text(not_postgres.value) == fill(_words(
            "not a glossary address: %1 (a shared glossary is postgresql://login@host/database)", "ru"),
            ["'mysql://anna:***@server/terms'"])
        russian = lang_label("ru")
        assert has_cyrillic(russian)
        assert refusal_text(no_russian.value) == fill(_words("there is no text to export in: %1", "ru"), [russian])


def test_an_entry_the_glossary_refuses_gives_its_problems_in_the_interface_language(window: MainWindow,
                                                                                   tmp_path: Path) -> None:
    """The store's GlossaryValidationError lists coded reasons: the glossary's dialogs word each through its table."""
    with GlossaryStore.open(tmp_path / "glossary.sqlite", seed=False) as store:
        person = store.add(TermEntry(0, "person", {"zh": "刘忻", "en": "Liu Xin", "ru": "Лю Синь"}))
        title = store.add(TermEntry(0, "title", {"zh": "副省长", "en": "Vice Governor", "ru": "вице-губернатор"}))
        with pytest.raises(GlossaryValidationError) as refused:
            store.add_tenure(Tenure(person.id, title.id, "2023", "2019"))
    assert "ends before it starts" in str(refused.value)  # the CLI's words
    with interface_in(window, "ru"):
        text = refused_text(refused.value)
    assert has_cyrillic(text) and "2023" in text and "2019" in text and "ends before" not in text


@needs_lrelease
def test_a_project_with_two_names_on_disk_is_explained_in_the_interface_language(
        window: MainWindow, messages: ui_support.Messages, tmp_path: Path) -> None:
    path = tmp_path / "release.pressdesk"
    ProjectStore.create(path, Release("T", "", [Segment(Role.BODY, {"zh": Cell(), "en": Cell("One."),
                                                                    "ru": Cell()})])).close()
    os.link(path, tmp_path / "alias.pressdesk")
    messages.reply = QMessageBox.StandardButton.Cancel  # not read-only: nothing opens
    with catalogue(window, tmp_path, "zh_CN"):
        assert not window.open_path(path, ask_save=False)
    [question] = messages.texts("question")
    reason = fill(_words("has %1 names on disk (hard links), so PressDesk cannot tell whether it is being edited "
                         "under another name. Open it read-only, or save a copy under a new name.", "zh_CN"), ["2"])
    assert f"release.pressdesk：{reason}" in question and "hard links)" not in question
