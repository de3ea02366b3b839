"""Forms: a field with its message beneath it, shown in red when the value is refused.

Nothing typed is ever cleared by a validation error; the message names the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.text import render

ERROR_STYLE = "color: #b3261e;"
_FRAMED = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QDateEdit)


class FieldMessages:
    """The message labels of a form's fields, keyed by field name."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, layout: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        """Add `widget` under `label`, with a hidden message label beneath it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{name}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        if widget.maximumHeight() < 16_777_215:  # a fixed-height editor: the row must not grow
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if not widget.objectName():
            widget.setObjectName(f"field_{name}")
        layout.addRow(label, box)
        self._labels[name] = message
        self._widgets[name] = widget

    def show(self, errors: dict[str, str], *, context: str = "Domain") -> None:
        """Show each field's message (translated) and clear the others; focus the first."""
        first: QWidget | None = None
        for name, label in self._labels.items():
            message = errors.get(name)
            label.setText(
                render(
                    message,
                    QCoreApplication.translate(context, message),
                    QCoreApplication.translate,
                )
                if message
                else ""
            )
            label.setVisible(bool(message))
            widget = self._widgets[name]
            if isinstance(widget, _FRAMED):  # composite editors show the message alone
                selector = f"#{widget.objectName()}"
                widget.setStyleSheet(
                    f"{selector} {{ border: 1px solid #b3261e; }}" if message else ""
                )
            if message and first is None:
                first = widget
        if first is not None:
            first.setFocus()

    def message(self, name: str) -> str:
        """The message now shown at a field ('' when none)."""
        label = self._labels[name]
        return label.text() if label.isVisible() or label.text() else ""

    def widget(self, name: str) -> QWidget:
        """The input widget of a field."""
        return self._widgets[name]


def add_page(tabs: QTabWidget, pages: dict[str, int], title: str, fields: list[str]) -> QFormLayout:
    """A page of a long form: a tab holding a form layout (top-aligned); `pages` learns
    which page each field is on, so that an error can open its page."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form, 1)
    index = tabs.addTab(page, title)
    for name in fields:
        pages[name] = index
    return form


def may_discard(dialog: QWidget, *, changed: bool, title: str, question: str) -> bool:
    """True when the dialog may close: nothing was changed, or the user chose to discard."""
    if not changed:
        return True
    answer = QMessageBox.question(
        dialog,
        title,
        question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
