"""What every collector of the overview shares: the first items of a kind picked in SQL,
most urgent first, and one line counting the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from dpo_desk.domain.overview import PICK, Duty, Item, week_end


def pick(
    session: Session,
    columns: tuple[Any, Any, Any],
    where: Sequence[ColumnElement[bool]],
    *,
    duty: Duty,
    register: str,
    today: dt.date,
    count_where: Sequence[ColumnElement[bool]] | None = None,
) -> list[Item]:
    """The first PICK items (columns id, who, due) earliest due first, and one line for
    the rest counted in SQL (by `count_where` when given: the same rows, said in the
    way an index counts them fastest)."""
    key, who, due = columns
    rows = session.execute(select(key, who, due).where(*where).order_by(due, key).limit(PICK))
    items = [Item(duty, row[1], row[2], register, row[0]) for row in rows]
    if len(items) < PICK:
        return items
    week = week_end(today)
    total, urgent = session.execute(
        select(func.count(), func.count().filter(due <= week)).where(*(count_where or where))
    ).one()
    return items + rest(items, duty, register, total, urgent, week)


def rest(
    listed: list[Item], duty: Duty, register: str, total: int, urgent: int, week: dt.date
) -> list[Item]:
    """The line for the items of `duty` beyond those listed (none when all are)."""
    if total <= len(listed):
        return []
    listed_urgent = sum(1 for item in listed if item.due <= week)
    return [
        Item(
            duty,
            "",
            listed[-1].due,
            register,
            None,
            more=total - len(listed),
            more_urgent=urgent - listed_urgent,
        )
    ]
