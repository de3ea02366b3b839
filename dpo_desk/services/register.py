"""Use cases of the record of processing activities: list, read, save, duplicate, retire,
and the deletion calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.db.register_models import (
    Activity,
    ActivityController,
    ActivitySubjectData,
    ActivityTransfer,
    CatalogueItem,
    Processor,
)
from dpo_desk.db.session import Database
from dpo_desk.domain.collation import danish_key
from dpo_desk.domain.legal import BY_CODE, LEGAL_BASES
from dpo_desk.domain.processors import Direction
from dpo_desk.domain.register import (
    ActivityDraft,
    ActivityView,
    CalendarEntry,
    ControllerParty,
    DpiaNeed,
    Role,
    Safeguard,
    Sensitivity,
    Status,
    Transfer,
    normalise_subject_data,
    subject_data_of,
)
from dpo_desk.domain.register_rules import validate_activity
from dpo_desk.domain.retention import RetentionRule, RuleKind, next_batches
from dpo_desk.services import catalogue, organisation
from dpo_desk.services.errors import ConcurrentEditError
from dpo_desk.services.records import save_record
from dpo_desk.services.register_rows import (  # noqa: F401 (the register's table)
    ActivityRow,
    rows,
    search_texts,
)


def _transfer(t: ActivityTransfer) -> Transfer:
    return Transfer(t.country, t.recipient, Safeguard(t.safeguard), t.scc_module, t.documentation)


def _controller(c: ActivityController) -> ControllerParty:
    return ControllerParty(c.name, c.cvr, c.contact, c.processing)


def _plain_fields(a: Activity) -> dict[str, Any]:
    """The fields a draft and a view share, read from the row."""
    return {
        "id": a.id,
        "name": a.name,
        "role": Role(a.role),
        "purposes": a.purposes,
        "consent_note": a.consent_note,
        "source": a.source,
        "retention_text": a.retention_text,
        "retention_rule": RetentionRule(RuleKind(a.retention_rule), a.retention_amount),
        "measures_text": a.measures_text,
        "automated_decisions": a.automated_decisions,
        "automated_description": a.automated_description,
        "dpia": DpiaNeed(a.dpia),
        "dpia_date": a.dpia_date,
        "dpia_outcome": a.dpia_outcome,
        "owner": a.owner,
        "last_reviewed": a.last_reviewed,
        "next_review": a.next_review,
        "status": Status(a.status),
        "notes": a.notes,
        "joint_controller": a.joint_controller,
        "representative": a.representative,
    }


def _draft(a: Activity) -> ActivityDraft:
    return ActivityDraft(
        **_plain_fields(a),
        version=a.version,
        legal_bases=list(a.legal_bases or []),
        data_subject_ids=[i.id for i in a.data_subjects],
        data_category_ids=[i.id for i in a.data_categories],
        processor_ids=[p.id for p in a.processors],
        recipient_ids=[i.id for i in a.recipients],
        transfers=[_transfer(t) for t in a.transfers],
        measure_ids=[i.id for i in a.measures],
        controllers=[_controller(c) for c in a.controllers],
        subject_data=normalise_subject_data(
            [i.id for i in a.data_subjects], [i.id for i in a.data_categories], _links(a)
        ),
    )


def _links(a: Activity) -> dict[int, list[int]]:
    links: dict[int, list[int]] = {}
    for row in a.subject_data:
        links.setdefault(row.subject_id, []).append(row.category_id)
    return links


def draft(db: Database, activity_id: int) -> ActivityDraft:
    """The activity as the form edits it."""
    with db.reading() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise ConcurrentEditError(None)
        return _draft(activity)


def duplicate(db: Database, activity_id: int, *, suffix: str) -> ActivityDraft:
    """An unsaved copy of an activity, as a draft, named with `suffix`."""
    original = draft(db, activity_id)
    return replace(
        original,
        id=None,
        version=None,
        name=f"{original.name} {suffix}".strip(),
        status=Status.DRAFT,
        last_reviewed=None,
    )


def _items(session: Session, ids: Sequence[int]) -> list[CatalogueItem]:
    if not ids:
        return []
    found = {
        i.id: i for i in session.scalars(select(CatalogueItem).where(CatalogueItem.id.in_(ids)))
    }
    return [found[i] for i in ids if i in found]


def validate(db: Database, draft_: ActivityDraft, *, today: dt.date) -> dict[str, str]:
    """The rules the draft breaks (field -> message)."""
    return validate_activity(draft_, sensitivities=catalogue.sensitivities(db), today=today)


def save(db: Database, draft_: ActivityDraft, *, today: dt.date | None = None) -> int:
    """Validate and save an activity in one transaction; returns its id.

    `today` (the clock's date when not given) refuses dates of things done that lie
    after it. Refused with ConcurrentEditError when someone saved it after the draft
    was read.
    """
    day = today or dt.date.today()
    return save_record(
        db,
        Activity,
        draft_,
        validate=lambda d, _stored: validate(db, d, today=day),
        apply=_apply,
        to_draft=_draft,
    )


def _apply(session: Session, a: Activity, d: ActivityDraft) -> None:
    a.name, a.role, a.purposes = d.name.strip(), d.role.value, d.purposes.strip()
    chosen = set(d.legal_bases)  # kept in the order of the law, whatever the input order
    a.legal_bases = [b.code for b in LEGAL_BASES if b.code in chosen] + sorted(
        chosen - BY_CODE.keys()
    )
    a.consent_note, a.source = d.consent_note.strip(), d.source.strip()
    a.retention_text = d.retention_text.strip()
    a.retention_rule, a.retention_amount = d.retention_rule.kind.value, d.retention_rule.amount
    a.measures_text = d.measures_text.strip()
    a.automated_decisions = d.automated_decisions
    a.automated_description = d.automated_description.strip()
    a.dpia, a.dpia_date, a.dpia_outcome = d.dpia.value, d.dpia_date, d.dpia_outcome.strip()
    a.owner, a.last_reviewed, a.next_review = d.owner.strip(), d.last_reviewed, d.next_review
    a.status, a.notes = d.status.value, d.notes.strip()
    # a joint controller belongs to the record as controller (Art. 30(1)(a))
    a.joint_controller = d.joint_controller.strip() if d.role is Role.CONTROLLER else ""
    a.representative = d.representative.strip()
    a.data_subjects = _items(session, d.data_subject_ids)
    a.data_categories = _items(session, d.data_category_ids)
    a.recipients = _items(session, d.recipient_ids)
    a.measures = _items(session, d.measure_ids)
    a.processors = (
        list(session.scalars(select(Processor).where(Processor.id.in_(d.processor_ids))))
        if d.processor_ids
        else []
    )
    a.transfers = [
        ActivityTransfer(
            position=i,
            country=t.country.strip(),
            recipient=t.recipient.strip(),
            safeguard=t.safeguard.value if t.safeguard else "",
            scc_module=t.scc_module if t.safeguard is Safeguard.SCC else None,
            documentation=t.documentation.strip(),
        )
        for i, t in enumerate(d.transfers)
    ]
    parties = _controller_parties(session, [c.name.strip() for c in d.controllers])
    a.controllers = (
        [
            ActivityController(
                position=i,
                party_id=parties.get(c.name.strip()),
                name=c.name.strip(),
                cvr=c.cvr.strip(),
                contact=c.contact.strip(),
                processing=c.processing.strip(),
            )
            for i, c in enumerate(d.controllers)
        ]
        if d.role is Role.PROCESSOR
        else []
    )
    _apply_subject_data(a, d)


def _controller_parties(session: Session, names: list[str]) -> dict[str, int]:
    """Name -> key of the controllers (parties we process for) that carry those names;
    the lowest key when two share a name, as migration 0014 linked them."""
    found: dict[str, int] = {}
    if names:
        for party_id, name in session.execute(
            select(Processor.id, Processor.name)
            .where(Processor.name.in_(names))
            .where(Processor.direction == Direction.WE_ARE_PROCESSOR.value)
            .order_by(Processor.id.desc())
        ):
            found[name] = party_id
    return found


def _apply_subject_data(a: Activity, d: ActivityDraft) -> None:
    """Keep the rows that stay, add the new ones, drop the rest (each change audited)."""
    links = normalise_subject_data(d.data_subject_ids, d.data_category_ids, d.subject_data)
    wanted = {(s, c) for s, categories in links.items() for c in categories}
    a.subject_data = [r for r in a.subject_data if (r.subject_id, r.category_id) in wanted]
    have = {(r.subject_id, r.category_id) for r in a.subject_data}
    a.subject_data += [
        ActivitySubjectData(subject_id=s, category_id=c) for s, c in sorted(wanted - have)
    ]


def retire(db: Database, activity_id: int) -> None:
    """Mark an activity as retired (it stays in the record, marked)."""
    with db.transaction() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise ConcurrentEditError(None)
        activity.status = Status.RETIRED.value


def views(db: Database, ids: Sequence[int] | None = None) -> list[ActivityView]:
    """Activities with names resolved, controllers first, then processors, by name."""
    with db.reading() as session:
        result = _views(session, ids)
    result.sort(key=lambda v: (v.role is not Role.CONTROLLER, danish_key(v.name)))
    return result


def _views(session: Session, ids: Sequence[int] | None) -> list[ActivityView]:
    """The views of the activities (all, or `ids`), by key."""
    query = select(Activity).options(
        selectinload(Activity.data_subjects),
        selectinload(Activity.data_categories),
        selectinload(Activity.recipients),
        selectinload(Activity.measures),
        selectinload(Activity.processors),
        selectinload(Activity.transfers),
        selectinload(Activity.controllers),
        selectinload(Activity.subject_data),
    )
    if ids is not None:
        query = query.where(Activity.id.in_(list(ids)))
    query = query.order_by(Activity.id)  # namesakes in a steady order
    return [
        ActivityView(
            **_plain_fields(a),
            legal_bases=tuple(a.legal_bases or ()),
            data_subjects=tuple(i.name for i in a.data_subjects),
            data_categories=tuple(
                (i.name, Sensitivity(i.sensitivity or "ordinary")) for i in a.data_categories
            ),
            processors=tuple(p.name for p in a.processors),
            recipients=tuple(i.name for i in a.recipients),
            transfers=tuple(_transfer(t) for t in a.transfers),
            measures=tuple(i.name for i in a.measures),
            controllers=tuple(_controller(c) for c in a.controllers),
            data_by_subject=_data_by_subject(a),
        )
        for a in session.scalars(query)
    ]


# -- the record printed a slice at a time (services/register_print.py), in one session:
# on SQLite one read transaction, so the contents and the sections see the same record.
def printed_order(
    session: Session, ids: Sequence[int] | None = None
) -> list[tuple[int, Role, str]]:
    """(key, role, name) of the activities (all, or `ids`) in the order `views` gives
    them, read as three columns: the record is printed in this order."""
    query = select(Activity.id, Activity.role, Activity.name).order_by(Activity.id)
    if ids is not None:
        query = query.where(Activity.id.in_(list(ids)))
    found = [(key, Role(role), name) for key, role, name in session.execute(query)]
    found.sort(key=lambda r: (r[1] is not Role.CONTROLLER, danish_key(r[2])))
    return found


def views_in_slices(
    session: Session, ordered: Sequence[int], *, size: int = 200
) -> Iterator[ActivityView]:
    """The views of the activities `ordered` (keys), in that order, read `size` at a
    time: only a slice of them is ever held. An activity deleted since `ordered` was
    read (by someone else, on a shared database) stops the print."""
    for start in range(0, len(ordered), size):
        chunk = ordered[start : start + size]
        found = {v.id: v for v in _views(session, chunk)}
        session.expunge_all()  # the rows of the slice go with it
        for key in chunk:
            if key not in found:
                raise ConcurrentEditError(None)
            yield found.pop(key)


def processing_controllers(session: Session, ids: Sequence[int] | None = None) -> list[str]:
    """The names of the controllers on whose behalf the activities (all, or `ids`) are
    processed, sorted, each once."""
    query = (
        select(ActivityController.name)
        .join(Activity, ActivityController.activity_id == Activity.id)
        .where(Activity.role == Role.PROCESSOR.value)
        .distinct()
    )
    if ids is not None:
        query = query.where(Activity.id.in_(list(ids)))
    return sorted(session.scalars(query))


def _data_by_subject(a: Activity) -> tuple[tuple[str, tuple[str, ...]], ...]:
    subjects = {i.id: i.name for i in a.data_subjects}
    categories = {i.id: i.name for i in a.data_categories}
    return tuple(
        (subjects[s], tuple(categories[c] for c in chosen))
        for s, chosen in subject_data_of(list(subjects), list(categories), _links(a))
    )


def deletion_calendar(
    db: Database, *, today: dt.date, per_activity: int = 3
) -> list[CalendarEntry]:
    """For each active activity with a structured rule, its next erasure dates; and the
    dates on which signed consent forms of withdrawn consents fall due."""
    from dpo_desk.services.consent_forms import form_erasure_calendar

    fiscal_year_end = organisation.load(db).fiscal_year_end
    query = select(
        Activity.id, Activity.name, Activity.retention_rule, Activity.retention_amount
    ).where(Activity.status != Status.RETIRED.value)
    with db.reading() as session:  # the columns it needs, not every activity whole
        rules = session.execute(query).all()
    entries = [
        CalendarEntry(activity_id, name, batch)
        for activity_id, name, rule, amount in rules
        for batch in next_batches(
            RetentionRule(RuleKind(rule), amount),
            today=today,
            fiscal_year_end=fiscal_year_end,
            count=per_activity,
        )
    ]
    entries += form_erasure_calendar(db, today=today)
    return sorted(entries, key=lambda e: (e.batch.due, e.activity))
