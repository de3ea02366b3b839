"""The audit trail as a person reads it: plain data for the Log tab and the log report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ShownEntry:
    """An audit record as a person reads it (the log view's row, an export's line)."""

    at: dt.datetime
    user_name: str
    action: str
    table: str
    row_id: str
    changes: str
