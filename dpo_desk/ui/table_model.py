"""The table pattern every register follows: a QAbstractTableModel over plain Python rows,
described by a list of columns, behind a pass-through proxy and a QTableView.

Sorting and filtering happen in the model, in Python, over values computed once: sort
keys per column (native values such as dates, or QCollator keys for text in Danish
order … Z, Æ, Ø, Å) and a case-folded text per row for the search. Qt never calls
Python once per comparison or per row, which keeps 100,000 rows fast (DESIGN.md: a
Python lessThan or filterAcceptsRow over 100,000 rows takes seconds).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dpo_desk.domain.collation import danish_key
from dpo_desk.ui.cell_look import (  # noqa: F401 - the tabs take the colours from here too
    AMBER,
    AMBER_BACKGROUND,
    RED,
    RED_BACKGROUND,
    due_icon,
    due_word,
    whole_text,
    wrapped,
)
from dpo_desk.ui.table_view import (  # noqa: F401 - the tabs take the view from here too
    MAX_COLUMN_CHARS,
    RecordTableView,
    make_table_view,
)

RowT = TypeVar("RowT")
# Builds each row's folded search text, for the rows given, when the search first needs it.
FoldLater = Callable[[Sequence[RowT]], Sequence[str]]
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_R = Qt.ItemDataRole
_ROLES = frozenset(  # the roles RecordTableModel.data answers
    (
        _R.DisplayRole,
        SORT_ROLE,
        ROW_ROLE,
        _R.ForegroundRole,
        _R.BackgroundRole,
        _R.ToolTipRole,
        _R.DecorationRole,
        _R.TextAlignmentRole,
    )
)

_rows = partial(array, "i")  # row numbers as C ints: 4 bytes, not 8 + an int's 28


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
    """A read-only table of rows, sorted and filtered in Python.

    The search looks in every column's text and, when a row has one, in its
    `search_text`: the text of the record's other fields (owner, categories, notes …),
    which the register's loader gathers so that the search finds what the user
    remembers, not only what the table shows. A tab that reads many rows hands
    `set_rows` that folded text per row, built in bulk (`folded`), or a function that
    builds it on the first search (the texts then take no memory until one searches).

    A cell's text is computed when Qt asks for it (the rows on screen); a column's
    sort keys once, on its first sort; the filters' verdict once per change of the
    filters. A keystroke in the search box scans the rows once, only those the
    shorter text kept while the text grows, and resets the model: Qt never calls
    Python once per row or per comparison, which keeps 100,000 rows fast (DESIGN.md).
    """

    def __init__(
        self, columns: Sequence[TableColumn[RowT]], *, context: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[RowT] = []  # all rows, in load order
        self._search_texts: list[str] | None = []  # folded, per row; None: not yet
        self._fold_later: FoldLater[RowT] | None = None  # builds them on the first search
        self._sort_keys: dict[int, list[Any]] = {}  # per column, over all rows
        # Row numbers (in load order), never changed in place: one may be another.
        self._order: array[int] = _rows()  # all rows, in sort order
        self._accepted: array[int] | None = None  # the rows the predicate keeps, in order
        self._visible: array[int] = _rows()  # the rows shown, in sort order
        self._needle = ""
        self._predicate: Callable[[RowT], bool] | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._finish: Callable[[], object] | None = None  # completes a read under way

    @property
    def loading(self) -> bool:
        """True while the first rows are shown and the rest is still being read."""
        return self._finish is not None

    def show_first(self, rows: Sequence[RowT], finish: Callable[[], object]) -> None:
        """Show `rows`, the first screenful as the table will show it (filtered and
        sorted alike), while the rest is read; whatever needs every row (a filter, a
        sort, the rows shown) first calls `finish()`, which completes the read with
        `set_rows`."""
        self.beginResetModel()
        self._rows, self._search_texts, self._sort_keys = list(rows), None, {}
        self._fold_later = None
        self._order = self._visible = _rows(range(len(self._rows)))
        self._accepted = None
        self._finish = finish
        self.endResetModel()

    def _complete(self) -> None:
        finish, self._finish = self._finish, None
        if finish is not None:
            finish()

    # -- content -----------------------------------------------------------------
    def set_rows(
        self, rows: Sequence[RowT], *, folded: Sequence[str] | FoldLater[RowT] | None = None
    ) -> None:
        """Replace every row (one model reset). `folded`: each row's search text,
        already folded (`fold`), or a function that gives them for the rows (in the
        order given here) on the first search; without it, the texts of the columns and
        the row's `search_text` are joined and folded on the first search."""
        self._finish = None
        self.beginResetModel()
        self._rows = list(rows)
        self._fold_later = folded if callable(folded) else None
        self._search_texts = list(folded) if folded is not None and not callable(folded) else None
        self._sort_keys = {}
        self._order = (
            self._permutation(*self._sorted)
            if self._sorted is not None
            else _rows(range(len(self._rows)))
        )
        self._accepted = None
        self._visible = self._shown()
        self.endResetModel()

    def set_filter(self, needle: str, predicate: Callable[[RowT], bool] | None) -> None:
        """Show the rows whose text holds `needle` (case-folded) and that `predicate`
        accepts."""
        self._complete()
        needle = fold(needle.strip())
        # Typing on narrows the search: look only among the rows the shorter text kept.
        narrowing = (
            predicate is self._predicate and self._needle != "" and needle.startswith(self._needle)
        )
        if predicate is not self._predicate:
            self._accepted = None
        self.beginResetModel()
        self._needle, self._predicate = needle, predicate
        self._visible = self._shown(self._visible if narrowing else None)
        self.endResetModel()

    def _kept(self) -> array[int]:
        """The rows the predicate accepts, in sort order (the predicate runs once per
        row per change of the filters, not per keystroke)."""
        if self._predicate is None:
            return self._order
        if self._accepted is None:
            predicate, rows = self._predicate, self._rows
            self._accepted = _rows([i for i in self._order if predicate(rows[i])])
        return self._accepted

    def _folded(self) -> list[str]:
        """Each row's search text, folded: the texts of the columns and the row's
        `search_text`, joined on the first search when the tab did not give them."""
        if self._search_texts is None and self._fold_later is not None:
            later, self._fold_later = self._fold_later, None
            texts = list(later(self._rows))
            if len(texts) != len(self._rows):
                raise ValueError("one folded search text per row expected")
            self._search_texts = texts
        if self._search_texts is None:
            self._search_texts = self.joined(self._rows, lambda r: getattr(r, "search_text", ""))
        return self._search_texts

    def joined(self, rows: Sequence[RowT], other: Callable[[RowT], str]) -> list[str]:
        """Each row's search text, folded: the texts of the columns and `other(row)`."""
        columns = self._columns
        return [fold("\x1f".join([*(c.text(r) for c in columns), other(r)])) for r in rows]

    def _shown(self, candidates: array[int] | None = None) -> array[int]:
        needle = self._needle
        pool = self._kept() if candidates is None else candidates
        if not needle:
            return pool  # shared, never changed in place
        texts = self._folded()
        if len(pool) * 4 < len(texts):  # narrowed: look only at the rows left
            return _rows([i for i in pool if needle in texts[i]])
        # Most rows: test every text in the order they were read (the strings lie in
        # memory in that order; read in sort order they miss the cache), then pick.
        hits = [needle in text for text in texts]
        return _rows([i for i in pool if hits[i]])

    def rows(self) -> list[RowT]:
        """The rows shown, in table order."""
        self._complete()
        return [self._rows[i] for i in self._visible]

    def total(self) -> int:
        """How many rows there are, shown or not."""
        self._complete()
        return len(self._rows)

    def row_at(self, row: int) -> RowT:
        """The row object of table row `row`."""
        return self._rows[self._visible[row]]

    def position(self, row_id: object) -> int | None:
        """The table row of the row whose `id` is `row_id`, if shown."""
        self._complete()
        rows = self._rows
        return next((n for n, i in enumerate(self._visible) if rows[i].id == row_id), None)  # type: ignore[attr-defined]

    def find(self, row_id: object) -> RowT | None:
        """The row whose `id` is `row_id`, shown or not (None: no such row)."""
        self._complete()
        return next((r for r in self._rows if r.id == row_id), None)  # type: ignore[attr-defined]

    def text(self, i: int, column: int) -> str:
        """The text of row `i` (in load order) in `column`."""
        return self._columns[column].text(self._rows[i])

    # -- sorting -------------------------------------------------------------------
    def sort_keys(self, column: int) -> list[Any]:
        """The sort key of every row in `column`: the native value, or the Danish
        collation key of the text (computed once per column)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            spec = self._columns[column]
            if spec.sort is not None:
                keys = [spec.sort(r) for r in self._rows]
            else:
                text = spec.text
                keys = [danish_key(text(r)) for r in self._rows]
            self._sort_keys[column] = keys
        return keys

    def _permutation(self, column: int, order: Qt.SortOrder) -> array[int]:
        """All rows in sorted order; empty values last in either direction."""
        keys = self.sort_keys(column)
        present = [i for i, key in enumerate(keys) if key is not None]
        missing = [i for i, key in enumerate(keys) if key is None]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            present.sort(key=keys.__getitem__, reverse=descending)
        except TypeError:  # mixed kinds of values: compare as text
            present.sort(key=lambda i: str(keys[i]), reverse=descending)
        return _rows(present + missing)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (Danish order for text, native values otherwise), keeping the
        selection."""
        if not 0 <= column < len(self._columns) or self._sorted == (column, order):
            return  # the order kept is already this one (set_rows keeps it)
        self._complete()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        shown_before = [self._visible[i.row()] for i in persistent]
        self._order = self._permutation(column, order)
        self._accepted = None
        self._visible = self._shown()
        new_row = {index: row for row, index in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(new_row[i], p.column()) if i in new_row else QModelIndex()
                for i, p in zip(shown_before, persistent, strict=True)
            ],
        )
        self._sorted = (column, order)
        self.layoutChanged.emit()

    # -- Qt's model interface -----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._visible)

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
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None  # a role no column answers (the view asks for several per cell)
        i, column = self._visible[index.row()], index.column()
        spec = self._columns[column]
        item = self._rows[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(item)
        if role == SORT_ROLE:
            return self.sort_keys(column)[i]
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and spec.foreground:
            color = spec.foreground(item)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and spec.background:
            color = spec.background(item)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            own = spec.tooltip(item) if spec.tooltip else ""
            return wrapped(own) if own else whole_text(spec.text(item))
        if role == Qt.ItemDataRole.DecorationRole and spec.decoration:
            return spec.decoration(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordFilterProxy(QIdentityProxyModel):
    """The proxy between a RecordTableModel and its view. It passes sorting and
    filtering to the model, which does both in Python in one pass; the proxy maps rows
    one to one (a QSortFilterProxyModel would ask each of 100,000 rows whether it is
    accepted after every reset of the model)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        """Show `model`, which the proxy then owns: it is destroyed after the proxy and
        its view let go of it, never before (a view told of a source destroyed first
        calls the source's Python methods while it is half gone, and the process
        crashes)."""
        super().setSourceModel(model)
        if model is not None:
            model.setParent(self)

    def _model(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def set_search(self, text: str) -> None:
        """Show the rows whose text contains `text` (case-insensitive, Danish-aware)."""
        if text.strip() != self._needle:
            self._needle = text.strip()
            self._model().set_filter(self._needle, self._predicate)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only the rows for which `predicate(row)` is true (None: all)."""
        self._predicate = predicate
        self._model().set_filter(self._needle, self._predicate)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the source model (Python's sort over precomputed keys)."""
        self._model().sort(column, order)
