"""The window's tabs, each built when it is first wanted: the tab bar shows every title
from the start, and a tab's widget (its imports, its table, its rows) is made the first
time the tab is shown or asked for (`tab(name)`, `widget(index)`).

Each tab sits in a page of its own; the methods a caller uses to reach a tab
(`widget`, `currentWidget`, `indexOf`, `setCurrentWidget`) answer with the register's
tab itself, building it when needed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dpo_desk.services.registry import RegisterSpec

Make = Callable[[RegisterSpec], QWidget]


def tab_class(path: str) -> Callable[..., QWidget]:
    """The tab class a register names in the registry ("module:Class")."""
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


class LazyTabs(QTabWidget):
    """A QTabWidget whose tabs are made by `make(spec)` when first wanted."""

    def __init__(self, make: Make, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._specs: list[RegisterSpec] = []
        self._pages: list[QWidget] = []
        self._built: dict[str, QWidget] = {}
        self.currentChanged.connect(self._on_current)

    def clear_tabs(self) -> None:
        """Remove every tab (and delete the ones built); no tab is built meanwhile."""
        blocked = self.blockSignals(True)
        try:
            self.stop_reading()
            while self.count():
                page = super().widget(0)
                self.removeTab(0)
                page.deleteLater()
        finally:
            self.blockSignals(blocked)
        self._specs, self._pages, self._built = [], [], {}

    def stop_reading(self) -> None:
        """Stop every built tab's read in slices (before the tabs or the database go)."""
        for page in self._built.values():
            stop = getattr(page, "stop_reading", None)
            if stop is not None:
                stop()

    def add(self, spec: RegisterSpec, title: str) -> None:
        """A tab for `spec`, titled `title`, built when first wanted."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._specs.append(spec)
        self._pages.append(page)
        self.addTab(page, title)

    # -- the tabs themselves --------------------------------------------------------
    def tab(self, name: str) -> QWidget | None:
        """The tab of register `name`, built now if it was not yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        index = next((i for i, s in enumerate(self._specs) if s.name == name), None)
        return None if index is None else self._build(index)

    def built(self, name: str) -> QWidget | None:
        """The tab of register `name` if it is built (None otherwise)."""
        return self._built.get(name)

    def names(self) -> list[str]:
        """The registers, in the order of the tabs."""
        return [s.name for s in self._specs]

    def _build(self, index: int) -> QWidget:
        spec, page = self._specs[index], self._pages[index]
        built = self._built.get(spec.name)
        if built is None:
            built = self._make(spec)
            self._built[spec.name] = built
            page.layout().addWidget(built)
            if page.isVisible():
                built.show()  # shown now: it reads its rows at once
        return built

    @Slot(int)
    def _on_current(self, index: int) -> None:
        if 0 <= index < len(self._pages):
            self._build(index)

    # -- what callers of a QTabWidget use, answered with the tabs -------------------
    def widget(self, index: int) -> QWidget:  # type: ignore[override]
        """The tab at `index` (built when it was not yet)."""
        if 0 <= index < len(self._pages):
            return self._build(index)
        return super().widget(index)

    def currentWidget(self) -> QWidget:  # type: ignore[override]
        """The current tab."""
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # type: ignore[override]
        """The index of a tab (or of its page)."""
        for i, page in enumerate(self._pages):
            if widget is page or self._built.get(self._specs[i].name) is widget:
                return i
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        """Show the tab `widget`."""
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)


class TabsByName(Mapping[str, QWidget]):
    """`window.tab_of[name]`: the register's tab, built when first asked for."""

    def __init__(self, tabs: LazyTabs) -> None:
        self._tabs = tabs

    def __getitem__(self, name: str) -> QWidget:
        tab = self._tabs.tab(name)
        if tab is None:
            raise KeyError(name)
        return tab

    def __iter__(self) -> Iterator[str]:
        return iter(self._tabs.names())

    def __len__(self) -> int:
        return len(self._tabs.names())

    def get(self, name: str, default: Any = None) -> Any:
        tab = self._tabs.tab(name)
        return default if tab is None else tab
