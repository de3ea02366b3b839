"""The record of processing activities: "Fortegnelse over behandlingsaktiviteter" (PDF) and
the management workbook (xlsx), from one description."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Sequence

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.register import (
    ROLE_LABELS,
    STATUS_LABELS,
    ActivityView,
    CalendarEntry,
    Role,
    Sensitivity,
)
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Column, Fields, Heading, Kind, Paragraph, Report, Table
from dpo_desk.reports.register_fields import (
    SEP,
    activity_fields,
    basis_label,
    categories_text,
    data_by_subject_text,
    dpia_text,
    has_kind,
    measures_text,
    missing_text,
    per_controller,
    retention_text,
    safeguard_text,
)


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
        Column(translate("RegisterReport", "Controllers' CVR numbers")),
        Column(translate("RegisterReport", "Controllers' contact details")),
        Column(translate("RegisterReport", "Categories of processing")),
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
        categories_text(v),
        data_by_subject_text(v).replace("\n", SEP),
        has_kind(v, Sensitivity.SPECIAL),
        has_kind(v, Sensitivity.CRIMINAL),
        has_kind(v, Sensitivity.CPR),
        v.source,
        SEP.join(v.processors),
        SEP.join(v.recipients),
        SEP.join(f"{t.country} ({safeguard_text(t)})" for t in v.transfers),
        retention_text(v).replace("\n", " – "),
        measures_text(v).replace("\n", " – "),
        v.automated_decisions,
        dpia_text(v).replace("\n", " – "),
        v.owner,
        v.last_reviewed,
        v.next_review,
        SEP.join(c.name for c in v.controllers),
        per_controller(v, "cvr"),
        per_controller(v, "contact"),
        per_controller(v, "processing"),
        v.joint_controller,
        v.representative,
        v.notes,
        missing_text(v),
    ]


def _role_fields(
    details: OrganisationDetails, role: Role, controllers: Sequence[str]
) -> list[tuple[str, str]]:
    """Who is who in a section: the organisation as controller (Art. 30(1)(a)), or as
    processor with every controller it acts for (Art. 30(2)(a))."""
    us = ", ".join(p for p in (details.name, f"CVR {details.cvr}" if details.cvr else "") if p)
    if role is Role.CONTROLLER:
        return [(translate("RegisterReport", "Controller"), us)]
    return [
        (translate("RegisterReport", "Processor"), us),
        (
            translate("RegisterReport", "Controllers on whose behalf we process"),
            SEP.join(controllers) or translate("RegisterReport", "None"),
        ),
    ]


def _front(details: OrganisationDetails, count: int, filtered: bool) -> list[Block]:
    """The organisation, its officer and the number of activities: the record's start."""
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
                (translate("RegisterReport", "Activities in this record"), str(count)),
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
    return blocks


def _roles() -> tuple[tuple[Role, str], ...]:
    return (
        (
            Role.CONTROLLER,
            translate("RegisterReport", "Processing as controller (Art. 30(1) GDPR)"),
        ),
        (Role.PROCESSOR, translate("RegisterReport", "Processing as processor (Art. 30(2) GDPR)")),
    )


def _sections(
    details: OrganisationDetails,
    views: Iterable[ActivityView],
    roles: Sequence[Role],
    controllers: Sequence[str],
) -> Iterator[Block]:
    """The record's two parts, a section per activity: `views` in the record's order
    (controllers first), `roles` the role of each, `controllers` the names of those we
    process for. Made one section at a time, as they are printed."""
    coming = iter(views)
    at = 0
    for role, heading in _roles():
        yield Heading(heading)
        yield Fields(_role_fields(details, role, controllers))
        of_role = sum(1 for r in roles if r is role)
        if not of_role:
            yield Paragraph(translate("RegisterReport", "None."))
        for view in itertools.islice(coming, of_role):
            if view.role is not roles[at]:
                raise ValueError(f"activity {view.id} out of the record's order")
            at += 1
            yield Heading(view.name, level=2)
            yield Fields(activity_fields(view))


def _calendar_table(calendar: Sequence[CalendarEntry]) -> Table:
    return Table(
        translate("RegisterReport", "Deletion calendar"),
        [
            Column(translate("RegisterReport", "Due for erasure"), Kind.DATE),
            Column(translate("RegisterReport", "Activity"), width=3),
            # The period as two real dates: a workbook sorts and filters them.
            Column(translate("RegisterReport", "Covers data from"), Kind.DATE, width=0.2),
            Column(translate("RegisterReport", "Covers data until"), Kind.DATE, width=0.2),
        ],
        [(e.batch.due, e.activity, e.batch.covers_from, e.batch.covers_to) for e in calendar],
        level=1,  # a section of the record, with its line in the contents
    )


def build(
    details: OrganisationDetails,
    views: Sequence[ActivityView],
    *,
    calendar: Sequence[CalendarEntry] = (),
    filtered: bool = False,
) -> Report:
    """The record of `views` (all activities, or those of the current filter)."""
    title = translate("RegisterReport", "Record of processing activities")
    ordered = sorted(views, key=lambda v: v.role is not Role.CONTROLLER)  # stable
    controllers = sorted(
        {c.name for v in views if v.role is Role.PROCESSOR for c in v.controllers}
    )
    blocks = _front(details, len(views), filtered)
    blocks += _sections(details, ordered, [v.role for v in ordered], controllers)
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
    blocks.append(_calendar_table(calendar))
    return Report(
        title=title,
        organisation=details.name,
        blocks=blocks,
        table_of_contents=True,
        generated=dt.datetime.now(dt.UTC),
    )


def printed(
    details: OrganisationDetails,
    order: Sequence[tuple[Role, str]],
    views: Iterable[ActivityView],
    *,
    controllers: Sequence[str],
    calendar: Sequence[CalendarEntry] = (),
    filtered: bool = False,
) -> tuple[Report, list[tuple[int, str]], Iterator[Block]]:
    """The record as the PDF prints it, made as it is printed (`reports.pdf_stream`):
    the report (its title and such), the lines of its contents, and its blocks, made
    one section at a time from `views`, which yields the activities in `order` (their
    roles and names, controllers first) while the blocks are made. The same blocks as
    `build` makes for the PDF."""
    report = Report(
        title=translate("RegisterReport", "Record of processing activities"),
        organisation=details.name,
        table_of_contents=True,
        generated=dt.datetime.now(dt.UTC),
    )
    front = _front(details, len(order), filtered)
    contents = [(b.level - 1, b.text) for b in front if isinstance(b, Heading)]
    for role, heading in _roles():
        contents.append((0, heading))
        contents += [(1, name) for r, name in order if r is role]
    last = _calendar_table(())
    contents.append((last.level - 1, last.title))

    def at_the_end() -> Iterator[Block]:  # the calendar's rows made (and let go) last
        yield _calendar_table(calendar)

    roles = [role for role, _ in order]
    blocks = itertools.chain(
        front, _sections(details, views, roles, controllers), at_the_end()
    )
    return report, contents, blocks
