"""Which glossary file kinds are read and written, by file name ending: a table with no imports, so the window can
tell a glossary dragged onto it from a document without loading the glossary code."""

from __future__ import annotations

IMPORT_SUFFIXES: dict[str, str] = {".csv": "csv", ".tbx": "tbx", ".txt": "omegat", ".utf8": "omegat",
                                   ".tab": "omegat", ".tsv": "omegat", ".xml": "xml", ".xlsx": "xlsx",
                                   ".xlsm": "xlsx"}
EXPORT_SUFFIXES: dict[str, str] = {".csv": "csv", ".tbx": "tbx", ".txt": "omegat", ".utf8": "omegat"}
