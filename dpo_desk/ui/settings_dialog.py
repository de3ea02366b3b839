"""The organisation's settings: name, CVR, contacts, the DPO and the financial year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.services import organisation
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.form import FieldMessages, may_discard


class SettingsDialog(QDialog):
    """Edits the organisation's settings; saves them in one transaction."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Organisation settings"))
        self.setMinimumWidth(520)
        self.messages = FieldMessages()
        self.edits: dict[str, QLineEdit] = {}

        organisation_box = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(organisation_box)
        for name, label in (
            ("name", self.tr("Name")),
            ("cvr", self.tr("CVR number")),
            ("address", self.tr("Address")),
            ("postal_code", self.tr("Postal code")),
            ("city", self.tr("City")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("website", self.tr("Website")),
            ("contact_person", self.tr("Contact person")),
        ):
            self._add_edit(form, name, label)
        self.edits["cvr"].setPlaceholderText("12 34 56 78")

        dpo_box = QGroupBox(self.tr("Data protection officer"))
        dpo_form = QFormLayout(dpo_box)
        for name, label in (
            ("dpo_name", self.tr("Name")),
            ("dpo_email", self.tr("E-mail")),
            ("dpo_phone", self.tr("Phone")),
        ):
            self._add_edit(dpo_form, name, label)

        year_box = QGroupBox(self.tr("Financial year"))
        year_form = QFormLayout(year_box)
        self.fiscal_day = QSpinBox()
        self.fiscal_day.setRange(1, 31)
        self.fiscal_month = QComboBox()
        locale = QLocale()
        for month in range(1, 13):
            self.fiscal_month.addItem(locale.standaloneMonthName(month), month)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.fiscal_day)
        row_layout.addWidget(self.fiscal_month, 1)
        self.messages.add_row(year_form, self.tr("Last day"), "fiscal_year_end_day", row)

        backup_box = QGroupBox(self.tr("Backups and reviews"))
        backup_form = QFormLayout(backup_box)
        self.generations = QSpinBox()
        self.generations.setRange(1, 365)
        self.generations.setValue(organisation.backup_generations(db))
        self.generations.setToolTip(
            self.tr(
                "A backup is made at start (once a day), before "
                "every migration and before a restore."
            )
        )
        backup_form.addRow(self.tr("Backups to keep"), self.generations)
        self.review_months = QSpinBox()
        self.review_months.setRange(1, 120)
        self.review_months.setSuffix(self.tr(" months"))
        from dpo_desk.services import consents

        self.review_months.setValue(consents.review_months(db))
        backup_form.addRow(self.tr("Re-confirm health consents after"), self.review_months)
        self.form_years = QSpinBox()
        self.form_years.setRange(0, 30)
        self.form_years.setSuffix(self.tr(" years"))
        self.form_years.setValue(consents.form_years(db))
        self.form_years.setToolTip(
            self.tr(
                "After a withdrawal the signed consent form is kept to the end of the "
                "financial year of the withdrawal plus this many years, then erased."
            )
        )
        backup_form.addRow(self.tr("Keep signed consent forms after withdrawal"), self.form_years)
        from dpo_desk.domain.processors import RISK_LABELS
        from dpo_desk.services import processors

        self.intervals: dict[object, QSpinBox] = {}
        current = processors.intervals(db)
        for risk, label in RISK_LABELS.items():
            spin = QSpinBox()
            spin.setRange(1, 120)
            spin.setSuffix(self.tr(" months"))
            spin.setValue(current[risk])
            self.intervals[risk] = spin
            backup_form.addRow(
                self.tr("Supervise processors at risk “%1” every").replace(
                    "%1", QCoreApplication.translate("Processors", label)
                ),
                spin,
            )
        retention_box = self._retention_box(db)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for box in (organisation_box, dpo_box, year_box, backup_box, retention_box):
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self._loaded = organisation.load(db)
        self._show(self._loaded)

    def _retention_box(self, db: Database) -> QGroupBox:
        """How long the program keeps what it holds about people, each with its reason."""
        from dpo_desk.domain import housekeeping as rules
        from dpo_desk.services import housekeeping

        box = QGroupBox(self.tr("What the program keeps about people"))
        grid = QGridLayout(box)
        request_years, breach_years = housekeeping.periods(db)
        self.request_years = QSpinBox()
        self.breach_years = QSpinBox()
        rows = (
            (
                self.tr("Closed subject requests"),
                self.request_years,
                request_years,
                rules.REQUEST_REASON,
            ),
            (self.tr("Closed breaches"), self.breach_years, breach_years, rules.BREACH_REASON),
        )
        for row, (label, spin, value, reason) in enumerate(rows):
            spin.setRange(1, rules.MAX_YEARS)
            spin.setSuffix(self.tr(" years"))
            spin.setValue(value)
            why = QLabel(QCoreApplication.translate("Housekeeping", reason))
            why.setWordWrap(True)
            caption = QLabel(label)
            caption.setBuddy(spin)
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(why, row, 2)
        consent = QLabel(QCoreApplication.translate("Housekeeping", rules.CONSENT_REASON))
        consent.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Withdrawn consents")), len(rows), 0)
        grid.addWidget(consent, len(rows), 1, 1, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _add_edit(self, form: QFormLayout, name: str, label: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.edits[name] = edit
        self.messages.add_row(form, label, name, edit)

    def _show(self, details: OrganisationDetails) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(details, name))
        self.fiscal_day.setValue(details.fiscal_year_end_day)
        self.fiscal_month.setCurrentIndex(details.fiscal_year_end_month - 1)

    def details(self) -> OrganisationDetails:
        """What the form holds now."""
        values = {name: edit.text() for name, edit in self.edits.items()}
        return OrganisationDetails(
            **values,
            fiscal_year_end_day=self.fiscal_day.value(),
            fiscal_year_end_month=int(self.fiscal_month.currentData()),
        )

    @Slot()
    def save(self) -> None:
        """Validate and save; on errors, show them at the fields and keep the input."""
        try:
            organisation.save(self._db, self.details())
        except ValidationFailedError as error:
            self.messages.show(error.errors)
            return
        organisation.set_backup_generations(self._db, self.generations.value())
        from dpo_desk.services import consents

        consents.set_review_months(self._db, self.review_months.value())
        consents.set_form_years(self._db, self.form_years.value())
        from dpo_desk.services import housekeeping

        housekeeping.set_periods(
            self._db,
            request_years=self.request_years.value(),
            breach_years=self.breach_years.value(),
        )
        from dpo_desk.services import processors

        processors.set_intervals(
            self._db, {risk: spin.value() for risk, spin in self.intervals.items()}
        )
        self.messages.show({})
        self.accept()

    def reject(self) -> None:
        """Ask before throwing away edits."""
        if not may_discard(
            self,
            changed=self.details() != self._loaded,
            title=self.tr("Discard changes?"),
            question=self.tr("You have changed the settings. Close without saving?"),
        ):
            return
        super().reject()
