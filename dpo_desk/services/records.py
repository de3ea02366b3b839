"""The one way a register saves a record: check the version, validate, then in one
transaction check the version again, apply, and let the session's audit hook write the
trail. Validation runs before the transaction, against the saved record as a draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from dpo_desk.db.session import Database
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError


class Draft(Protocol):
    """What a register's form edits: the row's id (None when new) and its version."""

    id: int | None
    version: int


D = TypeVar("D", bound=Draft)
R = TypeVar("R")


def stored_draft(db: Database, model: type[R], draft: D, to_draft: Callable[[R], D]) -> D | None:
    """The saved record `draft` edits, as a draft (None for a new one). A record deleted
    or changed since the draft was read raises ConcurrentEditError carrying what is
    saved now."""
    if draft.id is None:
        return None
    with db.reading() as session:
        row = session.get(model, draft.id)
        stored = to_draft(row) if row is not None else None
    if stored is None or stored.version != draft.version:
        raise ConcurrentEditError(stored)
    return stored


def save_record(
    db: Database,
    model: type[R],
    draft: D,
    *,
    validate: Callable[[D, D | None], dict[str, str]],
    apply: Callable[[Session, R, D], None],
    to_draft: Callable[[R], D],
) -> int:
    """Save `draft` as a row of `model` and return its id.

    `validate(draft, stored)` sees the saved record as a draft (None when new) and runs
    before the transaction; it returns a message per broken field (raised as
    ValidationFailedError) or raises a UserError itself. The transaction checks the
    version again (the record may have changed meanwhile), creates the row when new
    (`model()`), and calls `apply(session, row, draft)`; a new row has no id until then.
    """
    stored = stored_draft(db, model, draft, to_draft)
    errors = validate(draft, stored)
    if errors:
        raise ValidationFailedError(errors)
    with db.transaction() as session:
        row: Any = session.get(model, draft.id) if draft.id is not None else None
        if draft.id is not None and (row is None or row.version != draft.version):
            raise ConcurrentEditError(to_draft(row) if row is not None else None)
        if row is None:
            row = model()
            session.add(row)
        apply(session, row, draft)
        session.flush()
        return int(row.id)
