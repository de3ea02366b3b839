"""Record a supervision round: date, method, the concept chosen, findings and follow-up
actions; the next round's due date follows the date and the concept as they change."""

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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain import supervision_scale as scale
from dpo_desk.domain.processors import (
    FOLLOW_UP_LIMITS,
    METHOD_LABELS,
    RISK_LABELS,
    ROUND_LIMITS,
    FollowUp,
    SupervisionRound,
)
from dpo_desk.domain.supervision import next_supervision, points, risk_of_concept, suggested_concept
from dpo_desk.domain.text import format_date
from dpo_desk.services import processors
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.form import FieldMessages
from dpo_desk.ui.processors.scale_tips import concepts_tip
from dpo_desk.ui.rows_editor import RowColumn, RowsEditor
from dpo_desk.ui.widgets import DATE_FORMAT


class RoundDialog(QDialog):
    """A new round, prefilled with today, the method of the last round and the concept
    the point scale suggests: two clicks."""

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
        self.resize(760, 560)
        previous = processors.rounds(db, party_id)
        party = processors.draft(db, party_id)
        self._override = party.next_supervision_override
        self._intervals = processors.intervals(db)
        self._suggested = suggested_concept(party.scoring)
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
        self.concept = QComboBox()
        for concept in scale.CONCEPTS:
            self.concept.addItem(self.tr("Concept %1").replace("%1", str(concept)), concept)
        self.concept.setCurrentIndex(self.concept.findData(self._suggested))
        self.concept.setToolTip(concepts_tip())
        self.suggestion = QLabel(
            self.tr("The point scale gives %1 points and suggests concept %2.")
            .replace("%1", str(points(party.scoring)))
            .replace("%2", str(self._suggested))
        )
        self.suggestion.setToolTip(concepts_tip())
        self.suggestion.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(ROUND_LIMITS["concept_reason"])
        self.reason.setPlaceholderText(self.tr("Why another concept than the suggested one"))
        self.next_label = QLabel()
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(90)
        self.follow_ups = RowsEditor(
            [
                RowColumn(
                    self.tr("Follow-up action"),
                    stretch=True,
                    max_length=FOLLOW_UP_LIMITS["action"],
                ),
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
        form.addRow(self.tr("Point scale"), self.suggestion)
        form.addRow(self.tr("Supervision concept"), self.concept)
        self.messages.add_row(
            form, self.tr("Reason for the concept"), "concept_reason", self.reason
        )
        form.addRow(self.tr("Next supervision"), self.next_label)
        self.messages.add_row(form, self.tr("Findings"), "findings", self.findings)
        self.messages.add_row(form, self.tr("Follow-ups"), "follow_ups", self.follow_ups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._update_due)
        self.concept.currentIndexChanged.connect(self._update_due)
        self._update_due()

    @Slot()
    def _update_due(self) -> None:
        """Show when the next round falls due, from this round's date and concept."""
        concept = self.concept.currentData()
        risk = risk_of_concept(concept)
        due = next_supervision(
            risk=risk,
            last_round=self.date.date().toPython(),  # type: ignore[arg-type]
            signed=None,
            override=self._override,
            intervals=self._intervals,
            today=self._today(),
        )
        text = (
            self.tr("Due %1 (set by hand on the party)")
            if self._override
            else self.tr("Due %1 (risk level “%2”)")
        )
        self.next_label.setText(
            text.replace("%1", format_date(due)).replace(
                "%2", QCoreApplication.translate("Processors", RISK_LABELS[risk])
            )
        )

    def round(self) -> SupervisionRound:
        """What the form holds."""
        return SupervisionRound(
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            method=self.method.currentData(),
            findings=self.findings.toPlainText(),
            follow_ups=[
                FollowUp(action, due, done) for action, due, done in self.follow_ups.rows()
            ],
            concept=self.concept.currentData(),
            suggested_concept=self._suggested,
            concept_reason=self.reason.text(),
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
