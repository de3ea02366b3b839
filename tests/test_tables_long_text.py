"""Long text in a table: elided in its cell, whole in the tooltip, never a column wider
than a screen's worth."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.session import Database
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.table_model import MAX_COLUMN_CHARS

STREET = "Lange Allé " * 500  # 5,500 characters, as a database from before the limits holds


def test_a_long_street_is_elided_with_the_whole_text_as_tooltip(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    with demo_db.transaction() as session:
        consumer = session.scalars(select(Consumer).order_by(Consumer.name)).first()
        assert consumer is not None
        consumer.street = STREET
        name = consumer.name
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), ConsentTab)
    )
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=3000)
    table = tab.table
    limit = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    assert limit < 600
    # Every column but the last, which stretches to fill the window.
    widths = [table.columnWidth(c) for c in range(tab.model.columnCount() - 1)]
    assert all(width <= limit for width in widths), f"{limit} {widths}"
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == name)
    cell = tab.proxy.index(row, 1)
    assert STREET.strip() in cell.data()
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip is not None and "Lange Allé " * 499 in tooltip.replace("&amp;", "&")
    # a short value needs no tooltip of its own
    assert tab.proxy.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) is None


def test_tooltips_wrap_when_long_and_stay_plain_when_short(qapp: object) -> None:
    from dpo_desk.ui.table_model import RecordTableModel, TableColumn

    bases = "Art. 6(1)(b): kontrakt\nArt. 6(1)(c): retlig forpligtelse & bogføring\n" * 3
    columns = [
        TableColumn("Short", lambda r: r, tooltip=lambda r: "Forlænget til tre måneder"),
        TableColumn("Bases", lambda r: "6(1)(b), 6(1)(c)", tooltip=lambda r: bases),
        TableColumn("Plain", lambda r: r),
    ]
    model: RecordTableModel[str] = RecordTableModel(columns, context="Test")
    model.set_rows(["kort"])
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 0).data(tip) == "Forlænget til tre måneder"
    long_tip = model.index(0, 1).data(tip)
    assert long_tip.startswith("<p>") and long_tip.count("<br>") == 6
    assert "&amp; bogføring" in long_tip  # escaped: an ampersand is no markup
    assert model.index(0, 2).data(tip) is None
