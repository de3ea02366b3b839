"""The processor register tab: every Art. 28 agreement party, its transfers and when it
must next be supervised."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.processor_views import PartyRow
from dpo_desk.domain.processors import (
    DIRECTION_LABELS,
    RISK_LABELS,
    Direction,
    PartyDraft,
    is_third_country,
)
from dpo_desk.domain.register import SAFEGUARD_LABELS
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date, render
from dpo_desk.services import processors
from dpo_desk.services.processors import ProcessorInUseError
from dpo_desk.ui import details
from dpo_desk.ui.detail_pane import Detail
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.processors.form import PartyDialog
from dpo_desk.ui.processors.round_dialog import RoundDialog
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.table_model import (
    AMBER,
    AMBER_BACKGROUND,
    RED,
    RED_BACKGROUND,
    TableColumn,
    due_icon,
    due_word,
)
from dpo_desk.ui.tr import translated

SOON = dt.timedelta(days=30)


def supervision_state(row: PartyRow, today: dt.date) -> str:
    """'overdue', 'soon' or '' for a party's next supervision."""
    if row.next_supervision is None or row.retired:
        return ""
    if row.next_supervision < today:
        return "overdue"
    return "soon" if row.next_supervision <= today + SOON else ""


def columns(today: Callable[[], dt.date]) -> list[TableColumn[PartyRow]]:
    """The processor table's columns."""
    colour = {"overdue": RED, "soon": AMBER}
    background = {"overdue": RED_BACKGROUND, "soon": AMBER_BACKGROUND}
    return [
        TableColumn(QT_TRANSLATE_NOOP("ProcessorTab", "Party"), lambda r: r.name),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Direction"),
            lambda r: translated("Processors", DIRECTION_LABELS[r.direction]),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Country"),
            lambda r: r.country,
            foreground=lambda r: RED if is_third_country(r.country) and not r.tools else None,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Transfer tool"),
            lambda r: ", ".join(translated("Register", SAFEGUARD_LABELS[t]) for t in r.tools),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Agreement signed"),
            lambda r: (
                format_date(r.agreement_signed)
                or QCoreApplication.translate("ProcessorTab", "missing")
            ),
            sort=lambda r: r.agreement_signed or dt.date.min,
            foreground=lambda r: RED if r.agreement_signed is None else None,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Next supervision"),
            lambda r: format_date(r.next_supervision),
            sort=lambda r: r.next_supervision,
            foreground=lambda r: colour.get(supervision_state(r, today())),
            background=lambda r: background.get(supervision_state(r, today())),
            decoration=lambda r: due_icon(supervision_state(r, today())),
            tooltip=lambda r: due_word(supervision_state(r, today())),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Open follow-ups"),
            lambda r: str(r.open_follow_ups) if r.open_follow_ups else "",
            sort=lambda r: r.open_follow_ups,
            align_right=True,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("ProcessorTab", "Risk"),
            lambda r: translated("Processors", RISK_LABELS[r.risk]),
            sort=lambda r: ["low", "medium", "high"].index(r.risk.value),
        ),
    ]


class ProcessorTab(RecordTab):
    """The processor register."""

    register_name = details.PROCESSORS
    empty_text = QT_TRANSLATE_NOOP(
        "RecordTab",
        "The processors register holds the parties that process personal data for the "
        "organisation (and those it processes for): agreements, sub-processors, transfers"
        " and supervision.",
    )

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.build_table(
            columns(today), context="ProcessorTab", sort_column=5, order=Qt.SortOrder.AscendingOrder
        )

        self.search = self.make_search(self.tr("Search… (Ctrl+F)"))
        self.direction_filter = QComboBox()
        self.direction_filter.addItem(self.tr("Both directions"), None)
        for direction, label in DIRECTION_LABELS.items():
            self.direction_filter.addItem(translated("Processors", label), direction)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("In use"), False)
        self.status_filter.addItem(self.tr("Retired"), True)
        self.status_filter.addItem(self.tr("All"), None)
        self.third_filter = QCheckBox(self.tr("Third country"))
        self.overdue_filter = QCheckBox(self.tr("Supervision overdue"))
        self.missing_filter = QCheckBox(self.tr("Agreement missing"))
        for combo in (self.direction_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        for box in (self.third_filter, self.overdue_filter, self.missing_filter):
            box.toggled.connect(self._apply_filters)

        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.round_button = QPushButton(self.tr("New supervision…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.annex_button = QPushButton(self.tr("Sub-processor annex…"))
        self.annex_button.setToolTip(
            self.tr("PDF of our processors that touch this controller's data, for its agreement")
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.new_button.clicked.connect(self.new_party)
        self.edit_button.clicked.connect(self.edit_selected)
        self.round_button.clicked.connect(self.new_round)
        self.retire_button.clicked.connect(self.retire_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.annex_button.clicked.connect(self.write_annex)
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel()

        self.lay_out(
            buttons=[
                self.new_button,
                self.edit_button,
                self.round_button,
                self.retire_button,
                self.delete_button,
            ],
            search=self.search,
            extras=[self.annex_button, self.export_button],
            filters=[
                self.direction_filter,
                self.status_filter,
                self.third_filter,
                self.overdue_filter,
                self.missing_filter,
            ],
        )
        self.bind_keys(new=self.new_party, edit=self.edit_selected, find=self.search.setFocus)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._apply_filters()
        self._update_buttons()

    def describe(self, row_id: int) -> Detail | None:
        """The selected record in the detail pane."""
        return details.party(self._db, row_id, today=self._today())

    def load_rows(self) -> list[Any]:
        """The rows of the register."""
        return list(processors.rows(self._db, today=self._today()))

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table."""
        return self.tr("%1 of %2 parties").replace("%1", str(shown)).replace("%2", str(total))

    @Slot()
    def _apply_filters(self) -> None:
        direction = self.direction_filter.currentData()
        retired = self.status_filter.currentData()
        third, overdue = self.third_filter.isChecked(), self.overdue_filter.isChecked()
        missing, today = self.missing_filter.isChecked(), self._today()

        def accepts(row: PartyRow) -> bool:
            return (
                (direction is None or row.direction is direction)
                and (retired is None or row.retired is retired)
                and (not third or is_third_country(row.country))
                and (not overdue or supervision_state(row, today) == "overdue")
                and (not missing or row.agreement_signed is None)
            )

        self.proxy.set_predicate(accepts)
        self.update_count()

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.retire_button, self.delete_button):
            button.setEnabled(row is not None)
        self.round_button.setEnabled(
            row is not None and row.direction is Direction.WE_ARE_CONTROLLER
        )
        self.annex_button.setEnabled(
            row is not None and row.direction is Direction.WE_ARE_PROCESSOR
        )

    # -- actions -------------------------------------------------------------------
    def _open(self, draft: PartyDraft) -> None:
        dialog = PartyDialog(self._db, draft, self, today=self._today)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload()
            self.select(dialog.saved_id)

    @Slot()
    def new_party(self) -> None:
        """Ctrl+N."""
        self._open(PartyDraft())

    @Slot()
    def edit_selected(self) -> None:
        """Enter: edit the selected party."""
        row = self.selected()
        if row is not None:
            self._open(processors.draft(self._db, row.id))

    @Slot()
    def new_round(self) -> None:
        """Record a supervision round of the selected processor (then Save: two clicks)."""
        row = self.selected()
        if row is not None:
            dialog = RoundDialog(self._db, row.id, row.name, self, today=self._today)
            if dialog.exec():
                self.reload()

    @Slot()
    def retire_selected(self) -> None:
        """Mark the selected party as no longer used."""
        row = self.selected()
        if row is not None:
            processors.retire(self._db, row.id, not row.retired)
            self.reload()

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected party, after asking; refused while activities use it."""
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete party"),
            self.tr("Delete “%1” and its supervision history? Retiring keeps the history.").replace(
                "%1", row.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            processors.delete(self._db, row.id)
        except ProcessorInUseError as error:
            QMessageBox.warning(
                self,
                self.tr("Delete party"),
                render(error.message, translated("Domain", error.message)),
            )
            return
        self.reload()

    @Slot()
    def export(self) -> None:
        """Excel or PDF of the parties shown, or of all."""
        ExportDialog(self._db, self, report="processors", ids=self.visible_ids()).exec()

    @Slot()
    def write_annex(self) -> None:
        """The sub-processor annex of the selected controller, as a PDF."""
        row = self.selected()
        if row is not None:
            ExportDialog(self._db, self, report="annex", ids=[row.id]).exec()
