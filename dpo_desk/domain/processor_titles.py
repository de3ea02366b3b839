"""What a person calls each table and field of the processor register (see
domain/titles.py, which lists every register)."""

from __future__ import annotations

from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.domain.title_model import Register, Table

PROCESSORS = Register(
    QT_TRANSLATE_NOOP("Tables", "Processors"),
    {
        "processor": Table(
            QT_TRANSLATE_NOOP("Tables", "Agreement party"),
            {
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "country": QT_TRANSLATE_NOOP("Fields", "Country"),
                "cvr": QT_TRANSLATE_NOOP("Fields", "CVR number"),
                "direction": QT_TRANSLATE_NOOP("Fields", "Who is the controller"),
                "foreign_id": QT_TRANSLATE_NOOP("Fields", "Foreign company number"),
                "address": QT_TRANSLATE_NOOP("Fields", "Address"),
                "contact_person": QT_TRANSLATE_NOOP("Fields", "Contact person"),
                "email": QT_TRANSLATE_NOOP("Fields", "Email"),
                "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
                "service": QT_TRANSLATE_NOOP("Fields", "Service"),
                "data_description": QT_TRANSLATE_NOOP("Fields", "Personal data processed"),
                "agreement_signed": QT_TRANSLATE_NOOP("Fields", "Agreement signed"),
                "agreement_version": QT_TRANSLATE_NOOP("Fields", "Agreement version"),
                "agreement_end": QT_TRANSLATE_NOOP("Fields", "Agreement ends"),
                "notice_period": QT_TRANSLATE_NOOP("Fields", "Notice period"),
                "document_name": QT_TRANSLATE_NOOP("Fields", "Signed agreement (file)"),
                "document_sha256": QT_TRANSLATE_NOOP("Fields", "Checksum of the signed agreement"),
                "risk": QT_TRANSLATE_NOOP("Fields", "Risk level"),
                "data_subjects": QT_TRANSLATE_NOOP("Fields", "Number of data subjects"),
                "special_categories": QT_TRANSLATE_NOOP(
                    "Fields", "Special categories or criminal offences"
                ),
                "special_nature": QT_TRANSLATE_NOOP("Fields", "Processing of a special nature"),
                "third_country": QT_TRANSLATE_NOOP("Fields", "Transfers to third countries"),
                "next_supervision_override": QT_TRANSLATE_NOOP(
                    "Fields", "Next supervision (set by hand)"
                ),
                "retired": QT_TRANSLATE_NOOP("Fields", "Retired"),
                "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
            },
        ),
        "sub_processor": Table(
            QT_TRANSLATE_NOOP("Tables", "Sub-processor"),
            {
                "processor_id": QT_TRANSLATE_NOOP("Fields", "Agreement party"),
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "country": QT_TRANSLATE_NOOP("Fields", "Country"),
                "service": QT_TRANSLATE_NOOP("Fields", "Service"),
                "approved": QT_TRANSLATE_NOOP("Fields", "Approved"),
                "general_authorisation": QT_TRANSLATE_NOOP("Fields", "General authorisation"),
            },
        ),
        "party_transfer": Table(
            QT_TRANSLATE_NOOP("Tables", "Transfer under an agreement"),
            {
                "processor_id": QT_TRANSLATE_NOOP("Fields", "Agreement party"),
                "country": QT_TRANSLATE_NOOP("Fields", "Country"),
                "tool": QT_TRANSLATE_NOOP("Fields", "Transfer tool"),
                "scc_module": QT_TRANSLATE_NOOP("Fields", "SCC module"),
                "tia_date": QT_TRANSLATE_NOOP("Fields", "TIA date"),
                "tia_outcome": QT_TRANSLATE_NOOP("Fields", "TIA outcome"),
                "data": QT_TRANSLATE_NOOP("Fields", "Data transferred"),
            },
        ),
        "supervision_round": Table(
            QT_TRANSLATE_NOOP("Tables", "Supervision round"),
            {
                "processor_id": QT_TRANSLATE_NOOP("Fields", "Agreement party"),
                "date": QT_TRANSLATE_NOOP("Fields", "Date"),
                "method": QT_TRANSLATE_NOOP("Fields", "Method"),
                "findings": QT_TRANSLATE_NOOP("Fields", "Findings"),
                "concept": QT_TRANSLATE_NOOP("Fields", "Supervision concept"),
                "suggested_concept": QT_TRANSLATE_NOOP("Fields", "Suggested concept"),
                "concept_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the concept"),
            },
        ),
        "follow_up": Table(
            QT_TRANSLATE_NOOP("Tables", "Follow-up action"),
            {
                "round_id": QT_TRANSLATE_NOOP("Fields", "Supervision round"),
                "action": QT_TRANSLATE_NOOP("Fields", "Action"),
                "due": QT_TRANSLATE_NOOP("Fields", "Due"),
                "done": QT_TRANSLATE_NOOP("Fields", "Done"),
            },
        ),
    },
)
