"""The breach log tab and form, driven as the DPO uses them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import (
    COPENHAGEN,
    BreachDraft,
    BreachKind,
    BreachRole,
    BreachStatus,
    Risk,
)
from dpo_desk.services import breaches
from dpo_desk.ui.breaches.form import BreachDialog
from dpo_desk.ui.breaches.tab import CLOCK_COLUMN, BreachTab
from dpo_desk.ui.table_model import AMBER, RED

NOW = dt.datetime(2026, 10, 26, 9, 0, tzinfo=COPENHAGEN)


def _save(db: Database, title: str, aware: dt.datetime, **kw: object) -> int:
    d = BreachDraft(title=title, aware_at=aware, kinds={BreachKind.CONFIDENTIALITY})
    for key, value in kw.items():
        setattr(d, key, value)
    return breaches.save(db, d, now=NOW)


def _cell(tab: BreachTab, title: str, column: int) -> tuple[str, object]:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data() == title:
            index = tab.proxy.index(row, column)
            return index.data(), index.data(Qt.ItemDataRole.ForegroundRole)
    raise AssertionError(title)


def test_the_clock_column_counts_down_and_turns_amber_then_red(
    db: Database, qtbot: QtBot
) -> None:
    # Aware Friday 23-10-2026 12:00 (summer time); the clocks go back on Sunday 25-10.
    _save(db, "Fejlsendt mail", dt.datetime(2026, 10, 23, 12, 0, tzinfo=COPENHAGEN))
    _save(db, "Hacket konto", dt.datetime(2026, 10, 25, 20, 0, tzinfo=COPENHAGEN))
    _save(db, "Stjålen pc", dt.datetime(2026, 10, 26, 8, 0, tzinfo=COPENHAGEN))
    tab = BreachTab(db, now=lambda: NOW)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3, timeout=5000)
    # Due 26-10 11:00 winter time (72 real hours): 2 hours left at 09:00.
    text, colour = _cell(tab, "Fejlsendt mail", CLOCK_COLUMN)
    assert text == "2 t 00 min tilbage"
    assert colour == AMBER
    text, colour = _cell(tab, "Hacket konto", CLOCK_COLUMN)
    assert text == "59 t 00 min tilbage"
    assert colour is None
    # The nearest deadline sorts first.
    assert tab.proxy.index(0, 0).data() == "Fejlsendt mail"
    late = BreachTab(db, now=lambda: NOW + dt.timedelta(hours=3))
    qtbot.addWidget(late)
    late.show()
    qtbot.waitUntil(lambda: late.proxy.rowCount() == 3, timeout=5000)
    text, colour = _cell(late, "Fejlsendt mail", CLOCK_COLUMN)
    assert text == "Overskredet for 1 t 00 min siden"
    assert colour == RED
    assert "inden for de 72 timer" in late.count_label.text()


def test_a_notified_breach_stops_its_clock_and_a_high_risk_one_asks_for_art34(
    db: Database, qtbot: QtBot
) -> None:
    aware = dt.datetime(2026, 10, 24, 12, 0, tzinfo=COPENHAGEN)
    breach_id = _save(db, "Lækket liste", aware)
    d = breaches.draft(db, breach_id)
    d.status, d.risk, d.risk_reasoning = BreachStatus.ASSESSED, Risk.HIGH, "Helbred"
    breaches.save(db, d, now=NOW)
    d = breaches.draft(db, breach_id)
    d.status, d.notified_at, d.reference = BreachStatus.NOTIFIED, NOW, "2026-1"
    breaches.save(db, d, now=NOW)
    tab = BreachTab(db, now=lambda: NOW)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=5000)
    assert _cell(tab, "Lækket liste", CLOCK_COLUMN)[0] == ""
    status, colour = _cell(tab, "Lækket liste", 6)
    assert "Mangler beslutning efter art. 34" in status
    assert colour == RED


def test_a_breach_is_recorded_through_the_form(db: Database, qtbot: QtBot) -> None:
    dialog = BreachDialog(db, BreachDraft(aware_at=NOW - dt.timedelta(hours=2)), now=lambda: NOW)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Ukrypteret USB-nøgle tabt")
    dialog.save()
    assert dialog.messages.message("kinds") == "Vælg mindst én type brud."
    assert dialog.title_edit.text() == "Ukrypteret USB-nøgle tabt"  # nothing typed is lost
    dialog.kinds.set_checked(BreachKind.CONFIDENTIALITY)
    qtbot.keyClicks(dialog.description, "Nøglen indeholdt 010190-1234")
    dialog.save()
    assert "CPR" in dialog.messages.message("description")
    dialog.description.setPlainText("Nøglen indeholdt en kundeliste")
    dialog.save()
    assert dialog.saved_id is not None
    saved = breaches.draft(db, dialog.saved_id)
    assert saved.title == "Ukrypteret USB-nøgle tabt"
    assert saved.aware_at == NOW - dt.timedelta(hours=2)
    assert saved.role is BreachRole.CONTROLLER


def test_new_and_edit_from_the_tab(db: Database, qtbot: QtBot, monkeypatch) -> None:  # noqa: ANN001
    opened: list[BreachDraft] = []
    monkeypatch.setattr(BreachDialog, "exec", lambda self: opened.append(self._draft) or 0)
    _save(db, "Fejlsendt mail", NOW - dt.timedelta(hours=1))
    tab = BreachTab(db, now=lambda: NOW)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=5000)
    assert not tab.edit_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled() and tab.case_button.isEnabled()
    assert tab.letter_button.isEnabled() and not tab.notice_button.isEnabled()
    tab.new_button.click()
    tab.edit_button.click()
    assert opened[0].id is None and opened[1].title == "Fejlsendt mail"


def test_the_search_finds_a_breach_by_the_authority_s_journal_number(
    demo_db: Database, qtbot: QtBot
) -> None:
    tab = BreachTab(demo_db)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() == 5, timeout=5000)
    tab.search.setText("2026-431-0153")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=5000)
    assert tab.proxy.index(0, 0).data() == "Jobansøgninger tilgængelige via delt link"
