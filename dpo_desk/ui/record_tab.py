"""What every register tab shares: read on first show, reload keeping the selection, the
search box, and the "N of M" count. A tab supplies its rows, its count text and its
table (a RecordTableModel behind a RecordFilterProxy in a QTableView)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.announce import announce, window_settings
from dpo_desk.ui.detail_pane import Detail, DetailPane
from dpo_desk.ui.table_model import (
    ROW_ROLE,
    FoldLater,
    RecordFilterProxy,
    RecordTableModel,
    TableColumn,
    make_table_view,
)
from dpo_desk.ui.view_state import ViewState

if TYPE_CHECKING:
    from dpo_desk.ui.row_loader import RowLoader

CONTEXT = "RecordTab"


class RecordTab(QWidget):
    """Base of the register tabs; subclasses set `model`, `proxy`, `table`, `count_label`.

    A tab that describes its records (`describe`) gets a detail pane under the table;
    the pane's links emit `open_requested(register, row_id)` for the main window."""

    open_requested = Signal(str, int)

    model: RecordTableModel[Any]
    proxy: RecordFilterProxy
    table: QTableView
    count_label: QLabel
    detail: DetailPane | None = None
    # What the register is for, said when it has no rows (English, translated in the tab).
    empty_text = ""
    # The buttons that change records: hidden, with their keys off, for a login that
    # may only read (`set_read_only`); reports and letters already kept stay.
    write_buttons: tuple[str, ...] = (
        "new_button",
        "edit_button",
        "delete_button",
        "retire_button",
        "duplicate_button",
        "round_button",
        "status_button",
        "withdraw_button",
        "_empty_new",
    )
    read_only = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False
        self._loader: RowLoader | None = None  # the rows being read in slices
        self._new: Callable[[], object] | None = None

    # -- what a tab supplies ----------------------------------------------------------
    def load_rows(self) -> Sequence[Any]:
        """The rows to show, read from the database."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table, e.g. "3 of 6 activities"."""
        raise NotImplementedError

    def first_rows(self) -> Sequence[Any] | None:
        """On the first show, the first screenful as the table will show it (filtered and
        sorted alike), shown at once while `row_chunks` reads every row in slices; None:
        every row is read at once (`load_rows`)."""
        return None

    def row_chunks(self) -> Iterator[tuple[Sequence[Any], Sequence[str]]]:
        """Every row, in the order `load_rows` gives them, a chunk at a time, each with
        its rows' folded search texts (for a tab that has `first_rows`)."""
        raise NotImplementedError

    def folded(self, rows: Sequence[Any]) -> Sequence[str] | FoldLater[Any] | None:
        """Each row's search text, folded, built in bulk by a tab with many rows, or a
        function that builds them on the first search; None: the model joins the texts
        of the columns itself on the first search."""
        return None

    def after_load(self) -> None:
        """Adjust the table once rows are in (column widths)."""
        self.table.resizeColumnsToContents()

    def describe(self, row_id: int) -> Detail | None:
        """The record `row_id` as the detail pane shows it; None: the tab has no pane."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        """Switch editing off (a login that may only read) or on again."""
        self.read_only = read_only
        for name in self.write_buttons:
            button = getattr(self, name, None)
            if isinstance(button, QWidget):
                button.setVisible(not read_only)

    def _writing(self, act: Callable[[], object]) -> Callable[[], object]:
        """`act` (new, edit, delete), or a message instead when editing is off."""

        def run(*_signal_arguments: object) -> object:
            if not self.read_only:
                return act()
            announce(
                self,
                QCoreApplication.translate(
                    "RecordTab", "This database is open for reading only: nothing can be changed."
                ),
            )
            return None

        return run

    # -- shared behaviour -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read the rows the first time the tab is shown, not at start-up."""
        if not self._loaded:
            self.reload()
        self.view_state.restore(window_settings(self))  # once; later calls do nothing
        super().showEvent(event)

    def stop_reading(self) -> None:
        """Stop a read in slices (the tab is closing, or its database is): nothing more
        is read, and the read's open cursor and transaction are let go now."""
        if self._loader is not None:
            self._loader.stop()
            self._loader.deleteLater()
            self._loader = None

    @Slot()
    def reload(self) -> None:
        """Read the rows again, keeping the selection."""
        selected = self.selected_id()
        self.stop_reading()
        first = None if self._loaded else self.first_rows()
        if first is None:
            rows = self.load_rows()
            self.model.set_rows(rows, folded=self.folded(rows))
        else:
            from dpo_desk.ui.row_loader import RowLoader

            self._loader = RowLoader(self.row_chunks(), self._all_read, self)
            self.model.show_first(first, self._loader.finish)
            self._loader.start()
        self._loaded = True
        self.view_state.quiet = True
        try:
            self.after_load()
        finally:
            self.view_state.quiet = False
        self.view_state.after_reload()
        if selected is not None:
            self.select(selected)
        self.update_count()
        self._show_detail()

    def _all_read(self, rows: list[Any], folded: list[str]) -> None:
        """Every row is read: the table holds them all, the selection and the scrolling
        kept (the first screenful stays where it was)."""
        if self._loader is not None:
            self._loader.deleteLater()
            self._loader = None
        selected, scrolled = self.selected_id(), self.table.verticalScrollBar().value()
        self.model.set_rows(rows, folded=folded)
        if selected is not None:
            self.select(selected)
        self.table.verticalScrollBar().setValue(scrolled)
        self.update_count()

    def select(self, row_id: int) -> None:
        """Select the row with this id (when the filters show it)."""
        if not self._loaded:
            self.reload()
        row = self.model.position(row_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))

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
        if self.model.loading:
            self.count_label.setText(QCoreApplication.translate("RecordTab", "Reading…"))
        else:
            self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.total()))
        if hasattr(self, "_stack"):
            empty = self._loaded and not self.model.loading and self.model.total() == 0
            self._stack.setCurrentIndex(1 if empty else 0)

    @Slot()
    def _show_detail(self) -> None:
        if self.detail is not None:
            self.detail.show_record(self.selected_id())

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
        new, edit = self._writing(new), self._writing(edit)
        bindings: list[tuple[QKeySequence, Callable[[], object]]] = [
            (QKeySequence(QKeySequence.StandardKey.New), new),
            (QKeySequence(QKeySequence.StandardKey.Find), find),
            (QKeySequence(Qt.Key.Key_Return), edit),
            (QKeySequence(Qt.Key.Key_Enter), edit),
        ]
        if delete is not None:
            bindings.append((QKeySequence(Qt.Key.Key_Delete), self._writing(delete)))
        self._new = new
        if hasattr(self, "_empty_new"):
            self._empty_new.clicked.connect(new)
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
        _name_inputs([search, *extras, *filters])
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filter_row)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._table_and_pane())
        self._stack.addWidget(self._empty_state())
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.count_label)
        self.view_state = ViewState(
            key=f"tabs/{type(self).__name__}",
            table=self.table,
            filters=filters,
            splitter=getattr(self, "splitter", None),
            parent=self,
        )

    def _table_and_pane(self) -> QWidget:
        """The table, with the detail pane under it when the tab describes its records."""
        if type(self).describe is RecordTab.describe:
            return self.table
        self.detail = DetailPane(self.describe)
        self.detail.open_requested.connect(self.open_requested)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        return self.splitter

    def _empty_state(self) -> QWidget:
        """What an empty register says: what it is for, and the next step."""
        page = QWidget()
        text = QLabel(
            "<p>"
            + QCoreApplication.translate(CONTEXT, self.empty_text)
            + "</p><p>"
            + QCoreApplication.translate(
                "RecordTab",
                "To look around first, create a new database (File → New database…) "
                "and choose the example organisation.",
            )
            + "</p>"
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(320)
        self.empty_label = text
        self._empty_new = QPushButton(QCoreApplication.translate("RecordTab", "New… (Ctrl+N)"))
        if self._new is not None:
            self._empty_new.clicked.connect(self._new)
        column = QVBoxLayout(page)
        column.addStretch(1)
        row = QHBoxLayout()  # centred without an alignment flag: the text keeps its height
        row.addStretch(1)
        row.addWidget(text, 4)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self._empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page


def _name_inputs(widgets: Sequence[QWidget]) -> None:
    """A filter box has no label beside it: its accessible name is what it shows when it
    filters nothing ("All roles"), the search box's its placeholder."""
    for widget in widgets:
        if widget.accessibleName():
            continue
        if isinstance(widget, QComboBox) and widget.count():
            widget.setAccessibleName(widget.toolTip() or widget.itemText(0))
        elif isinstance(widget, QLineEdit):
            widget.setAccessibleName(widget.placeholderText())
