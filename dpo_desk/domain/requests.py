"""A data subject's request (GDPR Art. 15-22 and withdrawal of consent), its status
workflow and the rules of an extension."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain import validation as v
from dpo_desk.domain.deadlines import response_deadline
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message, Term, format_date


class RequestType(Enum):
    """What the data subject asks for."""

    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)


class RequestStatus(Enum):
    """Where the request is."""

    RECEIVED = "received"
    IDENTITY_CHECK = "identity_check"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class Channel(Enum):
    """How the request came in."""

    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    IN_PERSON = "in_person"


class RefusalGround(Enum):
    """Why a request is refused."""

    MANIFESTLY_UNFOUNDED = "art12_5"  # Art. 12(5)
    ERASURE_EXCEPTION = "art17_3"  # Art. 17(3)
    RIGHTS_OF_OTHERS = "art15_4"  # Art. 15(4)
    IDENTITY_NOT_ESTABLISHED = "art12_6"  # Art. 12(6), 11(2)
    NO_DATA = "no_data"  # nothing is held about the requester


TYPE_LABELS = {
    RequestType.ACCESS: QT_TRANSLATE_NOOP("Requests", "Access (Art. 15)"),
    RequestType.RECTIFICATION: QT_TRANSLATE_NOOP("Requests", "Rectification (Art. 16)"),
    RequestType.ERASURE: QT_TRANSLATE_NOOP("Requests", "Erasure (Art. 17)"),
    RequestType.RESTRICTION: QT_TRANSLATE_NOOP("Requests", "Restriction (Art. 18)"),
    RequestType.PORTABILITY: QT_TRANSLATE_NOOP("Requests", "Portability (Art. 20)"),
    RequestType.OBJECTION: QT_TRANSLATE_NOOP("Requests", "Objection (Art. 21)"),
    RequestType.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "Requests", "Withdrawal of consent (Art. 7(3))"
    ),
}
STATUS_LABELS = {
    RequestStatus.RECEIVED: QT_TRANSLATE_NOOP("Requests", "Received"),
    RequestStatus.IDENTITY_CHECK: QT_TRANSLATE_NOOP("Requests", "Identity check"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Requests", "In progress"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("Requests", "Answered"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("Requests", "Refused"),
    RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Requests", "Withdrawn"),
}
CHANNEL_LABELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Requests", "E-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Requests", "Letter"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Requests", "Phone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Requests", "In person"),
}
GROUND_LABELS = {
    RefusalGround.MANIFESTLY_UNFOUNDED: QT_TRANSLATE_NOOP(
        "Requests", "Manifestly unfounded or excessive (Art. 12(5))"
    ),
    RefusalGround.ERASURE_EXCEPTION: QT_TRANSLATE_NOOP(
        "Requests", "Erasure is not required (Art. 17(3))"
    ),
    RefusalGround.RIGHTS_OF_OTHERS: QT_TRANSLATE_NOOP(
        "Requests", "It would harm the rights of others (Art. 15(4))"
    ),
    RefusalGround.IDENTITY_NOT_ESTABLISHED: QT_TRANSLATE_NOOP(
        "Requests", "The identity could not be established (Art. 12(6))"
    ),
    RefusalGround.NO_DATA: QT_TRANSLATE_NOOP("Requests", "No data about the requester is held"),
}
RELATIONS = (
    QT_TRANSLATE_NOOP("Requests", "Customer's employee"),
    QT_TRANSLATE_NOOP("Requests", "Supplier"),
    QT_TRANSLATE_NOOP("Requests", "Heat consumer"),
    QT_TRANSLATE_NOOP("Requests", "Newsletter subscriber"),
    QT_TRANSLATE_NOOP("Requests", "Former employee"),
    QT_TRANSLATE_NOOP("Requests", "Other"),
)
CLOSED = frozenset({RequestStatus.ANSWERED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN})

# The moves the workflow allows: received → identity check → in progress → a closed state.
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.RECEIVED: frozenset(
        {RequestStatus.IDENTITY_CHECK, RequestStatus.IN_PROGRESS, *CLOSED}
    ),
    RequestStatus.IDENTITY_CHECK: frozenset({RequestStatus.IN_PROGRESS, *CLOSED}),
    RequestStatus.IN_PROGRESS: frozenset(CLOSED),
    RequestStatus.ANSWERED: frozenset(),
    RequestStatus.REFUSED: frozenset(),
    RequestStatus.WITHDRAWN: frozenset(),
}

MSG_ILLEGAL_MOVE = QT_TRANSLATE_NOOP(
    "Domain", "A request cannot go from “{old}” back or over to “{new}”."
)
MSG_NO_TYPE = QT_TRANSLATE_NOOP("Domain", "Choose what the request is for.")
MSG_EXTENSION_LATE = QT_TRANSLATE_NOOP(
    "Domain", "An extension can only be given within the first month, at the latest {date}."
)
MSG_EXTENSION_REASON = QT_TRANSLATE_NOOP(
    "Domain", "Write why the request needs more time (complex or many requests)."
)
MSG_EXTENSION_TOO_LATE = QT_TRANSLATE_NOOP(
    "Domain",
    "The first month ended {date}: the request can no longer be extended (Art. 12(3)).",
)
MSG_IDENTITY_FIRST = QT_TRANSLATE_NOOP(
    "Domain", "The identity must be checked before the request is answered."
)
MSG_FORWARD_ANSWER = QT_TRANSLATE_NOOP(
    "Domain", "The controller cannot have answered before the request was passed on."
)
MSG_BEFORE_RECEIVED = QT_TRANSLATE_NOOP("Domain", "The date cannot be before the request came in.")
MSG_REFUSAL_GROUND = QT_TRANSLATE_NOOP("Domain", "A refusal needs its ground.")
MSG_ANSWERED_DATE = QT_TRANSLATE_NOOP("Domain", "Give the date the answer was sent.")


# The longest text each field of a request takes: the model's String(n), the form's
# setMaxLength and the validator all read this one table.
MAX_LENGTHS: dict[str, int] = {
    "requester": 200,
    "contact": 300,
    "relation": 100,
    "utility": 200,
    "identity_how": 500,
    "identity_ask": 500,
    "decision": 4000,
    "extension_reason": 1000,
    "notes": 4000,
}
REQUIRED_TEXT = frozenset({"requester"})

# What a requester may be asked to send to prove who they are (Art. 12(6)); the form
# offers these, and the letter uses the first when nothing is chosen.
IDENTITY_ASKS = (
    QT_TRANSLATE_NOOP(
        "Requests", "a copy of your latest heat bill or another letter from us with your address"
    ),
    QT_TRANSLATE_NOOP("Requests", "a reply from the e-mail address you have given us before"),
    QT_TRANSLATE_NOOP("Requests", "your customer or meter number and your address"),
)


@dataclass
class Forwarding:
    """A request passed on to a controller for whom we process (Art. 28(3)(e)), and the
    day that controller answered the person."""

    controller: str
    forwarded: dt.date | None = None
    answered: dt.date | None = None


@dataclass
class StatusChange:
    """A move in the workflow and the day it happened."""

    status: RequestStatus
    on: dt.date


@dataclass
class RequestDraft:
    """Everything the form edits about one request."""

    id: int | None = None
    version: int | None = None
    types: list[RequestType] = field(default_factory=list)
    requester: str = ""
    contact: str = ""
    relation: str = ""
    utility: str = ""
    received: dt.date = field(default_factory=dt.date.today)
    channel: Channel = Channel.EMAIL
    identity_needed: bool = False
    identity_how: str = ""  # how the identity was checked: a note for the DPO only
    identity_ask: str = ""  # what the requester is asked to send
    identity_checked: dt.date | None = None
    activity_ids: list[int] = field(default_factory=list)
    status: RequestStatus = RequestStatus.RECEIVED
    history: list[StatusChange] = field(default_factory=list)
    decision: str = ""
    refusal_ground: RefusalGround | None = None
    extended: bool = False
    extension_reason: str = ""
    extension_told: dt.date | None = None
    answered: dt.date | None = None
    notes: str = ""
    forwardings: list[Forwarding] = field(default_factory=list)

    @property
    def deadline(self) -> dt.date:
        """The deadline that applies: three months once extended, but a refusal is due
        within one month of receipt even then (Art. 12(4))."""
        extended = self.extended and self.status is not RequestStatus.REFUSED
        return response_deadline(self.received, extended=extended)


def check_move(old: RequestStatus, new: RequestStatus) -> str | None:
    """None when the workflow allows old → new, else the reason."""
    if old is new or new in TRANSITIONS[old]:
        return None
    return Message(
        MSG_ILLEGAL_MOVE,
        old=Term(STATUS_LABELS[old], "Requests"),
        new=Term(STATUS_LABELS[new], "Requests"),
    )


def check_extension(
    received: dt.date, told: dt.date | None, reason: str, *, today: dt.date
) -> dict[str, str]:
    """An extension needs a reason and must be told within the first month. While the
    requester has not been told, it can be given only within the first month (writing
    the extension letter is how they are told)."""
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["extension_reason"] = MSG_EXTENSION_REASON
    first = response_deadline(received)
    if told is None:
        if today > first:
            errors["extended"] = Message(MSG_EXTENSION_TOO_LATE, date=format_date(first))
    elif told > first:
        errors["extension_told"] = Message(MSG_EXTENSION_LATE, date=format_date(first))
    elif told < received:
        errors["extension_told"] = MSG_BEFORE_RECEIVED
    return errors


def validate_request(
    d: RequestDraft, *, previous: RequestStatus | None, today: dt.date
) -> dict[str, str]:
    """Field -> message for each rule the draft breaks; `previous` is the stored status."""
    errors: dict[str, str | None] = {
        name: v.check_text(
            getattr(d, name), required=name in REQUIRED_TEXT, max_length=limit
        )
        for name, limit in MAX_LENGTHS.items()
    }
    errors["types"] = None if d.types else MSG_NO_TYPE
    if previous is not None:
        errors["status"] = check_move(previous, d.status)
    if d.extended:
        errors.update(
            check_extension(d.received, d.extension_told, d.extension_reason, today=today)
        )
    if d.status is RequestStatus.REFUSED and d.refusal_ground is None:
        errors["refusal_ground"] = MSG_REFUSAL_GROUND
    if d.status in (RequestStatus.ANSWERED, RequestStatus.REFUSED) and d.answered is None:
        errors["answered"] = MSG_ANSWERED_DATE
    if d.answered is not None and d.answered < d.received:
        errors["answered"] = MSG_BEFORE_RECEIVED
    if d.identity_checked is not None and d.identity_checked < d.received:
        errors["identity_checked"] = MSG_BEFORE_RECEIVED
    if d.identity_needed and d.identity_checked is None and d.status is RequestStatus.ANSWERED:
        errors["identity_checked"] = MSG_IDENTITY_FIRST
    for f in d.forwardings:
        if f.forwarded and f.answered and f.answered < f.forwarded:
            errors["forwardings"] = MSG_FORWARD_ANSWER
        errors["forwardings"] = errors.get("forwardings") or v.check_not_future(
            f.forwarded, today=today
        ) or v.check_not_future(f.answered, today=today)
    for name in ("received", "identity_checked", "answered", "extension_told"):
        errors[name] = errors.get(name) or v.check_not_future(getattr(d, name), today=today)
    return {name: message for name, message in errors.items() if message}


def answered_in_time(d: RequestDraft) -> bool | None:
    """Whether a closed request was answered by its deadline (None while open)."""
    if d.answered is None:
        return None
    return d.answered <= d.deadline
