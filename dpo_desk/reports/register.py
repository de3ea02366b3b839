"""The record of processing activities: "Fortegnelse over behandlingsaktiviteter" (PDF) and
the management workbook (xlsx), from one description."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dpo_desk.domain.legal import BY_CODE
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.register import (
    ART30_LABELS,
    DPIA_LABELS,
    ROLE_LABELS,
    SAFEGUARD_LABELS,
    SENSITIVITY_MARKERS,
    STATUS_LABELS,
    ActivityView,
    CalendarEntry,
    Role,
    Safeguard,
    Sensitivity,
    Transfer,
    missing_of_view,
)
from dpo_desk.domain.retention import RULE_LABELS, RuleKind
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Column, Fields, Heading, Kind, Paragraph, Report, Table

SEP = "; "


def basis_label(code: str) -> str:
    """A legal basis as printed."""
    basis = BY_CODE.get(code)
    return translate("Legal", basis.label) if basis else code


def safeguard_text(transfer: Transfer) -> str:
    """The safeguard of a transfer, with the SCC module."""
    if transfer.safeguard is None:
        return ""
    text = translate("Register", SAFEGUARD_LABELS[transfer.safeguard])
    if transfer.safeguard is Safeguard.SCC and transfer.scc_module:
        text += translate("RegisterReport", ", module {n}").format(n=transfer.scc_module)
    return text


def transfers_text(view: ActivityView) -> str:
    """The transfers of an activity in one line each."""
    if not view.transfers:
        return translate("RegisterReport", "No transfers to third countries.")
    return "\n".join(
        f"{t.country}: {t.recipient} – {safeguard_text(t)}"
        + (f" ({t.documentation})" if t.documentation else "")
        for t in view.transfers
    )


def retention_text(view: ActivityView) -> str:
    """The time limit for erasure, with the structured rule; "Not set" when there is none."""
    parts = [view.retention_text] if view.retention_text else []
    rule = view.retention_rule
    if rule.kind is not RuleKind.NONE:
        parts.append(translate("Retention", RULE_LABELS[rule.kind]).replace("N", str(rule.amount)))
    return "\n".join(parts) or translate("RegisterReport", "Not set")


def category_text(name: str, sensitivity: Sensitivity) -> str:
    """A category of personal data with the marker of its kind: "Helbredsoplysninger
    (art. 9)", "Strafbare forhold (art. 10)", "CPR-nummer (dbl. § 11)"."""
    marker = SENSITIVITY_MARKERS.get(sensitivity)
    if marker is None:
        return name
    shown = translate("Register", marker)
    return f"{name} ({shown})"


def _categories(view: ActivityView) -> str:
    return SEP.join(category_text(name, sensitivity) for name, sensitivity in view.data_categories)


def data_by_subject_text(view: ActivityView) -> str:
    """One line per category of data subjects: "Kunders medarbejdere: Navn, E-mailadresse"."""
    return "\n".join(f"{subject}: {', '.join(data)}" for subject, data in view.data_by_subject)


def _has(view: ActivityView, kind: Sensitivity) -> bool:
    return any(s is kind for _, s in view.data_categories)


def missing_text(view: ActivityView) -> str:
    """What Art. 30 requires that the activity lacks, or ''."""
    return SEP.join(translate("Register", ART30_LABELS[m]) for m in missing_of_view(view))


def recipients_text(view: ActivityView) -> str:
    """Processors and other recipients."""
    lines = []
    if view.processors:
        lines.append(translate("RegisterReport", "Processors: ") + SEP.join(view.processors))
    if view.recipients:
        lines.append(translate("RegisterReport", "Other recipients: ") + SEP.join(view.recipients))
    return "\n".join(lines) or translate("RegisterReport", "None")


def _automated(view: ActivityView) -> str:
    if not view.automated_decisions:
        return translate("RegisterReport", "No automated decisions or profiling.")
    return translate("RegisterReport", "Yes: ") + view.automated_description


def _dpia(view: ActivityView) -> str:
    text = translate("Register", DPIA_LABELS[view.dpia])
    if view.dpia_date:
        text += translate("RegisterReport", ", carried out {date}").format(
            date=format_date(view.dpia_date)
        )
    if view.dpia_outcome:
        text += f"\n{view.dpia_outcome}"
    return text


def _measures(view: ActivityView) -> str:
    return "\n".join(p for p in (view.measures_text, SEP.join(view.measures)) if p)


def _controllers(view: ActivityView) -> str:
    return "\n".join(
        ", ".join(p for p in (c.name, f"CVR {c.cvr}" if c.cvr else "", c.contact) if p)
        for c in view.controllers
    )


def _processing(view: ActivityView) -> str:
    return "\n".join(f"{c.name}: {c.processing}" for c in view.controllers if c.processing)


def activity_fields(view: ActivityView) -> list[tuple[str, str]]:
    """Every Art. 30 field of an activity, with its heading, in the order of Art. 30."""
    pairs: list[tuple[str, str]] = []
    if view.role is Role.PROCESSOR:
        pairs += [
            (
                translate("RegisterReport", "Controllers on whose behalf we process"),
                _controllers(view),
            ),
            (translate("RegisterReport", "Categories of processing"), _processing(view)),
        ]
    elif view.joint_controller:
        pairs.append((translate("RegisterReport", "Joint controller"), view.joint_controller))
    if view.representative:
        pairs.append((translate("RegisterReport", "Representative"), view.representative))
    pairs += [
        (translate("RegisterReport", "Purposes of the processing"), view.purposes),
        (
            translate("RegisterReport", "Legal basis"),
            SEP.join(basis_label(c) for c in view.legal_bases),
        ),
    ]
    if view.consent_note:
        pairs.append((translate("RegisterReport", "How consent is recorded"), view.consent_note))
    pairs += [
        (translate("RegisterReport", "Categories of data subjects"), SEP.join(view.data_subjects)),
        (translate("RegisterReport", "Categories of personal data"), _categories(view)),
        (translate("RegisterReport", "Personal data by data subject"), data_by_subject_text(view)),
        (translate("RegisterReport", "Source of the data"), view.source),
        (translate("RegisterReport", "Categories of recipients"), recipients_text(view)),
        (translate("RegisterReport", "Transfers to third countries"), transfers_text(view)),
        (translate("RegisterReport", "Time limits for erasure"), retention_text(view)),
        (
            translate("RegisterReport", "Technical and organisational security measures"),
            _measures(view),
        ),
        (translate("RegisterReport", "Automated decisions and profiling"), _automated(view)),
        (translate("RegisterReport", "Data protection impact assessment"), _dpia(view)),
        (translate("RegisterReport", "Owner"), view.owner),
        (translate("RegisterReport", "Last reviewed"), format_date(view.last_reviewed)),
        (translate("RegisterReport", "Next review"), format_date(view.next_review)),
        (translate("RegisterReport", "Status"), translate("Register", STATUS_LABELS[view.status])),
    ]
    if view.notes:
        pairs.append((translate("RegisterReport", "Notes"), view.notes))
    if missing := missing_text(view):
        pairs.append((translate("RegisterReport", "Missing for Art. 30"), missing))
    return pairs


def _sheet_columns() -> list[Column]:
    return [
        Column(translate("RegisterReport", "Name")),
        Column(translate("RegisterReport", "Role")),
        Column(translate("RegisterReport", "Status")),
        Column(translate("RegisterReport", "Purposes of the processing")),
        Column(translate("RegisterReport", "Legal basis")),
        Column(translate("RegisterReport", "How consent is recorded")),
        Column(translate("RegisterReport", "Categories of data subjects")),
        Column(translate("RegisterReport", "Categories of personal data")),
        Column(translate("RegisterReport", "Personal data by data subject")),
        Column(translate("RegisterReport", "Special categories (Art. 9)"), Kind.YES_NO),
        Column(translate("RegisterReport", "Criminal offences (Art. 10)"), Kind.YES_NO),
        Column(translate("RegisterReport", "CPR numbers (DPA § 11)"), Kind.YES_NO),
        Column(translate("RegisterReport", "Source of the data")),
        Column(translate("RegisterReport", "Processors")),
        Column(translate("RegisterReport", "Other recipients")),
        Column(translate("RegisterReport", "Transfers to third countries")),
        Column(translate("RegisterReport", "Time limits for erasure")),
        Column(translate("RegisterReport", "Technical and organisational security measures")),
        Column(translate("RegisterReport", "Automated decisions and profiling"), Kind.YES_NO),
        Column(translate("RegisterReport", "Data protection impact assessment")),
        Column(translate("RegisterReport", "Owner")),
        Column(translate("RegisterReport", "Last reviewed"), Kind.DATE),
        Column(translate("RegisterReport", "Next review"), Kind.DATE),
        Column(translate("RegisterReport", "Controllers on whose behalf we process")),
        Column(translate("RegisterReport", "Joint controller")),
        Column(translate("RegisterReport", "Representative")),
        Column(translate("RegisterReport", "Notes")),
        Column(translate("RegisterReport", "Missing for Art. 30")),
    ]


def _sheet_row(v: ActivityView) -> list[object]:
    return [
        v.name,
        translate("Register", ROLE_LABELS[v.role]),
        translate("Register", STATUS_LABELS[v.status]),
        v.purposes,
        SEP.join(basis_label(c) for c in v.legal_bases),
        v.consent_note,
        SEP.join(v.data_subjects),
        _categories(v),
        data_by_subject_text(v).replace("\n", SEP),
        _has(v, Sensitivity.SPECIAL),
        _has(v, Sensitivity.CRIMINAL),
        _has(v, Sensitivity.CPR),
        v.source,
        SEP.join(v.processors),
        SEP.join(v.recipients),
        SEP.join(f"{t.country} ({safeguard_text(t)})" for t in v.transfers),
        retention_text(v).replace("\n", " – "),
        _measures(v).replace("\n", " – "),
        v.automated_decisions,
        _dpia(v).replace("\n", " – "),
        v.owner,
        v.last_reviewed,
        v.next_review,
        SEP.join(c.name for c in v.controllers),
        v.joint_controller,
        v.representative,
        v.notes,
        missing_text(v),
    ]


def _role_fields(
    details: OrganisationDetails, role: Role, views: Sequence[ActivityView]
) -> list[tuple[str, str]]:
    """Who is who in a section: the organisation as controller (Art. 30(1)(a)), or as
    processor with every controller it acts for (Art. 30(2)(a))."""
    us = ", ".join(p for p in (details.name, f"CVR {details.cvr}" if details.cvr else "") if p)
    if role is Role.CONTROLLER:
        return [(translate("RegisterReport", "Controller"), us)]
    controllers = sorted({c.name for v in views for c in v.controllers})
    return [
        (translate("RegisterReport", "Processor"), us),
        (
            translate("RegisterReport", "Controllers on whose behalf we process"),
            SEP.join(controllers) or translate("RegisterReport", "None"),
        ),
    ]


def build(
    details: OrganisationDetails,
    views: Sequence[ActivityView],
    *,
    calendar: Sequence[CalendarEntry] = (),
    filtered: bool = False,
) -> Report:
    """The record of `views` (all activities, or those of the current filter)."""
    title = translate("RegisterReport", "Record of processing activities")
    blocks: list[Block] = [
        Heading(translate("RegisterReport", "Organisation and data protection officer")),
        Fields(
            [
                (translate("RegisterReport", "Organisation"), details.name),
                (translate("RegisterReport", "CVR number"), details.cvr),
                (
                    translate("RegisterReport", "Address"),
                    f"{details.address}, {details.postal_code} {details.city}".strip(", "),
                ),
                (
                    translate("RegisterReport", "Contact"),
                    SEP.join(
                        p for p in (details.contact_person, details.phone, details.email) if p
                    ),
                ),
                (
                    translate("RegisterReport", "Data protection officer"),
                    SEP.join(
                        p for p in (details.dpo_name, details.dpo_email, details.dpo_phone) if p
                    ),
                ),
                (translate("RegisterReport", "Activities in this record"), str(len(views))),
            ]
        ),
    ]
    if filtered:
        blocks.append(
            Paragraph(
                translate(
                    "RegisterReport",
                    "This print holds the activities of a filtered view, not the whole record.",
                )
            )
        )
    for role, heading in (
        (
            Role.CONTROLLER,
            translate("RegisterReport", "Processing as controller (Art. 30(1) GDPR)"),
        ),
        (Role.PROCESSOR, translate("RegisterReport", "Processing as processor (Art. 30(2) GDPR)")),
    ):
        of_role = [v for v in views if v.role is role]
        blocks.append(Heading(heading))
        blocks.append(Fields(_role_fields(details, role, of_role)))
        if not of_role:
            blocks.append(Paragraph(translate("RegisterReport", "None.")))
        for view in of_role:
            blocks.append(Heading(view.name, level=2))
            blocks.append(Fields(activity_fields(view)))
    columns = _sheet_columns()
    blocks.append(
        Table(
            translate("RegisterReport", "Activities"),
            columns,
            [_sheet_row(v) for v in views],
            in_pdf=False,
        )
    )
    blocks.append(
        Table(
            translate("RegisterReport", "As controller"),
            columns,
            [_sheet_row(v) for v in views if v.role is Role.CONTROLLER],
            in_pdf=False,
        )
    )
    blocks.append(
        Table(
            translate("RegisterReport", "As processor"),
            columns,
            [_sheet_row(v) for v in views if v.role is Role.PROCESSOR],
            in_pdf=False,
        )
    )
    blocks.append(
        Table(
            translate("RegisterReport", "Third-country transfers"),
            [
                Column(translate("RegisterReport", "Activity")),
                Column(translate("RegisterReport", "Country")),
                Column(translate("RegisterReport", "Recipient")),
                Column(translate("RegisterReport", "Safeguard")),
                Column(translate("RegisterReport", "SCC module"), Kind.NUMBER),
                Column(translate("RegisterReport", "Documentation")),
            ],
            [
                (v.name, t.country, t.recipient, safeguard_text(t), t.scc_module, t.documentation)
                for v in views
                for t in v.transfers
            ],
            in_pdf=False,
        )
    )
    blocks.append(
        Table(
            translate("RegisterReport", "Deletion calendar"),
            [
                Column(translate("RegisterReport", "Due for erasure"), Kind.DATE),
                Column(translate("RegisterReport", "Activity"), width=3),
                Column(translate("RegisterReport", "Data of relationships that ended"), width=2),
            ],
            [
                (
                    e.batch.due,
                    e.activity,
                    f"{format_date(e.batch.covers_from)} – {format_date(e.batch.covers_to)}",
                )
                for e in calendar
            ],
        )
    )
    return Report(
        title=title,
        organisation=details.name,
        blocks=blocks,
        table_of_contents=True,
        generated=dt.datetime.now(dt.UTC),
    )
