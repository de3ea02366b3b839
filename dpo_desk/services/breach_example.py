"""The example organisation's breaches (data/example-breaches.json), recorded through
the breach service as a DPO would: registered, assessed, then notified or not."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from dpo_desk.db.register_models import Activity, Processor
from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import (
    BreachDraft,
    BreachKind,
    BreachRole,
    BreachStatus,
    ControllerNotice,
    FollowUp,
    Risk,
)
from dpo_desk.paths import data_path
from dpo_desk.services import breaches

# What is known when the breach is first recorded and assessed.
REGISTERED_TEXTS = (
    "title",
    "discovered_by",
    "reported_by",
    "description",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "risk_reasoning",
    "assessed_by",
)


def load(db: Database, *, now: dt.datetime) -> None:
    """Record the example breaches, their moments counted back from `now`."""
    data = json.loads(data_path("example-breaches.json").read_text(encoding="utf-8"))
    with db.reading() as session:
        activity = dict(session.execute(select(Activity.name, Activity.id)).all())
        party = dict(session.execute(select(Processor.name, Processor.id)).all())
    for b in data["breaches"]:
        named = [c["name"] for c in b.get("controllers", [])] + b.get("processors", [])
        if all(name in party for name in named):  # only against the example organisation
            _load(db, b, activity, party, now)


def _load(
    db: Database,
    b: dict[str, Any],
    activity: dict[str, int],
    party: dict[str, int],
    now: dt.datetime,
) -> None:
    def ago(hours: int) -> dt.datetime:  # real hours: counted in UTC
        return (now.astimezone(dt.UTC) - dt.timedelta(hours=hours)).replace(
            second=0, microsecond=0
        )

    aware = ago(b["aware_hours_ago"])
    d = BreachDraft(
        role=BreachRole(b["role"]),
        aware_at=aware,
        occurred_from=ago(b["occurred_hours_ago"]),
        kinds={BreachKind(k) for k in b["kinds"]},
        activity_ids=[activity[n] for n in b.get("activities", []) if n in activity],
        party_ids=[party[n] for n in b.get("processors", []) if n in party],
        subjects_count=b.get("subjects_count"),
        records_count=b.get("records_count"),
    )
    for name in REGISTERED_TEXTS:
        setattr(d, name, b.get(name, ""))
    d.id = breaches.save(db, d, now=aware)
    d = breaches.draft(db, d.id)
    d.status, d.risk = BreachStatus.ASSESSED, Risk(b["risk"])
    d.controllers = [
        ControllerNotice(party[c["name"]], aware + dt.timedelta(hours=c["told_hours_after"]))
        for c in b.get("controllers", [])
        if c["name"] in party
    ]
    breaches.save(db, d, now=now)
    d = breaches.draft(db, d.id)
    d.status = BreachStatus(b["status"])
    d.reference, d.not_notified_reason = b.get("reference", ""), b.get("not_notified_reason", "")
    if "notified_hours_after" in b:
        d.notified_at = aware + dt.timedelta(hours=b["notified_hours_after"])
    d.follow_ups = [
        FollowUp(aware + dt.timedelta(hours=f["hours_after"]), f["note"])
        for f in b.get("follow_ups", [])
    ]
    breaches.save(db, d, now=now)
