"""The request log: a workbook for management and a PDF for a period."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.requests import (
    CLOSED,
    STATUS_LABELS,
    TYPE_LABELS,
    RequestDraft,
    answered_in_time,
)
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import (
    Block,
    Column,
    Fields,
    Heading,
    Kind,
    Report,
    Table,
    TooWide,
)


def _types(d: RequestDraft) -> str:
    return ", ".join(translate("Requests", TYPE_LABELS[t]) for t in d.types)


def _forwardings(d: RequestDraft) -> str:
    """Each controller the request was passed on to, and whether it has answered."""
    return "; ".join(
        translate("RequestReport", "{controller}: passed on {forwarded}, answered {answered}")
        .format(controller=f.controller, forwarded=format_date(f.forwarded),
                answered=format_date(f.answered))
        if f.answered
        else translate("RequestReport", "{controller}: passed on {forwarded}, not answered yet")
        .format(controller=f.controller, forwarded=format_date(f.forwarded))
        for f in d.forwardings
    )


def _row(d: RequestDraft, today: dt.date) -> tuple[object, ...]:
    end = d.answered or today
    return (
        d.requester,
        _types(d),
        d.relation,
        d.received,
        d.deadline,
        d.extended,
        d.answered,
        (end - d.received).days,
        translate("Requests", STATUS_LABELS[d.status]),
        answered_in_time(d),
        _forwardings(d),
    )


def _columns() -> list[Column]:
    """Every column in the workbook; a PDF page too narrow leaves out Relation, Extended
    and Days used first."""
    return [
        Column(translate("RequestReport", "Requester"), width=2),
        Column(translate("RequestReport", "Type"), width=2),
        Column(translate("RequestReport", "Relation"), drop_order=1),
        Column(translate("RequestReport", "Received"), Kind.DATE),
        Column(translate("RequestReport", "Deadline"), Kind.DATE),
        Column(translate("RequestReport", "Extended"), Kind.YES_NO, drop_order=2),
        Column(translate("RequestReport", "Answered"), Kind.DATE),
        Column(translate("RequestReport", "Days used"), Kind.NUMBER, drop_order=3),
        Column(translate("RequestReport", "Status")),
        Column(translate("RequestReport", "In time"), Kind.YES_NO),
        Column(translate("RequestReport", "Passed on to the controller"), width=2),
    ]


def build(
    details: OrganisationDetails,
    drafts: Sequence[RequestDraft],
    *,
    today: dt.date,
    filtered: bool = False,
) -> Report:
    """The log of `drafts`, with how many were answered in time."""
    closed = [d for d in drafts if d.answered is not None]
    in_time = sum(1 for d in closed if answered_in_time(d))
    overdue = [d for d in drafts if d.status not in CLOSED and d.deadline < today]
    first = min((d.received for d in drafts), default=today)
    last = max((d.received for d in drafts), default=today)
    by_month = Counter((d.received.strftime("%Y-%m"), t) for d in drafts for t in d.types)
    blocks: list[Block] = [
        Heading(translate("RequestReport", "Summary")),
        Fields(
            [
                (
                    translate("RequestReport", "Period"),
                    f"{format_date(first)} – {format_date(last)}",
                ),
                (translate("RequestReport", "Requests"), str(len(drafts))),
                (translate("RequestReport", "Answered or refused"), str(len(closed))),
                (
                    translate("RequestReport", "Answered in time"),
                    translate("RequestReport", "{n} of {total}").format(
                        n=in_time, total=len(closed)
                    ),
                ),
                (translate("RequestReport", "Open and overdue"), str(len(overdue))),
                (translate("RequestReport", "Extended"), str(sum(d.extended for d in drafts))),
                (
                    translate("RequestReport", "Selection"),
                    translate("RequestReport", "a filtered view")
                    if filtered
                    else translate("RequestReport", "all requests"),
                ),
            ]
        ),
        Table(
            translate("RequestReport", "Requests"),
            _columns(),
            [_row(d, today) for d in drafts],
            too_wide=TooWide.DROP,
        ),
        Table(
            translate("RequestReport", "Per month and type"),
            [
                Column(translate("RequestReport", "Month")),
                Column(translate("RequestReport", "Type"), width=2),
                Column(translate("RequestReport", "Count"), Kind.NUMBER),
            ],
            [
                (month, translate("Requests", TYPE_LABELS[t]), n)
                for (month, t), n in sorted(
                    by_month.items(), key=lambda x: (x[0][0], x[0][1].value)
                )
            ],
            in_pdf=False,
        ),
        Table(
            translate("RequestReport", "Overdue"),
            _columns(),
            [_row(d, today) for d in overdue],
            too_wide=TooWide.DROP,
        ),
    ]
    return Report(
        title=translate("RequestReport", "Log of data subjects' requests"),
        organisation=details.name,
        blocks=blocks,
    )
