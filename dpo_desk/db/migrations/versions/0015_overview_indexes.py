"""overview: indexes that let the overview count and pick its requests in SQL

Revision ID: 0015
Revises: 0013
Create Date: 2026-11-26

The overview lists the open requests by deadline, the identity checks waiting, the
extensions not yet told and the closed requests due for anonymising, and counts the
rest and its figures (answered this year, active consents, consumers who moved). On
100,000 requests and 50,000 consumers each of these read every row's page; these
indexes hold what the queries test, so the counts are read from the index alone and
the first lines are picked in the index's order.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name -> (table, columns)
INDEXES = {
    "ix_subject_request_status_deadline": ("subject_request", ["status", "deadline"]),
    "ix_subject_request_status_received": ("subject_request", ["status", "received"]),
    "ix_subject_request_answered_deadline": ("subject_request", ["answered", "deadline"]),
    "ix_subject_request_identity_waiting": (
        "subject_request",
        ["identity_needed", "identity_checked", "deadline", "status"],
    ),
    "ix_subject_request_extension_untold": (
        "subject_request",
        ["extended", "extension_told", "received", "status"],
    ),
    "ix_consumer_withdrawn_given": ("consumer", ["withdrawn", "consent_given"]),
    "ix_consumer_moved_withdrawn": ("consumer", ["moved", "withdrawn"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
