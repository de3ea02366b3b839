"""The processor register's table (one line per party, with its next supervision) and
the months between supervision rounds per risk level."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_desk.db.models import AppSetting
from dpo_desk.db.register_models import (
    Activity,
    ActivityController,
    FollowUpRow,
    PartyTransferRow,
    Processor,
    SubProcessorRow,
    SupervisionRoundRow,
    activity_processor,
)
from dpo_desk.db.session import Database
from dpo_desk.domain.processor_views import PartyRow
from dpo_desk.domain.processors import DEFAULT_INTERVALS, Direction, RiskLevel
from dpo_desk.domain.register import Safeguard
from dpo_desk.domain.supervision import next_supervision


def intervals(db: Database) -> dict[RiskLevel, int]:
    """Months between supervision rounds per risk level (settable; 12/24/36 by default)."""
    with db.reading() as session:
        stored = {
            s.key: s.value
            for s in session.scalars(
                select(AppSetting).where(AppSetting.key.like("supervision.interval.%"))
            )
        }
    return {
        risk: int(stored.get(f"supervision.interval.{risk.value}", months))
        for risk, months in DEFAULT_INTERVALS.items()
    }


def set_intervals(db: Database, values: dict[RiskLevel, int]) -> None:
    """Store the months between supervision rounds."""
    with db.transaction() as session:
        for risk, months in values.items():
            key = f"supervision.interval.{risk.value}"
            setting = session.get(AppSetting, key) or AppSetting(key=key)
            setting.value = str(int(months))
            session.add(setting)


def rows(db: Database, *, today: dt.date) -> list[PartyRow]:
    """Every party, as the table shows it.

    Column and aggregate queries (portable SQL) instead of loading every round as an
    object: the table needs only the last round's date and the open follow-ups.
    """
    months = intervals(db)
    c = Processor.__table__.c
    with db.reading() as session:
        last_round = dict(
            session.execute(
                select(
                    SupervisionRoundRow.processor_id, func.max(SupervisionRoundRow.date)
                ).group_by(SupervisionRoundRow.processor_id)
            ).all()
        )
        open_follow_ups = dict(
            session.execute(
                select(SupervisionRoundRow.processor_id, func.count(FollowUpRow.id))
                .join(FollowUpRow)
                .where(FollowUpRow.done.is_(None))
                .group_by(SupervisionRoundRow.processor_id)
            ).all()
        )
        tools: dict[int, list[Safeguard]] = {}
        for party_id, tool in session.execute(
            select(PartyTransferRow.processor_id, PartyTransferRow.tool)
            .where(PartyTransferRow.tool != "")
            .order_by(PartyTransferRow.position)
        ):
            tools.setdefault(party_id, []).append(Safeguard(tool))
        used_by: dict[int, list[str]] = {}  # processor -> activities that name it
        for party_id, activity in session.execute(
            select(activity_processor.c.item_id, Activity.name)
            .join(Activity, Activity.id == activity_processor.c.activity_id)
            .order_by(Activity.name)
        ):
            used_by.setdefault(party_id, []).append(activity)
        served: dict[int, list[str]] = {}  # controller -> activities done on its behalf
        for controller, activity in session.execute(
            select(ActivityController.party_id, Activity.name)
            .join(Activity)
            .where(ActivityController.party_id.is_not(None))
            .order_by(Activity.name)
        ):
            served.setdefault(controller, []).append(activity)
        extra = _search_texts(session)
        result = []
        for r in session.execute(
            select(
                c.id,
                c.name,
                c.direction,
                c.country,
                c.agreement_signed,
                c.risk,
                c.retired,
                c.next_supervision_override,
            )
        ):
            ours = r.direction == Direction.WE_ARE_CONTROLLER.value
            due = (
                next_supervision(
                    risk=RiskLevel(r.risk),
                    last_round=last_round.get(r.id),
                    signed=r.agreement_signed,
                    override=r.next_supervision_override,
                    intervals=months,
                    today=today,
                )
                if ours
                else None
            )
            result.append(
                PartyRow(
                    id=r.id,
                    name=r.name,
                    direction=Direction(r.direction),
                    country=r.country,
                    tools=tuple(tools.get(r.id, ())),
                    agreement_signed=r.agreement_signed,
                    next_supervision=due,
                    open_follow_ups=open_follow_ups.get(r.id, 0),
                    risk=RiskLevel(r.risk),
                    retired=r.retired,
                    activities=tuple((used_by if ours else served).get(r.id, ())),
                    search_text=extra.get(r.id, ""),
                )
            )
        return result


def _search_texts(session: Session) -> dict[int, str]:
    """Per party, the text of the fields the table does not show, for the search."""
    c = Processor.__table__.c
    fields = (c.cvr, c.foreign_id, c.address, c.contact_person, c.email, c.phone, c.service)
    found: dict[int, list[str]] = {}
    for r in session.execute(select(c.id, *fields, c.data_description, c.notes)):
        found[r[0]] = [text or "" for text in r[1:]]
    for party_id, *texts in session.execute(
        select(SubProcessorRow.processor_id, SubProcessorRow.name, SubProcessorRow.service)
    ):
        found.setdefault(party_id, []).extend(text or "" for text in texts)
    return {party_id: "\n".join(texts) for party_id, texts in found.items()}
