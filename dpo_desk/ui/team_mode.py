"""Who the window is connected as, and editing switched off for a login that may only
read: what a member of a team sharing a PostgreSQL database sees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from dpo_desk.db.session import Database


def connection_text(db: Database) -> str | None:
    """"Connected as <login> to <database>" for a server database, else None."""
    if db.path is not None:
        return None
    text = (
        QCoreApplication.translate("TeamMode", "Connected as %1 to %2 (read only)")
        if db.read_only
        else QCoreApplication.translate("TeamMode", "Connected as %1 to %2")
    )
    return text.replace("%1", db.login).replace("%2", db.display_name)


def apply(db: Database, *, label: QLabel, tabs: list[QWidget], writing: list[object]) -> None:
    """Show the login in `label` (a server database), and switch editing off in the
    tabs and the window's writing actions when the login may only read."""
    from dpo_desk.ui.record_tab import RecordTab

    shown = connection_text(db)
    if shown is not None:
        label.setText(shown)
    read_only = db.read_only
    for tab in tabs:
        if isinstance(tab, RecordTab):
            tab.set_read_only(read_only)
    for action in writing:
        action.setEnabled(not read_only)  # type: ignore[attr-defined]
