"""Consent reports: the register for documentation, the management workbook (never any
health free text), the call sheet of an interruption, and the consent form to sign."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from dpo_desk.domain.consents import STATE_LABELS, ConsentState, ConsumerDraft
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.text import format_date, format_moment
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Column, Fields, Heading, Kind, Paragraph, Report, Table


def build_register(
    details: OrganisationDetails, consumers: Sequence[tuple[ConsumerDraft, ConsentState, str]]
) -> Report:
    """The consent register: names, consent and withdrawal dates and text versions (the
    proof of consent), with counts for management. No health details at all."""
    counts = Counter((d.utility, state) for d, state, _version in consumers)
    utilities = sorted({d.utility for d, _s, _v in consumers})
    states = [
        ConsentState.ACTIVE,
        ConsentState.RECONFIRM,
        ConsentState.WITHDRAWN,
        ConsentState.NONE,
    ]
    blocks: list[Block] = [
        Heading(translate("ConsentReport", "Consents per utility")),
        Table(
            translate("ConsentReport", "Per utility and status"),
            [Column(translate("ConsentReport", "Utility"), width=2)]
            + [Column(translate("Consents", STATE_LABELS[s]), Kind.NUMBER) for s in states],
            [(u, *(counts[(u, s)] for s in states)) for u in utilities],
        ),
        Table(
            translate("ConsentReport", "Due for re-confirmation"),
            [
                Column(translate("ConsentReport", "Consumer"), width=2),
                Column(translate("ConsentReport", "Utility"), width=2),
                Column(translate("ConsentReport", "Consent given"), Kind.DATE),
                Column(translate("ConsentReport", "Moved"), Kind.YES_NO),
            ],
            [
                (d.name, d.utility, d.consent_given, d.moved)
                for d, s, _v in consumers
                if s is ConsentState.RECONFIRM or (d.moved and s is ConsentState.ACTIVE)
            ],
        ),
        Heading(translate("ConsentReport", "The register of consents")),
        Table(
            translate("ConsentReport", "Consents"),
            [
                Column(translate("ConsentReport", "Consumer"), width=2),
                Column(translate("ConsentReport", "Postal code")),
                Column(translate("ConsentReport", "Utility"), width=2),
                Column(translate("ConsentReport", "Consent given"), Kind.DATE),
                Column(translate("ConsentReport", "Text version")),
                Column(translate("ConsentReport", "Collected by"), width=2, drop_order=1),
                Column(translate("ConsentReport", "Withdrawn"), Kind.DATE),
                Column(translate("ConsentReport", "Status")),
            ],
            [
                (
                    d.name,
                    d.postal_code,
                    d.utility,
                    d.consent_given,
                    version,
                    d.collected_by,
                    d.withdrawn,
                    translate("Consents", STATE_LABELS[s]),
                )
                for d, s, version in consumers
            ],
        ),
    ]
    return Report(
        title=translate("ConsentReport", "Register of health-data consents"),
        organisation=details.name,
        blocks=blocks,
    )


def build_call_sheet(
    details: OrganisationDetails,
    *,
    interruption: str,
    starts: dt.datetime,
    ends: dt.datetime,
    lines: Sequence[object],
    with_free_text: bool,
    today: dt.date,
) -> Report:
    """The call sheet for an interruption, with a column to tick who warned whom, when.
    The interruption and its planned start and end head the PDF and are the workbook's
    first sheet."""
    columns = [
        Column(translate("ConsentReport", "Consumer"), width=2),
        Column(translate("ConsentReport", "Address"), width=2.5),
        Column(translate("ConsentReport", "Phone"), width=1.3),
        Column(translate("ConsentReport", "Alternative contact"), width=1.6),
        Column(translate("ConsentReport", "Consideration"), width=2),
    ]
    if with_free_text:
        columns.append(Column(translate("ConsentReport", "Note"), width=2))
    columns.append(Column(translate("ConsentReport", "Warned at / by"), width=1.6))
    rows = []
    for line in lines:
        row = [
            line.name,
            line.address,
            line.phone,  # type: ignore[attr-defined]
            line.alternative_contact,
            line.category,
        ]  # type: ignore[attr-defined]
        if with_free_text:
            row.append(line.free_text)  # type: ignore[attr-defined]
        row.append("☐ ____________")
        rows.append(row)
    return Report(
        title=translate("ConsentReport", "Call sheet before an interruption"),
        organisation=details.name,
        blocks=[
            Fields(
                [
                    (translate("ConsentReport", "Interruption"), interruption),
                    (translate("ConsentReport", "Planned start"), format_moment(starts)),
                    (translate("ConsentReport", "Planned end"), format_moment(ends)),
                    (translate("ConsentReport", "Consumers to warn"), str(len(rows))),
                    (translate("ConsentReport", "Produced"), format_date(today)),
                ],
                sheet_title=translate("ConsentReport", "Interruption"),
            ),
            Paragraph(
                translate(
                    "ConsentReport",
                    "Confidential: health data (Art. 9). Shred "
                    "the sheet when the interruption is over.",
                )
            ),
            Table(translate("ConsentReport", "Consumers to warn"), columns, rows),
        ],
    )


def build_consent_form(
    details: OrganisationDetails, d: ConsumerDraft, *, version: str, text: str, utility: str
) -> Report:
    """The consent form, pre-filled, ready for the utility to send."""
    return Report(
        title=translate("ConsentReport", "Consent to keep information about your health"),
        organisation=details.name,
        blocks=[
            Paragraph(f"{d.name}\n{d.street} {d.house_number}\n{d.postal_code} {d.city}"),
            Fields(
                [
                    (translate("ConsentReport", "Meter number"), d.meter_number),
                    (translate("ConsentReport", "Utility"), utility or d.utility),
                    (translate("ConsentReport", "Version of the text"), version),
                ]
            ),
            Heading(translate("ConsentReport", "What it is for"), level=2),
            Paragraph(
                translate(
                    "ConsentReport",
                    "We keep a short note that you need special care, so that you "
                    "are always warned before the district heating is interrupted. We keep only "
                    "what is needed for that, and nothing else.",
                )
            ),
            Heading(translate("ConsentReport", "The consent"), level=2),
            Paragraph(text),
            Heading(translate("ConsentReport", "You can withdraw it at any time"), level=2),
            Paragraph(
                translate(
                    "ConsentReport",
                    "You can withdraw your consent at any time, as easily as you "
                    "gave it: call or write to {utility} or to {org} ({email}, {phone}). The note "
                    "about your health is then erased at once.",
                ).format(
                    utility=utility or d.utility,
                    org=details.name,
                    email=details.email,
                    phone=details.phone,
                )
            ),
            Paragraph(
                "\n\n"
                + translate("ConsentReport", "Date")
                + " ______________    "
                + translate("ConsentReport", "Signature")
                + " ________________________________"
            ),
        ],
    )
