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
from dpo_desk.services import consents
from dpo_desk.services.export import export
from dpo_desk.ui.consents.dialogs import ConsumerDialog, WarningListDialog, WithdrawDialog
from dpo_desk.ui.consents.tab import ConsentTab

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
    assert dialog.produce(pdf, "pdf") and dialog.produce(xlsx, "xlsx")
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
    assert not dialog.produce(tmp_path / "x.pdf", "pdf")
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
    from dpo_desk.ui.consents.dialogs import ConsentTextsDialog

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
