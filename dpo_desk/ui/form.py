"""Forms: a field with its message beneath it, shown in red when the value is refused.

Nothing typed is ever cleared by a validation error; the message names the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from dpo_desk.db.session import Database, DiskFailureError, WriteRefusedError, is_disk_failure
from dpo_desk.domain.text import render
from dpo_desk.i18n import error_text
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError
from dpo_desk.ui.announce import announce
from dpo_desk.ui.conflict_dialog import Choice, ConflictDialog
from dpo_desk.ui.widgets import CheckList

ERROR_STYLE = "color: #b3261e;"
ERROR_COLOR = QColor("#b3261e")
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


class RecordForm(QDialog):
    """What every register's edit dialog shares: Save and Cancel, saving in one
    transaction with the messages at the fields, asking before edits are thrown away,
    and settling a save that met a newer saved version (show both, keep mine, take
    theirs; cancel keeps the form as typed).

    A form implements `draft()`, `_show(draft)`, `store(draft)` and
    `discard_question()`, and calls `finish()` at the end of its constructor. It sets
    FIELD_LABELS (field -> label), and may set HIDDEN_FIELDS (never shown in the conflict
    dialog) and DESCRIBED_BY (field -> the CheckList or QComboBox attribute that names
    its values). A form of several pages starts with `begin()` and adds each with
    `page()`, so that an error opens the page of its field.
    """

    FIELD_LABELS: dict[str, str] = {}
    HIDDEN_FIELDS: frozenset[str] = frozenset()
    DESCRIBED_BY: dict[str, str] = {}

    _db: Database | None = None  # named in the message when the disk fails
    _draft: Any  # what the form opened (or took from a newer save)
    _initial: Any  # the draft as shown, to tell whether anything was changed
    pages: QTabWidget  # a form of pages: made by begin()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self.messages = FieldMessages()
        self._pages: dict[str, int] = {}  # field -> the page it is on
        self._columns: list[QVBoxLayout] = []  # a form of columns: made by begin()

    # -- what each form implements ------------------------------------------------------
    def draft(self) -> Any:
        """The record as the form holds it now."""
        raise NotImplementedError

    def _show(self, draft: Any) -> None:
        """Put `draft` into the fields."""
        raise NotImplementedError

    def store(self, draft: Any) -> int:
        """Save `draft` through the register's service; returns its id."""
        raise NotImplementedError

    def discard_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        raise NotImplementedError

    # -- building -------------------------------------------------------------------------
    def begin(
        self, draft: Any, title: str, width: int, height: int, *, columns: int = 0
    ) -> QWidget:
        """The start of a form of pages: the draft it opened, its title and size, and
        its (still empty) pages: tabs, or with `columns` titled groups in that many
        columns, all in view (a form short enough to be seen whole)."""
        self._draft = draft
        self.setWindowTitle(title)
        self.resize(width, height)
        if not columns:
            self.pages = QTabWidget()
            return self.pages
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        for _ in range(columns):
            self._columns.append(QVBoxLayout())
            self._columns[-1].addStretch(1)
            row.addLayout(self._columns[-1], 1)
        return body

    def page(self, title: str, fields: Sequence[str] = (), *, column: int = 0) -> QFormLayout:
        """A new page holding `fields` (see `add_page`); in a form of columns, a group
        at the foot of `column` (always in view: no page to open)."""
        if not self._columns:
            return add_page(self.pages, self._pages, title, list(fields))
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._columns[column].insertWidget(self._columns[column].count() - 1, group)
        return form

    def finish(self, body: QWidget | QLayout, draft: Any) -> None:
        """Put Save and Cancel under `body`, show `draft` and remember it unchanged."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if isinstance(body, QLayout):
            layout.addLayout(body)
        else:
            layout.addWidget(body)
        layout.addWidget(self.buttons)
        save = QShortcut(QKeySequence("Ctrl+S"), self)  # the standard key may be unbound
        save.activated.connect(self.save)  # Esc cancels: QDialog's own key, through reject()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            save.key().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self._show(draft)
        self._initial = self.draft()

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Validate and save; errors stay at their fields, with the input."""
        try:
            self.saved_id = self.store(self.draft())
        except ValidationFailedError as error:
            self.show_errors(error.errors)
            return
        except ConcurrentEditError as error:
            self.resolve_conflict(error)
            return
        except WriteRefusedError as error:  # a login that may only read: say so, keep the input
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        except DBAPIError as error:  # the disk is full or failing: say so, keep the input
            if not is_disk_failure(error):
                raise
            shown = DiskFailureError(self._db.display_name if self._db is not None else "")
            QMessageBox.warning(self, self.windowTitle(), error_text(shown))
            return
        self.accept()
        announce(self, QCoreApplication.translate("RecordForm", "Saved."))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show messages at the fields; a form of pages opens the page of the first and
        marks the tab of every page that holds one (red, with a warning icon)."""
        if self._pages:
            failing = {self._pages[name] for name in errors if name in self._pages}
            bar = self.pages.tabBar()
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for index in range(self.pages.count()):
                bar.setTabTextColor(index, ERROR_COLOR if index in failing else QColor())
                self.pages.setTabIcon(index, warning if index in failing else QIcon())
            first = next((name for name in self._pages if name in errors), None)
            if first is not None:
                self.pages.setCurrentIndex(self._pages[first])
        self.messages.show(errors)

    def reject(self) -> None:
        """Ask before throwing away edits."""
        if not may_discard(
            self,
            changed=self.draft() != self._initial,
            title=QCoreApplication.translate("RecordForm", "Discard changes?"),
            question=self.discard_question(),
        ):
            return
        super().reject()

    def describe_field(self, name: str, value: Any) -> str | None:
        """How the form names `value` of field `name`: ids by their names, choices by
        their labels; None for the plain rendering."""
        widget = getattr(self, self.DESCRIBED_BY[name]) if name in self.DESCRIBED_BY else None
        if isinstance(widget, CheckList):
            return widget.labels_of(value)
        if isinstance(widget, QComboBox):
            return choice_label(widget, value)
        return None

    def resolve_conflict(self, error: ConcurrentEditError) -> Choice:
        """Let the user settle a ConcurrentEditError; returns the choice made."""
        theirs: Any = error.current
        if theirs is None:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return Choice.NONE
        dialog = ConflictDialog(
            self.draft(),
            theirs,
            self.FIELD_LABELS,
            self,
            describe=self.describe_field,
            hidden=self.HIDDEN_FIELDS,
        )
        dialog.exec()
        if dialog.choice is Choice.KEEP_MINE:
            self._draft.version = theirs.version  # save mine over theirs, knowingly
            self.save()
        elif dialog.choice is Choice.TAKE_THEIRS:
            self._draft = theirs
            self._show(theirs)
            self._initial = self.draft()
        return dialog.choice


def choice_label(combo: QComboBox, value: Any) -> str | None:
    """The label a combo box shows for `value`, None when it has none."""
    index = combo.findData(value)
    return combo.itemText(index) if index >= 0 else None
