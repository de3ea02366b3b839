"""The processing register tab: the table of activities, search, filters and actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.legal import BY_CODE, LEGAL_BASES, short_label
from dpo_desk.domain.register import (
    ART30_LABELS,
    ROLE_LABELS,
    SENSITIVITY_LABELS,
    SENSITIVITY_MARKERS,
    STATUS_LABELS,
    ActivityDraft,
    Role,
    Sensitivity,
    Status,
    review_overdue,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.services import register
from dpo_desk.services.register import ActivityRow
from dpo_desk.ui import details
from dpo_desk.ui.detail_pane import Detail
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.icons import icon
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.register.calendar import DeletionCalendarDialog
from dpo_desk.ui.register.form import ActivityDialog
from dpo_desk.ui.table_model import (
    RED,
    FoldLater,
    TableColumn,
    due_icon,
)
from dpo_desk.ui.tr import translated

CONTEXT = "RegisterTab"


def _bases(row: ActivityRow) -> str:
    return ", ".join(short_label(c) for c in row.legal_bases)


def _bases_tooltip(row: ActivityRow) -> str:
    return "\n".join(translated("Legal", BY_CODE[c].label) for c in row.legal_bases if c in BY_CODE)


_KINDS = (Sensitivity.SPECIAL, Sensitivity.CRIMINAL, Sensitivity.CPR)


def _kinds(row: ActivityRow) -> str:
    return ", ".join(
        translated("Register", SENSITIVITY_MARKERS[k]) for k in _KINDS if k in row.kinds
    )


def _kinds_tooltip(row: ActivityRow) -> str:
    return "\n".join(
        translated("Register", SENSITIVITY_LABELS[k]) for k in _KINDS if k in row.kinds
    )


def _missing(row: ActivityRow) -> str:
    return ", ".join(translated("Register", ART30_LABELS[m]) for m in row.missing)


def columns(today: Callable[[], dt.date]) -> list[TableColumn[ActivityRow]]:
    """The register's columns; `today` decides what is overdue."""
    return [
        TableColumn(QT_TRANSLATE_NOOP("RegisterTab", "Name"), lambda r: r.name),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Role"),
            lambda r: translated("Register", ROLE_LABELS[r.role]),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Purpose"),
            lambda r: r.purposes.replace("\n", " "),
            tooltip=lambda r: r.purposes,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Legal basis"), _bases, tooltip=_bases_tooltip
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Art. 9 / 10 / CPR"),
            _kinds,
            sort=lambda r: tuple(k not in r.kinds for k in _KINDS),
            decoration=lambda r: icon("special") if Sensitivity.SPECIAL in r.kinds else None,
            tooltip=_kinds_tooltip,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Third country"),
            lambda r: ", ".join(r.transfer_countries),
            decoration=lambda r: icon("transfer") if r.transfer_countries else None,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Next review"),
            lambda r: format_date(r.next_review),
            sort=lambda r: r.next_review or dt.date.max,
            foreground=lambda r: RED if review_overdue(r.next_review, today()) else None,
            decoration=lambda r: due_icon(
                "overdue" if review_overdue(r.next_review, today()) else ""
            ),
            tooltip=lambda r: (
                QCoreApplication.translate("RegisterTab", "The review is overdue")
                if review_overdue(r.next_review, today())
                else ""
            ),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Status"),
            lambda r: translated("Register", STATUS_LABELS[r.status]),
            foreground=lambda r: RED if r.status is Status.DRAFT else None,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RegisterTab", "Missing for Art. 30"),
            _missing,
            sort=lambda r: -len(r.missing),
            foreground=lambda r: RED if r.missing else None,
            tooltip=_missing,
        ),
    ]


class RegisterTab(RecordTab):
    """The record of processing activities."""

    register_name = details.ACTIVITIES
    empty_text = QT_TRANSLATE_NOOP(
        "RecordTab",
        "The record of processing activities lists what the organisation does with "
        "personal data, as Art. 30 requires: purposes, legal basis, data, recipients, "
        "transfers and time limits.",
    )

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.build_table(
            columns(today), context=CONTEXT, sort_column=0, order=Qt.SortOrder.AscendingOrder
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.search = self.make_search(self.tr("Search… (Ctrl+F)"))
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for role, label in ROLE_LABELS.items():
            self.role_filter.addItem(translated("Register", label), role)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Not retired"), "current")
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(translated("Register", label), status)
        self.status_filter.setCurrentIndex(1)
        self.basis_filter = QComboBox()
        self.basis_filter.addItem(self.tr("All legal bases"), None)
        for basis in LEGAL_BASES:
            self.basis_filter.addItem(translated("Legal", basis.label), basis.code)
        self.special_filter = QCheckBox(self.tr("Art. 9 data"))
        self.special_filter.setToolTip(self.tr("Special categories of personal data (Art. 9)"))
        self.criminal_filter = QCheckBox(self.tr("Art. 10 data"))
        self.criminal_filter.setToolTip(self.tr("Data about criminal offences (Art. 10)"))
        self.cpr_filter = QCheckBox(self.tr("CPR numbers"))
        self.cpr_filter.setToolTip(self.tr("CPR numbers (Data Protection Act § 11)"))
        self.transfer_filter = QCheckBox(self.tr("Transfers"))
        self.overdue_filter = QCheckBox(self.tr("Review overdue"))
        self.missing_filter = QCheckBox(self.tr("Missing information"))
        self.missing_filter.setToolTip(
            self.tr("Activities that lack a field the record must hold (Art. 30)")
        )
        self._kind_filters = (
            (self.special_filter, Sensitivity.SPECIAL),
            (self.criminal_filter, Sensitivity.CRIMINAL),
            (self.cpr_filter, Sensitivity.CPR),
        )
        for combo in (self.role_filter, self.status_filter, self.basis_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.basis_filter.setMinimumContentsLength(16)
        for box in (
            self.special_filter,
            self.criminal_filter,
            self.cpr_filter,
            self.transfer_filter,
            self.overdue_filter,
            self.missing_filter,
        ):
            box.toggled.connect(self._apply_filters)

        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.calendar_button = QPushButton(self.tr("Deletion calendar…"))
        self.calendar_button.clicked.connect(self.show_calendar)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Excel or PDF of the activities shown, or of all"))
        self.export_button.clicked.connect(self.export)
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button.setToolTip(self.tr("Enter"))
        self.retire_button.setToolTip(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        self.count_label = QLabel()

        self.lay_out(
            buttons=[
                self.new_button,
                self.edit_button,
                self.duplicate_button,
                self.retire_button,
            ],
            search=self.search,
            extras=[self.calendar_button, self.export_button],
            filters=[
                self.role_filter,
                self.status_filter,
                self.basis_filter,
                self.special_filter,
                self.criminal_filter,
                self.cpr_filter,
                self.transfer_filter,
                self.overdue_filter,
                self.missing_filter,
            ],
        )

        self.bind_keys(
            new=self.new_activity,
            edit=self.edit_selected,
            find=self.focus_search,
            delete=self.retire_selected,
        )
        self._apply_filters()

    def describe(self, row_id: int) -> Detail | None:
        """The selected record in the detail pane."""
        return details.activity(self._db, row_id)

    def load_rows(self) -> list[Any]:
        """The rows of the register."""
        return list(register.rows(self._db))

    def folded(self, rows: Sequence[Any]) -> FoldLater[ActivityRow]:
        """Every row's search text, made on the first search: the columns' texts and the
        other fields (owner, notes, categories, processors …), read then."""
        return self._fold

    def _fold(self, rows: Sequence[ActivityRow]) -> list[str]:
        others = register.search_texts(self._db)
        return self.model.joined(rows, lambda r: others.get(r.id, ""))

    def after_load(self) -> None:
        """Column widths: the name column neither cramped nor endless."""
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 160), 320))
        last = self.proxy.columnCount() - 1  # what is missing: long lists elide, tooltip whole
        self.table.setColumnWidth(last, min(self.table.columnWidth(last), 260))

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table."""
        return self.tr("%1 of %2 activities").replace("%1", str(shown)).replace("%2", str(total))

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _apply_filters(self) -> None:
        role: Role | None = self.role_filter.currentData()
        status = self.status_filter.currentData()
        basis: str | None = self.basis_filter.currentData()
        kinds = {kind for box, kind in self._kind_filters if box.isChecked()}
        missing = self.missing_filter.isChecked()
        transfers = self.transfer_filter.isChecked()
        overdue = self.overdue_filter.isChecked()
        today = self._today()

        def accepts(row: ActivityRow) -> bool:
            return (
                (role is None or row.role is role)
                and (
                    status is None
                    or (
                        row.status is not Status.RETIRED
                        if status == "current"
                        else row.status is status
                    )
                )
                and (basis is None or basis in row.legal_bases)
                and kinds <= row.kinds
                and (not missing or bool(row.missing))
                and (not transfers or bool(row.transfer_countries))
                and (not overdue or review_overdue(row.next_review, today))
            )

        self.proxy.set_predicate(accepts)
        self.update_count()

    def _open(self, draft: ActivityDraft) -> None:
        dialog = ActivityDialog(self._db, draft, self, today=self._today)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload()
            self.select(dialog.saved_id)

    @Slot()
    def new_activity(self) -> None:
        """Ctrl+N: a new activity."""
        self._open(ActivityDraft())

    @Slot()
    def edit_selected(self) -> None:
        """Enter: edit the selected activity."""
        activity_id = self.selected_id()
        if activity_id is not None:
            self._open(register.draft(self._db, activity_id))

    @Slot()
    def duplicate_selected(self) -> None:
        """Open a copy of the selected activity as a new draft."""
        activity_id = self.selected_id()
        if activity_id is not None:
            self._open(register.duplicate(self._db, activity_id, suffix=self.tr("(copy)")))

    @Slot()
    def show_calendar(self) -> None:
        """The next erasure dates of the activities."""
        DeletionCalendarDialog(self._db, self, today=self._today).exec()

    @Slot()
    def export(self) -> None:
        """Write the record of the activities shown (or all) as Excel or PDF."""
        ExportDialog(self._db, self, report="register", ids=self.visible_ids()).exec()

    @Slot()
    def retire_selected(self) -> None:
        """Delete: retire the selected activity, after asking."""
        activity_id = self.selected_id()
        if activity_id is None:
            return
        name = self.proxy.index(self.table.selectionModel().selectedRows()[0].row(), 0).data()
        answer = QMessageBox.question(
            self,
            self.tr("Retire activity"),
            self.tr("Retire “%1”? It stays in the record, marked as retired.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            register.retire(self._db, activity_id)
            self.reload()
