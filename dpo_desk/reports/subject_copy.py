"""What goes with a request beyond the letter to the person: the notice that passes it to
a controller for whom we process (Art. 28(3)(e)), and the copy of everything this
database holds about the person (Art. 15(3)) as a PDF and as machine-readable JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from dpo_desk.domain.deadlines import response_deadline
from dpo_desk.domain.letters import LETTER_LABELS, LetterKind
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.register import ActivityView, ControllerParty
from dpo_desk.domain.requests import (
    CHANNEL_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Channel,
    RequestDraft,
    RequestStatus,
    RequestType,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.letters import closing, opening
from dpo_desk.reports.model import Block, Fields, Heading, Paragraph, Report


def forward_notice(
    *,
    organisation: OrganisationDetails,
    request: RequestDraft,
    controller: ControllerParty,
    activities: Sequence[ActivityView],
    assist_deadline: str,
    today: dt.date,
) -> Report:
    """The notice to `controller` that a request about its processing reached us."""
    org = organisation
    held = "\n".join(
        f"{v.name}: " + "; ".join(name for name, _ in v.data_categories) for v in activities
    )
    types = ", ".join(translate("Requests", TYPE_LABELS[t]).lower() for t in request.types)
    blocks: list[Block] = opening(org, f"{controller.name}\n{controller.contact}", today,
                                  controller.name)
    blocks += [
        Paragraph(
            translate(
                "Letters",
                "We have received a request from a data subject about processing we carry out "
                "on your behalf as your data processor. You are the controller and answer the "
                "data subject; we assist you (Art. 28(3)(e) of the General Data Protection "
                "Regulation) and have told the data subject that the request was passed on to "
                "you.",
            )
        ),
        Fields(
            [
                (translate("Letters", "Data subject"), request.requester),
                (translate("Letters", "Contact"), request.contact),
                (translate("Letters", "The request is for"), types),
                (translate("Letters", "Received by us"), format_date(request.received)),
                (translate("Letters", "Processing we do for you"), controller.processing),
                (translate("Letters", "What we hold for you"), held),
                (translate("Letters", "Our deadline for assisting you (data processing agreement)"),
                 assist_deadline or translate("Letters", "without undue delay")),
                (translate("Letters", "Your deadline for answering (Art. 12(3))"),
                 translate("Letters", "{date} (one month from our receipt)").format(
                     date=format_date(response_deadline(request.received)))),
            ]
        ),
        Paragraph(
            translate(
                "Letters",
                "Please tell us what you need from us, and let us know when you have answered "
                "the data subject.",
            )
        ),
        closing(org),
    ]
    return Report(
        title=translate("Letters", LETTER_LABELS[LetterKind.FORWARD_NOTICE]),
        organisation=org.name,
        blocks=blocks,
    )


LABELS = {
    "received": QT_TRANSLATE_NOOP("Annex", "Received"),
    "types": QT_TRANSLATE_NOOP("Annex", "The request is for"),
    "contact": QT_TRANSLATE_NOOP("Annex", "Contact"),
    "relation": QT_TRANSLATE_NOOP("Annex", "Relation to us"),
    "utility": QT_TRANSLATE_NOOP("Annex", "Utility"),
    "channel": QT_TRANSLATE_NOOP("Annex", "Channel"),
    "status": QT_TRANSLATE_NOOP("Annex", "Status"),
    "history": QT_TRANSLATE_NOOP("Annex", "Status history"),
    "identity_checked": QT_TRANSLATE_NOOP("Annex", "Identity checked"),
    "identity_how": QT_TRANSLATE_NOOP("Annex", "How identity was checked"),
    "deadline": QT_TRANSLATE_NOOP("Annex", "Deadline"),
    "extension_reason": QT_TRANSLATE_NOOP("Annex", "Reason for the extension"),
    "answered": QT_TRANSLATE_NOOP("Annex", "Answered"),
    "decision": QT_TRANSLATE_NOOP("Annex", "Decision"),
    "notes": QT_TRANSLATE_NOOP("Annex", "Notes"),
    "activities": QT_TRANSLATE_NOOP("Annex", "Processing activities"),
    "forwardings": QT_TRANSLATE_NOOP("Annex", "Passed on to"),
    "letters": QT_TRANSLATE_NOOP("Annex", "Letters"),
    "name": QT_TRANSLATE_NOOP("Annex", "Name"),
    "address": QT_TRANSLATE_NOOP("Annex", "Address"),
    "meter_number": QT_TRANSLATE_NOOP("Annex", "Meter number"),
    "phone": QT_TRANSLATE_NOOP("Annex", "Phone"),
    "alternative_contact": QT_TRANSLATE_NOOP("Annex", "Alternative contact"),
    "consideration": QT_TRANSLATE_NOOP("Annex", "What must be considered"),
    "note": QT_TRANSLATE_NOOP("Annex", "Note"),
    "consent_given": QT_TRANSLATE_NOOP("Annex", "Consent given"),
    "consent_text": QT_TRANSLATE_NOOP("Annex", "Consent text version"),
    "collected_by": QT_TRANSLATE_NOOP("Annex", "Collected by"),
    "withdrawn": QT_TRANSLATE_NOOP("Annex", "Withdrawn"),
    "withdrawn_how": QT_TRANSLATE_NOOP("Annex", "How it was withdrawn"),
}


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return " – ".join(_plain(v) for v in value.values() if v not in ("", None))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return "" if value is None else str(value)


def _kind_label(kind: str) -> str:
    try:
        return translate("Letters", LETTER_LABELS[LetterKind(kind)])
    except ValueError:
        return translate("Annex", "Document")


def _readable(record: dict[str, Any]) -> dict[str, Any]:
    """A request's record with its codes as the person reads them."""
    shown = dict(record)
    status = {s.value: translate("Requests", label) for s, label in STATUS_LABELS.items()}
    if "types" in shown:
        shown["types"] = ", ".join(
            translate("Requests", TYPE_LABELS[RequestType(t)]) for t in record["types"]
        )
    if "channel" in shown:
        shown["channel"] = translate("Requests", CHANNEL_LABELS[Channel(record["channel"])])
    if "status" in shown:
        shown["status"] = status[RequestStatus(record["status"]).value]
    shown["history"] = [
        f"{status[h['status']]} {_plain(h['on'])}" for h in record.get("history", [])
    ]
    shown["letters"] = [
        f"{_kind_label(x['kind'])} {_plain(x['created'])}" for x in record.get("letters", [])
    ]
    return shown


def _fields(record: dict[str, Any]) -> Fields:
    return Fields(
        [
            (translate("Annex", LABELS[key]), _plain(value))
            for key, value in record.items()
            if key in LABELS and value not in ("", None, [])
        ]
    )


def annex(*, organisation: OrganisationDetails, data: dict[str, Any]) -> Report:
    """The person's data as this database holds it, readable (Art. 15(3))."""
    blocks: list[Block] = [
        Paragraph(
            translate(
                "Letters",
                "This enclosure holds everything our data protection case handling holds about "
                "you. The same data is enclosed as a machine-readable file (JSON).",
            )
        ),
        Fields([(translate("Annex", "Name"), data["person"]["name"])]),
    ]
    for record in data["requests"]:
        blocks.append(
            Heading(
                translate("Annex", "Your request received {date}").format(
                    date=_plain(record["received"])
                ),
                level=2,
            )
        )
        blocks.append(_fields(_readable(record)))
    for record in data["consents"]:
        blocks.append(Heading(translate("Annex", "Consent to hold health data"), level=2))
        blocks.append(_fields(record))
    return Report(
        title=translate("Letters", LETTER_LABELS[LetterKind.ANNEX]),
        organisation=organisation.name,
        blocks=blocks,
    )


def annex_json(data: dict[str, Any]) -> bytes:
    """The same data, machine-readable (Art. 15(3), 20)."""
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
