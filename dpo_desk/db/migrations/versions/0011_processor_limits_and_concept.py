"""processor register: text limits, and the supervision concept chosen for a round

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25

Every text column of the processor register gets its length limit (the numbers are
those of domain/processors.py at this revision, written out: a migration is history),
and a supervision round keeps the concept chosen, the concept the point scale suggested,
and the DPO's reason when the two differ.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> column -> (new length, nullable); the columns were TEXT before.
LIMITED: dict[str, dict[str, tuple[int, bool]]] = {
    "processor": {
        "service": (500, False),
        "data_description": (2000, False),
        "notes": (4000, False),
    },
    "sub_processor": {"service": (500, False)},
    "party_transfer": {"tia_outcome": (1000, False), "data": (1000, False)},
    "supervision_round": {"findings": (4000, False)},
    "follow_up": {"action": (1000, False)},
}


def upgrade() -> None:
    for table, columns in LIMITED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, (length, nullable) in columns.items():
                batch_op.alter_column(
                    column,
                    existing_type=sa.Text(),
                    type_=sa.String(length=length),
                    existing_nullable=nullable,
                )
    with op.batch_alter_table("supervision_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("concept", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("suggested_concept", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "concept_reason",
                sa.String(length=1000),
                nullable=False,
                server_default=sa.text("''"),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("supervision_round", schema=None) as batch_op:
        batch_op.drop_column("concept_reason")
        batch_op.drop_column("suggested_concept")
        batch_op.drop_column("concept")
    for table, columns in LIMITED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, (length, nullable) in columns.items():
                batch_op.alter_column(
                    column,
                    existing_type=sa.String(length=length),
                    type_=sa.Text(),
                    existing_nullable=nullable,
                )
