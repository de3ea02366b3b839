"""The read-only view of the audit trail, filterable by table and date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.collation import danish_key
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_moment
from dpo_desk.services import audit_log, listings
from dpo_desk.services.audit_log import AuditEntry
from dpo_desk.ui import details
from dpo_desk.ui.detail_pane import Detail, DetailPane, Link, Section
from dpo_desk.ui.table_model import (
    ROW_ROLE,
    RecordFilterProxy,
    RecordTableModel,
    TableColumn,
    make_table_view,
)

CONTEXT = "LogView"
DATE_FORMAT = "dd-MM-yyyy"
_tr = QCoreApplication.translate


def describe_changes(entry: AuditEntry) -> str:
    """The entry's changes with the titles of its fields, in the installed language."""
    return audit_log.describe_changes(entry, _tr)


# The table of a register's record -> the register's tab (double-click opens the record).
REGISTERS = {
    "activity": details.ACTIVITIES,
    "processor": details.PROCESSORS,
    "subject_request": details.REQUESTS,
    "consumer": details.CONSENTS,
    "breach": details.BREACHES,
}


def describe(entry: AuditEntry) -> Detail:
    """The entry in the pane under the log: who, when, and one line per changed field."""
    table = audit_log.table_title(entry.table_name, _tr)
    about: list[tuple[str, str | list[Link]]] = [
        (_tr(CONTEXT, "Time"), format_moment(entry.at)),
        (_tr(CONTEXT, "User"), entry.user_name),
        (_tr(CONTEXT, "Action"), audit_log.action_title(entry.action, _tr)),
    ]
    register = REGISTERS.get(entry.table_name)
    if register and entry.row_id.isdigit() and entry.action != "delete":
        about.append(
            (
                QCoreApplication.translate("LogView", "Record"),
                [Link(register, int(entry.row_id), table)],
            )
        )
    lines = [("", line) for line in audit_log.change_lines(entry, _tr)]
    return Detail(
        f"{table} {entry.row_id}", [Section("", about), Section(_tr(CONTEXT, "Changes"), lines)]
    )


COLUMNS: list[TableColumn[AuditEntry]] = [
    TableColumn(
        QT_TRANSLATE_NOOP("LogView", "Time"), lambda e: format_moment(e.at), sort=lambda e: e.id
    ),
    TableColumn(QT_TRANSLATE_NOOP("LogView", "User"), lambda e: e.user_name),
    TableColumn(
        QT_TRANSLATE_NOOP("LogView", "Action"), lambda e: audit_log.action_title(e.action, _tr)
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("LogView", "Table"), lambda e: audit_log.table_title(e.table_name, _tr)
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("LogView", "Row"),
        lambda e: e.row_id,
        sort=lambda e: (len(e.row_id), e.row_id),
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("LogView", "Changes"),
        describe_changes,
        tooltip=lambda e: "\n".join(audit_log.change_lines(e, _tr)),
    ),
]


class LogView(QWidget):
    """The audit trail, newest first, with the selected entry's changes one a line below;
    a double-click opens the record (`open_requested`)."""

    open_requested = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model: RecordTableModel[AuditEntry] = RecordTableModel(
            COLUMNS, context=CONTEXT, parent=self
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.table_filter = QComboBox()
        self.use_dates = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the log…"))
        self.search.setClearButtonEnabled(True)
        refresh = QPushButton(self.tr("Refresh"))
        self.count_label = QLabel()

        bar = QHBoxLayout()
        table_label = QLabel(self.tr("Table"))
        table_label.setBuddy(self.table_filter)
        bar.addWidget(table_label)
        bar.addWidget(self.table_filter)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.date_to)
        self.date_from.setAccessibleName(self.tr("From"))
        self.search.setAccessibleName(self.search.placeholderText())
        bar.addWidget(to_label)
        bar.addWidget(self.date_to)
        bar.addWidget(self.search, 1)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.detail = DetailPane(self._describe)
        self.detail.open_requested.connect(self.open_requested)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.table.doubleClicked.connect(self.open_entry)

        self.table_filter.currentIndexChanged.connect(self.reload)
        self.use_dates.toggled.connect(self._on_dates_toggled)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.search.textChanged.connect(self._on_search)
        refresh.clicked.connect(self.reload)
        self._loaded = False  # read on first show: the log is not needed to start

    def showEvent(self, event: QShowEvent) -> None:
        """Read the log the first time the tab is shown."""
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def selected(self) -> AuditEntry | None:
        """The selected entry."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    @Slot()
    def _show_detail(self) -> None:
        entry = self.selected()
        self.detail.show_record(entry.id if entry else None)

    @Slot(QModelIndex)
    def open_entry(self, index: QModelIndex) -> None:
        """Double-click: open the record the entry is about, in its own tab."""
        entry: AuditEntry = index.data(ROW_ROLE)
        register = REGISTERS.get(entry.table_name)
        if register and entry.row_id.isdigit() and entry.action != "delete":
            self.open_requested.emit(register, int(entry.row_id))

    def _fill_tables(self) -> None:
        current = self.table_filter.currentData()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("All tables"), None)
        shown = [(audit_log.table_title(n, _tr), n) for n in audit_log.tables(self._db)]
        for title, name in sorted(shown, key=lambda pair: danish_key(pair[0])):
            self.table_filter.addItem(title, name)
        index = self.table_filter.findData(current)
        self.table_filter.setCurrentIndex(max(index, 0))
        self.table_filter.blockSignals(False)

    def _describe(self, record_id: int) -> Detail | None:
        entry = self.model.find(record_id)
        return describe(entry) if entry is not None else None  # type: ignore[arg-type]

    @Slot(bool)
    def _on_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    @Slot()
    def reload(self) -> None:
        """Read the log again with the current filters."""
        self._fill_tables()
        since: dt.date | None = None
        until: dt.date | None = None
        if self.use_dates.isChecked():
            since = self.date_from.date().toPython()
            until = self.date_to.date().toPython()
        entries = listings.log(
            self._db, table=self.table_filter.currentData(), since=since, until=until
        )
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()  # to the first rows: the time whole, say
        self._update_count()
        self._show_detail()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.proxy.rowCount()))
