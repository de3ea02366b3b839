"""Editable rows of a form (transfers, controllers, sub-processors, follow-ups): a table
whose cells are text, a choice or a date, with buttons to add and remove a row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.text import format_date
from dpo_desk.ui.widgets import DATE_FORMAT

_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RowColumn:
    """A column of a RowsEditor: header and, for a choice, (value, label) pairs."""

    header: str
    choices: Sequence[tuple[Any, str]] | None = None
    stretch: bool = False
    date: bool = False  # a date that may be empty, shown dd-mm-åååå
    max_length: int | None = None  # the longest text a text column takes


_NO_DATE = QDate(1900, 1, 1)  # the editor's minimum, shown empty: "no date"


class _DateCellEdit(QDateEdit):
    """A date cell's editor: empty (the minimum, shown blank) until a date is chosen; its
    calendar opens on the current month rather than on the empty value's."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Open the calendar on today's month when the cell is empty."""
        super().mousePressEvent(event)
        if self.date() == _NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


class _DateDelegate(QStyledItemDelegate):
    """Edits a date column; stores a datetime.date (or None) in the user role. Entering
    an empty cell (by Tab or a click) leaves it empty; the column is wide enough to read
    a whole date."""

    _width: int | None = None

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return _DateCellEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(_ID_ROLE)
        editor.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QDateEdit)
        chosen = editor.date()
        value = None if chosen == _NO_DATE else chosen.toPython()
        model.setData(index, value, _ID_ROLE)
        model.setData(index, format_date(value), Qt.ItemDataRole.DisplayRole)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As wide as the editor of a whole date, empty or not."""
        hint = super().sizeHint(option, index)
        if self._width is None:
            self._width = date_cell_width(None)
        return QSize(max(hint.width(), self._width), hint.height())


def date_cell_width(widget: QWidget | None) -> int:
    """The width a date cell needs: that of its editor showing a whole date."""
    probe = QDateEdit(QDate(2026, 12, 31))  # no parent: it is never shown
    if widget is not None:
        probe.setFont(widget.font())
    probe.setDisplayFormat(DATE_FORMAT)
    probe.setCalendarPopup(True)
    return probe.sizeHint().width()


class _TextDelegate(QStyledItemDelegate):
    """Edits a text column no longer than its limit."""

    def __init__(self, max_length: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._max_length = max_length

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self._max_length)
        return editor


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits a choice column with a combo box; stores the value in the user role."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self._choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(_ID_ROLE)), 0))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), _ID_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class RowsEditor(QWidget):
    """Rows of a few fields (transfers, controllers), edited in place; add and remove."""

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[RowColumn],
        *,
        add_label: str,
        remove_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels([c.header for c in columns])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(180)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            if column.choices is not None:
                self.view.setItemDelegateForColumn(i, _ChoiceDelegate(column.choices, self.view))
            elif column.date:
                self.view.setItemDelegateForColumn(i, _DateDelegate(self.view))
            elif column.max_length is not None:
                self.view.setItemDelegateForColumn(i, _TextDelegate(column.max_length, self.view))
            header.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.Interactive
                if column.date
                else QHeaderView.ResizeMode.ResizeToContents,
            )
            if column.date and not column.stretch:
                header.resizeSection(i, max(date_cell_width(self.view), header.sectionSizeHint(i)))
        self.add_button = QPushButton(add_label)
        self.remove_button = QPushButton(remove_label)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._remove_selected)
        self.model.dataChanged.connect(self._on_changed)
        self.model.rowsInserted.connect(self._on_changed)
        self.model.rowsRemoved.connect(self._on_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _label(self, column: int, value: Any) -> str:
        choices = self._columns[column].choices or []
        return next((label for v, label in choices if v == value), "")

    def _items(self, values: Sequence[Any]) -> list[QStandardItem]:
        items = []
        for i, value in enumerate(values):
            if self._columns[i].choices is not None:
                item = QStandardItem(self._label(i, value))
                item.setData(value, _ID_ROLE)
            elif self._columns[i].date:
                item = QStandardItem(format_date(value))
                item.setData(value, _ID_ROLE)
            else:
                item = QStandardItem("" if value is None else str(value))
            items.append(item)
        return items

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Replace the rows; each row has one value per column."""
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow(self._items(row))

    def rows(self) -> list[list[Any]]:
        """The values of every row (choice columns give their value, others text)."""
        result = []
        for r in range(self.model.rowCount()):
            values = []
            for c, column in enumerate(self._columns):
                item = self.model.item(r, c)
                structured = column.choices is not None or column.date
                if item is None:
                    values.append(None if structured else "")
                elif structured:
                    values.append(item.data(_ID_ROLE))
                else:
                    values.append(item.text())
            result.append(values)
        return result

    @Slot()
    def add_row(self) -> None:
        """Add an empty row and start editing its first cell."""
        defaults = [
            column.choices[0][0] if column.choices else None if column.date else ""
            for column in self._columns
        ]
        self.model.appendRow(self._items(defaults))
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    @Slot()
    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRow(row)

    @Slot()
    def _on_changed(self) -> None:
        self.changed.emit()
