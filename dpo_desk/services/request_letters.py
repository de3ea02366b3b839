"""Letters of a request: which fit, writing them (PDF, kept with the request), passing a
request on to the controllers for whom we process, and the copy of the person's data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from dpo_desk.db.backup import drain
from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LETTER_LABELS, LetterKind, offered
from dpo_desk.domain.register import ActivityView, ControllerParty, Role
from dpo_desk.domain.requests import (
    MSG_IDENTITY_FIRST,
    Forwarding,
    RequestDraft,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message, Term
from dpo_desk.reports.letters import build
from dpo_desk.reports.model import Report
from dpo_desk.reports.subject_copy import annex, annex_json, forward_notice
from dpo_desk.services import consents as consent_service
from dpo_desk.services import organisation
from dpo_desk.services import register as register_service
from dpo_desk.services import requests as request_service
from dpo_desk.services.errors import ValidationFailedError

MSG_LETTER_DOES_NOT_FIT = QT_TRANSLATE_NOOP(
    "Domain", "The letter “{letter}” does not fit the request as it stands."
)


def _views(db: Database, request: RequestDraft) -> list[ActivityView]:
    return register_service.views(db, request.activity_ids) if request.activity_ids else []


def controllers_concerned(
    request: RequestDraft, views: Sequence[ActivityView]
) -> list[tuple[ControllerParty, list[ActivityView]]]:
    """Each controller for whom we process data the request touches (Art. 30(2)), with
    those activities; only the requester's own utility when it is one of them."""
    found: dict[str, tuple[ControllerParty, list[ActivityView]]] = {}
    for view in views:
        if view.role is not Role.PROCESSOR:
            continue
        for party in view.controllers:
            found.setdefault(party.name, (party, []))[1].append(view)
    own = request.utility.strip().casefold()
    if own and any(name.casefold() == own for name in found):
        return [entry for name, entry in found.items() if name.casefold() == own]
    return list(found.values())


def offered_letters(db: Database, request_id: int) -> list[LetterKind]:
    """The letters the request can have now."""
    request = request_service.draft(db, request_id)
    return offered(request, forwards=bool(controllers_concerned(request, _views(db, request))))


def _pdf(report: Report) -> bytes:
    from dpo_desk.reports import pdf  # reportlab is loaded when a letter is written

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "letter.pdf"
        for _ in pdf.write_pdf(report, out):
            pass
        return out.read_bytes()


def _keep(db: Database, request_id: int, kind: LetterKind, data: bytes, today: dt.date,
          suffix: str = "pdf", part: str = "") -> int:
    name = f"{today.isoformat()}-{kind.value}-{request_id}{part}.{suffix}"
    return request_service.add_letter(db, request_id, kind=kind.value, pdf=data, file_name=name)


def _assist_deadline(db: Database, controller: str, today: dt.date) -> str:
    """The data processing agreement's deadline for assisting, when the processor
    register holds one for this controller."""
    from dpo_desk.services import processors

    for party in processors.views(db, today=today):
        if getattr(party, "name", "").casefold() == controller.casefold():
            return str(getattr(party, "assist_deadline", "") or "")
    return ""


def subject_data(db: Database, request_id: int) -> dict[str, Any]:
    """Everything this database holds about the requester: their requests (matched by
    name and contact), the letters kept for them, and their consent record when they are
    a heat consumer of the request's utility (matched by name and utility)."""
    request = request_service.draft(db, request_id)
    name, contact = request.requester.strip().casefold(), request.contact.strip().casefold()
    mine = [
        d
        for d in request_service.drafts(db)
        if d.requester.strip().casefold() == name and d.contact.strip().casefold() == contact
    ]
    names = {v.id: v.name for v in register_service.views(db)}
    requests: list[dict[str, Any]] = []
    for d in mine:
        assert d.id is not None
        requests.append(
            {
                "received": d.received.isoformat(),
                "types": [t.value for t in d.types],
                "contact": d.contact,
                "relation": d.relation,
                "utility": d.utility,
                "channel": d.channel.value,
                "status": d.status.value,
                "history": [{"status": h.status.value, "on": h.on.isoformat()} for h in d.history],
                "identity_checked": d.identity_checked.isoformat() if d.identity_checked else None,
                "identity_how": d.identity_how,
                "deadline": d.deadline.isoformat(),
                "extension_reason": d.extension_reason,
                "answered": d.answered.isoformat() if d.answered else None,
                "decision": d.decision,
                "notes": d.notes,
                "activities": [names[i] for i in d.activity_ids if i in names],
                "forwardings": [
                    {k: (v.isoformat() if isinstance(v, dt.date) else v)
                     for k, v in dataclasses.asdict(f).items()}
                    for f in d.forwardings
                ],
                "letters": [
                    {"kind": x.kind, "created": x.created.date().isoformat(),
                     "file_name": x.file_name, "sha256": x.sha256}
                    for x in request_service.letters(db, d.id)
                ],
            }
        )
    consents: list[dict[str, Any]] = []
    utility = request.utility.strip().casefold()
    if utility:
        categories = {e.id: e.name for e in _considerations(db)}
        texts = {i: label for i, label, _ in consent_service.consent_texts(db)}
        for row in consent_service.rows(db, today=request.received):
            if row.name.strip().casefold() != name or row.utility.strip().casefold() != utility:
                continue
            c = consent_service.draft(db, row.id)
            consents.append(
                {
                    "name": c.name,
                    "address": f"{c.street} {c.house_number}, {c.postal_code} {c.city}",
                    "utility": c.utility,
                    "meter_number": c.meter_number,
                    "phone": c.phone,
                    "alternative_contact": c.alternative_contact,
                    "consideration": categories.get(c.category_id or -1, ""),
                    "note": c.free_text,
                    "consent_given": c.consent_given.isoformat() if c.consent_given else None,
                    "consent_text": texts.get(c.consent_text_id or -1, ""),
                    "collected_by": c.collected_by,
                    "withdrawn": c.withdrawn.isoformat() if c.withdrawn else None,
                    "withdrawn_how": c.withdrawn_how,
                }
            )
    return {"person": {"name": request.requester}, "requests": requests, "consents": consents}


def _considerations(db: Database) -> list[Any]:
    from dpo_desk.services import catalogue

    return list(catalogue.entries(db, "consideration"))


def _refuse(kind: LetterKind, request: RequestDraft) -> None:
    if kind is LetterKind.ACCESS and request.identity_needed and request.identity_checked is None:
        raise ValidationFailedError({"identity_checked": MSG_IDENTITY_FIRST})
    raise ValidationFailedError(
        {"letter": Message(MSG_LETTER_DOES_NOT_FIT, letter=Term(LETTER_LABELS[kind], "Letters"))}
    )


def write_letter(db: Database, request_id: int, kind: LetterKind, *, today: dt.date) -> int:
    """Write the letter `kind` to the requester, keep it with the request and return its
    id; a letter that does not fit the request's state is refused. The access answer
    comes with the annex (PDF and JSON); passing a request on writes a notice to each
    controller concerned and records the forwarding; writing the extension notice is how
    the requester is told of the extension."""
    return drain(letter_steps(db, request_id, kind, today=today))


def letter_steps(
    db: Database, request_id: int, kind: LetterKind, *, today: dt.date
) -> Generator[tuple[int, int], None, int]:
    """`write_letter` as steps: yields (documents written, documents in all)."""
    request = request_service.draft(db, request_id)
    views = _views(db, request)
    concerned = controllers_concerned(request, views)
    if kind not in offered(request, forwards=bool(concerned)):
        _refuse(kind, request)
    org = organisation.load(db)
    total = 1 + (len(concerned) if kind is LetterKind.FORWARDED else 0)
    total += 2 if kind is LetterKind.ACCESS else 0
    yield 0, total
    if kind is LetterKind.EXTENSION and request.extension_told is None:
        request.extension_told = today
        request_service.save(db, request, today=today)
        request = request_service.draft(db, request_id)
    if kind is LetterKind.FORWARDED:
        earlier = {f.controller: f for f in request.forwardings}
        for number, (party, activities) in enumerate(concerned, start=1):
            notice = forward_notice(organisation=org, request=request, controller=party,
                                    activities=activities, today=today,
                                    assist_deadline=_assist_deadline(db, party.name, today))
            _keep(db, request_id, LetterKind.FORWARD_NOTICE, _pdf(notice), today,
                  part=f"-{number}")
            yield number, total
            # sent again: the first date and an answer on record stay (each notice is kept)
            earlier.setdefault(party.name, Forwarding(party.name, today, None))
        request.forwardings = list(earlier.values())
        request_service.save(db, request, today=today)
    letter = build(kind, organisation=org, request=request, activities=views, today=today,
                   controllers=[party for party, _ in concerned])
    letter_id = _keep(db, request_id, kind, _pdf(letter), today)
    if kind is LetterKind.ACCESS:
        yield total - 2, total
        data = subject_data(db, request_id)
        _keep(db, request_id, LetterKind.ANNEX, _pdf(annex(organisation=org, data=data)), today)
        yield total - 1, total
        _keep(db, request_id, LetterKind.ANNEX_DATA, annex_json(data), today, suffix="json")
    return letter_id


def record_controller_answer(
    db: Database, request_id: int, controller: str, *, on: dt.date, today: dt.date
) -> None:
    """Record the day a controller answered the person (its part of the request)."""
    request = request_service.draft(db, request_id)
    for f in request.forwardings:
        if f.controller == controller:
            f.answered = on
    request_service.save(db, request, today=today)


