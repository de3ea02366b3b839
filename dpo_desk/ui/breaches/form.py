"""The form of one personal data breach, in the order the DPO meets the case: the
breach, what it touched, the assessment, the notification, and the people affected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import (
    EXCEPTION_LABELS,
    FIELD_TITLES,
    KIND_LABELS,
    RISK_LABELS,
    ROLE_LABELS,
    TEXT_LIMITS,
    BreachDraft,
    BreachRole,
    notification_deadline,
)
from dpo_desk.domain.text import format_moment
from dpo_desk.services import breaches, processors, register
from dpo_desk.ui.breaches.widgets import (
    ControllersEditor,
    FollowUpsEditor,
    OptionalMomentEdit,
    count_edit,
    count_value,
    moment_edit,
    moment_value,
    offer_statuses,
    set_count,
    set_moment,
)
from dpo_desk.ui.form import RecordForm
from dpo_desk.ui.tr import translated
from dpo_desk.ui.widgets import CheckList, limited_line, text_edit


def _line(name: str) -> QLineEdit:
    return limited_line(TEXT_LIMITS[name])


class BreachDialog(RecordForm):
    """Creates or edits one breach; the status offers only the moves the workflow allows."""

    FIELD_LABELS = {
        **FIELD_TITLES,
        "activity_ids": FIELD_TITLES["activities"],
        "party_ids": FIELD_TITLES["processors"],
    }
    DESCRIBED_BY = {
        "kinds": "kinds",
        "activity_ids": "activities",
        "party_ids": "processors",
        "role": "role",
        "risk": "risk",
        "status": "status",
        "art34_exception": "art34_exception",
    }

    def __init__(
        self,
        db: Database,
        draft: BreachDraft,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone(),
    ) -> None:
        super().__init__(parent)
        self._db, self._now = db, now
        self.begin(
            draft,
            self.tr("New breach")
            if draft.id is None
            else self.tr("Breach: %1").replace("%1", draft.title),
            900,
            640,
        )
        self._build_breach_page()
        self._build_scope_page(db)
        self._build_assessment_page()
        self._build_notification_page(db)
        self._build_subjects_page()
        self.finish(self.pages, draft)
        self.role.currentIndexChanged.connect(self._update_role)
        self.aware_at.dateTimeChanged.connect(self._update_clock)
        self.activities.changed.connect(self._update_proposal)
        self._update_role()
        self._update_clock()
        self._update_proposal()

    # -- pages --------------------------------------------------------------------------
    def _add(self, form: object, name: str, widget: QWidget) -> None:
        title = QCoreApplication.translate("Fields", FIELD_TITLES[name])
        self.messages.add_row(form, title, name, widget)  # type: ignore[arg-type]

    def _build_breach_page(self) -> None:
        form = self.page(
            self.tr("The breach"),
            [
                "title",
                "role",
                "occurred_from",
                "occurred_to",
                "aware_at",
                "discovered_by",
                "reported_by",
                "kinds",
                "description",
            ],
        )
        self.title_edit = _line("title")
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(translated("Breaches", label), role)
        self.occurred_from = OptionalMomentEdit(self.tr("Known"))
        self.occurred_to = OptionalMomentEdit(self.tr("Known"))
        self.aware_at = moment_edit()
        self.clock_label = QLabel()
        self.discovered_by, self.reported_by = _line("discovered_by"), _line("reported_by")
        self.kinds = CheckList()
        self.kinds.set_entries(
            [(k, translated("Breaches", label), "") for k, label in KIND_LABELS.items()], []
        )
        self.description = text_edit(90)
        for name, widget in [
            ("title", self.title_edit),
            ("role", self.role),
            ("occurred_from", self.occurred_from),
            ("occurred_to", self.occurred_to),
            ("aware_at", self.aware_at),
        ]:
            self._add(form, name, widget)
        form.addRow(self.tr("72 hours"), self.clock_label)
        for name, widget in [
            ("discovered_by", self.discovered_by),
            ("reported_by", self.reported_by),
            ("kinds", self.kinds),
            ("description", self.description),
        ]:
            self._add(form, name, widget)

    def _build_scope_page(self, db: Database) -> None:
        form = self.page(
            self.tr("What it touched"),
            ["activities", "processors", "subjects_count", "records_count", "special_categories"],
        )
        self._activity_views = {v.id: v for v in register.views(db)}
        self.activities = CheckList()
        self.activities.set_entries([(v.id, v.name, "") for v in self._activity_views.values()], [])
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        party_rows = processors.rows(db, today=self._now().date())
        self.processors = CheckList()
        self.processors.set_entries(
            [(p.id, p.name, "") for p in party_rows if p.direction.value == "we_are_controller"],
            [],
        )
        self.subjects_count, self.records_count = count_edit(), count_edit()
        self.special_categories = QCheckBox(
            QCoreApplication.translate("Fields", FIELD_TITLES["special_categories"])
        )
        self.criminal_offences = QCheckBox(
            QCoreApplication.translate("Fields", FIELD_TITLES["criminal_offences"])
        )
        self.cpr_numbers = QCheckBox(
            QCoreApplication.translate("Fields", FIELD_TITLES["cpr_numbers"])
        )
        self._add(form, "activities", self.activities)
        form.addRow("", self.proposal)
        self._add(form, "processors", self.processors)
        self._add(form, "subjects_count", self.subjects_count)
        self._add(form, "records_count", self.records_count)
        form.addRow(self.tr("Among the data"), self.special_categories)
        form.addRow("", self.criminal_offences)
        form.addRow("", self.cpr_numbers)
        self._controller_parties = [
            (p.id, p.name) for p in party_rows if p.direction.value == "we_are_processor"
        ]

    def _build_assessment_page(self) -> None:
        form = self.page(
            self.tr("Assessment"),
            [
                "consequences",
                "measures_taken",
                "measures_proposed",
                "risk",
                "risk_reasoning",
                "assessed_by",
                "advice",
            ],
        )
        self.consequences, self.measures_taken = text_edit(), text_edit()
        self.measures_proposed, self.risk_reasoning, self.advice = (
            text_edit(),
            text_edit(),
            text_edit(60),
        )
        self.risk = QComboBox()
        self.risk.addItem(self.tr("Not assessed"), None)
        for risk, label in RISK_LABELS.items():
            self.risk.addItem(translated("Breaches", label), risk)
        self.assessed_by = _line("assessed_by")
        for name, widget in [
            ("consequences", self.consequences),
            ("measures_taken", self.measures_taken),
            ("measures_proposed", self.measures_proposed),
            ("risk", self.risk),
            ("risk_reasoning", self.risk_reasoning),
            ("assessed_by", self.assessed_by),
            ("advice", self.advice),
        ]:
            self._add(form, name, widget)

    def _build_notification_page(self, db: Database) -> None:
        form = self.page(
            self.tr("Notification"),
            [
                "status",
                "notified_at",
                "reference",
                "delay_reasons",
                "not_notified_reason",
                "follow_ups",
                "controllers",
            ],
        )
        self.status = QComboBox()
        self.notified_at = OptionalMomentEdit(self.tr("Notified"))
        self.reference = _line("reference")
        self.delay_reasons, self.not_notified_reason = text_edit(60), text_edit(60)
        self.follow_ups = FollowUpsEditor()
        self.controllers = ControllersEditor(self._controller_parties)
        for name, widget in [
            ("status", self.status),
            ("notified_at", self.notified_at),
            ("reference", self.reference),
            ("delay_reasons", self.delay_reasons),
            ("not_notified_reason", self.not_notified_reason),
            ("follow_ups", self.follow_ups),
            ("controllers", self.controllers),
        ]:
            self._add(form, name, widget)

    def _build_subjects_page(self) -> None:
        form = self.page(
            self.tr("The people affected"),
            ["subjects_told", "subjects_told_at", "subjects_told_how", "art34_exception"],
        )
        self.subjects_told = QComboBox()
        self.subjects_told.addItem(self.tr("Not decided"), None)
        self.subjects_told.addItem(self.tr("Yes, they have been told"), True)
        self.subjects_told.addItem(self.tr("No"), False)
        self.subjects_told_at = OptionalMomentEdit(self.tr("Told"))
        self.subjects_told_how = text_edit(60)
        self.art34_exception = QComboBox()
        self.art34_exception.addItem("", None)
        for exception, label in EXCEPTION_LABELS.items():
            self.art34_exception.addItem(translated("Breaches", label), exception)
        for name, widget in [
            ("subjects_told", self.subjects_told),
            ("subjects_told_at", self.subjects_told_at),
            ("subjects_told_how", self.subjects_told_how),
            ("art34_exception", self.art34_exception),
        ]:
            self._add(form, name, widget)

    # -- the draft ------------------------------------------------------------------------
    def _show(self, d: BreachDraft) -> None:
        self.title_edit.setText(d.title)
        self.role.setCurrentIndex(self.role.findData(d.role))
        self.occurred_from.set_value(d.occurred_from)
        self.occurred_to.set_value(d.occurred_to)
        set_moment(self.aware_at, d.aware_at or self._now())
        self.discovered_by.setText(d.discovered_by)
        self.reported_by.setText(d.reported_by)
        self.kinds.set_checked_only(list(d.kinds))
        self.description.setPlainText(d.description)
        self.activities.set_checked_only(d.activity_ids)
        self.processors.set_checked_only(d.party_ids)
        set_count(self.subjects_count, d.subjects_count)
        set_count(self.records_count, d.records_count)
        self.special_categories.setChecked(d.special_categories)
        self.criminal_offences.setChecked(d.criminal_offences)
        self.cpr_numbers.setChecked(d.cpr_numbers)
        self.consequences.setPlainText(d.consequences)
        self.measures_taken.setPlainText(d.measures_taken)
        self.measures_proposed.setPlainText(d.measures_proposed)
        self.risk.setCurrentIndex(max(self.risk.findData(d.risk), 0))
        self.risk_reasoning.setPlainText(d.risk_reasoning)
        self.assessed_by.setText(d.assessed_by)
        self.advice.setPlainText(d.advice)
        offer_statuses(self.status, d)
        self.notified_at.set_value(d.notified_at)
        self.reference.setText(d.reference)
        self.delay_reasons.setPlainText(d.delay_reasons)
        self.not_notified_reason.setPlainText(d.not_notified_reason)
        self.follow_ups.set_follow_ups(d.follow_ups)
        self.controllers.set_notices(d.controllers)
        self.subjects_told.setCurrentIndex(max(self.subjects_told.findData(d.subjects_told), 0))
        self.subjects_told_at.set_value(d.subjects_told_at)
        self.subjects_told_how.setPlainText(d.subjects_told_how)
        self.art34_exception.setCurrentIndex(
            max(self.art34_exception.findData(d.art34_exception), 0)
        )

    def draft(self) -> BreachDraft:
        """What the form holds now."""

        return BreachDraft(
            id=self._draft.id,
            version=self._draft.version,
            title=self.title_edit.text(),
            role=self.role.currentData(),
            occurred_from=self.occurred_from.value(),
            occurred_to=self.occurred_to.value(),
            aware_at=moment_value(self.aware_at),
            discovered_by=self.discovered_by.text(),
            reported_by=self.reported_by.text(),
            description=self.description.toPlainText(),
            kinds=set(self.kinds.checked()),
            activity_ids=sorted(self.activities.checked()),
            party_ids=sorted(self.processors.checked()),
            subjects_count=count_value(self.subjects_count),
            records_count=count_value(self.records_count),
            special_categories=self.special_categories.isChecked(),
            criminal_offences=self.criminal_offences.isChecked(),
            cpr_numbers=self.cpr_numbers.isChecked(),
            consequences=self.consequences.toPlainText(),
            measures_taken=self.measures_taken.toPlainText(),
            measures_proposed=self.measures_proposed.toPlainText(),
            risk=self.risk.currentData(),
            risk_reasoning=self.risk_reasoning.toPlainText(),
            assessed_by=self.assessed_by.text(),
            advice=self.advice.toPlainText(),
            status=self.status.currentData(),
            notified_at=self.notified_at.value(),
            reference=self.reference.text(),
            delay_reasons=self.delay_reasons.toPlainText(),
            not_notified_reason=self.not_notified_reason.toPlainText(),
            follow_ups=self.follow_ups.follow_ups(),
            subjects_told=self.subjects_told.currentData(),
            subjects_told_at=self.subjects_told_at.value(),
            subjects_told_how=self.subjects_told_how.toPlainText(),
            art34_exception=self.art34_exception.currentData(),
            controllers=self.controllers.notices()
            if self.role.currentData() is BreachRole.PROCESSOR
            else [],
        )

    # -- what follows from the input ---------------------------------------------------------
    @Slot()
    def _update_role(self) -> None:
        processor = self.role.currentData() is BreachRole.PROCESSOR
        self.controllers.setEnabled(processor)
        self.pages.setTabEnabled(self.pages.count() - 1, not processor)

    @Slot()
    def _update_clock(self) -> None:
        deadline = notification_deadline(moment_value(self.aware_at))
        self.clock_label.setText(
            self.tr("Notify Datatilsynet by %1 (72 hours after awareness)").replace(
                "%1", format_moment(deadline)
            )
        )

    @Slot()
    def _update_proposal(self) -> None:
        chosen = [self._activity_views[i] for i in self.activities.checked()]
        subjects = sorted({s for v in chosen for s in v.data_subjects})
        data = sorted({name for v in chosen for name, _ in v.data_categories})
        self.proposal.setText(
            self.tr("From the register: %1 — %2")
            .replace("%1", ", ".join(subjects))
            .replace("%2", ", ".join(data))
            if chosen
            else ""
        )

    def store(self, draft: BreachDraft) -> int:
        """Save through the breach service."""
        return breaches.save(self._db, draft, now=self._now())

    def discard_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        return self.tr("You have changed the breach. Close without saving?")
