"""File → Erase / anonymise now: what the storage rules say is due, how many of what,
a confirmation, and the evidence report (a PDF naming no one)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.services import housekeeping
from dpo_desk.ui.tr import translated


class EraseDueDialog(QDialog):
    """Shows the counts due today; "Erase / anonymise now" runs them in one transaction
    after a confirmation that repeats them."""

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.setWindowTitle(self.tr("Erase / anonymise now"))
        self.intro = QLabel(
            self.tr(
                "What the program's own storage rules (Organisation settings) say is due "
                "today. Requests are anonymised: the dates and types stay for the statistics."
            )
        )
        self.intro.setWordWrap(True)
        self.numbers: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label in housekeeping.COUNT_LABELS:
            self.numbers[name] = QLabel()
            form.addRow(translated("Housekeeping", label), self.numbers[name])
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = QPushButton(self.tr("Erase / anonymise now"))
        self.report_button = QPushButton(self.tr("Save report…"))
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.report_button.clicked.connect(self.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        """Count what is due (nothing is changed)."""
        self.due = housekeeping.due(self._db, self._today)
        for name, number in zip(
            self.numbers, (n for _l, n in housekeeping.count_lines(self.due)), strict=True
        ):
            self.numbers[name].setText(str(number))
        self.erase_button.setEnabled(self.due.total > 0)

    @Slot()
    def erase(self) -> None:
        """Confirm with the counts, then erase in one transaction."""
        lines = "\n".join(
            translated("Housekeeping", label) + f": {n}"
            for label, n in housekeeping.count_lines(self.due)
            if n
        )
        answer = QMessageBox.question(
            self,
            self.tr("Erase / anonymise now"),
            self.tr("This cannot be undone:\n%1\n\nErase and anonymise now?").replace("%1", lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = housekeeping.erase_due(self._db, self._today)
        self.result.setText(
            self.tr("Done: %1 anonymised or erased. Save the report as evidence.").replace(
                "%1", str(done.total)
            )
        )
        self.refresh()

    @Slot()
    def save_report(self) -> None:
        """Ask where, then write the evidence PDF."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or ".") / f"sletning-{self._today.isoformat()}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), suggested, self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.write_report(Path(chosen))

    def write_report(self, out: Path) -> Path:
        """Write the evidence report to `out`."""
        housekeeping.write_report(self._db, out, today=self._today)
        self.result.setText(self.tr("The report was saved: %1").replace("%1", str(out)))
        return out
