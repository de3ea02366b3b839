"""The consumer form, the withdrawal of a consent and the warning list of an interruption."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
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
from dpo_desk.domain.consents import FREE_TEXT_MAX, Area, ConsumerDraft, parse_list, parse_streets
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.services import catalogue, consents
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.form import FieldMessages, RecordForm
from dpo_desk.ui.widgets import DATE_FORMAT, OptionalDateEdit


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street"),
    "house_number": QT_TRANSLATE_NOOP("Fields", "House number"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "meter_number": QT_TRANSLATE_NOOP("Fields", "Meter number"),
    "utility": QT_TRANSLATE_NOOP("Fields", "Utility"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "alternative_contact": QT_TRANSLATE_NOOP("Fields", "Alternative contact"),
    "category_id": QT_TRANSLATE_NOOP("Fields", "Special consideration"),
    "free_text": QT_TRANSLATE_NOOP("Fields", "Note"),
    "consent_given": QT_TRANSLATE_NOOP("Fields", "Written consent given"),
    "collected_by": QT_TRANSLATE_NOOP("Fields", "Collected by"),
    "consent_text_id": QT_TRANSLATE_NOOP("Fields", "Consent text signed"),
    "withdrawn": QT_TRANSLATE_NOOP("Fields", "Withdrawn"),
    "withdrawn_how": QT_TRANSLATE_NOOP("Fields", "How it was withdrawn"),
    "moved": QT_TRANSLATE_NOOP("Fields", "Moved"),
}


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
        self._db, self._draft, self._today = db, draft, today
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Consumer who needs special care"))
        self.resize(640, 720)
        self.messages = FieldMessages()
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
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
        self.consent_text = QComboBox()
        self.consent_text.addItem("", None)
        for text_id, label, valid_from in consents.consent_texts(db):
            self.consent_text.addItem(f"{label} ({format_date(valid_from)})", text_id)
        self.moved = QCheckBox(self.tr("Moved: the consent must be confirmed again"))
        self.messages.add_row(form, self.tr("Special consideration"), "category", self.category)
        self.messages.add_row(form, self.tr("Note"), "free_text", self.free_text)
        form.addRow("", self.reveal_button)
        form.addRow("", self.hint)
        self.messages.add_row(form, self.tr("Written consent"), "consent_given", self.consent_given)
        form.addRow(self.tr("Collected by"), self.collected_by)
        self.messages.add_row(
            form, self.tr("Consent text signed"), "consent_text", self.consent_text
        )
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
        self.finish(form, draft)

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
        self.on = _date_edit(today())
        self.how = QLineEdit()
        self.how.setPlaceholderText(self.tr("e.g. by phone to the utility"))
        self.messages = FieldMessages()
        form = QFormLayout()
        self.messages.add_row(form, self.tr("Withdrawn"), "withdrawn", self.on)
        form.addRow(self.tr("How it came"), self.how)
        note = QLabel(
            self.tr(
                "The health details are erased at once; the proof that consent "
                "was given and withdrawn is kept."
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
        self.accept()


class WarningListDialog(QDialog):
    """An interruption: where and when; then the call sheet as PDF or Excel."""

    def __init__(
        self,
        db: Database,
        utilities: list[str],
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.setWindowTitle(self.tr("Warning list before an interruption"))
        self.resize(560, 560)
        self.utility = QComboBox()
        self.utility.addItem(self.tr("All utilities"), "")
        for name in utilities:
            self.utility.addItem(name, name)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. pipe repair, Skovvej, 01-12 08:00–14:00"))
        self.starts = QDateTimeEdit(QDateTime.currentDateTime())
        self.ends = QDateTimeEdit(QDateTime.currentDateTime().addSecs(4 * 3600))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("dd-MM-yyyy HH:mm")
            edit.setCalendarPopup(True)
        self.postal_codes = QLineEdit()
        self.streets = QPlainTextEdit()
        self.streets.setFixedHeight(60)
        self.meters = QPlainTextEdit()
        self.meters.setFixedHeight(80)
        self.meters.setPlaceholderText(
            self.tr("Paste meter numbers: one a line, or separated by spaces or commas")
        )
        self.with_notes = QCheckBox(self.tr("Include the notes (only when needed)"))
        self.messages = FieldMessages()
        form = QFormLayout()
        form.addRow(self.tr("Utility"), self.utility)
        self.messages.add_row(form, self.tr("Interruption"), "title", self.title)
        form.addRow(self.tr("Planned start"), self.starts)
        form.addRow(self.tr("Planned end"), self.ends)
        self.messages.add_row(form, self.tr("Postal codes"), "area", self.postal_codes)
        form.addRow(self.tr("Streets"), self.streets)
        form.addRow(self.tr("Meter numbers"), self.meters)
        form.addRow(self.with_notes)
        self.pdf_button = QPushButton(self.tr("Call sheet (PDF)…"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.pdf_button.clicked.connect(self.write_pdf)
        self.xlsx_button.clicked.connect(self.write_xlsx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.xlsx_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.named: int | None = None

    def area(self) -> Area:
        """The area as typed or pasted."""
        return Area(
            parse_list(self.postal_codes.text()),
            parse_streets(self.streets.toPlainText()),
            parse_list(self.meters.toPlainText()),
        )

    def interruption(self) -> str:
        """The interruption as the list and the log name it: what, from, to."""
        starts = self.starts.dateTime().toString("dd-MM-yyyy HH:mm")
        ends = self.ends.dateTime().toString("dd-MM-yyyy HH:mm")
        return f"{self.title.text().strip() or '—'} ({starts} – {ends})"

    def produce(self, out: Path, fmt: str) -> bool:
        """Write the list to `out`; errors stay at their fields."""
        try:
            lines = consents.write_call_sheet(
                self._db,
                self.area(),
                interruption=self.title.text().strip() or "—",
                out=out,
                fmt=fmt,
                today=self._today(),
                with_free_text=self.with_notes.isChecked(),
                utility=self.utility.currentData(),
            )
        except ValidationFailedError as error:
            self.messages.show(error.errors)
            return False
        self.messages.show({})
        self.named = len(lines)
        return True

    def _write(self, fmt: str) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the list"), f"varsling.{fmt}", f"*.{fmt}"
        )
        if chosen and self.produce(Path(chosen), fmt):
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("%n consumer(s) to warn.", "", self.named or 0),
            )

    @Slot()
    def write_pdf(self) -> None:
        """The call sheet as a PDF."""
        self._write("pdf")

    @Slot()
    def write_xlsx(self) -> None:
        """The list as an Excel workbook."""
        self._write("xlsx")


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
        self.label.setPlaceholderText("3.0")
        self.valid_from = _date_edit(today())
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
                ("label", check_text(self.label.text(), required=True, max_length=50)),
                ("text", check_text(self.text.toPlainText(), required=True, max_length=4000)),
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
