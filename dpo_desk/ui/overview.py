"""The overview tab (Overblik): what needs the DPO today across every register, most
urgent first, and the key figures; Enter or a double-click opens the row in its tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from dpo_desk.db.session import Database
from dpo_desk.domain.overview import URGENCY_LABELS, Duty, Item, Urgency, ordered, urgent_count
from dpo_desk.domain.register import ART30_LABELS
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.services import overview
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.table_model import AMBER, RED, ROW_ROLE, TableColumn
from dpo_desk.ui.tr import translated
from dpo_desk.ui.view_state import ViewState

Row = tuple[Urgency, Item]

# What the "where" column calls each register (the tabs' own titles).
REGISTER_TITLES = {
    "register": QT_TRANSLATE_NOOP("Overview", "Processing activities"),
    "processors": QT_TRANSLATE_NOOP("Overview", "Processors"),
    "requests": QT_TRANSLATE_NOOP("Overview", "Requests"),
    "consents": QT_TRANSLATE_NOOP("Overview", "Health consents"),
    "breaches": QT_TRANSLATE_NOOP("Overview", "Breaches"),
}


RESIZE_PRECISION = 100  # lines measured for the columns' widths
# A line standing for the items of a kind beyond those listed.
MORE = QT_TRANSLATE_NOOP("Overview", "… and %1 more")


class _Row:
    """An item as a table row (RecordTab selects rows by `id`)."""

    def __init__(self, urgency: Urgency, item: Item, position: int) -> None:
        self.urgency, self.item, self.id = urgency, item, position


def _what(row: _Row) -> str:
    """The duty, and what it concerns (the fields Art. 30 misses, by their names)."""
    item = row.item
    detail = item.detail
    if item.duty is Duty.ACTIVITY_INCOMPLETE and detail:
        detail = ", ".join(
            QCoreApplication.translate("Register", ART30_LABELS.get(k, k))
            for k in detail.split(",")
        )
    return translated("Overview", item.duty.value) + (f": {detail}" if detail else "")


def _who(row: _Row) -> str:
    """Whom the item concerns; a line of the rest says how many more there are."""
    if row.item.more:
        return translated("Overview", MORE).replace("%1", str(row.item.more))
    if row.item.duty is Duty.ERASURE_DUE and row.item.who.isdigit():  # how many records
        # the log's own words for a count of records
        return QCoreApplication.translate("LogView", "%n record(s)", "", int(row.item.who))
    return row.item.who


def columns() -> list[TableColumn[_Row]]:
    """The overview's columns."""
    colour = {Urgency.OVERDUE: RED, Urgency.THIS_WEEK: AMBER}
    return [
        TableColumn(
            QT_TRANSLATE_NOOP("Overview", "When"),
            lambda r: translated("Overview", URGENCY_LABELS[r.urgency]),
            sort=lambda r: (r.urgency.value, r.item.due),
            foreground=lambda r: colour.get(r.urgency),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("Overview", "Date"),
            lambda r: format_date(r.item.due),
            sort=lambda r: r.item.due,
        ),
        TableColumn(QT_TRANSLATE_NOOP("Overview", "What"), _what),
        TableColumn(QT_TRANSLATE_NOOP("Overview", "For"), _who),
        TableColumn(
            QT_TRANSLATE_NOOP("Overview", "Where"),
            lambda r: translated("Overview", REGISTER_TITLES.get(r.item.register, r.item.register)),
        ),
    ]


class OverviewTab(RecordTab):
    """Everything due, grouped by urgency, with the figures above."""

    open_requested = Signal(str, object)  # register, row id (None: the tab itself)
    erase_requested = Signal()  # the line of what is due for erasure: erase it now
    counted = Signal(int)  # items overdue or due this week, after each load

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.build_table(columns(), context="Overview", sort_column=0)
        # The widths follow the first lines (the most urgent), not every one of them.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        self._stretch_what()
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.linkActivated.connect(lambda name: self.open_requested.emit(name, None))
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        # Enter and a double-click both activate a row (Qt's item-view convention).
        self.table.activated.connect(self.open_selected)
        self.view_state = ViewState(
            key="tabs/OverviewTab", table=self.table, filters=[], splitter=None, parent=self
        )

    def load_rows(self) -> list[Any]:
        """Every item due within 30 days, with the figures."""
        today = self._today()
        self._show_figures(overview.figures(self._db, today))
        return [
            _Row(u, item, n)
            for n, (u, item) in enumerate(ordered(overview.items(self._db, today), today))
        ]

    def _show_figures(self, f: overview.Figures) -> None:
        def link(name: str, text: str) -> str:
            return f'<a href="{name}">{text}</a>'

        parts = [
            link("register", self.tr("%n processing activities", "", f.activities)),
            link("processors", self.tr("%n processors", "", f.processors)),
            link("requests", self.tr("%n open requests", "", f.open_requests)),
            self.tr("answered in time this year: %1 of %2")
            .replace("%1", str(f.answered_in_time_this_year))
            .replace("%2", str(f.answered_this_year)),
            link("consents", self.tr("%n active consents", "", f.active_consents)),
            link("breaches", self.tr("%n breaches this year", "", f.breaches_this_year)),
        ]
        self.figures.setText(" · ".join(parts))

    def _stretch_what(self) -> None:
        """"What" takes the spare room, not "Where" (also over a header state saved
        before it did)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # reads the rows and restores the saved view
        self._stretch_what()

    def count_text(self, shown: int, total: int) -> str:
        """How many things are due (and the window's tab title says how many are
        urgent)."""
        self.counted.emit(self.urgent_count())
        things = sum(row.item.count for row in self.model.rows())
        return self.tr(
            "%n thing(s) overdue or due within 30 days; %1 of them overdue or due this week",
            "",
            things,
        ).replace("%1", str(self.urgent_count()))

    def urgent_count(self) -> int:
        """Items overdue or due this week (the tab's title shows it)."""
        return urgent_count([(r.urgency, r.item) for r in self.model.rows()])

    @Slot()
    def open_selected(self) -> None:
        """Open the selected item in its own tab; what is due for erasure is no row of a
        tab (the closed records it counts are filtered out there): it opens the
        erasure."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = rows[0].data(ROW_ROLE).item
            if item.duty is Duty.ERASURE_DUE:
                self.erase_requested.emit()
            else:
                self.open_requested.emit(item.register, item.row_id)
