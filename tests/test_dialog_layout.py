"""Every dialog at its default size, on every page: no horizontal scrollbar in sight, no
label whose text is cut, and no input without a label or an accessible name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.tools.screenshots import dialogs, example_database, pages
from dpo_desk.ui.main_window import MainWindow

# The import dialog's faults (its column mapping scrolls sideways; the file field, the
# mapping's combo boxes and the preview have no label for a screen reader) are in ui/:
# strict, so the test says so when they are mended.
KNOWN_FAULTS: set[str] = set()
NAMES = [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known layout faults"))
    if name in KNOWN_FAULTS
    else name
    for name, _factory in dialogs()
]


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Database]:
    db = example_database(tmp_path)
    yield db
    db.close()


def _shown(widget: QWidget, dialog: QDialog) -> bool:
    return widget.isVisibleTo(dialog) and widget.width() > 0


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def _inputs(dialog: QDialog) -> list[QWidget]:
    found: list[QWidget] = []
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds) or not _shown(widget, dialog):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside an editable combo box or a date edit
        if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
            continue
        if isinstance(widget, QHeaderView) or (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QListWidget)
            and widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        ):
            continue  # a table to read, not to fill in
        found.append(widget)
    return found


def _labelled(widget: QWidget, buddies: set[int], dialog: QDialog) -> bool:
    if widget.accessibleName():
        return True
    node: QWidget | None = widget
    while node is not None and node is not dialog:
        if id(node) in buddies:
            return True
        node = node.parentWidget()
    return False


def _faults(dialog: QDialog) -> list[str]:
    faults = []
    for area in dialog.findChildren(QAbstractScrollArea):
        if area.property("wide_data"):  # a file's own columns: as wide as the file is
            continue
        if _shown(area, dialog) and area.horizontalScrollBar().isVisible():
            faults.append(f"horizontal scrollbar: {_name(area)}")
    labels = [label for label in dialog.findChildren(QLabel) if _shown(label, dialog)]
    for label in labels:
        if label.text() and not label.wordWrap() and label.sizeHint().width() > label.width():
            faults.append(f"cut label: {label.text()!r}")
    buddies = {id(label.buddy()) for label in labels if label.buddy() is not None}
    for widget in _inputs(dialog):
        if not _labelled(widget, buddies, dialog):
            faults.append(f"no label: {_name(widget)}")
    return faults


@pytest.mark.parametrize("name", NAMES)
def test_every_dialog_is_laid_out_at_its_default_size(
    qtbot: QtBot, example: Database, name: str
) -> None:
    factory = dict(dialogs())[name]
    dialog = factory(example, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    faults = []
    for page in pages(dialog):
        qtbot.wait(1)  # the page's layout settles
        faults += [f"{name}{page}: {fault}" for fault in _faults(dialog)]
    assert faults == []


def test_every_input_of_every_tab_is_named(
    qtbot: QtBot, example: Database, settings: QSettings
) -> None:
    window = MainWindow(example, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    faults = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        labels = [label for label in tab.findChildren(QLabel) if label.buddy() is not None]
        buddies = {id(label.buddy()) for label in labels}
        faults += [
            f"{type(tab).__name__}: no label: {_name(widget)}"
            for widget in _inputs(tab)  # type: ignore[arg-type]
            if not _labelled(widget, buddies, tab)  # type: ignore[arg-type]
        ]
    assert faults == []
