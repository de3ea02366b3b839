"""The processor tab and its dialogs, driven as the DPO would."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ModalAnswerer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.processors import Direction, PartyDraft, RiskLevel
from dpo_desk.services import processors
from dpo_desk.ui.processors.form import PartyDialog
from dpo_desk.ui.processors.round_dialog import RoundDialog
from dpo_desk.ui.processors.tab import ProcessorTab
from dpo_desk.ui.table_model import AMBER, RED

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> ProcessorTab:
    widget = ProcessorTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(tab: ProcessorTab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def _select(tab: ProcessorTab, name: str) -> None:
    tab.table.selectRow(_names(tab).index(name))


def test_the_model_passes_qts_model_tester(tab: ProcessorTab,
                                           qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(tab.model)


def test_overdue_supervision_sorts_first_and_is_red_soon_is_amber(tab: ProcessorTab) -> None:
    assert _names(tab)[:2] == ["Global Connect", "Obiss"]
    column = 5
    assert tab.proxy.index(0, column).data(Qt.ItemDataRole.ForegroundRole).color() == RED
    logiva = _names(tab).index("Logiva")  # due 01-12-2026: within 30 days
    assert tab.proxy.index(logiva, column).data(Qt.ItemDataRole.ForegroundRole).color() == AMBER
    zitcom = _names(tab).index("Zitcom")
    assert tab.proxy.index(zitcom, column).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.model.headerData(column, Qt.Orientation.Horizontal) == "Næste tilsyn"


def test_the_filters(qtbot: QtBot, tab: ProcessorTab) -> None:
    tab.overdue_filter.setChecked(True)
    assert sorted(_names(tab)) == ["Global Connect", "Obiss"]
    tab.overdue_filter.setChecked(False)
    tab.third_filter.setChecked(True)
    assert _names(tab) == ["Mailchimp"]
    tab.third_filter.setChecked(False)
    tab.direction_filter.setCurrentIndex(tab.direction_filter.findData(
        Direction.WE_ARE_PROCESSOR))
    assert sorted(_names(tab)) == ["Almind Fjernvarme", "Egtved Varmeværk A.m.b.a."]
    tab.direction_filter.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "måler")
    # the service, which no column shows (example.json: Logiva, Obiss, Egtved, and the
    # developer who fixes faults in the meter data system)
    assert sorted(_names(tab)) == ["Egtved Varmeværk A.m.b.a.", "Kode & Drift ApS", "Logiva",
                                   "Obiss"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "MAIL")
    assert sorted(_names(tab)) == ["Fusemail", "Mailchimp"]


def test_agreement_missing_filter(tab: ProcessorTab, demo_db: Database) -> None:
    processors.save(demo_db, PartyDraft(name="Nyt Økonomisystem ApS"))
    tab.reload()
    tab.missing_filter.setChecked(True)
    # The example's developer has none yet either.
    assert _names(tab) == ["Kode & Drift ApS", "Nyt Økonomisystem ApS"]


def test_a_new_supervision_round_in_two_clicks(qtbot: QtBot, tab: ProcessorTab,
                                               demo_db: Database, modal: ModalAnswerer) -> None:
    _select(tab, "Global Connect")

    methods: list[str] = []

    def click_save(dialog: RoundDialog) -> None:
        methods.append(dialog.method.currentText())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused: close it so the test fails instead of hanging
            dialog.done(0)

    opened = modal.answer(click_save, kind=RoundDialog)
    qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)  # click 1 (click 2: Save)
    assert opened == ["RoundDialog"]
    assert methods == ["Skriftligt spørgeskema"]  # the last method
    rounds = processors.rounds(demo_db, tab.selected().id)  # type: ignore[union-attr]
    assert rounds[0].date == TODAY
    assert "Global Connect" not in _names(tab)[:1]
    row = next(r for r in processors.rows(demo_db, today=TODAY) if r.name == "Global Connect")
    assert row.next_supervision == dt.date(2029, 11, 25)  # low risk: 36 months


def test_deleting_a_processor_in_use_names_the_activities(qtbot: QtBot, tab: ProcessorTab,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _select(tab, "Mailchimp")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    tab.delete_selected()
    assert shown and "Nyhedsbrev" in shown[0] and "kan ikke slettes" in shown[0]
    assert "Mailchimp" in _names(tab)


def test_the_form_shows_an_invalid_cvr_at_the_field(qtbot: QtBot, demo_db: Database) -> None:
    dialog = PartyDialog(demo_db, PartyDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ærø Hosting ApS")
    qtbot.keyClicks(dialog.cvr, "12345678")
    dialog.save()
    assert dialog.isVisible()
    assert "kontrolcifferet" in dialog.messages.message("cvr")
    assert dialog.name.text() == "Ærø Hosting ApS" and dialog.cvr.text() == "12345678"


def test_the_form_refuses_a_third_country_without_tool(qtbot: QtBot, demo_db: Database) -> None:
    dialog = PartyDialog(demo_db, PartyDraft(name="Cloud Inc."), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.country.setText("US")
    dialog.save()
    assert "US" in dialog.messages.message("transfers")
    assert dialog.pages.currentIndex() == dialog._pages["transfers"]


def test_the_form_suggests_a_concept_and_a_risk(qtbot: QtBot, demo_db: Database) -> None:
    dialog = PartyDialog(demo_db, PartyDraft(name="Løndata A/S"), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.data_subjects.setValue(60_000)
    dialog.special_categories.setChecked(True)
    dialog.special_nature.setChecked(True)
    assert "7 point" in dialog.scoring_label.text()
    assert "koncept 5" in dialog.scoring_label.text()
    dialog.use_suggestion.click()
    assert dialog.risk.currentData() is RiskLevel.HIGH


def test_an_unchanged_party_round_trips_through_the_form(qtbot: QtBot,
                                                         demo_db: Database) -> None:
    for row in processors.rows(demo_db, today=TODAY):
        original = processors.draft(demo_db, row.id)
        dialog = PartyDialog(demo_db, original, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        assert dialog.draft() == original, row.name
