"""Recognise a release laid out as a table with one language per column, and read it column by column.

Press offices send bilingual and trilingual releases side by side, and PressDesk's own table and review exports
are such tables. Read row by row into one column they would mix the languages, so a document whose text is
mainly in such tables is read per language instead: each column's language comes from a header row naming the
languages (中文 / English / Русский, 汉语, Chinese, Китайский, 英文, Russian, 俄文…) or, without one, from the
script of its text. Columns whose header names no language (#, status, comment, notes, terms, QA) are not text
of the release.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from desktop_app.domain import refusals as why
from desktop_app.domain.langdetect import detect_language, script_counts
from desktop_app.domain.release import Role
from desktop_app.formats.errors import FormatError
from desktop_app.formats.paragraphs import (
    STYLE_ROLES,
    DocumentContent,
    DocumentTable,
    ImportedParagraph,
    TableCell,
    is_heading_style,
)

LANGUAGE_WORDS = {"zh": "Chinese", "en": "English", "ru": "Russian"}
# Names of the languages in the three languages, as header cells spell them (lower case; Russian by its stem,
# so "Китайский", "на китайском" and "Китайская версия" all count).
_CJK_NAMES = {"zh": ("中文", "汉语", "漢語", "华语", "華語", "华文", "華文", "汉文", "普通话"),
              "en": ("英文", "英语", "英語"),
              "ru": ("俄文", "俄语", "俄語")}
_WORD_NAMES = {"zh": re.compile(r"\b(?:chinese|mandarin|китайск\w*)\b"),
               "en": re.compile(r"\b(?:english|английск\w*)\b"),
               "ru": re.compile(r"\b(?:russian|русск\w*)\b")}
# Codes, and the one-character and dictionary abbreviations a header cell may be alone ("中 | 英 | 俄",
# "кит. | англ. | рус.").
_CODES = {"zh": {"zh", "zh-cn", "zh-hans", "zh-hant", "zho", "chi", "cn", "中", "кит"},
          "en": {"en", "en-us", "en-gb", "eng", "英", "англ"},
          "ru": {"ru", "ru-ru", "rus", "俄", "рус"}}
# Header words of columns that accompany the text (review tables, CAT exports): never imported as text even when
# they name a language ("Comment (English)").
_NOT_TEXT = re.compile(r"note|comment|remark|status|\bqa\b|term|批注|备注|注释|说明|状态|术语|примечан|коммент|"
                       r"статус|термин|замечан")
MAX_HEADER_CHARS = 40
MAIN_SHARE = 0.5  # the language tables must hold at least this share of the document's letters
COLUMN_AGREEMENT = 0.6  # share of a column's cells that must look like one language for it to be that column
DOMINANCE = 3  # a column with this many times the letters of another in the same language is the text column
# Without a header, a column whose cells hold fewer letters than this on average (a Chinese character counts
# three) is labels, numbers, placeholders or statuses: never a language column, and no sign of one.
MIN_TEXT_WEIGHT = 12


class TableLanguagesError(FormatError):
    """A document laid out as a table of several languages whose columns cannot be told apart."""


@dataclass(frozen=True, slots=True)
class LanguageTable:
    """A release read column by column: every language's paragraphs, row-aligned (the same length)."""

    columns: dict[str, list[ImportedParagraph]]
    header: bool  # the columns' languages came from a header row (else from their text)
    ignored_columns: tuple[str, ...]  # headers (or numbers) of columns that are not text of the release
    outside: int  # paragraphs of the document outside the tables, not imported

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.columns)

    @property
    def rows(self) -> int:
        return len(next(iter(self.columns.values()), []))


def named_language(header: str, *, text_only: bool = True) -> str | None:
    """The language a header cell names ('Source (中文)', 'Английский', 'EN'), or None for none or several.
    `text_only`: a column of notes, statuses or terms that names a language ('Comment (English)') names none;
    a glossary's own columns are terms ('English term'), so it passes False and judges notes itself."""
    text = header.strip().casefold()
    if not text or len(text) > MAX_HEADER_CHARS or (text_only and _NOT_TEXT.search(text)):
        return None
    found = {lang for lang, names in _CJK_NAMES.items() if any(name in text for name in names)}
    found |= {lang for lang, pattern in _WORD_NAMES.items() if pattern.search(text)}
    bare = re.sub(r"[\s()（）\[\]:：.]+", "", text)
    # A glossary's column names a code among words ("Term (ZH)", "ru-RU term"); a table's header must be one.
    words = set() if text_only else set(re.findall(r"[a-z]+(?:-[a-z]+)?", text.replace("_", "-")))
    found |= {lang for lang, codes in _CODES.items() if bare in codes or words & codes}
    return found.pop() if len(found) == 1 else None


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _weight(text: str) -> int:
    """Letters, a Chinese character counted as three (it carries a word)."""
    counts = script_counts(text)
    return sum(counts.values()) + 2 * counts["zh"]


def _width(table: DocumentTable) -> int:
    return max((cell.column + cell.span for row in table.rows for cell in row), default=0)


HEADER_SEARCH_ROWS = 3  # the header row may follow a title row or two merged across the table


@dataclass(frozen=True, slots=True)
class _Layout:
    languages: dict[int, str]  # grid column → language
    header: tuple[str, ...] | None  # the header row's cell texts, when the languages came from one
    ignored: tuple[str, ...]


def _row_texts(row: tuple[TableCell, ...]) -> tuple[str, ...]:
    return tuple(cell.text.strip() for cell in row)


def _header_layout(table: DocumentTable) -> _Layout | None:
    """The languages a row near the top names, when it names at least two; TableLanguagesError when it names one
    twice."""
    for row in table.rows[:HEADER_SEARCH_ROWS]:
        named = {cell.column: named_language(cell.text) for cell in row if cell.span == 1}
        langs = [lang for lang in named.values() if lang]
        if len(set(langs)) < 2:
            continue
        twice = [lang for lang, n in Counter(langs).items() if n > 1]
        if twice:
            raise TableLanguagesError(f"the table's header names {LANGUAGE_WORDS[twice[0]]} for more than one "
                                      "column, so its languages cannot be told apart",
                                      message_id=why.TABLE_HEADER_TWICE, message_args=((twice[0],),))
        ignored = tuple(cell.text.strip() or f"#{cell.column + 1}" for cell in row if not named.get(cell.column))
        return _Layout({column: lang for column, lang in named.items() if lang}, _row_texts(row), ignored)
    return None


def _detected_layout(table: DocumentTable) -> _Layout | None:
    """Each column's language from the script of its cells; None for a table in one language (a layout table)."""
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    weights: Counter[int] = Counter()
    filled: Counter[int] = Counter()
    for row in table.rows:
        for cell in row:
            if cell.span != 1 or not cell.text.strip():
                continue
            found = detect_language(cell.text)
            if found:
                votes[cell.column][found] += 1
            weights[cell.column] += _weight(cell.text)
            filled[cell.column] += 1
    text_columns = {column: counts for column, counts in votes.items()
                    if weights[column] >= MIN_TEXT_WEIGHT * filled[column]}
    overall = Counter(found for counts in text_columns.values() for found in counts.elements())
    detected = sum(overall.values())
    spoken = [lang for lang in LANGUAGE_WORDS if overall[lang] and overall[lang] >= 0.1 * detected]
    if len(spoken) < 2:
        return None  # one language laid out in a table (or a form): read row by row as any document
    candidates: dict[str, list[int]] = defaultdict(list)
    for column, counts in text_columns.items():
        lang, n = counts.most_common(1)[0]
        if lang in LANGUAGE_WORDS and n >= COLUMN_AGREEMENT * sum(counts.values()):
            candidates[lang].append(column)
    languages: dict[int, str] = {}
    for lang, columns in candidates.items():
        columns.sort(key=lambda c: weights[c], reverse=True)
        if len(columns) > 1 and weights[columns[0]] < DOMINANCE * weights[columns[1]]:
            shown = " and ".join(str(c + 1) for c in sorted(columns[:2]))
            first, second = sorted(columns[:2])
            raise TableLanguagesError(f"columns {shown} of the table both look {LANGUAGE_WORDS[lang]}, so its "
                                      "languages cannot be told apart; give the table a header row naming them",
                                      message_id=why.TABLE_COLUMNS_ALIKE, message_args=(first + 1, second + 1, (lang,)))
        languages[columns[0]] = lang
    if len(languages) < 2:
        raise TableLanguagesError("the table mixes languages within its columns, so they cannot be told apart; "
                                  "give it one language per column and a header row naming them",
                                  message_id=why.TABLE_MIXED)
    ignored = tuple(f"#{column + 1}" for column in range(_width(table)) if column not in languages)
    return _Layout(dict(sorted(languages.items())), None, ignored)


MIXED_SHARE = 0.2  # a line of a merged cell with this share of its letters in a second language is in several


def _cell_languages(cell: TableCell, layout: _Layout) -> list[tuple[str, tuple[str, str | None]]]:
    """(language column, paragraph) of a cell's paragraphs. A cell merged across several language columns (a
    title over the table) gives each of its lines to the language it is in; a line in several of them at once
    ("新闻稿 Press release Пресс-релиз") is the title of every version, none's own text, and is left out."""
    covered = [layout.languages[c] for c in range(cell.column, cell.column + cell.span) if c in layout.languages]
    if len(covered) <= 1:
        return [(covered[0], paragraph) for paragraph in cell.paragraphs] if covered else []
    whole = detect_language(cell.text)
    out = []
    for paragraph in cell.paragraphs:
        weights = script_counts(paragraph[0])
        weights["zh"] *= 3
        total = sum(weights[lang] for lang in covered)
        if sum(weights[lang] >= MIXED_SHARE * total for lang in covered) > 1:
            continue
        found = detect_language(paragraph[0]) or whole
        out.append((found if found in covered else whole if whole in covered else covered[0], paragraph))
    return out


class _Roles:
    """Roles from the cells' paragraph styles: PressDesk's table headline (the first one the headline, the others
    subheadlines), Word's Title and Heading styles, and the role styles a single export uses."""

    def __init__(self) -> None:
        self.headline_seen = False

    def role(self, styles: list[str | None]) -> Role:
        for style in styles:
            if style == "table headline" or is_heading_style(style):
                if self.headline_seen:
                    return Role.SUBHEADLINE
                self.headline_seen = True
                return Role.HEADLINE
            if style in STYLE_ROLES:
                return STYLE_ROLES[style]
        return Role.BODY


def _rows(table: DocumentTable, layout: _Layout, roles: _Roles) -> list[dict[str, ImportedParagraph]]:
    """The table's rows by language. A row whose language cells hold the same number of paragraphs gives one row
    per paragraph (a whole release in one row, or paragraphs kept apart in every language); otherwise a cell's
    paragraphs stay one text, joined by line breaks, so the row stays aligned."""
    out = []
    for row in table.rows:
        if not any(text.strip() for cell in row for text, _ in cell.paragraphs) or _row_texts(row) == layout.header:
            continue  # a spacer row, or the header row (also where it is repeated)
        cells: dict[str, list[tuple[str, str | None]]] = {lang: [] for lang in layout.languages.values()}
        for cell in row:
            for lang, paragraph in _cell_languages(cell, layout):
                cells[lang].append(paragraph)
        if not any(cells.values()):
            continue  # only a title in several languages at once
        counts = {len(paragraphs) for paragraphs in cells.values() if paragraphs}
        if len(counts) == 1 and (n := counts.pop()) > 1:
            for i in range(n):
                role = roles.role([paragraphs[i][1] for paragraphs in cells.values() if paragraphs])
                out.append({lang: ImportedParagraph(paragraphs[i][0] if paragraphs else "", role)
                            for lang, paragraphs in cells.items()})
            continue
        role = roles.role([style for paragraphs in cells.values() for _, style in paragraphs[:1]])
        out.append({lang: ImportedParagraph("\n".join(text for text, _ in paragraphs), role)
                    for lang, paragraphs in cells.items()})
    return out


def read_language_table(content: DocumentContent) -> LanguageTable | None:
    """The document read column by column when its text is mainly in tables with one language per column; None
    for any other document. TableLanguagesError when it is such a table but its columns cannot be told apart."""
    total = sum(_letters(p.text) for p in content.paragraphs)
    layouts: list[tuple[DocumentTable, _Layout]] = []
    refusal: TableLanguagesError | None = None
    covered = refused = 0
    for table in content.tables:
        if _width(table) < 2:
            continue
        size = sum(_letters(cell.text) for row in table.rows for cell in row)
        try:
            layout = _header_layout(table) or _detected_layout(table)
        except TableLanguagesError as exc:
            refusal = refusal or exc
            refused += size
            continue
        if layout is not None:
            layouts.append((table, layout))
            covered += size
    if refusal is not None and refused >= MAIN_SHARE * total:
        raise refusal
    if not layouts or covered < MAIN_SHARE * total:
        return None
    order = [lang for _, layout in layouts for lang in layout.languages.values()]
    languages = list(dict.fromkeys(order))
    columns: dict[str, list[ImportedParagraph]] = {lang: [] for lang in languages}
    roles = _Roles()
    for table, layout in layouts:
        for row in _rows(table, layout, roles):
            role = next(iter(row.values())).role
            for lang in languages:
                columns[lang].append(row.get(lang) or ImportedParagraph("", role))
    first = layouts[0][1]
    outside = len(content.outside) + sum(len(cell.paragraphs) for table in content.tables
                                         if all(table is not t for t, _ in layouts)
                                         for row in table.rows for cell in row)
    return LanguageTable(columns, first.header is not None, first.ignored, outside)
