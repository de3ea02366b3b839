"""activity controllers linked to the processor register by key

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-25

A controller an activity is carried out for was tied to its party in the processor
register only by name, so renaming the party lost its activities and its sub-processor
annex. Each controller row gets the key of the party it names: existing rows are linked
to the party of direction "we_are_processor" with exactly that name (the lowest id when
two share it); a name no party carries stays unlinked.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("activity_controller", schema=None) as batch_op:
        batch_op.add_column(sa.Column("party_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_activity_controller_party_id"), ["party_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_activity_controller_party_id_processor"),
            "processor",
            ["party_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute(
        "UPDATE activity_controller SET party_id = ("
        " SELECT MIN(processor.id) FROM processor"
        " WHERE processor.name = activity_controller.name"
        " AND processor.direction = 'we_are_processor')"
    )


def downgrade() -> None:
    with op.batch_alter_table("activity_controller", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_activity_controller_party_id_processor"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_activity_controller_party_id"))
        batch_op.drop_column("party_id")
