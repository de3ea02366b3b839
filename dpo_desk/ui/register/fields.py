"""The field names and the editors of the activity form that need nothing of the form:
lines, texts, the catalogue's check lists and the rows of transfers and controllers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from dpo_desk.db.session import Database
from dpo_desk.domain.register import (
    SAFEGUARD_LABELS,
    SCC_MODULES,
    SENSITIVITY_LABELS,
    SENSITIVITY_MARKERS,
    TEXT_LIMITS,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services import catalogue
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.rows_editor import RowColumn, RowsEditor
from dpo_desk.ui.tr import translated
from dpo_desk.ui.widgets import CheckList, limited_line, text_edit  # noqa: F401 (the form's)

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "purposes": QT_TRANSLATE_NOOP("Fields", "Purposes"),
    "legal_bases": QT_TRANSLATE_NOOP("Fields", "Legal bases"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "retention_text": QT_TRANSLATE_NOOP("Fields", "Time limit for erasure"),
    "next_review": QT_TRANSLATE_NOOP("Fields", "Next review"),
    "last_reviewed": QT_TRANSLATE_NOOP("Fields", "Last reviewed"),
    "consent_note": QT_TRANSLATE_NOOP("Fields", "How consent is obtained"),
    "data_subject_ids": QT_TRANSLATE_NOOP("Fields", "Categories of data subjects"),
    "data_category_ids": QT_TRANSLATE_NOOP("Fields", "Categories of personal data"),
    "processor_ids": QT_TRANSLATE_NOOP("Fields", "Processors"),
    "recipient_ids": QT_TRANSLATE_NOOP("Fields", "Recipients"),
    "transfers": QT_TRANSLATE_NOOP("Fields", "Transfers to third countries"),
    "retention_rule": QT_TRANSLATE_NOOP("Fields", "Erasure rule"),
    "measures_text": QT_TRANSLATE_NOOP("Fields", "Security measures (description)"),
    "measure_ids": QT_TRANSLATE_NOOP("Fields", "Security measures"),
    "automated_decisions": QT_TRANSLATE_NOOP("Fields", "Automated decisions"),
    "automated_description": QT_TRANSLATE_NOOP("Fields", "Automated decisions (description)"),
    "dpia": QT_TRANSLATE_NOOP("Fields", "Impact assessment (DPIA)"),
    "dpia_date": QT_TRANSLATE_NOOP("Fields", "DPIA date"),
    "dpia_outcome": QT_TRANSLATE_NOOP("Fields", "DPIA outcome"),
    "controllers": QT_TRANSLATE_NOOP("Fields", "Controllers we process for"),
    "joint_controller": QT_TRANSLATE_NOOP("Fields", "Joint controller"),
    "representative": QT_TRANSLATE_NOOP("Fields", "Representative"),
    "subject_data": QT_TRANSLATE_NOOP("Fields", "Which data about whom"),
}


def line_edit(name: str) -> QLineEdit:
    """A one-line field, as long as its column allows (domain.register.TEXT_LIMITS)."""
    return limited_line(TEXT_LIMITS[name])


def catalogue_list(db: Database, kind: str, label: str) -> CheckList:
    """The entries of one of the catalogue's lists to tick, with a button `label` that
    adds a new entry."""

    def add(name: str) -> int | None:
        try:
            key = catalogue.add(db, kind, name)
        except ValidationFailedError:
            return None
        refill(db, checklist, kind)
        return key

    checklist = CheckList(add_label=label, add=add)
    refill(db, checklist, kind)
    return checklist


def refill(db: Database, checklist: CheckList, kind: str) -> None:
    """The list's entries read again, the ticks kept; a sensitive kind of data is marked."""
    checked = checklist.checked()
    entries = []
    for entry in catalogue.entries(db, kind):
        label, tooltip = entry.name, ""
        marker = SENSITIVITY_MARKERS.get(entry.sensitivity) if entry.sensitivity else None
        if marker and entry.sensitivity:
            shown = translated("Register", marker)
            label = f"{label} ({shown})"
            tooltip = translated("Register", SENSITIVITY_LABELS[entry.sensitivity])
        entries.append((entry.id, label, tooltip))
    checklist.set_entries(entries, checked)


def transfers_editor() -> RowsEditor:
    """The rows of transfers to third countries."""
    safeguards = [(None, "")] + [
        (s, translated("Register", label)) for s, label in SAFEGUARD_LABELS.items()
    ]
    modules = [(None, "")] + [(m, str(m)) for m in SCC_MODULES]
    return RowsEditor(
        [
            RowColumn(QCoreApplication.translate("ActivityDialog", "Country")),
            RowColumn(QCoreApplication.translate("ActivityDialog", "Recipient")),
            RowColumn(QCoreApplication.translate("ActivityDialog", "Safeguard"), safeguards),
            RowColumn(QCoreApplication.translate("ActivityDialog", "SCC module"), modules),
            RowColumn(QCoreApplication.translate("ActivityDialog", "Documentation"), stretch=True),
        ],
        add_label=QCoreApplication.translate("ActivityDialog", "Add transfer"),
        remove_label=QCoreApplication.translate("ActivityDialog", "Remove"),
    )


def controllers_editor() -> RowsEditor:
    """The rows of controllers on whose behalf we process (Art. 30(2))."""
    return RowsEditor(
        [
            RowColumn(QCoreApplication.translate("ActivityDialog", "Controller")),
            RowColumn(QCoreApplication.translate("ActivityDialog", "CVR")),
            RowColumn(QCoreApplication.translate("ActivityDialog", "Contact")),
            RowColumn(
                QCoreApplication.translate("ActivityDialog", "Processing done for it"),
                stretch=True,
            ),
        ],
        add_label=QCoreApplication.translate("ActivityDialog", "Add controller"),
        remove_label=QCoreApplication.translate("ActivityDialog", "Remove"),
    )
