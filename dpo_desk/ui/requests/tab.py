"""The subject requests tab: every request with its legal deadline; overdue ones first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LETTER_LABELS, LetterKind
from dpo_desk.domain.requests import (
    STATUS_LABELS,
    TRANSITIONS,
    TYPE_LABELS,
    RequestDraft,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date, render
from dpo_desk.services import listings, requests
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.services.listings import RequestLine
from dpo_desk.ui import details
from dpo_desk.ui.detail_pane import Detail
from dpo_desk.ui.record_tab import RecordTab
from dpo_desk.ui.requests.columns import Texts, columns
from dpo_desk.ui.tasks import BackgroundTask, run_in_background
from dpo_desk.ui.tr import translated

# The dialogs, the letters and the slow jobs are imported when first used: the tab is
# shown without them.

DAYS_COLUMN = 5
FIRST_ROWS = 100  # shown at once on the first show; the rest is read in slices
CHUNK_ROWS = 1000  # requests read per query while the rest is read


class RequestTab(RecordTab):
    """The log of data subjects' requests."""

    register_name = details.REQUESTS
    empty_text = QT_TRANSLATE_NOOP(
        "RecordTab",
        "The requests log holds the requests of data subjects (access, rectification, "
        "erasure …), with their deadlines, decisions and letters.",
    )
    refusal: str | None = None  # why the last letter asked for was not written
    _others: list[str]  # the other fields of the rows just read, until folded
    letter_task: BackgroundTask | None = None

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self._texts = Texts()
        self.build_table(
            columns(self._texts),
            context="RequestTab",
            sort_column=DAYS_COLUMN,
            order=Qt.SortOrder.AscendingOrder,
        )

        self.search = self.make_search(self.tr("Search… (Ctrl+F)"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Closed"), "closed")
        self.status_filter.addItem(self.tr("All"), None)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for kind, label in TYPE_LABELS.items():
            self.type_filter.addItem(translated("Requests", label), kind)
        self.overdue_filter = QCheckBox(self.tr("Overdue"))
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.type_filter.currentIndexChanged.connect(self._apply_filters)
        self.overdue_filter.toggled.connect(self._apply_filters)

        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.status_button = QPushButton(self.tr("Status"))
        self.letter_button = QPushButton(self.tr("Write letter"))
        self.open_letter_button = QPushButton(self.tr("Letters"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.status_menu, self.letter_menu, self.open_menu = QMenu(self), QMenu(self), QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.letter_button.setMenu(self.letter_menu)
        self.open_letter_button.setMenu(self.open_menu)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.open_menu.aboutToShow.connect(self._fill_open_menu)
        self.letter_menu.aboutToShow.connect(self._fill_letter_menu)
        self.letter_menu.triggered.connect(self._write_letter)
        self.status_menu.triggered.connect(self._move)
        self.open_menu.triggered.connect(self._open_letter)
        self.new_button.clicked.connect(self.new_request)
        self.edit_button.clicked.connect(self.edit_selected)
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel()

        self.lay_out(
            buttons=[
                self.new_button,
                self.edit_button,
                self.status_button,
                self.letter_button,
                self.open_letter_button,
            ],
            search=self.search,
            extras=[self.export_button],
            filters=[self.status_filter, self.type_filter, self.overdue_filter],
        )
        self.bind_keys(new=self.new_request, edit=self.edit_selected, find=self.search.setFocus)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        self._apply_filters()
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        """Status and Write letter act on the selected request: off without one."""
        chosen = self.selected() is not None
        self.status_button.setEnabled(chosen)
        self.letter_button.setEnabled(chosen)

    def describe(self, row_id: int) -> Detail | None:
        """The selected record in the detail pane."""
        return details.request(self._db, row_id, today=self._today())

    def load_rows(self) -> list[Any]:
        """The rows of the register: one column query, days left computed in bulk."""
        rows, self._others = listings.requests(self._db, today=self._today())
        return rows

    def first_rows(self) -> list[RequestLine] | None:
        """The first open requests by days left, when the table shows the open requests
        by days left (as it does when first shown)."""
        header = self.table.horizontalHeader()
        if (
            self.status_filter.currentData() != "open"
            or self.type_filter.currentData() is not None
            or self.overdue_filter.isChecked()
            or self.search.text().strip()
            or header.sortIndicatorSection() != DAYS_COLUMN
            or header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder
        ):
            return None
        rows, _others = listings.first_open_requests(
            self._db, today=self._today(), limit=FIRST_ROWS
        )
        return rows

    def row_chunks(self) -> Iterator[tuple[list[RequestLine], list[str]]]:
        """Every request by id, CHUNK_ROWS at a time, with their folded search texts."""
        for rows, others in listings.request_chunks(self._db, today=self._today(), size=CHUNK_ROWS):
            yield rows, self._texts.folded(rows, others)

    def folded(self, rows: Sequence[Any]) -> list[str]:
        """Every row's search text, built in one pass from the rows and the other fields
        `load_rows` read with them."""
        others, self._others = self._others, []
        return self._texts.folded(list(rows), others)

    def count_text(self, shown: int, total: int) -> str:
        """The count under the table."""
        return self.tr("%1 of %2 requests").replace("%1", str(shown)).replace("%2", str(total))

    @Slot()
    def _apply_filters(self) -> None:
        status, kind = self.status_filter.currentData(), self.type_filter.currentData()
        overdue, today = self.overdue_filter.isChecked(), self._today()

        if status is None and kind is None and not overdue:
            self.proxy.set_predicate(None)  # all requests: no test per row
            self.update_count()
            return

        def accepts(row: RequestLine) -> bool:
            return (
                (status is None or row.is_open == (status == "open"))
                and (kind is None or kind in row.types)
                and (not overdue or (row.is_open and row.deadline < today))
            )

        self.proxy.set_predicate(accepts)
        self.update_count()

    def _open(self, draft: RequestDraft) -> None:
        from dpo_desk.ui.requests.form import RequestDialog

        dialog = RequestDialog(self._db, draft, self, today=self._today)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload()
            self.select(dialog.saved_id)

    @Slot()
    def new_request(self) -> None:
        """Ctrl+N: log a new request, received today."""
        self._open(RequestDraft(received=self._today()))

    @Slot()
    def edit_selected(self) -> None:
        """Enter: edit the selected request."""
        row = self.selected()
        if row is not None:
            self._open(requests.draft(self._db, row.id))

    @Slot()
    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        row = self.selected()
        if row is None:
            return
        for status in STATUS_LABELS:
            action = self.status_menu.addAction(translated("Requests", STATUS_LABELS[status]))
            action.setData(status)
            action.setEnabled(status in TRANSITIONS[row.status])

    def move_selected(self, status: object) -> str | None:
        """Move the selected request to `status`; returns the refusal, if any."""
        row = self.selected()
        if row is None:
            return None
        try:
            requests.move(self._db, row.id, status, today=self._today())  # type: ignore[arg-type]
        except ValidationFailedError as error:
            message = error.errors.get("status") or next(iter(error.errors.values()))
            text = render(message, translated("Domain", message), QCoreApplication.translate)
            QMessageBox.warning(self, self.tr("Status"), text)
            return text
        self.reload()
        return None

    @Slot(object)
    def _move(self, action: object) -> None:
        self.move_selected(action.data())  # type: ignore[attr-defined]

    @Slot()
    def _fill_letter_menu(self) -> None:
        """Only the letters that fit the selected request as it stands."""
        from dpo_desk.services import request_letters

        self.letter_menu.clear()
        row = self.selected()
        kinds = request_letters.offered_letters(self._db, row.id) if row else []
        for kind in kinds:
            self.letter_menu.addAction(translated("Letters", LETTER_LABELS[kind])).setData(kind)
        if not kinds:
            self.letter_menu.addAction(self.tr("No letter fits the request now")).setEnabled(False)

    def write_letter(self, kind: LetterKind) -> BackgroundTask | None:
        """Write `kind` for the selected request in the background, then open it; a
        refusal is shown and kept in `refusal`."""
        row = self.selected()
        if row is None:
            return None
        from dpo_desk.services import jobs

        request_id, today = row.id, self._today()
        self.refusal = None
        self.letter_task = run_in_background(
            self,
            self.tr("Writing the letter…"),
            lambda: jobs.letter(self._db, request_id, kind, today=today),
            lambda task: self._letter_written(task, request_id),
            cancellable=False,
        )
        return self.letter_task

    def _letter_written(self, task: BackgroundTask, request_id: int) -> None:
        if isinstance(task.error, ValidationFailedError):
            message = next(iter(task.error.errors.values()))
            self.refusal = render(
                message, translated("Domain", message), QCoreApplication.translate
            )
            QMessageBox.warning(self, self.tr("Write letter"), self.refusal)
            return
        if not task.ok:
            QMessageBox.warning(self, self.tr("Write letter"), task.message)
            return
        self.reload()
        letter = next(x for x in requests.letters(self._db, request_id) if x.id == task.result)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(requests.letter_path(self._db, letter))))

    @Slot(object)
    def _write_letter(self, action: object) -> None:
        kind = action.data()  # type: ignore[attr-defined]
        if isinstance(kind, LetterKind):
            self.write_letter(kind)

    @Slot()
    def _fill_open_menu(self) -> None:
        self.open_menu.clear()
        row = self.selected()
        letters = requests.letters(self._db, row.id) if row else []
        for letter in letters:
            label = (
                letter.file_name.split("-", 1)[-1]
                if letter.kind == requests.FILE_KIND
                else translated("Letters", LETTER_LABELS[LetterKind(letter.kind)])
            )
            action = self.open_menu.addAction(f"{format_date(letter.created)} – {label}")
            action.setData(letter)
        if not letters:
            self.open_menu.addAction(self.tr("No letters yet")).setEnabled(False)
        self.open_menu.addSeparator()
        attach = self.open_menu.addAction(self.tr("Attach a file…"))
        attach.setData("attach")
        attach.setEnabled(row is not None)

    @Slot(object)
    def _open_letter(self, action: object) -> None:
        letter = action.data()  # type: ignore[attr-defined]
        if letter == "attach":
            self.attach_file()
        elif letter is not None:
            QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(requests.letter_path(self._db, letter)))
            )

    @Slot()
    def attach_file(self) -> None:
        """Keep a document with the selected request (copied, with its SHA-256)."""
        row = self.selected()
        if row is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if chosen:
            requests.attach_file(self._db, row.id, Path(chosen))

    @Slot()
    def export(self) -> None:
        """Excel or PDF of the requests shown (a period, a type …), or of all."""
        from dpo_desk.ui.export_dialog import ExportDialog

        ExportDialog(self._db, self, report="requests", ids=self.visible_ids()).exec()
