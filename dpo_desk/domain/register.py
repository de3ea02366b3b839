"""A processing activity of the record (GDPR Art. 30), as plain data, and its rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain.retention import ErasureBatch, RetentionRule, RuleKind
from dpo_desk.domain.text import QT_TRANSLATE_NOOP


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
# The short marker each kind carries wherever a category is shown (form, table, reports):
# the three kinds are kept apart, and a name such as "CPR-nummer" is not repeated.
SENSITIVITY_MARKERS = {
    Sensitivity.SPECIAL: QT_TRANSLATE_NOOP("Register", "Art. 9"),
    Sensitivity.CRIMINAL: QT_TRANSLATE_NOOP("Register", "Art. 10"),
    Sensitivity.CPR: QT_TRANSLATE_NOOP("Register", "DPA § 11"),
}
SENSITIVITY_LABELS = {
    Sensitivity.ORDINARY: QT_TRANSLATE_NOOP("Register", "Ordinary"),
    Sensitivity.SPECIAL: QT_TRANSLATE_NOOP("Register", "Special category (Art. 9)"),
    Sensitivity.CPR: QT_TRANSLATE_NOOP("Register", "CPR number"),
    Sensitivity.CRIMINAL: QT_TRANSLATE_NOOP("Register", "Criminal offences (Art. 10)"),
}
SCC_MODULES = (1, 2, 3, 4)

# The one definition of the length of every text column of an activity: the model's
# String(n), the form's maximum length and the validator all read it.
TEXT_LIMITS = {
    "name": 200,
    "purposes": 4000,
    "consent_note": 2000,
    "source": 1000,
    "retention_text": 2000,
    "measures_text": 4000,
    "automated_description": 2000,
    "dpia_outcome": 2000,
    "owner": 200,
    "notes": 4000,
    "joint_controller": 500,
    "representative": 500,
}
CONTROLLER_LIMITS = {"name": 200, "cvr": 20, "contact": 200, "processing": 2000}
TRANSFER_LIMITS = {"country": 100, "recipient": 200, "documentation": 2000}

# What Art. 30 requires of an activity, by the name `missing_for_art30` reports.
ART30_LABELS = {
    "purposes": QT_TRANSLATE_NOOP("Register", "purposes"),
    "data_subjects": QT_TRANSLATE_NOOP("Register", "categories of data subjects"),
    "data_categories": QT_TRANSLATE_NOOP("Register", "categories of personal data"),
    "retention": QT_TRANSLATE_NOOP("Register", "time limit for erasure"),
    "measures": QT_TRANSLATE_NOOP("Register", "security measures"),
    "controllers": QT_TRANSLATE_NOOP("Register", "controllers and their contact details"),
    "processing": QT_TRANSLATE_NOOP("Register", "categories of processing for each controller"),
}


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
    joint_controller: str = ""  # Art. 30(1)(a), where there is one
    representative: str = ""  # Art. 30(1)(a) and 30(2)(a), where there is one
    # Which data concern which data subjects: subject id -> category ids. Empty means
    # every category concerns every category of data subjects.
    subject_data: dict[int, list[int]] = field(default_factory=dict)


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
    joint_controller: str = ""
    representative: str = ""
    data_by_subject: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class CalendarEntry:
    """A date on which a batch of an activity's data falls due for erasure."""

    activity_id: int
    activity: str
    batch: ErasureBatch


def subject_data_of(
    subject_ids: Sequence[int], category_ids: Sequence[int], links: dict[int, list[int]]
) -> list[tuple[int, list[int]]]:
    """For each category of data subjects, the categories of data about it, in the
    order chosen; no links means every category concerns every subject."""
    if not links:
        return [(s, list(category_ids)) for s in subject_ids]
    return [(s, [c for c in category_ids if c in links.get(s, ())]) for s in subject_ids]


def normalise_subject_data(
    subject_ids: Sequence[int], category_ids: Sequence[int], links: dict[int, list[int]]
) -> dict[int, list[int]]:
    """The links to keep: only chosen subjects and categories, and none at all when
    every category concerns every subject (the default of a simple activity)."""
    pairs = subject_data_of(subject_ids, category_ids, links)
    if all(len(categories) == len(category_ids) for _, categories in pairs):
        return {}
    return dict(pairs)


def erasure_set(retention_text: str, rule: RetentionRule) -> bool:
    """True when the activity says when its data are erased (in words or as a rule)."""
    return bool(retention_text.strip()) or rule.kind is not RuleKind.NONE


def missing_for_art30(
    *,
    role: Role,
    purposes: str,
    data_subjects: int,
    data_categories: int,
    erasure: bool,
    measures: bool,
    controllers: Sequence[ControllerParty] = (),
) -> list[str]:
    """The fields Art. 30 requires that the activity lacks (keys of ART30_LABELS).

    As controller, Art. 30(1): purposes (b); categories of data subjects and of personal
    data (c); time limits for erasure (f) and a description of the security measures
    (g), which the regulation asks for "where possible" and the program asks of every
    activity. Recipients (d) and transfers (e) may rightly be none. As processor,
    Art. 30(2): each controller with contact details (a), the categories of processing
    done for each (b), and the security measures (d).
    """
    if role is Role.PROCESSOR:
        missing = (
            []
            if controllers and all(c.name.strip() and c.contact.strip() for c in controllers)
            else ["controllers"]
        )
        if not controllers or any(not c.processing.strip() for c in controllers):
            missing.append("processing")
        return missing + ([] if measures else ["measures"])
    checks = {
        "purposes": bool(purposes.strip()),
        "data_subjects": data_subjects > 0,
        "data_categories": data_categories > 0,
        "retention": erasure,
        "measures": measures,
    }
    return [name for name, present in checks.items() if not present]


def missing_of_view(view: ActivityView) -> list[str]:
    """`missing_for_art30` of a resolved activity."""
    return missing_for_art30(
        role=view.role,
        purposes=view.purposes,
        data_subjects=len(view.data_subjects),
        data_categories=len(view.data_categories),
        erasure=erasure_set(view.retention_text, view.retention_rule),
        measures=bool(view.measures_text.strip() or view.measures),
        controllers=view.controllers,
    )


def review_overdue(next_review: dt.date | None, today: dt.date) -> bool:
    """True when the next review date has passed."""
    return next_review is not None and next_review < today
