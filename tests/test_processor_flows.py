"""The processor tab driven as a user would: New, Retire, Sub-processor annex…"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ModalAnswerer
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.services import processors
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.processors.form import PartyDialog
from dpo_desk.ui.processors.tab import ProcessorTab

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


def test_a_new_party_from_the_tab(qtbot: QtBot, tab: ProcessorTab, demo_db: Database,
                                  modal: ModalAnswerer) -> None:
    def fill_in(dialog: PartyDialog) -> None:
        qtbot.keyClicks(dialog.name, "Nordvarme Drift ApS")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused: close it so the test fails instead of hanging
            dialog.done(0)

    seen = modal.answer(fill_in, kind=PartyDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["PartyDialog"]
    assert "Nordvarme Drift ApS" in _names(tab)
    assert tab.selected() is not None and tab.selected().name == "Nordvarme Drift ApS"
    assert any(r.name == "Nordvarme Drift ApS" for r in processors.rows(demo_db, today=TODAY))


def test_retiring_a_party_from_the_tab(qtbot: QtBot, tab: ProcessorTab,
                                       demo_db: Database) -> None:
    tab.table.selectRow(_names(tab).index("Fusemail"))
    qtbot.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    assert "Fusemail" not in _names(tab)  # the tab shows the parties in use
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(True))
    assert _names(tab) == ["Fusemail"]
    assert next(r for r in processors.rows(demo_db, today=TODAY)
                if r.name == "Fusemail").retired


def test_the_sub_processor_annex_from_the_tab(qtbot: QtBot, tab: ProcessorTab, tmp_path: Path,
                                              modal: ModalAnswerer) -> None:
    out = tmp_path / "bilag-egtved.pdf"
    tab.table.selectRow(_names(tab).index("Zitcom"))
    assert not tab.annex_button.isEnabled()  # we are the controller there: no annex
    tab.table.selectRow(_names(tab).index("Egtved Varmeværk A.m.b.a."))
    assert tab.annex_button.isEnabled()

    def save_as_pdf(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.path.setText(str(out))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    seen = modal.answer(save_as_pdf, kind=ExportDialog)
    qtbot.mouseClick(tab.annex_button, Qt.MouseButton.LeftButton)
    assert seen == ["ExportDialog"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Egtved Varmeværk A.m.b.a." in text
    for sub_processor in ("Logiva", "Obiss", "Zitcom"):  # the example's, for Egtved
        assert sub_processor in text
    assert "Mailchimp" not in text  # the newsletter is ours, not done for Egtved
