"""overview: indexes that let the overview count and pick its requests in SQL

Revision ID: 0015
Revises: 0013
Create Date: 2026-11-26

The overview lists the open requests by deadline, the identity checks waiting and the
extensions not yet told, and counts the rest. On 100,000 requests each of these read
every row's page; these indexes hold what the queries test, so the counts are read from
the index alone and the first lines are picked in the index's order.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_subject_request_status_deadline": ["status", "deadline"],
    "ix_subject_request_identity_waiting": [
        "identity_needed",
        "identity_checked",
        "deadline",
        "status",
    ],
    "ix_subject_request_extension_untold": ["extended", "extension_told", "received", "status"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "subject_request", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="subject_request")
