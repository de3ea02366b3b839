"""Letters to a data subject, in Danish on the organisation's letterhead: the answer to
a request for access (built from the register: nothing is typed twice), an extension
notice, a request for identification, a refusal, a confirmation, and the notice that a
request was passed on to the controller who must answer it.

A letter is offered only in the states it fits (`offered`), and every free text typed
by the DPO goes into a letter as its own paragraph, never spliced into a sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dpo_desk.domain.letters import LETTER_LABELS, LetterKind
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.register import ActivityView, ControllerParty, Role
from dpo_desk.domain.requests import (
    GROUND_LABELS,
    IDENTITY_ASKS,
    TYPE_LABELS,
    RequestDraft,
    RequestType,
)
from dpo_desk.domain.retention import RuleKind
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Fields, Heading, Paragraph, Report
from dpo_desk.reports.register_fields import recipients_text, transfers_text


@dataclass(frozen=True)
class Enclosure:
    """One enclosure of the access answer: what it is and where it comes from."""

    title: str
    source: str = ""


def sender_lines(org: OrganisationDetails) -> str:
    """The organisation's name and address on one line."""
    return ", ".join(
        p for p in (org.name, org.address, f"{org.postal_code} {org.city}".strip(), org.email) if p
    )


def opening(org: OrganisationDetails, recipient: str, today: dt.date, name: str) -> list[Block]:
    """Address, place and date, and the salutation."""
    return [
        Paragraph(recipient.strip()),
        Paragraph(
            translate("Letters", "{city}, {date}").format(
                city=org.city or org.name, date=format_date(today)
            )
        ),
        Paragraph(translate("Letters", "Dear {name},").format(name=name)),
    ]


def closing(org: OrganisationDetails) -> Paragraph:
    """Kind regards and the sender."""
    return Paragraph(
        translate("Letters", "Kind regards") + f"\n{org.dpo_name or org.name}\n{sender_lines(org)}"
    )


def _complaint() -> Paragraph:
    return Paragraph(
        translate(
            "Letters",
            "You can complain to Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, "
            "www.datatilsynet.dk. We would be glad if you contacted us first.",
        )
    )


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
        _complaint(),
    ]


def _remedies() -> list[Block]:
    """Art. 12(4): a refusal tells of the complaint and of the courts."""
    return [
        Heading(translate("Letters", "If you disagree"), level=2),
        Paragraph(
            translate(
                "Letters",
                "You can complain about our decision to Datatilsynet, Carl Jacobsens Vej 35, "
                "2500 Valby, www.datatilsynet.dk, and you can bring it before the courts "
                "(Art. 12(4), 77 and 79 of the General Data Protection Regulation).",
            )
        ),
    ]


def retention_line(view: ActivityView) -> str:
    """How long the data is kept, said once: the register's text, else its rule."""
    if view.retention_text.strip():
        return view.retention_text.strip()
    rule = view.retention_rule
    if rule.kind is RuleKind.FISCAL_YEAR_PLUS:
        text = (
            translate(
                "Letters", "To the end of the financial year the relationship ended in + 1 year"
            )
            if rule.amount == 1
            else translate(
                "Letters", "To the end of the financial year the relationship ended in + {n} years"
            )
        )
    elif rule.kind is RuleKind.MONTHS_AFTER_COLLECTION:
        text = (
            translate("Letters", "1 month after collection")
            if rule.amount == 1
            else translate("Letters", "{n} months after collection")
        )
    else:
        return translate("Letters", "Not fixed")
    return text.format(n=rule.amount)


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
                (translate("Letters", "How long the data is kept"), retention_line(view)),
                (translate("Letters", "Where the data comes from"), view.source),
                (translate("Letters", "Automated decisions"), automated),
            ]
        ),
    ]


def enclosures(activities: Sequence[ActivityView]) -> list[Enclosure]:
    """The access answer's enclosures: the program's own annex first, then a copy from
    the systems of each activity (named in the register, or what to gather)."""
    own = translate("Letters", "Your data in our handling of your requests (PDF and JSON)")
    found = [Enclosure(own)]
    for view in activities:
        systems = str(getattr(view, "systems", "") or "").strip()
        source = (
            translate("Letters", "from: {systems}").format(systems=systems)
            if systems
            else translate(
                "Letters",
                "from the systems used for this processing (not yet named in the record of "
                "processing activities)",
            )
        )
        found.append(
            Enclosure(
                translate("Letters", "A copy of your data: {name}").format(name=view.name), source
            )
        )
    return found


def _types(request: RequestDraft) -> str:
    return ", ".join(translate("Requests", TYPE_LABELS[t]).lower() for t in request.types)


def _received(request: RequestDraft) -> Paragraph:
    return Paragraph(
        translate("Letters", "On {date} we received your request for {types}.").format(
            types=_types(request), date=format_date(request.received)
        )
    )


def _access(request: RequestDraft, activities: Sequence[ActivityView]) -> list[Block]:
    own = [v for v in activities if v.role is Role.CONTROLLER]
    blocks: list[Block] = [
        Paragraph(
            translate(
                "Letters",
                "On {date} you asked for access to the personal data we process about "
                "you (Art. 15 of the General Data Protection Regulation). Below we "
                "describe each processing for which we are responsible, and we enclose a "
                "copy of the data.",
            ).format(date=format_date(request.received))
        )
    ]
    for view in own:
        blocks += _activity(view)
    if not own:
        blocks.append(Paragraph(translate("Letters", "We do not process personal data about you.")))
    if len(own) < len(activities):
        blocks.append(
            Paragraph(
                translate(
                    "Letters",
                    "Where we process data about you on behalf of another controller, that "
                    "controller answers you; we have told you so in a separate letter.",
                )
            )
        )
    blocks.append(Heading(translate("Letters", "Enclosures"), level=2))
    blocks.append(
        Fields(
            [
                (str(number), f"{e.title} – {e.source}" if e.source else e.title)
                for number, e in enumerate(enclosures(own), start=1)
            ]
        )
    )
    return blocks + _rights()


def _extension(request: RequestDraft) -> list[Block]:
    return [
        _received(request),
        Paragraph(
            translate(
                "Letters",
                "We need more time and extend the deadline by two months, as Art. 12(3) of the "
                "General Data Protection Regulation allows. You will have our answer at the "
                "latest on {deadline}. The reason is:",
            ).format(deadline=format_date(request.deadline))
        ),
        Paragraph(request.extension_reason.strip()),
        *_rights(),
    ]


def _identity(request: RequestDraft) -> list[Block]:
    ask = request.identity_ask.strip() or translate("Requests", IDENTITY_ASKS[0])
    return [
        _received(request),
        Paragraph(
            translate(
                "Letters",
                "Before we can answer, we must be sure that we give the data to the right "
                "person (Art. 12(6) of the General Data Protection Regulation). Please send us:",
            )
        ),
        Paragraph(ask),
        Paragraph(
            translate(
                "Letters",
                "The deadline for our answer still runs from the day we received your request.",
            )
        ),
    ]


def _refusal(request: RequestDraft) -> list[Block]:
    assert request.refusal_ground is not None  # offered() holds this
    blocks: list[Block] = [
        _received(request),
        Paragraph(translate("Letters", "We cannot meet your request, on this ground:")),
        Paragraph(translate("Requests", GROUND_LABELS[request.refusal_ground])),
    ]
    if request.decision.strip():
        blocks.append(Paragraph(request.decision.strip()))
    return blocks + _remedies()


def _confirmation(request: RequestDraft) -> list[Block]:
    blocks: list[Block] = [
        _received(request),
        Paragraph(translate("Letters", "We confirm that it has been carried out.")),
    ]
    if request.decision.strip():
        blocks.append(Paragraph(request.decision.strip()))
    return blocks


def _forwarded(request: RequestDraft, controllers: Sequence[ControllerParty]) -> list[Block]:
    blocks: list[Block] = [
        _received(request),
        Paragraph(
            translate(
                "Letters",
                "Your request concerns data we process on behalf of the controller named "
                "below, as its data processor. The controller decides how your data is "
                "processed and answers your request; we have passed your request on to it "
                "today and help it to answer (Art. 28(3)(e) of the General Data Protection "
                "Regulation).",
            )
        ),
        Fields([(c.name, c.contact) for c in controllers]),
        Paragraph(
            translate(
                "Letters",
                "If your request also concerns processing for which we are responsible "
                "ourselves, we answer that part separately.",
            )
        ),
    ]
    return blocks


def build(
    kind: LetterKind,
    *,
    organisation: OrganisationDetails,
    request: RequestDraft,
    activities: Sequence[ActivityView],
    today: dt.date,
    controllers: Sequence[ControllerParty] = (),
) -> Report:
    """The letter `kind` to the requester of `request`."""
    org = organisation
    blocks = opening(org, f"{request.requester}\n{request.contact}", today, request.requester)
    if kind is LetterKind.ACCESS:
        blocks += _access(request, activities)
    elif kind is LetterKind.EXTENSION:
        blocks += _extension(request)
    elif kind is LetterKind.IDENTITY:
        blocks += _identity(request)
    elif kind is LetterKind.REFUSAL:
        blocks += _refusal(request)
    elif kind is LetterKind.FORWARDED:
        blocks += _forwarded(request, controllers)
    else:
        blocks += _confirmation(request)
    blocks.append(closing(org))
    return Report(
        title=translate("Letters", LETTER_LABELS[kind]), organisation=org.name, blocks=blocks
    )


def needs_access_data(request: RequestDraft) -> bool:
    """True when the request asks for access (the letter lists the activities)."""
    return RequestType.ACCESS in request.types
