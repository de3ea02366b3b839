"""Use cases of the processor register: agreements, transfers, sub-processors and the
supervision of each processor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.db.register_models import (
    Activity,
    ActivityController,
    FollowUpRow,
    PartyTransferRow,
    Processor,
    SubProcessorRow,
    SupervisionRoundRow,
)
from dpo_desk.db.session import Database
from dpo_desk.domain.collation import danish_key
from dpo_desk.domain.processor_views import AnnexLine, PartyRow, PartyView  # noqa: F401
from dpo_desk.domain.processors import (
    Direction,
    FollowUp,
    Method,
    PartyDraft,
    PartyTransfer,
    RiskLevel,
    Scoring,
    SubProcessor,
    SupervisionRound,
    validate_party,
    validate_round,
)
from dpo_desk.domain.register import Safeguard
from dpo_desk.domain.supervision import risk_of_concept
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message
from dpo_desk.domain.validation import format_cvr
from dpo_desk.services import attachments
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError
from dpo_desk.services.processor_table import (  # noqa: F401 (the register's table)
    intervals,
    rows,
    set_intervals,
)
from dpo_desk.services.records import save_record

MSG_IN_USE = QT_TRANSLATE_NOOP(
    "Domain",
    "{name} cannot be deleted: these activities use it: {activities}. "
    "Retire it instead, or remove it from the activities first.",
)


class ProcessorInUseError(Exception):
    """A processor that activities use cannot be deleted."""

    def __init__(self, name: str, activities: list[str]) -> None:
        self.message = Message(MSG_IN_USE, name=name, activities=", ".join(activities))
        super().__init__(str(self.message))
        self.activities = activities


def _draft(p: Processor) -> PartyDraft:
    return PartyDraft(
        id=p.id,
        version=p.version,
        name=p.name,
        direction=Direction(p.direction),
        cvr=p.cvr,
        foreign_id=p.foreign_id,
        country=p.country,
        address=p.address,
        contact_person=p.contact_person,
        email=p.email,
        phone=p.phone,
        service=p.service,
        data_description=p.data_description,
        activity_ids=sorted(a.id for a in p.activities),
        agreement_signed=p.agreement_signed,
        agreement_version=p.agreement_version,
        agreement_end=p.agreement_end,
        notice_period=p.notice_period,
        sub_processors=[
            SubProcessor(s.name, s.country, s.service, s.approved, s.general_authorisation)
            for s in p.sub_processors
        ],
        transfers=[
            PartyTransfer(
                t.country,
                Safeguard(t.tool) if t.tool else None,
                t.scc_module,
                t.tia_date,
                t.tia_outcome,
                t.data,
            )
            for t in p.transfers
        ],
        risk=RiskLevel(p.risk),
        scoring=Scoring(p.data_subjects, p.special_categories, p.special_nature, p.third_country),
        next_supervision_override=p.next_supervision_override,
        retired=p.retired,
        notes=p.notes,
    )


def draft(db: Database, party_id: int) -> PartyDraft:
    """The party as the form edits it."""
    with db.reading() as session:
        party = session.get(Processor, party_id)
        if party is None:
            raise ConcurrentEditError(None)
        return _draft(party)


def save(db: Database, d: PartyDraft, *, today: dt.date | None = None) -> int:
    """Validate and save a party (and its links to activities) in one transaction. A
    Danish CVR number is stored as written on letters, also when typed as the VAT number
    (DK26224020 -> 26 22 40 20)."""
    return save_record(
        db,
        Processor,
        d,
        validate=lambda draft_, _stored: validate_party(draft_, today=today),
        apply=_apply,
        to_draft=_draft,
    )


def _apply(session: Session, p: Processor, d: PartyDraft) -> None:
    p.name, p.direction = d.name.strip(), d.direction.value
    if d.id is not None:  # the activities done for it show its new name
        for served in session.scalars(
            select(ActivityController).where(ActivityController.party_id == d.id)
        ):
            served.name = p.name
    p.foreign_id, p.country = d.foreign_id.strip(), d.country.strip().upper()
    p.cvr = format_cvr(d.cvr) if p.country == "DK" and d.cvr.strip() else d.cvr.strip()
    p.address, p.contact_person = d.address.strip(), d.contact_person.strip()
    p.email, p.phone, p.service = d.email.strip(), d.phone.strip(), d.service.strip()
    p.data_description = d.data_description.strip()
    p.agreement_signed, p.agreement_version = d.agreement_signed, d.agreement_version.strip()
    p.agreement_end, p.notice_period = d.agreement_end, d.notice_period.strip()
    p.risk = d.risk.value
    p.data_subjects, p.special_categories = (
        d.scoring.data_subjects,
        d.scoring.special_categories,
    )
    p.special_nature, p.third_country = d.scoring.special_nature, d.scoring.third_country
    p.next_supervision_override, p.retired = d.next_supervision_override, d.retired
    p.notes = d.notes.strip()
    p.sub_processors = [
        SubProcessorRow(
            position=i,
            name=s.name.strip(),
            country=s.country.strip().upper(),
            service=s.service.strip(),
            approved=s.approved,
            general_authorisation=s.general_authorisation,
        )
        for i, s in enumerate(d.sub_processors)
        if s.name.strip()
    ]
    p.transfers = [
        PartyTransferRow(
            position=i,
            country=t.country.strip().upper(),
            tool=t.tool.value if t.tool else "",
            scc_module=t.scc_module if t.tool is Safeguard.SCC else None,
            tia_date=t.tia_date,
            tia_outcome=t.tia_outcome.strip(),
            data=t.data.strip(),
        )
        for i, t in enumerate(d.transfers)
        if t.country.strip()
    ]
    session.flush()
    wanted = set(d.activity_ids)
    current = {a.id for a in p.activities}
    for activity in session.scalars(
        select(Activity).where(Activity.id.in_(wanted ^ current))
    ):  # link and unlink on the owning side
        if activity.id in wanted:
            activity.processors.append(p)
        else:
            activity.processors.remove(p)


def retire(db: Database, party_id: int, retired: bool = True) -> None:
    """Mark a party as no longer used (it stays, for the record)."""
    with db.transaction() as session:
        party = session.get(Processor, party_id)
        if party is None:
            raise ConcurrentEditError(None)
        party.retired = retired


def delete(db: Database, party_id: int) -> None:
    """Delete a party; refused while activities use it."""
    with db.transaction() as session:
        party = session.get(Processor, party_id)
        if party is None:
            return
        if party.activities:
            raise ProcessorInUseError(party.name, [a.name for a in party.activities])
        for r in party.rounds:  # load what the audit trail records on delete
            list(r.follow_ups)
        list(party.sub_processors), list(party.transfers)
        for served in session.scalars(
            select(ActivityController).where(ActivityController.party_id == party_id)
        ):  # the activity keeps the controller's name, no longer linked (audited)
            served.party_id = None
        session.delete(party)


def rounds(db: Database, party_id: int) -> list[SupervisionRound]:
    """The supervision rounds of a party, newest first."""
    with db.reading() as session:
        found = session.scalars(
            select(SupervisionRoundRow)
            .options(selectinload(SupervisionRoundRow.follow_ups))
            .where(SupervisionRoundRow.processor_id == party_id)
            .order_by(SupervisionRoundRow.date.desc(), SupervisionRoundRow.id.desc())
        )
        return [
            SupervisionRound(
                r.id,
                r.date,
                Method(r.method),
                r.findings,
                [FollowUp(f.action, f.due, f.done) for f in r.follow_ups],
                r.concept,
                r.suggested_concept,
                r.concept_reason,
            )
            for r in found
        ]


def save_round(db: Database, party_id: int, r: SupervisionRound, *, today: dt.date) -> int:
    """Record (or correct) a supervision round with its follow-ups; one transaction.

    The concept chosen sets the party's risk level, and so when the next round is due
    (supervision_scale.RISK_BY_CONCEPT, the program's reading)."""
    errors = validate_round(r, today=today)
    if errors:
        raise ValidationFailedError(errors)
    with db.transaction() as session:
        row = session.get(SupervisionRoundRow, r.id) if r.id else None
        if row is None:
            row = SupervisionRoundRow(processor_id=party_id, date=r.date, method=r.method.value)
            session.add(row)
        row.date, row.method, row.findings = r.date, r.method.value, r.findings.strip()
        row.concept, row.suggested_concept = r.concept, r.suggested_concept
        row.concept_reason = r.concept_reason.strip()
        if r.concept is not None:
            party = session.get(Processor, party_id)
            if party is None:
                raise ConcurrentEditError(None)
            if party.risk != risk_of_concept(r.concept).value:
                party.risk = risk_of_concept(r.concept).value
        row.follow_ups = [
            FollowUpRow(position=i, action=f.action.strip(), due=f.due, done=f.done)
            for i, f in enumerate(r.follow_ups)
            if f.action.strip()
        ]
        session.flush()
        return row.id


def attach_agreement(db: Database, party_id: int, source: Path) -> attachments.StoredFile:
    """Copy the signed agreement into the attachments and record its hash."""
    stored = attachments.store(db, source)
    with db.transaction() as session:
        party = session.get(Processor, party_id)
        if party is None:
            raise ConcurrentEditError(None)
        party.document_name, party.document_sha256 = stored.name, stored.sha256
    return stored


def agreement_state(db: Database, party_id: int) -> tuple[attachments.FileState, Path | None]:
    """Whether the party's signed agreement is attached and unchanged, and where it is."""
    with db.reading() as session:
        party = session.get(Processor, party_id)
        if party is None or not party.document_name:
            return attachments.FileState.NONE, None
        name, sha = party.document_name, party.document_sha256
    return attachments.state(db, name, sha), attachments.path_of(db, name)


def views(db: Database, *, today: dt.date, ids: Sequence[int] | None = None) -> list[PartyView]:
    """Parties with their rounds, in Danish order of name."""
    wanted = None if ids is None else set(ids)
    result = [
        PartyView(row, draft(db, row.id), tuple(rounds(db, row.id)))
        for row in rows(db, today=today)
        if wanted is None or row.id in wanted
    ]
    return sorted(result, key=lambda v: danish_key(v.row.name))


def sub_processor_annex(db: Database, party_id: int) -> tuple[str, list[AnnexLine]]:
    """For a controller we process for: our processors that touch its data (those of the
    activities we carry out on its behalf). Returns its name and the lines."""
    with db.reading() as session:
        party = session.get(Processor, party_id)
        if party is None:
            raise ConcurrentEditError(None)
        activities = session.scalars(
            select(Activity)
            .join(ActivityController)
            .where(ActivityController.party_id == party.id)
            .options(selectinload(Activity.processors).selectinload(Processor.transfers))
        )
        ours = {
            p.id: p
            for a in activities
            for p in a.processors
            if p.direction == Direction.WE_ARE_CONTROLLER.value and not p.retired
        }
        lines = [
            AnnexLine(
                p.name,
                p.service,
                p.country,
                tuple(Safeguard(t.tool) for t in p.transfers if t.tool),
            )
            for p in ours.values()
        ]
        return party.name, sorted(lines, key=lambda line: danish_key(line.name))
