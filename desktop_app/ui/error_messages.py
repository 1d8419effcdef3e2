"""Why a file, a server or a translation was refused, in the interface language (context "ErrorMessages").

Readers, stores, the team servers, the MT engines, the pack installer and the exporter raise errors whose English
text is for the CLI and the log; they also carry a `message_id` from `domain.refusals`, its `message_args` and the
file's name. This table holds the interface's template for each id inside QT_TRANSLATE_NOOP so lupdate collects it
(a test checks every id has one).
A template may leave out a library's technical words (zipfile's, SQLite's): a user cannot act on them, and they
would stay English in a Chinese or Russian dialog. An error without a known id is shown in its English words.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_app.domain import refusals as why
from desktop_app.ui.labels import lang_label

CONTEXT = "ErrorMessages"

TEMPLATES: dict[str, str] = {
    why.IS_FOLDER: QT_TRANSLATE_NOOP("ErrorMessages", "is a folder, not a file"),
    why.NOT_REGULAR_FILE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "is not a regular file (a device or a pipe), so it cannot be read"),
    why.NO_SUCH_FILE: QT_TRANSLATE_NOOP("ErrorMessages", "the file does not exist"),
    why.CANNOT_READ: QT_TRANSLATE_NOOP("ErrorMessages", "cannot be read (%1)"),
    why.OS_ERROR: "%1",  # the system's reason alone, worded by OS_REASONS: nothing to translate
    why.CANNOT_WRITE: QT_TRANSLATE_NOOP("ErrorMessages", "cannot be written (%1)"),
    why.CANNOT_OPEN: QT_TRANSLATE_NOOP("ErrorMessages", "cannot be opened (%1)"),
    why.TOO_LARGE: QT_TRANSLATE_NOOP("ErrorMessages", "the file is too large (%1 bytes; at most %2)"),
    why.TOO_LARGE_OVER: QT_TRANSLATE_NOOP("ErrorMessages", "the file is too large (more than %1 bytes)"),
    why.FILE_LOCKED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "locked: another PressDesk (or another program) is writing to it; try again when it has "
                         "finished; nothing was changed"),
    why.EMPTY_FILE: QT_TRANSLATE_NOOP("ErrorMessages", "the file is empty"),
    why.NO_TERMS: QT_TRANSLATE_NOOP("ErrorMessages", "the file holds no terms"),
    why.NO_TEXT: QT_TRANSLATE_NOOP("ErrorMessages", "the file holds no text to import"),
    why.UNKNOWN_KIND: QT_TRANSLATE_NOOP("ErrorMessages", "cannot import this kind of file (known: %1)"),
    why.PACKAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the package unpacks to more than %1 bytes, more than any document holds; refused"),
    why.PACKAGE_DUPLICATES: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the package contains duplicate entries (damaged or tampered); refused"),
    why.DOCX_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the document is password-protected (encrypted) or an old binary .doc; save it as an "
                         "unprotected .docx first"),
    why.DOCX_DAMAGED: QT_TRANSLATE_NOOP("ErrorMessages", "not a Word document or damaged"),
    why.DOCX_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the document cannot be read: it is damaged, partly encrypted or packed in a way PressDesk "
                         "cannot unpack"),
    why.DOCX_INCOMPLETE: QT_TRANSLATE_NOOP("ErrorMessages", "the document is incomplete (a part of it is missing)"),
    why.DOCX_NOT_WORD: QT_TRANSLATE_NOOP("ErrorMessages", "not a Word document"),
    why.DOCX_OPENDOCUMENT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "an OpenDocument file with a Word name; open it and save it as .docx"),
    why.DOCX_PAGES: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a Pages document with a Word name; in Pages choose File ▸ Export To ▸ Word"),
    why.DOCX_TOO_MANY_PARAGRAPHS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the document holds more than %1 paragraphs, far more than a release; it cannot be "
                         "imported"),
    why.DOCX_DTD: QT_TRANSLATE_NOOP(
        "ErrorMessages", "%1 declares a DTD, which Word documents never hold (its entities could stand for text or "
                         "fetch files); refused"),
    why.DOCX_HTML_TOO_DEEP: QT_TRANSLATE_NOOP(
        "ErrorMessages", "an embedded HTML part (altChunk) nests too deeply to be read in full"),
    why.DOCX_NESTED_TOO_DEEP: QT_TRANSLATE_NOOP(
        "ErrorMessages", "Word documents are nested inside each other too deeply (altChunk)"),
    why.DOCX_EMBEDDED_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorMessages", "part of the text is embedded as %1 (altChunk), which cannot be read; open the document in "
                         "Word and save it again as .docx"),
    why.DOCX_PARAGRAPH_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "paragraph %1 holds more than %2 elements, which no paragraph of a release has; it cannot "
                         "be imported"),
    why.DOCX_IS_RTF: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a Rich Text (RTF) file with a Word name, not a Word document; open it in Word and save it "
                         "as .docx"),
    why.DOCX_IS_PDF: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a PDF file with a Word name, not a Word document; open it in Word and save it as .docx"),
    why.DOCX_IS_HTML: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a web page (HTML) with a Word name, not a Word document; open it in Word and save it as "
                         ".docx"),
    why.DOCX_IS_WORD2003_XML: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a Word 2003 XML document with a Word name, not a Word document; open it in Word and save "
                         "it as .docx"),
    why.DOCX_IS_FLAT_OPC: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a Word XML Document (Flat OPC, one XML file) with a Word name, not a Word document; open "
                         "it in Word and save it as .docx"),
    why.DOCX_IS_MHT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a web archive (MHT) with a Word name, not a Word document; open it in Word and save it as "
                         ".docx"),
    why.TEXT_BINARY: QT_TRANSLATE_NOOP("ErrorMessages", "this is a binary file, not plain text"),
    why.TEXT_NOT_UTF8: QT_TRANSLATE_NOOP("ErrorMessages", "the text is not UTF-8; save it as UTF-8 and import again"),
    why.TEXT_DAMAGED: QT_TRANSLATE_NOOP("ErrorMessages", "damaged %1 text"),
    why.TABLE_NO_COLUMN: QT_TRANSLATE_NOOP("ErrorMessages", "the table has no %1 column (its languages: %2)"),
    why.TABLE_NOT_PER_LANGUAGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not a table with one language per column, so it goes into one language column only"),
    why.TABLE_COLUMN_EMPTY: QT_TRANSLATE_NOOP("ErrorMessages", "the %1 column holds no text; nothing to import"),
    why.TABLE_HEADER_TWICE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the table's header names %1 for more than one column, so its languages cannot be told "
                         "apart"),
    why.TABLE_COLUMNS_ALIKE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "columns %1 and %2 of the table both look %3, so its languages cannot be told apart; give "
                         "the table a header row naming them"),
    why.TABLE_MIXED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the table mixes languages within its columns, so they cannot be told apart; give it one "
                         "language per column and a header row naming them"),
    why.PROJECT_TOO_MANY_SEGMENTS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the project already holds %1 segments, more than a release holds (%2); nothing was "
                         "imported"),
    why.DOCUMENT_TOO_MANY_PARAGRAPHS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the document has %1 paragraphs; a release holds at most %2: split the document"),
    why.DOCUMENT_PARAGRAPH_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the document has a paragraph of %1 characters; a cell holds at most %2: nothing was "
                         "imported"),
    why.TEXT_TOO_LONG_FOR_CELL: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file holds a text of %1 characters; a cell holds at most %2"),
    why.TEXT_NOT_UNICODE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "holds text that is not valid Unicode (%1, a lone surrogate escape)"),
    why.PACKAGE_INDEX_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the package lists more entries than any document, workbook or pack has (a table of "
                         "contents of %1 bytes; at most %2); refused"),
    why.PACKAGE_PART_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorMessages", "the part %1 is too large (%2 bytes unpacked)"),
    why.PACKAGE_ZIP_BOMB: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the part %1 unpacks to %2 bytes from %3: a zip bomb, not a document"),
    why.GLOSSARY_TOO_MANY_ELEMENTS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file holds more than %1 XML elements, far more than a glossary; split it into smaller "
                         "files"),
    why.GLOSSARY_ENTRY_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "entry %1 holds more than %2 XML elements, which no glossary entry has"),
    why.GLOSSARY_TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file holds more than %1 rows, far more than a glossary; split it into smaller files"),
    why.GLOSSARY_TOO_MANY_CELLS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a line holds more than %1 cells (Excel's last column), which no table of names has"),
    why.EXPORT_BAD_PAIR: QT_TRANSLATE_NOOP(
        "ErrorMessages", "language pair %1: give two different languages of %2, e.g. zh-en"),
    why.EXPORT_SAME_LANGUAGES: QT_TRANSLATE_NOOP("ErrorMessages", "language pair %1: give two different languages"),
    why.EXPORT_ONTO_PROJECT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "that is the project being exported; choose another file name"),
    why.EXPORT_ONTO_TEMPLATE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "that is the house template of this export; choose another file name"),
    why.EXPORT_ONTO_FOLDER: QT_TRANSLATE_NOOP("ErrorMessages", "is a folder; give a file name"),
    why.EXPORT_ONTO_OTHER_FILE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "exists and is not a regular file; PressDesk will not overwrite it"),
    why.EXPORT_ONTO_OTHER_ZIP: QT_TRANSLATE_NOOP(
        "ErrorMessages", "exists and is not a ZIP of Word documents; PressDesk will not overwrite it"),
    why.EXPORT_ONTO_OTHER_DOCUMENT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "exists and is not a Word document; PressDesk will not overwrite it"),
    why.EXPORT_NOT_DOCX: QT_TRANSLATE_NOOP("ErrorMessages", "the output must be a .docx file"),
    why.EXPORT_NO_TEXT: QT_TRANSLATE_NOOP("ErrorMessages", "there is no text to export in: %1"),
    why.EXPORT_UNKNOWN_LAYOUT: QT_TRANSLATE_NOOP("ErrorMessages", "unknown layout %1 (known: %2)"),
    why.EXPORT_NO_SEGMENTS: QT_TRANSLATE_NOOP("ErrorMessages", "the release has no segments to export"),
    why.EXPORT_NEEDS_LANGUAGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the single layout needs a language: one of %1 or %2"),
    why.EXPORT_ALL_INTO_ONE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "all three languages make three documents; give a folder or a .zip file"),
    why.EXPORT_NOT_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "exists and is not a folder; give a folder or a .zip file name"),
    why.JSON_INVALID: QT_TRANSLATE_NOOP("ErrorMessages", "not valid JSON"),
    why.JSON_NOT_RELEASE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not a PressDesk release: expected an object with a \"segments\" list"),
    why.JSON_TOO_MANY_SEGMENTS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "it has %1 segments; a release holds at most %2"),
    why.JSON_TITLE_NOT_TEXT: QT_TRANSLATE_NOOP("ErrorMessages", "\"title\" and \"date\" must be strings"),
    why.JSON_BAD_DATE: QT_TRANSLATE_NOOP("ErrorMessages", "\"date\" must be an ISO date like 2023-07-20, not %1"),
    why.JSON_SEGMENT_NOT_OBJECT: QT_TRANSLATE_NOOP("ErrorMessages", "segment %1 is not an object"),
    why.JSON_UNKNOWN_ROLE: QT_TRANSLATE_NOOP("ErrorMessages", "segment %1 has an unknown role %2 (known: %3)"),
    why.JSON_STATUS_NOT_OBJECT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "segment %1: \"status\" must be an object like {\"zh\": \"approved\"}"),
    why.JSON_CELL_NOT_TEXT: QT_TRANSLATE_NOOP("ErrorMessages", "segment %1: %2 must be a string"),
    why.JSON_UNKNOWN_STATUS: QT_TRANSLATE_NOOP("ErrorMessages", "segment %1: unknown status %2 (known: %3)"),
    why.CSV_UNREADABLE: QT_TRANSLATE_NOOP("ErrorMessages", "not a readable CSV file"),
    why.CSV_NO_LANGUAGE_COLUMN: QT_TRANSLATE_NOOP(
        "ErrorMessages", "no column in Chinese, English or Russian was found"),
    why.CSV_QUESTION_MARKS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the %1 terms are question marks (\"%2\"): the file was saved in a code page without %1 "
                         "characters; save it as \"CSV UTF-8\" (or as .xlsx) and import again"),
    why.CSV_COLUMNS_ALIKE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "two columns look like %1; name the columns zh, en and ru in a header row so PressDesk knows "
                         "which is which"),
    why.CSV_TENURE_COLUMNS: QT_TRANSLATE_NOOP("ErrorMessages", "expected the columns %1"),
    why.GLOSSARY_EXPORT_ONTO_OTHER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "exists and is not a glossary file; PressDesk will not overwrite it"),
    why.GLOSSARY_EXPORT_KIND: QT_TRANSLATE_NOOP("ErrorMessages", "cannot export to this format (expected %1)"),
    why.XLSX_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not an Excel workbook or damaged; an old .xls must be saved as .xlsx first"),
    why.XLS_OLD: QT_TRANSLATE_NOOP(
        "ErrorMessages", "an old Excel .xls workbook (or a password-protected file); in Excel save it as Excel "
                         "Workbook (.xlsx) and import that"),
    why.XLSX_DTD: QT_TRANSLATE_NOOP(
        "ErrorMessages", "%1 declares a DTD, which Excel workbooks never hold (its entities could stand for text); "
                         "refused"),
    why.XLSX_BINARY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "an Excel binary workbook (.xlsb) with an .xlsx name; in Excel save it as Excel Workbook "
                         "(.xlsx) and import that"),
    why.XLSX_NO_WORKBOOK: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not an Excel workbook (the package has no xl/workbook.xml)"),
    why.XLSX_SHEET_MISSING: QT_TRANSLATE_NOOP("ErrorMessages", "the worksheet %1 is missing from the workbook"),
    why.XLSX_NO_VISIBLE_SHEET: QT_TRANSLATE_NOOP("ErrorMessages", "the workbook has no visible worksheet"),
    why.XLSX_BEYOND_LAST_COLUMN: QT_TRANSLATE_NOOP("ErrorMessages", "a cell lies beyond Excel's last column (%1)"),
    why.XLSX_NO_SHARED_STRING: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cell %1 names a shared string the workbook does not have"),
    why.XLSX_CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cell %1 holds %2 characters, more than Excel's %3: not a workbook of names"),
    why.XLSX_A_CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a cell holds %1 characters, more than Excel's %2: not a workbook of names"),
    why.XLSX_TOO_MANY_COLUMNS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a worksheet fills more than %1 columns: not a list of names"),
    why.XLSX_OPENDOCUMENT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "an OpenDocument file (%1) with an Excel name; open it and save it as .xlsx"),
    why.XLSX_NUMBERS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a Numbers spreadsheet with an Excel name; in Numbers choose File ▸ Export To ▸ Excel"),
    why.XLSX_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot read the workbook: it is damaged or packed in a way PressDesk cannot unpack"),
    why.XML_PART_NOT_WELL_FORMED: QT_TRANSLATE_NOOP("ErrorMessages", "%1 is not well-formed XML"),
    why.XML_NOT_WELL_FORMED: QT_TRANSLATE_NOOP("ErrorMessages", "not well-formed XML"),
    why.TBX_WRONG_ROOT: QT_TRANSLATE_NOOP("ErrorMessages", "not a TBX file"),
    why.TMX_WRONG_ROOT: QT_TRANSLATE_NOOP("ErrorMessages", "XML, but not a TMX file"),
    why.TMX_ENTITIES: QT_TRANSLATE_NOOP(
        "ErrorMessages", "declares its own XML entities, which TMX files do not use; refused for safety"),
    why.TMX_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file is %1 MB; TMX files over %2 MB are not imported (split it with your CAT tool)"),
    why.TMX_UNIT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation unit on line %1 holds more than %2 elements; it is no sentence"),
    why.TMX_UNREADABLE: QT_TRANSLATE_NOOP("ErrorMessages", "cannot be read as TMX"),
    why.TMX_UNKNOWN_ENCODING: QT_TRANSLATE_NOOP(
        "ErrorMessages", "names an encoding PressDesk cannot read, so it is no usable TMX file; save it as UTF-8"),
    why.XML_NONE: QT_TRANSLATE_NOOP("ErrorMessages", "the file contains no XML"),
    why.GLOSSARY_XML_ENTITIES: QT_TRANSLATE_NOOP(
        "ErrorMessages", "declares XML entities of its own, which glossary files do not use (the text they stand "
                         "for would be lost); refused"),
    why.TBX_NO_ENTRIES: QT_TRANSLATE_NOOP("ErrorMessages", "a TBX file without any termEntry/conceptEntry"),
    why.TBX_CHARACTER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "glossary entry #%1 (%2) holds a character XML cannot carry; edit the entry and export "
                         "again"),
    why.MULTITERM_WRONG_ROOT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "XML, but neither a MultiTerm export (<mtf>) nor TBX (the root element is <%1>)"),
    why.MULTITERM_NO_ENTRIES: QT_TRANSLATE_NOOP("ErrorMessages", "a MultiTerm export without any conceptGrp entry"),
    why.OMEGAT_NO_TABS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "no line has a term and its translation separated by a tab (an OmegaT glossary needs "
                         "tab-separated columns)"),
    why.TMX_NO_UNITS: QT_TRANSLATE_NOOP("ErrorMessages", "the file contains no translation units"),
    why.TMX_NO_PAIRS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file has no translation pairs between Chinese, English and Russian (languages in the "
                         "file: %1)"),
    why.PACK_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorMessages", "larger than any language pack (at most %1)"),
    why.PACK_NOT_ZIP: QT_TRANSLATE_NOOP("ErrorMessages", "not a language pack (not a zip archive)"),
    why.PACK_NO_METADATA: QT_TRANSLATE_NOOP("ErrorMessages", "has no metadata.json; it is not a language pack"),
    why.PACK_NO_MODEL: QT_TRANSLATE_NOOP("ErrorMessages", "has no translation model (model/model.bin)"),
    why.PACK_NO_TOKENIZER: QT_TRANSLATE_NOOP("ErrorMessages", "has no tokenizer (sentencepiece.model)"),
    why.PACK_DAMAGED: QT_TRANSLATE_NOOP("ErrorMessages", "the language pack is damaged"),
    why.PACK_IS_FOLDER: QT_TRANSLATE_NOOP("ErrorMessages", "is a folder, not a language pack file"),
    why.PACK_PATH_OUTSIDE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file contains a path outside its folder (%1); it was not installed"),
    why.PACK_CONTROL_NAME: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file contains a name with control characters (%1); it was not installed"),
    why.PACK_LINK: QT_TRANSLATE_NOOP("ErrorMessages", "the file contains a link (%1); it was not installed"),
    why.PACK_NOT_ONE_FOLDER: QT_TRANSLATE_NOOP("ErrorMessages", "must hold exactly one folder (it has %1)"),
    why.PACK_MEMBER_TWICE: QT_TRANSLATE_NOOP("ErrorMessages", "holds %1 twice; it was not installed"),
    why.PACK_FILE_AND_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "holds %1 both as a file and as a folder; it was not installed"),
    why.PACK_NAMES_CLASH: QT_TRANSLATE_NOOP(
        "ErrorMessages", "holds both %1 and %2, which are one name on Windows and macOS; it was not installed"),
    why.PACK_TOO_MANY_FILES: QT_TRANSLATE_NOOP("ErrorMessages", "holds too many files (%1) for a language pack"),
    why.PACK_UNPACKS_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "unpacks to an implausible size (%1; at most %2 and %3 times the file)"),
    why.PACK_UNPACKS_MORE: QT_TRANSLATE_NOOP("ErrorMessages", "unpacks to more than it declares; it was not installed"),
    why.PACK_METADATA_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "metadata.json is implausibly large (%1 bytes; at most %2)"),
    why.PACK_METADATA_NOT_JSON: QT_TRANSLATE_NOOP("ErrorMessages", "metadata.json is not valid JSON"),
    why.PACK_METADATA_NOT_PACK: QT_TRANSLATE_NOOP("ErrorMessages", "metadata.json does not describe a pack"),
    why.PACK_FIELD_NOT_TEXT: QT_TRANSLATE_NOOP("ErrorMessages", "metadata.json field %1 must be text, not %2"),
    why.PACK_FIELD_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "metadata.json field %1 is %2 characters long (at most %3)"),
    why.PACK_FIELD_NOT_LIST: QT_TRANSLATE_NOOP("ErrorMessages", "metadata.json field %1 must be a list"),
    why.PACK_LINKS_NOT_TEXT: QT_TRANSLATE_NOOP("ErrorMessages", "metadata.json field 'links' must list text"),
    why.PACK_TOO_MANY_LINKS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "metadata.json field 'links' lists more than %1 links or one longer than %2 characters"),
    why.PACK_NOT_TRANSLATION: QT_TRANSLATE_NOOP("ErrorMessages", "is a %1 pack, not a translation pack"),
    why.PACK_BAD_CODE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "metadata.json %1 must be a 2- or 3-letter lower-case language code, not %2"),
    why.PACK_INTO_ITSELF: QT_TRANSLATE_NOOP("ErrorMessages", "translates %1 into itself"),
    why.PACK_OLDER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "is version %1 of %2, older than the installed %3; remove that first to go back"),
    why.PACK_CANNOT_MOVE: QT_TRANSLATE_NOOP("ErrorMessages", "could not be moved into the packs folder (%1)"),
    why.PACK_CANNOT_REMOVE: QT_TRANSLATE_NOOP("ErrorMessages", "could not be removed (%1)"),
    why.PACKS_FOLDER_LOCKED: QT_TRANSLATE_NOOP("ErrorMessages", "the language packs folder cannot be changed (%1)"),
    why.PACK_INDEX_NOT_JSON: QT_TRANSLATE_NOOP("ErrorMessages", "the package index is not valid JSON"),
    why.PACK_DOWNLOAD_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorMessages", "the download is larger than any language pack"),
    why.PACK_TRIAL_TIMEOUT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the language pack %1 did not translate a sentence within %2 s; it was not installed"),
    why.PACK_NOT_TRIED: QT_TRANSLATE_NOOP("ErrorMessages", "the language pack %1 could not be tried; it was not "
                                                           "installed"),
    why.PACK_DOES_NOT_TRANSLATE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the language pack %1 does not translate; it was not installed"),
    why.PACK_CRASHED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the language pack %1 crashed the translation engine; it was not installed"),
    why.MT_NO_PACK: QT_TRANSLATE_NOOP("ErrorMessages", "no language pack for %1→%2 is installed"),
    why.MT_NO_ROUTE: QT_TRANSLATE_NOOP("ErrorMessages", "no language pack for %1→%2: install %3"),
    why.MT_PACK_UNREADABLE: QT_TRANSLATE_NOOP("ErrorMessages", "the language pack %1 could not be read"),
    why.MT_PACK_NO_TOKENIZER: QT_TRANSLATE_NOOP("ErrorMessages", "the language pack %1 has no tokenizer"),
    why.MT_PACK_UNLOADABLE: QT_TRANSLATE_NOOP("ErrorMessages", "the language pack %1 could not be loaded"),
    why.MT_PACK_CANNOT_SPLIT: QT_TRANSLATE_NOOP("ErrorMessages", "the language pack %1 cannot split or tokenize "
                                                                 "text"),
    why.MT_TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the text has %1 characters; at most %2 are translated at once (split it into smaller "
                         "parts)"),
    why.MT_HALF_CHARACTER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the text holds half a character at position %1 (bytes that are not UTF-8); nothing was "
                         "translated"),
    why.MT_BAD_BEAM: QT_TRANSLATE_NOOP("ErrorMessages", "the beam size must be between 1 and %1, not %2"),
    why.MT_ADDRESS_WITH_LOGIN: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a translation server address holds no login or password (expected http://host:port; the "
                         "API key has a field of its own)"),
    why.MT_NOT_AN_ADDRESS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not a translation server address: %1 (expected http://host:port)"),
    why.MT_NOT_AN_ADDRESS_HIDDEN: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the address given is not a translation server address (expected http://host:port)"),
    why.MT_SERVER_UNREACHABLE: QT_TRANSLATE_NOOP("ErrorMessages", "cannot reach the translation server at %1: %2"),
    why.MT_SERVER_SILENT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation server at %1 did not answer within %2 s"),
    why.MT_SERVER_ANSWER_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation server at %1 sent an answer larger than any translation"),
    why.MT_SERVER_NOT_LIBRETRANSLATE: QT_TRANSLATE_NOOP("ErrorMessages", "%1 did not answer like a LibreTranslate "
                                                                         "server"),
    why.MT_SERVER_REDIRECTS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation server at %1 redirects elsewhere (HTTP %2); set the address of the server "
                         "itself"),
    why.MT_SERVER_BUSY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation server at %1 is busy (too many requests); try again in a minute"),
    why.MT_SERVER_REFUSED_KEY: QT_TRANSLATE_NOOP("ErrorMessages", "the translation server at %1 refused the API "
                                                                  "key%2"),
    why.MT_SERVER_FAILED: QT_TRANSLATE_NOOP("ErrorMessages", "the translation server at %1 failed (HTTP %2)%3"),
    why.MT_SERVER_REFUSED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation server at %1 refused the request (HTTP %2)%3"),
    why.MT_SERVER_CANNOT_TRANSLATE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the translation server could not translate %1→%2: %3"),
    why.MT_SERVER_EMPTY: QT_TRANSLATE_NOOP("ErrorMessages", "%1 answered nothing for %2 of the %3 texts sent"),
    why.MT_SERVER_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "%1 answered with a text far longer than its source: not a translation"),
    why.PROJECT_NOT_PROJECT: QT_TRANSLATE_NOOP("ErrorMessages", "not a PressDesk project"),
    why.PROJECT_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the file is damaged and cannot be read; nothing was changed: open a backup or an "
                         "earlier export"),
    why.PROJECT_NEWER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "written by a newer PressDesk (file format %1; this version reads up to %2); update "
                         "PressDesk to open it"),
    why.PROJECT_CANNOT_OPEN: QT_TRANSLATE_NOOP("ErrorMessages", "the project cannot be opened"),
    why.NOT_A_SERVER_ADDRESS: QT_TRANSLATE_NOOP("ErrorMessages", "not a server address: %1"),
    why.GLOSSARY_NOT_AN_ADDRESS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not a glossary address: %1 (a shared glossary is postgresql://login@host/database)"),
    why.MEMORY_NOT_AN_ADDRESS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "not a memory address: %1 (a shared memory is postgresql://login@host/database)"),
    why.TEAM_NO_PSYCOPG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a shared glossary needs psycopg: install PressDesk with the `team` extra"),
    why.TEAM_NO_PSYCOPG_MEMORY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a shared memory needs psycopg: install PressDesk with the `team` extra"),
    why.GLOSSARY_LOGIN: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the glossary server refused the login: %1; check the login and password of the shared "
                         "glossary's address"),
    why.GLOSSARY_SERVER_UNREACHABLE: QT_TRANSLATE_NOOP("ErrorMessages", "the glossary server cannot be reached: %1"),
    why.GLOSSARY_SERVER_QUITTING: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the glossary server was not asked: PressDesk is quitting"),
    why.GLOSSARY_OFFLINE_NO_COPY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the glossary server cannot be reached and this desk has no copy of the shared glossary "
                         "yet"),
    why.GLOSSARY_OFFLINE_WAITS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the glossary server cannot be reached: imports, undoing them and tenures wait until it is "
                         "back (single edits are queued)"),
    why.SHARED_GLOSSARY_CANNOT_OPEN: QT_TRANSLATE_NOOP("ErrorMessages", "the shared glossary cannot be opened: %1"),
    why.SHARED_GLOSSARY_RECORD_MISSING: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared glossary's format record is missing (its tables are there); ask the office "
                         "administrator to restore the pressdesk_meta table"),
    why.SHARED_GLOSSARY_RECORD_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared glossary's format record is damaged (%1); ask the office administrator to "
                         "restore it"),
    why.SHARED_GLOSSARY_NEWER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared glossary was set up by a newer PressDesk (format %1; this version reads up to "
                         "%2). Update PressDesk to use it."),
    why.SHARED_GLOSSARY_NOT_SET_UP: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared glossary is not set up yet and this login may not create it; ask the office "
                         "administrator to open it once with the editors' login"),
    why.SHARED_GLOSSARY_READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared glossary is read-only for this login: it can be searched and matched, but "
                         "changes must be made by an editor"),
    why.QUEUE_OTHER_SERVER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the queue %1 holds edits for the shared glossary %2, not %3: they are only sent there"),
    why.QUEUE_UNKNOWN_EDIT: QT_TRANSLATE_NOOP("ErrorMessages", "%1 is not an edit PressDesk queues"),
    why.MEMORY_LOGIN: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the memory server refused the login: %1; check the login and password of the shared "
                         "memory's address"),
    why.MEMORY_SERVER_UNREACHABLE: QT_TRANSLATE_NOOP("ErrorMessages", "the memory server cannot be reached: %1"),
    why.SHARED_MEMORY_CANNOT_OPEN: QT_TRANSLATE_NOOP("ErrorMessages", "the shared memory cannot be opened: %1"),
    why.SHARED_MEMORY_RECORD_MISSING: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared memory's format record is missing (its tables are there); ask the office "
                         "administrator to restore the tm_meta table"),
    why.SHARED_MEMORY_RECORD_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared memory's format record is damaged (%1); ask the office administrator to "
                         "restore it"),
    why.SHARED_MEMORY_NEWER: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared memory was set up by a newer PressDesk (format %1; this version reads up to "
                         "%2). Update PressDesk to use it."),
    why.SHARED_GLOSSARY_UNREADABLE: QT_TRANSLATE_NOOP("ErrorMessages", "the shared glossary could not be read: %1"),
    why.SHARED_GLOSSARY_REFUSED_CHANGE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared glossary refused the change: %1"),
    why.SHARED_MEMORY_READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the shared memory is read-only for this login: it can be searched, but only an editor's "
                         "login adds to it; nothing was added"),
    why.SHARED_MEMORY_FAILED: QT_TRANSLATE_NOOP("ErrorMessages", "the shared memory failed: %1"),
    why.GLOSSARY_CONFLICT_DELETED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "entry #%1 was deleted by someone else since you opened it (your version %2); nothing was "
                         "saved.\n  yours:  %3"),
    why.GLOSSARY_CONFLICT_CHANGED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "entry #%1 was changed by %2 at %3 (version %4) since you opened version %5; nothing was "
                         "saved.\n  yours:  %6\n  theirs: %7"),
    why.GLOSSARY_NO_ENTRY: QT_TRANSLATE_NOOP("ErrorMessages", "entry #%1 does not exist"),
    why.GLOSSARY_NO_IMPORT: QT_TRANSLATE_NOOP("ErrorMessages", "there is no import to undo"),
    why.GLOSSARY_IMPORT_GONE: QT_TRANSLATE_NOOP("ErrorMessages", "import #%1 does not exist or was already undone"),
    why.GLOSSARY_IMPORT_RECORD_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the record of import #%1 is damaged, so it cannot be undone; nothing was changed"),
    why.TENURE_NO_ENTRIES: QT_TRANSLATE_NOOP("ErrorMessages", "a tenure must link two existing entries"),
    why.TENURE_WRONG_KINDS: QT_TRANSLATE_NOOP("ErrorMessages", "a tenure links a person entry to a title entry"),
    why.CANNOT_SAVE: QT_TRANSLATE_NOOP("ErrorMessages", "cannot save: %1; nothing was changed"),
    why.CANNOT_SAVE_COPY: QT_TRANSLATE_NOOP("ErrorMessages", "cannot save a copy: %1; nothing was changed"),
    why.CANNOT_READ_STORE: QT_TRANSLATE_NOOP("ErrorMessages", "cannot read: %1; nothing was changed"),
    why.CANNOT_OPEN_STORE: QT_TRANSLATE_NOOP("ErrorMessages", "cannot open: %1; nothing was changed"),
    why.CANNOT_CREATE_PROJECT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot create the project: %1; nothing was changed"),
    why.CANNOT_UPGRADE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot upgrade to the current file format: %1; nothing was changed"),
    why.CANNOT_CREATE_GLOSSARY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot create the glossary: %1; nothing was changed"),
    why.CANNOT_OPEN_MEMORY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot open the translation memory: %1; nothing was changed"),
    why.CANNOT_CREATE_MEMORY: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot create the translation memory: %1; nothing was changed"),
    why.WRITE_READ_ONLY: QT_TRANSLATE_NOOP("ErrorMessages", "the file is read-only"),
    why.WRITE_FOLDER_UNAVAILABLE: QT_TRANSLATE_NOOP("ErrorMessages", "its folder is read-only or unavailable"),
    why.WRITE_DISK_FULL: QT_TRANSLATE_NOOP("ErrorMessages", "the disk is full"),
    why.WRITE_DISK_REFUSED: QT_TRANSLATE_NOOP("ErrorMessages", "the disk refused the write"),
    why.WRITE_OTHER_WRITER: QT_TRANSLATE_NOOP("ErrorMessages", "another program is writing to it"),
    why.WRITE_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "its name is too long for SQLite to keep its journal beside it; give it a shorter name"),
    why.LOCK_BEING_OPENED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "is being opened by another PressDesk at this moment. Try again in a few seconds."),
    why.LOCK_HARD_LINKS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "has %1 names on disk (hard links), so PressDesk cannot tell whether it is being edited "
                         "under another name. Open it read-only, or save a copy under a new name."),
    why.STORE_NOT_PRESSDESK: QT_TRANSLATE_NOOP("ErrorMessages", "not a PressDesk glossary or translation memory"),
    why.PROJECT_OVERSIZED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the project already holds %1 segments, written by another tool; a release holds at most "
                         "%2"),
    why.PROJECT_OVERSIZED_ID: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the project holds a segment id of %1 characters, written by another tool; PressDesk "
                         "writes at most %2"),
    why.PROJECT_OVERSIZED_TEXT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the project holds a text of %1 characters, written by another tool; a text holds at most "
                         "%2"),
    why.RELEASE_TOO_MANY_SEGMENTS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a release holds at most %1 segments; this one has %2"),
    why.RELEASE_NOT_UNICODE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "the release holds text that is not valid Unicode (%1); nothing was saved"),
    why.SIDE_FILE_PLANTED: QT_TRANSLATE_NOOP(
        "ErrorMessages", "%1 beside it is not the file SQLite keeps there (it is a link, a folder, a named pipe, a "
                         "device or a second name of another file); move %1 away and try again"),
    why.NEW_NAME_IS_SIDE_FILE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "cannot create the project: SQLite keeps the journal, log or index of %1 under that name; "
                         "choose another name"),
    why.STRAY_LOG: QT_TRANSLATE_NOOP(
        "ErrorMessages", "%1 beside it is the log of another database, and reading it would put that database's "
                         "pages into this one; move %1 away and try again"),
    why.TEMPLATE_WRONG_KIND: QT_TRANSLATE_NOOP("ErrorMessages", "a template must be a .docx or .dotx file"),
    why.TEMPLATE_MACROS: QT_TRANSLATE_NOOP(
        "ErrorMessages", "macro-enabled templates (.dotm, .docm) cannot be used; save it as a .dotx or .docx"),
    why.TEMPLATE_UNUSABLE: QT_TRANSLATE_NOOP("ErrorMessages", "not a usable Word document"),
    why.TEMPLATE_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorMessages", "it unpacks to %1 bytes (at most %2); not a template"),
    why.TEMPLATE_STRICT: QT_TRANSLATE_NOOP(
        "ErrorMessages", "a Strict Open XML document, which cannot serve as a template; in Word save it as Word "
                         "Template (.dotx) or Word Document (.docx), not Strict Open XML"),
    why.TEMPLATE_ACTIVE_PART: QT_TRANSLATE_NOOP(
        "ErrorMessages", "it holds macros or ActiveX controls (%1), which would run in every export; save it as a "
                         ".dotx or .docx without them"),
    why.TEMPLATE_ACTIVE: QT_TRANSLATE_NOOP(
        "ErrorMessages", "it declares macros or ActiveX controls, which would run in every export; save it as a "
                         ".dotx or .docx without them"),
    why.TEMPLATE_DTD: QT_TRANSLATE_NOOP(
        "ErrorMessages", "its part %1 declares a DTD, which Word documents never hold (an export would make its "
                         "readers fetch what it names); refused"),
    why.TEMPLATE_EXTERNAL: QT_TRANSLATE_NOOP(
        "ErrorMessages", "its part %1 makes Word fetch files from outside the document; save the template without "
                         "linked files"),
}

# The system's reasons a user meets with files, by errno; any other keeps the system's own (English) words.
OS_REASONS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("ErrorMessages", "the file or folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("ErrorMessages", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("ErrorMessages", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("ErrorMessages", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("ErrorMessages", "the disk or folder is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ErrorMessages", "is a folder, not a file"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ErrorMessages", "the file name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("ErrorMessages", "the disk could not be read or written (input/output error)"),
}

# Ids whose arguments are (errno, the system's words): the first argument becomes the reason in words.
_OS_IDS = frozenset({why.CANNOT_READ, why.OS_ERROR, why.CANNOT_WRITE, why.CANNOT_OPEN, why.PACK_CANNOT_MOVE,
                     why.PACK_CANNOT_REMOVE, why.PACKS_FOLDER_LOCKED})
# Ids whose one argument is the reason's own id (worded by its template), or the system's words when none fits.
_REASON_IDS = frozenset({why.CANNOT_SAVE, why.CANNOT_SAVE_COPY, why.CANNOT_READ_STORE, why.CANNOT_OPEN_STORE,
                         why.CANNOT_CREATE_PROJECT, why.CANNOT_UPGRADE, why.CANNOT_CREATE_GLOSSARY,
                         why.CANNOT_OPEN_MEMORY, why.CANNOT_CREATE_MEMORY})
_PLACEHOLDER = re.compile(r"%(\d)")


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def fill(template: str, args: Sequence[str]) -> str:
    """`template` with %1…%9 replaced by `args` in one pass, so an argument holding "%2" stays as written."""
    def arg(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)
    return _PLACEHOLDER.sub(arg, template)


def os_reason(number: int, words: str) -> str:
    """The system's reason for errno `number` in the interface language; `words` (the system's) when unknown."""
    source = OS_REASONS.get(number)
    return _translate(source) if source is not None else words


def _shown(value: object) -> str:
    """An argument as the interface language writes it: numbers with its digit grouping, a tuple of document
    languages by their names."""
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    if isinstance(value, tuple):
        return _translate(QT_TRANSLATE_NOOP("ErrorMessages", ", ")).join(lang_label(str(code)) for code in value)
    return str(value)


def refusal_text(exc: BaseException) -> str:
    """Why `exc` refused the file, in the interface language; its English text when it carries no known id."""
    message_id = getattr(exc, "message_id", None)
    template = TEMPLATES.get(message_id) if isinstance(message_id, str) else None
    if template is None:
        if isinstance(exc, OSError) and exc.errno in OS_REASONS:
            reason = os_reason(exc.errno, exc.strerror or str(exc))
            return _named(exc.filename, reason) if isinstance(exc.filename, str) else reason
        return str(exc)
    args: tuple[object, ...] = tuple(getattr(exc, "message_args", ()))
    if message_id in _OS_IDS and len(args) == 2:
        args = (os_reason(args[0] if isinstance(args[0], int) else 0, str(args[1])),)
    elif message_id in _REASON_IDS and len(args) == 1 and args[0] in TEMPLATES:
        args = (_translate(TEMPLATES[str(args[0])]),)
    text = fill(_translate(template), [_shown(a) for a in args])
    file_name = getattr(exc, "file_name", None)
    return _named(file_name, text) if file_name else text


def _named(path: str, reason: str) -> str:
    """The reason after the name of the file it concerns (the name is the file's, never translated)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1] or path
    return fill(_translate(QT_TRANSLATE_NOOP("ErrorMessages", "%1: %2")), [name, reason])
