"""register: which data about whom, joint controller and representative, text limits

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The limits as this revision made them (domain/register.py holds the current ones).
ACTIVITY_LIMITS = {
    "purposes": 4000,
    "consent_note": 2000,
    "source": 1000,
    "retention_text": 2000,
    "measures_text": 4000,
    "automated_description": 2000,
    "dpia_outcome": 2000,
    "notes": 4000,
}


def upgrade() -> None:
    op.create_table(
        "activity_subject_data",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_subject_data_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["catalogue_item.id"],
            name=op.f("fk_activity_subject_data_category_id_catalogue_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["catalogue_item.id"],
            name=op.f("fk_activity_subject_data_subject_id_catalogue_item"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_subject_data")),
        sa.UniqueConstraint(
            "activity_id",
            "subject_id",
            "category_id",
            name=op.f("uq_activity_subject_data_activity_id"),
        ),
    )
    with op.batch_alter_table("activity_subject_data", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_subject_data_activity_id"), ["activity_id"], unique=False
        )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("joint_controller", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("representative", sa.String(length=500), nullable=False, server_default="")
        )
        for name, limit in ACTIVITY_LIMITS.items():
            batch_op.alter_column(
                name,
                existing_type=sa.Text(),
                type_=sa.String(length=limit),
                existing_nullable=False,
            )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.alter_column("joint_controller", server_default=None)
        batch_op.alter_column("representative", server_default=None)
    with op.batch_alter_table("activity_controller", schema=None) as batch_op:
        batch_op.alter_column(
            "processing",
            existing_type=sa.Text(),
            type_=sa.String(length=2000),
            existing_nullable=False,
        )
    with op.batch_alter_table("activity_transfer", schema=None) as batch_op:
        batch_op.alter_column(
            "documentation",
            existing_type=sa.Text(),
            type_=sa.String(length=2000),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_transfer", schema=None) as batch_op:
        batch_op.alter_column(
            "documentation",
            existing_type=sa.String(length=2000),
            type_=sa.Text(),
            existing_nullable=False,
        )
    with op.batch_alter_table("activity_controller", schema=None) as batch_op:
        batch_op.alter_column(
            "processing",
            existing_type=sa.String(length=2000),
            type_=sa.Text(),
            existing_nullable=False,
        )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        for name, limit in ACTIVITY_LIMITS.items():
            batch_op.alter_column(
                name,
                existing_type=sa.String(length=limit),
                type_=sa.Text(),
                existing_nullable=False,
            )
        batch_op.drop_column("representative")
        batch_op.drop_column("joint_controller")
    op.drop_table("activity_subject_data")
