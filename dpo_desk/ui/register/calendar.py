"""The deletion calendar: when each activity's next batches of data fall due for erasure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.register import CalendarEntry
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.services import register
from dpo_desk.ui.table_model import (
    AMBER,
    RecordFilterProxy,
    RecordTableModel,
    TableColumn,
    make_table_view,
)


def _columns(today: dt.date) -> list[TableColumn[CalendarEntry]]:
    soon = today + dt.timedelta(days=30)
    return [
        TableColumn(
            QT_TRANSLATE_NOOP("DeletionCalendar", "Due for erasure"),
            lambda e: format_date(e.batch.due),
            sort=lambda e: e.batch.due,
            foreground=lambda e: AMBER if e.batch.due <= soon else None,
        ),
        TableColumn(QT_TRANSLATE_NOOP("DeletionCalendar", "Activity"), lambda e: e.activity),
        TableColumn(
            QT_TRANSLATE_NOOP("DeletionCalendar", "Data of relationships that ended"),
            lambda e: f"{format_date(e.batch.covers_from)} – {format_date(e.batch.covers_to)}",
            sort=lambda e: e.batch.covers_to,
        ),
    ]


class DeletionCalendarDialog(QDialog):
    """Lists the next erasure dates of every activity with a structured rule."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deletion calendar"))
        self.resize(760, 480)
        day = today()
        self.model: RecordTableModel[CalendarEntry] = RecordTableModel(
            _columns(day), context="DeletionCalendar", parent=self
        )
        self.model.set_rows(register.deletion_calendar(db, today=day))
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = make_table_view(proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        hint = QLabel(
            self.tr(
                "From the structured erasure rules of the activities that are not "
                "retired. Dates within 30 days are marked."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        if not self.model.rowCount():
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "DeletionCalendar", "No activity has a structured erasure rule yet."
                    )
                )
            )
        layout.addWidget(buttons)
