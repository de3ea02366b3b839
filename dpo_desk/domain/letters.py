"""The letters the program writes to a data subject about a request, and which of them
fit a request as it stands (`offered`). reports/letters.py writes them."""

from __future__ import annotations

from enum import Enum

from dpo_desk.domain.requests import CLOSED, RequestDraft, RequestStatus, RequestType
from dpo_desk.domain.text import QT_TRANSLATE_NOOP


class LetterKind(Enum):
    """The letters and enclosures the program writes."""

    ACCESS = "access"
    EXTENSION = "extension"
    IDENTITY = "identity"
    REFUSAL = "refusal"
    CONFIRMATION = "confirmation"
    FORWARDED = "forwarded"  # to the person: passed on to the controller
    FORWARD_NOTICE = "forward_notice"  # to a controller for whom we process
    ANNEX = "annex"  # what this database holds about the person, as PDF
    ANNEX_DATA = "annex_data"  # the same, machine-readable (JSON)


LETTER_LABELS = {
    LetterKind.ACCESS: QT_TRANSLATE_NOOP("Letters", "Answer to a request for access"),
    LetterKind.EXTENSION: QT_TRANSLATE_NOOP("Letters", "Notice of extension"),
    LetterKind.IDENTITY: QT_TRANSLATE_NOOP("Letters", "Request for identification"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("Letters", "Refusal"),
    LetterKind.CONFIRMATION: QT_TRANSLATE_NOOP("Letters", "Confirmation"),
    LetterKind.FORWARDED: QT_TRANSLATE_NOOP("Letters", "Request passed on to the controller"),
    LetterKind.FORWARD_NOTICE: QT_TRANSLATE_NOOP(
        "Letters", "Forwarding of a data subject's request"
    ),
    LetterKind.ANNEX: QT_TRANSLATE_NOOP("Letters", "Enclosure: your data in our case handling"),
    LetterKind.ANNEX_DATA: QT_TRANSLATE_NOOP("Letters", "Enclosure: your data (machine-readable)"),
}


# The letters the DPO chooses from; the others are written along with one of these.
WRITABLE = (
    LetterKind.ACCESS,
    LetterKind.EXTENSION,
    LetterKind.IDENTITY,
    LetterKind.REFUSAL,
    LetterKind.CONFIRMATION,
    LetterKind.FORWARDED,
)


def offered(request: RequestDraft, *, forwards: bool) -> list[LetterKind]:
    """The letters that fit the request as it stands; `forwards` says whether it touches
    processing done for another controller."""
    identity_awaited = request.identity_needed and request.identity_checked is None
    fits = {
        LetterKind.ACCESS: RequestType.ACCESS in request.types
        and request.status not in (RequestStatus.REFUSED, RequestStatus.WITHDRAWN)
        and not identity_awaited,
        LetterKind.EXTENSION: request.extended and request.status not in CLOSED,
        LetterKind.IDENTITY: identity_awaited and request.status not in CLOSED,
        LetterKind.REFUSAL: request.status is RequestStatus.REFUSED
        and request.refusal_ground is not None,
        LetterKind.CONFIRMATION: request.status is RequestStatus.ANSWERED,
        LetterKind.FORWARDED: forwards and request.status is not RequestStatus.WITHDRAWN,
    }
    return [kind for kind in WRITABLE if fits[kind]]
