"""What the user calls each table of the database (kept for the callers that only need
table titles; the titles themselves live in `domain/titles.py`, per register)."""

from __future__ import annotations

from dpo_desk.domain.titles import INTERNAL_TABLES as _INTERNAL
from dpo_desk.domain.titles import TABLES

# Tables the user works with, in the order reports list them.
TABLE_TITLES: dict[str, str] = {name: table.title for name, table in TABLES.items()}

# Tables that reports leave out or count under another table.
INTERNAL_TABLES = frozenset(_INTERNAL)
