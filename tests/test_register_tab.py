"""The register tab and form, driven as the DPO would drive them."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ModalAnswerer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft, Role, Status
from dpo_desk.services import catalogue, register
from dpo_desk.ui.register.form import ActivityDialog
from dpo_desk.ui.register.tab import RegisterTab
from dpo_desk.ui.table_model import RED

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> RegisterTab:
    widget = RegisterTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(tab: RegisterTab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_the_table_model_passes_qts_model_tester(tab: RegisterTab,
                                                 qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_the_tab_shows_the_example_in_danish_order(tab: RegisterTab) -> None:
    assert tab.proxy.rowCount() == 6
    names = _names(tab)
    assert names[0] == "Helbredsoplysninger om sårbare forbrugere"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Navn"


def test_danish_names_sort_after_z(tab: RegisterTab, demo_db: Database) -> None:
    for name in ("Ærø-kunder", "Zone-data", "Øvrige henvendelser", "Aarhus-projektet"):
        register.save(demo_db, ActivityDraft(name=name))
    tab.reload()
    tail = _names(tab)[-4:]
    assert tail == ["Zone-data", "Ærø-kunder", "Øvrige henvendelser", "Aarhus-projektet"]


def test_search_filters_every_column_as_one_types(qtbot: QtBot, tab: RegisterTab) -> None:
    qtbot.keyClicks(tab.search, "usa")
    assert _names(tab) == ["Nyhedsbrev"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "MÅLERDATA")  # no column shows categories: nothing
    assert _names(tab) == []
    tab.search.clear()
    qtbot.keyClicks(tab.search, "SÅRBARE")
    assert _names(tab) == ["Helbredsoplysninger om sårbare forbrugere"]
    assert tab.count_label.text().startswith("1 af 6")


def test_the_filters(tab: RegisterTab) -> None:
    tab.role_filter.setCurrentIndex(tab.role_filter.findData(Role.PROCESSOR))
    assert len(_names(tab)) == 3
    tab.role_filter.setCurrentIndex(0)
    tab.special_filter.setChecked(True)
    assert _names(tab) == ["Helbredsoplysninger om sårbare forbrugere"]
    tab.special_filter.setChecked(False)
    tab.transfer_filter.setChecked(True)
    assert _names(tab) == ["Nyhedsbrev"]
    tab.transfer_filter.setChecked(False)
    tab.overdue_filter.setChecked(True)
    assert sorted(_names(tab)) == ["Måleraflæsning og driftsoptimering for fjernvarmeværker",
                                   "Supportkontakt pr. telefon"]
    tab.overdue_filter.setChecked(False)
    tab.basis_filter.setCurrentIndex(tab.basis_filter.findData("6.1.a"))
    assert sorted(_names(tab)) == ["Helbredsoplysninger om sårbare forbrugere", "Nyhedsbrev"]


def test_retired_activities_are_hidden_until_asked_for(tab: RegisterTab,
                                                      demo_db: Database) -> None:
    register.retire(demo_db, register.rows(demo_db)[0].id)
    tab.reload()
    assert tab.proxy.rowCount() == 5
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(Status.RETIRED))
    assert tab.proxy.rowCount() == 1


def test_an_overdue_review_is_red(tab: RegisterTab) -> None:
    column = 6
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, column)
        item = index.data(Qt.ItemDataRole.UserRole + 1)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if item.next_review < TODAY:
            assert brush is not None and brush.color() == RED
        else:
            assert brush is None


def test_sorting_by_next_review_uses_dates(tab: RegisterTab) -> None:
    tab.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    dates = [tab.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).next_review
             for r in range(tab.proxy.rowCount())]
    assert dates == sorted(dates)
    assert _names(tab)[0] == "Supportkontakt pr. telefon"  # 01-06-2026


def test_ctrl_n_opens_a_new_form_and_saving_adds_the_row(qtbot: QtBot, tab: RegisterTab,
                                                          modal: ModalAnswerer) -> None:
    def fill(dialog: ActivityDialog) -> None:
        qtbot.keyClicks(dialog.name, "Æblemost-kampagne")
        dialog.legal_bases.set_checked("6.1.f")
        dialog.status.setCurrentIndex(dialog.status.findData(Status.ACTIVE))
        dialog.save()
        if dialog.isVisible():  # refused: close it so the test fails instead of hanging
            dialog.done(0)

    opened = modal.answer(fill, kind=ActivityDialog)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["ActivityDialog"]
    assert "Æblemost-kampagne" in _names(tab)
    assert tab.proxy.index(tab.table.selectionModel().selectedRows()[0].row(), 0).data() == \
        "Æblemost-kampagne"


def test_enter_edits_the_selected_activity(qtbot: QtBot, tab: RegisterTab,
                                           modal: ModalAnswerer) -> None:
    seen: list[str] = []

    def look(dialog: ActivityDialog) -> None:
        seen.append(dialog.name.text())
        dialog.done(0)

    tab.table.selectRow(0)
    tab.table.setFocus()
    modal.answer(look, kind=ActivityDialog)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert seen == [_names(tab)[0]]


def test_delete_retires_after_confirmation(qtbot: QtBot, tab: RegisterTab,
                                           monkeypatch: pytest.MonkeyPatch,
                                           demo_db: Database) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.table.selectRow(0)
    name = _names(tab)[0]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert name not in _names(tab)  # hidden: the default filter leaves out retired ones
    assert any(r.name == name and r.status is Status.RETIRED for r in register.rows(demo_db))


def test_ctrl_f_focuses_the_search(qtbot: QtBot, tab: RegisterTab) -> None:
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()


def _health_id(db: Database) -> int:
    return next(e.id for e in catalogue.entries(db, "data_category")
                if e.name == "Helbredsoplysninger")


def test_the_form_shows_a_missing_art9_basis_at_the_field_and_keeps_the_input(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Varsling af sårbare")
    qtbot.keyClicks(dialog.purposes, "Varsle før afbrydelse")
    dialog.legal_bases.set_checked("6.1.b")
    dialog.data_categories.set_checked(_health_id(demo_db))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "art. 9" in dialog.messages.message("legal_bases").lower()
    assert dialog.pages.currentIndex() == dialog._pages["legal_bases"]
    assert dialog.name.text() == "Varsling af sårbare"
    assert dialog.purposes.toPlainText() == "Varsle før afbrydelse"
    assert dialog.data_categories.checked() == [_health_id(demo_db)]
    assert all(r.name != "Varsling af sårbare" for r in register.rows(demo_db))


def test_the_form_refuses_a_transfer_without_safeguard(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(name="Analyse"))
    qtbot.addWidget(dialog)
    dialog.transfers.set_rows([["Indien", "Udvikler", None, None, ""]])
    dialog.save()
    assert "Indien" in dialog.messages.message("transfers")


def test_the_form_refuses_consent_without_a_note(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(name="Konkurrence"))
    qtbot.addWidget(dialog)
    dialog.legal_bases.set_checked("6.1.a")
    dialog.save()
    assert dialog.messages.message("consent_note")


def test_the_form_refuses_a_review_order(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(name="Løn"))
    qtbot.addWidget(dialog)
    dialog.last_reviewed.set_value(dt.date(2026, 5, 1))
    dialog.next_review.set_value(dt.date(2026, 1, 1))
    dialog.save()
    assert dialog.messages.message("next_review")


def test_an_edited_form_asks_before_closing(qtbot: QtBot, demo_db: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    activity = register.rows(demo_db)[0]
    dialog = ActivityDialog(demo_db, register.draft(demo_db, activity.id))
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[bool] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.reject()
    assert not asked and not dialog.isVisible()  # unchanged: closes without asking
    dialog.show()
    qtbot.keyClicks(dialog.owner, " (ny)")
    dialog.reject()
    assert asked and dialog.isVisible()


def test_an_unchanged_existing_activity_round_trips_through_the_form(
    qtbot: QtBot, demo_db: Database
) -> None:
    for row in register.rows(demo_db):
        original = register.draft(demo_db, row.id)
        dialog = ActivityDialog(demo_db, original)
        qtbot.addWidget(dialog)
        assert dialog.draft() == original


def test_duplicate_opens_a_copy(qtbot: QtBot, tab: RegisterTab, modal: ModalAnswerer) -> None:
    seen: list[str] = []

    def look(dialog: ActivityDialog) -> None:
        seen.append(dialog.name.text())
        dialog.done(0)

    tab.table.selectRow(0)
    modal.answer(look, kind=ActivityDialog)
    tab.duplicate_selected()
    assert seen == [f"{_names(tab)[0]} (kopi)"]


def test_the_deletion_calendar_dialog(qtbot: QtBot, demo_db: Database) -> None:
    from dpo_desk.ui.register.calendar import DeletionCalendarDialog

    dialog = DeletionCalendarDialog(demo_db, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    first = [dialog.table.model().index(0, c).data() for c in range(3)]
    assert first[0] == "01-01-2027"
    assert first[2] == "01-01-2021 – 31-12-2021"
    assert dialog.model.rowCount() == 4 * 3  # four activities with a rule, three batches each


def test_a_sort_survives_new_rows_and_keeps_the_selection(qtbot: QtBot, tab: RegisterTab,
                                                          demo_db: Database) -> None:
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(tab)[0] == "Supportkontakt pr. telefon"
    tab.select(next(r.id for r in register.rows(demo_db) if r.name == "Nyhedsbrev"))
    tab.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # by next review
    selected = tab.table.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["Nyhedsbrev"]
    register.save(demo_db, ActivityDraft(name="Åbningstider", next_review=dt.date(2026, 1, 1)))
    tab.reload()
    assert _names(tab)[0] == "Åbningstider"  # the sort by date still holds
