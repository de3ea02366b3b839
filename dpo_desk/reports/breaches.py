"""The breach log's reports: the log (workbook with every field, PDF of a period) and one
breach as a case file. Its letters are in reports/breach_letters.py."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from dpo_desk.domain.breaches import (
    EXCEPTION_LABELS,
    FIELD_TITLES,
    KIND_LABELS,
    RISK_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    BreachKind,
    BreachRole,
    BreachView,
    HistoryLine,
    Risk,
    notification_deadline,
    notified_in_time,
)
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date, format_moment
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Column, Fields, Heading, Kind, Paragraph, Report, Table

ACTION_TITLES = {
    "insert": QT_TRANSLATE_NOOP("Breaches", "Created"),
    "update": QT_TRANSLATE_NOOP("Breaches", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Breaches", "Deleted"),
}


def _t(text: str) -> str:
    return translate("Breaches", text)


def field_label(name: str) -> str:
    return translate("Fields", FIELD_TITLES[name])


def kinds_text(view: BreachView) -> str:
    return ", ".join(_t(KIND_LABELS[k]) for k in BreachKind if k in view.draft.kinds)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return translate("Breaches", "Not decided")
    return translate("Breaches", "Yes") if value else translate("Breaches", "No")


def _in_time(view: BreachView) -> str:
    result = notified_in_time(view.draft)
    return "" if result is None else _yes_no(result)


def special_text(view: BreachView) -> str:
    d = view.draft
    marks = [
        (d.special_categories, "special_categories"),
        (d.criminal_offences, "criminal_offences"),
        (d.cpr_numbers, "cpr_numbers"),
    ]
    return ", ".join(field_label(name) for present, name in marks if present)


def build_log(
    organisation: OrganisationDetails,
    views: Sequence[BreachView],
    *,
    period: tuple[dt.date, dt.date] | None = None,
) -> Report:
    """The breach log: every breach with every field (the workbook), a compact table
    of the period (the PDF), and the counts per year, kind and risk."""
    if period is not None:
        start, end = period
        views = [v for v in views if start <= v.draft.aware_at.astimezone().date() <= end]
    title = translate("Breaches", "Log of personal data breaches")
    blocks: list[Block] = []
    if period is not None:
        blocks.append(
            Paragraph(
                translate(
                    "Breaches", "Breaches the organisation became aware of from {start} to {end}."
                ).format(start=format_date(period[0]), end=format_date(period[1]))
            )
        )
    blocks.append(
        Paragraph(
            translate(
                "Breaches",
                "Art. 33(5) of the General Data Protection Regulation: every breach is "
                "documented, whether it was notified or not.",
            )
        )
    )
    compact = [
        Column(translate("Breaches", "No."), Kind.NUMBER, 0.4),
        Column(field_label("title"), width=2.2),
        Column(field_label("aware_at"), Kind.MOMENT, 1.1),
        Column(field_label("kinds"), width=1.2),
        Column(field_label("risk"), width=0.8),
        Column(field_label("status"), width=0.9),
        Column(field_label("notified_at"), Kind.MOMENT, 1.1),
        Column(translate("Breaches", "In time"), width=0.6),
    ]
    blocks.append(
        Table(
            translate("Breaches", "Breaches"),
            compact,
            [
                [
                    v.draft.id,
                    v.draft.title,
                    v.draft.aware_at,
                    kinds_text(v),
                    _t(RISK_LABELS[v.draft.risk]) if v.draft.risk else "",
                    _t(STATUS_LABELS[v.draft.status]),
                    v.draft.notified_at,
                    _in_time(v),
                ]
                for v in views
            ],
            sheet=False,
        )
    )
    blocks.append(_full_table(views))
    blocks.append(_counts(views))
    return Report(title=title, organisation=organisation.name, blocks=blocks)


def _full_table(views: Sequence[BreachView]) -> Table:
    names = [
        "title",
        "role",
        "occurred_from",
        "occurred_to",
        "aware_at",
        "discovered_by",
        "reported_by",
        "description",
        "kinds",
        "activities",
        "processors",
        "subjects_count",
        "records_count",
        "special_categories",
        "criminal_offences",
        "cpr_numbers",
        "consequences",
        "measures_taken",
        "measures_proposed",
        "risk",
        "risk_reasoning",
        "assessed_by",
        "status",
        "notified_at",
        "reference",
        "delay_reasons",
        "not_notified_reason",
        "follow_ups",
        "subjects_told",
        "subjects_told_at",
        "subjects_told_how",
        "art34_exception",
        "controllers",
    ]
    moments = {"occurred_from", "occurred_to", "aware_at", "notified_at", "subjects_told_at"}
    columns = [Column(translate("Breaches", "No."), Kind.NUMBER)] + [
        Column(field_label(n), Kind.MOMENT if n in moments else Kind.TEXT) for n in names
    ]
    columns.insert(
        names.index("notified_at") + 2,
        Column(translate("Breaches", "Deadline (72 hours)"), Kind.MOMENT),
    )
    columns.insert(names.index("notified_at") + 4, Column(translate("Breaches", "In time")))
    not_told = translate("Breaches", "not told")
    rows = []
    for v in views:
        d = v.draft
        values: dict[str, object] = {n: getattr(d, n, "") for n in names}
        values.update(
            role=_t(ROLE_LABELS[d.role]),
            kinds=kinds_text(v),
            activities="; ".join(v.activities),
            processors="; ".join(v.processors),
            special_categories=_yes_no(d.special_categories),
            criminal_offences=_yes_no(d.criminal_offences),
            cpr_numbers=_yes_no(d.cpr_numbers),
            risk=_t(RISK_LABELS[d.risk]) if d.risk else "",
            status=_t(STATUS_LABELS[d.status]),
            follow_ups="; ".join(
                f"{format_moment(f.sent_at)} {f.note}".strip() for f in d.follow_ups
            ),
            subjects_told=_yes_no(d.subjects_told) if d.risk is Risk.HIGH else "",
            art34_exception=_t(EXCEPTION_LABELS[d.art34_exception]) if d.art34_exception else "",
            controllers="; ".join(
                f"{name} ({format_moment(told) if told else not_told})"
                for name, told in v.controllers
            ),
        )
        row = [d.id] + [values[n] for n in names]
        row.insert(names.index("notified_at") + 2, notification_deadline(d.aware_at))
        row.insert(names.index("notified_at") + 4, _in_time(v))
        rows.append(row)
    return Table(translate("Breaches", "Log"), columns, rows, in_pdf=False)


def _counts(views: Sequence[BreachView]) -> Table:
    per_year: dict[int, Counter[str]] = {}
    for v in views:
        d = v.draft
        counter = per_year.setdefault(d.aware_at.astimezone().year, Counter())
        counter["all"] += 1
        for kind in d.kinds:
            counter[kind.value] += 1
        if d.risk:
            counter[d.risk.value] += 1
        in_time = notified_in_time(d)
        if in_time is not None:
            counter["in_time" if in_time else "late"] += 1
    keys = ["all", *(k.value for k in BreachKind), *(r.value for r in Risk), "in_time", "late"]
    headers = [
        translate("Breaches", "All"),
        *(_t(KIND_LABELS[k]) for k in BreachKind),
        *(_t(RISK_LABELS[r]) for r in Risk),
        translate("Breaches", "Notified in time"),
        translate("Breaches", "Notified late"),
    ]
    return Table(
        translate("Breaches", "Counts per year"),
        [Column(translate("Breaches", "Year"), Kind.NUMBER, 0.6)]
        + [Column(h, Kind.NUMBER) for h in headers],
        [[str(year)] + [c[k] for k in keys] for year, c in sorted(per_year.items())],
    )


def build_case(
    organisation: OrganisationDetails,
    view: BreachView,
    history: Sequence[HistoryLine],
    *,
    field_title: dict[str, str] | None = None,
) -> Report:
    """One breach as a case file: everything recorded, in order, and its history."""
    d = view.draft
    title = translate("Breaches", "Breach case file")
    deadline = notification_deadline(d.aware_at)
    blocks: list[Block] = [
        Heading(d.title),
        Heading(translate("Breaches", "The breach"), level=2),
        Fields(
            [
                (translate("Breaches", "Case no."), str(d.id)),
                (field_label("role"), _t(ROLE_LABELS[d.role])),
                (field_label("occurred_from"), format_moment(d.occurred_from)),
                (field_label("occurred_to"), format_moment(d.occurred_to)),
                (field_label("aware_at"), format_moment(d.aware_at)),
                (translate("Breaches", "Deadline (72 hours)"), format_moment(deadline)),
                (field_label("discovered_by"), d.discovered_by),
                (field_label("reported_by"), d.reported_by),
                (field_label("kinds"), kinds_text(view)),
                (field_label("description"), d.description),
            ]
        ),
        Heading(translate("Breaches", "What it touched"), level=2),
        Fields(
            [
                (field_label("activities"), "; ".join(view.activities)),
                (field_label("processors"), "; ".join(view.processors)),
                (
                    field_label("subjects_count"),
                    "" if d.subjects_count is None else str(d.subjects_count),
                ),
                (
                    field_label("records_count"),
                    "" if d.records_count is None else str(d.records_count),
                ),
                (
                    translate("Breaches", "Special kinds of data"),
                    special_text(view) or translate("Breaches", "None"),
                ),
            ]
        ),
        Heading(translate("Breaches", "Assessment"), level=2),
        Fields(
            [
                (field_label("consequences"), d.consequences),
                (field_label("measures_taken"), d.measures_taken),
                (field_label("measures_proposed"), d.measures_proposed),
                (
                    field_label("risk"),
                    _t(RISK_LABELS[d.risk]) if d.risk else translate("Breaches", "Not assessed"),
                ),
                (field_label("risk_reasoning"), d.risk_reasoning),
                (field_label("assessed_by"), d.assessed_by),
            ]
        ),
    ]
    if d.role is BreachRole.CONTROLLER:
        blocks += [
            Heading(translate("Breaches", "Notification to Datatilsynet (Art. 33)"), level=2),
            Fields(
                [
                    (field_label("status"), _t(STATUS_LABELS[d.status])),
                    (field_label("notified_at"), format_moment(d.notified_at)),
                    (translate("Breaches", "In time"), _in_time(view)),
                    (field_label("reference"), d.reference),
                    (field_label("delay_reasons"), d.delay_reasons),
                    (field_label("not_notified_reason"), d.not_notified_reason),
                    (
                        field_label("follow_ups"),
                        "\n".join(f"{format_moment(f.sent_at)}: {f.note}" for f in d.follow_ups),
                    ),
                ]
            ),
            Heading(translate("Breaches", "The data subjects (Art. 34)"), level=2),
            Fields(
                [
                    (
                        field_label("subjects_told"),
                        _yes_no(d.subjects_told)
                        if d.risk is Risk.HIGH or d.subjects_told is not None
                        else translate("Breaches", "Not required (no high risk)"),
                    ),
                    (field_label("subjects_told_at"), format_moment(d.subjects_told_at)),
                    (field_label("subjects_told_how"), d.subjects_told_how),
                    (
                        field_label("art34_exception"),
                        _t(EXCEPTION_LABELS[d.art34_exception]) if d.art34_exception else "",
                    ),
                ]
            ),
        ]
    else:
        blocks += [
            Table(
                translate("Breaches", "Controllers told (Art. 33(2))"),
                [
                    Column(translate("Breaches", "Controller"), width=2.5),
                    Column(translate("Breaches", "Told"), Kind.MOMENT, 1.2),
                    Column(translate("Breaches", "Hours after awareness"), Kind.NUMBER, 1.0),
                ],
                [
                    [
                        name,
                        told,
                        round((told - d.aware_at).total_seconds() / 3600, 1) if told else None,
                    ]
                    for name, told in view.controllers
                ],
                sheet=False,
            ),
            Fields([(field_label("status"), _t(STATUS_LABELS[d.status]))]),
        ]
    titles = field_title or {}
    blocks += [
        Table(
            translate("Breaches", "History of the record"),
            [
                Column(translate("Breaches", "When"), Kind.MOMENT, 1.1),
                Column(translate("Breaches", "Who"), width=1.0),
                Column(translate("Breaches", "Change"), width=0.8),
                Column(translate("Breaches", "Fields"), width=3.0),
            ],
            [
                [
                    h.at,
                    h.user_name,
                    _t(ACTION_TITLES.get(h.action, h.action)),
                    ""
                    if h.action == "insert"
                    else ", ".join(
                        titles.get(f) or translate("Fields", FIELD_TITLES.get(f, f))
                        for f in h.fields
                    ),
                ]
                for h in history
            ],
            sheet=False,
        ),
    ]
    return Report(title=title, organisation=organisation.name, blocks=blocks)
