"""Open the exported documents in LibreOffice as a reader would: every layout converts, Chinese in a CJK font.

Slow (LibreOffice starts once per document): run with `make slow` or `pytest -m slow`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app import LANGS
from desktop_app.services.exporting import export_release
from desktop_app.services.importing import sample_release
from desktop_app.settings import Settings

REPO = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdftotext")),
                       reason="needs LibreOffice (libreoffice-writer) and poppler-utils"),
]


def _render_module():
    spec = importlib.util.spec_from_file_location("render_docx", REPO / "scripts" / "render_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _squeezed(text: str) -> str:
    """Text without white space and hyphens: LibreOffice breaks lines (at a hyphen too, as in "China-Russia"),
    pdftotext adds spaces around CJK and drops a hyphen that ends a line, so only the letters are compared."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


def _pdf_text(pdf: Path) -> str:
    return _squeezed(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout)


def _pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(("name", "lang", "layout", "pair"), [
    *[(f"single-{lang}", lang, "single", None) for lang in LANGS],
    ("table", None, "table", None),
    ("review", None, "review", "zh-ru"),
])
def test_every_layout_renders_with_real_chinese_glyphs(tmp_path: Path, name: str, lang: str | None, layout: str,
                                                       pair: str | None) -> None:
    render = _render_module()
    release = sample_release()
    docx = tmp_path / f"{name}.docx"
    export_release(release, docx, lang, layout, pair, settings=Settings(end_mark="native"))
    pngs = render.render(docx, tmp_path / "out", dpi=40)
    assert pngs and all(p.stat().st_size > 1000 for p in pngs)
    pdf = tmp_path / "out" / f"{name}.pdf"
    text = _pdf_text(pdf)
    shown = [lang] if layout == "single" else list(LANGS) if layout == "table" else pair.split("-")
    for code in shown:
        assert _squeezed(release.segments[0].text(code)) in text  # the headline came through as text
    if "zh" in shown:
        assert "NotoSerifCJK" in _pdf_fonts(pdf)  # Chinese set in the CJK serif, not in boxes of a Latin font
    if layout == "single":
        assert {"zh": "（完）", "en": "###", "ru": "***"}[lang] in text
