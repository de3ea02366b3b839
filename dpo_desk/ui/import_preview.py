"""The preview of an import: each planned row, a box to leave it out, and its
problems at the cell (colour and tooltip)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from dpo_desk.domain.import_checks import text_of
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services.importing import Action, Plan
from dpo_desk.services.importing_labels import message_text
from dpo_desk.ui.tr import translated

_PROBLEM = QColor(255, 205, 205)
_ACTION_TEXT = {
    Action.ADD: QT_TRANSLATE_NOOP("ImportDialog", "Add"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "Update"),
    Action.SKIP: QT_TRANSLATE_NOOP("ImportDialog", "Skip (already there)"),
    Action.PROBLEM: QT_TRANSLATE_NOOP("ImportDialog", "Problem"),
}
_FIXED_HEADERS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Import"),
    QT_TRANSLATE_NOOP("ImportDialog", "Row"),
    QT_TRANSLATE_NOOP("ImportDialog", "What happens"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problems"),
)
_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The planned rows: a box to leave a row out, its number, what it will do, its
    problems written out, and its cells, each problem also at its cell (colour and
    tooltip)."""

    FIXED = 4  # include, row, action, problems
    edited = Signal()  # a cell was fixed: the rows must be planned again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._problems: list[dict[int, str]] = []

    def set_plan(self, plan: Plan | None) -> None:
        """Show `plan`."""
        self.beginResetModel()
        self._plan = plan
        self._problems = []
        for row in plan.rows if plan else []:
            at: dict[int, str] = {}
            for p in row.problems:
                shown = message_text(p.message)
                at[p.column] = f"{at[p.column]}\n{shown}" if p.column in at else shown
            self._problems.append(at)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() or self._plan is None else len(self._plan.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._plan is None:
            return 0
        return self.FIXED + len(self._plan.table.headers)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self._plan is None:
            return None
        if section < self.FIXED:
            return translated("ImportDialog", _FIXED_HEADERS[section])
        return self._plan.table.headers[section - self.FIXED]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= self.FIXED else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._plan is None or not index.isValid():
            return None
        row = self._plan.rows[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Unchecked if row.excluded else Qt.CheckState.Checked
            return None
        problem = self._problems[index.row()].get(column - self.FIXED + 1)
        if column == 2 and row.problems and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(message_text(p.message) for p in row.problems)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 1:
                return str(row.number)
            if column == 2:
                return translated("ImportDialog", _ACTION_TEXT[row.action])
            if column == 3:
                return "; ".join(message_text(p.message) for p in row.problems)
            return text_of(self._cells(index.row())[column - self.FIXED])
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and (
            problem or (column in (2, 3) and row.problems)
        ):
            return QBrush(_PROBLEM)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self._plan is None or not index.isValid():
            return False
        if index.column() >= self.FIXED and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()  # a cell fixed in the preview: read again
            self._cells(index.row())[index.column() - self.FIXED] = text or None
            self.dataChanged.emit(index, index)
            self.edited.emit()
            return True
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self._plan.rows[index.row()].excluded = not checked
        self.dataChanged.emit(index, index.siblingAtColumn(3))
        return True

    def _cells(self, row: int) -> list[object]:
        assert self._plan is not None
        return self._plan.table.rows[row][1]
