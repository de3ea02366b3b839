"""File → Restore lists each backup with its moment whole and its occasion in Danish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db import backup
from dpo_desk.db.session import Database
from dpo_desk.ui.restore_dialog import RestoreDialog


def test_backups_show_their_occasion_in_danish_and_their_moment_whole(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "dpo-desk.sqlite"  # a hyphen in the name, as the default file has
    Database.open(path).close()
    for day, reason in ((1, "start"), (2, "before-restore"), (3, "before-migration")):
        backup.make(path, reason=reason, now=dt.datetime(2026, 11, day, 9, 30))
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    proxy = dialog.table.model()
    shown = [(proxy.index(r, 0).data(), proxy.index(r, 1).data()) for r in range(3)]
    assert shown == [
        ("03-11-2026 09:30", "før opdatering af databasen"),
        ("02-11-2026 09:30", "før gendannelse"),
        ("01-11-2026 09:30", "ved start"),
    ]
    needed = dialog.table.fontMetrics().horizontalAdvance("03-11-2026 09:30")
    assert dialog.table.columnWidth(0) > needed
    assert proxy.headerData(1, Qt.Orientation.Horizontal) == "Anledning"
