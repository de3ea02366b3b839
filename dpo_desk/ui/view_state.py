"""What a register tab remembers between starts: its columns (widths, order, sort), its
filters and the split between table and detail pane, kept in the window's QSettings under
`tabs/<Tab>/…`; and "Reset view", which forgets them and puts the defaults back."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QPoint, QSettings, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QMenu, QSplitter, QTableView, QWidget

KEYS = ("header", "filters", "splitter")


class ViewState(QObject):
    """Remembers one tab's view in `settings` (None: a tab outside a window forgets)."""

    def __init__(
        self,
        *,
        key: str,
        table: QTableView,
        filters: Sequence[QWidget],
        splitter: QSplitter | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._table = table
        self._filters = [w for w in filters if isinstance(w, QComboBox | QCheckBox)]
        self._splitter = splitter
        self._settings: QSettings | None = None
        self._defaults: tuple[QByteArray, list[object], QByteArray | None] | None = None
        self._header: QByteArray | None = None
        self.quiet = False  # the tab sizes its columns to new rows: not the user's doing
        header = table.horizontalHeader()
        header.setContextMenuPolicy(header.contextMenuPolicy().CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)

    def _value(self, name: str) -> object:
        assert self._settings is not None
        return self._settings.value(f"{self._key}/{name}")

    def restore(self, settings: QSettings | None) -> None:
        """Once, after the first rows are in: note the defaults, then put back what was
        kept, and from now on keep every change."""
        if self._defaults is not None:
            return
        header = self._table.horizontalHeader()
        self._defaults = (
            header.saveState(),
            self._filter_values(),
            self._splitter.saveState() if self._splitter else None,
        )
        self._settings = settings
        if settings is not None:
            state = self._value("header")
            if isinstance(state, QByteArray | bytes):
                self._apply_header(QByteArray(state))
            filters = self._value("filters")
            if isinstance(filters, str):
                self._set_filters(json.loads(filters))
            state = self._value("splitter")
            if self._splitter is not None and isinstance(state, QByteArray | bytes):
                self._splitter.restoreState(state)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        for widget in self._filters:
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.toggled
            signal.connect(self._save_filters)
        if self._splitter is not None:
            self._splitter.splitterMoved.connect(self._save_splitter)

    def after_reload(self) -> None:
        """A reload sized the columns to the rows: the user's widths win."""
        if self._header is not None:
            self._apply_header(self._header)

    def _apply_header(self, state: QByteArray) -> None:
        header = self._table.horizontalHeader()
        header.restoreState(state)
        self._header = state
        self._table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _filter_values(self) -> list[object]:
        return [
            w.currentIndex() if isinstance(w, QComboBox) else w.isChecked() for w in self._filters
        ]

    def _set_filters(self, values: list[object]) -> None:
        if len(values) != len(self._filters):
            return  # the tab's filters changed since: keep the defaults
        for widget, value in zip(self._filters, values, strict=True):
            if isinstance(widget, QComboBox) and isinstance(value, int):
                if 0 <= value < widget.count():
                    widget.setCurrentIndex(value)
            elif isinstance(widget, QCheckBox) and isinstance(value, bool):
                widget.setChecked(value)

    @Slot()
    def _save_header(self) -> None:
        if self.quiet:
            return
        self._header = self._table.horizontalHeader().saveState()
        if self._settings is not None:
            self._settings.setValue(f"{self._key}/header", self._header)

    @Slot()
    def _save_filters(self) -> None:
        if self._settings is not None:
            self._settings.setValue(f"{self._key}/filters", json.dumps(self._filter_values()))

    @Slot()
    def _save_splitter(self) -> None:
        if self._settings is not None and self._splitter is not None:
            self._settings.setValue(f"{self._key}/splitter", self._splitter.saveState())

    @Slot(QPoint)
    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self._table)
        menu.addAction(QCoreApplication.translate("ViewState", "Reset view"), self.reset)
        menu.popup(self._table.horizontalHeader().mapToGlobal(point))

    @Slot()
    def reset(self) -> None:
        """Forget the kept view: the default columns, sort, filters and split."""
        if self._defaults is None:
            return
        header, filters, splitter = self._defaults
        self._apply_header(header)
        self._header = None
        self._set_filters(filters)
        if self._splitter is not None and splitter is not None:
            self._splitter.restoreState(splitter)
        if self._settings is not None:
            for name in KEYS:
                self._settings.remove(f"{self._key}/{name}")
