"""What each step of a breach needs (GDPR Art. 33 and 34): the moves of its status
and the checks of a draft before it is saved. The record and its clock are in
domain/breaches.py."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain import validation as v
from dpo_desk.domain.breaches import (
    STATUS_LABELS,
    TEXT_LIMITS,
    BreachDraft,
    BreachRole,
    BreachStatus,
    Risk,
    needs_art34_decision,
    notified_in_time,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message, Term

# Each status and the ones it may move to (forward only).
_NEXT = {
    BreachStatus.REGISTERED: {BreachStatus.ASSESSED},
    BreachStatus.ASSESSED: {BreachStatus.NOTIFIED, BreachStatus.NOT_NOTIFIED},
    BreachStatus.NOTIFIED: {BreachStatus.CLOSED},
    BreachStatus.NOT_NOTIFIED: {BreachStatus.CLOSED},
    BreachStatus.CLOSED: set(),
}

MSG_MOVE = QT_TRANSLATE_NOOP("Domain", "A breach cannot move from {old} to {new}.")
MSG_FUTURE_MOMENT = QT_TRANSLATE_NOOP("Domain", "The moment cannot be in the future.")
MSG_BEFORE_AWARE = QT_TRANSLATE_NOOP(
    "Domain", "This cannot be before the organisation became aware of the breach."
)
MSG_PERIOD = QT_TRANSLATE_NOOP("Domain", "The end of the period cannot be before its start.")
MSG_AWARE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Domain", "The organisation cannot have become aware before the breach began."
)
MSG_KIND = QT_TRANSLATE_NOOP("Domain", "Choose at least one kind of breach.")
MSG_ASSESSMENT = QT_TRANSLATE_NOOP(
    "Domain", "Assess the risk, with its reasoning, before the breach moves on."
)
MSG_LATE = QT_TRANSLATE_NOOP(
    "Domain",
    "The notification is more than 72 hours after awareness: give the reasons for the delay "
    "(Art. 33(1)).",
)
MSG_NOTIFIED_AT = QT_TRANSLATE_NOOP("Domain", "Give the date and time of the notification.")
MSG_REFERENCE = QT_TRANSLATE_NOOP(
    "Domain", "Give the reference number Datatilsynet gave the notification."
)
MSG_WHY_NOT = QT_TRANSLATE_NOOP(
    "Domain", "Say why the breach is not notified (e.g. unlikely to result in a risk)."
)
MSG_NOT_NOTIFIED_AT_RISK = QT_TRANSLATE_NOOP(
    "Domain", "A breach assessed as a risk must be notified to Datatilsynet (Art. 33(1))."
)
MSG_CONTROLLERS = QT_TRANSLATE_NOOP(
    "Domain",
    "As processor, tell each controller concerned, and when, before the case moves on "
    "(Art. 33(2)).",
)
MSG_ART34 = QT_TRANSLATE_NOOP(
    "Domain",
    "A high-risk breach needs a decision: the data subjects told (when and how), or the "
    "exception in Art. 34(3) that applies.",
)
MSG_TOLD_HOW = QT_TRANSLATE_NOOP("Domain", "Say how the data subjects were told.")
MSG_COUNT = QT_TRANSLATE_NOOP("Domain", "A number cannot be negative.")


def check_move(old: BreachStatus, new: BreachStatus) -> str | None:
    """None when the status may move from `old` to `new`."""
    if old == new or new in _NEXT[old]:
        return None
    return Message(
        MSG_MOVE,
        old=Term(STATUS_LABELS[old], "Breaches"),
        new=Term(STATUS_LABELS[new], "Breaches"),
    )


def _not_future(value: dt.datetime | None, now: dt.datetime) -> str | None:
    return MSG_FUTURE_MOMENT if value is not None and value > now else None


def validate_breach(
    d: BreachDraft, *, previous: BreachStatus | None, now: dt.datetime
) -> dict[str, str]:
    """Messages per field; an empty dict when the breach may be saved."""
    errors: dict[str, str | None] = {
        name: v.check_text(getattr(d, name), required=name == "title", max_length=limit)
        for name, limit in TEXT_LIMITS.items()
    }
    errors["aware_at"] = v.MSG_REQUIRED if d.aware_at is None else _not_future(d.aware_at, now)
    errors["occurred_from"] = _not_future(d.occurred_from, now)
    errors["occurred_to"] = _not_future(d.occurred_to, now) or (
        MSG_PERIOD
        if d.occurred_from and d.occurred_to and d.occurred_to < d.occurred_from
        else None
    )
    if d.aware_at and d.occurred_from and d.aware_at < d.occurred_from:
        errors["aware_at"] = errors["aware_at"] or MSG_AWARE_BEFORE_START
    if not d.kinds:
        errors["kinds"] = MSG_KIND
    for name in ("subjects_count", "records_count"):
        value = getattr(d, name)
        if value is not None and value < 0:
            errors[name] = MSG_COUNT
    if previous is not None:
        errors["status"] = check_move(previous, d.status)
    beyond_registered = d.status is not BreachStatus.REGISTERED
    if beyond_registered and (d.risk is None or not d.risk_reasoning.strip()):
        errors["risk"] = MSG_ASSESSMENT
    errors.update(_notification_errors(d, now))
    errors.update(_art34_errors(d, now))
    if d.role is BreachRole.PROCESSOR:
        errors.update(_controller_errors(d, now))
    return {k: m for k, m in errors.items() if m}


def _notification_errors(d: BreachDraft, now: dt.datetime) -> dict[str, str | None]:
    errors: dict[str, str | None] = {}
    errors["notified_at"] = _not_future(d.notified_at, now) or (
        MSG_BEFORE_AWARE if d.notified_at and d.aware_at and d.notified_at < d.aware_at else None
    )
    if d.status is BreachStatus.NOTIFIED or (
        d.status is BreachStatus.CLOSED and d.notified_at is not None
    ):
        if d.notified_at is None:
            errors["notified_at"] = MSG_NOTIFIED_AT
        if not d.reference.strip():
            errors["reference"] = MSG_REFERENCE
    if notified_in_time(d) is False and not d.delay_reasons.strip():
        errors["delay_reasons"] = MSG_LATE
    if d.status is BreachStatus.NOT_NOTIFIED:
        if d.risk in (Risk.RISK, Risk.HIGH) and d.role is BreachRole.CONTROLLER:
            errors["status"] = MSG_NOT_NOTIFIED_AT_RISK
        if not d.not_notified_reason.strip():
            errors["not_notified_reason"] = MSG_WHY_NOT
    for i, follow_up in enumerate(d.follow_ups):
        if follow_up.sent_at > now:
            errors[f"follow_ups.{i}"] = MSG_FUTURE_MOMENT
        elif d.aware_at and follow_up.sent_at < d.aware_at:
            errors[f"follow_ups.{i}"] = MSG_BEFORE_AWARE
    return errors


def _art34_errors(d: BreachDraft, now: dt.datetime) -> dict[str, str | None]:
    errors: dict[str, str | None] = {}
    if d.subjects_told:
        errors["subjects_told_at"] = (
            v.MSG_REQUIRED if d.subjects_told_at is None else _not_future(d.subjects_told_at, now)
        )
        if not d.subjects_told_how.strip():
            errors["subjects_told_how"] = MSG_TOLD_HOW
    # Closing a high-risk case of our own needs the Art. 34 decision.
    if d.status is BreachStatus.CLOSED and needs_art34_decision(d):
        errors["subjects_told"] = MSG_ART34
    return errors


def _controller_errors(d: BreachDraft, now: dt.datetime) -> dict[str, str | None]:
    errors: dict[str, str | None] = {}
    for i, notice in enumerate(d.controllers):
        if notice.told_at is not None:
            errors[f"controllers.{i}"] = _not_future(notice.told_at, now) or (
                MSG_BEFORE_AWARE if d.aware_at and notice.told_at < d.aware_at else None
            )
    moving_on = d.status in (BreachStatus.NOT_NOTIFIED, BreachStatus.NOTIFIED, BreachStatus.CLOSED)
    if moving_on and (not d.controllers or any(c.told_at is None for c in d.controllers)):
        errors["controllers"] = MSG_CONTROLLERS
    return errors
