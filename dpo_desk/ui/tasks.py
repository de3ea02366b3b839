"""Long work off the GUI thread, with a progress dialog that appears only when the work
is slow (after 600 ms) and that can cancel.

The work is a generator yielding (done, total); it runs in a worker QObject moved to a
QThread and must open its own database session (never pass ORM objects across threads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[], Iterator[tuple[int, int]]]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            generator = self._work()
            for done, total in generator:
                self.progressed.emit(done, total)
                if self._cancel.is_set():
                    generator.close()  # runs the generator's cleanup (partial files)
                    self.cancelled.emit()
                    return
        except Exception as error:  # noqa: BLE001 - reported to the user, not swallowed
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.succeeded.emit()


class BackgroundTask(QObject):
    """Runs one piece of work; emits `finished(ok, message)` in the GUI thread."""

    finished = Signal(bool, str)

    def __init__(self, parent: QWidget, *, label: str, work: Work) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(600)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._on_cancel)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self.ok: bool | None = None
        self.message = ""

    def start(self) -> None:
        """Start the work."""
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.setCursor(Qt.CursorShape.BusyCursor)
        self._thread.start()

    def is_running(self) -> bool:
        """True while the work runs."""
        return self._thread.isRunning()

    @Slot()
    def _on_cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))

    @Slot()
    def _on_succeeded(self) -> None:
        self._finish(True, "")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish(False, message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(False, self.tr("Cancelled."))

    def _finish(self, ok: bool, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self._dialog.reset()
        self._dialog.hide()
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.unsetCursor()
        self.ok, self.message = ok, message
        self.finished.emit(ok, message)
