"""File → The DPO's annual remarks…: the text the annual report ends with, per year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.text import render
from dpo_desk.i18n import translate
from dpo_desk.services import remarks
from dpo_desk.services.errors import ValidationFailedError


class RemarksDialog(QDialog):
    """Edits the remarks of one year; saved in one transaction, audited."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("The DPO's remarks for the annual report"))
        self.setMinimumSize(560, 420)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue((today or dt.date.today()).year)
        self.year.setKeyboardTracking(False)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("What the management should know about the year, in your own words.")
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Remarks"), self.text)
        form.addRow("", self.error)
        form.addRow(self.buttons)
        self._shown_year = self.year.value()
        self._load()
        self.year.valueChanged.connect(self._year_changed)

    def _load(self) -> None:
        self.text.setPlainText(remarks.load(self._db, self._shown_year))
        self.text.document().setModified(False)
        self.error.hide()

    @Slot(int)
    def _year_changed(self, year: int) -> None:
        if self.text.document().isModified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Save the remarks for %1 first?").replace("%1", str(self._shown_year)),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self._store()
            ):
                self.year.blockSignals(True)
                self.year.setValue(self._shown_year)
                self.year.blockSignals(False)
                return
        self._shown_year = year
        self._load()

    def _store(self) -> bool:
        try:
            remarks.save(self._db, self._shown_year, self.text.toPlainText())
        except ValidationFailedError as error:
            message = error.errors["remarks"]
            self.error.setText(render(message, translate("Domain", message), translate))
            self.error.show()
            return False
        self.text.document().setModified(False)
        return True

    @Slot()
    def save(self) -> None:
        """Save the shown year's remarks and close; a refused text stays as typed."""
        if self._store():
            self.accept()
