"""Release documents laid out as a table with one language per column, for the table import tests: a release of
its own (not the sample's), cells edited as a reviewer in Word would, side-by-side tables made with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import _Cell

from desktop_app.domain.release import Cell, Release, Role, Segment, Status

# A release of its own (not the sample's): a trade fair in Harbin, with roles the table layout marks (headline,
# subheadline) and some it does not.
ROWS = [
    (Role.HEADLINE, "第三届中俄博览会在哈尔滨开幕", "Third China-Russia Expo Opens in Harbin",
     "В Харбине открылось третье Китайско-Российское ЭКСПО"),
    (Role.SUBHEADLINE, "两国企业签署四十项协议", "Companies of both countries sign forty agreements",
     "Компании двух стран подписали сорок соглашений"),
    (Role.DATELINE, "哈尔滨，5月17日", "HARBIN, May 17", "ХАРБИН, 17 мая"),
    (Role.BODY, "博览会展览面积达十万平方米。", "The exhibition covers one hundred thousand square metres.",
     "Площадь выставки составляет сто тысяч квадратных метров."),
    (Role.QUOTE, "“合作前景广阔，”一位参展商说。", "\"The prospects are broad,\" said one exhibitor.",
     "«Перспективы широкие», — сказал один из участников."),
    (Role.CONTACT, "联系人：王芳\n电话：0451-1234567", "Contact: Wang Fang\nPhone: 0451-1234567",
     "Контакт: Ван Фан\nТелефон: 0451-1234567"),
]


def expo_release() -> Release:
    segments = [Segment(role, {"zh": Cell(zh, Status.APPROVED), "en": Cell(en, Status.REVIEWED),
                               "ru": Cell(ru, Status.DRAFT)}) for role, zh, en, ru in ROWS]
    segments[3].comment = "Check the area with the organisers"
    return Release("Harbin expo", "2024-05-17", segments)


def set_cell(cell: _Cell, text: str) -> None:
    """Replace a cell's text as a reviewer typing in Word would, keeping its paragraph and style."""
    paragraph = cell.paragraphs[0]
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    paragraph.runs[0].text = text


def texts(release: Release, lang: str) -> list[str]:
    return [s.text(lang) for s in release.segments]


def write_table_docx(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    """A side-by-side release as someone makes it in Word (python-docx): a title, then the table."""
    doc = docx.Document()
    width = len(rows[0])
    table = doc.add_table(rows=0, cols=width)
    for row in ([header] if header else []) + rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


ZH = ["莫斯科举行中俄文化节", "文化节持续一周。", "展出两百件作品。"]
EN = ["Russian-Chinese Culture Festival Held in Moscow", "The festival lasts a week.", "Two hundred works are shown."]
RU = ["В Москве прошёл Российско-китайский фестиваль культуры", "Фестиваль продлится неделю.",
      "Представлено двести работ."]
