"""The supervision round dialog and the party form, driven as the DPO does: date cells,
the next due date, the concept and its reason, messages at the fields, limits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.processors import PARTY_LIMITS, PartyDraft
from dpo_desk.services import processors
from dpo_desk.ui.processors.form import PartyDialog
from dpo_desk.ui.processors.round_dialog import RoundDialog

TODAY = dt.date(2026, 11, 25)
CPR = "Kontakt 070761-4285"


def _party(db: Database, name: str) -> int:
    return next(r.id for r in processors.rows(db, today=TODAY) if r.name == name)


@pytest.fixture
def round_dialog(qtbot: QtBot, demo_db: Database) -> RoundDialog:
    dialog = RoundDialog(demo_db, _party(demo_db, "Zitcom"), "Zitcom", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_tabbing_through_an_empty_due_cell_leaves_it_empty(qtbot: QtBot,
                                                           round_dialog: RoundDialog) -> None:
    editor = round_dialog.follow_ups
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "Ny restore-test")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # into the due cell
    qtbot.waitUntil(lambda: editor.view.currentIndex().column() == 1, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # through it, to done
    qtbot.waitUntil(lambda: editor.view.currentIndex().column() == 2, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # and out
    assert editor.rows() == [["Ny restore-test", None, None]]
    round_dialog.save()
    assert round_dialog.isVisible()
    assert "frist" in round_dialog.messages.message("follow_ups")


def test_a_date_chosen_in_a_cell_is_kept(qtbot: QtBot, round_dialog: RoundDialog) -> None:
    editor = round_dialog.follow_ups
    editor.add_row()
    index = editor.model.index(0, 1)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = editor.view.indexWidget(index) or QApplication.focusWidget()
    cell.setDate(QDate(2027, 1, 15))  # type: ignore[union-attr]
    editor.view.commitData(cell)  # type: ignore[arg-type]
    assert editor.rows()[0][1] == dt.date(2027, 1, 15)
    assert editor.model.index(0, 1).data() == "15-01-2027"


def test_the_date_cells_are_wide_enough_to_read(round_dialog: RoundDialog) -> None:
    view = round_dialog.follow_ups.view
    needed = view.fontMetrics().horizontalAdvance("31-12-2026") + 16
    assert view.columnWidth(1) >= needed
    assert view.columnWidth(2) >= needed


def test_the_due_date_follows_the_rounds_date_and_concept(qtbot: QtBot,
                                                          round_dialog: RoundDialog) -> None:
    dialog = round_dialog
    dialog.concept.setCurrentIndex(dialog.concept.findData(1))  # low risk: 36 months
    assert "25-11-2029" in dialog.next_label.text()
    dialog.date.setDate(QDate(2026, 10, 1))
    assert "01-10-2029" in dialog.next_label.text()
    dialog.concept.setCurrentIndex(dialog.concept.findData(6))  # high risk: 12 months
    assert "01-10-2027" in dialog.next_label.text()


def test_another_concept_asks_for_a_reason_at_the_field(qtbot: QtBot, demo_db: Database,
                                                        round_dialog: RoundDialog) -> None:
    dialog = round_dialog
    suggested = dialog.concept.currentData()
    other = 6 if suggested != 6 else 5
    dialog.concept.setCurrentIndex(dialog.concept.findData(other))
    dialog.save()
    assert dialog.isVisible()
    assert f"koncept {suggested}" in dialog.messages.message("concept_reason")
    qtbot.keyClicks(dialog.reason, "Ny platform")
    dialog.save()
    assert not dialog.isVisible()
    kept = processors.rounds(demo_db, _party(demo_db, "Zitcom"))[0]
    assert (kept.concept, kept.suggested_concept, kept.concept_reason) == (
        other, suggested, "Ny platform")


def test_a_cpr_number_in_the_findings_is_refused_at_the_field(qtbot: QtBot,
                                                             round_dialog: RoundDialog) -> None:
    qtbot.keyClicks(round_dialog.findings, CPR)
    round_dialog.save()
    assert "CPR" in round_dialog.messages.message("findings")
    assert round_dialog.findings.toPlainText() == CPR


def test_the_scale_tooltips_mark_the_programs_own_reading(round_dialog: RoundDialog,
                                                          demo_db: Database,
                                                          qtbot: QtBot) -> None:
    dialog = PartyDialog(demo_db, PartyDraft(name="Løndata A/S"), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    lines = dialog.data_subjects.toolTip().splitlines()
    own = "programmets egen læsning"
    assert [own in line for line in lines[1:]] == [False, False, True]
    assert "over 10.000" in lines[3]
    assert own in dialog.third_country.toolTip()
    assert own in round_dialog.concept.toolTip()  # the risk level of each concept


@pytest.fixture
def party_dialog(qtbot: QtBot, demo_db: Database) -> PartyDialog:
    dialog = PartyDialog(demo_db, PartyDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ærø Hosting ApS")
    return dialog


def test_a_cpr_number_in_the_data_description_is_refused_at_the_field(
        qtbot: QtBot, party_dialog: PartyDialog) -> None:
    party_dialog.data_description.setPlainText(CPR)
    party_dialog.save()
    assert party_dialog.isVisible()
    assert "CPR" in party_dialog.messages.message("data_description")
    assert party_dialog.pages.currentIndex() == party_dialog._pages["data_description"]
    assert party_dialog.data_description.toPlainText() == CPR


def test_a_signature_in_the_future_is_refused(qtbot: QtBot, party_dialog: PartyDialog) -> None:
    party_dialog.signed.set_value(TODAY + dt.timedelta(days=3))
    party_dialog.save()
    assert "fremtiden" in party_dialog.messages.message("agreement_signed")


def test_the_fields_hold_no_more_than_their_limit(party_dialog: PartyDialog) -> None:
    for name, widget in (("name", party_dialog.name), ("address", party_dialog.address),
                         ("service", party_dialog.service), ("cvr", party_dialog.cvr),
                         ("notice_period", party_dialog.notice)):
        assert widget.maxLength() == PARTY_LIMITS[name], name


def test_a_vat_number_is_taken_as_the_cvr(qtbot: QtBot, demo_db: Database,
                                          party_dialog: PartyDialog) -> None:
    qtbot.keyClicks(party_dialog.cvr, "DK26224020")
    party_dialog.save()
    assert not party_dialog.isVisible()
    assert processors.draft(demo_db, party_dialog.saved_id).cvr == "26 22 40 20"


def test_the_due_date_follows_the_signature_as_it_changes(party_dialog: PartyDialog) -> None:
    party_dialog.signed.set_value(dt.date(2026, 1, 10))
    assert "10-01-2028" in party_dialog.next_label.text()  # medium risk: 24 months
    party_dialog.signed.edit.setDate(QDate(2026, 2, 1))
    assert "01-02-2028" in party_dialog.next_label.text()


def test_the_agreement_is_chosen_among_pdf_and_office_documents(
        qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def choose(_parent: object, _title: str, _folder: str = "", filters: str = "",
               *args: object) -> tuple[str, str]:
        seen.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    zitcom = processors.draft(demo_db, _party(demo_db, "Zitcom"))
    dialog = PartyDialog(demo_db, zitcom, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.attach_button.click()
    assert seen and seen[0].split(";;")[0].endswith("(*.pdf *.docx *.doc *.odt *.rtf)")


def test_a_follow_up_action_holds_no_more_than_its_limit(qtbot: QtBot,
                                                         round_dialog: RoundDialog) -> None:
    from dpo_desk.domain.processors import FOLLOW_UP_LIMITS

    editor = round_dialog.follow_ups
    editor.add_row()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget().maxLength() == FOLLOW_UP_LIMITS["action"]  # type: ignore[union-attr]
