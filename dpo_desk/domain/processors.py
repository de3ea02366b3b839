"""Processor agreements (Art. 28), their transfers and the supervision of processors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain import validation as v
from dpo_desk.domain.register import SCC_MODULES, Safeguard
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message, Term

# The EU and EEA: no transfer tool is needed for a party here.
EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)


class Direction(Enum):
    """Which side of the Art. 28 agreement the organisation is on."""

    WE_ARE_CONTROLLER = "we_are_controller"  # a processor we use
    WE_ARE_PROCESSOR = "we_are_processor"  # a controller we process for


class RiskLevel(Enum):
    """The risk the processing poses, which sets how often to supervise."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Method(Enum):
    """How a supervision round was carried out."""

    ISAE3000 = "isae3000"
    ISAE3402 = "isae3402"
    QUESTIONNAIRE = "questionnaire"
    ONSITE = "onsite"
    SELF_ASSESSMENT = "self_assessment"


DIRECTION_LABELS = {
    Direction.WE_ARE_CONTROLLER: QT_TRANSLATE_NOOP("Processors", "Our processor"),
    Direction.WE_ARE_PROCESSOR: QT_TRANSLATE_NOOP("Processors", "We are processor"),
}
RISK_LABELS = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Processors", "Low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Processors", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Processors", "High"),
}
METHOD_LABELS = {
    Method.ISAE3000: QT_TRANSLATE_NOOP("Processors", "ISAE 3000 (GDPR) auditor's statement"),
    Method.ISAE3402: QT_TRANSLATE_NOOP("Processors", "ISAE 3402 auditor's statement"),
    Method.QUESTIONNAIRE: QT_TRANSLATE_NOOP("Processors", "Written questionnaire"),
    Method.ONSITE: QT_TRANSLATE_NOOP("Processors", "On-site inspection"),
    Method.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("Processors", "Self-assessment"),
}
DEFAULT_INTERVALS = {RiskLevel.HIGH: 12, RiskLevel.MEDIUM: 24, RiskLevel.LOW: 36}

MSG_NO_TOOL = QT_TRANSLATE_NOOP(
    "Domain", "{country} is outside the EU/EEA: choose the transfer tool the transfer rests on."
)
MSG_SCC_MODULE = QT_TRANSLATE_NOOP("Domain", "Standard contractual clauses need a module (1–4).")
MSG_RENEWAL_ORDER = QT_TRANSLATE_NOOP(
    "Domain", "The end or renewal date cannot be before the agreement was signed."
)
MSG_COUNTRY = QT_TRANSLATE_NOOP("Domain", "Write the country as a two-letter code, e.g. DK or US.")
MSG_FOLLOW_UP_DUE = QT_TRANSLATE_NOOP("Domain", "Each follow-up action needs a due date.")
MSG_ROUND_DATE = QT_TRANSLATE_NOOP("Domain", "A supervision round cannot be in the future.")
MSG_CONCEPT_REASON = QT_TRANSLATE_NOOP(
    "Domain",
    "You chose another concept than the point scale suggests (concept {suggested}): write why.",
)
MSG_IN_ROW = QT_TRANSLATE_NOOP("Domain", "Row {row}, {column}: {message}")
MSG_ROW_TOO_LONG = QT_TRANSLATE_NOOP(
    "Domain", "Row {row}, {column}: the text is too long (at most {limit} characters)."
)

# The longest text each field may hold: the one definition that the database columns
# (String(n)), the form fields (setMaxLength) and the validators use.
PARTY_LIMITS: dict[str, int] = {
    "name": 200,
    "country": 2,
    "cvr": 40,
    "foreign_id": 60,
    "address": 300,
    "contact_person": 200,
    "email": 200,
    "phone": 40,
    "service": 500,
    "data_description": 2000,
    "agreement_version": 60,
    "notice_period": 100,
    "document_name": 300,
    "notes": 4000,
}
SUB_PROCESSOR_LIMITS: dict[str, int] = {"name": 200, "country": 2, "service": 500}
TRANSFER_LIMITS: dict[str, int] = {"country": 2, "tia_outcome": 1000, "data": 1000}
ROUND_LIMITS: dict[str, int] = {"findings": 4000, "concept_reason": 1000}
FOLLOW_UP_LIMITS: dict[str, int] = {"action": 1000}
# The columns of a row editor, as the messages name them.
COLUMN_NAMES = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "service": QT_TRANSLATE_NOOP("Fields", "Service"),
    "approved": QT_TRANSLATE_NOOP("Fields", "Approved"),
    "tia_date": QT_TRANSLATE_NOOP("Fields", "TIA date"),
    "tia_outcome": QT_TRANSLATE_NOOP("Fields", "TIA outcome"),
    "data": QT_TRANSLATE_NOOP("Fields", "Data transferred"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action"),
    "done": QT_TRANSLATE_NOOP("Fields", "Done"),
}


@dataclass
class SubProcessor:
    """A sub-processor of a processor (Art. 28(2), (4))."""

    name: str = ""
    country: str = ""
    service: str = ""
    approved: dt.date | None = None
    general_authorisation: bool = True


@dataclass
class PartyTransfer:
    """A transfer to a third country under the agreement."""

    country: str = ""
    tool: Safeguard | None = None
    scc_module: int | None = None
    tia_date: dt.date | None = None
    tia_outcome: str = ""
    data: str = ""  # what is transferred


@dataclass
class FollowUp:
    """An action that a supervision round calls for."""

    action: str = ""
    due: dt.date | None = None
    done: dt.date | None = None


@dataclass
class SupervisionRound:
    """One round of supervision of a processor."""

    id: int | None = None
    date: dt.date = field(default_factory=dt.date.today)
    method: Method = Method.QUESTIONNAIRE
    findings: str = ""
    follow_ups: list[FollowUp] = field(default_factory=list)
    concept: int | None = None  # the supervision concept chosen (1-6); None before 0011
    suggested_concept: int | None = None  # what the point scale suggested at the time
    concept_reason: str = ""  # why another concept than the suggested one


@dataclass
class Scoring:
    """The answers to Datatilsynet's four questions."""

    data_subjects: int = 0
    special_categories: bool = False
    special_nature: bool = False
    third_country: bool = False


@dataclass
class PartyDraft:
    """Everything the form edits about one agreement party."""

    id: int | None = None
    version: int | None = None
    name: str = ""
    direction: Direction = Direction.WE_ARE_CONTROLLER
    cvr: str = ""
    foreign_id: str = ""
    country: str = "DK"
    address: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    service: str = ""
    data_description: str = ""
    activity_ids: list[int] = field(default_factory=list)
    agreement_signed: dt.date | None = None
    agreement_version: str = ""
    agreement_end: dt.date | None = None
    notice_period: str = ""
    sub_processors: list[SubProcessor] = field(default_factory=list)
    transfers: list[PartyTransfer] = field(default_factory=list)
    risk: RiskLevel = RiskLevel.MEDIUM
    scoring: Scoring = field(default_factory=Scoring)
    next_supervision_override: dt.date | None = None
    retired: bool = False
    notes: str = ""


def is_third_country(country: str) -> bool:
    """True for a country outside the EU/EEA (by ISO code)."""
    return bool(country.strip()) and country.strip().upper() not in EEA


def _text(value: str, limit: int, *, required: bool = False) -> str | None:
    return v.check_text(value, required=required, max_length=limit)


def _in_row(row: int, column: str, message: str | None) -> Message | None:
    """A message about one cell of a row editor: 'Row 2, Service: …'."""
    if message is None:
        return None
    where = {"row": row + 1, "column": Term(COLUMN_NAMES[column], "Fields")}
    if message == v.MSG_TOO_LONG:
        return Message(MSG_ROW_TOO_LONG, **where, **getattr(message, "params", {}))
    return Message(MSG_IN_ROW, **where, message=Term(str(message), "Domain"))


def _first(*messages: str | None) -> str | None:
    return next((m for m in messages if m), None)


def validate_party(d: PartyDraft, *, today: dt.date | None = None) -> dict[str, str]:
    """Field -> message for each rule the draft breaks. Every free text is checked for
    length and CPR numbers (validation.check_text); no date of something that has
    happened (signed, approved, assessed) may lie after `today`."""
    today = today or dt.date.today()
    country = d.country.strip().upper()
    limits = PARTY_LIMITS
    errors: dict[str, str | None] = {
        name: _text(getattr(d, name), limits[name], required=name == "name")
        for name in (
            "name",
            "foreign_id",
            "address",
            "contact_person",
            "phone",
            "service",
            "data_description",
            "agreement_version",
            "notice_period",
            "notes",
        )
    }
    errors["email"] = v.check_email(d.email) or _text(d.email, limits["email"])
    errors["country"] = None if len(country) == 2 and country.isalpha() else MSG_COUNTRY
    errors["agreement_signed"] = v.check_not_future(d.agreement_signed, today=today)
    if country == "DK":
        errors["cvr"] = v.check_cvr(d.cvr)
    else:
        errors["cvr"] = _text(d.cvr, limits["cvr"])
    if d.agreement_signed and d.agreement_end and d.agreement_end < d.agreement_signed:
        errors["agreement_end"] = MSG_RENEWAL_ORDER
    if is_third_country(country) and not any(t.tool for t in d.transfers):
        errors["transfers"] = Message(MSG_NO_TOOL, country=country)
    for t in d.transfers:
        if t.tool is None and is_third_country(t.country):
            errors["transfers"] = Message(MSG_NO_TOOL, country=t.country.upper())
        elif t.tool is Safeguard.SCC and t.scc_module not in SCC_MODULES:
            errors["transfers"] = MSG_SCC_MODULE
    errors["transfers"] = errors.get("transfers") or _first(
        *(
            _in_row(i, column, message)
            for i, t in enumerate(d.transfers)
            for column, message in (
                ("tia_date", v.check_not_future(t.tia_date, today=today)),
                ("tia_outcome", _text(t.tia_outcome, TRANSFER_LIMITS["tia_outcome"])),
                ("data", _text(t.data, TRANSFER_LIMITS["data"])),
            )
        )
    )
    errors["sub_processors"] = _first(
        *(
            _in_row(i, column, message)
            for i, s in enumerate(d.sub_processors)
            for column, message in (
                ("name", _text(s.name, SUB_PROCESSOR_LIMITS["name"])),
                ("country", _text(s.country, SUB_PROCESSOR_LIMITS["country"])),
                ("service", _text(s.service, SUB_PROCESSOR_LIMITS["service"])),
                ("approved", v.check_not_future(s.approved, today=today)),
            )
        )
    )
    return {name: message for name, message in errors.items() if message}


def validate_round(r: SupervisionRound, *, today: dt.date) -> dict[str, str]:
    """The rules of a supervision round: not in the future, free text without CPR numbers
    and within its length, a due date for each follow-up and no follow-up done in the
    future, and a reason when the concept is not the one the point scale suggests."""
    errors: dict[str, str | None] = {
        "date": MSG_ROUND_DATE if r.date > today else None,
        "findings": _text(r.findings, ROUND_LIMITS["findings"]),
        "concept_reason": _text(r.concept_reason, ROUND_LIMITS["concept_reason"]),
    }
    if (
        r.concept is not None
        and r.suggested_concept is not None
        and r.concept != r.suggested_concept
        and not r.concept_reason.strip()
    ):
        errors["concept_reason"] = Message(MSG_CONCEPT_REASON, suggested=r.suggested_concept)
    if any(f.action.strip() and f.due is None for f in r.follow_ups):
        errors["follow_ups"] = MSG_FOLLOW_UP_DUE
    errors["follow_ups"] = errors.get("follow_ups") or _first(
        *(
            _in_row(i, column, message)
            for i, f in enumerate(r.follow_ups)
            for column, message in (
                ("action", _text(f.action, FOLLOW_UP_LIMITS["action"])),
                ("done", v.check_not_future(f.done, today=today)),
            )
        )
    )
    return {name: message for name, message in errors.items() if message}
