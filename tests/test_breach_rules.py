"""The breach log's rules (Art. 33 and 34) with moments taken across the summer-time
changes of 2026 (29 March and 25 October) and at the minute of the deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.domain import breach_rules as rules
from dpo_desk.domain import breaches as b
from dpo_desk.domain.breaches import (
    BreachDraft,
    BreachKind,
    BreachRole,
    BreachStatus,
    ClockState,
    ControllerNotice,
    Risk,
)

CPH = b.COPENHAGEN


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=CPH)


def draft(**kw: object) -> BreachDraft:
    base: dict[str, object] = {
        "title": "Mail med målerdata til forkert forsyning",
        "aware_at": at(2026, 5, 4, 9, 30),
        "kinds": {BreachKind.CONFIDENTIALITY},
    }
    base.update(kw)
    return BreachDraft(**base)  # type: ignore[arg-type]


def test_72_hours_across_the_spring_change_are_73_on_the_wall_clock() -> None:
    # Friday 27 March 2026 12:00 CET; summer time starts Sunday 29 March at 02:00.
    deadline = b.notification_deadline(at(2026, 3, 27, 12))
    assert (deadline.year, deadline.month, deadline.day, deadline.hour) == (2026, 3, 30, 13)
    assert deadline.utcoffset() == dt.timedelta(hours=2)


def test_72_hours_across_the_autumn_change_are_71_on_the_wall_clock() -> None:
    # Friday 23 October 2026 12:00 CEST; summer time ends Sunday 25 October at 03:00.
    deadline = b.notification_deadline(at(2026, 10, 23, 12))
    assert (deadline.year, deadline.month, deadline.day, deadline.hour) == (2026, 10, 26, 11)
    assert deadline.utcoffset() == dt.timedelta(hours=1)


def test_a_moment_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        b.notification_deadline(dt.datetime(2026, 3, 27, 12))


def test_the_clock_at_the_minute_of_the_deadline() -> None:
    d = draft(aware_at=at(2026, 10, 23, 12))
    assert b.clock_state(d, at(2026, 10, 25, 10, 59)) is ClockState.RUNNING  # 24 h 1 min left
    assert b.clock_state(d, at(2026, 10, 25, 11, 0)) is ClockState.AMBER  # 24 h left
    assert b.clock_state(d, at(2026, 10, 26, 10, 59)) is ClockState.AMBER
    assert b.clock_state(d, at(2026, 10, 26, 11, 0)) is ClockState.PASSED
    assert b.time_left(d.aware_at, at(2026, 10, 26, 10, 59)) == dt.timedelta(minutes=1)


def test_the_clock_stops_at_the_notification() -> None:
    d = draft(status=BreachStatus.NOTIFIED, notified_at=at(2026, 5, 5, 10), reference="12345")
    assert b.clock_state(d, at(2026, 5, 20, 10)) is ClockState.STOPPED


def test_a_late_notification_needs_the_reasons_for_the_delay() -> None:
    late = draft(
        risk=Risk.RISK,
        risk_reasoning="Kontaktoplysninger på en bærbar uden kryptering",
        status=BreachStatus.NOTIFIED,
        notified_at=at(2026, 5, 7, 9, 31),
        reference="2026-431",
    )
    errors = rules.validate_breach(late, previous=BreachStatus.ASSESSED, now=at(2026, 5, 8, 12))
    assert errors == {"delay_reasons": rules.MSG_LATE}
    late.delay_reasons = "Omfanget blev først kendt, da leverandøren svarede."
    assert rules.validate_breach(late, previous=BreachStatus.ASSESSED, now=at(2026, 5, 8, 12)) == {}


def test_a_notification_at_the_last_minute_is_in_time() -> None:
    d = draft(
        risk=Risk.RISK,
        risk_reasoning="x",
        status=BreachStatus.NOTIFIED,
        notified_at=at(2026, 5, 7, 9, 30),
        reference="2026-1",
    )
    assert b.notified_in_time(d) is True
    assert rules.validate_breach(d, previous=BreachStatus.ASSESSED, now=at(2026, 5, 8, 12)) == {}


def test_a_high_risk_breach_is_flagged_until_the_art34_decision() -> None:
    d = draft(
        risk=Risk.HIGH,
        risk_reasoning="Helbredsoplysninger",
        status=BreachStatus.NOTIFIED,
        notified_at=at(2026, 5, 5, 9),
        reference="2026-2",
    )
    assert b.needs_art34_decision(d)
    d.subjects_told = False
    assert b.needs_art34_decision(d)  # not told and no exception named
    d.art34_exception = b.Art34Exception.UNINTELLIGIBLE
    assert not b.needs_art34_decision(d)
    d.art34_exception, d.subjects_told = None, True
    d.subjects_told_at, d.subjects_told_how = at(2026, 5, 6, 10), "Brev til hver forbruger"
    assert not b.needs_art34_decision(d)


def test_closing_a_high_risk_breach_without_the_decision_is_refused() -> None:
    d = draft(
        risk=Risk.HIGH,
        risk_reasoning="x",
        status=BreachStatus.CLOSED,
        notified_at=at(2026, 5, 5, 9),
        reference="2026-3",
    )
    errors = rules.validate_breach(d, previous=BreachStatus.NOTIFIED, now=at(2026, 6, 1, 9))
    assert errors == {"subjects_told": rules.MSG_ART34}


def test_a_processor_side_breach_requires_the_controllers_told() -> None:
    d = draft(
        role=BreachRole.PROCESSOR,
        risk=Risk.RISK,
        risk_reasoning="Målerdata",
        status=BreachStatus.NOT_NOTIFIED,
        not_notified_reason="Forsyningen anmelder selv",
        controllers=[ControllerNotice(party_id=7)],
    )
    now = at(2026, 5, 6, 9)
    assert rules.validate_breach(d, previous=BreachStatus.ASSESSED, now=now) == {
        "controllers": rules.MSG_CONTROLLERS
    }
    d.controllers[0].told_at = at(2026, 5, 4, 15)
    assert rules.validate_breach(d, previous=BreachStatus.ASSESSED, now=now) == {}
    assert b.hours_until_told(d.aware_at, d.controllers[0].told_at) == pytest.approx(5.5)


def test_not_notifying_a_breach_of_our_own_at_risk_is_refused() -> None:
    d = draft(
        risk=Risk.RISK,
        risk_reasoning="x",
        status=BreachStatus.NOT_NOTIFIED,
        not_notified_reason="Vi vurderer det ikke nødvendigt",
    )
    errors = rules.validate_breach(d, previous=BreachStatus.ASSESSED, now=at(2026, 5, 6, 9))
    assert errors == {"status": rules.MSG_NOT_NOTIFIED_AT_RISK}


def test_no_risk_is_not_notified_with_the_reason_kept() -> None:
    d = draft(
        risk=Risk.NONE,
        risk_reasoning="Kun e-mailadresser, straks lukket",
        status=BreachStatus.NOT_NOTIFIED,
    )
    now = at(2026, 5, 6, 9)
    assert rules.validate_breach(d, previous=BreachStatus.ASSESSED, now=now) == {
        "not_notified_reason": rules.MSG_WHY_NOT
    }
    d.not_notified_reason = "Usandsynligt, at bruddet indebærer en risiko"
    assert rules.validate_breach(d, previous=BreachStatus.ASSESSED, now=now) == {}


def test_the_status_moves_forward_only() -> None:
    assert rules.check_move(BreachStatus.REGISTERED, BreachStatus.ASSESSED) is None
    assert rules.check_move(BreachStatus.NOTIFIED, BreachStatus.ASSESSED) is not None
    assert rules.check_move(BreachStatus.REGISTERED, BreachStatus.CLOSED) is not None
    assert rules.check_move(BreachStatus.CLOSED, BreachStatus.CLOSED) is None


def test_moments_in_the_future_and_a_period_backwards_are_refused() -> None:
    now = at(2026, 5, 4, 9)
    d = draft(
        aware_at=at(2026, 5, 4, 10), occurred_from=at(2026, 5, 3, 8), occurred_to=at(2026, 5, 2, 8)
    )
    errors = rules.validate_breach(d, previous=None, now=now)
    assert errors["aware_at"] == rules.MSG_FUTURE_MOMENT
    assert errors["occurred_to"] == rules.MSG_PERIOD


def test_a_cpr_number_in_the_description_is_refused() -> None:
    d = draft(description="Listen indeholdt 010190-1234 og flere")
    errors = rules.validate_breach(d, previous=None, now=at(2026, 5, 5, 9))
    assert "description" in errors


def test_an_assessment_needs_risk_and_reasoning() -> None:
    d = draft(status=BreachStatus.ASSESSED, risk=Risk.RISK)
    errors = rules.validate_breach(d, previous=BreachStatus.REGISTERED, now=at(2026, 5, 5, 9))
    assert errors == {"risk": rules.MSG_ASSESSMENT}
