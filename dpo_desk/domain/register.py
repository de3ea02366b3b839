"""A processing activity of the record (GDPR Art. 30), as plain data, and its rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain import validation as v
from dpo_desk.domain.legal import CONSENT, has_art9_basis, has_art10_basis
from dpo_desk.domain.retention import ErasureBatch, RetentionRule
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message


class Role(Enum):
    """In which role the organisation carries out the activity."""

    CONTROLLER = "controller"  # Art. 30(1)
    PROCESSOR = "processor"  # Art. 30(2)


class Status(Enum):
    """Where the activity is in its life."""

    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class DpiaNeed(Enum):
    """Whether a data protection impact assessment (Art. 35) is needed."""

    ASSESS = "assess"
    YES = "yes"
    NO = "no"


class Safeguard(Enum):
    """The transfer tools of GDPR chapter V."""

    ADEQUACY = "adequacy"
    DPF = "dpf"
    SCC = "scc"
    BCR = "bcr"
    DEROGATION = "art49"


class Sensitivity(Enum):
    """The kind of a category of personal data."""

    ORDINARY = "ordinary"
    SPECIAL = "special"  # Art. 9
    CPR = "cpr"  # databeskyttelsesloven § 11
    CRIMINAL = "criminal"  # Art. 10


ROLE_LABELS = {
    Role.CONTROLLER: QT_TRANSLATE_NOOP("Register", "Controller"),
    Role.PROCESSOR: QT_TRANSLATE_NOOP("Register", "Processor"),
}
STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Register", "Draft"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("Register", "Active"),
    Status.RETIRED: QT_TRANSLATE_NOOP("Register", "Retired"),
}
DPIA_LABELS = {
    DpiaNeed.ASSESS: QT_TRANSLATE_NOOP("Register", "To be assessed"),
    DpiaNeed.YES: QT_TRANSLATE_NOOP("Register", "Yes"),
    DpiaNeed.NO: QT_TRANSLATE_NOOP("Register", "No"),
}
SAFEGUARD_LABELS = {
    Safeguard.ADEQUACY: QT_TRANSLATE_NOOP("Register", "Adequacy decision (Art. 45)"),
    Safeguard.DPF: QT_TRANSLATE_NOOP("Register", "EU–US Data Privacy Framework"),
    Safeguard.SCC: QT_TRANSLATE_NOOP("Register", "Standard contractual clauses 2021/914"),
    Safeguard.BCR: QT_TRANSLATE_NOOP("Register", "Binding corporate rules (Art. 47)"),
    Safeguard.DEROGATION: QT_TRANSLATE_NOOP("Register", "Derogation (Art. 49)"),
}
SENSITIVITY_LABELS = {
    Sensitivity.ORDINARY: QT_TRANSLATE_NOOP("Register", "Ordinary"),
    Sensitivity.SPECIAL: QT_TRANSLATE_NOOP("Register", "Special category (Art. 9)"),
    Sensitivity.CPR: QT_TRANSLATE_NOOP("Register", "CPR number"),
    Sensitivity.CRIMINAL: QT_TRANSLATE_NOOP("Register", "Criminal offences (Art. 10)"),
}
SCC_MODULES = (1, 2, 3, 4)

MSG_SPECIAL_WITHOUT_ART9 = QT_TRANSLATE_NOOP(
    "Domain",
    "Special categories of data are chosen: add an Art. 9(2) basis (or Data Protection Act § 7).",
)
MSG_CRIMINAL_WITHOUT_ART10 = QT_TRANSLATE_NOOP(
    "Domain", "Data on criminal offences are chosen: add Art. 10 (or Data Protection Act § 8)."
)
MSG_TRANSFER_WITHOUT_SAFEGUARD = QT_TRANSLATE_NOOP(
    "Domain", "Transfer to {country}: choose the safeguard it rests on."
)
MSG_TRANSFER_WITHOUT_COUNTRY = QT_TRANSLATE_NOOP("Domain", "Each transfer needs a country.")
MSG_SCC_WITHOUT_MODULE = QT_TRANSLATE_NOOP(
    "Domain", "Transfer to {country}: standard contractual clauses need a module (1–4)."
)
MSG_CONSENT_WITHOUT_NOTE = QT_TRANSLATE_NOOP(
    "Domain", "Consent is a basis: write how consent is collected and recorded."
)
MSG_NO_BASIS = QT_TRANSLATE_NOOP("Domain", "Choose at least one legal basis.")
MSG_REVIEW_ORDER = QT_TRANSLATE_NOOP("Domain", "The next review cannot be before the last review.")
MSG_RULE_AMOUNT = QT_TRANSLATE_NOOP("Domain", "Give the number of years or months (1–100).")
MSG_NO_CONTROLLER = QT_TRANSLATE_NOOP(
    "Domain", "As processor, name at least one controller on whose behalf we process."
)
MSG_CONTROLLER_NAME = QT_TRANSLATE_NOOP("Domain", "Each controller needs a name.")


@dataclass
class Transfer:
    """A transfer to a third country or an international organisation."""

    country: str = ""
    recipient: str = ""
    safeguard: Safeguard | None = None
    scc_module: int | None = None
    documentation: str = ""


@dataclass
class ControllerParty:
    """A controller on whose behalf the organisation processes (Art. 30(2)(a))."""

    name: str = ""
    cvr: str = ""
    contact: str = ""
    processing: str = ""  # the categories of processing done for it


@dataclass
class ActivityDraft:
    """Everything the form edits about one activity."""

    id: int | None = None
    version: int | None = None
    name: str = ""
    role: Role = Role.CONTROLLER
    purposes: str = ""
    legal_bases: list[str] = field(default_factory=list)
    consent_note: str = ""
    data_subject_ids: list[int] = field(default_factory=list)
    data_category_ids: list[int] = field(default_factory=list)
    source: str = ""
    processor_ids: list[int] = field(default_factory=list)
    recipient_ids: list[int] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    retention_text: str = ""
    retention_rule: RetentionRule = field(default_factory=RetentionRule)
    measures_text: str = ""
    measure_ids: list[int] = field(default_factory=list)
    automated_decisions: bool = False
    automated_description: str = ""
    dpia: DpiaNeed = DpiaNeed.ASSESS
    dpia_date: dt.date | None = None
    dpia_outcome: str = ""
    owner: str = ""
    last_reviewed: dt.date | None = None
    next_review: dt.date | None = None
    status: Status = Status.DRAFT
    notes: str = ""
    controllers: list[ControllerParty] = field(default_factory=list)


@dataclass(frozen=True)
class ActivityView:
    """An activity with every list resolved to names, for reports and letters."""

    id: int
    name: str
    role: Role
    purposes: str
    legal_bases: tuple[str, ...]
    consent_note: str
    data_subjects: tuple[str, ...]
    data_categories: tuple[tuple[str, Sensitivity], ...]
    source: str
    processors: tuple[str, ...]
    recipients: tuple[str, ...]
    transfers: tuple[Transfer, ...]
    retention_text: str
    retention_rule: RetentionRule
    measures_text: str
    measures: tuple[str, ...]
    automated_decisions: bool
    automated_description: str
    dpia: DpiaNeed
    dpia_date: dt.date | None
    dpia_outcome: str
    owner: str
    last_reviewed: dt.date | None
    next_review: dt.date | None
    status: Status
    notes: str
    controllers: tuple[ControllerParty, ...]


@dataclass(frozen=True)
class CalendarEntry:
    """A date on which a batch of an activity's data falls due for erasure."""

    activity_id: int
    activity: str
    batch: ErasureBatch


def validate_activity(
    draft: ActivityDraft, *, sensitivities: dict[int, Sensitivity]
) -> dict[str, str]:
    """Field -> message for each rule the draft breaks.

    `sensitivities` gives the kind of each category of personal data by its id.
    """
    errors: dict[str, str | None] = {
        "name": v.check_text(draft.name, required=True, max_length=200),
        "purposes": v.check_text(draft.purposes, max_length=4000) or v.check_no_cpr(draft.purposes),
        "notes": v.check_text(draft.notes, max_length=4000) or v.check_no_cpr(draft.notes),
        "owner": v.check_text(draft.owner, max_length=200),
    }
    kinds = {sensitivities.get(i) for i in draft.data_category_ids}
    if draft.status is not Status.DRAFT and not draft.legal_bases:
        errors["legal_bases"] = MSG_NO_BASIS
    if Sensitivity.SPECIAL in kinds and not has_art9_basis(draft.legal_bases):
        errors["legal_bases"] = MSG_SPECIAL_WITHOUT_ART9
    elif Sensitivity.CRIMINAL in kinds and not has_art10_basis(draft.legal_bases):
        errors["legal_bases"] = MSG_CRIMINAL_WITHOUT_ART10
    if CONSENT in draft.legal_bases and not draft.consent_note.strip():
        errors["consent_note"] = MSG_CONSENT_WITHOUT_NOTE
    errors["transfers"] = _transfer_error(draft.transfers)
    if draft.last_reviewed and draft.next_review and draft.next_review < draft.last_reviewed:
        errors["next_review"] = MSG_REVIEW_ORDER
    rule = draft.retention_rule
    if rule.kind.value != "none" and not 1 <= rule.amount <= 100:
        errors["retention_rule"] = MSG_RULE_AMOUNT
    if draft.role is Role.PROCESSOR:
        if not draft.controllers:
            errors["controllers"] = MSG_NO_CONTROLLER
        elif any(not c.name.strip() for c in draft.controllers):
            errors["controllers"] = MSG_CONTROLLER_NAME
        else:
            errors["controllers"] = next(
                (m for c in draft.controllers if (m := v.check_cvr(c.cvr))), None
            )
    return {name: message for name, message in errors.items() if message}


def _transfer_error(transfers: list[Transfer]) -> str | None:
    for transfer in transfers:
        if not transfer.country.strip():
            return MSG_TRANSFER_WITHOUT_COUNTRY
        if transfer.safeguard is None:
            return Message(MSG_TRANSFER_WITHOUT_SAFEGUARD, country=transfer.country)
        if transfer.safeguard is Safeguard.SCC and transfer.scc_module not in SCC_MODULES:
            return Message(MSG_SCC_WITHOUT_MODULE, country=transfer.country)
    return None


def review_overdue(next_review: dt.date | None, today: dt.date) -> bool:
    """True when the next review date has passed."""
    return next_review is not None and next_review < today
