"""The rules of a request as plain functions, with dates taken from the law's cases."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.db import request_models
from dpo_desk.domain import deadlines
from dpo_desk.domain.requests import (
    MAX_LENGTHS,
    MSG_IDENTITY_FIRST,
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
    validate_request,
)
from dpo_desk.domain.validation import MSG_CPR, MSG_FUTURE, MSG_TOO_LONG

RECEIVED = dt.date(2026, 3, 9)  # first month ends 09-04-2026; three months 09-06-2026
CPR = "070761-4285"  # a number that passes the CPR check


def _draft(**changes: object) -> RequestDraft:
    d = RequestDraft(types=[RequestType.ACCESS], requester="Ib Ærø", received=RECEIVED)
    for name, value in changes.items():
        setattr(d, name, value)
    return d


@pytest.mark.parametrize(
    "name", ["identity_how", "identity_ask", "contact", "extension_reason", "requester",
             "relation", "utility", "decision", "notes"])
def test_every_free_text_refuses_a_cpr_number_at_its_field(name: str) -> None:
    d = _draft(**{name: f"Tjekket {CPR} mod sygesikringskort"}, extended=name == "extension_reason",
               extension_told=RECEIVED if name == "extension_reason" else None)
    assert validate_request(d, previous=None, today=RECEIVED)[name] == MSG_CPR


@pytest.mark.parametrize("name", sorted(MAX_LENGTHS))
def test_every_text_has_one_limit_used_by_the_model_and_the_validator(name: str) -> None:
    limit = MAX_LENGTHS[name]
    column = request_models.SubjectRequest.__table__.c[name]
    assert column.type.length == limit
    errors = validate_request(_draft(**{name: "x" * (limit + 1)}), previous=None, today=RECEIVED)
    assert errors[name] == MSG_TOO_LONG
    assert errors[name].params["limit"] == limit  # type: ignore[attr-defined]
    assert name not in validate_request(_draft(**{name: "x" * limit}), previous=None,
                                        today=RECEIVED)


@pytest.mark.parametrize("name", ["received", "identity_checked", "answered", "extension_told"])
def test_no_date_of_something_that_happened_lies_in_the_future(name: str) -> None:
    today = dt.date(2026, 3, 20)
    d = _draft(received=dt.date(2026, 3, 10), extended=name == "extension_told",
               extension_reason="mange anmodninger")
    setattr(d, name, dt.date(2026, 3, 21))
    assert validate_request(d, previous=None, today=today)[name] == MSG_FUTURE
    setattr(d, name, today)
    assert name not in validate_request(d, previous=None, today=today)


def test_answered_needs_the_identity_check_when_it_is_required() -> None:
    d = _draft(identity_needed=True, status=RequestStatus.ANSWERED, answered=RECEIVED)
    errors = validate_request(d, previous=RequestStatus.IN_PROGRESS, today=RECEIVED)
    assert errors["identity_checked"] == MSG_IDENTITY_FIRST
    d.identity_checked = RECEIVED
    assert validate_request(d, previous=RequestStatus.IN_PROGRESS, today=RECEIVED) == {}
    d = _draft(identity_needed=False, status=RequestStatus.ANSWERED, answered=RECEIVED)
    assert validate_request(d, previous=RequestStatus.IN_PROGRESS, today=RECEIVED) == {}


def test_an_extension_is_refused_once_the_first_month_has_passed_even_untold() -> None:
    d = _draft(extended=True, extension_reason="mange anmodninger")
    assert validate_request(d, previous=None, today=dt.date(2026, 4, 9)) == {}  # told by letter
    assert "extended" in validate_request(d, previous=None, today=dt.date(2026, 4, 10))


def test_the_extended_deadline_is_three_months_from_receipt() -> None:
    # received 31-01-2026: one month → 28-02 (Saturday) → 02-03; three months → 30-04-2026
    assert deadlines.response_deadline(dt.date(2026, 1, 31)) == dt.date(2026, 3, 2)
    assert deadlines.response_deadline(dt.date(2026, 1, 31), extended=True) == dt.date(2026, 4, 30)
    doc = deadlines.__doc__ or ""
    assert "two further months" in doc and "three months" in doc
    assert "end of the first" in doc  # the other reading is named with what it would give


def test_a_refusal_is_due_within_one_month_even_when_extended() -> None:
    d = _draft(extended=True, extension_reason="komplekst", extension_told=RECEIVED,
               status=RequestStatus.REFUSED, refusal_ground=RefusalGround.MANIFESTLY_UNFOUNDED)
    assert d.deadline == dt.date(2026, 4, 9)
    d.status = RequestStatus.IN_PROGRESS
    assert d.deadline == dt.date(2026, 6, 9)


def test_a_request_at_revision_0007_upgrades_with_its_text(tmp_path: object) -> None:
    """Migration 0009 keeps a request's text, cutting only what passes the new limits."""
    from pathlib import Path

    from alembic import command

    from dpo_desk.db import migrate
    from dpo_desk.db.session import make_engine, resolve_url
    from dpo_desk.services import requests

    db_path = Path(str(tmp_path)) / "old.sqlite"
    engine = make_engine(resolve_url(db_path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO subject_request (id, types, requester, contact, relation, utility, "
            "received, channel, identity_needed, identity_how, status, decision, extended, "
            "extension_reason, deadline, notes, version) VALUES (1, '[\"access\"]', 'Ib Ærø', "
            "'', '', '', '2026-03-09', 'email', 0, ?, 'received', 'Besvaret', 0, '', "
            "'2026-04-09', ?, 1)", ("ringet op", "n" * 5000))
    engine.dispose()
    from dpo_desk.db.session import Database

    db = Database.open(db_path)
    try:
        d = requests.draft(db, 1)
        assert (d.requester, d.identity_how, d.identity_ask, d.forwardings) == (
            "Ib Ærø", "ringet op", "", [])
        assert d.decision == "Besvaret" and d.notes == "n" * MAX_LENGTHS["notes"]
    finally:
        db.close()
