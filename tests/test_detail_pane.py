"""The detail pane under each register's table: it shows the selected record, and its
links select the linked record in that record's own tab."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings, QUrl
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import COPENHAGEN, BreachDraft, BreachKind
from dpo_desk.services import breaches, register
from dpo_desk.ui.breaches.tab import BreachTab
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.processors.tab import ProcessorTab
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.register.tab import RegisterTab
from dpo_desk.ui.requests.tab import RequestTab

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=COPENHAGEN)


def _breach(db: Database) -> int:
    activity = next(r for r in register.rows(db) if r.name)
    return breaches.save(
        db,
        BreachDraft(
            title="Lønsedler sendt til forkert modtager",
            aware_at=NOW - dt.timedelta(hours=5),
            occurred_from=NOW - dt.timedelta(hours=8),
            activity_ids=[activity.id],
            kinds={next(iter(BreachKind))},
            description="Lønsedler for marts gik til en forkert e-mailadresse.",
        ),
        now=NOW,
    )


def _tab(kind: type[RecordTab], db: Database) -> RecordTab:
    if kind is BreachTab:
        return BreachTab(db, now=lambda: NOW)
    return kind(db, today=lambda: TODAY)  # type: ignore[call-arg]


@pytest.mark.parametrize("kind", [RegisterTab, ProcessorTab, RequestTab, ConsentTab, BreachTab])
def test_the_pane_shows_the_selected_record(
    qtbot: QtBot, demo_db: Database, kind: type[RecordTab]
) -> None:
    _breach(demo_db)
    tab = _tab(kind, demo_db)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    assert tab.detail is not None
    for row in (0, tab.proxy.rowCount() - 1):
        tab.table.selectRow(row)
        name = tab.proxy.index(row, 0).data()
        qtbot.waitUntil(lambda name=name: tab.detail.title == name, timeout=3000)
        assert name in tab.detail.toPlainText()


def test_the_consent_pane_never_shows_the_health_note(qtbot: QtBot, demo_db: Database) -> None:
    from dpo_desk.services import consents

    tab = _tab(ConsentTab, demo_db)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    notes = {r.id: consents.draft(demo_db, r.id).free_text for r in tab.model.rows()}
    assert any(notes.values())
    for row in range(tab.proxy.rowCount()):
        tab.table.selectRow(row)
        shown = tab.detail.toPlainText()
        assert tab.detail.title
        note = notes[tab.selected_id()]
        assert not note or note not in shown


def _links(tab: RecordTab) -> list[tuple[str, int, str]]:
    return [
        (register_name, int(row_id), text)
        for register_name, row_id, text in re.findall(
            r'<a href="record:(\w+)/(\d+)">(?:<span[^>]*>)?([^<]*)', tab.detail.toHtml()
        )
    ]


def _follow_first_link(qtbot: QtBot, window: MainWindow, tab: RecordTab) -> RecordTab:
    links = _links(tab)
    assert links, tab.detail.toHtml()
    register_name, row_id, text = links[0]
    tab.detail.follow(QUrl(f"record:{register_name}/{row_id}"))
    target = window.tabs.currentWidget()
    assert isinstance(target, RecordTab)
    assert target.register_name == register_name
    qtbot.waitUntil(lambda: target.selected_id() == row_id, timeout=3000)
    assert target.detail.title == text.strip()
    return target


def test_following_links_selects_the_linked_record(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    activities = window.tab_of["register"]
    assert isinstance(activities, RegisterTab)
    window.tabs.setCurrentWidget(activities)  # the Overview opens first
    qtbot.waitUntil(lambda: activities.model.total() > 0, timeout=3000)
    with_processor = next(
        r.id for r in activities.model.rows() if register.draft(demo_db, r.id).processor_ids
    )
    activities.select(with_processor)
    party = _follow_first_link(qtbot, window, activities)
    assert isinstance(party, ProcessorTab)
    back = _follow_first_link(qtbot, window, party)  # the party's first activity
    assert isinstance(back, RegisterTab)
