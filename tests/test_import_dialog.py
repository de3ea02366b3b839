"""The import dialog, driven as a user would: real workbook, real database, offscreen Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.services import register
from dpo_desk.ui.import_dialog import ImportDialog

TODAY = dt.date(2026, 3, 9)


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    for row in (
        ["Navn", "Formål", "Kategorier af registrerede", "Bemærkninger"],
        ["Løn", "Lønudbetaling", "Ansatte", ""],
        ["Sager", "Sagsbehandling", "Kunder", "Ring til 070761-4285"],
    ):
        sheet.append(row)
    book.save(path)
    return path


def _dialog(qtbot: QtBot, db: Database, path: Path) -> ImportDialog:
    dialog = ImportDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def test_preview_shows_problems_at_the_cell_and_writes_only_on_confirm(
    qtbot: QtBot, db: Database, tmp_path: Path, qtmodeltester: object
) -> None:
    dialog = _dialog(qtbot, db, _workbook(tmp_path / "r.xlsx"))
    assert [c.currentData() for c in dialog.combos] == [
        "name",
        "purposes",
        "data_subjects",
        "notes",
    ]
    assert dialog.combos[1].currentText() == "Formål"
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    notes = model.index(1, model.FIXED + 3)
    assert "CPR-nummer" in model.data(notes, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(model.data(notes, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.data(model.index(0, model.FIXED + 3), Qt.ItemDataRole.BackgroundRole) is None
    # the problem is also written out beside its row, not only in a tooltip
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Problemer"
    assert "CPR-nummer" in model.data(model.index(1, 3))
    assert model.data(model.index(0, 3)) == ""
    assert not dialog.import_button.isEnabled()  # a problem is left
    dialog.leave_out.click()
    assert not dialog.import_button.isEnabled()  # new entries not accepted yet
    assert "Ansatte" in dialog.new_entries.text()
    dialog.create_all.click()
    assert dialog.import_button.isEnabled()
    assert register.views(db) == []  # nothing written before the user confirms
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == ImportDialog.DialogCode.Accepted, timeout=10000)
    assert [v.name for v in register.views(db)] == ["Løn"]


def test_a_column_left_out_takes_its_problem_with_it(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, _workbook(tmp_path / "r.xlsx"))
    assert dialog.plan is not None and dialog.plan.problems()
    first = dialog.plan
    dialog.combos[3].setCurrentIndex(0)  # (not imported)
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10000)
    assert dialog.plan is not None and dialog.plan.problems() == []


def test_excluding_a_row_by_its_box(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, db, _workbook(tmp_path / "r.xlsx"))
    box = dialog.model.index(1, 0)
    dialog.model.setData(box, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.plan is not None and dialog.plan.rows[1].excluded
    assert "Udeladt: 1" in dialog.summary.text()


def test_not_a_workbook_is_said_next_to_the_file(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "brev.xlsx"
    bad.write_text("Kære kunde", encoding="utf-8")
    dialog = ImportDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.load_file(bad)
    assert "brev.xlsx" in dialog.file_message.text()
    assert not dialog.import_button.isEnabled()


def test_save_template(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = ImportDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.register.setCurrentIndex(dialog.register.findData("requests"))
    dialog.save_template(tmp_path / "skabelon.xlsx")
    headers = next(load_workbook(tmp_path / "skabelon.xlsx").active.iter_rows(values_only=True))
    assert headers[:3] == ("Anmoder", "Anmodningstyper", "Forhold til os")


def test_a_cell_fixed_in_the_preview_is_read_again(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, _workbook(tmp_path / "r.xlsx"))
    first = dialog.plan
    assert first is not None and [r.number for r in first.rows if r.problems] == [3]
    model = dialog.model
    cell = model.index(1, model.FIXED + 3)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "Ring til kunden", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10000)
    assert dialog.plan is not None and dialog.plan.problems() == []
    assert dialog.plan.rows[1].values["notes"] == "Ring til kunden"
    assert load_workbook(tmp_path / "r.xlsx").active["D3"].value == "Ring til 070761-4285"
