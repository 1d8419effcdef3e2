"""A new glossary entry started from text selected in a cell, prefilled from the aligned cells of its paragraph.

    entry_from_selection("钱洪山", "zh", {"en": "…Qian Hongshan noted…", "ru": "…Цянь Хуншань отметил…"})
    -> person entry: zh 钱洪山, en "Qian Hongshan" (as the English cell writes it), ru "Цянь Хуншань"

A Chinese selection of two to four characters is read as a personal name by the name assistant (Hanyu Pinyin and
Palladius); the English form is taken as the English cell spells it when the cell names the person. When the whole
cell is selected (a short line such as a source or a heading), its aligned cells are taken whole. Everything is a
proposal: the user sees it in the entry dialog before anything is stored.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.domain.glossary.model import TermEntry, empty_entry
from desktop_app.domain.transliteration import NameSuggestion, TransliterationError, suggest_name

_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")


def entry_from_selection(text: str, lang: str, cells: dict[str, str]) -> TermEntry:
    """The proposed entry for `text` selected in the `lang` cell of a paragraph whose cells are `cells`."""
    text = " ".join(text.split())
    entry = empty_entry("term")
    forms = {**entry.forms, lang: text}
    category = "term"
    if lang == "zh" and _NAME.fullmatch(text):
        try:
            name = suggest_name(text)
        except TransliterationError:
            name = None
        if name is not None:
            category = "person"
            forms["en"] = as_written(name, cells.get("en", "")) or name.pinyin
            forms["ru"] = name.palladius
    if text and text == " ".join(cells.get(lang, "").split()):
        for other, cell in cells.items():
            if other != lang and not forms.get(other):
                forms[other] = " ".join(cell.split())
    return replace(entry, category=category, forms=forms)


def as_written(name: NameSuggestion, english: str) -> str:
    """The name as the English text spells it (Qian Hongshan, Qian Hong-shan, QIAN Hongshan), or ""."""
    syllables = [c.readings[0] for c in name.chars if c.readings]
    if not syllables:
        return ""
    surname_len = len(name.surname)
    surname = r"[\s\-]?".join(re.escape(s) for s in syllables[:surname_len])
    given = r"[\s\-]?".join(re.escape(s) for s in syllables[surname_len:])
    pattern = rf"\b{surname}\s+{given}\b" if given else rf"\b{surname}\b"
    found = re.search(pattern, _plain_vowels(english), re.IGNORECASE)
    return english[found.start():found.end()] if found else ""


def _plain_vowels(text: str) -> str:
    """ü written as u or v in English texts: compare without it (the string keeps its length)."""
    return text.replace("ü", "u").replace("Ü", "U")
