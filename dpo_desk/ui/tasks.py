"""Long work off the GUI thread, with a progress dialog that appears only when the work
is slow (after 600 ms) and that can cancel.

The work is a generator yielding (done, total); what it returns is kept as `result`. It
runs in a worker QObject moved to a QThread and must open its own database sessions
(never pass ORM objects across threads). An error is logged with its trace and shown as
a translated message, never as the exception's class name.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.ui.errors import error_message, log_error

Work = Callable[[], Generator[tuple[int, int], None, Any]]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            generator = self._work()
            while True:
                try:
                    done, total = next(generator)
                except StopIteration as stop:
                    self.succeeded.emit(stop.value)
                    return
                self.progressed.emit(done, total)
                if self._cancel.is_set():
                    generator.close()  # runs the generator's cleanup (partial files)
                    self.cancelled.emit()
                    return
        except Exception as error:  # noqa: BLE001 - logged and shown, not swallowed
            self.failed.emit(error)


class _Progress(QProgressDialog):
    """The progress dialog; without a Cancel button, Escape and the close button do not
    hide it either (the work goes on, and the window must wait for it)."""

    def __init__(self, label: str, cancel: str, parent: QWidget | None, cancellable: bool):
        super().__init__(label, cancel, 0, 0, parent)
        self._cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._cancellable or event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cancellable:
            super().closeEvent(event)
        else:
            event.ignore()


class BackgroundTask(QObject):
    """Runs one piece of work; emits `finished(ok, message)` in the GUI thread.

    After it finished, `result` is what the work returned and `error` the exception it
    raised (None when it succeeded or was cancelled); `message` is what the user reads."""

    finished = Signal(bool, str)

    def __init__(
        self, parent: QWidget | None, *, label: str, work: Work, cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self._cancellable = cancellable
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._dialog = _Progress(label, self.tr("Cancel"), parent, cancellable)
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
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        """Start the work."""
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.setCursor(Qt.CursorShape.BusyCursor)
        self._thread.start()

    def is_running(self) -> bool:
        """True while the work runs."""
        return self._thread.isRunning()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (as the dialog's Cancel does)."""
        self._on_cancel()

    @Slot()
    def _on_cancel(self) -> None:
        if self._cancellable:
            self._cancel.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.result = result
        self._finish(True, "")

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        if not isinstance(error, ValidationFailedError):  # input to correct, no fault
            log_error(error)
        self._finish(False, error_message(error))

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


def run_in_background(
    parent: QWidget,
    label: str,
    work: Work,
    done: Callable[[BackgroundTask], object],
    *,
    cancellable: bool = True,
) -> BackgroundTask:
    """Start `work` in the background; `done(task)` runs in the GUI thread when it ends
    (successful, failed or cancelled: see `task.ok`, `task.result`, `task.error`)."""
    task = BackgroundTask(parent, label=label, work=work, cancellable=cancellable)
    task.finished.connect(lambda _ok, _message: done(task))
    task.start()
    return task


def run_and_wait(
    parent: QWidget | None, label: str, work: Work, *, cancellable: bool = False
) -> BackgroundTask:
    """Run `work` in the background and return when it has ended, the events still
    turning meanwhile (for a caller that needs the result before it can go on, such as
    opening a database)."""
    from PySide6.QtCore import QEventLoop

    task = BackgroundTask(parent, label=label, work=work, cancellable=cancellable)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    task.start()
    if task.ok is None:
        loop.exec()
    return task
