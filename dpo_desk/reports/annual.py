"""The annual report of the data protection officer (PDF): a cover page, the contents,
the state of each register with figures and charts, the open risks and the DPO's own
remarks. Fonts and paragraph styles are those of every report (`reports.pdf`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from dpo_desk.domain.annual import AnnualData
from dpo_desk.domain.breaches import RISK_LABELS, Risk
from dpo_desk.domain.register import STATUS_LABELS
from dpo_desk.domain.requests import TYPE_LABELS, RequestType
from dpo_desk.domain.text import format_date, format_moment
from dpo_desk.i18n import translate
from dpo_desk.reports.annual_layout import AnnualDocument, CoverCanvas, section_heading
from dpo_desk.reports.charts import bar_chart
from dpo_desk.reports.figures import month_label, summary_rows
from dpo_desk.reports.pdf_style import FONT, styles, text


def _a(source: str) -> str:
    return translate("AnnualReport", source)


LIST_LIMIT = 200  # rows a table of the report lists; the workbook holds them all


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> list[Flowable]:
    """The rows as a table; past LIST_LIMIT rows a line says how many more the
    management workbook lists (a report to management, not a dump of the register)."""
    if not rows:
        return [text(translate("Report", "(none)"))]
    head = [text(h, "HeadCell") for h in header]
    body = [
        [text(str(v) if v is not None else "", "Cell") for v in row] for row in rows[:LIST_LIMIT]
    ]
    table = RLTable([head, *body], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    if len(rows) <= LIST_LIMIT:
        return [table]
    more = translate("AnnualReport", "… and {n} more: the management workbook lists them all.")
    return [table, text(more.format(n=len(rows) - LIST_LIMIT))]


def _cover(data: AnnualData, title: str) -> list[Flowable]:
    big = ParagraphStyle("Cover", parent=styles()["Title"], fontSize=26, leading=32)
    return [
        Spacer(0, 60 * mm),
        text(data.organisation, "H1"),
        RLParagraph(escape(title), big),
        Spacer(0, 10 * mm),
        text(translate("AnnualReport", "Data protection officer: {name}").format(name=data.dpo)),
        text(translate("AnnualReport", "Status on {date}").format(date=format_date(data.today))),
        NextPageTemplate("page"),
        PageBreak(),
    ]


def _summary(data: AnnualData, width: float) -> list[Flowable]:
    rows = [[label, value] for label, value in summary_rows(data.figures)]
    return [
        section_heading(translate("AnnualReport", "Key figures")),
        text(
            translate(
                "AnnualReport", "Figures for {year}; the state of the registers on {date}."
            ).format(year=data.year, date=format_date(data.today))
        ),
        *_table(
            [translate("AnnualReport", "Key figure"), translate("AnnualReport", "Number")],
            rows,
            [width * 0.75, width * 0.25],
        ),
    ]


def _register(data: AnnualData, width: float) -> list[Flowable]:
    f = data.figures
    rows = [
        [
            a.name,
            translate("Register", "Controller" if a.role == "controller" else "Processor"),
            translate("Register", STATUS_LABELS[a.status]),
            format_date(a.next_review),
        ]
        for a in data.activities
    ]
    return [
        section_heading(translate("AnnualReport", "Record of processing activities")),
        text(
            translate(
                "AnnualReport", "{n} activities are in use: {c} as controller and {p} as processor."
            ).format(n=f.activities, c=f.activities_controller, p=f.activities_processor)
        ),
        *_table(
            [
                translate("AnnualReport", "Activity"),
                translate("AnnualReport", "Role"),
                translate("AnnualReport", "Status"),
                translate("AnnualReport", "Next review"),
            ],
            rows,
            [width * 0.5, width * 0.17, width * 0.15, width * 0.18],
        ),
    ]


def _supervision(data: AnnualData, width: float) -> list[Flowable]:
    f = data.figures
    chart = bar_chart(
        translate("AnnualReport", "Supervision rounds in {year}").format(year=data.year),
        [
            translate("AnnualReport", "Due in the year"),
            translate("AnnualReport", "Done of those due"),
            translate("AnnualReport", "Rounds held"),
        ],
        [
            (
                translate("AnnualReport", "Number"),
                [f.supervision_due_in_year, f.supervision_done_in_year, f.rounds_in_year],
            )
        ],
        width=width * 0.7,
    )
    rows = [
        [p.name, format_date(p.last_round), format_date(p.next_round), p.open_follow_ups]
        for p in data.parties
    ]
    return [
        section_heading(translate("AnnualReport", "Processors and supervision")),
        text(
            translate(
                "AnnualReport",
                "{n} processors are used. In {year} supervision fell due for {due}, and {done} "
                "of them were supervised; {rounds} rounds were held in all. Today {overdue} "
                "are overdue and {soon} fall due within three months.",
            ).format(
                n=f.processors,
                year=data.year,
                due=f.supervision_due_in_year,
                done=f.supervision_done_in_year,
                rounds=f.rounds_in_year,
                overdue=f.supervision_overdue,
                soon=f.supervision_due,
            )
        ),
        chart,
        *_table(
            [
                translate("AnnualReport", "Processor"),
                translate("AnnualReport", "Last round"),
                translate("AnnualReport", "Next round"),
                translate("AnnualReport", "Open follow-ups"),
            ],
            rows,
            [width * 0.36, width * 0.2, width * 0.2, width * 0.24],
        ),
    ]


def _requests(data: AnnualData, width: float) -> list[Flowable]:
    f = data.figures
    months = [month_label(m) for m in range(1, 13)]
    used = [t for t in RequestType if any(f.requests_by_month[(m, t)] for m in range(1, 13))]
    by_type = bar_chart(
        translate("AnnualReport", "Requests per month by type"),
        months,
        [
            (
                translate("Requests", TYPE_LABELS[t]),
                [f.requests_by_month[(m, t)] for m in range(1, 13)],
            )
            for t in used
        ],
        width=width,
        stacked=True,
    )
    in_time = bar_chart(
        translate("AnnualReport", "Requests answered in time or late, by month of the answer"),
        months,
        [
            (
                translate("AnnualReport", "In time"),
                [f.answered_by_month[m][0] for m in range(1, 13)],
            ),
            (translate("AnnualReport", "Late"), [f.answered_by_month[m][1] for m in range(1, 13)]),
        ],
        width=width,
        stacked=True,
    )
    return [
        section_heading(translate("AnnualReport", "Requests of data subjects")),
        text(
            translate(
                "AnnualReport",
                "{n} requests came in during {year}. {in_time} were answered in time and "
                "{late} late; {open} are open, {open_late} of them past the deadline; "
                "{withdrawn} were withdrawn.",
            ).format(
                n=f.requests,
                year=data.year,
                in_time=f.answered_in_time,
                late=f.answered_late,
                open=f.requests_open,
                open_late=f.requests_open_late,
                withdrawn=f.requests_withdrawn,
            )
        ),
        by_type,
        Spacer(0, 4 * mm),
        in_time,
    ]


def _consents(data: AnnualData) -> list[Flowable]:
    f = data.figures
    return [
        section_heading(translate("AnnualReport", "Health-data consents")),
        text(
            translate(
                "AnnualReport",
                "{active} consents are active, {reconfirm} are to be confirmed again and "
                "{withdrawn} are withdrawn.",
            ).format(
                active=f.consents_active,
                reconfirm=f.consents_reconfirm,
                withdrawn=f.consents_withdrawn,
            )
        ),
    ]


def _breaches(data: AnnualData, width: float) -> list[Flowable]:
    f = data.figures
    risks = [Risk.NONE, Risk.RISK, Risk.HIGH]
    by_risk = bar_chart(
        translate("AnnualReport", "Breaches by risk"),
        [translate("Breaches", RISK_LABELS[r]) for r in risks],
        [(translate("AnnualReport", "Breaches"), [f.breaches_by_risk[r] for r in risks])],
        width=width * 0.48,
    )
    notified = bar_chart(
        translate("AnnualReport", "Notification to Datatilsynet"),
        [
            translate("AnnualReport", "Within 72 hours"),
            translate("AnnualReport", "Late"),
            translate("AnnualReport", "Not notified"),
        ],
        [
            (
                translate("AnnualReport", "Breaches"),
                [f.breaches_notified_in_time, f.breaches_notified_late, f.breaches_not_notified],
            )
        ],
        width=width * 0.48,
    )
    pair = RLTable([[by_risk, notified]], colWidths=[width * 0.5, width * 0.5])
    pair.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT)]))
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    rows = [
        [
            b.title,
            format_moment(b.aware_at),
            translate("Breaches", RISK_LABELS[Risk(b.risk)]) if b.risk else "",
            "" if b.in_time is None else (yes if b.in_time else no),
        ]
        for b in data.breaches
    ]
    return [
        section_heading(translate("AnnualReport", "Personal data breaches")),
        text(
            translate(
                "AnnualReport",
                "{n} breaches were recorded in {year}. {in_time} were notified to "
                "Datatilsynet within 72 hours, {late} later, and {not_notified} were not "
                "notified (the reason is recorded).",
            ).format(
                n=f.breaches,
                year=data.year,
                in_time=f.breaches_notified_in_time,
                late=f.breaches_notified_late,
                not_notified=f.breaches_not_notified,
            )
        ),
        pair,
        *_table(
            [
                translate("AnnualReport", "Breach"),
                translate("AnnualReport", "Aware"),
                translate("AnnualReport", "Risk"),
                translate("AnnualReport", "Notified within 72 hours"),
            ],
            rows,
            [width * 0.45, width * 0.2, width * 0.15, width * 0.2],
        ),
    ]


def _risks_and_remarks(data: AnnualData) -> list[Flowable]:
    story: list[Flowable] = [section_heading(translate("AnnualReport", "Open risks"))]
    if data.risks:
        for risk in data.risks[:LIST_LIMIT]:
            values = {
                k: translate("Notice", v) if k == "what" else v for k, v in risk.values.items()
            }
            story.append(text("• " + _a(risk.message).format(**values)))
        if len(data.risks) > LIST_LIMIT:
            more = translate("AnnualReport", "… and {n} more.")
            story.append(text(more.format(n=len(data.risks) - LIST_LIMIT)))
    else:
        story.append(text(translate("AnnualReport", "No open risks are recorded.")))
    story.append(
        section_heading(translate("AnnualReport", "The data protection officer's remarks"))
    )
    story.append(
        text(data.remarks)
        if data.remarks.strip()
        else text(
            translate("AnnualReport", "No remarks are written for {year}.").format(year=data.year)
        )
    )
    return story


def write_annual(data: AnnualData, path: Path) -> Iterator[tuple[int, int]]:
    """Write the annual report; yields (sections done, sections in all)."""
    title = translate("AnnualReport", "Annual report of the data protection officer {year}").format(
        year=data.year
    )
    doc = AnnualDocument(path, data, title)
    width = doc.width
    toc = TableOfContents()
    toc.levelStyles = [styles()["Toc1"]]
    toc.tableStyle = TableStyle(  # else reportlab sets Helvetica per cell
        [("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    sections = [
        lambda: _summary(data, width),
        lambda: _register(data, width),
        lambda: _supervision(data, width),
        lambda: _requests(data, width),
        lambda: _consents(data),
        lambda: _breaches(data, width),
        lambda: _risks_and_remarks(data),
    ]
    total = len(sections) + 1
    story: list[Flowable] = [
        *_cover(data, title),
        text(translate("AnnualReport", "Contents"), "H1"),
        toc,
        PageBreak(),
    ]
    for done, section in enumerate(sections, start=1):
        story += section()
        story.append(Spacer(0, 4 * mm))
        yield done, total
    toc.addEntries(
        [(0, f.getPlainText(), 0, None) for f in story if getattr(f, "toc_level", None) == 0]
    )
    doc.multiBuild(story, canvasmaker=CoverCanvas)
    yield total, total
