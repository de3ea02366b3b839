"""What every register tab shares: read on first show, reload keeping the selection, the
search box, and the "N of M" count. A tab supplies its rows, its count text and its
table (a RecordTableModel behind a RecordFilterProxy in a QTableView)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.table_model import (
    ROW_ROLE,
    RecordFilterProxy,
    RecordTableModel,
    TableColumn,
    make_table_view,
)


class RecordTab(QWidget):
    """Base of the register tabs; subclasses set `model`, `proxy`, `table`, `count_label`."""

    model: RecordTableModel[Any]
    proxy: RecordFilterProxy
    table: QTableView
    count_label: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False

    # -- what a tab supplies ----------------------------------------------------------
    def load_rows(self) -> Sequence[Any]:
        """The rows to show, read from the database."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table, e.g. "3 of 6 activities"."""
        raise NotImplementedError

    def after_load(self) -> None:
        """Adjust the table once rows are in (column widths)."""
        self.table.resizeColumnsToContents()

    # -- shared behaviour -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read the rows the first time the tab is shown, not at start-up."""
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    @Slot()
    def reload(self) -> None:
        """Read the rows again, keeping the selection."""
        selected = self.selected_id()
        self.model.set_rows(self.load_rows())
        self._loaded = True
        self.after_load()
        if selected is not None:
            self.select(selected)
        self.update_count()

    def select(self, row_id: int) -> None:
        """Select the row with this id (when the filters show it)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == row_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def selected(self) -> Any | None:
        """The selected row object."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_id(self) -> int | None:
        """The id of the selected row."""
        row = self.selected()
        return row.id if row is not None else None

    def visible_ids(self) -> list[int]:
        """The ids of the rows the filters show, in table order."""
        return [row.id for row in self.model.rows()]

    @Slot(str)
    def on_search(self, text: str) -> None:
        """Filter as one types."""
        self.proxy.set_search(text)
        self.update_count()

    def update_count(self) -> None:
        """Show how many rows the filters leave of how many."""
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.total()))

    # -- building ---------------------------------------------------------------------
    def build_table(
        self,
        columns: Sequence[TableColumn[Any]],
        *,
        context: str,
        sort_column: int,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        """The model, the proxy and the view of the tab, sorted by `sort_column`."""
        self.model = RecordTableModel(columns, context=context, parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self.proxy)
        self.table.sortByColumn(sort_column, order)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def bind_keys(
        self,
        *,
        new: Callable[[], object],
        edit: Callable[[], object],
        find: Callable[[], object],
        delete: Callable[[], object] | None = None,
    ) -> None:
        """Ctrl+N new, Enter edit, Ctrl+F search, and Delete when the tab has it."""
        bindings: list[tuple[QKeySequence, Callable[[], object]]] = [
            (QKeySequence(QKeySequence.StandardKey.New), new),
            (QKeySequence(QKeySequence.StandardKey.Find), find),
            (QKeySequence(Qt.Key.Key_Return), edit),
            (QKeySequence(Qt.Key.Key_Enter), edit),
        ]
        if delete is not None:
            bindings.append((QKeySequence(Qt.Key.Key_Delete), delete))
        for keys, slot in bindings:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.table.doubleClicked.connect(edit)

    def make_search(self, placeholder: str) -> QLineEdit:
        """The search box: filters on every text field of a row as one types."""
        search = QLineEdit()
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.on_search)
        return search

    def lay_out(
        self,
        *,
        buttons: Sequence[QWidget],
        search: QLineEdit,
        extras: Sequence[QWidget],
        filters: Sequence[QWidget],
    ) -> None:
        """Actions and search on top, filters below, then the table and the count."""
        actions = QHBoxLayout()
        for button in buttons:
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(search, 1)
        for widget in extras:
            actions.addWidget(widget)
        filter_row = QHBoxLayout()
        for widget in filters:
            filter_row.addWidget(widget)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filter_row)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
