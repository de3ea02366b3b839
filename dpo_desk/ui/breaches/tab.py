"""The breach log tab: every breach, open ones inside their 72 hours first, the clock
amber from 24 hours left and red when passed (in words too, not colour alone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import (
    KIND_LABELS,
    RISK_LABELS,
    STATUS_LABELS,
    BreachDraft,
    BreachKind,
    BreachRole,
    ClockState,
    clock_at,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_moment
from dpo_desk.services import breaches
from dpo_desk.services.breaches import OPEN, BreachRow
from dpo_desk.ui import details
from dpo_desk.ui.breaches.form import BreachDialog
from dpo_desk.ui.detail_pane import Detail
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.table_model import AMBER, AMBER_BACKGROUND, RED, RED_BACKGROUND, TableColumn
from dpo_desk.ui.tr import translated

CLOCK_COLUMN = 3
SIDES = {
    BreachRole.CONTROLLER: QT_TRANSLATE_NOOP("BreachTab", "Controller"),
    BreachRole.PROCESSOR: QT_TRANSLATE_NOOP("BreachTab", "Processor"),
}
PASSED = QT_TRANSLATE_NOOP("BreachTab", "Passed %1 ago")
LEFT = QT_TRANSLATE_NOOP("BreachTab", "%1 left")
DEADLINE = QT_TRANSLATE_NOOP("BreachTab", "Deadline %1")
ART34_MISSING = QT_TRANSLATE_NOOP("BreachTab", "Art. 34 decision missing")

Now = Callable[[], dt.datetime]


def clock(row: BreachRow, now: dt.datetime) -> ClockState:
    """How the row's 72-hour clock stands."""
    running = row.clock_running and row.status in OPEN
    return clock_at(row.deadline, stopped=not running, now=now)


def clock_text(row: BreachRow, now: dt.datetime) -> str:
    """'31 t 5 min left', 'Passed 2 t ago', or '' when the clock has stopped."""
    state = clock(row, now)
    if state is ClockState.STOPPED:
        return ""
    minutes = int(abs((row.deadline - now).total_seconds()) // 60)
    span = f"{minutes // 60} t {minutes % 60:02d} min"
    if state is ClockState.PASSED:
        return translated("BreachTab", PASSED).replace("%1", span)
    return translated("BreachTab", LEFT).replace("%1", span)


def _sort_clock(row: BreachRow, now: Now) -> tuple[int, float]:
    """Running clocks first, by time left; then the rest by awareness, newest first."""
    if clock(row, now()) is ClockState.STOPPED:
        return (1, -row.aware_at.timestamp())
    return (0, (row.deadline - now()).total_seconds())


def columns(now: Now) -> list[TableColumn[BreachRow]]:
    """The breach table's columns."""
    colour = {ClockState.PASSED: RED, ClockState.AMBER: AMBER}
    background = {ClockState.PASSED: RED_BACKGROUND, ClockState.AMBER: AMBER_BACKGROUND}
    return [
        TableColumn(QT_TRANSLATE_NOOP("BreachTab", "Breach"), lambda r: r.title),
        TableColumn(
            QT_TRANSLATE_NOOP("BreachTab", "Side"),
            lambda r: translated("BreachTab", SIDES[r.role]),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("BreachTab", "Became aware"),
            lambda r: format_moment(r.aware_at),
            sort=lambda r: r.aware_at,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("BreachTab", "72 hours"),
            lambda r: clock_text(r, now()),
            sort=lambda r: _sort_clock(r, now),
            foreground=lambda r: colour.get(clock(r, now())),
            background=lambda r: background.get(clock(r, now())),
            tooltip=lambda r: translated("BreachTab", DEADLINE).replace(
                "%1", format_moment(r.deadline)
            ),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("BreachTab", "Kind"),
            lambda r: ", ".join(
                translated("Breaches", KIND_LABELS[k]) for k in BreachKind if k in r.kinds
            ),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("BreachTab", "Risk"),
            lambda r: translated("Breaches", RISK_LABELS[r.risk]) if r.risk else "",
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("BreachTab", "Status"),
            lambda r: (
                translated("Breaches", STATUS_LABELS[r.status])
                + (" — " + translated("BreachTab", ART34_MISSING) if r.needs_art34 else "")
            ),
            foreground=lambda r: RED if r.needs_art34 else None,
        ),
    ]


class BreachTab(RecordTab):
    """The log of personal data breaches (Art. 33(5))."""

    register_name = details.BREACHES
    empty_text = QT_TRANSLATE_NOOP(
        "RecordTab",
        "The breach log holds every personal data breach, notified or not (Art. 33(5)), "
        "with the 72-hour clock.",
    )

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        now: Now = lambda: dt.datetime.now().astimezone(),
    ) -> None:
        super().__init__(parent)
        self._db, self._now = db, now
        self.build_table(columns(now), context="BreachTab", sort_column=CLOCK_COLUMN)
        self.search = self.make_search(self.tr("Search… (Ctrl+F)"))
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All"), None)  # the log: every breach, open first
        self.state_filter.addItem(self.tr("Open"), "open")
        self.state_filter.currentIndexChanged.connect(self._apply_filters)
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.case_button = QPushButton(self.tr("Case file…"))
        self.letter_button = QPushButton(self.tr("Letter to the people affected…"))
        self.notice_button = QPushButton(self.tr("Notice to the controller…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.new_button.clicked.connect(self.new_breach)
        self.edit_button.clicked.connect(self.edit_selected)
        self.case_button.clicked.connect(lambda: self._document("breach_case"))
        self.letter_button.clicked.connect(lambda: self._document("breach_letter"))
        self.notice_button.clicked.connect(lambda: self._document("breach_notice"))
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel()
        self.lay_out(
            buttons=[
                self.new_button,
                self.edit_button,
                self.case_button,
                self.letter_button,
                self.notice_button,
            ],
            search=self.search,
            extras=[self.export_button],
            filters=[self.state_filter],
        )
        self.bind_keys(new=self.new_breach, edit=self.edit_selected, find=self.search.setFocus)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._apply_filters()
        self._update_actions()

    def describe(self, row_id: int) -> Detail | None:
        """The selected record in the detail pane."""
        return details.breach(self._db, row_id)

    def load_rows(self) -> list[Any]:
        """The rows of the log."""
        return list(breaches.rows(self._db))

    def after_load(self) -> None:
        """Widths once rows are in; actions follow the selection."""
        super().after_load()
        self._update_actions()

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table, with the clocks that run."""
        text = self.tr("%1 of %2 breaches").replace("%1", str(shown)).replace("%2", str(total))
        running = sum(
            1 for r in self.model.rows() if clock(r, self._now()) is not ClockState.STOPPED
        )
        if running:
            text += " — " + self.tr("%n inside the 72 hours", "", running)
        return text

    @Slot()
    def _apply_filters(self) -> None:
        only_open = self.state_filter.currentData() == "open"
        self.proxy.set_predicate(lambda r: not only_open or r.status in OPEN or r.needs_art34)
        self.update_count()

    @Slot()
    def _update_actions(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.case_button):
            button.setEnabled(row is not None)
        self.letter_button.setEnabled(row is not None and row.role is BreachRole.CONTROLLER)
        self.notice_button.setEnabled(row is not None and row.role is BreachRole.PROCESSOR)

    def _open(self, draft: BreachDraft) -> None:
        dialog = BreachDialog(self._db, draft, self, now=self._now)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload()
            self.select(dialog.saved_id)

    @Slot()
    def new_breach(self) -> None:
        """Ctrl+N: record a breach the organisation has just become aware of."""
        self._open(BreachDraft(aware_at=self._now().replace(second=0, microsecond=0)))

    @Slot()
    def edit_selected(self) -> None:
        """Enter: edit the selected breach."""
        row = self.selected()
        if row is not None:
            self._open(breaches.draft(self._db, row.id))

    def _document(self, report: str) -> None:
        row = self.selected()
        if row is not None:
            ExportDialog(self._db, self, report=report, ids=[row.id]).exec()

    @Slot()
    def export(self) -> None:
        """Excel or PDF of the breaches shown, or of all."""
        ExportDialog(self._db, self, report="breaches", ids=self.visible_ids()).exec()

    def running_clocks(self) -> int:
        """How many breaches have their 72-hour clock running (the window's status bar)."""
        return sum(1 for r in self.model.rows() if clock(r, self._now()) is not ClockState.STOPPED)
