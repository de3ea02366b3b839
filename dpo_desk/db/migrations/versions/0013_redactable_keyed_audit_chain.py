"""a redactable, keyed audit chain: a commitment beside each value, seals by a key kept
outside the database; the old chain is verified first and then rewritten

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-25
"""

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

from dpo_desk.db.base import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
_BATCH = 1000

records = sa.table(
    "audit_record",
    sa.column("id", sa.Integer),
    sa.column("at", UTCDateTime(timezone=True)),
    sa.column("user_name", sa.String),
    sa.column("action", sa.String),
    sa.column("table_name", sa.String),
    sa.column("row_id", sa.String),
    sa.column("changes", sa.JSON),
    sa.column("salts", sa.JSON),
    sa.column("commitments", sa.JSON),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
    sa.column("mac", sa.String),
)
head = sa.table(
    "audit_head",
    sa.column("id", sa.Integer),
    sa.column("last_hash", sa.String),
    sa.column("count", sa.Integer),
    sa.column("mac", sa.String),
    sa.column("key_id", sa.String),
)


def _old_hash(row: sa.Row, prev_hash: str) -> str:
    """The hash of the format before this revision (frozen here: the new code hashes
    commitments)."""
    payload = json.dumps(
        [
            prev_hash,
            row.at.astimezone(dt.UTC).isoformat(),
            row.user_name,
            row.action,
            row.table_name,
            row.row_id,
            row.changes,
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _batches(connection: sa.Connection, columns: list) -> Iterator[sa.Row]:
    after = 0
    while True:
        rows = connection.execute(
            sa.select(*columns).where(records.c.id > after).order_by(records.c.id).limit(_BATCH)
        ).all()
        yield from rows
        if len(rows) < _BATCH:
            return
        after = rows[-1].id


def _verify_old(connection: sa.Connection) -> None:
    """Refuse a broken chain before anything is changed."""
    from dpo_desk.db.audit_verify import OldChainBrokenError

    old = [records.c[n] for n in ("id", "at", "user_name", "action", "table_name", "row_id")]
    prev_hash, count, last_id = GENESIS, 0, None
    for row in _batches(connection, [*old, records.c.changes, records.c.prev_hash, records.c.hash]):
        try:
            good = row.prev_hash == prev_hash and _old_hash(row, prev_hash) == row.hash
        except (ValueError, TypeError, AttributeError):
            good = False
        if not good:
            raise OldChainBrokenError(row.id)
        prev_hash, count, last_id = row.hash, count + 1, row.id
    found = connection.execute(sa.select(head.c.last_hash, head.c.count)).first()
    actual = (found.last_hash, found.count) if found else (GENESIS, 0)
    if actual != (prev_hash, count):
        raise OldChainBrokenError(last_id)


def upgrade() -> None:
    from dpo_desk.db import audit
    from dpo_desk.db.chain_key import chain_key, key_id, seal

    connection = op.get_bind()
    _verify_old(connection)  # before the schema changes: a refusal leaves all as it was
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("salts", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("commitments", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
    key = chain_key(connection.engine.url, create=True)
    columns = [records.c[n] for n in ("id", "at", "user_name", "action", "table_name", "row_id")]
    prev_hash, count = GENESIS, 0
    rewrite = (
        records.update()
        .where(records.c.id == sa.bindparam("b_id"))
        .values(
            changes=sa.bindparam("b_changes", type_=sa.JSON),
            salts=sa.bindparam("b_salts", type_=sa.JSON),
            commitments=sa.bindparam("b_commitments", type_=sa.JSON),
            prev_hash=sa.bindparam("b_prev"),
            hash=sa.bindparam("b_hash"),
            mac=sa.bindparam("b_mac"),
        )
    )
    pending: list[dict[str, object]] = []
    for row in _batches(connection, [*columns, records.c.changes]):
        changes, salts, commitments = audit.committed(row.changes or {})
        digest = audit.record_hash(
            prev_hash=prev_hash,
            at=row.at,
            user_name=row.user_name,
            action=row.action,
            table_name=row.table_name,
            row_id=row.row_id,
            commitments=commitments,
        )
        pending.append(
            {
                "b_id": row.id,
                "b_changes": changes,
                "b_salts": salts,
                "b_commitments": commitments,
                "b_prev": prev_hash,
                "b_hash": digest,
                "b_mac": seal(key, digest) if key else None,
            }
        )
        if len(pending) >= _BATCH:  # written in batches (the batch read is complete)
            connection.execute(rewrite, pending)
            pending = []
        prev_hash, count = digest, count + 1
    if pending:
        connection.execute(rewrite, pending)
    if count or connection.execute(sa.select(head.c.id)).first():
        connection.execute(head.delete())
        connection.execute(
            head.insert().values(
                id=1,
                last_hash=prev_hash,
                count=count,
                mac=seal(key, audit.head_text(count, prev_hash)) if key else None,
                key_id=key_id(key) if key else None,
            )
        )


def downgrade() -> None:
    raise NotImplementedError("the old chain format cannot be restored from the new one")
