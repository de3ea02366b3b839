"""A tab's view is kept between starts (columns, sort, filters, the split, the current
tab) and "Reset view" puts the defaults back."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.processors.tab import ProcessorTab
from dpo_desk.ui.register.tab import RegisterTab


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _register(qtbot: QtBot, window: MainWindow) -> RegisterTab:
    tab = window.tab_of["register"]
    assert isinstance(tab, RegisterTab)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    return tab


def test_the_view_is_kept_between_starts_and_reset(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, settings)
    tab = _register(qtbot, window)
    default_width = tab.table.columnWidth(1)
    tab.table.setColumnWidth(1, default_width + 77)
    tab.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    tab.status_filter.setCurrentIndex(0)
    tab.transfer_filter.setChecked(True)
    shown = tab.proxy.rowCount()
    window.tabs.setCurrentWidget(window.tab_of["processors"])
    window.close()

    again = _window(qtbot, demo_db, settings)
    assert isinstance(again.tabs.currentWidget(), ProcessorTab)
    tab = _register(qtbot, again)
    assert tab.table.columnWidth(1) == default_width + 77
    header = tab.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        6,
        Qt.SortOrder.DescendingOrder,
    )
    assert tab.status_filter.currentIndex() == 0
    assert tab.transfer_filter.isChecked()
    assert tab.proxy.rowCount() == shown
    tab.reload()  # a reload does not size the user's columns away
    assert tab.table.columnWidth(1) == default_width + 77

    tab.view_state.reset()
    assert tab.table.columnWidth(1) == default_width
    assert header.sortIndicatorSection() == 0
    assert tab.status_filter.currentIndex() == 1  # "not retired", the default
    assert not tab.transfer_filter.isChecked()
    assert not [k for k in settings.allKeys() if k.startswith("tabs/RegisterTab/")]
