"""The request log: a workbook for management and a PDF for a period."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.requests import (
    CLOSED,
    GROUND_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Forwarding,
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
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
    Stream,
    Table,
    TooWide,
)


class RequestLine(NamedTuple):
    """What the log prints of one request: a row of the database's query (streamed), or
    of a request being edited."""

    requester: str
    types: tuple[RequestType, ...]
    relation: str
    received: dt.date
    extended: bool
    status: RequestStatus
    answered: dt.date | None
    forwardings: tuple[Forwarding, ...] = ()
    refusal_ground: RefusalGround | None = None
    extension_reason: str = ""
    extension_told: dt.date | None = None


def line_of(d: RequestDraft) -> RequestLine:
    """The line of a request as the form has it."""
    return RequestLine(
        d.requester,
        tuple(d.types),
        d.relation,
        d.received,
        d.extended,
        d.status,
        d.answered,
        tuple(d.forwardings),
        d.refusal_ground,
        d.extension_reason,
        d.extension_told,
    )


@lru_cache(maxsize=16384)
def deadline_of(received: dt.date, extended: bool, status: RequestStatus) -> dt.date:
    """The deadline that applies (RequestDraft.deadline's rule): the same few thousand
    days of receipt recur in every log, so each is worked out once."""
    return RequestDraft(received=received, extended=extended, status=status).deadline


class _Labels:
    """The printed names of types and statuses, translated once per report."""

    def __init__(self) -> None:
        self.status = {s: translate("Requests", label) for s, label in STATUS_LABELS.items()}
        self._type = {t: translate("Requests", label) for t, label in TYPE_LABELS.items()}
        self._types: dict[tuple[RequestType, ...], str] = {}

    def types(self, types: tuple[RequestType, ...]) -> str:
        text = self._types.get(types)
        if text is None:
            text = self._types[types] = ", ".join(self._type[t] for t in types)
        return text

    def type(self, t: RequestType) -> str:
        return self._type[t]


def _forwardings(forwardings: Sequence[Forwarding]) -> str:
    """Each controller the request was passed on to, and whether it has answered."""
    return "; ".join(
        translate(
            "RequestReport", "{controller}: passed on {forwarded}, answered {answered}"
        ).format(
            controller=f.controller,
            forwarded=format_date(f.forwarded),
            answered=format_date(f.answered),
        )
        if f.answered
        else translate(
            "RequestReport", "{controller}: passed on {forwarded}, not answered yet"
        ).format(controller=f.controller, forwarded=format_date(f.forwarded))
        for f in forwardings
    )


def _line_row(line: RequestLine, today: dt.date, labels: _Labels) -> tuple[object, ...]:
    deadline = deadline_of(line.received, line.extended, line.status)
    answered = line.answered
    return (
        line.requester,
        labels.types(line.types),
        line.relation,
        line.received,
        deadline,
        line.extended,
        answered,
        ((answered or today) - line.received).days,
        labels.status[line.status],
        None if answered is None else answered <= deadline,  # answered_in_time's rule
        _forwardings(line.forwardings) if line.forwardings else "",
    )


def _sheet_row(line: RequestLine, today: dt.date, labels: _Labels) -> tuple[object, ...]:
    """The workbook's row: the log's, and what the workbook alone carries (so that it
    imports back whole)."""
    ground = line.refusal_ground
    return (
        *_line_row(line, today, labels),
        translate("Requests", GROUND_LABELS[ground]) if ground else "",
        line.extension_reason,
        line.extension_told,
    )


def _row(d: RequestDraft, today: dt.date) -> tuple[object, ...]:
    """The log's row of one request."""
    return _line_row(line_of(d), today, _Labels())


def _is_overdue(line: RequestLine, today: dt.date) -> bool:
    return (
        line.status not in CLOSED and deadline_of(line.received, line.extended, line.status) < today
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


@dataclass
class _Summary:
    """What the summary and the monthly table count, in one pass over the lines."""

    count: int = 0
    closed: int = 0
    in_time: int = 0
    overdue: int = 0
    extended: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    by_month: Counter[tuple[tuple[int, int], RequestType]] = field(default_factory=Counter)

    def add(self, line: RequestLine, today: dt.date) -> None:
        self.count += 1
        received = line.received
        deadline = deadline_of(received, line.extended, line.status)
        if line.answered is not None:
            self.closed += 1
            self.in_time += line.answered <= deadline
        if line.status not in CLOSED and deadline < today:
            self.overdue += 1
        self.extended += line.extended
        if self.first is None or received < self.first:
            self.first = received
        if self.last is None or received > self.last:
            self.last = received
        month = (received.year, received.month)
        for t in line.types:
            self.by_month[month, t] += 1


def build(
    details: OrganisationDetails,
    drafts: Sequence[RequestDraft],
    *,
    today: dt.date,
    filtered: bool = False,
) -> Report:
    """The log of `drafts`, with how many were answered in time."""
    return build_from_lines(details, lambda: map(line_of, drafts), today=today, filtered=filtered)


def build_from_lines(
    details: OrganisationDetails,
    lines: Callable[[], Iterable[RequestLine]],
    *,
    today: dt.date,
    filtered: bool = False,
) -> Report:
    """The log of the requests that `lines()` gives (by date received), with how many
    were answered in time. `lines` is called again for each table that lists them (a
    query run again), so the rows are never all held at once."""
    summary = _Summary()
    for line in lines():
        summary.add(line, today)
    labels = _Labels()
    first, last = summary.first or today, summary.last or today
    blocks: list[Block] = [
        Heading(translate("RequestReport", "Summary")),
        Fields(
            [
                (
                    translate("RequestReport", "Period"),
                    f"{format_date(first)} – {format_date(last)}",
                ),
                (translate("RequestReport", "Requests"), str(summary.count)),
                (translate("RequestReport", "Answered or refused"), str(summary.closed)),
                (
                    translate("RequestReport", "Answered in time"),
                    translate("RequestReport", "{n} of {total}").format(
                        n=summary.in_time, total=summary.closed
                    ),
                ),
                (translate("RequestReport", "Open and overdue"), str(summary.overdue)),
                (translate("RequestReport", "Extended"), str(summary.extended)),
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
            Stream(summary.count, lambda: (_line_row(x, today, labels) for x in lines())),
            sheet=False,
            too_wide=TooWide.DROP,
        ),
        Table(
            translate("RequestReport", "Requests"),
            [
                *_columns(),
                Column(translate("RequestReport", "Ground for refusal")),
                Column(translate("RequestReport", "Reason for the extension")),
                Column(translate("RequestReport", "Requester told of the extension"), Kind.DATE),
            ],
            Stream(summary.count, lambda: (_sheet_row(x, today, labels) for x in lines())),
            in_pdf=False,
        ),
        Table(
            translate("RequestReport", "Per month and type"),
            [
                Column(translate("RequestReport", "Month"), Kind.MONTH),
                Column(translate("RequestReport", "Type"), width=2),
                Column(translate("RequestReport", "Count"), Kind.NUMBER),
            ],
            [
                (dt.date(year, month, 1), labels.type(t), n)
                for ((year, month), t), n in sorted(
                    summary.by_month.items(), key=lambda x: (x[0][0], x[0][1].value)
                )
            ],
            in_pdf=False,
        ),
        Table(
            translate("RequestReport", "Overdue"),
            _columns(),
            Stream(
                summary.overdue,
                lambda: (_line_row(x, today, labels) for x in lines() if _is_overdue(x, today)),
            ),
            too_wide=TooWide.DROP,
        ),
    ]
    return Report(
        title=translate("RequestReport", "Log of data subjects' requests"),
        organisation=details.name,
        blocks=blocks,
    )
