"""The health-data consents tab: names and categories only; the notes open on request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.consents import STATE_LABELS, ConsentState, ConsumerDraft
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.services import consents, consumer_lines, jobs, listings
from dpo_desk.services.consumer_lines import ConsumerLine
from dpo_desk.services.listings import Memo
from dpo_desk.ui import details
from dpo_desk.ui.consents.dialogs import ConsumerDialog, WithdrawDialog
from dpo_desk.ui.consents.texts import ConsentTextsDialog
from dpo_desk.ui.consents.warning_list import WarningListDialog
from dpo_desk.ui.detail_pane import Detail
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.table_model import (
    AMBER,
    FoldLater,
    TableColumn,
    fold,
)
from dpo_desk.ui.tasks import BackgroundTask, run_in_background
from dpo_desk.ui.tr import translated

COLUMNS: list[TableColumn[ConsumerLine]] = [
    # long texts are elided in a column of limited width; the tooltip shows them whole
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Consumer"), lambda r: r.name, tooltip=lambda r: r.name
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Address"), lambda r: r.address, tooltip=lambda r: r.address
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Utility"), lambda r: r.utility, tooltip=lambda r: r.utility
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Consideration"),
        lambda r: r.category,
        tooltip=lambda r: r.category,
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Consent"),
        lambda r: format_date(r.consent_given),
        sort=lambda r: r.consent_given,
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Status"),
        lambda r: translated("Consents", STATE_LABELS[r.state]),
        foreground=lambda r: AMBER if r.state is ConsentState.RECONFIRM else None,
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("ConsentTab", "Moved"),
        lambda r: QCoreApplication.translate("ConsentTab", "Moved") if r.moved else "",
        foreground=lambda r: AMBER if r.moved else None,
    ),
]


class ConsentTab(RecordTab):
    """Consumers who need special care, their consents, and the warning list."""

    register_name = details.CONSENTS
    empty_text = QT_TRANSLATE_NOOP(
        "RecordTab",
        "The consents register holds the consumers who need special care during an "
        "interruption, and their consent to it.",
    )
    form_task: BackgroundTask | None = None

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
            COLUMNS, context="ConsentTab", sort_column=0, order=Qt.SortOrder.AscendingOrder
        )
        self.search = self.make_search(self.tr("Search… (Ctrl+F)"))
        self.utility_filter = QComboBox()
        self.utility_filter.setAccessibleName(self.tr("Utility"))
        self.postal_filter = QLineEdit()
        self.postal_filter.setPlaceholderText(self.tr("Postal code"))
        self.postal_filter.setMaximumWidth(110)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All statuses"), None)
        for consent_state, label in STATE_LABELS.items():
            self.state_filter.addItem(translated("Consents", label), consent_state)
        self.utility_filter.currentIndexChanged.connect(self._apply_filters)
        self.state_filter.currentIndexChanged.connect(self._apply_filters)
        self.postal_filter.textChanged.connect(self._apply_filters)
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.form_button = QPushButton(self.tr("Consent form…"))
        self.warning_button = QPushButton(self.tr("Warning list…"))
        self.texts_button = QPushButton(self.tr("Consent texts…"))
        self.texts_button.clicked.connect(self.consent_texts)
        self.export_button = QPushButton(self.tr("Export…"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.erase_forms_action = more.addAction(self.tr("Erase due consent forms"))
        self.erase_forms_action.setToolTip(
            self.tr(
                "Erase the signed forms of withdrawn consents whose proof need no longer "
                "be kept (see the deletion calendar)."
            )
        )
        self.erase_forms_action.triggered.connect(self.erase_due_forms)
        self.more_button.setMenu(more)
        self.new_button.clicked.connect(self.new_consumer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.form_button.clicked.connect(self.consent_form)
        self.warning_button.clicked.connect(self.warning_list)
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel()
        self.due_forms_label = QLabel()
        self.due_forms_label.setStyleSheet(f"color: {AMBER.name()};")
        self.due_forms_label.hide()
        self.bind_keys(new=self.new_consumer, edit=self.edit_selected, find=self.search.setFocus)
        self.lay_out(
            buttons=[self.new_button, self.edit_button, self.withdraw_button, self.form_button],
            search=self.search,
            extras=[self.texts_button, self.warning_button, self.export_button, self.more_button],
            filters=[
                self.utility_filter,
                self.postal_filter,
                self.state_filter,
                self.due_forms_label,
            ],
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        """Actions on a consumer need one; a withdrawn consent cannot be withdrawn again."""
        row = self.selected()
        for button in (self.edit_button, self.form_button):
            button.setEnabled(row is not None)
        self.withdraw_button.setEnabled(row is not None and row.state is not ConsentState.WITHDRAWN)

    def after_load(self) -> None:
        """Fit the columns (the table caps each one), then the actions."""
        super().after_load()
        self._update_actions()

    def describe(self, row_id: int) -> Detail | None:
        """The selected record in the detail pane."""
        return details.consumer(self._db, row_id, today=self._today())

    def folded(self, rows: Sequence[Any]) -> FoldLater[ConsumerLine]:
        """Every row's search text, built on the first search (50,000 consumers' texts
        take memory only once one searches): the columns' texts and the contact fields,
        read then, in one pass with each date and label formatted once."""
        return self._fold

    def _fold(self, rows: Sequence[ConsumerLine]) -> list[str]:
        others = consumer_lines.consumer_others(self._db)
        date = Memo(format_date)
        state = {s: translated("Consents", label) for s, label in STATE_LABELS.items()}
        moved = QCoreApplication.translate("ConsentTab", "Moved")
        with listings.bulk():
            return [
                fold(
                    f"{r.name}\x1f{r.address}\x1f{r.utility}\x1f{r.category}\x1f"
                    f"{date[r.consent_given]}\x1f{state[r.state]}\x1f{moved if r.moved else ''}"
                    f"\x1f{others.get(r.id, '')}"
                )
                for r in rows
            ]

    def load_rows(self) -> list[ConsumerLine]:
        """The consumers; the utility filter offers the utilities among them."""
        rows = consumer_lines.consumers(self._db, today=self._today())
        due = consents.due_form_count(self._db, self._today())
        self.due_forms_label.setText(
            self.tr("%n signed consent form(s) due for erasure (More).", "", due)
        )
        self.due_forms_label.setVisible(due > 0)
        current = self.utility_filter.currentData()
        self.utility_filter.blockSignals(True)
        self.utility_filter.clear()
        self.utility_filter.addItem(self.tr("All utilities"), None)
        for name in sorted({r.utility for r in rows if r.utility}):
            self.utility_filter.addItem(name, name)
        self.utility_filter.setCurrentIndex(max(self.utility_filter.findData(current), 0))
        self.utility_filter.blockSignals(False)
        return rows

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table."""
        return self.tr("%1 of %2 consumers").replace("%1", str(shown)).replace("%2", str(total))

    @Slot()
    def _apply_filters(self) -> None:
        utility, wanted = self.utility_filter.currentData(), self.state_filter.currentData()
        postal = self.postal_filter.text().strip()

        def accepts(row: ConsumerLine) -> bool:
            return (
                (utility is None or row.utility == utility)
                and (not postal or row.postal_code.startswith(postal))
                and (wanted is None or row.state is wanted)
            )

        self.proxy.set_predicate(accepts)
        self.update_count()

    def _open(self, draft: ConsumerDraft) -> None:
        dialog = ConsumerDialog(self._db, draft, self, today=self._today)
        if dialog.exec():
            self.reload()
            if dialog.saved_id is not None:
                self.select(dialog.saved_id)

    @Slot()
    def new_consumer(self) -> None:
        """Record a new consumer."""
        self._open(ConsumerDraft())

    @Slot()
    def edit_selected(self) -> None:
        """Edit the selected consumer (the note stays closed until asked for)."""
        row = self.selected()
        if row is not None:
            self._open(consents.draft(self._db, row.id))

    @Slot()
    def withdraw_selected(self) -> None:
        """Withdraw the selected consumer's consent."""
        row = self.selected()
        if (
            row is not None
            and row.state is not ConsentState.WITHDRAWN
            and WithdrawDialog(self._db, row.id, row.name, self, today=self._today).exec()
        ):
            self.reload()

    @Slot()
    def erase_due_forms(self) -> None:
        """Erase the signed forms whose time is up, and say how many."""
        erased = consents.erase_due_consent_forms(self._db, self._today())
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Erase due consent forms"),
            self.tr("%n signed consent form(s) erased.", "", erased),
        )

    @Slot()
    def consent_form(self) -> None:
        """The consent form of the selected consumer, as a PDF to send."""
        row = self.selected()
        if row is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Consent form"), f"samtykke-{row.name}.pdf", "*.pdf"
        )
        if chosen:
            consumer_id, out = row.id, Path(chosen)
            self.form_task = run_in_background(
                self,
                self.tr("Writing the consent form…"),
                lambda: jobs.consent_form(self._db, consumer_id, out),
                lambda task: self._form_written(task, out),
            )

    def _form_written(self, task: BackgroundTask, out: Path) -> None:
        if task.ok:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        elif task.error is not None:
            QMessageBox.warning(self, self.tr("Consent form"), task.message)

    @Slot()
    def warning_list(self) -> None:
        """Who must be warned before an interruption."""
        utilities = sorted({r.utility for r in self.model.rows() if r.utility})
        WarningListDialog(self._db, utilities, self, today=self._today).exec()

    @Slot()
    def consent_texts(self) -> None:
        """The versions of the consent text; add a new one."""
        ConsentTextsDialog(self._db, self, today=self._today).exec()

    @Slot()
    def export(self) -> None:
        """The consent register (no health details) as Excel or PDF."""
        ExportDialog(self._db, self, report="consents", ids=self.visible_ids()).exec()
