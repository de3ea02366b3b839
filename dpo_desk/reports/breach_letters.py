"""The breach log's letters: to the people affected (Art. 34(2)) and the notice to a
controller when we are its processor (Art. 33(2)). A letter's title is printed once, atop
its first page (as every report's title): the letter head follows it, with no heading
that says it again."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain.breaches import BreachView
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.text import format_date, format_moment
from dpo_desk.i18n import translate
from dpo_desk.reports.breaches import field_label, kinds_text, special_text
from dpo_desk.reports.model import Block, Fields, Heading, Paragraph, Report


def _letter_head(organisation: OrganisationDetails, to: str, today: dt.date) -> list[Block]:
    return [
        Paragraph(to),
        Paragraph(
            translate("Letters", "{city}, {date}").format(
                city=organisation.city or organisation.name, date=format_date(today)
            )
        ),
    ]


def _signature(organisation: OrganisationDetails) -> Paragraph:
    org = organisation
    contact = ", ".join(p for p in (org.dpo_name, org.dpo_email, org.dpo_phone) if p)
    return Paragraph(
        translate("Letters", "Kind regards")
        + f"\n{org.dpo_name or org.name}\n{org.name}"
        + (f"\n{contact}" if contact else "")
    )


def build_subject_letter(
    organisation: OrganisationDetails, view: BreachView, *, today: dt.date
) -> Report:
    """The letter to the people affected by a high-risk breach (Art. 34(2)): what
    happened, the likely consequences, the measures, whom to contact, and what they can
    do themselves — in clear and plain language."""
    d = view.draft
    org = organisation
    contact = ", ".join(p for p in (org.dpo_name, org.dpo_email, org.dpo_phone) if p) or org.name
    title = translate("Breaches", "Notice of a personal data breach")
    blocks: list[Block] = [
        *_letter_head(org, translate("Breaches", "To the people affected"), today),
        Paragraph(
            translate(
                "Breaches",
                "We are writing to tell you that personal data about you has been affected by "
                "a breach of security at {org}. We became aware of it on {date}.",
            ).format(org=org.name, date=format_date(d.aware_at.astimezone().date()))
        ),
        Heading(translate("Breaches", "What happened"), level=2),
        Paragraph(d.description or "—"),
        Heading(translate("Breaches", "What it may mean for you"), level=2),
        Paragraph(d.consequences or "—"),
        Heading(translate("Breaches", "What we have done"), level=2),
        Paragraph("\n".join(p for p in (d.measures_taken, d.measures_proposed) if p) or "—"),
    ]
    if d.advice:
        blocks += [Heading(translate("Breaches", "What you can do"), level=2), Paragraph(d.advice)]
    blocks += [
        Heading(translate("Breaches", "Whom to contact"), level=2),
        Paragraph(
            translate(
                "Breaches",
                "If you have questions, contact our data protection officer: {contact}. You "
                "can also complain to Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, "
                "www.datatilsynet.dk.",
            ).format(contact=contact)
        ),
        _signature(org),
    ]
    return Report(title=title, organisation=org.name, blocks=blocks)


def build_controller_notice(
    organisation: OrganisationDetails,
    view: BreachView,
    controller: str,
    *,
    today: dt.date,
) -> Report:
    """The notice to a controller of a breach in what we process for it (Art. 33(2)),
    with what the controller needs for its own notification (Art. 33(3))."""
    d = view.draft
    title = translate("Breaches", "Notice of a personal data breach to the controller")
    count = "" if d.subjects_count is None else str(d.subjects_count)
    blocks: list[Block] = [
        *_letter_head(organisation, controller, today),
        Paragraph(
            translate(
                "Breaches",
                "As your processor we notify you of a personal data breach in the processing "
                "we carry out on your behalf (Art. 33(2) of the General Data Protection "
                "Regulation). We became aware of it on {moment}.",
            ).format(moment=format_moment(d.aware_at))
        ),
        Fields(
            [
                (field_label("description"), d.description),
                (field_label("kinds"), kinds_text(view)),
                (field_label("activities"), "; ".join(view.activities)),
                (field_label("subjects_count"), count),
                (
                    translate("Breaches", "Special kinds of data"),
                    special_text(view) or translate("Breaches", "None"),
                ),
                (field_label("consequences"), d.consequences),
                (field_label("measures_taken"), d.measures_taken),
                (field_label("measures_proposed"), d.measures_proposed),
            ]
        ),
        Paragraph(
            translate(
                "Breaches",
                "As controller you decide whether the breach must be notified to Datatilsynet; "
                "the 72 hours of Art. 33(1) run from when you became aware of it. We will "
                "assist you and send more information as soon as we have it.",
            )
        ),
        _signature(organisation),
    ]
    return Report(title=title, organisation=organisation.name, blocks=blocks)
