"""Refusals that the interface can put in its own language: a stable message id and the arguments it needs.

A reader or store refuses a file with an English sentence (the CLI prints it, the log keeps it). The same error
also carries `message_id` (one of the constants below) and `message_args`, and the file's name apart, so the GUI
can render the reason from its own translated table (`ui/error_messages.py`) instead of showing English to a press
officer in Beijing or Moscow. Technical details from libraries (zipfile's or SQLite's words) stay in the English
text only: they are not something a user can act on.
"""

from __future__ import annotations

from typing import Self

# Any file
IS_FOLDER = "file-is-folder"
NOT_REGULAR_FILE = "file-not-regular"
NO_SUCH_FILE = "file-missing"
CANNOT_READ = "file-cannot-read"  # args: errno, the system's words
OS_ERROR = "file-os-error"  # args: errno, the system's words
CANNOT_WRITE = "file-cannot-write"  # args: errno, the system's words
TOO_LARGE = "file-too-large"
TOO_LARGE_OVER = "file-too-large-over"
EMPTY_FILE = "file-empty"
NO_TERMS = "file-no-terms"
NO_TEXT = "file-no-text"
UNKNOWN_KIND = "file-unknown-kind"
# Packages (Word documents, workbooks)
PACKAGE_TOO_LARGE = "package-too-large"
PACKAGE_DUPLICATES = "package-duplicates"
# Word documents
DOCX_ENCRYPTED = "docx-encrypted"
DOCX_DAMAGED = "docx-damaged"
DOCX_UNREADABLE = "docx-unreadable"
DOCX_INCOMPLETE = "docx-incomplete"
DOCX_NOT_WORD = "docx-not-word"
DOCX_OPENDOCUMENT = "docx-opendocument"
DOCX_PAGES = "docx-pages"
DOCX_TOO_MANY_PARAGRAPHS = "docx-too-many-paragraphs"
DOCX_DTD = "docx-dtd"  # args: the part
DOCX_HTML_TOO_DEEP = "docx-html-too-deep"
DOCX_NESTED_TOO_DEEP = "docx-nested-too-deep"
DOCX_EMBEDDED_UNKNOWN = "docx-embedded-unknown"  # args: the embedded part's kind or name
DOCX_PARAGRAPH_TOO_LARGE = "docx-paragraph-too-large"  # args: paragraph number, the most elements
DOCX_IS_RTF = "docx-is-rtf"
DOCX_IS_PDF = "docx-is-pdf"
DOCX_IS_HTML = "docx-is-html"
DOCX_IS_WORD2003_XML = "docx-is-word2003-xml"
DOCX_IS_FLAT_OPC = "docx-is-flat-opc"
DOCX_IS_MHT = "docx-is-mht"
# Plain text and glossary text
TEXT_BINARY = "text-binary"
TEXT_NOT_UTF8 = "text-not-utf8"
TEXT_DAMAGED = "text-damaged"
# Release JSON
JSON_INVALID = "json-invalid"
JSON_NOT_RELEASE = "json-not-release"
JSON_TOO_MANY_SEGMENTS = "json-too-many-segments"
JSON_TITLE_NOT_TEXT = "json-title-not-text"
JSON_BAD_DATE = "json-bad-date"  # args: the date as written
JSON_SEGMENT_NOT_OBJECT = "json-segment-not-object"  # args: segment number
JSON_UNKNOWN_ROLE = "json-unknown-role"  # args: segment number, the role, the known roles
JSON_STATUS_NOT_OBJECT = "json-status-not-object"  # args: segment number
JSON_CELL_NOT_TEXT = "json-cell-not-text"  # args: segment number, the language code
JSON_UNKNOWN_STATUS = "json-unknown-status"  # args: segment number, the status, the known statuses
# Glossaries and translation memories
CSV_UNREADABLE = "csv-unreadable"
CSV_NO_LANGUAGE_COLUMN = "csv-no-language-column"
XLSX_DAMAGED = "xlsx-damaged"
XLS_OLD = "xls-old"
XLSX_DTD = "xlsx-dtd"  # args: the part
XLSX_BINARY = "xlsx-binary"
XLSX_NO_WORKBOOK = "xlsx-no-workbook"
XLSX_SHEET_MISSING = "xlsx-sheet-missing"  # args: the sheet
XLSX_NO_VISIBLE_SHEET = "xlsx-no-visible-sheet"
XLSX_BEYOND_LAST_COLUMN = "xlsx-beyond-last-column"  # args: the cell reference
XLSX_NO_SHARED_STRING = "xlsx-no-shared-string"  # args: the cell reference
XLSX_CELL_TOO_LONG = "xlsx-cell-too-long"  # args: the cell reference, its length, the most Excel holds
XLSX_A_CELL_TOO_LONG = "xlsx-a-cell-too-long"  # args: its length, the most Excel holds
XLSX_TOO_MANY_COLUMNS = "xlsx-too-many-columns"  # args: the most columns
XLSX_OPENDOCUMENT = "xlsx-opendocument"  # args: the file's own kind
XLSX_NUMBERS = "xlsx-numbers"
XLSX_UNREADABLE = "xlsx-unreadable"
XML_PART_NOT_WELL_FORMED = "xml-part-not-well-formed"  # args: the part
XML_NOT_WELL_FORMED = "xml-not-well-formed"
TBX_WRONG_ROOT = "tbx-wrong-root"
TMX_WRONG_ROOT = "tmx-wrong-root"
TMX_ENTITIES = "tmx-entities"
TMX_TOO_LARGE = "tmx-too-large"  # args: its size in MB, the most in MB
TMX_UNIT_TOO_LARGE = "tmx-unit-too-large"  # args: the unit's line, the most elements
TMX_UNREADABLE = "tmx-unreadable"
XML_NONE = "xml-none"
GLOSSARY_XML_ENTITIES = "glossary-xml-entities"
TBX_NO_ENTRIES = "tbx-no-entries"
TBX_CHARACTER = "tbx-character"  # args: the entry's number, its label
MULTITERM_WRONG_ROOT = "multiterm-wrong-root"  # args: the root element's name
MULTITERM_NO_ENTRIES = "multiterm-no-entries"
OMEGAT_NO_TABS = "omegat-no-tabs"
# Language packs
PACK_TOO_LARGE = "pack-too-large"
PACK_NOT_ZIP = "pack-not-zip"
PACK_NO_METADATA = "pack-no-metadata"
PACK_NO_MODEL = "pack-no-model"
PACK_NO_TOKENIZER = "pack-no-tokenizer"
PACK_DAMAGED = "pack-damaged"
# Projects and other PressDesk databases
PROJECT_NOT_PROJECT = "project-not-project"
PROJECT_DAMAGED = "project-damaged"
PROJECT_NEWER = "project-newer"
PROJECT_CANNOT_OPEN = "project-cannot-open"
# Word templates for export
TEMPLATE_WRONG_KIND = "template-wrong-kind"
TEMPLATE_MACROS = "template-macros"
TEMPLATE_UNUSABLE = "template-unusable"
TEMPLATE_TOO_LARGE = "template-too-large"  # args: unpacked bytes, the most
TEMPLATE_STRICT = "template-strict"
TEMPLATE_ACTIVE_PART = "template-active-part"  # args: the part
TEMPLATE_ACTIVE = "template-active"
TEMPLATE_DTD = "template-dtd"  # args: the part
TEMPLATE_EXTERNAL = "template-external"  # args: the part


class Refusal(Exception):
    """An error whose English message is for the user; `message_id` and `message_args` let the GUI say it in the
    interface language, `file_name` (when set) is the file the message begins with."""

    def __init__(self, message: str, *, message_id: str | None = None, message_args: tuple[object, ...] = (),
                 file_name: str | None = None) -> None:
        super().__init__(message)
        self.message_id = message_id
        self.message_args = message_args
        self.file_name = file_name

    @classmethod
    def from_os_error(cls, message: str, exc: OSError, file_name: str, message_id: str = OS_ERROR) -> Self:
        """A refusal for the system's `exc` on `file_name`: the interface words it by its errno."""
        return cls(message, message_id=message_id, message_args=(exc.errno or 0, exc.strerror or str(exc)),
                   file_name=file_name)

    def named(self, name: str) -> Self:
        """The same refusal prefixed with the name of the file it concerns (the CLI's "name: reason")."""
        return type(self)(f"{name}: {self}", message_id=self.message_id, message_args=self.message_args,
                          file_name=name if self.message_id is not None else None)
