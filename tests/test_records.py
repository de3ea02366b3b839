"""Every register saves the same way (services/records.py): the version is checked and
the draft validated before a write transaction opens; a stale draft is refused first."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import BreachDraft
from dpo_desk.domain.consents import ConsumerDraft
from dpo_desk.domain.processors import PartyDraft
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.domain.requests import RequestDraft
from dpo_desk.services import breaches, consents, processors, register, requests
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)

# (a draft that breaks a rule, how the register saves it)
SAVES: dict[str, tuple[Any, Callable[[Database, Any], int]]] = {
    "register": (ActivityDraft(name=""), lambda db, d: register.save(db, d, today=TODAY)),
    "processors": (PartyDraft(name=""), lambda db, d: processors.save(db, d, today=TODAY)),
    "requests": (RequestDraft(requester=""), lambda db, d: requests.save(db, d, today=TODAY)),
    "consents": (ConsumerDraft(name=""), lambda db, d: consents.save(db, d, today=TODAY)),
    "breaches": (BreachDraft(title=""), lambda db, d: breaches.save(db, d, now=NOW)),
}


class WriteOpenedError(Exception):
    """A write transaction was opened."""


@contextlib.contextmanager
def _refused() -> Iterator[Any]:
    raise WriteOpenedError
    yield  # pragma: no cover


@pytest.mark.parametrize("name", SAVES)
def test_a_broken_rule_is_found_before_a_write_transaction_opens(
    db: Database, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    draft, save = SAVES[name]
    monkeypatch.setattr(db, "transaction", _refused)
    with pytest.raises(ValidationFailedError) as raised:
        save(db, draft)
    assert raised.value.errors


@pytest.mark.parametrize("name", SAVES)
def test_a_stale_draft_is_refused_before_its_rules_are_checked(
    db: Database, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A draft of a record that no longer exists (or was saved since) is refused as a
    concurrent edit, whatever its fields, and nothing is written."""
    draft, save = SAVES[name]
    monkeypatch.setattr(db, "transaction", _refused)
    with pytest.raises(ConcurrentEditError):
        save(db, replace(draft, id=12345, version=1))


def test_a_withdrawal_is_checked_before_a_write_transaction_opens(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    consumer = consents.save(
        db, ConsumerDraft(name="Else Ærbø", postal_code="6040"), today=TODAY
    )
    monkeypatch.setattr(db, "transaction", _refused)
    with pytest.raises(ValidationFailedError) as raised:
        consents.withdraw(db, consumer, on=TODAY + dt.timedelta(days=1), how="brev", today=TODAY)
    assert set(raised.value.errors) == {"withdrawn"}
