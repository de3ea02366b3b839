"""The table pattern every register follows: a QAbstractTableModel over plain Python rows,
described by a list of columns, and a filter proxy in front of it.

Sorting happens in the model with Python's sort over keys computed once per column:
native values (dates as dates) or QCollator keys for text in Danish order (… Z, Æ, Ø,
Å). Filtering matches a case-folded search string against each row's text computed
once per row. Qt never calls Python once per comparison, which keeps large registers
fast (DESIGN.md: a Python lessThan over 100,000 rows takes many seconds).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from dpo_desk.collation import danish_collator

RowT = TypeVar("RowT")
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

RED = QColor("#b3261e")
AMBER = QColor("#8a5a00")
AMBER_BACKGROUND = QColor("#fff4d6")
RED_BACKGROUND = QColor("#fde7e7")

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableColumn(Generic[RowT]):
    """A column: header (English, translated in `context`), shown text, native sort value,
    and optional colour, icon and tooltip."""

    header: str
    text: Callable[[RowT], str]
    sort: Callable[[RowT], Any] | None = None  # native value; None: Danish order of text
    foreground: Callable[[RowT], QColor | None] | None = None
    background: Callable[[RowT], QColor | None] | None = None
    tooltip: Callable[[RowT], str] | None = None
    decoration: Callable[[RowT], Any] | None = None
    align_right: bool = False


def fold(text: str) -> str:
    """Case-folded text for searching: 'Ærø' and 'ærø' meet, 'Ålborg' stays apart from
    'alborg' (no accents or letters are removed)."""
    return text.casefold()


class RecordTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table of `rows`; set new rows with `set_rows`."""

    def __init__(
        self, columns: Sequence[TableColumn[RowT]], *, context: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[RowT] = []
        self._texts: list[list[str]] = []
        self._sort_keys: dict[int, list[Any]] = {}  # per column, computed on first sort
        self._search_texts: list[str] = []
        self._collator = danish_collator()
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    # -- content -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Replace every row (one model reset; texts computed once here)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [[c.text(r) for c in self._columns] for r in self._rows]
        self._sort_keys = {}
        self._search_texts = [fold("\x1f".join(texts)) for texts in self._texts]
        if self._sorted is not None:
            self._reorder(self._permutation(*self._sorted))
        self.endResetModel()

    # -- sorting (in Python, on precomputed keys: no Python call per comparison) -----
    def _permutation(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row numbers in sorted order; empty values last in either direction."""
        keys = self.sort_keys(column)
        present = [i for i, key in enumerate(keys) if key is not None]
        missing = [i for i, key in enumerate(keys) if key is None]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            present.sort(key=keys.__getitem__, reverse=descending)
        except TypeError:  # mixed kinds of values: compare as text
            present.sort(key=lambda i: str(keys[i]), reverse=descending)
        return present + missing

    def _reorder(self, permutation: list[int]) -> None:
        self._rows = [self._rows[i] for i in permutation]
        self._texts = [self._texts[i] for i in permutation]
        self._search_texts = [self._search_texts[i] for i in permutation]
        self._sort_keys = {c: [keys[i] for i in permutation] for c, keys in self._sort_keys.items()}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by `column` (Danish order for text, native values otherwise)."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        permutation = self._permutation(column, order)
        new_row = {old: new for new, old in enumerate(permutation)}
        persistent = self.persistentIndexList()
        self._reorder(permutation)
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
        )
        self._sorted = (column, order)
        self.layoutChanged.emit()

    def rows(self) -> list[RowT]:
        """The rows, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        """The row object of model row `row`."""
        return self._rows[row]

    def search_text(self, row: int) -> str:
        """The case-folded text of every column of a row, for the filter."""
        return self._search_texts[row]

    def sort_keys(self, column: int) -> list[Any]:
        """The sort key of every row in `column`: the native value, or the Danish
        collation key of the text (computed once per column and reset)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            spec = self._columns[column]
            if spec.sort is not None:
                keys = [spec.sort(r) for r in self._rows]
            else:
                sort_key = self._collator.sortKey
                keys = [sort_key(texts[column]) for texts in self._texts]
            self._sort_keys[column] = keys
        return keys

    # -- Qt's model interface -----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        spec = self._columns[column]
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == SORT_ROLE:
            return self.sort_keys(column)[row]
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and spec.foreground:
            color = spec.foreground(item)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and spec.background:
            color = spec.background(item)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip:
            return spec.tooltip(item) or None
        if role == Qt.ItemDataRole.DecorationRole and spec.decoration:
            return spec.decoration(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts on the model's precomputed keys; filters on a search string and on a
    predicate over the row object (the register's filter widgets)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None

    def set_search(self, text: str) -> None:
        """Show the rows whose text contains `text` (case-insensitive, Danish-aware)."""
        needle = fold(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only the rows for which `predicate(row)` is true (None: all)."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _model(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self._model()
        if self._needle and self._needle not in model.search_text(source_row):
            return False
        return self._predicate is None or self._predicate(model.row_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the source model, in Python: Qt's own proxy sort calls Python
        for every comparison, which is far too slow for large registers (DESIGN.md).
        The proxy keeps the source's order and only filters."""
        self._model().sort(column, order)


def make_table_view(proxy: QSortFilterProxyModel) -> QTableView:
    """A read-only, row-selecting, sortable table over `proxy`, as every tab shows one.

    Columns size to their first rows (not to every row: that calls data() for all of
    them) and can be resized by the user; the last one stretches.
    """
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(200)
    header.setStretchLastSection(True)
    return view
