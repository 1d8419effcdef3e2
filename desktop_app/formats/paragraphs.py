"""What readers of release documents return: paragraphs in reading order, each with a suggested role, and the
tables a document is laid out in (a release side by side in several languages is one)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.release import Role
from desktop_app.formats.encodings import composed

# Paragraph styles (lower-case names) that say a paragraph's role: Word's own, and those PressDesk's exporter
# gives each role, so an exported release comes back with its roles.
# Word's Date and Author styles (letter templates, pandoc's title block) hold a release's date and byline.
STYLE_ROLES = {"subtitle": Role.SUBHEADLINE, "quote": Role.QUOTE, "intense quote": Role.QUOTE,
               "dateline": Role.DATELINE, "date": Role.DATELINE, "lead": Role.LEAD, "source": Role.SOURCE,
               "author": Role.SOURCE, "byline": Role.SOURCE, "contact": Role.CONTACT, "note": Role.NOTE}


def is_heading_style(style: str | None) -> bool:
    """Word's Title and Heading styles: the first paragraph in one is the headline."""
    return bool(style) and (style == "title" or style.startswith("heading"))  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class ImportedParagraph:
    """A paragraph as every reader gives it: its text composed (NFC), whatever the file stored."""

    text: str
    role: Role = Role.BODY

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", composed(self.text))


@dataclass(frozen=True, slots=True)
class TableCell:
    """One cell of a table as Word lays it out: the grid column it starts at, how many it spans, and its
    paragraphs as (text, lower-case style name) in reading order."""

    column: int
    span: int
    paragraphs: tuple[tuple[str, str | None], ...]

    def __post_init__(self) -> None:
        # composed (NFC) like every imported paragraph, so a header "Русский" typed on a Mac names its language
        object.__setattr__(self, "paragraphs", tuple((composed(text), style) for text, style in self.paragraphs))

    @property
    def text(self) -> str:
        return "\n".join(text for text, _ in self.paragraphs)


@dataclass(frozen=True, slots=True)
class DocumentTable:
    """A table of the document body (not one nested in another table's cell), row by row."""

    rows: tuple[tuple[TableCell, ...], ...]


@dataclass(frozen=True, slots=True)
class DocumentContent:
    """A document read once for both ways of importing it: every paragraph in reading order (one column), and
    its body tables with the paragraphs outside them (one column per language)."""

    paragraphs: list[ImportedParagraph]
    tables: list[DocumentTable] = field(default_factory=list)
    outside: list[ImportedParagraph] = field(default_factory=list)
    left_out: int = 0  # page numbers and running heads a PDF conversion put into the text
    joined: int = 0  # lines of a PDF conversion joined into the paragraph they break
