"""What a person calls each table and each field of the database.

The log, its export, the conflict dialog and the organisation report show these titles,
never schema names. The titles are English source text, marked for translation (context
"Tables" for tables and registers, "Fields" for fields); the user interface and the
reports translate them through the catalogue.

Each register keeps its own dict below (the processor register's in
domain/processor_titles.py). A new register adds one `Register(...)` to
`REGISTERS`; a new column adds one line to its table's `fields`. Tables that nobody reads
(link tables, stored file contents, settings, the head of the audit chain) are listed in
the register's `internal`, with the table their rows are counted under (None: left out).
A test fails when a table or a column of the schema has neither.
"""

from __future__ import annotations

from dpo_desk.domain.breaches import FIELD_TITLES as BREACH_FIELDS
from dpo_desk.domain.processor_titles import PROCESSORS
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.domain.title_model import Register, Table

# Fields that most tables have; a table may give its own title instead.
COMMON_FIELDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Fields", "Number"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version counter"),
    "position": QT_TRANSLATE_NOOP("Fields", "Order"),
}

# What the log records about events that are not row changes (a note opened, a list made).
EVENT_FIELDS: dict[str, str] = {
    "field": QT_TRANSLATE_NOOP("Fields", "Field"),
    "signed_form": QT_TRANSLATE_NOOP("Fields", "Signed consent form"),
    "interruption": QT_TRANSLATE_NOOP("Fields", "Interruption"),
    "named": QT_TRANSLATE_NOOP("Fields", "People named"),
    "with_free_text": QT_TRANSLATE_NOOP("Fields", "With notes"),
    "utility": QT_TRANSLATE_NOOP("Fields", "Utility"),
}

ORGANISATION = Register(
    QT_TRANSLATE_NOOP("Tables", "Organisation"),
    {
        "organisation": Table(
            QT_TRANSLATE_NOOP("Tables", "Organisation"),
            {
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "cvr": QT_TRANSLATE_NOOP("Fields", "CVR number"),
                "address": QT_TRANSLATE_NOOP("Fields", "Address"),
                "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
                "city": QT_TRANSLATE_NOOP("Fields", "City"),
                "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
                "email": QT_TRANSLATE_NOOP("Fields", "Email"),
                "website": QT_TRANSLATE_NOOP("Fields", "Website"),
                "contact_person": QT_TRANSLATE_NOOP("Fields", "Contact person"),
                "dpo_name": QT_TRANSLATE_NOOP("Fields", "Data protection officer"),
                "dpo_email": QT_TRANSLATE_NOOP("Fields", "DPO e-mail"),
                "dpo_phone": QT_TRANSLATE_NOOP("Fields", "DPO phone"),
                "fiscal_year_end_month": QT_TRANSLATE_NOOP(
                    "Fields", "Last month of the financial year"
                ),
                "fiscal_year_end_day": QT_TRANSLATE_NOOP(
                    "Fields", "Last day of the financial year"
                ),
            },
        ),
        "audit_record": Table(
            QT_TRANSLATE_NOOP("Tables", "Audit trail"),
            {
                "at": QT_TRANSLATE_NOOP("Fields", "Time"),
                "user_name": QT_TRANSLATE_NOOP("Fields", "User"),
                "action": QT_TRANSLATE_NOOP("Fields", "Action"),
                "table_name": QT_TRANSLATE_NOOP("Fields", "Table"),
                "row_id": QT_TRANSLATE_NOOP("Fields", "Row"),
                "changes": QT_TRANSLATE_NOOP("Fields", "Changes"),
                "prev_hash": QT_TRANSLATE_NOOP("Fields", "Checksum of the previous record"),
                "hash": QT_TRANSLATE_NOOP("Fields", "Checksum"),
                "salts": QT_TRANSLATE_NOOP("Fields", "Salts of the values"),
                "commitments": QT_TRANSLATE_NOOP("Fields", "Commitments of the values"),
                "mac": QT_TRANSLATE_NOOP("Fields", "Seal"),
            },
        ),
    },
    {"audit_head": None, "app_setting": None, "attachment_content": None, "alembic_version": None},
)

PROCESSING = Register(
    QT_TRANSLATE_NOOP("Tables", "Processing activities"),
    {
        "activity": Table(
            QT_TRANSLATE_NOOP("Tables", "Processing activity"),
            {
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "role": QT_TRANSLATE_NOOP("Fields", "Role"),
                "purposes": QT_TRANSLATE_NOOP("Fields", "Purposes"),
                "legal_bases": QT_TRANSLATE_NOOP("Fields", "Legal bases"),
                "consent_note": QT_TRANSLATE_NOOP("Fields", "How consent is obtained"),
                "source": QT_TRANSLATE_NOOP("Fields", "Source"),
                "retention_text": QT_TRANSLATE_NOOP("Fields", "Time limit for erasure"),
                "retention_rule": QT_TRANSLATE_NOOP("Fields", "Erasure rule"),
                "retention_amount": QT_TRANSLATE_NOOP("Fields", "Erasure period"),
                "measures_text": QT_TRANSLATE_NOOP("Fields", "Security measures (description)"),
                "automated_decisions": QT_TRANSLATE_NOOP("Fields", "Automated decisions"),
                "automated_description": QT_TRANSLATE_NOOP(
                    "Fields", "Automated decisions (description)"
                ),
                "dpia": QT_TRANSLATE_NOOP("Fields", "Impact assessment (DPIA)"),
                "dpia_date": QT_TRANSLATE_NOOP("Fields", "DPIA date"),
                "dpia_outcome": QT_TRANSLATE_NOOP("Fields", "DPIA outcome"),
                "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
                "last_reviewed": QT_TRANSLATE_NOOP("Fields", "Last reviewed"),
                "next_review": QT_TRANSLATE_NOOP("Fields", "Next review"),
                "status": QT_TRANSLATE_NOOP("Fields", "Status"),
                "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
                "data_subjects": QT_TRANSLATE_NOOP("Fields", "Categories of data subjects"),
                "data_categories": QT_TRANSLATE_NOOP("Fields", "Categories of personal data"),
                "recipients": QT_TRANSLATE_NOOP("Fields", "Recipients"),
                "measures": QT_TRANSLATE_NOOP("Fields", "Security measures"),
                "processors": QT_TRANSLATE_NOOP("Fields", "Processors"),
                "joint_controller": QT_TRANSLATE_NOOP("Fields", "Joint controller"),
                "representative": QT_TRANSLATE_NOOP("Fields", "Representative"),
            },
        ),
        "activity_subject_data": Table(
            QT_TRANSLATE_NOOP("Tables", "Data about a category of data subjects"),
            {
                "activity_id": QT_TRANSLATE_NOOP("Fields", "Processing activity"),
                "subject_id": QT_TRANSLATE_NOOP("Fields", "Category of data subjects"),
                "category_id": QT_TRANSLATE_NOOP("Fields", "Category of personal data"),
            },
        ),
        "activity_transfer": Table(
            QT_TRANSLATE_NOOP("Tables", "Transfer of an activity"),
            {
                "activity_id": QT_TRANSLATE_NOOP("Fields", "Processing activity"),
                "country": QT_TRANSLATE_NOOP("Fields", "Country"),
                "recipient": QT_TRANSLATE_NOOP("Fields", "Recipient"),
                "safeguard": QT_TRANSLATE_NOOP("Fields", "Transfer tool"),
                "scc_module": QT_TRANSLATE_NOOP("Fields", "SCC module"),
                "documentation": QT_TRANSLATE_NOOP("Fields", "Documentation"),
            },
        ),
        "activity_controller": Table(
            QT_TRANSLATE_NOOP("Tables", "Controller of an activity"),
            {
                "activity_id": QT_TRANSLATE_NOOP("Fields", "Processing activity"),
                "party_id": QT_TRANSLATE_NOOP("Fields", "Agreement party"),
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "cvr": QT_TRANSLATE_NOOP("Fields", "CVR number"),
                "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
                "processing": QT_TRANSLATE_NOOP("Fields", "Processing done on its behalf"),
            },
        ),
        "catalogue_item": Table(
            QT_TRANSLATE_NOOP("Tables", "List entry"),
            {
                "kind": QT_TRANSLATE_NOOP("Fields", "List"),
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "sensitivity": QT_TRANSLATE_NOOP("Fields", "Kind of data"),
            },
        ),
    },
    {
        "activity_data_subject": "activity",
        "activity_data_category": "activity",
        "activity_recipient": "activity",
        "activity_measure": "activity",
        "activity_processor": "activity",
    },
)


REQUESTS = Register(
    QT_TRANSLATE_NOOP("Tables", "Requests"),
    {
        "subject_request": Table(
            QT_TRANSLATE_NOOP("Tables", "Subject request"),
            {
                "types": QT_TRANSLATE_NOOP("Fields", "Kinds of request"),
                "requester": QT_TRANSLATE_NOOP("Fields", "Requester"),
                "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
                "relation": QT_TRANSLATE_NOOP("Fields", "Relation to us"),
                "utility": QT_TRANSLATE_NOOP("Fields", "Utility"),
                "received": QT_TRANSLATE_NOOP("Fields", "Received"),
                "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
                "identity_needed": QT_TRANSLATE_NOOP("Fields", "Identity must be checked"),
                "identity_ask": QT_TRANSLATE_NOOP("Fields", "What the requester is asked to send"),
                "identity_how": QT_TRANSLATE_NOOP("Fields", "How identity was checked"),
                "identity_checked": QT_TRANSLATE_NOOP("Fields", "Identity checked"),
                "status": QT_TRANSLATE_NOOP("Fields", "Status"),
                "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
                "refusal_ground": QT_TRANSLATE_NOOP("Fields", "Ground for refusal"),
                "extended": QT_TRANSLATE_NOOP("Fields", "Extended"),
                "extension_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the extension"),
                "extension_told": QT_TRANSLATE_NOOP("Fields", "Requester told of the extension"),
                "deadline": QT_TRANSLATE_NOOP("Fields", "Deadline"),
                "answered": QT_TRANSLATE_NOOP("Fields", "Answered"),
                "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
                "activities": QT_TRANSLATE_NOOP("Fields", "Processing activities"),
            },
        ),
        "request_status_change": Table(
            QT_TRANSLATE_NOOP("Tables", "Status change of a request"),
            {
                "request_id": QT_TRANSLATE_NOOP("Fields", "Request"),
                "status": QT_TRANSLATE_NOOP("Fields", "Status"),
                "on": QT_TRANSLATE_NOOP("Fields", "Date"),
            },
        ),
        "request_forwarding": Table(
            QT_TRANSLATE_NOOP("Tables", "Request passed on to a controller"),
            {
                "request_id": QT_TRANSLATE_NOOP("Fields", "Request"),
                "controller": QT_TRANSLATE_NOOP("Fields", "Controller"),
                "forwarded": QT_TRANSLATE_NOOP("Fields", "Passed on"),
                "answered": QT_TRANSLATE_NOOP("Fields", "Answered by the controller"),
            },
        ),
        "request_letter": Table(
            QT_TRANSLATE_NOOP("Tables", "Letter to a requester"),
            {
                "request_id": QT_TRANSLATE_NOOP("Fields", "Request"),
                "kind": QT_TRANSLATE_NOOP("Fields", "Kind of letter"),
                "file_name": QT_TRANSLATE_NOOP("Fields", "File"),
                "sha256": QT_TRANSLATE_NOOP("Fields", "Checksum"),
                "created": QT_TRANSLATE_NOOP("Fields", "Written"),
            },
        ),
    },
    {"request_activity": "subject_request"},
)

CONSENTS = Register(
    QT_TRANSLATE_NOOP("Tables", "Health consents"),
    {
        "consumer": Table(
            QT_TRANSLATE_NOOP("Tables", "Consumer"),
            {
                "name": QT_TRANSLATE_NOOP("Fields", "Name"),
                "street": QT_TRANSLATE_NOOP("Fields", "Street"),
                "house_number": QT_TRANSLATE_NOOP("Fields", "House number"),
                "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
                "city": QT_TRANSLATE_NOOP("Fields", "City"),
                "meter_number": QT_TRANSLATE_NOOP("Fields", "Meter number"),
                "utility": QT_TRANSLATE_NOOP("Fields", "Utility"),
                "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
                "alternative_contact": QT_TRANSLATE_NOOP("Fields", "Alternative contact"),
                "category_id": QT_TRANSLATE_NOOP("Fields", "Special consideration"),
                "free_text": QT_TRANSLATE_NOOP("Fields", "Note"),
                "consent_given": QT_TRANSLATE_NOOP("Fields", "Written consent given"),
                "collected_by": QT_TRANSLATE_NOOP("Fields", "Collected by"),
                "consent_text_id": QT_TRANSLATE_NOOP("Fields", "Consent text signed"),
                "withdrawn": QT_TRANSLATE_NOOP("Fields", "Withdrawn"),
                "withdrawn_how": QT_TRANSLATE_NOOP("Fields", "How it was withdrawn"),
                "moved": QT_TRANSLATE_NOOP("Fields", "Moved"),
                "form_file": QT_TRANSLATE_NOOP("Fields", "Signed consent form"),
                "form_sha256": QT_TRANSLATE_NOOP("Fields", "Checksum of the signed form"),
                "form_erased": QT_TRANSLATE_NOOP("Fields", "Signed form erased"),
            },
        ),
        "consent_text": Table(
            QT_TRANSLATE_NOOP("Tables", "Consent text"),
            {
                "label": QT_TRANSLATE_NOOP("Fields", "Label"),
                "text": QT_TRANSLATE_NOOP("Fields", "Text"),
                "valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
            },
        ),
    },
)

BREACHES = Register(
    QT_TRANSLATE_NOOP("Tables", "Breaches"),
    {
        "breach": Table(QT_TRANSLATE_NOOP("Tables", "Breach"), BREACH_FIELDS),
        "breach_follow_up": Table(
            QT_TRANSLATE_NOOP("Tables", "Follow-up notification"),
            {
                "breach_id": QT_TRANSLATE_NOOP("Fields", "Breach"),
                "sent_at": QT_TRANSLATE_NOOP("Fields", "Sent"),
                "note": QT_TRANSLATE_NOOP("Fields", "What was sent"),
            },
        ),
        "breach_controller": Table(
            QT_TRANSLATE_NOOP("Tables", "Controller told of a breach"),
            {
                "breach_id": QT_TRANSLATE_NOOP("Fields", "Breach"),
                "processor_id": QT_TRANSLATE_NOOP("Fields", "Controller"),
                "told_at": QT_TRANSLATE_NOOP("Fields", "Told"),
            },
        ),
    },
    {"breach_activity": "breach", "breach_processor": "breach"},
)

# The registers in the order reports list them; a new register adds itself here.
REGISTERS: tuple[Register, ...] = (
    ORGANISATION,
    PROCESSING,
    PROCESSORS,
    REQUESTS,
    CONSENTS,
    BREACHES,
)

TABLES: dict[str, Table] = {n: t for r in REGISTERS for n, t in r.tables.items()}
INTERNAL_TABLES: dict[str, str | None] = {n: o for r in REGISTERS for n, o in r.internal.items()}
_REGISTER_OF: dict[str, Register] = {n: r for r in REGISTERS for n in (*r.tables, *r.internal)}


def table_title(name: str) -> str | None:
    """The title of table `name` (English source text), None when it has none."""
    found = TABLES.get(name)
    return found.title if found else None


def field_title(table: str, name: str) -> str | None:
    """The title of field `name` of `table` (English source text), None when it has none.
    Fields of logged events (a note opened) have titles of their own."""
    found = TABLES.get(table)
    if found is not None and name in found.fields:
        return found.fields[name]
    return COMMON_FIELDS.get(name) or EVENT_FIELDS.get(name)


def any_field_title(name: str) -> str | None:
    """The title of a field called `name` in any table (for a form's draft, whose fields
    carry the names of the columns they fill), None when no table has one."""
    for table in TABLES.values():
        if name in table.fields:
            return table.fields[name]
    return COMMON_FIELDS.get(name) or EVENT_FIELDS.get(name)


def register_title(table: str) -> str | None:
    """The title of the register that `table` belongs to."""
    found = _REGISTER_OF.get(table)
    return found.title if found else None
