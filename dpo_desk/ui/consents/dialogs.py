"""The consumer form and the withdrawal of a consent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.consents import (
    FREE_TEXT_MAX,
    LIMITS,
    WARNING_ONLY,
    ConsumerDraft,
    proposed_text,
    text_warning,
)
from dpo_desk.domain.text import UserError, format_date, render
from dpo_desk.domain.titles import TABLES
from dpo_desk.services import catalogue, consents
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.form import FieldMessages, RecordForm
from dpo_desk.ui.widgets import DATE_FORMAT, OptionalDateEdit


def date_edit(day: dt.date) -> QDateEdit:
    """A date field showing dd-mm-åååå, with a calendar."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


# The fields' titles are the consumer table's own (domain/titles.py).
FIELD_LABELS = dict(TABLES["consumer"].fields)


class ConsumerDialog(RecordForm, QDialog):
    """A consumer who needs special care, and the written consent."""

    FIELD_LABELS = FIELD_LABELS
    DESCRIBED_BY = {"category_id": "category", "consent_text_id": "consent_text"}
    HIDDEN_FIELDS = frozenset({"free_text"})  # a health detail: never shown unasked

    def __init__(
        self,
        db: Database,
        draft: ConsumerDraft,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        body = self.begin(draft, self.tr("Consumer who needs special care"), 640, 720, columns=1)
        self.edits: dict[str, QLineEdit] = {}
        form = self.page(self.tr("The consumer"))
        for name, label in (
            ("name", self.tr("Name")),
            ("street", self.tr("Street")),
            ("house_number", self.tr("House number")),
            ("postal_code", self.tr("Postal code")),
            ("city", self.tr("City")),
            ("meter_number", self.tr("Meter number")),
            ("utility", self.tr("Utility")),
            ("phone", self.tr("Phone")),
            ("alternative_contact", self.tr("Alternative contact")),
        ):
            edit = QLineEdit()
            edit.setMaxLength(LIMITS[name])
            edit.setEnabled(not (draft.withdrawn and name in WARNING_ONLY))
            self.edits[name] = edit
            self.messages.add_row(form, label, name, edit)
        self.category = QComboBox()
        self.category.addItem("", None)
        for entry in catalogue.entries(db, "consideration"):
            self.category.addItem(entry.name, entry.id)
        self.free_text = QPlainTextEdit()
        self.free_text.setFixedHeight(60)
        self.free_text.setTabChangesFocus(True)
        self.hint = QLabel(
            self.tr(
                "Write only what is needed to warn the consumer; at most "
                "%1 characters. Never a diagnosis, never a CPR number."
            ).replace("%1", str(FREE_TEXT_MAX))
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a5a00;")
        self.reveal_button = QPushButton(self.tr("Show the note (recorded in the log)"))
        self.reveal_button.clicked.connect(self.reveal)
        self._revealed = True
        self.consent_given = OptionalDateEdit(self.tr("Given"))
        self.collected_by = QLineEdit()
        self.collected_by.setMaxLength(LIMITS["collected_by"])
        self.consent_text = QComboBox()
        self.consent_text.addItem("", None)
        self._texts = consents.consent_texts(db)
        for text_id, label, valid_from in self._texts:
            self.consent_text.addItem(f"{label} ({format_date(valid_from)})", text_id)
        self.text_warning = QLabel()
        self.text_warning.setObjectName("warning_consent_text")
        self.text_warning.setWordWrap(True)
        self.text_warning.setStyleSheet("color: #8a5a00;")
        self.text_warning.hide()
        self._text_chosen = False  # a version chosen by hand is not replaced
        self.moved = QCheckBox(self.tr("Moved: the consent must be confirmed again"))
        form = self.page(self.tr("Special care and consent"))
        self.messages.add_row(form, self.tr("Special consideration"), "category", self.category)
        self.messages.add_row(form, self.tr("Note"), "free_text", self.free_text)
        form.addRow("", self.reveal_button)
        form.addRow("", self.hint)
        self.messages.add_row(form, self.tr("Written consent"), "consent_given", self.consent_given)
        self.messages.add_row(form, self.tr("Collected by"), "collected_by", self.collected_by)
        self.messages.add_row(
            form, self.tr("Consent text signed"), "consent_text", self.consent_text
        )
        form.addRow("", self.text_warning)
        form.addRow(self.moved)
        self.attach_button = QPushButton(self.tr("Attach the signed form…"))
        self.open_form_button = QPushButton(self.tr("Open the signed form (recorded in the log)"))
        self.attach_button.setEnabled(draft.id is not None)
        self.open_form_button.setEnabled(draft.id is not None)
        self.attach_button.clicked.connect(self.attach_form)
        self.open_form_button.clicked.connect(self.open_form)
        form.addRow(self.tr("Signed form"), self.attach_button)
        form.addRow("", self.open_form_button)
        if draft.withdrawn:
            form.addRow(
                QLabel(
                    self.tr("Withdrawn %1 (%2): the health details were erased.")
                    .replace("%1", format_date(draft.withdrawn))
                    .replace("%2", draft.withdrawn_how)
                )
            )
        self.finish(body, draft)
        self.consent_given.enabled.toggled.connect(self._consent_date_changed)
        self.consent_given.edit.dateChanged.connect(self._consent_date_changed)
        self.consent_text.activated.connect(self._text_chosen_by_hand)
        self._show_text_warning()

    @Slot()
    def _consent_date_changed(self) -> None:
        """Propose the version of the consent text in use on the consent date."""
        if not self._text_chosen:
            proposed = proposed_text(self._texts, self.consent_given.value())
            if proposed is not None:
                self.consent_text.setCurrentIndex(self.consent_text.findData(proposed))
        self._show_text_warning()

    @Slot()
    def _text_chosen_by_hand(self) -> None:
        self._text_chosen = True
        self._show_text_warning()

    def _show_text_warning(self) -> None:
        """Warn (without refusing) when the version is not the one in use that day."""
        warning = text_warning(
            self._texts, self.consent_text.currentData(), self.consent_given.value()
        )
        self.text_warning.setText(
            render(warning, QCoreApplication.translate("Domain", warning)) if warning else ""
        )
        self.text_warning.setVisible(bool(warning))

    def _show(self, d: ConsumerDraft) -> None:
        """Put a saved (or new) consumer in the form; a saved note stays hidden until the
        explicit action shows it."""
        for name, edit in self.edits.items():
            edit.setText(getattr(d, name))
        self.category.setCurrentIndex(max(self.category.findData(d.category_id), 0))
        hidden = d.id is not None and bool(d.free_text)
        self.free_text.setPlainText("" if hidden else d.free_text)
        self.free_text.setEnabled(not hidden)
        self.reveal_button.setVisible(hidden)
        self._revealed = not hidden
        self.consent_given.set_value(d.consent_given)
        self.collected_by.setText(d.collected_by)
        self.consent_text.setCurrentIndex(max(self.consent_text.findData(d.consent_text_id), 0))
        self.moved.setChecked(d.moved)
        if d.withdrawn is not None:  # erased on withdrawal: nothing to fill in again
            for widget in (self.category, self.free_text, self.reveal_button):
                widget.setEnabled(False)

    @Slot()
    def reveal(self) -> None:
        """Show the note; the opening is recorded in the audit trail."""
        if self._draft.id is not None:
            self.free_text.setPlainText(consents.reveal(self._db, self._draft.id))
        self.free_text.setEnabled(True)
        self.reveal_button.hide()
        self._revealed = True

    @Slot()
    def attach_form(self) -> None:
        """Copy the signed consent form into the attachments (with its SHA-256)."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Signed form"))
        if chosen and self._draft.id is not None:
            consents.attach_signed_form(self._db, self._draft.id, Path(chosen))
            self._draft.version = consents.draft(self._db, self._draft.id).version

    @Slot()
    def open_form(self) -> None:
        """Open the signed form; the opening is recorded."""
        if self._draft.id is None:
            return
        path, file_state = consents.open_signed_form(self._db, self._draft.id)
        if path is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("No form is attached."))
        elif file_state != "ok":
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The stored form has changed or is missing since it was attached."),
            )
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def draft(self) -> ConsumerDraft:
        """What the form holds (an unrevealed note is kept as it is)."""
        values = {name: edit.text() for name, edit in self.edits.items()}
        return ConsumerDraft(
            id=self._draft.id,
            version=self._draft.version,
            **values,
            category_id=self.category.currentData(),
            free_text=self.free_text.toPlainText() if self._revealed else self._draft.free_text,
            consent_given=self.consent_given.value(),
            collected_by=self.collected_by.text(),
            consent_text_id=self.consent_text.currentData(),
            withdrawn=self._draft.withdrawn,
            withdrawn_how=self._draft.withdrawn_how,
            moved=self.moved.isChecked(),
        )

    def store(self, draft: ConsumerDraft) -> int:
        """Save through the consents' service."""
        return consents.save(self._db, draft, today=self._today())

    def discard_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        return self.tr("You have changed the consumer. Close without saving?")


class WithdrawDialog(QDialog):
    """Withdraw a consent in one step: a date and how it came."""

    def __init__(
        self,
        db: Database,
        consumer_id: int,
        name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._id, self._today = db, consumer_id, today
        self.setWindowTitle(self.tr("Withdraw consent: %1").replace("%1", name))
        self.on = date_edit(today())
        self.how = QLineEdit()
        self.how.setMaxLength(LIMITS["withdrawn_how"])
        self.how.setPlaceholderText(self.tr("e.g. by phone to the utility"))
        self.messages = FieldMessages()
        form = QFormLayout()
        self.messages.add_row(form, self.tr("Withdrawn"), "withdrawn", self.on)
        self.messages.add_row(form, self.tr("How it came"), "withdrawn_how", self.how)
        note = QLabel(
            self.tr(
                "The health details, the phone, the alternative contact and the meter "
                "number are erased at once; the proof that consent was given and "
                "withdrawn is kept."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.withdraw)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @Slot()
    def withdraw(self) -> None:
        """Withdraw and erase."""
        try:
            consents.withdraw(
                self._db,
                self._id,
                on=self.on.date().toPython(),  # type: ignore[arg-type]
                how=self.how.text(),
                today=self._today(),
            )
        except ValidationFailedError as error:
            self.messages.show(error.errors)
            return
        except UserError as error:  # already withdrawn: the proof stays as it is
            self.messages.show({"withdrawn": error.message})
            return
        self.accept()
