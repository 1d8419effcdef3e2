"""What a glossary import would do, shown before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.glossary_dock.reasons import reason_text
from desktop_app.ui.labels import shown_name, shown_text

if TYPE_CHECKING:
    from desktop_app.services.glossary import ImportPlan


class ImportPreviewDialog(QDialog):
    """What an import would do: counts, ignored languages and every skipped row with its reason."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Glossary"))
        summary = QLabel(self)
        summary.setWordWrap(True)
        text = (self.tr("%1: %2 new entries, %3 existing entries completed, %4 skipped.")
                .replace("%1", shown_name(plan.path)).replace("%2", str(len(plan.added)))
                .replace("%3", str(len(plan.updated))).replace("%4", str(len(plan.skipped))))
        if plan.ignored_languages:
            text += " " + self.tr("Ignored (not Chinese, English or Russian): %1.").replace(
                "%1", ", ".join(plan.ignored_languages))
        summary.setText(text)
        details = QPlainTextEdit(self)
        details.setReadOnly(True)
        lines = [f"+ {e.label()}" for e in plan.added[:200]]
        lines += [f"~ {before.label()}" for before, _ in plan.updated[:200]]
        lines += [f"- {shown_text(reason_text(where))}: {shown_text(reason_text(reason))}"
                  for where, reason in plan.skipped[:500]]
        details.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(plan.added or plan.updated))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.resize(640, 420)
