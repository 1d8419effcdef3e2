"""Sizes of language packs in the interface's language: a Russian interface writes «1,8 МБ», not "1.8 MB"."""

from __future__ import annotations

import re

import mt_support
import ui_support

from desktop_app.ui.help_dialogs import installed_packs
from desktop_app.ui.main_window import MainWindow

answers, sample_project, window = ui_support.answers, ui_support.sample_project, ui_support.window  # fixtures
russian = ui_support.russian  # fixture
memorising_packs = mt_support.memorising_packs  # fixture

RUSSIAN_SIZE = re.compile(r"\d+(,\d)? (байт|КБ|МБ|ГБ)")


def test_the_language_packs_dialog_and_about_give_sizes_in_russian(qtbot, russian: MainWindow,
                                                                    memorising_packs) -> None:
    ui = russian.machine_translation
    dialog = ui.show_packs()
    with qtbot.waitSignal(ui.session.packsChanged, timeout=120_000):
        dialog.install_file(memorising_packs[("zh", "en")])
    size = dialog.table.item(0, 2).text()
    assert RUSSIAN_SIZE.fullmatch(size), size
    dialog.close()
    [(_pair, _version, about_size)] = installed_packs(russian.context.data_dir)
    assert about_size == size
