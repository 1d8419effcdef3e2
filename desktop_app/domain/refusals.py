"""Refusals that the interface can put in its own language: a stable message id and the arguments it needs.

A reader or store refuses a file with an English sentence (the CLI prints it, the log keeps it). The same error
also carries `message_id` (one of the constants below) and `message_args`, and the file's name apart, so the GUI
can render the reason from its own translated table (`ui/error_messages.py`) instead of showing English to a press
officer in Beijing or Moscow. Technical details from libraries (zipfile's or SQLite's words) stay in the English
text only: they are not something a user can act on. Arguments are numbers (written with the interface's digit
grouping), names and values as found, a tuple of document-language codes (named in the interface language), or,
for the write failures, the id of the reason below.
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
CANNOT_OPEN = "file-cannot-open"  # args: errno, the system's words
TOO_LARGE = "file-too-large"
TOO_LARGE_OVER = "file-too-large-over"
FILE_LOCKED = "file-locked"
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
# Imports into a release
TABLE_NO_COLUMN = "table-no-column"  # args: (the language,), (the table's languages)
TABLE_NOT_PER_LANGUAGE = "table-not-per-language"
TABLE_COLUMN_EMPTY = "table-column-empty"  # args: (the language,)
TABLE_HEADER_TWICE = "table-header-twice"  # args: (the language,)
TABLE_COLUMNS_ALIKE = "table-columns-alike"  # args: the two column numbers, (the language,)
TABLE_MIXED = "table-mixed"
PROJECT_TOO_MANY_SEGMENTS = "project-too-many-segments"  # args: its segments, the most
DOCUMENT_TOO_MANY_PARAGRAPHS = "document-too-many-paragraphs"  # args: its paragraphs, the most
DOCUMENT_PARAGRAPH_TOO_LONG = "document-paragraph-too-long"  # args: the longest paragraph, the most
TEXT_TOO_LONG_FOR_CELL = "text-too-long-for-cell"  # args: the longest text, the most
TEXT_NOT_UNICODE = "text-not-unicode"  # args: the broken characters
PACKAGE_INDEX_TOO_LARGE = "package-index-too-large"  # args: its bytes, the most
PACKAGE_PART_TOO_LARGE = "package-part-too-large"  # args: the part, its bytes
PACKAGE_ZIP_BOMB = "package-zip-bomb"  # args: the part, unpacked bytes, packed bytes
# Glossary files
GLOSSARY_TOO_MANY_ELEMENTS = "glossary-too-many-elements"  # args: the most
GLOSSARY_ENTRY_TOO_LARGE = "glossary-entry-too-large"  # args: where, the most
GLOSSARY_TOO_MANY_ROWS = "glossary-too-many-rows"  # args: the most
GLOSSARY_TOO_MANY_CELLS = "glossary-too-many-cells"  # args: the most
# Exports
EXPORT_BAD_PAIR = "export-bad-pair"  # args: the pair as given, the languages
EXPORT_SAME_LANGUAGES = "export-same-languages"  # args: the pair
EXPORT_ONTO_PROJECT = "export-onto-project"
EXPORT_ONTO_TEMPLATE = "export-onto-template"
EXPORT_ONTO_FOLDER = "export-onto-folder"
EXPORT_ONTO_OTHER_FILE = "export-onto-other-file"
EXPORT_ONTO_OTHER_ZIP = "export-onto-other-zip"
EXPORT_ONTO_OTHER_DOCUMENT = "export-onto-other-document"
EXPORT_NOT_DOCX = "export-not-docx"
EXPORT_NO_TEXT = "export-no-text"  # args: (the languages without text)
EXPORT_UNKNOWN_LAYOUT = "export-unknown-layout"  # args: the layout, the known ones
EXPORT_NO_SEGMENTS = "export-no-segments"
EXPORT_NEEDS_LANGUAGE = "export-needs-language"  # args: the languages, the word for all
EXPORT_ALL_INTO_ONE = "export-all-into-one"
EXPORT_NOT_FOLDER = "export-not-folder"
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
CSV_QUESTION_MARKS = "csv-question-marks"  # args: (the language,), the first lost term
CSV_COLUMNS_ALIKE = "csv-columns-alike"  # args: (the language,)
CSV_TENURE_COLUMNS = "csv-tenure-columns"  # args: the columns expected
GLOSSARY_EXPORT_ONTO_OTHER = "glossary-export-onto-other"
GLOSSARY_EXPORT_KIND = "glossary-export-kind"  # args: the kinds known
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
TMX_NO_UNITS = "tmx-no-units"
TMX_NO_PAIRS = "tmx-no-pairs"  # args: the languages in the file
TMX_ENTITIES = "tmx-entities"
TMX_TOO_LARGE = "tmx-too-large"  # args: its size in MB, the most in MB
TMX_UNIT_TOO_LARGE = "tmx-unit-too-large"  # args: the unit's line, the most elements
TMX_UNREADABLE = "tmx-unreadable"
TMX_UNKNOWN_ENCODING = "tmx-unknown-encoding"
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
PACK_IS_FOLDER = "pack-is-folder"
PACK_PATH_OUTSIDE = "pack-path-outside"  # args: the member
PACK_CONTROL_NAME = "pack-control-name"  # args: the member
PACK_LINK = "pack-link"  # args: the member
PACK_NOT_ONE_FOLDER = "pack-not-one-folder"  # args: the top folders
PACK_MEMBER_TWICE = "pack-member-twice"  # args: the member
PACK_FILE_AND_FOLDER = "pack-file-and-folder"  # args: the member
PACK_NAMES_CLASH = "pack-names-clash"  # args: the two names
PACK_TOO_MANY_FILES = "pack-too-many-files"  # args: how many
PACK_UNPACKS_TOO_LARGE = "pack-unpacks-too-large"  # args: unpacked size, the most, the most times the file
PACK_UNPACKS_MORE = "pack-unpacks-more"
PACK_METADATA_TOO_LARGE = "pack-metadata-too-large"  # args: its bytes, the most
PACK_METADATA_NOT_JSON = "pack-metadata-not-json"
PACK_METADATA_NOT_PACK = "pack-metadata-not-pack"
PACK_FIELD_NOT_TEXT = "pack-field-not-text"  # args: the field, its value
PACK_FIELD_TOO_LONG = "pack-field-too-long"  # args: the field, its length, the most
PACK_FIELD_NOT_LIST = "pack-field-not-list"  # args: the field
PACK_LINKS_NOT_TEXT = "pack-links-not-text"
PACK_TOO_MANY_LINKS = "pack-too-many-links"  # args: the most links, the longest link
PACK_NOT_TRANSLATION = "pack-not-translation"  # args: its type
PACK_BAD_CODE = "pack-bad-code"  # args: the field, its value
PACK_INTO_ITSELF = "pack-into-itself"  # args: the language code
PACK_OLDER = "pack-older"  # args: its version, the pair, the installed version
PACK_CANNOT_MOVE = "pack-cannot-move"  # args: errno, the system's words
PACK_CANNOT_REMOVE = "pack-cannot-remove"  # args: errno, the system's words
PACKS_FOLDER_LOCKED = "packs-folder-locked"  # args: errno, the system's words
PACK_INDEX_NOT_JSON = "pack-index-not-json"
PACK_DOWNLOAD_TOO_LARGE = "pack-download-too-large"
PACK_TRIAL_TIMEOUT = "pack-trial-timeout"  # args: the pack, seconds
PACK_NOT_TRIED = "pack-not-tried"  # args: the pack
PACK_DOES_NOT_TRANSLATE = "pack-does-not-translate"  # args: the pack
PACK_CRASHED = "pack-crashed"  # args: the pack
# Machine translation
MT_NO_PACK = "mt-no-pack"  # args: source and target language codes
MT_NO_ROUTE = "mt-no-route"  # args: source and target language codes, the pairs to install
MT_PACK_UNREADABLE = "mt-pack-unreadable"  # args: the pack
MT_PACK_NO_TOKENIZER = "mt-pack-no-tokenizer"  # args: the pack
MT_PACK_UNLOADABLE = "mt-pack-unloadable"  # args: the pack
MT_PACK_CANNOT_SPLIT = "mt-pack-cannot-split"  # args: the pack
MT_TEXT_TOO_LONG = "mt-text-too-long"  # args: its length, the most
MT_HALF_CHARACTER = "mt-half-character"  # args: the position
MT_BAD_BEAM = "mt-bad-beam"  # args: the largest beam, the beam asked for
# LibreTranslate servers (args begin with the server's address)
MT_ADDRESS_WITH_LOGIN = "mt-address-with-login"
MT_NOT_AN_ADDRESS = "mt-not-an-address"  # args: the address as written
MT_NOT_AN_ADDRESS_HIDDEN = "mt-not-an-address-hidden"
MT_SERVER_UNREACHABLE = "mt-server-unreachable"  # args: address, the connection's words
MT_SERVER_SILENT = "mt-server-silent"  # args: address, seconds
MT_SERVER_ANSWER_TOO_LARGE = "mt-server-answer-too-large"  # args: address
MT_SERVER_NOT_LIBRETRANSLATE = "mt-server-not-libretranslate"  # args: address
MT_SERVER_REDIRECTS = "mt-server-redirects"  # args: address, HTTP status
MT_SERVER_BUSY = "mt-server-busy"  # args: address
MT_SERVER_REFUSED_KEY = "mt-server-refused-key"  # args: address, the server's words (": …" or empty)
MT_SERVER_FAILED = "mt-server-failed"  # args: address, HTTP status, the server's words (": …" or empty)
MT_SERVER_REFUSED = "mt-server-refused"  # args: address, HTTP status, the server's words (": …" or empty)
MT_SERVER_CANNOT_TRANSLATE = "mt-server-cannot-translate"  # args: source and target codes, the server's words
MT_SERVER_EMPTY = "mt-server-empty"  # args: address, texts answered with nothing, texts sent
MT_SERVER_TOO_LONG = "mt-server-too-long"  # args: address
# Projects and other PressDesk databases
PROJECT_NOT_PROJECT = "project-not-project"
PROJECT_DAMAGED = "project-damaged"
PROJECT_NEWER = "project-newer"
PROJECT_CANNOT_OPEN = "project-cannot-open"
LOCK_BEING_OPENED = "lock-being-opened"
LOCK_HARD_LINKS = "lock-hard-links"  # args: how many names
STORE_NOT_PRESSDESK = "store-not-pressdesk"
PROJECT_OVERSIZED = "project-oversized"  # args: its segments, the most
PROJECT_OVERSIZED_ID = "project-oversized-id"  # args: the longest id, the most
PROJECT_OVERSIZED_TEXT = "project-oversized-text"  # args: the longest text, the most
RELEASE_TOO_MANY_SEGMENTS = "release-too-many-segments"  # args: the most, its segments
RELEASE_NOT_UNICODE = "release-not-unicode"  # args: the broken characters
STRAY_LOG = "stray-log"  # args: the log's file name
SIDE_FILE_PLANTED = "side-file-planted"  # args: the side file's name
NEW_NAME_IS_SIDE_FILE = "new-name-side-file"  # args: the file whose side file the name is
# A project, glossary or memory that could not be written (args: the reason's id below, or the system's words)
CANNOT_SAVE = "store-cannot-save"
CANNOT_SAVE_COPY = "store-cannot-save-copy"
CANNOT_READ_STORE = "store-cannot-read"
CANNOT_OPEN_STORE = "store-cannot-open"
CANNOT_CREATE_PROJECT = "store-cannot-create-project"
CANNOT_UPGRADE = "store-cannot-upgrade"
CANNOT_CREATE_GLOSSARY = "store-cannot-create-glossary"
CANNOT_OPEN_MEMORY = "store-cannot-open-memory"
CANNOT_CREATE_MEMORY = "store-cannot-create-memory"
# ... and why
WRITE_READ_ONLY = "write-read-only"
WRITE_FOLDER_UNAVAILABLE = "write-folder-unavailable"
WRITE_DISK_FULL = "write-disk-full"
WRITE_DISK_REFUSED = "write-disk-refused"
WRITE_OTHER_WRITER = "write-other-writer"
WRITE_NAME_TOO_LONG = "write-name-too-long"
# Team servers: the shared glossary and memory on PostgreSQL
NOT_A_SERVER_ADDRESS = "server-not-an-address"  # args: the address (password masked)
GLOSSARY_NOT_AN_ADDRESS = "glossary-not-an-address"  # args: the address (password masked)
MEMORY_NOT_AN_ADDRESS = "memory-not-an-address"  # args: the address (password masked)
TEAM_NO_PSYCOPG = "team-no-psycopg"
TEAM_NO_PSYCOPG_MEMORY = "team-no-psycopg-memory"
GLOSSARY_LOGIN = "glossary-login"  # args: the server's reason
GLOSSARY_SERVER_UNREACHABLE = "glossary-server-unreachable"  # args: the connection's first words
GLOSSARY_SERVER_QUITTING = "glossary-server-quitting"
GLOSSARY_OFFLINE_NO_COPY = "glossary-offline-no-copy"
GLOSSARY_OFFLINE_WAITS = "glossary-offline-waits"
SHARED_GLOSSARY_CANNOT_OPEN = "shared-glossary-cannot-open"  # args: the server's first words
SHARED_GLOSSARY_RECORD_MISSING = "shared-glossary-record-missing"
SHARED_GLOSSARY_RECORD_DAMAGED = "shared-glossary-record-damaged"  # args: the record as found
SHARED_GLOSSARY_NEWER = "shared-glossary-newer"  # args: its format, the newest this version reads
SHARED_GLOSSARY_NOT_SET_UP = "shared-glossary-not-set-up"
SHARED_GLOSSARY_READ_ONLY = "shared-glossary-read-only"
QUEUE_OTHER_SERVER = "queue-other-server"  # args: the queue file, its server, the server in use
QUEUE_UNKNOWN_EDIT = "queue-unknown-edit"  # args: the edit's action
MEMORY_LOGIN = "memory-login"  # args: the server's reason
MEMORY_SERVER_UNREACHABLE = "memory-server-unreachable"  # args: the connection's first words
SHARED_MEMORY_CANNOT_OPEN = "shared-memory-cannot-open"  # args: the server's first words
SHARED_MEMORY_RECORD_MISSING = "shared-memory-record-missing"
SHARED_MEMORY_RECORD_DAMAGED = "shared-memory-record-damaged"  # args: the record as found
SHARED_MEMORY_NEWER = "shared-memory-newer"  # args: its format, the newest this version reads
SHARED_GLOSSARY_UNREADABLE = "shared-glossary-unreadable"  # args: the server's first words
SHARED_GLOSSARY_REFUSED_CHANGE = "shared-glossary-refused-change"  # args: the server's first words
SHARED_MEMORY_READ_ONLY = "shared-memory-read-only"
SHARED_MEMORY_FAILED = "shared-memory-failed"  # args: the server's first words
GLOSSARY_CONFLICT_DELETED = "glossary-conflict-deleted"  # args: entry number, your version, your entry
GLOSSARY_CONFLICT_CHANGED = "glossary-conflict-changed"  # args: entry, author, time, version, yours, both entries
# Glossary edits
GLOSSARY_NO_ENTRY = "glossary-no-entry"  # args: the entry's number
GLOSSARY_NO_IMPORT = "glossary-no-import"
GLOSSARY_IMPORT_GONE = "glossary-import-gone"  # args: the import's number
GLOSSARY_IMPORT_RECORD_DAMAGED = "glossary-import-record-damaged"  # args: the import's number
TENURE_NO_ENTRIES = "tenure-no-entries"
TENURE_WRONG_KINDS = "tenure-wrong-kinds"
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
