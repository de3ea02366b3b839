"""The field names and small editors of the activity form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from dpo_desk.domain.register import TEXT_LIMITS
from dpo_desk.domain.text import QT_TRANSLATE_NOOP

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


def tr_in(context: str, text: str) -> str:
    """`text` translated in `context`."""
    return QCoreApplication.translate(context, text)


def line_edit(name: str) -> QLineEdit:
    """A one-line field, as long as its column allows (domain.register.TEXT_LIMITS)."""
    edit = QLineEdit()
    edit.setMaxLength(TEXT_LIMITS[name])
    return edit


def text_edit(height: int = 70) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit
