"""File → Export…: choose a report and a format, write it in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services.export import export, formats_of
from dpo_desk.services.registry import REPORT_SPECS
from dpo_desk.ui.announce import announce, window_settings
from dpo_desk.ui.tasks import BackgroundTask

LAST_FOLDER_KEY = "export/folder"

FORMAT_TITLES = {
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document (.pdf)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (.html)"),
    "zip": QT_TRANSLATE_NOOP("ExportDialog", "Zip archive (.zip)"),
}


class ExportDialog(QDialog):
    """Chooses what to export and where."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        report: str = "organisation",
        ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(480)
        self.report = QComboBox()
        # A report made for one record (a case file, an annex) is offered only where that
        # record was chosen; the others always.
        for name, spec in REPORT_SPECS.items():
            if (name == report and ids) or not spec.one_record:
                self.report.addItem(self.tr(spec.title), name)
        self.report.setCurrentIndex(max(self.report.findData(report), 0))
        self.format = QComboBox()
        for fmt, title in FORMAT_TITLES.items():
            self.format.addItem(self.tr(title), fmt)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All"), None)
        if ids is not None:
            self.scope.addItem(self.tr("Only the %n shown", "", len(ids)), list(ids))
            self.scope.setCurrentIndex(1)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Report"), self.report)
        form.addRow(self.tr("Format"), self.format)
        if ids is not None:
            form.addRow(self.tr("Rows"), self.scope)
        self.year = QSpinBox()  # the annual report's year
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("File"), row)
        form.addRow(self.buttons)
        self.format.currentIndexChanged.connect(self._suggest_path)
        self.report.currentIndexChanged.connect(self._offer_formats)
        self._offer_formats()

    @Slot()
    def _offer_formats(self) -> None:
        """Offer only the formats the chosen report can be written as."""
        known = formats_of(self.report.currentData())
        self.year.setEnabled(self.report.currentData() == "annual")
        items = self.format.model()
        for row in range(self.format.count()):
            items.item(row).setEnabled(self.format.itemData(row) in known)  # type: ignore[attr-defined]
        if self.format.currentData() not in known:
            offered = [f for f in known if f != "folder"]  # a folder is for the CLI
            self.format.setCurrentIndex(self.format.findData(offered[0]))
        self._suggest_path()

    def _start_folder(self) -> Path:
        """The folder last exported to, else the user's documents folder (made when it is
        missing), else the home folder: always one that exists."""
        settings = window_settings(self)
        last = settings.value(LAST_FOLDER_KEY, "") if settings is not None else ""
        if last and Path(str(last)).is_dir():
            return Path(str(last))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents:
            try:
                Path(documents).mkdir(parents=True, exist_ok=True)
            except OSError:
                return Path.home()
            return Path(documents)
        return Path.home()

    @Slot()
    def _suggest_path(self) -> None:
        current = Path(self.path.text()) if self.path.text() else None
        folder = (
            current.parent
            if current is not None and current.parent.is_dir()
            else self._start_folder()
        )
        self.path.setText(str(folder / f"{self.report.currentData()}.{self.format.currentData()}"))

    @Slot()
    def _browse(self) -> None:
        fmt = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*.{fmt}"
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith(f".{fmt}") else f"{chosen}.{fmt}")

    @Slot()
    def start(self) -> None:
        """Write the report in the background."""
        out = Path(self.path.text())
        if not out.parent.is_dir():
            QMessageBox.warning(
                self,
                self.tr("Export"),
                self.tr("The folder does not exist: %1").replace("%1", str(out.parent)),
            )
            return
        report, fmt = self.report.currentData(), self.format.currentData()
        ids = self.scope.currentData()
        year = self.year.value() if report == "annual" else None
        self.buttons.setEnabled(False)
        self.task = BackgroundTask(
            self,
            label=self.tr("Writing the report…"),
            work=lambda: export(self._db, report=report, fmt=fmt, out=out, ids=ids, year=year),
        )
        self.task.finished.connect(self._on_finished)
        self.task.start()

    @Slot(bool, str)
    def _on_finished(self, ok: bool, message: str) -> None:
        self.buttons.setEnabled(True)
        if ok:
            written = Path(self.path.text())
            settings = window_settings(self)
            if settings is not None:
                settings.setValue(LAST_FOLDER_KEY, str(written.parent))
            announce(self, self.tr("Written: %1").replace("%1", str(written)))
            self.accept()
        else:
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("The report was not written.") + "\n" + message
            )
