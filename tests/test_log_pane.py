"""The log reads as a list of changes: one line per changed field, "Field: old → new"
with the field's title, and a double-click opens the record in its own tab."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.services import register
from dpo_desk.ui.log_view import LogView
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.register.tab import RegisterTab
from dpo_desk.ui.table_model import ROW_ROLE


def _changed_activity(db: Database) -> int:
    activity_id = register.save(db, ActivityDraft(name="Løn", purposes="Lønudbetaling", owner="HR"))
    saved = register.draft(db, activity_id)
    register.save(
        db, dataclasses.replace(saved, name="Løn og personale", purposes="Lønudbetaling", owner="")
    )
    return activity_id


def _select_update(qtbot: QtBot, view: LogView, activity_id: int) -> int:
    for row in range(view.proxy.rowCount()):
        entry = view.proxy.index(row, 0).data(ROW_ROLE)
        if entry.table_name == "activity" and entry.action == "update":
            view.table.selectRow(row)
            assert entry.row_id == str(activity_id)
            return row
    raise AssertionError("no update of the activity in the log")


def test_each_changed_field_is_a_line_of_its_own(qtbot: QtBot, db: Database) -> None:
    activity_id = _changed_activity(db)
    view = LogView(db)
    qtbot.addWidget(view)
    view.reload()
    _select_update(qtbot, view, activity_id)
    lines = view.detail.toPlainText().splitlines()
    assert "Navn: Løn → Løn og personale" in lines
    assert "Ansvarlig: HR → –" in lines  # a cleared field says so
    assert not any("Formål" in line for line in lines)  # unchanged fields are not listed


def test_a_double_click_opens_the_record(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    activity_id = _changed_activity(db)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    log = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), LogView)
    )
    window.tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: log.model.total() > 0, timeout=3000)
    row = _select_update(qtbot, log, activity_id)
    log.table.doubleClicked.emit(log.proxy.index(row, 0))
    tab = window.tabs.currentWidget()
    assert isinstance(tab, RegisterTab)
    qtbot.waitUntil(lambda: tab.selected_id() == activity_id, timeout=3000)


def test_lists_and_moments_read_as_people_write_them(tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from dpo_desk.services import audit_log
    from dpo_desk.tools.screenshots import example_database

    db = example_database(tmp_path)  # the example organisation and a breach
    try:
        lines = [
            line
            for entry in audit_log.entries(db)
            for line in audit_log.change_lines(entry, QCoreApplication.translate)
        ]
    finally:
        db.close()
    assert not [line for line in lines if '["' in line or "[]" in line]  # no JSON lists
    assert not [line for line in lines if re.search(r"\d{4}-\d\d-\d\dT\d\d", line)]
    assert any(re.search(r"\d\d-\d\d-\d{4} \d\d:\d\d", line) for line in lines)
