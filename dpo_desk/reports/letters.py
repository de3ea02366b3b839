"""Letters to a data subject, in Danish on the organisation's letterhead: the answer to
a request for access (built from the register: nothing is typed twice), an extension
notice, a request for identification, a refusal, and a confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.register import ActivityView
from dpo_desk.domain.requests import GROUND_LABELS, TYPE_LABELS, RequestDraft, RequestType
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Fields, Heading, Paragraph, Report
from dpo_desk.reports.register import recipients_text, retention_text, transfers_text


class LetterKind(Enum):
    """The letters the program writes."""

    ACCESS = "access"
    EXTENSION = "extension"
    IDENTITY = "identity"
    REFUSAL = "refusal"
    CONFIRMATION = "confirmation"


LETTER_LABELS = {
    LetterKind.ACCESS: QT_TRANSLATE_NOOP("Letters", "Answer to a request for access"),
    LetterKind.EXTENSION: QT_TRANSLATE_NOOP("Letters", "Notice of extension"),
    LetterKind.IDENTITY: QT_TRANSLATE_NOOP("Letters", "Request for identification"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("Letters", "Refusal"),
    LetterKind.CONFIRMATION: QT_TRANSLATE_NOOP("Letters", "Confirmation"),
}


def _rights() -> list[Block]:
    return [
        Heading(translate("Letters", "Your rights"), level=2),
        Paragraph(
            translate(
                "Letters",
                "You have the right of access, to rectification, to erasure, to "
                "restriction of processing, to object, and to data portability, within the limits "
                "of the General Data Protection Regulation. Where processing rests on your "
                "consent, you may withdraw it at any time.",
            )
        ),
        Paragraph(
            translate(
                "Letters",
                "You can complain to Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, "
                "www.datatilsynet.dk. We would be glad if you contacted us first.",
            )
        ),
    ]


def _activity(view: ActivityView) -> list[Block]:
    categories = "; ".join(name for name, _ in view.data_categories)
    automated = (
        translate("Letters", "No automated decisions or profiling are used.")
        if not view.automated_decisions
        else view.automated_description
    )
    return [
        Heading(view.name, level=2),
        Fields(
            [
                (translate("Letters", "Purposes"), view.purposes),
                (translate("Letters", "Categories of personal data"), categories),
                (translate("Letters", "Recipients"), recipients_text(view)),
                (translate("Letters", "Transfers to third countries"), transfers_text(view)),
                (translate("Letters", "How long the data is kept"), retention_text(view)),
                (translate("Letters", "Where the data comes from"), view.source),
                (translate("Letters", "Automated decisions"), automated),
            ]
        ),
    ]


def build(
    kind: LetterKind,
    *,
    organisation: OrganisationDetails,
    request: RequestDraft,
    activities: Sequence[ActivityView],
    today: dt.date,
) -> Report:
    """The letter `kind` to the requester of `request`."""
    org = organisation
    sender = ", ".join(
        p for p in (org.name, org.address, f"{org.postal_code} {org.city}".strip(), org.email) if p
    )
    types = ", ".join(translate("Requests", TYPE_LABELS[t]).lower() for t in request.types)
    blocks: list[Block] = [
        Paragraph(f"{request.requester}\n{request.contact}".strip()),
        Paragraph(
            translate("Letters", "{city}, {date}").format(
                city=org.city or org.name, date=format_date(today)
            )
        ),
        Paragraph(translate("Letters", "Dear {name},").format(name=request.requester)),
    ]
    received = format_date(request.received)
    if kind is LetterKind.ACCESS:
        blocks.append(
            Paragraph(
                translate(
                    "Letters",
                    "On {date} you asked for access to the personal data we process about "
                    "you (Art. 15 of the General Data Protection Regulation). Below we "
                    "describe each processing that concerns you.",
                ).format(date=received)
            )
        )
        for view in activities:
            blocks += _activity(view)
        if not activities:
            blocks.append(
                Paragraph(translate("Letters", "We do not process personal data about you."))
            )
        blocks += _rights()
    elif kind is LetterKind.EXTENSION:
        blocks.append(
            Paragraph(
                translate(
                    "Letters",
                    "We received your request ({types}) on {date}. Because {reason}, we need "
                    "more time and extend the deadline by two months, as Art. 12(3) of the General "
                    "Data Protection Regulation allows. You will have our answer at the latest on "
                    "{deadline}.",
                ).format(
                    types=types,
                    date=received,
                    reason=request.extension_reason or "…",
                    deadline=format_date(request.deadline),
                )
            )
        )
        blocks += _rights()
    elif kind is LetterKind.IDENTITY:
        blocks.append(
            Paragraph(
                translate(
                    "Letters",
                    "We received your request ({types}) on {date}. Before we can answer, we "
                    "must be sure that we give the data to the right person (Art. 12(6)). "
                    "Please send us: {how}.",
                ).format(types=types, date=received, how=request.identity_how or "…")
            )
        )
    elif kind is LetterKind.REFUSAL:
        ground = (
            translate("Requests", GROUND_LABELS[request.refusal_ground])
            if request.refusal_ground
            else ""
        )
        blocks.append(
            Paragraph(
                translate(
                    "Letters",
                    "We received your request ({types}) on {date}. We cannot meet it. The "
                    "ground is: {ground}.",
                ).format(types=types, date=received, ground=ground)
            )
        )
        if request.decision:
            blocks.append(Paragraph(request.decision))
        blocks += _rights()
    else:
        blocks.append(
            Paragraph(
                translate(
                    "Letters",
                    "We received your request ({types}) on {date} and confirm that it has "
                    "been carried out.",
                ).format(types=types, date=received)
            )
        )
        if request.decision:
            blocks.append(Paragraph(request.decision))
    blocks.append(
        Paragraph(
            translate("Letters", "Kind regards") + f"\n{org.dpo_name or org.name}" + f"\n{sender}"
        )
    )
    return Report(
        title=translate("Letters", LETTER_LABELS[kind]), organisation=org.name, blocks=blocks
    )


def needs_access_data(request: RequestDraft) -> bool:
    """True when the request asks for access (the letter lists the activities)."""
    return RequestType.ACCESS in request.types
