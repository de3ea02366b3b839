"""What the user calls each table of the database (the log view and the reports)."""

from __future__ import annotations

from dpo_desk.domain.text import QT_TRANSLATE_NOOP

# Tables the user works with, in the order reports list them; a register adds its own.
TABLE_TITLES: dict[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("Tables", "Organisation"),
    "audit_record": QT_TRANSLATE_NOOP("Tables", "Audit trail"),
}

# Bookkeeping tables that reports leave out.
INTERNAL_TABLES = frozenset({"audit_head", "app_setting", "alembic_version"})
