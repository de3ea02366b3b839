"""consent forms erased after withdrawal; the consent text has a length limit

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consumer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("form_erased", sa.Date(), nullable=True))
    with op.batch_alter_table("consent_text", schema=None) as batch_op:
        batch_op.alter_column(
            "text",
            existing_type=sa.Text(),
            type_=sa.String(length=4000),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("consent_text", schema=None) as batch_op:
        batch_op.alter_column(
            "text",
            existing_type=sa.String(length=4000),
            type_=sa.Text(),
            existing_nullable=False,
        )
    with op.batch_alter_table("consumer", schema=None) as batch_op:
        batch_op.drop_column("form_erased")
