"""The form of one processing activity: every Art. 30 field, validated at the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.legal import BY_CODE, LEGAL_BASES, basis_tooltip
from dpo_desk.domain.register import (
    DPIA_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    ActivityDraft,
    ControllerParty,
    Role,
    Transfer,
)
from dpo_desk.domain.retention import RULE_LABELS, RetentionRule
from dpo_desk.services import catalogue, register
from dpo_desk.ui.form import RecordForm, choice_label
from dpo_desk.ui.register.fields import (
    FIELD_LABELS,
    catalogue_list,
    controllers_editor,
    line_edit,
    text_edit,
    transfers_editor,
)
from dpo_desk.ui.register.subject_data import SubjectDataGrid
from dpo_desk.ui.tr import translated
from dpo_desk.ui.widgets import CheckList, OptionalDateEdit


class ActivityDialog(RecordForm):
    """Creates or edits one activity; saving is one transaction."""

    FIELD_LABELS = FIELD_LABELS
    DESCRIBED_BY = {
        "legal_bases": "legal_bases",
        "data_subject_ids": "data_subjects",
        "data_category_ids": "data_categories",
        "processor_ids": "processors",
        "recipient_ids": "recipients",
        "measure_ids": "measures",
        "role": "role",
        "status": "status",
        "dpia": "dpia",
    }

    def __init__(
        self,
        db: Database,
        draft: ActivityDraft,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.begin(
            draft,
            self.tr("New processing activity")
            if draft.id is None
            else self.tr("Processing activity: %1").replace("%1", draft.name),
            1040,
            700,
        )
        self._build_general()
        self._build_basis()
        self._build_categories()
        self._build_recipients()
        self._build_transfers()
        self._build_retention()
        self._build_assessment()
        self._build_controllers()
        self.finish(self.pages, draft)
        self.role.currentIndexChanged.connect(self._on_role)
        self._on_role()

    # -- pages ---------------------------------------------------------------------
    def _build_general(self) -> None:
        form = self.page(
            self.tr("General"),
            ["name", "purposes", "owner", "status", "source", "joint_controller", "representative"],
        )
        self.name = line_edit("name")
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(translated("Register", label), role)
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translated("Register", label), status)
        self.purposes = text_edit(90)
        self.owner = line_edit("owner")
        self.source = line_edit("source")
        self.joint_controller = line_edit("joint_controller")
        self.joint_controller.setPlaceholderText(
            self.tr("Name and contact details, where the purposes and means are decided jointly")
        )
        self.representative = line_edit("representative")
        self.representative.setPlaceholderText(
            self.tr("Name and contact details of the representative in the EU (Art. 27), if any")
        )
        self.source.setPlaceholderText(self.tr("e.g. the data subject, the employer, the utility"))
        self.messages.add_row(form, self.tr("Name"), "name", self.name)
        form.addRow(self.tr("Role"), self.role)
        self.messages.add_row(form, self.tr("Purposes"), "purposes", self.purposes)
        self.messages.add_row(form, self.tr("Owner in the organisation"), "owner", self.owner)
        self.messages.add_row(form, self.tr("Status"), "status", self.status)
        self.messages.add_row(form, self.tr("Source of the data"), "source", self.source)
        self.messages.add_row(
            form, self.tr("Joint controller"), "joint_controller", self.joint_controller
        )
        self.messages.add_row(
            form, self.tr("Representative"), "representative", self.representative
        )

    def _build_basis(self) -> None:
        form = self.page(self.tr("Legal basis"), ["legal_bases", "consent_note"])
        self.legal_bases = CheckList()
        self.legal_bases.list.setMinimumHeight(260)
        self.consent_note = text_edit()
        self.consent_note.setPlaceholderText(
            self.tr("How consent is collected, recorded and withdrawn")
        )
        self.messages.add_row(form, self.tr("Legal bases"), "legal_bases", self.legal_bases)
        self.messages.add_row(
            form, self.tr("How consent is recorded"), "consent_note", self.consent_note
        )

    def _build_categories(self) -> None:
        form = self.page(
            self.tr("Data subjects and data"), ["data_subjects", "data_categories", "subject_data"]
        )
        self.data_subjects = catalogue_list(self._db, "data_subject", self.tr("New category…"))
        self.data_categories = catalogue_list(self._db, "data_category", self.tr("New category…"))
        self.subject_data = SubjectDataGrid()
        self.subject_data.setToolTip(
            self.tr(
                "Untick a category of data that does not concern a category of data "
                "subjects. By default every category concerns every data subject."
            )
        )
        self.messages.add_row(
            form, self.tr("Categories of data subjects"), "data_subjects", self.data_subjects
        )
        self.messages.add_row(
            form, self.tr("Categories of personal data"), "data_categories", self.data_categories
        )
        self.messages.add_row(
            form, self.tr("Which data about whom"), "subject_data", self.subject_data
        )
        self.data_subjects.changed.connect(self._on_categories)
        self.data_categories.changed.connect(self._on_categories)

    def _build_recipients(self) -> None:
        form = self.page(self.tr("Recipients"), ["processors", "recipients"])
        self.processors = CheckList()
        self.processors.set_entries(
            [(p.id, p.name, "") for p in catalogue.processors(self._db)], []
        )
        self.recipients = catalogue_list(self._db, "recipient", self.tr("New recipient…"))
        self.messages.add_row(form, self.tr("Processors"), "processors", self.processors)
        self.messages.add_row(form, self.tr("Other recipients"), "recipients", self.recipients)

    def _build_transfers(self) -> None:
        form = self.page(self.tr("Third countries"), ["transfers"])
        self.transfers = transfers_editor()
        hint = QLabel(
            self.tr(
                "Transfers outside the EU/EEA (GDPR chapter V). Leave empty when there are none."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.messages.add_row(form, self.tr("Transfers"), "transfers", self.transfers)

    def _build_retention(self) -> None:
        form = self.page(
            self.tr("Erasure and security"),
            ["retention_text", "retention_rule", "measures_text", "measures"],
        )
        self.retention_text = text_edit()
        self.rule_kind = QComboBox()
        for kind, label in RULE_LABELS.items():
            self.rule_kind.addItem(translated("Retention", label), kind)
        self.rule_amount = QSpinBox()
        self.rule_amount.setRange(0, 100)
        rule = QWidget()
        rule_layout = QHBoxLayout(rule)
        rule_layout.setContentsMargins(0, 0, 0, 0)
        rule_layout.addWidget(self.rule_kind, 1)
        rule_layout.addWidget(QLabel(self.tr("N =")))
        rule_layout.addWidget(self.rule_amount)
        self.measures_text = text_edit()
        self.measures = catalogue_list(self._db, "measure", self.tr("New measure…"))
        self.messages.add_row(
            form, self.tr("Time limit for erasure"), "retention_text", self.retention_text
        )
        self.messages.add_row(
            form, self.tr("Rule for the deletion calendar"), "retention_rule", rule
        )
        self.messages.add_row(
            form, self.tr("Security measures (Art. 32)"), "measures_text", self.measures_text
        )
        self.messages.add_row(form, self.tr("Measures"), "measures", self.measures)

    def _build_assessment(self) -> None:
        form = self.page(
            self.tr("Assessment"),
            [
                "automated",
                "automated_description",
                "dpia",
                "dpia_date",
                "dpia_outcome",
                "last_reviewed",
                "next_review",
                "notes",
            ],
        )
        self.automated = QCheckBox(self.tr("Automated decisions or profiling"))
        self.automated_description = text_edit(50)
        self.dpia = QComboBox()
        for need, label in DPIA_LABELS.items():
            self.dpia.addItem(translated("Register", label), need)
        self.dpia_date = OptionalDateEdit(self.tr("Carried out"))
        self.dpia_outcome = text_edit(50)
        self.last_reviewed = OptionalDateEdit(self.tr("Date"))
        self.next_review = OptionalDateEdit(self.tr("Date"))
        self.notes = text_edit()
        form.addRow(self.automated)
        self.messages.add_row(
            form, self.tr("Description"), "automated_description", self.automated_description
        )
        form.addRow(self.tr("DPIA needed"), self.dpia)
        self.messages.add_row(form, self.tr("DPIA"), "dpia_date", self.dpia_date)
        self.messages.add_row(form, self.tr("DPIA outcome"), "dpia_outcome", self.dpia_outcome)
        self.messages.add_row(form, self.tr("Last reviewed"), "last_reviewed", self.last_reviewed)
        self.messages.add_row(form, self.tr("Next review"), "next_review", self.next_review)
        self.messages.add_row(form, self.tr("Notes"), "notes", self.notes)

    def _build_controllers(self) -> None:
        form = self.page(self.tr("As processor"), ["controllers"])
        self.controllers = controllers_editor()
        hint = QLabel(
            self.tr(
                "Art. 30(2): the controllers on whose behalf we process, and the "
                "categories of processing done for each."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.messages.add_row(form, self.tr("Controllers"), "controllers", self.controllers)
        self._controllers_page = self._pages["controllers"]

    # -- data ----------------------------------------------------------------------
    def _show(self, d: ActivityDraft) -> None:
        self.name.setText(d.name)
        self.role.setCurrentIndex(self.role.findData(d.role))
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.purposes.setPlainText(d.purposes)
        self.owner.setText(d.owner)
        self.source.setText(d.source)
        self.joint_controller.setText(d.joint_controller)
        self.representative.setText(d.representative)
        self._show_bases(d.legal_bases)
        self.consent_note.setPlainText(d.consent_note)
        for checklist, ids in (
            (self.data_subjects, d.data_subject_ids),
            (self.data_categories, d.data_category_ids),
            (self.processors, d.processor_ids),
            (self.recipients, d.recipient_ids),
            (self.measures, d.measure_ids),
        ):
            checklist.set_checked_only(ids)
        subjects, categories = self._chosen()
        self.subject_data.set_links(subjects, categories, d.subject_data)
        self.transfers.set_rows(
            [
                [t.country, t.recipient, t.safeguard, t.scc_module, t.documentation]
                for t in d.transfers
            ]
        )
        self.retention_text.setPlainText(d.retention_text)
        self.rule_kind.setCurrentIndex(self.rule_kind.findData(d.retention_rule.kind))
        self.rule_amount.setValue(d.retention_rule.amount)
        self.measures_text.setPlainText(d.measures_text)
        self.automated.setChecked(d.automated_decisions)
        self.automated_description.setPlainText(d.automated_description)
        self.dpia.setCurrentIndex(self.dpia.findData(d.dpia))
        self.dpia_date.set_value(d.dpia_date)
        self.dpia_outcome.setPlainText(d.dpia_outcome)
        self.last_reviewed.set_value(d.last_reviewed)
        self.next_review.set_value(d.next_review)
        self.notes.setPlainText(d.notes)
        self.controllers.set_rows([[c.name, c.cvr, c.contact, c.processing] for c in d.controllers])

    def draft(self) -> ActivityDraft:
        """What the form holds now."""
        role = self.role.currentData()
        return ActivityDraft(
            id=self._draft.id,
            version=self._draft.version,
            name=self.name.text(),
            role=role,
            purposes=self.purposes.toPlainText(),
            legal_bases=self.legal_bases.checked(),
            consent_note=self.consent_note.toPlainText(),
            data_subject_ids=self.data_subjects.checked(),
            data_category_ids=self.data_categories.checked(),
            subject_data=self.subject_data.links(),
            source=self.source.text(),
            processor_ids=self.processors.checked(),
            recipient_ids=self.recipients.checked(),
            transfers=[
                Transfer(country, recipient, safeguard, module, documentation)
                for country, recipient, safeguard, module, documentation in self.transfers.rows()
            ],
            retention_text=self.retention_text.toPlainText(),
            retention_rule=RetentionRule(self.rule_kind.currentData(), self.rule_amount.value()),
            measures_text=self.measures_text.toPlainText(),
            measure_ids=self.measures.checked(),
            automated_decisions=self.automated.isChecked(),
            automated_description=self.automated_description.toPlainText(),
            dpia=self.dpia.currentData(),
            dpia_date=self.dpia_date.value(),
            dpia_outcome=self.dpia_outcome.toPlainText(),
            owner=self.owner.text(),
            last_reviewed=self.last_reviewed.value(),
            next_review=self.next_review.value(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            joint_controller=self.joint_controller.text(),
            representative=self.representative.text(),
            controllers=[ControllerParty(*values) for values in self.controllers.rows()]
            if role is Role.PROCESSOR
            else [],
        )

    def _show_bases(self, codes: list[str]) -> None:
        """The grounds to choose from, with an older record's retired code where it has
        one (so that nothing stored is dropped unseen)."""
        bases = list(LEGAL_BASES) + [
            BY_CODE[c] for c in codes if c in BY_CODE and BY_CODE[c] not in LEGAL_BASES
        ]
        self.legal_bases.set_entries(
            [(b.code, translated("Legal", b.label), basis_tooltip(b, translated)) for b in bases],
            codes,
        )

    def _chosen(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """The ticked subjects and categories, each as (id, label)."""

        def ticked(checklist: CheckList) -> list[tuple[int, str]]:
            ids = checklist.checked()
            return [(i, checklist.labels_of([i])) for i in ids]

        return ticked(self.data_subjects), ticked(self.data_categories)

    @Slot()
    def _on_categories(self) -> None:
        self.subject_data.set_axes(*self._chosen())

    @Slot()
    def _on_role(self) -> None:
        processor = self.role.currentData() is Role.PROCESSOR
        self.pages.setTabEnabled(self._controllers_page, processor)
        self.joint_controller.setEnabled(not processor)  # Art. 30(1)(a): the controller's

    # -- saving --------------------------------------------------------------------
    def store(self, draft: ActivityDraft) -> int:
        """Save through the register's service."""
        return register.save(self._db, draft, today=self._today())

    def describe_field(self, name: str, value: Any) -> str | None:
        """The erasure rule as the form shows it; the rest as every form does."""
        if name == "retention_rule":
            kind = choice_label(self.rule_kind, value.kind) or ""
            return f"{kind} (N = {value.amount})" if value.amount else kind
        if name == "subject_data":
            return self.subject_data.describe(value)
        return super().describe_field(name, value)

    def discard_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        return self.tr("You have changed the activity. Close without saving?")
