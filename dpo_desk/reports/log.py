"""The log (audit trail) as a report: every record in the reader's words, as the Log tab
shows it (services/audit_log.py `shown`)."""

from __future__ import annotations

from collections.abc import Sequence

from dpo_desk.domain.audit import ShownEntry
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Column, Kind, Report, Table


def build(details: OrganisationDetails, entries: Sequence[ShownEntry]) -> Report:
    """The log, newest first."""
    return Report(
        title=translate("LogReport", "Log of changes"),
        organisation=details.name,
        landscape=True,  # wide rows: a change is read on one or two lines, not ten
        blocks=[
            Table(
                translate("LogReport", "Log"),
                [
                    Column(translate("LogView", "Time"), Kind.MOMENT, width=1.3),
                    Column(translate("LogView", "User"), width=1),
                    Column(translate("LogView", "Action"), width=1),
                    Column(translate("LogView", "Table"), width=1.5),
                    Column(translate("LogView", "Row"), width=0.6),
                    Column(translate("LogView", "Changes"), width=4),
                ],
                [(e.at, e.user_name, e.action, e.table, e.row_id, e.changes) for e in entries],
            )
        ],
    )
