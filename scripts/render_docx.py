"""Render Word documents to PNG pages the way a reader would see them: LibreOffice → PDF → pdftoppm → PNG.

    .venv/bin/python scripts/render_docx.py OUT_DIR FILE.docx [FILE.docx ...] [--dpi 80] [--first-page]
    .venv/bin/python scripts/render_docx.py docs/images --sample     # the README's export-<layout>.png

`--sample` exports the bundled sample release in every layout (single in Chinese, English and Russian, the
side-by-side table, the zh→en review table) and keeps the first page of each as `export-<name>.png`.

Needs the Debian packages libreoffice-writer, poppler-utils and fonts-noto-cjk. LibreOffice runs with a
throw-away profile, so it neither touches the user's profile nor collides with another LibreOffice running.
Prints the PNG paths, one a line.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONVERT_TIMEOUT = 180  # seconds; LibreOffice's first start in a fresh profile takes a while


class RenderError(Exception):
    """A document that could not be rendered, or a missing tool."""


def office_binary() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise RenderError("LibreOffice is not installed (Debian package libreoffice-writer)")
    return found


def to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert one document to PDF in `out_dir` with a private LibreOffice profile."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pressdesk-lo-") as profile:
        cmd = [office_binary(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, check=False)
    pdf = out_dir / (docx.stem + ".pdf")
    if done.returncode != 0 or not pdf.is_file():
        raise RenderError(f"LibreOffice could not convert {docx.name}: {done.stderr.strip() or done.stdout.strip()}")
    return pdf


def to_png(pdf: Path, out_dir: Path, dpi: int = 80, first_page: bool = False) -> list[Path]:
    """Rasterise the PDF's pages (or only the first) to `<stem>-<n>.png`."""
    if not shutil.which("pdftoppm"):
        raise RenderError("pdftoppm is not installed (Debian package poppler-utils)")
    prefix = out_dir / pdf.stem
    cmd = ["pdftoppm", "-png", "-r", str(dpi), *(["-f", "1", "-l", "1"] if first_page else []), str(pdf), str(prefix)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
    return sorted(out_dir.glob(f"{pdf.stem}-*.png"))


def render(docx: Path, out_dir: Path, dpi: int = 80, first_page: bool = False) -> list[Path]:
    """Render `docx` to PNG pages in `out_dir`; the PDF is kept beside them for text and font checks."""
    pdf = to_pdf(docx, out_dir)
    return to_png(pdf, out_dir, dpi, first_page)


def sample_documents(folder: Path) -> list[Path]:
    """Export the sample release in every layout into `folder` (named export-<layout>.docx)."""
    sys.path.insert(0, str(REPO))
    from desktop_app.services.exporting import export_release
    from desktop_app.services.importing import sample_release
    from desktop_app.settings import Settings

    release = sample_release()
    settings = Settings(author="PressDesk", end_mark="native")
    jobs = [(f"single-{lang}", lang, "single", None) for lang in ("zh", "en", "ru")]
    jobs += [("table", None, "table", None), ("review", None, "review", "zh-en")]
    paths = []
    for name, lang, layout, pair in jobs:
        path = folder / f"export-{name}.docx"
        export_release(release, path, lang, layout, pair, settings=settings)
        paths.append(path)
    return paths


def render_sample(out_dir: Path, dpi: int) -> list[Path]:
    """First pages of the sample release in every layout, as `out_dir/export-<layout>.png`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pressdesk-sample-") as tmp:
        pngs = []
        for doc in sample_documents(Path(tmp)):
            page = render(doc, Path(tmp), dpi, first_page=True)[0]
            target = out_dir / f"{doc.stem}.png"
            shutil.copyfile(page, target)
            pngs.append(target)
    return pngs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("documents", nargs="*", type=Path)
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--first-page", action="store_true", help="render only the first page of each document")
    parser.add_argument("--sample", action="store_true", help="render the sample release in every layout")
    args = parser.parse_args(argv)
    if not args.sample and not args.documents:
        parser.error("give documents to render, or --sample")
    try:
        pngs = render_sample(args.out_dir, args.dpi) if args.sample else [
            png for doc in args.documents for png in render(doc, args.out_dir, args.dpi, args.first_page)]
        for png in pngs:
            print(png)
    except (RenderError, subprocess.SubprocessError) as exc:
        print(f"render_docx: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
