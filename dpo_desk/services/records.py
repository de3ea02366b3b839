"""The one way a register saves a record: load, check the version, validate, apply,
and let the session's audit hook write the trail — all in one transaction."""

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


def save_record(
    db: Database,
    model: type[R],
    draft: D,
    *,
    validate: Callable[[D, R | None], dict[str, str]],
    apply: Callable[[Session, R, D], None],
    to_draft: Callable[[R], D],
) -> int:
    """Save `draft` as a row of `model` in one transaction and return its id.

    A row changed since the draft was read raises ConcurrentEditError carrying the saved
    version; broken rules raise ValidationFailedError with a message per field.
    """
    with db.transaction() as session:
        row: Any = session.get(model, draft.id) if draft.id is not None else None
        if draft.id is not None and (row is None or row.version != draft.version):
            raise ConcurrentEditError(to_draft(row) if row is not None else None)
        errors = validate(draft, row)
        if errors:
            raise ValidationFailedError(errors)
        if row is None:
            row = model()
            session.add(row)
        apply(session, row, draft)
        session.flush()
        return int(row.id)
