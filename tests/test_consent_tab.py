"""The consents tab and its dialogs, and the consent reports read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import ConsentState, ConsumerDraft
from dpo_desk.domain.text import format_date
from dpo_desk.services import consents
from dpo_desk.services.export import export
from dpo_desk.ui.consents.dialogs import ConsumerDialog, WithdrawDialog
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.consents.warning_list import WarningListDialog

TODAY = dt.date.today()  # the example's consent dates are relative to the day it is loaded


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _all_cells(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    return " ".join(str(v) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True)
                    for v in row if v is not None)


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> ConsentTab:
    widget = ConsentTab(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget



def _produce(qtbot: QtBot, dialog: WarningListDialog, out: Path, fmt: str) -> bool:
    """Write the list (in the background) and wait for it; True when written."""
    task = dialog.produce(out, fmt)
    qtbot.waitUntil(lambda: task.ok is not None, timeout=20000)
    return bool(task.ok)

def test_the_tab_shows_names_and_categories_never_notes(tab: ConsentTab) -> None:
    assert tab.model.total() == 20
    shown = " ".join(str(tab.proxy.index(r, c).data()) for r in range(tab.proxy.rowCount())
                     for c in range(tab.proxy.columnCount()))
    assert "Afhængig af eldrevet medicinsk udstyr" in shown
    assert "Iltkoncentrator" not in shown
    from PySide6.QtCore import Qt

    assert tab.model.headerData(5, Qt.Orientation.Horizontal) == "Status"


def test_the_filters(tab: ConsentTab) -> None:
    tab.state_filter.setCurrentIndex(tab.state_filter.findData(ConsentState.WITHDRAWN))
    assert tab.proxy.rowCount() == 3
    tab.state_filter.setCurrentIndex(0)
    tab.postal_filter.setText("6051")
    assert tab.proxy.rowCount() == 4
    assert all(tab.proxy.index(r, 1).data().endswith("6051 Almind")
               for r in range(tab.proxy.rowCount()))
    tab.postal_filter.clear()
    tab.utility_filter.setCurrentIndex(tab.utility_filter.findData("Almind Fjernvarme"))
    assert all(tab.proxy.index(r, 2).data() == "Almind Fjernvarme"
               for r in range(tab.proxy.rowCount()))


def test_the_note_opens_only_on_request_and_the_opening_is_logged(
    qtbot: QtBot, demo_db: Database
) -> None:
    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name.startswith("Else"))
    dialog = ConsumerDialog(demo_db, consents.draft(demo_db, row.id))
    qtbot.addWidget(dialog)
    assert dialog.free_text.toPlainText() == "" and not dialog.free_text.isEnabled()
    dialog.reveal()
    assert dialog.free_text.toPlainText() == "Iltkoncentrator om natten"
    with demo_db.reading() as session:
        assert session.scalars(select(AuditRecord).where(
            AuditRecord.action == "opened")).all()


def test_health_details_without_consent_are_refused_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ConsumerDialog(demo_db, ConsumerDraft())
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("Ny Forbruger")
    dialog.edits["postal_code"].setText("6040")
    dialog.category.setCurrentIndex(1)
    dialog.save()
    assert "skriftligt samtykke" in dialog.messages.message("category")
    assert dialog.edits["name"].text() == "Ny Forbruger"


def test_withdrawal_in_one_step(qtbot: QtBot, demo_db: Database) -> None:
    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name.startswith("Else"))
    dialog = WithdrawDialog(demo_db, row.id, row.name)
    qtbot.addWidget(dialog)
    dialog.how.setText("Brev til værket")
    dialog.withdraw()
    back = consents.draft(demo_db, row.id)
    assert back.withdrawn == TODAY and back.free_text == "" and back.category_id is None


def test_the_call_sheet_pdf_and_excel(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    version = consents.consent_texts(demo_db)[0][0]
    for name, given in (("Uden Samtykke", None), ("Trak Tilbage", dt.date(2025, 3, 1))):
        consumer = consents.save(demo_db, ConsumerDraft(
            name=name, street="Ågade", house_number="3", postal_code="6040", city="Egtved",
            utility="Egtved Varmeværk A.m.b.a.", consent_given=given,
            consent_text_id=version if given else None), today=dt.date(2025, 3, 1))
        if given:
            consents.withdraw(demo_db, consumer, on=dt.date(2025, 6, 1), how="brev",
                              today=dt.date(2025, 6, 1))
    dialog = WarningListDialog(demo_db, ["Egtved Varmeværk A.m.b.a.", "Almind Fjernvarme"])
    qtbot.addWidget(dialog)
    dialog.title.setText("Ledningsbrud Egtved")
    dialog.postal_codes.setText("6040")
    pdf, xlsx = tmp_path / "liste.pdf", tmp_path / "liste.xlsx"
    assert _produce(qtbot, dialog, pdf, "pdf") and _produce(qtbot, dialog, xlsx, "xlsx")
    # the example's consumers in 6040 with a consent in force, written out
    expected = ["Bent Sørensen", "Erik Sørensen", "Karen Mølgaard", "Søs Mølgaard"]
    text, cells = _text(pdf), _all_cells(xlsx)
    assert "Opkaldsliste før en afbrydelse" in text and "Varslet kl. / af" in text
    assert all(name in text and name in cells for name in expected)
    assert dialog.named == len(expected)
    for left_out in ("Uden Samtykke", "Trak Tilbage", "Else Ærbø"):  # Else lives in 6000
        assert left_out not in text and left_out not in cells
    assert "Iltkoncentrator" not in text + cells  # notes only when asked for


def test_an_empty_area_is_refused_at_the_field(qtbot: QtBot, demo_db: Database,
                                               tmp_path: Path) -> None:
    dialog = WarningListDialog(demo_db, [])
    qtbot.addWidget(dialog)
    assert not _produce(qtbot, dialog, tmp_path / "x.pdf", "pdf")
    assert "ikke “alle”" in dialog.messages.message("area")
    assert not (tmp_path / "x.pdf").exists()


def test_management_exports_never_hold_health_notes(demo_db: Database, tmp_path: Path) -> None:
    xlsx, pdf = tmp_path / "c.xlsx", tmp_path / "c.pdf"
    list(export(demo_db, report="consents", fmt="xlsx", out=xlsx))
    list(export(demo_db, report="consents", fmt="pdf", out=pdf))
    cells, text = _all_cells(xlsx), _text(pdf)
    for note in ("Iltkoncentrator", "Ring til datteren", "Hører dårligt"):
        assert note not in cells and note not in text
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["Pr. forsyning og status", "Skal bekræftes igen", "Samtykker"]
    per_utility = list(workbook["Pr. forsyning og status"].iter_rows(min_row=2,
                                                                     values_only=True))
    assert sum(sum(row[1:]) for row in per_utility) == 20
    assert workbook["Skal bekræftes igen"].max_row == 1 + 2 + 1  # two old, one moved
    assert "Register over samtykker til helbredsoplysninger" in text


def test_the_consent_form(demo_db: Database, tmp_path: Path) -> None:
    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name.startswith("Bent"))
    out = tmp_path / "samtykke.pdf"
    consents.write_consent_form(demo_db, row.id, out)
    text = _text(out)
    d = consents.draft(demo_db, row.id)
    assert d.name in text and d.meter_number in text and d.postal_code in text
    assert "trække dit samtykke tilbage" in text and "Underskrift" in text
    assert "version 2.0" in text.lower() or "2.0" in text


def test_a_new_consent_text_version_is_added_and_the_old_ones_stay(qtbot: QtBot,
                                                                    demo_db: Database) -> None:
    from dpo_desk.ui.consents.texts import ConsentTextsDialog

    dialog = ConsentTextsDialog(demo_db)
    qtbot.addWidget(dialog)
    assert "2.0" in dialog.versions.text() and "1.0" in dialog.versions.text()
    dialog.add_version()  # empty: refused at the fields
    assert dialog.messages.message("label") and dialog.messages.message("text")
    dialog.label.setText("3.0")
    dialog.text.setPlainText("Ny samtykketekst")
    dialog.add_version()
    labels = [label for _id, label, _from in consents.consent_texts(demo_db)]
    assert {"1.0", "2.0", "3.0"} <= set(labels)


def test_the_supervision_intervals_are_settings(qtbot: QtBot, demo_db: Database) -> None:
    from dpo_desk.domain.processors import RiskLevel
    from dpo_desk.services import processors
    from dpo_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.intervals[RiskLevel.HIGH].value() == 12
    dialog.intervals[RiskLevel.HIGH].setValue(6)
    dialog.save()
    assert processors.intervals(demo_db)[RiskLevel.HIGH] == 6


def test_ctrl_f_searches_in_the_consents_tab_too(qtbot: QtBot, tab: ConsentTab) -> None:
    from PySide6.QtCore import Qt

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()


def test_closing_an_edited_consumer_asks_first_and_keeps_the_text(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name == "Else Ærbø")
    dialog = ConsumerDialog(demo_db, consents.draft(demo_db, row.id), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []

    def answer(_parent: object, title: str, *_a: object, **_k: object) -> object:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.reject()  # nothing changed: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.edits["phone"].setText("20 30 40 50")
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.edits["phone"].text() == "20 30 40 50"


def _select(tab: ConsentTab, name: str) -> None:
    from dpo_desk.ui.table_model import ROW_ROLE

    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, 0).data(ROW_ROLE).name == name)
    tab.table.selectRow(row)


def test_withdraw_is_disabled_for_a_consent_already_withdrawn(qtbot: QtBot,
                                                              tab: ConsentTab) -> None:
    tab.table.clearSelection()
    assert not tab.withdraw_button.isEnabled()  # nothing selected
    _select(tab, "Svend Frølund")  # withdrawn in the example
    qtbot.waitUntil(lambda: tab.selected() is not None, timeout=2000)
    assert not tab.withdraw_button.isEnabled() and tab.edit_button.isEnabled()
    _select(tab, "Else Ærbø")
    qtbot.waitUntil(lambda: tab.withdraw_button.isEnabled(), timeout=2000)


def test_a_second_withdrawal_in_the_dialog_is_refused_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name == "Svend Frølund")
    before = consents.draft(demo_db, row.id)
    dialog = WithdrawDialog(demo_db, row.id, row.name, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.how.setText("Ringede igen")
    dialog.withdraw()
    assert "allerede trukket tilbage" in dialog.messages.message("withdrawn")
    assert before.withdrawn is not None
    assert format_date(before.withdrawn) in dialog.messages.message("withdrawn")
    after = consents.draft(demo_db, row.id)
    assert (after.withdrawn, after.withdrawn_how) == (before.withdrawn, before.withdrawn_how)
    assert dialog.how.text() == "Ringede igen"


def test_a_cpr_number_in_how_it_was_withdrawn_is_refused_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name == "Else Ærbø")
    dialog = WithdrawDialog(demo_db, row.id, row.name, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.how, "Tjekket 010190-1234 mod sygesikringskort")
    dialog.withdraw()
    assert "CPR-nummer" in dialog.messages.message("withdrawn_how")
    assert consents.draft(demo_db, row.id).withdrawn is None


def test_the_consumer_form_guards_each_text_field_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    from dpo_desk.domain.consents import LIMITS

    dialog = ConsumerDialog(demo_db, ConsumerDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    for name, edit in dialog.edits.items():
        assert edit.maxLength() == LIMITS[name], name
    assert dialog.collected_by.maxLength() == LIMITS["collected_by"]
    dialog.edits["name"].setText("Ny Forbruger")
    dialog.edits["postal_code"].setText("6040")
    qtbot.keyClicks(dialog.collected_by, "Egtved Varmeværk, 010190-1234")
    dialog.save()
    assert "CPR-nummer" in dialog.messages.message("collected_by")
    assert dialog.collected_by.text() == "Egtved Varmeværk, 010190-1234"
    assert "Ny Forbruger" not in {r.name for r in consents.rows(demo_db, today=TODAY)}


def test_the_consent_first_message_is_at_the_note_when_only_the_note_was_filled(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ConsumerDialog(demo_db, ConsumerDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("Ny Forbruger")
    dialog.edits["postal_code"].setText("6040")
    dialog.free_text.setPlainText("Iltkoncentrator")
    dialog.save()
    assert "skriftligt samtykke" in dialog.messages.message("free_text")
    assert dialog.messages.message("category") == ""


def test_the_form_proposes_the_text_in_use_on_the_consent_date_and_warns_of_an_older(
    qtbot: QtBot, demo_db: Database
) -> None:
    from PySide6.QtCore import QDate

    versions = {label: text_id for text_id, label, _from in consents.consent_texts(demo_db)}
    dialog = ConsumerDialog(demo_db, ConsumerDraft(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consent_given.enabled.setChecked(True)
    dialog.consent_given.edit.setDate(QDate(2025, 4, 5))  # version 2.0 from 01-03-2025
    assert dialog.consent_text.currentData() == versions["2.0"]
    assert not dialog.text_warning.isVisible()
    dialog.consent_given.edit.setDate(QDate(2024, 6, 1))
    assert dialog.consent_text.currentData() == versions["1.0"]
    dialog.consent_given.edit.setDate(QDate(2025, 4, 5))
    index = dialog.consent_text.findData(versions["1.0"])
    dialog.consent_text.setCurrentIndex(index)
    dialog.consent_text.activated.emit(index)  # chosen by hand: kept, with a warning
    qtbot.waitUntil(dialog.text_warning.isVisible, timeout=2000)
    assert "ældre end version 2.0" in dialog.text_warning.text()
    dialog.consent_given.edit.setDate(QDate(2025, 5, 1))
    assert dialog.consent_text.currentData() == versions["1.0"]


def test_the_call_sheet_shows_the_planned_start_and_end_and_refuses_an_end_before_it(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    dialog = WarningListDialog(demo_db, [], today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("Ledningsbrud Egtved")
    dialog.postal_codes.setText("6040")
    dialog.starts.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(8, 0)))
    dialog.ends.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(7, 0)))
    pdf, xlsx = tmp_path / "liste.pdf", tmp_path / "liste.xlsx"
    assert not _produce(qtbot, dialog, pdf, "pdf")
    assert "slutte, før den begynder" in dialog.messages.message("ends")
    assert not pdf.exists()
    dialog.ends.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(14, 30)))
    assert _produce(qtbot, dialog, pdf, "pdf") and _produce(qtbot, dialog, xlsx, "xlsx")
    text = _text(pdf)
    assert "Planlagt start 01-12-2026 08:00" in text
    assert "Planlagt slut 01-12-2026 14:30" in text
    assert text.index("Planlagt start") < text.index("Varslet kl. / af")  # at the top
    workbook = load_workbook(xlsx, read_only=True)
    first = workbook.worksheets[0]
    assert first.title == "Afbrydelse"
    values = {row[0]: row[1] for row in first.iter_rows(min_row=2, values_only=True)}
    assert values["Planlagt start"] == "01-12-2026 08:00"
    assert values["Planlagt slut"] == "01-12-2026 14:30"
    with demo_db.reading() as session:
        events = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "warning_list")).all()
    assert [(e.changes["starts"], e.changes["ends"]) for e in events] == [
        ("2026-12-01T08:00", "2026-12-01T14:30")] * 2


def test_erase_due_consent_forms_from_the_tab(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    row = next(r for r in consents.rows(demo_db, today=TODAY) if r.name == "Svend Frølund")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 Svend's signed form")
    consents.attach_signed_form(demo_db, row.id, scan)
    later = dt.date(TODAY.year + 7, 1, 1)  # past the end of the financial year + 5 years
    widget = ConsentTab(demo_db, today=lambda: later)
    qtbot.addWidget(widget)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: told.append(text))
    widget.show()
    qtbot.waitUntil(widget.due_forms_label.isVisible, timeout=3000)
    assert "1 underskreven samtykkeblanket skal slettes" in widget.due_forms_label.text()
    assert widget.erase_forms_action.text() == "Slet forfaldne samtykkeblanketter"
    widget.erase_forms_action.trigger()
    assert told == ["1 underskreven samtykkeblanket er slettet."]
    assert consents.open_signed_form(demo_db, row.id) == (None, "none")
    assert not widget.due_forms_label.isVisible()


def test_a_long_street_is_elided_in_the_table_with_the_whole_address_as_tooltip(
    qtbot: QtBot, demo_db: Database
) -> None:
    from PySide6.QtCore import Qt

    from dpo_desk.domain.consents import LIMITS

    street = "Den Meget Lange Vej Ved Fjernvarmeværkets Gamle Akkumuleringstank " * 3
    street = street[: LIMITS["street"]].strip()
    consents.save(demo_db, ConsumerDraft(name="Lang Adresse", street=street,
                                         postal_code="6040", city="Egtved"), today=TODAY)
    widget = ConsentTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.total() == 21, timeout=3000)
    limit = widget.table.max_column_width()
    assert all(widget.table.columnWidth(c) <= limit
               for c in range(widget.proxy.columnCount() - 1))  # the last one stretches
    row = next(r for r in range(widget.proxy.rowCount())
               if widget.proxy.index(r, 0).data() == "Lang Adresse")
    assert f"{street}, 6040 Egtved" in widget.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_a_phone_number_is_found_with_or_without_its_spaces(tab: ConsentTab, qtbot: QtBot) -> None:
    for typed in ("84 37 14 21", "84371421", "8437"):
        tab.search.setText(typed)
        qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=5000)
        assert tab.proxy.index(0, 0).data() == "Bent Sørensen", typed
