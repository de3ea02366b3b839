"""The search box finds a record by any of its text fields, not only by the table's
columns: the owner, a category, a processor, the notes."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.register_models import Activity, Processor
from dpo_desk.db.request_models import SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.record_tab import RecordTab


def _tab(qtbot: QtBot, window: MainWindow, name: str) -> RecordTab:
    for index in range(window.tabs.count()):
        tab = window.tabs.widget(index)
        if type(tab).__name__ == name:
            window.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda tab=tab: tab.model.total() > 0, timeout=3000)
            return tab
    raise AssertionError(name)


def _found(qtbot: QtBot, tab: RecordTab, text: str) -> list[str]:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_search_finds_every_text_field_of_a_record(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    with demo_db.transaction() as session:
        activity = session.scalars(select(Activity).order_by(Activity.id)).first()
        assert activity is not None and activity.data_categories and activity.processors
        activity.owner = "Økonomichef Ærlighed"
        activity.notes = "Gennemgået med revisoren Zeuthen"
        activity.data_categories[0].name = "Fjernvarmemålerdata"
        used = activity.processors[0]
        used.name = "Kvæghøj Hosting"
        register_name = activity.name
        party = session.scalars(
            select(Processor).where(Processor.id != used.id).order_by(Processor.id)
        ).first()
        assert party is not None
        party.notes = "Aftalen genforhandles i Ølgod"
        party.contact_person = "Birthe Bramsnæs"
        party_name = party.name
        request = session.scalars(select(SubjectRequest).order_by(SubjectRequest.id)).first()
        assert request is not None
        request.notes = "Ringede fra Æbeltoft"
        request.contact = "gammel-adresse@example.dk"
        requester = request.requester
        consumer = session.scalars(select(Consumer).order_by(Consumer.id)).first()
        assert consumer is not None
        consumer.meter_number = "MÅLER-778899"
        consumer.alternative_contact = "Datteren Åse"
        consumer.free_text = "Iltapparat om natten"  # health data: opened only on request
        consumer_name = consumer.name

    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    register = _tab(qtbot, window, "RegisterTab")
    for text in ("ØKONOMICHEF ærlighed", "zeuthen", "fjernvarmemålerdata", "kvæghøj"):
        assert register_name in _found(qtbot, register, text), text
    assert _found(qtbot, register, "kvaeghoj") == []  # no letters are folded away

    processors = _tab(qtbot, window, "ProcessorTab")
    processors.status_filter.setCurrentIndex(processors.status_filter.findData(None))
    for text in ("ølgod", "BRAMSNÆS"):
        assert party_name in _found(qtbot, processors, text), text

    requests = _tab(qtbot, window, "RequestTab")
    requests.status_filter.setCurrentIndex(requests.status_filter.findData(None))
    for text in ("æbeltoft", "gammel-adresse"):
        assert requester in _found(qtbot, requests, text), text

    consents = _tab(qtbot, window, "ConsentTab")
    for text in ("måler-7788", "datteren åse"):
        assert consent_name_in(consumer_name, _found(qtbot, consents, text)), text
    assert _found(qtbot, consents, "iltapparat") == []


def consent_name_in(name: str, names: list[str]) -> bool:
    """The consumer is among those found."""
    return name in names
