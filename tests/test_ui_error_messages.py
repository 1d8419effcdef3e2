"""Why a file was refused reaches a Chinese or Russian user in their language, not in the reader's English.

The catalogues are filled by translators; these tests install a catalogue of their own, compiled with
pyside6-lrelease from a few messages written here, and check the dialogs show its words (and the CLI keeps the
English text)."""

from __future__ import annotations

import ast
import errno
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import ui_support
from PySide6.QtCore import QCoreApplication, QTranslator
from ui_support import interface_in

from desktop_app.domain import refusals
from desktop_app.formats.errors import FormatError
from desktop_app.mt.packs import PackError, inspect_pack
from desktop_app.services.importing import read_document
from desktop_app.storage.project_store import ProjectError, ProjectStore
from desktop_app.storage.sqlite_files import SQLITE_MAGIC
from desktop_app.ui.error_messages import CONTEXT, TEMPLATES, fill, refusal_text
from desktop_app.ui.import_dialog import ImportDialog
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
    pack = tmp_path / "translate-en_ru.argosmodel"
    with zipfile.ZipFile(pack, "w") as zf:
        zf.writestr("translate-en_ru/metadata.json", '{"package_version": "1.0", "from_code": "en", '
                                                     '"to_code": "ru", "type": "translate"}')
        zf.writestr("translate-en_ru/sentencepiece.model", b"model")
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
