"""The form of one data subject's request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.deadlines import response_deadline
from dpo_desk.domain.requests import (
    CHANNEL_LABELS,
    GROUND_LABELS,
    IDENTITY_ASKS,
    MAX_LENGTHS,
    RELATIONS,
    STATUS_LABELS,
    TRANSITIONS,
    TYPE_LABELS,
    Forwarding,
    RequestDraft,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.domain.titles import REQUESTS
from dpo_desk.services import register, requests
from dpo_desk.ui.form import RecordForm
from dpo_desk.ui.tr import translated
from dpo_desk.ui.widgets import DATE_FORMAT, CheckList, OptionalDateEdit


def _text(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


# What the conflict dialog calls each field: the request table's titles, and what the
# form edits beyond its columns.
FIELD_LABELS = {
    **REQUESTS.tables["subject_request"].fields,
    "activity_ids": QT_TRANSLATE_NOOP("Fields", "Processing activities"),
    "history": QT_TRANSLATE_NOOP("Fields", "Status history"),
    "forwardings": QT_TRANSLATE_NOOP("Fields", "Passed on to controllers"),
}


class RequestDialog(RecordForm, QDialog):
    """Creates or edits one request; the status offers only the moves the workflow allows."""

    FIELD_LABELS = FIELD_LABELS
    HIDDEN_FIELDS = frozenset({"forwardings"})
    DESCRIBED_BY = {
        "types": "types",
        "activity_ids": "activities",
        "channel": "channel",
        "status": "status",
        "refusal_ground": "refusal_ground",
    }

    def __init__(
        self,
        db: Database,
        draft: RequestDraft,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        body = self.begin(
            draft,
            self.tr("New request")
            if draft.id is None
            else self.tr("Request from %1").replace("%1", draft.requester),
            980,
            700,
            columns=2,
        )
        self.requester, self.contact, self.utility = QLineEdit(), QLineEdit(), QLineEdit()
        self.relation = QComboBox()
        self.relation.setEditable(True)
        for relation in RELATIONS:
            self.relation.addItem(translated("Requests", relation))
        self.types = CheckList()
        self.types.set_entries(
            [(t, translated("Requests", label), "") for t, label in TYPE_LABELS.items()], []
        )
        self.received = QDateEdit()
        self.received.setDisplayFormat(DATE_FORMAT)
        self.received.setCalendarPopup(True)
        self.channel = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(translated("Requests", label), channel)
        self.deadline_label = QLabel()
        self.identity_needed = QCheckBox(
            self.tr("Identity must be checked (the deadline still runs)")
        )
        self.identity_how = QLineEdit()
        self.identity_how.setPlaceholderText(
            self.tr("A note for the DPO; never printed in a letter")
        )
        self.identity_ask = QComboBox()
        self.identity_ask.setEditable(True)
        for ask in IDENTITY_ASKS:
            self.identity_ask.addItem(translated("Requests", ask))
        self.identity_checked = OptionalDateEdit(self.tr("Checked"))
        self.activities = CheckList()
        self.activities.set_entries([(r.id, r.name, "") for r in register.rows(db)], [])
        self.status = QComboBox()
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.decision = _text(60)
        self.refusal_ground = QComboBox()
        self.refusal_ground.addItem("", None)
        for ground, label in GROUND_LABELS.items():
            self.refusal_ground.addItem(translated("Requests", label), ground)
        self.extended = QCheckBox(self.tr("Extended by two months (Art. 12(3))"))
        self.extension_reason = QLineEdit()
        self.extension_told = OptionalDateEdit(self.tr("Requester told"))
        self.answered = OptionalDateEdit(self.tr("Sent"))
        self.notes = _text(60)
        self.forwarded: dict[str, tuple[Forwarding, OptionalDateEdit]] = {}
        for edit, name in (
            (self.requester, "requester"),
            (self.contact, "contact"),
            (self.utility, "utility"),
            (self.relation.lineEdit(), "relation"),
            (self.identity_how, "identity_how"),
            (self.identity_ask.lineEdit(), "identity_ask"),
            (self.extension_reason, "extension_reason"),
        ):
            edit.setMaxLength(MAX_LENGTHS[name])

        add = self.messages.add_row
        who = self.page(self.tr("The requester"))
        add(who, self.tr("Requester"), "requester", self.requester)
        add(who, self.tr("Contact"), "contact", self.contact)
        add(who, self.tr("Relation"), "relation", self.relation)
        add(who, self.tr("Utility (for heat consumers)"), "utility", self.utility)
        when = self.page(self.tr("Dates, deadline and status"))
        add(when, self.tr("Received"), "received", self.received)
        when.addRow(self.tr("Channel"), self.channel)
        when.addRow(self.tr("Deadline"), self.deadline_label)
        when.addRow(self.identity_needed)
        add(when, self.tr("Ask the requester to send"), "identity_ask", self.identity_ask)
        add(when, self.tr("How identity was checked"), "identity_how", self.identity_how)
        add(when, self.tr("Identity"), "identity_checked", self.identity_checked)
        add(when, self.tr("Status"), "status", self.status)
        when.addRow("", self.history_label)
        add(when, "", "extended", self.extended)
        add(when, self.tr("Reason for the extension"), "extension_reason", self.extension_reason)
        add(when, self.tr("Extension"), "extension_told", self.extension_told)
        what = self.page(self.tr("What is asked, about which activities"), column=1)
        add(what, self.tr("The request is for"), "types", self.types)
        add(what, self.tr("Activities concerned"), "activities", self.activities)
        answer = self.page(self.tr("Decision and letters"), column=1)
        add(answer, self.tr("Decision and reason"), "decision", self.decision)
        add(answer, self.tr("Ground of refusal"), "refusal_ground", self.refusal_ground)
        add(answer, self.tr("Answer"), "answered", self.answered)
        add(answer, self.tr("Notes"), "notes", self.notes)
        add(answer, self.tr("Passed on to"), "forwardings", self._forwardings_widget(draft))
        self.finish(body, draft)
        self.received.dateChanged.connect(self._update_deadline)
        self.extended.toggled.connect(self._update_deadline)
        self.extension_told.enabled.toggled.connect(self._update_deadline)
        self.extension_told.edit.dateChanged.connect(self._update_deadline)
        self._update_deadline()

    def _show(self, d: RequestDraft) -> None:
        self.requester.setText(d.requester)
        self.contact.setText(d.contact)
        self.relation.setCurrentText(d.relation)
        self.utility.setText(d.utility)
        for t in d.types:
            self.types.set_checked(t)
        self.received.setDate(QDate(d.received.year, d.received.month, d.received.day))
        self.channel.setCurrentIndex(self.channel.findData(d.channel))
        self.identity_needed.setChecked(d.identity_needed)
        self.identity_how.setText(d.identity_how)
        self.identity_ask.setCurrentText(d.identity_ask)
        self.identity_checked.set_value(d.identity_checked)
        for activity_id in d.activity_ids:
            self.activities.set_checked(activity_id)
        allowed = (
            [d.status, *sorted(TRANSITIONS[d.status], key=lambda s: list(STATUS_LABELS).index(s))]
            if d.id is not None
            else [d.status]
        )
        for status in allowed:
            self.status.addItem(translated("Requests", STATUS_LABELS[status]), status)
        self.history_label.setText(
            "; ".join(
                f"{translated('Requests', STATUS_LABELS[h.status])} {format_date(h.on)}"
                for h in d.history
            )
        )
        self.decision.setPlainText(d.decision)
        self.refusal_ground.setCurrentIndex(max(self.refusal_ground.findData(d.refusal_ground), 0))
        self.extended.setChecked(d.extended)
        self.extension_reason.setText(d.extension_reason)
        self.extension_told.set_value(d.extension_told)
        self.answered.set_value(d.answered)
        self.notes.setPlainText(d.notes)

    def draft(self) -> RequestDraft:
        """What the form holds now."""
        return RequestDraft(
            id=self._draft.id,
            version=self._draft.version,
            types=self.types.checked(),
            requester=self.requester.text(),
            contact=self.contact.text(),
            relation=self.relation.currentText(),
            utility=self.utility.text(),
            received=self.received.date().toPython(),  # type: ignore[arg-type]
            channel=self.channel.currentData(),
            identity_needed=self.identity_needed.isChecked(),
            identity_how=self.identity_how.text(),
            identity_ask=self.identity_ask.currentText(),
            identity_checked=self.identity_checked.value(),
            activity_ids=sorted(self.activities.checked()),
            status=self.status.currentData(),
            history=self._draft.history,
            decision=self.decision.toPlainText(),
            refusal_ground=self.refusal_ground.currentData(),
            extended=self.extended.isChecked(),
            extension_reason=self.extension_reason.text(),
            extension_told=self.extension_told.value() if self.extended.isChecked() else None,
            answered=self.answered.value(),
            notes=self.notes.toPlainText(),
            forwardings=[
                Forwarding(f.controller, f.forwarded, edit.value())
                for f, edit in self.forwarded.values()
            ],
        )

    def _forwardings_widget(self, draft: RequestDraft) -> QWidget:
        """One date per controller the request was passed on to: the day it answered."""
        box = QWidget()
        layout = QFormLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for f in draft.forwardings:
            edit = OptionalDateEdit(self.tr("Answered"))
            edit.set_value(f.answered)
            label = self.tr("%1 (passed on %2)").replace("%1", f.controller).replace(
                "%2", format_date(f.forwarded)
            )
            layout.addRow(label, edit)
            self.forwarded[f.controller] = (f, edit)
        if not draft.forwardings:
            layout.addRow(QLabel(self.tr("Not passed on to another controller")))
        return box

    @Slot()
    def _update_deadline(self) -> None:
        received: dt.date = self.received.date().toPython()  # type: ignore[assignment]
        first = response_deadline(received)
        text = self.tr("%1 (one month)").replace("%1", format_date(first))
        told = self.extension_told.value() or self._today()
        if self.extended.isChecked() and told > first:
            text = self.tr("%1 (one month; too late to extend)").replace(
                "%1", format_date(first)
            )
        elif self.extended.isChecked():
            extended = response_deadline(received, extended=True)
            text = (
                self.tr("%1 (extended; the first month ended %2)")
                .replace("%1", format_date(extended))
                .replace("%2", format_date(first))
            )
        self.deadline_label.setText(text)

    def store(self, draft: RequestDraft) -> int:
        """Save through the requests' service (a change of status is dated today)."""
        return requests.save(self._db, draft, today=self._today())

    def discard_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        return self.tr("You have changed the request. Close without saving?")
