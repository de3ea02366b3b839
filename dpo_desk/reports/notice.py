"""The privacy notice (Art. 13 and 14) written from the register: the same blocks make
the PDF and the self-contained HTML page to publish."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain.legal import BY_CODE, CONSENT, has_art9_basis
from dpo_desk.domain.notice import NoticeData
from dpo_desk.domain.register import SAFEGUARD_LABELS, ActivityView, Role, Sensitivity
from dpo_desk.domain.retention import RuleKind
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Column, Fields, Heading, Paragraph, Report, Table


def _t(text: str) -> str:
    return translate("Notice", text)


RIGHTS = (
    (
        QT_TRANSLATE_NOOP("Notice", "Right of access"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "You have the right to see the data we process about you, and a number of "
            "further details about the processing.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Right to rectification"),
        QT_TRANSLATE_NOOP(
            "Notice", "You have the right to have inaccurate data about you corrected."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Right to erasure"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "In particular cases you have the right to have data about you erased before "
            "our ordinary erasure takes place.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Right to restriction of processing"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "In certain cases you have the right to have the processing of your data restricted.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Right to object"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "In certain cases you have the right to object to our otherwise lawful "
            "processing of your data, and always to processing for direct marketing.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Right to data portability"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "In certain cases you have the right to receive your data in a structured, "
            "commonly used and machine-readable format and to have them transmitted to "
            "another controller.",
        ),
    ),
)


def _retention(v: ActivityView) -> str:
    if v.retention_text.strip():
        return v.retention_text.strip()
    n = v.retention_rule.amount
    if v.retention_rule.kind is RuleKind.FISCAL_YEAR_PLUS:
        if n == 1:
            return translate(
                "Notice", "The current financial year + 1 year after the relationship ended."
            )
        return translate(
            "Notice", "The current financial year + {n} years after the relationship ended."
        ).format(n=n)
    if v.retention_rule.kind is RuleKind.MONTHS_AFTER_COLLECTION:
        if n == 1:  # "1 måned", never "1 måneder"
            return translate("Notice", "1 month after the data were collected.")
        return translate("Notice", "{n} months after the data were collected.").format(n=n)
    return ""


def _bases(v: ActivityView) -> str:
    return "; ".join(
        translate("Legal", BY_CODE[c].label) if c in BY_CODE else c for c in v.legal_bases
    )


def _activity(v: ActivityView) -> list[Block]:
    pairs: list[tuple[str, object]] = [
        (translate("Notice", "Purpose"), v.purposes),
        (translate("Notice", "Legal basis"), _bases(v)),
        (
            translate("Notice", "Categories of personal data"),
            ", ".join(name for name, _ in v.data_categories),
        ),
        (translate("Notice", "Whom the data are about"), ", ".join(v.data_subjects)),
        (translate("Notice", "Where the data come from"), v.source),
        (translate("Notice", "Recipients"), ", ".join(v.recipients)),
        (translate("Notice", "Processors"), ", ".join(v.processors)),
        (translate("Notice", "How long we keep the data"), _retention(v)),
    ]
    if v.role is Role.PROCESSOR and v.controllers:
        pairs.insert(
            0, (translate("Notice", "On behalf of"), ", ".join(c.name for c in v.controllers))
        )
    if CONSENT in v.legal_bases or has_art9_basis(list(v.legal_bases)):
        pairs.append((translate("Notice", "Consent"), v.consent_note))
    return [Heading(v.name, 2), Fields([(k, val) for k, val in pairs if val])]


def _transfers(data: NoticeData) -> list[Block]:
    rows = [
        (
            t.country,
            t.recipient,
            translate("Register", SAFEGUARD_LABELS[t.safeguard]),
            t.documentation,
        )
        for v in data.activities
        for t in v.transfers
        if t.safeguard is not None
    ]
    told = " ".join(r[1] for r in rows).lower()
    rows += [
        (t.country, t.processor, translate("Register", SAFEGUARD_LABELS[t.safeguard]), t.data)
        for t in data.party_transfers
        if t.safeguard is not None and t.processor.lower() not in told
    ]
    if not rows:
        return [
            Paragraph(
                translate(
                    "Notice",
                    "We do not transfer personal data to countries outside the EU/EEA or to "
                    "international organisations.",
                )
            )
        ]
    return [
        Paragraph(
            translate(
                "Notice",
                "As a rule we do not transfer personal data outside the EU/EEA. The transfers "
                "we make, and the safeguards they rest on, are these:",
            )
        ),
        Table(
            translate("Notice", "Transfers and their safeguards"),
            [
                Column(translate("Notice", "Country"), width=1),
                Column(translate("Notice", "Recipient"), width=2),
                Column(translate("Notice", "Safeguard"), width=3),
                Column(translate("Notice", "What is transferred, and the documentation"), width=4),
            ],
            rows,
        ),
    ]


def _health(data: NoticeData) -> list[Block]:
    health = [
        v for v in data.activities if any(s is Sensitivity.SPECIAL for _, s in v.data_categories)
    ]
    if not health:
        return []
    blocks: list[Block] = [Heading(translate("Notice", "Health data and your written consent"))]
    for v in health:
        blocks.append(Paragraph(v.purposes))
        if v.consent_note:
            blocks.append(Paragraph(v.consent_note))
    blocks.append(
        Paragraph(
            translate(
                "Notice",
                "We keep health data only with the person's written consent. Please tell us "
                "if we must take special care of a consumer: we will then ask you to obtain "
                "the consumer's written consent.",
            )
        )
    )
    if data.consent_text:
        blocks.append(
            Paragraph(translate("Notice", "The consent reads:") + "\n" + data.consent_text)
        )
    return blocks


def _contact(data: NoticeData) -> list[Block]:
    d = data.details
    pairs = [
        (translate("Notice", "Controller"), d.name),
        (translate("Notice", "CVR number"), d.cvr),
        (
            translate("Notice", "Address"),
            ", ".join(x for x in (d.address, f"{d.postal_code} {d.city}".strip()) if x),
        ),
        (translate("Notice", "Phone"), d.phone),
        (translate("Notice", "E-mail"), d.email),
        (translate("Notice", "Website"), d.website),
        (translate("Notice", "Contact person"), d.contact_person),
        (translate("Notice", "Data protection officer"), d.dpo_name),
        (translate("Notice", "Data protection officer's e-mail"), d.dpo_email),
    ]
    return [
        Heading(translate("Notice", "Who we are and how to contact us")),
        Paragraph(
            translate(
                "Notice",
                "{name} is the controller of the personal data described here. This notice "
                "tells you how we process your data and what rights you have.",
            ).format(name=d.name)
        ),
        Fields([(k, v) for k, v in pairs if v]),
    ]


def _purposes(data: NoticeData) -> list[Block]:
    own = [v for v in data.activities if v.role is Role.CONTROLLER]
    others = [v for v in data.activities if v.role is Role.PROCESSOR]
    blocks: list[Block] = [
        Heading(translate("Notice", "Purposes, legal bases and categories of data"))
    ]
    for v in own:
        blocks += _activity(v)
    if others:
        blocks.append(Heading(translate("Notice", "Processing on behalf of our customers")))
        blocks.append(
            Paragraph(
                translate(
                    "Notice",
                    "For our customers we process personal data as their processor, on "
                    "their instructions and under a data processing agreement:",
                )
            )
        )
        for v in others:
            blocks += _activity(v)
    return blocks


def _recipients(data: NoticeData) -> list[Block]:
    recipients = sorted({r for v in data.activities for r in v.recipients}, key=str.lower)
    blocks: list[Block] = [Heading(translate("Notice", "Recipients and processors"))]
    if recipients:
        blocks.append(
            Paragraph(
                translate(
                    "Notice",
                    "We disclose personal data to these recipients when the purpose "
                    "requires it: {names}.",
                ).format(names=", ".join(recipients))
            )
        )
    blocks.append(
        Paragraph(
            translate("Notice", "We have made data processing agreements with these processors:")
        )
    )
    blocks.append(
        Table(
            translate("Notice", "Processors"),
            [
                Column(translate("Notice", "Processor"), width=2),
                Column(translate("Notice", "Service"), width=4),
                Column(translate("Notice", "Country"), width=1),
            ],
            [(p.name, p.service, p.country) for p in data.processors],
        )
    )
    blocks.append(
        Paragraph(
            translate(
                "Notice", "We do not disclose your personal data for third parties' marketing."
            )
        )
    )
    return blocks


def _rights(data: NoticeData) -> list[Block]:
    d = data.details
    contact = ", ".join(x for x in (d.email, d.phone) if x)
    blocks: list[Block] = [Heading(translate("Notice", "Your rights"))]
    blocks.append(
        Paragraph(
            translate(
                "Notice",
                "Under the General Data Protection Regulation you have a number of rights "
                "regarding our processing of data about you. Contact us to use them.",
            )
        )
    )
    blocks.append(Fields([(_t(title), _t(body)) for title, body in RIGHTS]))
    blocks += [
        Heading(translate("Notice", "Withdrawing your consent")),
        Paragraph(
            translate(
                "Notice",
                "Where our processing rests on your consent, you may withdraw it at any time "
                "by contacting us ({contact}). The withdrawal does not affect the lawfulness "
                "of the processing before it.",
            ).format(contact=contact)
        ),
        Heading(translate("Notice", "Automated decisions")),
    ]
    automated = [v.name for v in data.activities if v.automated_decisions]
    blocks.append(
        Paragraph(
            translate("Notice", "We use automated decisions in: {names}.").format(
                names=", ".join(automated)
            )
            if automated
            else translate("Notice", "We do not use automated decisions, including profiling.")
        )
    )
    blocks += [
        Heading(translate("Notice", "Complaint to Datatilsynet")),
        Paragraph(
            translate(
                "Notice",
                "If you are dissatisfied with how we process your personal data, please contact "
                "us first. You have the right to complain to Datatilsynet (the Danish Data "
                "Protection Agency), Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk.",
            )
        ),
    ]
    return blocks


def gaps_block(data: NoticeData) -> list[Block]:
    """What is missing in the register: for the DPO before publishing."""
    if not data.gaps:
        return []
    return [
        Heading(translate("Notice", "Missing in the register")),
        Paragraph(
            translate("Notice", "Not published: complete the register and write the notice again.")
        ),
        Table(
            translate("Notice", "Missing in the register"),
            [
                Column(translate("Notice", "Where"), width=2),
                Column(translate("Notice", "What is missing"), width=5),
            ],
            [(where, _t(message)) for where, message in data.gaps],
        ),
    ]


def build(data: NoticeData, *, today: dt.date) -> Report:
    """The privacy notice of the organisation, as the register has it on `today`."""
    retention = [(v.name, _retention(v)) for v in data.activities if _retention(v)]
    blocks: list[Block] = [
        *_contact(data),
        *_purposes(data),
        *_recipients(data),
        Heading(translate("Notice", "Transfers to third countries")),
        *_transfers(data),
        Heading(translate("Notice", "How long we keep your data")),
        Table(
            translate("Notice", "Retention"),
            [
                Column(translate("Notice", "Processing"), width=2),
                Column(translate("Notice", "How long we keep the data"), width=5),
            ],
            retention,
        ),
        *_health(data),
        *_rights(data),
        Paragraph(translate("Notice", "Last updated {date}").format(date=format_date(today))),
        *gaps_block(data),
    ]
    return Report(
        title=translate("Notice", "Privacy notice"),
        organisation=data.details.name or translate("Notice", "(organisation not set up)"),
        blocks=blocks,
    )
