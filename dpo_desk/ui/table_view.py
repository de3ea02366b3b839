"""The view every register's table is shown in: read-only, row-selecting, sortable, its
columns fitting their first rows up to a limit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

MAX_COLUMN_CHARS = 40  # no column grows wider than this many average characters by itself


class RecordTableView(QTableView):
    """A table whose columns fit their contents up to MAX_COLUMN_CHARS characters: one
    long value is elided (Qt.ElideRight) instead of widening its column by thousands of
    pixels. The user can still widen a column by hand."""

    def max_column_width(self) -> int:
        """The widest a column grows by itself, in pixels."""
        return self.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS

    def resizeColumnsToContents(self) -> None:
        super().resizeColumnsToContents()
        for column in range(self.horizontalHeader().count()):
            self._cap(column)

    def resizeColumnToContents(self, column: int) -> None:
        super().resizeColumnToContents(column)
        self._cap(column)

    def _cap(self, column: int) -> None:
        header = self.horizontalHeader()
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self.setColumnWidth(column, min(self.columnWidth(column), self.max_column_width()))


def make_table_view(proxy: QAbstractItemModel) -> QTableView:
    """A read-only, row-selecting, sortable table over `proxy`, as every tab shows one.

    Columns size to their first rows (not to every row: that calls data() for all of
    them) and can be resized by the user; the last one stretches.
    """
    view = RecordTableView()
    view.setModel(proxy)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
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
