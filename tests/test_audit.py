"""Every change of a register row leaves an audit record in the same transaction, chained."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from dpo_desk.db.audit import verify_chain
from dpo_desk.db.models import AuditRecord, Organisation
from dpo_desk.db.session import Database


def _records(db: Database) -> list[AuditRecord]:
    with db.reading() as session:
        return list(session.scalars(select(AuditRecord).order_by(AuditRecord.id)))


def test_insert_update_and_delete_are_audited(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(id=1, name="Ærøskøbing Varme", city="Ærøskøbing"))
    with db.transaction() as session:
        row = session.get(Organisation, 1)
        assert row is not None
        row.name = "Ærø Fjernvarme"
        row.postal_code = "5970"
    with db.transaction() as session:
        session.delete(session.get(Organisation, 1))

    inserted, updated, deleted = _records(db)
    assert (inserted.action, inserted.table_name, inserted.row_id) == (
        "insert",
        "organisation",
        "1",
    )
    assert inserted.changes["name"] == [None, "Ærøskøbing Varme"]
    assert updated.action == "update"
    assert updated.changes == {
        "name": ["Ærøskøbing Varme", "Ærø Fjernvarme"],
        "postal_code": ["", "5970"],
    }
    assert deleted.action == "delete"
    assert deleted.changes["name"] == ["Ærø Fjernvarme", None]
    assert all(r.user_name for r in (inserted, updated, deleted))
    assert all(r.at.tzinfo is not None for r in (inserted, updated, deleted))
    assert updated.prev_hash == inserted.hash and deleted.prev_hash == updated.hash


def test_an_update_that_changes_nothing_leaves_no_record(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(id=1, name="A"))
    with db.transaction() as session:
        row = session.get(Organisation, 1)
        assert row is not None
        row.name = "A"
    assert len(_records(db)) == 1


def test_a_rolled_back_transaction_leaves_no_record(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Organisation(id=1, name="Never"))
        session.flush()  # the audit record is written here …
        raise RuntimeError("… and rolled back with the row")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == 0
        assert session.get(Organisation, 1) is None


def test_the_version_counter_rises_with_each_update(db: Database) -> None:
    with db.transaction() as session:
        row = Organisation(id=1, name="A")
        session.add(row)
    assert row.version == 1
    with db.transaction() as session:
        row = session.get(Organisation, 1)
        assert row is not None
        row.name = "B"
    assert row.version == 2


def _three_changes(db: Database) -> None:
    for name in ("A", "B", "C"):
        with db.transaction() as session:
            row = session.get(Organisation, 1)
            if row is None:
                session.add(Organisation(id=1, name=name))
            else:
                row.name = name


def test_the_chain_verifies(db: Database) -> None:
    _three_changes(db)
    with db.reading() as session:
        report = verify_chain(session)
    assert report.ok and report.checked == 3


def test_editing_an_old_record_in_sqlite_breaks_the_chain(db: Database) -> None:
    _three_changes(db)
    path = db.path
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE audit_record SET changes = ? WHERE id = 1", ('{"name": [null, "Z"]}',)
        )
    connection.close()
    reopened = Database.open(path)
    with reopened.reading() as session:
        report = verify_chain(session)
    reopened.close()
    assert not report.ok
    assert report.broken_id == 1
    assert report.checked == 0


def test_removing_the_newest_record_is_seen(db: Database) -> None:
    _three_changes(db)
    path = db.path
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM audit_record WHERE id = 3")
    connection.close()
    reopened = Database.open(path)
    with reopened.reading() as session:
        report = verify_chain(session)
    reopened.close()
    assert not report.ok and report.checked == 2
