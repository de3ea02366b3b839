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
    assert tab.proxy.rowCount() == 7  # six in use and the recruitment draft
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
    qtbot.keyClicks(tab.search, "MÅLERDATA")  # a data category: no column shows it
    assert _names(tab) == ["Måleraflæsning og driftsoptimering for fjernvarmeværker"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "SÅRBARE")
    assert _names(tab) == ["Helbredsoplysninger om sårbare forbrugere"]
    assert tab.count_label.text().startswith("1 af 7")


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
    assert tab.proxy.rowCount() == 6
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(Status.RETIRED))
    assert tab.proxy.rowCount() == 1


def test_an_overdue_review_is_red(tab: RegisterTab) -> None:
    column = 6
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, column)
        item = index.data(Qt.ItemDataRole.UserRole + 1)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if item.next_review is not None and item.next_review < TODAY:
            assert brush is not None and brush.color() == RED
        else:
            assert brush is None


def test_sorting_by_next_review_uses_dates(tab: RegisterTab) -> None:
    tab.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    dates = [tab.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).next_review
             for r in range(tab.proxy.rowCount())]
    # The draft without a review date yet goes last.
    assert dates[:-1] == sorted(d for d in dates if d is not None) and dates[-1] is None
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


FREE_TEXT_FIELDS = (
    "name", "purposes", "owner", "source", "joint_controller", "representative",
    "consent_note", "retention_text", "measures_text", "automated_description",
    "dpia_outcome", "notes",
)


def _save(qtbot: QtBot, dialog: ActivityDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_cpr_number_typed_into_any_text_field_is_refused_at_that_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    typed = "Tjekket 010190-1234"
    for name in FREE_TEXT_FIELDS:
        qtbot.keyClicks(getattr(dialog, name), typed)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    for name in FREE_TEXT_FIELDS:
        assert dialog.messages.message(name).startswith("Teksten ligner et CPR-nummer"), name
        widget = getattr(dialog, name)
        text = widget.text() if hasattr(widget, "text") else widget.toPlainText()
        assert text == typed, name  # nothing typed is lost
    assert len(register.rows(demo_db)) == 7


def test_one_line_fields_stop_at_the_columns_length(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert (dialog.name.maxLength(), dialog.source.maxLength(), dialog.owner.maxLength(),
            dialog.joint_controller.maxLength()) == (200, 1000, 200, 500)


def test_a_last_review_in_the_future_is_refused_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    early = dt.date(2026, 3, 1)  # the form's "today", not the clock's
    dialog = ActivityDialog(demo_db, ActivityDraft(name="Løn"), today=lambda: early)
    qtbot.addWidget(dialog)
    dialog.last_reviewed.set_value(dt.date(2026, 6, 1))
    dialog.save()
    assert dialog.messages.message("last_reviewed") == "Datoen kan ikke ligge i fremtiden."
    assert dialog.pages.currentIndex() == dialog._pages["last_reviewed"]
    dialog.last_reviewed.set_value(early)
    _save(qtbot, dialog)
    assert dialog.saved_id is not None


def test_the_form_ties_data_to_each_subject(qtbot: QtBot, demo_db: Database) -> None:
    subjects = {e.name: e.id for e in catalogue.entries(demo_db, "data_subject")}
    data = {e.name: e.id for e in catalogue.entries(demo_db, "data_category")}
    staff, suppliers = subjects["Kunders medarbejdere"], subjects["Leverandørers kontaktpersoner"]
    dialog = ActivityDialog(demo_db, ActivityDraft(name="Support"), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    for subject in (staff, suppliers):
        dialog.data_subjects.set_checked(subject)
    for name in ("Navn", "Telefonnummer"):
        dialog.data_categories.set_checked(data[name])
    grid = dialog.subject_data.model
    assert (grid.rowCount(), grid.columnCount()) == (2, 2)
    view = dialog.subject_data.view  # what the user sees follows the model
    assert (view.verticalHeader().count(), view.horizontalHeader().count()) == (2, 2)
    assert view.model().headerData(1, Qt.Orientation.Horizontal) == "Telefonnummer"
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Kunders medarbejdere"
    assert all(grid.item(r, c).checkState() == Qt.CheckState.Checked
               for r in range(2) for c in range(2))  # all to all: nothing asked
    dialog.subject_data.set_checked(suppliers, data["Telefonnummer"], False)
    dialog.data_categories.set_checked(data["E-mailadresse"])  # a new column, ticked
    assert grid.columnCount() == 3
    assert grid.item(1, 1).checkState() == Qt.CheckState.Unchecked  # the untick is kept
    _save(qtbot, dialog)
    assert dialog.saved_id is not None
    assert register.draft(demo_db, dialog.saved_id).subject_data == {
        staff: [data["Navn"], data["Telefonnummer"], data["E-mailadresse"]],
        suppliers: [data["Navn"], data["E-mailadresse"]],
    }
    again = ActivityDialog(demo_db, register.draft(demo_db, dialog.saved_id),
                           today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.subject_data.model.item(1, 1).checkState() == Qt.CheckState.Unchecked


def test_the_form_marks_each_kind_and_names_cpr_once(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    labels = [dialog.data_categories.list.item(i).text()
              for i in range(dialog.data_categories.list.count())]
    assert "CPR-nummer (dbl. § 11)" in labels
    assert "Helbredsoplysninger (art. 9)" in labels
    assert "Strafbare forhold (art. 10)" in labels
    assert not any("(CPR-nummer)" in label for label in labels)


def test_the_grounds_of_dbl11_carry_the_law_as_their_tooltip(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    items = {dialog.legal_bases.list.item(i).data(Qt.ItemDataRole.UserRole):
             dialog.legal_bases.list.item(i) for i in range(dialog.legal_bases.list.count())}
    assert "dbl.11" not in items  # no paragraph: not offered
    assert items["dbl.11.2.3"].text() == (
        "Databeskyttelsesloven § 11, stk. 2, nr. 3 – forskning, statistik eller videregivelse")
    assert items["dbl.11.2.3"].toolTip().startswith(
        "Databeskyttelsesloven § 11, stk. 2, nr. 3: Private må behandle oplysninger om "
        "personnummer, når behandlingen alene finder sted til videnskabelige")
    assert "programmets eget sammendrag" not in items["dbl.11.2.2"].toolTip()
    assert "programmets eget sammendrag" in items["dbl.8"].toolTip()


def test_an_old_record_keeps_its_retired_ground_in_view(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft(name="Løn", legal_bases=["6.1.c", "dbl.11"]),
                            today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.draft().legal_bases == ["6.1.c", "dbl.11"]


def _kind_activity(db: Database, name: str, category: str, ground: str) -> None:
    data = {e.name: e.id for e in catalogue.entries(db, "data_category")}
    register.save(db, ActivityDraft(name=name, legal_bases=["6.1.c", ground],
                                    data_category_ids=[data["Navn"], data[category]]),
                  today=TODAY)


def test_each_kind_of_data_has_its_own_marker_and_filter(tab: RegisterTab,
                                                         demo_db: Database) -> None:
    _kind_activity(demo_db, "Lønindberetning", "CPR-nummer", "dbl.11.2.1")
    _kind_activity(demo_db, "Whistleblowerordning", "Strafbare forhold", "dbl.8")
    tab.reload()
    kinds = {tab.proxy.index(r, 0).data(): tab.proxy.index(r, 4).data()
             for r in range(tab.proxy.rowCount())}
    assert tab.model.headerData(4, Qt.Orientation.Horizontal) == "Art. 9 / 10 / CPR"
    assert kinds["Helbredsoplysninger om sårbare forbrugere"] == "art. 9"
    assert kinds["Lønindberetning"] == "dbl. § 11"
    assert kinds["Whistleblowerordning"] == "art. 10"
    assert kinds["Nyhedsbrev"] == ""
    for box, expected in ((tab.special_filter, "Helbredsoplysninger om sårbare forbrugere"),
                          (tab.criminal_filter, "Whistleblowerordning"),
                          (tab.cpr_filter, "Lønindberetning")):
        box.setChecked(True)
        assert _names(tab) == [expected], box.text()
        box.setChecked(False)
    assert tab.cpr_filter.text() == "CPR-numre"


def test_missing_information_lists_what_art30_lacks(tab: RegisterTab, demo_db: Database) -> None:
    tab.missing_filter.setChecked(True)
    assert _names(tab) == ["Rekruttering og jobansøgninger"]  # the rest is complete
    register.save(demo_db, ActivityDraft(name="Kantineordning", purposes="Frokost",
                                         measures_text="Adgangsstyring"), today=TODAY)
    tab.reload()
    assert tab.missing_filter.text() == "Mangler oplysninger"
    assert _names(tab) == ["Kantineordning", "Rekruttering og jobansøgninger"]
    last = tab.proxy.columnCount() - 1
    cell = tab.proxy.index(0, last)
    assert cell.data() == ("kategorier af registrerede, kategorier af personoplysninger, "
                           "tidsfrist for sletning")
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == RED
