"""Which categories of personal data concern which categories of data subjects: a grid of
tick boxes, one row per category of data subjects, one column per category of data."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from dpo_desk.domain.register import normalise_subject_data, subject_data_of


class SubjectDataGrid(QWidget):
    """Ticks data categories per data subject; a new subject or category starts ticked
    everywhere, so a simple activity is asked nothing extra."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 0, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setMinimumHeight(120)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._filling = False
        self._subjects: list[tuple[int, str]] = []
        self._categories: list[tuple[int, str]] = []

    def set_axes(
        self, subjects: Sequence[tuple[int, str]], categories: Sequence[tuple[int, str]]
    ) -> None:
        """Show these subjects and categories, keeping the ticks of pairs already shown;
        a pair not shown before is ticked."""
        before = {(s, c): on for s, c, on in self._cells()}
        self._fill(subjects, categories, lambda s, c: before.get((s, c), True))

    def set_links(
        self,
        subjects: Sequence[tuple[int, str]],
        categories: Sequence[tuple[int, str]],
        links: dict[int, list[int]],
    ) -> None:
        """Show the links of a draft (none: every category concerns every subject)."""
        pairs = dict(subject_data_of([s for s, _ in subjects], [c for c, _ in categories], links))
        self._fill(subjects, categories, lambda s, c: c in pairs.get(s, ()))

    def links(self) -> dict[int, list[int]]:
        """The ticked pairs as the draft keeps them (empty when every box is ticked)."""
        chosen: dict[int, list[int]] = {s: [] for s, _ in self._subjects}
        for s, c, on in self._cells():
            if on:
                chosen[s].append(c)
        return normalise_subject_data(
            [s for s, _ in self._subjects], [c for c, _ in self._categories], chosen
        )

    def describe(self, links: dict[int, list[int]]) -> str:
        """Links as lines "subject: category, category" (for the conflict dialog)."""
        names = dict(self._subjects) | dict(self._categories)
        pairs = subject_data_of(
            [s for s, _ in self._subjects], [c for c, _ in self._categories], links
        )
        return "\n".join(
            f"{names[s]}: {', '.join(names[c] for c in chosen)}" for s, chosen in pairs
        )

    def _fill(
        self,
        subjects: Sequence[tuple[int, str]],
        categories: Sequence[tuple[int, str]],
        ticked: Callable[[int, int], bool],
    ) -> None:
        self._subjects, self._categories = list(subjects), list(categories)
        self._filling = True  # the model's own signals must flow: the view follows them
        self.model.clear()
        self.model.setHorizontalHeaderLabels([name for _, name in categories])
        self.model.setVerticalHeaderLabels([name for _, name in subjects])
        for row, (s, _) in enumerate(subjects):
            for column, (c, name) in enumerate(categories):
                item = QStandardItem()
                item.setEditable(False)
                item.setCheckable(True)
                item.setToolTip(name)
                on = ticked(s, c)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.model.setItem(row, column, item)
        self._filling = False
        self.changed.emit()

    def _cells(self) -> list[tuple[int, int, bool]]:
        cells = []
        for row, (s, _) in enumerate(self._subjects):
            for column, (c, _) in enumerate(self._categories):
                item = self.model.item(row, column)
                on = item is not None and item.checkState() == Qt.CheckState.Checked
                cells.append((s, c, on))
        return cells

    def set_checked(self, subject: int, category: int, on: bool) -> None:
        """Tick or untick one pair."""
        row = next(i for i, (s, _) in enumerate(self._subjects) if s == subject)
        column = next(i for i, (c, _) in enumerate(self._categories) if c == category)
        item = self.model.item(row, column)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @Slot(QStandardItem)
    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._filling:
            self.changed.emit()
