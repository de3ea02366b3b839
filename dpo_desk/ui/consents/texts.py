"""The versions of the consent text: a new version is added, none is changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.consents import TEXT_LIMITS
from dpo_desk.domain.text import format_date
from dpo_desk.services import consents
from dpo_desk.ui.consents.dialogs import date_edit
from dpo_desk.ui.form import FieldMessages


class ConsentTextsDialog(QDialog):
    """The versions of the consent text; a new version is added, none is changed."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Consent texts"))
        self.resize(640, 520)
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.label = QLineEdit()
        self.label.setMaxLength(TEXT_LIMITS["label"])
        self.label.setPlaceholderText("3.0")
        self.valid_from = date_edit(today())
        self.text = QPlainTextEdit()
        self.messages = FieldMessages()
        form = QFormLayout()
        form.addRow(self.tr("Versions"), self.versions)
        self.messages.add_row(form, self.tr("New version"), "label", self.label)
        form.addRow(self.tr("Valid from"), self.valid_from)
        self.messages.add_row(form, self.tr("Text"), "text", self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            self.tr("Add this version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.add_button.clicked.connect(self.add_version)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_versions()

    def _show_versions(self) -> None:
        self.versions.setText(
            "\n".join(
                f"{label} ({format_date(valid)})"
                for _id, label, valid in consents.consent_texts(self._db)
            )
            or self.tr("None yet.")
        )

    @Slot()
    def add_version(self) -> None:
        """Keep the new version; earlier versions stay as they were signed."""
        from dpo_desk.domain.validation import check_text

        errors = {
            name: message
            for name, message in (
                (
                    "label",
                    check_text(self.label.text(), required=True, max_length=TEXT_LIMITS["label"]),
                ),
                (
                    "text",
                    check_text(
                        self.text.toPlainText(), required=True, max_length=TEXT_LIMITS["text"]
                    ),
                ),
            )
            if message
        }
        if errors:
            self.messages.show(errors)
            return
        consents.add_consent_text(
            self._db,
            label=self.label.text(),
            text=self.text.toPlainText(),
            valid_from=self.valid_from.date().toPython(),
        )  # type: ignore[arg-type]
        self.messages.show({})
        self.label.clear()
        self.text.clear()
        self._show_versions()
