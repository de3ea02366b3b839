"""The example organisation (Softværket), loaded from the shipped `data/example.json`.

Everything is written through the services, so the audit trail records it as any
other entry would be recorded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator
from typing import Any

from dpo_desk.db.backup import drain
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import ConsumerDraft
from dpo_desk.domain.organisation import OrganisationDetails
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
)
from dpo_desk.domain.register import (
    ActivityDraft,
    ControllerParty,
    DpiaNeed,
    Role,
    Safeguard,
    Status,
    Transfer,
)
from dpo_desk.domain.requests import (
    Channel,
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
)
from dpo_desk.domain.retention import RetentionRule, RuleKind
from dpo_desk.paths import data_path
from dpo_desk.services import catalogue, organisation, register
from dpo_desk.services import consents as consent_service
from dpo_desk.services import processors as processor_service
from dpo_desk.services import requests as request_service


def example_data() -> dict[str, Any]:
    """The example file's content."""
    return json.loads(data_path("example.json").read_text(encoding="utf-8"))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _ids(names: list[str], known: dict[str, int]) -> list[int]:
    return [known[name] for name in names]


def _load_party(db: Database, p: dict[str, Any], today: dt.date) -> int:
    scoring = p.get("scoring", {})
    party_id = processor_service.save(
        db,
        PartyDraft(
            name=p["name"],
            direction=Direction(p.get("direction", "we_are_controller")),
            country=p.get("country", "DK"),
            cvr=p.get("cvr", ""),
            foreign_id=p.get("foreign_id", ""),
            contact_person=p.get("contact_person", ""),
            email=p.get("email", ""),
            service=p.get("service", ""),
            data_description=p.get("data_description", ""),
            agreement_signed=_date(p.get("agreement_signed")),
            agreement_end=(
                today + dt.timedelta(days=p["agreement_end_days_ahead"])
                if "agreement_end_days_ahead" in p
                else None
            ),
            agreement_version=p.get("agreement_version", ""),
            notice_period=p.get("notice_period", ""),
            risk=RiskLevel(p.get("risk", "medium")),
            scoring=Scoring(
                scoring.get("data_subjects", 0),
                scoring.get("special_categories", False),
                scoring.get("special_nature", False),
                scoring.get("third_country", False),
            ),
            transfers=[
                PartyTransfer(
                    t["country"],
                    Safeguard(t["tool"]),
                    t.get("scc_module"),
                    _date(t.get("tia_date")),
                    t.get("tia_outcome", ""),
                    t.get("data", ""),
                )
                for t in p.get("transfers", [])
            ],
            sub_processors=[
                SubProcessor(
                    s["name"], s.get("country", ""), s.get("service", ""), _date(s.get("approved"))
                )
                for s in p.get("sub_processors", [])
            ],
        ),
    )
    for r in p.get("rounds", []):
        processor_service.save_round(
            db,
            party_id,
            SupervisionRound(
                date=_date(r["date"]) or dt.date.today(),
                method=Method(r["method"]),
                findings=r.get("findings", ""),
                follow_ups=[
                    FollowUp(f["action"], _date(f.get("due")), _date(f.get("done")))
                    for f in r.get("follow_ups", [])
                ],
            ),
            today=dt.date.max,
        )
    return party_id


def _load_request(
    db: Database, r: dict[str, Any], activities: dict[str, int], today: dt.date
) -> None:
    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    identity = r.get("identity", {})
    received = ago(r["received_days_ago"])
    request_id = request_service.save(
        db,
        RequestDraft(
            types=[RequestType(t) for t in r["types"]],
            requester=r["requester"],
            contact=r.get("contact", ""),
            relation=r.get("relation", ""),
            utility=r.get("utility", ""),
            received=received,
            channel=Channel(r["channel"]),
            identity_needed=identity.get("needed", False),
            identity_how=identity.get("how", ""),
            identity_ask=identity.get("ask", ""),
            activity_ids=_ids(r.get("activities", []), activities),
            notes=r.get("notes", ""),
        ),
        today=received,
    )
    events: list[tuple[int, str | None]] = [(days, status) for status, days in r.get("moves", [])]
    extension = r.get("extension", {})
    told_days_ago = extension.get("told_days_ago")
    if extension:  # decided on the day it was told, or not yet told
        events.append((extension.get("decided_days_ago", told_days_ago), None))
    for days, status in sorted(events, key=lambda e: -e[0]):  # in the order they happened
        if status is None:
            request_service.extend(
                db,
                request_id,
                reason=extension["reason"],
                told=None if told_days_ago is None else ago(told_days_ago),
                today=ago(days),
            )
            continue
        draft = request_service.draft(db, request_id)
        draft.status = RequestStatus(status)
        draft.decision = r.get("decision", "")
        draft.refusal_ground = RefusalGround(r["refusal_ground"]) if "refusal_ground" in r else None
        if draft.status in (RequestStatus.ANSWERED, RequestStatus.REFUSED):
            draft.answered = ago(days)
        if draft.identity_needed and "checked_days_ago" in identity:
            draft.identity_checked = ago(identity["checked_days_ago"])
        request_service.save(db, draft, today=ago(days))


def _load_consumers(db: Database, data: dict[str, Any], today: dt.date) -> None:
    texts = {
        t["label"]: consent_service.add_consent_text(
            db, label=t["label"], text=t["text"], valid_from=dt.date.fromisoformat(t["valid_from"])
        )
        for t in data.get("consent_texts", [])
    }
    categories = {e.name: e.id for e in catalogue.entries(db, "consideration")}
    for c in data.get("consumers", []):
        given = (
            _date(c.get("consent_given"))
            if "consent_given" in c
            else today - dt.timedelta(days=c["consent_days_ago"])
        )
        consumer_id = consent_service.save(
            db,
            ConsumerDraft(
                name=c["name"],
                street=c["street"],
                house_number=c["house_number"],
                postal_code=c["postal_code"],
                city=c["city"],
                meter_number=c["meter_number"],
                utility=c["utility"],
                phone=c["phone"],
                alternative_contact=c.get("alternative_contact", ""),
                category_id=categories[c["category"]],
                free_text=c.get("note", ""),
                consent_given=given,
                collected_by=c.get("collected_by", ""),
                consent_text_id=texts[c["text"]],
                moved=c.get("moved", False),
            ),
            today=today,
        )
        if "withdrawn_days_ago" in c:
            consent_service.withdraw(
                db,
                consumer_id,
                on=today - dt.timedelta(days=c["withdrawn_days_ago"]),
                how=c.get("withdrawn_how", ""),
                today=today,
            )


def load_example(db: Database, *, now: dt.datetime | None = None) -> None:
    """Fill the database with the example organisation and its registers; the dates
    that the example gives as days or hours ago are counted back from `now` (the
    day it is loaded, in local time)."""
    drain(load_example_steps(db, now=now))


def load_example_steps(
    db: Database, *, now: dt.datetime | None = None
) -> Generator[tuple[int, int], None, None]:
    """`load_example` as steps: yields (records done, records in all) as it goes."""
    now = now or dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    data = example_data()
    parties, activities = data.get("processors", []), data.get("activities", [])
    total = 2 + len(parties) + len(activities) + len(data.get("requests", []))
    done = 0
    yield done, total
    organisation.save(db, OrganisationDetails(**data["organisation"]))
    processors: dict[str, int] = {}
    for p in parties:
        processors[p["name"]] = _load_party(db, p, today)
        done += 1
        yield done, total
    lists = {kind: {e.name: e.id for e in catalogue.entries(db, kind)} for kind in catalogue.KINDS}
    for a in activities:
        done += 1
        yield done, total
        rule = a.get("retention_rule", {"kind": "none", "amount": 0})
        subjects, categories = lists["data_subject"], lists["data_category"]
        register.save(
            db,
            ActivityDraft(
                name=a["name"],
                role=Role(a["role"]),
                purposes=a.get("purposes", ""),
                legal_bases=a.get("legal_bases", []),
                consent_note=a.get("consent_note", ""),
                data_subject_ids=_ids(a.get("data_subjects", []), lists["data_subject"]),
                data_category_ids=_ids(a.get("data_categories", []), lists["data_category"]),
                source=a.get("source", ""),
                processor_ids=_ids(a.get("processors", []), processors),
                recipient_ids=_ids(a.get("recipients", []), lists["recipient"]),
                transfers=[
                    Transfer(
                        t["country"],
                        t.get("recipient", ""),
                        Safeguard(t["safeguard"]),
                        t.get("scc_module"),
                        t.get("documentation", ""),
                    )
                    for t in a.get("transfers", [])
                ],
                retention_text=a.get("retention_text", ""),
                retention_rule=RetentionRule(RuleKind(rule["kind"]), rule["amount"]),
                measures_text=a.get("measures_text", ""),
                measure_ids=_ids(a.get("measures", []), lists["measure"]),
                automated_decisions=a.get("automated_decisions", False),
                dpia=DpiaNeed(a.get("dpia", "assess")),
                dpia_date=_date(a.get("dpia_date")),
                dpia_outcome=a.get("dpia_outcome", ""),
                owner=a.get("owner", ""),
                last_reviewed=_date(a.get("last_reviewed")),
                next_review=_date(a.get("next_review")),
                status=Status(a.get("status", "draft")),
                notes=a.get("notes", ""),
                controllers=[ControllerParty(**c) for c in a.get("controllers", [])],
                joint_controller=a.get("joint_controller", ""),
                representative=a.get("representative", ""),
                subject_data={
                    subjects[subject]: _ids(names, categories)
                    for subject, names in a.get("data_by_subject", {}).items()
                },
            ),
            today=dt.date.max,  # the example's review dates are facts of the example
        )
    known = {row.name: row.id for row in register.rows(db)}
    for r in data.get("requests", []):
        done += 1
        yield done, total
        _load_request(db, r, known, today)
    yield done + 1, total
    _load_consumers(db, data, today)
    from dpo_desk.services.registry import load_examples

    load_examples(db, now=now)
