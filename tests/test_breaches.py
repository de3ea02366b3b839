"""The breach log on a real database: save, the clock on the table's rows, versions,
the audit trail, and a forward-only workflow."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import (
    COPENHAGEN,
    BreachDraft,
    BreachKind,
    BreachRole,
    BreachStatus,
    ControllerNotice,
    Risk,
)
from dpo_desk.services import breaches, processors
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError

AWARE = dt.datetime(2026, 10, 23, 12, 0, tzinfo=COPENHAGEN)
NOW = dt.datetime(2026, 10, 24, 9, 0, tzinfo=COPENHAGEN)


def _laptop() -> BreachDraft:
    return BreachDraft(
        title="Bortkommet bærbar med kundekontakter",
        aware_at=AWARE,
        kinds={BreachKind.CONFIDENTIALITY, BreachKind.AVAILABILITY},
        subjects_count=140,
        description="En ukrypteret bærbar blev glemt i toget.",
    )


def test_a_breach_is_saved_with_its_moment_and_read_back(db: Database) -> None:
    breach_id = breaches.save(db, _laptop(), now=NOW)
    back = breaches.draft(db, breach_id)
    assert back.aware_at == AWARE
    assert back.aware_at.utcoffset() == dt.timedelta(0)  # stored as UTC, the same moment
    assert back.kinds == {BreachKind.CONFIDENTIALITY, BreachKind.AVAILABILITY}
    [row] = breaches.rows(db)
    assert row.clock_running
    assert row.deadline == dt.datetime(2026, 10, 26, 11, 0, tzinfo=COPENHAGEN)
    assert breaches.running_clocks(db) == 1


def test_notifying_stops_the_clock_and_the_workflow_moves_forward_only(db: Database) -> None:
    breach_id = breaches.save(db, _laptop(), now=NOW)
    d = breaches.draft(db, breach_id)
    d.status, d.risk, d.risk_reasoning = BreachStatus.ASSESSED, Risk.RISK, "Kontaktdata"
    breaches.save(db, d, now=NOW)
    d = breaches.draft(db, breach_id)
    d.status, d.notified_at, d.reference = BreachStatus.NOTIFIED, NOW, "2026-12-0042"
    breaches.save(db, d, now=NOW)
    assert breaches.running_clocks(db) == 0
    d = breaches.draft(db, breach_id)
    d.status = BreachStatus.ASSESSED
    with pytest.raises(ValidationFailedError) as caught:
        breaches.save(db, d, now=NOW)
    assert set(caught.value.errors) == {"status"}


def test_a_stale_save_is_refused_with_the_saved_version(db: Database) -> None:
    breach_id = breaches.save(db, _laptop(), now=NOW)
    mine, theirs = breaches.draft(db, breach_id), breaches.draft(db, breach_id)
    theirs.title = "Bærbar glemt i toget"
    breaches.save(db, theirs, now=NOW)
    mine.title = "Min titel"
    with pytest.raises(ConcurrentEditError) as caught:
        breaches.save(db, mine, now=NOW)
    assert caught.value.current.title == "Bærbar glemt i toget"


def test_a_processor_breach_names_the_controllers_told(demo_db: Database) -> None:
    utility = next(
        r
        for r in processors.rows(demo_db, today=NOW.date())
        if r.direction.value == "we_are_processor"
    )
    d = BreachDraft(
        title="Mail med målerdata sendt til forkert forsyning",
        role=BreachRole.PROCESSOR,
        aware_at=AWARE,
        kinds={BreachKind.CONFIDENTIALITY},
        risk=Risk.RISK,
        risk_reasoning="Målerdata for 30 forbrugere",
        status=BreachStatus.REGISTERED,
        controllers=[ControllerNotice(utility.id, AWARE + dt.timedelta(hours=5))],
    )
    breach_id = breaches.save(demo_db, d, now=NOW)
    back = breaches.draft(demo_db, breach_id)
    assert back.controllers == [ControllerNotice(utility.id, AWARE + dt.timedelta(hours=5))]
    row = next(r for r in breaches.rows(demo_db) if r.id == breach_id)
    assert not row.clock_running  # every controller told: the processor's duty is done


def test_every_change_is_audited(db: Database) -> None:
    breach_id = breaches.save(db, _laptop(), now=NOW)
    with db.reading() as session:
        tables = {r.table_name for r in session.scalars(select(AuditRecord))}
        ids = {r.row_id for r in session.scalars(select(AuditRecord)) if r.table_name == "breach"}
    assert "breach" in tables
    assert str(breach_id) in {str(i) for i in ids}


def test_the_example_breaches(db: Database) -> None:
    from dpo_desk.services import demo

    demo.load_example(db, now=NOW)  # the example organisation brings its breaches
    demo_db = db
    by_title = {v.draft.title: v for v in breaches.views(demo_db)}
    mail = by_title["E-mail med måleraflæsninger sendt til forkert fjernvarmeværk"]
    assert mail.draft.role is BreachRole.PROCESSOR
    [(utility, told)] = mail.controllers
    assert utility == "Egtved Varmeværk A.m.b.a."
    assert told - mail.draft.aware_at == dt.timedelta(hours=3)
    laptop = by_title["Bortkommet bærbar computer med kundekontakter"]
    assert laptop.draft.status is BreachStatus.NOTIFIED
    assert laptop.draft.notified_at - laptop.draft.aware_at == dt.timedelta(hours=40)
    assert len(laptop.draft.follow_ups) == 1
    newsletter = by_title["Nyhedsbrevslisten eksponeret hos nyhedsbrevsleverandøren"]
    assert newsletter.processors == ("Mailchimp",)
    assert newsletter.draft.risk is Risk.NONE
    assert newsletter.draft.status is BreachStatus.NOT_NOTIFIED
    assert "usandsynligt" in newsletter.draft.not_notified_reason.lower()
