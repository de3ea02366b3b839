"""The form of one agreement party: the party, the agreement, sub-processors, transfers,
and supervision with Datatilsynet's point scale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.processor_titles import PROCESSORS
from dpo_desk.domain.processors import (
    DIRECTION_LABELS,
    PARTY_LIMITS,
    SUB_PROCESSOR_LIMITS,
    TRANSFER_LIMITS,
    Direction,
    PartyDraft,
    PartyTransfer,
    SubProcessor,
)
from dpo_desk.domain.register import SAFEGUARD_LABELS, SCC_MODULES
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services import attachments, processors, register
from dpo_desk.ui.form import RecordForm
from dpo_desk.ui.processors.supervision_page import SupervisionPage
from dpo_desk.ui.rows_editor import RowColumn, RowsEditor
from dpo_desk.ui.tr import translated
from dpo_desk.ui.widgets import CheckList, OptionalDateEdit

# What the conflict dialog calls each field: the party table's titles, and what the form
# edits beyond its columns.
FIELD_LABELS = {
    **PROCESSORS.tables["processor"].fields,
    "activity_ids": QT_TRANSLATE_NOOP("Fields", "Processing activities"),
    "sub_processors": QT_TRANSLATE_NOOP("Fields", "Sub-processors"),
    "transfers": QT_TRANSLATE_NOOP("Fields", "Transfers to third countries"),
    "scoring": QT_TRANSLATE_NOOP("Fields", "Point scale"),
}


def agreement_filter() -> str:
    """The file dialog's filter for a signed agreement: PDF and office documents first."""
    return ";;".join(
        (
            QCoreApplication.translate(
                "PartyDialog", "Agreements (*.pdf *.docx *.doc *.odt *.rtf)"
            ),
            QCoreApplication.translate("PartyDialog", "PDF documents (*.pdf)"),
            QCoreApplication.translate("PartyDialog", "All files (*)"),
        )
    )


class PartyDialog(SupervisionPage, RecordForm):
    """Creates or edits one party of an Art. 28 agreement."""

    FIELD_LABELS = FIELD_LABELS
    DESCRIBED_BY = {"activity_ids": "activities", "direction": "direction", "risk": "risk"}

    def __init__(
        self,
        db: Database,
        draft: PartyDraft,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.begin(
            draft,
            self.tr("New agreement party")
            if draft.id is None
            else self.tr("Agreement party: %1").replace("%1", draft.name),
            1000,
            660,
        )
        self._build_party()
        self._build_agreement()
        self._build_sub_processors()
        self._build_transfers()
        self._build_supervision()
        self.finish(self.pages, draft)
        self.direction.currentIndexChanged.connect(self._on_direction)
        self._on_direction()
        self._update_scoring()

    def _page(self, title: str, fields: list[str]) -> QFormLayout:
        return self.page(title, fields)

    def _build_party(self) -> None:
        form = self._page(
            self.tr("Party"),
            ["name", "country", "cvr", "foreign_id", "address", "contact_person", "email"]
            + ["phone", "notes"],
        )
        self.name, self.cvr, self.foreign_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.country, self.address = QLineEdit(), QLineEdit()
        self.contact_person, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.country.setPlaceholderText("DK")
        self.direction = QComboBox()
        for direction, label in DIRECTION_LABELS.items():
            self.direction.addItem(translated("Processors", label), direction)
        self.retired = QCheckBox(self.tr("No longer used (retired)"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.messages.add_row(form, self.tr("Name"), "name", self.name)
        form.addRow(self.tr("Direction"), self.direction)
        self.messages.add_row(form, self.tr("Country (ISO code)"), "country", self.country)
        self.messages.add_row(form, self.tr("CVR number"), "cvr", self.cvr)
        self.cvr.setToolTip(self.tr("The CVR number; the VAT number (DK + CVR) is accepted."))
        self.messages.add_row(
            form, self.tr("Foreign company number"), "foreign_id", self.foreign_id
        )
        self.messages.add_row(form, self.tr("Address"), "address", self.address)
        self.messages.add_row(
            form, self.tr("Contact person"), "contact_person", self.contact_person
        )
        self.messages.add_row(form, self.tr("E-mail"), "email", self.email)
        self.messages.add_row(form, self.tr("Phone"), "phone", self.phone)
        for name in ("name", "cvr", "foreign_id", "country", "address", "contact_person"):
            getattr(self, name).setMaxLength(PARTY_LIMITS[name])
        self.email.setMaxLength(PARTY_LIMITS["email"])
        self.phone.setMaxLength(PARTY_LIMITS["phone"])
        self.messages.add_row(form, self.tr("Notes"), "notes", self.notes)
        form.addRow(self.retired)

    def _build_agreement(self) -> None:
        form = self._page(
            self.tr("Agreement"),
            ["service", "data_description", "agreement_signed", "agreement_version"]
            + ["agreement_end", "notice_period", "activities"],
        )
        self.service = QLineEdit()
        self.data_description = QPlainTextEdit()
        self.data_description.setFixedHeight(60)
        self.data_description.setTabChangesFocus(True)
        self.signed = OptionalDateEdit(self.tr("Signed"))
        self.version_text = QLineEdit()
        self.end = OptionalDateEdit(self.tr("Date"))
        self.notice = QLineEdit()
        self.document_label = QLabel()
        self.attach_button = QPushButton(self.tr("Attach signed agreement…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.attach_button.clicked.connect(self._attach)
        self.open_button.clicked.connect(self._open_document)
        document = QWidget()
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document_label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.open_button)
        self.activities = CheckList()
        self.activities.set_entries([(r.id, r.name, "") for r in register.rows(self._db)], [])
        self.activities_hint = QLabel()
        self.activities_hint.setWordWrap(True)
        self.service.setMaxLength(PARTY_LIMITS["service"])
        self.version_text.setMaxLength(PARTY_LIMITS["agreement_version"])
        self.notice.setMaxLength(PARTY_LIMITS["notice_period"])
        self.messages.add_row(form, self.tr("Service"), "service", self.service)
        self.messages.add_row(
            form,
            self.tr("Data and data subjects it touches"),
            "data_description",
            self.data_description,
        )
        self.messages.add_row(form, self.tr("Agreement"), "agreement_signed", self.signed)
        self.messages.add_row(form, self.tr("Version"), "agreement_version", self.version_text)
        self.messages.add_row(form, self.tr("End or renewal"), "agreement_end", self.end)
        self.messages.add_row(form, self.tr("Notice period"), "notice_period", self.notice)
        form.addRow(self.tr("Signed document"), document)
        self.messages.add_row(form, self.tr("Processing activities"), "activities", self.activities)
        form.addRow(self.activities_hint)

    def _build_sub_processors(self) -> None:
        form = self._page(self.tr("Sub-processors"), ["sub_processors"])
        authorisation = [(True, self.tr("General")), (False, self.tr("Specific"))]
        self.sub_processors = RowsEditor(
            [
                RowColumn(self.tr("Name"), max_length=SUB_PROCESSOR_LIMITS["name"]),
                RowColumn(self.tr("Country"), max_length=SUB_PROCESSOR_LIMITS["country"]),
                RowColumn(
                    self.tr("Service"), stretch=True, max_length=SUB_PROCESSOR_LIMITS["service"]
                ),
                RowColumn(self.tr("Approved"), date=True),
                RowColumn(self.tr("Authorisation"), authorisation),
            ],
            add_label=self.tr("Add sub-processor"),
            remove_label=self.tr("Remove"),
        )
        self.messages.add_row(
            form, self.tr("Sub-processors"), "sub_processors", self.sub_processors
        )

    def _build_transfers(self) -> None:
        form = self._page(self.tr("Third countries"), ["transfers"])
        tools = [(None, "")] + [
            (s, translated("Register", label)) for s, label in SAFEGUARD_LABELS.items()
        ]
        self.transfers = RowsEditor(
            [
                RowColumn(self.tr("Country"), max_length=TRANSFER_LIMITS["country"]),
                RowColumn(self.tr("Transfer tool"), tools),
                RowColumn(self.tr("SCC module"), [(None, "")] + [(m, str(m)) for m in SCC_MODULES]),
                RowColumn(self.tr("TIA date"), date=True),
                RowColumn(self.tr("TIA outcome"), max_length=TRANSFER_LIMITS["tia_outcome"]),
                RowColumn(
                    self.tr("Data transferred"), stretch=True, max_length=TRANSFER_LIMITS["data"]
                ),
            ],
            add_label=self.tr("Add transfer"),
            remove_label=self.tr("Remove"),
        )
        self.messages.add_row(form, self.tr("Transfers"), "transfers", self.transfers)

    # -- data ----------------------------------------------------------------------
    def _show(self, d: PartyDraft) -> None:
        self.name.setText(d.name)
        self.direction.setCurrentIndex(self.direction.findData(d.direction))
        self.country.setText(d.country)
        self.cvr.setText(d.cvr)
        self.foreign_id.setText(d.foreign_id)
        self.address.setText(d.address)
        self.contact_person.setText(d.contact_person)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.notes.setPlainText(d.notes)
        self.retired.setChecked(d.retired)
        self.service.setText(d.service)
        self.data_description.setPlainText(d.data_description)
        self.signed.set_value(d.agreement_signed)
        self.version_text.setText(d.agreement_version)
        self.end.set_value(d.agreement_end)
        self.notice.setText(d.notice_period)
        for activity_id in d.activity_ids:
            self.activities.set_checked(activity_id)
        self.sub_processors.set_rows(
            [
                [s.name, s.country, s.service, s.approved, s.general_authorisation]
                for s in d.sub_processors
            ]
        )
        self.transfers.set_rows(
            [
                [t.country, t.tool, t.scc_module, t.tia_date, t.tia_outcome, t.data]
                for t in d.transfers
            ]
        )
        self.data_subjects.setValue(d.scoring.data_subjects)
        self.special_categories.setChecked(d.scoring.special_categories)
        self.special_nature.setChecked(d.scoring.special_nature)
        self.third_country.setChecked(d.scoring.third_country)
        self.risk.setCurrentIndex(self.risk.findData(d.risk))
        self.override.set_value(d.next_supervision_override)
        self._show_document()
        self._show_rounds()

    def draft(self) -> PartyDraft:
        """What the form holds now."""
        direction = self.direction.currentData()
        return PartyDraft(
            id=self._draft.id,
            version=self._draft.version,
            name=self.name.text(),
            direction=direction,
            cvr=self.cvr.text(),
            foreign_id=self.foreign_id.text(),
            country=self.country.text(),
            address=self.address.text(),
            contact_person=self.contact_person.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            service=self.service.text(),
            data_description=self.data_description.toPlainText(),
            activity_ids=sorted(self.activities.checked())
            if direction is Direction.WE_ARE_CONTROLLER
            else [],
            agreement_signed=self.signed.value(),
            agreement_version=self.version_text.text(),
            agreement_end=self.end.value(),
            notice_period=self.notice.text(),
            sub_processors=[SubProcessor(*row) for row in self.sub_processors.rows()],
            transfers=[PartyTransfer(*row) for row in self.transfers.rows()],
            risk=self.risk.currentData(),
            scoring=self._scoring(),
            next_supervision_override=self.override.value(),
            retired=self.retired.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def _show_document(self) -> None:
        saved = self._draft.id is not None
        self.attach_button.setEnabled(saved)
        state, _path = (
            processors.agreement_state(self._db, self._draft.id)
            if saved
            else (attachments.FileState.NONE, None)
        )
        texts = {
            attachments.FileState.NONE: self.tr("No document attached.")
            if saved
            else self.tr("Save the party first, then attach its signed agreement."),
            attachments.FileState.OK: self.tr("Attached; unchanged since it was stored."),
            attachments.FileState.CHANGED: self.tr(
                "Warning: the stored file has changed since it was attached."
            ),
            attachments.FileState.MISSING: self.tr("Warning: the stored file is missing."),
        }
        self.document_label.setText(texts[state])
        self.document_label.setStyleSheet(
            "color: #b3261e;"
            if state in (attachments.FileState.CHANGED, attachments.FileState.MISSING)
            else ""
        )
        self.open_button.setEnabled(
            state in (attachments.FileState.OK, attachments.FileState.CHANGED)
        )

    @Slot()
    def _attach(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signed agreement"), "", agreement_filter()
        )
        if chosen and self._draft.id is not None:
            from pathlib import Path

            processors.attach_agreement(self._db, self._draft.id, Path(chosen))
            self._draft.version = processors.draft(self._db, self._draft.id).version
            self._show_document()

    @Slot()
    def _open_document(self) -> None:
        if self._draft.id is None:
            return
        _state, path = processors.agreement_state(self._db, self._draft.id)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def _on_direction(self) -> None:
        ours = self.direction.currentData() is Direction.WE_ARE_CONTROLLER
        self.activities.setEnabled(ours)
        self.activities_hint.setText(
            ""
            if ours
            else self.tr(
                "We process for this controller: the activities are those "
                "of the register that name it as controller."
            )
        )
        self._update_scoring()

    # -- saving --------------------------------------------------------------------
    def store(self, draft: PartyDraft) -> int:
        """Save through the processors' service."""
        return processors.save(self._db, draft, today=self._today())

    def discard_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        return self.tr("You have changed the party. Close without saving?")
