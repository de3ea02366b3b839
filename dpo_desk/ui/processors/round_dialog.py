"""Record a supervision round: date, method, findings and follow-up actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.processors import METHOD_LABELS, FollowUp, SupervisionRound
from dpo_desk.services import processors
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.form import FieldMessages
from dpo_desk.ui.widgets import DATE_FORMAT, RowColumn, RowsEditor


class RoundDialog(QDialog):
    """A new round, prefilled with today and the method of the last round: two clicks."""

    def __init__(
        self,
        db: Database,
        party_id: int,
        party_name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._party_id, self._today = db, party_id, today
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Supervision of %1").replace("%1", party_name))
        self.resize(720, 480)
        previous = processors.rounds(db, party_id)
        self.date = QDateEdit()
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        day = today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.method = QComboBox()
        for method, label in METHOD_LABELS.items():
            self.method.addItem(QCoreApplication.translate("Processors", label), method)
        if previous:
            self.method.setCurrentIndex(self.method.findData(previous[0].method))
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(90)
        self.follow_ups = RowsEditor(
            [
                RowColumn(self.tr("Follow-up action"), stretch=True),
                RowColumn(self.tr("Due"), date=True),
                RowColumn(self.tr("Done"), date=True),
            ],
            add_label=self.tr("Add follow-up"),
            remove_label=self.tr("Remove"),
        )
        self.messages = FieldMessages()
        form = QFormLayout()
        self.messages.add_row(form, self.tr("Date"), "date", self.date)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Findings"), self.findings)
        self.messages.add_row(form, self.tr("Follow-ups"), "follow_ups", self.follow_ups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def round(self) -> SupervisionRound:
        """What the form holds."""
        return SupervisionRound(
            date=self.date.date().toPython(),
            method=self.method.currentData(),  # type: ignore[arg-type]
            findings=self.findings.toPlainText(),
            follow_ups=[
                FollowUp(action, due, done) for action, due, done in self.follow_ups.rows()
            ],
        )

    @Slot()
    def save(self) -> None:
        """Save the round; errors stay at their fields."""
        try:
            self.saved_id = processors.save_round(
                self._db, self._party_id, self.round(), today=self._today()
            )
        except ValidationFailedError as error:
            self.messages.show(error.errors)
            return
        self.accept()
