"""requests: what the requester is asked to send, forwardings to controllers, text limits

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The limits of domain/requests.py MAX_LENGTHS as they were when this ran (a migration
# must not change when the table changes later).
_LIMITS = {"identity_how": 500, "decision": 4000, "extension_reason": 1000, "notes": 4000}


def upgrade() -> None:
    # Text that is already longer than its new limit is cut, so PostgreSQL accepts it.
    for name, limit in _LIMITS.items():
        column = sa.column(name, sa.Text())
        op.execute(
            sa.table("subject_request", column)
            .update()
            .where(sa.func.length(column) > limit)
            .values({name: sa.func.substr(column, 1, limit)})
        )
    with op.batch_alter_table("subject_request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("identity_ask", sa.String(length=500), nullable=False, server_default="")
        )
        for name, limit in _LIMITS.items():
            batch_op.alter_column(
                name,
                existing_type=sa.Text(),
                type_=sa.String(length=limit),
                existing_nullable=False,
            )
    op.create_table(
        "request_forwarding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("controller", sa.String(length=200), nullable=False),
        sa.Column("forwarded", sa.Date(), nullable=True),
        sa.Column("answered", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["subject_request.id"],
            name=op.f("fk_request_forwarding_request_id_subject_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_forwarding")),
        sa.UniqueConstraint(
            "request_id", "controller", name=op.f("uq_request_forwarding_request_id")
        ),
    )
    with op.batch_alter_table("request_forwarding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_forwarding_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("request_forwarding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_forwarding_request_id"))
    op.drop_table("request_forwarding")
    with op.batch_alter_table("subject_request", schema=None) as batch_op:
        for name, limit in _LIMITS.items():
            batch_op.alter_column(
                name,
                existing_type=sa.String(length=limit),
                type_=sa.Text(),
                existing_nullable=False,
            )
        batch_op.drop_column("identity_ask")

