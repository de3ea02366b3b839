"""The shape of the titles (domain/titles.py): a table's title and its fields', and a
register's tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    """A table's title and the titles of its fields (columns and logged links)."""

    title: str
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Register:
    """A register's title, its tables, and its internal tables (-> the table they are
    counted under, or None when left out)."""

    title: str
    tables: Mapping[str, Table]
    internal: Mapping[str, str | None] = field(default_factory=dict)
