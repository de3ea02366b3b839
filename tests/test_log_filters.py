"""The log's filters: the window's column query and the audit service narrow alike."""

from __future__ import annotations

import datetime as dt

from dpo_desk.db.session import Database
from dpo_desk.services import audit_log, listings


def _ids(db: Database, **narrow: object) -> tuple[list[int], list[int]]:
    return (
        [e.id for e in audit_log.entries(db, **narrow)],  # type: ignore[arg-type]
        [line.id for line in listings.log(db, **narrow)],  # type: ignore[arg-type]
    )


def test_the_log_is_narrowed_to_a_table_and_to_local_days(demo_db: Database) -> None:
    every, _ = _ids(demo_db)
    records = audit_log.entries(demo_db)
    first = records[-1].at.astimezone().date()  # the local days the example was written
    last = records[0].at.astimezone().date()
    consumer = [e.id for e in records if e.table_name == "consumer"]
    assert consumer and len(consumer) < len(every)

    assert _ids(demo_db, table="consumer") == (consumer, consumer)
    assert _ids(demo_db, since=first, until=last) == (every, every)
    assert _ids(demo_db, since=last + dt.timedelta(days=1)) == ([], [])
    assert _ids(demo_db, until=first - dt.timedelta(days=1)) == ([], [])
    assert _ids(demo_db, table="consumer", until=last) == (consumer, consumer)
