"""The warning list of an interruption: where and when, then the call sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.consents import INTERRUPTION_MAX, Area, parse_list, parse_streets
from dpo_desk.services import jobs
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.form import FieldMessages
from dpo_desk.ui.tasks import BackgroundTask, run_in_background

MOMENT_FORMAT = "dd-MM-yyyy HH:mm"


class WarningListDialog(QDialog):
    """An interruption: where and when; then the call sheet as PDF or Excel."""

    def __init__(
        self,
        db: Database,
        utilities: list[str],
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.setWindowTitle(self.tr("Warning list before an interruption"))
        self.resize(560, 560)
        self.utility = QComboBox()
        self.utility.addItem(self.tr("All utilities"), "")
        for name in utilities:
            self.utility.addItem(name, name)
        self.title = QLineEdit()
        self.title.setMaxLength(INTERRUPTION_MAX)
        self.title.setPlaceholderText(self.tr("e.g. pipe repair, Skovvej, 01-12 08:00–14:00"))
        self.starts = QDateTimeEdit(QDateTime.currentDateTime())
        self.ends = QDateTimeEdit(QDateTime.currentDateTime().addSecs(4 * 3600))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(MOMENT_FORMAT)
            edit.setCalendarPopup(True)
        self.postal_codes = QLineEdit()
        self.streets = QPlainTextEdit()
        self.streets.setFixedHeight(60)
        self.meters = QPlainTextEdit()
        self.meters.setFixedHeight(80)
        self.meters.setPlaceholderText(
            self.tr("Paste meter numbers: one a line, or separated by spaces or commas")
        )
        self.with_notes = QCheckBox(self.tr("Include the notes (only when needed)"))
        self.messages = FieldMessages()
        form = QFormLayout()
        form.addRow(self.tr("Utility"), self.utility)
        self.messages.add_row(form, self.tr("Interruption"), "title", self.title)
        self.messages.add_row(form, self.tr("Planned start"), "starts", self.starts)
        self.messages.add_row(form, self.tr("Planned end"), "ends", self.ends)
        self.messages.add_row(form, self.tr("Postal codes"), "area", self.postal_codes)
        form.addRow(self.tr("Streets"), self.streets)
        form.addRow(self.tr("Meter numbers"), self.meters)
        form.addRow(self.with_notes)
        self.pdf_button = QPushButton(self.tr("Call sheet (PDF)…"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.pdf_button.clicked.connect(self.write_pdf)
        self.xlsx_button.clicked.connect(self.write_xlsx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.xlsx_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.named: int | None = None
        self.task: BackgroundTask | None = None

    def area(self) -> Area:
        """The area as typed or pasted."""
        return Area(
            parse_list(self.postal_codes.text()),
            parse_streets(self.streets.toPlainText()),
            parse_list(self.meters.toPlainText()),
        )

    def planned(self) -> tuple[dt.datetime, dt.datetime]:
        """The planned start and end as typed."""
        return (
            self.starts.dateTime().toPython(),  # type: ignore[return-value]
            self.ends.dateTime().toPython(),
        )

    def produce(self, out: Path, fmt: str, *, tell: bool = False) -> BackgroundTask:
        """Write the list to `out` in the background; errors stay at their fields, and
        with `tell` the number of consumers to warn is said when it is written."""
        starts, ends = self.planned()
        area, utility = self.area(), self.utility.currentData()
        interruption = self.title.text().strip() or "—"
        with_notes, today = self.with_notes.isChecked(), self._today()
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        self.task = run_in_background(
            self,
            self.tr("Writing the list…"),
            lambda: jobs.call_sheet(
                self._db,
                area,
                interruption=interruption,
                starts=starts,
                ends=ends,
                out=out,
                fmt=fmt,
                today=today,
                with_free_text=with_notes,
                utility=utility,
            ),
            lambda task: self._produced(task, tell),
        )
        return self.task

    def _produced(self, task: BackgroundTask, tell: bool) -> None:
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        if isinstance(task.error, ValidationFailedError):
            self.messages.show(task.error.errors)
            return
        self.messages.show({})
        if not task.ok:
            if task.error is not None:
                QMessageBox.warning(self, self.windowTitle(), task.message)
            return
        self.named = len(task.result)
        if tell:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("%n consumer(s) to warn.", "", self.named or 0),
            )

    def reject(self) -> None:
        """Close, but not while the list is being written."""
        if self.task is None or not self.task.is_running():
            super().reject()

    def _write(self, fmt: str) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the list"), f"varsling.{fmt}", f"*.{fmt}"
        )
        if chosen:
            self.produce(Path(chosen), fmt, tell=True)

    @Slot()
    def write_pdf(self) -> None:
        """The call sheet as a PDF."""
        self._write("pdf")

    @Slot()
    def write_xlsx(self) -> None:
        """The list as an Excel workbook."""
        self._write("xlsx")
