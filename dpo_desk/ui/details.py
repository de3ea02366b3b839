"""What each register's detail pane shows: one function per register, row id -> Detail,
built from the same blocks as the record's section of the PDF, with the linked records
as links (ui/detail_pane.py draws them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from dpo_desk.db.session import Database
from dpo_desk.domain.consents import STATE_LABELS
from dpo_desk.domain.requests import STATUS_LABELS as REQUEST_STATUS
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.reports import processors as processor_report
from dpo_desk.reports import requests as request_report
from dpo_desk.reports.model import Fields, Heading
from dpo_desk.reports.register_fields import activity_fields
from dpo_desk.services import breaches, consents, organisation, processors, register, requests
from dpo_desk.ui.detail_pane import Detail, Link, Section, sections_of

ACTIVITIES = "register"  # the names of the registry (services/registry.py)
PROCESSORS = "processors"
REQUESTS = "requests"
CONSENTS = "consents"
BREACHES = "breaches"


def _links(register_name: str, ids: Iterable[int], name: Callable[[int], str]) -> list[Link]:
    return [Link(register_name, i, name(i)) for i in ids]


def _activity_name(db: Database) -> Callable[[int], str]:
    return lambda i: register.draft(db, i).name


def _party_name(db: Database) -> Callable[[int], str]:
    return lambda i: processors.draft(db, i).name


def activity(db: Database, row_id: int) -> Detail | None:
    """An activity: its Art. 30 fields, then its processors and recipients."""
    found = register.views(db, [row_id])
    if not found:
        return None
    view = found[0]
    d = register.draft(db, row_id)
    links = Section(
        translate("Details", "Linked records"),
        [
            (
                translate("Details", "Processors"),
                _links(PROCESSORS, d.processor_ids, _party_name(db)),
            ),
            (translate("Details", "Recipients"), "\n".join(view.recipients)),
        ],
    )
    return Detail(view.name, [Section("", activity_fields(view)), links])


def party(db: Database, row_id: int, *, today: dt.date) -> Detail | None:
    """A party: its section of the overview, then its activities, sub-processors and
    supervision rounds."""
    found = processors.views(db, today=today, ids=[row_id])
    if not found:
        return None
    view = found[0]
    report = processor_report.build(organisation.load(db), [view], today=today)
    start = next(i for i, b in enumerate(report.blocks) if isinstance(b, Heading) and b.level == 2)
    fields = report.blocks[start + 1]
    linked = {
        translate("ProcessorReport", "Processing activities"),
        translate("ProcessorReport", "Sub-processors"),
    }  # shown below, as links and one a line
    pairs = [p for p in fields.pairs if p[0] not in linked] if isinstance(fields, Fields) else []
    links = Section(
        translate("Details", "Linked records"),
        [
            (
                translate("Details", "Processing activities"),
                _links(ACTIVITIES, view.draft.activity_ids, _activity_name(db)),
            ),
            (
                translate("Details", "Sub-processors"),
                "\n".join(
                    f"{s.name} ({s.country}, {s.service})" for s in view.draft.sub_processors
                ),
            ),
            (
                translate("Details", "Supervision rounds"),
                "\n".join(processor_report._round_text(r) for r in view.rounds),  # noqa: SLF001
            ),
        ],
    )
    return Detail(view.draft.name, [Section("", [(str(k), str(v)) for k, v in pairs]), links])


def request(db: Database, row_id: int, *, today: dt.date) -> Detail | None:
    """A request: its line of the log, then its activities, status history and letters."""
    try:
        d = requests.draft(db, row_id)
    except Exception:  # noqa: BLE001 - deleted meanwhile
        return None
    headers = [c.header for c in request_report._columns()]  # noqa: SLF001
    values = request_report._row(d, today)  # noqa: SLF001
    report = sections_of([Fields(list(zip(headers, values, strict=True)))])
    history = "\n".join(
        format_date(h.on) + ": " + translate("Requests", REQUEST_STATUS[h.status])
        for h in d.history
    )
    letters = "\n".join(
        f"{format_date(x.created.date())}: {x.file_name}" for x in requests.letters(db, row_id)
    )
    links = Section(
        translate("Details", "Linked records"),
        [
            (
                translate("Details", "Processing activities"),
                _links(ACTIVITIES, d.activity_ids, _activity_name(db)),
            ),
            (translate("Details", "Status history"), history),
            (translate("Details", "Letters"), letters),
        ],
    )
    if d.decision:
        report[0].pairs.append((translate("Details", "Decision"), d.decision))
    if d.notes:
        report[0].pairs.append((translate("Details", "Notes"), d.notes))
    return Detail(d.requester, [*report, links])


def consumer(db: Database, row_id: int, *, today: dt.date) -> Detail | None:
    """A consumer and the consent: never the health note."""
    row = consents.line(db, row_id, today=today)
    if row is None:
        return None
    d = consents.draft(db, row_id)
    texts = {i: f"{label} ({format_date(since)})" for i, label, since in consents.consent_texts(db)}
    return Detail(
        row.name,
        [
            Section(
                "",
                [
                    (translate("Details", "Address"), row.address),
                    (translate("Details", "Meter number"), d.meter_number),
                    (translate("Details", "Utility"), row.utility),
                    (translate("Details", "Phone"), d.phone),
                    (translate("Details", "Alternative contact"), d.alternative_contact),
                ],
            ),
            Section(
                translate("Details", "Consent"),
                [
                    (translate("Details", "State"), translate("Consents", STATE_LABELS[row.state])),
                    (translate("Details", "Consent given"), format_date(d.consent_given)),
                    (translate("Details", "Collected by"), d.collected_by),
                    (translate("Details", "Consent text"), texts.get(d.consent_text_id or -1, "")),
                    (translate("Details", "Withdrawn"), format_date(d.withdrawn)),
                    (translate("Details", "How it was withdrawn"), d.withdrawn_how),
                    (translate("Details", "Moved"), translate("Details", "Yes") if d.moved else ""),
                ],
            ),
        ],
    )


def breach(db: Database, row_id: int) -> Detail | None:
    """A breach: its case file, with its activities and parties as links."""
    found = breaches.views(db, [row_id])
    if not found:
        return None
    d = found[0].draft
    blocks = breaches.case_report(db, [row_id]).blocks[1:]  # the title is the pane's own
    links = Section(
        translate("Details", "Linked records"),
        [
            (
                translate("Details", "Processing activities"),
                _links(ACTIVITIES, d.activity_ids, _activity_name(db)),
            ),
            (translate("Details", "Processors"), _links(PROCESSORS, d.party_ids, _party_name(db))),
        ],
    )
    return Detail(d.title, [links, *sections_of(blocks)])
