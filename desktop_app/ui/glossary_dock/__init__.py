"""The Glossary dock: search in any language, category filter, add/edit/delete with validation, import/export,
and the wiring that highlights terms in the grid and the cell editor.

With an empty search box the list shows the entries recognised in the current segment (all three languages).
The list (`entry_list.EntryList`) shows the three forms side by side in columns sharing the dock's width, long names
wrapped within their row; the category has a column when there is room and is always in the tooltip and details.
Double-clicking an entry, or Edit ▸ Insert Approved Term (Ctrl+Shift+G), puts the approved form into the cell
being edited: it replaces the variant or forbidden form under the cursor, or is inserted at the cursor.
Imports and exports run on workers with their own database connection; an import is previewed first.
"""

from __future__ import annotations

from desktop_app.ui.glossary_dock.entry_dialog import EntryDialog, NameAssistant, category_label
from desktop_app.ui.glossary_dock.import_preview import ImportPreviewDialog
from desktop_app.ui.glossary_dock.panel import GlossaryPanel
from desktop_app.ui.glossary_dock.wiring import GlossaryUi, install_glossary

__all__ = ["EntryDialog", "GlossaryPanel", "GlossaryUi", "ImportPreviewDialog", "NameAssistant", "category_label",
           "install_glossary"]
