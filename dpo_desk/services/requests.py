"""Use cases of data subjects' requests: log, follow the deadline, move through the
workflow, extend, and keep the letters that answered them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.db.register_models import Activity
from dpo_desk.db.request_models import (
    RequestForwarding,
    RequestLetter,
    RequestStatusChange,
    SubjectRequest,
)
from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.requests import (
    CLOSED,
    Channel,
    Forwarding,
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
    StatusChange,
    check_extension,
    check_move,
    validate_request,
)
from dpo_desk.services import attachments
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError
from dpo_desk.services.records import save_record


@dataclass(frozen=True)
class RequestRow:
    """One line of the requests table."""

    id: int
    requester: str
    types: tuple[RequestType, ...]
    relation: str
    utility: str
    received: dt.date
    deadline: dt.date
    status: RequestStatus
    extended: bool
    answered: dt.date | None
    search_text: str = ""  # the other text fields, for the search box

    @property
    def is_open(self) -> bool:
        """True until the request is answered, refused or withdrawn."""
        return self.status not in CLOSED


def rows(db: Database) -> list[RequestRow]:
    """Every request, as the table shows it (column queries: fast on 100,000)."""
    c = SubjectRequest.__table__.c
    with db.reading() as session:
        return [
            RequestRow(
                r.id,
                r.requester,
                tuple(RequestType(t) for t in r.types or ()),
                r.relation,
                r.utility,
                r.received,
                r.deadline,
                RequestStatus(r.status),
                r.extended,
                r.answered,
                "\n".join(t or "" for t in r[10:]),
            )
            for r in session.execute(
                select(
                    c.id,
                    c.requester,
                    c.types,
                    c.relation,
                    c.utility,
                    c.received,
                    c.deadline,
                    c.status,
                    c.extended,
                    c.answered,
                    *(c.contact, c.identity_how, c.decision, c.extension_reason, c.notes),
                )
            )
        ]


def _draft(r: SubjectRequest) -> RequestDraft:
    return RequestDraft(
        id=r.id,
        version=r.version,
        types=[RequestType(t) for t in r.types or ()],
        requester=r.requester,
        contact=r.contact,
        relation=r.relation,
        utility=r.utility,
        received=r.received,
        channel=Channel(r.channel),
        identity_needed=r.identity_needed,
        identity_how=r.identity_how,
        identity_ask=r.identity_ask,
        identity_checked=r.identity_checked,
        activity_ids=sorted(a.id for a in r.activities),
        status=RequestStatus(r.status),
        history=[StatusChange(RequestStatus(h.status), h.on) for h in r.history],
        decision=r.decision,
        refusal_ground=RefusalGround(r.refusal_ground) if r.refusal_ground else None,
        extended=r.extended,
        extension_reason=r.extension_reason,
        extension_told=r.extension_told,
        answered=r.answered,
        notes=r.notes,
        forwardings=[Forwarding(f.controller, f.forwarded, f.answered) for f in r.forwardings],
    )


def draft(db: Database, request_id: int) -> RequestDraft:
    """The request as the form edits it."""
    with db.reading() as session:
        found = session.get(SubjectRequest, request_id)
        if found is None:
            raise ConcurrentEditError(None)
        return _draft(found)


def save(db: Database, d: RequestDraft, *, today: dt.date) -> int:
    """Validate and save a request in one transaction; a change of status is recorded
    in its history with today's date."""

    def validate(draft_: RequestDraft, stored: RequestDraft | None) -> dict[str, str]:
        previous = stored.status if stored is not None else None
        return validate_request(draft_, previous=previous, today=today)

    def apply(session: Session, r: SubjectRequest, d: RequestDraft) -> None:
        if d.id is None:
            r.history = [RequestStatusChange(status=RequestStatus.RECEIVED.value, on=d.received)]
        r.types = [t.value for t in d.types]
        r.requester, r.contact = d.requester.strip(), d.contact.strip()
        r.relation, r.utility = d.relation.strip(), d.utility.strip()
        r.received, r.channel = d.received, d.channel.value
        r.identity_needed, r.identity_how = d.identity_needed, d.identity_how.strip()
        r.identity_ask = d.identity_ask.strip()
        r.identity_checked = d.identity_checked
        if d.status.value != r.status and d.status is not RequestStatus.RECEIVED:
            r.history.append(RequestStatusChange(status=d.status.value, on=today))
        r.status = d.status.value
        r.decision = d.decision.strip()
        r.refusal_ground = d.refusal_ground.value if d.refusal_ground else None
        r.extended, r.extension_reason = d.extended, d.extension_reason.strip()
        r.extension_told = d.extension_told if d.extended else None
        r.deadline = d.deadline
        r.answered, r.notes = d.answered, d.notes.strip()
        _apply_forwardings(r, d.forwardings)
        r.activities = (
            list(session.scalars(select(Activity).where(Activity.id.in_(d.activity_ids))))
            if d.activity_ids
            else []
        )

    return save_record(db, SubjectRequest, d, validate=validate, apply=apply, to_draft=_draft)


def _apply_forwardings(r: SubjectRequest, wanted: Sequence[Forwarding]) -> None:
    """Keep one row per controller, changed in place so the audit trail sees edits."""
    kept = {f.controller: f for f in r.forwardings}
    rows_: list[RequestForwarding] = []
    for f in wanted:
        row = kept.get(f.controller) or RequestForwarding(controller=f.controller)
        row.forwarded, row.answered = f.forwarded, f.answered
        rows_.append(row)
    r.forwardings = rows_


def move(db: Database, request_id: int, new: RequestStatus, *, today: dt.date) -> None:
    """Move a request in its workflow; an illegal move is refused with the reason."""
    current = draft(db, request_id)
    message = check_move(current.status, new)
    if message:
        raise ValidationFailedError({"status": message})
    current.status = new
    if new in (RequestStatus.ANSWERED, RequestStatus.REFUSED) and current.answered is None:
        current.answered = today
    save(db, current, today=today)


def extend(
    db: Database, request_id: int, *, reason: str, told: dt.date | None, today: dt.date
) -> None:
    """Record an extension to three months; only within the first month, with a reason.
    `told` may be None: writing the extension letter is how the requester is told."""
    current = draft(db, request_id)
    errors = check_extension(current.received, told, reason, today=today)
    if errors:
        raise ValidationFailedError(errors)
    current.extended, current.extension_reason, current.extension_told = True, reason, told
    save(db, current, today=today)


def add_letter(db: Database, request_id: int, *, kind: str, pdf: bytes, file_name: str) -> int:
    """Keep a generated letter in the attachments, linked to its request."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / file_name
        source.write_bytes(pdf)
        stored = attachments.store(db, source)
    with db.transaction() as session:
        letter = RequestLetter(
            request_id=request_id, kind=kind, file_name=stored.name, sha256=stored.sha256
        )
        session.add(letter)
        session.flush()
        return letter.id


@dataclass(frozen=True)
class LetterRow:
    """A letter kept for a request."""

    id: int
    kind: str
    file_name: str
    sha256: str
    created: dt.datetime


def letters(db: Database, request_id: int) -> list[LetterRow]:
    """The letters of a request, oldest first."""
    with db.reading() as session:
        return [
            LetterRow(x.id, x.kind, x.file_name, x.sha256, x.created)
            for x in session.scalars(
                select(RequestLetter)
                .where(RequestLetter.request_id == request_id)
                .order_by(RequestLetter.id)
            )
        ]


def drafts(db: Database, ids: Sequence[int] | None = None) -> list[RequestDraft]:
    """Full requests for reports, by date received."""
    query = (
        select(SubjectRequest)
        .options(selectinload(SubjectRequest.history), selectinload(SubjectRequest.activities))
        .order_by(SubjectRequest.received, SubjectRequest.id)
    )
    if ids is not None:
        query = query.where(SubjectRequest.id.in_(list(ids)))
    with db.reading() as session:
        return [_draft(r) for r in session.scalars(query)]


def write_letter(db: Database, request_id: int, kind: LetterKind, *, today: dt.date) -> int:
    """Write a letter to the requester and keep it (see `request_letters.write_letter`)."""
    from dpo_desk.services import request_letters

    return request_letters.write_letter(db, request_id, kind, today=today)


def letter_path(db: Database, letter: LetterRow) -> Path:
    """Where a kept letter is."""
    return attachments.path_of(db, letter.file_name)


FILE_KIND = "file"  # an attached document, as opposed to a generated letter


def attach_file(db: Database, request_id: int, source: Path) -> int:
    """Copy a document (the request itself, an ID, correspondence) into the attachments
    and keep it with the request, with its SHA-256."""
    return add_letter(
        db, request_id, kind=FILE_KIND, pdf=source.read_bytes(), file_name=source.name
    )
