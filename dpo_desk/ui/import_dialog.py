"""File → Import from a spreadsheet…: choose a register and a file, check the proposed
mapping of its columns, see each row with its problems at the cell, leave rows out, and
confirm; nothing is written before that, and then all rows or none, in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.import_mapping import IGNORED, REGISTERS
from dpo_desk.i18n import error_text
from dpo_desk.services import importing
from dpo_desk.services.importing import Action, Plan
from dpo_desk.ui.import_preview import PreviewModel
from dpo_desk.ui.tasks import BackgroundTask, run_in_background


class ImportDialog(QDialog):
    """Imports a spreadsheet into a register."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or dt.date.today()
        self._table: importing.SheetTable | None = None
        self.plan: Plan | None = None
        self.task: BackgroundTask | None = None
        self.accept_new = False
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.resize(900, 640)
        self.register = QComboBox()
        for name, spec in REGISTERS.items():
            self.register.addItem(QCoreApplication.translate("Import", spec.title), name)
        self.register.currentIndexChanged.connect(self._reload)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        self.template_button = QPushButton(self.tr("Save template…"))
        self.template_button.clicked.connect(self._save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.template_button)
        form = QFormLayout()
        form.addRow(self.tr("Register:"), self.register)
        form.addRow(self.tr("File:"), file_row)
        self.file_message = QLabel()
        self.file_message.setWordWrap(True)
        self.file_message.setStyleSheet("color: #b00020")
        form.addRow("", self.file_message)
        self._mapping_box = QWidget()
        self._mapping_grid = QGridLayout(self._mapping_box)
        self._mapping_grid.setColumnStretch(1, 1)
        self._mapping_grid.setColumnStretch(3, 1)
        self.combos: list[QComboBox] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._mapping_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(96)  # three rows of columns in view; more scroll down
        scroll.setMaximumHeight(180)
        self.model = PreviewModel(self)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.edited.connect(self.replan)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        self.preview.setAccessibleName(self.tr("The rows of the file, as they will be imported"))
        self.preview.setWordWrap(False)
        self.preview.setProperty("wide_data", True)  # the file's columns: it may scroll sideways
        self.preview.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_entries = QLabel()
        self.new_entries.setWordWrap(True)
        self.create_all = QPushButton(self.tr("Create all new entries"))
        self.create_all.clicked.connect(self._accept_new_entries)
        self.leave_out = QPushButton(self.tr("Leave out the rows with problems"))
        self.leave_out.clicked.connect(self.exclude_problem_rows)
        actions = QHBoxLayout()
        actions.addWidget(self.leave_out)
        actions.addWidget(self.create_all)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        mapping_label = QLabel(self.tr("Which field each column fills:"))
        mapping_label.setBuddy(scroll)
        layout.addWidget(mapping_label)
        layout.addWidget(scroll)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.new_entries)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- choosing ------------------------------------------------------------------
    def register_name(self) -> str:
        """The register chosen."""
        return str(self.register.currentData())

    @Slot()
    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read `path` and plan its import under the proposed (or remembered) mapping."""
        from dpo_desk.domain.text import UserError

        self.path.setText(str(path))
        self.file_message.clear()
        self._show_plan(None)  # a new file: nothing of the last one's choices carries over
        try:
            self._table = importing.read(path, self.register_name())
        except (UserError, OSError) as error:
            self._table = None
            self.file_message.setText(error_text(error))
            self._show_plan(None)
            return
        mapping = importing.proposed_mapping(self._db, self.register_name(), self._table.headers)
        self._build_combos(mapping)
        self.replan()

    @Slot()
    def _reload(self) -> None:
        if self.path.text():
            self.load_file(Path(self.path.text()))

    def _build_combos(self, mapping: list[str | None]) -> None:
        for combo in self.combos:
            combo.deleteLater()
        while self._mapping_grid.count():
            item = self._mapping_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.combos = []
        assert self._table is not None
        fields = REGISTERS[self.register_name()].fields
        for i, (heading, key) in enumerate(zip(self._table.headers, mapping, strict=True)):
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), IGNORED)
            for f in fields:
                combo.addItem(QCoreApplication.translate("Import", f.title), f.key)
            combo.setCurrentIndex(max(combo.findData(key or IGNORED), 0))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)  # the pairs fit the width; the list is wide
            combo.currentIndexChanged.connect(self.replan)
            label = QLabel(heading or f"#{i + 1}")
            label.setBuddy(combo)
            label.setToolTip(label.text())
            combo.setAccessibleName(label.text())
            # two columns of pairs: a heading keeps room to be read, nothing scrolls sideways
            self._mapping_grid.addWidget(label, i // 2, (i % 2) * 2)
            self._mapping_grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            self.combos.append(combo)

    def mapping(self) -> list[str | None]:
        """The field each column fills, as the combo boxes say."""
        return [str(c.currentData()) for c in self.combos]

    @Slot()
    def replan(self) -> None:
        """Plan the rows again under the mapping shown (in the background)."""
        if self._table is None:
            return
        table, register, mapping = self._table, self.register_name(), self.mapping()
        self.import_button.setEnabled(False)
        self.task = run_in_background(
            self,
            self.tr("Reading the rows…"),
            lambda: importing.plan_rows(self._db, register, table, mapping, today=self._today),
            self._planned,
        )

    def _planned(self, task: BackgroundTask) -> None:
        if task.ok:
            self._show_plan(task.result)
        elif task.message:
            self.file_message.setText(task.message)

    def _show_plan(self, plan: Plan | None) -> None:
        if plan is not None and self.plan is not None:  # rows left out stay left out
            left_out = {r.number for r in self.plan.rows if r.excluded}
            for row in plan.rows:
                row.excluded = row.number in left_out
        accepted = (
            self.accept_new
            and plan is not None
            and self.plan is not None
            and set(plan.unknown) <= set(self.plan.unknown)
        )
        self.plan = plan
        self.accept_new = accepted
        self.model.set_plan(plan)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Each column as wide as its heading and its cells (a long text at most 320
        pixels: its tooltip and the cell editor show the rest)."""
        view = self.preview
        view.resizeColumnsToContents()  # the headings count too
        for column in range(self.model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 320))

    # -- deciding ------------------------------------------------------------------
    @Slot()
    def exclude_problem_rows(self) -> None:
        """Leave out every row that has a problem."""
        if self.plan is None:
            return
        for row in self.plan.rows:
            if row.problems:
                row.excluded = True
        self.model.set_plan(self.plan)
        self._update_buttons()

    @Slot()
    def _accept_new_entries(self) -> None:
        self.accept_new = True
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.clear()
            self.new_entries.clear()
            self.import_button.setEnabled(False)
            self.create_all.setVisible(False)
            self.leave_out.setVisible(False)
            return
        counts = plan.counts()
        self.summary.setText(
            self.tr(
                "To add: {add}. To update: {update}. Skipped (already there): {skip}. "
                "With problems: {bad}. Left out: {out}."
            ).format(
                add=counts[Action.ADD],
                update=counts[Action.UPDATE],
                skip=counts[Action.SKIP],
                bad=counts[Action.PROBLEM],
                out=sum(r.excluded for r in plan.rows),
            )
        )
        names = sorted(name for name, _s in plan.unknown.values())
        if names and not self.accept_new:
            text = self.tr("New list entries: {names}.").format(names=", ".join(names))
        elif names:
            text = self.tr("These new list entries will be created: {names}.").format(
                names=", ".join(names)
            )
        else:
            text = ""
        self.new_entries.setText(text)
        self.create_all.setVisible(bool(names) and not self.accept_new)
        self.leave_out.setVisible(counts[Action.PROBLEM] > 0)
        ready = (not plan.problems()) and (self.accept_new or not names)
        self.import_button.setEnabled(ready and counts[Action.ADD] + counts[Action.UPDATE] > 0)

    # -- writing -------------------------------------------------------------------
    @Slot()
    def confirm(self) -> None:
        """Write the rows, all or none, in the background."""
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return
        self.buttons.setEnabled(False)
        self.task = run_in_background(
            self,
            self.tr("Importing…"),
            lambda: importing.apply(
                self._db, plan, today=self._today, create_unknown=self.accept_new
            ),
            self._written,
        )

    def _written(self, task: BackgroundTask) -> None:
        self.buttons.setEnabled(True)
        if task.ok:
            self.accept()
        else:
            self.file_message.setText(task.message)

    @Slot()
    def _save_template(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.save_template(Path(chosen))

    def save_template(self, path: Path) -> None:
        """Write the chosen register's template workbook."""
        from dpo_desk.services.importing_template import write_template

        try:
            write_template(self.register_name(), path)
        except OSError as error:
            self.file_message.setText(error_text(error))
