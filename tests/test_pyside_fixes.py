"""PySide6's per-import source lookup answers as before without keeping every module's source in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

from desktop_app.ui.pyside_fixes import stop_caching_module_sources


def test_imported_modules_are_judged_as_pyside_does_but_their_source_is_not_kept(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    (tmp_path / "uses_qt_here.py").write_text("import PySide6.QtCore\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 2\n" * 1000, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    stop_caching_module_sources()
    assert linecache.cache == {}
    for name in ("uses_qt_here", "plain_here"):
        __import__(name)  # the import statement's way in, which PySide6 watches (importlib.import_module is not)
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # "uses PySide: feature switches apply"
    assert feature.pyside_feature_dict["plain_here"] == -1  # "ignore this module"
    assert not any(key.startswith(str(tmp_path)) for key in linecache.cache)
