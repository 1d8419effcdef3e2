"""Import a document into one language column of a release, aligning paragraphs by order.

Nothing is ever dropped: when the document has more paragraphs than the release has rows, the extra paragraphs
become rows of their own; the report says when counts differ and when the text looks like another language. A
version going into an empty column with a paragraph more or fewer than the rows is paired with them by length,
numbers and roles instead (`domain.alignment`), so one caption or merged paragraph does not shift every row after it.
A document laid out as a table with one language per column (a side-by-side or review export, a bilingual
release), a document whose paragraphs take turns between languages, and a release file offer a text per language:
one of their columns, or all at once, row by row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from desktop_app import LANGS
from desktop_app.domain import refusals as why
from desktop_app.domain.alignment import MAX_PAIRINGS, align_paragraphs
from desktop_app.domain.langdetect import detect_language
from desktop_app.domain.release import MAX_CELL_CHARS, MAX_SEGMENTS, Release, Role, Segment, reimported_cell
from desktop_app.domain.segment_edits import is_blank
from desktop_app.domain.text_roles import text_roles
from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import name_as_text
from desktop_app.formats.paragraphs import DocumentContent, ImportedParagraph
from desktop_app.formats.release_json import read_release_json
from desktop_app.formats.text_reader import read_text
from desktop_app.paths import resources_dir

LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian", "other": "another language"}
ALL_LANGS = "all"  # import every language column a table or release file holds


def _read_docx(path: Path) -> DocumentContent:
    """The DOCX reader, imported when a document is read (lxml stays out of commands that read none)."""
    from desktop_app.formats.docx_reader import read_docx_content

    return read_docx_content(path)


def _read_txt(path: Path) -> DocumentContent:
    return DocumentContent(read_text(path))


DOCUMENT_SUFFIXES = {".docx": _read_docx, ".docm": _read_docx, ".dotx": _read_docx, ".txt": _read_txt}


@dataclass(frozen=True, slots=True)
class ImportSource:
    """A file read for import: its paragraphs for any one column, or (a table with one language per column, a
    release file) a row-aligned text per language."""

    name: str
    paragraphs: list[ImportedParagraph]
    columns: dict[str, list[ImportedParagraph]] | None = None
    kind: Literal["document", "table", "alternating", "release"] = "document"
    notes: tuple[str, ...] = ()  # what of the file is not imported, and how its columns were recognised
    ignored_columns: tuple[str, ...] = ()  # a table's columns that are not text (their header, or #number)
    outside: int = 0  # paragraphs outside a table, not imported
    left_out: int = 0  # page numbers and running heads of a PDF conversion, not imported
    joined: int = 0  # printed lines of a PDF conversion joined into their paragraphs

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.columns) if self.columns is not None else ()

    @property
    def by_language(self) -> bool:
        """A document holding the release in several languages (side by side, or paragraph after paragraph)."""
        return self.kind in ("table", "alternating")

    def column(self, lang: str) -> list[ImportedParagraph]:
        """What goes into column `lang`: that language's column of a table, or the whole document."""
        if self.columns is None:
            return self.paragraphs
        if lang not in self.columns:
            names = ", ".join(LANG_NAMES[code] for code in self.columns)
            raise FormatError(f"{self.name}: the table has no {LANG_NAMES[lang]} column (its languages: {names})",
                              message_id=why.TABLE_NO_COLUMN, message_args=((lang,), tuple(self.columns)),
                              file_name=self.name)
        return self.columns[lang]

    @property
    def empty_languages(self) -> tuple[str, ...]:
        """Columns without a word in them: a table sent out for translation before that language was written.
        Imported, they would blank the release's own text in that language, row by row."""
        return tuple(lang for lang, column in (self.columns or {}).items() if not any(p.text.strip() for p in column))

    def langs_for(self, lang: str) -> tuple[str, ...]:
        """The columns an import into `lang` (a language or ALL_LANGS) fills."""
        if lang != ALL_LANGS:
            return (lang,)
        if self.columns is None:
            raise FormatError(f"{self.name}: not a table with one language per column, so it goes into one "
                              "language column only", message_id=why.TABLE_NOT_PER_LANGUAGE, file_name=self.name)
        filled = tuple(code for code in self.languages if code not in self.empty_languages)
        if not filled:
            raise FormatError(f"{self.name}: the file holds no text to import", message_id=why.NO_TEXT,
                              file_name=self.name)
        return filled


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a preview, would do)."""

    lang: str
    paragraphs: int
    rows_before: int
    filled: int = 0
    overwritten: int = 0
    added_rows: int = 0
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    aligned_with: str = ""  # the language the paragraphs were paired with by length, when not row by row


def read_paragraphs(path: str | Path) -> list[ImportedParagraph]:
    """Read a .docx/.docm/.dotx or .txt file; raises FormatError for anything else or anything broken."""
    return _read_content(Path(path)).paragraphs


def _read_content(path: Path) -> DocumentContent:
    """The file's paragraphs and tables, FormatError (with the file name) for any it cannot read."""
    reader = DOCUMENT_SUFFIXES.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(DOCUMENT_SUFFIXES))
        raise FormatError(f"{path.name}: cannot import this kind of file (known: {known}, .json)",
                          message_id=why.UNKNOWN_KIND, message_args=(f"{known}, .json",), file_name=path.name)
    try:
        content = reader(path)
    except FormatError as exc:
        raise exc.named(path.name) from exc
    except OSError as exc:
        raise FormatError.from_os_error(f"{path.name}: {exc.strerror or exc}", exc, path.name) from exc
    roles = text_roles([p.text for p in content.paragraphs], [p.role for p in content.paragraphs])
    return replace(content, paragraphs=[p if p.role is role else ImportedParagraph(p.text, role)
                                        for p, role in zip(content.paragraphs, roles, strict=True)])


def language_warnings(paragraphs: list[ImportedParagraph], lang: str) -> list[str]:
    """Warn when the text going into the `lang` column is mostly, or partly, in another language."""
    detected = [detect_language(p.text) for p in paragraphs]
    counts = Counter(d for d in detected if d)
    warnings = []
    if counts and counts.most_common(1)[0][0] != lang:
        main = counts.most_common(1)[0][0]
        warnings.append(f"the text looks {LANG_NAMES[main]}, but it is going into the {LANG_NAMES[lang]} column")
    else:
        foreign = [i + 1 for i, d in enumerate(detected) if d and d != lang]
        if foreign:
            shown = ", ".join(map(str, foreign[:10])) + (" …" if len(foreign) > 10 else "")
            warnings.append(f"paragraphs {shown} do not look {LANG_NAMES[lang]}")
    return warnings


def import_paragraphs(release: Release, lang: str, paragraphs: list[ImportedParagraph],
                      source: str = "") -> ImportReport:
    """Put `paragraphs` into column `lang` of `release` in place, row by row in order."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    if len(release.segments) > MAX_SEGMENTS:  # written by another tool: no import can make it one PressDesk saves
        raise FormatError(f"the project already holds {len(release.segments):,} segments, more than a release holds "
                          f"({MAX_SEGMENTS:,}); nothing was imported", message_id=why.PROJECT_TOO_MANY_SEGMENTS,
                          message_args=(len(release.segments), MAX_SEGMENTS))
    if len(paragraphs) > MAX_SEGMENTS:
        raise FormatError(f"{source or 'the document'} has {len(paragraphs):,} paragraphs; a release holds at most "
                          f"{MAX_SEGMENTS:,}: split the document", message_id=why.DOCUMENT_TOO_MANY_PARAGRAPHS,
                          message_args=(len(paragraphs), MAX_SEGMENTS), file_name=source or None)
    longest = max((len(p.text) for p in paragraphs), default=0)
    if longest > MAX_CELL_CHARS:
        raise FormatError(f"{source or 'the document'} has a paragraph of {longest:,} characters; a cell holds at "
                          f"most {MAX_CELL_CHARS:,}: nothing was imported", message_id=why.DOCUMENT_PARAGRAPH_TOO_LONG,
                          message_args=(longest, MAX_CELL_CHARS), file_name=source or None)
    if is_blank(release):
        release.segments.clear()  # File ▸ New's one empty row: the document gives the rows and their roles
    report = ImportReport(lang, len(paragraphs), len(release.segments))
    report.warnings.extend(language_warnings(paragraphs, lang))
    fresh = not release.segments
    reference = _reference_language(release, lang)
    if reference is not None and len(paragraphs) != len(release.segments) \
            and len(paragraphs) * len(release.segments) <= MAX_PAIRINGS:
        _import_aligned(release, lang, reference, paragraphs, source, report)
        return report
    for i, para in enumerate(paragraphs):
        if i < len(release.segments):
            seg = release.segments[i]
            if not seg.cells[lang].is_empty:
                report.overwritten += 1
        else:
            seg = Segment(para.role)
            release.segments.append(seg)
            report.added_rows += 0 if fresh else 1
        seg.cells[lang] = reimported_cell(seg.cells[lang], para.text, source or None)
        report.filled += 1
    if not fresh and len(paragraphs) != report.rows_before:
        if len(paragraphs) > report.rows_before:
            report.warnings.append(
                f"the document has {len(paragraphs)} paragraphs but the release has {report.rows_before} rows: "
                f"the last {report.added_rows} paragraphs were added as new rows; check the alignment"
            )
        else:
            report.warnings.append(
                f"the document has {len(paragraphs)} paragraphs but the release has {report.rows_before} rows: "
                f"the last {report.rows_before - len(paragraphs)} rows have no {LANG_NAMES[lang]} text from it"
            )
    if fresh and not release.title and paragraphs:
        release.title = next((p.text for p in paragraphs if p.text.strip()), "")[:200]
    return report


def _reference_language(release: Release, lang: str) -> str | None:
    """The language to align an import into `lang` with: the fullest other column, when column `lang` is still
    empty (a version imported after another); None when the column has text, which is replaced row by row."""
    if not release.segments or any(not seg.cells[lang].is_empty for seg in release.segments):
        return None
    filled = {code: sum(not seg.cells[code].is_empty for seg in release.segments) for code in LANGS if code != lang}
    best = max(filled, key=lambda code: filled[code])
    return best if filled[best] else None


def _import_aligned(release: Release, lang: str, reference: str, paragraphs: list[ImportedParagraph],
                    source: str, report: ImportReport) -> None:
    """Fill the empty column `lang` from a version with more or fewer paragraphs than the release has rows,
    pairing paragraphs with rows by length and numbers (`domain.alignment`), so that a caption or dateline line
    one version lacks, or two paragraphs run into one, shifts no row after it."""
    pairs = align_paragraphs([seg.text(reference) for seg in release.segments], [p.text for p in paragraphs],
                             [seg.role for seg in release.segments], [p.role for p in paragraphs])
    segments: list[Segment] = []
    unfilled: list[int] = []
    added: list[int] = []
    for pair in pairs:
        if not pair.rows:
            segments.append(Segment(paragraphs[pair.paragraph].role))  # type: ignore[index]
            added.append(len(segments))
        else:
            segments.extend(release.segments[i] for i in pair.rows)
        if pair.paragraph is None:
            unfilled.append(len(segments))
            continue
        # a paragraph standing for two rows goes into the longer one (the lead, not a dateline run into it)
        first = len(segments) - max(len(pair.rows), 1)
        at = max(range(first, len(segments)), key=lambda k: len(segments[k].text(reference)))
        segments[at].cells[lang] = reimported_cell(segments[at].cells[lang], paragraphs[pair.paragraph].text,
                                                   source or None)
        report.filled += 1
        unfilled.extend(k + 1 for k in range(first, len(segments)) if k != at)
    release.segments[:] = segments
    report.added_rows, report.aligned_with = len(added), reference
    what = [f"{_row_list(added)} added for paragraphs the release has no row for"] if added else []
    if unfilled:
        what.append(f"{_row_list(unfilled)} left without {LANG_NAMES[lang]} text")
    report.warnings.append(f"the document has {len(paragraphs)} paragraphs but the release has {report.rows_before} "
                           f"rows: paired with the {LANG_NAMES[reference]} by length and numbers, row(s) "
                           f"{'; row(s) '.join(what)}; check the alignment")


def _row_list(rows: list[int]) -> str:
    return ", ".join(map(str, rows[:10])) + (" …" if len(rows) > 10 else "")


def read_document(path: str | Path) -> ImportSource:
    """Read a file for import, recognising a table with one language per column; FormatError (with the file name)
    for a file it cannot read, or a table whose languages cannot be told apart."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        rows = load_release_json(path).segments
        columns = {lang: [ImportedParagraph(s.text(lang), s.role) for s in rows] for lang in LANGS}
        return ImportSource(name_as_text(path), [], columns, "release")
    content = _read_content(path)
    pdf = _conversion_notes(content)
    if not content.tables:
        return _document_source(name_as_text(path), content, pdf)
    from desktop_app.formats.language_table import read_language_table

    try:
        table = read_language_table(content)
    except FormatError as exc:
        raise exc.named(path.name) from exc
    if table is None:
        return _document_source(name_as_text(path), content, pdf)
    names = ", ".join(LANG_NAMES[lang] for lang in table.languages)
    how = "named in its header row" if table.header else "told by their text"
    notes = [f"a table with one language per column ({names}, {how}): {table.rows} rows"]
    if table.ignored_columns:
        notes.append(f"columns not imported: {', '.join(table.ignored_columns)}")
    if table.outside:
        notes.append(f"{table.outside} paragraph(s) outside the table not imported")
    return ImportSource(name_as_text(path), content.paragraphs, table.columns, "table", (*notes, *pdf),
                        table.ignored_columns, table.outside, content.left_out, content.joined)


MIN_ALTERNATING_ROWS = 2


def alternating_languages(paragraphs: list[ImportedParagraph]) -> dict[str, list[ImportedParagraph]] | None:
    """The paragraphs per language when they take turns strictly (a Chinese paragraph, then its Russian
    translation; or zh, en, ru over and over), as bilingual releases are often written; else None. Every
    paragraph must be told by its script, so a date or a number between them keeps the document one column.
    A row takes the role any of its paragraphs has (the headline's translation is the headline)."""
    for period in (2, 3):
        if len(paragraphs) < MIN_ALTERNATING_ROWS * period or len(paragraphs) % period:
            continue
        cycle = [detect_language(p.text) for p in paragraphs[:period]]
        if None in cycle or "other" in cycle or len(set(cycle)) < period or any(
                detect_language(p.text) != cycle[i % period] for i, p in enumerate(paragraphs)):
            continue  # stops at the first paragraph out of turn: most documents at their second or third
        rows = [paragraphs[i:i + period] for i in range(0, len(paragraphs), period)]
        roles = [next((p.role for p in row if p.role is not Role.BODY), Role.BODY) for row in rows]
        return {lang: [ImportedParagraph(row[k].text, role) for row, role in zip(rows, roles, strict=True)]
                for k, lang in enumerate(cycle)}  # type: ignore[misc]
    return None


def _document_source(name: str, content: DocumentContent, notes: tuple[str, ...]) -> ImportSource:
    """A document read as one column, or per language when its paragraphs take turns between languages."""
    columns = alternating_languages(content.paragraphs)
    if columns is None:
        return ImportSource(name, content.paragraphs, notes=notes, left_out=content.left_out, joined=content.joined)
    names = ", ".join(LANG_NAMES[lang] for lang in columns)
    rows = len(next(iter(columns.values())))
    return ImportSource(name, content.paragraphs, columns, "alternating",
                        (f"paragraphs taking turns between languages ({names}): {rows} rows", *notes),
                        left_out=content.left_out, joined=content.joined)


def _conversion_notes(content: DocumentContent) -> tuple[str, ...]:
    """What the import says of a document converted from PDF: the page furniture left out, the lines joined."""
    notes = []
    if content.left_out:
        notes.append(f"{content.left_out} page number(s) and running head(s) in the text not imported")
    if content.joined:
        notes.append(f"{content.joined} line(s) broken as on a printed page joined to the paragraph they continue")
    return tuple(notes)


def import_source(release: Release, source: ImportSource, lang: str) -> list[ImportReport]:
    """Import a read file into column `lang` of `release` (in place), or into every column it has for ALL_LANGS,
    one report per column filled. The release is left as it was when a column cannot be imported."""
    langs = source.langs_for(lang)
    if lang in source.empty_languages:
        raise FormatError(f"{source.name}: the {LANG_NAMES[lang]} column holds no text; nothing to import",
                          message_id=why.TABLE_COLUMN_EMPTY, message_args=((lang,),), file_name=source.name)
    columns = [(code, source.column(code)) for code in langs]
    work = release.copy()
    reports = [import_paragraphs(work, code, paragraphs, source=source.name) for code, paragraphs in columns]
    release.title, release.date, release.segments = work.title, work.date, work.segments
    empty = source.empty_languages
    skipped = [LANG_NAMES[code] for code in source.languages if code not in langs and code not in empty]
    if reports:
        reports[0].notes.extend(source.notes)
    if reports and lang == ALL_LANGS and empty:
        reports[0].notes.append(f"the file's {', '.join(LANG_NAMES[code] for code in empty)} column(s) hold no "
                                "text and were not imported; the release's own text there is kept")
    if reports and source.by_language and skipped:
        what = "column(s)" if source.kind == "table" else "paragraphs"
        reports[0].notes.append(f"the {'table' if source.kind == 'table' else 'document'}'s {', '.join(skipped)} "
                                f"{what} not imported")
    return reports


def import_file(release: Release, lang: str, path: str | Path) -> ImportReport:
    """Read a document and import it into column `lang` of `release` (in place).

    From a JSON release, or a table with one language per column, only the `lang` column is taken, row for row,
    so the alignment is kept.
    """
    return import_source(release, read_document(path), lang)[0]


def sample_release() -> Release:
    """The bundled sample release (a China–Russia conference, aligned in all three languages)."""
    return load_release_json(resources_dir() / "sample-release.json")


def load_release_json(path: str | Path) -> Release:
    path = Path(path)
    try:
        release = read_release_json(path)
    except FormatError as exc:
        raise exc.named(path.name) from exc
    except OSError as exc:
        raise FormatError.from_os_error(f"{path.name}: {exc.strerror or exc}", exc, path.name) from exc
    if len(release.segments) > MAX_SEGMENTS:
        raise FormatError(f"{path.name} has {len(release.segments):,} segments; a release holds at most "
                          f"{MAX_SEGMENTS:,}", message_id=why.JSON_TOO_MANY_SEGMENTS,
                          message_args=(len(release.segments), MAX_SEGMENTS), file_name=path.name)
    texts = [release.title, release.date, *(s.text(lang) for s in release.segments for lang in LANGS)]
    if max(map(len, texts)) > MAX_CELL_CHARS:
        raise FormatError(f"{path.name} holds a text of {max(map(len, texts)):,} characters; a cell holds at most "
                          f"{MAX_CELL_CHARS:,}", message_id=why.TEXT_TOO_LONG_FOR_CELL,
                          message_args=(max(map(len, texts)), MAX_CELL_CHARS), file_name=path.name)
    try:
        "".join(texts).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise FormatError(f"{path.name}: holds text that is not valid Unicode ({exc.object[exc.start:exc.end]!r}, "
                          "a lone surrogate escape)", message_id=why.TEXT_NOT_UNICODE,
                          message_args=(repr(exc.object[exc.start:exc.end]),), file_name=path.name) from None
    return release
