"""Small editors that register forms share: a checkable list with "add" and a date that
may be empty (editable rows: ui/rows_editor.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

DATE_FORMAT = "dd-MM-yyyy"
_ID_ROLE = Qt.ItemDataRole.UserRole


class _FittedList(QListWidget):
    """A list as tall as its rows (at least MIN_ROWS, at most MAX_ROWS, then it scrolls),
    wrapping long entries instead of scrolling sideways."""

    MIN_ROWS, MAX_ROWS = 3, 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the rows, within the limits."""
        line = self.fontMetrics().height() + 6
        heights = [self.sizeHintForRow(i) or line for i in range(self.count())]
        heights = heights[: self.MAX_ROWS] + [line] * (self.MIN_ROWS - len(heights))
        height = sum(heights) + 2 * self.frameWidth() + 4
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Never taller than it wants to be when asked for its least."""
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 80))


class CheckList(QWidget):
    """A list of entries to tick, optionally with a button to add a new entry."""

    changed = Signal()

    def __init__(
        self,
        *,
        add_label: str = "",
        add: Callable[[str], int | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = _FittedList()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.list.itemChanged.connect(self._on_item_changed)
        self._add = add
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.add_button: QPushButton | None = None
        if add is not None:
            self.add_button = QPushButton(add_label)
            self.add_button.clicked.connect(self._ask_new)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.add_button)
            layout.addLayout(row)

    def set_entries(self, entries: Sequence[tuple[Any, str, str]], checked: Sequence[Any]) -> None:
        """Show (key, label, tooltip) entries, ticking those in `checked`."""
        self.list.blockSignals(True)
        self.list.clear()
        wanted = set(checked)
        for key, label, tooltip in entries:
            item = QListWidgetItem(label)
            item.setData(_ID_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
            if tooltip:
                item.setToolTip(tooltip)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.updateGeometry()  # its height follows its rows

    def checked(self) -> list[Any]:
        """The keys of the ticked entries, in list order."""
        return [
            self.list.item(i).data(_ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def labels_of(self, keys: Sequence[Any]) -> str:
        """The labels of `keys`, joined with "; " (a key without an entry as itself)."""
        labels = {
            self.list.item(i).data(_ID_ROLE): self.list.item(i).text()
            for i in range(self.list.count())
        }
        return "; ".join(labels.get(k, str(k)) for k in keys)

    def set_checked_only(self, keys: Sequence[Any]) -> None:
        """Tick exactly the entries in `keys`."""
        wanted = set(keys)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(_ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )

    def set_checked(self, key: Any, on: bool = True) -> None:
        """Tick (or untick) the entry `key`."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(_ID_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    @Slot()
    def _ask_new(self) -> None:
        assert self._add is not None
        name, ok = QInputDialog.getText(self, self.tr("New entry"), self.tr("Name"))
        if ok and name.strip():
            key = self._add(name)
            if key is not None:
                self.set_checked(key)


class OptionalDateEdit(QWidget):
    """A date that may be left empty (a tick box enables it); shows dd-mm-åååå."""

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        """The date, or None when it is left empty."""
        return self.edit.date().toPython() if self.enabled.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: dt.date | None) -> None:
        """Show `value` (empty for None)."""
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def limited_line(max_length: int) -> QLineEdit:
    """A one-line field that takes no more than its column holds."""
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def text_edit(height: int = 70) -> QPlainTextEdit:
    """A few lines of free text, `height` pixels high; Tab moves on."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit
