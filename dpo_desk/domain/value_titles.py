"""The words for the stored codes of a field ("not_notified", "art12_5"), per table and
column, so the log, its reports and its exports say "Ikke anmeldt" where the database
keeps a code. Each label comes from the register's own title table in its context."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

from dpo_desk.domain import breaches, letters, processors, register, requests, retention
from dpo_desk.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

# The managed lists (catalogue_item.kind), by the titles of the fields they fill.
LIST_LABELS = {
    "data_subject": QT_TRANSLATE_NOOP("Fields", "Categories of data subjects"),
    "data_category": QT_TRANSLATE_NOOP("Fields", "Categories of personal data"),
    "recipient": QT_TRANSLATE_NOOP("Fields", "Recipients"),
    "measure": QT_TRANSLATE_NOOP("Fields", "Security measures"),
    "consideration": QT_TRANSLATE_NOOP("Fields", "Special consideration"),
}

# (table, column) -> (translation context, labels by enum member or stored code)
VALUE_TITLES: dict[tuple[str, str], tuple[str, Mapping[Enum, str] | Mapping[str, str]]] = {
    ("catalogue_item", "kind"): ("Fields", LIST_LABELS),
    ("activity", "role"): ("Register", register.ROLE_LABELS),
    ("activity", "status"): ("Register", register.STATUS_LABELS),
    ("activity", "dpia"): ("Register", register.DPIA_LABELS),
    ("activity", "retention_rule"): ("Retention", retention.RULE_LABELS),
    ("activity_transfer", "safeguard"): ("Register", register.SAFEGUARD_LABELS),
    ("catalogue_item", "sensitivity"): ("Register", register.SENSITIVITY_LABELS),
    ("processor", "direction"): ("Processors", processors.DIRECTION_LABELS),
    ("processor", "risk"): ("Processors", processors.RISK_LABELS),
    ("party_transfer", "tool"): ("Register", register.SAFEGUARD_LABELS),
    ("supervision_round", "method"): ("Processors", processors.METHOD_LABELS),
    ("subject_request", "types"): ("Requests", requests.TYPE_LABELS),
    ("subject_request", "status"): ("Requests", requests.STATUS_LABELS),
    ("subject_request", "channel"): ("Requests", requests.CHANNEL_LABELS),
    ("subject_request", "refusal_ground"): ("Requests", requests.GROUND_LABELS),
    ("request_status_change", "status"): ("Requests", requests.STATUS_LABELS),
    ("request_letter", "kind"): ("Letters", letters.LETTER_LABELS),
    ("breach", "role"): ("Breaches", breaches.ROLE_LABELS),
    ("breach", "kinds"): ("Breaches", breaches.KIND_LABELS),
    ("breach", "risk"): ("Breaches", breaches.RISK_LABELS),
    ("breach", "status"): ("Breaches", breaches.STATUS_LABELS),
    ("breach", "art34_exception"): ("Breaches", breaches.EXCEPTION_LABELS),
}


def value_title(table: str, column: str, value: object, translate: Translate) -> str | None:
    """The label of the stored code `value` of `table.column`, translated; None when the
    column keeps no codes or `value` is none of them."""
    found = VALUE_TITLES.get((table, column))
    if found is None:
        return None
    context, labels = found
    for member, label in labels.items():
        if getattr(member, "value", member) == value:
            return translate(context, label)
    return None
