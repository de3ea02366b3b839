"""Processor agreements (Art. 28), their transfers and the supervision of processors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain import supervision_scale as scale
from dpo_desk.domain import validation as v
from dpo_desk.domain.register import SCC_MODULES, Safeguard
from dpo_desk.domain.retention import add_months
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message

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


def validate_party(d: PartyDraft) -> dict[str, str]:
    """Field -> message for each rule the draft breaks."""
    country = d.country.strip().upper()
    errors: dict[str, str | None] = {
        "name": v.check_text(d.name, required=True, max_length=200),
        "email": v.check_email(d.email),
        "notes": v.check_text(d.notes, max_length=4000) or v.check_no_cpr(d.notes),
        "country": None if len(country) == 2 and country.isalpha() else MSG_COUNTRY,
    }
    if country == "DK":
        errors["cvr"] = v.check_cvr(d.cvr)
    if d.agreement_signed and d.agreement_end and d.agreement_end < d.agreement_signed:
        errors["agreement_end"] = MSG_RENEWAL_ORDER
    if is_third_country(country) and not any(t.tool for t in d.transfers):
        errors["transfers"] = Message(MSG_NO_TOOL, country=country)
    for t in d.transfers:
        if t.tool is None and is_third_country(t.country):
            errors["transfers"] = Message(MSG_NO_TOOL, country=t.country.upper())
        elif t.tool is Safeguard.SCC and t.scc_module not in SCC_MODULES:
            errors["transfers"] = MSG_SCC_MODULE
    return {name: message for name, message in errors.items() if message}


def validate_round(r: SupervisionRound, *, today: dt.date) -> dict[str, str]:
    """The rules of a supervision round."""
    errors: dict[str, str] = {}
    if r.date > today:
        errors["date"] = MSG_ROUND_DATE
    if any(f.action.strip() and f.due is None for f in r.follow_ups):
        errors["follow_ups"] = MSG_FOLLOW_UP_DUE
    return errors


def next_supervision(
    *,
    risk: RiskLevel,
    last_round: dt.date | None,
    signed: dt.date | None,
    override: dt.date | None = None,
    intervals: dict[RiskLevel, int] | None = None,
    today: dt.date,
) -> dt.date:
    """When the next supervision round is due: the override when set; else the interval
    of the risk level after the last round (or after signing when there has been none);
    today when there is neither."""
    if override is not None:
        return override
    months = (intervals or DEFAULT_INTERVALS)[risk]
    start = last_round or signed
    return add_months(start, months) if start else today


def points(scoring: Scoring) -> int:
    """Datatilsynet's points for the answers."""
    total = 0
    for upper, band_points in scale.DATA_SUBJECT_BANDS:
        if upper is None or scoring.data_subjects <= upper:
            total += band_points
            break
    for question, yes in scale.YES_POINTS.items():
        if getattr(scoring, question):
            total += yes
    return total


def allowed_concepts(total: int) -> tuple[int, ...]:
    """The supervision concepts (1-6) that a sum of points allows."""
    for low, high, concepts in scale.CONCEPTS_BY_POINTS:
        if low <= total <= high:
            return concepts
    return scale.CONCEPTS_BY_POINTS[-1][2] if total > 0 else scale.CONCEPTS_BY_POINTS[0][2]


def suggested_concept(scoring: Scoring) -> int:
    """The lightest concept the points allow."""
    return min(allowed_concepts(points(scoring)))


def suggested_risk(scoring: Scoring) -> RiskLevel:
    """The risk level the suggested concept points to."""
    return RiskLevel(scale.RISK_BY_LIGHTEST_CONCEPT[suggested_concept(scoring)])
