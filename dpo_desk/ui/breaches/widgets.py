"""Editors the breach form needs: a moment (date and time) that may be empty, the
controllers told, and the follow-up notifications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.breach_rules import check_move
from dpo_desk.domain.breaches import (
    STATUS_LABELS,
    BreachDraft,
    BreachStatus,
    ControllerNotice,
    FollowUp,
)

MOMENT_FORMAT = "dd-MM-yyyy HH:mm"


def _to_qt(value: dt.datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(local.date(), local.time().replace(second=0, microsecond=0))


def _from_qt(value: QDateTime) -> dt.datetime:
    naive: dt.datetime = value.toPython()  # type: ignore[assignment]
    return naive.replace(second=0, microsecond=0).astimezone()  # the machine's time zone


def moment_edit() -> QDateTimeEdit:
    """A date and time, dd-mm-åååå tt:mm, with a calendar."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat(MOMENT_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime.currentDateTime())
    return edit


class OptionalMomentEdit(QWidget):
    """A moment that may be left empty (a tick box enables it)."""

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = moment_edit()
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setAccessibleName(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.datetime | None:
        """The moment (aware), or None when left empty."""
        return _from_qt(self.edit.dateTime()) if self.enabled.isChecked() else None

    def set_value(self, value: dt.datetime | None) -> None:
        """Show `value` (empty for None)."""
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDateTime(_to_qt(value))


def moment_value(edit: QDateTimeEdit) -> dt.datetime:
    """The aware moment a QDateTimeEdit shows."""
    return _from_qt(edit.dateTime())


def set_moment(edit: QDateTimeEdit, value: dt.datetime) -> None:
    """Show an aware moment in local time."""
    edit.setDateTime(_to_qt(value))


class ControllersEditor(QWidget):
    """One line per controller we process for: told or not, and when."""

    changed = Signal()

    def __init__(self, parties: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, OptionalMomentEdit] = {}
        self._concerned: dict[int, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for line, (party_id, name) in enumerate(parties):
            concerned = QCheckBox(name)
            told = OptionalMomentEdit(self.tr("Told"))
            told.setEnabled(False)
            concerned.toggled.connect(told.setEnabled)
            concerned.toggled.connect(self.changed)
            grid.addWidget(concerned, line, 0)
            grid.addWidget(told, line, 1)
            self._concerned[party_id], self._rows[party_id] = concerned, told
        if not parties:
            grid.addWidget(QLabel(self.tr("No controllers in the processor register.")), 0, 0)

    def notices(self) -> list[ControllerNotice]:
        """The controllers concerned, with the moment each was told."""
        return [
            ControllerNotice(party_id, self._rows[party_id].value())
            for party_id, box in self._concerned.items()
            if box.isChecked()
        ]

    def set_notices(self, notices: Sequence[ControllerNotice]) -> None:
        """Show which controllers are concerned and when they were told."""
        by_id = {n.party_id: n for n in notices}
        for party_id, box in self._concerned.items():
            box.setChecked(party_id in by_id)
            self._rows[party_id].set_value(by_id[party_id].told_at if party_id in by_id else None)


class FollowUpsEditor(QWidget):
    """Later notifications to Datatilsynet in phases (Art. 33(4)): when, and what."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[QWidget, QDateTimeEdit, QLineEdit]] = []
        self._column = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add a follow-up"))
        self.add_button.clicked.connect(self._add_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._column)
        layout.addWidget(self.add_button)

    @Slot()
    def _add_empty(self) -> None:
        self.add(FollowUp(dt.datetime.now().astimezone(), ""))
        self.changed.emit()

    def add(self, follow_up: FollowUp) -> None:
        """Add a line showing `follow_up`."""
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        when = moment_edit()
        set_moment(when, follow_up.sent_at)
        note = QLineEdit(follow_up.note)
        note.setPlaceholderText(self.tr("What was sent"))
        note.setAccessibleName(self.tr("What was sent"))
        remove = QPushButton(self.tr("Remove"))
        row.addWidget(when)
        row.addWidget(note, 1)
        row.addWidget(remove)
        entry = (line, when, note)
        remove.clicked.connect(lambda: self._remove(entry))
        self._lines.append(entry)
        self._column.addWidget(line)

    def _remove(self, entry: tuple[QWidget, QDateTimeEdit, QLineEdit]) -> None:
        self._lines.remove(entry)
        entry[0].deleteLater()
        self.changed.emit()

    def follow_ups(self) -> list[FollowUp]:
        """The follow-ups, as shown."""
        return [FollowUp(moment_value(when), note.text()) for _, when, note in self._lines]

    def set_follow_ups(self, follow_ups: Sequence[FollowUp]) -> None:
        """Replace the lines."""
        for entry in list(self._lines):
            self._lines.remove(entry)
            entry[0].deleteLater()
        for follow_up in follow_ups:
            self.add(follow_up)


UNKNOWN = -1  # a count not known (the spin box's special value)


def count_edit() -> QSpinBox:
    """A number of people or records, which may be "not known"."""
    spin = QSpinBox()
    spin.setRange(UNKNOWN, 100_000_000)
    spin.setSpecialValueText(QCoreApplication.translate("Breaches", "Not known"))
    spin.setGroupSeparatorShown(True)
    return spin


def set_count(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(UNKNOWN if value is None else value)


def count_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == UNKNOWN else spin.value()


def offer_statuses(combo: QComboBox, d: BreachDraft) -> None:
    """The statuses the workflow lets the breach take from the one it was saved with (a
    new breach: registered), the draft's chosen."""
    combo.clear()
    previous = d.status if d.id is not None else BreachStatus.REGISTERED
    for status, label in STATUS_LABELS.items():
        if status == previous or (d.id is not None and check_move(previous, status) is None):
            combo.addItem(QCoreApplication.translate("Breaches", label), status)
    combo.setCurrentIndex(max(combo.findData(d.status), 0))
