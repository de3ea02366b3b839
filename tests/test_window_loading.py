"""The requests tab shows its first screenful at once and reads the rest in slices: the
first rows are the table's first rows, every row ends up in the table in the same order
as a read at once, and a filter or a sort asked for meanwhile waits for every row."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_window_listings import TODAY, _in_table_order, _requests

from dpo_desk.db.session import Database
from dpo_desk.domain.requests import RequestDraft, RequestStatus, RequestType
from dpo_desk.services import requests
from dpo_desk.ui.requests import tab as request_tab
from dpo_desk.ui.requests.tab import RequestTab
from dpo_desk.ui.row_loader import RowLoader
from dpo_desk.ui.table_model import ROW_ROLE


@pytest.fixture
def many_db(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """The example organisation with requests that share deadlines (ties broken by id),
    shown 4 at first and read 3 at a time."""
    for n in range(12):
        requests.save(
            demo_db,
            RequestDraft(
                types=[RequestType.ACCESS if n % 2 else RequestType.ERASURE],
                requester=f"Kunde {n} Ærø",
                contact=f"kunde{n}@example.dk",
                received=dt.date(2026, 11, 2 + n // 3),  # three on each day
            ),
            today=dt.date(2026, 11, 20),
        )
    monkeypatch.setattr(request_tab, "FIRST_ROWS", 4)
    monkeypatch.setattr(request_tab, "CHUNK_ROWS", 3)
    return demo_db


def _shown_ids(tab: RequestTab) -> list[int]:
    """The ids in the table as drawn, without waiting for the read."""
    return [tab.proxy.index(r, 0).data(ROW_ROLE).id for r in range(tab.proxy.rowCount())]


def _slow_tab(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> RequestTab:
    """A shown tab whose read has not gone on yet (the slices wait for the test)."""
    monkeypatch.setattr(RowLoader, "start", lambda self: None)
    tab = RequestTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.loading
    return tab


def test_the_first_rows_are_the_tables_first_rows_and_the_rest_follows(
    qtbot: QtBot, many_db: Database
) -> None:
    opened = [r for r in _requests(many_db) if r["open"]]
    expected = _in_table_order(opened)
    assert len(expected) > 4 and len({r["days"] for r in opened}) < len(opened)  # ties
    tab = RequestTab(many_db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.loading
    assert _shown_ids(tab) == expected[:4]
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=10_000)
    assert _shown_ids(tab) == expected
    assert tab.model.total() == len(_requests(many_db))
    assert gc.isenabled()


def test_the_rows_read_in_slices_are_the_rows_read_at_once(qtbot: QtBot, many_db: Database) -> None:
    sliced = RequestTab(many_db, today=lambda: TODAY)
    qtbot.addWidget(sliced)
    sliced.show()
    qtbot.waitUntil(lambda: not sliced.model.loading, timeout=10_000)
    whole = RequestTab(many_db, today=lambda: TODAY)
    qtbot.addWidget(whole)
    whole.status_filter.setCurrentIndex(whole.status_filter.findData(None))  # no preview
    whole.show()
    assert not whole.model.loading
    whole.status_filter.setCurrentIndex(whole.status_filter.findData("open"))
    assert [r.id for r in sliced.model._rows] == [r.id for r in whole.model._rows]
    assert sliced.model._rows == whole.model._rows
    assert sliced.model._folded() == whole.model._folded()
    assert sliced.visible_ids() == whole.visible_ids()


def test_a_search_typed_while_reading_waits_for_every_row(
    qtbot: QtBot, many_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _requests(many_db)
    tab = _slow_tab(qtbot, many_db, monkeypatch)
    tab.search.setText("kunde1")  # Kunde 1, 10, 11: not all among the first rows
    assert not tab.model.loading
    texts = {r["id"]: r["texts"] for r in found}
    opened = _in_table_order([r for r in found if r["open"]])
    wanted = [i for i in opened if any("kunde1" in t.casefold() for t in texts[i])]
    assert len(wanted) == 3
    assert tab.visible_ids() == wanted
    assert gc.isenabled()


def test_a_sort_or_a_filter_asked_for_while_reading_sees_every_row(
    qtbot: QtBot, many_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _requests(many_db)
    tab = _slow_tab(qtbot, many_db, monkeypatch)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    assert not tab.model.loading
    assert tab.visible_ids() == _in_table_order(found)
    tab = _slow_tab(qtbot, many_db, monkeypatch)
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert not tab.model.loading
    assert sorted(tab.visible_ids()) == sorted(r["id"] for r in found if r["open"])


def test_the_count_says_reading_until_every_row_is_read(
    qtbot: QtBot, many_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _slow_tab(qtbot, many_db, monkeypatch)
    assert tab.count_label.text() == "Læser…"
    assert tab._stack.currentIndex() == 0  # not the empty register's page
    tab._loader.finish()  # type: ignore[union-attr]
    total = len(_requests(many_db))
    opened = sum(1 for r in _requests(many_db) if r["open"])
    assert tab.count_label.text() == f"{opened} af {total} anmodninger"


def test_a_log_of_closed_requests_only_is_not_shown_as_empty_while_reading(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = requests.save(
        db,
        RequestDraft(types=[RequestType.ACCESS], requester="Bo", received=dt.date(2026, 11, 2)),
        today=dt.date(2026, 11, 20),
    )
    requests.move(db, saved, RequestStatus.WITHDRAWN, today=dt.date(2026, 11, 20))
    tab = _slow_tab(qtbot, db, monkeypatch)
    assert tab.proxy.rowCount() == 0  # no open request among the first rows
    assert tab._stack.currentIndex() == 0  # the table, not the empty register's page
    tab._loader.finish()  # type: ignore[union-attr]
    assert tab._stack.currentIndex() == 0
    assert tab.count_label.text() == "0 af 1 anmodninger"


def test_closing_the_window_stops_a_read_under_way(
    qtbot: QtBot, many_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tab still reading in slices when the window closes (or its tabs are rebuilt)
    reads no more: its cursor and transaction go with it, before the database closes
    (a slice read after that crashed the program's process)."""
    from PySide6.QtCore import QSettings

    from dpo_desk.ui.main_window import MainWindow

    monkeypatch.setattr(RowLoader, "start", lambda self: None)  # the read waits
    settings = QSettings(str(many_db.path.parent / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(many_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.tabs.names().index("requests"))
    tab = window.tabs.currentWidget()
    assert isinstance(tab, RequestTab) and tab._loader is not None
    window._build_tabs()  # as after the settings are saved
    assert tab._loader is None
    window.tabs.setCurrentIndex(window.tabs.names().index("requests"))
    again = window.tabs.currentWidget()
    assert isinstance(again, RequestTab) and again._loader is not None
    window.close()
    assert again._loader is None
    assert gc.isenabled()


def test_a_tab_destroyed_lets_its_view_go_before_its_rows(
    qtbot: QtBot, many_db: Database
) -> None:
    """The rows' model belongs to its proxy, so it outlives the proxy and the view: a
    model destroyed first had the view call into it half gone (a crash in the suite)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    tab = RequestTab(many_db, today=lambda: TODAY)
    tab.show()
    assert tab.model.parent() is tab.proxy
    gone: list[str] = []
    tab.model.destroyed.connect(lambda: gone.append("model"))
    tab.proxy.destroyed.connect(lambda: gone.append("proxy"))
    tab.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: len(gone) == 2, timeout=3000)
    assert gone == ["proxy", "model"]
