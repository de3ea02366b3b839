""" "Oversigt over databehandlere" (PDF), the processor workbook, and a controller's
sub-processor annex."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.processor_views import AnnexLine, PartyView
from dpo_desk.domain.processors import (
    DIRECTION_LABELS,
    METHOD_LABELS,
    RISK_LABELS,
    Direction,
    PartyTransfer,
    SupervisionRound,
)
from dpo_desk.domain.register import SAFEGUARD_LABELS, Safeguard
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import (
    Block,
    Column,
    Fields,
    Heading,
    Kind,
    PageBreak,
    Paragraph,
    Report,
    Table,
)

SEP = "; "


def _tool(tool: Safeguard | None, module: int | None = None) -> str:
    if tool is None:
        return ""
    text = translate("Register", SAFEGUARD_LABELS[tool])
    if tool is Safeguard.SCC and module:
        text += translate("ProcessorReport", ", module {n}").format(n=module)
    return text


def _transfer_text(t: PartyTransfer) -> str:
    parts = [f"{t.country}: {_tool(t.tool, t.scc_module)}"]
    if t.data:
        parts.append(translate("ProcessorReport", "data: {data}").format(data=t.data))
    if t.tia_date:
        parts.append(
            translate("ProcessorReport", "TIA {date}: {outcome}").format(
                date=format_date(t.tia_date), outcome=t.tia_outcome
            )
        )
    return "; ".join(parts)


def _round_text(r: SupervisionRound) -> str:
    method = translate("Processors", METHOD_LABELS[r.method])
    text = f"{format_date(r.date)}: {method}"
    if r.concept:
        text += ", " + translate("ProcessorReport", "concept %1").replace("%1", str(r.concept))
    if r.concept_reason:
        text += f" ({r.concept_reason})"
    return text + (f" – {r.findings}" if r.findings else "")


def _overdue(views: Sequence[PartyView], today: dt.date) -> list[tuple[object, ...]]:
    lines: list[tuple[object, ...]] = []
    for v in views:
        if v.row.retired:
            continue
        if v.row.next_supervision and v.row.next_supervision < today:
            lines.append(
                (v.row.name, translate("ProcessorReport", "Supervision"), v.row.next_supervision)
            )
        if v.row.agreement_signed is None:
            lines.append((v.row.name, translate("ProcessorReport", "Agreement missing"), None))
        for r in v.rounds:
            for f in r.follow_ups:
                if f.done is None and f.due and f.due < today:
                    lines.append(
                        (
                            v.row.name,
                            translate("ProcessorReport", "Follow-up: {action}").format(
                                action=f.action
                            ),
                            f.due,
                        )
                    )
    return sorted(lines, key=lambda line: (line[2] or dt.date.min, str(line[0])))


def build(
    details: OrganisationDetails,
    views: Sequence[PartyView],
    *,
    today: dt.date,
    filtered: bool = False,
) -> Report:
    """The overview of `views`: what is overdue first, then one section per party."""
    # One heading: the table's title when something is overdue, else a heading of its own.
    title = translate("ProcessorReport", "Overdue on {date}").format(date=format_date(today))
    blocks: list[Block] = []
    overdue = _overdue(views, today)
    if overdue:
        blocks.append(
            Table(
                title,
                [
                    Column(translate("ProcessorReport", "Party"), width=2),
                    Column(translate("ProcessorReport", "What"), width=3),
                    Column(translate("ProcessorReport", "Due"), Kind.DATE),
                ],
                overdue,
                sheet=False,
            )
        )
    else:
        blocks.append(Heading(title))
        blocks.append(Paragraph(translate("ProcessorReport", "Nothing is overdue.")))
    if filtered:
        blocks.append(
            Paragraph(
                translate(
                    "ProcessorReport",
                    "This print holds the parties of a filtered view, not all of them.",
                )
            )
        )
    blocks.append(PageBreak())
    due_label = translate("ProcessorReport", "due")
    for view in views:
        d, row = view.draft, view.row
        last = view.rounds[0] if view.rounds else None
        blocks.append(Heading(d.name, level=2))
        pairs = [
            (
                translate("ProcessorReport", "Direction"),
                translate("Processors", DIRECTION_LABELS[d.direction]),
            ),
            (translate("ProcessorReport", "Country"), d.country),
            (translate("ProcessorReport", "CVR or company number"), d.cvr or d.foreign_id),
            (translate("ProcessorReport", "Service"), d.service),
            (translate("ProcessorReport", "Data and data subjects"), d.data_description),
            (translate("ProcessorReport", "Processing activities"), SEP.join(row.activities)),
            (
                translate("ProcessorReport", "Agreement signed"),
                format_date(d.agreement_signed) or translate("ProcessorReport", "missing"),
            ),
            (translate("ProcessorReport", "Version"), d.agreement_version),
            (translate("ProcessorReport", "End or renewal"), format_date(d.agreement_end)),
            (translate("ProcessorReport", "Notice period"), d.notice_period),
            (
                translate("ProcessorReport", "Sub-processors"),
                SEP.join(f"{s.name} ({s.country}, {s.service})" for s in d.sub_processors),
            ),
            (
                translate("ProcessorReport", "Transfers to third countries"),
                "\n".join(_transfer_text(x) for x in d.transfers)
                or translate("ProcessorReport", "None"),
            ),
        ]
        if d.direction is Direction.WE_ARE_CONTROLLER:
            pairs += [
                (
                    translate("ProcessorReport", "Risk level"),
                    translate("Processors", RISK_LABELS[d.risk]),
                ),
                (
                    translate("ProcessorReport", "Last supervision"),
                    _round_text(last) if last else translate("ProcessorReport", "None yet"),
                ),
                (
                    translate("ProcessorReport", "Next supervision"),
                    format_date(row.next_supervision),
                ),
                (
                    translate("ProcessorReport", "Open follow-ups"),
                    "\n".join(
                        f"{f.action} ({due_label} {format_date(f.due)})"
                        for r in view.rounds
                        for f in r.follow_ups
                        if f.done is None
                    ),
                ),
            ]
        blocks.append(Fields(pairs))
    blocks += _sheets(views)
    return Report(
        title=translate("ProcessorReport", "Overview of processors"),
        organisation=details.name,
        blocks=blocks,
    )


def _sheets(views: Sequence[PartyView]) -> list[Block]:
    return [
        Table(
            translate("ProcessorReport", "Processors"),
            [
                Column(translate("ProcessorReport", "Party")),
                Column(translate("ProcessorReport", "Direction")),
                Column(translate("ProcessorReport", "Country")),
                Column(translate("ProcessorReport", "CVR or company number")),
                Column(translate("ProcessorReport", "Service")),
                Column(translate("ProcessorReport", "Agreement signed"), Kind.DATE),
                Column(translate("ProcessorReport", "End or renewal"), Kind.DATE),
                Column(translate("ProcessorReport", "Risk level")),
                Column(translate("ProcessorReport", "Next supervision"), Kind.DATE),
                Column(translate("ProcessorReport", "Open follow-ups"), Kind.NUMBER),
                Column(translate("ProcessorReport", "Processing activities")),
                Column(translate("ProcessorReport", "Retired"), Kind.YES_NO),
                Column(translate("ProcessorReport", "Transfers to third countries")),
            ],
            [
                (
                    v.draft.name,
                    translate("Processors", DIRECTION_LABELS[v.draft.direction]),
                    v.draft.country,
                    v.draft.cvr or v.draft.foreign_id,
                    v.draft.service,
                    v.draft.agreement_signed,
                    v.draft.agreement_end,
                    translate("Processors", RISK_LABELS[v.draft.risk]),
                    v.row.next_supervision,
                    v.row.open_follow_ups,
                    SEP.join(v.row.activities),
                    v.draft.retired,
                    "\n".join(_transfer_text(t) for t in v.draft.transfers),
                )
                for v in views
            ],
            in_pdf=False,
        ),
        Table(
            translate("ProcessorReport", "Sub-processors"),
            [
                Column(translate("ProcessorReport", "Processor")),
                Column(translate("ProcessorReport", "Name")),
                Column(translate("ProcessorReport", "Country")),
                Column(translate("ProcessorReport", "Service")),
                Column(translate("ProcessorReport", "Approved"), Kind.DATE),
                Column(translate("ProcessorReport", "General authorisation"), Kind.YES_NO),
            ],
            [
                (v.draft.name, s.name, s.country, s.service, s.approved, s.general_authorisation)
                for v in views
                for s in v.draft.sub_processors
            ],
            in_pdf=False,
        ),
        Table(
            translate("ProcessorReport", "Transfers"),
            [
                Column(translate("ProcessorReport", "Party")),
                Column(translate("ProcessorReport", "Country")),
                Column(translate("ProcessorReport", "Transfer tool")),
                Column(translate("ProcessorReport", "TIA date"), Kind.DATE),
                Column(translate("ProcessorReport", "TIA outcome")),
                Column(translate("ProcessorReport", "Data transferred")),
            ],
            [
                (
                    v.draft.name,
                    x.country,
                    _tool(x.tool, x.scc_module),
                    x.tia_date,
                    x.tia_outcome,
                    x.data,
                )
                for v in views
                for x in v.draft.transfers
            ],
            in_pdf=False,
        ),
        Table(
            translate("ProcessorReport", "Supervision rounds"),
            [
                Column(translate("ProcessorReport", "Party")),
                Column(translate("ProcessorReport", "Date"), Kind.DATE),
                Column(translate("ProcessorReport", "Method")),
                Column(translate("ProcessorReport", "Supervision concept"), Kind.NUMBER),
                Column(translate("ProcessorReport", "Suggested concept"), Kind.NUMBER),
                Column(translate("ProcessorReport", "Reason for the concept")),
                Column(translate("ProcessorReport", "Findings")),
            ],
            [
                (
                    v.draft.name,
                    r.date,
                    translate("Processors", METHOD_LABELS[r.method]),
                    r.concept,
                    r.suggested_concept,
                    r.concept_reason,
                    r.findings,
                )
                for v in views
                for r in v.rounds
            ],
            in_pdf=False,
        ),
        Table(
            translate("ProcessorReport", "Open follow-ups"),
            [
                Column(translate("ProcessorReport", "Party")),
                Column(translate("ProcessorReport", "Action")),
                Column(translate("ProcessorReport", "Due"), Kind.DATE),
                Column(translate("ProcessorReport", "From the round of"), Kind.DATE),
            ],
            [
                (v.draft.name, f.action, f.due, r.date)
                for v in views
                for r in v.rounds
                for f in r.follow_ups
                if f.done is None
            ],
            in_pdf=False,
        ),
    ]


def build_annex(
    details: OrganisationDetails, controller: str, lines: Sequence[AnnexLine]
) -> Report:
    """The sub-processor annex for a controller we process for."""
    return Report(
        title=translate("ProcessorReport", "Annex: sub-processors"),
        organisation=details.name,
        blocks=[
            Paragraph(
                translate(
                    "ProcessorReport",
                    "Annex to the data processing agreement between "
                    "{controller} (controller) and {processor} "
                    "(processor): the sub-processors the processor "
                    "uses for the controller's data.",
                ).format(controller=controller, processor=details.name)
            ),
            Table(
                translate("ProcessorReport", "Sub-processors"),
                [
                    Column(translate("ProcessorReport", "Sub-processor"), width=2),
                    Column(translate("ProcessorReport", "Service"), width=3),
                    Column(translate("ProcessorReport", "Country")),
                    Column(translate("ProcessorReport", "Transfer tool"), width=2),
                ],
                [
                    (
                        line.name,
                        line.service,
                        line.country,
                        SEP.join(_tool(x) for x in line.tools)
                        or translate("ProcessorReport", "Within the EU/EEA"),
                    )
                    for line in lines
                ],
            ),
        ],
    )
